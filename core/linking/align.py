"""Link every paragraph to the passages in other outlets' articles that report the same thing.

Candidates come from an inverted index over each paragraph's rarest stems (prefix
filtering), so the work grows with the number of plausible pairs rather than with
the square of the story. Each candidate pair is then scored twice:

* by the order of its words, with rapidfuzz's Indel opcodes over word sequences:
  long runs of the same words are wire copy (``verbatim``), or a shared direct
  quotation (``quote``) when the runs lie inside quotation marks;
* by the weight of the content stems it shares, each weighted by how rare it is in
  the story (``paraphrase``): rare names, numbers and terms carry a fact, while words
  every paragraph uses carry none. A paragraph that carries several facts is also
  compared a sentence at a time, so one fact it shares is not drowned by the others.

A pair that no rule links on its own is still a paraphrase when a third outlet's
paragraph is strongly linked to both and the two share some content themselves: news
rewrites a common source. Linking only a library's new articles does the same for the
older pairs a new article vouches for, as a full run would.
"""

from __future__ import annotations

import marshal
import math
import os
import re
import signal
import sys
import threading
from array import array
from math import fsum
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import suppress
from functools import lru_cache, partial
from itertools import chain, combinations, compress, islice
from operator import itemgetter
from typing import Any, NamedTuple

from rapidfuzz.distance import Indel, MatchingBlock

from core.gcpause import paused_gc
from core.model import Article, Link, LinkKind, Ref, Span
from core.numbers import CLOCK_ZONES, NUMBER_VALUES, SCALES, clock_times, designation, is_number, phrase_value, plain_digits
from core.quantities import SPREAD, one_move, precision, rate_moves
from core.quotations import FRAGMENT_LEAST, is_title, same_statement
from core.text import HEDGES, AGE_SLACK, ONE_LANGUAGE_STOPWORDS, LASTING, CASUALTIES, CURRENCY_SIGNS, CURRENCY_WORDS, MONTHS, OPPOSITE_STEMS, ORDINALS, OUTCOMES, appositive_age, counted_after, counted_apart, counted_as, date_day, outcome_of, outcome_told, counts_nought, past_hedges, is_negation, is_stopword, nought_counts, is_year, number_of, quote_spans, sentence_starts, stem, verb_stems, words, words_and_offsets

__all__ = ["link", "counted", "Known", "Evidence", "Features", "classify_pair", "copy_kind", "pair_features", "prepare", "spans", "evidence_of", "weigh_evidence"]

ProgressFn = Callable[[float], None]


class _Paragraph(NamedTuple):  # a tuple: 20,000 of them are made in a blink
    ref: Ref
    article: int
    text: str
    words: tuple[int, ...]  # word codes, equal for equal words
    stem_seq: tuple[str, ...]  # per word: its stem, "" for a stopword
    stems: frozenset[str]
    quoted: bytes  # per word: 1 inside a direct quotation, else 0
    has_quote: bool
    offsets: array[int]  # where the words stand: start and end of word k at 2k and 2k + 1
    negated: frozenset[str]  # content stems a "not", "no", "never" ... denies (the three words after it)
    disputed: frozenset[str]  # those of them a verb of denial denies ("denied skipping repairs")
    heads: frozenset[tuple[str, str]]  # each stem a "not" ... denies, with the word it is said of ("had not passed": roof; see _negated)
    denials: int  # how many negations it has ("not", "never", "denied"; no count of nought)
    quantities: frozenset[str]  # stems a number stands next to: what the paragraph counts
    amounts: frozenset[tuple[str, str, float]]  # each of them a sum counts, with its currency and value ("£1.51 billion" of guidance: pound, 1.51e9)
    outcomes: frozenset[str]  # what happened to what its numbers count (core.text.OUTCOMES: "dead", "missing")
    figures: frozenset[str]  # its figures (stems) that may report a quantity (see _figures)
    points: frozenset[str]  # its numbers in digits and ordinals: what fixes a point of a fact (see _points)
    names: frozenset[str]  # where it has points: the stems it writes with a capital where no sentence opens (see _names)
    sources: frozenset[str]  # the stems of its attribution clauses: who said it, not what (see _sources)
    subject: frozenset[str]  # the stems of the name it opens with ("Stanmore Ratings downgraded ...": see _subject)
    opposites: frozenset[str]  # its stems of verbs that have opposites ("rose", "rejected": core.text.OPPOSITE_STEMS)
    told: tuple[tuple[str, frozenset[str]], ...]  # the outcomes it tells happened ("were evacuated": evacuated; core.text.outcome_told), each with the names just before it (see _told)
    noughts: tuple[tuple[str, int, int], ...]  # what it counts nought of ("Nobody was hurt": injured), and the count's first and last word
    nought_words: tuple[int, ...]  # the indexes of its words that count nought rather than deny ("no injuries", "Nobody": core.text.counts_nought)
    ages: frozenset[int]  # the ages of people it gives ("54-year-old Alan Marsh", "Robert Buckley, 32,", "aged 31"): see _ages
    valued: frozenset[tuple[str, float, float, bool]]  # each thing its numbers count, with the value, its precision and whether a label gives it (see _valued)
    day: str  # the day its article was published ("2026-11-24"), or "" where unknown
    # the times of day it gives, in minutes after midnight, with their zone ("" for none; see _same_clock):
    # read once, when tokenised, where a word of it is a number or counts nought; completed, only where one counts (_counting)
    clocks: frozenset[tuple[float, str]] = frozenset()
    counted: frozenset[tuple[str, frozenset[str]]] = frozenset()  # each number in digits with what it counts, as the words after it say (see _counted)
    has_number: bool = False  # whether a word of it is a number ("17", "sixty": core.numbers.is_number); only such a paragraph, or one counting nought, has counts and figures (see _completed)


#: A paragraph from its fields' values in their order (:meth:`_Paragraph._make`): what the linker
#: makes of each of a story's paragraphs, where a call with 31 keywords costs several times the tuple.
_make_paragraph = _Paragraph._make
#: What :func:`_tokenised` leaves unread (:func:`_completed` reads them): the fields from
#: ``quantities`` to ``subject``, and ``ages`` and ``valued``.
_UNREAD_NUMBERS: tuple[frozenset[Any], ...] = (frozenset(),) * 8
_UNREAD_COUNTS: tuple[frozenset[Any], ...] = (frozenset(),) * 2


