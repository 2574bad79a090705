"""Reading numbers in text: which words are numbers, and what value a number as printed has.

One reader for every stage that reads figures: the linker (core.linking.align: which words of a
paragraph are numbers; core.linking.evidence: the figures a link's two sides give and how they
differ) and the figures view (core.views.figures: the same quantity as each outlet gives it).
A number is printed in digits ("1,200", "4.5"), in words ("Fourteen", "six-and-a-half", "two
dozen"), with a scale written out or cut short ("4.5 million", "EUR 1.2 bln", "3bn"), or in
words that name no one value ("dozens", "hundreds": :data:`VAGUE`); unless it is a name's,
counting nothing (:func:`designation`: "AK-47", "MH17", "the Western Europe 4 cable"). How two
values of one quantity compare is core.quantities, which builds on this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from core.text import CURRENCY_SIGNS, MONTHS, WEEKDAYS, is_stopword, search_fold

__all__ = ["HAN_DIGITS", "HAN_NUMERAL", "MYRIAD", "MYRIAD_GROUPS", "MYRIAD_SMALL", "myriad_value", "CLOCK_TIME", "CLOCK_ZONES", "clock_times", "clock_value", "MULTIPLIERS", "NUMBER_VALUES", "NUMBER_WORDS", "NUMBER_WORDS_ABROAD", "MULTIPLIERS_ABROAD", "JOINERS_ABROAD", "number_words_pattern", "SCALES", "SCALES_ABROAD", "SCALE_PARTS", "VAGUE", "designation", "is_number", "number_value", "phrase_value",
           "magnitudes", "scale_part", "DOTTED_THOUSANDS", "undotted", "GROUP_SPACES", "SPACED_THOUSANDS", "plain_digits"]

#: The languages (codes of :func:`core.text.language_of`) that mark a number's decimals with a
#: comma, so that a dot before groups of three digits groups its thousands ("250.000", "1,8
#: miljoen", Indonesian "2.000 orang", Romanian "2.500 de oameni", Catalan "1.200 persones",
#: Vietnamese "1.800 người"): those that print the dot, and those that print a space but never a
#: decimal point (French, Czech, Finnish, Russian ... "1.800" there is still 1800).
DOTTED_THOUSANDS = frozenset("de es it pt nl da nb pl tr el id ro ca vi sl sh hu cs sk fi et lt lv fr sv ru uk be bg sr mk Cyrl".split())
#: A number whose dots group thousands, when its language writes them so: "250.000", "1.250.000".
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")


#: The spaces that group a number's thousands where a language prints them so (French, Swedish,
#: Czech, Polish, Norwegian, Finnish ...) and the SI allows in any: a space, a no-break space
#: (U+00A0), a narrow no-break space (U+202F) or a thin space (U+2009), as real pages print them.
GROUP_SPACES = " \u00a0\u202f\u2009"
#: A number whose thousands are grouped by spaces (:data:`GROUP_SPACES`): "6 100", "7 000",
#: "1 250 000", with its decimals after a comma or a point ("1 234,5"); one to three digits,
#: then groups of exactly three ("in 2019 100 people" is two numbers, "6 1000" none grouped).
SPACED_THOUSANDS = re.compile(rf"(?<!\d)\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?:[.,]\d+)?(?!\d)")
_UNSPACED = str.maketrans("", "", GROUP_SPACES)


def undotted(raw: str, dotted: bool) -> str:
    """*raw*, a number as printed, without the dots that group its thousands where *dotted* (its
    language writes them so, :data:`DOTTED_THOUSANDS`): "250.000" is "250000"; else *raw* itself
    ("1.5", or any number where the language's dot is a decimal point)."""
    return raw.replace(".", "") if dotted and _DOTTED.fullmatch(raw) else raw


#: Numbers written as words, and the words that stand for a number ("dozens", "no one").
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion dozen dozens several no".split()
)

#: The value of each number word a figure may be written in ("Fourteen", "forty", "a dozen"); "a"
#: and "an" are one ("a year and a half", "a hundred").
NUMBER_VALUES = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
     "hundred": 100, "thousand": 1000, "dozen": 12, "a": 1, "an": 1}
#: The scale words of a sum or a count, written out or cut short ("billion", "bln", "bn"; "m" and
#: "k" only glued to a number or after a currency, where they cannot be metres or a 5k run).
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "mn": 1e6,
          "mln": 1e6, "mio": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "trln": 1e12}

#: The scale words of a sum or a count in the other languages news is read in, by the English
#: scale (:data:`SCALES`), in the forms and cases a number puts them in and cut short: "rund 3
#: Millionen", "ponad 2 mln", "trois millions", "tres millones", "tre miljoner", "drie miljoen",
#: "tři miliony", "τρία εκατομμύρια", "три мільйони", "5 тыс.". What core.stories.words.SCALES
#: lists for the stories stage is read too (core.views.figures).
SCALES_ABROAD = {word: english for english, words in {
    "thousand": "tausend duizend tusen tysiąc tysiące tysięcy tys tisíc tisíce χιλιάδες χιλ тисяча тисячі тисяч тис тысяча тысячи тысяч тыс",
    "million": "million millions millionen mio millón millones milhão milhões milione milioni miljoen miljoenen miljon miljoner "
               "milion miliony milionów milionu milionů mln εκατομμύριο εκατομμύρια εκατ мільйон мільйона мільйони мільйонів млн "
               "миллион миллиона миллионов",
    "billion": "milliard milliards milliarde milliarden mrd mia mds miliardo miliardi miljard miljarden miljarder miliard "
               "miliardy miliardów miliarda mld δισεκατομμύριο δισεκατομμύρια δισ мільярд мільярди мільярдів млрд миллиард "
               "миллиарда миллиардов",
}.items() for word in words.split()}

