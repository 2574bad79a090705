"""Words, stems and the one text processor every comparison in newsprism uses.

RapidFuzz 3 does no preprocessing by default; :func:`process` is chosen here, once,
and passed explicitly wherever rapidfuzz scores text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import snowballstemmer

__all__ = ["AUXILIARIES", "BE", "BE_ABROAD", "HEDGES", "HEDGING_ADVERBS", "past_hedges", "CASUALTIES", "COUNTED_AS", "counted_as", "OPPOSITES", "OPPOSITE_SIDES", "OPPOSITE_STEMS", "LANGUAGE_NAMES", "LANGUAGE_PARAGRAPHS", "article_language", "language_code", "language_of", "is_any_function_word", "outcome_told", "outcome_said", "OUTCOME_PHRASES", "counts_nought", "nought_counted", "nought_of_a_part", "nought_counts", "is_year", "NUMBER_OF_VERBS", "NUMBER_OF_REACH", "number_of", "COUNT_NAMES", "PEOPLE_BY_ROLE", "MONTHS", "WEEKDAYS", "WEEKDAY_NAMES", "ORDINALS", "ORDINAL_NUMBERS", "date_day", "listed_day", "month_day", "month_after", "MONTHS_ABROAD", "DAY_OF", "NEGATIONS", "OUTCOMES", "is_negation", "UNSPACED", "CASE_STEMMERS", "SERBIAN_LATIN", "case_stem", "serbian_latin", "word_pattern", "Token", "count", "fold", "process", "search_fold", "search_folded", "whole_word_score", "tokens", "words", "word_offsets", "words_and_offsets", "SENTENCE_BREAK", "sentence_starts", "stem", "verb_stems", "is_stopword", "quote_spans"]

_FOLD = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
        "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-",
    }
)
#: Scripts written without spaces between words (Han, kana): each character counts as a word,
#: so counting, matching and search still work on Chinese and Japanese text.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _ranges(codes: list[int]) -> str:
    """*codes* (ascending) as a regex class's ranges ("\\u0591-\\u05bd...")."""
    runs: list[list[int]] = []
    for c in codes:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)


#: The combining marks of the scripts that put spaces between words (vowel signs, viramas,
#: harakat, niqqud, accents written apart: "पढ़ें" is प, ढ़ and two marks, "مَرْحَبًا" five letters
#: and five marks), which no \\w matches: in a word, they are part of it. Not those of Thai, Lao,
#: Tibetan, Myanmar or Khmer (from U+0E00), written without spaces between words: there a run of
#: letters and marks is a phrase, and the pieces between marks are nearer its words.
MARKS = _ranges([
    c for first, end in ((0x0300, 0x0E00), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100), (0xFE20, 0xFE30))
    for c in range(first, end) if unicodedata.category(chr(c)).startswith("M")
])


def word_pattern(joiners: str, *, ascii: bool = False) -> re.Pattern[str]:
    """Words: runs of letters and digits, maybe joined by one of *joiners* ("U.S.", "Xi's",
    "long-term"), a word going on over the combining marks of :data:`MARKS` ("पढ़ें" is one word,
    not three); a number written with thousands separators ("1,200", "12,500.5") is one word;
    a character of an unspaced script is a word of its own.

    With *ascii*, the same words for text that is all ASCII (``str.isascii()``), where the
    letters and digits are exactly [A-Za-z0-9] and no character is of an unspaced script.
    Written so the regex engine does less: every word opens with the one class (the engine
    skips the gaps by it alone), a grouped number is tried only after a digit, and the tails
    are possessive (nothing follows them, so they never backtrack). Splitting the synthetic
    story of bench/linker.py takes 43% fewer instructions than with the Unicode pattern.
    """
    if ascii:
        alnum = "[A-Za-z0-9]"
        grouped = f"(?<=[0-9])[0-9]{{0,2}}(?:,[0-9]{{3}})+(?:\\.[0-9]+)?(?!{alnum})"
        return re.compile(f"{alnum}(?:{grouped}|{alnum}*+(?:[{joiners}]{alnum}+)*+)", re.ASCII)
    alnum = f"[^\\W_{UNSPACED}]"
    grouped = f"\\d{{1,3}}(?:,\\d{{3}})+(?:\\.\\d+)?(?!{alnum})"
    letter = f"(?:{alnum}[{MARKS}]*)"
    return re.compile(f"{grouped}|{letter}+(?:[{joiners}]{letter}+)*|[{UNSPACED}]")


# Hyphens part words: "six-hour meeting" and "six hours" share "six" and "hour", and
# "people-to-people" reads as the words it is made of.
_WORD = word_pattern("'.")
#: The same words as one capturing group: re.split then yields the gaps and the words in turn.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
#: The same for text that is all ASCII (most of it), found with fewer instructions.
_ASCII_WORD = word_pattern("'.", ascii=True)
_ASCII_WORD_SPLIT = re.compile(f"({_ASCII_WORD.pattern})", re.ASCII)
_NON_WORD = re.compile(r"[^\w\s]+|_+")


def process(text: str) -> str:
    """The processor for rapidfuzz: fold case, quotes and dashes; drop punctuation."""
    return " ".join(_NON_WORD.sub(" ", text.translate(_FOLD).lower()).split())


def whole_word_score(query: str, text: str) -> float:
    """How well *query* matches whole words of *text* (both :func:`process`-ed), 0..100.

    rapidfuzz's ``partial_ratio`` finds the best window of *text* for *query*; the window is
    widened to the words it touches and scored with ``fuzz.ratio``, so a typo ("taiwn") scores
    high against "taiwan" (91) and low against the middle of "maintaining" (partial_ratio
    gives both 80).
    """
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(query, text)
    if found is None:
        return 0.0
    start, end = found.dest_start, found.dest_end
    while start < end and not text[start].isalnum():  # the window's own edges first: " taiw"
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return float(fuzz.ratio(query, text[start:end]))


class Token(NamedTuple):
    """A word of a paragraph: its folded form, its stem ("" for a stopword) and where it stands."""

    word: str
    stem: str
    start: int
    end: int


# Function words and the reporting verbs every news paragraph has: they say
# nothing about which fact a paragraph reports; nor does "percent" ("7.1 per cent" is "7.1%":
# the number says it).
_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say saying told tell according added adding mr mrs ms dr s t one two three
    may might must shall upon via per whether though although however yet still even ever
    well much many several among since within without around across toward towards onto
    percent cent pct
    """.split()
)

# Spelling variants (British/American, hyphenation) fold to one form before stemming.
_VARIANTS = {
    "defence": "defense", "offence": "offense", "licence": "license", "travelled": "traveled",
    "travelling": "traveling", "programme": "program", "centre": "center", "favour": "favor",
    "honour": "honor", "labour": "labor", "behaviour": "behavior", "neighbour": "neighbor",
    "rumour": "rumor", "colour": "color", "fuelling": "fueling", "spiralling": "spiraling",
    "signalled": "signaled", "cancelled": "canceled",
}
#: Words in "-men" that are no plural of a "-man" ("specimen", "abdomen").
_NOT_PLURAL = frozenset("omen amen abdomen specimen regimen stamen semen hymen acumen albumen".split())
_IRREGULAR_PLURALS = {"children": "child", "mice": "mouse", "geese": "goose", "teeth": "tooth", "feet": "foot"}
# Words news reports use interchangeably for the same thing, folded to one stem so a
# rewording still shares its content words. General newsroom vocabulary only.
_SYNONYMS = {
    stem_: group[0]
    for group in (
        ("talk", "meet", "discuss", "dialogu", "negoti", "session"),
        ("hope", "expect", "prospect"),
        ("breakthrough", "progress"),
        ("trip", "visit", "travel", "journey"),
        ("invit", "invitat"),
        ("candid", "frank"),
        ("stress", "emphas", "underscor", "highlight"),
        ("tension", "strain", "friction"),
        ("postpon", "delay", "cancel"),
        ("stabil", "steadi"),
        ("risk", "danger", "threat"),
        ("hour", "hr"),
        # families the stemmer splits: "injured", "injuring" (injur) and "injury", "injuries"
        # (injuri); "died" and "death"; "shot" and "shooting"; "quake" and "earthquake"
        ("injur", "injuri"),
        ("die", "death"),
        ("shoot", "shot"),
        ("earthquak", "quak"),
        ("grow", "growth"),
        # a newsroom's other word for the same thing, used a paragraph apart to avoid repeating
        # it: "the blaze" of a fire, "the tremor" of a quake, the "hurt" of those injured
        # (core.text.OUTCOMES counts "hurt" as injured already). bench/quality.py: dev F1 0.693 ->
        # 0.711 at precision 0.882; held-out and the seeds the same
        ("fire", "blaze"),
        ("earthquak", "tremor"),
        ("injur", "hurt"),
    )
    for stem_ in group
}
_ISE = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$")
_ISE_KEEP = frozenset(
    "otherwise promise premise expertise exercise franchise compromise enterprise surprise advise "
    "revise supervise televise despise devise comprise advertise precise concise paradise "
    "merchandise disguise raise praise noise poise cruise wise rise arise bruise chemise "
    "treatise".split()
)
try:  # PyStemmer, the same Snowball stemmer in C, which snowballstemmer hands out when installed
    import Stemmer

    # With no cache of its own: stem() and the linker's vocabulary stem each word once, and
    # PyStemmer's cache (10,000 words by default) cost four times the stemming it saved on a
    # story of 50,000 distinct words (bench/linker.py).
    _stemmer = Stemmer.Stemmer("english", 0)
except ImportError:
    _stemmer = snowballstemmer.stemmer("english")


#: The languages (codes of :func:`language_of`) that mark case on nouns and names with endings
#: ("Мурманск", "Мурманска", "в Мурманске"; "Warszawa", "w Warszawie"; "Ankara'da"), and the
#: Snowball stemmer of each: two reports of one event name its places in different cases, and only
#: their stems agree. Cyrillic script is read as Russian, the commonest language written in it
#: (Ukrainian and Bulgarian share most of its endings); English and the Romance languages,
#: whose names do not inflect, keep :func:`stem`. Korean writes its case as particles on to the word
#: ("해안전지는", "해안전지가", "해안전지의": :data:`KOREAN_PARTICLES`), which have no Snowball stemmer:
#: they are taken off (:func:`_korean_stem`).
#: Serbian, written in Cyrillic ("sr") or in Latin letters ("sh", with Croatian and Bosnian), is read
#: by Snowball's Serbian stemmer, on its words written in Latin letters (:func:`serbian_latin`): one
#: language in two scripts, whose reports' words and names are one ("пристаништу", "pristaništu":
#: "pristaništ").
CASE_STEMMERS = {
    "Cyrl": "russian", **dict.fromkeys(("ru", "uk", "be", "bg", "mk"), "russian"), "sr": "serbian", "sh": "serbian", "pl": "polish",
    "tr": "turkish", "el": "greek", "fi": "finnish", "hu": "hungarian", "cs": "czech", "ko": "korean",
}
#: Serbian's Cyrillic letters and Gaj's Latin ones, letter for letter (Vuk's alphabet and Gaj's are
#: one language's, each letter of one a letter or digraph of the other: "љ" "lj", "њ" "nj", "џ" "dž").
SERBIAN_LATIN = str.maketrans({
    **dict(zip("абвгдђежзијклмнопрстћуфхцчш", "abvgdđežzijklmnoprstćufhcčš", strict=True)),
    **dict(zip("АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ", strict=True)),
    "љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž",
})


def serbian_latin(text: str) -> str:
    """*text* with its Serbian Cyrillic letters written in Gaj's Latin alphabet
    (:data:`SERBIAN_LATIN`: "Приморје" is "Primorje", "пристаниште" "pristanište"); other letters as
    they are."""
    return text.translate(SERBIAN_LATIN)


#: The particles Korean writes on to a noun for its case and role (subject, object, topic, of, in,
#: from, to, with, and, also), the longest first.
KOREAN_PARTICLES = tuple(sorted(
    "은 는 이 가 을 를 의 에 로 와 과 도 만 에서 에게 께서 으로 부터 까지 처럼 보다 에서는 에서도 에게서 으로는 으로도 에는 에도 와의 과의 이나 나".split(),
    key=lambda p: (-len(p), p),
))
#: A Korean word keeps this many syllables at least when its particle goes ("박예시는" -> "박예시",
#: not "나는" -> "나").
KOREAN_STEM = 2


def _korean_stem(word: str) -> str:
    """*word* without the one particle (:data:`KOREAN_PARTICLES`) written on to it, where
    :data:`KOREAN_STEM` syllables stay: "해안전지는" and "해안전지가" are "해안전지"."""
    for particle in KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= KOREAN_STEM:
            return word[: -len(particle)]
    return word


@lru_cache(maxsize=None)
def _case_stemmer(language: str) -> Callable[[str], str] | None:
    algorithm = CASE_STEMMERS.get(language)
    if algorithm is None:
        return None
    if algorithm == "korean":
        return _korean_stem
    if algorithm == "serbian":
        serbian = snowballstemmer.stemmer(algorithm).stemWord
        return lambda word: str(serbian(serbian_latin(word)))
    return snowballstemmer.stemmer(algorithm).stemWord  # type: ignore[no-any-return]  # (PyStemmer's when installed)


#: The most letters a case ending takes off a Greek name: Greek's stemmer takes derivational endings too
#: (the diminutive "-ίτσα" of the town "Βελίτσα", left "βελ", which sounds like no "Velitsa"); where it
#: takes more, the name loses only its last vowels and the consonant after them ("βελίτσ" of "Βελίτσα",
#: "Βελίτσας" and "Βελίτσης" alike).
GREEK_ENDING = 3
_GREEK_CASE_ENDING = re.compile("[αεηιουω]+[ςσν]?$")


@lru_cache(maxsize=65536)
def case_stem(word: str, language: str | None) -> str:
    """*word* (folded, lower case) without its case ending in *language* (a :data:`CASE_STEMMERS`
    language: "мурманска" and "мурманске" are "мурманск"; a Greek one :data:`GREEK_ENDING` letters at
    most); *word* itself in any other."""
    stemmer = _case_stemmer(language) if language else None
    if stemmer is None:
        return word
    stemmed = str(stemmer(word))
    if CASE_STEMMERS.get(language or "") == "greek" and len(word) - len(stemmed) > GREEK_ENDING:
        stemmed = _GREEK_CASE_ENDING.sub("", word) or word
    return stemmed


def is_stopword(word: str) -> bool:
    """Whether *word* (folded) is too common to say which fact a paragraph reports."""
    return word in _STOPWORDS


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem *word* (folded) is compared by; "" for stopwords."""
    if word in _STOPWORDS:
        return ""
    word = _VARIANTS.get(word, word)
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("men") and word not in _NOT_PLURAL:
        word = word[:-3] + "man"  # "gunmen", "women", "policemen": the plural the stemmer keeps apart
    word = _IRREGULAR_PLURALS.get(word, word)
    if "-" in word:
        word = word.replace("-", "")
    ise = _ISE.search(word) if "is" in word else None  # (most words have no "is" for the scan to find)
    if ise and word[: ise.start()] + "ise" not in _ISE_KEEP:
        word = word[: ise.start()] + "iz" + ise.group(1)
    if word.replace(".", "").isdigit():
        return word
    stemmed = str(_stemmer.stemWord(word.replace(".", "")))
    return _SYNONYMS.get(stemmed, stemmed)


