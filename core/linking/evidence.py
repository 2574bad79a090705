"""Why two paragraphs are linked, and what one changed of the other.

A link joins two paragraphs that report one fact; this module says, from their two
texts alone, what they share (the evidence: content words, figures, a quotation) and
where they differ in a way a reader must see: a figure ("12" / "Fifteen", "Nobody" /
"Several"), a name ("Lindqvist" / "Lindquist", "Del Vecchio" / "Delvecchio"), a date
("Thursday" / "Friday") or a negation ("not guilty" / "guilty").

Differences come from a word alignment (rapidfuzz's Levenshtein opcodes over the folded
words, a name one side joins or splits made one word on both): a short replaced stretch
whose words are numbers, day or month names, capitalised names, or a negation inserted
or dropped; in copy, a person's title and name put for another's, however long ("Governor
Helena Marsk" / "Deputy Governor Piet Andersen", a title word both keep splitting the change;
"said Mayor Tomas Berg, who chairs ...": the name before its comma). A quotation both carry
given to two people is a name difference too, read as the quotes view reads who said it
(core.quotations), in a rewording as well. For reworded paragraphs the alignment says little, so figures are also
compared by what they count: two numbers next to the same content word ("12 people were
killed" / "killed fifteen") that differ are a figure difference, a number paired first
with the one that counts the same thing. A claim is compared so too: a verb put for its
opposite ("The union rejected an offer" / "said it would accept the offer"; "rose" / "fell")
said of the same thing (who does it, what it is done to) is an outcome reversed, and a negated
verb is its opposite ("rejected" / "would not accept": no difference). Deterministic: the same
two texts always give the same result.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import chain
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein, Opcode

from core.model import Article, Ref
from core.numbers import CLOCK_TIME, NUMBER_WORDS, SCALE_PARTS, SCALES, VAGUE, clock_times, clock_value, designation, is_number, magnitudes, number_value, phrase_value
from core.quantities import (
    BOUNDS, CURRENCY_CODES, ESTIMATES, POINTS, RATE_MOVE, SECONDS, SPREAD, Claim, allowed, consistent, point_unit, precision,
    rate_move, rounded, same_quantity, quantity_key, said_of_rate, share_of, time_precision, action_of, actions_apart, clause_of, contrasted_actions, one_quantity, count_part,
    When, other_time, threshold, when_of, in_report_year, names_year, published_apart, published_day, days_apart, averaged,
    took_part,
)
from core.quotations import find_quotes, person_key
from core.sanitize import without_escape_sequences
from core.text import ONE_LANGUAGE_STOPWORDS, OPPOSITES, OPPOSITE_SIDES, OPPOSITE_STEMS, AUXILIARIES, BE, CURRENCY_SIGNS, CURRENCY_WORDS, HEDGES, LASTING, MONTHS, ORDINALS, OUTCOMES, WEEKDAYS, appositive_age, counted_after, counted_apart, counted_as, date_day, outcome_of, counts_nought, nought_counts, nought_of_a_part, is_negation, is_year, is_stopword, number_of, quote_spans, search_fold, sentence_starts, stem, verb_stems, words_and_offsets

__all__ = ["CUT_COPY_SHARE", "Difference", "Evidence", "cut_copy", "differences", "evidence", "explain"]

#: Words that name a day, by the way they name it: a weekday for another weekday, a month
#: for another month or "today" for "yesterday" changes a date; "Sunday" for "June 18" may be
#: the same day written another way. The weekdays of every language whose months are read
#: (core.calendar_words.weekdays_anywhere: "perşembe" / "cuma", "poniedziałek" / "wtorek") join
#: the English ones where first needed (:func:`_day_names`).
_DAY_NAMES = (
    WEEKDAYS,
    frozenset(MONTHS),
    frozenset("today yesterday tomorrow tonight".split()),
)


@lru_cache(maxsize=1)
def _day_names() -> tuple[frozenset[str], ...]:
    """:data:`_DAY_NAMES`, the weekdays of every language among them, each spelt as a text's words fold it."""
    from core.calendar_words import weekdays_anywhere

    return (WEEKDAYS | frozenset(weekdays_anywhere()), *_DAY_NAMES[1:])


@lru_cache(maxsize=1)
def _days() -> frozenset[str]:
    """Every word of :func:`_day_names`."""
    return frozenset().union(*_day_names())
#: The least share of the shorter text's words that stand in the other's, in order, for copy.
COPY_SHARE = 0.6
#: The longest replaced stretch, in words a side (one figure however long), still reported as one difference.
_MAX_CHANGE = 4


class Difference(NamedTuple):
    """What one side says where the other says something else: ``what`` is figure, date,
    name, negation, outcome (what happened to a count: "missing" / "killed") or sentence (in
    copy, a sentence only one side prints that denies or counts: "It said no bank details were
    taken."); ``a`` and ``b`` are the words as each text prints them ("" for none)."""

    a: str
    b: str
    what: str

    def to_json(self) -> dict[str, str]:
        """As the `links` JSON contract spells it."""
        return {"a": self.a, "b": self.b, "what": self.what}

    def change(self, limit: int | None = None) -> str:
        """The change as one line, "a → b": "∅" for a side that has none, each side cut to *limit*
        characters with "…" (a sentence one side leaves out is long for one line)."""
        def side(words: str) -> str:
            if not words:
                return "∅"
            return words if limit is None or len(words) <= limit else words[: limit - 1].rstrip() + "…"

        return f"{side(self.a)} → {side(self.b)}"


class Evidence(NamedTuple):
    """What two linked paragraphs share: content words (as *a* prints them, in its order),
    figures, and the longest quotation both carry (or None)."""

    words: tuple[str, ...]
    figures: tuple[str, ...]
    quotation: str | None
    #: For a link by meaning (core.linking.semantic): the cosine of the two sentence embeddings.
    similarity: float | None = None

    def to_json(self) -> dict[str, object]:
        """As the `links` JSON contract spells it."""
        data: dict[str, object] = {"words": list(self.words), "figures": list(self.figures), "quotation": self.quotation}
        if self.similarity is not None:
            data["similarity"] = round(self.similarity, 4)
        return data

    def summary(self, limit: int = 6) -> str:
        """One short line: 'quote "…" · figures 12, 5 · words quake, Qeshm, …'."""
        parts = []
        if self.similarity is not None:
            parts.append(f"same meaning {self.similarity:.2f}")
        if self.quotation:
            q = self.quotation if len(self.quotation) <= 40 else self.quotation[:39] + "…"
            parts.append(f"quote “{q}”")
        if self.figures:
            parts.append("figures " + ", ".join(self.figures[:limit]))
        if self.words:
            more = "…" if len(self.words) > limit else ""
            parts.append("words " + ", ".join(self.words[:limit]) + more)
        return " · ".join(parts)


class _Words(NamedTuple):
    folded: list[str]
    surface: list[str]
    text: str
    spans: list[tuple[int, int]]  # each word's characters in *text*
    flat: list[int]  # the same, flat: word k's start and end at 2k and 2k + 1

    def printed(self, start: int, end: int) -> str:
        """Words *start* to *end* (exclusive) as the text prints them ("Twenty-five"); "" for none."""
        return self.text[self.spans[start][0] : self.spans[end - 1][1]] if end > start else ""

    def gap(self, k: int) -> str:
        """What stands between word *k* and the next ("" after the last)."""
        return self.text[self.spans[k][1] : self.spans[k + 1][0]] if k + 1 < len(self.spans) else ""


def _words(text: str) -> _Words:
    folded, flat = words_and_offsets(text)
    spans = [(flat[2 * k], flat[2 * k + 1]) for k in range(len(folded))]
    return _Words(folded, [text[a:b] for a, b in spans], text, spans, flat)


#: The particles a name is written apart from or joined to ("Del Vecchio" / "Delvecchio", "De la
#: Cruz" / "Delacruz", "Van der Berg" / "Vanderberg", "Mc Donald" / "McDonald"), folded.
_PARTICLES = frozenset("de del della di da dos das du des la le van von der den ter mc mac st al el ben bin abu".split())


def _letters(word: str) -> str:
    """*word* as a name's letters are compared: :func:`core.text.search_fold`, without apostrophes and dots."""
    return search_fold(word).replace("'", "").replace(".", "")


def _has_particle(words: _Words) -> bool:
    """Whether a word of *words* is a particle a name may be written apart at (:data:`_PARTICLES`)."""
    return not _PARTICLES.isdisjoint(map(str.lower, words.surface))


def _has_inner_capital(words: _Words) -> bool:
    """Whether a capitalised word of *words* has another capital inside ("McDonald")."""
    return any(w[:1].isupper() and any(map(str.isupper, w[1:])) for w in words.surface)


def _name_keys(other: _Words) -> tuple[dict[str, tuple[str, str]], set[str], set[str]]:
    """What :func:`_joined_names` joins names of another text into, read of *other* alone: its
    capitalised words by their letters (with the word and its folded form), the first letters of
    those with a capital inside ("McDonald"), and every start of their letters."""
    joined = {_letters(w): (w, f) for w, f in zip(other.surface, other.folded) if w[:1].isupper()}
    # Parts not all particles join only into a word with a capital where they meet ("McDonald"):
    # the first letters of such words, to pass over the other windows without joining letters.
    heads = {key[:1] for key, (one, _) in joined.items() if any(map(str.isupper, one[1:]))}
    starts = {key[:end] for key in joined for end in range(1, len(key) + 1)}
    return joined, heads, starts


def _joined_names(words: _Words, other: _Words, *, texts: tuple[str, str] | None = None) -> tuple[_Words, frozenset[int]]:
    """*words* with each name it writes in two or three words that *other* writes as one word
    made one word, whose folded form is the other's ("De la Cruz" for "Delacruz": "delacruz"),
    so the two align; and the indexes, in the result, of the words so made. A name is written
    apart only at a particle (:data:`_PARTICLES`: "de la Cruz", "Van der Berg") or where the joined
    word has a capital ("Mc Donald" / "McDonald"), and its last word is capitalised: "Health Care"
    / "Healthcare" and "Health-Care" / "Healthcare" are no name joined. With *texts*, *words*
    and *other* are those :func:`_read` reads of the two texts, and what is read of each alone
    is read once (:func:`_read`, :func:`_read_names`)."""
    if texts is None:
        particle, inner_capital = _has_particle(words), _has_inner_capital(other)
    else:
        particle, inner_capital = _read(texts[0]).particle, _read(texts[1]).inner_capital
    if not particle and not inner_capital:
        return words, frozenset()  # no particle to join at, no capital inside a word to join into
    joined, heads, starts = _name_keys(other) if texts is None else _read_names(texts[1])[0]
    if not joined:
        return words, frozenset()
    letters_of: Callable[[int], str]
    if texts is None:
        letters: dict[int, str] = {}  # a word's letters, worked out once (each is tried in up to five windows)

        def letters_of(m: int) -> str:
            if m not in letters:
                letters[m] = _letters(words.surface[m])
            return letters[m]
    else:
        letters_of = _read_names(texts[0])[1].__getitem__

    # A window joins only where the letters of its first two words spell the start of a word of
    # the other's (or all of it): where no two words in a row do (most text), nothing joins.
    if not any(letters_of(k) + letters_of(k + 1) in starts for k in range(len(words.folded) - 1)):
        return words, frozenset()
    folded: list[str] = []
    surface: list[str] = []
    spans: list[tuple[int, int]] = []
    made: set[int] = set()
    k = 0
    while k < len(words.folded):
        for n in (3, 2):
            parts = words.surface[k : k + n]
            if len(parts) < n or not parts[-1][:1].isupper():
                continue
            particles = all(p.lower() in _PARTICLES for p in parts[:-1])
            if not particles and (not heads or (head := letters_of(k)[:1]) and head not in heads):
                continue
            found = joined.get("".join(map(letters_of, range(k, k + n))))
            if found is None or any(words.gap(m).strip(" -") for m in range(k, k + n - 1)):
                continue
            one, one_folded = found
            # where the parts meet in the joined word ("Mc|Donald": a capital at 2)
            meets = [sum(len(p) for p in parts[:m]) for m in range(1, n)]
            capitals = len(one) == sum(map(len, parts)) and all(one[at].isupper() for at in meets)
            if capitals or particles:
                made.add(len(folded))
                folded.append(one_folded)
                spans.append((words.spans[k][0], words.spans[k + n - 1][1]))
                surface.append(words.printed(k, k + n))
                k += n
                break
        else:
            folded.append(words.folded[k])
            spans.append(words.spans[k])
            surface.append(words.surface[k])
            k += 1
    if not made:
        return words, frozenset()
    return _Words(folded, surface, words.text, spans, [at for span in spans for at in span]), frozenset(made)


#: The combining forms of names of countries and peoples that stand for them in compounds
#: ("Sino-US talks", "Franco-German"): another form of a name, not another name.
_COMBINING = frozenset(
    "sino anglo franco russo indo afro austro greco italo judeo nippo hispano luso turco "
    "germano polono serbo croato czecho slavo irano arabo israelo"
    .split()
)


