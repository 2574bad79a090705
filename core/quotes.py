"""Direct quotations across a story: who said what, who carries it, and how the wording varies.

Only text inside quotation marks is a quotation, so a paraphrase is never shown as
one. Quotations from different articles are the same quote when their wording is
close (word-level Indel similarity) or one quotes a fragment of the other (partial ratio);
the quote's text is its most common wording and its speaker the most common
attribution among the reports that name one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from core.groups import Groups
from core.model import Article, Ref, Span
from core.text import process as processor
from core.text import quote_spans, words

__all__ = ["Quotation", "Quote", "find_quotes", "quotes_to_json", "speaker_of"]

#: Words that attribute speech.
_VERB = r"(?:said|says|say|told|tells|added|adds|wrote|writes|noted|notes|stated|states|declared|asked|posted|insisted|warned|urged)"
#: A named speaker: capitalised words, maybe after a title; or "the X Ministry/Department".
_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|President|Secretary|Minister|Sen|Senator|Rep|Gen)\.?\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|al|van|von))*"
)
_AFTER = re.compile(rf"^\W{{0,3}}\s*(?:{_VERB}\s+(?P<a>{_NAME})|(?P<b>{_NAME})\s+{_VERB})\b")
_BEFORE = re.compile(rf"(?P<c>{_NAME})\s+(?:{_VERB}|has said|had said)(?:\s+\w+){{0,4}}?\s*(?:that\s*)?[:,]?\s*$")
#: Capitalised words that start sentences or name nothing.
_NOT_NAMES = frozenset({"The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On", "This", "That"})

#: Quotations shorter than this many words are too common to follow ("candid").
MIN_WORDS = 2
#: Wording at least this close (share of words in common order, 0-1) is the same
#: quote, varied: "candid, substantive, and constructive" / "candid, in-depth and
#: constructive" score 0.67; two statements opening with the same phrase score lower.
SAME_WORDING = 0.6
#: A quotation that is a fragment of a longer one: partial ratio at least this.
FRAGMENT = 95


@dataclass(frozen=True, slots=True)
class Quotation:
    """One occurrence of a quotation in one paragraph of one article."""

    ref: Ref
    span: Span
    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation as the story carries it: every occurrence, its main wording and speaker."""

    text: str
    speaker: str | None
    occurrences: tuple[Quotation, ...]

    def outlets(self, articles: dict[str, Article]) -> list[str]:
        """The outlets carrying the quote, in story order, each once."""
        return list(dict.fromkeys(articles[q.ref.article].outlet for q in self.occurrences))

    def variants(self) -> list[tuple[str, list[Quotation]]]:
        """The distinct wordings, most common first, each with where it appears."""
        groups: dict[str, list[Quotation]] = {}
        for q in self.occurrences:
            groups.setdefault(processor(q.text), []).append(q)
        ordered = sorted(groups.values(), key=lambda qs: (-len(qs), -len(qs[0].text)))
        return [(qs[0].text, qs) for qs in ordered]


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" ,.")
    first = name.split()[0]
    if first in _NOT_NAMES and len(name.split()) == 1:
        return None
    return name


def speaker_of(text: str, span: Span) -> str | None:
    """Who *text* says spoke the quotation at *span*, where it names them."""
    start, end = span
    after = text[end : end + 80]
    match = _AFTER.match(after)
    if match:
        return _clean_name(match["a"] or match["b"])
    before = text[max(0, start - 100) : max(0, start - 1)]
    match = _BEFORE.search(before)
    if match:
        return _clean_name(match["c"])
    return None


def _occurrences(articles: Sequence[Article]) -> list[Quotation]:
    found = []
    for article in articles:
        for index, text in enumerate(article.paragraphs):
            for start, end in quote_spans(text, min_words=MIN_WORDS):
                quoted = text[start:end].strip(" ,.")
                if len(words(quoted)) >= MIN_WORDS:
                    found.append(Quotation(Ref(article.id, index), (start, end), quoted, speaker_of(text, (start, end))))
    return found


def find_quotes(articles: Sequence[Article]) -> list[Quote]:
    """Every direct quotation of the story, grouped into quotes, most widely carried first."""
    found = _occurrences(articles)
    keys = [processor(q.text) for q in found]
    groups = Groups(len(found))

    # First, wordings close enough to be one quote, varied, compared word by word.
    word_keys = [key.split() for key in keys]
    for i, key_words in enumerate(word_keys):
        close = process.extract(
            key_words, word_keys, scorer=Indel.normalized_similarity, processor=None,
            score_cutoff=SAME_WORDING, limit=None,
        )
        for _, _, j in close:
            groups.join(i, j)
    # Then a quote that is a fragment of a longer one joins that one: the single
    # best container, so a phrase two different statements share never joins them.
    longest: dict[int, str] = {}
    sizes: Counter[int] = Counter()
    for i, key in enumerate(keys):
        r = groups.root(i)
        sizes[r] += 1
        if len(key) > len(longest.get(r, "")):
            longest[r] = key
    reps = sorted(longest, key=lambda r: (len(longest[r]), r))
    texts = [longest[r] for r in reps]
    for n, r in enumerate(reps):
        if len(texts[n].split()) < 3:
            continue
        inside = process.extract(texts[n], texts, scorer=fuzz.partial_ratio, processor=None, score_cutoff=FRAGMENT, limit=None)
        containers = [(score, sizes[reps[m]], len(texts[m]), -m) for _, score, m in inside if len(texts[m]) > len(texts[n])]
        if containers:
            best = -max(containers)[3]
            groups.join(r, reps[best])

    grouped = {r: [found[i] for i in items] for r, items in groups.members().items()}
    order = {a.id: n for n, a in enumerate(articles)}
    quotes = []
    for members in grouped.values():
        members.sort(key=lambda q: (order[q.ref.article], q.ref.paragraph, q.span))
        wording = Counter(processor(q.text) for q in members)
        text = max(members, key=lambda q: (wording[processor(q.text)], len(q.text))).text
        named = Counter(q.speaker for q in members if q.speaker)
        speaker = max(named, key=lambda s: (named[s], len(s))) if named else None
        quotes.append(Quote(text, speaker, tuple(members)))
    quotes.sort(key=lambda q: (-len({q_.ref.article for q_ in q.occurrences}), order[q.occurrences[0].ref.article], q.occurrences[0].ref.paragraph))
    return quotes


def quotes_to_json(quotes: Sequence[Quote], articles: Sequence[Article]) -> dict[str, object]:
    """The quotes of a story as JSON: each with speaker, outlets, variants and occurrences."""
    by_id = {a.id: a for a in articles}
    return {
        "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title} for a in articles],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "outlets": q.outlets(by_id),
                "variants": [{"text": text, "count": len(where)} for text, where in q.variants()],
                "occurrences": [
                    {
                        "article": o.ref.article,
                        "paragraph": o.ref.paragraph,
                        "span": list(o.span),
                        "text": o.text,
                        "speaker": o.speaker,
                    }
                    for o in q.occurrences
                ],
            }
            for q in quotes
        ],
    }