def verb_stems(words: Iterable[str], stems: Iterable[str] | None = None) -> dict[str, str]:
    """The stems of nouns in "-sion" among *words* (folded) mapped to the stem of their verb in
    "-de" where that verb is among *words* too: "explosion" and "exploded" stem to "explos" and
    "explod", one family the stemmer splits ({"explos": "explod"}; also collision / collided,
    invasion / invaded, decision / decided). Only where both are there: "confusion" keeps
    "confus", which "confused" shares, as no "confud" is there. Shape: {noun stem: verb stem}.
    *stems*: the :func:`stem` of every word of *words*, where the caller has them (the linker's
    vocabulary: a story's tens of thousands of words are not stemmed again)."""
    words = set(words)
    stems = {stem(w) for w in words} if stems is None else set(stems)
    found = {}
    for word in words:
        if word.endswith(("sion", "sions")):
            noun = stem(word)
            verb = noun[:-1] + "d"
            if len(noun) >= 5 and noun[-1] == "s" and noun[-2] in "aeiou" and verb in stems:
                found[noun] = verb
    return found


#: One count by other names: "Fourteen employees" and "14 workers", "300 households" and "300
#: homes" count one thing. As words for the units core.views.figures shows; as stems
#: (:data:`COUNTED_AS`) for the linker's figure rule and a link's differences.
COUNT_NAMES = {
    "employee": "worker", "staffer": "worker", "staff": "worker", "household": "home",
    # a ship by its common name in shipping copy ("31 ships" in a dek, "Thirty-one vessels" below it)
    "vessel": "ship",
    # people by no role of theirs: "1,200 residents" and "1,500 people" moved from one place
    "person": "people", "individual": "people", "resident": "people", "inhabitant": "people",
}
COUNTED_AS = {stem(name): stem(counted) for name, counted in COUNT_NAMES.items()}
#: People by the role they had in one event, as a toll counts them ("nine passengers died" /
#: "nine people died"; "the victims"; "six patients have died" of an outbreak, "fourteen pilgrims
#: were injured"; "one protester died" of a march): people where what happened to them is a toll's outcome and their report counts
#: that outcome by no other role (core.views.figures); not children, crew or civilians, who are
#: counted as part of a toll beside the others.
PEOPLE_BY_ROLE = frozenset(
    "passenger traveller traveler commuter occupant victim patient worker miner diver pilgrim tourist visitor "
    "hiker climber spectator worshipper shopper pedestrian motorist guest protester demonstrator marcher".split()
)
#: What happened to those a count counts, by stem: counts said of different outcomes are
#: different quantities ("killed", "injured" and "missing" are three counts of one disaster);
#: core.views.figures groups figures by them, core.linking.evidence pairs a link's counts by them.
OUTCOMES = {
    **dict.fromkeys(["kill", "dead", "die", "death", "fatal", "perish"], "dead"),
    **dict.fromkeys(["injur", "hurt", "wound"], "injured"),
    "miss": "missing", "unaccount": "missing", "evacu": "evacuated", "arrest": "arrested", "rescu": "rescued", "displac": "displaced",
    "hospit": "in hospital",
    # those treated for what befell them, in hospital or by its staff, are one count with those
    # taken to hospital ("61 people had now been treated", "47 were hospitalised" of one outcome
    # on two days): no outlet counts the treated apart from those in hospital in one report
    "treat": "in hospital",
    # an outbreak's counts: the ill and infected (one count: "14 people have fallen ill" / "infected
    # 158"), the vaccinated, the tested, the recovered (core.views.figures reads a body "recovered"
    # by others, a passive, as no one recovered)
    **dict.fromkeys(["ill", "sick", "sicken", "infect"], "infected"),
    **dict.fromkeys(["vaccin", "inocul", "immun"], "vaccinated"),
    "test": "tested", "recov": "recovered",
}
#: What happened to those a count counts, in the other languages news is read in, by language:
#: the starts of the words that tell it (folded: core.text.search_fold), by its class of
#: :data:`OUTCOMES` ("hospitalisées", "ricoverate", "ins Krankenhaus eingeliefert": in hospital;
#: "blessés", "Verletzte", "gewonden": injured). A count's outcome is one concept in every
#: language: core.views.figures puts "7 personnes ont été hospitalisées" and "8 people were
#: hospitalised" in one row (:func:`outcome_abroad`). Longer starts are tried first ("ziekenhuis"
#: is a hospital, "ziek" ill).
OUTCOMES_ABROAD = {language: {start: outcome for outcome, starts in table.items() for start in starts.split()} for language, table in {
    "fr": {"dead": "mort decede deces tue tues tuee tuees", "injured": "bless", "missing": "disparu",
           "in hospital": "hospitalis hopital soignes soignee", "infected": "infecte contamine malade", "evacuated": "evacue",
           "arrested": "arrest interpell"},
    "de": {"dead": "tote toten todesopfer getotet gestorben starb verstorben", "injured": "verletz", "missing": "vermisst",
           "in hospital": "krankenhaus krankenhaeus klinik eingeliefert stationar behandelt", "infected": "infiziert erkrankt",
           "evacuated": "evakuiert", "arrested": "festgenommen festnahme verhaftet verhaftung"},
    "it": {"dead": "mort decedut uccis", "injured": "ferit", "missing": "dispers",
           "in hospital": "ricover ospedal curate curati", "infected": "infett contagiat ammalat", "evacuated": "evacuat",
           "arrested": "arrest fermat"},
    "nl": {"dead": "doden dode overleden omgekomen gedood", "injured": "gewond", "missing": "vermist",
           "in hospital": "ziekenhuis opgenomen behandeld", "infected": "besmet ziek", "evacuated": "geevacueerd",
           "arrested": "gearresteerd arrestati aangehouden"},
    "es": {"dead": "muert fallecid", "injured": "herid", "missing": "desaparecid",
           "in hospital": "hospitaliz ingresad hospital atendid tratad", "infected": "infectad contagiad enferm", "evacuated": "evacuad",
           "arrested": "detenid detencion arrestad arresto"},
    "pt": {"dead": "mort falecid", "injured": "ferid", "missing": "desaparecid",
           "in hospital": "hospitaliz internad hospital atendid tratad", "infected": "infectad contaminad doent", "evacuated": "evacuad",
           "arrested": "detid detenc preso presa arrestad"},
    # (Turkish by its stems, before their endings: "yaralandı", "yaralı", "yaralıların"; "kayıp";
    # "hastaneye kaldırıldı". Not the dead by a start: folded, "öldü" and "ölü" are "oldu" (became)
    # and "olu" ("oluştu", formed): "hayatını kaybetti" is read as a phrase, OUTCOME_PHRASES)
    "tr": {"injured": "yarala yarali", "missing": "kayip", "in hospital": "hastane tedavi", "evacuated": "tahliye",
           "arrested": "gozalti tutuklan"},
    # Romanian, Finnish (by the stems of its cases: "hoidettu", "sairaalaan"), Hungarian (its
    # suffixes after the stem: "kórházba", "kórházban") and Indonesian ("dirawat": treated, in hospital)
    "ro": {"dead": "mort decedat decese", "injured": "ranit", "missing": "disparut", "in hospital": "spital internate internata tratat ingrijir",
           "evacuated": "evacuat", "arrested": "arestat retinut"},
    "fi": {"dead": "kuoli kuollut kuolle", "injured": "loukkaant", "missing": "kadoksis kadonn",
           "in hospital": "sairaala hoidet hoidettiin", "evacuated": "evakuo", "arrested": "pidatet pidatt"},
    "hu": {"dead": "meghalt halott", "injured": "megsebes serult", "missing": "eltunt", "in hospital": "korhaz kezelt apol",
           "evacuated": "kitelepit evakual", "arrested": "letartoztat orizetbe"},
    "id": {"dead": "tewas meninggal", "injured": "terluka", "missing": "hilang", "in hospital": "dirawat",
           "evacuated": "dievakuasi mengungsi", "arrested": "ditangkap"},
    # Korean spaces its words, and an outcome's noun or verb starts one ("부상자 12명", "37명이 체포됐다");
    # Chinese and Japanese write them on to the counter and its particles ("37人被捕", "12人が負傷"):
    # there a start is found anywhere in the run of characters (:func:`outcome_abroad`)
    "ko": {"dead": "사망 숨진 숨져 숨졌 희생", "injured": "부상 다친 다쳐 다쳤", "missing": "실종",
           "in hospital": "입원 병원", "evacuated": "대피", "arrested": "체포 연행 검거 구금 구속"},
    "zh": {"dead": "死亡 遇难 遇難 丧生 喪生 身亡 罹难 罹難 死者", "injured": "受伤 受傷 负伤 負傷 伤者 傷者",
           "missing": "失踪 失蹤", "in hospital": "住院 送医 送醫", "evacuated": "疏散 撤离 撤離",
           "arrested": "被捕 逮捕 拘留 拘捕 拘押 扣押"},
    "ja": {"dead": "死亡 死者 亡くな 死去", "injured": "負傷 けが 怪我 重傷 軽傷", "missing": "行方不明",
           "in hospital": "入院 搬送", "evacuated": "避難", "arrested": "逮捕 拘束"},
    # (Polish and Russian by the stems their cases and genders share: "zginęło", "zginęli";
    # "погибли", "погибших"; "zaginiony", "zaginęło"; "пропал", "пропавших")
    "pl": {"dead": "zgin zmarl zabit smiertel ofiar", "injured": "rann", "missing": "zaginion zaginel zagine",
           "in hospital": "szpital", "evacuated": "ewakuow"},
    # Swedish, Czech (by their stems, past cases and genders: "evakuerats", "evakuováno"; "omkommit",
    # "zemřeli"; "saknas", "pohřešováni") and Greek ("νεκρούς", "αγνοούμενους", folded), where a
    # count's outcome is told before it as often as after it ("bylo evakuováno 7 000 obyvatel")
    "sv": {"dead": "omkom dod doda dodad avled avlid", "injured": "skadad skadade", "missing": "saknad saknas forsvunn",
           "in hospital": "sjukhus", "evacuated": "evakuer", "arrested": "gripen gripna greps anhallen anhallna"},
    "cs": {"dead": "zemrel zemrél mrtv zahynul usmrcen obeti", "injured": "zranen", "missing": "pohresovan nezvestn",
           "in hospital": "nemocnic hospitaliz", "evacuated": "evakuov", "arrested": "zatcen zadrzen"},
    "el": {"dead": "νεκρ σκοτωθ πεθαν", "injured": "τραυματ", "missing": "αγνοουμεν", "in hospital": "νοσοκομει",
           "evacuated": "εκκενω απομακρυνθ", "arrested": "συνεληφθ"},
    "ru": {"dead": "погиб умер умерл убит скончал жертв", "injured": "ранен пострадав", "missing": "пропал пропавш",
           "in hospital": "госпитализ больниц", "evacuated": "эвакуир"},
    # (Ukrainian: "загинули", "загиблих"; "поранені"; "зникли безвісти", "зниклих")
    "uk": {"dead": "загин помер помл вбит жертв", "injured": "поранен травмован постраждал", "missing": "зник",
           "in hospital": "госпіталіз лікарн", "evacuated": "евакуй"},
}.items()}
_ABROAD_STARTS = {language: sorted(table, key=len, reverse=True) for language, table in OUTCOMES_ABROAD.items()}
#: The languages of :data:`OUTCOMES_ABROAD` written without spaces, whose outcome words run on to
#: the words around them.
_RUN_ON_OUTCOMES = frozenset({"zh", "ja"})

