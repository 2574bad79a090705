"""How the views name a story's articles and paragraphs: by outlet, and where an outlet has
several articles in the story, by a few words of each one's title too.

"The Harbour Times ¶0" names two paragraphs when the paper has two articles in the story; the
coverage matrix, the exports and the command line's tables name them
"The Harbour Times “Lake Varsen ferry…” ¶0" and "The Harbour Times “Ravik declares day…” ¶0"
instead, and an outlet with one article keeps its plain name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from core.model import Article, Ref

if TYPE_CHECKING:
    from core.linking.story import Story

__all__ = ["KEPT_SHARED_WORDS", "ArticleName", "TITLE_WORDS", "article_names", "by_language", "distinct_openings", "matrix_names", "named_articles", "paragraph_name"]

#: The number that tells an outlet's articles of one title apart, at a label's end ("… (2)").
_NUMBER = re.compile(r" \(\d+\)\Z")

#: The least words of its title that name an article beside its outlet's others: fewer read as
#: a cryptic fragment ("Ravik…").
TITLE_WORDS = 3


class ArticleName(NamedTuple):
    """An article's name in its story: its ``outlet``, and ``label``, the opening words of its
    title that tell it from the outlet's other articles in the story (None where the outlet has
    one). Both are the article's own text, untrusted: sanitise or escape them to show them."""

    outlet: str
    label: str | None
    #: How many opening words of ``label`` another title of the outlet in the story opens with too
    #: ("Valmora port strike…", "Valmora port deal…": 2); 0 where none, or where the titles are
    #: alike in full. A label cut to a narrow column shows the words after them (:meth:`label_within`).
    shared: int = 0

    @property
    def text(self) -> str:
        """The name on one line: "The Harbour Times", or "The Harbour Times “Ravik declares day…”"."""
        return self.outlet if self.label is None else f"{self.outlet} “{self.label}”"

    def label_within(self, width: int) -> str | None:
        """The label in at most *width* characters (one at least): its words cut with "…", the
        " (2)" that tells titles alike apart kept after them wherever a letter fits before it
        ("Left-gre… (2)", where cutting the end would leave two names alike); where the outlet's
        titles open with the same words (:attr:`shared`), those give way to the words that tell
        this one apart ("…deal reached", not "Valmora…" over each column: trial 43 F17); None
        where the outlet has one article. Characters, not terminal cells: a wide script needs its
        own cut."""
        if self.label is None or len(self.label) <= width:
            return self.label
        words, number = self.label, ""
        found = _NUMBER.search(self.label)
        if found and width >= len(found.group()) + 2:
            words, number = self.label[: found.start()], found.group()
        lead = ""
        if self.shared and width > 4:
            # the words that tell it apart, after an ellipsis for the ones every title opens with
            words, lead = " ".join(words.split()[self.shared :]), "…"
            if len(lead) + len(words) + len(number) <= width:
                return lead + words + number
        room = max(0, width - len(number) - 1 - len(lead))
        return lead + words.removesuffix("…")[:room].rstrip() + "…" + number


def _labels(titles: list[str]) -> list[tuple[str, int]]:
    """The shortest openings of *titles* (TITLE_WORDS words at least, "…" where cut) that differ
    from each other, each with the number of its opening words another title opens with too (0
    where none, or where its title is another's in full or its whole opening); titles alike in full are told apart by their order ("Live updates (2)")."""
    words = [title.split() or ["untitled"] for title in titles]
    longest = max(len(w) for w in words)
    size = min(TITLE_WORDS, longest)
    distinct = len({tuple(w) for w in words})
    while size < longest and len({tuple(w[:size]) for w in words}) < distinct:
        size += 1
    # each title's opening words another title of the outlet opens with too (titles alike in full: none)
    shared = _shared_openings(words)
    labels = [" ".join(w[:size]) + ("…" if len(w) > size else "") for w in words]
    alike = Counter(labels)
    seen: Counter[str] = Counter()
    for n, label in enumerate(list(labels)):
        seen[label] += 1
        if alike[label] > 1:
            labels[n] = f"{label} ({seen[label]})"
    # a title that is another's opening whole has no words of its own after it
    return [(label, n if len(w) > n else 0) for label, w, n in zip(labels, words, shared)]