def _initials(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether *short* is one word made of the initials of the words of *long* ("US", "U.S."
    for "United States"; "UK" for "United Kingdom")."""
    return len(short) == 1 and len(long) > 1 and short[0].replace(".", "").upper() == "".join(w[0] for w in long).upper()


def _initialism(word: str) -> bool:
    """Whether *word* as printed is an initialism of two to four capitals ("US", "U.S.", "UK", "EU")."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def _shortened(short: str, long: str) -> bool:
    """Whether *short* (folded) is *long* shortened: its plural or possessive dropped ("ko" /
    "kos"), or an abbreviation of it, its letters in order from its first ("lt" / "lieutenant",
    "gov" / "governor", "mo" / "missouri")."""
    short, long = short.rstrip("."), long.rstrip(".")
    if long in (short + "s", short + "'s", short + "’s"):
        return True
    if not short or len(short) > 4 or len(short) >= len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(letter in rest for letter in short[1:])


#: What one English spelling writes for another's ("defence" / "defense", "centre" / "center",
#: "organise" / "organize", "labour" / "labor", "travelled" / "traveled"): no name respelt.
_SPELLINGS = (("ce", "se"), ("re", "er"), ("is", "iz"), ("ys", "yz"), ("our", "or"), ("er", "or"), ("ll", "l"), ("ogue", "og"), ("ae", "e"), ("oe", "e"))


def _respelt_name(a: _Words, a_at: tuple[int, int], b: _Words, b_at: tuple[int, int]) -> bool:
    """Whether one word of a name (word ranges *a_at* of *a*, *b_at* of *b*) is spelt otherwise
    in copy: a capitalised word inside a sentence for one of a letter or two else ("Lindqvist" /
    "Lindquist"). Not a spelling of English (:data:`_SPELLINGS`: "Defence Minister" / "Defense
    Minister"), one word's forms ("Official" / "Officials"), case, accents or dots ("U.S." /
    "US"), nor another name ("Reggie Bush" / "Pierre Thomas")."""
    (i, i_end), (j, j_end) = a_at, b_at
    if i_end - i != 1 or j_end - j != 1 or not i or not j:
        return False
    if _SENTENCE_END.search(a.gap(i - 1)) or _SENTENCE_END.search(b.gap(j - 1)):
        return False  # a sentence's first word is capitalised whatever it is
    x, y = a.surface[i], b.surface[j]
    if not (x[:1].isupper() and y[:1].isupper()) or is_stopword(x.lower()) or stem(x.lower()) == stem(y.lower()):
        return False
    x, y = search_fold(x).replace(".", ""), search_fold(y).replace(".", "")  # "Vendôme" is "vendome"
    if x == y or x[:3] != y[:3] or Levenshtein.distance(x, y) > 2:
        return False
    return not any(x.replace(p, q) == y.replace(p, q) for pair in _SPELLINGS for p, q in (pair, pair[::-1]))


#: The most words a side of a person's title and name still told as another person ("Deputy
#: Governor for Financial Stability Piet Andersen"): longer than other changes (:data:`_MAX_CHANGE`).
_MAX_PERSON = 8


#: Honorifics that are stopwords too ("Dr. Ingrid Solberg", "Mr Berg"): a title, where capitalised.
_HONORIFICS = frozenset("mr mrs ms dr".split())


def _titled_name(words: _Words, start: int, end: int) -> bool:
    """Whether words *start* to *end* of *words* are a name, maybe after a title: they end in two
    or more capitalised words ("Governor Helena Marsk", "chief executive Nils Aronsen"), with no
    number, day or negation among them, and a stopword only inside a name ("Governor for
    Financial Stability"; "in New York", "a mountain in New Zealand" are places said) or as an
    honorific (:data:`_HONORIFICS`: "Dr. Ingrid Solberg")."""
    folded = words.folded[start:end]
    if not 2 <= len(folded) <= _MAX_PERSON or any(is_number(w) or is_negation(w) or w in _days() for w in folded):
        return False
    capital = [w[:1].isupper() for w in words.surface[start:end]]
    if any(is_stopword(w) and not (0 < k < len(folded) - 1 and capital[k - 1] and capital[k + 1]) and not (w in _HONORIFICS and capital[k])
           for k, w in enumerate(folded)):
        return False
    capitalised = 0
    for k in range(end - 1, start - 1, -1):
        if not words.surface[k][:1].isupper() or is_stopword(words.folded[k]):
            break
        capitalised += 1
    return capitalised >= 2


def _other_person(a: _Words, a_at: tuple[int, int], b: _Words, b_at: tuple[int, int]) -> Difference | None:
    """A name change where words *a_at* of *a* and *b_at* of *b* name two people, each maybe with a
    title, that share no surname ("Governor Helena Marsk" / "Deputy Governor Piet Andersen",
    "chief executive Nils Aronsen" / "spokeswoman Eva Holm"): whoever said or did it is another
    person. None for one person titled otherwise ("Governor Helena Marsk" / "Deputy Governor
    Helena Marsk") and for what is no title and name (:func:`_titled_name`)."""
    (i, i_end), (j, j_end) = a_at, b_at
    if not (_titled_name(a, i, i_end) and _titled_name(b, j, j_end)):
        return None
    x, y = _letters(a.surface[i_end - 1]), _letters(b.surface[j_end - 1])
    if stem(x) == stem(y) or _shortened(x, y) or _shortened(y, x):
        return None  # one surname, maybe in its possessive ("Marsk" / "Marsk's")
    if x in map(_letters, b.surface[j:j_end]) or y in map(_letters, a.surface[i:i_end]):
        return None  # one person on both sides ("Paul Ferrin, a researcher with Trend Lab")
    return Difference(a.printed(i, i_end), b.printed(j, j_end), "name")


#: Marks that end a name before what is said of it ("Tomas Berg, who chairs", "Ana Lima (mayor)"):
#: not a full stop, which a title's abbreviation ends with ("Dr. Ingrid Solberg").
_AFTER_NAME = re.compile(r"[,;:()\[\]—–]")


def _name_end(words: _Words, start: int, end: int) -> int:
    """Where a name that opens words *start* to *end* ends: after the first word of them followed
    by a mark that sets off what comes next (:data:`_AFTER_NAME`: "Mayor Tomas Berg, who chairs"),
    else at *end*."""
    return next((k + 1 for k in range(start, end - 1) if _AFTER_NAME.search(words.gap(k))), end)


def _title_kept(ops: Sequence[Opcode], n: int) -> int:
    """The last change of *ops* that words of one title keep joined to change *n*: changes with
    one equal word between them ("Deputy" put in before "Governor" kept, "Helena Marsk" put out
    after it), as many as a title and name hold (:data:`_MAX_PERSON`); *n* where none is."""
    last = n
    while (
        last + 2 < len(ops)
        and ops[last + 1].tag == "equal"
        and ops[last + 1].src_end - ops[last + 1].src_start == 1
        and ops[last + 2].tag not in ("equal", _SENTENCES)
        and max(ops[last + 2].src_end - ops[n].src_start, ops[last + 2].dest_end - ops[n].dest_start) <= _MAX_PERSON
    ):
        last += 2
    return last


#: Other words for opposite outcomes, told only where copy puts one for the other: as adjectives
#: they are said of many things ("a minor road", "a serious offer"), too many for a rewording.
_OPPOSITE_STATES = (
    ("guilty", "innocent"),
    # a degree of harm ("treated for minor injuries" / "for serious injuries"): what happened to them
    ("minor slight light", "serious severe heavy major"),
)
_OPPOSED = frozenset(
    frozenset(pair)
    for pair in chain(
        ((s, t) for s, opposites in OPPOSITE_STEMS.items() for t in opposites),
        ((stem(x), stem(y)) for one, other in _OPPOSITE_STATES for x in one.split() for y in other.split()),
    )
)
#: Forms of :data:`OPPOSITES` that are as often a noun or an adjective ("a 20-13 win", "a lower
#: risk", "close to", "a touchdown pass", "a ban on", "a support chip"): told where copy puts one
#: for another, never read as a verb in a rewording.
_NOT_VERBS = frozenset("win wins lower lowers close clear open pass passes ban bans block blocks permit permits grant grants lift support supports".split())
#: The forms of :data:`OPPOSITES` read as verbs in a rewording, folded.
_VERB_FORMS = frozenset(form for sides in OPPOSITES for verbs in sides for form in verbs.split()) - _NOT_VERBS
#: Prefixes that make a word its opposite ("likely" / "unlikely", "nuclear" / "non-nuclear").
_NEGATING_PREFIXES = ("un", "non", "non-")
#: ... and those that do so only before an adjective ("legal" / "illegal", "correct" / "incorrect",
#: "honest" / "dishonest"; not "form" / "inform", "pose" / "impose", "charge" / "discharge"),
#: told by its ending.
_ADJECTIVE_PREFIXES = ("in", "im", "il", "ir", "dis")
_ADJECTIVE_ENDINGS = ("ble", "ent", "ant", "ate", "ete", "al", "ar", "ive", "ct", "est", "ful")
#: Words that read as another word with a negating prefix and are not its opposite. Their letters
#: and endings are those of the words the prefix does negate ("possible" / "impossible",
#: "ravel" reads as "likely" does), so no rule of letters tells them apart: the known ones, by kind.
_NOT_NEGATED = frozenset(
    # Latin's other "in-" (into, very): an "invaluable" painting is worth more than a valuable
    # one, "inflammable" is "flammable", "inhabitable" "habitable"; "infamous" needs no place
    # here, as "-ous" is no ending the prefix rule reads
    "invaluable inflammable inhabitable inestimable impassive indifferent immediate "
    # another word that only begins with the prefix's letters ("migrant" / "immigrant")
    "immigrant implant incorporate distract disgraceful "
    # "un-" that undoes nothing: "unravel" is "ravel", "unloosen" "loosen"; "uncanny" and
    # "unless" are other words
    "unravel unloosen unthaw uncanny unless".split()
)
#: ... as the stems of the word and of itself without the prefix, so their forms are none
#: either ("unravels", "immigrants"), and a word of the same stem still is ("passable" /
#: "impassable", while "passive" / "impassive" is not)
_NOT_NEGATED_STEMS = frozenset(
    (stem(word[len(prefix):]), stem(word))
    for word in _NOT_NEGATED
    for prefix in [max((p for p in (*_NEGATING_PREFIXES, *_ADJECTIVE_PREFIXES) if word.startswith(p)), key=len)]
)


def _opposed(x: str, y: str) -> str | None:
    """How the words *x* and *y* (folded) say the opposite: "outcome" for opposite outcomes
    (:data:`OPPOSITES`: "approved" / "rejected"), "negation" for a word and itself with a
    negating prefix ("likely" / "unlikely", "legal" / "illegal": :data:`_NEGATING_PREFIXES`,
    :data:`_ADJECTIVE_PREFIXES`; not "valuable" / "invaluable": :data:`_NOT_NEGATED`); else None."""
    if frozenset((stem(x), stem(y))) in _OPPOSED:
        return "outcome"
    short, long = sorted((x, y), key=len)
    if (stem(short), stem(long)) in _NOT_NEGATED_STEMS:
        return None
    if len(short) >= 4 and any(long == prefix + short for prefix in _NEGATING_PREFIXES):
        return "negation"
    if len(short) >= 5 and short.endswith(_ADJECTIVE_ENDINGS) and any(long == prefix + short for prefix in _ADJECTIVE_PREFIXES):
        return "negation"
    return None


def _what(a: Sequence[str], b: Sequence[str], a_surface: Sequence[str], b_surface: Sequence[str]) -> str | None:
    """The kind of a replaced stretch, or None for an ordinary rewording."""
    both = [*a, *b]

    def counts(w: str) -> bool:
        return is_number(w) and w != "no"

    if any(map(counts, a)) and any(map(counts, b)):
        return "figure"
    if len(a) == len(b) == 1 and a[0] in ORDINALS and b[0] in ORDINALS:
        return "figure"  # "the third incident" / "the fourth incident"
    if any(
        (days_a := {MONTHS.get(w, w) for w in names.intersection(a)}) and (days_b := {MONTHS.get(w, w) for w in names.intersection(b)})
        and days_a != days_b for names in _day_names()
    ):
        return "date"  # (a month named in full and cut short, "October" / "Oct.", is one month)
    if len(a) == len(b) == 1 and not any(map(is_negation, both)) and (opposed := _opposed(a[0], b[0])):
        return opposed  # "approved" / "rejected", "likely" / "unlikely": the claim reversed
    if any(map(is_negation, both)):
        # A denial put in or taken out ("denied that" for "said", "denied" for "confirmed"); around
        # other new words, a rewording. One verb in two forms is no other word ("does not oblige" /
        # "obliges"), and a verb denied is its opposite ("not accept" / "reject": the same claim).
        stems_a, stems_b = {stem(w) for w in a} - {""}, {stem(w) for w in b} - {""}
        others = (
            [w for w in a if not is_negation(w) and stem(w) not in stems_b],
            [w for w in b if not is_negation(w) and stem(w) not in stems_a],
        )
        if not any(stem(w) for w in (*others[0], *others[1])):
            # a denial put in among small words only ("contained and extinguished" / "contained
            # but not yet extinguished")
            return "negation"
        if len(others[0]) == len(others[1]) == 1 and frozenset((stem(others[0][0]), stem(others[1][0]))) in _OPPOSED:
            denials = sum(map(is_negation, a)) + sum(map(is_negation, b))
            return None if denials % 2 else "outcome"
        return "negation" if len(others[0]) <= 1 and len(others[1]) <= 1 else None
    if not _days().isdisjoint(both):
        return None  # "Sunday" for "June 18": one day named two ways, maybe
    if a_surface and b_surface and all(w[:1].isupper() and not is_stopword(w.lower()) for w in [*a_surface, *b_surface]):
        if _COMBINING.issuperset(a) or _COMBINING.issuperset(b):
            return None  # "Sino-US" for "China-US", "Anglo-French" for "British-French": one name's other form
        if _initials(a_surface, b_surface) or _initials(b_surface, a_surface):
            return None  # "US" for "United States": one name and its initials
        if len(a) != len(b) and ({w[:4] for w in a} & {w[:4] for w in b}
                                 or any(_shortened(x, y) or _shortened(y, x) for x in a for y in b if min(len(x), len(y)) > 1)):
            return None  # "Angels" for "Los Angeles", "Mt Cook" for "Aoraki Mount Cook": a name written otherwise
        # (names of other lengths sharing nothing, "TD Securities" / "RBC Capital Markets", are
        # another name only in copy: differences() decides)
        if len(a) == 1 and (_shortened(a[0], b[0]) or _shortened(b[0], a[0])):
            return None  # "Lt" for "Lieutenant", "Mt" for "Mount", "KO" for "KOs": one word shortened
        if len(a) == 1 and _initialism(a_surface[0]) != _initialism(b_surface[0]):
            return None  # "U.S." for "American", "UK" for "British": a country by its initials and its people's name
        return "name"
    return None


#: A word and a decimal run together by a missing space ("level was.41"); not "No.1" (number one).
_GLUED_DECIMAL = re.compile(r"(?!no\.)[^\W\d_]{2,}(?P<decimal>\.\d+)", re.I)
#: Words that count nought on their own ("Nobody was injured", "none of the passengers", "zero
#: deaths"), as "no" does before what it counts (core.text.counts_nought: "no one", "no arrests").
_NOUGHT = frozenset({"nobody", "none", "zero"})
#: A number phrase that counts nought, as printed.
_NOUGHT_PHRASE = re.compile(r"no(?:[\s-]*one)?|nobody|none|zero", re.I)
#: Words that count some, more than none, though they give no number ("Some workers were hurt",
#: "many of the passengers"): a count of nought put for one of them in copy changed a figure.
_SOME = frozenset({"some", "many", "few", "numerous", "multiple"})


@lru_cache(maxsize=1 << 12)
def _value(number: str, *, cut_short: bool = False) -> float | None:
    """The value of a number phrase as printed, its scale too (:func:`core.numbers.phrase_value`:
    "4.5 million", "1.2 bln"; with *cut_short*, a sum's, "1.2bn" too); a count of nought ("no",
    "No one", "nobody", "none": :data:`_NOUGHT`, :func:`core.text.counts_nought`) is 0, a decimal
    run into the word before it its own value ("was.41": 0.41)."""
    if glued := _GLUED_DECIMAL.fullmatch(number):
        number = glued["decimal"]
    return 0.0 if _NOUGHT_PHRASE.fullmatch(number) else phrase_value(number, cut_short=cut_short)


#: Scales cut short, as words of their own after a number ("EUR 1.2 bln", "USD 3 bn"): part of
#: its number phrase (core.numbers.SCALES; not "m" nor "k", which may be metres or a run).
_SHORT_SCALES = frozenset(scale for scale in SCALES if len(scale) > 1 and scale not in ("thousand", "million", "billion", "trillion"))


#: Words after a number that make it a clock time ("0540 GMT", "7 a.m."), not a count.
_CLOCK = frozenset("gmt utc bst cet cest est edt pst pdt am pm a.m a.m. p.m p.m. local".split())


class _Count(NamedTuple):
    """A number phrase of a paragraph and what it counts."""

    surface: str  # as printed: "Twenty-five", "48.6 billion"
    value: float | None
    then: str  # what happened to what it counts, where the words after it say ("people were killed": kill), or ""
    low: float  # the values the phrase allows: "more than 40" is 40 to infinity, "dozens" 24 to 99,
    high: float  # "about 40" 36 to 44, "40" 40 alone; -inf to inf when nothing is known
    kind: str = ""  # "money" ("$30.31"), "share" ("27%"), "magnitude" ("a 5.9 quake"), "added" ("two more"), else "": a price is no premium, an increment no total
    at: int = -1  # the index of its first word
    qualifier: str | None = None  # a bound's or an estimate's words ("more than", "nearly"), or None
    thing: str = ""  # what it counts, as core.text.counted_as names it ("villag", "peopl"), where a noun says; else ""
    of: str = ""  # what a share is of, where its sentence says (core.quantities.share_of: "net profit"); else ""
    named: str = ""  # as printed with the "a" a number word takes ("a dozen"); else the surface
    labelled: bool = False  # whether a row's label says what it counts ("Deaths: 7": :func:`_label_of`)


#: Words before a number that make it a bound or an estimate (core.quantities.BOUNDS, ESTIMATES),
#: as the folded words they are: "more than 40" and "41" agree, "at least four" and "three" do
#: not, "nearly 300,000" allows 287,412 and "around 287,000" no 278,412.
_QUALIFIERS = tuple(sorted(tuple(q.split()) for q in BOUNDS | ESTIMATES))


#: Number words "a" counts one of ("a dozen", "a hundred"), unlike others it stands before as
#: the article of what they describe ("a seven-year deal").
_COUNTED_BY_A = frozenset("dozen hundred thousand million billion trillion".split())


class _Allowed(NamedTuple):
    """The values a number phrase allows, its qualifier, and where it starts with the "a" a
    number word takes ("a dozen")."""

    low: float
    high: float
    qualifier: str | None
    article: int  # the first word of the phrase with its "a" (its own first word where it has none)


def _allows(words: _Words, k: int, surface: str, value: float | None) -> _Allowed:
    """The values number phrase *surface* (its first word at *k*) allows (core.quantities.allowed,
    rounding told apart by the callers: :func:`_rounded`), and its qualifier read from the words
    before it (:data:`_QUALIFIERS`), past the "a" a number word takes (:data:`_COUNTED_BY_A`: "at
    least a dozen", "more than a hundred", "nearly a thousand"); a number in words that names
    no one value its range (:data:`core.numbers.VAGUE`: "dozens", "hundreds")."""
    if value is None:
        return _Allowed(*VAGUE.get(surface.lower(), (-math.inf, math.inf)), None, k)
    folded = words.folded
    article = k - 1 if k and folded[k - 1] in ("a", "an") and folded[k] in _COUNTED_BY_A else k
    words_of = next((q for q in _QUALIFIERS if article >= len(q) and tuple(folded[article - len(q) : article]) == q), ())
    qualifier = " ".join(words_of) or None
    return _Allowed(*allowed(value, surface, qualifier), qualifier, article)


def _phrase_count(words: _Words, k: int, surface: str) -> _Count:
    """The number phrase *surface* (its first word at *k*) with the values it allows."""
    value = _value(surface)
    low, high, qualifier, _ = _allows(words, k, surface, value)
    return _Count(surface, value, "", low, high, at=k, qualifier=qualifier)


def _consistent(x: _Count, y: _Count) -> bool:
    """Whether counts *x* and *y* of one thing can both be right, by the rule the figures view
    follows too (core.quantities.consistent): "more than 40" and "41", "nearly 300,000" and
    "287,412", "dozens" and "44" can; "at least seven" and "at least nine" cannot."""
    return consistent(Claim(x.value, x.low, x.high, x.qualifier), Claim(y.value, y.low, y.high, y.qualifier))


#: What stops the look back from a number for what it counts: a clause's end ("41 people were
#: injured, 17 of whom remain in hospital": 17 counts no injured).
_CLAUSE_END = re.compile(r"[,;:.()\[\]!?—–]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def _values(words: _Words, phrases: Iterable[tuple[int, int]]) -> set[float]:
    """The values of the number phrases (*phrases*, from :func:`_number_phrases`) of *words*."""
    found = {_value(words.text[words.spans[k][0] : words.spans[last][1]]) for k, last in phrases}
    return {value for value in found if value is not None}


def _age(words: _Words, start: int, end: int) -> bool:
    """Whether words *start* to *end* are one age between commas after a name ("Robert Buckley,
    32, died": :func:`core.text.appositive_age`), which no number phrase is."""
    return end == start + 1 and start > 0 and appositive_age(words.text, words.spans[start - 1][0], *words.spans[start])


#: Whether a word holds a digit: only then may a clock time stand in its text.
_HAS_CLOCK_DIGIT = re.compile(r"\d").search


def _number_phrases(words: _Words) -> list[tuple[int, int]]:
    """The number phrases of *words* as (first, last) word indexes: number words next to each
    other are one ("Twenty-five", "48.6 billion", "two million"), a count of nought is one ("No
    one", "nobody", "no deaths": :data:`_NOUGHT`); a clock time is none
    ("6:40", "0540 GMT", "7 a.m."; a row's value after its label, "Deaths: 7", is a number), nor is a date's day ("November 13", "13 Nov."), nor an age
    between commas ("Robert Buckley, 32, died")."""
    folded = words.folded
    found: list[tuple[int, int]] = []
    clocks = [(first, last) for first, last, _, _ in clock_times(words.text)] if any(map(_HAS_CLOCK_DIGIT, folded)) else []
    k = 0
    while k < len(folded):
        if clocks and any(first <= words.spans[k][0] < last for first, last in clocks):
            k += 1  # a clock time ("3.40am", "at 03:40"): no count
            continue
        if not (is_number(folded[k]) or folded[k] in _NOUGHT) or folded[k] == "no" and not counts_nought(folded, k) or folded[k] == "one" and k and folded[k - 1] == "no":
            k += 1
            continue
        if folded[k] in _NOUGHT and nought_of_a_part(folded, k):
            k += 1  # "Nobody was hurt by the fire itself": no one of one cause, no count of the event's hurt
            continue
        last = k
        while last + 1 < len(folded) and (is_number(folded[last + 1]) or folded[last + 1] in _SHORT_SCALES) and words.gap(last).strip(" -") == "":
            last += 1
        # A clock time is hours and minutes ("6:40", "6.40 pm") or four digits from a nought
        # ("0540 GMT"); a decimal before "percent", "per cent" or "%" ("0.41 percent") is a share.
        clock = _kind(words, k, last) != "share" and (
            words.gap(last).strip() in (":", ".") and last + 1 < len(folded) and folded[last + 1][:1].isdigit()
            # (the minutes after an hour and a colon, "6:40"; a row's value after its label and a
            # colon, "Deaths: 7", is a count)
            or k and words.gap(k - 1) == ":" and folded[k - 1][:1].isdigit()
            or last + 1 < len(folded) and folded[last + 1] in _CLOCK
            or len(folded[k]) == 4 and folded[k].isdigit() and folded[k].startswith("0")
        )
        date = date_day(folded, k) or folded[k][:1].isdigit() and last + 1 < len(folded) and folded[last + 1].rstrip(".") in MONTHS
        age = k == last and _age(words, k, k + 1)
        if not clock and not date and not age and not _designation(words, k):
            first, last = _part_of_scale(words, k, last)
            while found and found[-1][0] >= first:
                found.pop()  # "three" of "three-quarters of a million" counts no quarters
            found.append((first, last))
        k = last + 1
    return found


#: The scales "a" counts one of, and a part before them makes that part of ("a million", "half a
#: billion", "a quarter of a million", "a half million"; core.numbers.phrase_value reads them).
_PARTED_SCALES = frozenset("million billion trillion".split())
#: The longest part of a scale in words ("three quarters").
_PART_WORDS = max(len(part.split()) for part in SCALE_PARTS)


def _part_of_scale(words: _Words, k: int, last: int) -> tuple[int, int]:
    """Number phrase *k* to *last* with the words around its scale that give one, or a part, of
    it: "a million", "half a million", "a half million", "a quarter of a million", "three-quarters
    of a billion", "a million and a half"; and a half more after any number, "six-and-a-half",
    "two and a half million" (one phrase, as :func:`core.numbers.phrase_value` reads it). Words joined by a space or a hyphen only; the phrase as it was where none."""
    folded = words.folded

    def joined(i: int) -> bool:  # words i and i + 1 are joined by a space or a hyphen only
        return words.gap(i).strip(" -") == ""

    if folded[last + 1 : last + 4] == ["and", "a", "half"] and all(map(joined, range(last, last + 3))):
        last += 3  # "a million and a half", "six-and-a-half", "two and a half"
        if folded[last + 1 : last + 2] and folded[last + 1] in SCALES and len(folded[last + 1]) > 2 and joined(last):
            last += 1  # "two and a half million"
    if folded[k] not in _PARTED_SCALES or not k or not joined(k - 1):
        return k, last
    if folded[k - 1] == "half" and k >= 2 and folded[k - 2] in ("a", "an") and joined(k - 2):
        return k - 2, last  # "a half million"
    if folded[k - 1] not in ("a", "an"):
        return k, last
    first = k - 1
    if first and folded[first - 1] == "half" and joined(first - 1):
        return first - 1, last  # "half a million"
    before = first - 1 if first and folded[first - 1] == "of" and joined(first - 1) else first
    for size in range(_PART_WORDS, 0, -1):
        start = before - size
        if start >= 0 and " ".join(folded[start:before]) in SCALE_PARTS and all(map(joined, range(start, before))):
            return start, last  # "a quarter of a million", "three-quarters of a billion"
    return first, last


def _designation(words: _Words, k: int) -> bool:
    """Whether the number at word *k* is part of a name (:func:`core.numbers.designation`: "AK-47",
    "MH17", "the AeroCrisp 5L"); "$US1 million" is a sum."""
    return designation(words.text, words.flat, k) and _sign(words, k) is None


_SHARE_WORDS = frozenset({"percent", "pct"})
#: Words between a sum and what it is paid for that make it a rate ("$38.50 a share", "per tonne").
_RATE = frozenset({"a", "an", "per", "each"})


def _sign(words: _Words, k: int) -> tuple[str, int] | None:
    """The currency sign or code right before word *k* ("$4.2 million", "US$5", "€ 3", "EUR 1.2
    bln": core.quantities.CURRENCY_CODES): the currency it names and where the sign starts in
    the text; None where there is none."""
    start = words.spans[k][0]
    if k and words.folded[k - 1] in CURRENCY_CODES and words.gap(k - 1) == " ":
        return CURRENCY_CODES[words.folded[k - 1]], words.spans[k - 1][0]
    before = words.text[max(0, start - 4) : start].lower().rstrip()
    sign = max((s for s in CURRENCY_SIGNS if before.endswith(s)), key=len, default="")
    return (CURRENCY_SIGNS[sign], max(0, start - 4) + len(before) - len(sign)) if sign else None


def _currency(words: _Words, k: int, last: int) -> tuple[str, int] | None:
    """The currency of the number phrase from word *k* to *last*, by the sign before it ("$4.2
    million") or the word after it ("4 million dollars"; :data:`core.text.CURRENCY_WORDS`), and
    the index of its last word (the currency word's, where there is one); None for no sum."""
    sign = _sign(words, k)
    following = words.folded[last + 1] if last + 1 < len(words.folded) else ""
    after = CURRENCY_WORDS.get(stem(following)) or CURRENCY_CODES.get(following) if following else None
    if after is not None:
        return after, last + 1
    return (sign[0], last) if sign is not None else None


def _sum_of(words: _Words, k: int, last: int, currency: str) -> str:
    """What a sum of *currency* ending at word *last* measures: the currency ("dollar"), or a
    rate of it ("dollar/share" for "$38.50 a share", "per share"): a price is no total."""
    folded = words.folded
    if last + 2 < len(folded) and folded[last + 1] in _RATE and stem(folded[last + 2]) and not words.gap(last).strip():
        return f"{currency}/{stem(folded[last + 2])}"
    return currency


def _kind(words: _Words, k: int, last: int) -> str:
    """What the number phrase from word *k* to *last* measures: "money" for a sum (:func:`_currency`),
    "year" for a year ("1968"), "share" before "%" or "percent", else ""."""
    if _currency(words, k, last) is not None:
        return "money"
    if k == last and is_year(words.folded[k]):
        return "year"  # "a contract until 2030" gives a date, not a count of contracts ("a four-year contract")
    after = words.text[words.spans[last][1] : words.spans[last][1] + 2]
    following = words.folded[last + 1 : last + 3]
    if after.lstrip().startswith("%") or following[:1] and following[0] in _SHARE_WORDS or following == ["per", "cent"]:
        return "share"  # "27%", "27 percent", "27 per cent"; not "27 per day"
    return ""


def _outcome_before(words: _Words, k: int) -> str:
    """The outcome (:data:`core.text.OUTCOMES`) a verb right before the number phrase at *k*
    says ("injured 15 people", "killing at least 12"), within three words and its clause; else ""."""
    for m in range(k - 1, max(-1, k - 4), -1):
        if _CLAUSE_END.search(words.text, words.spans[m][1], words.spans[m + 1][0]):
            return ""
        s = stem(words.folded[m])
        if s in OUTCOMES:
            return OUTCOMES[s]
    return ""


#: Words after "be" that open the state what is counted is in ("are in hospital", "remain in
#: intensive care"): the word after them says it, as a participle says what happened.
_IN_STATE = frozenset({"in"})
_ARTICLES = frozenset({"a", "an", "the"})


def _then(words: _Words, m: int) -> str:
    """What happened to the thing word *m* names, where the words right after it say: a
    passive's participle ("people were killed", "homes have been destroyed": kill, destroy)
    or the verb after it ("three people died": die), or the state "in" opens ("patients are in
    hospital": in hospital, "in intensive care": intens), as stems; "" where a clause ends or no
    content word follows ("212 passengers and 19 crew")."""
    folded = words.folded
    k = m + 1
    while k + 2 < len(folded) and folded[k] == "and" and is_number(folded[k + 1]) and words.gap(m).strip() == "":
        k += 3  # "two women and one man died": what happened to the man happened to the women
    if k < len(folded) and folded[k] in AUXILIARIES - BE:
        k += 1
    negated = k + 1 < len(folded) and folded[k] in _NOT
    k += negated  # "had not been accounted for": a negated verb, read below
    verb = k
    if k < len(folded) and folded[k] in BE:
        k += 1 + (k + 1 < len(folded) and folded[k] == "been" and folded[k + 1] == "being")
        if not negated and k + 1 < len(folded) and folded[k] in _NOT:
            negated, k = True, k + 1  # "were not injured"
    while k + 1 < len(folded) and folded[k] in LASTING:
        k += 1  # "were still missing", "remained unaccounted for"
    if k + 1 < len(folded) and folded[k] in _IN_STATE:
        # "patients are in hospital", "remain in intensive care", "31 people in hospital": the
        # state they are in is what happened to them (in hospital; intens), no count of the dead
        # ("Six patients have died"); after no verb only a state of OUTCOMES ("12 people in the
        # town died"); a place is no state ("deaths were in Hollen"), nor is a death in one
        state = k + 1 + (k + 2 < len(folded) and folded[k + 1] in _ARTICLES)
        if (k > verb or stem(folded[state]) in OUTCOMES) and words.surface[state].islower() and stem(folded[m]) not in OUTCOMES:
            k = state
    if k + 1 < len(folded) and folded[k] in HEDGES:
        k += 1  # "are feared dead", "were reported killed": what happened is the next word
    if k >= len(folded) or _CLAUSE_END.search(words.text, words.spans[m][1], words.spans[k][0]):
        return ""
    if is_number(folded[k]):
        return ""
    then = stem(folded[k])
    if negated:
        # "had not been accounted for" is missing; any other verb negated says what did not
        # happen to them ("were not injured": no count of the injured, "not injured")
        return "missing" if then == _ACCOUNT else f"not {OUTCOMES.get(then, then)}"
    return OUTCOMES.get(then, then)  # "killed", "died", "dead": one outcome


#: The negations between a count's auxiliary and its verb ("had not been accounted for"), and
#: the stem of the verb that, negated, says missing.
_NOT = frozenset({"not", "never"})
_ACCOUNT = stem("accounted")


#: Words right after a count, and right before it, that make it an increment: "two more patients
#: died", "12 new cases", "another 30", "a further 30 people", "an additional 30": what was added
#: to a total, never another value of the total ("the death toll rose to seven").
_ADDED_AFTER = frozenset("more additional further new extra".split())
_ADDED_BEFORE = frozenset("another additional further extra".split())


def _added(words: _Words, k: int, last: int) -> bool:
    """Whether the number phrase from word *k* to *last* counts an increment (:data:`_ADDED_AFTER`,
    :data:`_ADDED_BEFORE`): "two more patients", not "two more than" nor "more than two"."""
    folded = words.folded
    if last + 1 < len(folded) and folded[last + 1] in _ADDED_AFTER and words.gap(last).strip() == "":
        return folded[last + 1 : last + 3] != ["more", "than"]
    return k > 0 and folded[k - 1] in _ADDED_BEFORE and words.gap(k - 1).strip() == ""


#: The words between a count and what it counts in "212 of them passengers", "six of whom crew",
#: "287,000 of its fryers" (what a company or a body counts of its own: the recall, the
#: villages hit). Not "six of his points", "three of the cables": a part of a total, whose
#: count in another report is the total's, no other value of the same quantity.
_OF_THEM = frozenset(("of", w) for w in ("them", "whom", "those", "these", "its"))


#: Words between "of" and the number of a whole ("two of the refinery's four units").
_BEFORE_WHOLE = frozenset("the its their his her our these those all".split())


def _whole_of_a_part(folded: Sequence[str], k: int) -> bool:
    """Whether the number at word *k* is the whole a number before it is part of: "two of four
    crude units", "one of the two units it had shut", "three of the refinery's four units",
    "Thirty-two wagons of the 96-wagon train" (the part's thing named before "of"). A reworded
    report's count is not compared with it: it counts all there are, not what happened."""
    m = k - 1
    while m >= 0 and k - m <= 3 and (folded[m] in _BEFORE_WHOLE or folded[m].endswith(("'s", "’s"))):
        m -= 1
    if not (m >= 1 and folded[m] == "of"):
        return False
    part = m - 1 if is_number(folded[m - 1]) else m - 2  # "two of", "two units of"
    return part >= 0 and is_number(folded[part]) and folded[part] != "no"


#: A name right before a number, maybe after a possessive ("People's Party", "Olaf Dahl's Farmers
#: League"), and what may follow a listed holder's bare number (as core.views.figures reads them).
_HOLDER_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*\s+){1,5})$")
_LISTED_AFTER = re.compile(r"\s*(?:$|[,.;:)]|\s(?:and|in|on|with|under|after|while|leaving)\b)")