#: What happened to those a count counts, told by a phrase none of whose words tells it alone
#: ("two miners lost their lives", "sind ums Leben gekommen", "ont perdu la vie", "the death toll
#: rose to", "remain unaccounted for", "пропал без вести", "brought out alive"), by language, in
#: folded words (search_fold), each a regular expression of whole words by its class of
#: :data:`OUTCOMES`. The one table of such phrases: core.views.figures reads a count's outcome
#: by it (:func:`outcome_said`) in every language, as it reads single words by :data:`OUTCOMES`
#: and :data:`OUTCOMES_ABROAD`.
OUTCOME_PHRASES = {language: [(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), outcome) for outcome, pattern in table.items()] for language, table in {
    "en": {"dead": r"lost (?:their|his|her) li(?:ves|fe)|death toll|(?:were|was|been) killed|died|dead",
           "missing": r"(?:still |remain |remains |remained |are |is |was |were |been )(?:still )?(?:missing|unaccounted for)",
           "rescued": r"(?:brought|pulled|carried|taken|got|gotten) (?:out|up|to the surface) alive|rescued alive|(?:rescued|saved)"},
    "fr": {"dead": r"(?:perdu|perdent|perdirent) la vie|trouve la mort|bilan(?: \w+){0,3} (?:de|a)|(?:sont|est|ont ete|a ete) (?:morts?|mortes?|tues?|tuees?|decedes?)|ont peri|morts?",
           "missing": r"(?:porte|portes|portee|portees) disparus?|disparus?|introuvables?",
           "rescued": r"(?:remonte|remontes|sorti|sortis|ramene|ramenes) vivants?|secourus?|sauves?"},
    "es": {"dead": r"(?:perdieron|perdio|han perdido|ha perdido) la vida|murieron|murio|han muerto|balance de muertos|muertos?|fallecid[oa]s?",
           "missing": r"desaparecid[oa]s?|en paradero desconocido",
           "rescued": r"rescatad[oa]s?(?: con vida)?|(?:sacad[oa]s?|salvad[oa]s?) con vida"},
    "pt": {"dead": r"(?:perderam|perdeu) a vida|morreram|morreu|mort[oa]s?|falecid[oa]s?",
           "missing": r"desaparecid[oa]s?",
           "rescued": r"resgatad[oa]s?(?: com vida)?|salv[oa]s?"},
    "it": {"dead": r"(?:hanno|ha) perso la vita|(?:sono|e) mort[ie]|mort[ie]|decedut[ie]|uccis[ie]",
           "missing": r"dispers[oi]|scompars[oi]",
           "rescued": r"(?:salvat[ie]|estratt[ie] viv[ie]|soccors[ie])"},
    "de": {"dead": r"ums leben gekommen|ums leben kamen|leben verloren|(?:sind|wurden|waren) (?:gestorben|getotet)|tot|tote|toten|todesopfer|starben",
           "missing": r"(?:werden|wird|gelten|gilt) (?:\w+ )?(?:noch |weiterhin )?(?:vermisst|als vermisst)|vermisst|vermissten",
           "rescued": r"lebend (?:gerettet|geborgen)|gerettet"},
    "nl": {"dead": r"om het leven gekomen|kwamen om|omgekomen|overleden|doden",
           "missing": r"vermist|vermisten",
           "rescued": r"levend (?:gered|geborgen)|gered"},
    "pl": {"dead": r"stracil[iy]? zycie|stracila zycie|nie zyj[aeq]|zgin\w*|zmarl\w*|smierc ponio\w*",
           "missing": r"uznan\w* za zaginion\w*|zaginion\w*|zagin[eq]l\w*",
           "rescued": r"uratowan\w*|wydobyt\w* zyw\w*"},
    "ru": {"dead": r"погиб\w*|скончал\w*|умер\w*|жертв\w*",
           "missing": r"(?:пропал\w*|числ\w* пропавш\w*) без вести|пропавш\w*|пропал\w*",
           "rescued": r"спас[её]н\w*|спасли|извлеч\w* живы\w*"},
    "tr": {"dead": r"hayatini kaybett\w*|can verd\w*|olu sayisi\w*"},
    "uk": {"dead": r"загин\w*|помер\w*|помл\w*|жертв\w*",
           "missing": r"зник\w* безвісти|зниклих|зникл\w*",
           "rescued": r"врятован\w*|врятували|врятувал\w*"},
}.items()}


def outcome_said(words: Sequence[str], language: str | None) -> str | None:
    """What happened to those a count counts, as *words* (the count's predicate, the words after
    it in its clause, as printed) say it in *language* ("en" where None), or None: a phrase of
    :data:`OUTCOME_PHRASES` first ("lost their lives", "ums Leben gekommen": "dead"; "remain
    unaccounted for": "missing"; "brought out alive": "rescued"), then, abroad, a word by
    :data:`OUTCOMES_ABROAD`. The first outcome said wins: "sont morts et un troisième est porté
    disparu" says dead."""
    folded = " ".join(search_fold(w) for w in words)
    found = [(m.start(), outcome) for pattern, outcome in OUTCOME_PHRASES.get(language or "en", ()) if (m := pattern.search(folded))]
    if found:
        return min(found)[1]
    if language in (None, "en"):
        return None
    return next((told for w in words if (told := outcome_abroad(w, language))), None)


def outcome_abroad(word: str, language: str | None) -> str | None:
    """The outcome (a class of :data:`OUTCOMES`) *word* tells in *language* by
    :data:`OUTCOMES_ABROAD` ("hospitalisées" in French: "in hospital"; "Verletzte" in German:
    "injured"), or None (and for a language it has no table of)."""
    starts = _ABROAD_STARTS.get(language or "")
    if not starts:
        return None
    folded = search_fold(word)
    if language in _RUN_ON_OUTCOMES:  # "が逮捕された", "警察受伤": the word is a run of characters
        return next((OUTCOMES_ABROAD[language or ""][start] for start in starts if start in folded), None)
    return next((OUTCOMES_ABROAD[language or ""][start] for start in starts if folded.startswith(start)), None)


_MISS = stem("missing")
#: Counts of outcomes that cover several of :data:`OUTCOMES`: "no casualties" says none dead
#: and none injured, so "12 killed" gives another figure for the same quantity.
CASUALTIES = {stem("casualties"): ("dead", "injured"), stem("casualty"): ("dead", "injured")}


def outcome_of(word: str) -> str | None:
    """The outcome (:data:`OUTCOMES`) word *word* (folded) says happened to what a count counts,
    or None: "killed", "dead" say dead; only "missing" of the words on "miss" says missing (a
    player who "will miss two games" is no one missing)."""
    found = OUTCOMES.get(stem(word))
    return None if found == "missing" and word != "missing" and stem(word) == _MISS else found


def outcome_told(word: str) -> str | None:
    """The outcome (:data:`OUTCOMES`) *word* (folded) tells happened, as a verb or adjective
    does ("evacuated", "killing", "died", "dead", "hurt", "missing"), or None: a noun names an
    outcome without telling it happened to anyone here ("during the evacuation", "before his
    arrest", "the second technician to die" tells it; "his death" does not)."""
    if word.endswith(("ed", "ing")) or word in ("dead", "hurt"):
        return outcome_of(word)
    return None


def counted_as(counted: str) -> tuple[str, ...]:
    """What a count of the stem *counted* counts: an outcome's class ("killed", "dead": dead;
    :data:`OUTCOMES`), both the dead and the injured for casualties (:data:`CASUALTIES`), one
    thing under another name ("households": home; :data:`COUNTED_AS`), else the stem itself."""
    return CASUALTIES.get(counted) or (OUTCOMES.get(counted) or COUNTED_AS.get(counted, counted),)


#: Currency signs before a sum ("$4.2 million", "£300") and the currency each names.
CURRENCY_SIGNS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee"}
#: Currencies as words after a sum ("4 million dollars", "300 euros"), by stem. Not "won" (a verb
#: far more often than Korea's currency in news) nor slang ("bucks", "quid").
CURRENCY_WORDS = {
    stem(word): currency
    for currency, spellings in {
        "dollar": "dollar dollars", "euro": "euro euros", "pound": "pound pounds", "yen": "yen",
        "yuan": "yuan renminbi", "rupee": "rupee rupees", "franc": "franc francs", "rouble": "rouble roubles ruble rubles",
        "peso": "peso pesos",
    }.items()
    for word in spellings.split()
}

#: The name a dateline credits, closing it: "(Reuters)", "(AP)", or a wire between slashes ("/TASS/").
_DATELINE_CREDIT = re.compile(r"(?:\(([^()]{2,40})\)|/([^/]{2,40})/)\s*$")


def dateline_credit(dateline: str | None) -> str | None:
    """The name a *dateline* credits ("CNS" of "LONDON, May 21 (CNS)", "TASS" of "MOSCOW, March 3.
    /TASS/"), or None."""
    found = _DATELINE_CREDIT.search(dateline or "")
    return (found[1] or found[2]).strip() if found else None


