"""Figures across outlets: the same count, duration, age or sum, as each outlet gives it.

A figure is a number (in digits or words: "5.5", "nearly six", "seven-and-a-half")
with the unit after it ("hours", "six-hour meeting", "18-month-old"). Figures with
the same unit are the same figure when their paragraphs are linked or their
sentences share at least two of the rarer content words around them, or when each
of two outlets gives one count of that thing all through its report; where the
outlets' values differ, the group is a disagreement. Dates ("January 15", "Tuesday", "its
fourth day") are figures too, compared where copy edited the sentence that gives them, or, the
day an event happened on ("closed on 22 November" / "closed on Monday"), where each of two
outlets gives one day of its verb, resolved by the day its report was published.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from core.groups import Groups
from core.quantities import (
    BOUNDS, CURRENCY_CODES, ESTIMATES, FROM_BELOW, age_of, certainty, apposed_age, move_direction, POINT_UNITS, POINTS, RATE_MOVE, SECONDS, SPREAD, TOLERANCE, Claim, allowed,
    action_of, actions_apart, clause_of, consistent, names_one_quantity, said_of, threshold, one_quantity, other_time, part_of, count_part, PART_OF_BEFORE, precision, QUALIFIERS_ABROAD, QUALIFIERS_CJK_AFTER, QUALIFIERS_CJK_BEFORE, year_counted, rate_move,
    same_quantity, share_of, said_of_rate, span_of, event_of, weekday_of, day_of_month, spans_apart, standing, lasted_by, sum_of, time_precision, When, when_of, in_report_year, names_year, published_apart, published_day, averaged, days_apart,
    took_part,
)
from core.model import Article, LinkKind, Ref, Span
from core.numbers import SPACED_THOUSANDS, HAN_NUMERAL, MYRIAD, myriad_value, CLOCK_TIME, MULTIPLIERS, NUMBER_VALUES, NUMBER_WORDS_ABROAD, number_words_pattern, SCALE_PARTS, SCALES, SCALES_ABROAD, VAGUE, clock_value, designation, magnitudes, number_value, scale_part, undotted, DOTTED_THOUSANDS
from core.linking.story import Story
from core.stories.words import PERCENT_PHRASES, SCALES as SCALE_WORDS
from core.sanitize import ESCAPE_SEQUENCE
from core.stamps import update_time
from core.calendar_words import weekday_number, weekday_pattern
from core.text import BE_ABROAD, is_function_word, search_fold, outcome_abroad, outcome_said, outcome_told, OUTCOMES_ABROAD, AGE_SLACK, AUXILIARIES, BE, UNSPACED, CAPACITY, CASUALTIES, counts_nought, COUNT_NAMES, PEOPLE_BY_ROLE, CURRENCY_SIGNS, HEDGES, LASTING, MONTHS, MONTHS_ABROAD, OUTCOMES, ORDINAL_NUMBERS, WEEKDAY_NAMES, outcome_of, WEEKDAYS, article_language, is_stopword, is_year, sentence_starts, stem, words, words_and_offsets

__all__ = ["Figure", "FigureGroup", "extract", "extract_dates", "compare", "agrees", "allows", "figures_to_json", "format_number", "format_value", "plural", "values_text", "summary", "LEGEND", "MARK"]

#: Each unit of length in metres: a distance in miles and one in kilometres are one measure
#: ("one mile" and "1.6 kilometres" agree within rounding).
_LENGTHS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "foot": 0.3048, "yard": 0.9144, "mile": 1609.344}
#: Each unit's size in its measure's terms (:attr:`Figure.size`): a time's in seconds, a rate's
#: move's in percentage points, a length's in metres.
#: Speeds, in kilometres an hour: "57mph" is the "92 km/h" of another outlet, converted.
_SPEEDS = {"km/h": 1.0, "mph": 1.609344, "m/s": 3.6, "knot": 1.852}
#: The SI prefixes the units of :data:`_SI_UNITS` take, by symbol: their names and factors
#: ("kV", "MW", "GW", "TWh"; "megawatt", "gigawatt").
_SI_PREFIXES = {"k": ("kilo", 1e3), "M": ("mega", 1e6), "G": ("giga", 1e9), "T": ("tera", 1e12)}
#: The SI units news gives with a prefix, by symbol: what they measure and their name ("4.2 GW" and
#: "4,200 MW" of power are one value, 4.2e9 watts). Alone the symbols "W", "V" and "Wh" are read only
#: by name ("60 watts", "230 volts"): a bare "V" or "W" is as often a letter.
_SI_UNITS = {"W": ("power", "watt"), "Wh": ("energy", "watt-hour"), "V": ("voltage", "volt")}
#: Each unit measured in another of its dimension by a factor, by the unit the figures show: what it
#: measures and its size in that measure's base unit ("MW": power, 1e6 watts; "km": length, 1,000
#: metres; "ppm": a concentration, a millionth). Values in two units of one measure compare by their
#: sizes (:attr:`Figure.size`): "4.2 GW" is "4,200 MW", "one mile" "1.6 kilometres".
_MEASURED = {
    **{unit: ("length", factor) for unit, factor in _LENGTHS.items()},
    **{unit: ("speed", factor) for unit, factor in _SPEEDS.items()},
    **{prefix + base: (dimension, factor) for base, (dimension, _) in _SI_UNITS.items() for prefix, (_, factor) in _SI_PREFIXES.items()},
    **{base: (dimension, 1.0) for base, (dimension, _) in _SI_UNITS.items()},
    "ppm": ("concentration", 1e-6), "ppb": ("concentration", 1e-9),
}
#: The spellings of those units, folded as :func:`_canonical` folds a unit, by the unit: the symbol
#: in lower case ("mw", "kv", "twh"), the name with its prefix in the languages news is read in
#: ("megawatts", "Megawatt", "gigawatt", "kilowatt-hours", "megawattuur"), and the symbols of the
#: Cyrillic script ("МВт", "ГВт", "кВ": :data:`_SYMBOLS_CYRILLIC`).
_SI_SPELLINGS = {
    **{(prefix + base).lower(): prefix + base for base in _SI_UNITS for prefix in _SI_PREFIXES},
    **{name_prefix + name: prefix + base for base, (_, name) in _SI_UNITS.items()
       for prefix, (name_prefix, _) in (*_SI_PREFIXES.items(), ("", ("", 1.0)))},
    # a watt-hour as Dutch and German write it in one word ("megawattuur", "Megawattstunde")
    **{f"{name_prefix}watt{hour}": f"{prefix}Wh" for prefix, (name_prefix, _) in (*_SI_PREFIXES.items(), ("", ("", 1.0)))
       for hour in ("uur", "stunde", "stunden")},
}
#: The symbols of those units in the Cyrillic script ("4200 МВт", "330 кВ"), by the unit; the
#: figures' unit pattern reads them as it reads the words of the uncased scripts.
_SYMBOLS_CYRILLIC = {"кВт": "kW", "МВт": "MW", "ГВт": "GW", "ТВт": "TW", "кВ": "kV", "кВт·год": "kWh", "МВт·год": "MWh",
                     "кВт·ч": "kWh", "МВт·ч": "MWh", "ГВт·ч": "GWh"}
_PER_UNIT = {**SECONDS, **POINTS, **{unit: factor for unit, (_, factor) in _MEASURED.items()}}
#: What stands between a figure and its conversion to another unit ("about 90 miles (145 km)").
_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:or\s+)?")
#: How far a conversion may stray from the figure it converts, its rounding aside (a share of it).
_CONVERSION_SLACK = 0.05
#: The kinds of figure that are of something a sentence names (core.quantities.share_of): a share
#: of net profit is no share of revenue.
_OF_KINDS = frozenset({"share", "points"})
#: The kinds of figure that measure (an area, a distance, a mass ...), not count, sum, share or time.
_MEASURES = frozenset({"distance", "mass", "area", "speed", "volume", "temperature", "power", "energy", "voltage", "concentration",
                       "magnitude", "capacity", "loudness", "pressure", "radiation"})
#: The most values of one measure two outlets may each give, all alike, for each value to be one
#: figure with its equal (:func:`compare`): a measure is said of few things in one story.
_SAME_MEASURES = 3
#: Units of measurement that a unit's symbol prints (SI and the units news reports a measurement
#: in): a figure in one is a quantity of that unit, never a count ("25 ppm" of ammonia, "85 dB",
#: "110 kV", "40 µg/m³", "-5 °C"), each by the spelling the figures show and its kind (:data:`_UNITS`).
_MEASUREMENT_UNITS = {
    "ppm": "concentration", "ppb": "concentration", "mg/m³": "concentration", "µg/m³": "concentration",
    "ng/m³": "concentration", "mg/l": "concentration", "µg/l": "concentration", "mg/kg": "concentration",
    "dB": "loudness", "dBA": "loudness", "kV": "voltage", "kW": "power", "kWh": "energy", "MWh": "energy",
    "GWh": "energy", "TWh": "energy", "hPa": "pressure", "kPa": "pressure", "mbar": "pressure",
    "mSv": "radiation", "µSv": "radiation", "mSv/h": "radiation", "µSv/h": "radiation", "Bq": "radiation",
    "mg": "mass", "µg": "mass", "°C": "temperature", "°F": "temperature",
}
#: The symbols of :data:`_MEASUREMENT_UNITS` as a pattern, case aside ("PPM", "db", "Kv"), the micro
#: sign in any of its spellings ("µ", Greek "μ", "u"), a cubic metre as "m3" or "m³", a degree's
#: sign with or without a space before its scale ("30°C", "-5 ° C").
_MEASUREMENT_UNIT = (r"(?:(?:[µμu]|m|n)g/(?:m[3³]|l|kg)|[µμ]sv(?:/h)?|msv(?:/h)?|°\s?[cf]|ppm|ppb|dba?|kv|[kmgt]wh|kw|[hk]pa|mbar|bq|[µμ]g|mg)"
                     r"(?![\w/³])")
#: Each spelling of those symbols (folded: "db", "μg/m3", "° c"), by the one the figures show.
_MEASUREMENT_SPELLINGS = {
    **{unit.lower(): unit for unit in _MEASUREMENT_UNITS},
    **{unit.lower().replace("³", "3"): unit for unit in _MEASUREMENT_UNITS if "³" in unit},
    **{unit.lower().replace("µ", micro).replace("³", cube): unit for unit in _MEASUREMENT_UNITS if "µ" in unit
       for micro in "μu" for cube in "3³"},
    **{unit.lower().replace("µ", "μ"): unit for unit in _MEASUREMENT_UNITS if "µ" in unit},
    "°-c": "°C", "°-f": "°F", "μg": "µg", "ug": "µg", "μsv": "µSv", "usv": "µSv",
}

#: The scales and the shares of the other languages news is read in, as the stories stage reads
#: them (core.stories.words.SCALES: "25 Millionen Pfund", "8 млн", "18 Prozent"; PERCENT_PHRASES: "18
#: por ciento"): each scale's size, and the words of a share, folded to "%" (see _ALIASES).
_ENGLISH_SCALES = ("thousand", "million", "billion", "trillion", "bln", "mln", "trln", "trn", "bn", "mn", "tn")
_SCALES_ABROAD = {word: SCALES[english] for word, english in (*SCALE_WORDS.items(), *SCALES_ABROAD.items())
                  if english in SCALES and len(word) > 2 and word not in _ENGLISH_SCALES}
_PERCENT_ABROAD = {word: "%" for word, english in SCALE_WORDS.items() if english == "percent" and word.isalpha() and len(word) > 3}
_PERCENT_PHRASE = "|".join(rf"{a}\s+{b}" for a, b in sorted(PERCENT_PHRASES))
#: Currencies by their names in other languages ("25 Millionen Pfund", "300 libras", "5 milionów dolarów").
_CURRENCIES_ABROAD = {"pfund": "pound", "libra": "pound", "livre": "pound", "sterline": "pound", "sterlina": "pound",
                      "franken": "franc", "dollaro": "dollar", "dollari": "dollar", "dólar": "dollar", "dólares": "dollar",
                      # Polish, by its cases ("dolarów", "dolary", "funtów")
                      "dolar": "dollar", "dolara": "dollar", "dolary": "dollar", "dolarów": "dollar",
                      "funt": "pound", "funta": "pound", "funty": "pound", "funtów": "pound"}
_UNITS = {
    # duration
    "second": "duration", "minute": "duration", "hour": "duration", "day": "duration", "week": "duration",
    "month": "duration", "year": "duration", "decade": "duration",
    # money: the currency is the unit
    "dollar": "money", "yuan": "money", "euro": "money", "pound": "money", "rupee": "money", "yen": "money",
    "franc": "money", "rouble": "money", "ruble": "money", "peso": "money", "won": "money", "cent": "money",
    "crown": "money", "krona": "money", "krone": "money", "koruna": "money", "penny": "money",
    # a cryptocurrency a ransom is asked in ("85 bitcoins", "85 bitcoinów")
    "bitcoin": "money", "btc": "money",
    # shares, and a rate's move in points ("0.25 percentage points", "25 basis points")
    "%": "share", "percentage point": "points", "basis point": "points",
    # measures, by their canonical short unit (see _ALIASES)
    "km": "distance", "m": "distance", "cm": "distance", "mm": "distance", "mile": "distance",
    "foot": "distance", "yard": "distance", "kg": "mass", "g": "mass", "tonne": "mass", "lb": "mass",
    "hectare": "area", "acre": "area", "km/h": "speed", "mph": "speed", "m/s": "speed", "knot": "speed",
    "litre": "volume", "barrel": "volume", "gallon": "volume",
    # areas and volumes in a length's unit squared or cubed: never a distance
    "m²": "area", "km²": "area", "mi²": "area", "ft²": "area", "m³": "volume", "km³": "volume", "ft³": "volume",
    "degree": "temperature",
    # power, energy and voltage in their SI units ("4.2 GW", "4,200 MW", "400 kV", "1.2 TWh")
    **{unit: dimension for unit, (dimension, _) in _MEASURED.items() if dimension in ("power", "energy", "voltage")},
    # what a container ship carries, in twenty-foot equivalent units ("the 9,400-TEU vessel"):
    # its size, no count of ships
    "TEU": "capacity",
    **_MEASUREMENT_UNITS,
}
#: The counted words of scripts :data:`_UNIT`'s letters do not read, by the English unit: Arabic's
#: people ("2000 شخص", "37 شخصا", "أشخاص"). Only these are read there: a word of such a script after
#: a number is no unit otherwise (a month's name, "4 ديسمبر").
_UNITS_UNCASED = {**{symbol.lower(): unit for symbol, unit in _SYMBOLS_CYRILLIC.items()}, "شخص": "people", "شخصا": "people", "شخصاً": "people", "أشخاص": "people", "متظاهر": "people",
                  "مواطن": "people", "فرد": "people", "أفراد": "people"}
#: Spellings of one unit, folded to the one the figures show ("kilometres" and "km" are one unit;
#: "kilometres per hour", "kph" and "km/h" another).
_ALIASES = {
    "kilometre": "km", "kilometer": "km", "kms": "km", "metre": "m", "meter": "m",
    "centimetre": "cm", "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "mi": "mile",
    "feet": "foot", "ft": "foot", "kilogram": "kg", "kilo": "kg", "kgs": "kg", "gram": "g", "lbs": "lb",
    "ton": "tonne", "t": "tonne", "teu": "TEU", "ha": "hectare", "liter": "litre", "l": "litre",
    "kph": "km/h", "kmh": "km/h", "km/hr": "km/h", "km/h": "km/h", "km-per-hour": "km/h",
    "mile-per-hour": "mph", "mile/h": "mph", "m-per-second": "m/s", "metre-per-second": "m/s",
    "percent": "%", "per-cent": "%", "pct": "%", "per-cento": "%",
    **_SI_SPELLINGS,
    # a length's unit squared or cubed ("square kilometres", "sq km", "cubic feet"), as _UNIT reads it
    **{f"{power}-{length}": f"{short}{sign}" for powers, sign in ((("square", "sq", "sq."), "²"), (("cubic", "cu", "cu."), "³"))
       for power in powers for short, lengths in (("m", ("metre", "meter", "m")), ("km", ("kilometre", "kilometer", "km")),
                                                  ("mi", ("mile", "mi")), ("ft", ("foot", "feet", "ft")))
       for length in lengths},
    "m2": "m²", "km2": "km²", "m3": "m³", "km3": "km³",
    **_PERCENT_ABROAD, **{f"{a}-{b}": "%" for a, b in PERCENT_PHRASES}, **_CURRENCIES_ABROAD,
    **_UNITS_UNCASED, **_MEASUREMENT_SPELLINGS,
    # people, and doses, in the other languages news is read in ("12.400 personas", "50.000 dosis")
    "persona": "people", "personne": "people", "pessoa": "people", "persone": "people", "personen": "people",
    "mensch": "people", "menschen": "people", "mensen": "people",
    # Turkish "kişi" (person, counted in the singular: "2 bin kişi"), Indonesian and Malay "orang", "jiwa"
    "kişi": "people", "kisi": "people", "orang": "people", "jiwa": "people",
    # and Turkish's people in the cases a clause puts them in, the ending on the noun ("61 kişinin
    # tedavi edildiğini": genitive; "kişiyi", "kişiye", "kişide", "kişiden", "kişiyle"); not
    # "kişilik" (for so many people: what a thing holds)
    **dict.fromkeys("kişinin kişiyi kişiye kişide kişiden kişiyle kisinin kisiyi kisiye kiside kisiden kisiyle".split(), "people"),
    # Finnish people in the partitive a number above one puts its noun in ("47 ihmistä", "1 800
    # asukasta", "12 henkilöä"); Romanian's ("47 de persoane", "oameni", "locuitori": the "de"
    # between a number from 20 and its noun is read as a word between them, _BETWEEN); Hungarian's,
    # as a count's noun in the singular or the accusative ("47 ember", "Több tucat embert", "1800 lakost")
    **dict.fromkeys("ihmistä ihmista henkilöä henkiloa henkeä henkea asukasta persoane persoană persoana oameni locuitori "
                    "ember embert személy személyt szemely szemelyt lakos lakost".split(), "people"),
    # Swedish, Czech and Polish people, in the cases a count puts them in ("6 100 människor", "7 000
    # lidí", "4800 osób"), and the residents of a place as every language names them ("6.100 inwoners",
    # "7 000 obyvatel", "3.200 vecinos", "1 500 habitants"), as "1,200 residents" are people (COUNT_NAMES)
    **dict.fromkeys("människor manniskor personer lidé lide lidí lidi osób osob osoby ludzi invånare invanare inwoner "
                    "bewoner obyvatel obyvatelé obyvatele obyvatelů obyvatelu mieszkańców mieszkancow mieszkańcy mieszkancy "
                    "vecino habitante habitant einwohner abitante".split(), "people"),
    # people counted by what happened to them, abroad ("6 morts", "6 Verletzte", "6 feriti", "14 yaralı"): their
    # outcome is read from the same words (_outcomes_abroad), as "six dead" is read in English
    **dict.fromkeys("mort blessé disparu tote toten verletzte verletzten vermisste morti feriti dispersi doden dode gewonden "
                    "vermisten muerto herido desaparecido ferido yaralı yarali".split(), "people"),
    "dosi": "dose",
    # tonnes in the other languages news is read in ("210 toneladas", "210 tonnellate", "210 Tonnen")
    "tonelada": "tonne", "tonnellata": "tonne", "tonnellate": "tonne", "tonnen": "tonne",
    "pence": "penny", "buck": "dollar", "quid": "pound", "renminbi": "yuan", "rupees": "rupee", "kronor": "krona", "kroner": "krone",
    # one count by another name: "Fourteen employees" and "14 workers", "1,200 residents" and
    # "1,500 people" (the linker's table)
    **COUNT_NAMES,
    # a currency's code after a sum ("300 mln EUR"), and the spellings of points ("bps", "basis-points")
    **CURRENCY_CODES,
    **{spelling.replace(" ", "-"): unit for spelling, unit in POINT_UNITS.items()},
}
#: What makes pounds a weight, not a sum: a word of weighing up to two words before the figure
#: ("weighing approximately 200 pounds", "weighed 180 pounds", "a weight of 90 pounds"), or "of" and what was weighed after
#: it ("300 pounds of cocaine"); "a fine of 200 pounds" stays money.
_WEIGHED_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weights?)(?:\s+[\w-]+){0,2}\s+$", re.I)
_MATTER_AFTER = re.compile(r"\s+of\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]", re.I)
#: What makes a "p" glued to a number no price in pence: a screen's or a video's lines ("1080p
#: video", "streams in 720p HD") within two words of it.
_LINES_NEAR = re.compile(r"\b(?:video|videos|footage|resolution|display|displays|screen|screens|monitor|monitors|stream|streams|"
                         r"streaming|streamed|camera|cameras|hd|uhd|fps|tv|pixels?)\b", re.I)
#: Units written straight after the number with no space ("40km", "120km/h", "5kg"): only these,
#: so "3rd" or "4x4" is not a figure.
_COMPACT = frozenset("km m cm mm kg g t km/h kph kmh mph m/s ft mi l ha bp bps pp ppt ppts m2 km2 m3 km3 m² km² m³ km³".split()) | {
    (prefix + base).lower() for base in _SI_UNITS for prefix in _SI_PREFIXES}
#: Units shown with a sign before the number, as people write them ("$2.5 billion", "£300").
_SIGN = {"dollar": "$", "pound": "£"}
#: Units not pluralised: symbols ("120 km/h", "40%"), and nouns whose plural is the same word
#: or that are plural already ("5 yen", "30 people", "12 children").
_NO_PLURAL = frozenset(
    "km m cm mm kg g km/h mph m/s % yen yuan won people police children men women staff "
    "personnel crew cattle sheep fish aircraft deer livestock troops TEU".split()
) | {unit for unit, (dimension, _) in _MEASURED.items() if dimension not in ("length", "speed")} | frozenset(_MEASUREMENT_UNITS)

#: Bodies of people counted by head, whose members a count may name instead ("23 crew members",
#: "40 staff members"): one count with the body's ("23 crew", "40 staff").
_BODIES = frozenset("crew staff personnel".split())

#: The full stop of a scale cut short in the languages that write it so ("1,2 Mrd. Euro", "5 Mio.
#: Einwohner", "8 млн. тонн"): part of the scale, not a sentence's end.
_SCALE_STOP = r"(?:(?<=mrd|mio|mld|mln|bln|tys|млн|тыс|тис|χιλ|δισ)\.|(?<=млрд|εκατ)\.)?"
_WORD_NUM = "|".join(sorted((w for w in NUMBER_VALUES if w not in ("a", "an")), key=len, reverse=True))
_TIME = "|".join(SECONDS)
#: Units of length "a" counts one of ("within a mile", "about a kilometre"; "a meter" is as often a
#: parking meter, "a yard" or "a foot" a place or a limb).
_LENGTH = "mile|kilometre|kilometer|metre"
#: The parts of a scale written out before it (core.numbers.SCALE_PARTS), as a pattern.
_FRACTION = "|".join(sorted((w.replace(" ", "[ -]") for w in SCALE_PARTS), key=len, reverse=True))
#: What names a part of what follows ("three quarters of the 400 homes", "half of them"): as a
#: figure's unit before "of", it is a share of a whole, no count of quarters, thirds or halves.
_FRACTION_UNITS = frozenset("half halves quarter quarters third thirds fifth fifths tenth tenths".split())
_NUM = (
    # "nearly a million commuters", "half a billion dollars", "a quarter of a million people", "a
    # half million": one, or a part (core.numbers.SCALE_PARTS), of the scale after it
    rf"(?P<num>(?:(?P<part>{_FRACTION})[ ](?:of[ ])?|half[ ])?an?(?=[ ](?:million|billion|trillion)(?![\w-]))"
    rf"|an?[ ]half(?=[ ](?:million|billion|trillion)(?![\w-]))"
    # (thousands grouped by spaces first: "6 100 människor", "7\u00a0000 obyvatel", core.numbers.SPACED_THOUSANDS)
    rf"|{SPACED_THOUSANDS.pattern}|\d+(?:[.,]\d+)*(?#abroad)|(?:{_WORD_NUM})(?:[- ]and[- ](?:a[- ])?half)?(?:[- ](?:{_WORD_NUM}))?"
    # "an hour and a half", "a year and a half": one and a half (alone, "a year" is no figure)
    rf"|an?(?=[ ](?:{_TIME})[ ]and[ ]a[ ]half\b)"
    # "within a mile", "a mile and a half": one of a unit of length (see _PART_OR_RATE_BEFORE)
    rf"|an?(?=[ ](?:{_LENGTH})\b)"
    # "a dozen", "a hundred": one of a number word that multiplies
    rf"|an?[ ](?:dozen|hundred|thousand)(?![\w-]))"
    # the scale written out or cut short after a space ("EUR 1.2 bln", "USD 3 bn"), or glued ("3bn"),
    # and half of it more ("a million and a half people")
    rf"(?:(?:\s+|-)(?P<scale>{'|'.join(_ENGLISH_SCALES)}|{'|'.join(sorted(_SCALES_ABROAD, key=len, reverse=True))})\b{_SCALE_STOP}(?P<more>[ ]and[ ]a[ ]half\b)?"
    rf"|(?P<abbr>bln|mln|bn|mn|tn|m|k)(?![\w/]))?"
)
#: "past" after a verb of a rise ("climbed past 300", "has risen past 1,000 cases"): a bound from
#: below, read as "more than" (:func:`_qualifier`); "in the past 24 hours" is none.
_PAST = "(?:%s)past" % "|".join(f"(?<={verb} )" for verb in "climbed climbs risen rose rises passed moved gone surged jumped crept edged".split())
#: The words before a number that bound or estimate it, in English and in the other languages news
#: is read in (core.quantities.QUALIFIERS_ABROAD: "rund 25 Millionen", "près de 300"), read as
#: the English ones (:func:`_qualifier`).
_QUALIFIER = r"(?P<qual>nearly|almost|about|around|roughly|approximately|approx\.|close to|some|over|more than|less than|fewer than|at least|up to|under|%s|%s)?\s*" % (_PAST, "|".join(
    re.escape(word).replace(r"\ ", r"\s+") for word in sorted(QUALIFIERS_ABROAD, key=len, reverse=True)))
#: "Of the" between a part and the number of its whole in the other languages news is read in,
#: as "of" or "of the" stands in English ("22 dei 38 vagoni", "22 dos 38 vagões", "22 de los 38
#: vagones", "22 des 38 wagons", "22 der 38 Waggons", "22 van de 38 wagons", "22 din cele 38 de
#: vagoane"): read only before the whole's number, as :data:`_BETWEEN` and :data:`_OF_WHOLE` read "of".
_PART_OF_ABROAD = r"dei|degli|delle|dos|das|de\s+los|de\s+las|des|der|van\s+de|din\s+cele|din"
#: The nouns Romanian counts after "de" (a number from 20 on puts it between them: "47 de
#: persoane", "38 de vagoane"), as :data:`_ALIASES` and :data:`_NOUNS_ABROAD` read them; "de"
#: before another word is no part of a count ("20 de ani": read as Romanian years are not).
_NOUNS_AFTER_DE = ("persoane", "oameni", "locuitori", "vagoane", "copii", "răniți", "raniti", "morți", "morti")
#: Words that stand between a number and what it counts ("five new embassies").
_BETWEEN = (
    r"(?:(?:new|more|other|main|major|top|key|senior|small|large|big|extra|additional|separate|different|largest|biggest|last|first|full|straight|consecutive)\s+)?"
    # a country's initials before the unit ("72.20 U.S. cents"), and the whole a count is part of
    # ("21 of 27 economists": 21 economists), or its owner ("287,000 of its fryers", as
    # core.linking.evidence reads it)
    r"(?:(?:[a-z]\.){2,}\s+|(?:of|%s)\s+(?:(?:its|their|the)\s+(?:[a-z-]+['’]s\s+)?)?(?:\d[\d,]*|(?:%s)(?:-(?:%s))?)\s+|of\s+its\s+)?"
    # (Romanian puts "de" between a number from 20 and its noun: "47 de persoane", "22 din cele 38 de vagoane")
    r"(?:de\s+(?=(?:%s)(?!\w)))?"
) % (_PART_OF_ABROAD, _WORD_NUM, _WORD_NUM, "|".join(_NOUNS_AFTER_DE))
#: The whole a count is part of, in digits or words ("21 of 27 economists", "two of its four crude
#: units", "23 of the train's 110 cars").
_OF_WHOLE = re.compile(rf"(?:of|{_PART_OF_ABROAD})\s+(?:(?:its|their|the)\s+(?:[a-z-]+['’]s\s+)?)?(?P<whole>\d|(?:{_WORD_NUM})\b)", re.I)
#: A unit: a word, maybe a rate ("km/h", "kilometres per hour", "per cent") or an age ("18-month-old").
_UNIT = rf"(?P<unit>{_MEASUREMENT_UNIT}|per\s+cento?\b|(?:{'|'.join(sorted(_UNITS_UNCASED, key=len, reverse=True))})(?!\w)|{_PERCENT_PHRASE}\b|(?:square|sq\.?|cubic|cu\.?)\s+[a-z]+\b|(?:percentage|basis)[- ]points?\b|[a-z%\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]+(?:/[a-z]+|\s+per\s+(?:cent|hour|second)\b|[- ]old\b)?)"
#: Where a figure may start: not run on to a word, a decimal point or a dash ("A320", "v2.5",
#: "5-6"), except a word of a script written without spaces ("上昇率は3.1%で", "目标的2%"), whose
#: figures are run on to the characters before them.
_FIGURE_START = rf"(?<![^\W{UNSPACED}]|[.-])"
_FIGURE = re.compile(
    rf"{_FIGURE_START}{_QUALIFIER}(?P<cur>US\$|[$€£¥₹]|(?:{'|'.join(CURRENCY_CODES)})\s?(?=\d))?{_NUM}(?:(?P<sep>[- ]{_BETWEEN})?{_UNIT}|\s*(?P<pct>%))?",
    re.I,
)


@lru_cache(maxsize=None)
def _figures_in(language: str | None) -> re.Pattern[str]:
    """:data:`_FIGURE` for a report in *language*: with the numbers in words of that language too
    (core.numbers.number_words_pattern: "seis días", "sechs Tage", "altı gün"), tried before the
    English ones; :data:`_FIGURE` itself for English and for a language without a table."""
    words = number_words_pattern(language) if language != "en" else ""
    return re.compile(_FIGURE.pattern.replace("(?#abroad)", f"|{words}", 1), re.I) if words else _FIGURE


#: What a count in words of another language may count where its noun is no English one's
#: (:func:`_noun_abroad`): the units its words are folded to ("personas" people, "heridos"
#: people, "tripulantes" crew).
_COUNTED_ABROAD = frozenset(_ALIASES.values())
#: Units of time in the other languages news is read in, folded, by the English one: "seis días"
#: and "6 Tage" are durations in days, as "six days" is ("altı gündür": for six days).
_TIMES_ABROAD = {form: unit for unit, forms in {
    "second": "segundo segundos seconde secondes secondo secondi sekunde sekunden seconden saniye saniyedir sekunda sekundy sekund",
    "minute": "minuto minutos minuten minuti minuut dakika dakikadir dakikalik minuta minuty minut",
    "hour": "hora horas heure heures stunde stunden ore uur uren saat saattir saatlik godzina godziny godzin",
    "day": "dia dias jour jours tag tage tagen tages giorno giorni dag dagen gun gunu gundur gunluk gunde gunlerdir dzien dni dnia",
    "week": "semana semanas semaine semaines woche wochen settimana settimane week weken hafta haftadir haftalik tydzien tygodnie tygodni",
    "month": "mes meses mois monat monate monaten mese mesi maand maanden ay aydir aylik miesiac miesiace miesiecy",
    "year": "ano anos an ans annee annees jahr jahre jahren anno anni jaar jaren yil yildir yillik rok lata lat",
}.items() for form in forms.split()} | {search_fold(form): unit for unit, forms in {
    # Swedish, Czech, Greek, Ukrainian and Russian ("14 timmar", "14 hodin", "14 ώρες", "14 годин", "14 часов")
    "second": "sekund sekunder sekundy sekunda δευτερόλεπτα δευτερόλεπτο секунд секунди секунда секунды",
    "minute": "minut minuter minuty minuta λεπτά хвилин хвилини хвилина минут минуты минута",
    "hour": "timme timmar hodin hodiny hodina ώρες ώρα ωρών годин години година часов часа",
    "day": "dagar dygn dní dnů dny ημέρες μέρες ημερών днів дні діб дней дня суток",
    "week": "vecka veckor týdnů týdny týden εβδομάδες тижнів тижні тиждень недель недели неделя",
    "month": "månad månader měsíců měsíce měsíc μήνες μήνα місяців місяці місяць месяцев месяца месяц",
    "year": "år let roků roky χρόνια έτη років роки рік лет года",
}.items() for form in forms.split()}
#: The half after a unit of time ("an hour and a half", "two years and a half").
_AND_A_HALF = re.compile(r"[ ]and[ ]a[ ]half\b", re.I)
#: A count given after "the number of" what it counts, in its clause ("bringing the number of
#: people forced from their homes to 6,200", "the number of dead rose to 14"); not past another
#: number ("the number of seats from 65 to 125" says two).
_NUMBER_OF = re.compile(r"\bnumber of (?P<unit>[a-z]+)\b(?:(?!number of)[^.;:,()\d\u241b\ufffd]){0,60}?\b(?:to|at|is|was|reached|stands at|stood at)\s+"
                        rf"(?P<num>\d[\d,]*\d|\d|(?:{_WORD_NUM})(?:-(?:{_WORD_NUM}))?)\b(?![.,]?\d)(?!\s*(?:%|per))", re.I)
#: A row's value after its label and a colon, as a situation report's table gives it ("Old
#: Harbour — Suspected cases: 212; Confirmed cases: 31; Hospitalised (current): 19; Deaths: 4"):
#: the label opens the paragraph or follows a row's end or a dash, a parenthesised qualifier may
#: stand before the colon, and a row's end, a bar or the paragraph's end follows the number.
_ROW_VALUE = re.compile(
    r"(?:^|(?<=[;|—–])\s*|(?<=\s-)\s)(?P<label>[A-Za-z][\w'’-]*(?:[ ][A-Za-z][\w'’-]*){0,3})(?:\s*\([^()]{1,30}\))?:\s*"
    r"(?P<num>\d[\d,]*\d|\d)(?![\w.,]*\d)(?=\s*(?:$|[;|]))")
#: A body's count given after it and "of" ("The ship has a crew of 23", "with a crew of 23,", "its
#: staff of 40"): the body (:data:`_BODIES`) counted, as "all 23 crew" counts it; not where a unit
#: follows the number ("a crew of 23 sailors" is read at the number), nor a share or a part ("a
#: crew of 12%", "of 23 of them").
#: In the other languages news is read in too, by the body's words there ("una tripulación de
#: veintitrés", "eine Besatzung von 23", "uma tripulação de 23").
_BODIES_ABROAD = {"crew": "tripulación tripulacion tripulação tripulacao équipage equipage besatzung bemanning equipaggio"}
_BODY_OF = re.compile(
    rf"(?<![\w-])(?P<unit>{'|'.join(sorted(_BODIES | {w for words in _BODIES_ABROAD.values() for w in words.split()}, key=len, reverse=True))})"
    rf"\s+(?:of|de|da|von|van|di)\s+{_QUALIFIER}(?P<num>\d[\d,]*\d|\d(?#abroad)|(?:{_WORD_NUM})(?:-(?:{_WORD_NUM}))?)(?![^\W\d_])(?![.,]?\d)"
    r"(?=\s*(?:$|[.;:,!?)\u2014\u2013-]|(?:on|in|aboard|and|who|which|that|were|was|are|is|had|have|has|from|at|to|when|after|"
    r"before|a\s+bordo|à\s+bord|an\s+bord|aan\s+boord|y|e|et|und|en|que|qui|die|der)\b))", re.I)


@lru_cache(maxsize=None)
def _bodies_in(language: str | None) -> re.Pattern[str]:
    """:data:`_BODY_OF` for a report in *language*, its numbers in words too ("una tripulación de
    veintitrés": core.numbers.number_words_pattern)."""
    words = number_words_pattern(language) if language != "en" else ""
    return re.compile(_BODY_OF.pattern.replace("(?#abroad)", f"|{words}", 1), re.I) if words else _BODY_OF
#: A count with no noun of its own, maybe bounded or estimated ("the crowd numbered 10,000",
#: "organisers say 15,000 joined"): a count of people where its words say they took part in an
#: event (core.quantities.took_part), the reading a link's differences use.
_BARE_COUNT = re.compile(rf"(?<![\w.,-]){_QUALIFIER}(?P<num>\d[\d,]*\d|\d|(?:{_WORD_NUM})(?:-(?:{_WORD_NUM}))?)(?![\w.,]*\d)(?![\w%-])", re.I)
#: Words that end the head of a row's label ("Vessels at anchor", "Containers on quay"): what
#: follows says where or of what (as core.linking.evidence reads a row).
_LABEL_PREPOSITIONS = frozenset("at on in of for per from to by under over".split())


def _peak(article: Article, index: int, text: str, level: Figure, levels: set[tuple[Ref, Span]]) -> list[Figure]:
    """The peak a count's level fell from, where its clause gives one after it (:data:`_PEAK_AFTER`:
    "the number of new cases fell to nine on Saturday from a peak of 71": 71 cases), as a count of
    the level's unit; added to *levels* where the level is one (kept only as it is: :func:`extract`)."""
    peak = _PEAK_AFTER.match(text, level.span[1])
    value = number_value(peak["num"]) if peak else None
    if peak is None or value is None or is_year(peak["num"]):
        return []
    start, end = peak.span("num")
    figure = replace(level, span=(start, end), value=value, text=text[start:end], sentence=_sentence(text, start, end))
    if (level.ref, level.span) in levels:
        levels.add((figure.ref, figure.span))
    return [figure]


def _labelled(article: Article, index: int, text: str, row: re.Match[str]) -> Figure | None:
    """The count a row's value gives (*row*: a match of :data:`_ROW_VALUE` in paragraph *index*,
    *text*, of *article*), counted as its label's head says: its plural noun ("Suspected cases:
    496": cases; "Vessels at anchor: 36": vessels), or people where it names what happened to them
    ("Deaths: 7" the dead, "Hospitalised (current): 40" those in hospital: :attr:`Figure.outcome`);
    the figure spans the label, whose words say which count it is ("Confirmed cases"). None where
    the label names no such thing ("Population (2020): 310,000" counts no one said; "Updated: 12")."""
    value = number_value(row["num"])
    if value is None or is_year(row["num"]):
        return None
    words_ = row["label"].split(" ")
    head = next((n for n, w in enumerate(words_) if w.lower() in _LABEL_PREPOSITIONS and n), len(words_)) - 1
    word = words_[head].lower()
    outcome = OUTCOMES.get(stem(word))
    if outcome is not None and word not in _OUTCOME_THINGS:
        unit = "people"
    elif _plural_noun(word) and word not in _NOT_UNITS and _UNITS.get(_canonical(word), "count") == "count":
        unit, outcome = _canonical(word), None
    else:
        return None
    start, end = row.start("label"), row.end("num")
    return Figure(Ref(article.id, index), (start, end), value, unit, "count", None, text[start:end],
                  _sentence(text, start, end), outcome)


#: A count given after what it counts and a verb of its level or its sum, in its clause ("Daily new
#: cases peaked at 71 on November 22", "deaths have since climbed to 9", "Arrests totalled 37"): the subject's plural noun
#: is what the number counts, where nothing but a clause's end or a small word follows it.
_LEVEL = re.compile(
    r"\b(?P<unit>[a-z]+)(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:(?:has|have|had)\s+(?:since\s+|now\s+)?)?"
    r"(?:(?:peaked|rose|risen|climbed|fell|fallen|dropped|declined|reached|stood|jumped|increased|decreased)\s+(?:at|to)"
    r"|total(?:l?ed|s)|numbered|(?:amounted|came)\s+to)\s+"
    rf"(?P<num>\d[\d,]*\d|\d|(?:{_WORD_NUM})(?:-(?:{_WORD_NUM}))?)\b(?![.,]?\d)"
    r"(?=\s*(?:$|[.;:,!?)]|(?:on|in|by|from|after|before|as|and|last|this|since|over|during)\b))", re.I)
#: A running count's level in the other languages news is read in, its noun before it (trial 47
#: F14): a verb of a rise or a fall and the word "to" before the number ("ha aumentado a 29",
#: "est passé à 29", "is gestegen tot 29", "wzrosła do 31", "stieg auf 29") or, with the verb
#: last, after it ("ist auf 29 gestiegen", "is tot 29 opgelopen"). What it counts is read from
#: the words before it in its clause (:func:`_running_noun`).
_LEVEL_VERBS_ABROAD = (
    r"aumentad[oa]s?|aument(?:ó|aron|a|an)|subid[oa]s?|sub(?:ió|ieron|e|en)|ascendid[oa]s?|ascend(?:ió|ieron)|asciende[n]?|"
    r"llegad[oa]s?|lleg(?:ó|aron|a|an)|pasad[oa]s?|pas(?:ó|aron)|crecid[oa]s?|crec(?:ió|ieron)|elevad[oa]s?|elev(?:ó|a|an)|"
    r"bajad[oa]s?|baj(?:ó|aron)|caíd[oa]s?|cayó|cayeron|descendid[oa]s?|descend(?:ió|ieron)|"
    r"pass[ée]e?s?|grimp[ée]e?s?|mont[ée]e?s?|augment[ée]e?s?|baiss[ée]e?s?|chut[ée]e?s?|tomb[ée]e?s?|élève(?:nt)?|"
    r"gestiegen|stieg(?:en)?|steigt|gesunken|sank(?:en)?|geklettert|kletterte|angewachsen|wuchs|"
    r"gestegen|steeg|stegen|stijgt|opgelopen|liep(?:en)?\s+op|gedaald|daalde[n]?|toegenomen|"
    r"wzr(?:osł[aoy]?|ósł)|spadł[aoy]?|zwiększył[aoy]?\s+się|zmniejszył[aoy]?\s+się|sięgnęł[aoy]?|osiągnęł[aoy]?")
_LEVEL_ABROAD = re.compile(
    rf"(?:\b(?P<verb>{_LEVEL_VERBS_ABROAD})(?:\s+(?:ya|déjà|al|inmiddels|nu|już|bereits|schon|inzwischen|jusqu'?))?\s+"
    rf"(?:a|à|hasta|auf|tot|do|até|fino\s+a)\s+(?P<num>\d[\d.,]*\d|\d)\b(?![.,]?\d)(?!\s*(?:%|proc|pour|por|prozent|procent))"
    rf"|\b(?:auf|tot)\s+(?P<num2>\d[\d.,]*\d|\d)\s+(?P<verb2>gestiegen|gesunken|geklettert|angewachsen|gestegen|opgelopen|gedaald|toegenomen)\b)",
    re.I)
#: The word of "the number of" in those languages, with what joins it to the noun ("el número de", "le nombre d'", "die Zahl der",
#: "het aantal", "liczba"): the noun is after it.
_NUMBER_OF_ABROAD = re.compile(r"\b(?:número|numero|cifra|total|nombre|zahl|anzahl|aantal|liczba|ilość)(?:\s+(?:de|d|der|von|an|di|dos|das|des|van))?(?:\s+|['’])", re.I)


#: The words of the dead a running count's noun may be in the other languages news is read in
#: ("la cifra de muertos", "het dodental", "die Zahl der Toten", "liczba zabitych"), folded: a
#: count of people who died.
_DEAD_ABROAD = re.compile(r"^(?:muert|fallecid|mort|deces|tote|dode|todes|zabit|zmarl)\w*$")
#: Words that tell of a death, in English and the other languages news is read in: a story with
#: none counts no dead, and its bare "toll" is its running count.
_DEATH_WORDS = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|died|dies|dead|deaths?|death toll|fatalit\w*|lost their lives|bodies|muert\w*|fallec\w*|"
    r"morts?|décès|tués?|tote[nr]?|gestorben|getötet|doden|dodental|omgekomen|overleden|zgin\w*|zmar\w*|zabit\w*|ofiar\w*)\b", re.I)