#: The parts of a scale written out before it ("a quarter of a million", "three-quarters of a
#: billion", "two-thirds of a million"), by the words of the part, folded to single spaces; "half"
#: ("half a million", "a half million") is read by :func:`number_value` as any half is.
SCALE_PARTS = {"a quarter": 0.25, "one quarter": 0.25, "quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
               "one third": 1 / 3, "two thirds": 2 / 3, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1}
#: The words before a scale that give a part of it: "a quarter of a", "three-quarters of an".
_PART_OF = re.compile(
    r"(?P<part>%s)[ -]+(?:of[ -]+)?an?" % "|".join(sorted((w.replace(" ", "[ -]+") for w in SCALE_PARTS), key=len, reverse=True)), re.I
)
#: A half more, after a number: "six-and-a-half", "two and a half", "deux et demi", "seis y
#: medio", "due e mezzo", "dois e meio", "twee en een half", and run into it, "zweieinhalb",
#: "tweeënhalf"; after a scale, half of the scale: "a million and a half", "un million et demi".
_AND_A_HALF = re.compile(
    r"[ -]+(?:and[ -]+a|et|y|e|en[ -]+een)[ -]+(?:half|demie?|medi[oa]|mezz[oa]|mei[oa])$|(?<=\w)(?:einhalb|ënhalf|enhalf)$",
    re.I,
)
#: One and a half in a word: the German "anderthalb", the Dutch "anderhalf".
_ONE_AND_A_HALF = frozenset({"anderthalb", "anderhalf"})
#: The small numbers in words of the other languages a report is read in (German, French,
#: Spanish, Italian, Portuguese, Dutch), read only before a half more ("zweieinhalb", "deux et
#: demi", :data:`_AND_A_HALF`): alone, "un", "die" or "e" would be numbers in every sentence.
_OTHER_NUMBER_VALUES = {
    word: n
    for words in (
        "ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        "un deux trois quatre cinq six sept huit neuf dix onze douze",
        "un dos tres cuatro cinco seis siete ocho nueve diez once doce",
        "un due tre quattro cinque sei sette otto nove dieci undici dodici",
        "um dois três quatro cinco seis sete oito nove dez onze doze",
        "een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    )
    for n, word in enumerate(words.split(), start=1)
} | {"une": 1, "uno": 1, "una": 1, "uma": 1, "duas": 2, "tweeë": 2, "drieë": 3}

#: Numbers written as words in the other languages news is read in (codes of
#: :func:`core.text.language_of`), as printed: the cardinals to twenty, the tens, the hundreds
#: where they are words of their own ("doscientos", "quinhentos"), a hundred and a thousand
#: (:data:`MULTIPLIERS_ABROAD`), and the forms a ten takes inside a word ("vent" of "ventuno").
#: The rest a language composes of these, as :func:`number_value` reads them with *language*:
#: "treinta y tres", "vinte e três", "vingt-trois", "soixante-dix", "on bir", "iki yüz", and in
#: one word "dreiundzwanzig", "drieëntwintig", "ventitré", "duemila". Words of one ("un", "une",
#: "ein", "een", "bir") are articles as often, and count only inside a number ("vingt et un").
NUMBER_WORDS_ABROAD: dict[str, dict[str, int]] = {
    language: {word: n for n, spelled in table.items() for word in spelled.split()}
    for language, table in {
        "es": {1: "un uno una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho", 9: "nueve",
               10: "diez", 11: "once", 12: "doce", 13: "trece", 14: "catorce", 15: "quince", 16: "dieciséis", 17: "diecisiete",
               18: "dieciocho", 19: "diecinueve", 20: "veinte", 21: "veintiuno veintiún veintiuna", 22: "veintidós",
               23: "veintitrés", 24: "veinticuatro", 25: "veinticinco", 26: "veintiséis", 27: "veintisiete", 28: "veintiocho",
               29: "veintinueve", 30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
               80: "ochenta", 90: "noventa", 100: "cien ciento", 200: "doscientos doscientas", 300: "trescientos trescientas",
               400: "cuatrocientos cuatrocientas", 500: "quinientos quinientas", 600: "seiscientos seiscientas",
               700: "setecientos setecientas", 800: "ochocientos ochocientas", 900: "novecientos novecientas", 1000: "mil"},
        "pt": {1: "um uma", 2: "dois duas", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito", 9: "nove",
               10: "dez", 11: "onze", 12: "doze", 13: "treze", 14: "catorze quatorze", 15: "quinze", 16: "dezesseis dezasseis",
               17: "dezessete dezassete", 18: "dezoito", 19: "dezenove dezanove", 20: "vinte", 30: "trinta", 40: "quarenta",
               50: "cinquenta", 60: "sessenta", 70: "setenta", 80: "oitenta", 90: "noventa", 100: "cem cento",
               200: "duzentos duzentas", 300: "trezentos trezentas", 400: "quatrocentos quatrocentas", 500: "quinhentos quinhentas",
               600: "seiscentos seiscentas", 700: "setecentos setecentas", 800: "oitocentos oitocentas",
               900: "novecentos novecentas", 1000: "mil"},
        "fr": {1: "un une", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
               10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize", 20: "vingt",
               30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 70: "septante", 80: "quatre-vingt quatre-vingts huitante octante",
               90: "nonante", 100: "cent cents", 1000: "mille"},
        "it": {1: "un uno una", 2: "due", 3: "tre tré", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette", 8: "otto", 9: "nove",
               10: "dieci", 11: "undici", 12: "dodici", 13: "tredici", 14: "quattordici", 15: "quindici", 16: "sedici",
               17: "diciassette", 18: "diciotto", 19: "diciannove", 20: "venti vent", 30: "trenta trent", 40: "quaranta quarant",
               50: "cinquanta cinquant", 60: "sessanta sessant", 70: "settanta settant", 80: "ottanta ottant",
               90: "novanta novant", 100: "cento", 1000: "mille mila"},
        "de": {1: "ein eine eins", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun",
               10: "zehn", 11: "elf", 12: "zwölf", 13: "dreizehn", 14: "vierzehn", 15: "fünfzehn", 16: "sechzehn", 17: "siebzehn",
               18: "achtzehn", 19: "neunzehn", 20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig",
               70: "siebzig", 80: "achtzig", 90: "neunzig", 100: "hundert", 1000: "tausend"},
        "nl": {1: "een één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien",
               11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien", 17: "zeventien",
               18: "achttien", 19: "negentien", 20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig",
               70: "zeventig", 80: "tachtig", 90: "negentig", 100: "honderd", 1000: "duizend"},
        # Polish by its cases too ("sześć dni", "sześciu marynarzy", "dwudziestu trzech"); "jeden" of
        # a compound only, as the words of one of other languages
        "pl": {1: "jeden jedna jedno", 2: "dwa dwie dwóch dwaj", 3: "trzy trzech trzej", 4: "cztery czterech czterej",
               5: "pięć pięciu", 6: "sześć sześciu", 7: "siedem siedmiu", 8: "osiem ośmiu", 9: "dziewięć dziewięciu",
               10: "dziesięć dziesięciu", 11: "jedenaście jedenastu", 12: "dwanaście dwunastu", 13: "trzynaście trzynastu",
               14: "czternaście czternastu", 15: "piętnaście piętnastu", 16: "szesnaście szesnastu",
               17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu", 19: "dziewiętnaście dziewiętnastu",
               20: "dwadzieścia dwudziestu", 30: "trzydzieści trzydziestu", 40: "czterdzieści czterdziestu",
               50: "pięćdziesiąt pięćdziesięciu", 60: "sześćdziesiąt sześćdziesięciu", 70: "siedemdziesiąt siedemdziesięciu",
               80: "osiemdziesiąt osiemdziesięciu", 90: "dziewięćdziesiąt dziewięćdziesięciu", 100: "sto stu",
               200: "dwieście dwustu", 300: "trzysta trzystu", 400: "czterysta czterystu", 500: "pięćset pięciuset",
               600: "sześćset sześciuset", 700: "siedemset siedmiuset", 800: "osiemset ośmiuset", 900: "dziewięćset dziewięciuset",
               1000: "tysiąc tysiące tysięcy"},
        "tr": {1: "bir", 2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi", 8: "sekiz", 9: "dokuz", 10: "on",
               20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli", 60: "altmış", 70: "yetmiş", 80: "seksen", 90: "doksan",
               100: "yüz", 1000: "bin"},
        "sv": {1: "en ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio",
               11: "elva", 12: "tolv", 13: "tretton", 14: "fjorton", 15: "femton", 16: "sexton", 17: "sjutton", 18: "arton",
               19: "nitton", 20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 60: "sextio", 70: "sjuttio", 80: "åttio",
               90: "nittio", 100: "hundra", 1000: "tusen"},
        # Czech, Greek, Ukrainian and Russian by the cases a count puts them in where they differ
        # ("tři miliony", "τρία εκατομμύρια", "три мільйони", "трёх"): the nominative's, and the genders'
        "cs": {1: "jeden jedna jedno", 2: "dva dvě", 3: "tři", 4: "čtyři", 5: "pět", 6: "šest", 7: "sedm", 8: "osm",
               9: "devět", 10: "deset", 11: "jedenáct", 12: "dvanáct", 13: "třináct", 14: "čtrnáct", 15: "patnáct",
               16: "šestnáct", 17: "sedmnáct", 18: "osmnáct", 19: "devatenáct", 20: "dvacet", 30: "třicet", 40: "čtyřicet",
               50: "padesát", 60: "šedesát", 70: "sedmdesát", 80: "osmdesát", 90: "devadesát", 100: "sto", 1000: "tisíc tisíce"},
        "el": {1: "ένας μία μια ένα", 2: "δύο", 3: "τρεις τρία", 4: "τέσσερις τέσσερα", 5: "πέντε", 6: "έξι", 7: "επτά εφτά",
               8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 20: "είκοσι", 30: "τριάντα",
               40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα", 100: "εκατό",
               1000: "χίλιοι χίλιες χίλια"},
        "uk": {1: "один одна одне", 2: "два дві", 3: "три", 4: "чотири", 5: "п'ять п’ять", 6: "шість", 7: "сім", 8: "вісім",
               9: "дев'ять дев’ять", 10: "десять", 11: "одинадцять", 12: "дванадцять", 20: "двадцять", 30: "тридцять",
               40: "сорок", 50: "п'ятдесят п’ятдесят", 100: "сто", 1000: "тисяча тисячі тисяч"},
        "ru": {1: "один одна одно", 2: "два две", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь", 8: "восемь",
               9: "девять", 10: "десять", 11: "одиннадцать", 12: "двенадцать", 20: "двадцать", 30: "тридцать", 40: "сорок",
               50: "пятьдесят", 100: "сто", 1000: "тысяча тысячи тысяч"},
    }.items()
}
#: The words of :data:`NUMBER_WORDS_ABROAD` that multiply the number before them ("deux cents",
#: "iki yüz", "zweihundert", "duemila", "mil doscientos" 1200).
MULTIPLIERS_ABROAD = frozenset("cent cents cento hundert honderd yüz mil mille mila tausend duizend bin tysiąc tysiące tysięcy "
                               "hundra tusen tisíc tisíce тисяча тисячі тисяч тысяча тысячи тысяч".split())
#: The words that join a number's parts, between words ("treinta y tres", "vingt et un", "vinte e
#: três") or inside one ("dreiundzwanzig", "drieëntwintig").
JOINERS_ABROAD = {"es": ("y",), "pt": ("e",), "fr": ("et",), "it": ("e",), "de": ("und",), "nl": ("en", "ën"), "tr": (), "pl": (),
                  "sv": (), "cs": (), "el": (), "uk": (), "ru": ()}
_FOLDED_ABROAD = {language: {search_fold(word): n for word, n in table.items()} for language, table in NUMBER_WORDS_ABROAD.items()}
_FOLDED_MULTIPLIERS = frozenset(search_fold(word) for word in MULTIPLIERS_ABROAD)


@lru_cache(maxsize=None)
def number_words_pattern(language: str | None) -> str:
    """A regular expression (a pattern to put in a group) of the numbers in words of *language*
    (:data:`NUMBER_WORDS_ABROAD`), printed or without accents, whole words joined by spaces,
    hyphens or the language's joiners (:data:`JOINERS_ABROAD`); "" for a language with none."""
    table = NUMBER_WORDS_ABROAD.get(language or "")
    if not table:
        return ""
    joiners = JOINERS_ABROAD[language or ""]
    parts, joined = ({form for word in words for form in (word, search_fold(word))} for words in (table, joiners))
    numbers, glue = ("|".join(re.escape(p) for p in sorted(forms, key=len, reverse=True)) for forms in (parts, parts | joined))
    word = f"(?:{numbers})(?:{glue})*"  # "drei", "dreiundzwanzig"; never a joiner alone ("y", "e")
    between = r"[- ]" + "".join(rf"|\s+{re.escape(j)}\s+" for j in joiners if " " not in j)
    return rf"{word}(?:(?:{between}){word})*(?![^\W\d_])"


def _words_abroad(text: str, language: str) -> float | None:
    """The value of a number in words of *language* (:data:`NUMBER_WORDS_ABROAD`): "veintitrés"
    23.0, "treinta y tres" 33.0, "soixante-dix" 70.0, "dreiundzwanzig" 23.0, "iki yüz elli" 250.0,
    "mil doscientos" 1200.0; None for other words, a lone word of one ("un", "ein": an article as
    often), or parts in an order no number has ("cinco y seis")."""
    table = _FOLDED_ABROAD.get(language)
    if not table:
        return None
    joiners = frozenset(search_fold(j) for j in JOINERS_ABROAD[language])
    parts: list[str] = []
    # (the French "quatre-vingt", eighty, is one word of the table written as two)
    for token in re.split(r"[- \s]+", search_fold(text).replace("quatre-vingt", "quatre_vingt")):
        if token in joiners:
            continue
        found = _segmented(token.replace("_", "-"), table, joiners)
        if found is None:
            return None
        parts.extend(found)
    if not parts or len(parts) == 1 and table[parts[0]] == 1:
        return None
    total = current = 0
    last = 0  # the last part added to *current*: the next must fit after it
    for part in parts:
        n = table[part]
        if part in _FOLDED_MULTIPLIERS:
            if n == 100:
                current, last = (current or 1) * 100, 100
            else:
                total, current, last = total + (current or 1) * n, 0, 0
            continue
        if last and not _follows(last, n):
            return None
        current, last = current + n, n
    return float(total + current)


def _follows(last: int, n: int) -> bool:
    """Whether a number's part *n* may follow its part *last* and be added to it: less than a
    hundred after hundreds ("doscientos tres"), a unit after a ten ("treinta y tres", "vingt-trois",
    "on bir"; a teen after sixty or eighty in French, "soixante-treize"), a ten after a unit
    ("dreiundzwanzig", "drieëntwintig"); never two units ("cinco y seis" is two numbers)."""
    if last >= 100:
        return n < 100
    if last % 10 == 0:
        return n < 10 or n < 20 and last in (60, 80)
    return last < 10 and 20 <= n < 100 and n % 10 == 0


def _segmented(word: str, table: dict[str, int], joiners: frozenset[str]) -> list[str] | None:
    """*word* (folded) as the words of *table* it runs together, the *joiners* inside it left out
    ("dreiundzwanzig": drei, zwanzig; "ventuno": vent, uno); None where it is none of them."""
    if word in table:
        return [word]
    for end in range(len(word) - 1, 1, -1):
        head = word[:end]
        if head in table or head in joiners:
            rest = _segmented(word[end:], table, joiners)
            if rest is not None:
                return rest if head in joiners else [head, *rest]
    return None


#: Number words that multiply the number before them ("two dozen" 24, "three hundred" 300).
MULTIPLIERS = frozenset({"dozen", "hundred", "thousand"})
#: Numbers in words that name no one value: the least and the greatest value each allows
#: ("dozens" 24 to 99, "hundreds" 200 to 999).
VAGUE = {
    "several": (3.0, 9.0), "dozens": (24.0, 99.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0), "millions": (2e6, 9.99e8),
}

_HAS_DIGIT = re.compile(r"\d").search  # in C: this runs once per word of every paragraph
#: A sum's number with its scale cut short, glued or not ("4.2m", "4.2 bn", "1.2bln", "30k").
_CUT_SHORT = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>[a-z]{1,4})", re.I)