def dateline_place(dateline: str | None) -> str:
    """The place a *dateline* gives, as written ("VALLETTA" of "VALLETTA, Dec 1 (Meridian)",
    "Kestrelburg" of "Kestrelburg (dpa)"), or "" where there is none."""
    return re.split(r"[,(/]|\s[-–—]\s", dateline or "", maxsplit=1)[0].strip()


def credit_names(credit: str, outlet: str) -> bool:
    """Whether a dateline's *credit* ("(BWS)", "(Reuters)") names *outlet*: its name, or its
    initials ("BWS" for Baltic Wire Service, "AFP" for Agence France-Presse), case and "The" aside."""
    name = re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return credit.strip().casefold() in (name.casefold(), initials.casefold() if len(initials) >= 2 else "")


#: The most two reports' ages of one person may differ by, in the age's own unit (a year; a month
#: for a baby's "8-month-old"): a birthday between them. Ages further apart are two people's (the
#: linker's evidence, core.linking.align; the figures view, core.views.figures).
AGE_SLACK = 1


def appositive_age(text: str, previous: int, start: int, end: int) -> bool:
    """Whether the number at *start*..*end* of *text* is an age set between commas after a name
    that starts at *previous* ("Robert Buckley, 32, died"): no count of anything."""
    return (
        text[start:end].isdigit() and text[previous:previous + 1].isupper()
        and text[:start].endswith(", ") and text.startswith(",", end)
    )


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def is_year(number: str) -> bool:
    """Whether *number* as printed reads as a year ("1968", "2030"): a date rather than a count."""
    return _YEAR.fullmatch(number.strip()) is not None


def counts_nought(folded: Sequence[str], k: int) -> bool:
    """Whether the word at *k* of *folded* is a "no" that counts nought rather than denies:
    "no one", "no deaths", "no casualties", "no injuries" (an outcome, :data:`OUTCOMES`), or a
    "nobody" / "none" / "no one" of whom an outcome is told: "Nobody was hurt", "No one has been
    killed", "none of the crew were injured" (past "of the ...", auxiliaries and hedges)."""
    return nought_counted(folded, k) is not None


def nought_counted(folded: Sequence[str], k: int) -> int | None:
    """The index in *folded* of what the word at *k* counts nought of, when it counts nought
    (:func:`counts_nought`): "injuries" of "no injuries", "hurt" of "Nobody was hurt"; else None,
    and None where the outcome is told of one cause or part of the event only ("Nobody was hurt
    by the fire itself": :func:`nought_of_a_part`)."""
    m = _nought_outcome(folded, k)
    return m if m is not None and not _told_of_a_part(folded, m) else None


def nought_of_a_part(folded: Sequence[str], k: int) -> bool:
    """Whether the word at *k* of *folded* tells an outcome of no one for one cause or part of the
    event only, so counts no one of the event's outcome: "Nobody was hurt by the fire itself", "no
    injuries from the blast alone" (:data:`_SETS_APART`); others may have been hurt otherwise."""
    m = _nought_outcome(folded, k)
    return m is not None and _told_of_a_part(folded, m)


def _nought_outcome(folded: Sequence[str], k: int) -> int | None:
    """The index of the outcome the word at *k* of *folded* tells of no one, of whatever part it
    is told (:func:`nought_counted`)."""
    word = folded[k]
    if word == "no" and k + 1 < len(folded):
        following = folded[k + 1]
        if following != "one":
            return k + 1 if (s := stem(following)) in OUTCOMES or s in CASUALTIES else None
        k += 1  # "no one" as "nobody"
    elif word not in _NOUGHT:
        return None
    rest = folded[k + 1 : k + 8]
    skip = 0
    if rest[:1] == ["of"]:
        skip = 1 if rest[1:2] != ["the"] else 2
        skip += 1  # what none of counts ("of the crew")
    for m, later in enumerate(rest[skip:], start=k + 1 + skip):
        if later in AUXILIARIES or later in HEDGES or later in HEDGING_ADVERBS or later in ("not", "to"):
            continue  # "Nobody is thought to have been injured", "No one was reportedly hurt"
        return m if stem(later) in OUTCOMES else None
    return None


#: Words that set what an outcome is told of apart from the rest of the event: "Nobody was hurt by
#: the fire itself", "no one was injured in the crash alone", "nobody was directly hurt by the
#: blast". A nought so told is of one cause or part only, not of everyone hurt (others may have
#: been hurt by something else), so it counts no one of the event's outcome.
_SETS_APART = frozenset("itself themselves alone solely directly".split())
#: Words that end the clause an outcome is told in, as far as its restricting words go ("Nobody
#: was hurt, but the fire itself ...").
_CLAUSE_ENDS = frozenset("but and while although though whereas as after before when".split())


def _told_of_a_part(folded: Sequence[str], m: int) -> bool:
    """Whether the outcome at *m* of *folded* is told of one cause or part of the event only: a
    word of :data:`_SETS_APART` right before it or in its clause after it ("hurt by the fire
    itself", "directly hurt")."""
    if m and folded[m - 1] in _SETS_APART:
        return True
    for later in folded[m + 1 : m + 8]:
        if later in _CLAUSE_ENDS:
            return False
        if later in _SETS_APART:
            return True
    return False


def nought_counts(folded: Sequence[str], at: Iterable[int] | None = None) -> tuple[tuple[str, int, int], ...]:
    """The counts of nought in *folded* (words), looked for at the indexes *at* (every "no",
    "nobody" and "none" by default), each as (what it counts, its first word, its last word): "Nobody was hurt" is
    ("injured", 0, 2), "no deaths" ("dead", 0, 1), "no casualties" both the dead and the
    injured (:func:`counted_as`)."""
    found: list[tuple[str, int, int]] = []
    if at is None:  # only "no", "nobody", "none" can count nought (see nought_counted)
        at = [k for k, word in enumerate(folded) if word == "no" or word in _NOUGHT]
    for k in at:
        m = nought_counted(folded, k)
        if m is not None and ((s := stem(folded[m])) in CASUALTIES or s in OUTCOMES and outcome_of(folded[m])):
            found.extend((outcome, k, m) for outcome in counted_as(s))
    return tuple(found)


#: Verbs that report opposite outcomes, each side in its forms (stemmed, they are compared by
#: stem): the first side says yes, the second no. An editor putting one for the other in copy
#: reverses what the report says, and so does a rewording that says one where the other said its
#: opposite of the same thing ("The union rejected an offer" / "said it would accept the offer");
#: a negated verb is its opposite ("rejected" / "would not accept": the same claim). Pairs that
#: news copy changes in practice, no more: each pair is a chance of a false difference in a
#: rewording. (A denial, "denied", "acquitted", is a negation too: :data:`NEGATIONS`; a
#: difference of one is told as a negation, as in copy.)
OPPOSITES = (
    ("approve approved approves", "reject rejected rejects"),
    ("accept accepted accepts", "reject rejected rejects refuse refused refuses decline declined declines"),
    ("uphold upheld upholds", "reject rejected rejects overturn overturned overturns dismiss dismissed dismisses quash quashed"),
    ("win won wins", "lose lost loses"),
    ("convict convicted convicts", "clear cleared clears acquit acquitted acquits"),
    ("confirm confirmed confirms", "deny denied denies"),
    ("allow allowed allows permit permitted permits", "ban banned bans block blocked blocks forbid forbade forbids"),
    ("grant granted grants", "refuse refused refuses"),
    ("impose imposed imposes", "lift lifted lifts"),
    ("rise rose risen rises increase increased increases raise raised raises gain gained gains climb climbed climbs",
     "fall fell fallen falls decrease decreased decreases cut cuts lower lowered lowers slide slid slides drop dropped drops"),
    ("open opened opens", "close closed closes shut shuts"),
    ("agree agreed agrees", "refuse refused refuses"),
    ("support supported supports", "oppose opposed opposes"),
    ("pass passed passes", "fail failed fails"),
    ("succeed succeeded succeeds", "fail failed fails"),
    ("restart restarted restarts resume resumed resumes reopen reopened reopens",
     "shut shuts halt halted halts suspend suspended suspends idle idled idles"),
    ("extend extended extends", "lift lifted lifts"),
    # one person's fate, as a claim and its denial tell it ("Teodor Lasko had died" / "Teodor Lasko
    # is alive"; trial 50 F1): states said of their subject, not passives
    ("survive survived survives alive", "die died dies dead"),
)
def _opposite_sides() -> dict[str, dict[int, int]]:
    found: dict[str, dict[int, int]] = {}
    for pair, verbs in enumerate(OPPOSITES):
        for side, forms in zip((1, -1), verbs):
            for form in forms.split():
                found.setdefault(stem(form), {})[pair] = side
    return found


#: Each stem of a verb of :data:`OPPOSITES`: the pairs it is in (by their index in OPPOSITES)
#: and its side in each, 1 for the first ("accept"), -1 for the second ("reject"). The one
#: reading of the list: :data:`OPPOSITE_STEMS` and core.linking.evidence's opposites come from it.
OPPOSITE_SIDES = _opposite_sides()
#: Each stem of a verb of :data:`OPPOSITES` and the stems of its opposites ("accept": reject,
#: refus, declin): a negated verb says what its opposite says ("would not accept" / "rejected").
OPPOSITE_STEMS = {
    s: frozenset(t for t, theirs in OPPOSITE_SIDES.items() if any(theirs.get(pair) == -side for pair, side in ours.items()))
    for s, ours in OPPOSITE_SIDES.items()
}


#: Pronouns that count nought of people ("Nobody was hurt").
_NOUGHT = frozenset({"nobody", "none", "noone"})


#: Words that deny what the words after them say: "pleaded not guilty" is not "found guilty",
#: "denied that the crane failed" is not "said the crane failed", "was acquitted of" is not "was
#: convicted of". The linker keeps a denial and its claim apart; a link's differences name a
#: denial edited into or out of copy (core.linking.evidence).
NEGATIONS = frozenset(
    "not no never nobody none nothing neither nor cannot without "
    "deny denies denied denying acquit acquits acquitted acquitting".split()
)


#: "n't" forms written without their apostrophe ("I cant speak", "didnt"), as users and some
#: wire systems print them.
_BARE_NT = frozenset(
    "cant dont doesnt didnt isnt wasnt arent werent couldnt wouldnt shouldnt hasnt havent hadnt wont aint".split()
)


def is_negation(word: str) -> bool:
    """Whether *word* (folded) denies what follows it: one of :data:`NEGATIONS` or a "n't" form,
    with its apostrophe or without (:data:`_BARE_NT`)."""
    return word in NEGATIONS or word.endswith("n't") or word in _BARE_NT


#: English month names and their abbreviations, folded, and the month each names: a date
#: (core.reading's dates, core.stories.cluster' times), and a number beside one is a day ("November 13",
#: "13 Nov"), not a figure (core.linking.evidence).
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: Weekday names, folded: a number beside one is part of a date ("Tuesday 15"), not a count.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = frozenset(name.lower() for name in WEEKDAY_NAMES)
#: Ordinals in words and the numbers they stand for ("3rd" and "4th" are numbers already).
ORDINAL_NUMBERS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
ORDINALS = frozenset(ORDINAL_NUMBERS)