def _running_noun(clause: str, language: str | None) -> tuple[str, str | None] | None:
    """What a running count counts (its unit) and what happened to it (its outcome, "dead" or None),
    as its clause's words before its verb (*clause*) say, in *language*: after "the number of" where it stands (:data:`_NUMBER_OF_ABROAD`), the first
    word read as an English noun (:func:`_noun_abroad`: "hospitales afectados", "getroffen
    ziekenhuizen" hospitals), the dead where a word of the dead is among them (:data:`_DEAD_ABROAD`:
    "het dodental"), people by another outcome a word tells ("liczba ewakuowanych": evacuated,
    core.text.outcome_abroad), else the noun where the language puts it: first (es, fr, pt, it), else last
    ("zaatakowanych szpitali"); None where none is a noun (a word of 4 letters or more,
    no stopword, no verb's participle)."""
    told = None
    for told in _NUMBER_OF_ABROAD.finditer(clause):
        pass  # the nearest
    subject = clause[told.end() :] if told else clause
    found = [w for w in re.findall(r"[^\W\d_]+", subject) if not is_stopword(w.lower())][-4:]
    if not found:
        return None
    if any(_DEAD_ABROAD.search(search_fold(word)) for word in found):
        return "people", "dead"  # "het dodental", "la cifra de muertos"
    for word in found:
        if english := _noun_abroad(word, language):
            return english, None
    for word in found:
        if (fate := outcome_abroad(word, language)) is not None:
            # "liczba ewakuowanych", "le nombre d'évacués": people, by what happened to them, as
            # "cuatro desaparecidos" are (trial 53 F3)
            return "people", fate
    word = (found[0] if language in _NOUN_FIRST else found[-1]).lower()
    if len(word) < 4 or not word.isalpha() or word.endswith(("ed", "ado", "ada", "en", "ych")):
        return None
    return _canonical(word), None


#: The peak a level fell from, after it in its clause ("fell to nine on Saturday, from a peak of
#: 71 on November 22"): a count of the level's thing, another quantity than the level.
_PEAK_AFTER = re.compile(r"(?:\s+on\s+[A-Z][a-z]+)?,?\s+from\s+(?:a|its|the)\s+peak\s+of\s+(?P<num>\d[\d,]*\d|\d)\b(?![.,]?\d)(?!\s*(?:%|per\b))")
#: A death toll given after the word, in its clause ("The death toll ... rose to six on Tuesday",
#: "bringing the death toll to eight", "Toll rises to eight"): a count of the dead, in digits or words;
#: "toll" alone only before a verb or a preposition ("a toll road", "the toll-free line at 1415" count no dead).
_TOLL = re.compile(
    rf"\b(?:death\s+toll\b|toll(?=\s+(?:rose|rises|risen|climbed|climbs|jumped|reached|stands|stood|is|was|has|had|now|to|at|of|from|in)\b))"
    rf"(?:(?!toll\b)[^.;:()\d\u241b\ufffd]){{0,100}}?\b(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at)\s+"
    rf"(?P<num>\d[\d,]*\d|\d|(?:{_WORD_NUM})(?:-(?:{_WORD_NUM}))?)\b(?![.,]?\d)(?!\s*(?:%|per\b|of\b))", re.I)
#: What may follow a toll's number: its clause's end, a small word, or what it counts in other words.
_TOLL_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?P<word>[a-z]+)\b)", re.I)
_TOLL_COUNTED = frozenset("people persons dead deaths lives victims".split())
#: The second number of a tally after the first's unit, that the first's unit counts too ("by 78
#: votes to 61", "rose from 47 cases to 112 in a week").
_TALLY_TO = re.compile(r"\s+to\s+(?P<num>\d[\d,]*\d|\d)\b(?![.,]?\d)(?=\s*(?:$|[^\w\s%]|(?P<word>[a-z]+)\b))", re.I)
#: A tally of votes with no unit to either number ("by 78 to 61", "voted 78-61", "a 78-61 vote"),
#: read as votes where its sentence speaks of a vote (:data:`_VOTE_WORDS`).
_BARE_TALLY = re.compile(r"(?<![\w.,-])(?:(?P<by>by\s+)(?P<a>\d{1,4})\s+to\s+|(?P<h>\d{1,4})\s?[-–]\s?)(?P<b>\d{1,4})(?![\w.,-]*\d)(?![\w%-])", re.I)
_VOTE_WORDS = frozenset("vote votes voted voting ballot ballots motion bill amendment resolution majority".split())
#: Half of a unit of time or length: "half an hour", "half a day", "half a mile".
_HALF_A = re.compile(rf"(?<![\w.-])half[- ]an?[- ](?P<unit>{_TIME}|{_LENGTH})\b", re.I)
#: What before "a mile" makes it no distance of one mile: a part of it ("half a mile", "a quarter
#: of a mile", "tenths of a mile") or a price or rate per mile ("$3 a mile", "40 cents a kilometre").
_PART_OR_RATE_BEFORE = re.compile(r"(?:\b(?:half|quarter|third|fraction|tenths?|of|per)|\d[\d.,]*(?:\s+[a-z]+)?)\s+$", re.I)
#: ... and what before "a million" makes it no million: a part of it ("half a million" is read
#: as half; "a fraction of a million", "tenths of a billion").
_PART_BEFORE = re.compile(r"\b(?:half|quarters?|thirds?|fifths?|tenths?|fraction)(?:\s+of)?\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
#: "by" right before a share (its qualifier aside): the share is how far something moved ("cut
#: rates by 0.25%").
_BY = re.compile(r"\bby\s+(?:about\s+|nearly\s+|some\s+|around\s+|roughly\s+|almost\s+)?$", re.I)
#: Words after a number that are not what it counts.
_NOT_UNITS = frozenset(
    "made met said took held went were was are is had have has did do does got shook "
    # clock times and their zones: "0540 GMT" is a time, not 540 of anything
    "gmt utc bst cet cest est edt pst pdt am pm local "
    # where people are, no thing counted: "a crew of 19 aboard" counts the crew
    "aboard onboard ashore overboard".split()
) | frozenset(MONTHS) | frozenset(MONTHS_ABROAD) | WEEKDAYS  # "29 April", "13 novembre", "Tuesday 15": a date's day
#: A clock's "a.m." or "p.m." after a number ("7 p.m.", "7.30 a.m."; "7pm" is a unit of _NOT_UNITS).
_CLOCK_AFTER = re.compile(r"\s*[ap]\.\s?m\b", re.I)
#: Words right before "hundred", "thousand" or "dozen" that make it name no one value ("a few
#: hundred yards", "several thousand feet", "many hundred"): such a figure is left out.
_VAGUE_BEFORE = re.compile(r"\b(?:a\s+few|few|several|many|a\s+couple\s+of)\s+$", re.I)
#: How far from a figure the words that say what it counts ("killed", "injured") are looked for.
NEAR_WORDS = 4
#: An outcome word right after a count, maybe after "others", "were"/"have been", "remain" and
#: "still" ("41 injured", "40 were hurt", "12 remain unaccounted for", "a dozen others are still missing").
_OUTCOME_AFTER = re.compile(
    r"\s*(?:others?\s+)?(?:(?:were|was|are|is|have|has|had|remain|remains|remained)\s+(?:still\s+)?(?:been\s+)?)?(?:still\s+)?"
    r"(?P<word>[a-z]+)", re.I)
_AFTER_NUMBER = re.compile(r"^[^\s-]+")
_WORDS = re.compile(r"[^\W\d_][\w'-]*")


#: The counters of people of the languages that write a counter after a count's number, not a
#: noun (codes of core.text.language_of): Korean "명" ("37명", "2천 명"), Chinese "人" and "名"
#: ("约1800人", "12名警察"), Japanese "人" and "名" ("約1800人", "12名"). The characters a counter
#: must not run on to, where it would be a word's first ("人民币" the yuan, "人口" population,
#: "3人目" the third person, "명단" a list): a Korean counter is followed by a particle or no
#: syllable at all.
_COUNTERS_OF_PEOPLE = {"ko": "명", "zh": "人|名", "ja": "人|名"}
_CJK_QUALIFIER_BEFORE = "|".join(sorted(QUALIFIERS_CJK_BEFORE, key=len, reverse=True))
_CJK_QUALIFIER_AFTER = "|".join(sorted((w.replace(" ", r"\s*") for w in QUALIFIERS_CJK_AFTER), key=len, reverse=True))
_CJK_AFTER = {word.replace(" ", ""): qualifier for word, qualifier in QUALIFIERS_CJK_AFTER.items()}
_CJK_COUNT = re.compile(
    rf"(?:(?P<qual>{_CJK_QUALIFIER_BEFORE})\s*)?(?<![\d.,第数數几幾몇])(?P<num>{MYRIAD.pattern}|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{HAN_NUMERAL.pattern})"
    rf"(?P<more>여|余|餘|多)?\s*(?P<unit>명(?=[이을은의에과와도만가씩]|[^\uac00-\ud7a3]|$)|[人名](?![民口目前]))"
    rf"(?P<after>\s*(?:{_CJK_QUALIFIER_AFTER}))?"
)


def _counted_cjk(article: Article, index: int, text: str) -> list[Figure]:
    """The counts of people paragraph *text* (of *article*, at *index*) gives in Korean, Chinese or
    Japanese, by a counter written after the number (:data:`_COUNTERS_OF_PEOPLE`), their number in
    digits, a myriad numeral or Han characters (core.numbers.myriad_value: "2천명" 2,000,
    "1万2000人" 12,000, "二十人" 20), with the words that bound or estimate it before or after it
    (core.quantities.QUALIFIERS_CJK_BEFORE, QUALIFIERS_CJK_AFTER: "약 2천명" about 2,000,
    "2천여 명" more than 2,000, "2000人以上" at least 2,000). A counter makes the number a count, not
    a year ("2000人"). Counts of one or two are left out, as a count in words is ("一人" is alone),
    but where what happened to them is told after the counter in its clause, before another number
    (core.text.outcome_abroad: "2人死亡、1人失踪", "两人受伤", "1人が行方不明"), as "two miners died" is a count."""
    found: list[Figure] = []
    language = _language(article)
    for told in _CJK_COUNT.finditer(text):
        raw = told["num"]
        value = myriad_value(raw) if not raw[:1].isdigit() or MYRIAD.fullmatch(raw) else float(raw.replace(",", ""))
        if value is None or value <= 2 and not _fate_after_counter(text, told.end(), language):
            continue
        qualifier = QUALIFIERS_CJK_BEFORE.get(told["qual"] or "") or QUALIFIERS_CJK_AFTER.get(told["more"] or "") or (
            _CJK_AFTER.get("".join(told["after"].split())) if told["after"] else None)
        start = told.start("qual") if told["qual"] else told.start("num")
        end = told.end()
        found.append(Figure(Ref(article.id, index), (start, end), value, "people", "count", qualifier,
                            text[start:end], _sentence(text, start, end)))
    return found


#: What ends the clause a counter's count is told in, in the languages written without spaces: a
#: mark, or the next number ("2人死亡、1人失踪": the first count's clause ends at "、").
_CJK_CLAUSE_END = re.compile(r"[,;:.!?()，、。；：！？（）「」\d〇零一二两兩三四五六七八九十]")


def _fate_after_counter(text: str, at: int, language: str | None) -> bool:
    """Whether the words after a counter of people ending at *at* of *text* tell, within its clause
    (:data:`_CJK_CLAUSE_END`), what happened to those it counts in *language* (core.text.outcome_abroad:
    "死亡", "失踪", "が死亡", "부상")."""
    clause = text[at : at + 12]
    if stop := _CJK_CLAUSE_END.search(clause):
        clause = clause[: stop.start()]
    return bool(clause) and outcome_abroad(clause, language) is not None


def _qualifier(match: re.Match[str]) -> str | None:
    """The qualifier *match* (of :data:`_FIGURE`) gives its number, as the English word: "nearly",
    "about" for "rund" (core.quantities.QUALIFIERS_ABROAD) and for "approximately"; None where it
    gives none."""
    said = " ".join((match["qual"] or "").lower().split())
    if said == "past":
        return "more than"  # "climbed past 300"
    if said in ("approximately", "approx."):
        return "about"  # "Approximately 210 tonnes", as "about 210 tonnes" (an estimate either way)
    return QUALIFIERS_ABROAD.get(said, said) or None


def _precision(figure: Figure) -> float:
    """Half a unit of the last digit *figure* printed (:func:`precision`), in its size's terms
    (:attr:`Figure.size`); for a time, no more than the tolerance of its length
    (:func:`core.quantities.time_precision`); for a date, none."""
    if figure.kind == "date" or rate_move(figure.text) is not None:
        return 0.0  # a day is given exactly ("January 15" is no January 16), as is "a quarter-point"
    if figure.vague:
        low, high = _vague_range(figure.vague)
        return (high - low) / 2  # "hundreds": anywhere from 200 to 999
    if figure.unit in SECONDS:
        return time_precision(figure.text, figure.value) * SECONDS[figure.unit]
    if figure.kind == "share" and _SHARE_IN_WORDS.fullmatch(figure.text):
        return TOLERANCE * figure.value  # "nearly a third": a share in words is a rough one (30% to a third)
    return precision(figure.text, figure.value) * _PER_UNIT.get(figure.unit, 1.0)


#: A share in words of what follows ("nearly a third of the vote", "about half of voters",
#: "two-thirds of the members"): the qualifier, and the part (core.numbers.SCALE_PARTS, or half);
#: not a part of a scale ("a quarter of a million": a sum or a count), nor of a whole it counts
#: ("three quarters of the 400 homes", "half of them").
_SHARE_IN_WORDS = re.compile(
    r"(?:(?P<qual>nearly|almost|about|around|roughly|approximately|approx\.|close\s+to|some|over|more\s+than|less\s+than|under|at\s+least|up\s+to)\s+)?"
    r"(?P<part>(?:a|one|two|three|four)[ -](?:third|quarter|fifth|tenth)s?|half)", re.I)
_SHARE_IN_WORDS_AFTER = re.compile(r"\s+of\s+(?!an?\s+(?:million|billion|trillion|mile|kilometre|percentage|point|dozen|hundred|thousand)\b)"
                                   r"(?!(?:them|us|it|whom|which)\b)(?!(?:(?:the|its|their|these|those)\s+)?\d)", re.I)
_PART_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_PART_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _shares_in_words(article: Article, index: int, text: str, taken: Sequence[Figure]) -> list[Figure]:
    """The shares *text* gives in words of what follows them (:data:`_SHARE_IN_WORDS`: "nearly a
    third of the vote" 33.3%, "about half of voters" 50%), each as a share of what its sentence
    says it is of (core.quantities.share_of), an estimate or a bound as its qualifier says, given
    roughly (:func:`_precision`); none where a figure of *taken* stands there already."""
    found = []
    for match in _SHARE_IN_WORDS.finditer(text):
        start, end = match.span()
        if (start and (text[start - 1].isalnum() or text[start - 1] in "-'’")) or not _SHARE_IN_WORDS_AFTER.match(text, end):
            continue
        if any(f.span[0] < end and start < f.span[1] for f in taken):
            continue
        words_ = re.split(r"[ -]", match["part"].lower())
        if words_ == ["half"]:
            value = 50.0
        else:
            number, part = _PART_NUMBERS[words_[0]], words_[1].rstrip("s")
            if (number > 1) != words_[1].endswith("s") or number * _PART_WORDS[part] >= 1:
                continue  # "a thirds", "four thirds"
            value = round(100 * number * _PART_WORDS[part], 1)
        found.append(Figure(Ref(article.id, index), (start, end), value, "%", "share", _qualifier(match), text[start:end],
                            _sentence(text, start, end), of=share_of(text, match.start("part"), end)))
    return found


#: Nouns on an outcome's stem that name things, not people it happened to: "3 hospitals", "5,000
#: tests", "20,000 vaccinations" count no one in hospital, tested or vaccinated.
_OUTCOME_THINGS = frozenset("hospital hospitals vaccine vaccines vaccination vaccinations test tests testing".split())


def _outcome_after(text: str, at: int) -> int | None:
    """Where the words at *at* that say what happened to what a count counts end ("injured",
    "were hurt"), or None when they say no such thing ("3 hospitals"; "missing from the shift
    list": :func:`_off_a_record`)."""
    found = _OUTCOME_AFTER.match(text, at)
    return (found.end() if found and stem(word := found["word"].lower()) in OUTCOMES and word not in _OUTCOME_THINGS
            and not _off_a_record(text, at) else None)


#: "Missing" of a record, not of people: "three contractors missing from the company's shift list",
#: "absent from the register", "left off the payroll" say where they are not written, not that
#: anyone is missing.
_OFF_A_RECORD = re.compile(
    r"\s*(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)?(?:missing|absent|omitted|left\s+off)\s+(?:from\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:list|lists|register|registers|roster|rosters|record|records|count|tally|payroll|manifest|"
    r"database|books|log|logs|census|rolls?|rota|rotas)\b", re.I)


def _off_a_record(text: str, at: int) -> bool:
    """Whether the words at *at* (after a count) say it is missing from a record (:data:`_OFF_A_RECORD`)."""
    return _OFF_A_RECORD.match(text, at) is not None


#: A lowercase word after a count's first word, maybe after "and" or "or" ("current and former
#: members"): a modifier of what it counts, or its head.
_WORD_AFTER = re.compile(r"[ ](?:(?P<join>and|or)[ ])?(?:(?P<word>[a-z][a-z-]*)|(?P<initials>[A-Z]{2,5}))\b")
#: How many words after a count's first word its noun phrase's head is looked for in.
_HEAD_WORDS = 3


def _compound_head(text: str, first: str, at: int) -> tuple[str, int] | None:
    """The head of a count's noun phrase whose first word (*first*) ends at *at* in *text*: the
    last plural noun of the lowercase words that follow it, up to :data:`_HEAD_WORDS`, before a
    small word, a verb or a clause's end ("five dock workers": worker; "three free vaccination
    clinics": clinic; "a dozen measles cases": case; "current and former members": member; "three
    prior DUI convictions": conviction, past initials), with
    where it ends; None where no plural noun follows ("three free", "12 cases were")."""
    head = None
    for step in range(_HEAD_WORDS):
        word = _WORD_AFTER.match(text, at)
        if word is not None and word["initials"] and not head:
            at = word.end()  # "three prior DUI convictions": initials modify the noun after them
            continue
        if (word is None or word["initials"] or any(is_stopword(w) or w in NUMBER_VALUES for w in (first.lower(), word["word"]))
                or word["word"] in _NOT_UNITS or word["word"].endswith("ed")):
            break  # "12 after nine hours": the count's first word is no modifier
        if word["join"] and (step or _plural_noun(first)):
            break  # "workers and residents", "a 12-member panel and two-time champions": two phrases
        if _plural_noun(word["word"]) or text[at - 1 : at].isupper() and not head:
            head = (_canonical(word["word"]), word.end())  # after initials, a noun ("DUI conviction")
        elif head:
            break  # "cases remain", "clinics open": the phrase ended at its plural
        at = word.end()
    return head


#: What a count counts, in the other languages news is read in, by the English noun: the stems
#: (lower case, accents folded: core.text.search_fold) its words in Spanish, French, Portuguese,
#: Italian, Dutch, German and Polish begin with ("historiales", "patiëntendossiers", "rekordów":
#: records; "karetek": ambulances). Only the nouns a report counts whose words abroad are no
#: cognate of the English one's; cognates are read by their endings (:data:`_COGNATE_ENDINGS`).
_NOUNS_ABROAD = {noun: tuple(stems.split()) for noun, stems in {
    "record": "historial expediente registro dossier rekord datensat fichier cartella",
    "ambulance": "ambulanc ambulanz ambulânc krankenwag karetk karetek rettungswag",
    "operation": "eingriff zabieg cirugia intervencion",
    "patient": "pacient pacjent patient pazient",
    "hospital": "hospital hopita ziekenhui krankenhaus krankenhäus szpital ospedal sjukhus nemocnic νοσοκομει лікарн больниц",
    "doctor": "medico medecin arts artsen arzt arzte lekarz",
    "nurse": "enfermer infirmi verpleegkundig pflegekr pielegniar infermier",
    "bed": "cama camas bedden betten lozek letti",
    "computer": "ordenador computador ordinateur komputer",
    "miner": "minero minera mineur mineir minator mijnwerker bergleut bergmann bergmaenn bergarbeit kumpel gornik gornic",
    "worker": "trabajador empleado travailleur salarie werknemer medewerker mitarbeiter arbeitnehmer pracownik lavorator dipendent funcionari",
    "child": "nino ninos enfant kinder kindere dziec bambin crianc",
    "home": "vivienda logement woning wohnung mieszka abitazion",
    "flight": "vuelo vluchten vlucht fluge lotow lotami voli voo",
    "soldier": "soldad soldat soldaat zolnierz soldati",
    "school": "escuela ecole scuol szkol schule scholen",
    "vehicle": "vehicul voertuig fahrzeug pojazd veicol",
    "bitcoin": "bitcoin",
    "container": "contentor contenedor conteneur konteyner container kontener contenitor",
    # a train's wagons ("38 vagoni", "vagões", "vagones", "vagoane", "Waggons", "wagony", "vaunua", "gerbong")
    "wagon": "vagon vagoe vagoan waggon wagony wagon vaunu gerbong",
    # a ship's crew, counted by head ("23 tripulantes", "dreiundzwanzig Besatzungsmitglieder",
    # "yirmi üç mürettebat"), as "23 crew" is (_BODIES)
    "crew": "tripulant tripulac besatzungsmitglied besatzung bemanningsled bemanning equipag murettebat marittim",
    # a utility's customers, and the households it supplies ("trois millions de clients", "tre miljoner kunder",
    # "ponad 2 mln odbiorców", "tři miliony odběratelů", "καταναλωτές", "споживачів"; "3 Millionen Haushalte")
    "customer": "client klant kunde kunder odbiorc odberatel καταναλωτ πελατ споживач потребител абонент",
    "household": "haushalt huishoud hogar foyer menage gospodarstw domacnost hushall νοικοκυρι домогосподарств домохозяйств",
}.items()}
#: The endings of cognates of English nouns, as they end abroad (folded, singular or plural), by
#: the English ending: "operaciones", "operaties", "operazioni", "operações": operation;
#: "ambulancias": ambulance.
_COGNATE_ENDINGS = (("ciones", "tion"), ("cion", "tion"), ("zioni", "tion"), ("zione", "tion"), ("coes", "tion"),
                    ("cao", "tion"), ("tionen", "tion"), ("ties", "tion"), ("tie", "tion"), ("tions", "tion"),
                    ("ancias", "ance"), ("ancia", "ance"), ("anze", "ance"), ("anza", "ance"), ("ances", "ance"),
                    ("encias", "ence"), ("encia", "ence"), ("enze", "ence"), ("enza", "ence"), ("ences", "ence"))
#: The languages that put what a count counts first, its modifiers after it ("230 operaciones
#: programadas": operations, not "programadas").
_NOUN_FIRST = frozenset({"es", "fr", "pt", "it"})
#: The languages whose compounds end in what they name ("patiëntendossiers": dossiers, records).
_COMPOUNDING = frozenset({"nl", "de"})


#: The word between a scale and what it counts in the languages that put one there ("1,2
#: millones de historiales", "2 millions de dossiers", "1,2 milioni di cartelle").
_OF_ABROAD = frozenset({"de", "di", "d", "da"})
#: A word after it, in any Latin letters.
_WORD_ABROAD = re.compile(r"[ ’'](?P<word>[^\W\d_]{3,})")


#: The people whose records, accounts or details a count may count ("the records of 1.2 million
#: patients"), as the figures name them (singular).
_WHOSE = frozenset("patient customer client user member resident citizen voter student employee worker subscriber "
                   "policyholder account-holder people".split())
#: What is held of them, right before "of" and the count (:data:`_WHOSE`), in English or abroad
#: ("historiales de 1,2 millones de pacientes").
_HELD_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[^\W\d_]{4,})\s+(?:of|de|van|von|di|des|du|da)\s+(?:the\s+|los\s+|de\s+)?$", re.I)
#: Nouns of a group or a number of what follows, no thing held of each ("groups of 12 patients",
#: "families of five", "thousands of users").
_GATHERED = frozenset("""groups teams families crowds hundreds thousands millions billions dozens tens scores numbers
    lists waves queues classes batches cohorts sets lines rows houses homes""".split())


def _noun_abroad(word: str, language: str | None) -> str | None:
    """The English noun (singular) a count's noun *word* in *language* counts: by
    :data:`_NOUNS_ABROAD` (its word begins with a stem there, at most four letters of an ending
    after it; in Dutch and German a compound's last part: "patiëntendossiers" records), else as
    a cognate whose ending is an English one's (:data:`_COGNATE_ENDINGS`: "operaciones"
    operation); None where it is neither."""
    folded = search_fold(word)
    if len(folded) < 3 or not folded.isalpha():
        return None
    for noun, stems in _NOUNS_ABROAD.items():
        for each in stems:
            if folded.startswith(each) and len(folded) - len(each) <= 4:
                return noun
            if language in _COMPOUNDING and len(each) >= 5 and (at := folded.rfind(each, 3)) > 0 and len(folded) - at - len(each) <= 3:
                return noun
    for ending, english in _COGNATE_ENDINGS:
        if folded.endswith(ending) and len(folded) >= len(ending) + 3:
            return folded[: -len(ending)] + english
    return None


#: The rest of a hyphened modifier after a count's first word and the noun after it
#: ("-bombing aircraft" of "six water-bombing aircraft").
_HYPHENED_HEAD = re.compile(r"(?:-[a-z]+)+[ ](?P<head>[a-z]+)\b")


#: A word of a name or a model between a count and what it counts: a capitalised word, "&",
#: or a word with a digit ("AeroCrisp 5L", "Hollis & Crane", "Tesla Model 3").
_NAME_WORD = re.compile(r"[ -](?P<word>[A-Z][\w'’-]*|&|[\w-]*\d[\w-]*)(?=[ ,;:.!?)]|$)")
#: Initials made plural: "MPs", "SUVs".
_INITIALS_PLURAL = re.compile(r"[A-Z]{2,}s")
#: A lowercase word after them: a modifier ("air") or the noun counted ("fryers").
_NOUN_AFTER = re.compile(r"[ ](?P<word>[a-z][a-z-]*)\b")


def _plural_noun(word: str) -> bool:
    return len(word) >= 4 and word.endswith("s") and not word.endswith("ss") and not is_stopword(word.lower())


def _named_head(text: str, at: int) -> tuple[str, int] | None:
    """What a count counts whose first word after it (ending at *at* in *text*) is a name: the
    head of its noun phrase, the plural noun after the name's words and one modifier ("287,412
    AeroCrisp 5L air fryers": fryer; "14 AK-47 Rifles": rifle; "seven Tessaro T-72 aircraft", a noun
    of no plural of its own: aircraft), else the plural initials among them ("20 Labour MPs": mp),
    with where it ends; None where the name is all there is ("500 Britons", "300 AeroCrisp"), and
    for title case, whose capitals name nothing ("9 Earthquake Jolts Iran", "Three Killed In Athens")."""
    plural_name = None
    code = False  # whether the last word is a model's code ("AK-47", "737")
    for _ in range(3):
        name = _NAME_WORD.match(text, at)
        if name is None:
            break
        if code and name["word"].isalpha() and _plural_noun(name["word"]):
            return _canonical(name["word"]), name.end()  # "14 AK-47 Rifles": a plural after a code is counted
        if _INITIALS_PLURAL.fullmatch(name["word"]):
            plural_name = (_canonical(name["word"][:-1]), name.end())  # "MPs": mp
        code, at = any(c.isdigit() for c in name["word"]), name.end()
    first = _NOUN_AFTER.match(text, at)
    if first and not is_stopword(first["word"]) and first["word"] not in _NOT_UNITS:
        second = None if _plural_noun(first["word"]) else _NOUN_AFTER.match(text, first.end())
        for noun in (first, second):
            # (or a noun that is its own plural: "seven Tessaro T-72 aircraft" count aircraft, not Tessaros)
            if noun and (_plural_noun(noun["word"]) or noun["word"] in _NO_PLURAL) and noun["word"] not in _NOT_UNITS:
                return _canonical(noun["word"]), noun.end()
    return plural_name


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in one paragraph, with its unit and how it is qualified."""

    ref: Ref
    span: Span
    value: float
    unit: str  # singular: "hour", "embassy", "%"
    kind: str  # duration, money, share, age or count
    qualifier: str | None  # "nearly", "more than", ...
    text: str  # as printed: "nearly six hours"
    sentence: str
    #: what happened to what it counts where its words count several outcomes at once ("no
    #: casualties": a figure of the dead and one of the injured, core.text.CASUALTIES), or say it
    #: by no word of the count's own ("the death toll rose to six": dead); else None
    outcome: str | None = None
    #: what a share or a rate's move is of, as its sentence says (core.quantities.share_of: "net
    #: profit", "main refinancing rate"), or whose an age is where its phrase names the person
    #: (core.quantities.age_of: "luann marie johnson"); "" where it does not say, and for other kinds
    of: str = ""
    #: the number in words that names no one value ("hundreds", "hundreds of thousands":
    #: core.numbers.VAGUE), where the figure is one; its ``value`` is then the middle of the values
    #: it allows (:func:`allows`: their geometric mean, 447 for "hundreds"), by which it is ordered
    #: and kept from figures of another scale, never shown
    vague: str = ""
    #: which way a share or a rate's move went, as its verb says (core.quantities.move_direction:
    #: "fell 3.1%" -1, "rose 3.1%" 1); 0 where no verb says, which agrees with either way
    direction: int = 0
    #: "part" for a count given as a part of a whole ("two of its four crude units": two), "whole"
    #: for that whole (four), "" for any other figure: a part is compared with another outlet's
    #: count of the same thing ("two crude units"), never with the whole
    part: str = ""
    #: what sets a count apart as a part of a whole where it is one ("two of them seriously":
    #: {serious}; "Two of the injured workers were in a serious condition": {serious, condit}),
    #: as core.quantities.count_part reads it, the reading a link's differences use; None for a count
    #: that is no such part, for other kinds, and where no word after its whole sets it apart (the
    #: words before it do, "shut two of its four crude units": compared as the count it is, :attr:`part`).
    #: Parts are compared only with parts set apart
    #: alike, or a count whose clause says what sets them apart (core.quantities.one_quantity),
    #: never with their whole ("Twelve workers were injured")
    apart: frozenset[str] | None = None
    #: 1 or 2 for the first or the second number of a tally ("by 78 votes to 61", "voted 78-61":
    #: 78 is 1, 61 is 2; "rose from 47 cases to 112"), 0 for any other figure: the two numbers of
    #: a tally are two quantities, each compared with the same side of another outlet's tally
    #: ("78 votes to 60") or with a count given alone
    side: int = 0
    #: which count a figure is of where its sentence says (:func:`stage_of`): "preliminary" ("with
    #: 94% counted", "provisional", "preliminary figures"), "official" ("official results", "final
    #: turnout", "certified"), else "": a preliminary figure beside an official one is an earlier
    #: count of one quantity, shown side by side with it and labelled, never against it
    stage: str = ""
    #: whose a count is where a sentence lists several holders' counts of one thing, each after its
    #: name ("Civic Alliance 21 seats, People's Party 20": "People's Party" for 20, :func:`_listed`),
    #: as printed; "" elsewhere. Counts of two holders are two quantities; one holder's counts
    #: in two outlets one quantity ("People's Party 19" / "the People's Party 20": :func:`_same_holder`)
    holder: str = ""
    #: what was done to what a count counts, as the verb before it says (:func:`core.quantities.action_of`: "received
    #: four complaints" "received", "rejected three of them" "rejected"); "" where no such
    #: verb stands before it or it says only who told the count ("reported 112 cases"). Counts of one
    #: thing that two verbs say were done otherwise are two quantities (received, rejected, upheld)
    action: str = ""
    #: whose bid a figure is where the words before it in its sentence say (:func:`bid_of`: "offer",
    #: "demand", "first offer"); "" elsewhere. An offer and a demand are two quantities
    #: (the employers' 3% against the union's 9%), as are a first and a second offer
    bid: str = ""
    #: the span of the count (in its paragraph) a figure is an earlier value of, given after it
    #: ("61 people had now been treated, up from 47 on Tuesday": :func:`_earlier_values`); None elsewhere
    earlier_of: Span | None = None

    @property
    def counted(self) -> str:
        """What the figure is counted among where a paragraph's or an article's figures of one
        thing are counted: its unit, or for a part of a whole (:attr:`apart`) its unit as a part
        ("worker part"): "two of them seriously" is no second count of the workers beside "Twelve
        workers were hurt"; for a side of a tally its unit and side ("vote 2"): "78 votes to 61"
        gives one count of each side."""
        counted = self.unit if self.apart is None else f"{self.unit} part"
        return f"{counted} {self.side}" if self.side else counted

    @property
    def measure(self) -> str:
        """What the figure is compared as: its unit, or "time" for a unit of time (durations and
        ages in hours, months or years are one quantity: "two years" and "24 months"), or
        "percentage point" for a rate's move ("0.25 percentage points" and "25 basis points")."""
        return ("time" if self.unit in SECONDS else "percentage point" if self.unit in POINTS
                else _MEASURED[self.unit][0] if self.unit in _MEASURED else self.unit)

    @property
    def size(self) -> float:
        """Its value in its measure's terms: a time in seconds ("24 months" and "two years" are
        one size, as "90 minutes" and "an hour and a half"), a rate's move in percentage points
        ("25 basis points" 0.25), anything else its value."""
        return self.value * _PER_UNIT.get(self.unit, 1.0)


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """The same figure as several outlets give it, and how each outlet's value compares.

    ``agreed`` is the figure most outlets agree with (:func:`agrees`: its value, within the
    rounding of the coarser, or within what a bound or an estimate allows), the most precise
    of those most agree with ("287,412" before "287,000"); None where the outlets split evenly
    ("212" / "221 passengers"). ``verdicts`` says of each of ``figures`` (in order) "same" (the
    agreed value), "close" (agrees with it, not equal: "287,000", "nearly 300,000") or "differ"
    (the outlier: "278,412"). With no agreed figure, ``sides`` numbers each figure's side of the
    split from 1 where a side holds several outlets' figures (0: a figure of no one side), each
    figure's verdict is against its side's value, and a figure consistent with every side is
    close; where every side is one outlet's figure, ``sides`` is empty and each figure that does
    not agree with every side differs (:func:`_split`). ``disagree`` is true when any figure
    differs or the outlets split; ``exact`` only when every outlet gives the same value. A group
    neither exact nor in disagreement holds close but different values: shown as close, never as
    agreeing.
    """

    unit: str
    kind: str
    figures: tuple[Figure, ...]
    disagree: bool
    exact: bool = False
    agreed: Figure | None = None
    verdicts: tuple[str, ...] = ()
    sides: tuple[int, ...] = ()
    #: what happened to what its counts count, where all its figures say one thing (core.text.OUTCOMES:
    #: "dead", "missing", "injured"); "" where they say none or several
    fate: str = ""
    #: the year every one of its figures is said of, where each names it ("in 2022", "the 2022
    #: election", "when final turnout was" after it: core.quantities.when_of); "" otherwise
    year: str = ""
    #: where its figures are sums of one bid (:attr:`Figure.bid`: a ransom "demand"), that bid's
    #: sums in other currencies the story gives, as shown ("85 bitcoins", "5 million euros"): one
    #: demand told in three currencies, shown together, never converted (trial 46 F13)
    elsewhere: tuple[str, ...] = ()

    @property
    def quantity(self) -> str:
        """What the group is a figure of (:meth:`_quantity`), with the year all its figures name:
        "share (final turnout, 2022)", "share (2022)"."""
        quantity = self._quantity()
        if len(bids := {f.bid for f in self.figures} - {""}) == 1:
            bid = bids.pop()
            quantity = f"{quantity[:-1]}, {bid})" if quantity.endswith(")") else f"{quantity} ({bid})"
        if not self.year:
            return quantity
        return f"{quantity[:-1]}, {self.year})" if quantity.endswith(")") else f"{quantity} ({self.year})"

    def _quantity(self) -> str:
        """What the group is a figure of, as the views head it: its kind ("count", "money"), and
        for a share or a rate's move what it is of where its outlets' sentences say
        (:attr:`Figure.of`, the phrase most of them give): "share (net profit)", "points (main
        refinancing rate)"; "time" for clock times, "earthquake" for magnitudes, "date (close)" for
        an event's days (its verb's stem); for a count of
        what happened to people, its fate: "count (dead)", "count (missing)" (a trial's toll and
        missing rows were both "count: ... people"); for parts of a whole, the whole's outcome (or
        what it counts) and the words that set them all apart: "count (injured, serious)"."""
        if self.kind == "count" and (apart := _apart_words(self.figures)):
            return f"count ({self.fate or plural(self.unit)}, {apart})"
        if self.kind == "count" and self.fate:
            return f"count ({self.fate})"
        if self.kind == "count" and (held := sorted({f.holder for f in self.figures} - {""}, key=len)):
            return f"count ({held[0]})"  # "count (People's Party)": whose seats, where lists of them say
        if self.kind == "count" and len(counted_of := {f.of for f in self.figures}) == 1 and (of := counted_of.pop()):
            return f"count ({of})"  # "count (majority)": the seats a majority needs, "count (assembly)": its size
        if self.kind == "speed" and all(f.of == "limit" for f in self.figures):
            return "speed limit"  # (_limit_of: "the 60 km/h curve", "a limit of 37mph")
        if self.kind == "date" and self.unit == "day" and len(events := {f.of for f in self.figures}) == 1:
            return f"date ({events.pop()})"  # "date (close)": the day the port closed, as the verb's stem says
        if self.unit.startswith(CLOCK_UNIT):
            return "time"
        if self.kind == "magnitude":
            return "earthquake"  # its values say "magnitude 6.1"
        # (a phrase of words that name no quantity, "ended the day down 32.6%", heads nothing)
        said = Counter(f.of for f in self.figures if f.of and names_one_quantity(f.of, f.of))
        if self.kind not in _OF_KINDS or not said:
            return self.kind
        return f"{self.kind} ({max(said, key=lambda of: (said[of], -len(of)))})"

    @property
    def verdict(self) -> str:
        """"same", "close" or "differ": how the outlets' values compare."""
        return "same" if self.exact else "differ" if self.disagree else "close"

    def verdict_of(self, figure: Figure) -> str:
        """"same", "close" or "differ": how *figure* (one of ``figures``) compares with the agreed
        value (:attr:`verdicts`)."""
        return self.verdicts[self.figures.index(figure)] if self.verdicts else self.verdict

    def mark_of(self, figure: Figure) -> str:
        """How *figure* (one of ``figures``) is marked: its verdict's :data:`MARK` and its side's
        letter where the outlets split evenly ("=A", "≈B"; :meth:`side_of`)."""
        return MARK[self.verdict_of(figure)] + self.side_of(figure)

    def stage_label(self, figure: Figure) -> str:
        """The stage of the count *figure* (one of ``figures``) is of ("preliminary", "official":
        :attr:`Figure.stage`) where the group holds a preliminary figure and another that is not,
        else "", or for a bid's sum in another currency than the row's (:func:`_bids_joined`) that
        currency, unconverted ("in euros, not converted"): what a view labels the figure with."""
        if self.verdicts and self.verdict_of(figure) == _APART:
            return f"in {plural(figure.unit)}, not converted"
        return figure.stage if _staged(self.figures) else ""

    def side_of(self, figure: Figure) -> str:
        """The letter of the side *figure* (one of ``figures``) is on where the outlets split
        evenly ("A", "B": :attr:`sides`), else ""."""
        number = self.sides[self.figures.index(figure)] if self.sides else 0
        return chr(ord("A") + number - 1) if number else ""