def is_number(word: str) -> bool:
    """Whether *word* (folded) is a number, in digits or words (:data:`NUMBER_WORDS`)."""
    # (a word of letters alone, as most are, has no digit: str.isalpha() reads it without the regex)
    return word in NUMBER_WORDS or not word.isalpha() and _HAS_DIGIT(word) is not None


#: A comma between digits that cannot group thousands (one or two digits after it, or more
#: than three): a decimal comma, as Spanish, German or French print one ("1,6 kilómetros").
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d+),(\d{1,2}|\d{4,})(?![\d,])")


class _AsciiDigits(dict[int, int]):
    """A str.translate table of every script's decimal digits to ASCII ones ("১২০" "120", "１４"
    "14", "٣٠٠٠" "3000"; Unicode category Nd, by :func:`unicodedata.decimal`), filled as digits are
    met; any other character stays itself."""

    def __missing__(self, code: int) -> int:
        digit = unicodedata.decimal(chr(code), None)
        self[code] = found = code if digit is None else ord("0") + digit
        return found


_ASCII_DIGITS = _AsciiDigits()


def plain_digits(printed: str) -> str:
    """A number's digits as float() reads them: thousands' commas dropped ("1,200" "1200"), a
    decimal comma made a point ("1,6" "1.6", "12,75" "12.75": a comma followed by other than
    three digits groups no thousands). "1,600" stays 1600: an English reading of a comma that
    may be either. Spaces that group thousands are dropped ("6 100", "7\u00a0000": :data:`GROUP_SPACES`). Digits of other scripts are ASCII ones ("৩,০০০" "3000", "１４" "14"), as
    another outlet prints the same figure (a Bengali report of a grounding stood apart from the
    English, Serbian and Japanese ones: its figures were other strings)."""
    if not printed.isascii():
        printed = printed.translate(_ASCII_DIGITS).replace("٬", ",").replace("٫", ".")
    if " " in printed or not printed.isascii():
        # "6 100", "7\u00a0000": the spaces group thousands
        printed = SPACED_THOUSANDS.sub(lambda grouped: grouped.group().translate(_UNSPACED), printed)
    if "," not in printed:
        return printed
    return _DECIMAL_COMMA.sub(r"\1.\2", printed).replace(",", "")