class _Vocabulary(dict[str, int]):
    """Word codes: a new word gets the next small integer, and its stem and marks
    (:data:`_NUMBER`, :data:`_DENIES`) are worked out once."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []  # by code
        self.stems: list[str] = []  # by code
        self.marks: list[int] = []  # by code
        self.marked: set[int] = set()  # the codes with a mark

    def __missing__(self, word: str) -> int:
        code = self[word] = len(self)
        self.words.append(word)
        self.stems.append(stem(word))
        mark = (
            _NUMBER * is_number(word)
            | _DENIES * is_negation(word)
            | _ORDINAL * (word in ORDINALS and word not in _EVERYDAY_ORDINALS)
            | _TOLD * bool(outcome_told(word))
            | _OPPOSABLE * (self.stems[-1] in OPPOSITE_STEMS)
        )
        self.marks.append(mark)
        if mark:
            self.marked.add(code)
        return code


#: Words between a number and what it counts that say nothing about what it counts.
_COUNT_FILLERS = frozenset(
    "least nearli almost about around roughli rough approxim some more less fewer than up total peopl person other new "
    # units: a sum or a duration says what it measures, not what it counts
    "second minut hour day week month year decad percent cent dollar million billion trillion thousand".split()
)
#: Words of attribution: sharing only these ("officials said", "a statement") is no evidence.
ATTRIBUTION = frozenset(
    stem(w)
    for w in "official officials spokesman spokeswoman spokesperson statement report reported reports agency news "
    "media quoted source sources ministry department government police authorities".split()
)


#: Ordinals that fix no point: "first" is everyday ("the first time"), "second" a unit of time too.
_EVERYDAY_ORDINALS = frozenset({"first", "second"})
#: A word's marks in the vocabulary: a number, a negation, an ordinal that fixes a point
#: ("seventh": see :data:`_EVERYDAY_ORDINALS`), an outcome told (core.text.outcome_told), a verb
#: with opposites (core.text.OPPOSITE_STEMS) (a bit each).
_NUMBER, _DENIES, _ORDINAL, _TOLD, _OPPOSABLE = 1, 2, 4, 8, 16


#: The stem of the verb of denial ("deny", "denied", "denies"): a claim reported as disputed.
_DENY = stem("denied")


#: What parts the word a negation denies from the word it is said of (see :func:`_head`): a
#: clause's punctuation between them, or a conjunction ("150 yards and has not scored": no head).
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]\u2013\u2014]")
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "while", "whereas", "although", "though"})


def _negated(
    folded: Sequence[str], stem_seq: Sequence[str], negations: Iterable[int], text: str, flat: Sequence[int]
) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """What a paragraph denies, and of that what a verb of denial disputes: the content stems
    in the three words after each negation ("pleaded not guilty": guilti), or after the subject
    and auxiliaries of the clause a denial opens ("denied that it had skipped repairs" denies
    skip and repair, as "denied skipping repairs" does); the second set holds those after a
    verb of denial (:data:`_DENY`) only; the third, the first stem a "not" denies with the
    :func:`_head` it is said of ("the roof had not passed": (pass, roof); "pleaded not guilty":
    (guilti, plead)). *negations* are the negations' word indexes in *folded* (the words) and
    *stem_seq* (their stems); *text* and *flat* (its words' offsets: start and end of word k at
    2k and 2k + 1) find the heads."""
    denied: set[str] = set()
    disputed: set[str] = set()
    heads: set[tuple[str, str]] = set()
    reached: set[int] = set()  # the word indexes some negation denies
    for k in negations:
        start = k + 1
        if start < len(folded) and folded[start] == "that":
            # The clause a denial opens: its first three content words, past its subject's and
            # auxiliaries' small words ("denied that the vessel had been overloaded": vessel,
            # overload), as a "not" inside it would deny them ("the vessel was not overloaded").
            end = _clause_end(text, flat, start + 1, start + 9, _SENTENCE_MARK)
            at = list(islice((i for i in range(start + 1, end) if stem_seq[i]), 3))
        else:
            # (no further than its clause: "the cause is not yet known. Kestrel Polymers employs"
            # denies nothing of Kestrel Polymers)
            at = [i for i in range(start, _clause_end(text, flat, start, start + 3, _CLAUSE_MARK)) if stem_seq[i]]
        reach = [stem_seq[i] for i in at]
        reached.update(at)
        denied.update(reach)
        if stem_seq[k] == _DENY:
            disputed.update(reach)
        elif reach and (head := _head(stem_seq, k, text, flat)):
            heads.add((reach[0], head))
    # A stem the paragraph also says outside every denial is not what it denies: "200,000 water
    # purification tablets by Monday. 'No family will be left without safe water'" says water is
    # handed out, and links to another outlet's tablets (a tester's mayor's pledge went unlinked)
    said = {stem_seq[i] for i in range(len(stem_seq)) if i not in reached and stem_seq[i]}
    return frozenset(denied - said), frozenset(disputed - said), frozenset(heads)


#: What ends a sentence, as far as a denial's clause reaches ("denied that ... ."; "; ").
_SENTENCE_MARK = re.compile(r"[;.!?]")


def _clause_end(text: str, flat: Sequence[int], start: int, stop: int, marks: re.Pattern[str]) -> int:
    """The index of the first word from *start* up to *stop* (exclusive) that a mark of *marks*
    between it and the word before puts in another clause, else *stop* (or the words' end).
    *flat*: the words' offsets in *text* (start and end of word k at 2k and 2k + 1)."""
    stop = min(stop, len(flat) // 2)
    for j in range(start + 1, stop):
        if marks.search(text, flat[2 * j - 1], flat[2 * j]):
            return j
    return stop


def _head(stem_seq: Sequence[str], k: int, text: str, flat: Sequence[int]) -> str:
    """The content stem that word *k* is said of: the nearest before it, past small words,
    within three words and in its clause (no :data:`_CLAUSE_MARK` nor conjunction between):
    "the roof had [not]": roof; "[pleaded] not": plead; "Perlo and [co-counsel]": ""; "" where
    none is. *flat*: the words' offsets in *text*, as :func:`_negated` takes them."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if _CLAUSE_MARK.search(text, flat[2 * j + 1], flat[2 * j + 2]):
            return ""
        if stem_seq[j]:
            return stem_seq[j]
        if text[flat[2 * j] : flat[2 * j + 1]].lower() in _CONJUNCTIONS:
            return ""
    return ""


def _claim_denied(p: _Paragraph, q: _Paragraph, differing: frozenset[str]) -> bool:
    """Whether *p* and *q* say and deny one claim: a stem one side denies (*differing*) is said
    of the same word on both sides, by its negation's head and its own (:func:`_head`): "the
    roof had not passed" / "the roof had passed an inspection" (roof), "Police did not confirm"
    / "Police confirmed" (police) are one claim the outlets report otherwise; "pleaded not
    guilty" / "found guilty" (plead, find) are two facts."""
    for denier, sayer in ((p, q), (q, p)):
        for denied, head in denier.heads:
            if denied in differing and denied not in sayer.negated and any(
                s == denied and _head(sayer.stem_seq, j, sayer.text, sayer.offsets) == head for j, s in enumerate(sayer.stem_seq)
            ):
                return True
    return False


def _quantities(
    folded: Sequence[str], stem_seq: Sequence[str], after: int = 2, numbers: Sequence[int] | None = None,
    amounts: set[tuple[str, str, float]] | None = None, text: str = "", flat: Sequence[int] = (),
) -> frozenset[str]:
    """What the numbers of a paragraph count: the nearest content stem after each number
    (within *after* content words) and the nearest before it (within three words), an outcome
    as its class (:data:`core.text.OUTCOMES`): "killing 7 people", "7 were killed" and "7 dead"
    all count "dead", while "injured" and "missing" stay apart; "no casualties" counts both the
    dead and the injured (:data:`core.text.CASUALTIES`). *numbers* are the numbers' word
    indexes, when known. Into *amounts*, where given (with the paragraph's *text* and its words'
    offsets *flat*), go each counted stem but an outcome's with the currency and the value of a
    sum counting it (:func:`_sum`) ("£1.51 billion" of "previous guidance": guidanc, pound,
    1.51e9): counts of other things far apart may be one count told later ("11 points" of a
    half, "23 points" of the game) and are left as they were. Given the *text*, the look back
    stays in the number's sentence ("112 cases are confirmed. Thirty-one patients ...": the
    thirty-one count nothing confirmed)."""
    if numbers is None:
        numbers = [k for k, word in enumerate(folded) if is_number(word)]
    if not numbers:
        return frozenset()
    numbered = set(numbers)
    is_a_number = numbered.__contains__
    found: set[str] = set()
    for k in numbers:
        if folded[k] == "no" and k + 1 < len(folded) and folded[k + 1] == "one":
            continue
        # Stopwords are not counted in the reach: "12 people were killed" counts the dead.
        # past a hedge to what it hedges: "Nobody is believed to have been injured" counts the injured
        following = [_hedged(folded, stem_seq, m) for m in range(k + 1, min(len(folded), k + 2 + after)) if stem_seq[m]][:after]
        behind: Iterable[int] = range(k - 1, max(-1, k - 4), -1)
        if flat:
            # what a number counts is in its own sentence ("112 cases are confirmed. Thirty-one
            # patients ..." counts nothing confirmed with the thirty-one)
            behind = [m for m in behind if not _SENTENCE_MARK.search(text, flat[2 * m + 1], flat[2 * k])]
        for span in (following, behind):
            for m in span:
                s = stem_seq[m]
                if s and s not in _COUNT_FILLERS and not is_a_number(m):
                    # "12 killed" and "15 dead" count the dead; "no casualties" the dead and the injured
                    things = counted_as(s)
                    found.update(things)
                    if amounts is not None and things == (s,) and s not in OUTCOMES:
                        first, last = k, k
                        while first - 1 in numbered:
                            first -= 1
                        while last + 1 in numbered:
                            last += 1
                        paid = _sum(folded, text, flat, first, last, numbered)
                        if paid is not None:
                            amounts.add((s, *paid))
                    break
    return frozenset(found)


def _hedged(folded: Sequence[str], stem_seq: Sequence[str], m: int) -> int:
    """Where the word stands that a count reads at word *m* of *folded* (*stem_seq* its stems):
    where *m* hedges an outcome (core.text.past_hedges, :data:`core.text.OUTCOMES`: "is believed
    to have been injured", "were reportedly killed"), the outcome's; else *m* ("reportedly have
    made offers" is read as before: what a hedged verb counts is no outcome, and no other thing
    is read past it)."""
    n = past_hedges(folded, m)
    s = stem_seq[n]
    return n if n != m and (s in CASUALTIES or s in OUTCOMES and outcome_of(folded[n])) else m


#: The characters a currency sign ends with: a paragraph with a sum in it holds one of them or
#: a currency word (core.text.CURRENCY_SIGNS, CURRENCY_WORDS).
_SIGN_ENDS = frozenset(sign[-1] for sign in CURRENCY_SIGNS)
#: Words between a sum and what it is paid for that make it a rate ("$22 million per season").
_RATE_WORDS = frozenset({"a", "an", "per", "each"})
#: Words that join the two ends of a range of sums ("between $140 and $150 million").
_RANGE_WORDS = frozenset({"and", "to", "or"})


def _has_money(text: str, stem_seq: Sequence[str]) -> bool:
    """Whether *text* (*stem_seq*: its words' stems) may give a sum: a currency sign or word in
    it (most paragraphs have none, and their sums are not read)."""
    return any(sign in text for sign in _SIGN_ENDS) or not CURRENCY_WORDS.keys().isdisjoint(stem_seq)


def _sum(folded: Sequence[str], text: str, flat: Sequence[int], first: int, last: int, numbered: Collection[int]) -> tuple[str, float] | None:
    """The currency and the value of the number phrase of words *first* to *last* (*numbered*:
    the indexes of the text's number words), where it is a sum: a currency word after it ("300
    million pounds") or a sign before it ("£1.5bn"); a range's lower end takes the scale of its
    upper ("between $140 and $150 million": 140 million); a rate's currency is its own ("$22
    million per season": dollar/rate, never a total's). None for no sum, or no value read."""
    end = last + 1
    currency = CURRENCY_WORDS.get(stem(folded[end])) if end < len(folded) else None
    if currency is not None:
        end += 1
    else:
        before = text[max(0, flat[2 * first] - 3) : flat[2 * first]].lower()
        if before[-1:] in _SIGN_ENDS:
            currency = next((name for sign, name in CURRENCY_SIGNS.items() if before.endswith(sign)), None)
    value = phrase_value(" ".join(folded[first : last + 1]), cut_short=True) if currency is not None else None
    if currency is None or value is None:
        return None
    if folded[last] not in SCALES and end + 1 < len(folded) and folded[end] in _RANGE_WORDS and end + 1 in numbered:
        upper = end + 1
        while upper + 1 in numbered:
            upper += 1
        if len(folded[upper]) > 2 and folded[upper] in SCALES:  # "million", not "m" or "bn"
            value *= SCALES[folded[upper]]
    if end < len(folded) and folded[end] in _RATE_WORDS:
        currency += "/rate"
    return currency, value


def _outcomes(folded: Sequence[str], stem_seq: Sequence[str], numbers: Sequence[int]) -> frozenset[str]:
    """What happened to what the numbers at *numbers* count (:data:`core.text.OUTCOMES`), from
    the four words after each and the three before: "Nine people are missing" says missing,
    "killing 7 people" dead; "will miss the final two games" misses nothing (only "missing" is
    the missing)."""
    found: set[str] = set()
    for k in numbers:
        for m in range(max(0, k - 3), min(len(stem_seq), k + 5)):
            s = stem_seq[m]
            if s in CASUALTIES or s in OUTCOMES and outcome_of(folded[m]):
                found.update(counted_as(s))
    return frozenset(found)


#: Words before a number that make it a bound or an estimate ("about 40", "more than 40", "at
#: least 40"): it gives no one value that another report's may contradict.
_NOT_EXACT = frozenset("about around roughly some approximately nearly almost over under than least most up upwards".split())


def _plural(word: str) -> bool:
    """Whether *word* (folded) reads as an English plural noun: "ships", "officers" (not "glass",
    "was", "its", a number)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha()


def _valued(folded: Sequence[str], stem_seq: Sequence[str], text: str, flat: Sequence[int], numbers: Sequence[int],
            nought: Collection[int]) -> frozenset[tuple[str, float, float, bool]]:
    """What the number phrases at *numbers* count, each with its value and precision
    (core.quantities.precision) and whether a label before a colon gives it (a table's row, a
    list's line: "Deaths: 6"), read closer than :func:`_quantities` reads (whose reach may take
    another clause's word, or another number's): ("patient", 12.0, 0.5, False) and ("in
    hospital", 12.0, 0.5, False) for "Twelve patients are in hospital", ("dead", 0.0, 0.5, False)
    for "No deaths" (*nought*: the words that count nought). A phrase counts the first content
    word after it in its clause ("two counts of murder and one count of kidnapping": count,
    count; past a participle: "47 confirmed cases", case), else the thing "the number of" names
    ("the number of confirmed cases ... rose to 112": case), else the word right before it ("Deaths: 0", a table row's label), and what happened
    to it as those words say
    (:data:`core.text.OUTCOMES`: "patients are in hospital", "killed 12"). A bound or an
    estimate ("more than 40", "about 300": :data:`_NOT_EXACT`) and a phrase of no value read give
    none: they fix no one value another report's may contradict."""
    found: set[tuple[str, float, float, bool]] = set()
    numbered = set(numbers)

    def apart(m: int, n: int, marks: re.Pattern[str] = _CLAUSE_MARK) -> bool:  # a clause ends between words m < n
        return marks.search(text, flat[2 * m + 1], flat[2 * n]) is not None

    for first in sorted(numbered):
        if first - 1 in numbered:
            continue
        last = first
        while last + 1 in numbered:
            last += 1
        if first and folded[first - 1] in _NOT_EXACT:
            continue
        printed = " ".join(folded[first : last + 1])
        value = 0.0 if first in nought else phrase_value(printed)
        if value is None:
            continue
        things: set[str] = set()
        # (past "still" and "remain": "Forty patients remain in hospital")
        # (past a hedge to what it hedges: "No one is believed to have been injured", the injured)
        ahead = [n for m in range(last + 1, min(len(folded), last + 6)) if stem_seq[m] and folded[m] not in LASTING
                 and not apart(last, n := _hedged(folded, stem_seq, m))][:2]
        behind = [first - 1] if first and stem_seq[first - 1] and not apart(first - 1, first, _BEFORE_MARK) else []
        labelled = bool(behind) and not ahead and apart(first - 1, first)  # "Deaths: 0"
        counted = _number_of(folded, stem_seq, first, apart) if not ahead else None
        for m in ahead or ([counted] if counted is not None else behind):
            if stem_seq[m] not in _COUNT_FILLERS and m not in numbered and not is_number(folded[m]):
                if m > last and folded[m].endswith("ed") and m + 1 in ahead and stem_seq[m + 1] not in OUTCOMES:
                    m += 1  # "47 confirmed cases", "12 injured workers": the noun the participle is said of
                elif m > last and m + 1 in ahead and _plural(folded[m + 1]) and not _plural(folded[m]) \
                        and stem_seq[m + 1] not in OUTCOMES and text[flat[2 * m + 1] : flat[2 * m + 2]] == " ":
                    m += 1  # "23 container ships", "five police officers": the noun its modifier is said of
                things.update(counted_as(stem_seq[m]))
                break
        for m in (*ahead, *behind):
            s = stem_seq[m]
            if s in CASUALTIES or s in OUTCOMES and outcome_of(folded[m]):
                things.update(counted_as(s))
        if things:
            rounding = precision(printed, value)
            found.update((thing, value, rounding, labelled) for thing in things)
    return frozenset(found)


def _number_of(folded: Sequence[str], stem_seq: Sequence[str], k: int, apart: Callable[[int, int], bool]) -> int | None:
    """Where the thing stands that the number at word *k* counts when "the number of" that thing
    comes before it in its clause (core.text.number_of), no other count of it between ("the number
    of confirmed cases more than doubled in two days to 112": cases, past a participle); None where
    it does not. *apart* tells whether a clause ends between two words."""
    # another count between stops it ("in two days" counts its own days, and passes)
    m = number_of(folded, k, lambda m: is_number(folded[m]) and not stem_seq[m + 1] or apart(m, m + 1))
    if m is None:
        return None
    if folded[m].endswith("ed") and m + 1 < k and stem_seq[m + 1]:
        m += 1  # "the number of confirmed cases"
    return m if stem_seq[m] else None


#: What ends a clause before a number, as :data:`_CLAUSE_MARK` does but for a colon: a label's
#: count follows it ("Deaths: 0").
_BEFORE_MARK = re.compile(r"[,;.!?()\[\]\u2013\u2014]")


def _conflicting(p: _Paragraph, q: _Paragraph) -> frozenset[str]:
    """The things *p* and *q* both count (:attr:`_Paragraph.valued`) with no value alike (each
    value of one more than the coarser precision of the two from every value of the other) as
    two counts, not one fact given two values: where the reports are of two days (a story's
    count moves: "a cluster of 15 cases" on the 20th, "47 confirmed cases" on the 22nd; "No
    deaths have been recorded", then "Six people have died"), or where either gives it as a
    table's row does, after its label ("Brask — Deaths: 0": a fact of its own row, a district's,
    not the story's "Six people have now died"). Reports of one day (or undated) that count one
    thing otherwise ("injuring five people" / "injured two people", "no casualties" / "Twelve
    people were killed") give one quantity two values: a difference to show, not two facts."""
    if not p.valued or not q.valued:
        return frozenset()
    ours: dict[str, list[tuple[float, float, bool]]] = defaultdict(list)
    for thing, value, rounding, labelled in p.valued:
        ours[thing].append((value, rounding, labelled))
    theirs: dict[str, list[tuple[float, float, bool]]] = defaultdict(list)
    for thing, value, rounding, labelled in q.valued:
        theirs[thing].append((value, rounding, labelled))
    two_days = bool(p.day) and bool(q.day) and p.day != q.day
    return frozenset(
        thing for thing in ours.keys() & theirs.keys()
        if not any(abs(x - y) <= max(rx, ry) for x, rx, _ in ours[thing] for y, ry, _ in theirs[thing])
        and (two_days or any(row for *_, row in ours[thing]) or any(row for *_, row in theirs[thing]))
    )


def _places_apart(text_a: str, text_b: str, thing: str) -> bool:
    """core.linking.evidence.places_apart: two places' counts of *thing* ("customers in Ostmara" /
    "In Velmoria, about 600,000 customers"), no one quantity (read only where both texts name a
    place after "in": :data:`_IN_NAME`)."""
    if not (_IN_NAME.search(text_a) and _IN_NAME.search(text_b)):
        return False
    from core.linking.evidence import places_apart  # core.linking.evidence builds on this module

    return places_apart(text_a, text_b, thing)


#: A place named after "in" ("in Karsland", "In the Gaza Strip"), as core.linking.evidence._holder reads one.
_IN_NAME = re.compile(r"\b[Ii]n\s+(?:the\s+)?[A-Z]")


#: How far before an outcome told ("Robert Buckley, 32, died") its names are looked for, in words.
TOLD_NAMES = 6


def _told(text: str, folded: Sequence[str], flat: Sequence[int], stem_seq: Sequence[str], at: Sequence[int]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The outcomes the words at *at* tell happened (:func:`core.text.outcome_told`), each with
    the stems of the names in the TOLD_NAMES words before it, where no sentence opens (whose
    outcome: "Robert Buckley, 32, died" robert, buckley; "residents nearby were evacuated" none)."""
    found = []
    for k in at:
        outcome = outcome_told(folded[k])
        if outcome:
            names = frozenset(
                stem_seq[m] for m in range(max(0, k - TOLD_NAMES), k)
                if stem_seq[m] and text[flat[2 * m]].isupper() and not _opens_sentence(text, flat[2 * m])
            )
            found.append((outcome, names))
    return tuple(found)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at character *start* of *text* opens a sentence (past quotes and brackets)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\n\"'“‘([":
        i -= 1
    return i < 0 or text[i] in ".!?:"


def _one_outcome(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether *p* and *q* tell one outcome happened to the same ones: an outcome both tell
    ("residents nearby were evacuated" / "Dozens of residents were evacuated"), unless each
    names whose it is and the names differ ("Robert Buckley, 32, died" / "Duncan Rait died":
    two deaths), or one names whose and the other counts them ("Tomas Brandt, 32, died" / "Two
    men have died in separate accidents": one of them, or another), or both count them and no
    value alike ("Six people have now died" / "Eight people have now died": :func:`_conflicting`)."""
    return any(
        ours == theirs and (not named.isdisjoint(by) if named and by else not (named and ours in q.outcomes or by and ours in p.outcomes))
        and ours not in _conflicting(p, q)
        for ours, named in p.told
        for theirs, by in q.told
    )


def _nought_pairs(paras: Sequence[_Paragraph], first_new: int, most: int) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of paragraphs of two articles (*j* at least *first_new*) that
    count nought of one outcome (:attr:`_Paragraph.noughts`); an outcome more than *most*
    paragraphs count nought of is passed over (their copies share words and are linked so)."""
    counting: dict[str, list[int]] = defaultdict(list)
    for k, para in enumerate(paras):
        for outcome in {outcome for outcome, _, _ in para.noughts}:
            counting[outcome].append(k)
    pairs = {
        (i, j)
        for members in counting.values()
        if len(members) <= most
        for i, j in combinations(members, 2)
        if j >= first_new and paras[i].article != paras[j].article
    }
    return sorted(pairs)


def _quoted_pairs(paras: Sequence[_Paragraph], first_new: int, most: int) -> dict[int, set[int]]:
    """For each paragraph *i*, the paragraphs *j* > *i* of other articles (*j* at least
    *first_new*) where one of the two prints a quotation of :data:`core.quotations.FRAGMENT_LEAST` words or more
    whole that the other prints inside a quotation of its own ("the group was 'not where we
    should be'" / "said: 'We are not where we should be, and ...'"): a quote link however few
    words of the story they share (:func:`_whole_inside`). A run of FRAGMENT_LEAST words that more
    than *most* paragraphs quote is passed over (their copies share words and are linked so)."""
    runs: dict[tuple[int, ...], list[int]] = defaultdict(list)  # each FRAGMENT_LEAST quoted words: the paragraphs quoting them
    wholes: list[tuple[int, tuple[int, ...]]] = []
    quotations: dict[int, list[tuple[int, ...]]] = {}
    for k, para in enumerate(paras):
        if not para.has_quote:
            continue
        quotations[k] = [para.words[a:b] for a, b in map(re.Match.span, _MARKED.finditer(para.quoted)) if b - a >= FRAGMENT_LEAST]
        seen: set[tuple[int, ...]] = set()
        for quotation in quotations[k]:
            wholes.append((k, quotation))
            for x in range(len(quotation) - FRAGMENT_LEAST + 1):
                run = quotation[x : x + FRAGMENT_LEAST]
                if run not in seen:
                    seen.add(run)
                    runs[run].append(k)
    partners: dict[int, set[int]] = defaultdict(set)
    for k, quotation in wholes:
        members = runs[quotation[:FRAGMENT_LEAST]]
        if len(members) > most:
            continue
        for j in members:
            i, j = min(j, k), max(j, k)
            if j < first_new or paras[i].article == paras[j].article or j in partners.get(i, ()):
                continue
            n = len(quotation)
            if any(
                other[x : x + n] == quotation for other in quotations[j if j != k else i] if len(other) > n or n >= QUOTED_RUN
                for x in range(len(other) - n + 1)
            ):
                partners[i].add(j)
    return partners


def _clock_pairs(paras: Sequence[_Paragraph], first_new: int, most: int, full: Callable[[int], _Paragraph]) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of paragraphs of two articles (*j* at least *first_new*) that
    give one time of day (:func:`_same_clock`) and share a word of what happened then
    (:func:`_event_shared`): "the blaze broke out about 8.40pm" / "The fire ... broke out in the
    roof at 8.49pm". Where more than *most* paragraphs give a time of day, none are paired
    (a live page's timed entries). *full* completes a paragraph (its clocks are kept where a word counts)."""
    timed = [k for k, para in enumerate(paras) if para.has_number and para.clocks]
    if len(timed) > most:
        return []
    return [
        (i, j)
        for i, j in combinations(timed, 2)
        if j >= first_new and paras[i].article != paras[j].article and _same_clock(full(i), full(j))
        and _event_shared(full(i), full(j))
    ]


#: The stems of the time zones a time of day is given in (core.numbers.CLOCK_ZONES: "gmt", "bst"):
#: no word of what happened at that time (:func:`_event_shared`).
_ZONE_STEMS = frozenset(stem(zone) for zone in CLOCK_ZONES.lower().split("|"))


def _event_shared(p: _Paragraph, q: _Paragraph) -> frozenset[str]:
    """The stems *p* and *q* share that may say what happened: no number, no name either
    writes with a capital, no time zone and no word of attribution or of who said it."""
    return frozenset(
        s for s in p.stems & q.stems - ATTRIBUTION - p.sources - q.sources - p.names - q.names
        if not s[:1].isdigit() and s not in _ZONE_STEMS and not is_number(s)
    )


def _clock_link(paras: Sequence[_Paragraph], i: int, j: int, idf: dict[str, float], totals: Sequence[float]) -> _Scored | None:
    """A paraphrase link between paragraphs *i* and *j*, which give one time of day and share a
    word of what happened then (:func:`_clock_pairs`): when one thing happened, in few words
    alike. None where the two deny what the other says or count otherwise (_outcomes_differ,
    _counts_differ). The score is the mean cover of the stems they share."""
    p, q = paras[i], paras[j]
    shared = p.stems & q.stems
    if shared & (p.negated ^ q.negated) or _outcomes_differ(p, q) or _counts_differ(p, q):
        return None
    covers = [min(1.0, fsum(map(idf.__getitem__, shared)) / total) for total in (totals[i], totals[j])]
    sides = [_side_spans(para, [], 0, shared) for para in (p, q)]
    return (i, j, covers[0], covers[1], LinkKind.PARAPHRASE.value, fsum(covers) / 2, sides[0], sides[1])


def _nought_link(paras: Sequence[_Paragraph], i: int, j: int, idf: dict[str, float], totals: Sequence[float]) -> _Scored:
    """A paraphrase link between paragraphs *i* and *j*, which count nought of one outcome
    (:func:`_nought_pairs`). The count is information both give: its words ("Nobody was hurt":
    nobodi, hurt) join the stems they share in each side's cover and spans, and the score is
    the mean cover, as a paraphrase's is."""
    p, q = paras[i], paras[j]
    shared = p.stems & q.stems
    outcomes = {outcome for outcome, _, _ in p.noughts} & {outcome for outcome, _, _ in q.noughts}
    covers: list[float] = []
    sides: list[tuple[Span, ...]] = []
    for para, total in ((p, totals[i]), (q, totals[j])):
        counts = [(first, last + 1) for outcome, first, last in para.noughts if outcome in outcomes]
        count_stems = {s for first, end in counts for s in para.stem_seq[first:end] if s}
        covers.append(min(1.0, fsum(map(idf.__getitem__, shared | count_stems)) / total))
        sides.append(_side_spans(para, [(first, end, first, end) for first, end in counts], 0, shared))
    return (i, j, covers[0], covers[1], LinkKind.PARAPHRASE.value, fsum(covers) / 2, sides[0], sides[1])


def _age(text: str, flat: Sequence[int], k: int) -> bool:
    """Whether the number at word *k* of *text* (*flat*: its words' offsets) is an age between
    commas after a name (:func:`core.text.appositive_age`)."""
    return k > 0 and appositive_age(text, flat[2 * k - 2], flat[2 * k], flat[2 * k + 1])


def counted(text: str, *, after: int = 4) -> frozenset[str]:
    """What the numbers of *text* count (stems, outcomes as their class: see :func:`_quantities`),
    looking up to *after* content words past each number ("12 people were killed": dead). The
    linker's own rule looks two on (a wider reach there changes which seed paragraphs link); a
    veto that keeps apart counts of different things needs the wider one."""
    folded, _ = words_and_offsets(text)
    return _quantities(folded, [stem(w) for w in folded], after)


def _number_sign(folded: Sequence[str], flat: Sequence[int], text: str, k: int) -> bool:
    """Whether word *k* is "No." before a number ("No. 5 seed Indiana State", "No. 10 Downing
    Street"): a sign for "number", no negation. *flat*: the words' offsets in *text*."""
    return folded[k] == "no" and k + 1 < len(folded) and text.startswith(".", flat[2 * k + 1]) and is_number(folded[k + 1])


def _tokenised(ref: Ref, article: int, text: str, vocabulary: _Vocabulary) -> _Paragraph:
    """*text*'s paragraph but for what its numbers count and say, its sources and the outcomes
    it tells (:func:`_completed` adds them): what finding and scoring most pairs needs."""
    folded, flat = words_and_offsets(text)
    # Words as small integers: rapidfuzz aligns them faster than strings, and the
    # story keeps one object per distinct word rather than one per use.
    codes = tuple(map(vocabulary.__getitem__, folded))
    stem_seq = tuple(map(vocabulary.stems.__getitem__, codes))
    # Negations are few (most paragraphs have none, which one set lookup per word says): their
    # indexes are picked out in C, and only they are looked at.
    negations: list[int] = []
    noughts: list[int] = []  # "no injuries", "Nobody was hurt": a count of nought, no denial
    opposites: frozenset[str] = frozenset()
    has_number = False
    if not vocabulary.marked.isdisjoint(codes):
        marks = list(map(vocabulary.marks.__getitem__, codes))
        has_number = any(map(_NUMBER.__and__, marks))
        for k in compress(range(len(marks)), map(_DENIES.__and__, marks)):
            if _number_sign(folded, flat, text, k):
                continue
            (noughts if counts_nought(folded, k) else negations).append(k)
        opposites = frozenset(compress(stem_seq, map(_OPPOSABLE.__and__, marks)))
    offsets = array("I", flat)
    spans = quote_spans(text)
    quoted = bytearray(len(folded))
    if spans:
        # The words of a quotation are those that start inside it: one run of indexes.
        starts = offsets[::2]
        for start, end in spans:
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            quoted[first:last] = b"\x01" * (last - first)
    negated, disputed, heads = _negated(folded, stem_seq, negations, text, flat) if negations else (frozenset(), frozenset(), frozenset())
    # (read here, once for each paragraph, where the story's run is shared among processes: the
    # pairs giving one time of day are looked for among all paragraphs, _clock_pairs)
    clocks = frozenset((minutes, zone) for _, _, minutes, zone in clock_times(text)) if has_number or noughts else frozenset()
    # (by position, in the fields' order: a call with 31 keywords costs several times the tuple)
    return _make_paragraph((
        ref, article, text, codes, stem_seq, frozenset(filter(None, stem_seq)), bytes(quoted), bool(spans), offsets,
        negated, disputed, heads, len(negations), *_UNREAD_NUMBERS, opposites, (),
        nought_counts(folded, noughts) if noughts else (), tuple(noughts), *_UNREAD_COUNTS, "", clocks, frozenset(), has_number,
    ))


def _completed(para: _Paragraph, vocabulary: _Vocabulary, stems: Sequence[str]) -> _Paragraph:
    """*para* (:func:`_tokenised`) with what its numbers count and say, its sources and the
    outcomes it tells, read with the stems *stems* (by word code: those before :func:`prepare`
    folds a noun into its verb's stem); its own stems are kept."""
    text, codes, flat = para.text, para.words, para.offsets
    stem_seq = tuple(map(stems.__getitem__, codes)) if stems is not vocabulary.stems else para.stem_seq
    sources = _sources(text, flat, stem_seq)
    subject = _subject(text, flat, stem_seq)
    if vocabulary.marked.isdisjoint(codes):
        return para._replace(sources=sources, subject=subject) if sources or subject else para
    folded = list(map(vocabulary.words.__getitem__, codes))
    marks = list(map(vocabulary.marks.__getitem__, codes))
    numbers = list(compress(range(len(marks)), map(_NUMBER.__and__, marks)))
    ordinals = list(compress(range(len(marks)), map(_ORDINAL.__and__, marks)))
    told_at = list(compress(range(len(marks)), map(_TOLD.__and__, marks)))
    numbers = _counting(para, numbers)
    points = _points(text, folded, stem_seq, ordinals) if numbers or ordinals else frozenset()
    amounts: set[tuple[str, str, float]] = set()
    money = _has_money(text, stem_seq)
    quantities = _quantities(folded, stem_seq, numbers=numbers, amounts=amounts if money else None, text=text, flat=flat)
    # an age ("Robert Buckley, 32, died") counts no one who died
    outcomes = _outcomes(folded, stem_seq, [k for k in numbers if not _age(text, flat, k)]) if numbers else frozenset()
    return para._replace(
        quantities=quantities,
        amounts=frozenset(amounts),
        outcomes=outcomes,
        valued=_valued_counts(para, folded, stem_seq, numbers) if numbers and not money else frozenset(),
        figures=_figures(text, flat, stem_seq, numbers) if numbers else frozenset(),
        points=points,
        # read once here rather than for each pair that meets at a point (_named_point)
        names=_names(para) if points else frozenset(),
        sources=sources,
        subject=subject,
        told=_told(text, folded, flat, stem_seq, told_at) if told_at else (),
        ages=_ages(text) if numbers else frozenset(),
        clocks=para.clocks if numbers else frozenset(),
        counted=_counted(text, folded, flat, numbers) if numbers else frozenset(),
    )


def _counting(para: _Paragraph, numbers: list[int]) -> list[int]:
    """The indexes of the words of *para* that count something, of its number words at *numbers*:
    those of no name, and its words that count nought."""
    if numbers:
        # A name's number ("AK-47", "the AeroCrisp 5L") counts nothing. (A date's day, "on November
        # 19", is kept: two reports of one day's event give it.)
        numbers = [k for k in numbers if not designation(para.text, para.offsets, k)]
    if para.nought_words:
        # "Nobody" and "none" count what happened to no one as a number counts it to some.
        numbers = sorted({*numbers, *para.nought_words})
    return numbers


def _valued_counts(
    para: _Paragraph, folded: Sequence[str], stem_seq: Sequence[str], numbers: Sequence[int]
) -> frozenset[tuple[str, float, float, bool]]:
    """:attr:`_Paragraph.valued` of *para* (*folded*, *stem_seq*: its words and their stems), read
    from its words that count (*numbers*, :func:`_counting`) in a paragraph that gives no sum."""
    text, flat = para.text, para.offsets
    # (sums are read apart, by their currency and scale: see amounts; a year, a date's day or
    # an age counts nothing: "on 23 November" is no count of the districts before it, "Gary
    # Gomes, 35," and "a 35-year-old" no count of anything)
    return _valued(folded, stem_seq, text, flat,
                   [k for k in numbers if not (is_year(folded[k]) or date_day(folded, k) or _age(text, flat, k)
                                               or folded[k + 1 : k + 3] in (["year", "old"], ["years", "old"]))],
                   para.nought_words)


def _counted(text: str, folded: Sequence[str], flat: Sequence[int], numbers: Sequence[int]) -> frozenset[tuple[str, frozenset[str]]]:
    """Each number in digits at word indexes *numbers* of *text* (*folded*: its words, *flat*:
    their offsets) with what it counts (core.text.counted_after, read up to the clause's first
    mark after it: "17, stores said" counts nothing named): ("17", {case}) of "17 cases",
    ("17", {"@11"}) of "on 17 November"."""
    found = set()
    for k in numbers:
        if not folded[k][:1].isdigit():
            continue
        end = k + 1
        while end < min(len(folded), k + 3) and not text[flat[2 * end - 1] : flat[2 * end]].strip():
            end += 1
        first = max(0, k - 1)
        found.add((folded[k], counted_after([*folded[first : k + 1], *folded[k + 1 : end]], k - first)))
    return frozenset(found)


def _numbers_apart(p: _Paragraph, q: _Paragraph) -> frozenset[str]:
    """The numbers *p* and *q* both give that count different things in one language (:attr:`_Paragraph.counted`,
    core.text.counted_apart: "17 cases" / "17 stores", "17 cases" / "on 17 November"): no point
    of one fact, however rare the number. Only where the two share :data:`core.text.ONE_LANGUAGE_STOPWORDS`
    stopwords (one language), or where one is a day of a month: "17 cas" counts the cases of "17 cases"."""
    if not p.counted or not q.counted:
        return frozenset()
    theirs: dict[str, set[frozenset[str]]] = {}
    for number, what in q.counted:
        theirs.setdefault(number, set()).add(what)
    ours: dict[str, set[frozenset[str]]] = {}
    for number, what in p.counted:
        if number in theirs:
            ours.setdefault(number, set()).add(what)
    if not ours:
        return frozenset()
    one_language: list[bool] = []

    def apart(a: frozenset[str], b: frozenset[str]) -> bool:
        if not counted_apart(a, b):
            return False
        if any(w.startswith("@") for w in a | b):
            return True
        if not one_language:
            small_p = {c for c, s in zip(p.words, p.stem_seq) if not s}
            small_q = {c for c, s in zip(q.words, q.stem_seq) if not s}
            one_language.append(len(small_p & small_q) >= ONE_LANGUAGE_STOPWORDS)
        return one_language[0]

    return frozenset(number for number, whats in ours.items()
                     if all(apart(a, b) for a in whats for b in theirs[number]))


def body_paragraphs(articles: Sequence[Article]) -> Iterator[tuple[int, Ref, str]]:
    """The paragraphs the linker links, in story order (article, then paragraph): for each, its
    article's index in *articles*, its reference and its text. Subheads (``Article.subheads``)
    are headings, not reports of a fact, and are left out; whatever works per paragraph beside
    the linker (links by meaning: core.linking.semantic) goes through the same list."""
    for number, article in enumerate(articles):
        headings = {i for i, _ in article.subheads}
        for index, text in enumerate(article.paragraphs):
            if index not in headings:
                yield number, Ref(article.id, index), text


def prepare(articles: Sequence[Article]) -> list[_Paragraph]:
    """Tokenise every body paragraph of *articles* once; subheads (``Article.subheads``) are
    headings, not reports of a fact, and are left out."""
    paras, complete, _ = _prepare_in_two(articles)
    return list(map(complete, paras))


def _prepare_in_two(
    articles: Sequence[Article], processes: int = 1
) -> tuple[list[_Paragraph], _Completer, Counter[str]]:
    """:func:`prepare` in two steps: the paragraphs as :func:`_tokenised`, and what completes
    one (:class:`_Completer`: :func:`_completed`, or what its numbers count alone); and the
    story's document frequencies (how many of the paragraphs hold each stem, as ``stems`` gives
    them), which the linker's index is built on.
    The linker completes only the paragraphs of the pairs that need it (most pairs of a story are
    copy, decided by the words alone), in the process that scores them. A story of
    :data:`PARALLEL_FROM` paragraphs or more is tokenised, and its stems counted, in up to
    *processes* processes (:func:`_tokenised_in_parallel`); the result is the same either way."""
    vocabulary = _Vocabulary()
    items = list(body_paragraphs(articles))
    if processes > 1 and len(items) >= PARALLEL_FROM:
        paras, df = _tokenised_in_parallel(items, vocabulary, processes)
    else:
        paras = [_tokenised(ref, number, text, vocabulary) for number, ref, text in items]
        df = _frequencies(paras)
    # the day each article was published, as its own time zone dates it (two reports of one
    # count a day apart may give two values of a count that moved: see _conflicting)
    days = [(article.published or "")[:10] for article in articles]
    if any(days):
        paras = [para._replace(day=days[para.article]) for para in paras]
    # A noun the stemmer parts from its verb ("explosion" / "exploded") is its verb's stem where
    # the story has both (core.text.verb_stems): the paragraphs holding one are stemmed again.
    # (What a paragraph's numbers count and its sources are read with the stems before.)
    folds = verb_stems(vocabulary, vocabulary.stems)  # (each word's stem, as the vocabulary has it)
    if not folds:
        return paras, _Completer(vocabulary, vocabulary.stems), df
    refolded = {code for word, code in vocabulary.items() if vocabulary.stems[code] in folds}
    first_stems = list(vocabulary.stems)
    for code in refolded:
        vocabulary.stems[code] = folds[vocabulary.stems[code]]
    for k, para in enumerate(paras):
        if not refolded.isdisjoint(para.words):
            stem_seq = tuple(map(vocabulary.stems.__getitem__, para.words))
            paras[k] = para._replace(stem_seq=stem_seq, stems=frozenset(filter(None, stem_seq)))
            df.subtract(para.stems)  # (counted as first stemmed)
            df.update(paras[k].stems)
    return paras, _Completer(vocabulary, first_stems), +df  # (without the noun stems no paragraph holds now)


class _Completer:
    """What completes the paragraphs of one story (:func:`_completed`), called with one: the
    story's *vocabulary* and its words' *stems* (by code) before :func:`_prepare_in_two` folded
    nouns into verbs."""

    __slots__ = ("vocabulary", "stems")

    def __init__(self, vocabulary: _Vocabulary, stems: Sequence[str]) -> None:
        self.vocabulary = vocabulary
        self.stems = stems

    def __call__(self, para: _Paragraph) -> _Paragraph:
        return _completed(para, self.vocabulary, self.stems)

    def counts(self, para: _Paragraph) -> frozenset[tuple[str, float]]:
        """What *para* counts (:func:`_counts` of :attr:`_Paragraph.valued`, as :func:`_completed`
        gives it) without the rest of its completion: all the count rule needs to pass a pair by
        (:func:`_counted_alike`), and all an article's frame is read from."""
        if not para.has_number and not para.nought_words:
            return frozenset()  # (no word of it counts: see _completed)
        stem_seq = tuple(map(self.stems.__getitem__, para.words)) if self.stems is not self.vocabulary.stems else para.stem_seq
        if _has_money(para.text, stem_seq):
            return frozenset()
        folded = list(map(self.vocabulary.words.__getitem__, para.words))
        marks = map(self.vocabulary.marks.__getitem__, para.words)
        numbers = _counting(para, list(compress(range(len(folded)), map(_NUMBER.__and__, marks))))
        return frozenset((thing, value) for thing, value, *_ in _valued_counts(para, folded, stem_seq, numbers)) if numbers else frozenset()

    def counted(self, para: _Paragraph) -> frozenset[tuple[str, frozenset[str]]]:
        """What *para*'s numbers in digits count (:attr:`_Paragraph.counted`, as :func:`_completed`
        gives it) without the rest of its completion: all a pair sharing a number needs first
        (:func:`_numbers_apart`), and a tenth of the cost."""
        if not para.has_number:
            return frozenset()
        folded = list(map(self.vocabulary.words.__getitem__, para.words))
        marks = map(self.vocabulary.marks.__getitem__, para.words)
        # (one filter with _completed's: _counting; _counted keeps numbers in digits alone)
        numbers = _counting(para, list(compress(range(len(folded)), map(_NUMBER.__and__, marks))))
        return _counted(para.text, folded, para.offsets, numbers) if numbers else frozenset()


def _frequencies(paras: Iterable[_Paragraph]) -> Counter[str]:
    """How many of *paras* hold each stem (their document frequencies)."""
    return Counter(chain.from_iterable(para.stems for para in paras))


#: What a forked child sends back of its run of a story: its vocabulary's words, stems and marks
#: by code, a row for each paragraph (:func:`_tokenised_share`) and its stems' document frequencies.
_Share = tuple[list[str], list[str], list[int], list[tuple[Any, ...]], dict[str, int]]


def _tokenised_share(items: Sequence[tuple[int, Ref, str]]) -> _Share:
    """*items* (:func:`body_paragraphs`) tokenised with a vocabulary of their own, as plain values
    a pipe carries (marshal): the vocabulary's words, stems and marks by code; for each
    paragraph the fields it has beyond its ref, article and text and what its codes give (stem_seq,
    stems): its codes, negations, quotation marks, offsets (as bytes) and times of day; and how many of the
    paragraphs hold each stem (:func:`_frequencies`), so that the process that merges the runs
    (:func:`_merged_share`) does not count them again."""
    vocabulary = _Vocabulary()
    rows = []
    paras = []
    for number, ref, text in items:
        p = _tokenised(ref, number, text, vocabulary)
        paras.append(p)
        rows.append((p.words, p.negated, p.disputed, p.heads, p.denials, p.opposites, p.noughts, p.nought_words,
                     p.quoted, p.has_quote, p.offsets.tobytes(), p.has_number, p.clocks))
    return vocabulary.words, vocabulary.stems, vocabulary.marks, rows, dict(_frequencies(paras))


def _merged_share(items: Sequence[tuple[int, Ref, str]], share: _Share, vocabulary: _Vocabulary) -> list[_Paragraph]:
    """The paragraphs of *items* from what :func:`_tokenised_share` made of them (*share*), their
    word codes made *vocabulary*'s: a word it has keeps its code, a new one gets the next, in the
    order the share met them, so that shares merged in story order give each word the code one
    vocabulary reading the whole story would. (The share's stem counts are the caller's to add.)"""
    words, stems, marks, rows, _ = share
    codes = []
    for word, word_stem, mark in zip(words, stems, marks):
        code = vocabulary.get(word)
        if code is None:
            code = vocabulary[word] = len(vocabulary)
            vocabulary.words.append(word)
            vocabulary.stems.append(word_stem)
            vocabulary.marks.append(mark)
            if mark:
                vocabulary.marked.add(code)
        codes.append(code)
    by_code = vocabulary.stems
    paras: list[_Paragraph] = []
    for (number, ref, text), row in zip(items, rows, strict=True):
        mine = tuple(map(codes.__getitem__, row[0]))
        stem_seq = tuple(map(by_code.__getitem__, mine))
        negated, disputed, heads, denials, opposites, noughts, nought_words, quoted, has_quote, offsets, has_number, clocks = row[1:]
        paras.append(_make_paragraph((  # (by position, as in _tokenised)
            ref, number, text, mine, stem_seq, frozenset(filter(None, stem_seq)), quoted, has_quote, array("I", offsets),
            negated, disputed, heads, denials, *_UNREAD_NUMBERS, opposites, (),
            noughts, nought_words, *_UNREAD_COUNTS, "", clocks, frozenset(), has_number,
        )))
    return paras


#: What a child's run costs beyond tokenising it, against tokenising it: its rows and stem counts
#: made and sent back (marshal), its pages copied as it writes to them; measured in CPU time on
#: bench/linker.py's 20,000 paragraphs, a child took 1.18 to 1.3 times this process's time a
#: paragraph (0.79 to 0.98 s for 9,524 paragraphs, against 0.71 to 0.82 s for 10,476). This
#: process's run is longer by as much, so that it ends its run as the children end theirs; it
#: merges their runs after (:func:`_merged_share`), when it has them.
SEND_COST = 0.2


def _tokenised_in_parallel(
    items: Sequence[tuple[int, Ref, str]], vocabulary: _Vocabulary, processes: int
) -> tuple[list[_Paragraph], Counter[str]]:
    """*items* (:func:`body_paragraphs`) :func:`_tokenised` with *vocabulary*, in *processes*
    processes, and their stems counted (:func:`_frequencies`): this process tokenises the first
    run of the story while each forked child (:func:`_in_processes`) tokenises one other run with
    a vocabulary of its own and counts its stems (:func:`_tokenised_share`), and the children's
    runs are merged in story order (:func:`_merged_share`). A child that cannot be forked, fails
    or is killed has its run done here: the paragraphs and their word codes are always those of
    one process reading the story in order, and the counts those of its paragraphs."""
    own = 1 + SEND_COST
    bounds = [0, *(round(len(items) * (own + k) / (own + processes - 1)) for k in range(processes))]
    runs = [items[bounds[k] : bounds[k + 1]] for k in range(processes)]

    def first_run() -> list[_Paragraph]:
        return [_tokenised(ref, number, text, vocabulary) for number, ref, text in runs[0]]

    paras, *shares = _in_processes([first_run, *(partial(_tokenised_share, run) for run in runs[1:])])
    df = _frequencies(paras)
    for run, share in zip(runs[1:], shares):
        paras.extend(_merged_share(run, share, vocabulary))
        df.update(share[-1])
    return paras, df


class Features(NamedTuple):
    """What the scorer knows about one pair of paragraphs."""

    run_words: int  # words in shared runs of >= MIN_RUN words (and of shorter runs an edit parts from one: _copied_blocks)
    longest_run: int  # words in the longest of them
    longest_unquoted: int  # words in the longest of them outside every quotation
    unquoted_words: int  # words in those of them outside every quotation
    run_cover: float  # information in the runs over the lesser paragraph's information
    quote_cover: float  # the same for the runs inside a quotation on either side
    quoted_stems: int
    cover_a: float  # idf weight of the shared stems over a's content weight
    cover_b: float
    shared: frozenset[str]
    runs: tuple[tuple[int, int, int, int], ...]  # word ranges (a start, a end, b start, b end)
    least_words: int = 0  # words of the shorter paragraph
    most_words: int = 0  # words of the longer paragraph
    least_stems: int = 0  # content stems of the paragraph with fewer
    same_quotation: int = 0  # words of the longest run both sides print inside a quotation
    whole_quotation: int = 0  # words of the longest quotation one side prints whole inside the other's (see _whole_inside)
    #: Both quote, their quotations share words but are other statements (see :func:`_other_statements`),
    #: and beyond who speaks they share fewer than :data:`BEYOND_SPEAKER` content words outside them.
    other_statements: bool = False
    #: What the shared words are evidence of (:func:`weigh_evidence`), None until weighed: copy
    #: (:func:`copy_kind`) needs only the word order, and most linked pairs of a story are copy.
    evidence: Evidence | None = None


#: Features from its fields' values in their order (:meth:`Features._make`; see :func:`pair_features`).
_make_features = Features._make


class Evidence(NamedTuple):
    """Whether the words a pair shares are evidence of one fact (:func:`weigh_evidence`)."""

    negation_differs: bool  # one side denies, the other does not
    denial_edited: bool  # ... and what differs is only what a verb of denial disputes ("denied" / "admitted")
    claim_denied: bool  # ... and it is one claim, said and denied of one thing ("the roof had [not] passed": see _claim_denied)
    quotes_differ: bool  # both are mostly quotation, and the quotations share next to nothing
    same_quantity: bool  # both give a number for the same thing ("12 killed" / "Fifteen killed")
    same_outcome: bool  # both tell one outcome happened ("residents were evacuated" / "60 people evacuated")
    outcomes_differ: bool  # both count what happened to people or things, never the same ("9 missing" / "9 dead")
    ages_differ: bool  # both give ages of people, never the same ("54-year-old" / "a 31-year-old"): two people
    named_point: bool  # both give one point beside one name ("Holloway ... in the seventh": see _named_point)
    content_shared: int  # the shared stems beyond words of attribution and either side's attribution clauses, and a quantity and a time of day both give
    shared_things: int  # the shared stems, a name of several words ("Prime Minister Oda Varga") counted once, and a time of day both give
    subjects_differ: bool = False  # each opens with a name the other never gives, and they share no figure ("Stanmore Ratings downgraded" / "The Market Oversight Authority said": see _subjects_differ)
    counts_differ: bool = False  # what both count they count otherwise, as two counts (two days' tallies: see _counts_differ)


MIN_RUN = 3
#: The most words an edit inside copied text cuts, puts in or replaces on each side for the words
#: after it (or before it) to count as copied too, however few (see _copied_blocks).
EDIT_GAP = 2
#: The words of one shared run that make copy: a rewrite shares phrases of three or four
#: words ("in Leeds on Tuesday", "the River Aire"), wire copy whole clauses (or most of its
#: words, in runs an edit has cut: :data:`RUN_SHARE`).
COPY_RUN = 8
#: The least share of the lesser paragraph's information its runs must hold for verbatim.
RUN_COVER = 0.5
#: The least share of the shorter paragraph's words its runs must hold for verbatim, whatever they weigh.
RUN_SHARE = 0.7
#: ... and with a long run: a rewrite keeping one long phrase of its source (wire copy edited
#: into other words around "Chinese military assertiveness in the South China Sea") is a
#: paraphrase, where the runs hold less than this share of the shorter paragraph's words. At 0.5,
#: 82 of 16,163 links of the seeds and 33 ECB+ topics were verbatim with one clause kept and
#: the subject and attribution rewritten ("Officers found a 12-gauge pump-action shotgun and
#: three live shells in the vehicle, Pickell said." / "When LaCalamita was arrested, police said
#: they found ..."); at 0.7 edited copy went too ("Relatives, including a brother ..." / "Relatives-even
#: including his brother ...", a changed date in a wire copy).
RUN_HALF = 0.6
#: The least share of the longer paragraph's words in shared runs for a copy of the whole
#: paragraph: verbatim even where a quotation carries most of it (wire copy of a quote paragraph).
WHOLE_SHARE = 0.9
#: The least share a shared quotation must hold for a quote link on its own.
QUOTE_COVER = 0.25
#: ... or the words of a run both outlets print inside quotation marks: however little of the
#: paragraphs they are ('called it "a dark day for our city"'), it is the same quotation; a
#: stock phrase of four ("open channels of communication") is not enough.
QUOTED_RUN = 5


#: A run of marked words in a mask of one byte per word.
_MARKED = re.compile(rb"\x01+")


def _side_spans(
    para: _Paragraph, runs: Sequence[tuple[int, int, int, int]], side: int, shared: frozenset[str]
) -> tuple[Span, ...]:
    """Spans of *para*'s words in *runs* and of its words whose stem is *shared*, runs joined;
    *side* is 0 when *para* is the first of the pair (its word ranges are ``run[0:2]``), 2 when
    it is the second (``run[2:4]``)."""
    mask = bytearray(map(shared.__contains__, para.stem_seq))
    for run in runs:
        a, b = run[side], run[side + 1]
        mask[a:b] = b"\x01" * (b - a)
    offsets = para.offsets
    return tuple([(offsets[2 * s], offsets[2 * e - 1]) for s, e in map(re.Match.span, _MARKED.finditer(mask))])


def _weight(stems: frozenset[str], idf: dict[str, float]) -> float:
    return fsum(map(idf.__getitem__, stems)) or 1.0


def _index_entries(
    paras: Sequence[_Paragraph], *, rank: dict[str, int], too_common: int, idf: dict[str, float], prefix: int, min_shared: int
) -> tuple[list[list[int]], list[int], list[float]]:
    """What the linker's index holds of each of *paras*, as plain values (a forked child's run of
    a story, :func:`_in_processes`): the ranks of the stems it is indexed by (by *rank*, rarest
    first: its rarest *prefix* of those ranked below *too_common*, or where fewer than
    *min_shared* are, its rarest *min_shared*, those of a paragraph of common stems only), its
    information (the *idf* weight of its stems); and which of *paras* (by position) are of
    common stems only."""
    indexed: list[list[int]] = []
    common: list[int] = []
    for k, para in enumerate(paras):
        by_rarity = sorted(map(rank.__getitem__, para.stems))
        rare = by_rarity[: min(prefix, bisect_left(by_rarity, too_common))]
        if len(rare) < min_shared:
            rare = by_rarity[:min_shared]
            common.append(k)
        indexed.append(rare)
    return indexed, common, [_weight(para.stems, idf) for para in paras]


def _copied_blocks(alignment: Iterable[MatchingBlock], ends: tuple[int, int]) -> list[tuple[int, int, int]]:
    """The blocks of an *alignment* (in order) that are copied text, as (a start, b start, words):
    the runs of at least :data:`MIN_RUN` words, and a shorter block that opens or ends both texts
    (*ends*: their lengths in words) where only an edit of at most :data:`EDIT_GAP` words on
    each side parts it from such a run: copy of a sentence with a word cut, put in or replaced
    near its start or end ("the council had [not] acted lawfully", "Judge Teodora Lindq[v/u]ist
    said"), which would otherwise leave too short a run to tell it from a rewrite."""
    blocks = [(block.a, block.b, block.size) for block in alignment if block.size]
    kept = []
    for k, block in enumerate(blocks):
        start, dest, size = block
        if size >= MIN_RUN:
            kept.append(block)
        elif start == dest == 0:
            if k + 1 < len(blocks) and blocks[k + 1][2] >= MIN_RUN and _edit_apart(block, blocks[k + 1]):
                kept.append(block)
        elif (start + size, dest + size) == ends:
            if k > 0 and blocks[k - 1][2] >= MIN_RUN and _edit_apart(blocks[k - 1], block):
                kept.append(block)
    return kept


def _edit_apart(before: tuple[int, int, int], after: tuple[int, int, int]) -> bool:
    """Whether at most :data:`EDIT_GAP` words of each text lie between two blocks of an alignment."""
    return after[0] - before[0] - before[2] <= EDIT_GAP and after[1] - before[1] - before[2] <= EDIT_GAP


def pair_features(
    p: _Paragraph,
    q: _Paragraph,
    idf: dict[str, float],
    *,
    shared: frozenset[str] | None = None,
    weight: float | None = None,
    totals: tuple[float, float] | None = None,
    evidence: bool = True,
) -> Features:
    """Score the pair (*p*, *q*): shared word runs, shared quotations, shared rare stems, and
    (unless *evidence* is false: see :data:`Features.evidence`) what the shared words are
    evidence of (:func:`weigh_evidence`).

    Every measure is weighted by information (the idf of the stems involved), so a
    run of names every report repeats ("Secretary of State Antony Blinken") counts
    for little and a run of rare words for much. *shared*, *weight* and *totals* (the shared
    stems, their idf weight, each side's content weight) are worked out when not given.
    """
    run_words = longest_run = longest_unquoted = unquoted_words = 0
    run_stems: set[str] = set()
    quoted_stems: set[str] = set()
    same_quotation = 0
    runs: list[tuple[int, int, int, int]] = []
    quotes = p.has_quote or q.has_quote
    p_stems, p_quoted, q_quoted = p.stem_seq, p.quoted, q.quoted
    for start, dest, size in _copied_blocks(Indel.opcodes(p.words, q.words).as_matching_blocks(), (len(p.words), len(q.words))):
        end = start + size
        stems = p_stems[start:end]
        run_words += size
        if size > longest_run:
            longest_run = size
        run_stems.update(stems)
        in_p, in_q = (p_quoted[start:end], q_quoted[dest : dest + size]) if quotes else (b"", b"")
        if any(in_p) or any(in_q):
            # The words of the run inside the quotation (on either side): a run that goes on
            # into the reporting ('told parliament: "We will') shares the speaker's words only there.
            quoted_stems.update(compress(stems, [x | y for x, y in zip(in_p, in_q)]))
            # Quoted on both sides: both outlets print these words as the speaker's.
            both = sum(x & y for x, y in zip(in_p, in_q))
            if both > same_quotation:
                same_quotation = both
        else:
            unquoted_words += size
            if size > longest_unquoted:
                longest_unquoted = size
        runs.append((start, end, dest, dest + size))
    run_stems.discard("")
    quoted_stems.discard("")

    if shared is None:
        shared = p.stems & q.stems
        if any(s[:1].isdigit() for s in shared):
            shared = shared - _numbers_apart(p, q)  # "17 cases" / "17 stores": no word shared
    other_statements = p.has_quote and q.has_quote and _other_statements(p, q, shared)
    if weight is None:
        weight = fsum(map(idf.__getitem__, shared))
    total_p, total_q = totals or (_weight(p.stems, idf), _weight(q.stems, idf))
    lesser = min(total_p, total_q)
    # The runs of copy hold every stem the pair shares about half the time: their weight is then
    # the shared stems' (fsum is exactly rounded, so the same float), and not summed again.
    run_weight = weight if run_stems == shared else fsum(map(idf.__getitem__, run_stems))
    words_p, words_q, stems_p, stems_q = len(p.words), len(q.words), len(p.stems), len(q.stems)
    # (by position, in the fields' order: a call with 17 keywords costs several times the tuple;
    # tens of thousands of pairs are weighed)
    f = _make_features((
        run_words, longest_run, longest_unquoted, unquoted_words,
        min(1.0, run_weight / lesser),  # run_cover
        min(1.0, fsum(map(idf.__getitem__, quoted_stems)) / lesser) if quoted_stems else 0.0,  # quote_cover
        len(quoted_stems),
        weight / total_p, weight / total_q,  # cover_a, cover_b
        shared,
        tuple(runs),
        words_p if words_p < words_q else words_q,  # least_words
        words_q if words_p < words_q else words_p,  # most_words
        stems_p if stems_p < stems_q else stems_q,  # least_stems
        same_quotation,
        _whole_inside(p, q) if p.has_quote and q.has_quote else 0,  # whole_quotation
        other_statements,
        None,  # evidence
    ))
    return weigh_evidence(p, q, f) if evidence else f


#: Stems of the verbs of speech: who said it, not what.
_SPEECH = frozenset(
    stem(w) for w in "said says say told tells tell added adds wrote writes noted notes stated states declared declares "
    "asked asks insisted insists warned warns urged urges explained explains replied replies argued argues "
    "announced announces".split()
)
#: The least content words outside their quotations, beyond who speaks, that two paragraphs quoting
#: other statements must share to report one fact (see :func:`_other_statements`).
BEYOND_SPEAKER = 2


def _quotations(para: _Paragraph) -> list[tuple[int, ...]]:
    """The quotations of *para*, each as its word codes."""
    return [para.words[a:b] for a, b in map(re.Match.span, _MARKED.finditer(para.quoted))]


def _other_statements(p: _Paragraph, q: _Paragraph, shared: frozenset[str]) -> bool:
    """Whether *p* and *q* (both quoting; *shared*: their common stems) quote other statements
    that share words, and share too little else to report one fact: quotations of one speaker
    (or two) in other words, joined by a stock phrase ("We are not asking for favours, only for
    every vote to be counted," said Ana Lima / "We asked for every vote to be counted, and it has
    been," Lima said) and by the speaker's name and role. No quotation of one is the same
    statement as one of the other (core.quotations.same_statement: the test the quotes view
    groups by), two content stems or more are quoted on both sides, and outside the quotations
    they share fewer than :data:`BEYOND_SPEAKER` content stems that are no name (a capitalised
    word), no title or role (core.quotations.is_title) and no verb of speech or attribution."""
    inside_p = {s for s, quoted in zip(p.stem_seq, p.quoted) if quoted and s}
    inside_q = {s for s, quoted in zip(q.stem_seq, q.quoted) if quoted and s}
    ours, theirs = _quotations(p), _quotations(q)
    if len(inside_p & inside_q & shared) < 2 and not (_statement_quoted(ours) and _statement_quoted(theirs)):
        return False  # (quotations in wholly other words are other statements too, where both quote one)
    if any(same_statement(a, b) for a in ours for b in theirs):
        return False
    beyond = _plain_outside(p) & _plain_outside(q) & shared
    return len(beyond - ATTRIBUTION - _SPEECH) < BEYOND_SPEAKER


def _statement_quoted(quotations: Sequence[tuple[int, ...]]) -> bool:
    """Whether one of *quotations* (a paragraph's, as word codes) is a statement, not a phrase:
    :data:`QUOTED_RUN` words or more. Two paragraphs that each quote a statement, in wholly other
    words, quote two statements ('"Inflation is coming down, but not fast enough," said the
    governor' / '"We stand ready to act again," she said': two remarks of one speaker, who alone
    joins the paragraphs; trial 49 F6), as two that share a stock phrase do (:func:`_other_statements`)."""
    return any(len(quotation) >= QUOTED_RUN for quotation in quotations)


def _plain_outside(para: _Paragraph) -> set[str]:
    """The content stems of *para* outside its quotations that are no name (a word written with
    a capital) and no title or role (core.quotations.is_title)."""
    found = set()
    text, offsets = para.text, para.offsets
    for k, (s, quoted) in enumerate(zip(para.stem_seq, para.quoted)):
        if s and not quoted:
            word = text[offsets[2 * k] : offsets[2 * k + 1]]
            if word[:1].isupper() or is_title(word.lower()):
                continue
            found.add(s)
    return found


def _whole_inside(p: _Paragraph, q: _Paragraph) -> int:
    """The words of the longest quotation one of *p* and *q* prints whole that the other prints
    inside a quotation of its own: a partial quotation one outlet prints ("the group was 'not
    where we should be'", '"The outbreak is contained," he said') of the longer one another prints
    ("said: 'We are not where we should be, and ...'"), as the quotes view reads it
    (:data:`core.quotations.FRAGMENT_LEAST` words or more; else 0). Word for word, not through
    the pair's alignment, which may take a word of it ("The") from elsewhere in the paragraph. A
    short quotation both print whole, of fewer than :data:`QUOTED_RUN` words ("our worst enemy"),
    is none: it may be a stock phrase (its words count as shared words)."""
    best = 0
    ours, theirs = _quotations(p), _quotations(q)
    for one, other in ((ours, theirs), (theirs, ours)):
        for quotation in one:
            n = len(quotation)
            if n >= max(best + 1, FRAGMENT_LEAST) and any(
                o[x : x + n] == quotation for o in other if len(o) > n or n >= QUOTED_RUN for x in range(len(o) - n + 1)
            ):
                best = n
    return best


def weigh_evidence(p: _Paragraph, q: _Paragraph, f: Features) -> Features:
    """*f* (the pair's :func:`pair_features`) with its :class:`Evidence` (:func:`evidence_of`)."""
    return f if f.evidence is not None else f._replace(evidence=evidence_of(p, q, f))


def evidence_of(p: _Paragraph, q: _Paragraph, f: Features) -> Evidence:
    """What the words the pair (*p*, *q*) shares are evidence of (*f*: its :func:`pair_features`):
    whether the two deny what the other says, quote different words, give a number for one
    thing, count different outcomes, and how many things (a titled name once) they share."""
    if f.evidence is not None:
        return f.evidence
    quotes_differ = False
    if p.has_quote and q.has_quote:
        quoted_p, quoted_q = _quoted_stems(p), _quoted_stems(q)
        quotes_differ = (
            len(quoted_p & quoted_q) < 2
            and 2 * len(quoted_p) >= len(p.stems)
            and 2 * len(quoted_q) >= len(q.stems)
        )
    differing = f.shared & (p.negated ^ q.negated)  # what one side denies and the other says
    if differing and (_says_the_negated(p, q) or _says_the_negated(q, p)):
        differing = frozenset()  # "would not accept the offer" / "rejected the offer": one claim
    same_quantity = _same_quantity(p, q)
    # One time of day, however each writes it ("at around 9pm" / "at about 2045 GMT"), is one
    # thing shared, as a number both give for one thing is: when it happened (_same_clock).
    same_clock = _same_clock(p, q)
    return Evidence(
        negation_differs=bool(differing),
        denial_edited=bool(differing) and differing <= p.disputed | q.disputed,
        claim_denied=bool(differing) and _claim_denied(p, q, differing),
        quotes_differ=quotes_differ,
        same_quantity=same_quantity,
        same_outcome=_one_outcome(p, q),
        outcomes_differ=_outcomes_differ(p, q),
        counts_differ=_counts_differ(p, q),
        ages_differ=_ages_differ(p, q),
        named_point=_named_point(p, q),
        # a number both give for one thing is one thing shared ("Nobody was hurt, the fire
        # service said" / "Several people were hurt, ...": the injured, counted otherwise)
        content_shared=len(f.shared - ATTRIBUTION - p.sources - q.sources) + same_quantity + same_clock,
        shared_things=_things(p, f.shared) + same_clock,
        subjects_differ=_subjects_differ(p, q, f.shared, same_quantity),
    )


def _says_the_negated(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether *q* says with a verb's opposite what *p* says by negating the verb ("would not
    accept the offer" / "rejected the offer", "did not rise" / "fell": core.text.OPPOSITE_STEMS)."""
    return any(not OPPOSITE_STEMS.get(s, frozenset()).isdisjoint(q.stems - q.negated) for s in p.negated - q.negated)


#: The capitalised words in a row that make one titled name ("Prime Minister Oda Varga", "Police
#: Chief Scott Russell"): one person, one thing shared. Two ("Philip Street", "New Bedford") may be
#: a place and a name as well as one name, and count as two.
TITLED_NAME = 3


def _things(para: _Paragraph, shared: frozenset[str]) -> int:
    """How many things *para* shares (*shared*: the shared stems): each shared stem, but a run of
    :data:`TITLED_NAME` or more capitalised shared words, a titled name ("Prime Minister Oda
    Varga"), once: sharing who spoke and one word more is no shared fact."""
    names: set[frozenset[str]] = set()
    run: list[str] = []
    text, offsets = para.text, para.offsets
    for k, s in enumerate((*para.stem_seq, "")):
        if s and s in shared and text[offsets[2 * k]].isupper():
            run.append(s)
        elif run:
            if len(run) >= TITLED_NAME:
                names.add(frozenset(run))
            run = []
    named = frozenset().union(*names)
    return len(shared - named) + len(names)


def _same_quantity(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether *p* and *q* both give a number for one thing: what the numbers count ("12 killed"
    / "Fifteen killed"), what happened to what they count ("Dozens of passengers were hurt" /
    "At least 40 people were injured"), or two figures both give (:func:`_figures_shared`). A
    thing both count but with values far apart (:func:`_apart`) is two quantities, as a link's
    differences read it: "previous guidance: £1.51 billion" (of revenue) / "previous guidance
    of £150 million" (of profit). Nor is a thing both count with no value alike (:func:`_conflicting`:
    "a cluster of 15 cases" / "47 confirmed cases", "No deaths" / "Six people have died"): the
    story's tally on two days, or a table row's count of one district beside the story's: two
    counts, not one fact given two values."""
    conflicting = _conflicting(p, q)
    shared = p.quantities & q.quantities - conflicting
    if shared:
        # two places' counts of one thing are two quantities ("Nearly three million customers in
        # Ostmara" / "In Velmoria, about 600,000 customers lost power"; trial 55 F8)
        shared = frozenset(s for s in shared if not _places_apart(p.text, q.text, s))
    if shared and (apart := _moves_apart(p, q)):
        # "up 9 basis points" (a yield) / "by 25 basis points" (the policy rate): two moves, and
        # neither their unit nor what moved ("rate") is a thing both count
        shared -= _POINT_STEMS | apart
    if shared and (not p.amounts or not q.amounts or not all(_apart(p, q, s) for s in shared)):
        return True
    return bool(p.outcomes & q.outcomes - conflicting) or _figures_shared(p, q) >= 2


#: The stems a rate's move in points is counted by (:func:`_quantities`: "25 basis points" counts
#: "basi", "a quarter point" "point"): the unit of the move, not what moved.
_POINT_STEMS = frozenset({stem("basis"), stem("points"), stem("percentage"), "bps", "pp"})


def _moves_apart(p: _Paragraph, q: _Paragraph) -> frozenset[str]:
    """Where *p* and *q* both give rates' moves in points and no move of one may be one of the
    other (core.quantities.rate_moves, one_move: another size, or another rate named), the stems
    of what moved (of "deposit rate", "two-year yield"; :data:`_POINT_STEMS` where nothing is
    named): two moves, not one given twice, as two sums far apart are two (:func:`_apart`). Else
    none: "raised its policy rate by 25 basis points" and "its main interest rate by a quarter
    point" are one move."""
    ours, theirs = rate_moves(p.text), rate_moves(q.text)
    if not ours or not theirs or any(one_move(a, b) for a in ours for b in theirs):
        return frozenset()
    return frozenset(s for _, of in ours | theirs for word in words(of) if (s := stem(word))) | _POINT_STEMS


#: How far apart, in minutes, two times of day may be and still tell when one thing happened:
#: reports round a time to the quarter hour ("around 9pm", "about 2045 GMT" / "at 8.49pm").
CLOCK_SLACK = 15


def _same_clock(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether *p* and *q* give one time of day (:attr:`_Paragraph.clocks`), within
    :data:`CLOCK_SLACK` minutes and in one zone where both name one ("broke out at about 2045 GMT"
    / "at 8.49pm" / "at 20:49 GMT"): when one thing happened, however each writes it."""
    return any(
        abs(ours - theirs) <= CLOCK_SLACK and (zone == other or not zone or not other)
        for ours, zone in p.clocks
        for theirs, other in q.clocks
    )


def _apart(p: _Paragraph, q: _Paragraph, thing: str) -> bool:
    """Whether *p* and *q* both give sums of *thing* in one currency (:attr:`_Paragraph.amounts`),
    each more than :data:`core.quantities.SPREAD` times from every one of the other's in it (two
    sums, not one given twice: core.linking.evidence rules so too); False where they give none
    in one currency ("an offer of eight years" / "offered $160 million")."""
    ours = [(unit, v) for s, unit, v in p.amounts if s == thing and v > 0]
    theirs = [(unit, v) for s, unit, v in q.amounts if s == thing and v > 0]
    pairs = [(x, y) for unit, x in ours for other, y in theirs if unit == other]
    return bool(pairs) and all(max(x, y) > SPREAD * min(x, y) for x, y in pairs)


#: A sentence's closing attribution: ", the fire service said.", ", police told reporters.",
#: ", according to the ministry.", ", said Ana Lind.", '...," said Ana Lind.' (a source of at most nine words before its verb, none
#: past a comma; ", said he would not resign." is reported speech, no source).
_SOURCE = r"(?:[^\s,;:.!?\"“”]+\s+){0,9}?"
_ATTRIBUTION_CLAUSE = re.compile(
    rf",\s*[\"”’]?\s+(according to\s+{_SOURCE}[^\s,;:.!?\"“”]+|(?:said|says)\s+(?!(?:he|she|they|it|that|we|i)\b){_SOURCE}[^\s,;:.!?\"“”]+"
    rf"|{_SOURCE}(?:said|says|told reporters|reported|added|confirmed))"
    r"(?:\s+(?:on|in)\s+[^,;:.!?]{1,30}?)?(?=[.!?][\"”’]?(?:\s|$)|$)"
)


#: The most words of the name a paragraph opens with (its subject; more are a headline in capitals).
SUBJECT_WORDS = 5
#: How far past that name a "that" opening what another named did is looked for.
REPORTED_WORDS = 6


def _subject(text: str, flat: Sequence[int], stem_seq: Sequence[str]) -> frozenset[str]:
    """The content stems of the name *text* opens with, its subject: two words or more written
    with a capital ("Stanmore Ratings downgraded ...", "The Market Oversight Authority said ...",
    "Holborn Securities' Priya Natarajan has ..."), past "The", "A" or "An", and a word in small
    letters after them; none where it opens otherwise ("Shares in Marwick ...", "A HUGE fire ...",
    a heading in capitals), nor where it tells what another named did ("Coach Sean Payton
    announced Wednesday that Pierre Thomas was placed ...": a "that" and a name within
    :data:`REPORTED_WORDS` words). *flat*: the words' offsets; *stem_seq*: their stems."""
    k = 0
    if stem_seq and not stem_seq[0] and text[flat[0] : flat[1]].lower() in ("the", "a", "an"):
        k = 1
    if k + 1 >= len(stem_seq) or not text[flat[2 * k + 2]].isupper():
        return frozenset()  # (most paragraphs: no two capitalised words open them)
    run: list[str] = []
    while k < len(stem_seq) and len(run) <= SUBJECT_WORDS:
        word = text[flat[2 * k] : flat[2 * k + 1]]
        if not word[:1].isupper():
            break
        if not stem_seq[k] or len(word) > 1 and word.isupper() or k and _CLAUSE_MARK.search(text, flat[2 * k - 1], flat[2 * k]):
            return frozenset()  # "In Tarnby ...", "A HUGE fire", "Tarnby, Halvik and ...": no one name
        run.append(stem_seq[k])
        k += 1
    if not 2 <= len(run) <= SUBJECT_WORDS or k >= len(stem_seq):
        return frozenset()
    for m in range(k, min(len(stem_seq) - 1, k + REPORTED_WORDS)):
        if _CLAUSE_MARK.search(text, flat[2 * m - 1], flat[2 * m]):
            break
        if text[flat[2 * m] : flat[2 * m + 1]].lower() == "that" and text[flat[2 * m + 2]].isupper():
            return frozenset()  # the name opens what it reports another did
    return frozenset(run)


def _subjects_differ(p: _Paragraph, q: _Paragraph, shared: frozenset[str], same_quantity: bool) -> bool:
    """Whether *p* and *q* each open with a name (:func:`_subject`) the other paragraph never
    gives, and give no figure, quantity or point alike (*shared*: their shared stems;
    *same_quantity*: :func:`_same_quantity`; a point: :func:`_same_point`, "Keskinen defended his
    title by stopping Holloway in the seventh" / "Referee Ilkka Mäki stopped it early in the
    seventh": one fact two actors tell): what two actors did, two facts, however many words of the story they
    share ("Stanmore Ratings downgraded Marwick ... on Wednesday, one day after a profit warning" /
    "The Market Oversight Authority said on Wednesday it was reviewing trading in Marwick ...
    before the group's profit warning"), as two headlines that open with two firms are two events
    (core.stories.cluster)."""
    if not p.subject or not q.subject or same_quantity or any(s[:1].isdigit() for s in shared):
        return False
    if p.points and q.points and _same_point(p.points, q.points):
        return False
    return not p.subject & q.stems and not q.subject & p.stems


def _sources(text: str, flat: Sequence[int], stem_seq: Sequence[str]) -> frozenset[str]:
    """The content stems of *text*'s closing attribution clauses (:data:`_ATTRIBUTION_CLAUSE`:
    "..., Keldhaven fire service said."): who reports the fact, not the fact; two paragraphs
    sharing only their source's words ("fire service") and one word more share no fact."""
    if "said" not in text and "says" not in text and "told" not in text and "according" not in text and (
        "reported" not in text and "added" not in text and "confirmed" not in text
    ):
        return frozenset()
    found: set[str] = set()
    for match in _ATTRIBUTION_CLAUSE.finditer(text):
        at = bisect_left(flat, match.start())  # the comma: past a word's end (odd) or at a start
        for k in range((at + 1) // 2, len(stem_seq)):
            if flat[2 * k] >= match.end(1):  # its source, not the day it spoke ("on Tuesday")
                break
            if stem_seq[k]:
                found.add(stem_seq[k])
    return frozenset(found)


def _reversed_share(p: _Paragraph, q: _Paragraph, idf: dict[str, float], lesser: float) -> float:
    """The share of the lesser paragraph's information (*lesser*, its idf weight) that copy of it
    reverses: the words a negation put in or taken out denies on one side only ("would not
    accept the offer" / "would accept the offer": accept, offer), where the link's differences
    name a negation changed, and the words of an outcome put for its opposite ("Net interest
    income fell 3%" / "rose 3%": fell, rose), where they name that outcome
    (:func:`core.linking.evidence.differences`); else 0. A copy link's score is the share of
    information it carries unchanged, and a reversed claim is not.

    The differences are dear and most copy reverses nothing, so they are read only past one
    gate, cheapest test first: either denies, or the two have other verbs of opposites
    (:attr:`_Paragraph.opposites`), and a shared word is denied on one side only or a
    verb on one side only has its opposite on the other ("fell" / "rose")."""
    if p.denials == q.denials == 0 and p.opposites == q.opposites:
        return 0.0
    # (as many negations on each side may deny different words: "would not appeal the fine." /
    # "would appeal the fine. 'We do not accept ...'")
    denied = (p.negated ^ q.negated) & p.stems & q.stems
    if not denied and not any(
        not OPPOSITE_STEMS[s].isdisjoint(b.opposites) for a, b in ((p, q), (q, p)) for s in a.opposites - b.opposites
    ):
        return 0.0
    # imported past the gates, which most copy passes no further: the statement costs a
    # microsecond, as much as they do
    from core.linking.evidence import differences  # core.linking.evidence builds on this module

    changed = differences(p.text, q.text, reversals=True)
    reversed_ = set(denied) if any(d.what == "negation" for d in changed) else set()
    for d in changed:
        if d.what == "outcome":
            reversed_.update(s for s in map(stem, words(f"{d.a} {d.b}")) if s in OPPOSITE_STEMS)
    return fsum(idf[s] for s in reversed_ if s in idf) / lesser


#: Number words with no stem of their own (stopwords: "one", "two", "three"), by value: a copy
#: that changes one ("Two of the injured" / "Three of the injured") changed a figure, as "3:40" /
#: "4:40" does, though no stem of it is lost.
_STEMLESS_NUMBERS = {w: float(v) for w, v in NUMBER_VALUES.items() if w not in ("a", "an") and not stem(w)}


@lru_cache(maxsize=1 << 15)
def _stemless_values(text: str) -> frozenset[float]:
    """The values of the number words with no stem (:data:`_STEMLESS_NUMBERS`) *text* gives: read
    once for each paragraph, however many of its copies it is scored against."""
    low = text.lower()  # once, not once for each number word looked for
    folded = words(low) if any(w in low for w in _STEMLESS_NUMBERS) else []
    return frozenset({_STEMLESS_NUMBERS[w] for w in folded if w in _STEMLESS_NUMBERS})


def _respelt_share(p: _Paragraph, q: _Paragraph, idf: dict[str, float], once: float, totals: tuple[float, float]) -> float:
    """The share of information copy loses where it puts one number in words for another that
    no stem tells (:data:`_STEMLESS_NUMBERS`: "Two" / "Three"), as a digit's stem does for a
    figure in digits ("3:40" / "4:40"): each side's value the other gives neither in words nor
    in digits weighs as its digits do in the story (*idf*), or as a stem of one paragraph
    (*once*), over that side's information (*totals*), the two sides averaged as a pair's
    similarity is; 0 where the two give the same such numbers."""
    values = [_stemless_values(p.text), _stemless_values(q.text)]
    if values[0] == values[1]:
        return 0.0
    lost = 0.0
    for mine, theirs, other, total in ((values[0], values[1], q, totals[0]), (values[1], values[0], p, totals[1])):
        for value in mine - theirs:
            digits = f"{value:g}"
            if digits not in other.stems:  # "two" / "2": one value written two ways
                lost += idf.get(digits, once) / total
    return lost / 2


def _named_point(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether *p* and *q* fix one point of a fact alike: a point both give (:func:`_points`,
    :func:`_same_point`) and a name both give (:func:`_names`), as "stopping Dane Holloway in the
    seventh round" / "stopped it early in the seventh with Holloway on the ropes" or "a
    5.6-magnitude earthquake struck Varn island" / "measuring 5.6 ... shook Varn": who and which
    point, however the rest is worded; or one time of day both give (:func:`_same_clock`: "broke
    out on the roof at about 2045 GMT" / "a fire which broke out on the roof at 8.49pm"), a point
    of its own that needs no name: when it happened."""
    return bool(p.points) and bool(q.points) and _same_point(p.points, q.points) and not p.names.isdisjoint(q.names) or _same_clock(p, q)


def _same_point(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two paragraphs' :func:`_points` meet: the same point, and where both say what a
    small number or an ordinal counts, the same thing ("17 passes" is no "17 points", "the fourth
    quarter" no "fourth down"; "the seventh round" is "in the seventh")."""
    counted: dict[str, set[str]] = {}
    for point in theirs:
        number, _, what = point.partition(" ")
        counted.setdefault(number, set()).add(what)
    for point in ours:
        number, _, what = point.partition(" ")
        others = counted.get(number)
        if others is not None and (not what or "" in others or what in others):
            return True
    return False


def _names(para: _Paragraph) -> frozenset[str]:
    """The content stems *para* writes with a capital where no sentence opens: its names."""
    text, offsets = para.text, para.offsets
    found = set()
    for k, s in enumerate(para.stem_seq):
        start = offsets[2 * k]
        if s and text[start].isupper() and not _opens_sentence(text, start):
            found.add(s)
    return frozenset(found)


def _figures_shared(p: _Paragraph, q: _Paragraph) -> int:
    """How many figures (:func:`_figures`) *p* and *q* both give ("1.1%", "1.6%", "162-139"):
    two such are one report of the same quantities, however it is worded; a figure each gives of
    another thing is none (:func:`_numbers_apart`: "17 cases" / "17 stores")."""
    shared = p.figures & q.figures
    return len(shared - _numbers_apart(p, q)) if shared else 0


#: A number as printed, its groups and decimals with it ("120,000", "120, 000", "5.6") and a score
#: or record joined ("20-13", "45-7-2"): the whole is one point, not each of its parts.
_PRINTED_NUMBER = re.compile(r"(?<![\w.,-])\d+(?:(?:[.,] ?\d+)+|(?:-\d+)+)?(?!\w|-\d)")


def _points(text: str, folded: Sequence[str], stem_seq: Sequence[str], ordinals: Sequence[int]) -> frozenset[str]:
    """What fixes a point of a fact in *text* (*folded*: its words, *stem_seq*: their stems, ""
    for a stopword): its numbers as printed (:data:`_PRINTED_NUMBER`: "5.6", "44", "20-13";
    spaces and commas inside dropped), a date's day with its month ("May 3" and "3 May" are one
    point, "June 20" no "20 people"), and its ordinals at word indexes *ordinals* ("the seventh
    round"); no year or decade ("1950s" is no number as printed), no clock time ("11:30"), no
    person's age ("Robert Buckley, 32,", "a 16-year-old"): those tell when or who, not which
    fact. A whole number below 1,000 and an ordinal are common, and carry what they count when
    a content word follows: "17 pass", "seventh round" (see :func:`_same_point`)."""
    found = {f"{folded[k]} {stem_seq[k + 1]}".rstrip() if k + 1 < len(folded) else folded[k] for k in ordinals}
    for match in _PRINTED_NUMBER.finditer(text):
        number, start, end = match[0], match.start(), match.end()
        if is_year(number) or text[end : end + 1] == ":" or text[start - 1 : start] == ":":
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if text.startswith("-year-old", end) or (
            before and before[0][:1].isupper() and before[0].endswith(", ") and _AGE_AFTER.match(text, end)
        ):
            continue  # "Robert Buckley, 32," or "killing Benjamin Banky, 40."
        after = _WORD_AFTER.match(text, end)
        month = MONTHS.get(before[1].lower()) if before and "," not in before[0] else None
        if month is None and after:
            month = MONTHS.get(after[1].lower())
        if month:
            found.add(f"{month}/{number}")
        elif number.isdigit() and len(number) < 4 and after and not is_stopword(after[1].lower()):
            found.add(f"{number} {stem(after[1].lower())}")
        else:
            found.add(plain_digits(number.replace(" ", "")))
    return frozenset(found)


#: The word before a number (its full stop and spaces after it), the word after one, and what
#: closes an age set after a name ("Robert Buckley, 32, died", "... Banky, 40.").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?,? *$")
_WORD_AFTER = re.compile(r"[.-]? *([A-Za-z]+)")
_AGE_AFTER = re.compile(r"[,.;)]")

#: A person's age as a report gives it: "a 54-year-old", "61 and 48 years old", "aged 31",
#: "Robert Buckley, 32," (a capitalised word, a comma, the number, a comma or a stop).
_AGE = re.compile(r"\b(\d{1,3}(?:(?:,| and|,? or) \d{1,3})*)[- ]years?[- ]old\b|\baged (\d{1,3}(?: and \d{1,3})?)\b"
                  r"|\b[A-Z][\w'’-]+, (\d{1,3})(?=[,.;)])")


def _ages(text: str) -> frozenset[int]:
    """The ages of people *text* gives (:data:`_AGE`), in years."""
    return frozenset(int(n) for m in _AGE.finditer(text) for n in re.findall(r"\d+", next(filter(None, m.groups()))))


def _ages_differ(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether both give ages of people and none of one side's is another's (within
    :data:`core.text.AGE_SLACK`): "54-year-old Alan Marsh" / "a 31-year-old steward" are two people, so two facts."""
    return bool(p.ages and q.ages) and not any(abs(a - b) <= AGE_SLACK for a in p.ages for b in q.ages)


def _figures(text: str, flat: Sequence[int], stem_seq: Sequence[str], numbers: Sequence[int]) -> frozenset[str]:
    """The stems of the numbers at word indexes *numbers* of *text* (*flat*: the words' offsets)
    that may report a quantity: in digits, no year, no count below ten and no part of a clock
    time ("11:30", "10:03")."""
    found = set()
    for k in numbers:
        s = stem_seq[k]
        if not s[:1].isdigit() or is_year(s) or s.isdigit() and int(s) < 10:
            continue
        if _clock(text, flat, k):
            continue
        found.add(s)
    return frozenset(found)


def _clock(text: str, flat: Sequence[int], k: int) -> bool:
    """Whether the number at word *k* of *text* is an hour or a minute of a clock ("11:30")."""
    return text[flat[2 * k + 1] : flat[2 * k + 1] + 1] == ":" or text[flat[2 * k] - 1 : flat[2 * k]] == ":"


def _outcomes_differ(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether *p* and *q* both count outcomes and never the same one ("Nine people are
    missing" / "Nine people died"): two quantities, so two facts, however alike the words."""
    return bool(p.outcomes) and bool(q.outcomes) and p.outcomes.isdisjoint(q.outcomes)


def _counts_differ(p: _Paragraph, q: _Paragraph) -> bool:
    """Whether every thing *p* and *q* both count (:attr:`_Paragraph.valued`) they count as two
    counts (:func:`_conflicting`: two days' tallies, a table row's beside the story's): "The death
    toll rose to seven ... 112 cases" on the 24th and "47 confirmed cases" on the 22nd report two
    days' facts, however many of the story's words they share."""
    conflicting = _conflicting(p, q)
    return bool(conflicting) and {thing for thing, *_ in p.valued} & {thing for thing, *_ in q.valued} == conflicting


#: Content words two paragraphs that give one count share beyond the thing counted, who said it
#: and its source, to report one fact by that count however little else they share (see
#: :func:`_counted_alike`). Chosen on the development stories (bench/quality.py: dev F1 0.634 ->
#: 0.640 at precision 0.894 -> 0.895; held-out F1 0.430 -> 0.432, precision 0.927; the seeds'
#: links the same; one word beyond gave the seeds two wrong links).
COUNT_WORDS = 2


def _counts(para: _Paragraph) -> frozenset[tuple[str, float]]:
    """What *para* counts (:attr:`_Paragraph.valued`), each with its value, precision and label left out."""
    return frozenset((thing, value) for thing, value, *_ in para.valued)


def _counted_alike(p: _Paragraph, q: _Paragraph, shared: frozenset[str], framing: frozenset[tuple[str, float]]) -> bool:
    """Whether *p* and *q* (complete; *shared*: their common stems) report one fact by a count
    both give with one value ("Sixty residents were moved from their homes, while ..." / "Sixty
    local residents had to be evacuated from their homes, initially to ..."), and
    :data:`COUNT_WORDS` content words beyond the thing counted, attribution and sources: the
    clause of a long paragraph that carries the other's fact, however small a part of the whole.
    A count in *framing* (one their articles give in more than one paragraph: "the two
    countries", "the two sides" of a story about two countries) is the story's frame, no fact of
    one paragraph; nor do counts that differ, or a claim one denies, make one fact."""
    alike = _counts(p) & _counts(q) - framing
    if not alike or _outcomes_differ(p, q) or _counts_differ(p, q) or not shared.isdisjoint(p.negated ^ q.negated):
        return False
    beyond = shared - {thing for thing, _ in alike} - ATTRIBUTION - p.sources - q.sources
    return len(beyond) >= COUNT_WORDS


#: The least content words two paragraphs that count one outcome must share beyond its words,
#: the numbers, who said it and its source: a word of the event it happened in ("quake", "island").
COUNTED_EVENT_WORDS = 1


#: The stems that may tell an outcome (:data:`core.text.OUTCOMES`, :data:`core.text.CASUALTIES`):
#: a pair both of whose paragraphs hold one is read for the outcomes it counts (:func:`_one_count`).
_OUTCOME_STEMS = frozenset(OUTCOMES) | frozenset(CASUALTIES)


def _outcome_counted(para: _Paragraph) -> frozenset[str]:
    """The outcomes (classes of :data:`core.text.OUTCOMES`) *para* (complete) counts: those a
    number stands by (:attr:`_Paragraph.outcomes`: "five hurt", "injuring five people"), and,
    where a number of it counts anything (:attr:`_Paragraph.valued`), those it tells happened
    further off ("five people had received treatment after being injured", "Two people from
    Zinbi village were hurt"). Ages and dates count nothing: "Robert Buckley, 32, died on 4
    May" counts no outcome."""
    if not para.told or not (para.outcomes or para.valued):
        return para.outcomes
    return para.outcomes | {outcome for outcome, _ in para.told}


def _one_count(p: _Paragraph, q: _Paragraph, shared: frozenset[str]) -> bool:
    """Whether *p* and *q* (complete; *shared*: their common stems) count one outcome, and no
    other, of one event, in whatever words and with whatever figure ("Quake hits island, five
    hurt" / "the quake ... injured two people"; "injuring five people" / "five people had
    received treatment after being injured"): one quantity, so one fact, the figures a
    difference to show. Not where either counts several outcomes (a tally, often of another
    event: "That temblor killed at least six people, injured almost 50"), where one denies what
    the other says, where they count on two days (:func:`_conflicting`), where they give two
    people's ages (:func:`_ages_differ`: "54-year-old Alan Marsh, died" / "a 31-year-old
    steward, died": two deaths), or where they share no word of the event beyond the outcome's,
    the figures and who said it (:data:`COUNTED_EVENT_WORDS`)."""
    ours = _outcome_counted(p)
    if len(ours) != 1 or ours != _outcome_counted(q) or not ours.isdisjoint(_conflicting(p, q)):
        return False
    if not shared.isdisjoint(p.negated ^ q.negated) or _ages_differ(p, q):
        return False
    beyond = {s for s in shared - ATTRIBUTION - p.sources - q.sources if s not in OUTCOMES and not s[:1].isdigit()
              and not is_number(s)}
    return len(beyond) >= COUNTED_EVENT_WORDS


def _quoted_stems(para: _Paragraph) -> frozenset[str]:
    return frozenset(s for s, inside in zip(para.stem_seq, para.quoted) if inside and s)


def spans(p: _Paragraph, q: _Paragraph, f: Features) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The character spans a pair shares: its word runs and its other shared content words."""
    return (
        _side_spans(p, f.runs, 0, f.shared),
        _side_spans(q, f.runs, 2, f.shared),
    )


#: The words of a run copied outside quotations that make a claim with a verb of denial edited
#: in or out ("denied that it had skipped scheduled repairs on the" / "admitted that it had
#: ...") one claim the outlets report differently, linked with the change marked; a "not"
#: never is ("pleaded not guilty to two counts" / "found guilty of two counts").
EDITED_RUN = 5
#: The least mean share of content a pair must have for the learned combination to weigh it.
LEARNED_GATE = 0.12
#: Paragraphs of common stems only sharing their rarest, beyond this many times the cap on a
#: stem's paragraphs, are told apart by their first OPENING_WORDS words (see _link).
CROWD = 4
OPENING_WORDS = 8
#: A pair giving a number for the same thing, or telling one outcome happened ("were evacuated"),
#: needs this share of the usual similarity.
FIGURE_DISCOUNT = 0.6
#: ... and one giving one number or ordinal beside one name (:func:`_named_point`) this share.
POINT_DISCOUNT = 0.45
#: A pair no rule links is linked where paragraphs of this many other outlets each link to both
#: with a score of at least WEAK_SUPPORT (below that of the one strong link that vouches alone,
#: ``support`` of :func:`link`), and the pair shares WEAK_COVER of each side's content and two
#: words beyond names and attribution (see :func:`_vouched`): a fact several outlets reword, each
#: rewording close to the others' but two of them in too few common words ("The warehouse fire is
#: being treated as arson" / "Detectives say the warehouse fire was started deliberately").
#: Chosen on the development stories alone (bench/quality.py: dev F1 0.615 -> 0.620, precision
#: 0.895 -> 0.893; held-out F1 0.425 -> 0.430, precision 0.926 -> 0.927; the seeds' links the
#: same). Two outlets gave dev F1 0.633 at precision 0.885, but then one generic summary added to
#: the seeds vouched for two leads reporting different things (tests/test_library.py).
VOUCHERS = 3
WEAK_SUPPORT = 0.35
WEAK_COVER = 0.15


def _evidence_ok(f: Features, e: Evidence) -> bool:
    """Whether shared words are evidence of one fact: enough content words beyond attribution,
    the same polarity, and not two different quotations framed alike (*e*: *f*'s evidence)."""
    if e.negation_differs and not (e.denial_edited and f.longest_unquoted >= EDITED_RUN or e.claim_denied) or e.quotes_differ or e.outcomes_differ or e.counts_differ or e.ages_differ or e.subjects_differ:
        return False
    # One shared word is no fact ("This is the least we can do." / "killed at least three"; "I
    # partied." / "her partying habits") unless it is a figure or a quantity both give ("He was
    # 95." / "Mark Felt, dead at 95"); a paragraph of fewer content words needs that many.
    figure = e.same_quantity or e.same_outcome or any(s[:1].isdigit() for s in f.shared)
    need = min(3, max(1 if figure else 2, f.least_stems))
    return e.shared_things >= need and e.content_shared >= min(2, need)


def _dense(runs: Sequence[tuple[int, int, int, int]], words: int) -> bool:
    """Whether the shared *runs* (word ranges in order, as :attr:`Features.runs`; *words* in them)
    are most of the text from the first to the last on each side (:data:`RUN_SHARE` of it): copy
    with a word put in, cut or replaced here and there ("two [young] men in Leeds [late] on
    Tuesday"), not two writers' sentences that share their names and a figure's phrase between
    words of their own ("Bank of Estmark [cuts policy] rate by half a point to 4.75%" / "The Bank
    of Estmark [lowered its main interest] rate by half a [percentage] point to 4.75%")."""
    return not runs or words >= RUN_SHARE * max(runs[-1][1] - runs[0][0], runs[-1][3] - runs[0][2])


def copy_kind(f: Features) -> tuple[LinkKind, float] | None:
    """The kind and score of a pair its word order alone decides (*f* need not hold its
    evidence): copy, a long run carrying much of the information or most of the shorter
    paragraph's words in runs (an edit's inserted word splits a copied sentence in two); else None."""
    similarity = (f.cover_a + f.cover_b) / 2
    if f.other_statements:
        return None  # runs of two statements' shared phrase are no copy (see classify_pair)
    # A short paragraph is copied by fewer words than a long one: the run need not be
    # longer than the paragraph itself.
    # Most of the shorter paragraph's words in shared runs is copy too, however the
    # story weighs them (in a story of two paragraphs every shared word weighs little).
    copy = min(COPY_RUN, max(MIN_RUN, f.least_words - 1))
    if f.run_words >= copy and (
        f.longest_run >= copy and f.run_cover >= RUN_COVER
        or f.run_words >= RUN_SHARE * f.least_words and _dense(f.runs, f.run_words)
    ):
        # The same words inside a quotation are the speaker's, whoever reports them: copy only
        # where a run of the reporting itself is as long ('said emergency director Harriet
        # Vale' beside the quotation is no copied sentence).
        reporting = f.longest_unquoted >= copy or f.unquoted_words >= RUN_SHARE * f.least_words
        # The whole paragraph the same, its reporting around the quotation too, is wire copy.
        whole = f.run_words >= WHOLE_SHARE * f.most_words
        if not whole and (f.quote_cover >= 0.7 * f.run_cover or f.quoted_stems and not reporting):
            return LinkKind.QUOTE, max(f.run_cover, similarity)
        if f.run_words < RUN_HALF * f.least_words:
            return LinkKind.PARAPHRASE, max(f.run_cover, similarity)  # one long phrase kept, the rest reworded
        return LinkKind.VERBATIM, max(f.run_cover, similarity)
    return None


def classify_pair(f: Features, *, threshold: float) -> tuple[LinkKind, float] | None:
    """The kind and score of a pair, or None when it reports nothing in common.

    Raises:
        ValueError: *f* holds no evidence (``pair_features(..., evidence=False)``) and its word
            order alone does not decide (:func:`copy_kind`).
    """
    if f.other_statements:
        return None  # two statements sharing a phrase, and who speaks: no fact in common (_other_statements)
    copied = copy_kind(f)
    if copied is not None:
        return copied
    e = f.evidence
    if e is None:
        raise ValueError("classify_pair: the pair's evidence was not weighed (see weigh_evidence)")
    similarity = (f.cover_a + f.cover_b) / 2
    if _evidence_ok(f, e) and (
        similarity >= threshold
        or (e.same_quantity or e.same_outcome) and similarity >= threshold * FIGURE_DISCOUNT
        or e.named_point and similarity >= threshold * POINT_DISCOUNT
    ):
        if f.same_quotation >= QUOTED_RUN and f.quote_cover >= 0.7 * f.run_cover:
            # What they print alike is one quotation, the reporting around it in other words
            # ('"...," the mayor told reporters' / 'The mayor said: "..."'): the quotation links them.
            return LinkKind.QUOTE, similarity
        return LinkKind.PARAPHRASE, similarity
    if f.quoted_stems >= 3 and (f.quote_cover >= QUOTE_COVER or f.same_quotation >= QUOTED_RUN) or f.whole_quotation >= FRAGMENT_LEAST:
        # (a quotation of QUOTED_RUN words one outlet prints whole inside the other's is that
        # quotation, whatever its words: "not where we should be", as the quotes view reads it)
        return LinkKind.QUOTE, max(similarity, f.quote_cover)
    return None


#: A paragraph's sentences (:func:`_sentence_split`): whether its text has more than one, and the
#: content stems of each that has some.
_Sentences = tuple[bool, tuple[frozenset[str], ...]]


def _sentence_split(para: _Paragraph) -> _Sentences:
    """Whether the text of *para* has more than one sentence (core.text.sentence_starts), and the
    content stems of each of its sentences that has some (of one sentence: its stems): read once
    for each paragraph the linker needs them of, however many of its pairs do."""
    cuts = sentence_starts(para.text)
    if not cuts:
        return False, (para.stems,)
    starts = para.offsets[::2]
    bounds = [0, *(bisect_left(starts, c) for c in cuts), len(starts)]
    found = (frozenset(para.stem_seq[a:b]) - {""} for a, b in zip(bounds, bounds[1:]))
    return True, tuple(s for s in found if s)


#: The most of a sentence's content stems the other paragraph may print for the sentence to be
#: one it leaves out (:func:`_left_out`): a name or two of a sentence of its own
#: ("Blinken" of "The US wants ..., he said" beside "Blinken emphasised ...").
LEFT_OUT_SHARE = 0.25
#: The least content stems of a sentence left out: a sentence that says something, no "he said".
LEFT_OUT_STEMS = 3


def _left_out(p: _Paragraph, q: _Paragraph, sentences: tuple[_Sentences, _Sentences]) -> bool:
    """Whether one of two paragraphs whose runs make them copy prints a whole sentence the other
    tells nothing of (:data:`LEFT_OUT_STEMS` content stems or more, at most
    :data:`LEFT_OUT_SHARE` of them in the other): a copy cut by a sentence ("... operates seven
    T-72 aircraft. The type entered service in 2009." / "... operates seven T-72 aircraft."), which
    is no longer the same wording (verbatim), but the same fact in part of the words.
    *sentences*: those of *p* and of *q* (:func:`_sentence_split`); a paragraph of one sentence
    leaves none out."""
    for (several, stems_of), theirs in zip(sentences, (q.stems, p.stems)):
        for stems in stems_of if several else ():
            if len(stems) >= LEFT_OUT_STEMS and len(stems & theirs) <= LEFT_OUT_SHARE * len(stems):
                return True
    return False


def _sentence_match(
    ours: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...], idf: dict[str, float], threshold: float,
    sources: frozenset[str] = frozenset(),
) -> tuple[LinkKind, float] | None:
    """A paraphrase between one sentence of each paragraph: the rule for paragraphs that
    carry several facts, whose shared fact is too small a part of the whole to count. What
    the two sentences share of who reports (:data:`ATTRIBUTION` and *sources*, the
    words of either paragraph's closing attribution: "..., according to the county Emergency
    Management Agency." / "..., the County Emergency Management Agency said.") is no fact shared."""
    if len(ours) < 2 and len(theirs) < 2:
        return None  # two one-sentence paragraphs: the paragraph rules have said all
    best = _best_sentence_cover(ours, theirs, idf, least=3, ignore=ATTRIBUTION | sources)
    return (LinkKind.PARAPHRASE, best) if best >= threshold else None


def _best_sentence_cover(
    ours: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...], idf: dict[str, float], *, least: int,
    ignore: frozenset[str] = frozenset(),
) -> float:
    """The best mean idf cover of two sentences (one of each side) sharing at least *least* stems,
    in [0, 1]; the stems of *ignore* are none of either sentence's content (neither shared nor
    counted in its weight)."""
    best = 0.0
    for s in ours:
        for t in theirs:
            shared = s & t - ignore
            if len(shared) >= least:
                weight = fsum(map(idf.__getitem__, shared))
                best = max(best, (weight / _weight(s - ignore, idf) + weight / _weight(t - ignore, idf)) / 2)
    return best


class Model(NamedTuple):
    """A logistic regression over :func:`learned_features`: ``weights`` in feature order,
    ``bias``, and the least probability that links a pair no rule links."""

    weights: tuple[float, ...]
    bias: float
    threshold: float


#: What :func:`learned_features` returns, in order.
FEATURE_NAMES = (
    "cover_low", "cover_high", "sentence_best", "shared_stems_log", "least_stems_log", "most_stems_log",
    "shared_share", "bigram_share", "run_cover", "quote_cover", "word_ratio", "same_quantity",
    "shared_figures", "figures_both", "negation_differs", "quotes_differ", "attribution_only", "story_size_log",
)


def learned_features(
    p: _Paragraph, q: _Paragraph, f: Features, ours: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...],
    idf: dict[str, float], paragraphs: int,
) -> tuple[float, ...]:
    """The measures of a pair the learned combination weighs (see :data:`FEATURE_NAMES`).

    *f* is the pair's :func:`pair_features`, *ours* and *theirs* the content stems of each
    sentence of *p* and *q*, *idf* the story's weights and *paragraphs* the story's size.
    """
    e = evidence_of(p, q, f)
    low, high = sorted((f.cover_a, f.cover_b))
    best = _best_sentence_cover(ours, theirs, idf, least=2)
    least = max(1, f.least_stems)
    most = max(len(p.stems), len(q.stems))
    bigrams_p = {b for b in zip(p.stem_seq, p.stem_seq[1:]) if b[0] and b[1]}
    bigrams_q = {b for b in zip(q.stem_seq, q.stem_seq[1:]) if b[0] and b[1]}
    bigram_share = len(bigrams_p & bigrams_q) / max(1, min(len(bigrams_p), len(bigrams_q)))
    figures_p = {w for w, s in zip(p.words, p.stem_seq) if s.isdigit()}
    figures_q = {w for w, s in zip(q.words, q.stem_seq) if s.isdigit()}
    words_p, words_q = set(p.words), set(q.words)
    return (
        low, high, best, math.log1p(len(f.shared)), math.log1p(least), math.log1p(most),
        len(f.shared) / least, bigram_share, f.run_cover, f.quote_cover,
        len(words_p & words_q) / max(1, min(len(words_p), len(words_q))),
        float(e.same_quantity), math.log1p(len(figures_p & figures_q)), float(bool(figures_p and figures_q)),
        float(e.negation_differs), float(e.quotes_differ), float(len(f.shared - ATTRIBUTION) < 2),
        math.log(max(2, paragraphs)),
    )


def learned_probability(x: Sequence[float], model: Model) -> float:
    """The model's probability that a pair with features *x* reports one fact."""
    z = model.bias + fsum(w * v for w, v in zip(model.weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


#: One scored candidate pair: its paragraphs' indexes i < j, the shares of each one's content
#: it shares, and for a linked pair its kind (a LinkKind's value), score and both sides' spans;
#: an unlinked pair (kept in case a third outlet vouches for it) has None, 0.0 and no spans.
_Scored = tuple[int, int, float, float, "str | None", float, tuple[Span, ...], tuple[Span, ...]]

#: Stories of at least this many paragraphs are tokenised, indexed and scored in several
#: processes (:func:`link`): below it, forking costs more than it saves (a fork of the linker's
#: process takes tens of milliseconds; 5,000 paragraphs take about a second of one core to score).
PARALLEL_FROM = 5000
#: The most processes a story is scored in: the candidate loop is about half of linking,
#: so more add little.
MAX_PROCESSES = 4


def _default_processes() -> int:
    """How many processes :func:`link` may score in: one per CPU this process may run on (up to
    :data:`MAX_PROCESSES`) where a fork is safe, a process of one thread on Linux (a fork
    copies only the thread that calls it: one another thread left holding a lock would
    deadlock the copy); else 1."""
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return 1
    return max(1, min(MAX_PROCESSES, len(os.sched_getaffinity(0))))


def _scored_in_parallel(
    score_rows: Callable[[Iterable[int], ProgressFn | None], list[_Scored]],
    n: int,
    processes: int,
    progress: ProgressFn | None,
) -> list[_Scored]:
    """Run ``score_rows`` over rows 0..n-1 in *processes* processes (:func:`_in_processes`): this
    process takes every *processes*-th row from 0, reporting *progress*, and each forked child
    those from 1, 2, ... (rows are dearer early in a story, so interleaving shares the work
    evenly) and sends its pairs back. A child that cannot be forked, fails or is killed has its
    rows scored here: the result is always that of one process, pair for pair."""
    shares = _in_processes([partial(score_rows, range(first, n, processes), None if first else progress)
                            for first in range(processes)])
    return list(chain.from_iterable(shares))


def _forked(work: Callable[[], Any]) -> list[int] | None:
    """A forked child that runs *work* and sends what it returns back through a pipe (marshal:
    plain values only), as [its pid, the pipe's read end] (see :func:`_result_of`,
    :func:`_end_child`); None where no pipe or process could be made."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # pragma: no cover - the child; what it sends is checked in the parent
        status = 1
        try:
            # Signals are the parent's to handle; asyncio's wake-up pipe is the parent's.
            signal.set_wakeup_fd(-1)
            for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                signal.signal(number, signal.SIG_DFL)
            os.close(read_end)
            data = marshal.dumps(work())
            view = memoryview(data)
            while view:
                view = view[os.write(write_end, view) :]
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return [pid, read_end]


def _result_of(child: list[int]) -> Any:
    """What the forked *child* (:func:`_forked`) sent, once it has ended and is reaped; None where
    it failed or was killed. Its read end is -1 once closed, its pid 0 once reaped."""
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    child[1] = -1  # its pipe is closed
    _, status = os.waitpid(pid, 0)
    child[0] = 0  # reaped
    if status == 0:
        with suppress(EOFError, ValueError, TypeError):
            return marshal.loads(data)
    return None


def _end_child(child: list[int]) -> None:
    """Kill and reap the forked *child* (:func:`_forked`) unless reaped, and close its pipe's read end unless closed."""
    pid, read_end = child
    if pid > 0:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with suppress(OSError):
            os.waitpid(pid, 0)
    if read_end >= 0:
        with suppress(OSError):
            os.close(read_end)


def _in_processes(works: Sequence[Callable[[], Any]]) -> list[Any]:
    """What each of *works* returns, in order: the first done here while each other is done at
    once in a forked child (:func:`_forked`; what it returns must be plain values, as marshal
    carries them). The work of a child that cannot be forked, fails or is killed is done here:
    the result is always that of one process doing each in turn."""
    children: list[tuple[list[int], int]] = []  # (the child as _forked gives it, its work)
    try:
        for k in range(1, len(works)):
            child = _forked(works[k])
            if child is None:
                break
            children.append((child, k))
        results = [works[0]()] if works else []
        given = {k: child for child, k in children}
        for k in range(1, len(works)):
            result = _result_of(given[k]) if k in given else None
            results.append(works[k]() if result is None else result)
        return results
    finally:
        for child, _ in children:  # interrupted: end the children left
            _end_child(child)


class Known(NamedTuple):
    """A link already found, as far as vouching needs it: which pair, how strongly, and whether
    it vouches for others (only a link a rule made alone does, as in a full run: not one that
    third outlets vouched for, :attr:`Link.vouched`, nor one by meaning, :attr:`Link.similarity`)."""

    a: Ref
    b: Ref
    score: float
    vouches: bool = True


def _vouches(old: Link | Known) -> bool:
    """Whether the link *old* found earlier vouches for pairs (see :class:`Known`)."""
    if isinstance(old, Known):
        return old.vouches
    return not old.vouched and old.similarity is None


#: A link's two ends, (a, b), in C (the sort key of the links :func:`link` returns: tens of thousands of them).
_LINK_ENDS = itemgetter(0, 1)


def link(
    articles: Sequence[Article],
    *,
    threshold: float = 0.35,
    sentence_threshold: float = 0.4,
    support: float = 0.5,
    floor: float = 0.1,
    prefix: int = 20,
    cap_floor: int = 64,
    cap_root: float = 1.0,
    min_shared: int = 2,
    new_from: int = 0,
    known: Sequence[Link | Known] = (),
    progress: ProgressFn | None = None,
    model: Model | None = None,
    collect: Callable[[Ref, Ref, tuple[float, ...], LinkKind | None], None] | None = None,
    processes: int | None = None,
) -> list[Link]:
    """Link the paragraphs of *articles* across outlets.

    Args:
        articles: the story; paragraphs of one article are never linked to each other.
        threshold: the least shared content (0..1) for a paraphrase link.
        sentence_threshold: the same for one sentence of each paragraph, when either has several.
        support: the least score of the links through which a third paragraph vouches for a pair.
        floor: the least content a vouched-for pair must share on each side.
        prefix: how many of its rarest stems index each paragraph for candidate search.
        cap_floor, cap_root: stems in more than max(cap_floor, cap_root * sqrt(paragraphs))
            paragraphs are too common to index.
        min_shared: how many indexed stems a pair must share to be scored.
        new_from: link only pairs with at least one article at this index or later (the
            articles a library has just added; the older pairs are already linked).
        known: the links already found between the older articles, through which a
            third outlet vouches for a new pair as in a full run.
        progress: called now and then with the fraction done, from the calling thread.
        model: a learned combination that links pairs no rule links (bench/train_linker.py
            trains one on development data; none by default: measured on stories it was
            not trained on, it added wrong links, see the README of bench/).
        collect: for training and measuring: called with each pair the model weighs, its
            features and the kind the rules gave it (None).
        processes: how many processes link a story of :data:`PARALLEL_FROM` paragraphs or
            more (forked, Linux only); None: one per CPU where this process has one thread (see
            :func:`_default_processes`), 1: this one only. The links are the same either way.
            Each forked child, and this process, tokenises a run of the story and counts its
            stems (:func:`_tokenised_in_parallel`), works out a run's index entries
            (:func:`_index_entries`) and scores a share of the rows (:func:`_scored_in_parallel`;
            never with *collect*); this process alone merges the runs, ranks the stems, builds
            the postings, and after scoring vouches for pairs and makes the links.

    Returns:
        The links, each pair once with ``a`` before ``b`` in story order, sorted.
    """
    with paused_gc():
        return _link(articles, threshold=threshold, sentence_threshold=sentence_threshold, support=support,
                     floor=floor, prefix=prefix, cap_floor=cap_floor, cap_root=cap_root, min_shared=min_shared,
                     new_from=new_from, known=known, progress=progress, model=model, collect=collect,
                     processes=_default_processes() if processes is None else processes)


def _link(
    articles: Sequence[Article],
    *,
    threshold: float,
    sentence_threshold: float,
    support: float,
    floor: float,
    prefix: int,
    cap_floor: int,
    cap_root: float,
    min_shared: int,
    new_from: int,
    known: Sequence[Link | Known],
    progress: ProgressFn | None,
    model: Model | None,
    collect: Callable[[Ref, Ref, tuple[float, ...], LinkKind | None], None] | None,
    processes: int,
) -> list[Link]:
    # Each paragraph's words, stems, quotations and negations; what its numbers count and say and
    # its sources only where a pair needs them (full(), in the process scoring the pair).
    paras, complete, df = _prepare_in_two(articles, processes)
    completed: list[_Paragraph | None] = [None] * len(paras)

    def full(k: int) -> _Paragraph:
        para = completed[k]
        if para is None:
            para = completed[k] = complete(paras[k])
        return para

    counting: dict[int, _Paragraph] = {}

    def numbered(k: int) -> _Paragraph:
        """Paragraph *k* with what its numbers count (:attr:`_Paragraph.counted`), completed or not."""
        para = completed[k] or counting.get(k)
        if para is None:
            para = counting[k] = paras[k]._replace(counted=complete.counted(paras[k]))
        return para

    counts: dict[int, frozenset[tuple[str, float]]] = {}

    def counts_of(k: int) -> frozenset[tuple[str, float]]:
        """What paragraph *k* counts (:func:`_counts`), read alone where it is not completed: the
        count rule completes only the pairs that give one count, and an article's frame is read
        from its paragraphs' counts."""
        if k not in counts:
            para = completed[k]
            counts[k] = _counts(para) if para is not None else complete.counts(paras[k])
        return counts[k]

    n = len(paras) or 1
    idf = {s: math.log((n + 1) / (count + 0.5)) for s, count in df.items()}
    once = math.log((n + 1) / 1.5)  # the idf of a stem one paragraph holds
    # The story's numbers in digits that are no year: two paragraphs sharing one may give it of
    # different things ("17 cases" / "17 stores": _numbers_apart). One set, so that a pair's
    # shared stems are looked up in C, not each read (tens of thousands of pairs).
    numerals = frozenset(s for s in df if s[:1].isdigit() and not is_year(s))

    # A stem in more paragraphs than this says little about which fact a paragraph
    # reports. A paragraph whose every stem is that common (wire copy reprinted by
    # more outlets than the cap) still indexes its rarest few, so it still links.
    cap = max(cap_floor, int(cap_root * math.sqrt(n)))
    # Stems by rarity (ties by name, so the result does not hang on set order): a
    # paragraph's stems sorted by rank are sorted rarest first, and those ranked
    # from `too_common` on are in more than `cap` paragraphs.
    order = sorted(df)
    order.sort(key=df.__getitem__)  # stable: by name where as common
    rank = dict(zip(order, range(len(order))))
    too_common = bisect_right(list(map(df.__getitem__, order)), cap)
    # Each paragraph's index entry and information, in up to *processes* processes: a run each.
    entries = partial(_index_entries, rank=rank, too_common=too_common, idf=idf, prefix=prefix, min_shared=min_shared)
    runs = processes if processes > 1 and len(paras) >= PARALLEL_FROM else 1
    bounds = [round(len(paras) * k / runs) for k in range(runs + 1)]
    indexed: list[list[int]] = []
    common: list[int] = []
    totals: list[float] = []
    for start, (run_indexed, run_common, run_totals) in zip(
        bounds, _in_processes([partial(entries, paras[bounds[k] : bounds[k + 1]]) for k in range(runs)])
    ):
        indexed.extend(run_indexed)
        common.extend(start + k for k in run_common)
        totals.extend(run_totals)
    postings: list[list[int]] = [[] for _ in order]  # by rank, each in ascending order
    crowded: dict[tuple[int, ...], list[int]] = defaultdict(list)  # paragraphs of common stems only, by their rarest
    for i in common:
        crowded[tuple(indexed[i])].append(i)
    # Paragraphs of common stems only that are more than CROWD * cap to share their rarest (a
    # story's one wire paragraph reprinted by hundreds of outlets; or text of a few words
    # shuffled, whose every pair would be a candidate: hours and gigabytes for a few thousand
    # paragraphs) are told apart by their opening words: copies open alike.
    for members in crowded.values():
        if len(members) > CROWD * cap:
            openings: dict[tuple[int, ...], list[int]] = defaultdict(list)
            for i in members:
                openings[paras[i].words[:OPENING_WORDS]].append(i)
            for group in openings.values():
                keys = list(range(len(postings), len(postings) + min_shared))
                postings.extend([] for _ in keys)
                for i in group:
                    indexed[i] = keys
    for i, rare in enumerate(indexed):
        for r in rare:
            postings[r].append(i)

    short = {k for k, rare in enumerate(indexed) if len(rare) < min_shared}
    # Every rule needs the shared stems to carry some share of the information on
    # one side (runs and quotations are made of shared stems), so pairs below that
    # are dropped before the costly word alignment.
    least = min(QUOTE_COVER, threshold)
    sentences: dict[int, _Sentences] = {}

    def split(k: int) -> _Sentences:
        """Paragraph *k*'s sentences (:func:`_sentence_split`), read where a pair first needs them."""
        if k not in sentences:
            sentences[k] = _sentence_split(paras[k])
        return sentences[k]

    def sentences_of(k: int) -> tuple[frozenset[str], ...]:
        return split(k)[1]

    # An article's paragraphs are one run of indexes, so the candidates of a
    # paragraph are the postings from its article's end on: one bisect skips every
    # paragraph of its own article, however long the article.
    article_end = [0] * len(paras)
    for i in range(len(paras) - 1, -1, -1):
        same = i + 1 < len(paras) and paras[i + 1].article == paras[i].article
        article_end[i] = article_end[i + 1] if same else i + 1
    climbs = range(min_shared - 1, 0, -1)  # the levels of `seen` below, from the top down
    first_new = next((k for k, para in enumerate(paras) if para.article >= new_from), len(paras))
    # A quotation one outlet prints whole inside the other's is a quote link, whatever else the
    # two share: those pairs are candidates, and scored, however little they share.
    quoted_with = _quoted_pairs(paras, first_new, CROWD * cap)

    # The counts each article gives in more than one of its paragraphs: its frame (see
    # _counted_alike), read where a pair first needs them.
    article_start: dict[int, int] = {}
    for k in range(len(paras) - 1, -1, -1):
        article_start[paras[k].article] = k
    frames: dict[int, frozenset[tuple[str, float]]] = {}

    def framing(article: int) -> frozenset[tuple[str, float]]:
        if article not in frames:
            start = article_start[article]
            given = Counter(chain.from_iterable(map(counts_of, range(start, article_end[start]))))
            frames[article] = frozenset(count for count, times in given.items() if times > 1)
        return frames[article]

    def score_rows(rows: Iterable[int], report: ProgressFn | None) -> list[_Scored]:
        """Score paragraph *i*'s candidate pairs (i, j > i) for each *i* of *rows*."""
        found_pairs: list[_Scored] = []
        step = max(1, n // 50)
        for i in rows:
            p = paras[i]
            if report and i % step == 0:
                report(i / n)
            # Candidates: paragraphs of later articles sharing min_shared indexed stems
            # (only new ones when the pair would otherwise be two old articles).
            end = max(article_end[i], first_new)
            # seen[k]: the paragraphs met in more than k of the postings so far. Set
            # operations keep the counting in C; each posting list moves its members up one.
            seen: list[set[int]] = [set() for _ in range(min_shared)]
            rare = indexed[i]
            need = min(min_shared, len(rare))
            # Each posting list's paragraphs past this one's article, where it has some (a list
            # has none where it is a name of this fact's last report), in one comprehension.
            laters = [members[bisect_left(members, end) :] for members in map(postings.__getitem__, rare) if members[-1] >= end]
            # The last posting list (the most common stem's, the longest) only moves members
            # up: no list after it reads seen[0], unless short paragraphs do below.
            last = len(laters) - 1 if need > 1 and not short else len(laters)
            if min_shared == 2:  # (the default: the two levels by name, no loop over them)
                one, both = seen
                for t, later in enumerate(laters):
                    both |= one.intersection(later)
                    if t != last:
                        one.update(later)
            else:
                for t, later in enumerate(laters):
                    for k in climbs:
                        seen[k] |= seen[k - 1].intersection(later)
                    if t != last:
                        seen[0].update(later)
            # A paragraph of one or two content words indexes fewer stems than a pair
            # needs to share: it is a candidate of any paragraph it shares one with.
            found = seen[need - 1] if rare else set()
            if short:
                found = found | (seen[0] & short)
            quoting = quoted_with.get(i, ())
            if quoting:
                found = found | {j for j in quoting if j >= end}
            for j in sorted(found):
                q = paras[j]
                shared = p.stems & q.stems
                weight = fsum(map(idf.__getitem__, shared))
                cover_p, cover_q = weight / totals[i], weight / totals[j]
                if max(cover_p, cover_q) < least and min(cover_p, cover_q) < floor and j not in quoting:
                    continue  # (and so with fewer stems shared, as below)
                if p.has_number and q.has_number and not numerals.isdisjoint(shared) and (
                    apart := _numbers_apart(numbered(i), numbered(j))
                ):
                    # a number both give of different things ("17 cases" / "17 stores") is no word they share
                    shared = shared - apart
                    weight = fsum(map(idf.__getitem__, shared))
                    cover_p, cover_q = weight / totals[i], weight / totals[j]
                    if max(cover_p, cover_q) < least and min(cover_p, cover_q) < floor and j not in quoting:
                        continue
                # Only a pair that some rule could accept needs the word alignment; the
                # rest are kept, with their covers, in case a third outlet vouches for them.
                f = None
                result = None
                mean = (cover_p + cover_q) / 2
                by_words = max(cover_p, cover_q) >= RUN_COVER or mean >= threshold or (
                    max(cover_p, cover_q) >= QUOTE_COVER and (p.has_quote or q.has_quote)
                ) or j in quoting
                if not by_words and mean >= threshold * min(FIGURE_DISCOUNT, POINT_DISCOUNT):
                    p, q = full(i), full(j)
                if by_words or (mean >= threshold * FIGURE_DISCOUNT and (_same_quantity(p, q) or _one_outcome(p, q))) or (
                    mean >= threshold * POINT_DISCOUNT and _named_point(p, q)
                ):
                    f = pair_features(p, q, idf, shared=shared, weight=weight, totals=(totals[i], totals[j]), evidence=False)
                    result = copy_kind(f)
                    if result is None:
                        p, q = full(i), full(j)
                        f = weigh_evidence(p, q, f)
                        result = classify_pair(f, threshold=threshold)
                if result is None and max(cover_p, cover_q) >= least and len(shared) >= 3 and shared.isdisjoint(
                    p.negated ^ q.negated
                ):
                    p, q = full(i), full(j)
                    if not _outcomes_differ(p, q) and not _counts_differ(p, q):
                        result = _sentence_match(sentences_of(i), sentences_of(j), idf, sentence_threshold, p.sources | q.sources)
                if result is None and len(shared) > COUNT_WORDS and not counts_of(i).isdisjoint(counts_of(j)):
                    p, q = full(i), full(j)
                    if _counted_alike(p, q, shared, framing(p.article) | framing(q.article)):
                        result = (LinkKind.PARAPHRASE, mean)
                if result is None and p.has_number and q.has_number and not (
                    p.stems.isdisjoint(_OUTCOME_STEMS) or q.stems.isdisjoint(_OUTCOME_STEMS)
                ):
                    p, q = full(i), full(j)
                    if _one_count(p, q, shared):
                        result = (LinkKind.PARAPHRASE, mean)
                if (model or collect) and (result is None or collect) and mean >= LEARNED_GATE:
                    p, q = full(i), full(j)
                    # What no rule links alone, the learned combination of every measure may.
                    f = weigh_evidence(p, q, f or pair_features(p, q, idf, shared=shared, weight=weight, totals=(totals[i], totals[j])))
                    measures = learned_features(p, q, f, sentences_of(i), sentences_of(j), idf, n)
                    if collect:
                        collect(p.ref, q.ref, measures, result[0] if result else None)
                    if (
                        result is None
                        and model is not None
                        and not (f.evidence and (f.evidence.negation_differs or f.evidence.quotes_differ))
                        and learned_probability(measures, model) >= model.threshold
                    ):
                        result = (LinkKind.PARAPHRASE, mean)
                if result is not None and (f.other_statements if f is not None else (
                    p.has_quote and q.has_quote and _other_statements(p, q, shared)
                )):
                    result = None  # (by a sentence, or the learned combination: see _other_statements)
                if result is not None:
                    # A linked pair's shared spans now, while its alignment is at hand.
                    if f is None:
                        f = pair_features(p, q, idf, shared=shared, weight=weight, totals=(totals[i], totals[j]), evidence=False)
                    kind, score = result
                    if kind is not LinkKind.PARAPHRASE:
                        score -= _reversed_share(p, q, idf, min(totals[i], totals[j]))
                        if kind is LinkKind.VERBATIM and _left_out(p, q, (split(i), split(j))):
                            # the same wording of what one says, a sentence of the other's left out:
                            # not the same wording, the same fact, of as much as the two share
                            kind, score = LinkKind.PARAPHRASE, mean
                        elif kind is LinkKind.VERBATIM:  # copy; a quote link's score is its quotation's
                            score -= _respelt_share(p, q, idf, once, (totals[i], totals[j]))
                    found_pairs.append((i, j, cover_p, cover_q, kind.value, score, *spans(p, q, f)))
                elif min(cover_p, cover_q) >= floor:
                    found_pairs.append((i, j, cover_p, cover_q, None, 0.0, (), ()))
        return found_pairs

    # Large stories are scored by several processes at once (see _scored_in_parallel): the
    # learned model's training callback must run here, so it keeps to this one.
    if processes > 1 and len(paras) >= PARALLEL_FROM and collect is None:
        rows_scored = _scored_in_parallel(score_rows, len(paras), processes, progress)
    else:
        rows_scored = score_rows(range(len(paras)), progress)
    scored: dict[tuple[int, int], _Scored] = {(row[0], row[1]): row for row in rows_scored}
    # Two counts of nought of one outcome report one fact in any words ("Nobody was hurt" / "No
    # injuries were reported"): sharing no stem, such a pair was never a candidate above.
    for i, j in _nought_pairs(paras, first_new, CROWD * cap):
        if scored.get((i, j), (None,) * 5)[4] is None:
            scored[(i, j)] = _nought_link(paras, i, j, idf, totals)
    # Two paragraphs that give one time of day and a word of what happened then ("broke out
    # about 8.40pm" / "broke out in the roof at 8.49pm") tell when one thing happened, in however
    # few words alike: too few for the rules above, which ask a share of either's content.
    for i, j in _clock_pairs(paras, first_new, CROWD * cap, full):
        if scored.get((i, j), (None,) * 5)[4] is None and (clocked := _clock_link([full(i), full(j)], 0, 1, idf, [totals[i], totals[j]])) is not None:
            clocked = (i, j, *clocked[2:])
            scored[(i, j)] = clocked

    def kept_unlinked(x: int, y: int) -> tuple[float, float] | None:
        """The covers of the old pair (*x* < *y*) as score_rows weighs a candidate it keeps unlinked,
        or None where a full run would not keep it: not a candidate (too few indexed stems alike,
        as score_rows' postings count them), or less than *floor* of either side's content shared."""
        alike = len(set(indexed[x]).intersection(indexed[y]))
        if not (indexed[x] and alike >= min(min_shared, len(indexed[x])) or y in short and alike):
            return None
        p, q = paras[x], paras[y]
        shared = p.stems & q.stems
        if p.has_number and q.has_number and not numerals.isdisjoint(shared):
            shared = shared - _numbers_apart(numbered(x), numbered(y))
        weight = fsum(map(idf.__getitem__, shared))
        cover_p, cover_q = weight / totals[x], weight / totals[y]
        return (cover_p, cover_q) if min(cover_p, cover_q) >= floor else None

    # Two paragraphs that both report what a third outlet's paragraph reports, and
    # share some content themselves, report the same fact: news rewrites one
    # source, so each rewording is closer to the source than to the others.
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    position = {para.ref: k for k, para in enumerate(paras)}
    # (links of WEAK_SUPPORT too: VOUCHERS outlets linking to both at that score vouch together)
    least_support = min(support, WEAK_SUPPORT)
    # (of the links found earlier, those a rule made alone: in a full run the links made by
    # vouching are made after it, and vouch for none)
    vouching = [old for old in known if _vouches(old)]
    for old in vouching:
        x, y = position.get(old.a), position.get(old.b)
        if x is not None and y is not None and old.score >= least_support:
            neighbours[x][y] = neighbours[y][x] = old.score
    linked_with: dict[int, set[int]] = defaultdict(set)  # every link, however weak (see _clause_match)
    for old in vouching:
        x, y = position.get(old.a), position.get(old.b)
        if x is not None and y is not None:
            linked_with[x].add(y)
            linked_with[y].add(x)
    for i, j, _, _, kind, score, _, _ in scored.values():
        if kind is not None:
            linked_with[i].add(j)
            linked_with[j].add(i)
            if score >= least_support:
                neighbours[i][j] = neighbours[j][i] = score
    # A new paragraph vouches for pairs of old ones too, as it would in a full run: the old
    # pairs it links to, however weakly (the clause, outcome and verb tests below need only a
    # link), that were candidates no rule linked, are kept here as score_rows keeps them.
    ends = [(position.get(o.a), position.get(o.b)) for o in known]
    linked = {*ends, *((y, x) for x, y in ends)}  # either way round, as stored
    for k in range(first_new, len(paras)) if first_new else ():  # none are old in a full run
        for x, y in combinations(sorted(x for x in linked_with.get(k, ()) if x < first_new), 2):
            if (x, y) in linked or (x, y) in scored or paras[x].article == paras[y].article:
                continue
            if (covers := kept_unlinked(x, y)) is not None:
                scored[(x, y)] = (x, y, *covers, None, 0.0, (), ())
    links: list[Link] = []
    kinds = {k.value: k for k in LinkKind}  # (LinkKind(value) costs a microsecond; tens of thousands of links)
    for i, j, cover_p, cover_q, kind, score, spans_p, spans_q in scored.values():
        p, q = paras[i], paras[j]
        if kind is None:
            vouched = _vouched(paras, neighbours, i, j, support, min(cover_p, cover_q))
            if vouched is None:
                # A paragraph of a third outlet linked to both, however weakly, and one clause of
                # each that reports the same (_clause_match), or one outcome both tell happened to
                # the same ones (_one_outcome: "forcing residents living nearby to be temporarily
                # evacuated" / "Sixty local residents had to be evacuated"), or a verb of what
                # happened both use, with VERB_COVER of their content ("which has destroyed a
                # Waitrose supermarket" / "the store which is almost totally destroyed"): one fact
                # of a sentence that gives several, which its other words dilute below every rule.
                if not any(paras[k].article not in (p.article, q.article) for k in linked_with[i] & linked_with[j]):
                    continue
                p, q = full(i), full(j)
                f = pair_features(p, q, idf, totals=(totals[i], totals[j]))
                if f.other_statements or f.evidence is None or not _evidence_ok(f, f.evidence) or (
                    not f.evidence.same_outcome
                    and not ((cover_p + cover_q) / 2 >= VERB_COVER and _verbs(p) & _verbs(q) - _names(p) - _names(q))
                    and _clause_match(p, q, idf) < CLAUSE_COVER
                ):
                    continue
                links.append(Link(p.ref, q.ref, round(min(1.0, (cover_p + cover_q) / 2), 4), LinkKind.PARAPHRASE,
                                  *spans(p, q, f), vouched=True))
                continue
            # ... and share something of their own beyond who said it (a quantity both give counts,
            # as in evidence_of): a paragraph of two facts ("300 moved to a sports hall ... Nobody
            # was hurt") vouches for no pair of its facts' reports that share only their source
            # ("..., the fire service said").
            p, q = full(i), full(j)
            if _outcomes_differ(p, q) or _counts_differ(p, q) or (
                len(p.stems & q.stems - ATTRIBUTION - p.sources - q.sources) + _same_quantity(p, q) < 2
            ) or p.has_quote and q.has_quote and _other_statements(p, q, p.stems & q.stems):
                continue
            # Outlets that vouch together vouch for a claim the pair words alike, not for two leads
            # naming the story's people ("Blinken and Qin Gang confirmed they will maintain
            # dialogue" / "Qin Gang told Mr Blinken that Beijing was committed to ..."): two words
            # of what they say beyond names and who said it.
            if vouched == "weak" and len(p.stems & q.stems - _names(p) - _names(q) - ATTRIBUTION - p.sources - q.sources) < 2:
                continue
            f = pair_features(p, q, idf, shared=p.stems & q.stems, totals=(totals[i], totals[j]), evidence=False)
            links.append(Link(p.ref, q.ref, round(min(1.0, (cover_p + cover_q) / 2), 4), LinkKind.PARAPHRASE,
                              *spans(p, q, f), vouched=True))
            continue
        links.append(Link(p.ref, q.ref, round(min(1.0, score), 4), kinds[kind], spans_p, spans_q))
    links = beside_copies(links)
    links.sort(key=_LINK_ENDS)  # Refs are tuples: by article, then paragraph
    if progress:
        progress(1.0)
    return links


#: What parts one clause of a sentence from the next (see :func:`_clauses`): a clause's punctuation
#: (not a quotation mark: 'being treated by police as "potentially suspicious"' is one), and the words that open a clause of its own ("..., which virtually destroyed the
#: store", "... while premises nearby suffered", "... after being evacuated").
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]\u2013\u2014]")
_CLAUSE_OPENERS = frozenset("which who whom whose where while whereas and but after before when following".split())
#: The least mean share of two clauses' content (one of each paragraph) that they share, beyond
#: names and who said it, for a pair a third outlet links to both to be one fact (see :func:`_clause_match`).
CLAUSE_COVER = 0.45
#: ... and the least stems they share that are no name, number or unit ("destroyed the store").
CLAUSE_WORDS = 2


def _clauses(para: _Paragraph) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The content stems of each clause of *para* that has some, and those of them it gives only
    inside a quotation: its sentences cut at a clause's punctuation and before the words that open
    a clause (:data:`_CLAUSE_OPENERS`)."""
    text, flat, stem_seq, quoted = para.text, para.offsets, para.stem_seq, para.quoted
    found: list[tuple[frozenset[str], frozenset[str]]] = []
    clause: set[str] = set()
    said: set[str] = set()  # (those it gives outside a quotation)
    for k, s in enumerate(stem_seq):
        if k and (
            _CLAUSE_BREAK.search(text, flat[2 * k - 1], flat[2 * k])
            or text[flat[2 * k] : flat[2 * k + 1]].lower() in _CLAUSE_OPENERS
        ):
            if clause:
                found.append((frozenset(clause), frozenset(clause - said)))
            clause, said = set(), set()
        if s:
            clause.add(s)
            if not quoted[k]:
                said.add(s)
    if clause:
        found.append((frozenset(clause), frozenset(clause - said)))
    return found


def _clause_match(p: _Paragraph, q: _Paragraph, idf: dict[str, float]) -> float:
    """The best mean idf cover of one clause of *p* and one of *q* (:func:`_clauses`) that share
    :data:`CLAUSE_WORDS` stems beyond names, numbers, units and the words both give only inside
    quotations, in [0, 1]; 0.0 where none do. What either says of who reports
    (:data:`ATTRIBUTION`, their attribution clauses) is no content of a clause; the words of two
    quotations are two statements, which the quote rules weigh ('stressed "keeping open
    channels of communication"' / 'urged "open channels of communication to avoid"'). A
    sentence that gives several facts ("More than 50 firefighters fought the blaze, which
    virtually destroyed the store") shares one of them with another outlet's sentence ("A huge
    fire has destroyed the store") in one clause, which its whole dilutes."""
    ignore = ATTRIBUTION | p.sources | q.sources
    plain_out = _names(p) | _names(q) | _COUNT_FILLERS
    best = 0.0
    theirs = [(c - ignore, quoted) for c, quoted in _clauses(q)]
    for clause, quoted in _clauses(p):
        ours = clause - ignore
        for other, also_quoted in theirs:
            shared = ours & other
            if len(shared) < CLAUSE_WORDS:
                continue
            statements = quoted & also_quoted
            plain = [s for s in shared if s not in plain_out and s not in statements and not s[:1].isdigit() and not is_number(s)]
            if len(plain) >= CLAUSE_WORDS:
                weight = fsum(map(idf.__getitem__, shared))
                best = max(best, (weight / _weight(ours, idf) + weight / _weight(other, idf)) / 2)
    return best


#: The least mean share of content a pair must share, beside a verb of what happened both use, for
#: a third outlet's paragraph linked to both to make them one fact (see :func:`_verbs`).
VERB_COVER = 0.15


def _verbs(para: _Paragraph) -> frozenset[str]:
    """The stems of the words of *para* that read as verbs of what happened: a word in "-ed" or
    "-ing" ("destroyed", "tackling", "evacuated"), but no verb of speech (who said it), no word of
    attribution, no hedge ("believed", "reported": core.text.HEDGES) and no name."""
    text, flat = para.text, para.offsets
    found = set()
    for k, s in enumerate(para.stem_seq):
        if s and s not in _SPEECH and s not in ATTRIBUTION:
            word = text[flat[2 * k] : flat[2 * k + 1]].lower()
            if word.endswith(("ed", "ing")) and word not in HEDGES:
                found.add(s)
    return frozenset(found)


def _vouched(
    paras: Sequence[_Paragraph], neighbours: dict[int, dict[int, float]], i: int, j: int, support: float, cover: float
) -> str | None:
    """How third outlets vouch for the pair (*i*, *j*) that no rule linked: "strong" where a
    paragraph of another article links to both with scores of at least *support*; "weak" where
    paragraphs of :data:`VOUCHERS` other articles link to both with scores of at least
    :data:`WEAK_SUPPORT` and the pair shares :data:`WEAK_COVER` of each side's content (*cover*:
    the lesser share); else None. *neighbours*: each paragraph's linked paragraphs and the links' scores."""
    ours, theirs = neighbours[i], neighbours[j]
    articles = (paras[i].article, paras[j].article)
    outlets = set()
    for k in ours.keys() & theirs.keys():
        if paras[k].article in articles:
            continue
        weaker = min(ours[k], theirs[k])
        if weaker >= support:
            return "strong"
        if weaker >= WEAK_SUPPORT:
            outlets.add(paras[k].article)
    return "weak" if len(outlets) >= VOUCHERS and cover >= WEAK_COVER else None


def beside_copies(links: Sequence[Link]) -> list[Link]:
    """*links* without those that cross two outlets' copies of one report: where each paragraph
    of a link (not itself a copy) is the verbatim copy of another paragraph of the other article,
    each paragraph's fact is the one its copy carries, and the link joins two facts that share
    words ("cut its main policy rate by 0.5 percentage point" / "had discussed a larger cut of 0.75
    percentage point", both agency copy): it would report the 0.5 and the 0.75 as a
    disagreement. A paragraph with no copy in the other article keeps its links (an outlet's own
    paragraph beside the agency's).

    Shape: the links in, in their order, fewer or as many; pure."""
    copies: dict[tuple[Ref, str], set[Ref]] = defaultdict(set)  # a paragraph, an article -> its copies there
    for l in links:
        if l.kind is LinkKind.VERBATIM:
            copies[(l.a, l.b.article)].add(l.b)
            copies[(l.b, l.a.article)].add(l.a)
    if not copies:
        return list(links)
    return [
        l for l in links
        if l.kind is LinkKind.VERBATIM
        or not (copies.get((l.a, l.b.article), set()) - {l.b} and copies.get((l.b, l.a.article), set()) - {l.a})
    ]