#: A count set before the noun it measures with a hyphen ("61-seat assembly", "a 110-car train").
_SIZE_OF = re.compile(r"[ ](?P<noun>[a-z]{3,})\b")


#: Words that make a speed a limit, before it in its sentence ("The speed limit on the curve is 60
#: km/h", "limited to 60 km/h", "a maximum of 60 km/h") and right after it ("a 60mph limit", "on a
#: 37mph curve": a curve rated for it).
_LIMIT_BEFORE = re.compile(r"\b(?:limit|limits|limited|restricted|restriction|maximum|permitted|allowed)\b(?P<between>(?:[^.;!?]|\.(?=\d)){0,60})$", re.I)
_LIMIT_AFTER = re.compile(r"\s*(?:speed\s+)?(?:limit|limits|restriction|curve|bend|zone)\b", re.I)
_SPEED_BETWEEN = re.compile(r"\d\s*(?:km/h|kph|kmh|mph|km\s+an\s+hour|miles\s+an\s+hour)", re.I)


def _limit_of(text: str, start: int, end: int) -> str:
    """"limit" where the speed at characters *start* to *end* of *text* is a limit of speed, as
    the words before it in its sentence (:data:`_LIMIT_BEFORE`, no other speed between) or right
    after it (:data:`_LIMIT_AFTER`) say; "" for a speed reached ("travelling at 92 km/h"). A limit
    and a speed reached are two quantities: "92 km/h in a 60 km/h curve" gives both."""
    if _LIMIT_AFTER.match(text, end):
        return "limit"
    first = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    found = _LIMIT_BEFORE.search(text, first, start)
    return "limit" if found and not _SPEED_BETWEEN.search(found["between"]) else ""


_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def _count_of(text: str, figure: Figure) -> str:
    """What the count *figure* of *text* is of where its words say it counts no things held but a
    threshold ("the 31 seats needed for a majority", "a majority of 31 seats": "majority") or the
    size of the noun it is set before ("the 61-seat assembly": "assembly"); "" otherwise. Counts of
    one unit said of two such things are two quantities (core.quantities.same_quantity)."""
    start, end = figure.span
    if threshold(text, start, end):
        return "majority"
    if re.fullmatch(r"\d[\d,]*-[a-z]+", figure.text) and (noun := _SIZE_OF.match(text, end)) and not is_stopword(noun["noun"]):
        return noun["noun"]
    return ""


def _staged(figures: Sequence[Figure]) -> bool:
    """Whether *figures* hold a preliminary figure (:attr:`Figure.stage`) and one that is not."""
    return any(_earlier(f) for f in figures) and any(not _earlier(f) for f in figures)


#: The verdict of a bid's sum in another currency than its row's (:func:`_bids_joined`): shown in the
#: row, labelled with its currency, never against the row's value (no rate is known for the day).
_APART = "apart"


#: The stage of a count a live page gave in an update its later updates superseded (:func:`_live_updates`),
#: before the update's time: "earlier update 13:30".
_UPDATE_STAGE = "earlier update"


#: The stage of a count of what happened to people that reports gave on an earlier day than its
#: row's (:func:`_days_joined`), before that day: "earlier day 2026-11-30".
_DAY_STAGE = "earlier day"


def _earlier(figure: Figure) -> bool:
    """Whether *figure* is an earlier count of its quantity than the others of its row may be: a
    preliminary count (:attr:`Figure.stage`), one of a live page's superseded updates
    (:data:`_UPDATE_STAGE`), or one of an earlier day's reports (:data:`_DAY_STAGE`): shown
    beside the later counts, never against them."""
    return figure.stage == "preliminary" or figure.stage.startswith((_UPDATE_STAGE, _DAY_STAGE))


def _moments(a: Figure, b: Figure) -> bool:
    """Whether *a* and *b* are one live page's counts at two of its earlier updates (17 ambulances
    at 09:30, 29 at 12:45), or counts of two earlier days (3,200 evacuated on the first, 4,800 on
    the second): two moments' counts, neither against the other."""
    if a.stage != b.stage and a.stage.startswith(_DAY_STAGE) and b.stage.startswith(_DAY_STAGE):
        return True
    return (a.ref.article == b.ref.article and a.stage != b.stage
            and a.stage.startswith(_UPDATE_STAGE) and b.stage.startswith(_UPDATE_STAGE))


def _language(article: Article) -> str | None:
    """*article*'s language (core.text.article_language), read once per text: :func:`extract`,
    :func:`extract_dates` and :func:`compare` each ask it of every article of a story."""
    return _language_of(article.title, tuple(article.paragraphs))


@lru_cache(maxsize=1 << 10)
def _language_of(title: str, paragraphs: tuple[str, ...]) -> str | None:
    return article_language(title, paragraphs)


#: A paragraph that opens with its update's stamp, added below a report's body ("Update, 18:05:
#: Rescuers said ...", "UPDATE 6.05pm -", "Aktualisiert 18.05 Uhr:", "Mise à jour, 18h05 :").
_UPDATE_OPENS = re.compile(
    r"\s*(?:updated?|update\s+at|aktualisiert|aktualisierung|mise\s+[àa]\s+jour|actualizaci[oó]n|actualizado|aggiornamento|"
    r"aktualizacja|обновлено|обновление)\b[\s,:.—–-]*(?:at\s+|um\s+|à\s+|a\s+las\s+|alle\s+|o\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.h]|\s?h)(?P<minute>[0-5]\d)\b", re.I)


def _superseded(figure: Figure) -> bool:
    """Whether *figure* is a count an update of its page superseded (:data:`_UPDATE_STAGE`)."""
    return figure.stage.startswith(_UPDATE_STAGE)


def _updated_below(article: Article) -> dict[int, str]:
    """The paragraphs of *article* (a report no live page's subheads stamp: :func:`_live_updates`)
    above an update added below its body (a paragraph that opens with its stamp,
    :data:`_UPDATE_OPENS`: "Update, 18:05: ... bringing the death toll to three"), each with the time of the text they belong to: the report's as published ("13:30"), or an
    earlier such update's. Their counts are earlier counts of what the update counts again: the
    report's "Two miners have died" is its 13:30 count, the update's three the later one. {} where
    no paragraph opens so; the report's own paragraphs are left unstamped where its time is not
    known (a date alone)."""
    stamps = [(index, f"{int(m['hour']):02d}:{m['minute']}") for index, text in enumerate(article.paragraphs)
              if index and (m := _UPDATE_OPENS.match(text))]
    if not stamps:
        return {}
    published = article.published or ""
    first = published[11:16] if len(published) >= 16 and published[10:11] in ("T", " ") else ""
    earlier: dict[int, str] = {}
    at, start = first, 0
    for index, when in stamps:
        if at:
            earlier.update(dict.fromkeys(range(start, index), at))
        at, start = when, index
    return earlier


#: A digit of any script: what every update's stamp holds (:func:`_live_updates`).
_DIGIT = re.compile(r"\d")


def _live_updates(article: Article) -> dict[int, str]:
    """The paragraphs of *article* that a later update of its live page superseded, each with its
    update's time ("13:30"): where its subheads give two update times or more (a live blog's
    "18:50", "15:20 — Operator speaks", ... in whatever order), the paragraphs under each time but the latest. A count
    there is an earlier count of its quantity (the page's "Death toll rises to five" at 10:15,
    then "seven people were killed" at 13:30), no value against the later ones; the paragraphs
    before the first time (a summary) are the page's own, as of its last update. The times are
    read as the reading stage reads them to order a newest-first page (:func:`~core.stamps.update_time`):
    one reader of a live page's stamps, a later date before an earlier clock time."""
    stamped = [(index, text) for index, text in article.subheads if _DIGIT.search(text)]
    if len(stamped) < 2:
        return {}  # (no stamp without a figure)
    times = [(index, when) for index, text in stamped if (when := update_time(text)) is not None]
    if len(times) < 2:
        return {}
    latest = max(when for _, when in times)
    starts = sorted(times)
    earlier: dict[int, str] = {}
    for n, (index, when) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(article.paragraphs)
        if when < latest:
            earlier.update(dict.fromkeys(range(index + 1, end), f"{when[3] // 60:02d}:{when[3] % 60:02d}"))
    return earlier


#: The words that make a figure's count a preliminary one ("according to preliminary figures",
#: "with 94% of ballots counted", "provisional results", "the partial count", "an exit poll"),
#: in English and the other languages news is read in. A projection is a count's where it is of the
#: count ("according to projections", "projected to win 32%", "the projected result"), not a
#: forecast's of another quantity ("inflation is projected to return to 2%") or a forecast round
#: named by its month ("1.5% in its August projections").
_PRELIMINARY = re.compile(
    r"\b(?:preliminary|provisional|partial\s+(?:count|results?|figures?|returns?)|exit\s+polls?|"
    r"projections?|"
    r"projected(?:\s+to\s+(?:win|take|get|receive|secure|gain|finish|come|lose)|\s+(?:results?|winners?|seats?|share|turnout|count))|"
    r"with\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent)\s+(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:counted|in|reported)|"
    r"(?:\d[\d.,]*\s?(?:%|percent|per\s+cent)\s+)counted|"
    r"vorläufig\w*|provisional(?:es)?|preliminar(?:es)?|provisoire\w*|provvisori\w*|escrutado)\b", re.I)
#: A forecast round named by its month ("in its August projections"): no count's projection.
_DATED_PROJECTION = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s+projections?\b", re.I)
#: The words that make it the official, final count ("official results", "final turnout",
#: "certified", "amtliches Endergebnis").
_OFFICIAL = re.compile(r"\b(?:official|final|certified|definitive|amtlich\w*|endgültig\w*|endergebnis\w*|oficial(?:es)?|"
                       r"definitiv\w*|officiel\w*|ufficial\w*)\b", re.I)


@lru_cache(maxsize=1 << 14)
def stage_of(said: str) -> str:
    """Which count a figure is of, as the words *said* of it say (core.quantities.said_of): "preliminary" (:data:`_PRELIMINARY`:
    "Turnout was 57.9 percent, according to preliminary figures", "With 94% counted: ..."), "official"
    (:data:`_OFFICIAL`: "final turnout was 58.3%", "the official results"), else ""; preliminary where both."""
    return "preliminary" if _PRELIMINARY.search(_DATED_PROJECTION.sub(" ", said)) else "official" if _OFFICIAL.search(said) else ""


#: The words that make a figure one side's bid in a bargain ("offered a 3% pay rise", "the
#: union's demand of 9%", "wants 9%", "is still asking for 9%"), with the ordinal that tells one
#: offer from another ("second offer"), up to :data:`_BID_WORDS` words before the figure in its
#: clause (a quotation's "a serious offer," says nothing of the count after it).
_BID = re.compile(
    r"\b(?:(?P<nth>first|initial|original|opening|second|third|fourth)\s+)?(?:(?P<offer>offer(?:s|ed|ing)?)"
    r"|(?P<demand>demand(?:s|ed|ing)?|wants?|wanted|wanting|ask(?:s|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for"
    # a ransom is a demand, and so are the words of the other languages news is read in that
    # demand ("exige un rescate de 5 millones de euros", "eist 85 bitcoin", "żądają 85 bitcoinów",
    # "fordern ein Lösegeld von", "réclament une rançon de"; trial 46 F13)
    r"|ransom|rescate|losgeld|lösegeld|rançon|riscatto|resgate|okup\w*|exige[nm]?|exigi\w+|eis(?:t|en|te|ten)|geëist"
    r"|forder(?:t|n|te)|verlang(?:t|en|te)|réclam\w+|chied(?:e|ono)|żąda\w*|zada\w*|domaga\w*))"
    r"\b", re.I)
#: How many words a bid's word may stand before its figure ("had offered a 3% pay rise for one year").
_BID_WORDS = 10
_BID_NTH = {"initial": "first", "original": "first", "opening": "first"}
#: The words of paying, in English and the other languages news is read in ("paid a ransom of",
#: "pagó un rescate de", "betaalde 85 bitcoin losgeld", "zapłacił okup"): a ransom paid is no demand.
_PAID = re.compile(r"\b(?:pa(?:id|ys?|ying)|pag(?:ó|o|ado|aron|ou|ato|ata|arono)|betaal\w*|bezahl\w*|zahlt\w*|"
                   r"pay(?:é|ée|és|e|er|ait)|versé|zapłac\w*|wypłac\w*)\b", re.I)
#: A ransom's word right after a sum, in English and the other languages news is read in ("a $4.5
#: million ransom", "4,2 miljoen euro losgeld", "85 bitcoin als losgeld", "$2m in ransom"): the sum
#: is the demand (trial 47 F13).
_RANSOM_AFTER = re.compile(r"\s+(?:(?:in|as|als|de|en|jako|di|em)\s+)?(?:ransom|losgeld|lösegeld|rançon|rescate|riscatto|resgate|okup\w*)\b", re.I)


def bid_of(text: str, start: int, end: int | None = None) -> str:
    """Whose bid the figure at *start* of *text* (to *end*, where given) is, as a word of a bid a
    few words before it in its clause says (:data:`_BID`): "offer" ("had offered a 3% pay rise for
    one year"), "demand" ("The union wants 9% over two years", "the union's demand of 9%"), with
    its ordinal where one stands before it ("second offer", "first demand"); or "demand" where a
    ransom's word follows it (:data:`_RANSOM_AFTER`: "a $4.5 million ransom"); a ransom its clause
    says was paid is a "payment", no demand ("the insurer paid a ransom of $1.2 million",
    :data:`_PAID`); else ""."""
    clause = re.split(r"[,;:\"“”()]|\.\s", text[max(0, start - 80) : start])[-1]
    if end is not None and _RANSOM_AFTER.match(text, end):
        return "payment" if _PAID.search(clause) else "demand"
    found = None
    for found in _BID.finditer(clause):
        pass  # the nearest
    if found is None or len(clause[found.end() :].split()) > _BID_WORDS:
        return ""
    if found["demand"] and _PAID.search(clause, 0, found.start()):
        return "payment"
    bid = "offer" if found["offer"] else "demand"
    nth = (found["nth"] or "").lower()
    return f"{_BID_NTH.get(nth, nth)} {bid}" if nth else bid


def _apart_words(figures: Sequence[Figure]) -> str:
    """The words that set every one of *figures* apart as a part of a whole (:attr:`Figure.apart`:
    "seriously" / "in a serious condition" / "with serious burns" share "serious"), each as its
    sentences print it most briefly, in their first sentence's order; "" where any of them is no
    part, or they share no word."""
    if not figures or any(f.apart is None for f in figures):
        return ""
    shared = frozenset.intersection(*(f.apart for f in figures if f.apart is not None))
    printed: dict[str, str] = {}
    for f in figures:
        for word in words(f.sentence.lower()):
            if (s := stem(word)) in shared and len(word) < len(printed.get(s, word + " ")):
                printed[s] = word
    first = [stem(w) for w in words(figures[0].sentence.lower())]
    at = {s: first.index(s) if s in first else len(first) + n for n, s in enumerate(printed)}
    shown = ""
    for s in sorted(printed, key=at.__getitem__):
        # words that stand together in the sentence are one phrase: "intensive care", not "intensive, care"
        glue = " " if shown and any(at[t] == at[s] - 1 for t in printed) else ", " if shown else ""
        shown += glue + printed[s]
    return shown


#: Plurals in "-ches" of words in "-che" ("avalanches": avalanche, not avalanch).
_CHE = ("avalanches", "headaches", "niches", "caches", "moustaches", "mustaches", "creches", "quiches")


def _singular(unit: str) -> str:
    unit = unit.lower().replace(" ", "-")
    if unit in _ALIASES or unit in _UNITS or unit in _COMPACT:
        return unit
    if unit.endswith("ies") and len(unit) > 4:
        return unit[:-3] + "y"
    if unit.endswith(("sses", "ches", "shes", "xes", "zzes")) and len(unit) > 4 and not unit.endswith(_CHE):
        return unit[:-2]  # "passes", "punches", "boxes": plural, see plural()
    if unit.endswith("s") and not unit.endswith("ss") and len(unit) > 3:
        return unit[:-1]
    return unit


#: The people a closed compound names by its last part, counted as that part: "3,200 dockworkers"
#: are workers ("about 3,000 workers", trial 43 F11), "salespeople" people. Only names of
#: people: a "championship" is no ship, a "warehouse" no house.
_COMPOUND_HEADS = ("worker", "people")


def _canonical(raw: str) -> str:
    """The unit as the figures show it: singular, one spelling ("kilometres per hour" -> "km/h"),
    a compound of people by its head ("dockworkers" -> "worker": :data:`_COMPOUND_HEADS`)."""
    raw = " ".join(raw.lower().split())
    base, _, per = raw.partition(" per ")
    if not per and "/" in raw:
        base, _, per = raw.partition("/")
    unit = _ALIASES.get(_singular(base), _singular(base))
    if unit not in _UNITS and unit.isalpha():
        unit = next((head for head in _COMPOUND_HEADS if unit.endswith(head) and len(unit) >= len(head) + 3), unit)
    if not per:
        return unit
    if per == "cent":
        return "%"
    per = {"hour": "h", "hr": "h", "second": "s", "sec": "s"}.get(per, per)
    whole = f"{unit}/{per}"
    return _ALIASES.get(whole, _ALIASES.get(f"{unit}-per-{ {'h': 'hour', 's': 'second'}.get(per, per)}", whole))


def plural(unit: str, value: float = 2) -> str:
    """*unit* as it reads after *value*: "1 hour", "6 hours", "3 embassies", "120 km/h", "1 person"."""
    if value == 1:
        return "person" if unit == "people" else unit  # "1 person" killed, as "two people"
    if " " in unit:
        head, _, last = unit.rpartition(" ")
        return f"{head} {plural(last, value)}"  # "25 basis points"
    if unit in _NO_PLURAL or not unit.isalpha():
        return unit
    if unit == "foot":
        return "feet"
    if unit == "penny":
        return "pence"  # "412 pence", "1 penny"
    if unit.endswith("y") and unit[-2:-1] not in tuple("aeiou"):
        return unit[:-1] + "ies"
    if unit.endswith(("s", "x", "ch", "sh")):
        return unit + "es"
    return unit + "s"


def format_number(value: float) -> str:
    """A number as people write it: "3,000", "5.5", "40 million", "2.5 billion", never "4e+07".

    Millions and more are written in words only when that loses no digit, so two values that
    differ never print alike ("1,234,567", not "1.23 million").
    """
    for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        scaled = value / scale
        if abs(scaled) >= 1 and math.isclose(round(scaled, 3), scaled, rel_tol=1e-12, abs_tol=1e-12):
            return f"{_digits(round(scaled, 3))} {name}"
    return _digits(value)


def _digits(value: float) -> str:
    if math.isclose(value, round(value), rel_tol=0, abs_tol=1e-9):
        return f"{round(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_value(value: float, unit: str, kind: str) -> str:
    """*value* in *unit* as a reader writes it: "40 million euros", "$2.5 billion", "40%",
    "6 hours", "120 km/h", "18 months old"."""
    if kind == "date":
        return _date_text(round(value), unit)
    if kind == "magnitude":
        return f"magnitude {value:.1f}"  # "magnitude 5.0": its tenth is the figure
    number = format_number(value)
    if unit == "%":
        return f"{number}%"
    if kind == "money" and unit in _SIGN:
        return f"{_SIGN[unit]}{number}"
    words_ = f"{number} {plural(unit, value)}"
    return f"{words_} old" if kind == "age" else words_


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of *text* holding characters *start* to *end* (an abbreviation, "U.S.", ends none)."""
    starts = sentence_starts(text)
    left = max((at for at in starts if at <= start), default=0)
    right = min((at for at in starts if at >= end), default=len(text))
    return text[left:right].strip()


def extract(articles: Sequence[Article]) -> list[Figure]:
    """Every figure with a unit in the body paragraphs of *articles*.

    Units are folded to one spelling (:func:`_canonical`); a currency sign makes the figure
    money in that currency ("$2.5bn" is 2.5e9 dollars); a rate of a distance per hour is a
    speed ("120 km/h"), never a count of kilometres.
    """
    found: list[Figure] = []
    smalls: list[Figure] = []  # counts of one or two, a relation but where they count a part (below)
    running: set[tuple[Ref, Span]] = set()  # the counts a level's words give ("has risen to 29"), by place
    bare: set[tuple[Ref, Span]] = set()  # the tolls no word of death heads ("the toll rose to 31"), by place
    for article in articles:
        # a language that groups thousands with dots ("250.000 Euro", core.numbers.DOTTED_THOUSANDS)
        language = _language(article)
        dotted = language in DOTTED_THOUSANDS
        notes = {i for i, _ in article.subheads if article.is_note(i)}  # read once, not per paragraph
        levels: set[tuple[Ref, Span]] = set()  # the counts read from their subject (_LEVEL), by place
        opened = len(found)  # the article's first figure
        for index, printed in enumerate(article.paragraphs):
            if index in notes:
                continue  # a correction gives the figure it corrects ("an earlier version gave 31")
            # a paragraph in capitals ("ENB CUTS MAIN RATE 25BP TO 3.25%") is read in lower case:
            # its capitals name nothing ("TO 3.25%" is no model's number, as "AK 47" is)
            text = printed.lower() if _in_capitals(printed) else printed
            # an escape sequence's parameters ("␛[2J", "␛[31m") are no figures
            escapes = [m.span() for m in ESCAPE_SEQUENCE.finditer(text)] if "\u241b" in text or "\ufffd" in text else []
            flat: list[int] | None = None  # the paragraph's word offsets, read at its first figure
            covered = 0  # where the last figure ends: "40 Tesla Model 3 cars" holds no figure "3 cars"
            first = len(found)  # the paragraph's first figure
            # a rate's moves in words ("a quarter-point", "three-quarters of a point")
            # and an earthquake's magnitude ("a magnitude 6.1 earthquake": no 6.1 earthquakes)
            moves = [f for f in [*_rate_moves(article, index, text), *_magnitudes(article, index, text)]
                     if not any(start <= f.span[0] < end for start, end in escapes)]
            found.extend(moves)
            figures_in = _figures_in(language)
            for match in figures_in.finditer(text):
                if any(start <= match.start() < end for start, end in escapes) or match.start() < covered or any(
                        f.span[0] <= match.start() < f.span[1] for f in moves):
                    continue
                measured = bool(match["unit"]) and _canonical(match["unit"]) in _MEASUREMENT_UNITS
                # "EUR 1.2 bln" is a sum, "Dienstagmorgen 35 ppm" a measurement: no name's number
                if match["num"][:1].isdigit() and not match["cur"] and not measured:
                    flat = flat if flat is not None else words_and_offsets(text)[1]
                    k = bisect_left(flat, match.start("num"), hi=len(flat) - 1) // 2
                    if flat and flat[2 * k] == match.start("num") and designation(text, flat, k):
                        continue  # a name's number ("AK-47", "the AeroCrisp 5L") is no figure
                whole = _OF_WHOLE.search(match["sep"] or "")
                # "21 of 27 economists" gives 21 economists and the 27 of the whole
                for each, part in ((match, "part" if whole else ""),
                                   (figures_in.match(text, match.start("sep") + whole.start("whole")) if whole else None, "whole")):
                    ranged = _range_of_words(article, index, text, each, dotted) if each and not part else None
                    if ranged is not None:  # "118 million to 124 million pounds", "between 40 and 45 million"
                        found.extend(ranged)
                        covered = max(covered, ranged[1].span[1])
                        continue
                    figure = _figure(article, index, text, each, part=part, dotted=dotted, language=language) if each else None
                    if figure is not None:
                        ends = _range_ends(text, each, figure) if each and figure.kind == "money" and not part else None
                        if ends is not None:  # "£150m-£160m", "€3-4bn": both ends are sums
                            found.extend(ends)
                            covered = max(covered, ends[1].span[1])
                            continue
                        found.append(figure)
                        covered = max(covered, figure.span[1])
                    elif each and part != "whole" and (parted := _part(article, index, text, each, found[first:])):
                        found.append(parted)  # "two of them seriously", "Two of the injured workers", "of whom 8 are"
                        covered = max(covered, parted.span[1])
                    elif each and not part and (elided := _elided(text, each, found[first:])):
                        found.append(elided)  # "Three people were killed and 41 were taken to hospital"
                        covered = max(covered, elided.span[1])
                    elif each and not part and (listed := _listed(text, each, found[first:])):
                        found.append(listed)  # "Civic Alliance 21 seats, People's Party 20": 20 seats
                        covered = max(covered, listed.span[1])
                    elif each and not part and (small := _figure(article, index, text, each, part="small", language=language)):
                        # "two crude units": kept where another outlet counts them as a part
                        smalls.append(replace(small, action=action) if (action := action_of(text, small.span[0])) else small)
            for told in _NUMBER_OF.finditer(text):  # "bringing the number of people ... to 6,200"
                unit, value = _canonical(told["unit"]), number_value(told["num"])
                raw = told["unit"].lower()
                if not (_plural_noun(raw) or raw in _NO_PLURAL or raw.endswith("people")):
                    # "the number of confirmed cases": the head of the phrase ("case", never
                    # "confirmed"); "the number of injured": people, of what happened to them
                    head = _compound_head(text, raw, told.end("unit"))
                    at = told.end("unit")
                    for _ in range(_HEAD_WORDS if head is None else 0):
                        # "the daily number of new suspected cases": past its modifiers, the plural noun
                        if (after := _NOUN_AFTER.match(text, at)) is None or after["word"] in _NOT_UNITS:
                            break
                        if _plural_noun(after["word"]):
                            head = (_canonical(after["word"]), after.end())
                            break
                        at = after.end()
                    unit = head[0] if head else "people" if stem(raw) in OUTCOMES else unit
                if any(start <= told.start("num") < end for start, end in escapes):
                    continue
                if value is None or value <= 2 or is_year(told["num"]) or not unit.isalpha() or unit in _NOT_UNITS or is_stopword(unit) or unit.endswith("ed") or any(
                        f.span[0] < told.end() and told.start("num") < f.span[1] for f in found[first:]):
                    continue
                found.append(Figure(Ref(article.id, index), told.span("num"), value, unit, _UNITS.get(unit, "count"), None,
                                    told["num"], _sentence(text, *told.span("num"))))
                running.add((found[-1].ref, found[-1].span))
                found.extend(_peak(article, index, text, found[-1], set()))  # "... fell to nine from a peak of 71"
            for told in _bodies_in(language).finditer(text):  # "The ship has a crew of 23": 23 crew
                value = number_value(told["num"], language=language)
                start, end = told.start("num"), told.end("num")
                if (value is None or value <= 2 or is_year(told["num"]) or told["num"].lower() in MULTIPLIERS or any(a <= start < b for a, b in escapes)
                        or any(f.span[0] < end and start < f.span[1] for f in found[first:])):
                    continue
                body = next((english for english, words in _BODIES_ABROAD.items() if told["unit"].lower() in words.split()), told["unit"].lower())
                found.append(Figure(Ref(article.id, index), (told.start("unit"), end), value, body, "count",
                                    _qualifier(told), text[told.start("unit") : end],
                                    _sentence(text, told.start("unit"), end)))
            for told in _BARE_COUNT.finditer(text) if language in (None, "en") else ():
                # "the crowd numbered 10,000", "put the turnout at 15,000", "organisers say 15,000 joined": people who took part
                start, end = told.span("num")
                value = number_value(told["num"])
                if (value is None or value <= 2 or is_year(told["num"]) or any(a <= start < b for a, b in escapes)
                        or any(f.span[0] < end and start < f.span[1] for f in found[first:]) or not took_part(text, start, end, noun=False)):
                    continue
                found.append(Figure(Ref(article.id, index), told.span(), value, "people", "count", _qualifier(told),
                                    text[told.start() : end].strip(), _sentence(text, *told.span())))
            for row in _ROW_VALUE.finditer(text):  # "Suspected cases: 496; Deaths: 7": a row's values
                if (labelled := _labelled(article, index, text, row)) is not None and not any(
                        start <= row.start("num") < end for start, end in escapes) and not any(
                        f.span[0] < row.end() and row.start("num") < f.span[1] for f in found[first:]):
                    found.append(labelled)
            for told in _LEVEL.finditer(text):  # "Daily new cases peaked at 71": 71 cases
                raw = told["unit"].lower()
                unit, value = _canonical(raw), number_value(told["num"])
                if (not _plural_noun(raw) or raw in _NOT_UNITS or value is None or value <= 2 or is_year(told["num"])
                        or _UNITS.get(unit, "count") != "count" or any(start <= told.start("num") < end for start, end in escapes)
                        or any(f.span[0] < told.end() and told.start("num") < f.span[1] for f in found[first:])):
                    continue
                if fate := outcome_of(raw):
                    # "Arrests totalled 37", "deaths have since climbed to 9": a count of people, by
                    # what happened to them, as "37 people were arrested" is (never a price)
                    found.append(Figure(Ref(article.id, index), told.span("num"), value, "people", "count", None,
                                        told["num"], _sentence(text, *told.span("num")), fate))
                    running.add((found[-1].ref, found[-1].span))
                    continue
                found.append(Figure(Ref(article.id, index), told.span("num"), value, unit, "count", None,
                                    told["num"], _sentence(text, *told.span("num"))))
                levels.add((found[-1].ref, found[-1].span))
                running.add((found[-1].ref, found[-1].span))
                found.extend(_peak(article, index, text, found[-1], levels))
            if language != "en":  # (a short report's language may be unknown: the verbs are no English ones)
                for told in _LEVEL_ABROAD.finditer(text):  # "El número de hospitales afectados ha aumentado a 29"
                    num, verb = ("num", "verb") if told["num"] else ("num2", "verb2")
                    start, end = told.span(num)
                    value = number_value(undotted(told[num], dotted))
                    clause = re.split(r"[.;:!?,()\"“”]", text[: told.start(verb) if verb == "verb" else told.start()])[-1]
                    noun = _running_noun(clause, language)
                    if (noun is None or value is None or value <= 2 or is_year(told[num]) or _UNITS.get(noun[0], "count") != "count"
                            or any(a <= start < b for a, b in escapes)):
                        continue
                    # a count read at its number with a verb for its unit ("29 gestiegen") gives way
                    clash = [f for f in found[first:] if f.span[0] < end and start < f.span[1]]
                    if any(f.kind != "count" or f.unit in _UNITS or _noun_abroad(f.unit, language) for f in clash):
                        continue
                    found[first:] = [f for f in found[first:] if f not in clash]
                    found.append(Figure(Ref(article.id, index), (start, end), value, noun[0], "count", None,
                                        text[start:end], _sentence(text, start, end), noun[1]))
                    running.add((found[-1].ref, found[-1].span))
                found[first:] = sorted(found[first:], key=lambda f: f.span)
            if language in _ONE_BY_PRONOUN:  # "einer wird noch vermisst", "Двое погибли"
                found[first:] = sorted(found[first:] + _said_by_pronoun(article, index, text, language, found[first:]), key=lambda f: f.span)
            found[first:] = _tolls(article, index, text, found[first:], escapes, bare)  # "the death toll rose to six"
            found[first:] = _tallies(article, index, text, found[first:], escapes)  # "by 78 votes to 61"
            found.extend(f for f in _earlier_values(article, index, text, found[first:], language) if not any(  # "up from 47 on Tuesday"
                start <= f.span[0] < end for start, end in escapes))
            found.extend(f for f in _vague_counts(article, index, text) if not any(  # "hundreds of people"
                start <= f.span[0] < end for start, end in escapes) and not any(
                g.span[0] < f.span[1] and f.span[0] < g.span[1] for g in found[first:]))
            if language in _COUNTERS_OF_PEOPLE:  # "37명", "约1800人", "1万2000人", "二十人"
                found.extend(f for f in _counted_cjk(article, index, text) if not any(
                    start <= f.span[0] < end for start, end in escapes) and not any(
                    g.span[0] < f.span[1] and f.span[0] < g.span[1] for g in found[first:]))
            found.extend(_noughts(article, index, text))  # "No one was killed", "no casualties"
            found.extend(_shares_in_words(article, index, text, found[first:]))  # "nearly a third of the vote"
            ages = [f for f in _ages_listed(article, index, text) if not any(start <= f.span[0] < end for start, end in escapes)]
            if ages:  # "The suspects, aged 27 and 31,": two ages, by their place in the list (no "27 years" of time)
                found[first:] = [f for f in found[first:] if not any(g.span[0] < f.span[1] and f.span[0] < g.span[1] for g in ages)]
                found.extend(ages)
            halves = [m for m in _HALF_A.finditer(text) if not any(start <= m.start() < end for start, end in escapes)]
            for half in halves:  # "half an hour": 0.5 hours; "half a mile"
                unit = _canonical(half["unit"])
                found.append(Figure(Ref(article.id, index), half.span(), 0.5, unit, _UNITS[unit], None,
                                    half.group(), _sentence(text, *half.span())))
            found[first:] = _wholes_marked(text, _conversions_dropped(text, sorted(found[first:], key=lambda f: f.span)))
            # which count each figure is of, as the words said of it say ("according to preliminary figures")
            found[first:] = [replace(f, stage=stage) if (stage := stage_of(said_of(text, *f.span))) else f for f in found[first:]]
            # "over" between a sum or a share and a time ("a 9% pay rise over two years", "$5 billion
            # over three years") is the term it is spread across, no bound: "over two years" is no
            # "over three years" (trial 43 F2)
            found[first:] = [replace(f, qualifier=None) if f.kind == "duration" and f.qualifier == "over" and any(
                g.kind in ("share", "money") and 0 <= f.span[0] - g.span[1] <= 40 and not re.search(r"[.;:,]", text[g.span[1] : f.span[0]])
                for g in found[first:]) else f for f in found[first:]]
            # whose bid each figure is ("offered a 3% pay rise for one year", "the union's demand of 9%")
            found[first:] = [replace(f, bid=bid) if f.kind != "date" and (bid := bid_of(text, *f.span)) else f for f in found[first:]]
            # whose each count of a sentence that lists holders' counts is ("Civic Alliance 21 seats, People's Party 20")
            found[first:] = _holders_marked(text, found[first:])
            # what was done to what each count counts ("received four complaints", "rejected three of them")
            found[first:] = [replace(f, action=action) if f.kind == "count" and (action := action_of(text, f.span[0])) else f
                             for f in found[first:]]
            # what a count is of where its words say it is no count of things held but a threshold or a
            # size ("the 31 seats needed for a majority", "a 61-seat assembly")
            found[first:] = [replace(f, of=of) if f.kind == "count" and not f.of and (of := _count_of(text, f)) else f
                             for f in found[first:]]
            if language not in (None, "en"):
                # what a share is of is read in English words (core.quantities.share_of): another
                # language's words ("um 31 Prozent": "der um") name nothing, and would keep its
                # share from the row of the share it is (trial 40: a German "31 Prozent" kept the
                # wire copy's "29%" out of the row of "31%")
                found[first:] = [replace(f, of="") if f.kind in _OF_KINDS else f for f in found[first:]]
            if text is not printed:  # each figure as printed
                found[first:] = [replace(f, text=printed[f.span[0] : f.span[1]].strip(), sentence=_sentence(printed, *f.span))
                                 for f in found[first:]]
                smalls = [replace(f, text=printed[f.span[0] : f.span[1]].strip(), sentence=_sentence(printed, *f.span))
                          if f.ref == Ref(article.id, index) else f for f in smalls]
        if levels:
            # a count read from its subject is kept where the article counts that thing with a
            # number of its own ("496 suspected cholera cases" ... "Daily new cases peaked at 71"):
            # "Shares rose to 412" in a report that counts no shares is a price, no count
            counted = {f.unit for f in found[opened:] if f.kind == "count" and (f.ref, f.span) not in levels}
            found[opened:] = [f for f in found[opened:] if (f.ref, f.span) not in levels or f.unit in counted]
    if bare and not any(_DEATH_WORDS.search(text) for article in articles for text in article.paragraphs):
        # where no one died, a bare toll is the story's running count ("The number of affected hospitals has
        # risen to 29" ... "the toll rose to 31": hospitals), where its reports keep one (trial 47 F14)
        units = {f.unit for f in found if (f.ref, f.span) in running and f.kind == "count" and f.unit != "people"}
        if len(units) == 1:
            unit = units.pop()
            found = [replace(f, unit=unit, outcome=None) if (f.ref, f.span) in bare else f for f in found]
    # A count of one or two is a relation ("two countries"), no figure to compare, but where another
    # outlet gives it as a part of a whole ("two of its four crude units" / "two crude units").
    # (or where another outlet counts none of what it counts, "one protester died" against "No one
    # has died": a count of one is then the dispute itself, trial 50 F1; what happened to each is
    # for compare to weigh)
    parts = {(f.ref.article, f.unit) for f in found if f.part == "part"}
    denied = {f.ref.article for f in found if f.kind == "count" and f.value == 0}
    kept = [replace(f, part="") for f in smalls if any(unit == f.unit and art != f.ref.article for art, unit in parts)
            or f.value == 1 and denied - {f.ref.article} and not any(  # ("No one has died" holds no "one has died")
                g.ref == f.ref and g.span[0] < f.span[1] and f.span[0] < g.span[1] for g in found)]
    if kept:
        order = {a.id: n for n, a in enumerate(articles)}
        found = sorted(found + kept, key=lambda f: (order[f.ref.article], f.ref.paragraph, f.span))
    return found


def _tolls(article: Article, index: int, text: str, figures: list[Figure], escapes: Sequence[tuple[int, int]],
           bare: set[tuple[Ref, Span]] | None = None) -> list[Figure]:
    """*figures* of paragraph *index* (*text*) of *article*, in order, with each death toll its
    words give (:data:`_TOLL`: "The death toll ... rose to six", "bringing the death toll to
    eight") as a count of the dead: a figure of its own where its number gave none, the figure at
    its number told dead where it counts people ("the toll rose to 12 people"). A number with a
    unit of its own after it ("the toll road ... to 50 km") is no toll. The place of each toll it
    adds that no word of death heads ("the toll rose to 31") is put in *bare*: where its story tells
    of no death, :func:`extract` counts it as the story's running count."""
    kept = list(figures)
    for told in _TOLL.finditer(text):
        start, end = told.span("num")
        after = _TOLL_AFTER.match(text, end)
        word = (after["word"] or "").lower() if after else ""
        value = number_value(told["num"])
        if value is None or value < 1 or is_year(told["num"]) or any(a <= start < b for a, b in escapes) or (
                word and word not in _TOLL_COUNTED and not is_stopword(word)):
            continue
        at = next((n for n, f in enumerate(kept) if f.span[0] <= start < f.span[1]), None)
        if at is not None:
            if kept[at].kind == "count" and kept[at].unit == "people" and not kept[at].part:
                kept[at] = replace(kept[at], outcome="dead")
            continue
        kept.append(Figure(Ref(article.id, index), (start, end), value, "people", "count", None, text[start:end],
                           _sentence(text, start, end), "dead"))
        if bare is not None and not told.group().lower().startswith("death"):
            bare.add((kept[-1].ref, kept[-1].span))
    return sorted(kept, key=lambda f: f.span)


def _tallies(article: Article, index: int, text: str, figures: list[Figure], escapes: Sequence[tuple[int, int]]) -> list[Figure]:
    """*figures* of paragraph *index* (*text*) of *article*, in order, with the second number of
    each tally (:attr:`Figure.side`): after a count and "to", counted in the count's unit where it
    gives none of its own ("by 78 votes to 61": 61 votes; "from 47 cases to 112": 112 cases;
    not "12 patients to 3 hospitals"); and both numbers of a tally with no unit where its sentence
    speaks of a vote ("by 78 to 61", "voted 78-61", "a 78-61 vote": votes). The numbers
    are sides 1 and 2: two quantities, never one figure."""
    kept = list(figures)
    taken = [f.span for f in figures]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken) and not any(a <= start < b for a, b in escapes)

    for n, f in enumerate(figures):
        if f.kind != "count" or f.part or f.vague or f.side or f.apart is not None:
            continue
        second = _TALLY_TO.match(text, f.span[1])
        word = (second["word"] or "").lower() if second else ""
        value = number_value(second["num"]) if second else None
        if second is None or value is None or is_year(second["num"]) or word and not is_stopword(word) or not free(*second.span("num")):
            continue
        start, end = second.span("num")
        kept[n] = replace(f, side=1)
        kept.append(replace(f, span=(start, end), value=value, qualifier=None, text=text[start:end], outcome=None, side=2))
        taken.append((start, end))
    for tally in _BARE_TALLY.finditer(text):
        first_num = tally["a"] or tally["h"]
        spans = [tally.span("a" if tally["a"] else "h"), tally.span("b")]
        if not all(free(*span) for span in spans) or any(is_year(text[a:b]) for a, b in spans) or not (
                _VOTE_WORDS & set(words(_sentence(text, *tally.span()).lower()))) or first_num[:1] == "0":
            continue
        for side, (start, end) in enumerate(spans, start=1):
            kept.append(Figure(Ref(article.id, index), (start, end), float(text[start:end]), "vote", "count", None,
                               text[start:end], _sentence(text, start, end), side=side))
            taken.append((start, end))
    return sorted(kept, key=lambda f: f.span)