#: The months of the other languages news is read in, folded, and their numbers: those languages
#: write them in small letters ("1 de julio de 2027", "1er juillet 2027") or capitalise them as
#: nouns ("1. Juli 2027"), and a day beside one is the date the English "July 1, 2027" gives. A
#: month's other spelling follows it after a slash (the Austrian "jänner").
MONTHS_ABROAD = {
    name: number
    for names in (
        "januar/jänner februar märz april mai juni juli august september oktober november dezember",  # de
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # fr
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # es
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # it
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # pt
        "januari februari maart april mei juni juli augustus september oktober november december",  # nl
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",  # ar, the Egyptian and Gulf names
        "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",  # ar, the Levantine (of one word)
    )
    for number, spellings in enumerate(names.split(), start=1)
    for name in spellings.split("/")
    if "_" not in name
} | {"setiembre": 9, "ابريل": 4, "إبريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10}
#: The weekdays of the other languages news is read in, by language, folded, and each one's place
#: in the week (Monday 0, as :data:`WEEKDAY_NAMES`): kept apart by language, since one language's
#: day is another's name ("Domingo"). Portuguese writes its working days with "-feira" ("terça-feira":
#: "terça" alone is "third"); the forms without accents are the ones typed without them.
WEEKDAYS_ABROAD = {
    language: {name: number for number, names in enumerate(days.split()) for name in names.split("/")}
    for language, days in {
        "de": "montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag",
        "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "es": "lunes martes miércoles/miercoles jueves viernes sábado/sabado domingo",
        "it": "lunedì/lunedi martedì/martedi mercoledì/mercoledi giovedì/giovedi venerdì/venerdi sabato domenica",
        "pt": "segunda-feira terça-feira/terca-feira quarta-feira quinta-feira sexta-feira sábado/sabado domingo",
        "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    }.items()
}
#: A date's day: a number of one or two digits, or an ordinal ("1er", "21st", "1º").
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|re|º|ª)?")
#: The small words between a day and its month in the languages that write them ("1 de julio",
#: "3 di marzo").
DAY_OF = frozenset({"de", "di", "del"})
#: The words between the days of a list or range of days, in the languages read ("18 and 19
#: November", "du 18 au 19 novembre", "18 y 19 de noviembre", "18. bis 19. November"; a dash or a
#: comma is an empty token).
_DAY_JOINERS = frozenset("and to or through till until au et à a y al e ed und bis od i и до".split()) | {""}
#: How many tokens a list of days runs over, its joiners too ("18, 19, 20 and 21 November").
_DAY_LIST_TOKENS = 8


def month_day(token: str) -> int | None:
    """The day of the month *token* gives, if it can be one (1 to 31; "18", "1er", "21st")."""
    found = _DAY.fullmatch(token)
    return int(found.group(1)) if found and 1 <= int(found.group(1)) <= 31 else None


def month_after(tokens: Sequence[str], i: int) -> int | None:
    """The month (1 to 12) of a date whose day is token *i*, when a month in another language
    follows it, across "de" (:data:`DAY_OF`): "1 de julio", "1er juillet", "1. Juli"; else None.
    Tokens in any case."""
    j = i + 1
    if j < len(tokens) and tokens[j].lower() in DAY_OF:
        j += 1
    return MONTHS_ABROAD.get(tokens[j].lower().rstrip(".")) if j < len(tokens) else None


def listed_day(tokens: Sequence[str], i: int) -> bool:
    """Whether token *i* is a day of a list or range of days whose month comes after its last day
    ("18 and 19 November", "18-19 November", "du 18 au 19 novembre", "18 y 19 de noviembre",
    "18., 19. November") or, an English month, before its first ("November 18 and 19"): another day
    follows or comes before it, across joiners only (:data:`_DAY_JOINERS`), and then the month.
    Tokens in any case."""
    if month_day(tokens[i].rstrip(".")) is None:
        return False
    for step in (1, -1):
        j, days = i + step, 0
        while 0 <= j < len(tokens) and abs(j - i) <= _DAY_LIST_TOKENS:
            token = tokens[j]
            if token.lower() in _DAY_JOINERS:
                j += step
            elif month_day(token.rstrip(".")) is not None:
                days += 1
                j += step
            else:
                break
        if not days or not 0 <= j < len(tokens):
            continue
        month = tokens[j].lower().rstrip(".")
        if month in MONTHS or (step == 1 and (month in MONTHS_ABROAD or month_after(tokens, j - 1) is not None)):
            return True
    return False


#: The least stopwords two paragraphs share to be read as written in one language: where they
#: are, a number's counted word on one side that is none of the other's is another thing counted
#: ("17 cases" / "17 stores"), not the same thing in another language's word ("17 cas").
ONE_LANGUAGE_STOPWORDS = 3


def counted_after(folded: Sequence[str], k: int) -> frozenset[str]:
    """What the number ending at word *k* of *folded* (words folded, no punctuation) counts, as
    the words after it say: the stem of the next word, and of the one after that where the next
    is no plural noun ("17 confirmed cases": confirm, case; "17 stores": store); the month as
    "@11" where the number is a date's day ("17 November", "November 17": :func:`date_day`);
    empty where a stopword or nothing follows ("17 of the cases", "rose to 17.")."""
    if date_day(folded, k):
        month = next((MONTHS[w.rstrip(".")] for w in (folded[k - 1] if k else "", folded[k + 1] if k + 1 < len(folded) else "")
                      if w.rstrip(".") in MONTHS), None)
        return frozenset({f"@{month}"}) if month else frozenset({"@"})
    found: list[str] = []
    for word in folded[k + 1 : k + 3]:
        if not word.isalpha() or is_stopword(word) or not (s := stem(word)):
            break
        found.append(s)
        if word.endswith("s") and not word.endswith("ss"):
            break  # the plural noun counted ("17 stores")
    return frozenset(found)


#: Words between "the number of" what is counted and its count ("... rose to 112", "... stands at
#: 300"), and how far back from its count "the number of" is looked for, in words (:func:`number_of`).
NUMBER_OF_VERBS = frozenset("to at is was reached".split())
NUMBER_OF_REACH = 12


def number_of(folded: Sequence[str], k: int, stops: Callable[[int], bool]) -> int | None:
    """Where the word stands that follows "the number of" before the number at word *k* of
    *folded* (words folded), which then counts that thing ("bringing the number of people forced
    from their homes to 6,200": the index of "people"): the number after a word of
    :data:`NUMBER_OF_VERBS`, "the number of" at most :data:`NUMBER_OF_REACH` words back and no word
    between that *stops* (called with its index: another count, a clause's end, as the caller
    reads them). None where there is no such phrase."""
    if k < 4 or folded[k - 1] not in NUMBER_OF_VERBS:
        return None
    for m in range(k - 2, max(1, k - NUMBER_OF_REACH) - 1, -1):
        if stops(m):
            return None
        if folded[m - 1] == "of" and m >= 2 and folded[m - 2] == "number":
            return m
    return None


def counted_apart(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two numbers' counted things (:func:`counted_after`) say they count different
    things: both say what, and nothing alike ("17 cases" / "17 stores"; "17 cases" / "17
    November"); not where either says nothing ("rose to 17")."""
    return bool(ours) and bool(theirs) and ours.isdisjoint(theirs)


def date_day(tokens: Sequence[str], k: int) -> bool:
    """Whether the number at token *k* (digits; tokens in any case) is a date's day: digits beside a
    month's name ("November 13", "13 Nov.", "29 April", "13 de noviembre"), or one of the days of
    one month listed or ranged beside it (:func:`listed_day`: "on 18 and 19 November", "November 18
    to 20", "du 18 au 19 novembre"): a date, no count (a tester's "three patients admitted on 18
    and 19 November" was 18 admitted, against another outlet's 37 in hospital). The one reader of
    a day for the linker's evidence and the stories' figures (core.stories.cluster)."""
    if not tokens[k][:1].isdigit():
        return False
    if (k > 0 and tokens[k - 1].lower().rstrip(".") in MONTHS
            or k + 1 < len(tokens) and tokens[k + 1].lower().rstrip(".") in MONTHS
            or month_after(tokens, k) is not None):
        return True
    return listed_day(tokens, k)


#: The forms of "be" and "have" between a noun and what a passive says of it ("people were
#: killed", "homes have been destroyed"): core.views.figures and core.linking.evidence read passives with them.
BE = frozenset("is are was were be been being".split())
AUXILIARIES = BE | frozenset("has have had".split())
#: The forms of "to be" the other languages news is read in put between a count and its subject
#: or its verb ("Gli arresti sono stati 37", "37 foram detidas", "Les arrestations sont au nombre
#: de 37"), by language: after a number they are no noun it counts.
BE_ABROAD = {language: frozenset(forms.split()) for language, forms in {
    "fr": "est sont était étaient été fut furent sera seront a ont",
    "it": "è sono era erano stato stata stati state fu furono sarà saranno ha hanno",
    "es": "es son era eran fue fueron sido será serán ha han",
    "pt": "é são era eram foi foram sido será serão ficaram ficou",
    "de": "ist sind war waren wurde wurden worden sein",
    "nl": "is zijn was waren werd werden geweest",
}.items()}
#: Words between "be" and what happened that only hedge it: "are feared dead", "were reported
#: killed", "are confirmed dead" say what happened in the next word.
HEDGES = frozenset("feared reported believed confirmed thought presumed said known understood".split())
#: Adverbs that only hedge what the verb after them says: "were reportedly killed", "12 apparently drowned".
HEDGING_ADVERBS = frozenset("reportedly allegedly apparently".split())


def past_hedges(folded: Sequence[str], m: int) -> int:
    """The index in *folded* (words) of what a hedge at word *m* hedges, past the hedges, forms of
    "be" and "have" and "to" between: "injured" of "is believed to have been injured", "killed"
    of "was reportedly killed", "dead" of "are feared dead"; a hedge is a passive's
    (:data:`HEDGES` after a form of "be": "is thought", "was said") or an adverb
    (:data:`HEDGING_ADVERBS`). *m* itself where its word hedges nothing ("said they would", "known
    for") or nothing follows the hedges."""
    if not (folded[m] in HEDGING_ADVERBS or folded[m] in HEDGES and m and folded[m - 1] in BE):
        return m
    n = m + 1
    while n < len(folded) and (folded[n] in AUXILIARIES or folded[n] in HEDGES or folded[n] in HEDGING_ADVERBS or folded[n] == "to"):
        n += 1
    return n if n < len(folded) else m
#: Stems of the words that make a count what a thing may hold, not what it holds: "licensed to
#: carry 250 people", "certified for 150", "a capacity of 300" against "200 people on board"
#: (core.views.figures never gives one figure of the two).
#: Words whose stems are others' ("authorized", "authorities"; "rated", "a rate of") are left out.
CAPACITY = frozenset(stem(w) for w in "capacity licensed certified permitted designed".split())
#: Words between a count and what happened to it that say it lasts: "12 people were still missing",
#: "14 remained unaccounted for", "are now confirmed dead" say what happened in a later word.
LASTING = frozenset("still now also all yet remain remains remained".split())

_FOLD_PAIRS = tuple((chr(a), b) for a, b in _FOLD.items())


def fold(text: str) -> str:
    """*text* with quotes and dashes folded, one character for one, so offsets still hold."""
    if text.isascii():  # every mark folded is not, and str.isascii() reads a flag
        return text
    # Chained replace of the marks present beats str.translate with a dict table.
    for mark, plain in _FOLD_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


#: The combining marks search folds away: the accents of Latin, Greek and Cyrillic letters (the
#: Combining Diacritical Marks block and its extensions), not the marks that make letters of
#: other scripts (Japanese voicing marks, Indic vowel signs), which would change the word.
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


#: Latin letters with a stroke or of two letters, which Unicode does not decompose into a letter and
#: a mark, as an English keyboard types them ("Ødegård" is found by "odegard", "Łódź" by "lodz",
#: "Đoković" by "dokovic", "Æsir" by "aesir").
_UNDECOMPOSED = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ŧ": "t", "ı": "i", "ŀ": "l",
                               "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"})


def search_fold(text: str) -> str:
    """*text* as search compares it: accents dropped, case folded, compatibility forms unified
    ("Kovač" and "KOVAC" are "kovac", "Straße" is "strasse", "Ødegård" is "odegard", "ﬁ" and a
    full-width "Ａ" are "fi" and "a"). The length may change; :func:`search_folded` says where each
    character came from.

    Unicode's recipe for matching without accents: decompose (NFKD), drop the combining marks
    (:data:`_ACCENTS` only), case-fold, compose again (NFKC, so kana and Hangul are whole again);
    then the letters it leaves whole (:data:`_UNDECOMPOSED`).
    """
    if text.isascii():  # most text: casefold is lower there
        return text.lower()
    bare = _ACCENTS.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return unicodedata.normalize("NFKC", bare).translate(_UNDECOMPOSED)


def search_folded(text: str) -> tuple[str, list[int]]:
    """:func:`search_fold` of *text*, a character at a time, and for each folded character the
    offset in *text* of the character it came from; one more offset at the end, ``len(text)``.
    A span ``[i, j)`` of the folded text is ``[offsets[i], offsets[j])`` of *text*: an accent
    written as a combining mark after its letter falls inside it."""
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    pieces: list[str] = []
    offsets: list[int] = []
    for run in _ASCII_RUN_OR_CHAR.finditer(text):  # ASCII a run at a time: a long paragraph stays fast
        start, end = run.span()
        if text[start].isascii():
            pieces.append(run.group().lower())
            offsets.extend(range(start, end))
        else:
            piece = search_fold(run.group())
            pieces.append(piece)
            offsets.extend([start] * len(piece))
    offsets.append(len(text))
    return "".join(pieces), offsets


_ASCII_RUN_OR_CHAR = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]", re.S)