def _holder_before(text: str, start: int) -> str:
    """The holder named right before the number at *start* of *text*, by the last two words of its
    name in lower case ("Olaf Dahl's Farmers League" and "the Farmers League": "farmers league"); ""
    where no name stands there, or it names a month or a day."""
    found = _HOLDER_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return ""
    named = [w.lower() for w in found["name"].split() if w.lower() != "the"]
    if not named or any(w.rstrip(".,") in MONTHS or w in WEEKDAYS for w in named) or len(named) == 1 and found.start() == 0:
        return ""  # (a sentence's first word alone is no holder: "Turnout 58%")
    return " ".join(named[-2:])


#: The words that tie a figure to the place or body it is of ("customers in Karsland", "In
#: Velmoria, about 600,000 ..."): a figure of one place is no value of another's.
_IN_PLACE = frozenset({"in"})


def _place_name(words: _Words, m: int) -> str:
    """The name that starts at word *m* (up to three capitalised words, "the" skipped), its last
    word in lower case ("Karsland", "the Gaza Strip": "strip"), where a capital starts it and it
    names no month or day; else ""."""
    if m < len(words.folded) and words.folded[m] == "the":
        m += 1
    named = ""
    for w, folded in zip(words.surface[m : m + 3], words.folded[m : m + 3]):
        if not w[:1].isupper():
            break
        if folded.rstrip(".") in MONTHS or folded in WEEKDAYS:
            return ""  # "in September", "in March": when, not where
        named = w
    return _letters(named.removesuffix("'s").removesuffix("’s")) if named else ""


def _holder(words: _Words, k: int, last: int, phrases: Sequence[tuple[int, int]]) -> str:
    """The place the number phrase from word *k* to *last* is of, as its sentence ties it there
    (the last word of the name, :func:`_place_name`): "in" a name later in its clause ("Some
    300,000 customers in Karsland lost power"), else the nearest "in" a name before it in its
    sentence with no other figure between ("In Velmoria, about 600,000 customers lost power, while
    in Karsland some 250,000 were affected"); "" where none is."""
    text, folded = words.text, words.folded
    for m in range(last + 1, len(folded) - 1):
        if _CLAUSE_END.search(text, words.spans[m - 1][1], words.spans[m][0]) or any(k2 == m for k2, _ in phrases):
            break
        if folded[m] in _IN_PLACE and (name := _place_name(words, m + 1)):
            return name
    for m in range(k - 1, -1, -1):
        if _SENTENCE_END.search(text, words.spans[m][1], words.spans[m + 1][0]) or any(last2 == m for _, last2 in phrases):
            break
        if folded[m] in _IN_PLACE and m + 1 < k and (name := _place_name(words, m + 1)):
            return name
    return ""


def places_apart(text_a: str, text_b: str, thing: str) -> bool:
    """Whether every number of *text_a* and of *text_b* that counts *thing* (a stem as
    core.text.counted_as names it: "custom") is of a place (:func:`_holder`), and no place of one
    text's is the other's: "Nearly three million customers in Ostmara" and "In Velmoria, about
    600,000 customers lost power" count two places' customers, no one quantity. False where
    either gives no such count, or one without a place."""
    places: list[set[str]] = []
    for text in (text_a, text_b):
        read = _read(text)
        counts = _counted(read.words).get(thing, [])
        held = {_holder(read.words, c.at, _phrase_end(read.phrases, c.at), read.phrases) if c.at >= 0 else "" for c in counts}
        if not held or "" in held:
            return False
        places.append(held)
    return places[0].isdisjoint(places[1])


def _phrase_end(phrases: Sequence[tuple[int, int]], k: int) -> int:
    """The last word of the number phrase of *phrases* that starts at word *k* (*k* where none does)."""
    return next((last for start, last in phrases if start == k), k)


def _other_holders(a: _Words, here: tuple[int, int], phrases_a: Sequence[tuple[int, int]],
                   b: _Words, there: tuple[int, int], phrases_b: Sequence[tuple[int, int]]) -> bool:
    """Whether the figures at *here* of *a* and *there* of *b* are of two places (:func:`_holder`):
    "300,000 customers in Karsland" are no value of "650,000 customers in Velmoria"."""
    ours, theirs = _holder(a, *here, phrases_a), _holder(b, *there, phrases_b)
    return bool(ours and theirs and ours != theirs)