#: The top of a range of sums after its bottom ("£150m-£160m", "€3-4bn", "$5 to $6 million"): a
#: dash or "to", maybe the bottom's sign or code again, a number and maybe its scale.
_RANGE_TOP = re.compile(
    rf"\s*(?:[-–—]|\s+to\s)\s*(?P<cur>US\$|[$€£¥₹]|(?:{'|'.join(CURRENCY_CODES)})\s?(?=\d))?(?P<num>\d+(?:[.,]\d+)*)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion|bln|mln|trln|trn|bn|mn|tn)\b|(?P<abbr>bln|mln|bn|mn|tn|m|k)(?![\w/]))?"
    r"(?![\w.,]*\d)(?!\s*%)",
    re.I,
)


def _range_ends(text: str, match: re.Match[str], bottom: Figure) -> tuple[Figure, Figure] | None:
    """The two ends of a range of sums whose bottom is *bottom* (*match*, money), or None where no
    range follows it. The top is a sum in the bottom's currency and, where it gives none of its
    own, the bottom's scale ("£150m-£160m": £160 million, never 160 metres; "£150m-160m"); a bottom
    with no scale takes the top's ("€3-4bn": €3 billion). A top in another currency ("£5-$6"), or
    with a word after it that is a unit of its own ("£5 to 6 people"), makes no range."""
    after = _RANGE_TOP.match(text, bottom.span[1])
    top_value = number_value(after["num"]) if after else None
    if after is None or top_value is None or is_year(after["num"]):
        return None
    cur = (after["cur"] or "").strip().lower()
    if cur and (CURRENCY_SIGNS.get(cur) or CURRENCY_CODES.get(cur)) != bottom.unit:
        return None
    own = None if after["scale"] or after["abbr"] else _FIGURE.match(text, after.start("num"))
    unit = _canonical(own["unit"]) if own and own["unit"] else ""
    if unit and unit != bottom.unit and (unit in _UNITS or _plural_noun(own["unit"].lower() if own else "")):
        return None  # "£5 to 6 people", "$3 to 4 hours": a count or a measure of its own, no sum
    bottom_scale = SCALES.get((match["scale"] or match["abbr"] or "").lower())
    top_scale = SCALES.get((after["scale"] or after["abbr"] or "").lower())
    if bottom_scale is None and top_scale is not None:
        bottom = replace(bottom, value=float(f"{bottom.value * top_scale:.12g}"))
    value = float(f"{top_value * (top_scale or bottom_scale or 1.0):.12g}")
    start, end = after.start("num") - (len(after["cur"]) if after["cur"] else 0), after.end()
    top = replace(bottom, span=(start, end), value=value, qualifier=None, text=text[start:end].strip())
    return bottom, top


#: What joins the two ends of a range after its bottom, in the languages news is read in ("118
#: million to 124 million pounds", "5-6 hours", "118 bis 124 Millionen", "van 5 tot 7"); "and"
#: and its kin ("between 40 and 45 million", "zwischen 40 und 45", "entre 40 y 45", "tra 40 e 45")
#: only after "between" (:data:`_BETWEEN_BEFORE`), "a" and "à" only after "de" ("de 118 à 124",
#: "del 5 al 7": :data:`_FROM_BEFORE`).
_RANGE_JOIN = re.compile(r"(?:\s*[-–—]\s*|\s+(?:(?P<to>to|bis|tot|até)|(?P<and>and|und|et|y|e|en)|(?P<a>a|à|al))\s+)(?=\d)", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|zwischen|entre|tra|fra|tussen)\s+$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:de|del|da|dal|dalle|dai)\s+$", re.I)
#: :data:`_FIGURE` for the top of a range, which may follow its bottom's dash ("5-6 hours").
_FIGURE_TOP = re.compile(_FIGURE.pattern.removeprefix(_FIGURE_START), re.I)


def _range_of_words(article: Article, index: int, text: str, match: re.Match[str], dotted: bool) -> tuple[Figure, Figure] | None:
    """The two ends of a range whose bottom *match* gives no unit of its own, only the word that
    joins it to its top ("118 million to 124 million pounds", "between 40 and 45 million
    dollars", "118 bis 124 Millionen Pfund", "5-6 hours"): the bottom is a figure of the top's
    unit, in the top's scale where it gives none of its own (40 million dollars); None where
    *match* is no such bottom (a sum with a sign of its own is :func:`_range_ends`'), or its top
    is no figure ("voted 5 to 4"), or it is a year."""
    if match["cur"] or match["pct"] or match["part"] or match["more"] or not match["num"][:1].isdigit():
        return None
    if is_year(match["num"]) or match["num"][:1] == "0" and match["num"][1:2].isdigit():
        return None
    bottom_end = match.end("scale") if match["scale"] else match.end("abbr") if match["abbr"] else match.end("num")
    join = _RANGE_JOIN.match(text, bottom_end)
    if join is None or match["unit"] and match.start("unit") < join.end() - 1 and match.end() > join.end():
        return None
    if match["unit"] and match.start("unit") >= join.end():
        return None  # "5 tonnes", a unit of its own
    if join["to"] and _BY.search(text, 0, match.start("qual") if match["qual"] else match.start("num")):
        return None  # "grew by 0.25 to 3.5 million tonnes": how far it moved and where to, no range
    if join["and"] and not _BETWEEN_BEFORE.search(text, 0, match.start("qual") if match["qual"] else match.start("num")):
        return None
    if join["a"] and not _FROM_BEFORE.search(text, 0, match.start("qual") if match["qual"] else match.start("num")):
        return None
    after = _FIGURE_TOP.match(text, join.end())
    top = _figure(article, index, text, after, dotted=dotted) if after and not after["qual"] else None
    value = number_value(undotted(match["num"], dotted))
    if top is None or value is None or top.vague or top.kind in ("date", "magnitude"):
        return None
    if after is not None and (ends := _range_ends(text, after, top) if top.kind == "money" else None):
        top = ends[0]  # (a range of its own after it: never so)
    bottom_scale = SCALES.get((match["scale"] or match["abbr"] or "").lower()) or _SCALES_ABROAD.get((match["scale"] or "").lower())
    top_scale = (SCALES.get((after["scale"] or after["abbr"] or "").lower()) or _SCALES_ABROAD.get((after["scale"] or "").lower())) if after else None
    if bottom_scale and not top_scale:
        return None  # "118 million to 124 people": no range
    value = float(f"{value * (bottom_scale or top_scale or 1.0):.12g}")
    if top.kind == "count" and value <= 2:
        return None  # "between two and five people": "two" is no count to compare
    if value >= top.value:
        return None  # "a 52-31 vote", "won 3-1": a tally or a score, no range (a range rises to its top)
    start = match.start("qual") if match["qual"] else match.start("num")
    bottom = replace(top, span=(start, bottom_end), value=value, qualifier=_qualifier(match), text=text[start:bottom_end].strip(),
                     sentence=_sentence(text, start, bottom_end), part="", apart=None if top.kind == "count" else top.apart)
    return bottom, top


#: The verbs after a count whose noun is left out ("41 were taken", "12 had been righted").
_AUXILIARIES = frozenset("were was are is have has had".split())


#: A verb by which a source gives a count, right before a bare number ("union says six", "the
#: police said 200", "organisers put it at 1,000", "claims", "counts", "estimates").
_SAID_BEFORE = re.compile(r"\b(?:says|said|say|claims|claimed|counts|counted|estimates|estimated|puts\s+it\s+at|put\s+it\s+at|"
                          r"puts\s+the\s+(?:number|figure|toll)\s+at|put\s+the\s+(?:number|figure|toll)\s+at)\s+"
                          r"(?:(?:about|around|nearly|some|more\s+than|at\s+least)\s+)?$", re.I)
#: What may follow such a number: its clause's end.
_SAID_ENDS = re.compile(r"\s*(?:$|[.;:,!?)\]—–\"”])")


def _elided(text: str, match: re.Match[str], before: Sequence[Figure]) -> Figure | None:
    """A count whose noun is left out because the count before it in its sentence says it once
    for both ("Three people were killed and 41 were taken to hospital": 41 people; "23 cars ...,
    and 12 had been righted": 12 cars), as that count's figure; None where *match* (a number
    with a verb for its unit) follows no count of its sentence, or is a year, one or two, or a
    code ("007"). A qualifier stays its own ("and about 40 were hurt": about 40 people)."""
    # (or a count a second source gives at its clause's end: "Company says three men remain
    # underground; union says six", "the police said 200, organisers put it at 1,000": six men)
    said = (not match["unit"] and _SAID_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
            and _SAID_ENDS.match(text, match.end()) is not None)
    if not said and (not match["unit"] or match["unit"].lower() not in _AUXILIARIES) or match["pct"] or match["cur"]:
        return None
    previous = next((f for f in reversed(before) if f.kind == "count" and f.span[1] <= match.start()), None)
    num = match["num"]
    value = number_value(num)
    if (previous is None or value is None or value <= 2 and not _toll_of(text, *match.span("num")) or is_year(num) or num[:1] == "0"
            or previous.sentence != _sentence(text, *match.span("num"))):
        return None  # (one or two of a toll count: "Two miners have died and one is still missing")
    start, end = match.start("qual") if match["qual"] else match.start("num"), match.end("num")
    return Figure(previous.ref, (start, end), value, previous.unit, previous.kind, _qualifier(match),
                  text[start:end].strip(), previous.sentence, of=previous.of)


#: Counts said with no noun by a pronoun of one or a collective numeral, by language: a word of one
#: standing for one of those a count before it in its sentence counts, maybe as their next ("zwei
#: Bergleute sind ums Leben gekommen, einer wird noch vermisst"; "Deux mineurs sont morts et un
#: troisième est toujours porté disparu"; "uno sigue desaparecido"), and the collective numerals of
#: Russian, Ukrainian and Polish, which count people by themselves ("Двое погибли", "трое пропали
#: без вести", "двоє загинули", "dwoje dzieci zginęło").
_ONE_BY_PRONOUN = {
    "de": "einer eine", "fr": "un une", "es": "uno una", "it": "uno una", "pt": "um uma", "nl": "één een",
    "pl": "jeden jedna", "ru": "один одна", "uk": "один одна",
}
_NEXT_ORDINALS = ("troisième deuxième second seconde quatrième dritter dritte zweiter zweite vierter vierte tercero tercera "
                  "segundo segunda cuarto cuarta terzo terza quarto quarta terceiro terceira derde tweede vierde trzeci trzecia "
                  "drugi druga третий третья второй вторая третій третя другий друга").split()
_COLLECTIVES = {
    "ru": {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10},
    "uk": {"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "п’ятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "дев'ятеро": 9,
           "дев’ятеро": 9, "десятеро": 10},
    "pl": {"dwoje": 2, "troje": 3, "czworo": 4, "pięcioro": 5, "sześcioro": 6, "siedmioro": 7, "ośmioro": 8, "dziewięcioro": 9,
           "dziesięcioro": 10, "dwóch": 2, "dwaj": 2, "trzech": 3, "trzej": 3, "czterech": 4, "czterej": 4},
}
#: What ends the clause a pronoun's count is told in.
_PRONOUN_CLAUSE_END = re.compile(r"[.;:!?()\[\]—–\"“”«»]|,\s|\s(?:и|і|a|oraz|und|et|y|e|en)\s")
#: The endings of a noun's genitive plural after a collective numeral ("Двое спасённых находятся в
#: тяжёлом состоянии": two of the rescued, no count of the rescued), where more of its clause follows.
_GENITIVE_PLURAL = ("ых", "их", "іх")


def _said_by_pronoun(article: Article, index: int, text: str, language: str | None, before: Sequence[Figure]) -> list[Figure]:
    """The counts paragraph *text* gives by a pronoun of one or a collective numeral
    (:data:`_ONE_BY_PRONOUN`, :data:`_COLLECTIVES`) whose clause tells what happened to those it
    counts (core.text.outcome_said): a pronoun of one counts one of what the count before it in its
    sentence counts (*before*: the paragraph's figures), a collective numeral people; each with
    its outcome (:attr:`Figure.outcome`). None is read where no outcome is told ("einer der
    Retter sagte")."""
    ones = frozenset(_ONE_BY_PRONOUN.get(language or "", "").split())
    collectives = _COLLECTIVES.get(language or "", {})
    if not ones and not collectives:
        return []
    found: list[Figure] = []
    for word in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text):
        low = word.group().lower()
        value = 1.0 if low in ones else float(collectives[low]) if low in collectives else None
        if value is None:
            continue
        start, end = word.span()
        clause = text[end : end + 80]
        if stop := _PRONOUN_CLAUSE_END.search(clause):
            clause = clause[: stop.start()]
        told = clause.split()
        if value == 1:
            if told and told[0].lower() in _NEXT_ORDINALS:
                end += clause.index(told[0]) + len(told[0])  # "un troisième": one more of them
                told = told[1:]
            # a pronoun stands for a noun said before it: the word after it must be no noun it is the article of
            ahead = text[max(0, start - 20) : start].split()[-1:]
            if not told or ahead and ahead[0].lower() in _BEFORE_AN_ARTICLE or not (
                    told[0].lower() in BE_ABROAD.get(language or "", frozenset()) or told[0].lower() in _PRONOUN_VERBS
                    or outcome_said(told[:1], language) not in (None, "in hospital")):
                continue  # ("transportés dans un hôpital", "in eine Klinik": an article, no pronoun)
            sentence = _sentence(text, start, end)
            previous = next((f for f in reversed(before) if f.kind == "count" and f.span[1] <= start and f.sentence == sentence), None)
            if previous is None:
                continue
            unit = previous.unit
        else:
            if len(told) > 1 and told[0].lower().endswith(_GENITIVE_PLURAL):
                told = told[1:]  # the noun: its predicate tells what happened
                if not outcome_said(told, language):
                    continue  # "Двое спасённых находятся в тяжёлом состоянии": two of the rescued
            unit = "people"
            if not outcome_said(told[:_OUTCOME_WORDS_ABROAD], language):
                # what happened told right before it ("zginęło dwóch górników", "погибли двое")
                ahead = re.split(r"[.;:!?,()\[\]—–\"“”«»]", text[max(0, start - 40) : start])[-1].split()[-1:]
                told = ahead if outcome_said(ahead, language) else told
        outcome = outcome_said(told[:_OUTCOME_WORDS_ABROAD], language)
        if outcome is None or any(f.span[0] < end and start < f.span[1] for f in before):
            continue
        found.append(Figure(Ref(article.id, index), (start, end), value, unit, "count", None, text[start:end],
                            _sentence(text, start, end), outcome))
    return found


#: Prepositions after which a word of one is an article ("dans un hôpital", "in eine Klinik", "a un
#: hospital", "w jednym szpitalu", "в одной больнице"), no pronoun.
_BEFORE_AN_ARTICLE = frozenset("dans à a en de du pour par sur avec vers chez in im an am auf mit zu zum zur von vom für bei nach "
                               "aus con por para sobre di da su per tra fra em com op met van voor bij naar w we z na do od "
                               "в во на с со к по из у о".split())
#: Verbs a pronoun of one is the subject of before what happened to it ("einer wird noch vermisst",
#: "uno sigue desaparecido", "un reste introuvable").
_PRONOUN_VERBS = frozenset("wird werden gilt bleibt reste restent demeure sigue permanece resta rimane continua blijft "
                           "pozostaje jest został została остается остаётся залишається".split())


#: The whole a part of it is counted of ("two of them", "six of whom", "Two of the injured
#: workers", "One of the two seriously injured workers"), right after the part's number.
_WHOLE_AFTER = re.compile(r"\s+of\s+(?:(?P<said>them|whom|those|these)\b|(?:the|its|their)\s+)", re.I)
#: How many words after "of the" the noun of the whole is looked for in ("the two seriously injured workers").
_WHOLE_WORDS = 5


#: A name right before a number: capitalised words, maybe with a possessive ("People's Party",
#: "Aksel Rudd's People's Party", "the Green Coast"), ending where the number starts.
_HOLDER_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*\s+){1,5})$")
#: What may follow a listed holder's bare number: its clause's end, "and", or a small word that opens a phrase.
_LISTED_AFTER = re.compile(r"\s*(?:$|[,.;:)]|\s(?:and|in|on|with|under|after|while|leaving)\b)")


def _holder(text: str, start: int) -> str:
    """The name right before the number at *start* of *text* (:data:`_HOLDER_BEFORE`), as printed
    but for a leading "The"; "" where none stands there, or it names a month or a day."""
    found = _HOLDER_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return ""
    words_ = found["name"].split()
    if words_[0].lower() == "the":
        words_ = words_[1:]
    if not words_ or any(w.lower().rstrip(".,") in MONTHS or w.lower() in WEEKDAYS for w in words_):
        return ""
    return " ".join(words_)


def _same_holder(a: str, b: str) -> bool:
    """Whether holders *a* and *b* (:attr:`Figure.holder`) can be one: either is unknown, or one
    ends in the other's words, case aside ("Aksel Rudd's People's Party" / "the People's Party")."""
    if not a or not b:
        return True
    x, y = a.lower().split(), b.lower().split()
    return x[-len(y):] == y if len(x) >= len(y) else y[-len(x):] == x


def _listed(text: str, match: re.Match[str], before: Sequence[Figure]) -> Figure | None:
    """A bare number right after a name, in a sentence that gave a count before it, as a count of
    what that count counts held by that name ("Civic Alliance 21 seats, People's Party 20": 20
    seats of the People's Party; "would hold 21 seats and Aksel Rudd's People's Party 19"); None
    where *match* is no such number (a unit of its own, a year, one or two, a code, no name before
    it, or no count before it in its sentence)."""
    num = match["num"]
    if match["unit"] and match["unit"].lower() not in ("and", "in", "on", "with", "under", "after", "while", "leaving") or match["pct"] or match["cur"] or match["qual"]:
        return None
    if not num.isdigit() or num[:1] == "0" or is_year(num) or (value := number_value(num)) is None or value <= 2:
        return None
    start, end = match.span("num")
    if not _LISTED_AFTER.match(text, end) or not (holder := _holder(text, start)):
        return None
    sentence = _sentence(text, start, end)
    previous = next((f for f in reversed(before) if f.kind == "count" and f.span[1] <= start and f.sentence == sentence
                     and f.part != "whole"), None)
    if previous is None:
        return None
    return Figure(previous.ref, (start, end), value, previous.unit, previous.kind, None, num, sentence, holder=holder)


def _holders_marked(text: str, figures: list[Figure]) -> list[Figure]:
    """*figures* of one paragraph (*text*), each count of a sentence that lists holders' counts
    (:func:`_listed`) with its own holder where a name stands right before it ("Civic Alliance 21
    seats": "civic alliance"; "give the Civic Alliance 21 of the assembly's 61 seats")."""
    listing = {(f.sentence, f.unit) for f in figures if f.holder}
    if not listing:
        return figures
    return [replace(f, holder=holder) if (f.sentence, f.unit) in listing and not f.holder and f.kind == "count" and f.part != "whole"
            and (holder := _holder(text, f.span[0])) else f for f in figures]


def _part(article: Article, index: int, text: str, match: re.Match[str], before: Sequence[Figure]) -> Figure | None:
    """A count given as a part of a whole that names no number of its own (core.quantities.part_of:
    "Twelve workers were hurt, two of them seriously"; "Two of the injured workers were in a
    serious condition"), as a figure of the whole's unit and outcome with what sets it apart
    (:attr:`Figure.apart`), however small; None where *match*'s number is no such part, nothing
    after its whole sets it apart ("Two of the injured workers."), or its whole is not found: "of them" counts the count before it in its sentence (*before*: the
    paragraph's figures so far), "of the ..." the plural noun of the next :data:`_WHOLE_WORDS`
    words ("the injured workers": workers, injured)."""
    if match["cur"] or match["pct"] or match["scale"] or match["abbr"] or match["part"]:
        return None
    start, number_end = match.span("num")
    apart = part_of(text, start, number_end)
    value = number_value(match["num"])
    whole = _WHOLE_AFTER.match(text, number_end)
    if not apart and whole is not None and whole["said"] and (action := action_of(text, match.start())):
        apart = frozenset({stem(action)})  # "received four complaints and rejected three of them": set apart by what was done
    # "31 patients are hospitalised, of whom 8 are in intensive care": the whole said before it
    said_before = whole is None and PART_OF_BEFORE.search(text, max(0, start - 40), start) is not None
    if not apart or whole is None and not said_before or value is None or is_year(match["num"]) or match["num"][:1] == "0":
        return None
    sentence = _sentence(text, start, number_end)
    outcome = None
    if said_before or whole is not None and whole["said"]:
        # "two of them": of the count before it in its sentence ("Twelve employees were hurt")
        counted = next((f for f in reversed(before) if f.kind == "count" and f.apart is None and f.span[1] <= start
                        and f.sentence == sentence), None)
        if counted is None:
            return None
        unit = counted.unit
        fates = {OUTCOMES[s] for s in _near(text, words_and_offsets(text), counted) if s in OUTCOMES}
        outcome = counted.outcome or (fates.pop() if len(fates) == 1 else None)
        end = whole.end() if whole is not None else number_end
    else:
        # "of the injured workers": the plural noun, and what happened to them said before it
        said: list[str] = []
        assert whole is not None
        at = whole.end()
        for word in _WORDS.finditer(text, at):
            if len(said) == _WHOLE_WORDS or text[at : word.start()].strip():
                return None  # a clause's end before the noun
            low = word.group().lower()
            if low.endswith(("'s", "’s")):
                at = word.end()
                continue  # "the train's 96 wagons": whose
            if low in AUXILIARIES and said and any(outcome_of(w) for w in said):
                # "Eleven of the injured were in a serious condition": the whole is people, by what
                # happened to them ("the injured", "the dead"), its verb after them
                unit, end = "people", at
                break
            if _plural_noun(low) and low not in _NOT_UNITS and not low.endswith("ous"):
                unit, end = _canonical(low), word.end()
                break
            said.append(low)
            at = word.end()
        else:
            return None
        fates = {OUTCOMES[s] for w in said if (s := stem(w)) in OUTCOMES}
        outcome = fates.pop() if len(fates) == 1 else None
    if _UNITS.get(unit, "count") != "count":
        return None
    if match["qual"]:
        start = match.start("qual")
    return Figure(Ref(article.id, index), (start, end), value, unit, "count", _qualifier(match),
                  text[start:end].strip(), sentence, outcome, part="part", apart=apart)


#: What stands between a count and the whole it is part of, named after the thing counted
#: ("Thirty-two cars of the 110-car train", "12 wards of the city's 40-ward hospital").
_PART_GAP = re.compile(r"\s+of\s+(?:the|its|their|a|an)\s+(?:[\w-]+['’]s\s+)?")


def _wholes_marked(text: str, figures: list[Figure]) -> list[Figure]:
    """*figures* of one paragraph (*text*), in order, with a count followed by "of the" and a
    count of its unit glued to what holds them ("Thirty-two cars of the 110-car train") read as a
    part (:attr:`Figure.part`) and that whole: the two count one thing two ways, and the part is
    the figure to compare with another outlet's count ("Twenty-three cars of the 110-car ...")."""
    marked = list(figures)
    for n in range(len(marked) - 1):
        a, b = marked[n], marked[n + 1]
        if (a.kind == b.kind == "count" and a.unit == b.unit and not a.part and not b.part and "-" in b.text
                and _PART_GAP.fullmatch(text, a.span[1], b.span[0])):
            marked[n], marked[n + 1] = replace(a, part="part"), replace(b, part="whole")
    return marked


def _conversions_dropped(text: str, figures: list[Figure]) -> list[Figure]:
    """*figures* of one paragraph (*text*), in order, without those that convert the figure before
    them to another unit of its measure in brackets: "about 90 miles (145 kilometers)" is one
    figure, 90 miles; "90 miles (200 km)" converts nothing and stays two."""
    kept: list[Figure] = []
    for figure in figures:
        before = kept[-1] if kept else None
        if (before is not None and before.unit != figure.unit and before.measure == figure.measure != figure.unit
                and _CONVERSION_GAP.fullmatch(text, before.span[1], figure.span[0])
                and abs(before.size - figure.size) <= _CONVERSION_SLACK * max(before.size, figure.size) + _precision(figure)):
            continue
        kept.append(figure)
    return kept


def _in_capitals(text: str) -> bool:
    """Whether *text* is written in capitals: words of several letters, none in lower case, and
    lowering it keeps its length (each figure's span holds in both)."""
    return (not any(c.islower() for c in text) and sum(c.isupper() for c in text) >= 6
            and len(text.lower()) == len(text))


#: The months by number, as the figures print them.
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
#: Ordinals in words by number: "the fourth day" of a fire, a strike, a search.
_NTH = {number: word for word, number in ORDINAL_NUMBERS.items()}
_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
#: A day of a month, either way round ("January 15", "Jan. 15", "15 January", "March 3, 2027"),
#: its month capitalised ("may 5" is no date); not a clock time, a share or a range's end.
_MONTH_DAY = re.compile(
    rf"(?<![\w.-])(?:(?P<month>{_MONTH})\.?\s+{_DAY}|{_DAY.replace('day>', 'day2>')}\s+(?P<month2>{_MONTH})\b\.?)(?![\d:%]|\.\d|[-–]\d)"
)
#: A weekday by its name, capitalised and alone ("Tuesday"; not "Mondays", nor "Black Friday",
#: "Super Tuesday": a name).
_WEEKDAY = re.compile(rf"(?<![\w-])(?P<weekday>{'|'.join(WEEKDAY_NAMES)})(?![\w-])")
#: A day's ordinal after a determiner ("entered its fourth day", "for a third straight day",
#: "on the 4th day"): the day, night or week of something that lasts.
_NTH_DAY = re.compile(
    rf"\b(?:the|its|a|their|his|her)\s+(?P<nth>{'|'.join(sorted(ORDINAL_NUMBERS, key=len, reverse=True))}|\d{{1,2}}(?:st|nd|rd|th))"
    r"(?:\s+(?:straight|consecutive|successive|full))?\s+(?P<unit>day|night|week)\b",
    re.I,
)
#: A day of a month in the other languages news is read in (core.text.MONTHS_ABROAD), the day
#: first: "13 novembre", "14. November", "1er juillet", "13 de noviembre" (read only in a report
#: of such a language: :func:`extract_dates`).
_DAY_MONTH_ABROAD = re.compile(
    r"(?<![\w.-])(?P<day>[0-3]?\d)(?:er|\.|º|°)?\s+(?:de\s+)?(?P<month>%s)(?![\w-])(?![.,]?\d{1,2}\b(?!\d))"
    % "|".join(sorted(map(re.escape, MONTHS_ABROAD), key=len, reverse=True)), re.I)
#: Words of a sentence that dates a page, not an event ("Published: April 16, 2013", "Last
#: updated at 11:11 GMT", "posted in Accidents on Wednesday"), or that dates what it says by the
#: day it was written ("announced today (14 October 2011)"): its dates are never compared.
_DATELINE_WORDS = frozenset("published updated posted modified today yesterday tonight".split())
#: Capitalised words before a weekday that make it a name ("Black Friday", "Good Friday").
_NAMED_DAY = re.compile(r"(?:Black|Good|Holy|Ash|Maundy|Super|Cyber|Easter|Palm|Giving|Bloody)\s+$")
#: How far, in minutes, a clock time given as an estimate ("about 9.40pm") or near a time
#: ("shortly before 9pm", "just after midnight") may be from it: :func:`allows`.
_CLOCK_SLACK = 30
#: The unit of a clock time's figure, its zone after it where one is given ("time of day GMT").
CLOCK_UNIT = "time of day"


#: The preposition that only places a clock time ("at", "from"): left out of the figure's text.
_PLACED = re.compile(r"(?:(?:at|from|until|till|by|since)\s+)?", re.I)


def _clock_allows(figure: Figure) -> tuple[float, float]:
    """The least and the greatest minute after midnight a clock time *figure* allows, by the words
    before its time: "8.49pm" that minute, "about 9.40pm" :data:`_CLOCK_SLACK` minutes either
    side, "nearly 9pm" and "shortly before 9pm" that many before it, "before 9pm" any time before,
    "shortly after midnight" that many after it, "after 9pm" any time after."""
    said = words(figure.text.lower())
    close = bool({"about", "around", "approximately", "roughly", "nearly", "almost", "shortly", "just", "soon", "sometime", "some"} & set(said))
    slack = _CLOCK_SLACK if close else 24 * 60
    if "before" in said or {"nearly", "almost"} & set(said):
        return figure.value - slack, figure.value
    if "after" in said or "past" in said:
        return figure.value, figure.value + slack
    if close:
        return figure.value - slack, figure.value + slack
    return figure.value, figure.value


def _clock_time(match: re.Match[str]) -> tuple[float, str] | None:
    """The minutes after midnight and the unit (:data:`CLOCK_UNIT` and the zone given) of a clock
    time *match* of :data:`core.numbers.CLOCK_TIME` (:func:`core.numbers.clock_value`), None where
    it names no time of day unambiguously ("at 8", "at 13pm")."""
    clock = clock_value(match)
    return None if clock is None else (clock[0], f"{CLOCK_UNIT} {clock[1]}".rstrip())