def words(text: str) -> list[str]:
    """The folded, lower-case words of *text*, in order."""
    folded = fold(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):  # almost always: one regex pass over the whole
        return (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)
    return [w.lower() for w in _WORD.findall(folded)]


def word_offsets(text: str) -> list[tuple[int, int]]:
    """Where each word of :func:`words` stands in *text*."""
    return [m.span() for m in _WORD.finditer(fold(text))]


# After a Latin stop comes a space; a CJK stop needs none.
_STOPS, _AFTER_STOP = ".!?…؟۔", r"[\"'”’)\]]*\s+"
_CJK_STOPS, _AFTER_CJK_STOP = "。！？", r"[」』]*\s*"
SENTENCE_BREAK = re.compile(f"(?<=[{_STOPS}]){_AFTER_STOP}|(?<=[{_CJK_STOPS}]){_AFTER_CJK_STOP}")
# The same break with the stop before it (one character), for finding breaks: a pattern that opens
# on a stop lets the regex engine skip to the next stop, where a look-behind is tried at every
# character (half the time of sentence_starts, which the linker calls for each paragraph).
_STOP_BREAK = re.compile(f"[{_STOPS}]{_AFTER_STOP}|[{_CJK_STOPS}]{_AFTER_CJK_STOP}")
# A full stop that ends an abbreviation ("Mr.", "Gen.", "U.S.", "J.") rather than a sentence.
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Lt|Col|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Rev|Hon|No|Nos|Inc|Co|Corp|Ltd"
    r"|vs|etc|[A-Z]|[A-Za-z](?:\.[A-Za-z])+)\.$"
)


_ABBREVIATION_SPAN = 16  # longer than any abbreviation above


def sentence_starts(text: str) -> list[int]:
    """Where the sentences of *text* after its first one start: the ends of its breaks
    (:data:`SENTENCE_BREAK`), but after an abbreviation's full stop."""
    return [
        m.end()
        for m in _STOP_BREAK.finditer(text)
        # (the stop is one character: the abbreviation ends after it.) Only the few characters
        # before the stop are looked at: a long paragraph stays linear.
        if m.end() < len(text) and not _ABBREVIATION.search(text, max(0, m.start() + 1 - _ABBREVIATION_SPAN), m.start() + 1)
    ]


def words_and_offsets(text: str) -> tuple[list[str], list[int]]:
    """:func:`words` and, flat, where they stand: the start and end of word k at 2k and 2k + 1.

    One regex pass for both: the lengths of the gaps and words that re.split returns,
    summed as they come, are the offsets.
    """
    folded = fold(text)
    lowered = folded.lower()
    # str.lower() only ever lengthens a string; at the same length it maps one for one.
    split = lowered if len(lowered) == len(folded) else folded
    parts = (_ASCII_WORD_SPLIT if split.isascii() else _WORD_SPLIT).split(split)
    ends = list(accumulate(map(len, parts)))
    found = parts[1::2]
    if len(lowered) != len(folded):
        found = [w.lower() for w in found]
    return found, ends[:-1]


def tokens(text: str) -> list[Token]:
    """The words of *text* with their stems and character offsets."""
    # Case is folded per word: str.lower() may change a string's length, which
    # would shift every offset after it.
    return [
        Token(w, stem(w), start, end)
        for w, (start, end) in zip(words(text), word_offsets(text), strict=True)
    ]


_OPEN_CLOSE = {'"': '"', "“": "”", "‘": "’", "«": "»", "„": "“", "»": "«", "「": "」", "『": "』", "”": "”"}
_OPENER = re.compile(r"[\"“‘«„'»「『”]")
#: For each opening mark, what closes it (or a line end, which leaves it open): German „…“ (and
#: „…" or „…” as pages type it), »…« (»…» in Nordic print), French «…», Japanese 「…」 and 『…』,
#: Swedish and Finnish ”…” (the one mark both ways).
_CLOSER = {
    '"': re.compile(r'["”\n]'),
    "”": re.compile(r"”(?![^\W_])|\n"),
    "“": re.compile(r'["”\n]'),
    "«": re.compile(r"[»\n]"),
    "„": re.compile(r'[“”"\n]'),
    "»": re.compile(r"[«»\n]"),
    "「": re.compile(r"[」\n]"),
    "『": re.compile(r"[』\n]"),
    "‘": re.compile(r"[’'](?![^\W_])|\n"),
    "'": re.compile(r"[’'](?![^\W_])|\n"),
}