def _counted(words: _Words) -> dict[str, list[_Count]]:
    """Per content stem next to a number phrase: the numbers that count it."""
    found: dict[str, list[_Count]] = {}
    folded = words.folded
    # an earthquake's magnitude measures the quake, whatever it did ("a 5.9 quake struck" / "a
    # magnitude 6.1 earthquake hit"): no count of quakes, nothing happened to
    measured = {start: value for start, _, value in magnitudes(words.text)}
    phrases = _number_phrases(words)
    for k, last in phrases:
        if _whole_of_a_part(folded, k):
            continue  # "two of the refinery's four crude units": four is all there are, not what was shut
        if (value := measured.get(words.spans[k][0])) is not None:
            surface = words.text[words.spans[k][0] : words.spans[last][1]]
            found.setdefault("magnitude", []).append(_Count(surface, value, "", value, value, kind="magnitude", at=k, thing="magnitude"))
            continue
        currency = _currency(words, k, last)
        if currency is not None:
            # A sum measures its currency, whichever words stand around it ("$4.2 million by
            # the port authority", "4 million dollars"); a rate per something is its own measure.
            name, end = currency
            value = _value(words.text[words.spans[k][0] : words.spans[last][1]], cut_short=True)
            sign = _sign(words, k)
            surface = words.text[sign[1] if sign else words.spans[k][0] : words.spans[end][1]]
            low, high, qualifier, _ = _allows(words, k, surface, value)
            found.setdefault(_sum_of(words, k, end, name), []).append(
                _Count(surface, value, "", low, high, kind="money", at=k, qualifier=qualifier))
            continue
        surface = words.text[words.spans[k][0] : words.spans[last][1]]
        value = _value(surface)
        low, high, qualifier, article = _allows(words, k, surface, value)
        named = words.printed(article, last + 1)
        if _kind(words, k, last) == "" and took_part(words.text, words.spans[k][0], words.spans[last][1]):
            # those who took part, however worded ("the crowd numbered 10,000", "put the turnout
            # at 15,000", "about 3,000 people had taken part", "15,000 joined the march"):
            # one quantity, as the figures view reads it (core.quantities.took_part; trial 50 F2, F7)
            found.setdefault(_TOOK_PART, []).append(_Count(surface, value, _TOOK_PART, low, high, at=k, qualifier=qualifier,
                                                           thing=_PEOPLE, named=named))
            continue
        if (m := _number_of(words, k)) is not None:
            # "bringing the number of people forced from their homes to 6,200": 6,200 people
            then = OUTCOMES.get(stem(folded[m + 1]), "") if m + 1 < k else ""  # "the number of people killed rose to 14"
            s = stem(folded[m])
            count = _Count(surface, value, then, low, high, kind=_kind(words, k, last), at=k, qualifier=qualifier,
                           thing="" if s in OUTCOMES else counted_as(s)[0], named=named)
            for counted in {*counted_as(s), then} - {""}:
                found.setdefault(counted, []).append(count)
            continue
        holder = _holder_before(words.text, words.spans[k][0])
        if holder and k == last and folded[k].isdigit() and value is not None and value > 2 and _LISTED_AFTER.match(words.text, words.spans[k][1]):
            # "Union 18 seats, Farmers League 14": 14 seats of the Farmers League, a quantity of its
            # own, paired with the Farmers League's seats on the other side ("Olaf Dahl's Farmers League 13")
            first = max((m.end() for m in _SENTENCE_END.finditer(words.text, 0, words.spans[k][0])), default=0)
            earlier = [c for cs in found.values() for c in cs if c.thing and c.at < k and words.spans[c.at][0] >= first]
            if earlier:
                thing = max(earlier, key=lambda c: c.at).thing
                found.setdefault(f"{thing}@{holder}", []).append(
                    _Count(surface, value, "", low, high, at=k, qualifier=qualifier, thing=thing, named=named))
                continue
        if last + 1 < len(folded) and folded[last + 1] in BE and (place := _holder(words, k, last, phrases)):
            # "In Velmoria, about 600,000 customers lost power, while in Karsland some 250,000 were
            # affected": a number of no noun of its own, of another place than the count before it
            # in its sentence, counts what that count counts (Karsland's customers; trial 55 F2)
            first = max((m.end() for m in _SENTENCE_END.finditer(words.text, 0, words.spans[k][0])), default=0)
            earlier = [c for cs in found.values() for c in cs if c.thing and c.at < k and words.spans[c.at][0] >= first]
            if earlier:
                prior = max(earlier, key=lambda c: c.at)
                if _holder(words, prior.at, _phrase_end(phrases, prior.at), phrases) not in ("", place):
                    found.setdefault(prior.thing, []).append(
                        _Count(surface, value, "", low, high, at=k, qualifier=qualifier, thing=prior.thing, named=named))
                    continue
        if (m := _label_of(words, k)) is not None:
            # a row's value after its label ("Vessels at anchor: 36; Containers on quay (est.):
            # 58,900"): the label counts, never the next row's label nor a parenthesised qualifier
            kinds = counted_as(stem(folded[m]))
            count = _Count(surface, value, "", low, high, kind=_kind(words, k, last), at=k, qualifier=qualifier, thing=kinds[0], named=named,
                           labelled=True)
            for counted in kinds:
                found.setdefault(counted, []).append(count)
            continue
        # Forward two words, or past "of them" ("212 of them passengers") or the word that makes
        # the count an increment ("two more patients"); then back.
        added = _added(words, k, last)
        after = last + 1 + (added and last + 1 < len(folded) and folded[last + 1] in _ADDED_AFTER)  # ("another 30" may end it)
        ahead = after + 2 + (tuple(folded[after : after + 2]) in _OF_THEM)
        for m in (*range(after, min(len(folded), ahead)), *range(k - 1, max(-1, k - 4), -1)):
            if m < k and _CLAUSE_END.search(words.text, words.spans[m][1], words.spans[k][0]):
                break  # what a number counts is in its own clause
            if m > last and _SENTENCE_END.search(words.text, words.spans[last][1], words.spans[m][0]):
                continue  # nor in the next sentence ("won 48 percent. Turnout ...": 48 counts no turnout)
            s = stem(folded[m])
            if s and not is_number(folded[m]):
                # Looking back, a word another number counts is that number's ("injured 14
                # workers, two of them seriously": "two" does not count the workers again).
                if not (m < k and m and is_number(folded[m - 1])):
                    then = _then(words, m) if m > last else ""
                    age = m + 1 < len(folded) and folded[m + 1] == "old"  # "killed a 16-year-old": how old, not how many
                    if m > last and then not in _OUTCOME_CLASSES and s not in OUTCOMES and not (then and age):
                        # "injured 15 people", "killing at least 12 people": the verb the count is
                        # the object of says what happened to them, not a participle after them
                        # ("killing 12 people travelling in three cars": the dead, not travellers)
                        # (not "missed 10 games travelling": a verb of missing says no one is missing)
                        before = _outcome_before(words, k)
                        then = before if before and (not then or before != "missing") else then
                    # "12 killed" counts the dead; "no casualties" the dead and the injured
                    kinds = counted_as(s)
                    kind = _kind(words, k, last) or ("added" if added else "")
                    count = _Count(surface, value, then, low, high, kind=kind, at=k, qualifier=qualifier,
                                   thing="" if s in OUTCOMES else kinds[0],
                                   of=share_of(words.text, words.spans[k][0], words.spans[last][1]) if kind == "share" else "",
                                   named=named)
                    for counted in kinds:
                        found.setdefault(counted, []).append(count)
                    if count.of and (key := quantity_key(count.of)):
                        # a share of what its sentence names, whatever verb stands by it ("aims to
                        # reach 85% of the people" / "wants to cover 80 percent of the residents")
                        found.setdefault(f"%{key}", []).append(count)
                    if holder and m > last and kinds[0]:
                        found.setdefault(f"{kinds[0]}@{holder}", []).append(count)  # "Union 18 seats": the Union's seats too
                    if then and then not in kinds:
                        # "55 people were injured" counts the injured as "52 were injured" does
                        found.setdefault(then, []).append(count)
                break
    return found


#: Words that end the head of a row's label ("Vessels at anchor", "Containers on quay"): what
#: follows says where or of what, the word before them what is counted.
_LABEL_PREPOSITIONS = frozenset("at on in of for per from to by under over".split())
#: Where a row's label starts: the text's start, or after a row's end or a dash ("21 Nov — ").
_LABEL_START = re.compile(r"[;\u2014\u2013|]|\s-\s|[.!?]\s")


def _label_of(words: _Words, k: int) -> int | None:
    """Where the head word of the label stands whose value the number phrase at word *k* is, where
    a colon sets it after one ("Vessels at anchor: 36": vessels; "Containers on quay (est.):
    58,900": containers; "Avg. wait (hours): 88": wait): a parenthesised qualifier ("est.",
    "provisional", "hours") is no counted thing, nor is what a preposition's words add. None where
    no colon stands right before the number, or no content word before the colon."""
    text = words.text
    before = text[: words.spans[k][0]].rstrip()
    if not before.endswith(":") or k == 0:
        return None
    colon = len(before) - 1
    label: list[int] = []  # the label's words outside parentheses, last first
    for m in range(k - 1, -1, -1):
        between = text[words.spans[m][1] : colon]
        if _LABEL_START.search(between):
            break
        if between.count(")") > between.count("("):
            continue  # inside the parenthesis: "(est.)"
        label.append(m)
    label.reverse()
    head = None
    for m in label:
        if words.folded[m] in _LABEL_PREPOSITIONS and head is not None:
            break
        if stem(words.folded[m]) and not is_number(words.folded[m]):
            head = m
    return head


def _number_of(words: _Words, k: int) -> int | None:
    """Where the thing stands that the number phrase at word *k* counts when it is given after "the
    number of" that thing (core.text.number_of), in its clause and with no other number between
    ("bringing the number of people forced from their homes to 6,200": people); None where it is not."""
    folded = words.folded
    m = number_of(folded, k, lambda m: is_number(folded[m]) or folded[m] in _NOUGHT
                  or _CLAUSE_END.search(words.text, words.spans[m][1], words.spans[m + 1][0]) is not None)
    return m if m is not None and stem(folded[m]) else None


#: The tag of an opcode of :func:`_changes` for whole sentences only one text has: an edge
#: around a change, as the text's own ends are, and no change itself.
_SENTENCES = "sentences"


def _counts(first: str) -> bool:
    """Whether a number phrase (:func:`_number_phrases`: no name's number, date's day, age or
    clock time) whose first word is *first* counts or measures: not a year ("in 2023"), nor a
    code's or a telephone number's digits, which may start with a nought ("048 7721"; "0.41" counts)."""
    return not is_year(first) and not (first[:1] == "0" and first[1:2].isdigit())


def _sentence_edge(words: _Words, k: int, starts: Sequence[int]) -> bool:
    """Whether word *k* of *words* starts a sentence (*starts*: where sentences start, as
    :func:`core.text.sentence_starts` finds them, "Raj K. Chohan" no sentence) or *k* is an edge."""
    return k <= 0 or k >= len(words.folded) or any(words.spans[k - 1][1] <= at <= words.spans[k][0] for at in starts)


def _capitalised_as_opening(words: _Words, k: int, *texts: _Words) -> bool:
    """Whether word *k* of *words* has its capital only because it opens a sentence: it does,
    and neither of *texts* prints it capitalised inside a sentence ("Village council voted" is
    no name; "He met Smith. Smith said" names Smith)."""
    if not _sentence_edge(words, k, sentence_starts(words.text)):
        return False
    surface = words.surface[k]
    for w in texts:
        starts = sentence_starts(w.text)  # once a text, not once a word
        if any(w.surface[m] == surface and not _sentence_edge(w, m, starts) for m in range(len(w.surface))):
            return False
    return True


def _alignment(a: _Words, b: _Words, phrases: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None) -> tuple[list[Opcode], int]:
    """The word alignment of *a* with *b* as :func:`_changes` merges it, and how many words the
    better of two alignments keeps equal (how much of the two is copy). Of the two alignments
    rapidfuzz's Levenshtein opcodes give (*a* with *b*, and *b* with *a* turned round) it takes
    the one with the fewer changes, then the more words equal, then the first. Among alignments
    of one cost each takes one, and one may pair a word with its twin in a sentence only one
    side has ("would not appeal the fine." / "would appeal the fine. 'We do not accept ...'":
    three changes, where one change and an added sentence tell it), so that the same two texts
    read in the other order gave other differences."""
    flip = {"insert": "delete", "delete": "insert"}
    phrases = phrases or (_number_phrases(a), _number_phrases(b))  # (each side's, read once for both alignments)
    found = [
        _whole_figures(_changes(Levenshtein.opcodes(a.folded, b.folded), a, b), phrases),
        _whole_figures(_changes(
            [Opcode(flip.get(op.tag, op.tag), op.dest_start, op.dest_end, op.src_start, op.src_end) for op in Levenshtein.opcodes(b.folded, a.folded)],
            a, b,
        ), phrases),
    ]

    def equal(ops: list[Opcode]) -> int:
        return sum(op.src_end - op.src_start for op in ops if op.tag == "equal")

    def cost(ops: list[Opcode]) -> tuple[int, int]:
        return sum(op.tag not in ("equal", _SENTENCES) for op in ops), -equal(ops)

    return min(found, key=cost), max(map(equal, found))


def _changes(ops: Iterable[Opcode], a: _Words, b: _Words) -> list[Opcode]:
    """*ops* with each stretch of changes between two equal runs as one change: "denied that"
    for "said" is one replacement, not a replacement beside a deletion. Whole sentences only one
    of *a* and *b* has are kept apart as :data:`_SENTENCES` ("March 15. Ellery remains free on
    bond until then." / "March 14.": the day changed, and a sentence was added)."""
    merged: list[Opcode] = []
    starts: dict[str, list[int]] = {}  # each side's sentence starts, found once where asked
    for op in ops:
        if op.tag in ("insert", "delete"):
            words, start, end = (a, op.src_start, op.src_end) if op.tag == "delete" else (b, op.dest_start, op.dest_end)
            if op.tag not in starts:
                starts[op.tag] = sentence_starts(words.text)
            side = starts[op.tag]
            if _sentence_edge(words, start, side) and _sentence_edge(words, end, side):
                op = Opcode(_SENTENCES, op.src_start, op.src_end, op.dest_start, op.dest_end)
        last = merged[-1] if merged else None
        if last is not None and last.tag not in ("equal", _SENTENCES) and op.tag not in ("equal", _SENTENCES):
            src, dest = last.src_start, last.dest_start
            tag = "replace" if op.src_end > src and op.dest_end > dest else op.tag
            merged[-1] = Opcode(tag, src, op.src_end, dest, op.dest_end)
        else:
            merged.append(op)
    return merged