def number_value(text: str, *, language: str | None = None) -> float | None:
    """The value of a number as printed: "1,200" 1200.0, "1,6" 1.6 (:func:`plain_digits`),
    "Fourteen" 14.0, "six-and-a-half" 6.5, "a dozen" 12.0, "two dozen" 24.0; in words of another
    *language* too (:data:`NUMBER_WORDS_ABROAD`: "seis" 6.0, "dreiundzwanzig" 23.0 in "es" and
    "de"); None if none."""
    english = _english_value(text)
    return _words_abroad(text, language) if english is None and language not in (None, "en") else english


def _english_value(text: str) -> float | None:
    """:func:`number_value` of a number in digits or English words."""
    text = plain_digits(text.lower())
    if text in ("a", "an"):
        return 1.0  # "a year and a half"
    try:
        return float(text)
    except ValueError:
        pass
    half = 0.5 if "half" in text else 0.0
    parts = [p for p in re.split(r"[- ]", text) if p not in ("and", "a", "half")]
    total = 0.0
    for part in parts:
        if part not in NUMBER_VALUES:
            return None
        n = NUMBER_VALUES[part]
        total = total * n if part in MULTIPLIERS and total else total + n  # "two dozen": 24
    return total + half


def scale_part(words: str) -> float | None:
    """The part of a scale *words* give, as printed ("three-quarters" 0.75, "A third" 1/3:
    :data:`SCALE_PARTS`); None for words that give none."""
    return SCALE_PARTS.get(" ".join(re.split(r"[ -]+", words.strip().lower())))