def quote_spans(text: str, *, min_words: int = 3) -> list[tuple[int, int]]:
    """Character spans of the direct quotations in *text* of at least *min_words* words.

    Straight and curly double quotes always delimit, as do guillemets («…», »…«), German low
    quotes („…“), Swedish and Finnish ”…” (opening before a word only) and Japanese brackets
    (「…」, 『…』); a single quote never opens after a letter or
    digit and never closes before one, so apostrophes ("Blinken's") don't. A line that opens with
    a dash is direct speech up to its attribution (:func:`_dash_speech`). Words are counted as
    :func:`words` finds them (a run of Japanese is one).
    """
    spans: list[tuple[int, int]] = []
    if text.isascii() and '"' not in text and "'" not in text:
        return spans  # no mark at all: two scans in C say so
    i = 0
    while (opener := _OPENER.search(text, i)) is not None:
        i = opener.start()
        ch = text[i]
        if ch in "‘'" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        if ch == "”" and (i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([{–—―-:") or not text[i + 1 : i + 2].isalnum()):
            # (a closing mark whose opening one was lost, "... he said” today": no quotation opens
            # at it; Swedish and Finnish open with it only before a word, at the start of a sentence)
            i += 1
            continue
        closer = _CLOSER[ch].search(text, i + 1)
        if closer is None or closer.group() == "\n":
            i += 1
            continue
        j = closer.start()
        if len(_WORD.findall(text[i + 1 : j])) >= min_words:
            spans.append((i + 1, j))
        i = j + 1
    if "–" in text or "—" in text or "―" in text:
        spans = sorted([*spans, *(span for span in _dash_speech(text, min_words)
                                  if not any(s < span[1] and span[0] < e for s, e in spans))])
    return spans


#: A line that opens with a dash: direct speech as Nordic and Slavic papers print it ("– Varje
#: familj förtjänar att få veta, sade Dunaj.", "— Tekst — powiedział Nowak.").
_DASH_OPENS = re.compile(r"(?m)^[ \t]*[–—―][ \t\u00a0]+(?=[^\W_])")
#: The dash that closes such speech before its attribution (maybe after a comma: "— Текст, — сказал он.").
_DASH_CLOSES = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*[–—―][ \t\u00a0]+(?=[^\W_])")
#: The most words of an attribution after a comma that ends a dash's line (", sade inrikesminister Petra Dunaj.").
DASH_ATTRIBUTION_WORDS = 6


def _dash_speech(text: str, min_words: int) -> list[tuple[int, int]]:
    """Character spans of the direct speech *text* prints after a dash opening a line: its words
    up to a dash that closes them, or else up to a comma before an attribution that ends the line
    (its first word lowercase, a verb of speech: ", sade Dunaj.", at most
    :data:`DASH_ATTRIBUTION_WORDS` words); a line with neither is no speech (a list's item)."""
    spans = []
    for opens in _DASH_OPENS.finditer(text):
        start = opens.end()
        line_end = text.find("\n", start)
        line = text[start : len(text) if line_end < 0 else line_end]
        closes = _DASH_CLOSES.search(line)
        if closes:
            end = start + closes.start()
        else:
            comma = line.rfind(", ")
            tail = line[comma + 2 :].split()
            if comma < 0 or not tail or not tail[0][:1].islower() or len(tail) > DASH_ATTRIBUTION_WORDS:
                continue
            end = start + comma
        if len(_WORD.findall(text[start:end])) >= min_words:
            spans.append((start, end))
    return spans


def count(n: int, noun: str, plural: str | None = None) -> str:
    """*n* and *noun*, plural unless *n* is one: "1 article", "8 articles", "2 stories"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


#: The commonest function words of languages written in the Latin alphabet (articles, pronouns,
#: prepositions, conjunctions and auxiliaries; from the frequency lists every language's corpora
#: give, kept to words frequent in one language and rare in the others): a paragraph's language
#: is the one whose words it uses most (:func:`language_of`). A word that is also a common English
#: word ("a", "i", "do", "by", "on", "is", "in", "so", "no", "at") is left out of the other lists:
#: short English reports read as Czech or Hungarian. Croatian, Serbian and Bosnian written
#: in the Latin alphabet are one ("sh", Serbo-Croatian), as Indonesian and Malay are ("id").
_FUNCTION_WORDS = {
    "en": "the and of to in is was that for on with said he it as at by from his have has are were be this which not but they will would after their",
    "es": "el la los las de del que y en un una por con para es se su al lo como más pero dijo fue ha han sus este esta según también",
    "de": "der die das und ist nicht mit von den dem des ein eine einer zu auf für sich im auch sie er wurde wird hat bei nach dass aus",
    "fr": "le la les des du de et est une un dans pour que qui sur au aux avec pas il elle été ont par ce cette sont son sa",
    "it": "il lo la gli le di del della che e è un una per con non sono ha nel alla dei delle anche come più ma stato",
    "pt": "o a os as de do da dos das que e em um uma para com não no na por se mais foi é ao pelo pela disse",
    "nl": "de het een en van is dat niet op te met voor zijn er aan ook bij werd wordt naar maar om dan heeft hij ze",
    "sv": "och att det som en är av för på med till den har inte om ett var men de sig från vid också enligt efter",
    "da": "og at det som en er af for på med til den har ikke om et var men de sig fra ved også efter siger",
    "nb": "og at det som en er av for på med til den har ikke om et var men de seg fra ved også etter sier",
    "pl": "i w na z że się nie do to jest jak o po co ale przez od dla jego był została został oraz także już są tym tego ich może przy który która które czy jednak było była będzie we ze",
    "tr": "ve bir bu da de için ile olarak daha çok gibi en olan ama sonra kadar değil",
    "ca": "el la de que en els dels als amb per va van són però més també aquest aquesta aquests seu seva seus seves després segons hi ho fins perquè durant quan molt",
    "ro": "și şi în cu din de la se un pe că care nu o mai fost este sunt pentru după prin acest această sau dar lui ale fi spus potrivit între despre iar unei unui fără",
    "fi": "ja ei että oli ovat mukaan myös kun tai hän joka jotka mutta kanssa jo nyt vain kuin olla jälkeen tämä sekä ollut mitä vielä eikä siitä sen hänen jossa sanoi kertoo kertoi vuonna noin",
    "et": "ja ei et see oli ka kui aga mis ta ning või siis veel pärast kes nii oma selle seda mille tema juba ütles olid olnud ole kas",
    "hu": "a az és hogy nem egy meg volt van már csak mint még azt ez után pedig szerint miatt között lesz vagy kell amely amit mert sem lehet ami akkor mondta egyik miután helyett elől során óta alatt ezért valamint",
    "cs": "v se na je že s z o k po ve za jako ale pro od jsou byl bylo byla byly podle který která které také už jeho jen při tak není než však před jsme bude budou protože když jejich",
    "sk": "v sa na je že s z o k po vo za ako ale pre od sú bol bolo bola boli podľa ktorý ktorá ktoré tiež už jeho len pri tak nie než však pred aj sme bude budú pretože keď ich",
    "sh": "je u na da se za su od s o što kao koji koja koje iz ne sa po će bi ali te još nije bio bila prema kako već ili nakon rekao li",
    "sl": "je v na da se za z od ki pa s o tudi ne po bo bi ali ter še ni bil bila kot že iz pri med če lahko dejal",
    "lt": "ir kad yra į su iš tai o bet kaip buvo nuo jo dėl taip jau apie ar po prie kuris kuri kurie pasak tačiau bus savo tik jų nėra sakė",
    "lv": "un ir par ka uz ar arī kas lai bet tas tā kā pēc vai bija jau tikai viņš kura tiek tika līdz kad pie saskaņā vēl nav sacīja",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada oleh karena kerana telah sudah atau bahwa bahawa mereka kata tersebut lebih dia sebagai setelah hingga namun masih bagi kepada mulai sejak sampai",
    "vi": "và của là các có được trong cho với đã này người không những một theo khi về đến để từ tại cũng sẽ nhưng năm đó thì bị hơn sau như vào",
    "sw": "ya wa kwa na katika ni kwamba hiyo hii pia lakini kuwa alisema hadi baada kutoka wakati juu zaidi ambao ambayo cha za mwaka",
    "tl": "ang ng sa mga ay si ni kay hindi ito nang siya kanyang ayon din rin kung noong dahil niya nila na",
    # Hausa: its commonest words but those Irish, Igbo and Portuguese write as often ("a", "na", "an", "ba",
    # "ga"), with Portuguese's "da" and Swahili's "ya", "za", which its own ("kuma", "cikin", "sun", "ne") outnumber
    "ha": "da ta ya ne ce su za sun kuma cikin wanda wadda wadanda wannan cewa domin saboda amma daga shi ita mai"
          " kan bayan tare inda yayin akwai babu haka sai zuwa tsakanin game wajen",
    # Irish and Scottish Gaelic: the words each writes and the other spells otherwise ("tá", "bhí",
    # "ag", "go", "ó", "dúirt" / "tha", "bha", "aig", "gu", "bho", "thuirt"), with the ones they share
    # ("agus", "na", "ach", "nach", "leis", "seo"); not "an", "is", "a", "le", "do", which English and
    # French write as often
    "ga": "agus na ar ag sa go bhí tá ó ach nach níos leis chun faoi atá seo sin bhfuil dúirt siad mar beidh",
    "gd": "agus na air aig anns gu bha tha bho ach nach nas leis airson seo sin thuirt iad mar bidh cha",
}
_FUNCTION_SETS = {code: frozenset(listed.split()) for code, listed in _FUNCTION_WORDS.items()}


def is_function_word(word: str, language: str | None) -> bool:
    """Whether *word* (lower case) is one of the function words of *language* (a code of
    :func:`language_of`: "uma", "com" in Portuguese, "dei", "più" in Italian), which say nothing of
    what a report tells; False where *language* is None or lists none."""
    listed = _FUNCTION_SETS.get(language) if language else None
    return listed is not None and word in listed


def is_any_function_word(word: str) -> bool:
    """Whether *word* (lower case) is a stopword (:func:`is_stopword`) or a function word of any
    language of :data:`_FUNCTION_WORDS` ("des", "der", "och"): a word that says nothing of what a
    report tells, whichever language the report is in."""
    return word in _STOPWORDS or any(word in listed for listed in _FUNCTION_SETS.values())


#: How many of the words one language of :data:`_FUNCTION_WORDS` has and the next has not tell
#: a text's language where the two share many (:func:`language_of`).
_OWN_WORDS = 3
#: Letters of the Latin alphabet that one language of :data:`_FUNCTION_WORDS` alone writes: a word
#: written with one counts for it as its function words do. Turkish's dotless "ı" and "ğ" stand in
#: most of its words ("Limanı", "Kasım", "kapatıldı"), where its function words are few and short
#: ("ve", "bir", "bu"): a two-sentence Turkish report holds one or two of them, and stayed untold.
#: Czech and Slovak share most of their function words, and a short report holds too few of the words
#: only one of them has to tell them apart (a two-paragraph Czech report stayed untold, its names read
#: without their case endings); Czech alone writes "ř", "ě" and "ů" ("Dřevoline", "Lhotě",
#: "průmyslové"), Slovak alone "ľ", "ĺ" and "ŕ" ("ľudí", "podľa"), not its "ä" nor its "ô", which
#: German, Finnish, French and Vietnamese write too. Romanian alone writes "ș" and "ț" (and "ţ", as
#: older text writes it): a short Romanian report ("Agenția Națională ... a confirmat marți") shares
#: its commonest words with Portuguese, Spanish and French and stayed untold; not its "ă", "â" nor
#: "î", which Vietnamese and French write too, nor the "ş" Turkish writes.
_LATIN_OWN_LETTERS = {"tr": frozenset("ığ"), "cs": frozenset("řěů"), "sk": frozenset("ľĺŕ"), "ro": frozenset("șțţ")}


def _latin_languages_of(word: str) -> tuple[str, ...]:
    """The languages of :data:`_LATIN_OWN_LETTERS` whose own letters *word* (lower case) writes."""
    return tuple(code for code, letters in _LATIN_OWN_LETTERS.items() if not letters.isdisjoint(word))

#: Each function word and the languages of :data:`_FUNCTION_WORDS` it is one of.
#: Built by one pass over the lists (each split once): asking every list of every word took a
#: twentieth of a second at import, before any command could say a word.
_LANGUAGE_OF_WORD: dict[str, list[str]] = {}
for _code, _listed in _FUNCTION_WORDS.items():
    for _word in dict.fromkeys(_listed.split()):
        _LANGUAGE_OF_WORD.setdefault(_word, []).append(_code)
del _code, _listed, _word
#: Scripts that tell a language (or a family of them) by their letters alone, and their code:
#: ISO 639-1 where one language writes the script, ISO 15924 where several do (Cyrillic, Arabic,
#: Devanagari), which :func:`_shared_script_language` tells apart where their letters do.
_SCRIPTS = (
    ("ja", "\u3040-\u30ff"), ("ko", "\uac00-\ud7af\u1100-\u11ff"), ("zh", "\u4e00-\u9fff\u3400-\u4dbf"),
    ("Cyrl", "\u0400-\u04ff"), ("el", "\u0370-\u03ff"), ("Arab", "\u0600-\u06ff"), ("he", "\u0590-\u05ff"),
    ("Deva", "\u0900-\u097f"), ("th", "\u0e00-\u0e7f"), ("hy", "\u0530-\u058f"), ("ka", "\u10a0-\u10ff"),
)
_SCRIPT_LETTERS = [(code, re.compile(f"[{letters}]")) for code, letters in _SCRIPTS]
#: The languages of a script several write, each by the letters only it (of those listed) writes,
#: asked in order (each writes none of the letters of those after it, but Urdu Persian's and
#: Belarusian Russian's), with the least share of the script's letters they must make: Urdu's
#: retroflex letters, noon ghunna and yeh barree (ٹ ڈ ڑ ں ے, several in each sentence), then
#: Persian's pe, che, zhe and gaf (پ چ ژ گ, which Arabic writes only in a foreign name);
#: Ukrainian's ї є ґ, Belarusian's ў, Serbian's ђ ћ џ, Macedonian's ѓ ќ ѕ, Russian's ы э ё (ы in
#: most sentences), then Bulgarian's hard sign (ъ, in most sentences; Russian writes it in a few words).
_OWN_LETTERS: dict[str, tuple[tuple[str, str, float], ...]] = {
    "Arab": (("ur", "ٹڈڑںےۓ", 0.01), ("fa", "پچژگ", 0.005)),
    "Cyrl": (("uk", "їєґ", 0.003), ("be", "ў", 0.003), ("sr", "ђћџ", 0.002), ("mk", "ѓќѕ", 0.002),
             ("ru", "ыэё", 0.005), ("bg", "ъ", 0.007)),
}
#: Words only one language of a script writes, where the script's languages share their letters:
#: Devanagari's Hindi (है, में, ने, और ...), Marathi (आहे, आणि, मध्ये ...) and Nepali (छ, पनि, गरेको ...).
#: One of them is the text's language with :data:`SCRIPT_OWN_WORDS_LEAST` of its words at least and
#: twice the next one's (:func:`_shared_script_language`).
_SCRIPT_OWN_WORDS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "Deva": (
        ("hi", frozenset("है हैं था थी थे में ने और यह से भी".split())),
        ("mr", frozenset("आहे आहेत आणि होते होता होती व हे त्या केले मध्ये असे नाही".split())),
        ("ne", frozenset("छ छन् थियो थिए र पनि गरेको भएको लागि यो मा ले गर्न भने".split())),
    ),
}
SCRIPT_OWN_WORDS_LEAST = 2
#: Words only one of two languages writes, where a script's text holds letters both write and none
#: that tells them apart (:data:`_OWN_LETTERS`): Serbian's and Macedonian's ј љ њ without Serbian's
#: ђ ћ џ or Macedonian's ѓ ќ ѕ ("Велики пожар избио је ... због густог дима" is Serbian by је,
#: због, су; Macedonian writes е, во, со, кај). Asked only of such a text: Bulgarian writes е too.
_SHARED_LETTERS_OWN_WORDS: dict[str, tuple[str, tuple[tuple[str, frozenset[str]], ...]]] = {
    "Cyrl": ("[јљњ]", (
        ("sr", frozenset("је су није јер због према код који које треба биће била били".split())),
        ("mk", frozenset("е во го ги беше кај со овој оваа ова ќе нема".split())),
    )),
}
#: The language a shared script is written in where none of :data:`_OWN_LETTERS` is: Arabic, the
#: only one of its languages to write none of theirs.
_SCRIPT_DEFAULT = {"Arab": "ar"}
#: Letters of the other languages written in these scripts (Pashto, Sindhi, Kurdish, Uyghur;
#: Kazakh, Tatar, Kyrgyz ...): with any of them the text keeps its script's code, as one whose
#: language its letters do not tell.
_OTHER_LETTERS = {
    "Arab": re.compile("[ټډړږښځڅګېۍٺٽٿڀڄڃڇڌڍڏڙڦڪڱڳڻڕڵۆێەۈۋۇ]"),
    "Cyrl": re.compile("[әғқңөұүһҗҳӣӯӑӗӳӝӧӱ]"),
}
#: The share of the script's letters that :data:`_OTHER_LETTERS` must make to leave it untold.
_OTHER_SHARE = 0.005


def _shared_script_language(script: str, text: str, letters: int) -> str:
    """The language of *text*, *letters* of whose letters (a third of them at least) are of
    *script* (a code of :data:`_SCRIPTS`): where several languages write it, the first of
    :data:`_OWN_LETTERS` whose own letters make their share of them ("ur", "fa", else "ar" in
    Arabic script; "uk", "be", "sr", "mk", "ru", "bg" in Cyrillic); else *script* itself: a text
    with letters of a language not listed (:data:`_OTHER_LETTERS`), Serbian's or Macedonian's
    ј љ њ without the letters that tell the two apart (unless the words only one of them writes tell
    it, :data:`_SHARED_LETTERS_OWN_WORDS`), a Cyrillic text too short to hold Russian's
    ы, and Devanagari, whose Hindi, Marathi and Nepali share their letters, unless the words only one
    of them writes tell it (:data:`_SCRIPT_OWN_WORDS`)."""
    if script in _SCRIPT_OWN_WORDS:
        found = words(text)
        counts = sorted(((sum(w in own for w in found), code) for code, own in _SCRIPT_OWN_WORDS[script]), reverse=True)
        if counts[0][0] >= SCRIPT_OWN_WORDS_LEAST and counts[0][0] >= 2 * counts[1][0]:
            return counts[0][1]
    other = _OTHER_LETTERS.get(script)
    if script not in _OWN_LETTERS or other is not None and len(other.findall(text)) > _OTHER_SHARE * letters:
        return script
    for code, written, share in _OWN_LETTERS[script]:
        if sum(map(text.count, written)) >= max(1.0, share * letters):
            return script if code in ("uk", "be", "ru", "bg") and re.search("[јљњ]", text) else code
    if script in _SHARED_LETTERS_OWN_WORDS and re.search(_SHARED_LETTERS_OWN_WORDS[script][0], text):
        found = words(text.lower())
        counts = sorted(((sum(w in own for w in found), code) for code, own in _SHARED_LETTERS_OWN_WORDS[script][1]), reverse=True)
        if counts[0][0] >= SCRIPT_OWN_WORDS_LEAST and counts[0][0] >= 2 * counts[1][0]:
            return counts[0][1]
    return _SCRIPT_DEFAULT.get(script, script)


#: Any letter of those scripts: a text with none is counted by its words alone.
_ANY_SCRIPT = re.compile("[" + "".join(letters for _, letters in _SCRIPTS) + "]")
#: What :func:`language_of` returns, in words.
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "pl": "Polish", "tr": "Turkish",
    "ja": "Japanese", "ko": "Korean", "zh": "Chinese", "Cyrl": "Cyrillic script", "el": "Greek",
    "Arab": "Arabic script", "he": "Hebrew", "Deva": "Devanagari script", "hi": "Hindi", "mr": "Marathi", "ne": "Nepali", "th": "Thai", "hy": "Armenian", "ka": "Georgian",
    "ar": "Arabic", "fa": "Persian", "ur": "Urdu", "ru": "Russian", "uk": "Ukrainian", "be": "Belarusian",
    "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian",
    "ca": "Catalan", "ro": "Romanian", "fi": "Finnish", "et": "Estonian", "hu": "Hungarian", "cs": "Czech",
    "sk": "Slovak", "sh": "Croatian or Serbian", "sl": "Slovenian", "lt": "Lithuanian", "lv": "Latvian",
    "id": "Indonesian or Malay", "vi": "Vietnamese", "sw": "Swahili", "tl": "Tagalog", "ha": "Hausa",
    "ga": "Irish", "gd": "Scottish Gaelic",
}


def language_code(told: str | None) -> str | None:
    """*told*, a code :func:`language_of` gives, where it is a language's (ISO 639-1: "hi", "ru"),
    else None: a script's code (ISO 15924: "Deva", "Cyrl", "Arab"), which names no language, is no
    article's language to show or export."""
    return told if told is not None and told.islower() else None


#: How many of an article's first paragraphs (with its headline) its language is told by (:func:`article_language`).
LANGUAGE_PARAGRAPHS = 12


def article_language(title: str, paragraphs: Sequence[str], *, declared: str | None = None) -> str | None:
    """The language of an article (:func:`language_of` of its *title* and first
    :data:`LANGUAGE_PARAGRAPHS` *paragraphs*, 3,000 characters at most): the one reading both the
    linker, which compares only articles of one language (or of one not told), and the story's
    views use. Where its text does not tell, the one *declared* for it, unless its text speaks
    against that (:func:`declared_language`)."""
    return declared_language(" ".join([title, *paragraphs[:LANGUAGE_PARAGRAPHS]])[:3000], declared)


#: The fewest function words of one other language by which a text no language is told for speaks
#: against the language declared for it (:func:`declared_language`): two may be names or loans.
AGAINST_DECLARED = 3


def declared_language(text: str, declared: str | None) -> str | None:
    """The language *text* is written in: its own where :func:`language_of` tells it, else the
    one *declared* for it (a feed's or a page's, a record's field, the one its file's other records
    are in; "fi-FI" is "fi") unless the text speaks against that: it holds
    :data:`AGAINST_DECLARED` function words or more of another language counted by its words
    (:data:`_FUNCTION_WORDS`), three times as many as of the declared one. A Finnish entry ("kun",
    "että", "sanoi", "mukaan" in 41 words: too few to tell Finnish) of a feed declared Indonesian
    is not Indonesian; a short text with a word or two of another language keeps its declaration.
    None where neither tells, or the text speaks against the declaration."""
    told = language_of(text)
    if told is not None or not declared or not (code := re.split(r"[-_]", declared.strip().lower())[0]):
        return told
    if code not in _FUNCTION_WORDS:
        return code  # a language whose words are not counted: nothing in the text speaks against it
    counts = _word_counts(_found_words(text))
    other = max((n for c, n in counts.items() if c != code), default=0)
    return None if other >= AGAINST_DECLARED and other >= 3 * counts.get(code, 0) else code


def _found_words(text: str) -> list[str]:
    """The words of *text* (NFC, lower case) that are letters only, as :func:`language_of` counts them."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # "được" written with combining marks is the listed word
    return [w for w in words(text.lower()) if w.isalpha()]


def _word_counts(found_words: Sequence[str]) -> dict[str, int]:
    """How many of *found_words* are each Latin-alphabet language's (:data:`_FUNCTION_WORDS`, or
    written with letters only it writes)."""
    counts: dict[str, int] = {}
    for word in found_words:
        for code in _LANGUAGE_OF_WORD.get(word, ()) or _latin_languages_of(word):
            counts[code] = counts.get(code, 0) + 1
    return counts


def language_of(text: str, *, least: int = 12) -> str | None:
    """The language *text* is written in, as a code of :data:`LANGUAGE_NAMES`, or None when it
    cannot be told: fewer than *least* words, or no language clearly ahead.

    A script of its own decides where a third of the letters are in it (kana: Japanese, even
    beside Chinese characters); else the Latin-alphabet languages of :data:`_FUNCTION_WORDS`
    are counted, and one wins with at least a tenth of the words and 1.5 times the next, or,
    where the two share many (Czech and Slovak, Catalan and Spanish), with at least
    :data:`_OWN_WORDS` of the words only it has of the two and twice the next's (Danish and
    Norwegian, whose lists differ in four words, often stay None). Used to tell the articles of
    a story no other could be compared with (core.linking.story), and which case endings a
    report's names are read without (:data:`CASE_STEMMERS`)."""
    if _ANY_SCRIPT.search(text):  # (one pass finds none in most text: the letters are not counted)
        letters = sum(map(str.isalpha, text))
        for code, pattern in _SCRIPT_LETTERS:
            found = len(pattern.findall(text))
            if found * 3 >= letters or code == "ja" and found >= 10:
                return _shared_script_language(code, text, found)
    found_words = _found_words(text)
    if len(found_words) < least:
        return None
    counts = _word_counts(found_words)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] * 10 < len(found_words):
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        # Two neighbours share their commonest words (Czech and Slovak "a v na je že"): the words
        # each has and the other has not tell them apart, and the words written with letters only one of
        # them writes (_LATIN_OWN_LETTERS: Czech "řekl", Slovak "ľudí").
        (one, _), (other, _) = ranked[:2]
        first, second = _FUNCTION_SETS[one], _FUNCTION_SETS[other]
        own = sum(w in first and w not in second or w not in second and one in _latin_languages_of(w) for w in found_words)
        theirs = sum(w in second and w not in first or w not in first and other in _latin_languages_of(w) for w in found_words)
        if own < _OWN_WORDS or own < 2 * theirs:
            return None
    return ranked[0][0]


#: The label of an outlet's correction of its article, in the languages read: "Correction:",
#: "Correction (25 November):", "Clarification:", "Rectificatif :", "Fe de erratas:",
#: "Correção:", "Rettifica:", "Berichtigung:", "Correctie:".
_CORRECTION_LABEL = (
    r"corrections?|clarifications?|rectificatif|rectification|erratum|errata|correctif|"
    r"correcci[oó]n|fe de erratas|aclaraci[oó]n|corre[cç][aã]o|retifica[cç][aã]o|correzione|rettifica|"
    r"berichtigung|korrektur|richtigstellung|correctie|rectificatie|rättelse|rettelse|oikaisu|sprostowanie"
)
#: The label of an outlet's other notes on its article: "Update, 18:30:", "Editor's note:".
_NOTE_LABEL = (
    r"updated?|editor['’]?s['’]? note|note to readers|note from the editors?|mise à jour|note de la rédaction|"
    r"actualizaci[oó]n|nota del editor|nota de la redacci[oó]n|atualiza[cç][aã]o|nota da reda[cç][aã]o|"
    r"aggiornamento|nota della redazione|aktualisierung|anmerkung der redaktion|noot van de redactie"
)
#: Words by which a note speaks of the article itself, not of the news: "this article", "an
#: earlier version", "misspelled", in the languages read.
_ABOUT_ITSELF = (
    r"(?:this|the) (?:article|story|report|post|piece|page|item)|(?:an|a|the) (?:earlier|previous|prior) versions?|"
    r"earlier versions?|incorrectly|wrongly|erroneously|misspell(?:ed|t)|misstated|misidentified|misquoted|"
    r"cet article|cette (?:dépêche|page)|une (?:version|précédente version)|esta (?:nota|noticia|información)|"
    r"este (?:artículo|artigo|texto)|una versión anterior|uma versão anterior|questo articolo|una (?:precedente )?versione|"
    r"diese[rn]? (?:Artikel|Beitrag|Text)|eine[rn]? (?:früheren|vorherigen) (?:Version|Fassung)|dit artikel|een eerdere versie"
)
#: A word of the time stamp in an update note: "4:05", "p.m.", "March", "3,", "Tuesday", "at", "GMT".
_NOTE_STAMP = (r"\d[\d:.,]*(?:[ap]\.?m\.?)?|[ap]\.m\.|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
               r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|at|on|(?-i:[A-Z]{2,4}),?")
_ARTICLE_NOTE = re.compile(
    # an update note that says when and with what, no label before it: "Updated at 4:05 p.m. with
    # comment from the ferry operator.", "Updated March 3 with the death toll.", "Updated 14:05: adds
    # comment from the mayor." (what it adds, the article the verb's subject)
    r"^\W{0,3}(?:update\s*[:—–-]\s*)?updated\s+(?:on\s+|at\s+)?(?=(?:\S+\s+){0,3}\S*\d)(?:" + _NOTE_STAMP + r")(?:\s+(?:"
    + _NOTE_STAMP + r")){0,7}(?:\s*[:—–-])?\s+(?:with|adds|adding|to (?:include|reflect|add|correct|clarify|remove|update))\b|"
    rf"^\W{{0,3}}(?:(?:{_CORRECTION_LABEL})\b[^:.]{{0,40}}(?::|\s[—–-])\s*\S"
    rf"|(?:{_NOTE_LABEL})\b[^:.]{{0,40}}(?::|\s[—–-])\s*(?=.*\b(?:{_ABOUT_ITSELF})\b)"
    rf"|(?:{_ABOUT_ITSELF})\b.{{0,60}}\b(?:has been|was|had been|have been|were) (?:corrected|amended|updated|changed|clarified)\b"
    rf"|(?:an|a) (?:earlier|previous|prior) version of (?:this|the) (?:article|story|report|post|piece)\b)",
    re.I,
)
#: The most words of an outlet's note on its article (:func:`is_article_note`); a longer paragraph
#: is the report's.
ARTICLE_NOTE_WORDS = 80


def is_article_note(text: str) -> bool:
    """Whether the paragraph *text* is the outlet's note on its article, not its report: a
    correction ("Correction (25 November): an earlier version gave 31 hospitalised ..."), a
    clarification, or an update or editor's note that speaks of the article itself ("Update,
    18:30: This story has been updated to add the closure of schools.", "This article was updated
    at 13:05 to add district turnout figures.", "An earlier version of this article misspelled
    ..."), or that says when it was updated and with what ("Updated at 4:05 p.m. with comment from
    the ferry operator."), in the languages read, of at most :data:`ARTICLE_NOTE_WORDS` words.
    A live report's "Update: police say two were arrested" is news, no note. Such a note is kept
    with the article and shown, never linked nor read for figures (a correction gives the figure
    it corrects)."""
    return len(text.split()) <= ARTICLE_NOTE_WORDS and _ARTICLE_NOTE.match(text) is not None