def _whole_figures(ops: list[Opcode], phrases: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> list[Opcode]:
    """*ops* with each change widened over the whole of a number phrase it cuts (*phrases*: each side's
    :func:`_number_phrases`), on either side, taking the words from the equal runs beside it: "Twenty-two" / "Two" changes
    the figure 22 to 2 (not "Twenty" left out), "Twenty-two" / "Twenty-four" 22 to 24 (not "two"
    to "four"). A change with another change beside it is left as it is."""
    if not phrases[0] and not phrases[1]:
        return ops
    out = list(ops)
    for n, op in enumerate(out):
        if op.tag in ("equal", _SENTENCES):
            continue
        # how far a phrase reaches back over the change's start, and on past its end, on each side
        left = max([op.src_start - k for k, last in phrases[0] if k < op.src_start <= last]
                   + [op.dest_start - k for k, last in phrases[1] if k < op.dest_start <= last], default=0)
        right = max([last + 1 - op.src_end for k, last in phrases[0] if k < op.src_end <= last]
                    + [last + 1 - op.dest_end for k, last in phrases[1] if k < op.dest_end <= last], default=0)
        before = out[n - 1] if n > 0 else None
        after = out[n + 1] if n + 1 < len(out) else None
        if left and not (before is not None and before.tag == "equal" and before.src_end - before.src_start >= left):
            left = 0
        if right and not (after is not None and after.tag == "equal" and after.src_end - after.src_start >= right):
            right = 0
        if not left and not right:
            continue
        if left:
            assert before is not None
            out[n - 1] = Opcode("equal", before.src_start, before.src_end - left, before.dest_start, before.dest_end - left)
        if right:
            assert after is not None
            out[n + 1] = Opcode("equal", after.src_start + right, after.src_end, after.dest_start + right, after.dest_end)
        out[n] = Opcode("replace", op.src_start - left, op.src_end + right, op.dest_start - left, op.dest_end + right)
    return [op for op in out if op.tag != "equal" or op.src_end > op.src_start]


def _anchored(ops: Sequence[Opcode], n: int, *, least: int = 2) -> bool:
    """Whether the neighbour *n* of a change is the text's edge or at least *least* equal words."""
    if n < 0 or n >= len(ops) or ops[n].tag == _SENTENCES:
        return True
    op = ops[n]
    return op.tag == "equal" and (op.src_end - op.src_start >= least or n in (0, len(ops) - 1))


def _one_for_one(ops: Sequence[Opcode], n: int, a: _Words, b: _Words, copy: bool) -> bool:
    """Whether change *n* puts one day or one number for another between equal words: "on
    Friday, killing five" / "on Thursday, killing four" changes two facts, each held by the
    one word between them (a rewording's words are not all of one kind). A day so put counts in
    *copy* only: in a rewording one word either side is no sign that the day is said of one
    event ("began returning to their homes on Saturday after officials lifted the order" /
    "were ordered from their homes on Thursday after ammonia leaked": two events, trial 36 F1)."""
    op = ops[n]
    if op.tag != "replace" or op.src_end - op.src_start != 1 or op.dest_end - op.dest_start != 1:
        return False
    x, y = a.folded[op.src_start], b.folded[op.dest_start]
    days = _days()
    kind = (copy and x in days and y in days) or (is_number(x) and is_number(y) and "no" not in (x, y))
    return kind and _anchored(ops, n - 1, least=1) and _anchored(ops, n + 1, least=1)


#: Words before a number that qualify it, printed with it in a figure difference ("About 1,200",
#: "at least 12"): estimates, and the words of the bounds (:data:`_QUALIFIERS`).
_QUALIFYING = frozenset(
    "about some nearly around almost roughly approximately just only exactly estimated an a".split()
).union(*_QUALIFIERS)


def _size(words: _Words, start: int, end: int, phrases: Iterable[tuple[int, int]]) -> int:
    """The words *start* to *end* (exclusive) of a changed stretch; one where they are one figure,
    its qualifier and its number phrase ("Some 400,000", "A quarter of a million"), however long."""
    for k, last in phrases:
        if last + 1 == end and start <= k and all(w in _QUALIFYING for w in words.folded[start:k]):
            return 1
    return end - start


def _figure_of(words: _Words, start: int, end: int, phrase: tuple[int, int]) -> str:
    """A changed stretch (words *start* to *end*) as a figure difference prints it: its number
    *phrase* with the words right before it that qualify it ("About 1,200", "at least 12"),
    without what a rewording put around it ("Officials said 23": "23")."""
    k, last = phrase
    # "a" counts with a number word ("a dozen", "a hundred"), not before digits ("a 44-year-old")
    while k > start and words.folded[k - 1] in _QUALIFYING and not (words.folded[k - 1] in ("a", "an") and words.folded[k][:1].isdigit()):
        k -= 1
    return words.printed(k, last + 1)


_OUTCOME_CLASSES = frozenset(OUTCOMES.values())
#: What a count of people counts (core.text.counted_as): people at large, whom a verb's other
#: count may name by a role ("Twelve people were trapped" / "15 miners were trapped").
_PEOPLE = stem("people")
#: What a count of the people who took part in an event counts and what they did, as one key
#: (core.quantities.took_part).
_TOOK_PART = "took part"


def _apart(x: float | None, y: float | None) -> bool:
    """Whether values *x* and *y* are too far apart to be one figure given twice: one is more
    than :data:`core.quantities.SPREAD` times the other (as the figures view rules)."""
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    return max(x, y) > SPREAD * min(x, y)


def _tally(words: _Words, start: int, end: int, phrases: Iterable[tuple[int, int]]) -> tuple[str, bool] | None:
    """The count a changed stretch (words *start* to *end*; *phrases*, its text's number phrases)
    gives, as a figure difference prints it, and whether it counts nought: its first number
    phrase ("Several", "No one", "none"), else a word that counts some (:data:`_SOME`: "Some",
    "a few"); a stretch with a count of nought in it counts nought. None for no count."""
    inside = [(k, last) for k, last in phrases if start <= k and last < end]
    if not inside:
        inside = [(k, k) for k in range(start, end) if words.folded[k] in _SOME][:1]
    if not inside:
        return None
    # by its words: "000" of a number broken at its comma ("120, 000") is no count of nought
    nought = [(k, last) for k, last in inside if _NOUGHT_PHRASE.fullmatch(words.printed(k, last + 1)) or words.folded[k] == "0"]
    return _figure_of(words, start, end, (nought or inside)[0]), bool(nought)


def _fates(words: _Words, start: int, end: int) -> tuple[frozenset[str], str] | None:
    """What happened, where words *start* to *end* (a changed stretch) say it of a count
    (:data:`core.text.OUTCOMES`: "killed", "dead", "missing"), and its words as printed; None
    where they say no such thing ("missed" a game is no one missing)."""
    found = [(fate, k) for k in range(start, end) if (fate := outcome_of(words.folded[k]))]
    if not found:
        return None
    return frozenset(c for c, _ in found), " ".join(words.surface[k] for _, k in found)



def _day(words: _Words, start: int, end: int) -> str | None:
    """A changed stretch (words *start* to *end*) that is one day of a month, printed with its
    month ("March 14", "14 March"), else None."""
    if end - start != 1 or not words.folded[start].isdigit() or len(words.folded[start]) > 2:
        return None
    if start and words.folded[start - 1].rstrip(".") in MONTHS:
        return words.printed(start - 1, end)
    if end < len(words.folded) and words.folded[end].rstrip(".") in MONTHS:
        return words.printed(start, end + 1)
    return None


#: The exact figures two reworded paragraphs must give alike for a day put for another between
#: copied words to be a date difference (see differences()).
EVENT_FIGURES = 2


def _exact_figures(words: _Words, phrases: Iterable[tuple[int, int]]) -> set[str]:
    """The figures in digits of *words* (*phrases*: its :func:`_number_phrases`) that fix a
    quantity: not a year, nor a whole number below ten ("4,800", "12", "3.1"), its digits plain."""
    found = set()
    for k, last in phrases:
        printed = words.printed(k, last + 1)
        if not printed[:1].isdigit() or is_year(words.folded[k]):
            continue
        value = _value(printed)
        if value is not None and (value >= 10 or value != int(value)):
            found.add(f"{value:g}")
    return found


def _days_named(words: _Words, start: int, end: int) -> tuple[frozenset[str], frozenset[tuple[int, int]]]:
    """The weekdays and the days of a month (month, day) words *start* to *end* name ("Thursday,
    November 5": thursday, (11, 5); "Nov. 6": (11, 6))."""
    folded = words.folded
    weekdays = frozenset(w for w in folded[start:end] if w in WEEKDAYS)
    dates = set()
    for k in range(start, end):
        month = MONTHS.get(folded[k].rstrip("."))
        if month is None:
            continue
        for m in (k + 1, k - 1):
            if start <= m < end and folded[m].isdigit() and len(folded[m]) <= 2:
                dates.add((month, int(folded[m])))
                break
    return weekdays, frozenset(dates)


def _other_day(x: tuple[frozenset[str], frozenset[tuple[int, int]]], y: tuple[frozenset[str], frozenset[tuple[int, int]]]) -> bool:
    """Whether two stretches' :func:`_days_named` name two days: weekdays both give and none
    alike, or days of a month both give and none alike ("Thursday" / "November 5" may be one day)."""
    return bool(x[0] and y[0] and x[0].isdisjoint(y[0]) or x[1] and y[1] and x[1].isdisjoint(y[1]))


def _dates(words: _Words, start: int, end: int) -> str:
    """A changed stretch (words *start* to *end*) as a date difference prints it: from its first
    to its last word that names a day (:func:`_days`), with a day of the month beside a month
    ("Tuesday", "March 14", "14 March"), without the other words around them."""
    days = [k for k in range(start, end) if words.folded[k] in _days()]
    first, last = days[0], days[-1]

    def day_of_month(k: int) -> bool:
        return start <= k < end and words.folded[k].isdigit() and len(words.folded[k]) <= 2

    if words.folded[first] in MONTHS and day_of_month(first - 1):
        first -= 1
    if words.folded[last] in MONTHS and day_of_month(last + 1):
        last += 1
    return words.printed(first, last + 1)


def _paid_in(words: _Words, start: int, end: int) -> str | None:
    """A changed stretch (words *start* to *end*) that is one currency word after a number, as
    the sum prints it ("200 million euros"), else None."""
    if end - start != 1 or stem(words.folded[start]) not in CURRENCY_WORDS or not start or not is_number(words.folded[start - 1]):
        return None
    k = start - 1
    while k and is_number(words.folded[k - 1]) and words.gap(k - 1).strip(" -") == "":
        k -= 1
    return words.printed(k, end)


#: A clock time's minutes after its hour ("10:00", "6.40").
_MINUTES = re.compile(r"\d\d")
#: A clock time written as one word, its hour and minutes parted by a dot ("9.40", "21.40").
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
#: Words before a clock time that say something happens then ("from 10:00", "at 3:33 a.m."): a
#: time of the story, not the time a page was posted ("May 2, 2013, 1:32 PM").
_AT_CLOCK = frozenset("at from until till by before after around about since".split())


def _clock(words: _Words, start: int, end: int) -> str | None:
    """A changed stretch (words *start* to *end*) that is the hour or the minutes of a clock time
    something happens at, or both ("from 10:00", "at 3:33 a.m.", "at about 9.40 p.m.": one word
    with its dot, where a clock word follows it; "closed at 9.40" is a price), printed as the
    whole time, else None."""
    folded = words.folded
    if not 0 < end - start <= 2 or not all(w.isdigit() or _DOTTED_CLOCK.fullmatch(w) for w in folded[start:end]):
        return None
    hour = start - 1 if start and words.gap(start - 1).strip() in (":", ".") and _MINUTES.fullmatch(folded[start]) and folded[start - 1].isdigit() else start
    last = hour
    dotted = bool(_DOTTED_CLOCK.fullmatch(folded[hour]))
    if not dotted and last + 1 < len(folded) and words.gap(last).strip() in (":", ".") and _MINUTES.fullmatch(folded[last + 1]):
        last += 1
    if last < end - 1:
        return None  # the change runs on past the time
    zoned = last + 1 < len(folded) and folded[last + 1] in _CLOCK
    if zoned:
        last += 1
    if last == hour or dotted and not zoned or not hour or folded[hour - 1] not in _AT_CLOCK:
        return None
    # with the full stop that closes "a.m." and "p.m." (a word of its own, which words leave out)
    stop = "." if folded[last] in ("a.m", "p.m") and words.gap(last).startswith(".") else ""
    return words.printed(hour, last + 1) + stop


def _clock_in(words: _Words, clocks: Sequence[tuple[int, int, float, str]], start: int, end: int) -> tuple[str, float, str] | None:
    """The clock time (of *clocks*, :func:`core.numbers.clock_times` of *words*' text) a changed
    stretch (words *start* to *end*) lies in, as printed, its minutes after midnight and its zone:
    "3.40am" and "3:40 a.m." are one time, 220 minutes; None where the stretch is no clock time's."""
    if end <= start:
        return None
    low, high = words.spans[start][0], words.spans[end - 1][1]
    for first, last, minutes, zone in clocks:
        if first <= low and high <= last:
            return words.text[first:last], minutes, zone
    return None


#: The first word before a clock time (:data:`core.numbers.CLOCK_TIME`'s lead) by what it says of
#: the time: that something happened then, started, ended, or came before or after it.
_CLOCK_ROLES = {"at": "at", "around": "at", "about": "at", "from": "from", "since": "from", "until": "until",
                "till": "until", "by": "until", "before": "before", "after": "after", "past": "after"}
#: Words of a clock time's lead that make it approximate ("around 3am", "shortly before 9pm").
_NEAR_CLOCK = frozenset("around about approximately roughly nearly almost shortly just soon sometime some".split())
#: How far apart two clock times may be where one is approximate, in minutes ("around 3am" / "3:15 a.m.").
CLOCK_NEAR = 30.0


def _timed(text: str) -> list[tuple[str, float, str, str, bool]]:
    """The clock times something happens at in *text* (:data:`core.numbers.CLOCK_TIME`), each as
    printed (without the words placing it), its minutes after midnight, its zone ("" for none),
    its role (:data:`_CLOCK_ROLES`) and whether it is approximate (:data:`_NEAR_CLOCK`)."""
    found = []
    for match in CLOCK_TIME.finditer(text):
        if (clock := clock_value(match)) is None:
            continue
        lead = match["lead"].lower().split()
        role = next((_CLOCK_ROLES[w] for w in lead if w in _CLOCK_ROLES and w not in ("around", "about")), None)
        # a time alone in brackets ("(13:36 GMT)", "at 9pm (2100 GMT)") has no lead: it says when, as "at"
        role = role or next((_CLOCK_ROLES[w] for w in lead if w in _CLOCK_ROLES), "at")
        start = next(match.start(g) for g in ("hour", "hhmm", "named") if match[g])
        found.append((text[start : match.end()], *clock, role, any(w in _NEAR_CLOCK for w in lead)))
    return found


def _reworded_clock(text_a: str, text_b: str, told: Sequence[Difference]) -> list[Difference]:
    """The clock time *text_b* puts for *text_a*'s, however reworded ("left at 8.30pm" / "sailed
    at 21:45"): where each gives one time the other does not, in one zone and one role ("at",
    "from", "until": :data:`_CLOCK_ROLES`; "opened at 8am" is no "open until 10pm"), more than
    :data:`CLOCK_NEAR` minutes apart if either is approximate. "8.30pm" and "20:30" are one time.
    Nothing where a change *told* already holds either (copy's "8.30pm" / "9.45pm")."""
    times_a, times_b = _timed(text_a), _timed(text_b)
    only_a = [t for t in times_a if not any(t[1:3] == u[1:3] for u in times_b)]
    only_b = [u for u in times_b if not any(u[1:3] == t[1:3] for t in times_a)]
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    (printed_a, at_a, zone_a, role_a, near_a), (printed_b, at_b, zone_b, role_b, near_b) = only_a[0], only_b[0]
    if zone_a != zone_b or role_a != role_b or any(printed_a in d.a or printed_b in d.b for d in told):
        return []
    apart = min(abs(at_a - at_b), 24 * 60 - abs(at_a - at_b))
    if (near_a or near_b) and apart <= CLOCK_NEAR:
        return []
    return [Difference(printed_a, printed_b, "date")]


def _sum(words: _Words, start: int, end: int) -> float | None:
    """The value of a changed stretch (words *start* to *end*) that is a sum of money, its scale
    written out or cut short ("$4.2 million", "$4.2m", "4.2 million dollars"): None for no sum."""
    if end <= start or _sign(words, start) is None and not any(stem(w) in CURRENCY_WORDS for w in words.folded[start:end]):
        return None
    printed = " ".join(w for w in words.folded[start:end] if stem(w) not in CURRENCY_WORDS)
    return phrase_value(printed, cut_short=True) if printed[:1].isdigit() else None


def _time(words: _Words, phrase: tuple[int, int], printed: str) -> tuple[str, str, float] | None:
    """The number *phrase* (printed as *printed*) where a unit of time follows it ("four years",
    "48-month"): the number, the unit as printed, and its value; None for no time, and for an
    age ("61-year-old")."""
    unit = phrase[1] + 1
    if unit >= len(words.folded) or words.folded[unit].removesuffix("s") not in SECONDS:
        return None
    if unit + 1 < len(words.folded) and words.folded[unit + 1] == "old":
        return None  # "a 61-year-old man": an age
    value = _value(printed)
    return (printed, words.surface[unit], value) if value is not None else None


#: A rate's move with its unit glued on ("25bp", "0.25pp").
_GLUED_POINTS = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<unit>bps?|pp|ppts?)")


def _points(words: _Words, phrase: tuple[int, int], printed: str) -> tuple[str, str, float, float] | None:
    """The number *phrase* (printed as *printed*) where it is a rate's move: in percentage points
    or basis points ("0.25 percentage points", "25 basis points", "25bp": core.quantities.POINTS),
    or a share a rate moved by ("cut rates by 0.25%"): the number, its unit as printed, its value
    and the size of its unit in percentage points; None for another figure."""
    k, last = phrase
    folded = words.folded
    if glued := _GLUED_POINTS.fullmatch(folded[last]):
        return glued["num"], glued["unit"], float(glued["num"]), POINTS[point_unit(glued["unit"]) or ""]
    value = _value(printed)
    if value is None:
        return None
    for n in (2, 1):
        unit = point_unit(" ".join(folded[last + 1 : last + 1 + n])) if last + n < len(folded) else None
        if unit is not None:
            return printed, words.printed(last + 1, last + 1 + n), value, POINTS[unit]
    kind = _kind(words, k, last)
    # a share a rate moved by ("cut rates by 0.25%"), or a decimal with no unit ("by 0.25 to 3.25%")
    if (kind == "share" or not kind and "." in printed and value < 10) and k and folded[k - 1] == "by" and said_of_rate(
            share_of(words.text, words.spans[k][0], words.spans[last][1])):
        return printed, "%" if kind else "", value, 1.0
    return None


def _move(words: _Words, start: int, end: int, phrases: Sequence[tuple[int, int]]) -> tuple[str, float, float] | None:
    """The rate's move words *start* to *end* change, in words ("a quarter-point", "half a
    percentage point": core.quantities.RATE_MOVE, its words before the stretch too) or its one
    number phrase in points (:func:`_points`: "50 basis points"): as printed, its size in
    percentage points and its rounding; None where the stretch is no move."""
    if end <= start:
        return None
    low, high = words.spans[max(0, start - 2)][0], words.spans[end - 1][1]
    for found in RATE_MOVE.finditer(words.text, low, min(len(words.text), high + 40)):
        if found.start() < high and found.end() > words.spans[start][0] and (size := rate_move(found.group())) is not None:
            return found.group(), size, 0.0  # "a quarter-point" is given exactly
    inside = [(k, last) for k, last in phrases if start <= k and last < end]
    if len(inside) != 1:
        return None
    printed = words.printed(inside[0][0], inside[0][1] + 1)
    points = _points(words, inside[0], printed)
    if points is None:
        return None
    return f"{printed} {points[1]}".strip(), points[2] * points[3], precision(points[0], points[2]) * points[3]


def _same_size(a: tuple[str, str, float, float], b: tuple[str, str, float, float]) -> bool:
    """Whether rate moves *a* and *b* (:func:`_points`) are one move in two units, the coarser
    given to its last digit, as the figures view rules (core.quantities.precision in points)."""
    return abs(a[2] * a[3] - b[2] * b[3]) <= max(precision(a[0], a[2]) * a[3], precision(b[0], b[2]) * b[3])


def _same_length(a: tuple[str, str, float], b: tuple[str, str, float]) -> bool:
    """Whether times *a* and *b* (:func:`_time`) are one length in two units, the coarser given to
    its last digit, or to a tenth of its length ("one year" is no 7 months), as the figures view
    rules (core.quantities.time_precision)."""
    (size_a, rounding_a), (size_b, rounding_b) = (
        (value * seconds, time_precision(number, value) * seconds)
        for number, unit, value in (a, b)
        for seconds in (SECONDS[unit.lower().removesuffix("s")],)
    )
    return abs(size_a - size_b) <= max(rounding_a, rounding_b)


def _rounded(a: str, b: str) -> bool:
    """Whether number phrases *a* and *b* are one value, one of them rounded ("52" / "52.4"), as
    the figures view rules (:func:`core.quantities.rounded`); False where either has no value
    or is not plain digits ("nearly six hours" / "5.5 hours" are an estimate and a figure)."""
    if not (a[:1].isdigit() and b[:1].isdigit()):
        return False
    x, y = _value(a), _value(b)
    return x is not None and y is not None and rounded((a, x), (b, y))


def _within(figure: str, told: str) -> bool:
    """Whether *figure* and a difference already *told* print one figure, one of them with more
    around it ("1,200" in "About 1,200"; "$38.50" and "38.50")."""
    return bool(told) and (figure in told or told in figure)


def _part(words: _Words, phrase: tuple[int, int]) -> frozenset[str] | None:
    """What sets the count of number *phrase* apart as a part of a whole, as the figures view
    reads it (core.quantities.count_part: "two of them seriously": {serious}), None where it is no
    part or nothing sets it apart."""
    return count_part(words.text, words.spans[phrase[0]][0], words.spans[phrase[1]][1])


def _contrasted(words: _Words) -> frozenset[str]:
    """The verbs *words*' paragraph contrasts as things done to what its counts count
    (core.quantities.contrasted_actions: "received four complaints and rejected three")."""
    return contrasted_actions(words.text, (start for (start, _), word in zip(words.spans, words.folded) if is_number(word)))


def _apart_in(a: _Words, b: _Words) -> Callable[[str, str], bool]:
    """Whether counts done to as two verbs say are two quantities in paragraphs *a* and *b*
    (core.quantities.actions_apart), the verbs the two contrast (:func:`_contrasted`) read once,
    where first needed, however many of their counts are paired."""
    @cache
    def contrasted() -> frozenset[str]:
        return _contrasted(a) | _contrasted(b)

    def apart(done_a: str, done_b: str) -> bool:
        return bool(done_a and done_b) and actions_apart(done_a, done_b, contrasted())

    return apart


def _like(a: _Words, here: tuple[int, int], b: _Words, there: tuple[int, int], done_apart: Callable[[str, str], bool]) -> bool:
    """Whether number phrases *here* of *a* and *there* of *b* can count one quantity: not where
    the verbs before them say two things were done to what they count (core.quantities.action_of:
    "received four complaints" / "rejected the other two"); as parts go (core.quantities.one_quantity): a part of a whole ("Two of the injured workers were in a
    serious condition", "two of them seriously") is its own quantity, never the whole's
    ("Twelve workers were injured"), and two parts set apart by other words are two ("in a
    serious condition" / "remains in intensive care"). *done_apart* tells whether two verbs done to
    counts set them apart in these two paragraphs (:func:`_apart_in`)."""
    done_a, done_b = action_of(a.text, a.spans[here[0]][0]), action_of(b.text, b.spans[there[0]][0])
    if done_apart(done_a, done_b):
        return False  # "received four complaints" / "rejected the other two complaints": two quantities
    part_a, part_b = _part(a, here), _part(b, there)
    if part_a is None and part_b is None:
        return True
    spans_a = a.spans[here[0]][0], a.spans[here[1]][1]
    spans_b = b.spans[there[0]][0], b.spans[there[1]][1]
    return one_quantity(part_a, clause_of(a.text, *spans_a), part_b, clause_of(b.text, *spans_b))


def _parts(a: _Words, b: _Words, phrases_a: Sequence[tuple[int, int]], phrases_b: Sequence[tuple[int, int]],
           told: Sequence[tuple[str, str]]) -> list[Difference]:
    """The parts of a whole *a* and *b* give differently, like paired with like: each part of *a*
    (:func:`_part`) with the one part of *b* set apart by the same words ("Two of the injured
    workers were in a serious condition" / "Twelve workers were injured, three of them seriously":
    Two -> three), where the two values are not one value or consistent; nothing where *b* has no
    such part, or several. A difference *told* already is not told again."""
    found = []
    parts_b = [(phrase, part) for phrase in phrases_b if (part := _part(b, phrase)) is not None]
    for here in phrases_a if parts_b else ():
        part_a = _part(a, here)
        if part_a is None:
            continue
        like = [there for there, part_b in parts_b if one_quantity(part_a, frozenset(), part_b, frozenset())]
        if len(like) != 1:
            continue
        there = like[0]
        pa, pb = a.printed(here[0], here[1] + 1), b.printed(there[0], there[1] + 1)
        x, y = _phrase_count(a, here[0], pa), _phrase_count(b, there[0], pb)
        if x.value is None or y.value is None or x.value == y.value or _rounded(pa, pb) or _consistent(x, y):
            continue
        if any(_within(pa, wa) and _within(pb, wb) for wa, wb in told):
            continue
        found.append(Difference(_figure_of(a, here[0], here[1] + 1, here), _figure_of(b, there[0], there[1] + 1, there), "figure"))
    return found