def phrase_value(text: str, *, cut_short: bool = False) -> float | None:
    """The value of a number phrase as printed, its scale word too: "4.5 million" 4500000.0,
    "two billion" 2e9, "1,200" 1200.0 (:func:`number_value` for the number); None if none.
    With *cut_short* (a sum of money, where "m" cannot be metres) a scale cut short counts too:
    "4.2m" 4200000.0, "3bn" 3e9. A part of a scale is that part of it ("a quarter of a million"
    250000.0, "half a million" and "a half million" 500000.0, "a million and a half" 1500000.0:
    :data:`SCALE_PARTS`). A half more after a number is read in the languages of
    :data:`_AND_A_HALF`: "six-and-a-half" 6.5, "zweieinhalb" 2.5, "seis y medio" 6.5; a part
    alone is no number ("a quarter", "three-quarters": None)."""
    text = text.strip()
    if text.lower() in _ONE_AND_A_HALF:
        return 1.5
    if more := _AND_A_HALF.search(text):
        head = text[: more.start()]
        scale = re.split(r"[ -]", head)[-1].lower()
        if scale in SCALES and len(scale) > 2:  # "a million and a half": half of its scale more
            whole = phrase_value(head)
            return None if whole is None else whole + SCALES[scale] / 2
        whole = _OTHER_NUMBER_VALUES.get(head.lower()) if " " not in head else None
        whole = number_value(head) if whole is None else whole  # "six-and-a-half", "zweieinhalb"
        return None if whole is None else whole + 0.5
    # the scale after a space or a hyphen ("3.5 billion", "a 3.5-billion-crown plan")
    head, scale = (re.split(r"[ -](?=[^ -]*$)", text, maxsplit=1) + [""])[:2]
    if head and scale.lower() in SCALES and len(scale) > 2:  # the words, not "m" or "bn" glued on
        part = _PART_OF.fullmatch(head)  # "a quarter of a million": that part of it
        value = scale_part(part["part"]) if part else number_value(head)
        value = _OTHER_NUMBER_VALUES.get(head.lower()) if value is None else value  # "deux millions"
        return None if value is None else value * SCALES[scale.lower()]
    short = _CUT_SHORT.fullmatch(text.strip()) if cut_short else None
    if short and short["scale"].lower() in SCALES:
        return float(plain_digits(short["num"])) * SCALES[short["scale"].lower()]
    return number_value(text)


