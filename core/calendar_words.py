"""The calendar's words in every language: the months' names and their numbers, the weekdays' names.

One vocabulary for every stage that reads a date: the reading stage (:mod:`core.reading.judge`:
dates, datelines) and the reader of live updates' stamps (:mod:`core.stamps`), which the figures
view uses too without loading the reading stage.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from core.text import MONTHS, UNSPACED

__all__ = [
    "DAY_OF_MONTH", "INDIC", "JOINERS", "MONTH_KEYS", "MONTH_MAJORITY", "NO_JOINERS", "SYLLABLE", "WEEKDAY_WORD", "WEEKDAY_WORDS",
    "OWN_MONTH_PHRASES", "PHRASE_MONTH_LANGUAGES", "majority_month", "month_key", "month_name_counts", "month_number", "month_phrases",
    "phrase_months", "WEEKDAYS_CAPITALISED", "WEEKDAY_FULL_SHARE", "WEEKDAY_KEYS", "weekday_names", "weekday_number", "weekday_pattern", "weekdays_anywhere",
    "THAI_MONTH_ABBREVIATIONS", "SOLAR_HIJRI_MONTHS", "ETHIOPIAN_MONTHS", "CALENDAR_MONTHS",
]


#: The letters of the Indic scripts (Devanagari to Sinhala), which write no capitals.
INDIC = r"[\u0900-\u0963\u0966-\u0dff]"
#: A letter or a mark of an Indic script, no digit.
SYLLABLE = rf"(?:(?!\d){INDIC})"

#: The zero-width joiner and non-joiner, which a script's spelling may put inside a month's name
#: (Sinhala's April, "අප්‍රේල්", with a ZWJ; a ZWNJ in Persian words) or leave out, and the
#: combining grapheme joiner :func:`~core.reading.judge.date_reading` writes for them: none of
#: them a letter a month's name is told by (:func:`month_key`).
JOINERS = "\u200c\u200d\u034f"
NO_JOINERS = str.maketrans("", "", JOINERS)


def month_key(word: str) -> str:
    """*word*, a month's name or abbreviation, as month names are looked up: folded, without its
    full stop and without the joiners its spelling may or may not write (:data:`JOINERS`)."""
    word = word.casefold().rstrip(".")
    return word.translate(NO_JOINERS) if any(c in JOINERS for c in word) else word


@functools.lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Month names and abbreviations of every language dateparser knows (its locale data, from
    the Unicode CLDR), folded, each with its month: words of three letters or more, or a month's
    full name of two syllables in an Indic script (:data:`_SYLLABLES`: Hindi's "मई", Bengali's
    "মে", Tamil's "மே"; not an abbreviation as short, Tamil's "ஜன"). A word that names two months in two languages
    is the month of the most languages when they are three times as many as the others ("Mac" is
    March in Malay, Swahili and nine more, February in Basaa only), else left out ("listopad":
    November in Czech and Polish, October in Croatian)."""
    return {word: month for word, months in month_name_counts().items() if (month := majority_month(months)) is not None}


def majority_month(months: Counter[int]) -> int | None:
    """The month (1-12) of a word that names a month in several languages, *months* counting the
    languages that name each month by it: the month most name, where they are MONTH_MAJORITY times
    as many as those that name the others; else None."""
    (month, most), *others = months.most_common()
    return month if most >= MONTH_MAJORITY * sum(n for _, n in others) else None


#: The languages of news pages whose months dateparser's locale data does not name, read from the
#: Unicode CLDR through babel (as :func:`~core.reading.judge._weekday_names` reads weekdays): Sindhi,
#: Sundanese, Javanese, Turkmen, Tajik, Tatar, Bashkir, Chuvash, Kurmanji, Sanskrit, Maithili, Bhojpuri, Dogri,
#: Manipuri, Santali, Cebuano, Chichewa, Xhosa, Sesotho, Tswana, Maori, Occitan, Corsican, Sardinian,
#: Saraiki, Balochi, Nigerian Pidgin, Low German. (Not those CLDR gives only placeholders for, "M01".)
_CLDR_MONTH_LANGUAGES = "sd su jv tk tg tt ba cv ku sa mai bho doi mni sat ceb ny xh st tn mi oc co sc skr bal pcm nds"


def _cldr_months(code: str) -> Iterator[tuple[int, str]]:
    """Each month's name in the language of CLDR *code*, through babel, with its month (1-12): the
    full and abbreviated names of both contexts ("format", "stand-alone"), none with a figure (the
    placeholders "M01")."""
    from babel import Locale

    months = Locale.parse(code).months
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in months[context][width].items():
                if name and not any(c.isdigit() for c in name):
                    yield number, name