class _Read(NamedTuple):
    """What :func:`differences` reads of one text alone (:func:`_read`); never changed."""

    words: _Words
    phrases: list[tuple[int, int]]  # _number_phrases(words)
    clocks: list[tuple[int, int, float, str]]  # clock_times(words.text)
    particle: bool  # _has_particle(words)
    inner_capital: bool  # _has_inner_capital(words)


@lru_cache(maxsize=1 << 12)
def _read(text: str) -> _Read:
    """*text*'s words, number phrases and clock times, read once however many texts it is
    compared with (the linker compares a paragraph with each of its copies)."""
    words = _words(without_escape_sequences(text))
    return _Read(words, _number_phrases(words), clock_times(words.text), _has_particle(words), _has_inner_capital(words))


@lru_cache(maxsize=1 << 12)
def _read_names(text: str) -> tuple[tuple[dict[str, tuple[str, str]], set[str], set[str]], list[str]]:
    """Of *text*'s words (:func:`_read`): :func:`_name_keys`, and each word's letters
    (:func:`_letters`), for :func:`_joined_names`; never changed."""
    words = _read(text).words
    return _name_keys(words), list(map(_letters, words.surface))


def differences(
    text_a: str, text_b: str, *, figures: bool = True, context: tuple[Sequence[str], Sequence[str]] = ((), ()),
    days: tuple[str | None, str | None] = (None, None), reversals: bool = False,
) -> list[Difference]:
    """The figures, dates, names, negations and outcomes *text_a* and *text_b* give differently,
    in *text_a*'s order, each once; without the figures and the speakers of shared quotations
    where *figures* is false (the rest as with them, for less work: the counts of the two and
    the quotes view's reading of who said what are skipped; the linker's check for a reversed
    claim reads only negations and outcomes). *context* holds the paragraphs before each text in
    its article, where the quotes view reads who a quotation's speaker is ('"...," Zammit said'
    after "Deputy Prime Minister Mark Zammit told reporters": Mark Zammit). *days* holds the days
    each text's report was published (ISO 8601, None where unknown): counts of two days (as the
    figures view dates them, :func:`core.quantities.published_day`) are a change over time, no
    difference between the outlets ("41,000 containers" on 17 November, 66,000 on the 27th).
    Where *reversals* is true, only the negations and outcomes (a claim reversed: what the
    linker's check reads), the same as with the rest, for less work: a change that can be
    neither (:func:`_may_reverse`) is not read further."""
    if reversals:
        figures = False
    read_a, read_b = _read(text_a), _read(text_b)
    # a name one writes as one word and the other as two or three ("Delacruz" / "De la Cruz") is
    # one word on each side, so the words beside it still align ("confirmed" / "denied")
    (a, joined_a), (b, joined_b) = (
        _joined_names(read_a.words, read_b.words, texts=(text_a, text_b)),
        _joined_names(read_b.words, read_a.words, texts=(text_b, text_a)),
    )
    found: list[Difference] = []
    done_apart = _apart_in(a, b)  # the verbs the two contrast, read once where first needed
    # (a text's own, read once for each text: only names joined make its words others)
    phrases_a = read_a.phrases if a is read_a.words else _number_phrases(a)
    phrases_b = read_b.phrases if b is read_b.words else _number_phrases(b)
    ops, copied = _alignment(a, b, (phrases_a, phrases_b))
    # A word counts as moved where the other side has it as often, not counting whole sentences
    # only one side has: the "not" of "would not appeal" is no "not" of an added quotation's.
    added_a = {k for op in ops if op.tag == _SENTENCES for k in range(op.src_start, op.src_end)}
    added_b = {k for op in ops if op.tag == _SENTENCES for k in range(op.dest_start, op.dest_end)}
    uses_a = Counter(w for k, w in enumerate(a.folded) if k not in added_a)
    uses_b = Counter(w for k, w in enumerate(b.folded) if k not in added_b)
    # (without the figures, no count is read: the counts are paired below, where there are some)
    counted_a, counted_b = (_counted(a), _counted(b)) if figures else ({}, {})
    clocks_a, clocks_b = read_a.clocks, read_b.clocks

    def outcomes(counted: dict[str, list[_Count]], start: int, end: int) -> set[str]:
        """What happened to what the numbers from word *start* to *end* count ("killed")."""
        return {c.then for cs in counted.values() for c in cs if c.then and start <= c.at < end}

    def things(counted: dict[str, list[_Count]], start: int, end: int) -> tuple[set[str], bool]:
        """What the numbers from word *start* to *end* count, where a noun or a row's label says
        ("vessels", "containers"), people aside (counted by many names); and whether a label says."""
        found = [c for cs in counted.values() for c in cs if c.thing and start <= c.at < end]
        return {c.thing for c in found} - {_PEOPLE}, any(c.labelled for c in found)

    # Copy, not a rewording: most of the shorter text's words are the other's, in order. Only in
    # copy does a word put for another say the outlets differ on what happened ("missing" for
    # "killed") or on a day of the month (dates are written alike in reworded reports of two
    # days), unless the rewording gives two exact figures of the other's (one_event, below).
    copy = copied >= COPY_SHARE * min(len(a.folded), len(b.folded))

    def person(n: int) -> tuple[int, Difference] | None:
        """Another person put for the one change *n* names, title and all ("Governor Helena
        Marsk" / "Deputy Governor Piet Andersen"), between copied words: the last change it takes
        in (:func:`_title_kept`: the title word both keep splits it) and the name change."""
        for last in dict.fromkeys((_title_kept(ops, n), n)):
            if not _anchored(ops, n - 1):
                continue
            at_a, at_b = (ops[n].src_start, ops[last].src_end), (ops[n].dest_start, ops[last].dest_end)
            if _anchored(ops, last + 1) and (changed := _other_person(a, at_a, b, at_b)):
                return last, changed
            # A change that runs on past a name set off by a comma ("said Mayor Tomas Berg, who
            # chairs ..." for "said Dr. Ingrid Solberg, the city's ..."): the names alone, each
            # surname named nowhere in the other text (where it is, the name may go on past the
            # change: "Dr. Ingrid Solberg, the ..." / "Port Halden Clinic director Ingrid Solberg")
            named_a, named_b = (at_a[0], _name_end(a, *at_a)), (at_b[0], _name_end(b, *at_b))
            if (named_a, named_b) != (at_a, at_b) and (changed := _other_person(a, named_a, b, named_b)):
                surnames = _letters(a.surface[named_a[1] - 1]), _letters(b.surface[named_b[1] - 1])
                if surnames[0] not in map(_letters, b.surface) and surnames[1] not in map(_letters, a.surface):
                    return last, changed
        return None

    shared_figures: list[bool] = []

    def one_event() -> bool:
        """Whether the two give :data:`EVENT_FIGURES` exact figures alike (:func:`_exact_figures`),
        so that a rewording's words between copied ones are said of one event (read once)."""
        if not shared_figures:
            shared_figures.append(len(_exact_figures(a, phrases_a) & _exact_figures(b, phrases_b)) >= EVENT_FIGURES)
        return shared_figures[0]

    # A paragraph that gives the other's figure too does not disagree with it ("the evacuation of
    # eleven villages ... 6,200 people" / "6,200 people have been evacuated": eleven is no 6,200).
    given_a, given_b = (_values(a, phrases_a), _values(b, phrases_b)) if figures else (set(), set())
    told_through = -1  # the last change a name change took in
    denials: list[tuple[Difference, Opcode]] = []  # the negation changes, with where they stand
    for n, op in enumerate(ops):
        if n <= told_through:
            continue
        if reversals and op.tag in ("equal", _SENTENCES):
            continue  # (a sentence left out, a name joined: neither reverses a claim)
        if op.tag == _SENTENCES and copy:
            # Copy that leaves out (or adds) a sentence that denies or counts ("It said no bank or
            # card details were taken.", "No serious injuries have been reported.") says less, or
            # more, than its source: what an editor cut is as telling as what one changed.
            words, start, end, numbers = (
                (a, op.src_start, op.src_end, phrases_a) if op.src_end > op.src_start else (b, op.dest_start, op.dest_end, phrases_b)
            )
            if any(map(is_negation, words.folded[start:end])) or any(
                start <= k < end and _counts(words.folded[k]) for k, _ in numbers
            ):
                found.append(Difference(a.printed(op.src_start, op.src_end), b.printed(op.dest_start, op.dest_end), "sentence"))
            continue
        if op.tag == "equal" and (joined_a or joined_b):
            # A name written otherwise in copy ("Del Vecchio" / "Delvecchio") is a name change, as
            # a name respelt is; in a rewording only inside copied wording (two words each side).
            for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)):
                inside = (i - op.src_start >= 2 or i == 0) and (op.src_end - 1 - i >= 2 or i == len(a.folded) - 1)
                if (i in joined_a) != (j in joined_b) and (copy or inside):
                    found.append(Difference(a.surface[i], b.surface[j], "name"))
            continue
        if copy and op.tag not in ("equal", _SENTENCES) and (not reversals or any(
            _may_reverse(a, ops[k], b, copy) for k in range(n, _title_kept(ops, n) + 1) if ops[k].tag not in ("equal", _SENTENCES)
        )) and (changed := person(n)):  # (a person put for another takes in no change that may reverse a claim: read on)
            told_through, named = changed
            found.append(named)  # "chief executive Nils Aronsen" / "spokeswoman Eva Holm"
            continue
        if op.tag in ("equal", _SENTENCES) or not (_anchored(ops, n - 1) and _anchored(ops, n + 1) or _one_for_one(ops, n, a, b, copy)):
            continue  # only a change inside copied wording is a change; the rest is rewording
        if reversals and not _may_reverse(a, op, b, copy):
            continue
        fa, fb = a.folded[op.src_start : op.src_end], b.folded[op.dest_start : op.dest_end]
        if all(uses_a[w] == uses_b[w] for w in (*fa, *fb)) and not any(map(is_negation, (*fa, *fb))):
            # words moved, not changed (as often on each side: a "not" dropped where another stays
            # is a change; and a "not" moved denies another word: "would not appeal the fine, and
            # would pay" / "would appeal the fine, and would not pay")
            continue
        if _size(a, op.src_start, op.src_end, phrases_a) > _MAX_CHANGE or _size(b, op.dest_start, op.dest_end, phrases_b) > _MAX_CHANGE:
            continue
        sa, sb = a.printed(op.src_start, op.src_end), b.printed(op.dest_start, op.dest_end)
        if op.tag != "replace":
            # A word only one side has is a difference when it denies ("not") or counts.
            if len(fa) + len(fb) <= 2 and (
                any(_denies(a, k) for k in range(op.src_start, op.src_end)) or any(_denies(b, k) for k in range(op.dest_start, op.dest_end))
            ):
                found.append(Difference(sa, sb, "negation"))  # "would not close" / "would close"
                denials.append((found[-1], op))
            continue
        if _respelt_name(a, (op.src_start, op.src_end), b, (op.dest_start, op.dest_end)):
            found.append(Difference(sa, sb, "name"))  # "Judge Teodora Lindqvist" / "Lindquist"
            continue
        if ([stem(w) or w for w in fa] == [stem(w) or w for w in fb] or [w[:4] for w in fa] == [w[:4] for w in fb]) and list(
            map(is_negation, fa)
        ) == list(map(is_negation, fb)):
            continue  # a spelling ("U.S." / "US", "defence" / "defense"), not a change ("weren't" / "were" is one)
        value = _value(sa, cut_short=True)
        if value is not None and (other := _value(sb, cut_short=True)) is not None and math.isclose(value, other):
            continue  # "14" and "fourteen", "22.4bn" and "22.4 billion", "4k" and "4,000": one value written two ways
        sum_a, sum_b = _sum(a, op.src_start, op.src_end), _sum(b, op.dest_start, op.dest_end)
        if sum_a is not None and sum_a == sum_b:
            continue  # "$4.2 million" and "$4.2m": one sum written two ways
        move_a, move_b = _move(a, op.src_start, op.src_end, phrases_a), _move(b, op.dest_start, op.dest_end, phrases_b)
        if move_a and move_b and 0.0 in (move_a[2], move_b[2]):
            # a rate's move in words ("a quarter-point" / "50 basis points"): by its size in points
            if abs(move_a[1] - move_b[1]) > max(move_a[2], move_b[2]) + 1e-9:
                found.append(Difference(move_a[0], move_b[0], "figure"))
            continue
        fate_a, fate_b = _fates(a, op.src_start, op.src_end), _fates(b, op.dest_start, op.dest_end)
        if copy and fate_a and fate_b and fate_a[0].isdisjoint(fate_b[0]):
            found.append(Difference(fate_a[1], fate_b[1], "outcome"))  # "were missing" / "were killed"
            continue
        day_a, day_b = _day(a, op.src_start, op.src_end), _day(b, op.dest_start, op.dest_end)
        if copy and day_a and day_b:
            found.append(Difference(day_a, day_b, "date"))  # "March 14" / "March 15"
            continue
        if not copy and _anchored(ops, n - 1) and _anchored(ops, n + 1) and one_event():
            # A rewording of one event, two exact figures alike ("4,800 contracts", "12 times"):
            # the day put for another between copied words ("contracts on [Thursday, November 5,]
            # roughly 12 times" / "contracts on [Friday, Nov. 6,] about 12 times") is its day.
            if _other_day(_days_named(a, op.src_start, op.src_end), _days_named(b, op.dest_start, op.dest_end)):
                found.append(Difference(_dates(a, op.src_start, op.src_end), _dates(b, op.dest_start, op.dest_end), "date"))
                continue
        at_a, at_b = _clock_in(a, clocks_a, op.src_start, op.src_end), _clock_in(b, clocks_b, op.dest_start, op.dest_end)
        if at_a and at_b:
            # one clock time however written ("3.40am" / "3:40 a.m."), or in copy another
            # ("3.40am" / "4:40 a.m."); a time in one zone is never compared with one in another
            if copy and at_a[1] != at_b[1] and at_a[2] == at_b[2]:
                found.append(Difference(at_a[0], at_b[0], "date"))
            continue
        clock_a, clock_b = _clock(a, op.src_start, op.src_end), _clock(b, op.dest_start, op.dest_end)
        if copy and clock_a and clock_b:
            found.append(Difference(clock_a, clock_b, "date"))  # "from 10:00" / "from 11:00"
            continue
        paid_a, paid_b = _paid_in(a, op.src_start, op.src_end), _paid_in(b, op.dest_start, op.dest_end)
        if paid_a and paid_b:
            found.append(Difference(paid_a, paid_b, "figure"))  # "200 million euros" / "200 million dollars"
            continue
        tally_a, tally_b = _tally(a, op.src_start, op.src_end, phrases_a), _tally(b, op.dest_start, op.dest_end, phrases_b)
        if tally_a and tally_b and (tally_a[1] or tally_b[1]):
            if tally_a[1] != tally_b[1]:  # "Nobody was injured" / "Several people were injured"
                found.append(Difference(tally_a[0], tally_b[0], "figure"))
            continue  # "Nobody" / "No one": nought written two ways
        what = _what(fa, fb, a.surface[op.src_start : op.src_end], b.surface[op.dest_start : op.dest_end])
        if what == "name" and len(fa) != len(fb) and not copy:
            continue  # "Oscars" for "Academy Awards" in a rewording: one thing named two ways, maybe
        if what == "name" and (len(fa) != len(fb) or not copy) and any(
            len(f) == 1 and _capitalised_as_opening(w, k, a, b) for f, w, k in ((fa, a, op.src_start), (fb, b, op.dest_start))
        ):
            # "Village council" for "Kessler Ford council", "Residents said" for "Eriksen said" in a
            # rewording: one word capitalised only as a sentence opens, no name (copy that puts one
            # name for another as a sentence opens, "Holm said" / "Holt said", still tells it)
            continue
        if what == "figure" and not figures:
            continue
        if what == "figure" and not ORDINALS.issuperset((*fa, *fb)):
            # the number phrases the change is in, or part of: copy that changes one word of a
            # figure ("160" of "160 million", "million" of "two million") changed the figure. Not
            # in a rewording: the equal words around its change may be the figures' own ("million
            # to [165] million crowns" / "million to [124] million crowns" pairs two figures).
            here = [(k, last) for k, last in phrases_a if k < op.src_end and last >= op.src_start and (copy or op.src_start <= k and last < op.src_end)]
            there = [(k, last) for k, last in phrases_b if k < op.dest_end and last >= op.dest_start and (copy or op.dest_start <= k and last < op.dest_end)]
            if not here and not there and _age(a, op.src_start, op.src_end) and _age(b, op.dest_start, op.dest_end):
                found.append(Difference(sa, sb, "figure"))  # "Veldkamp, 58, took" / "Veldkamp, 57, took": no count, an age
                continue
            if not here or not there or "".join(fa).replace(",", "") == "".join(fb).replace(",", ""):
                continue  # a clock time or a date's day ("20:49 GMT"), or digits spaced otherwise ("555 111")
            plain = [k for k in here if _kind(a, *k) != "year"], [k for k in there if _kind(b, *k) != "year"]
            if all(plain):
                # a year beside a figure in the change is when it is of ("[in 2026 and 1.4] per
                # cent" / "[from 1.5] per cent"), no figure of its own to pair
                here, there = plain
            if not copy and (any(_whole_of_a_part(a.folded, k) for k, _ in here) or any(_whole_of_a_part(b.folded, k) for k, _ in there)):
                continue  # a rewording's whole ("of the two units it had shut") is not what happened
            this, that = outcomes(counted_a, op.src_start, op.src_end), outcomes(counted_b, op.dest_start, op.dest_end)
            if this and that and this.isdisjoint(that):
                continue  # "Twenty-five people were injured" for "Six people were killed": two quantities
            # The figures themselves, without content words a rewording put around them
            # ("Twenty-five" for "Officials said 23": 25 -> 23; "About 1,200" stays).
            if len(here) == len(there) == 1:
                paid = _currency(a, *here[0]), _currency(b, *there[0])
                if paid[0] and paid[1] and paid[0][0] != paid[1][0]:
                    continue  # "Aid of £2 million" / "Aid of 5 million euros": two currencies are two sums
                sa, sb = _figure_of(a, op.src_start, op.src_end, here[0]), _figure_of(b, op.dest_start, op.dest_end, there[0])
                pa, pb = a.printed(here[0][0], here[0][1] + 1), b.printed(there[0][0], there[0][1] + 1)
                time_a, time_b = _time(a, here[0], pa), _time(b, there[0], pb)
                if time_a and time_b and time_a[1] != time_b[1]:
                    # a time in other units ("four years" / "48 months") differs only by its length
                    if _same_length(time_a, time_b):
                        continue
                    sa, sb = f"{sa} {time_a[1]}", f"{sb} {time_b[1]}"
                    found.append(Difference(sa, sb, "figure"))
                    continue
                points_a, points_b = _points(a, here[0], pa), _points(b, there[0], pb)
                if points_a and points_b and points_a[1] != points_b[1]:
                    # a rate's move in other units ("0.25 percentage points" / "25 basis points") differs only by its size
                    if _same_size(points_a, points_b):
                        continue
                    sa, sb = (f"{figure}{'' if unit in ('%', '') else ' '}{unit}" for figure, (_, unit, _, _) in ((sa, points_a), (sb, points_b)))
                    found.append(Difference(sa, sb, "figure"))
                    continue
                (this, label_a), (that, label_b) = things(counted_a, op.src_start, op.src_end), things(counted_b, op.dest_start, op.dest_end)
                if this and that and this.isdisjoint(that) and (label_a or label_b):
                    # "Vessels at anchor: 36" for "61,000 containers": a row's label says what its
                    # value counts, and it is no other thing, whatever the words align
                    continue
                if not _like(a, here[0], b, there[0], done_apart):
                    continue  # "Two of the injured workers were in a serious condition" / "Twelve workers were injured"
                if _other_holders(a, here[0], phrases_a, b, there[0], phrases_b):
                    continue  # "Some 300,000 customers in Karsland" / "About 650,000 customers in Velmoria": two places' counts
                if _of_two_times(a, here[0], b, there[0], days):
                    continue  # growth of 1.4% in 2027 is no value of this year's 1.5%
                if _rounded(pa, pb) or (value := _value(pa)) is not None and value == _value(pb):
                    continue  # "41.2" and "41": one value, rounded; "of 0.41" and "was.41": one value
                x, y = _phrase_count(a, here[0][0], pa), _phrase_count(b, there[0][0], pb)
                if not copy and (x.value in given_b or y.value in given_a):
                    # a rewording that gives the other's figure too, of another holder beside it ("within
                    # 14 hours" / "within six hours, much faster than in Ostmara, where OstNet needed 14 hours")
                    continue
                if x.kind == y.kind == "" and _of_two_days(a, here[0][0], b, there[0][0], days, edited=copy):
                    continue  # an agency's copy updated the next day: the count of another day
                # "nearly six" for "5.5": an estimate the other meets (not "at least three" for "10");
                # but copy that changed only the number of an estimate ("about 900" / "about 950")
                # was edited; a number in words that names no one value ("dozens": :data:`core.numbers.VAGUE`)
                # put for one is none. A figure of no value read ("No.1", "4.5m") agrees with none.
                edited = copy and all(is_number(w) for w in (*fa, *fb)) and x.value is not None and y.value is not None
                known = all(c.value is not None or c.surface.lower() in VAGUE for c in (x, y))
                if known and not _apart(x.value, y.value) and _consistent(x, y) and not edited:
                    continue
        if what == "date":
            # the days alone, without what a rewording put around them ("Tuesday that its" / "Monday its")
            sa, sb = _dates(a, op.src_start, op.src_end), _dates(b, op.dest_start, op.dest_end)
        if what is not None:
            found.append(Difference(sa, sb, what))
            if what == "negation":
                denials.append((found[-1], op))
    # Reworded paragraphs: one number on each side that counts the same thing ("12 people were
    # killed" / "killed fifteen"), with another value ("14" and "Fourteen" are one value
    # written two ways). A thing several numbers count on one side ("at 6:40 and 7:10", "212
    # to 178") says nothing of which pairs with which; "people were killed" and "people were
    # injured" are two quantities.
    told = [(d.a, d.b) for d in found]  # "About 1,200 -> Some 1,500" tells 1,200 -> 1,500
    # (given_a, given_b: each text's values, read above)
    # Numbers are paired by the thing they count before what happened to it: "eleven villages"
    # and "6,200 people" were evacuated, and against "6,800 people have been evacuated" the
    # people pair with the people (6,200 -> 6,800), never the villages with the people by
    # their evacuation (eleven -> 6,800). Where no number on one side counts the other's thing,
    # what happened pairs them ("Twelve miners were killed" / "Fifteen people were killed"), as
    # it does a number whose thing is not said ("missing 10 of the games" / "missed nine games").
    paired_a: set[int] = set()
    paired_b: set[int] = set()
    counts: list[tuple[int, Difference]] = []  # in the order of what *a* counts, as told
    for order, (s, xs) in sorted(enumerate(counted_a.items()), key=lambda item: item[1][0] in _OUTCOME_CLASSES):
        ys = counted_b.get(s, [])
        # of several values of one thing, a value the other text gives too is told alike; the one
        # it does not give is the one to pair ("Police put the crowd at 2,000; organisers say
        # 15,000 joined" / "the crowd numbered 10,000, while police estimated 2,000": 15,000 -> 10,000)
        if len({x.value for x in xs}) > 1:
            xs = [x for x in xs if x.value not in given_b]
        if len({y.value for y in ys}) > 1:
            ys = [y for y in ys if y.value not in given_a]
        # a count of one place is paired with the other's count of that place, never another's
        # ("Some 300,000 customers in Karsland" / "In Velmoria, about 600,000 customers lost power,
        # while in Karsland some 250,000 ...": no 300,000 -> 600,000)
        holders_a = {x.at: _holder(a, x.at, _phrase_end(phrases_a, x.at), phrases_a) for x in xs if x.at >= 0}
        holders_b = {y.at: _holder(b, y.at, _phrase_end(phrases_b, y.at), phrases_b) for y in ys if y.at >= 0}
        if any(holders_a.values()) and any(holders_b.values()):
            xs = [x for x in xs if holders_a.get(x.at, "") in ("", *holders_b.values())]
            ys = [y for y in ys if holders_b.get(y.at, "") in ("", *holders_a.values())]
            if len(xs) == len(ys) == 1 and "" not in (h := (holders_a.get(xs[0].at, ""), holders_b.get(ys[0].at, ""))) and h[0] != h[1]:
                continue
        if len({x.value for x in xs}) != 1 or len({y.value for y in ys}) != 1:
            continue
        x, y = xs[0], ys[0]
        if x.then and y.then and x.then != y.then or x.kind != y.kind or not same_quantity(x.of, y.of):
            continue  # the dead are not the injured, a closing price is not a premium, revenue no fee income
        done = (action_of(a.text, a.spans[x.at][0]) if x.at >= 0 else "", action_of(b.text, b.spans[y.at][0]) if y.at >= 0 else "")
        if done_apart(*done):
            continue  # complaints received are not complaints rejected ("received four" / "rejected the other two")
        if x.at >= 0 and y.at >= 0:
            span_a, span_b = (a.spans[x.at][0], a.spans[x.at][1]), (b.spans[y.at][0], b.spans[y.at][1])
            def needed(words: _Words, k: int) -> bool:  # the number, or it and the word after it ("26 seats")
                return any(threshold(words.text, words.spans[k][0], words.spans[m][1]) for m in (k, k + 1) if m < len(words.spans))

            if needed(a, x.at) != needed(b, y.at):
                continue  # the 31 seats a majority needs are no party's 21 seats
            if _of_two_times(a, (x.at, x.at), b, (y.at, y.at), days, moments=x.kind == y.kind == "share"):
                continue  # turnout by noon is no final turnout, nor 2022's; last year's rate no value of this year's
            if x.kind == y.kind == "" and _of_two_days(a, x.at, b, y.at, days):
                continue  # 41,000 containers stranded on the 17th, 66,000 on the 27th: a change over time
        if s in _OUTCOME_CLASSES and x.thing and y.thing and x.thing != y.thing and (
                x.at in paired_a or y.at in paired_b or _PEOPLE not in (x.thing, y.thing) and (x.thing in counted_b or y.thing in counted_a)):
            # villages against people, where the people pair with people; and protesters injured
            # against officers injured, where the other text counts protesters too ("more than 60
            # protesters were injured" / "14 officers were injured ... 80 protesters needed treatment")
            continue
        if (s not in _OUTCOME_CLASSES and s not in (x.thing, y.thing) and x.thing and y.thing and x.thing != y.thing
                and _PEOPLE not in (x.thing, y.thing) and not s.startswith("%")):
            # what was done to two things ("dozens of ships stranded" / "66,000 containers were
            # stranded") pairs no ships with containers: they are two quantities (trial 43 F3)
            continue
        if s not in _OUTCOME_CLASSES and _apart(x.value, y.value):
            continue  # "$380,600" (a building's value) and "$1 million" (the damage): two sums
        if s not in _OUTCOME_CLASSES:
            paired_a.add(x.at)
            paired_b.add(y.at)
        same = x.surface.lower() == y.surface.lower() or (x.value is not None and x.value == y.value) or _rounded(x.surface, y.surface)
        # "more than 40" and "41", "dozens" and "44", "nearly 300,000" and "287,412" agree; "at
        # least seven" and "at least nine" are two outlets' figures, each a bound, and differ.
        if not same and not _consistent(x, y) and not any(_within(x.surface, wa) and _within(y.surface, wb) for wa, wb in told):
            if y.value in given_a or x.value in given_b:
                continue
            # printed with the article a number word takes ("a dozen" / "8", not "dozen")
            counts.append((order, Difference(x.named or x.surface, y.named or y.surface, "figure")))
    found.extend(d for _, d in sorted(counts))
    if figures:
        found.extend(_reworded_clock(text_a, text_b, found))
    if figures:
        found.extend(_parts(a, b, phrases_a, phrases_b, [(d.a, d.b) for d in found]))
    if figures:
        found.extend(_speakers(a, b, [d for d in found if d.what == "name"], context))
    found = _net_polarity(list(dict.fromkeys(d for d in found if figures or d.what != "figure")), denials, a, b)
    if reversals:
        found = [d for d in found if d.what in ("negation", "outcome")]
    if not any(d.what in ("negation", "outcome") for d in found):
        # a claim reversed in other words (what copy edits, the alignment told above)
        found.extend(_reversed(a, b))
    return found