def designation(text: str, flat: Sequence[int], k: int) -> bool:
    """Whether the number at word *k* of *text* (*flat*: each word's start and end, at 2k and
    2k + 1, as :func:`core.text.words_and_offsets` gives them) is part of a name, counting nothing:
    letters then digits in one word ("MH17", "G20", "A320"; not "$US1"); digits joined by a hyphen to a
    capitalised word ("AK-47", "Covid-19"; not "magnitude-5.2", a measure); digits after a
    word in capitals of one to three letters ("AK 47", "F 16"; not "A" or "I"); a model's
    number after a product's capitalised name inside a sentence, glued to letters or followed
    by another capitalised word ("the AeroCrisp 5L air fryers", "a Boeing 737 Max"; not "in
    Gaza 30 people", nor "Around 5L of water" at a sentence's start), or before one thing
    (:func:`_one_thing_after`: "the Western Europe 4 cable network")."""
    start, end = flat[2 * k], flat[2 * k + 1]
    word = text[start:end]
    if word[:1].isalpha():
        # letters then digits, no sum ("$US1 million") and no words run together ("was.41")
        return _LETTERS_DIGITS.fullmatch(word) is not None and not text[max(0, start - 1) : start] in CURRENCY_SIGNS
    if k == 0:
        return False
    before = text[flat[2 * k - 2] : flat[2 * k - 1]]
    gap = text[flat[2 * k - 1] : start]
    if not (before[:1].isupper() and before.isalpha()):
        return False
    if gap == "-":
        return True
    if gap != " ":
        return False
    if before.isupper() and len(before) <= 3 and before not in ("A", "I"):
        return True
    folded_before = before.lower()
    if folded_before in MONTHS or folded_before in WEEKDAYS:
        return False
    # Inside a sentence: the capitalised word before is a name, not a sentence's first word.
    inside = k > 1 and _STOP.search(text, flat[2 * k - 3], flat[2 * k - 2]) is None
    glued = any(c.isalpha() for c in word)
    after = 2 * k + 2
    followed = after < len(flat) and text[end:flat[after]] == " " and text[flat[after]].isupper()
    return inside and (glued or followed or _one_thing_after(text, flat, k))


def _one_thing_after(text: str, flat: Sequence[int], k: int) -> bool:
    """Whether the number at word *k* of *text* (in digits, more than one) stands before one
    thing: a lowercase noun in the singular that no plural noun follows ("Western Europe 4 cable
    network", "4 cable was cut"); a count above one counts things in the plural ("3 car bombs"),
    and a measure or a time is given in the singular too (:data:`_MEASURE_WORDS`: "10 km")."""
    word = text[flat[2 * k] : flat[2 * k + 1]]
    after = 2 * k + 2
    if not word.isdigit() or int(word) <= 1 or after >= len(flat) or text[flat[2 * k + 1] : flat[after]] != " ":
        return False
    noun = text[flat[after] : flat[after + 1]]
    if (not (noun.isalpha() and noun.islower() and len(noun) >= 3) or _plural(noun) or is_stopword(noun)
            or noun in _MEASURE_WORDS or noun.endswith(_DESCRIBING)):
        return False  # "14 energized minutes": words that describe what it counts
    if after + 2 < len(flat) and text[flat[after + 1] : flat[after + 2]] == " ":
        following = text[flat[after + 2] : flat[after + 3]]
        if following in ("and", "or"):
            return False  # "14 energized and efficient minutes": the phrase goes on
        return not (following.isalpha() and following.islower() and _plural(following) and not is_stopword(following))
    return True


#: Endings of words that describe what a count counts rather than name it ("energized",
#: "remaining", "nearly"): a count's noun may follow them.
_DESCRIBING = ("ed", "ing", "ly")


def _plural(noun: str) -> bool:
    """Whether lowercase *noun* may be a plural: in "-s", in "-men" ("gunmen"), or one of
    :data:`_PLURALS` ("people", "children", "police")."""
    return noun.endswith(("s", "men")) or noun in _PLURALS


#: Plurals not in "-s": a count of them is a count ("30 people", "12 children", "40 police").
_PLURALS = frozenset(
    """people children men women police staff personnel crew cattle sheep fish aircraft deer livestock troops feet
    teeth geese mice folk offspring youth clergy""".split()
)