def _cldr_month_names(code: str) -> list[list[str]]:
    """The names of the months (January first) in the language of CLDR *code* (:func:`_cldr_months`):
    single words."""
    table: list[list[str]] = [[] for _ in range(12)]
    for number, name in _cldr_months(code):
        if " " not in name and 1 <= number <= 12:
            table[number - 1].append(name)
    return table


@functools.lru_cache(maxsize=1)
def month_name_counts() -> dict[str, Counter[int]]:
    """Each month name and abbreviation :func:`_month_names` reads (folded), with how many of
    dateparser's languages, and of :data:`_CLDR_MONTH_LANGUAGES`, name each month by it."""
    from dateparser.languages.loader import default_loader

    found: dict[str, Counter[int]] = {}
    tables = [[locale.info.get(key, []) for key in MONTH_KEYS]
              for locale in default_loader.get_locales(use_given_order=False, allow_conflicting_locales=False)]
    tables += [_cldr_month_names(code) for code in _CLDR_MONTH_LANGUAGES.split()]
    for table in tables:
        for number, names in enumerate(table, start=1):
            words = {month_key(name) for name in names}
            full = max(words, key=len, default="")
            for word in words:
                if len(word) >= 3 or word == full and _SYLLABLES.fullmatch(word):
                    found.setdefault(word, Counter())[number] += 1
    return found


#: A word of two letters, or a letter and its vowel sign, in an Indic script (Devanagari to
#: Sinhala): a whole word there ("मई", "মে", "மே" are May), as it is nowhere in the Latin alphabet.
_SYLLABLES = re.compile(rf"{SYLLABLE}{{2}}")


#: How many times more languages must name a word's month than name another month by it.
MONTH_MAJORITY = 3


MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")


def month_number(word: str) -> int | None:
    """The month (1-12) a month's name or abbreviation names: English first ("Mar", "March"), then
    the other languages of dateparser's locale data ("mars", "März", "março", "Mart"), then a month's
    name of several words keyed as one (:func:`phrase_months`: "meánfómhair"), then a Thai month's
    abbreviation (:data:`THAI_MONTH_ABBREVIATIONS`: "พ.ค."); None for other words."""
    word = month_key(word)
    return MONTHS.get(word) or _month_names().get(word) or phrase_months().get(word) or THAI_MONTH_ABBREVIATIONS.get(word)


#: The Thai months' abbreviations, as Thai pages date by them ("12 พ.ค. 2569"), keyed as
#: :func:`month_key` folds them (without their last full stop). Source: the Royal Institute's
#: abbreviations of the month names; CLDR gives them without their dots.
THAI_MONTH_ABBREVIATIONS: dict[str, int] = {
    a.rstrip("."): n for n, a in enumerate(
        ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."), start=1)
}


#: The months of the Solar Hijri calendar (Iran's and Afghanistan's), as Persian pages date by it ("۱۴
#: اسفند ۱۴۰۴" is 5 March 2026), each to its number in the year, keyed as :func:`month_key` folds
#: them. Source: CLDR's "persian" calendar in Persian (babel ships the Gregorian months only),
#: with "امرداد", Iran's official spelling of Mordad.
SOLAR_HIJRI_MONTHS: dict[str, int] = {
    name: n for n, names in enumerate(
        (("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",), ("مهر",), ("آبان",),
         ("آذر",), ("دی",), ("بهمن",), ("اسفند",)), start=1) for name in names
}
#: The months of the Ethiopian calendar, as Amharic pages date by it ("መጋቢት 12 ቀን 2018 ዓ.ም." is 21
#: March 2026), each to its number in the year (the 13th, Pagume, of five or six days), keyed as
#: :func:`month_key` folds them. Source: CLDR's "ethiopic" calendar in Amharic, with the spellings
#: Amharic writes with the other letters of the same sound ("ህዳር" for "ኅዳር", "ታህሳስ" for "ታኅሣሥ").
ETHIOPIAN_MONTHS: dict[str, int] = {
    name: n for n, names in enumerate(
        (("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ህዳር"), ("ታኅሣሥ", "ታህሳስ", "ታኅሳስ"), ("ጥር",), ("የካቲት",), ("መጋቢት",),
         ("ሚያዝያ",), ("ግንቦት",), ("ሰኔ",), ("ሐምሌ", "ሀምሌ"), ("ነሐሴ", "ነሀሴ"), ("ጳጉሜን", "ጳጉሜ")), start=1) for name in names
}
#: The calendars other than the Gregorian whose dates a page may print with no Gregorian one, each
#: by its name, to its months (:data:`SOLAR_HIJRI_MONTHS`, :data:`ETHIOPIAN_MONTHS`); the reading
#: stage turns a date of theirs into the Gregorian day (:func:`core.reading.judge.find_date`).
CALENDAR_MONTHS: dict[str, dict[str, int]] = {"solar_hijri": SOLAR_HIJRI_MONTHS, "ethiopian": ETHIOPIAN_MONTHS}


#: The languages whose months CLDR names in phrases of two words or more, each read as one word in a
#: date (:func:`~core.reading.judge.date_reading`): Irish ("Meán Fómhair", "Deireadh Fómhair"), Scottish Gaelic ("An
#: t-Sultain", "dhen Dàmhair"), Manx ("Mee ny Nollick"), Cornish ("mis Genver").
PHRASE_MONTH_LANGUAGES = "ga gd gv kw"
#: Months' names in phrases that CLDR does not give but newspapers print, with their month: Irish
#: "Mí na Samhna" (November) and "Mí na Nollag" (December), beside CLDR's "Samhain" and "Nollaig".
OWN_MONTH_PHRASES = {"mí na samhna": 11, "mí na nollag": 12}


def _phrase_key(phrase: str) -> str:
    """A month's phrase as month names are looked up (:func:`month_key`), its spaces and hyphens gone."""
    return month_key(re.sub(r"[\s\u034f-]", "", phrase))


@functools.lru_cache(maxsize=1)
def _phrase_names() -> tuple[tuple[str, int], ...]:
    """Each month's name of several words, with its month: :data:`OWN_MONTH_PHRASES`, then
    :data:`PHRASE_MONTH_LANGUAGES`' in CLDR (:func:`_cldr_months`)."""
    return (*OWN_MONTH_PHRASES.items(),
            *((name, number) for code in PHRASE_MONTH_LANGUAGES.split() for number, name in _cldr_months(code) if re.search(r"[\s-]", name)))


@functools.lru_cache(maxsize=1)
def phrase_months() -> dict[str, int]:
    """Each month's name of several words (:func:`_phrase_names`) as :func:`_phrase_key` keys it,
    with its month (the first given where two name one key)."""
    found: dict[str, int] = {}
    for phrase, month in _phrase_names():
        found.setdefault(_phrase_key(phrase), month)
    return found


@functools.lru_cache(maxsize=1)
def month_phrases() -> re.Pattern[str]:
    """A pattern of every month's name of several words (:func:`_phrase_names`), case and accents as
    written or not, a whole phrase."""
    phrases = {phrase.casefold() for phrase, _ in _phrase_names()}
    spelled = "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", p))) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{spelled})(?!\w)", re.I)