def extract_dates(articles: Sequence[Article]) -> list[Figure]:
    """Every date in the body paragraphs of *articles* that outlets may give differently for one
    event, as a figure of kind "date": a day of a month (unit "date", value month × 100 + day:
    "January 15" 115.0; its year, where given, is not compared), a weekday (unit "weekday",
    Monday 1.0 to Sunday 7.0), and either, after the verb of an event in a report of a known day
    ("closed on Monday"), the day it names, again (unit "day", value the day's ordinal:
    :func:`_event_day`), or a day's ordinal (unit "nth day", "nth night" or "nth week":
    "its fourth day" 4.0), or a clock time something happens at (unit :data:`CLOCK_UNIT` and
    its zone where one is given, value the minutes after midnight: "at 8.49pm" 1249.0, "at 2045
    GMT" 1245.0 of "time of day GMT"; "shortly before 9pm" 1260.0 with its qualifier, which
    :func:`allows` reads). :func:`compare` compares a date only with the one date of its kind of
    another outlet's paragraph that reports the same thing (:func:`_one_date`), or, an event's
    day, with the one day of its verb another outlet gives (:func:`_one_event_day`): a time in one
    zone never with one in another, or in none."""
    found: list[Figure] = []
    for article in articles:
        notes = {i for i, _ in article.subheads if article.is_note(i)}
        language = _language(article)
        abroad = language not in (None, "en")  # its months' names are its language's
        weekdays = weekday_pattern(language) if abroad else None
        # the day the report was published, by which its weekdays name days (an event's day, _event_day;
        # English verbs only)
        published = _published_date(article.published) if language in (None, "en") else None
        for index, printed in enumerate(article.paragraphs):
            if index in notes:
                continue  # a correction's day is the correction's
            # a paragraph in capitals ("ENB CUTS MAIN RATE 25BP TO 3.25%") is read in lower case:
            # its capitals name nothing ("TO 3.25%" is no model's number, as "AK 47" is)
            text = printed.lower() if _in_capitals(printed) else printed
            escapes = [m.span() for m in ESCAPE_SEQUENCE.finditer(text)] if "\u241b" in text or "\ufffd" in text else []
            dates: list[tuple[tuple[int, int], float, str, str | None]] = []
            for match in _MONTH_DAY.finditer(text):
                month = MONTHS[(match["month"] or match["month2"]).lower()]
                day = int(match["day"] or match["day2"])
                if 1 <= day <= 31:
                    dates.append((match.span(), float(month * 100 + day), "date", None))
            for match in _DAY_MONTH_ABROAD.finditer(text) if abroad else ():
                day = int(match["day"])
                if 1 <= day <= 31:
                    dates.append((match.span(), float(MONTHS_ABROAD[match["month"].lower()] * 100 + day), "date", None))
            for match in _WEEKDAY.finditer(text):
                if not _NAMED_DAY.search(text, 0, match.start()):
                    dates.append((match.span(), float(WEEKDAY_NAMES.index(match["weekday"]) + 1), "weekday", None))
            # (and its language's weekdays, in a report of another: "perşembe", "poniedziałek", "木曜日")
            for match in weekdays.finditer(text) if weekdays else ():
                if (weekday := weekday_number(match["weekday"], language)) is not None:
                    dates.append((match.span(), float(weekday + 1), "weekday", None))
            for match in CLOCK_TIME.finditer(text):
                if (clock := _clock_time(match)) is not None:
                    # "at 8.49pm": 8.49pm; "at about 9.40pm", "shortly before 9pm": the words that place it are its qualifier
                    placed = _PLACED.match(match[0])
                    start = match.start() + (placed.end() if placed else 0)
                    time_at = next(match.start(g) for g in ("hour", "hhmm", "named") if match[g])
                    dates.append(((start, match.end()), *clock, " ".join(text[start:time_at].lower().split()) or None))
            for match in _NTH_DAY.finditer(text):
                nth = match["nth"].lower()
                number = ORDINAL_NUMBERS.get(nth) or int(nth[:-2])
                if number:
                    dates.append((match.span("nth")[:1] + match.span()[1:], float(number), f"nth {match['unit'].lower()}", None))
            for span, value, unit, qualifier in sorted(dates, key=lambda date: date[:3]):
                sentence = _sentence(text, *span)
                said = [w for w in words(sentence.lower()) if w[:1].isalpha() and not is_stopword(w) and w not in MONTHS and w not in WEEKDAYS]
                if _DATELINE_WORDS.intersection(said) or len(said) < 4:
                    continue  # a page's date, or one told by the day it was written; a line of dates and times
                if not any(start <= span[0] < end for start, end in escapes):
                    found.append(Figure(Ref(article.id, index), span, value, unit, "date", qualifier, text[span[0] : span[1]], sentence))
                    if (event := _event_day(Ref(article.id, index), text, span, value, unit, published)) is not None:
                        found.append(event)
    return found


def _published_date(published: str | None) -> date | None:
    """The day of a report's publication time *published* (ISO 8601, "2026-11-24T09:00:00+00:00"), or None."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


#: A year after a day of a month ("22 November 2019", "November 22, 2019").
_YEAR_AFTER = re.compile(r",?\s+((?:1[89]|2[01])\d\d)\b")


def _event_day(ref: Ref, text: str, span: Span, value: float, unit: str, published: date | None) -> Figure | None:
    """The day an event happened on, where a day of a month or a weekday at *span* of *text* (paragraph *ref*; of
    *value* in *unit*, :func:`extract_dates`) follows the verb of the event in its clause
    (core.quantities.event_of: "closed on 22 November", "closed on Monday") in a report
    *published* that day: unit "day", value the day's ordinal (:meth:`datetime.date.toordinal`),
    :attr:`Figure.of` the verb's stem. One outlet's "22 November" and another's "Monday" in a
    report of Tuesday 24 November are two days of one event, the 22nd and the 23rd (:func:`_one_event_day`);
    None where no such verb stands before it, or the report's day is unknown."""
    if published is None or unit not in ("date", "weekday") or not (event := event_of(text, span[0])):
        return None
    on = weekday_of(int(value) - 1, published) if unit == "weekday" else day_of_month(int(value) // 100, int(value) % 100, published)
    if on is not None and unit == "date" and (year := _YEAR_AFTER.match(text, span[1])):
        try:
            on = on.replace(year=int(year[1]))  # "closed on 22 November 2019": of that year, not the report's
        except ValueError:
            return None  # "29 February 2027"
    if on is None:
        return None
    return Figure(ref, span, float(on.toordinal()), "day", "date", None, text[span[0] : span[1]], _sentence(text, *span), of=event)


def _date_text(value: int, unit: str) -> str:
    """A date figure's value as the figures print it: "January 15", "Tuesday", "fourth day",
    "20:49 GMT", "November 23 (Monday)" (an event's day)."""
    if unit == "day":
        on = date.fromordinal(value)
        return f"{_MONTH_NAMES[on.month]} {on.day} ({WEEKDAY_NAMES[on.weekday()]})"
    if unit == "date":
        return f"{_MONTH_NAMES[value // 100]} {value % 100}"
    if unit.startswith(CLOCK_UNIT):  # on the 24-hour clock, in its zone: "20:49", "6:31 GMT", "midnight"
        named = {0: "midnight", 12 * 60: "noon"}.get(value, f"{value // 60}:{value % 60:02d}")
        return f"{named} {unit.removeprefix(CLOCK_UNIT).strip()}".rstrip()
    if unit == "weekday":
        return WEEKDAY_NAMES[value - 1]
    nth = _NTH.get(value, f"{value}th")
    return f"{nth} {unit.removeprefix('nth ')}"


def _of_outcome(text: str, start: int, end: int, outcome_end: int | None) -> bool:
    """Whether the count at *start*..*end* of *text* is told of an outcome (:data:`OUTCOMES`):
    "two dead" (*outcome_end*: where such words after its number end), "two people were killed",
    "killing two people"; not the "one" of "No one was killed" (:func:`_noughts`)."""
    before = words(text[max(0, start - 40) : start])[-1:]
    if before == ["no"] or before == ["No"]:
        return False
    return outcome_end is not None or _outcome_after(text, end) is not None or any(stem(w) in OUTCOMES for w in before)


#: The outcomes that make a count of one or two of anyone ("two workers", "two crew") a toll to
#: compare: "injuring two workers" and "injuring three workers" is the disagreement a story's
#: readers look for first (trial 43 F6); what else is done to two of a thing ("tested two samples",
#: "will miss two games") leaves them a relation.
_TOLLS = frozenset({"dead", "injured", "missing"})


def _toll_of(text: str, start: int, end: int, language: str | None = None) -> bool:
    """Whether the count at *start*..*end* of *text*, of what its noun names ("workers"), is
    told of a toll's outcome (:data:`_TOLLS`) by the verb right before it ("injuring two
    workers", "killed two miners") or the words after it ("two crew were missing"), in any
    wording of its *language* the outcome table holds (:func:`_outcome_told_after`: "two miners
    lost their lives", "zwei Bergleute sind ums Leben gekommen", "deux mineurs sont morts")."""
    before = words(text[max(0, start - 40) : start])[-1:]
    after = _OUTCOME_AFTER.match(text, end)
    told = [w.lower() for w in before] + ([after["word"].lower()] if after else [])
    if _off_a_record(text, end):
        return False  # "two contractors missing from the shift list": no toll
    return any(outcome_of(w) in _TOLLS for w in told) or _outcome_told_after(text, end, language) in _TOLLS


#: Words that give the day a count was taken, not the day of what it counts: "as of Tuesday",
#: "as at Monday", "Stand Dienstag", "à la date de", "a fecha de", "według stanu na".
_COUNTED_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|stand|à\s+la\s+date\s+du|a\s+fecha\s+de|według\s+stanu\s+na|по\s+состоянию\s+на)\s", re.I)
#: What ends the clause of a count abroad, after it or before it: a mark, or a word joining
#: clauses ("et", "und", "e", "en", "y").
#: (A word joining two names joins no clauses: "6.100 inwoners van Kalvik en Dornec geëvacueerd",
#: whose verb closes the clause past the list of places, trial 53 F2.)
_CLAUSE_ABROAD = re.compile(r"[,;:.!?()\[\]—–\"“”«»，、。；：！？]|\s(?:et|und|e|ed|en|y|e|sowie|mais|aber|ma|maar|pero|mas)\s(?!(?-i:[A-ZÀ-ÖØ-Þ]))", re.I)
#: The most words after a count (or before it) its outcome is read from, in another language.
_OUTCOME_WORDS_ABROAD = 6
#: The most words after a count its outcome's phrase is read from: its noun's phrase and the
#: predicate ("12 climbers of the Varna expedition were still missing").
_OUTCOME_WORDS_AFTER = 10
#: What ends the words a count's outcome is read from after it: its clause's end (a mark, a word
#: joining clauses: :data:`_CLAUSE_ABROAD`, and "and", "or", "when" ...) or another number (the next count's words are its own).
_OUTCOME_STOP = re.compile(rf"{_CLAUSE_ABROAD.pattern}|\d|\s(?:and|or|when|while|after|before|as|but|quand|lorsque|cuando|als|wenn|quando)\s", re.I)


def _outcome_told_after(text: str, end: int, language: str | None) -> str | None:
    """What happened to what the count ending at *end* of *text* counts, as the words after it
    in its clause say in *language* (core.text.outcome_said, its one table of outcome wordings
    by language): "have died" and "lost their lives" dead, "remain unaccounted for" missing,
    "had been brought out alive" rescued; None where they say none. Only the count's own clause
    is read, up to another number: "two died and nine were rescued alive" says nothing rescued of the two."""
    after = text[end:]
    if stop := _OUTCOME_STOP.search(after):
        after = after[: stop.start()]
    return outcome_said(_WORDS.findall(after)[:_OUTCOME_WORDS_AFTER], language)


_OUTCOME_STEMS = {outcome: s for s, outcome in reversed(OUTCOMES.items())}  # "dead": "kill"

#: A count in words that names no one value (core.numbers.VAGUE), maybe of a scale ("hundreds of
#: thousands of", "tens of thousands of"), before what it counts: "several" straight before it
#: ("several villages"), the others through "of" ("hundreds of people", "dozens of the homes").
#: The same counts in the other languages news is read in, by the English word ("decine di persone",
#: "Dutzende Menschen", "több tucat embert": dozens of people), what each allows as the English
#: one does (core.numbers.VAGUE): only before a noun of a count abroad (:func:`_vague_counts`).
VAGUE_ABROAD = {phrase: english for english, phrases in {
    "dozens": ["decine di", "decenas de", "dezenas de", "dizaines de", "dutzende", "tientallen", "több tucat", "tucatnyi",
               "onlarca", "puluhan", "kymmeniä", "zeci de", "dziesiątki"],
    "hundreds": ["centinaia di", "cientos de", "centenares de", "centenas de", "centaines de", "hunderte", "honderden",
                 "több száz", "yüzlerce", "ratusan", "satoja", "sute de", "setki"],
    "thousands": ["migliaia di", "miles de", "milhares de", "milliers de", "tausende", "duizenden", "több ezer", "binlerce",
                  "ribuan", "tuhansia", "mii de", "tysiące"],
}.items() for phrase in phrases}
_VAGUE_COUNT = re.compile(
    r"(?<![\w.-])(?:(?P<several>several)\s+|(?P<num>dozens|scores|hundreds|thousands|millions|tens)\s+of\s+"
    r"(?:(?P<scale>thousands|millions)\s+of\s+)?(?:the\s+)?"
    r"|(?P<abroad>%s)\s+)" % "|".join(p.replace(" ", r"\s+") for p in sorted(VAGUE_ABROAD, key=len, reverse=True)) +
    r"(?P<unit>[^\W\d_][\w-]*)\b",
    re.I,
)
#: The numbers of a scale counted in tens ("tens of thousands"), as core.numbers.VAGUE gives the others.
_TENS = (20.0, 99.0)


def _vague_range(vague: str) -> tuple[float, float]:
    """The least and the greatest value a count in words *vague* allows ("hundreds" 200 to 999,
    "hundreds of thousands" 200,000 to 999,000, "tens of thousands" 20,000 to 99,000)."""
    number, _, scale = vague.lower().partition(" of ")
    low, high = _TENS if number == "tens" else VAGUE[number]
    times = SCALES[scale.rstrip("s")] if scale else 1.0
    return low * times, high * times


def _vague_text(figure: Figure) -> str:
    """A count in words that names no one value as the figures show it: "hundreds of people",
    "several villages"."""
    return f"{figure.vague}{'' if figure.vague == 'several' else ' of'} {plural(figure.unit)}"


def _vague_counts(article: Article, index: int, text: str) -> list[Figure]:
    """The counts in words that name no one value in paragraph *index* (*text*) of *article*
    (:data:`_VAGUE_COUNT`): "hundreds of public agencies" counts agencies, 200 to 999 of them;
    "killing hundreds of people" the dead, as figures in digits are counted."""
    found = []
    for match in _VAGUE_COUNT.finditer(text):
        if match["abroad"]:
            # "decine di persone", "több tucat embert": dozens of people, where its noun is one a
            # count abroad counts (people by any of their words, _ALIASES; a noun of _NOUNS_ABROAD)
            raw, end = match["unit"], match.end("unit")
            unit = _canonical(raw) if _canonical(raw) == "people" else _noun_abroad(raw, None) or ""
            if not unit:
                continue
            number = VAGUE_ABROAD[" ".join(match["abroad"].lower().split())]
            low, high = _vague_range(number)
            start = match.start()
            found.append(Figure(Ref(article.id, index), (start, end), float(f"{math.sqrt(low * high):.3g}"), unit, "count", None,
                                text[start:end], _sentence(text, start, end), vague=number))
            continue
        number = (match["several"] or match["num"]).lower()
        if number == "tens" and not match["scale"]:
            continue  # "tens" alone counts nothing
        raw, end = match["unit"], match.end("unit")
        if not raw.islower() or is_stopword(raw) or raw in _NOT_UNITS or raw in ("thousands", "millions", "times", "others"):
            continue  # "millions of Windows": a name's; "several others" counts nothing it names
        unit = _canonical(raw)
        if not (_plural_noun(raw) or raw in _NO_PLURAL or raw.endswith(("children", "people"))):
            head = _compound_head(text, raw, end)  # "hundreds of public agencies": agencies
            if head is None:
                continue
            unit, end = head
        vague = f"{number} of {match['scale'].lower()}" if match["scale"] else number
        low, high = _vague_range(vague)
        if _UNITS.get(unit, "count") != "count" or not unit.isalpha():
            continue  # "several hours", "thousands of dollars": no count of things
        start = match.start()
        found.append(Figure(Ref(article.id, index), (start, end), float(f"{math.sqrt(low * high):.3g}"), unit, "count", None,
                            text[start:end], _sentence(text, start, end), vague=vague))
    return found


#: An earlier value of a count, given after it in its sentence ("61 people had now been treated,
#: up from 47 on Tuesday"), by the words that introduce it in the languages news is read in ("contro
#: le 47 di martedì", "gegenüber 47 am Dienstag", "contre 47 mardi", "frente a los 47 del martes",
#: "contra 47 na terça-feira"): the number alone, no unit of its own after it but its count's.
_EARLIER_VALUE = re.compile(
    r",?\s*(?:(?:up|down|rising|falling|compared)\s+(?:from|with)|(?:contro|rispetto\s+a)(?:\s+(?:le|i|gli|ai|alle))?"
    r"|gegenüber|verglichen\s+mit|contre(?:\s+les)?|frente\s+a(?:\s+(?:los|las))?|contra(?:\s+(?:os|as))?|comparado\s+com(?:\s+(?:os|as))?)"
    r"\s+(?P<num>\d[\d,.]*\d|\d)(?![\w.,]*\d)(?![\w%-])", re.I)


def _earlier_values(article: Article, index: int, text: str, figures: Sequence[Figure], language: str | None) -> list[Figure]:
    """The earlier values paragraph *index* (*text*) of *article* gives of its counts of people
    after them in their sentence (:data:`_EARLIER_VALUE`: "61 people had now been treated, up from
    47 on Tuesday"), as counts of the same unit, each marked as an earlier value of its count
    (:attr:`Figure.earlier_of`; :func:`compare` reads it of that count's outcome): only where its
    words name the day it was counted ("on Tuesday", "di martedì": core.quantities.when_of), which
    makes it that day's count, the row's earlier day, never a second value of the report's day."""
    found = []
    counts = [f for f in figures if f.kind == "count" and f.unit == "people" and not f.vague and f.apart is None and not f.part]
    for match in _EARLIER_VALUE.finditer(text):
        start, end = match.span("num")
        count = next((f for f in reversed(counts) if f.span[1] <= match.start() and f.sentence == _sentence(text, start, end)
                      and not any(f.span[1] <= g.span[0] < start for g in figures if g.kind == "count")), None)
        value = number_value(undotted(match["num"], language in DOTTED_THOUSANDS), language=language)
        if count is None or value is None or is_year(match["num"]):
            continue
        if not any(kind in ("weekday", "on") for kind, _ in when_of(text, start, end, language=language).days):
            continue  # "up from 47": of no day it names, no count to set on one
        found.append(Figure(Ref(article.id, index), (start, end), value, count.unit, "count", None, text[start:end],
                            _sentence(text, start, end), earlier_of=count.span))
    return found


def _noughts(article: Article, index: int, text: str) -> list[Figure]:
    """The counts of nought of an outcome in paragraph *index* (*text*) of *article*, as figures of
    0 people (:func:`core.text.counts_nought`): "No one was killed", "nobody was hurt", "no deaths";
    "no casualties" gives two, of the dead and of the injured (:data:`core.text.CASUALTIES`)."""
    folded, flat = words_and_offsets(text)
    found = []
    for k in range(len(folded)):
        if not counts_nought(folded, k) or k and folded[k - 1] == "no":
            continue
        # to what it counts ("no deaths") or the outcome told of it ("No one was killed")
        last = k + 1 if folded[k] == "no" and folded[k + 1] != "one" else next(
            (m for m in range(k + 1, min(len(folded), k + 9)) if stem(folded[m]) in OUTCOMES), k)
        start, end = flat[2 * k], flat[2 * last + 1]
        for outcome in CASUALTIES.get(stem(folded[last]), (None,)):
            found.append(Figure(Ref(article.id, index), (start, end), 0.0, "people", "count", None, text[start:end],
                                _sentence(text, start, end), outcome))
    return found


def _counted_by_outcome(text: str, start: int) -> bool:
    """Whether the number at *start* of *text*, with no unit after it, is the object of an outcome's
    verb right before it ("injuring 23", "wounding 40", "killed 12"): a count of people."""
    told = words(text[max(0, start - 30) : start])[-1:]
    outcome = OUTCOMES.get(stem(told[0].lower()), "") if told else ""
    # (not a verb of missing: "missed 10 games", "missing 3 of them" count no one missing)
    return outcome not in ("", "missing") and told[0].lower().endswith(("ing", "ed"))


def _no_noun_abroad(word: str, language: str | None) -> bool:
    """Whether *word*, the word after a number in a report in *language*, is no noun the number
    may count: a function word of the language ("e", "et", "y": core.text.is_function_word) or a
    form of "to be" (core.text.BE_ABROAD: "foram", "sono", "sont")."""
    folded = word.lower()
    return is_function_word(folded, language) or folded in BE_ABROAD.get(language or "", ())


#: Adverbs of time that may stand between "to be" and the number it gives, by language ("le
#: persone curate sono ora 61", "les blessés sont désormais 11", "son ya 11"), passed over as
#: the English predicate passes "now" (_PREDICATE_ADVERBS).
_NOW_ABROAD = {language: frozenset(adverbs.split()) for language, adverbs in {
    "it": "ora adesso già gia finora ormai ancora", "fr": "maintenant désormais déjà deja encore",
    "es": "ahora ya todavía todavia", "pt": "agora já ja ainda", "de": "jetzt nun inzwischen bereits bislang schon",
    "nl": "nu inmiddels al reeds",
}.items()}


def _after_be_abroad(text: str, at: int, language: str | None) -> bool:
    """Whether the word right before *at* of *text* is a form of "to be" in *language*
    (core.text.BE_ABROAD: "I feriti sono stati 11", "Les blessés sont 11"), an adverb of time
    between them passed over (:data:`_NOW_ABROAD`: "sono ora 61")."""
    before = [w.lower() for w in words(text[max(0, at - 30) : at])[-2:]]
    if len(before) == 2 and before[1] in _NOW_ABROAD.get(language or "", ()):
        before = before[:1]
    return bool(before) and before[-1] in BE_ABROAD.get(language or "", ())