#: Words of a measure, a time, a share or a scale a number may stand before in the singular
#: ("the New York 10 mile race", "In Port Halden 12 percent"): after a name they are no model's
#: name ("4 cable") but the number's unit.
_MEASURE_WORDS = frozenset(
    """percent pct per cent mile metre meter kilometre kilometer foot feet inch yard acre hectare tonne ton pound kilo
    gram litre liter gallon barrel degree mph kph kmh knot second minute hour day week month year decade century
    point thousand hundred million billion trillion dozen bln mln gmt utc local""".split()
)


_LETTERS_DIGITS = re.compile(r"[^\W\d_]+\d[^\W_]*")  # "MH17", "A320neo", a batch's "L2611A"
#: A sentence's or a clause's end between two words.
_STOP = re.compile(r"[.!?:;\n]")


#: What may stand between a magnitude and its quake ("a 5.9 undersea quake", "a 6.1 strong
#: shallow earthquake"): words that describe a quake, never a scale ("1.5 million earthquake
#: victims" gives no magnitude).
_QUAKE_WORDS = (
    "strong|powerful|shallow|deep|undersea|underwater|offshore|submarine|moderate|major|minor|light|"
    "massive|huge|large|big|great|violent|deadly|devastating|destructive|initial|preliminary"
)


#: An earthquake's magnitude: "magnitude 6.1", "a magnitude-5.2 quake", "of magnitude 6.1",
#: "a 6.1-magnitude quake", "measuring 5.6 on the Richter scale" (a number with one decimal at most),
#: a number with its tenth right before the quake it measures ("a 5.9 quake", "a 6.4
#: earthquake", "a 4.8 aftershock", "a 5.9 undersea quake"), and the seismologists' "M4.8" and
#: "Mw 6.1"; not "2.3 earthquakes a day", nor "a $1.5 earthquake levy".
_MAGNITUDE = re.compile(
    r"\bmagnitude(?:\s+of)?[\s-]+(?P<num>\d(?:\.\d)?)(?![\d.]\d)"
    r"|(?<![\w.-])(?P<num2>\d(?:\.\d)?)(?:\s*-\s*|\s+)(?:magnitude\b|on\s+the\s+richter\s+scale\b)"
    r"|(?<![\w.,$€£¥-])(?P<num3>\d\.\d)(?=(?:\s*-\s*|\s+)(?:(?:" + _QUAKE_WORDS + r")\s+){0,2}"
    r"(?:earthquake|quake|tremor|temblor|aftershock)\b)"
    # (not Lesotho's maloti: "M2.5 million")
    r"|(?<![\w.])(?-i:M[wLs]?)\s?(?P<num4>\d\.\d)\b(?![.,]\d)(?!\s*(?:million|billion|thousand|bn|mn|m|k)\b)",
    re.I,
)


def magnitudes(text: str) -> list[tuple[int, int, float]]:
    """The earthquake magnitudes *text* gives (:data:`_MAGNITUDE`), each as its span (the number,
    or with "6.1-magnitude" the words too) and its value: a measure of one quake, never a count of
    quakes ("a 5.9 quake" is no 5.9 quakes), read by the figures view and a link's differences."""
    found = []
    for match in _MAGNITUDE.finditer(text):
        group = next(name for name in ("num", "num2", "num3", "num4") if match[name])
        start, end = match.span() if group == "num2" else match.span(group)
        found.append((start, end, float(match[group])))
    return found


#: Time zones a clock time is given in ("20:49 GMT", "10:15 a.m. ET"), folded; "local" names none.
CLOCK_ZONES = "GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT"
#: A clock time something happens at, with the words that place it ("at 8.49pm", "shortly before
#: 9pm", "from 10:15 a.m. ET", "at 2045 GMT", "at midnight"): its hour, minutes, half of the day
#: and zone. A time with neither minutes nor a half of the day ("at 8") is no clock time, nor is
#: four digits with no zone ("by 2045" is a year). A time alone in brackets is one with no words
#: placing it ("(13:36 GMT)", "at 9pm (2100 GMT)"): its lead is empty. One reader for the figures
#: view's times and a link's (core.linking.evidence): "3.40am", "3.40 am", "3:40 a.m." and "03:40"
#: are one time.
CLOCK_TIME = re.compile(
    r"(?<![\w.:-])(?P<lead>(?:(?:shortly|just|soon|sometime|some\s+time)\s+)?(?:at|from|until|till|by|before|after|around|about|since|past)\s+"
    r"(?:(?P<near>about|around|approximately|roughly|nearly|almost)\s+)?|(?<=\()(?P<bracket>))"
    r"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?P<half>[ap]\.?\s?m\b\.?))?"
    r"|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:" + CLOCK_ZONES + r")\b)|(?P<named>noon|midday|midnight))"
    r"(?:\s*(?P<zone>(?:" + CLOCK_ZONES + r")\b|local\s+time))?(?![\w:]|\.\d)(?(bracket)(?=\s*\)))",
    re.I,
)


#: The clock times :data:`CLOCK_TIME` names, alone: one scan for them, as case-blind as it is.
_NAMED_TIME = re.compile(r"noon|midday|midnight", re.I).search