#: The kinds of time (core.quantities.When) that make figures of two periods whatever else they
#: are: two months or two years. Two days or two points of a day part only shares
#: (:func:`_of_two_times`, *moments*); in copy, a count and its day both edited are two edits.
_PERIODS = frozenset({"month", "year", "years from report"})


def _of_two_times(a: _Words, here: tuple[int, int], b: _Words, there: tuple[int, int], days: tuple[str | None, str | None],
                  *, moments: bool = False) -> bool:
    """Whether the figure of number phrase *here* of *a* and the one of *there* of *b* are given
    for two periods, as the figures view reads them (core.quantities.when_of, other_time): two
    months or two years ("3.3% in September" / "5.8% in October 2025"; "1.4 per cent in 2027" /
    "from 1.5 per cent" this year), and where *moments*, two days or two points of a day too (a
    share's: turnout by noon is no final turnout). Where either names a year, one that names none
    is of the year its report was published (*days*, ISO 8601 or None; core.quantities.in_report_year):
    "3.75% a year ago" is no value of "4.50% on Tuesday". A year is no figure given for a time:
    "built in 1968" / "built in 1967" differ."""
    if _kind(a, *here) == "year" or _kind(b, *there) == "year":
        return False
    when_a = when_of(a.text, a.spans[here[0]][0], a.spans[here[1]][1], moves=moments)
    when_b = when_of(b.text, b.spans[there[0]][0], b.spans[there[1]][1], moves=moments)
    if names_year(when_a) or names_year(when_b):
        when_a, when_b = in_report_year(when_a, days[0], unnamed=True), in_report_year(when_b, days[1], unnamed=True)
    if not moments:
        when_a, when_b = (When(frozenset(day for day in w.days if day[0] in _PERIODS)) for w in (when_a, when_b))
    return other_time(when_a, when_b)


def _of_two_days(a: _Words, k: int, b: _Words, m: int, days: tuple[str | None, str | None], *, edited: bool = False) -> bool:
    """Whether the count at word *k* of *a* and the one at word *m* of *b* are of two days, their
    reports published on *days* (ISO 8601, or None): the day its words name, else the day its
    report was published, as the figures view dates a count (:func:`core.quantities.published_day`);
    a duration only where it is an average (:func:`core.quantities.averaged`), as there. Copy
    *edited* is of two days only where the two reports were published on two days (an agency's
    update of its copy the next day), never for the weekday an editor changed the same day
    (:func:`core.quantities.published_apart`)."""
    if None in days:
        return False
    for w, n in ((a, k), (b, m)):
        end = n
        while end + 1 < len(w.folded) and is_number(w.folded[end + 1]):
            end += 1  # "two million"
        if end + 1 < len(w.folded) and w.folded[end + 1].removesuffix("s") in SECONDS and not averaged(w.text, w.spans[n][0], w.spans[end][1]):
            return False  # what an event lasted ("the talks lasted nearly six hours") is the same whenever told
    of = [published_day(when_of(w.text, w.spans[n][0], w.spans[n][1]), day) for w, n, day in ((a, k, days[0]), (b, m, days[1]))]
    if edited:
        return published_apart(*of)
    # A row of a statistics table is of the day that heads it ("21 Nov — Vessels at anchor: 36;
    # Containers on quay (est.): 58,900"), whichever day its page was published or the other
    # report gives a count of (its own day's words, else its publication day)
    rows = [_label_of(w, n) is not None and {v for kind, v in when.days if kind == "on"} for w, n, when in ((a, k, of[0]), (b, m, of[1]))]
    for row, other in ((rows[0], of[1]), (rows[1], of[0])):
        theirs = {v for kind, v in other.days if kind == "on"} or {v for kind, v in other.days if kind == "published"}
        if row and theirs and row.isdisjoint(theirs):
            return True
    return days_apart(*of)


def _speakers(
    a: _Words, b: _Words, names: Sequence[Difference], context: tuple[Sequence[str], Sequence[str]] = ((), ())
) -> list[Difference]:
    """The quotations texts *a* and *b* both carry (:func:`_shared_quotations`) that they give to two people, as the quotes
    view reads who said it, in every shape it reads ('"...," said Mayor Tomas Berg, who chairs
    ...', 'Berg told reporters: "..."', 'according to Berg', '"..." — Tomas Berg, mayor'): a name
    difference of the speakers as each text names them, unless a name change of *names* (found in
    the wording) already holds one of them. The quotes view's rules decide, run on the two
    paragraphs (core.quotations.find_quotes, its other speakers): one person named two
    ways ("Solberg", "Dr. Ingrid Solberg") is one speaker, a person and the organisation they speak
    for do not disagree, and a quotation one side gives to nobody named ("she said") says nothing.
    The paragraphs of *context* (those before each text in its article) are read as the quotes
    view reads an article's: a surname alone is the person named in full before ("Zammit" of
    "Mark Zammit"), and "she said" the person the paragraph before names."""
    if not _shared_quotations(a.text, b.text):
        return []  # (the quotes view's reading is slow beside this look)
    before_a, before_b = context
    pair = [Article("a", "", "a", "", (*before_a, a.text)), Article("b", "", "b", "", (*before_b, b.text))]
    only = {Ref("a", len(before_a)), Ref("b", len(before_b))}
    told = {w.strip(".,").lower() for d in names for w in (*d.a.split(), *d.b.split())}
    # names compared by their letters, without dots ("A.J. Butler" / "AJ Butler") or possessives
    words_a, words_b = ({re.sub(r"['’]s$", "", w).replace(".", "") for w in words.folded} for words in (a, b))
    found: list[Difference] = []
    for quote in find_quotes(pair, only=only):
        if not quote.others:
            continue
        said = {q.ref.article: q.speaker for q in quote.occurrences if q.speaker}
        who_a, who_b = said.get("a"), said.get("b")
        if not (who_a and who_b and who_a != who_b):
            continue
        key_a, key_b = (tuple(w.replace(".", "") for w in person_key(who)) for who in (who_a, who_b))
        if len(key_a) < 2 or len(key_b) < 2:
            continue  # one word may name a firm or a body as well as a person ("Microsoft", "Authorities")
        if told.intersection((key_a[-1], key_b[-1])):
            continue  # told in the wording ("chief executive Marta Lindqvist" / "chief scientific officer Jonas Berg")
        if words_b.issuperset(key_a) or words_a.issuperset(key_b):
            continue  # one names the other's speaker too, read otherwise: maybe their employer ("Paul Ferguson, a researcher
            # from Trend Micro" / "Researchers at Trend Micro said"; "said Trend Lab senior researcher Paul Ferrin")
        found.append(Difference(who_a, who_b, "name"))
    return found


#: Verbs whose sense passes to the verb of :data:`OPPOSITES` they govern, through "to" or
#: "that" ("refused to accept" is a rejection, "agreed to accept" an acceptance, "confirmed that
#: it had rejected" a rejection), by stem: 1 keeps the sense, -1 reverses it. A negation
#: (core.text.is_negation: "not", "denied") reverses it wherever it stands before the verb.
_GOVERNING = {stem("agreed"): 1, stem("confirmed"): 1, stem("refused"): -1, stem("declined"): -1, stem("failed"): -1}
#: How far before a verb, in words, a negation or a governing verb is read as its own.
_REACH = 4
#: Words that end what a verb's subject or object is read from: a clause's conjunctions ("rose in
#: the morning but fell later"; not "after", "before", "until": "rose after the storm" says when).
_CONJUNCTIONS = frozenset("and but or nor while whereas because when if whether unless though although".split())
#: ... and what its negation is read from, with the words of reporting too ("has not said whether
#: it will accept": the "not" is the saying's).
_CLAUSE_WORDS = _CONJUNCTIONS | frozenset("after before until since said says say told".split())
#: Auxiliaries printed before a verb with its negation ("would not accept", "was convicted").
_VERB_AUXILIARIES = AUXILIARIES | frozenset("would will could can did does do may might should shall must".split())
#: How many content words on each side of a verb say what it is said of.
_AROUND = 3
#: Forms of :data:`OPPOSITES` that are states, said of their subject after "is" or "was" ("is
#: alive", "was dead"), no passive whose subject is its object.
_STATES = frozenset({"alive", "dead"})