def _fate_in_clause(text: str, start: int, end: int, language: str | None) -> str | None:
    """What happened to those a count counts (a class of core.text.OUTCOMES) as the clause of the
    number at *start*..*end* in *text* tells it in *language* where no noun follows the number:
    by the words after it to its clause's end ("37 foram detidas": arrested), else by its subject,
    the words before it in its clause ("Gli arresti sono stati 37", "Les arrestations sont au
    nombre de 37": arrested); None where neither tells one."""
    after = text[end:]
    if stop := _CLAUSE_ABROAD.search(after):
        after = after[: stop.start()]
    before = text[:start]
    stops = list(_CLAUSE_ABROAD.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    for words_of in (_WORDS.findall(after)[:_OUTCOME_WORDS_ABROAD], _WORDS.findall(before)):
        told = [outcome for w in words_of if (outcome := outcome_abroad(w, language))]
        if told:
            return told[0]
    return None


def _figure(article: Article, index: int, text: str, match: re.Match[str], *, part: str = "", dotted: bool = False,
            language: str | None = None) -> Figure | None:
    """The figure *match* found in paragraph *index*, or None where it is no quantity; *part*:
    "part" or "whole" where it is a part of a whole or that whole (:attr:`Figure.part`),
    "small" to keep a count of one or two, which is otherwise a relation, not a figure; with
    *dotted* (the article's language groups thousands with dots), "250.000" is 250,000; a count's
    noun in another *language* than English is read as the English one (:func:`_noun_abroad`:
    "41 ambulancias" count ambulances, "230 operaciones programadas" operations)."""
    part_of_scale = match["part"]
    if part_of_scale:  # "three-quarters of a million": the part, times the scale below
        value = scale_part(part_of_scale)
    else:
        value = number_value(undotted(match["num"], dotted), language=language)
    if value is None and match["scale"] and NUMBER_WORDS_ABROAD.get(language or "", {}).get(match["num"].lower()) == 1:
        value = 1.0  # "un millón de personas", "eine Million Menschen": a word of one before a scale is one
    if value is None:
        return None
    # a number in words of another language than English ("seis días", "sechs Tage")
    in_words_abroad = language not in (None, "en") and not match["num"][:1].isdigit() and number_value(match["num"]) is None
    if is_year(match["num"]) and not match["pct"] and not match["cur"] and not year_counted(
            _qualifier(match), _canonical(match["unit"] or "")):
        return None  # "in 2021" is a date, not a quantity ("about 2000 people", "نحو 2000 شخص" is a count)
    if match["num"][:1] == "0" and match["num"][1:2].isdigit():
        return None  # "000 feet" (of "2, 000 feet"), "14:05 left", "0. 07 percent": a code or a broken number
    if _CLOCK_AFTER.match(text, match.end("num")):
        return None  # "shortly after 7 p.m." is a time, not 7 of anything
    if match["num"].lower() in MULTIPLIERS and _VAGUE_BEFORE.search(text, 0, match.start("num")):
        return None  # "a few hundred yards", "several thousand feet": no one value, never 100
    if match["num"].lower() in ("a", "an") and (_PART_BEFORE if match["scale"] else _PART_OR_RATE_BEFORE).search(
            text, 0, match.start("num")):
        # "half a mile" (read as half), "a quarter of a mile", "$3 a mile": no one mile; "a city of
        # a million people" is a million, "a fraction of a million" none
        return None
    if match["unit"] and match["unit"].lower() in _FRACTION_UNITS and _OF_AFTER.match(text, match.end("unit")):
        return None  # "three quarters of the 400 homes", "two thirds of them": a share, no count of quarters
    start, end = match.span()
    if _bare_move(text, match):
        # "trimmed rates by 0.25 to 3.25%": a rate's move, in percentage points (not the level)
        end = match.end("num")
        return Figure(Ref(article.id, index), (start, end), value, "percentage point", "points", _qualifier(match),
                      text[start:end].strip(), _sentence(text, start, end), of=share_of(text, start, end),
                      direction=move_direction(text, start, end))
    outcome: str | None = None  # what happened to those counted, where no word of the count says it
    cur = (match["cur"] or "").strip().lower()
    currency = CURRENCY_SIGNS.get(cur) or CURRENCY_CODES.get(cur)  # "$2.5bn", "EUR 1.2 bln"
    abbr = (match["abbr"] or "").lower()
    raw_unit = "%" if match["pct"] else (match["unit"] or "")
    if abbr and currency is None:
        if abbr == "m":
            raw_unit, end = "m", match.end("abbr")  # "40m": metres
            abbr = ""
        elif not (match["sep"] and match["unit"] and (match["unit"].lower().endswith("s") or match["unit"].lower() == "people")):
            return None  # "5k", "a 5k run": no sum, no count of things
        # else a scale cut short before the things it counts: "600k members", "1.2bn people"
    scale = SCALES.get((match["scale"] or abbr).lower()) or _SCALES_ABROAD.get((match["scale"] or "").lower(), 1.0)
    # "a million and a half" is 1.5 million; 4.1 million is 4100000, not 4099999.9999999995
    value = float(f"{(value + (0.5 if match['more'] else 0.0)) * scale:.12g}")
    unit = _canonical(raw_unit) if raw_unit else ""
    if unit and match["scale"] and text[match.end("scale") : match.end("scale") + 1] == "." and _UNITS.get(unit) is None:
        unit = ""  # "... 3 Mio. Dann kam": the stop may end the sentence; a word after it is a unit only where it is one
    small = bool(unit) and is_stopword(raw_unit.lower()) and raw_unit.lower() not in ("of", *_AUXILIARIES) and not (match["sep"] or "").strip(" -")
    if (not unit or small) and currency is None and not match["pct"] and _counted_by_outcome(text, start):
        # "killing four people and injuring 23,", "infected 187 since it was first reported": the
        # verb's object, people (a small word after it is no unit)
        unit, end = "people", match.end("num")
    if unit == "pound" and currency is None and (_WEIGHED_BEFORE.search(text, 0, start) or _MATTER_AFTER.match(text, end)):
        unit = "lb"  # "weighing approximately 200 pounds", "300 pounds of cocaine": a weight
    if not unit and currency is None and not match["pct"] and (owner := apposed_age(text, *match.span("num"))) is not None:
        # "Maarten Veldkamp, 58, took ...": a bare number between commas after a name is his age
        start, end = match.span("num")
        return Figure(Ref(article.id, index), (start, end), value, "year", "age", None, text[start:end],
                      _sentence(text, start, end), of=owner)
    if (not unit and currency is None and not match["pct"] and language not in (None, "en")
            and _after_be_abroad(text, match.start("num"), language)
            and (fate := _fate_in_clause(text, start, match.end("num"), language)) is not None):
        # "I feriti sono stati 11, dieci passeggeri ...", "Les blessés sont 11.": a number with no
        # word after it in its clause, the complement of "to be" whose subject tells what happened
        # to those it counts, is a count of people, as "Gli arresti sono stati 37 e ..." is (below)
        unit, end, outcome = "people", match.end("num"), fate
    if currency is not None:
        if _UNITS.get(unit) != "money":  # "$2.5 billion in aid": the sign says what it is
            end = match.end("abbr") if match["abbr"] else match.end("scale") if match["scale"] else match.end("num")
        unit, kind = currency, "money"
    elif not unit:
        return None
    elif raw_unit.lower() == "p" and not match["sep"] and not _LINES_NEAR.search(
            " ".join(words(text[max(0, start - 40) : start])[-2:] + words(text[end : end + 40])[:2])):
        unit, kind = "penny", "money"  # "closed at 412p", "409.5p": a price in pence ("3pm" is a clock's, see _NOT_UNITS)
    elif match["unit"] and not match["sep"] and unit not in _UNITS and raw_unit.lower() not in _COMPACT:
        return None  # "3rd", "4x4": letters stuck to a number are no unit unless a known one
    elif unit.endswith("-old") or unit.endswith(" old"):
        unit = _canonical(unit.rsplit("-", 1)[0].rsplit(" ", 1)[0])
        kind = "age"
    else:
        kind = _UNITS.get(unit, "count")
        abroad = language not in (None, "en") and kind == "count"
        english = None
        if abroad and match["scale"] and raw_unit.lower() in _OF_ABROAD and (noun := _WORD_ABROAD.match(text, end)):
            # "1,2 millones de historiales", "1,2 milioni di cartelle": the noun after the scale's "de"
            raw_unit, end = noun["word"], noun.end()
            unit = _canonical(raw_unit)
            kind = _UNITS.get(unit, "count")  # "5 millones de euros": a sum
            abroad = kind == "count"
        if abroad and (english := _TIMES_ABROAD.get(search_fold(raw_unit)) or _noun_abroad(raw_unit, language)):
            unit = english
            kind = _UNITS.get(unit, "count")
        if abroad and not english and not (match["sep"] or "").strip(" -") and _no_noun_abroad(raw_unit, language):
            # "Gli arresti sono stati 37 e 12 agenti", "37 foram detidas", "sont au nombre de 37 et":
            # the word after the number is a function word or a form of "to be", no noun it counts;
            # the count is of people where its clause says what happened to them, its subject
            # before it or its verb after it (arrested), else it is no figure ("37 e" counts nothing)
            fate = _fate_in_clause(text, start, match.end("num"), language)
            if fate is None:
                return None
            unit, end, outcome = "people", match.end("num"), fate
        if in_words_abroad and kind == "count" and not (english or unit in _COUNTED_ABROAD or language in _NOUN_FIRST and _plural_noun(raw_unit)
                                                        or _outcome_told_after(text, end, language) in _TOLLS):
            # "sei stato", "altı kişilik": a number in words is taken for a figure only before what
            # the view knows to count (a plural noun where the language puts the noun first: "siete barcos"),
            # or what its clause tells died, was hurt or is missing ("zwei Taucher sind ums Leben gekommen")
            return None
        # a count before a hyphened modifier counts the noun after it ("six water-bombing
        # aircraft", "three fire-fighting helicopters"); "a 12-member panel" counts members;
        # not where the language puts the noun first ("230 operaciones programadas")
        abroad = abroad and (bool(english) or language in _NOUN_FIRST)
        hyphened = _HYPHENED_HEAD.match(text, end) if kind == "count" and not abroad else None
        if hyphened and (_plural_noun(hyphened["head"]) or hyphened["head"] in _NO_PLURAL) and hyphened["head"] not in _NOT_UNITS:
            raw_unit, end = hyphened["head"], hyphened.end()
            unit = _canonical(raw_unit)
            kind = _UNITS.get(unit, "count")
        else:
            hyphened = None
        named = _named_head(text, end) if kind == "count" and raw_unit[:1].isupper() and not abroad else None
        head = _compound_head(text, raw_unit, end) if kind == "count" and not named and not hyphened and unit != "people" and not abroad else None
        if named:
            # A name or a model before what is counted says which ("287,412 AeroCrisp 5L air
            # fryers", "12 Hamas fighters"): the figure counts the noun after it.
            unit, end = named
        elif head and head[0] == "member" and unit in _BODIES:
            unit, end = unit, head[1]  # "All 23 crew members": the crew, as "all 23 crew" counts them (trial 48 F4)
        elif head:
            # Words before a plural noun name what kind ("five dock workers", "three free
            # vaccination clinics", "12 measles cases"): the figure counts the head of the phrase.
            unit, end = head
            kind = _UNITS.get(unit, "count")
    if kind == "count" and unit in _WHOSE and (held := _HELD_BEFORE.search(text, max(0, start - 40), start)):
        # "the records of 1.2 million patients": what is held of them is counted, 1.2 million records
        holding = held["noun"].lower()
        english = _noun_abroad(holding, language) if language not in (None, "en") else None
        if english or _plural_noun(holding) and holding not in _NOT_UNITS and holding not in _GATHERED and stem(holding) not in OUTCOMES:
            unit = english or _canonical(holding)
            kind = _UNITS.get(unit, "count")
    # What happened to what is counted is said by the unit ("41 injured", "23 arrested pirates") or
    # after the phrase; a noun before its head says no such thing ("three evacuation centres" count centres)
    headed = kind == "count" and unit != _canonical(raw_unit or "") and not raw_unit.lower().endswith("ed")
    outcome_end = _outcome_after(text, match.start("unit") if match["unit"] and not headed else end) if kind == "count" else None
    if outcome_end is not None:
        # "41 injured", "three dead", "more than 40 were hurt": people, counted by what happened to them
        unit, end = "people", max(end, outcome_end)
    if kind == "count" and unit in ("other", "more"):
        # "killing five and injuring 23 others": after an outcome the others are people
        before = [stem(w) for w in words(text[max(0, start - 40) : start])[-2:]]
        if any(s in OUTCOMES for s in before):
            unit = "people"
    if kind == "count" and (not unit.isalpha() or stem(unit) == "" or unit in _NOT_UNITS or unit.endswith("ed")
                            or unit.endswith("ly") and unit == raw_unit.lower()):
        return None  # "two of", "two made", "the two seriously injured": no unit, no figure
    # "two people were killed", "two dead" count the dead, and so does "injuring two workers"
    # (:func:`_toll_of`); "one is killed" says of anyone
    # ("one miner remains missing": one of a role, PEOPLE_BY_ROLE, is said of someone too)
    said_of = (raw_unit.lower() in ("people", "person", "persons") or match["num"].lower() not in ("a", "an", "one")
               or match["num"].lower() == "one" and _canonical(raw_unit) in PEOPLE_BY_ROLE)
    # (people abroad by the toll's words of their language too: "Dwie osoby zginęły")
    told_of = (_of_outcome(text, start, end, outcome_end) or language not in (None, "en") and _toll_of(text, start, end, language)
               if unit == "people" else _toll_of(text, start, end, language))
    if (kind == "count" and not dotted and not match["scale"] and not match["abbr"] and value != int(value)
            and (grouped := undotted(match["num"], True)) != match["num"]):
        # a count is whole: "1.200 de persoane", "2.500 de oameni" group thousands with a dot in a
        # report whose language is not told (too short), as in the languages that write them so
        value = float(grouped)
    if kind == "count" and value <= 2 and part not in ("part", "small") and not (said_of and told_of):
        return None  # "two countries", "both sides", "two women": a relation, not a figure to compare
    if kind in ("duration", "age") and value == 0:
        return None  # a "zero-day" flaw, "zero hour": a name of a kind, no length
    if (unit in SECONDS or unit in _LENGTHS) and (half := _AND_A_HALF.match(text, end)):
        value, end = value + 0.5, half.end()  # "an hour and a half": 1.5 hours; "a mile and a half"
    of = (share_of(text, start, end) if kind in _OF_KINDS else age_of(text, start, end) if kind == "age"
          else _limit_of(text, start, end) if kind == "speed" else "")
    if unit == "%" and said_of_rate(of) and _BY.search(text, 0, start):
        unit, kind = "percentage point", "points"  # "cut rates by 0.25%": a move of a quarter-point
    return Figure(
        ref=Ref(article.id, index),
        span=(start, end),
        value=value,
        unit=unit,
        kind=kind,
        qualifier=_qualifier(match),
        text=text[start:end].strip(),
        sentence=_sentence(text, start, end),
        of=of,
        direction=move_direction(text, start, end) if kind in _OF_KINDS else 0,
        part=part if kind == "count" else "",
        # (a count of one part of what was hit, named by its place: "the third carriage, where five
        # people died", core.quantities.part_named)
        # (a part said after "including", "w tym", "dont": set apart by its words but its own noun)
        # (and the first of two parts its sentence sums to a whole it gives: "10 injured passengers
        # and one injured flight attendant, 11 in all", core.quantities.summed_part)
        apart=count_part(text, *match.span("num"), counted=(text[match.end("num") : end].split() or [""])[-1], language=language)
        if kind == "count" and part != "whole" else None,
        outcome=outcome,
    )


#: Ages given after "aged" (or its words abroad), one or a list of them ("aged 27 and 31", "aged
#: 19, 22 and 40", "âgés de 27 et 31 ans", "im Alter von 27 und 31 Jahren", "w wieku 27 i 31 lat").
_AGE_NUM = r"\d{1,3}(?![\d.,]\d)"
_AGED = re.compile(rf"(?<![\w-])(?:aged|ages|âgée?s?\s+de|im\s+alter\s+von|w\s+wieku|di\s+età|con\s+edades\s+de|met\s+leeftijden\s+van)\s+"
                   rf"(?:between\s+)?(?P<ages>{_AGE_NUM}(?:\s*,\s*{_AGE_NUM})*(?:,?\s+(?:and|et|und|i|e|y|en)\s+{_AGE_NUM})?)"
                   rf"(?:\s+(?:years?|ans|jahren|lat|anni|años|jaar)(?:\s+old)?)?", re.I)
#: How many ages a list may give, as words: an age's place in a list is said by them.
_LIST_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth")
_LIST_SIZES = ("one", "two", "three", "four", "five", "six")


def _ages_listed(article: Article, index: int, text: str) -> list[Figure]:
    """The ages paragraph *index* of *article* (*text*) gives after "aged" (:data:`_AGED`), each
    said of its place in the list ("aged 27 and 31": 27 the first of two, 31 the second): two
    outlets' lists of one group's ages, in their order, give each member's age ("aged 27 and
    31" / "aged 27 and 32": the second man's age differs; trial 46 F5). A list of more than six
    ages, or "aged between 18 and 30", is no list of people's ages."""
    found = []
    for told in _AGED.finditer(text):
        if re.search(r"\bbetween\s", told.group(), re.I):
            continue  # "aged between 18 and 30": a range of people, no one's age
        numbers = list(re.finditer(_AGE_NUM, told.group("ages")))
        if len(numbers) > len(_LIST_PLACES):
            continue
        for k, number in enumerate(numbers):
            start, end = told.start("ages") + number.start(), told.start("ages") + number.end()
            if int(number.group()) > 120:
                break
            of = f"{_LIST_PLACES[k]} of {_LIST_SIZES[len(numbers) - 1]} aged" if len(numbers) > 1 else ""
            found.append(Figure(Ref(article.id, index), (start, end), float(number.group()), "year", "age", None,
                                number.group(), _sentence(text, start, end), of=of or age_of(text, told.start(), told.end())))
    return found


def _magnitudes(article: Article, index: int, text: str) -> list[Figure]:
    """The earthquake magnitudes paragraph *index* of *article* (*text*) gives (:func:`core.numbers.magnitudes`):
    figures of kind and unit "magnitude", never a count of earthquakes ("6.1 earthquakes")."""
    return [Figure(Ref(article.id, index), (start, end), value, "magnitude", "magnitude", None,
                   text[start:end].strip(), _sentence(text, start, end)) for start, end, value in magnitudes(text)]


def _bare_move(text: str, match: re.Match[str]) -> bool:
    """Whether *match* is a number with no unit that a rate moved by: a decimal after "by" (its
    qualifier aside) in a sentence said of a rate ("trimmed rates by 0.25 to 3.25%", "cut the
    key rate by 0.5"), which a markets desk gives in percentage points."""
    unit = (match["unit"] or "").lower()
    return (not (match["pct"] or match["cur"] or match["scale"] or match["abbr"]) and (not unit or is_stopword(unit))
            and "." in match["num"] and float(match["num"]) < 10 and _BY.search(text, 0, match.start("num")) is not None
            and said_of_rate(share_of(text, match.start("num"), match.end("num"))))


def _rate_moves(article: Article, index: int, text: str) -> list[Figure]:
    """A rate's moves in words in paragraph *index* (*text*) of *article*, as figures in
    percentage points: "a quarter-point" 0.25, "half a percentage point" 0.5
    (core.quantities.RATE_MOVE)."""
    found = []
    for match in RATE_MOVE.finditer(text):
        value = rate_move(match.group())
        if value is not None:
            found.append(Figure(Ref(article.id, index), match.span(), value, "percentage point", "points", None,
                                match.group(), _sentence(text, *match.span()), of=share_of(text, *match.span()),
                                direction=move_direction(text, *match.span())))
    return found


def _pairs_to_weigh(figures: Sequence[Figure]) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, of *figures* that :func:`compare` may join: figures of one kind and
    measure in two articles, and sums of one value in two (copy that put one currency for
    another), each pair once, in no order. The others never join, and a story of thousands of
    figures (a tester's 200 paragraphs of figures: 95 s) is weighed pair by pair only where
    they may."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for k, f in enumerate(figures):
        buckets.setdefault((f.kind, f.measure), []).append(k)
    values: dict[float, list[int]] = {}
    for k, f in enumerate(figures):
        if f.kind == "money":
            values.setdefault(f.value, []).append(k)
    for members in buckets.values():
        for x, i in enumerate(members):
            article = figures[i].ref.article
            yield from ((i, j) for j in members[x + 1 :] if figures[j].ref.article != article)
    for members in values.values():  # (those of one measure are in its bucket above)
        for x, i in enumerate(members):
            a = figures[i]
            yield from ((i, j) for j in members[x + 1 :] if figures[j].ref.article != a.ref.article and figures[j].measure != a.measure)


#: A body a figure may be given by or of, as a sentence names it: "the Bank of Ostmark", "Banque de
#: Valdoria", "Valdoria's central bank", "Valdoria central bank", "Kronborg Bank", "the Ministry of
#: Finance"; the name is what tells two bodies apart (core.stories.cluster.same_name_word: "Valdorii"
#: of a Polish report is "Valdoria"). Words that say what kind of body it is name none.
_BODY_NAMED = re.compile(
    r"\b(?:Bank|Banque|Banco|Banca|Bankiem|Ministry|Ministère|Ministerio|Government|Treasury)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|von\s+|di\s+|do\s+|da\s+)?"
    r"(?P<after>[A-Z][^\W\d_]+)"
    r"|(?!(?:The|A|An|Its|Their|This|That|Die|Der|Das|Den|Dem|La|Le|Les|El|Los|Las|Il|Lo|O|Os|Na|W)\b)(?P<before>[A-Z][^\W\d_]+)(?:['’]s)?\s+(?:(?:Central|National|Reserve|Federal|central|national)\s+)?"
    r"(?:Bank|bank|government|Government|treasury|Treasury|ministry|Ministry|Zentralbank|Notenbank)\b"
)
#: Words that say what kind of body a name is, never which ("the Central Bank", "National Bank").
_BODY_KINDS = frozenset("bank banque banco banca central national reserve federal the ministry government treasury world "
                        "european foreign finance interior home defence defense justice state health trade economy "
                        "education energy transport agriculture environment labour labor".split())


def _bodies(text: str) -> list[tuple[int, str]]:
    """The bodies *text* names (:data:`_BODY_NAMED`), each with where it ends and its name."""
    found = []
    for match in _BODY_NAMED.finditer(text):
        name = match["after"] or match["before"]
        if name.lower() not in _BODY_KINDS and name.lower() not in MONTHS and name.lower() not in WEEKDAYS:
            found.append((match.end(), name))
    return found


def _one_body(names: Iterable[str]) -> str:
    """The one body *names* name (alike as :func:`core.stories.cluster.same_name_word` tells), or ""."""
    from core.stories.cluster import same_name_word

    distinct: list[str] = []
    for name in names:
        if not any(same_name_word(name, seen) for seen in distinct):
            distinct.append(name)
    return distinct[0] if len(distinct) == 1 else ""


def _owners(story: Story, figures: Sequence[Figure]) -> list[str]:
    """Whose each figure is: the body its sentence names last before it (:func:`_bodies`), else the
    one body its article's headline names (what the report is about; its outlet's own name aside),
    else "" (none told, or several): "The
    Bank of Ostmark ... close to its 2% target" is Ostmark's target, not the Bank of Valdoria's,
    in a story that holds both banks' reports."""
    from core.stories.cluster import same_name_word

    of_article: dict[str, str] = {}
    for article in story.articles:
        # (the outlet's own name is the writer's, not what it writes of: "Nordhavn Bank Research")
        own = article.outlet.split()
        of_article[article.id] = _one_body(name for _, name in _bodies(article.title)
                                           if not any(same_name_word(name, word) for word in own))
    owners = []
    starts: dict[Ref, list[int]] = {}
    for f in figures:
        text = story.text(f.ref)
        breaks = starts.setdefault(f.ref, [0, *sentence_starts(text)])
        start = breaks[bisect_left(breaks, f.span[0] + 1) - 1]  # its sentence's
        before = [name for _, name in _bodies(text[start : f.span[0]])]
        owners.append(before[-1] if before else of_article[f.ref.article])
    return owners


def _same_owner(a: str, b: str) -> bool:
    """Whether owners *a* and *b* (:func:`_owners`) can be one: either unknown, or one name."""
    from core.stories.cluster import same_name_word

    return not a or not b or same_name_word(a, b)


def compare(story: Story, *, tolerance: float = TOLERANCE) -> list[FigureGroup]:
    """Figures grouped by fact across outlets; groups carried by several outlets, disagreements first."""
    quantities = extract(story.articles)
    # dates after the quantities, out of the counts of rare words and of outcomes: they join only
    # dates (see below), and change no grouping of the quantities
    figures = quantities + extract_dates(story.articles)
    context = [frozenset(stem(w) for w in words(f.sentence)) - {"", stem(f.unit)} for f in quantities]
    df: Counter[str] = Counter()
    for stems in context:
        df.update(stems)
    rare = [frozenset(s for s in stems if df[s] <= max(2, len(quantities) // 4)) for stems in context]
    rare += [frozenset()] * (len(figures) - len(quantities))
    # the names in each figure's sentence (capitalised words after its first): who or where it is said of
    named = [_names(f.sentence) for f in figures]
    # what stands after the number ("firefighters", "unanswered points", "-homer"): one thing counted
    # (one word, by its unit: "dockworkers" and "workers", "vessels" and "ships" are one thing: _canonical)
    # (a number in words of another language may be several: "yirmi üç mürettebat", "vinte e três tripulantes")
    languages = {a.id: _language(a) for a in story.articles}
    shape = [_after_number(_unqualified(f).lstrip(), languages[f.ref.article]) for f in figures]
    # (or, in another language, by the English noun it was read as: "operaties" and "operations";
    # a body's members by the body, as the figure counts them: "crew members" and "crew")
    shape = [f.unit if re.fullmatch(r"\s*[^\W\d_]+", s) and _noun_abroad(s.strip(), None) == f.unit
             or f.unit in _BODIES and s.strip() in (f"{f.unit} member", f"{f.unit} members")
             else _canonical(s) if re.fullmatch(r"\s*[a-z]+", s) else s for s, f in zip(shape, figures)]
    linked = {frozenset((link.a, link.b)) for link in story.links}
    tokens: dict[Ref, tuple[list[str], list[int]]] = {}  # each paragraph's words, read once
    near = [_near(story.text(f.ref), tokens.setdefault(f.ref, words_and_offsets(story.text(f.ref))), f) for f in figures]
    # what happened to what a count counts, told in another language ("7 personnes ont été
    # hospitalisées", "7 Verletzte"): the same outcome as the English words tell, one row with them
    near = [n | _outcomes_abroad(story.text(f.ref), f, languages[f.ref.article]) if f.kind == "count" and languages[f.ref.article] in OUTCOMES_ABROAD
            else n for f, n in zip(figures, near)]
    # "no casualties" is said of the dead in one figure and of the injured in another
    near = [frozenset({_OUTCOME_STEMS[f.outcome]}) if f.outcome else n for f, n in zip(figures, near)]
    # a count whose own words name what happened to those it counts ("the 12 injured were taken
    # to Kelvar General Hospital") counts them by it: its predicate tells what befell them after,
    # no second outcome that would keep it out of the row of "12 people were injured"
    near = [_own_outcome(f, n, languages[f.ref.article]) for f, n in zip(figures, near)]
    # an earlier value of a count ("up from 47 on Tuesday") is said of what its count is said of
    index_of = {(f.ref, f.span): k for k, f in enumerate(figures)}
    near = [near[index_of[(f.ref, f.earlier_of)]] if f.earlier_of and (f.ref, f.earlier_of) in index_of else n for f, n in zip(figures, near)]
    figures = _people_by_role(figures, near, {a for a, language in languages.items() if language not in (None, "en")})
    # "Nobody was injured" counts none of each who another outlet counts injured: a nought of
    # that outcome in each of their units too ("12 officers", "more than 60 protesters"; trial 50 F3)
    extra = _noughts_of_each(figures, near)
    figures = figures + [replace(figures[k], unit=unit) for k, unit in extra]
    rare += [rare[k] for k, _ in extra]
    named += [named[k] for k, _ in extra]
    shape += [shape[k] for k, _ in extra]
    near += [near[k] for k, _ in extra]
    # a count a live page's later update superseded is an earlier count of its quantity, shown
    # beside the later ones, never against them (its page's later count is the page's own)
    updates = {article.id: _live_updates(article) for article in story.articles}
    # (and a report's counts above an update added below its body, of what the update counts
    # again: "Two miners have died" above "Update, 18:05: ... the death toll to three"; its other
    # figures, "640 metres", are the report's own, no earlier count)
    below = {article.id: _updated_below(article) for article in story.articles if not updates[article.id]}
    again = {(f.ref.article, f.unit) for f in figures if f.ref.article in below and below[f.ref.article]
             and f.ref.paragraph not in below[f.ref.article] and f.kind != "date"}
    for article_id, stamped in below.items():
        updates[article_id] = stamped
    figures = [replace(f, stage=f"{_UPDATE_STAGE} {at}") if f.kind != "date" and (at := updates[f.ref.article].get(f.ref.paragraph))
               and (f.ref.article not in below or (f.ref.article, f.unit) in again) else f
               for f in figures]
    # figures of one unit in one paragraph, and of one kind and measure: "two years" is the only
    # time of its paragraph, to meet "24 months", only where no "six months" stands beside it
    # (a part of a whole is counted apart: "two of them seriously" leaves "Twelve workers" its paragraph's one count of workers)
    alike = Counter((f.ref, "", f.counted) for f in figures) + Counter((f.ref, f.kind, f.measure) for f in figures if f.measure != f.unit)
    # each paragraph's speeds, the train's apart from the limits (_limit_of)
    limited = Counter((f.ref, f.of) for f in figures if f.kind == "speed")
    # the sizes each article gives of speeds reached and of limits, whatever their units
    speeds: dict[tuple[str, str], set[float]] = {}
    for f in figures:
        if f.kind == "speed":
            speeds.setdefault((f.ref.article, f.of), set()).add(round(f.size, 1))
    # each paragraph's figures of each unit, by index (parts apart)
    by_place: dict[tuple[Ref, str], list[int]] = {}
    for k, f in enumerate(figures):
        by_place.setdefault((f.ref, f.counted), []).append(k)
    # each date's place among its sentence's dates of its unit, and their number ("broke out at
    # 8.49pm and was under control shortly after midnight": the first of two clock times)
    places = _places(figures)
    # the same, a whole its part counts ("of the 110-car train") left out: the part is its paragraph's one count of the thing
    parts_alike = Counter((f.ref, f.unit) for f in figures if f.part != "whole")
    given: dict[tuple[str, str], set[float]] = {}  # the values each article gives of each unit (parts apart)
    for f in figures:
        given.setdefault((f.ref.article, f.counted), set()).add(f.value)
    # what each count's clause says (core.quantities.clause_of), where any count is a part of a
    # whole: a part is one quantity only with a part set apart alike, or a count whose clause says
    # what sets it apart (core.quantities.one_quantity), never with its whole; read only then
    parted_any = any(f.apart is not None for f in figures)
    # (with the count's own words after its number: "61 laboratory-confirmed cases" says confirmed)
    clauses = [clause_of(story.text(f.ref), f.span[0], f.span[0]) if parted_any and f.kind == "count" else frozenset() for f in figures]
    # by group root: its counts' parts and clauses, where it holds a part (a chain of pairs never
    # joins a part to its whole)
    held: dict[int, list[tuple[frozenset[str] | None, frozenset[str]]]] = {
        k: [(f.apart, clauses[k])] for k, f in enumerate(figures) if f.kind == "count" and parted_any}
    groups = Groups(len(figures))
    # by group root: its least and greatest size, nought aside ("no one was hurt" sets no scale
    # against which "12 people" and "about 1,000 people" would be one figure)
    # (a count in words that names no one value, "hundreds of people", by the middle of those it
    # allows: "hundreds" and "12 people" are not one figure, nor "thousands" and "hundreds")
    ranges = {k: (f.size or math.inf, f.size) for k, f in enumerate(figures)}
    # by group root: the plain values each article gives (qualified ones, "nearly six hours", may sit
    # beside another value of the same article: "some reported 5.5 hours")
    # (by article: the sizes it gives)
    carriers: dict[int, dict[str, set[float]]] = {
        k: {f.ref.article + (f.stage if f.stage.startswith(_UPDATE_STAGE) else ""): {f.size}} if not (f.qualifier or f.vague) else {}
        for k, f in enumerate(figures)}  # (a live page's update by its time: its 13:30 count is no second value of its last)
    # by group root: what happened to what its figures count (the dead, the missing): a figure said
    # of neither ("searching for more than a dozen people") never joins the dead to the missing
    # what a thing may hold ("licensed to carry 250 people") counts as its own fate
    # (a speed "permitted" is a limit, Figure.of, no capacity)
    fate = [frozenset(OUTCOMES[s] for s in near[k] if s in OUTCOMES) | ({"capacity"} if near[k] & CAPACITY and figures[k].kind != "speed" else set())
            if figures[k].kind != "date" else frozenset() for k in range(len(figures))]  # each figure's own
    fates = dict(enumerate(fate))
    # by group root: the sides of tallies its figures are on (Figure.side)
    sides = {k: {f.side} - {0} for k, f in enumerate(figures)}
    # by group root: what its shares are of, where their sentences say (Figure.of)
    ofs = {k: {f.of} if f.of else set() for k, f in enumerate(figures)}
    # the values each article gives of the quantity each share names ("Q3 profit EUR 1.2 bln, up
    # 12%": the 12% of profit), shares of what their paragraph's words do not say beside it too
    # ("profit rose 12% in the quarter and 8% in the year"); a share said of nothing named has none
    of_values: list[set[float]] = [
        {g.size for g in figures if g.ref.article == f.ref.article and g.kind == f.kind
         and (names_one_quantity(f.of, g.of, broader=True) or g.ref == f.ref and not g.of)}
        if f.kind in _OF_KINDS and f.of else set() for f in figures]
    # the values each article gives of a count held by one name, where its sentence lists holders (Figure.holder)
    holder_values = [{g.size for g in figures if g.ref.article == f.ref.article and g.unit == f.unit and g.holder
                      and _same_holder(g.holder, f.holder)} if f.holder else set() for f in figures]
    # the values each article gives of each count said of one thing (_count_of: "majority", "assembly")
    count_ofs: dict[tuple[str, str, str], set[float]] = {}
    for f in figures:
        if f.kind == "count" and f.of:
            count_ofs.setdefault((f.ref.article, f.unit, f.of), set()).add(f.size)
    # the values each article gives of each place of a list of ages (_ages_listed: "the second of two aged")
    listed_ages: dict[tuple[str, str], set[float]] = {}
    for f in figures:
        if f.kind == "age" and f.of.endswith(" aged"):
            listed_ages.setdefault((f.ref.article, f.of), set()).add(f.size)
    # by group root: the holders of its counts
    holders = {k: {f.holder} - {""} for k, f in enumerate(figures)}
    # whose each figure is, where a body is named (_owners); by group root, its figures' owners: two
    # bodies' figures (two central banks' inflation targets) share no row, through a figure of neither too
    owner = _owners(story, figures)
    owned = {k: {owner[k]} - {""} for k in range(len(figures))}
    # by group root: whose bids its figures are (Figure.bid)
    bids = {k: {f.bid} - {""} for k, f in enumerate(figures)}
    # by group root: whether its speeds are limits or speeds reached (Figure.of of a speed: "limit" or "")
    limits = {k: {f.of} if f.kind == "speed" else set() for k, f in enumerate(figures)}
    # what each span of time is of, as the words around it say (core.quantities.span_of: "nine
    # days before deploying ransomware", "ten days after a ransomware attack"): two spans in days
    # are one quantity only where they stand alike to one event
    spans = [span_of(story.text(f.ref), *f.span) if f.kind == "duration" else ("", frozenset()) for f in figures]
    # and, for a span told as what lasted, what lasted as the verb before it says (core.quantities.lasted_by:
    # "stuck on a shoal for six days" / "closed for five days": the ship aground, the port shut)
    lasted = [lasted_by(story.text(f.ref), f.span[0]) if f.kind == "duration" and not spans[k][0] else "" for k, f in enumerate(figures)]
    lastings = {k: {lasted[k]} - {""} for k in range(len(figures))}  # by group root
    # how sure each count is, as its own words, what sets it apart and the words around it say
    # (core.quantities.certainty: "suspected cases", "61 of them confirmed"); by group root, the
    # certainties of its counts: suspected cases join no row of confirmed ones
    sure = [certainty([*re.split(r"\s+", f.text), *(f.apart or ()), *near[k]]) if f.kind == "count" else "" for k, f in enumerate(figures)]
    sureness = {k: {sure[k]} - {""} for k in range(len(figures))}
    # where each figure stands in a job being done (core.quantities.standing: "so far pumped 640
    # tonnes" done, "900 tonnes of remaining fuel" left); by group root, its figures' standings:
    # what was done joins no row of what remains, through a figure that says neither either
    stood = [standing(story.text(f.ref), *f.span) if f.kind != "date" else "" for f in figures]
    standings = {k: {stood[k]} - {""} for k in range(len(figures))}
    # the verbs a paragraph contrasts as things done to what its counts count ("received four
    # complaints and rejected three of them": core.quantities.contrasted_actions); only those set
    # counts apart, not one outlet's "cut 300 jobs" against another's "shed 250 jobs"
    done: dict[Ref, set[str]] = {}
    for f in figures:
        if f.action:
            done.setdefault(f.ref, set()).add(stem(f.action))
    contrasted = frozenset(verb for verbs in done.values() if len(verbs) > 1 for verb in verbs)
    # the values each article gives of each outcome's count (parts apart; a count an update of its
    # page superseded apart from the page's latest: "Two miners have died" above "Update, 18:05:
    # ... bringing the death toll to three" leaves the report one count of the dead, three)
    told: dict[tuple[str, frozenset[str], bool], set[float]] = {}
    for k, f in enumerate(figures):
        if fate[k]:
            told.setdefault((f.ref.article, fate[k], f.apart is None), set()).update(() if _superseded(f) else (f.size,))
    # when each figure is given for (core.quantities.when_of: "on Tuesday", "by 1200 GMT", "closed
    # at", "as much as"): a price at midday on the next day is no second value of the day's close,
    # nor a fall of "as much as 34 percent" during the day one of the fall at its close
    # A count whose words name no day is given for the day its report was published, and one they
    # give a weekday for ("on Tuesday") for that weekday of its report's week: a toll of nine on 27
    # November and one of eleven on the 29th are two days' counts, no outlets' disagreement, and so
    # are 23 ships waiting at anchor "on Tuesday" and 42 "on Tuesday" a week later (trial 43 F1).
    # (What an event was, a meeting's "nearly six hours", is the same whenever it is told, as is
    # what a thing may hold, "licensed to carry 250 people", and the seats a majority needs.)
    # An estimate of a measure is of the day it was made: "about 180 tonnes" of fuel escaped on the
    # day of a grounding and "210 tonnes" days later are a revision, no disagreement, whether the
    # early one is a live page's earlier update or a report (trial 48 F5). Where any figure of a
    # measure is an estimate, every figure of it is of its report's day, as a count is: two
    # days' values meet only where they agree ("about 180" / "about 190" on one day, "210" on two).
    estimated = {(f.kind, f.measure) for f in figures if f.kind in _MEASURES and _estimated(story.text(f.ref), f)}
    # the counts of those who took part in an event (core.quantities.took_part: "the crowd numbered
    # 10,000", "15,000 people had joined it"): one quantity however worded, the event's whenever told
    took = [f.kind == "count" and took_part(story.text(f.ref), *f.span) for f in figures]
    when: list[When] = []
    for k, f in enumerate(figures):
        said = When() if f.kind == "date" else when_of(story.text(f.ref), *f.span, moves=f.kind in ("money", "share", "points"),
                                                       language=_language(story.article(f.ref.article)))
        # (a bid too: the employers' offer of 3% one week and of 4.5% the next are two offers)
        # (and an average, a duration's too: the average wait of 96 hours, then of 110 hours days
        # later, is a value of each day, core.quantities.averaged, as a count is; trial 43 F3)
        # (and a time since an event, which grows with the day it is told: "five days after the ship
        # grounded" in one report and "Eight days after" in one three days later reach two days,
        # no outlets' disagreement; trial 48 F2)
        # (and an estimate of a measure, what was known that day, and where any is, every figure
        # of its measure: see below)
        dated = (fate[k] - {"capacity"} or f.kind == "count" and not f.of and "capacity" not in fate[k] and not took[k] or bool(f.bid)
                 or f.kind in ("count", "duration") and averaged(story.text(f.ref), *f.span) or _elapsed(spans[k])
                 or (f.kind, f.measure) in estimated)
        if took[k]:
            said = When(days=said.days)  # a crowd "at its peak" is the crowd counted, no day's high of a price
        if f.bid:
            said = When(point=said.point)  # a bid is of the day its report tells it ("offered on Tuesday" is the news of that week)
        elif fate[k] & _TOLLS and said.days and not any(kind == "year" for kind, _ in said.days) and not _COUNTED_AS_OF.search(f.sentence):
            # (but for a day its words give the count itself: "12 were missing as of Tuesday", "Stand Dienstag")
            # a toll is counted the day its report tells it: the day its words name is the disaster's
            # ("Nine passengers are dead ... on Monday" in Wednesday's report is Wednesday's count,
            # no second value of Monday's "seven people were killed")
            said = When(point=said.point)
        when.append(_published_day(said, story.article(f.ref.article)) if f.kind != "date" and dated else said)
        if _elapsed(spans[k]) and not any(kind == "on" for kind, _ in when[-1].days) and (published := story.article(f.ref.article).published or "")[:10]:
            # a time since an event reaches a day: the one its words name ("on Wednesday, five days
            # after the ship grounded") or its report's; two reports' days are two days of it
            when[-1] = When(when[-1].days | {("on", published[:10])}, when[-1].point)
        if f.stage.startswith(_UPDATE_STAGE):
            # a live page's superseded update is of its time too ("update", "13:30"): two of its
            # updates' counts are two moments' (08:40's 20 injured, 13:30's 31)
            when[-1] = When(when[-1].days | {("update", f.stage.rpartition(" ")[2])}, when[-1].point)
    # A figure whose words name a year ("in 2022 turnout was 54.6%", "the 2022 election") is of that
    # year; where any does, one that names none is of the year its report was published: the
    # turnout of 2022 is no value of this year's.
    # (a year said by its distance from the report's, "a year ago", is the year it names)
    when = [w if f.kind == "date" else in_report_year(w, story.article(f.ref.article).published) for f, w in zip(figures, when)]
    named_year = [next((value for kind, value in w.days if kind == "year"), "") for w in when]  # as the words say
    if any(names_year(w) for w in when):
        when = [w if f.kind == "date" else in_report_year(w, story.article(f.ref.article).published, unnamed=True)
                for f, w in zip(figures, when)]
    # the values each article gives of each unit at each point of a day ("closed at 412 pence")
    at_point: dict[tuple[str, str, str], set[float]] = {}
    for k, f in enumerate(figures):
        if when[k].point:
            at_point.setdefault((f.ref.article, f.unit, when[k].point), set()).add(f.size)
    # what each sum is of, in any language's words (core.quantities.sum_of: "a one-off charge",
    # "eine einmalige Belastung"), and the values each article gives of each such sum in each unit
    sums = [sum_of(story.text(f.ref), *f.span) if f.kind == "money" else "" for f in figures]
    named_sums: dict[tuple[str, str, str], set[float]] = {}
    for k, f in enumerate(figures):
        if sums[k]:
            named_sums.setdefault((f.ref.article, f.unit, sums[k]), set()).add(f.size)
    # by group root: the points of the day its figures are given for, and the sizes given for each day
    timed = {k: _times(when[k], allows(f, tolerance)) for k, f in enumerate(figures)}
    # what happened on each day of a month a report gives, as its clause tells it, in any
    # language ("died on 14 November", "est morte le 13 novembre": dead), and how many days of
    # each outcome each article gives: the one day of one outcome in each of two reports is one
    # date ("13 novembre" / "14 November", the day she died), whatever their sentences' words
    day_of = [_date_outcome(story.text(f.ref), f, languages[f.ref.article]) if f.unit == "date" else "" for f in figures]
    days_of = Counter((f.ref.article, day_of[k]) for k, f in enumerate(figures) if day_of[k])
    # the days each article gives of each event (_event_day: "closed on 22 November")
    event_days: dict[tuple[str, str], set[float]] = {}
    for f in figures:
        if f.kind == "date" and f.unit == "day":
            event_days.setdefault((f.ref.article, f.of), set()).add(f.value)
    # the pairs of figures that may be one figure: whether their values differ, their indices,
    # whether they are dates, whether they stand in linked copy each the only one of its unit
    candidates: list[tuple[bool, bool, int, int, bool, bool]] = []
    repeats: set[tuple[int, int]] = set()  # the pairs one outlet prints in the same words
    for i, j in _pairs_to_weigh(figures):
        a, b = figures[i], figures[j]
        pair = frozenset((a.ref, b.ref)) in linked
        dated = "date" in (a.kind, b.kind)
        if dated and not (_one_date(a, b, alike, (places[i], places[j]))
                          or a.unit == b.unit == "date" and _one_day_of(a, b, (day_of[i], day_of[j]), days_of)
                          or a.kind == b.kind == "date" and a.unit == b.unit == "day" and bool(named[i] & named[j]) and _one_event_day(a, b, event_days)):
            continue
        # copy that put one currency for another ("200 million euros" / "200 million dollars")
        # gives one sum, changed
        swapped = (a.kind == b.kind == "money" and a.unit != b.unit and a.value == b.value and pair
                   and a.ref.article != b.ref.article and _edited(a, b))
        if (a.measure != b.measure and not swapped) or a.kind != b.kind or a.ref.article == b.ref.article:
            continue
        # Paragraphs that report one fact (linked, or sentences sharing rare words) give one
        # figure for one thing: one said of the same thing, or the only one of its unit on
        # each side; never two said of different outcomes ("six people were killed" against
        # "Twenty-three people were injured").
        outcomes = {OUTCOMES[s] for s in near[i] if s in OUTCOMES}, {OUTCOMES[s] for s in near[j] if s in OUTCOMES}
        if all(outcomes) and outcomes[0] != outcomes[1]:
            continue  # the dead are not the injured, nor the injured those in hospital
        if a.side and b.side and a.side != b.side:
            continue  # "78 votes to 61": the 61 is no count of the 78's side
        if a.kind in ("count", "speed") and a.of != b.of:
            continue  # the seats a majority needs are no party's seats, nor the assembly's size (_count_of)
        if actions_apart(a.action, b.action, contrasted):
            continue  # complaints received are not complaints rejected, nor those upheld
        if not _same_holder(a.holder, b.holder):
            continue  # the People's Party's seats are no seats of the Civic Alliance
        if not _same_owner(owner[i], owner[j]):
            continue  # the Bank of Ostmark's 2% target is no value of the Bank of Valdoria's
        if a.kind == b.kind == "duration" and spans_apart(spans[i], spans[j]):
            continue  # the attackers' nine days before the attack are no value of the outage's ten days after it
        if lasted[i] and lasted[j] and lasted[i] != lasted[j] and not pair:
            # the days a ship was stuck are no value of the days a port was closed; linked
            # paragraphs tell one fact, in their own verbs ("jailed for" / "sentenced to" three years)
            continue
        if a.bid and b.bid and a.bid != b.bid:
            continue  # the employers' offer is no value of the union's demand, nor the first offer of the second
        if sure[i] and sure[j] and sure[i] != sure[j]:
            continue  # suspected cases are no count of confirmed ones
        if stood[i] and stood[j] and stood[i] != stood[j]:
            continue  # the fuel pumped so far is no value of the fuel that remains
        if a.kind == "count" and not one_quantity(a.apart, clauses[i], b.apart, clauses[j]):
            continue  # "two of them seriously" is no count of all the injured, nor of those in intensive care
        # (what a share is of, in two languages' words, says nothing: see abroad below)
        if not same_quantity(a.of, b.of) and not (a.value == b.value and story.apart(a.ref.article, b.ref.article)):
            # a share of revenue is no share of fee income, whatever verb says it, nor the
            # age of "66-year-old LuAnn Johnson" that of "Raj Chohan, a 59-year-old grandmother"
            continue
        if (a.kind == "age" and a.unit == b.unit and abs(a.value - b.value) > AGE_SLACK and not (a.of and a.of == b.of)
                and not (pair and _edited(a, b))):
            # two people's ages ("54-year-old Alan Marsh" / "a 31-year-old steward"), not one disagreement:
            # unless both name the person or one is the other's copy edited
            continue
        # a part of a whole is compared with a count of the same thing however small ("two of its
        # four crude units" / "two crude units"); the whole only with a whole or a plain count
        parted = "part" in (a.part, b.part) and a.unit == b.unit and "whole" not in (a.part, b.part)
        # A report whose one word on an outcome is that none had it ("Nobody was injured, a police
        # spokesman said") denies another's count of it that day ("Twelve officers were injured"),
        # linked or not: its nought is of this event, the only one it reports (trial 50 F1, F3).
        denied = (a.kind == "count" and len(fate[i]) == 1 and fate[i] == fate[j] and a.apart is None and b.apart is None
                  and any(x.value == 0 and told[(x.ref.article, fate[k], True)] == {0.0} for x, k in ((a, i), (b, j))))
        if a.kind == "count" and min(a.value, b.value) <= 2 and not parted and not denied and not (fate[i] and fate[i] == fate[j] and (pair or min(a.value, b.value) > 0 or a.value == b.value)):
            # "two people were killed" joins counts of the dead alone; "no one was hurt", often
            # said in passing of another incident, only the count of the injured it is linked to
            # (or another "no one was hurt")
            continue
        if a.kind != "speed" and bool(near[i] & CAPACITY) != bool(near[j] & CAPACITY):
            continue  # what a ferry may carry is not how many it carried
        # One outlet that prints a figure in the same words in two of its reports ("about 2.9
        # million customers" in its report, "about 2.9 million customers lost power at the peak"
        # in its follow-up) makes one claim twice, of one time, whatever time one of them says:
        # the rows each joins are one (the row then marks any of their values not consistent with
        # the value most give: no chain of merely overlapping estimates is joined so)
        repeated = (a.unit == b.unit and a.value == b.value and a.kind != "date" and a.text.lower() == b.text.lower()
                    and story.article(a.ref.article).outlet == story.article(b.ref.article).outlet)
        if repeated:
            repeats.add((i, j))
        elif _two_times((when[i], a.size), (when[j], b.size), consistent=agrees(a, b, tolerance)) and not (pair and _edited(a, b) and not published_apart(when[i], when[j])):
            # Tuesday's close and Wednesday's midday price; the day's low and its close; two days'
            # tolls, though a wire's update of its own copy words the later one alike
            continue
        # Prices, sums and shares abound in business copy: one of each in two paragraphs is no
        # sign they are one figure (a closing price and an offer price); they must be said of
        # the same thing.
        kin = ((a.ref, "", a.counted), (b.ref, "", b.counted)) if a.unit == b.unit else (
            (a.ref, a.kind, a.measure), (b.ref, b.kind, b.measure))
        only = alike[kin[0]] == alike[kin[1]] == 1
        # linked copy, edited, each giving the one part of a whole of its unit ("Thirty-two cars of
        # the 110-car train" / "Twenty-three cars of the 110-car train"): one figure, changed
        part_copied = (pair and parted and parts_alike[(a.ref, a.unit)] == parts_alike[(b.ref, b.unit)] == 1
                       and _edited(a, b))
        alone = only and a.kind not in ("money", "share", "points")
        # Said of one outcome in other words ("15 people were killed" / "Nine people are
        # confirmed dead" / "Eleven people have died"): said alike.
        said_alike = bool(near[i] & near[j]) or alone or bool(outcomes[0] & outcomes[1])
        # Two outlets that each give one count of a thing all through their reports ("120
        # firefighters" in one, "Some 150 firefighters" twice in another) give one figure, said
        # in whatever words; not of people at large, who are counted for many things.
        one_each = (a.kind == "count" and a.unit != "people" and bool(named[i] & named[j])
                    and shape[i] == shape[j] and not {a.qualifier, b.qualifier} & BOUNDS
                    and len(given[(a.ref.article, a.counted)]) == len(given[(b.ref.article, b.counted)]) == 1)
        # Two outlets that each give one part of a whole of a thing all through their reports, set
        # apart alike ("two of them seriously" / "Three of the injured workers were in a serious
        # condition"), give one figure, however few words their sentences share.
        one_part_each = (a.apart is not None and b.apart is not None and a.unit == b.unit
                         and len(given[(a.ref.article, a.counted)]) == len(given[(b.ref.article, b.counted)]) == 1)
        # Two outlets that each give one count of an outcome all through their reports ("12
        # people were still missing" in one, "14 people remained unaccounted for" in another)
        # give one figure, however few words their paragraphs share.
        one_fate_each = (a.kind == "count" and len(fate[i]) == 1 and fate[i] == fate[j]
                         and len(told[(a.ref.article, fate[i], a.apart is None)]) == len(told[(b.ref.article, fate[j], b.apart is None)]) == 1
                         and not _superseded(a) and not _superseded(b))
        # Two outlets that each give one value of a measure all through their reports, the
        # same value ("scorched some 3,400 hectares" / "burned about 3,400 hectares of pine
        # forest"), give one figure: a measure is said of few things in one story.
        # Two outlets that each give one count of a thing held by one name ("People's Party 19" /
        # "the People's Party 20", each in a list of the parties' seats) give one figure.
        one_held_each = (a.kind == "count" and a.unit == b.unit and bool(a.holder) and bool(b.holder)
                         and len(holder_values[i]) == len(holder_values[j]) == 1)
        # ... and each one count of a unit said of one thing (_count_of: "the 26 seats needed for a
        # majority" / "a majority of 26 seats") give one figure
        one_of_each = (a.kind == "count" and a.unit == b.unit and bool(a.of) and a.of == b.of
                       and len(count_ofs[(a.ref.article, a.unit, a.of)]) == len(count_ofs[(b.ref.article, b.unit, b.of)]) == 1)
        # ... and each one list of ages, the same age at one place of it ("aged 27 and 31" / "aged
        # 27 and 32": the second of two), give each member's age (_ages_listed)
        one_place_each = (a.kind == b.kind == "age" and a.of == b.of and a.of.endswith(" aged")
                          and len(listed_ages[(a.ref.article, a.of)]) == len(listed_ages[(b.ref.article, b.of)]) == 1)
        # ... and so do two outlets that give the same few values of one measure, each the same
        # ("35 ppm" measured and a limit of "25 ppm" in two languages): each value with its equal
        one_measure_each = (a.kind in _MEASURES and a.unit == b.unit and a.value == b.value
                            and given[(a.ref.article, a.counted)] == given[(b.ref.article, b.counted)]
                            and len(given[(a.ref.article, a.counted)]) <= _SAME_MEASURES)
        # ... and each one speed reached, or one limit, in whatever unit ("92 km/h in a 60 km/h
        # curve" / "57mph on a curve with a limit of 37mph"): one figure each, converted or not
        one_speed_each = (a.kind == b.kind == "speed" and a.of == b.of
                          and len(speeds[(a.ref.article, a.of)]) == len(speeds[(b.ref.article, b.of)]) == 1)
        # A measure in one unit and the only one of its measure in another outlet's paragraph in
        # another unit, the same size within their rounding, is one figure converted ("within
        # one mile" / "within 1.6 kilometres"): no chance makes two sizes meet across units.
        # (a speed beside a limit of speed in its paragraph is still its only speed: "92 km/h in a 60 km/h curve")
        converted = (only or a.kind == "speed" and limited[(a.ref, a.of)] == limited[(b.ref, b.of)] == 1) and _converted(a, b)
        # Two outlets that each give one value of a share all through their reports, their
        # sentences naming what it is of ("Halvard Q3 profit EUR 1.2 bln, up 12%" in a flash,
        # "its third-quarter profit rose 12%" in a report), give one figure: a terse line shares
        # no other words with the report, but its name of the quantity says which (a rate
        # named in fewer words is the same rate: "rates", "the key rate", "its main refinancing rate").
        one_named_each = (len(of_values[i]) == len(of_values[j]) == 1 and a.measure == b.measure
                          and names_one_quantity(a.of, b.of, broader=a.kind == "points" or said_of_rate(a.of) and said_of_rate(b.of)))
        # Two outlets that each give one value of a unit at one point of the day all through their
        # reports ("The shares closed at 412 pence" / "closed down 31.4% at 409.5p" / "ended the day
        # down 32.6 percent at 402p") give one figure: the day's close of the one share they report.
        one_point_each = (a.unit == b.unit and a.kind in ("money", "share") and when[i].point == when[j].point in ("close", "open", "extreme")
                          and len(at_point[(a.ref.article, a.unit, when[i].point)]) == len(at_point[(b.ref.article, b.unit, when[j].point)]) == 1)
        # Linked paragraphs (one fact) that give one value of a unit, or each the only figure of
        # the unit and within the tolerance of each other ("410,000 euros" / "400,000 euros"
        # stolen, whatever verb says it), give one figure.
        if a.unit != b.unit and not pair and a.kind not in ("points", "distance", "speed") and a.unit not in _MEASURED:
            # a time in other units ("two years" / "24 months") only where the paragraphs are
            # linked; a rate's move in basis points is one in percentage points exactly, a
            # hundredth ("cut by a quarter-point" / "lowered by 25 basis points"), however reworded,
            # and a distance in miles one in kilometres ("within one mile" / "within 1.6 kilometres")
            continue
        # (each the only figure of its unit in its paragraph that could be the other's: "about
        # 12,000 people receiving a dose" / "12,400 people had been vaccinated" beside "the
        # 310,000 people living in the three districts", which no value within SPREAD is)
        close = a.size == b.size or (
            (alike[kin[0]] == alike[kin[1]] == 1 or a.unit == b.unit and _only_near(figures, by_place, i, b.size) and _only_near(figures, by_place, j, a.size))
            and min(a.size, b.size) > 0 and max(a.size, b.size) <= (1 + tolerance) * min(a.size, b.size)
        )
        # One sentence edited in linked copy that gives several figures of a unit gives each at its
        # place among them ("down from £150m-£160m" / "down from £150m-£165m": the top of the
        # range changed), whatever words stand beside it, as it gives dates (_one_date).
        placed = (pair and a.unit == b.unit and places[i] == places[j] and places[i][1] >= 2 and not {a.part, b.part} & {"part", "whole"}
                  and _edited(a, b))
        # Reports in two languages share no words to say which figure is which: a sum, a share or a
        # count of one value, in one unit, is one figure given in both ("um 31 Prozent" / "fell 31%", "385
        # Millionen Pfund" / "£385m").
        # (a count of one thing too: "12.400 personas" / "12,400 people had been vaccinated"; and a
        # span of time, now that its words abroad are read: "seis días" / "six days" stuck on a shoal)
        # (a measure in its units of one dimension too: "4200 MW" / "4.2 GW", "4,2 gigawatt")
        abroad = ((a.unit == b.unit and a.value == b.value and a.kind in ("money", "share", "count", "duration")
                   or a.unit in _MEASURED and a.kind in _MEASURES and math.isclose(a.size, b.size, rel_tol=1e-9))
                  and story.apart(a.ref.article, b.ref.article))
        # ... and a sum of one thing in one currency, the one sum of it each report gives ("eine
        # einmalige Belastung von rund 25 Millionen Pfund" / "a one-off charge of about 22 million
        # pounds": core.quantities.SUM_NAMES), is one figure given in both, whatever its value
        named_abroad = (a.unit == b.unit and bool(sums[i]) and sums[i] == sums[j] and story.apart(a.ref.article, b.ref.article)
                        and len(named_sums[(a.ref.article, a.unit, sums[i])]) == len(named_sums[(b.ref.article, b.unit, sums[j])]) == 1)
        # Two outlets' counts of those who took part in the event are one quantity however they word
        # it ("put the turnout at 15,000" / "the crowd numbered 10,000"); a police count and the
        # organisers' stay two rows where they are more than SPREAD apart (trial 50 F2)
        took_each = took[i] and took[j]
        if took_each or repeated or denied or dated or swapped or converted or placed or abroad or named_abroad or one_point_each or one_each or one_held_each or one_of_each or one_place_each or one_part_each or one_fate_each or one_measure_each or one_speed_each or one_named_each or said_alike and (pair or len(rare[i] & rare[j]) >= 2) or pair and close or part_copied:
            candidates.append((days_apart(when[i], when[j]), a.size != b.size, i, j, dated, pair and only and a.unit == b.unit or part_copied))
    # Pairs of one value join first: a figure said of no one ("a 59-year-old woman") joins the row
    # of its own value ("59-year-old Raj Chohan") before that of another ("66-year-old LuAnn
    # Johnson"), which the row of its own value then keeps apart (what its figures are of).
    # (counts of one day before those of two: Tuesday's two values meet before either meets its
    # value of another day, which the row of Tuesday's then keeps apart, as two days' values)
    # (a figure one outlet repeats joins last: its rows, each formed of its own time's figures, are then one)
    for _, _, i, j, dated, copied in sorted(candidates, key=lambda c: ((c[2], c[3]) in repeats, c)):
        a, b = figures[i], figures[j]
        ri, rj = groups.root(i), groups.root(j)
        if ri == rj:
            continue
        low, high = min(ranges[ri][0], ranges[rj][0]), max(ranges[ri][1], ranges[rj][1])
        if len(sides[ri] | sides[rj]) > 1:
            continue  # the two sides of a tally join through no third count
        # (a count in another language, whose words tell no outcome in English ones, of the value
        # of an outcome's count: "se habían vacunado 12.400 personas" / "12,400 people had been vaccinated")
        foreign = a.value == b.value and story.apart(a.ref.article, b.ref.article) and not (fate[i] and fate[j])
        if fates[ri] != fates[rj] and (fates[ri] and fates[rj] or a.kind == "count") and not foreign:
            # the dead are not the missing; and a count its own clause tells no outcome of is a
            # count of its own, never another count's outcome ("Fourteen people have fallen ill"
            # joins no row of the dead, whatever else its paragraph says)
            continue
        if not all(same_quantity(x, y) for x in ofs[ri] for y in ofs[rj]) and not (a.value == b.value and story.apart(a.ref.article, b.ref.article)):
            continue  # a share of net profit joins no share of revenue through a share of nothing said
        if not all(_same_holder(x, y) for x in holders[ri] for y in holders[rj]):
            continue  # one party's seats join no other party's through a count of no one's
        if not all(_same_owner(x, y) for x in owned[ri] for y in owned[rj]):
            continue  # one body's figures join no other body's through a figure of neither
        if len(limits[ri] | limits[rj]) > 1:
            continue  # a speed limit joins no row of a train's speed through a speed said of neither
        if len(bids[ri] | bids[rj]) > 1:
            continue  # an offer joins no demand through a figure of no one's bid
        if len(sureness[ri] | sureness[rj]) > 1:
            continue  # suspected cases join no confirmed ones through a count that says neither
        if len(standings[ri] | standings[rj]) > 1:
            continue  # what was done joins no row of what remains through a figure that says neither
        if len(lastings[ri] | lastings[rj]) > 1 and frozenset((a.ref, b.ref)) not in linked:
            continue  # the days a ship was stuck join no row of the days a port was closed
        if ri in held and rj in held and any(p is not None for p, _ in held[ri] + held[rj]) and not all(
                one_quantity(p, c, q, d) for p, c in held[ri] for q, d in held[rj]):
            continue  # a part joins its whole through no third count
        # a share price and a deal's value are not one figure given twice, nor are two
        # numbers one article gives ("a premium to its closing price of $30.31; it closed
        # at $37.46"); but linked copy whose sentence gives one figure of a unit each
        # side, in the same words, gives one figure however far it was edited ("after
        # nine hours of debate" / "after 19 hours of debate")
        spread = not dated and low > 0 and high > SPREAD * low and not (copied and _edited(a, b))
        # An article gives one value of a figure: a second value of its own is another thing ("a
        # premium to its closing price"), unless it is linked copy edited from the others' value
        # ("cut by 0.25 percentage point" in a copy whose later paragraph says "the half-point
        # reduction" with the others): then the row shows both, the changed one differing.
        # (copy edited from the others' sentence that put another day, "on Wednesday" for "on
        # Tuesday", gives their figure, changed: the dates' row shows the day it changed)
        edited = frozenset((a.ref, b.ref)) in linked and _edited(a, b) and not published_apart(when[i], when[j])
        if not edited and (i, j) not in repeats and _times_clash(timed[ri], timed[rj]):
            continue  # a row of Tuesday's values takes no Wednesday value through a figure of no day
        mine, theirs = carriers[ri], carriers[rj]
        clash = any(art in mine and not sizes <= mine[art] for art, sizes in theirs.items())
        if spread or clash and not (copied and _edited(a, b)):
            continue
        groups.join(i, j)
        ranges[groups.root(i)] = (low, high)
        carriers[groups.root(i)] = {art: mine.get(art, set()) | theirs.get(art, set()) for art in mine.keys() | theirs.keys()}
        fates[groups.root(i)] = fates[ri] | fates[rj]
        sides[groups.root(i)] = sides[ri] | sides[rj]
        ofs[groups.root(i)] = ofs[ri] | ofs[rj]
        holders[groups.root(i)] = holders[ri] | holders[rj]
        owned[groups.root(i)] = owned[ri] | owned[rj]
        bids[groups.root(i)] = bids[ri] | bids[rj]
        limits[groups.root(i)] = limits[ri] | limits[rj]
        sureness[groups.root(i)] = sureness[ri] | sureness[rj]
        standings[groups.root(i)] = standings[ri] | standings[rj]
        lastings[groups.root(i)] = lastings[ri] | lastings[rj]
        timed[groups.root(i)] = _times_merged(timed[ri], timed[rj])
        if ri in held and rj in held:
            held[groups.root(i)] = held[ri] + held[rj]
    result = []
    for members in _days_joined(figures, _updates_joined(figures, groups.members().values(), fates, groups.root),
                                when, fates, groups.root, tolerance):
        group = _once_a_paragraph(figures[n] for n in members)
        outlets = {story.article(f.ref.article).outlet for f in group}
        # (but a date one outlet's copy edited between two of its reports, a wire's re-issue that
        # put "Sunday evening" for "Monday evening" under the wire's own name: the README's
        # copy-edited dates, shown as they differ; trial 53 F5)
        edited_date = group[0].kind == "date" and len({f.ref.article for f in group}) > 1 and len({f.value for f in group}) > 1
        if len(outlets) < 2 and not edited_date:
            continue
        judged = _judged(group, [story.article(f.ref.article).outlet for f in group], tolerance, _copied_from(story, group))
        group_fates = sorted(fates[groups.root(members[0])] - {"capacity"})
        judged = replace(judged, fate=group_fates[0]) if len(group_fates) == 1 else judged
        if len(years := {named_year[n] for n in members}) == 1 and (year := years.pop()):
            judged = replace(judged, year=year)  # "share (final turnout, 2022)": of another year than the report's
        result.append(judged)
    result = _bids_joined(result, figures, lambda f: story.article(f.ref.article).outlet, tolerance)
    # a row of days or weekdays (copy edited from "on Monday" to "on Tuesday") that a row of an
    # event's days shows already, its days resolved, is that row twice
    event_spans = {(f.ref, f.span) for g in result if g.kind == "date" and g.unit == "day" for f in g.figures}
    result = [g for g in result if not (g.unit in ("date", "weekday") and all((f.ref, f.span) in event_spans for f in g.figures))]
    result = _rows_joined(result, {(f.ref, f.span): owner[k] for k, f in enumerate(figures)},
                          lambda f: story.article(f.ref.article).outlet, tolerance)
    order = {a.id: n for n, a in enumerate(story.articles)}
    result.sort(key=lambda g: (not g.disagree, order[g.figures[0].ref.article], g.figures[0].ref.paragraph))
    return result


def _rows_joined(groups: list[FigureGroup], owners: dict[tuple[Ref, Span], str], outlet_of: Callable[[Figure], str],
                 tolerance: float) -> list[FigureGroup]:
    """*groups* with the rows that say one thing twice made one: rows of one label
    (:attr:`FigureGroup.quantity`) whose outlets all give one value, the same in both, none of
    their articles in both, and every figure of both the same body's (*owners*, by place:
    :func:`_owners`, each told). Two wires' copies ("The Bank of Valdoria raised ... on Tuesday" /
    "Valdoria's central bank on Tuesday raised ...") each make a row of their own, worded apart,
    and a reader saw "same: date: Tuesday" twice. Rows of a value the outlets differ on, of an
    unknown body, or that an article gives in both stay apart: they may be two things."""
    from core.stories.cluster import same_name_word

    def body(group: FigureGroup) -> str:
        names = [owners.get((f.ref, f.span), "") for f in group.figures]
        return names[0] if all(names) and all(same_name_word(names[0], n) for n in names) else ""

    merged: list[FigureGroup] = []
    for group in groups:
        key = body(group)
        into = next((n for n, kept in enumerate(merged)
                     if key and kept.exact and group.exact and kept.quantity == group.quantity and kept.unit == group.unit
                     and kept.figures[0].size == group.figures[0].size and (kept_body := body(kept))
                     and same_name_word(kept_body, key)
                     and not {f.ref.article for f in kept.figures} & {f.ref.article for f in group.figures}), None)
        if into is None:
            merged.append(group)
            continue
        kept = merged[into]
        joined = kept.figures + group.figures
        merged[into] = replace(_judged(joined, [outlet_of(f) for f in joined], tolerance), fate=kept.fate, year=kept.year,
                               elsewhere=kept.elsewhere)
    return merged


def _once_a_paragraph(group: Iterable[Figure]) -> tuple[Figure, ...]:
    """*group*'s figures, each paragraph's value once (its first figure of it): "nobody died" and
    its quotation "No one has died" in one paragraph are one outlet's one figure, no second
    outlet's agreement (trial 50 F1)."""
    kept: dict[tuple[Ref, float], Figure] = {}
    for f in group:
        kept.setdefault((f.ref, f.size), f)
    return tuple(kept.values())


def _updates_joined(figures: Sequence[Figure], members: Iterable[list[int]], fates: dict[int, frozenset[str]],
                    root: Callable[[int], int]) -> list[list[int]]:
    """*members* (each group's figures, by index into *figures*), each group that holds a live
    page's count as of its last update given that page's counts of the same thing in its earlier
    updates (:data:`_UPDATE_STAGE`) that joined no other group: the page's 17 ambulances at 09:30
    and 29 at 12:45 beside its 41 at 21:30, shown as its earlier counts with their times (trial 46
    F14), never against the others (:func:`_earlier`). A count of the same unit and kind, and of
    the same outcome (*fates*, by group *root*)."""
    groups = [list(m) for m in members]
    alone = {m[0] for m in groups if len(m) == 1 and figures[m[0]].stage.startswith(_UPDATE_STAGE)}
    if not alone:
        return groups
    joined: set[int] = set()
    for group in groups:
        if len(group) < 2:
            continue
        latest = {(figures[n].ref.article, figures[n].unit, figures[n].kind) for n in group
                  if figures[n].kind != "date" and not _earlier(figures[n])}
        fate = fates[root(group[0])]
        shown = {(figures[n].ref, figures[n].value) for n in group}
        for n in sorted(alone - joined):
            f = figures[n]
            if (f.ref.article, f.unit, f.kind) in latest and fates[root(n)] == fate and f.part == "" and f.apart is None:
                if (f.ref, f.value) not in shown:  # (one paragraph's count read twice is shown once)
                    group.append(n)
                    shown.add((f.ref, f.value))
                joined.add(n)
    return [group for group in groups if not (len(group) == 1 and group[0] in joined)]


def _days_joined(figures: list[Figure], members: Iterable[list[int]], when: Sequence[When], fates: dict[int, frozenset[str]],
                 root: Callable[[int], int], tolerance: float) -> list[list[int]]:
    """*members* (each group's figures, by index into *figures*) with the rows of a count of what
    happened to people (one outcome, *fates* by group *root*: the evacuated, the dead) that reports
    gave on earlier days (*when*: the day its words name, else its report's) joined to the row of
    that count's latest day, as its earlier days' counts: a timeline, never a disagreement (trial
    53 F4: 3,200 evacuated on 30 November beside the 6,100 of 2 December, once `3,200 ≠ 6,100`).
    Each earlier figure's stage (*figures* is updated in place) names its day (:data:`_DAY_STAGE`,
    shown as "(earlier day 2026-11-30)"). An earlier day's row whose outlets disagree ("4,800 ≠
    5,800" of one day) stays a row of its own, flagged; so do rows of one day kept apart."""
    groups = [list(m) for m in members]
    day = [next((v for k, v in w.days if k == "on"), None) or next((v for k, v in w.days if k == "published"), None) for w in when]
    rows: dict[tuple[str, str], list[tuple[str, list[int]]]] = {}
    for group in groups:
        first = figures[group[0]]
        fate = fates[root(group[0])] - {"capacity"}
        # (a report of no known day, no date on it, is of none: of the row's days where it joins one)
        days = {day[n] for n in group} - {None}
        # (a live page's superseded update keeps its own stage, its time, in the row of its day)
        if (first.kind != "count" or len(fate) != 1 or not days
                or any(figures[n].stage not in ("", "official") and not figures[n].stage.startswith(_UPDATE_STAGE)
                       or figures[n].part or figures[n].apart is not None or figures[n].side
                       or figures[n].holder or figures[n].bid or figures[n].of or figures[n].unit != first.unit for n in group)):
            continue
        # a row its candidates joined across days (an estimate of the first day that allows a
        # later count, "dozens of people" on Monday and "47 people" on Tuesday) is of its latest
        # day; its figures of earlier days are that day's, earlier counts (below)
        rows.setdefault((first.unit, next(iter(fate))), []).append((str(max(str(d) for d in days)), group))
    for rows_of_days in rows.values():
        # a day of several rows is told by its largest, where one holds more figures than each other
        # (the count of all treated, beside "nine of them" kept overnight that joined none); a day of
        # two rows alike is left as it is, and with it, where it is the latest, the count's days
        by_day: dict[str, list[list[int]]] = {}
        for on, group in rows_of_days:
            by_day.setdefault(on, []).append(group)
        same = []
        for on, of_day in by_day.items():
            sizes = sorted((len(group) for group in of_day), reverse=True)
            if len(sizes) == 1 or sizes[0] > sizes[1]:
                same.append((on, max(of_day, key=len)))
            elif on == max(by_day):
                same = []
                break
        if len(same) < 2:
            continue
        same.sort(key=lambda row: row[0])
        latest_day, latest = same[-1]
        for on, group in same[:-1]:
            if all(agrees(figures[x], figures[y], tolerance) for x in group for y in group if day[x] == day[y] or None in (day[x], day[y])):
                latest.extend(group)
                group.clear()
        if len({day[n] for n in latest}) > 1:
            # (only a count of another value on an earlier day: one value on two days,
            # "about 1,800" in a copy whose words put Sunday for Monday, is one count, its day edited)
            # (a live page's update of an earlier day is that day's count too, and a report of no
            # known day that gives an earlier day's value, "dozens", is of that day)
            latest_sizes = {figures[n].size for n in latest if str(day[n]) == latest_day}
            earlier: dict[float, set[str]] = {}
            for n in latest:
                if day[n] is not None and str(day[n]) < latest_day and figures[n].size not in latest_sizes:
                    figures[n] = replace(figures[n], stage=f"{_DAY_STAGE} {day[n]}")
                    earlier.setdefault(figures[n].size, set()).add(str(day[n]))
            for n in latest:
                if day[n] is None and len(days_of := earlier.get(figures[n].size, set())) == 1:
                    figures[n] = replace(figures[n], stage=f"{_DAY_STAGE} {days_of.pop()}")
    return [group for group in groups if group]


def _bids_joined(groups: list[FigureGroup], figures: Sequence[Figure], outlet_of: Callable[[Figure], str],
                 tolerance: float) -> list[FigureGroup]:
    """*groups*, the rows of one bid's sums (a ransom's "demand") in several currencies joined
    into one (trial 47 F13): "$4.5 million" thrice and "4,2 miljoen euro losgeld" are one demand.
    The row is shown in the currency most outlets (of *outlet_of*) give it in; its sums in that
    currency are judged against one another as any row's are, those in each other currency among
    themselves (two outlets' "4.2 million euros" and "5 million euros" differ), never against
    another currency's (no rate is known for the day: "apart", :meth:`FigureGroup.stage_label`),
    and listed as shown (:attr:`FigureGroup.elsewhere`). A bid's sums of one outlet alone (no row of
    their own) join its row too (*figures*: every figure of the story). A bid whose sums in one
    currency make two rows (two values too far apart to be one) is left as it is, each row given
    the bid's sums in other currencies."""
    bids: dict[str, dict[str, list[Figure]]] = {}  # bid -> currency -> its sums, in the story's order
    for f in figures:
        if f.kind == "money" and f.bid and not f.vague:
            bids.setdefault(f.bid, {}).setdefault(f.unit, []).append(f)
    rows: dict[str, list[FigureGroup]] = {}
    for group in groups:
        of_bid = {f.bid for f in group.figures} - {""}
        if group.kind == "money" and len(of_bid) == 1 and len(bids.get(one := next(iter(of_bid)), {})) > 1:
            rows.setdefault(one, []).append(group)
    joined: dict[str, FigureGroup] = {}
    for bid, currencies in bids.items():
        if len(currencies) < 2 or len(row_units := [g.unit for g in rows.get(bid, [])]) != len(set(row_units)):
            continue
        held = {(f.ref, f.span) for g in rows.get(bid, []) for f in g.figures}
        by_unit: dict[str, list[Figure]] = {}
        for g in rows.get(bid, []):
            by_unit.setdefault(g.unit, []).extend(g.figures)
        for unit, sums in currencies.items():
            by_unit.setdefault(unit, []).extend(f for f in sums if (f.ref, f.span) not in held)
        if len({outlet_of(f) for members in by_unit.values() for f in members}) < 2:
            continue
        # the currency most outlets give the bid in, the first given where they tie
        first = {unit: n for n, unit in enumerate(dict.fromkeys(f.unit for f in figures if f.unit in by_unit))}
        main, *others = sorted(by_unit, key=lambda unit: (-len({outlet_of(f) for f in by_unit[unit]}), first[unit]))
        judged = _judged(tuple(by_unit[main]), [outlet_of(f) for f in by_unit[main]], tolerance)
        members, verdicts, exact, disagree = list(judged.figures), list(judged.verdicts), judged.exact, judged.disagree
        for unit in others:
            own = _judged(tuple(by_unit[unit]), [outlet_of(f) for f in by_unit[unit]], tolerance)
            members += own.figures
            verdicts += ["differ" if v == "differ" else _APART for v in own.verdicts]
            exact, disagree = exact and own.exact, disagree or own.disagree
        joined[bid] = replace(judged, figures=tuple(members), verdicts=tuple(verdicts), exact=exact, disagree=disagree,
                              sides=judged.sides + (0,) * (len(members) - len(judged.figures)) if judged.sides else (),
                              elsewhere=tuple(dict.fromkeys(format_value(f.value, f.unit, f.kind) for unit in others for f in by_unit[unit])))
    result = []
    merged = set(joined)
    for group in groups:
        of_bid = {f.bid for f in group.figures} - {""}
        one = next(iter(of_bid)) if group.kind == "money" and len(of_bid) == 1 else ""
        if one in merged:
            if group is rows[one][0]:
                result.append(joined.pop(one))  # in the place of the bid's first row
            continue
        if one and len(bids.get(one, {})) > 1:
            units = {f.unit for f in group.figures}
            shown = tuple(format_value(f.value, f.unit, f.kind) for unit, sums in bids[one].items() if unit not in units for f in sums)
            group = replace(group, elsewhere=tuple(dict.fromkeys(shown))) if shown else group
        result.append(group)
    return result + list(joined.values())  # (a bid whose sums made no row of their own)


def _people_by_role(figures: list[Figure], near: Sequence[frozenset[str]], abroad: Set[str] = frozenset()) -> list[Figure]:
    """*figures*, a count of people by their role in the event (core.text.PEOPLE_BY_ROLE: "nine
    passengers died") counted as people where what happened to them is one of a toll's outcomes
    (:data:`_TOLLS`, as *near*, each figure's words, tell) and its report counts that outcome by no
    other noun than people and that role: "Nine passengers died" and "Nine people were killed" are
    one count of the dead; "seven passengers and two crew were killed" keeps its roles apart, and
    "about 240 passengers" on board is no toll. In the articles *abroad* (ids of reports in another
    language than English) a noun the view has no English word for is taken for such a role where
    a toll's outcome is told of it ("zwei Taucher sind ums Leben gekommen": two people dead), as
    only people lose their lives, are hurt or go missing in a toll."""
    tolls = [frozenset(OUTCOMES[s] for s in n if s in OUTCOMES) & _TOLLS if f.kind == "count" else frozenset()
             for f, n in zip(figures, near)]
    counted: dict[tuple[str, str], set[str]] = {}  # the nouns each article counts each toll's outcome by
    for f, toll in zip(figures, tolls):
        for outcome in toll:
            counted.setdefault((f.ref.article, outcome), set()).add(f.unit)
    return [replace(f, unit="people") if (f.unit in PEOPLE_BY_ROLE or f.ref.article in abroad and f.unit not in _UNITS
                                          and f.unit.isalpha() and _noun_abroad(f.unit, None) is None) and len(toll) == 1 and f.apart is None
            and counted[(f.ref.article, next(iter(toll)))] <= {"people", f.unit} else f
            for f, toll in zip(figures, tolls)]


def _noughts_of_each(figures: Sequence[Figure], near: Sequence[frozenset[str]]) -> list[tuple[int, str]]:
    """Each count of nought people of one of a toll's outcomes (:data:`_TOLLS`, as *near*, each
    figure's words, tell: "Nobody was injured", "No one has died") by index into *figures*, with
    each other unit another article counts that outcome by ("Twelve officers were injured": officer),
    sorted: no one is none of each, a nought of the officers and one of the protesters."""
    tolls = [frozenset(OUTCOMES[s] for s in n if s in OUTCOMES) & _TOLLS if f.kind == "count" else frozenset()
             for f, n in zip(figures, near)]
    counted: dict[frozenset[str], set[tuple[str, str]]] = {}  # the (article, unit) counting each toll's outcome
    for f, toll in zip(figures, tolls):
        if len(toll) == 1 and f.value > 0 and f.unit != "people":
            counted.setdefault(toll, set()).add((f.ref.article, f.unit))
    return [(k, unit) for k, (f, toll) in enumerate(zip(figures, tolls)) if f.value == 0 and f.unit == "people" and len(toll) == 1
            for unit in sorted({unit for article, unit in counted.get(toll, ()) if article != f.ref.article})]


def _only_near(figures: Sequence[Figure], by_place: dict[tuple[Ref, str], list[int]], k: int, other: float) -> bool:
    """Whether figure *k* is the only one of its unit in its paragraph (*by_place*: the indices of
    each paragraph's figures of each unit) whose size is within :data:`SPREAD` of *other*, the size
    another outlet gives: the figures beyond it are other things counted ("the 310,000 people living
    there" beside "12,400 people had been vaccinated")."""
    f = figures[k]
    if other <= 0:
        return False
    return sum(1 for n in by_place[(f.ref, f.counted)]
               if figures[n].size > 0 and max(figures[n].size, other) <= SPREAD * min(figures[n].size, other)) == 1


def _after_number(said: str, language: str | None) -> str:
    """What stands after the number *said* (a figure's unqualified text, lower case) opens with:
    past its first word, or past its words in *language* where it is a number in words of that
    language ("yirmi üç mürettebat": "mürettebat"; core.numbers.number_words_pattern)."""
    pattern = number_words_pattern(language) if language != "en" else ""
    number = re.match(pattern, said, re.I) if pattern else None
    return said[number.end() :] if number else _AFTER_NUMBER.sub("", said)


def _unqualified(figure: Figure) -> str:
    """*figure*'s text in lower case, its qualifier's words left out: as the English qualifier
    ("about 12,000 people"), or the first word where it was printed otherwise ("past 300 cases",
    "rund 25 Millionen")."""
    text = figure.text.lower()
    if not figure.qualifier or text.startswith(figure.qualifier):
        return text[len(figure.qualifier or "") :]
    return text.split(None, 1)[1] if " " in text else text


def _published_day(when: When, article: Article) -> When:
    """*when* dated by the day *article* was published (:func:`core.quantities.published_day`),
    with the days the figure may be of (kind "day"): the one its words name ("on") and the day
    its report was published, the day it was told. Two figures none of whose such days meet are
    of two days, whatever words dated them (:func:`_two_times`, :func:`_times_clash`): "evacuated
    3,200 people" in Monday's report naming Monday, and "6,100 people have been evacuated" in one
    of Wednesday, naming none (trial 53 F4: a day its words named was never weighed against a day
    of publication, and the two were one row, `3,200 ≠ 6,100`); "certified on Sunday" and a count
    of no day in two reports of Monday meet on Monday, the day both were told."""
    dated = published_day(when, article.published)
    published = (article.published or "")[:10]
    days = {("day", value) for kind, value in dated.days if kind == "on"}
    if re.fullmatch(r"\d{4}-\d\d-\d\d", published):
        days.add(("day", published))
    return When(dated.days | days, dated.point)


#: Stems of the words that call a figure in their clause an estimate ("Officials estimated that",
#: "An estimated 210 tonnes", "Estima-se que 180 toneladas", "geschätzte 200 Tonnen").
_ESTIMATE_WORDS = frozenset(stem(w) for w in "estimate estimated estimates estimating estima estiman estimó estimé estimée "
                            "stima stimato stimate geschätzt geschätzte schätzt schatting geschat szacuje".split())


def _estimated(text: str, figure: Figure) -> bool:
    """Whether *figure* (in paragraph *text*) is an estimate: qualified as one ("about", "some",
    "approximately": core.quantities.ESTIMATES) or so called in its clause (:data:`_ESTIMATE_WORDS`)."""
    return figure.qualifier in ESTIMATES or not clause_of(text, *figure.span).isdisjoint(_ESTIMATE_WORDS)


def _elapsed(span: tuple[str, frozenset[str]]) -> bool:
    """Whether a span of time, as core.quantities.span_of reads it, is the time since an event up
    to the day it is told ("five days after the ship grounded", "three weeks ago", "ten days into
    the strike"): a count that grows with its report's day, never one value across days."""
    relation, event = span
    return relation in ("ago", "into") or relation == "after" and bool(event)


def _two_times(a: tuple[When, float], b: tuple[When, float], *, consistent: bool = False) -> bool:
    """Whether two figures (each when it is given for, :func:`core.quantities.when_of`, and its
    size) are of two times (:func:`core.quantities.other_time`): two points of a day always, the
    day's extreme and a level; two days only where their values differ (one value on "Thursday,
    November 5" and "Friday, Nov. 6", "4,800 contracts" in both, is one quantity whose day the
    outlets give otherwise) and are not *consistent* (:func:`agrees`: "about 300 containers" on
    the day of the grounding and "312 containers" days later are one count, the estimate close to
    it; trial 48 F4)."""
    (when_a, size_a), (when_b, size_b) = a, b
    # (the days each may be of, :func:`_published_day`: two times where none meet)
    day_a, day_b = ({value for kind, value in w.days if kind == "day"} for w in (when_a, when_b))
    when_a, when_b = (When(frozenset(d for d in w.days if d[0] != "day"), w.point) for w in (when_a, when_b))
    if not (other_time(when_a, when_b) or day_a and day_b and not day_a & day_b):
        return False
    return size_a != size_b and not consistent or other_time(When(point=when_a.point), When(point=when_b.point))


#: When a row's figures are given for (:func:`_times`): the points of the day they name ("" for
#: none), and for each day named (a kind and a value, core.quantities.When) the sizes given for
#: it, each as the least and greatest it allows (:func:`allows`: "about 300" allows 312).
_Times = tuple[frozenset[str], dict[tuple[str, str], frozenset[tuple[float, float]]]]


def _times(when: When, allowed: tuple[float, float]) -> _Times:
    """When one figure that allows the sizes *allowed* (least, greatest) is given for (*when*),
    as a row's times (:data:`_Times`)."""
    return frozenset({when.point}), {day: frozenset({allowed}) for day in when.days}


def _one_size(a: frozenset[tuple[float, float]], b: frozenset[tuple[float, float]]) -> bool:
    """Whether the sizes two rows give for a day (:data:`_Times`) are one: one each, and each
    allows the other ("about 300" and "312"; "9" and "9", never "9" and "11")."""
    if len(a) != 1 or len(b) != 1:
        return False
    (low_a, high_a), (low_b, high_b) = next(iter(a)), next(iter(b))
    return low_a < high_b and low_b < high_a  # (touching ends, "9" and "10", are two sizes)


def _times_clash(a: _Times, b: _Times) -> bool:
    """Whether two rows' figures (their :data:`_Times`) are given for two times, as
    :func:`_two_times` tells of two figures: a point of the day against another, or two days of
    one kind with sizes that differ, where the rows share no day (a day both hold makes their
    figures that day's, two outlets' values of one count). Weighed on the rows' few points and days, never figure by
    figure (rows of hundreds of figures)."""
    if any(other_time(When(point=x), When(point=y)) for x in a[0] for y in b[0]):
        return True
    if any(kind == other_kind == "update" and value != other_value and not _one_size(sizes, other_sizes)
           for (kind, value), sizes in a[1].items() for (other_kind, other_value), other_sizes in b[1].items()):
        # two updates of a live page that count otherwise: two moments' counts (its 08:40 "20
        # hurt" and its 13:30 "31 injured"), whatever day the rows share
        return True
    if any(kind in ("published", "on", "day") for kind, _ in a[1].keys() & b[1].keys()):
        # the two rows hold counts of one day (reports published that day, or words naming it): two
        # outlets giving one day's count otherwise disagree, whatever other days either row holds
        # (Harbour Wire's 221 votes against the 212 of a report of its day and of the days around it)
        return False
    return any(kind == other_kind and value != other_value and not _one_size(sizes, other_sizes)
               for (kind, value), sizes in a[1].items() for (other_kind, other_value), other_sizes in b[1].items())



def _times_merged(a: _Times, b: _Times) -> _Times:
    """The times of a row joined from rows of times *a* and *b*; of *b* only what does not clash
    with *a* (a copy edited to another day joins the row it was edited from, which keeps its time)."""
    points = a[0] | {y for y in b[0] if not _times_clash((frozenset({y}), {}), (a[0], {}))}
    days = dict(a[1])
    for day, sizes in b[1].items():
        if not _times_clash((frozenset(), {day: sizes}), (frozenset(), a[1])):
            days[day] = days.get(day, frozenset()) | sizes
    return points, days


def allows(figure: Figure, tolerance: float = TOLERANCE) -> tuple[float, float]:
    """The least and the greatest size *figure* allows (:attr:`Figure.size`: its value, a time in
    seconds), by :func:`core.quantities.allowed`, counting its rounding (:func:`_precision`) in:
    "287,000" 286,500 to 287,500, "around 287,000" 285,000 to 289,000, "nearly 300,000" 270,000
    to 300,000, "nearly two hours" 90 to 120 minutes, "at least 30" 30 and more."""
    if figure.unit.startswith(CLOCK_UNIT):
        return _clock_allows(figure)
    scale = _PER_UNIT.get(figure.unit, 1.0)
    if figure.vague:
        low, high = _vague_range(figure.vague)
        return low * scale, high * scale
    return allowed(figure.value, figure.text, figure.qualifier, rounding=_precision(figure) / scale, scale=scale, tolerance=tolerance)


def _claim(figure: Figure, tolerance: float = TOLERANCE) -> Claim:
    return Claim(None if figure.vague else figure.size, *allows(figure, tolerance), figure.qualifier)


def _plainest(figure: Figure) -> tuple[bool, bool, float]:
    """How plainly *figure* gives its value, plainest least: a figure of no preliminary count
    (:attr:`Figure.stage`) first, then one with no qualifier and no count in words that names no
    one value ("287,412"; "about 300", "hundreds"), then the most precise (:func:`_precision`)."""
    return _earlier(figure), bool(figure.qualifier or figure.vague), _precision(figure)


def agrees(a: Figure, b: Figure, tolerance: float = TOLERANCE) -> bool:
    """Whether figures *a* and *b* of one thing are consistent (:func:`core.quantities.consistent`,
    the rule a link's differences follow too): "287,000" and "287,412", "nearly 300,000" and
    "287,412", "at least 30" and "34" agree; "at least seven" and "at least nine", "212" and
    "221", "200 million euros" and "$200 million" do not."""
    return _agree(a, b, _claim(a, tolerance), _claim(b, tolerance))


def _agree(a: Figure, b: Figure, claim_a: Claim, claim_b: Claim) -> bool:
    """:func:`agrees` with each figure's claim (:func:`_claim`) read already."""
    if a.kind == "money" and a.unit != b.unit:
        return False  # "200 million euros" is no "200 million dollars"
    if a.direction * b.direction < 0:
        return False  # "fell 3.1%" is no "rose 3.1%"
    return consistent(claim_a, claim_b)


def _one_date(a: Figure, b: Figure, alike: Counter[tuple[Ref, str, str]],
              places: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    """Whether dates *a* and *b* (:func:`extract_dates`) are one date, two outlets' for one event:
    of one kind (a day of a month, a weekday, a day's ordinal, a clock time), in two outlets'
    sentences that are one sentence edited (:func:`_edited`: "A regional court on Monday struck
    down ..." / "on Tuesday struck down ..."), each the only one of its kind in its paragraph or
    at the same place among as many of its kind in its sentence (*places*, :func:`_places`: "broke out at
    8.49pm and was brought under control shortly after midnight" / "at 9.49pm and ...": the
    first of two clock times each), or each the only one of its kind in its sentence where the two
    sentences are word for word the same but for it ("The breach opened on Monday evening ..." /
    "on Sunday evening ..." beside a sentence of each that names Tuesday, trial 53 F5; not "The
    first ferry will leave at 6.30am" / "The last ferry ... at 10.15pm", two moments). Paragraphs that are only linked, reworded, may give the
    dates of two events ("died Wednesday night" in one city, "killed a woman Friday night" in
    another; "was arrested Tuesday" / "police said Wednesday"): never compared."""
    if a.kind != b.kind or a.unit != b.unit or a.ref.article == b.ref.article:
        return False
    alone = alike[(a.ref, "", a.unit)] == alike[(b.ref, "", b.unit)] == 1
    one_each = places[0] == places[1] and (places[0][1] >= 2 or _words_around(a.sentence, a.text) == _words_around(b.sentence, b.text))
    return (alone or one_each) and _edited(a, b)


def _date_outcome(text: str, figure: Figure, language: str | None) -> str:
    """What happened on the day of a month *figure* gives (an outcome of core.text.OUTCOMES), as
    the word of its clause nearest before it tells (else the nearest after it): "died on 14
    November in hospital" dead, "est morte le 13 novembre" dead, "am 14. November gestorben"
    dead; in English by the words that tell an outcome happened (core.text.outcome_told), in
    another language by its own (core.text.outcome_abroad); "" where none does."""
    start, end = figure.span
    before, after = text[:start], text[end:]
    stops = list(_CLAUSE_ABROAD.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    if stop := _CLAUSE_ABROAD.search(after):
        after = after[: stop.start()]

    def told(word: str) -> str | None:
        return outcome_told(word.lower()) if language in (None, "en") else outcome_abroad(word, language)

    for found in (reversed(_WORDS.findall(before)), _WORDS.findall(after)):
        if outcome := next(filter(None, map(told, found)), None):
            return outcome
    return ""


def _one_day_of(a: Figure, b: Figure, outcomes: tuple[str, str], days_of: Counter[tuple[str, str]]) -> bool:
    """Whether days of a month *a* and *b* (of two articles; *outcomes*: what happened on each,
    :func:`_date_outcome`) are the day of one outcome, each the only day its article gives of that
    outcome (*days_of*: how many days each article gives of each): "est morte le 13 novembre" /
    "died on 14 November" is one date the outlets give differently, not two events' days."""
    ours, theirs = outcomes
    return (bool(ours) and ours == theirs and a.ref.article != b.ref.article
            and days_of[(a.ref.article, ours)] == days_of[(b.ref.article, theirs)] == 1)


def _one_event_day(a: Figure, b: Figure, event_days: dict[tuple[str, str], set[float]]) -> bool:
    """Whether the days *a* and *b* of an event (:func:`_event_day`, of two articles) are two
    outlets' days of one event: said by one verb ("closed on 22 November" / "closed on Monday"),
    each the only day its article gives of that verb (*event_days*: the days each gives of each).
    (:func:`compare` asks too that their sentences share a name: "The port of Varna Nova closed".)"""
    return (a.of == b.of and a.ref.article != b.ref.article
            and len(event_days[(a.ref.article, a.of)]) == len(event_days[(b.ref.article, b.of)]) == 1)


def _places(figures: Sequence[Figure]) -> list[tuple[int, int]]:
    """By index of *figures*: the place of each figure among the figures of its unit in its
    sentence, from 0, and how many those are ("at 8.49pm and ... shortly after midnight": the
    first (0, 2), the second (1, 2); "£150m-£160m": the second of two sums)."""
    places = [(0, 0)] * len(figures)
    by_sentence: dict[tuple[Ref, str, str], list[int]] = {}
    for k, f in enumerate(figures):
        by_sentence.setdefault((f.ref, f.sentence, f.unit), []).append(k)
    for same in by_sentence.values():
        for n, k in enumerate(sorted(same, key=lambda k: figures[k].span)):
            places[k] = (n, len(same))
    return places


def _copied_from(story: Story, group: tuple[Figure, ...]) -> frozenset[int]:
    """The figures of *group* (their indexes) that another figure of it was copied from: its
    paragraph is linked verbatim to the other's, and its article is the origin of their words
    (core.views.facts.origin_of: the other's dateline credits it, or it was first to publish).
    Two outlets split evenly between the wire's "Thursday" and a paper's copy of it edited to
    "Wednesday" are no even split: the copy changed the figure (trial 36 F10)."""
    from core.views.facts import origin_of

    found: set[int] = set()
    where = {f.ref: k for k, f in enumerate(group)}
    for k, figure in enumerate(group):
        for match in story.matches(figure.ref):
            other = where.get(match.ref)
            if other is None or match.kind is not LinkKind.VERBATIM or match.ref.article == figure.ref.article:
                continue
            origin = origin_of(story, {figure.ref.article, match.ref.article})
            if origin is not None and origin.article == figure.ref.article:
                found.add(k)
    return frozenset(found)


def _judged(group: tuple[Figure, ...], outlets: Sequence[str], tolerance: float, origins: frozenset[int] = frozenset()) -> FigureGroup:
    """*group* (one figure as each of *outlets* gives it) with the figure most outlets agree with
    and each figure's verdict against it (:class:`FigureGroup`).

    The outlets that agree are the most outlets whose figures all agree with one another
    (:func:`agrees`), found from each figure in turn: those that agree with it, less, while two
    of them disagree, the one that disagrees with most of the others; an outlet that also gives
    a value against them is not counted for them. An estimate or a bound
    consistent with two values that differ ("about 215,000" with "212,000" and "221,000") makes
    them no less different; where two such sets of outlets tie, the one set holding a figure
    another was copied from (*origins*: :func:`_copied_from`) is agreed, else the outlets split
    evenly."""
    n = len(group)
    claims = [_claim(f, tolerance) for f in group]
    agree = [[_agree(group[i], group[j], claims[i], claims[j]) for j in range(n)] for i in range(n)]
    # each figure's row of agreements as the bits of an int (bit m: agrees with figure m), so a
    # count of disagreements is a count of bits, not a walk over the group (a group of hundreds of
    # figures, an archive story's, took seconds)
    strict = [row[:] for row in agree]  # the agreements the figures' values make, stages aside
    if _staged(group):
        # a preliminary count beside the official one is an earlier value of it, shown side by side
        # with it, no outlet's claim against it ("57.9 percent, according to preliminary figures" /
        # "the official turnout of 58.1%")
        # (but a nought is no later value of a count, nor a count of a nought: "one protester died"
        # in a live page's 11:30 update and "No one has died" are a claim and its denial; trial 50 F1)
        for i in range(n):
            for j in range(n):
                # (a nought of an earlier day is a day's count like any: none dead on Monday, four by Thursday)
                if (_earlier(group[i]) != _earlier(group[j]) or _moments(group[i], group[j])) and (
                        (group[i].size == 0) == (group[j].size == 0) or _DAY_STAGE in (group[i].stage[:len(_DAY_STAGE)], group[j].stage[:len(_DAY_STAGE)])):
                    agree[i][j] = True
    bits = [sum(1 << m for m in range(n) if row[m]) for row in agree]
    sets: set[frozenset[int]] = set()
    for anchor in range(n):
        kept = bits[anchor]  # the members, as bits
        # how many of the members each member disagrees with, kept as members leave
        clashes = {k: (kept & ~bits[k]).bit_count() for k in range(n) if kept >> k & 1 and k != anchor}
        while clashes:
            worst = max(clashes, key=lambda k: (clashes[k], abs(group[k].size - group[anchor].size), k))
            if not clashes[worst]:
                break
            kept &= ~(1 << worst)
            del clashes[worst]
            for k in clashes:
                clashes[k] -= not agree[k][worst]
        sets.add(frozenset(m for m in range(n) if kept >> m & 1))
    # the outlets for a set: those with a figure in it and none against it ("50 were injured"
    # beside "at least 50 injured" is no support for "80 people")
    mask = {members: sum(1 << m for m in members) for members in sets}
    size = {members: len({outlets[k] for k in members}
                         - {outlets[k] for k in range(n) if k not in members and mask[members] & ~bits[k]})
            for members in sets}
    most = max(size.values())
    # A value one outlet alone gives agrees with no one: where no set holds two outlets' figures (an
    # outlet giving two values, 1,300 then 1,200, stands for neither), none is agreed, and every
    # value differs (a tester's three values, each one article's, had "1,500" marked as agreed).
    best = [members for members in sets if size[members] == most] if most >= 2 else sorted(sets, key=sorted)
    if len(best) > 1 and origins and len(chosen := [members for members in best if members & origins]) == 1:
        best = chosen  # a tie a copy's edit made: the origin's figure stands, the edit differs
    if len(best) > 1 and _staged(group):
        # a tie a preliminary figure made, agreeing with every official one: the set whose outlets'
        # values agree with one another most stands ("People's Party 19" beside the others' 20,
        # preliminary and official alike, differs)
        def backed(members: frozenset[int]) -> int:
            return len({frozenset((outlets[x], outlets[y])) for x in members for y in members
                        if outlets[x] != outlets[y] and strict[x][y]})
        most_backed = max(backed(members) for members in best)
        if len(chosen := [members for members in best if backed(members) == most_backed]) == 1:
            best = chosen
    union = frozenset().union(*best)
    agreed = None
    if all(agree[x][y] for x in union for y in union):
        # the most precise of the figures most outlets agree with, one given plainly where any
        # was: "287,412", not "287,000" nor "nearly 300,000"
        # (a measure in the unit most of them give it in: "one mile" thrice, not "1.6 km" once)
        units = Counter(group[k].unit for k in union)
        agreed = min(union, key=lambda k: (-units[group[k].unit] if group[k].kind in _MEASURES else 0, *_plainest(group[k]), k))
        # a bound or an estimate that allows the agreed value is close to it, though it clash with
        # another figure most agree with ("more than 6,000" beside "6,200" and "more than 6,200")
        held = allows(group[agreed], tolerance)
        verdicts = tuple(
            "same" if (math.isclose(f.size, group[agreed].size, rel_tol=1e-9) or _converted(f, group[agreed])) and agree[k][agreed] and f.direction * group[agreed].direction >= 0
            else "close" if k in union or f.qualifier and _within(allows(f, tolerance), held)
            else "differ"
            for k, f in enumerate(group)
        )
    else:
        verdicts, sides = _split(group, outlets, best, agree)
    sizes = [f.size for f in group]
    exact = (math.isclose(max(sizes), min(sizes), rel_tol=1e-9, abs_tol=1e-9) and len({f.unit for f in group if f.kind == "money"}) <= 1
             and len({f.direction for f in group} - {0}) <= 1) or (
                 agreed is not None and all(_converted(f, group[agreed]) or f.size == group[agreed].size for f in group)
                 and set(verdicts) == {"same"})  # one measure in two units: "one mile" and "1.6 km"
    shown = group[0 if agreed is None else agreed]  # the unit the group is shown in
    return FigureGroup(shown.unit, shown.kind, group, agreed is None or "differ" in verdicts, exact,
                       None if agreed is None else group[agreed], verdicts, () if agreed is not None else sides)


def _converted(a: Figure, b: Figure) -> bool:
    """Whether *a* and *b* give one measure in two units, one converted from the other: their
    sizes meet within the rounding of either ("one mile" and "1.6 km", "90 miles" and "145 km")."""
    return (a.kind in _MEASURES and a.unit != b.unit and a.measure == b.measure != a.unit and not (a.vague or b.vague)
            and abs(a.size - b.size) <= max(_precision(a), _precision(b)))


def _split(group: tuple[Figure, ...], outlets: Sequence[str], best: Sequence[frozenset[int]],
           agree: Sequence[Sequence[bool]]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Each figure's verdict and side where *group*'s outlets split evenly: *best*, the sets of
    figures that agree (:func:`agrees`: *agree*) held by the most outlets, tie and disagree. No
    value is agreed. A figure consistent with every side is close to each ("about 215,000" with
    "212,000" and "221,000"). Where a side holds several outlets' figures, the sides are numbered
    from 1 (the least value's first) and each figure is marked against its side's value (the most
    precise, one given plainly where any was), "same" or "close": "7.2%" twice against "6.9%"
    and "nearly 7%" is a split between two sets of compatible values, not four outliers; a figure
    on some sides but not all is shown on the first of them. Where
    each side is one outlet's, each figure differs (no side is 0)."""
    shared = frozenset.intersection(*best)
    sides = sorted({members - shared for members in best}, key=lambda m: (min(group[k].size for k in m), sorted(m)))
    if not any(len({outlets[k] for k in side}) > 1 for side in sides):
        return tuple("close" if k in shared else "differ" for k in range(len(group))), ()
    verdicts = ["close" if k in shared else "differ" for k in range(len(group))]
    numbers = [0] * len(group)
    for number, side in enumerate(sides, 1):
        value = min(side, key=lambda k: (*_plainest(group[k]), k))
        for k in side:
            if numbers[k]:
                continue  # in two sides, not all ("at least $160 million" beside 161 and 184): shown on its first
            numbers[k] = number
            verdicts[k] = "same" if math.isclose(group[k].size, group[value].size, rel_tol=1e-9) and agree[k][value] else "close"
    return tuple(verdicts), tuple(numbers)


#: The share of its words but a figure's own that a sentence may change and still be the other
#: sentence edited (:func:`_edited`): "approved a 3.5-billion-crown plan ... after nine hours" /
#: "rejected a 5.3-billion-crown plan ... after 19 hours"; "take 30 months to build and cost each
#: household about 25 euros a year" / "take two and a half years ... about 52 euros a year".
_EDITED = 1 / 3


@lru_cache(maxsize=1 << 16)
def _words_around(sentence: str, text: str) -> tuple[str, ...]:
    """The words of *sentence* without the figure *text* it gives (its first), in small letters;
    read once for a figure that :func:`_edited` weighs against many."""
    return tuple(words(sentence.replace(text, " ", 1).lower()))


def _edited(a: Figure, b: Figure) -> bool:
    """Whether figures *a* and *b* stand in one sentence edited: their sentences, each without
    the figure, are the same words in the same order but for at most :data:`_EDITED` of them
    (words put in, taken out or put for others), and two at least."""
    x, y = _words_around(a.sentence, a.text), _words_around(b.sentence, b.text)
    most = max(2, int(_EDITED * max(len(x), len(y))))
    return min(len(x), len(y)) > 2 * most and Levenshtein.distance(x, y, score_cutoff=most + 1) <= most


def _within(allowed: tuple[float, float], held: tuple[float, float]) -> bool:
    """Whether the sizes *held* (a figure's, as :func:`allows` gives them) are all among *allowed*."""
    return allowed[0] <= held[0] and held[1] <= allowed[1]


def _names(sentence: str) -> frozenset[str]:
    """The capitalised words of *sentence* but its first, folded: the people and places it names."""
    found = list(_WORDS.finditer(sentence))
    return frozenset(m.group().casefold() for m in found if m.group()[0].isupper() and m.start() > 0)


#: Words of what happened to people that are no participle in "-ed" ("three dead", "two missing").
_SAID_OF = frozenset({"dead", "hurt", "missing", "lost"})
#: What ends the clause a count is told in, between two words: punctuation, and the words that
#: open another clause ("six people have died and 112 cases are confirmed": 112 is no death).
_CLAUSE_MARKS = re.compile(r"[.;:!?,()\[\]—–\"“”]")
_CLAUSE_WORDS = frozenset("and but or while whereas after because though although including".split())
#: Words a count's predicate passes over to the word that says what happened to what it counts:
#: adverbs ("have now died"), places and determiners ("are in hospital", "were taken to the
#: hospital"), and verbs that say nothing of it themselves ("have fallen ill", "were admitted to
#: hospital", "need intensive care", "tested positive").
_PREDICATE_ADVERBS = frozenset("now already reportedly so far since then later officially each both all also still yet currently".split())
_PREDICATE_LINKS = frozenset("in into to at under from the a an their its his her".split())
_LIGHT_VERBS = frozenset(
    """fallen fell fall falls falling become became becoming got gotten getting taken took admitted treated receiving
    received need needed needing required requiring sent rushed airlifted flown brought transferred placed kept stayed
    staying lie lay lying being""".split()
)
#: How many words after a count its predicate is read in.
_PREDICATE_WORDS = 8
#: How many words an aside between commas after a count may hold ("About 4,500 people, mostly
#: health workers and residents of Hollen district, were vaccinated").
_ASIDE_WORDS = 12
#: What a person vaccinated receives ("receiving a dose", "got a jab", "given their first shot"),
#: after the verbs that give it: a count of people so said counts the vaccinated.
_DOSES = frozenset("dose doses jab jabs shot shots vaccine vaccines".split())
_DOSE_VERBS = frozenset("receiving received receive receives got get gets getting given giving".split())
_RECOVERED = stem("recovered")
#: Losing one's life is dying ("nine passengers lost their lives"): the verb, and whose life.
_LOSE = frozenset("lost lose loses losing".split())
_LIVES_OF = frozenset("their his her its".split())
_TESTED = stem("tested")


def _clause_break(text: str, flat: Sequence[int], m: int) -> bool:
    """Whether a clause ends between words *m* and *m* + 1 of *text* (*flat*: its words' offsets):
    punctuation between them (:data:`_CLAUSE_MARKS`)."""
    return _CLAUSE_MARKS.search(text, flat[2 * m + 1], flat[2 * m + 2]) is not None


def _predicate(text: str, folded: Sequence[str], flat: Sequence[int], last: int) -> tuple[int | None, frozenset[str]]:
    """What the predicate of a count ending at word *last* says of what it counts: the index of
    its first word of content (the word a passive puts after it, "six people were killed": killed;
    None where a small word or the clause's end comes first), and the outcome stems
    (core.text.OUTCOMES) it tells, past adverbs, places and verbs that tell nothing themselves:
    "Twelve patients are in hospital" in hospital, "Fourteen people have fallen ill" infected,
    "12,400 people have been vaccinated" vaccinated, "Six people have now died" dead, "8 tested
    positive" infected. Only its own clause is read: "six people have died and 112 cases are
    confirmed" tells nothing of the 112. An aside between commas right after the count is passed
    over ("About 4,500 people, mostly health workers, were vaccinated"; "one protester, a docker,
    died"); a body "recovered" in the
    passive is found, no one recovered."""
    n = len(folded)
    m = last + 1
    if m < n and _clause_break(text, flat, last):
        # an aside between commas, then the verb: "Twelve people, including two children, were killed"
        if text[flat[2 * last + 1] : flat[2 * m]].strip() != ",":
            return None, frozenset()
        aside = next((q for q in range(m, min(n - 1, m + _ASIDE_WORDS)) if _clause_break(text, flat, q)), None)
        # (or an outcome's verb: "one protester, a 34-year-old docker, died overnight")
        if aside is None or text[flat[2 * aside + 1] : flat[2 * aside + 2]].strip() != "," or not (
                folded[aside + 1] in AUXILIARIES or outcome_told(folded[aside + 1])):
            return None, frozenset()
        m = aside + 1
    first: int | None = None  # the predicate's first word, past auxiliaries and adverbs
    passive = False
    for k in range(m, min(n, m + _PREDICATE_WORDS)):
        if k > m and _clause_break(text, flat, k - 1) or folded[k] in _CLAUSE_WORDS:
            break
        word = folded[k]
        if word in AUXILIARIES or word in LASTING or word in _PREDICATE_ADVERBS:
            passive = passive or word in BE
            continue
        if word in HEDGES and k > m and folded[k - 1] in AUXILIARIES:
            continue  # "are confirmed dead", "were reported killed": said of what happened, the next word
        if first is None:
            first = k if not is_stopword(word) else -1
        s = stem(word)
        if s == _TESTED and k + 1 < n and folded[k + 1] in ("positive", "negative"):
            # "tested positive" counts the infected; "tested negative" none of them
            return k, frozenset({_OUTCOME_STEMS["infected"]} if folded[k + 1] == "positive" else ())
        if word in _LOSE and k + 2 < n and folded[k + 1] in _LIVES_OF and folded[k + 2] in ("life", "lives"):
            # "nine passengers lost their lives": the dead
            return (first if first >= 0 else k), frozenset({_OUTCOME_STEMS["dead"]})
        if s in OUTCOMES and not (s == _RECOVERED and passive):
            return (first if first >= 0 else k), frozenset({s})
        if word in _DOSES and any(folded[j] in _DOSE_VERBS for j in range(m, k)):
            # "12,000 people receiving a dose", "got their first jab": the vaccinated
            return (first if first >= 0 else k), frozenset({_OUTCOME_STEMS["vaccinated"]})
        if not (word in _PREDICATE_LINKS or word in _LIGHT_VERBS or text[flat[2 * k]].isupper()
                or word == "of" and k + 1 < n and text[flat[2 * k + 2]].isupper()):  # "300 residents of Brenfield were"
            break
    return (first if first is not None and first >= 0 else None), frozenset()




def _own_outcome(figure: Figure, near: frozenset[str], language: str | None = None) -> frozenset[str]:
    """*near* (the stems told of count *figure*) with the outcome the count's own words after its
    number name, by its class of core.text.OUTCOMES, and without the others ("12 injured" of "the
    12 injured were taken to hospital": injured, not in hospital; "four dead": dead, whatever stem
    said it); in *language* by its own words of an outcome (core.text.outcome_abroad: "cuatro
    desaparecidos" missing, "quatre morts" dead: trial 53 F3, the missing of one day in a row of
    the dead of the next); *near* itself where they name none."""
    if figure.kind != "count":
        return near
    said = words(figure.text)[1:]
    own = {told for w in said if (told := outcome_of(w.lower()) if language in (None, "en") else outcome_abroad(w, language))}
    if not own:
        return near
    return frozenset(s for s in near if s not in OUTCOMES or OUTCOMES[s] in own) | {_OUTCOME_STEMS[told] for told in own}


def _outcomes_abroad(text: str, figure: Figure, language: str | None) -> frozenset[str]:
    """What happened to what count *figure* counts as its clause tells it in *language*
    (core.text.outcome_abroad), as the stems of English words of that outcome
    (:data:`_OUTCOME_STEMS`), so that counts of one outcome meet whatever their language: "7
    personnes ont été hospitalisées" ("hospit"), "7 Verletzte" and "7 feriti" ("injur"). Read from
    its own words and those after it to its clause's end, else from those before it in its clause.
    Only a count of people is (by any name, :data:`core.text.PEOPLE_BY_ROLE`, or by what happened
    to them: "7 blessés", :data:`_ALIASES`), as in English: "29 Krankenhäuser" count hospitals, "desviar 41
    ambulancias" from hospitals count no one in hospital."""
    # (a noun the view has no English word for, "Taucher", "plongeurs", is of people where a
    # toll's outcome is told of it: only people die, are hurt or go missing in a toll)
    unknown = figure.unit.isalpha() and figure.unit not in _UNITS and _noun_abroad(figure.unit, None) is None
    if figure.unit != "people" and figure.unit not in PEOPLE_BY_ROLE and not unknown:
        return frozenset()
    kept = _TOLLS if figure.unit != "people" and figure.unit not in PEOPLE_BY_ROLE else frozenset(OUTCOMES.values())
    start, end = figure.span
    after = text[end:]
    if stop := _CLAUSE_ABROAD.search(after):
        after = after[: stop.start()]
    if language in _COUNTERS_OF_PEOPLE:
        # Korean joins its clauses by a verb's ending ("2천명이 참가했으며 37명이 체포됐다"): a
        # count's outcome is told before the next count's number
        after = re.split(r"\d", after, maxsplit=1)[0]
    before = text[:start]
    stops = list(_CLAUSE_ABROAD.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    own = _WORDS.findall(text[start:end])
    for words in ([*own, *_WORDS.findall(after)[:_OUTCOME_WORDS_ABROAD]], _WORDS.findall(before)[-3:]):
        told = {outcome for w in words if (outcome := outcome_abroad(w, language))} & kept
        if told:
            return frozenset(_OUTCOME_STEMS[outcome] for outcome in told)
        # a phrase none of whose words tells it ("sind ums Leben gekommen", "ont perdu la vie")
        if (phrased := outcome_said(words, language)) in kept:
            return frozenset({_OUTCOME_STEMS[phrased]})
    return frozenset()


def _near(text: str, tokens: tuple[list[str], list[int]], figure: Figure) -> frozenset[str]:
    """:func:`_near_words`, but for "missing" where the count is missing from a record, not missing
    ("three agency contractors missing from the company's shift list": :func:`_off_a_record`)."""
    near = _near_words(text, tokens, figure)
    if _MISSING in near and figure.kind == "count" and _off_a_record(text, _count_noun_end(text, figure)):
        return near - {_MISSING}
    return near


_MISSING = stem("missing")
#: The count's own noun phrase after its number, to where a word after it may say what happened to it.
_COUNT_NOUN = re.compile(r"(?:[ -][^\W\d_][\w'’-]*){0,3}?(?=\s+(?:were|was|are|is|had|have|has|missing|absent|omitted|left)\b)", re.I)


def _count_noun_end(text: str, figure: Figure) -> int:
    """Where the noun phrase of count *figure* ends, before a verb or "missing" (:data:`_COUNT_NOUN`);
    its span's end where none is found."""
    found = _COUNT_NOUN.match(text, figure.span[1])
    return found.end() if found else figure.span[1]


def _near_words(text: str, tokens: tuple[list[str], list[int]], figure: Figure) -> frozenset[str]:
    """What *figure* is said of in its paragraph (*text*; *tokens*: its words_and_offsets), from
    the words of its own clause: the content stems of the two words before it (small words passed
    over) and of the word a passive puts after it, with what its predicate tells happened
    (:func:`_predicate`): "killing six people" is said of kill, "six people were killed" of kill,
    "23 were injured" of injur, "Twelve patients are in hospital" of hospit. Words of another
    clause say nothing of it: "Six patients have died, and 112 cases are confirmed" says no 112
    died, nor "47 cases have been reported. Twelve patients are in hospital" that the twelve are
    reported cases."""
    folded, flat = tokens
    start, end = figure.span
    inside = [k for k in range(len(folded)) if flat[2 * k + 1] > start and flat[2 * k] < end]
    if not inside:
        return frozenset()
    unit = stem(figure.unit)
    # (a noun of what happened before what a count counts says nothing of it: "three evacuation
    # centres" count no one evacuated; "41 injured", "three dead", "23 arrested pirates" do)
    own = frozenset(s for k in inside if not folded[k][:1].isdigit() and (s := stem(folded[k])) and s != unit
                    and (s not in OUTCOMES or figure.unit == "people" or folded[k].endswith("ed") or folded[k] in _SAID_OF))
    clause_end = next((k for k in range(inside[-1], len(folded) - 1)
                       if _clause_break(text, flat, k) or folded[k + 1] in _CLAUSE_WORDS), len(folded) - 1)
    if any(s in OUTCOMES for s in own):
        # "41 injured", "40 were hurt": said of what its own words say, not the clause's other
        # count, and of what the next few words of its clause add ("17 injured people were taken to hospital")
        later = [stem(w) for w in folded[inside[-1] + 1 : min(clause_end + 1, inside[-1] + 3 + NEAR_WORDS)]]
        return own | {s for s in later if s in OUTCOMES}
    # before it, within its clause: "killing six people and injuring 23 others" says injuring of the 23
    first = inside[0]
    while first > max(0, inside[0] - NEAR_WORDS) and not _clause_break(text, flat, first - 1) and folded[first - 1] not in _CLAUSE_WORDS:
        first -= 1
    before = [w for w in folded[first : inside[0]] if not is_stopword(w)][-2:]
    # (a noun of what happened with a noun after it says nothing of the count: "Rescue teams from
    # three valleys" rescued no valleys; a verb does, "killing six people", "rescued 30 of them")
    before = [w for n, w in enumerate(before) if n == len(before) - 1 or stem(w) not in OUTCOMES or w.endswith(("ed", "ing"))]
    # After it, only what its predicate says of it ("six people were killed"), not the next clause's verb
    # ("killing six people and injuring 23 others").
    said, told = _predicate(text, folded, flat, inside[-1])
    # (an outcome's word the predicate tells nothing by is no outcome: "were recovered" of bodies,
    # "tested positive", which tells the infected)
    after = [folded[said]] if said is not None and (stem(folded[said]) not in OUTCOMES or stem(folded[said]) in told) else []
    if not told and (phrased := _outcome_told_after(text, end, None)):
        # what a phrase of its clause tells of it, none of whose words does alone ("had been
        # brought out alive": rescued; "remain unaccounted for": missing; core.text.OUTCOME_PHRASES)
        told = frozenset({_OUTCOME_STEMS[phrased]})
    return frozenset(s for w in [*before, *after] if not w[:1].isdigit() and (s := stem(w)) and s != unit) | told


#: The mark of each verdict, in every view and export.
MARK = {"same": "=", "close": "≈", "differ": "≠", "apart": "·"}
#: What the marks say, for every view's legend: each outlet's figure is marked against the value
#: most outlets give; a quantity's heading by how its outlets' values compare.
LEGEND = (
    ("=", "the value most outlets give"),
    ("≈", "consistent with it (rounded, or an estimate or a bound that allows it)"),
    ("≠", "not consistent"),
    ("A B", "sides where outlets split evenly, each value marked against its side's; ≈ alone fits every side"),
)


def compared_at(groups: Sequence[FigureGroup]) -> dict[Ref, list[FigureGroup]]:
    """The groups each paragraph gives a figure of (a paragraph -> the groups of :func:`compare`
    holding one of its figures, in *groups*' order): where the linker links a paragraph to no
    other, these still say that other outlets give its quantities (the panel tells of them, not
    "only in" alone: a trial's toll paragraphs, 8 dead against the wire's 7, were "only in" one
    outlet while the figures view set them side by side)."""
    found: dict[Ref, list[FigureGroup]] = {}
    for group in groups:
        for ref in dict.fromkeys(f.ref for f in group.figures):
            found.setdefault(ref, []).append(group)
    return found


def summary(groups: Sequence[FigureGroup]) -> str:
    """One line on *groups*, counting the quantities (one heading each, by how their outlets'
    values compare) and their figures (one outlet's value each): "4 quantities given by several
    outlets: 1 differs (≠; 1 split evenly), 0 close but unequal (≈), 3 the same (=); 13 figures in all"."""
    verdicts = Counter(g.verdict for g in groups)
    figures = sum(len(g.figures) for g in groups)
    head = f"{len(groups)} {'quantity' if len(groups) == 1 else 'quantities'} given by several outlets"
    if not groups:
        return head
    split = sum(g.agreed is None and g.verdict == "differ" for g in groups)
    parts = [
        f"{verdicts['differ']} {'differs' if verdicts['differ'] == 1 else 'differ'} (≠{f'; {split} split evenly' if split else ''})",
        f"{verdicts['close']} close but unequal (≈)",
        f"{verdicts['same']} the same (=)",
    ]
    return f"{head}: {', '.join(parts)}; {figures} {'figure' if figures == 1 else 'figures'} in all"


def values_text(group: FigureGroup) -> str:
    """:func:`_values_text`, and the same bid's sums in other currencies the story gives
    (:attr:`FigureGroup.elsewhere`), not converted: "$5.4 million · in other currencies, not
    converted: 85 bitcoins, 5 million euros"."""
    text = _values_text(_own(group))
    return f"{text} · in other currencies, not converted: {', '.join(group.elsewhere)}" if group.elsewhere else text


def _own(group: FigureGroup) -> FigureGroup:
    """*group* without its sums in other currencies than its own (:data:`_APART`), which
    :attr:`FigureGroup.elsewhere` shows: the values it compares."""
    if _APART not in group.verdicts:
        return group
    kept = [k for k, v in enumerate(group.verdicts) if v != _APART]
    return replace(group, figures=tuple(group.figures[k] for k in kept), verdicts=tuple(group.verdicts[k] for k in kept),
                   sides=tuple(group.sides[k] for k in kept) if group.sides else ())


def _values_text(group: FigureGroup) -> str:
    """The group's distinct values as people write them: the agreed one first, then those that
    agree with it ("≈"), then those that differ ("≠"), each smallest first: "287,412 fryers ≈
    287,000 fryers, nearly 300,000 fryers ≠ 278,412 fryers"; where the outlets split evenly,
    all smallest first ("212 passengers, 221 passengers"), or, where a side holds several
    outlets' figures (:attr:`FigureGroup.sides`), side by side: "A: 6.9% ≈ nearly 7% | B: 7.2%
    | ≈ both: about 7%". A value is shown with its qualifier only where no outlet gives it
    plainly, and in each unit outlets give it ("2 years (24 months)")."""
    # bounds from two sides of one value are two values shown ("fewer than 300 jobs", "more than
    # 300 jobs"); a bound beside the plain value is that value ("up to 120 mph", "120 mph")
    raised = {f.size for f in group.figures if f.qualifier in FROM_BELOW}
    # and sums in two currencies are two values ("200 million euros", "$200 million")
    given: dict[tuple[str, str, float, bool, str], list[Figure]] = {}
    for verdict, side, figure in sorted(zip(group.verdicts, group.sides or [0] * len(group.figures), group.figures),
                                        key=lambda vsf: _signed(vsf[2], group)):
        below = figure.qualifier in BOUNDS - FROM_BELOW and figure.size in raised
        currency = figure.unit if figure.kind == "money" else ""
        letter = chr(ord("A") + side - 1) if side else ""
        given.setdefault((letter, verdict if group.agreed or group.sides else "", _shown_size(figure, group), below, currency),
                         []).append(figure)
    shown = {key: _value_as_given(figures, group) for key, figures in given.items()}
    if group.agreed is None and not group.sides:
        return ", ".join(shown.values())

    def marked(letter: str) -> str:
        parts = [", ".join(text for (of, verdict, *_), text in shown.items() if of == letter and verdict == "same")]
        for verdict in ("close", "differ"):
            if texts := [text for (of, by, *_), text in shown.items() if of == letter and by == verdict]:
                parts.append(f"{MARK[verdict]} {', '.join(texts)}")
        return " ".join(part for part in parts if part)

    if group.agreed is not None:
        return marked("")
    sides = [f"{letter}: {marked(letter)}" for letter in sorted({letter for letter, *_ in shown if letter})]
    between = [text for (letter, verdict, *_), text in shown.items() if not letter and verdict == "close"]
    if between:
        sides.append(f"{MARK['close']} {'both' if len(sides) == 2 else 'all'}: {', '.join(between)}")
    if apart := [text for (letter, verdict, *_), text in shown.items() if not letter and verdict == "differ"]:
        sides.append(f"{MARK['differ']} {', '.join(apart)}")
    return " | ".join(sides)


def _value_as_given(figures: Sequence[Figure], group: FigureGroup) -> str:
    """One value of *group* as *figures* give it: "287,000 fryers", or "nearly 300,000 fryers"
    where each of them qualifies it; in the unit most of them give it in first, then in the
    others: "2 years (24 months)"; with the stage of the count they all are of after it
    (:meth:`FigureGroup.stage_label`): "17 ambulances (earlier update 09:30)", "59.8% (preliminary)"."""
    count = Counter(f.unit for f in figures)
    units = sorted({f.unit: f for f in figures}.values(), key=lambda f: (-count[f.unit], f.unit != group.unit))
    if units[0].vague:
        text = _vague_text(units[0])  # "hundreds of people": no one value to show
    else:
        text = _direction_sign(figures, group) + format_value(units[0].value, units[0].unit, group.kind)
        if others := [format_value(f.value, f.unit, group.kind) for f in units[1:]]:
            text += f" ({', '.join(others)})"
        qualifier = figures[0].qualifier
        text = f"{qualifier} {text}" if qualifier and all(f.qualifier == qualifier for f in figures) else text
    stage = group.stage_label(figures[0])
    # (the stage after the value, in brackets: "≈ about 180 tonnes (earlier update 11:00) ≠ about
    # 190 tonnes" reads as two values, where the label before it ran into the marks; trial 48 F5)
    return f"{text} ({stage})" if stage and all(group.stage_label(f) == stage for f in figures) else text


def _shown_size(figure: Figure, group: FigureGroup) -> float:
    """*figure*'s size as *group* shows it (:func:`_signed`); a measure converted from the agreed
    one to another unit (:func:`_converted`) shows the agreed size: "1 mile (1.6 km)", one value."""
    return group.agreed.size if group.agreed is not None and _converted(figure, group.agreed) else _signed(figure, group)


def _signed(figure: Figure, group: FigureGroup) -> float:
    """*figure*'s size (one of *group*'s), signed where *group*'s figures say opposite
    directions (:attr:`Figure.direction`): "fell 3.1%" -3.1 beside "rose 3.1%" 3.1; else its size
    ("cut by 15%" beside "reduce by 15%" is one value)."""
    return -figure.size if figure.direction < 0 and _opposed(group) else figure.size


def _opposed(group: FigureGroup) -> bool:
    """Whether *group*'s figures say moves in opposite directions ("fell 3.1%", "rose 3.1%")."""
    return len({f.direction for f in group.figures} - {0}) > 1


def _direction_sign(figures: Sequence[Figure], group: FigureGroup) -> str:
    """The sign a value of *figures* (of *group*) is shown with where *group*'s figures say
    opposite directions (:func:`_opposed`): "-" where they say it went down, "+" up; else ""."""
    said = {f.direction for f in figures} - {0}
    return "" if len(said) != 1 or not _opposed(group) else "+" if said == {1} else "-"


def _in_unit(size: float, unit: str) -> float:
    """A size (:attr:`Figure.size`) as a value in *unit*: 63,115,200 seconds in years is 2.0."""
    return float(f"{size / _PER_UNIT.get(unit, 1.0):.12g}")


def figures_to_json(story: Story, groups: Sequence[FigureGroup]) -> dict[str, object]:
    """The compared figures as JSON."""
    return {
        "figures": [
            {
                "unit": g.unit,
                "kind": g.kind,
                # what it is a figure of: its kind, and what a share is of ("share (net profit)")
                "quantity": g.quantity,
                "disagree": g.disagree,
                "verdict": g.verdict,
                # a count in words that names no one value is shown as given ("hundreds of people"), with no value
                # (a bid's sums in other currencies are in other_currencies, unconverted)
                "shown": [_direction_sign([f for f in _own(g).figures if not f.vague and _in_unit(_shown_size(f, g), g.unit) == v], g)
                          + format_value(abs(v), g.unit, g.kind)
                          for v in sorted({_in_unit(_shown_size(f, g), g.unit) for f in _own(g).figures if not f.vague})]
                         + list(dict.fromkeys(_vague_text(f) for f in _own(g).figures if f.vague)),
                # (a measure converted to another unit is the agreed value: "1.6 km" beside "1 mile" is 1 mile)
                "values": sorted({_in_unit(abs(_shown_size(f, g)), g.unit) for f in _own(g).figures if not f.vague}),
                "agreed": None if g.agreed is None or g.agreed.vague else g.agreed.value,
                # the same bid's sums in other currencies, as shown, not converted ("85 bitcoins")
                "other_currencies": list(g.elsewhere),
                "occurrences": [
                    {
                        "article": f.ref.article,
                        "outlet": story.article(f.ref.article).outlet,
                        "paragraph": f.ref.paragraph,
                        "span": list(f.span),
                        "text": f.text,
                        "value": None if f.vague else f.value,
                        # the values a count in words allows ("hundreds": [200, 999]), else null
                        "range": list(allows(f)) if f.vague else None,
                        "unit": f.unit,
                        "qualifier": f.qualifier,
                        # which way a move went as its words say: 1 up, -1 down, 0 not said
                        "direction": f.direction,
                        "verdict": verdict,
                        # "preliminary" or "official" where the quantity holds a preliminary count and another, else null
                        "stage": g.stage_label(f) or None,
                        # where the outlets split evenly, the side it is on ("A"), else null
                        "side": g.side_of(f) or None,
                    }
                    for f, verdict in zip(g.figures, g.verdicts)
                ],
            }
            for g in groups
        ]
    }