def clock_value(match: re.Match[str]) -> tuple[float, str] | None:
    """The minutes after midnight and the zone ("GMT"; "" for none) of a clock time *match* of
    :data:`CLOCK_TIME`: "8.49pm" 1249.0, "3:40 a.m." and "03:40" 220.0, "17:06 pm" (a 24-hour
    time, its half of the day said again) 1026.0; None where it names no time of day
    unambiguously ("at 8", "at 13pm", "at 8.49": a figure as often as a time)."""
    zone = (match["zone"] or "").upper()
    zone = "" if zone.startswith("LOCAL") else zone
    if match["named"]:
        minutes = 0 if match["named"].lower() == "midnight" else 12 * 60
    elif match["hhmm"]:
        minutes = int(match["hhmm"][:2]) * 60 + int(match["hhmm"][2:])
    else:
        hour, minute, half = int(match["hour"]), int(match["minute"] or 0), (match["half"] or "")[:1].lower()
        if half and match["minute"] is not None and (hour >= 13 and half == "p" or hour == 0 and half == "a"):
            pass  # a 24-hour time with its half of the day said again: "17:06 pm" is 17:06, "00:30 am" 00:30
        elif half:
            if not 1 <= hour <= 12:
                return None  # "at 13pm", "0am", "17:06 am"
            hour = hour % 12 + (12 if half == "p" else 0)
        elif match["minute"] is None or not (zone or ":" in match[0] or match["bracket"] is None and (
                hour >= 13 or len(match["hour"]) == 2 and match["hour"][0] == "0")):
            return None  # "at 8", "at 8.49", "by 0.25", "(16.40)" (a figure as often as a time; "at 08.49" is one)
        minutes = hour * 60 + minute
    return float(minutes), zone


def clock_times(text: str) -> list[tuple[int, int, float, str]]:
    """The clock times something happens at in *text* (:data:`CLOCK_TIME`, :func:`clock_value`),
    each as where its time starts and ends (the words placing it left out: "3.40am" of "at about
    3.40am"), its minutes after midnight and its zone ("" for none)."""
    found: list[tuple[int, int, float, str]] = []
    if _HAS_DIGIT(text) is None and _NAMED_TIME(text) is None:
        return found  # every clock time has a digit or is named: two scans in C say there is none
    for match in CLOCK_TIME.finditer(text):
        if (clock := clock_value(match)) is not None:
            start = next(match.start(g) for g in ("hour", "hhmm", "named") if match[g])
            found.append((start, match.end(), *clock))
    return found


#: The units of the myriad numerals of Korean, Chinese and Japanese, written between digits
#: ("4만2천" 42,000; "1조2천억" 1.2 trillion; "3.5亿" 350 million; "1万2000" 12,000): the small ones
#: (ten, hundred, thousand), which count within a group of four digits, and the groups of four
#: digits themselves (myriad, hundred million, trillion), by their value.
MYRIAD_SMALL = {"십": 10, "백": 100, "천": 1000, "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MYRIAD_GROUPS = {"만": 10**4, "万": 10**4, "萬": 10**4, "억": 10**8, "亿": 10**8, "億": 10**8, "조": 10**12, "兆": 10**12}
_MYRIAD_UNIT = "[" + "".join(MYRIAD_SMALL) + "".join(MYRIAD_GROUPS) + "]"
#: The digits of Chinese and Japanese written as characters ("二十人", "三百", "两千"), by value.
HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "壱": 1, "二": 2, "两": 2, "兩": 2, "弐": 2, "三": 3, "参": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_DIGIT = "[" + "".join(HAN_DIGITS) + "]"
#: A myriad numeral in Arabic digits: digits before one of its units at least, the digits after
#: its last unit with it ("4만2천", "1万2000", "3.5亿", "2천"); plain digits are no myriad numeral.
MYRIAD = re.compile(rf"\d+(?:\.\d+)?{_MYRIAD_UNIT}(?:\d+(?:\.\d+)?{_MYRIAD_UNIT}|{_MYRIAD_UNIT})*(?:\d+(?![\d.,]))?")
#: A number written in Han characters ("二十", "一百二十三", "三千五百", "两万"; digit by digit,
#: "二〇二六"), or in digits and Han units ("1万2000"): see :func:`myriad_value`.
HAN_NUMERAL = re.compile(rf"(?:{_HAN_DIGIT}|{_MYRIAD_UNIT})+")
_MYRIAD_PART = re.compile(rf"(\d+(?:\.\d+)?|{_HAN_DIGIT}+)?({_MYRIAD_UNIT})?")


def myriad_value(numeral: str) -> float | None:
    """The value of *numeral*, a myriad numeral of Korean, Chinese or Japanese written in digits
    (:data:`MYRIAD`: "4만2천" 42000.0, "1조2천억" 1.2e12, "1万2000" 12000.0) or in Han characters
    (:data:`HAN_NUMERAL`: "二十" 20.0, "三千五百" 3500.0, "二〇二六" 2026.0; a unit alone, "十",
    is its value); None where *numeral* is no such numeral throughout ("", "2천명")."""
    total = small = 0.0
    read = 0
    for part in _MYRIAD_PART.finditer(numeral):
        digits, unit = part.groups()
        if not part[0]:
            continue
        if part.start() != read:
            return None
        read = part.end()
        n = None
        if digits:
            if digits[0].isdigit():
                n = float(digits)
            else:  # Han digits: one alone is its value, several are read digit by digit ("二〇二六")
                n = float("".join(str(HAN_DIGITS[c]) for c in digits))
        if unit is None:
            small += n or 0
        elif unit in MYRIAD_SMALL:
            small += (1 if n is None else n) * MYRIAD_SMALL[unit]
        else:
            total += ((small + (n or 0)) or 1) * MYRIAD_GROUPS[unit]
            small = 0.0
    return total + small if read == len(numeral) and numeral else None