def _opening(a: list[str], b: list[str]) -> int:
    """How many opening words *a* and *b* share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _shared_openings(words: list[list[str]]) -> list[int]:
    """For each of *words* (texts cut into words), how many of its opening words another opens
    with too (texts alike in full: none)."""
    return [max((_opening(w, v) for v in words if v is not w and v != w), default=0) for w in words]


#: The words of an opening shared with other rows kept before the words that tell a row apart:
#: "…Velk said 52 people", not "…52 people" (whose the figure is) nor "Police Commissioner Darius Ve…".
KEPT_SHARED_WORDS = 2


def distinct_openings(texts: list[str], width: int) -> list[str]:
    """Each of *texts* cut to at most *width* characters (with "…" where cut) so that rows opening
    with the same words stay told apart: where a text's opening shared with another's would fill
    *width*, it gives way to "…", the last :data:`KEPT_SHARED_WORDS` of it, and the words of its own
    ("…Velk said 52 people had…" and "…Velk said about 2,000 people…" for two paragraphs opening
    "Police Commissioner Darius Velk said": trial 50 F9, three rows of the coverage matrix
    read "Police Commissioner Darius Ve…"). Characters, not terminal cells."""
    words = [text.split() for text in texts]
    shared = _shared_openings(words)
    cut: list[str] = []
    for text, own, n in zip(texts, words, shared):
        if len(text) > width and n and len(" ".join(own[:n])) >= width - 4 and len(own) > n:
            text = "…" + " ".join(own[max(0, n - KEPT_SHARED_WORDS) :])
        cut.append(text if len(text) <= width else text[: max(0, width - 1)] + "…")
    return cut


def article_names(articles: Iterable[Article]) -> dict[str, ArticleName]:
    """Each article's :class:`ArticleName`, by article id, in the order the views show them
    (the coverage matrix's columns): outlets in the order of their first article, each outlet's
    articles together, in story order."""
    by_outlet: dict[str, list[Article]] = {}
    for article in articles:
        by_outlet.setdefault(article.outlet, []).append(article)
    names: dict[str, ArticleName] = {}
    for outlet, own in by_outlet.items():
        if len(own) == 1:
            names[own[0].id] = ArticleName(outlet, None)
            continue
        for article, (label, shared) in zip(own, _labels([a.title for a in own])):
            names[article.id] = ArticleName(outlet, label, shared)
    return names


def by_language(names: Mapping[str, ArticleName], language: Callable[[str], str | None]) -> dict[str, ArticleName]:
    """*names* (:func:`article_names` of a story) in the coverage matrix's column order, by the
    language of each article (*language*: an article id's code, None where not told, as
    :meth:`core.linking.story.Story.language` gives it): first the articles in the story's main
    language (that of the most articles; of languages tied, the first article's) and those whose
    language is not told (compared with every article); then the articles of the other languages
    more than one article is written in; last the articles alone in their language, which the
    linker compares with no other article (their cells "n/c" in every row but their own facts').
    Each group keeps the order of *names*, so an outlet's articles in one language stay together.

    A fresh user at 80x24 saw four columns of ten, two of them n/c all the way down, and the
    English outlets that could be compared off screen."""
    told = {article: language(article) for article in names}
    counts = Counter(code for code in told.values() if code is not None)
    main = max(counts, key=lambda code: (counts[code], -list(told.values()).index(code)), default=None)

    def group(article: str) -> int:
        code = told[article]
        if code is None or code == main:
            return 0
        return 1 if counts[code] > 1 else 2

    return {article: names[article] for article in sorted(names, key=group)}


def matrix_names(story: Story) -> dict[str, ArticleName]:
    """The names of *story*'s articles (:func:`article_names`) in the coverage matrix's column
    order (:func:`by_language`, by :meth:`Story.language`): the one order of the TUI's matrix
    and the exports' coverage tables, and of what they list by article."""
    return by_language(article_names(story.articles), story.language)


def paragraph_name(names: dict[str, ArticleName], ref: Ref) -> str:
    """The paragraph *ref* as the views name it: "Ostrand Herald ¶1", or
    "The Harbour Times “Ravik declares day…” ¶0"; *names* is :func:`article_names` of its story.

    Raises:
        KeyError: *ref*'s article is not among *names*.
    """
    return f"{names[ref.article].text} ¶{ref.paragraph}"


def named_articles(names: Mapping[str, ArticleName], ids: Iterable[str]) -> str:
    """The articles *ids* as the views name them, in the order of *names* (the coverage
    matrix's columns: an outlet's articles together), each once, joined by ", ": "Karsund
    Post “Storm Elin leaves… (1)”, Karsund Post “Storm Elin leaves… (2)”, Coastal Herald";
    *names* is :func:`article_names` of their story. The articles' own text, untrusted:
    sanitise or escape it to show it.

    Raises:
        KeyError: an id is not among *names*.
    """
    order = {a: n for n, a in enumerate(names)}
    return ", ".join(names[a].text for a in sorted(set(ids), key=order.__getitem__))