#: The small word between a day and its month's name in the languages that write one: Spanish,
#: Portuguese and Catalan "de" ("5 de junio de 2026"), Catalan "d'" before a vowel ("3 d'abril de
#: 2026"), Italian "di" ("3 di marzo 2026"), Maltese "ta'" ("29 ta' Jannar 2026").
DAY_OF_MONTH = r"(?:(?:de|di|ta['’])\s+|d['’])"


#: The weekdays' names and abbreviations a page prints before a date, each with its number (Monday
#: 0 to Sunday 6): English, German, French, Spanish, Italian and Dutch, in that order, Monday to
#: Sunday. A word two languages share names one day in both ("do", "di", "mar", "ven", "dom").
WEEKDAY_WORDS: dict[str, int] = {
    word: day
    for days in (
        "mon tue wed thu fri sat sun", "monday tuesday wednesday thursday friday saturday sunday",
        "mo di mi do fr sa so", "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "lun mar mer jeu ven sam dim", "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun mar mié jue vie sáb dom", "lunes martes miércoles jueves viernes sábado domingo",
        "lun mar mer gio ven sab dom", "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "ma di wo do vr za zo", "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    )
    for day, word in enumerate(days.split())
} | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
WEEKDAY_WORD = "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True))


#: The weekdays' names that are another word too when written in small letters, by language: read
#: as a weekday only where written with a capital (Turkish "pazar", a market; Romanian "luni",
#: months; Indonesian and Malay "minggu", a week; Tagalog "linggo", a week; Greek "τρίτη", third;
#: Russian "среда", an environment; Czech "středa", the middle), as core.stories.words.LEAD_WEEKDAYS
#: reads them in leads.
WEEKDAYS_CAPITALISED: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {"tr": "pazar", "ro": "luni", "id": "minggu", "ms": "minggu", "tl": "linggo", "fil": "linggo",
                            "el": "τρίτη", "ru": "среда", "cs": "středa"}.items()
}


#: The keys of dateparser's locale data that hold the weekdays' names, Monday first.
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The least length a weekday's name dateparser gives must have, as a share of its longest name of
#: that day in that language, to be read: its full names and their forms (Finnish "maanantai" beside
#: "maanantaina", Polish "niedzielę" beside "niedziela"), not its abbreviations ("pzt", "pon") nor a
#: shortened name that is another word (Portuguese "Segunda", second, of "segunda-feira").
WEEKDAY_FULL_SHARE = 0.75