class _Claim(NamedTuple):
    """A verb of :data:`OPPOSITES` in a paragraph, as it is said there."""

    verb: str  # folded ("rejected")
    stem: str
    denied: bool  # reversed an odd number of times ("would not accept", "refused to accept")
    printed: str  # the verb with its negation, governing verb and auxiliaries ("would not accept")
    subject: tuple[str, ...]  # content stems of who or what does it (before an active verb), nearest first
    object: tuple[str, ...]  # content stems of what it is done to (after it; before a passive), nearest first
    #: how many of who or what it is said of, where a number stands in its clause before it ("Two
    #: miners have died": 2.0; "Nine miners were rescued alive": 9.0), else None: two counts are
    #: two groups of one noun ("two died" and "nine alive" say nothing opposite of the same miners)
    how_many: float | None = None


#: How many words before a verb of :data:`OPPOSITES` the count of what it is said of is looked for
#: in, within its clause ("Nine miners had been brought out alive": six).
_COUNT_REACH = 8


def _claims(words: _Words) -> list[_Claim]:
    """The verbs of :data:`OPPOSITES` in *words* (in the forms listed there), each with what
    reverses it and what it is said of."""
    folded = words.folded
    stems = [stem(w) for w in folded]

    def bound(m: int) -> bool:  # whether a clause ends between words m and m + 1
        return bool(_CLAUSE_END.search(words.text, words.spans[m][1], words.spans[m + 1][0]))

    def content(order: Iterable[int]) -> tuple[str, ...]:
        found: list[str] = []
        for m in order:
            if folded[m] in _CONJUNCTIONS:
                break
            if stems[m] and not is_number(folded[m]) and not is_negation(folded[m]) and stems[m] not in OPPOSITE_SIDES:
                found.append(stems[m])
                if len(found) == _AROUND:
                    break
        return tuple(found)

    def before(k: int) -> Iterable[int]:
        m = k - 1
        while m >= 0 and not bound(m):
            yield m
            m -= 1

    def after(k: int) -> Iterable[int]:
        m = k + 1
        while m < len(folded) and not bound(m - 1):
            yield m
            m += 1

    claims: list[tuple[int, _Claim]] = []
    governed: set[int] = set()
    for k, s in enumerate(stems):
        if folded[k] not in _VERB_FORMS or k and words.gap(k - 1) == "-":
            continue  # "hard-won": part of another word
        denied, first = False, k
        # back to the verb's negations and the verb governing it, past auxiliaries and adverbs
        # ("did not explicitly accept"); another word is another verb's ("nothing to discourage a cut")
        for m in before(k):
            if k - m > _REACH or folded[m] in _CLAUSE_WORDS:
                break
            if is_negation(folded[m]) and not (counts_nought(folded, m) or folded[m] == "one" and counts_nought(folded, m - 1)):
                denied, first = not denied, m
                governed.add(m)
            elif is_negation(folded[m]) or folded[m] == "one":
                break  # "No one died", "Nobody was hurt": a count of nought, told as a figure, no denial
            elif stems[m] in _GOVERNING and folded[m + 1] in ("to", "that"):
                denied, first = denied != (_GOVERNING[stems[m]] < 0), m
                governed.add(m)
            elif stems[m] and not folded[m].endswith("ly"):
                break
        start = first
        while start > 0 and first - start < 2 and folded[start - 1] in _VERB_AUXILIARIES:
            start -= 1
        shown = start
        subject, object_ = content(m for m in before(first) if m < start), content(after(k))
        if (that := _governing_that(folded, stems, before(start))) is not None:
            # "denied reports that a docker injured in the protest had died": the verb before "that"
            # governs the clause after it, whose subject opens it (the docker, not the protest)
            governor, at, sense = that
            denied, shown = denied != (sense < 0), governor
            governed.add(governor)
            subject = content(range(at + 1, start)) or subject
        if not subject and start > 0 and words.gap(start - 1).strip() == "," and words.surface[start - 1][:1].isupper():
            # a subject named in apposition ("the docker, Teodor Lasko, had died"): the name, then
            # the noun it names ("docker"), which another report may give without the name
            named = [m for m in (start - 1, *before(start - 1)) if words.surface[m][:1].isupper() and m >= start - _AROUND]
            subject = content(named)
            if named and (opened := min(named)) > 0 and words.gap(opened - 1).strip() == ",":
                subject += content(m for m in (opened - 1, *before(opened - 1)))
        if not BE.isdisjoint(folded[start:k]) and folded[k] not in _STATES:
            subject, object_ = object_, subject  # "was convicted of fraud by a jury": the mayor was
        count = next((value for m in before(start) if k - m <= _COUNT_REACH and is_number(folded[m])
                      and (value := number_value(folded[m])) is not None), None)
        claims.append((k, _Claim(folded[k], s, denied, words.printed(shown, k + 1), subject, object_, count)))
    # a verb that governs another says nothing of its own there ("refused to accept")
    return [claim for k, claim in claims if k not in governed]


#: What is denied or confirmed before "that" where it is not the clause itself: "denied reports that",
#: "rejected claims that", "confirmed rumours that".
_SAYINGS = frozenset("reports report claims claim suggestions suggestion allegations allegation rumours rumors rumour rumor "
                     "accounts account speculation".split())
#: How many words before a verb its clause's "that" is looked for (past its subject).
_THAT_REACH = 8


def _governing_that(folded: Sequence[str], stems: Sequence[str], order: Iterable[int]) -> tuple[int, int, int] | None:
    """The word that governs a verb's clause from before its "that", among the words *order*
    gives (those of the clause before the verb, nearest first), and its sense: a negation
    (core.text.is_negation: "denied", "denies") -1, a verb of :data:`_GOVERNING` its own
    ("confirmed" 1), maybe with what is said between ("denied reports that": :data:`_SAYINGS`), as
    (its index, the index of "that", its sense); None where no "that" opens the verb's clause
    there or nothing before it governs it ("said that" only reports)."""
    for n, m in enumerate(order):
        if n >= _THAT_REACH:
            return None
        if folded[m] != "that":
            continue
        g = m - 1
        if g >= 1 and folded[g] in _SAYINGS:
            g -= 1
        if g < 0:
            return None
        if is_negation(folded[g]) and folded[g] not in ("no", "not", "never", "nobody", "none"):
            return g, m, -1
        if stems[g] in _GOVERNING:
            return g, m, _GOVERNING[stems[g]]
        return None
    return None


def _sides(x: str, y: str) -> tuple[int, int] | None:
    """The sides of verb stems *x* and *y* in a pair of :data:`OPPOSITES` that holds both ((1, -1)
    for "accept" / "reject"), or None where none does."""
    if x == y:
        return (1, 1)
    found = OPPOSITE_SIDES[x].keys() & OPPOSITE_SIDES[y].keys()
    if not found:
        return None
    pair = min(found)
    return OPPOSITE_SIDES[x][pair], OPPOSITE_SIDES[y][pair]


def _said_of_one_thing(x: _Claim, y: _Claim) -> bool:
    """Whether claims *x* and *y* are said of the same thing: their subjects, and their objects,
    meet where both name one (the nearest word of one is among the other's: "Norvik Air shares"
    / "shares in Norvik Air"), and one of them does. "Lind won" / "Berg lost" the election: two
    people; "operating loss rose" / "operating revenue fell": two sums; "rose after the storm" /
    "fell before the vote": two times."""
    if x.how_many is not None and y.how_many is not None and x.how_many != y.how_many:
        return False  # "Two miners have died" / "Nine miners were rescued alive": other miners
    met = False
    for ours, theirs in ((x.subject, y.subject), (x.object, y.object)):
        if ours and theirs:
            if ours[0] not in theirs and theirs[0] not in ours:
                return False
            met = True
    return met


def _agree(x: _Claim, y: _Claim) -> bool | None:
    """Whether claims *x* and *y* say the same (True) or the opposite (False) of one thing; None
    where they are not comparable (other verbs, or said of other things)."""
    sides = _sides(x.stem, y.stem)
    if sides is None or not _said_of_one_thing(x, y):
        return None
    return (sides[0] * (-1 if x.denied else 1)) == (sides[1] * (-1 if y.denied else 1))


def _says_too(x: _Claim, y: _Claim) -> bool:
    """Whether claim *y* says what *x* says (:func:`_agree`), or the same verb in the same sense
    of the same subject, whatever it adds after it ("Ivo Brant died overnight" / "Ivo Brant had
    died of his injuries"): a text that holds it and the opposite says both."""
    return bool(_agree(x, y)) or (x.stem == y.stem and x.denied == y.denied and bool(x.subject) and bool(y.subject)
                                  and (x.subject[0] in y.subject or y.subject[0] in x.subject))


def _reversed(a: _Words, b: _Words) -> list[Difference]:
    """Verbs of :data:`OPPOSITES` that *a* and *b* say of one thing with opposite senses, in
    whatever words ("The union rejected an offer" / "The union said it would accept the offer";
    "rejected" / "would not accept" agree): an outcome where the verbs are opposites, a negation
    where one side's verb is denied (or is a denial: "denied" / "confirmed"). A paragraph that
    says both ("rose ... but fell") contradicts neither."""
    ours, theirs = _claims(a), _claims(b)
    found: list[Difference] = []
    for x in ours:
        for y in theirs:
            if _agree(x, y) is not False:
                continue
            if any(_says_too(z, y) for z in ours) or any(_says_too(x, z) for z in theirs):
                continue  # one side says both
            sides = _sides(x.stem, y.stem)
            opposites = sides is not None and sides[0] != sides[1] and not (is_negation(x.verb) or is_negation(y.verb))
            what = "outcome" if opposites else "negation"
            found.append(Difference(x.printed, y.printed, what))
            break
    return found


def _may_reverse(a: _Words, op: Opcode, b: _Words, copy: bool) -> bool:
    """Whether the change *op* between *a* and *b* (inside copied wording) may be a negation or an
    outcome in :func:`differences` (*copy*: whether *b* copies *a*): a test each such change
    passes, and most others fail, cheaper than the reading they are put to. A negation needs a
    word of negation on either side (:func:`_denies`, :func:`_what`) or one word put for its
    negated form ("likely" / "unlikely"), an outcome one put for its opposite (:func:`_opposed`)
    or, in copy, what happened to a count on each side (:func:`_fates`)."""
    fa, fb = a.folded[op.src_start : op.src_end], b.folded[op.dest_start : op.dest_end]
    if any(map(is_negation, fa)) or any(map(is_negation, fb)):
        return op.tag == "replace" or len(fa) + len(fb) <= 2
    if op.tag != "replace":
        return False
    if len(fa) == len(fb) == 1 and _opposed(fa[0], fb[0]) is not None:
        return True
    return copy and _fates(a, op.src_start, op.src_end) is not None and _fates(b, op.dest_start, op.dest_end) is not None


def _denies(words: _Words, k: int) -> bool:
    """Whether word *k* of *words* is a negation (:func:`core.text.is_negation`), not the "No." of
    a rank or a number ("the No. 1 Tar Heels")."""
    folded = words.folded
    return is_negation(folded[k]) and not (folded[k] == "no" and k + 1 < len(folded) and is_number(folded[k + 1]))


def _net_polarity(found: list[Difference], denials: Sequence[tuple[Difference, Opcode]], a: _Words, b: _Words) -> list[Difference]:
    """*found* without its negation changes where they cancel: "denied that the vessel had been
    overloaded" / "said that the vessel had not been overloaded" put a denial in on each side
    (one in the verb, one in a "not"): both say it was not overloaded; so do "I didn't feel we
    were ready" / "I feel we weren't ready". They cancel only inside one clause of each text
    (*denials*: each negation change with its opcode over *a* and *b*; no comma, semicolon, colon
    or sentence's end between the first and the last): "would not appeal the fine, and would pay"
    / "would appeal the fine, and would not pay" denies two claims otherwise. A word's negating
    prefix ("unlikely" / "likely") is a change of its own, never cancelled."""
    changes = [(d, op) for d, op in denials if d in found and not _prefixed(d)]
    if not changes:
        return found
    denials_a = sum(is_negation(w) for d, _ in changes for w in d.a.lower().split())
    denials_b = sum(is_negation(w) for d, _ in changes for w in d.b.lower().split())
    if denials_a % 2 != denials_b % 2:
        return found
    for words, bounds in ((a, [(op.src_start, op.src_end) for _, op in changes]), (b, [(op.dest_start, op.dest_end) for _, op in changes])):
        first, last = min(start for start, _ in bounds), max(end for _, end in bounds)
        if last - first > 0 and _CLAUSE_BREAK.search(words.text, words.spans[first][0], words.spans[min(last, len(words.spans)) - 1][1]):
            return found
    cancelled = {d for d, _ in changes}
    return [d for d in found if d not in cancelled]


#: What ends a clause in a text: a comma, semicolon or colon, or a sentence's end.
_CLAUSE_BREAK = re.compile(r"[,;:]|[.!?](?=\s)")


def _prefixed(change: Difference) -> bool:
    """Whether a negation change is a word put for itself with a negating prefix ("likely" / "unlikely")."""
    a, b = change.a.lower().split(), change.b.lower().split()
    return len(a) == len(b) == 1 and _opposed(a[0], b[0]) == "negation"


def evidence(text_a: str, text_b: str) -> Evidence:
    """What *text_a* and *text_b* share: content words, figures and a common quotation (an
    escape sequence's parameters, "␛[2J", are none of them)."""
    text_a, text_b = without_escape_sequences(text_a), without_escape_sequences(text_b)
    a, b = _words(text_a), _words(text_b)
    folds = verb_stems([*a.folded, *b.folded])  # "explosion" / "exploded", as the linker reads them
    stems_b = {folds.get(s, s) for s in map(stem, b.folded)} - {""}
    shared_words: dict[str, str] = {}
    # Figures are number phrases ("48.6 billion", "Twenty-five"), never a clock time ("6:40 a.m.":
    # no 6 and 40), shared by value; a lone number word ("three") is too common to say much.
    # A sum in two currencies is none ("200 million euros" / "200 million dollars").
    # A figure is shared only as a count of one thing: "17 cases" and "17 stores" share no figure
    # (core.text.counted_apart), where the two are written in one language (another's word for
    # the thing, "17 cas", is no other thing).
    def phrases(words: _Words) -> dict[float | str, tuple[str, str, frozenset[str]]]:
        found: dict[float | str, tuple[str, str, frozenset[str]]] = {}
        for k, last in _number_phrases(words):
            if k == last and words.folded[k] in NUMBER_WORDS | _NOUGHT | {"one"}:
                continue
            surface = words.text[words.spans[k][0] : words.spans[last][1]]
            value = _value(surface)
            currency = _currency(words, k, last)
            end = last + 1
            while end < min(len(words.folded), last + 3) and not words.gap(end - 1).strip():
                end += 1
            counted = counted_after(words.folded[: end], last)
            found.setdefault(surface.lower() if value is None else value, (surface, currency[0] if currency else "", counted))
        return found

    figures_b = phrases(b)
    one_language = len({w for w in a.folded if is_stopword(w)} & {w for w in b.folded if is_stopword(w)}) >= ONE_LANGUAGE_STOPWORDS
    figures = {key: surface for key, (surface, currency, counted) in phrases(a).items()
               if key in figures_b and not (currency and figures_b[key][1] and currency != figures_b[key][1])
               and not (one_language and counted_apart(counted, figures_b[key][2]))}
    # A clock time both give, however written ("3.40am" / "3:40 a.m."), as a prints it.
    times_b = {(minutes, zone) for _, _, minutes, zone in clock_times(text_b)}
    for first, last, minutes, zone in clock_times(text_a) if times_b else ():
        if (minutes, zone) in times_b:
            figures.setdefault(f"{minutes}@{zone}", text_a[first:last])
    # A count of nought of what the other counts nought of too ("Nobody was hurt" / "No injuries
    # were reported": the injured), as a's words give it.
    noughts_b = {outcome for outcome, _, _ in nought_counts(b.folded)}
    for outcome, first, last in nought_counts(a.folded) if noughts_b else ():
        if outcome in noughts_b:
            figures.setdefault(outcome, a.printed(first, last + 1))
    for folded, surface in zip(a.folded, a.surface):
        if is_number(folded) and folded not in ("no",) or folded in _CLOCK:
            continue
        s = stem(folded)
        s = folds.get(s, s)
        if s and s in stems_b:
            shared_words.setdefault(s, surface)
    quotation = max(_shared_quotations(text_a, text_b), key=len, default=None)
    return Evidence(tuple(shared_words.values()), tuple(figures.values()), quotation)


def _shared_quotations(text_a: str, text_b: str) -> list[str]:
    """The quotations of *text_a* (their words inside the marks) that share a run of three words
    or more with one of *text_b*'s, in *text_a*'s order."""
    quotes_b = [_words(text_b[start:end]).folded for start, end in quote_spans(text_b)]
    found = []
    for start, end in quote_spans(text_a) if quotes_b else ():
        inner = text_a[start:end]
        aw = _words(inner).folded
        for other in quotes_b:
            ops = Levenshtein.opcodes(aw, other)
            if max((o.src_end - o.src_start for o in ops if o.tag == "equal"), default=0) >= 3:
                found.append(inner)
                break
    return found


#: The least share of the words two texts print outside the sentences only one of them has that
#: must stand equal in both for the two to be copy cut by a sentence (:func:`cut_copy`): copy edited
#: in a few words too ("U.S." / "American", "President Joe Biden" / "Mr Biden": 0.87 of a seeds'
#: paragraph), not a rewording around a shared phrase (0.42).
CUT_COPY_SHARE = 0.8


def cut_copy(text_a: str, text_b: str) -> bool:
    """Whether *text_b* is *text_a*'s copy but for whole sentences one of them prints and the other
    leaves out (or adds): of the words each prints outside them, :data:`CUT_COPY_SHARE` or more
    stand equal in both ("... operates seven T-72 aircraft. The type entered service in 2009." /
    "... operates seven T-72 aircraft."). A link of such copy is no verbatim link (the same
    wording, core.linking.align), but its cut is what changed (core.linking.story.Story.explain)."""
    read_a, read_b = _read(text_a), _read(text_b)
    a, b = read_a.words, read_b.words
    ops, _ = _alignment(a, b, (read_a.phrases, read_b.phrases))
    if not any(op.tag == _SENTENCES for op in ops):
        return False
    equal = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    kept_a = len(a.folded) - sum(op.src_end - op.src_start for op in ops if op.tag == _SENTENCES)
    kept_b = len(b.folded) - sum(op.dest_end - op.dest_start for op in ops if op.tag == _SENTENCES)
    return equal >= CUT_COPY_SHARE * max(kept_a, kept_b, 1)


def explain(text_a: str, text_b: str) -> dict[str, object]:
    """The two fields a link adds to the `links` JSON contract: ``evidence`` and ``differences``."""
    return {
        "evidence": evidence(text_a, text_b).to_json(),
        "differences": [d.to_json() for d in differences(text_a, text_b)],
    }