@functools.lru_cache(maxsize=1)
def _dateparser_locales() -> dict[str, object]:
    """dateparser's locales by code (its locale data, from the Unicode CLDR), English aside."""
    from dateparser.languages.loader import default_loader

    return {locale.shortname: locale for locale in default_loader.get_locales(use_given_order=False, allow_conflicting_locales=False)
            if locale.shortname != "en"}


def _unaccented(word: str) -> str:
    """*word* without its accents where it is written in Latin letters ("miércoles": "miercoles",
    as typed without them); else *word*."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return bare if bare.isascii() else word


def _full_names(names: Iterable[str]) -> list[str]:
    """Of one weekday's *names* in one language, folded: the full ones (:data:`WEEKDAY_FULL_SHARE`),
    of letters and hyphens only, four letters or more or in a script written without spaces ("木曜日"),
    each also without its accents."""
    words = {n.casefold() for n in names if n and all(c.isalpha() or c == "-" for c in n)}
    longest = max(map(len, words), default=0)
    full = [w for w in words if len(w) >= WEEKDAY_FULL_SHARE * longest and (len(w) >= 4 or re.match(f"[{UNSPACED}]", w))]
    return list(dict.fromkeys([*full, *map(_unaccented, full)]))


@functools.lru_cache(maxsize=None)
def weekday_names(language: str | None) -> dict[str, int]:
    """The weekdays' names of *language* (a code, as core.text.language_of tells it), folded, each
    with its place in the week (Monday 0 to Sunday 6), read as the months' names are: dateparser's
    locale data (from the Unicode CLDR) where it knows the language, its full names
    (:func:`_full_names`: "pazartesi", "poniedziałek", "maanantai" and "maanantaina", "segunda-feira"),
    else the CLDR's, through babel (the full names of both contexts, "format" and "stand-alone");
    empty for English (core.text.WEEKDAY_NAMES) and a language neither knows."""
    if not language or language == "en":
        return {}
    locale = _dateparser_locales().get(language)
    if locale is not None:
        info = locale.info  # type: ignore[attr-defined]
        return {word: day for day, key in enumerate(WEEKDAY_KEYS) for word in _full_names(info.get(key, []))}
    from babel import Locale, UnknownLocaleError

    try:
        days = Locale.parse(language.replace("-", "_")).days
    except (ValueError, TypeError, UnknownLocaleError):
        return {}
    return {word: day for day in range(7)
            for word in _full_names([days[context]["wide"].get(day, "") for context in ("format", "stand-alone")])}


@functools.lru_cache(maxsize=None)
def weekday_pattern(language: str | None) -> re.Pattern[str] | None:
    """A pattern of the weekdays' names of *language* (:func:`weekday_names`, group ``weekday``),
    in any case but those :data:`WEEKDAYS_CAPITALISED` reads only with a capital, a whole word
    (a name in a script written without spaces, "木曜日", wherever it stands); None where it has none."""
    names = weekday_names(language)
    if not names:
        return None
    capitalised = WEEKDAYS_CAPITALISED.get(language or "", frozenset())

    def spelled(name: str) -> str:
        word = re.escape(name)
        if name in capitalised:  # "Pazar", not "pazar" (a market)
            word = re.escape(name[:1].upper()) + re.escape(name[1:])
        else:
            word = f"(?i:{word})"
        return word if re.match(rf"[{UNSPACED}]", name) else rf"(?<![\w-]){word}(?![\w-])"

    return re.compile("(?P<weekday>" + "|".join(spelled(n) for n in sorted(names, key=len, reverse=True)) + ")")


def weekday_number(word: str, language: str | None) -> int | None:
    """The place in the week (Monday 0) of *word*, a weekday's name in *language* (:func:`weekday_names`), or None."""
    return weekday_names(language).get(word.casefold())


@functools.lru_cache(maxsize=1)
def weekdays_anywhere() -> dict[str, int]:
    """The weekdays' names of every language dateparser knows (:func:`weekday_names`), folded, each
    with its place in the week, for a reader that does not know a text's language (a word put for
    another in copy: "perşembe" / "cuma"): of one day in the most languages that name a day by it
    (as :func:`majority_month`), none of :data:`WEEKDAYS_CAPITALISED`."""
    counts: dict[str, Counter[int]] = {}
    for language in _dateparser_locales():
        for word, number in weekday_names(language).items():
            counts.setdefault(word, Counter())[number] += 1
    capitalised = frozenset().union(*WEEKDAYS_CAPITALISED.values())
    return {word: day for word, days in counts.items() if word not in capitalised and (day := majority_month(days)) is not None}
