"""Facts: groups of linked paragraphs, and which outlet reports which (the coverage matrix).

A fact is a connected group of paragraphs joined by confident links (verbatim,
quote, or a paraphrase scoring at least PARAPHRASE_FLOOR), so loose paraphrases
cannot chain unrelated reports together. A paragraph no one else carries is a
fact of its own, reported by one outlet.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.groups import Groups
from core.model import LinkKind, Ref
from core.story import Story

__all__ = ["Fact", "facts", "likely_origin", "PARAPHRASE_FLOOR", "WIRE_OUTLETS"]

#: The least score of a paraphrase link that joins two paragraphs into one fact.
PARAPHRASE_FLOOR = 0.45
#: A fact carried word for word by at least this many outlets is wire copy.
WIRE_OUTLETS = 3


@dataclass(frozen=True, slots=True)
class Fact:
    """Paragraphs of several (or one) outlets that report the same thing."""

    paragraphs: tuple[Ref, ...]  # in story order
    outlets: tuple[str, ...]  # in story order, each once
    kinds: frozenset[LinkKind]  # how the paragraphs are linked
    verbatim_outlets: int  # outlets joined to the fact by verbatim links
    origin: str | None = None  # the likely origin of its verbatim text, where dates tell

    @property
    def wire(self) -> bool:
        """Whether this is wire copy: the same words in WIRE_OUTLETS outlets or more."""
        return self.verbatim_outlets >= WIRE_OUTLETS


def likely_origin(story: Story, article_ids: set[str]) -> str | None:
    """The outlet that published first among articles carrying the same words, if dates tell.

    Every carrier's date must be known and one must be strictly earliest; otherwise
    there is no claim to make.
    """
    dates = {story.article(a).published for a in article_ids}
    if len(article_ids) < 2 or None in dates:
        return None
    first = min(d for d in dates if d is not None)
    earliest = [a for a in article_ids if story.article(a).published == first]
    return story.article(earliest[0]).outlet if len(earliest) == 1 else None


def facts(story: Story) -> list[Fact]:
    """The story's facts, most widely reported first, then in story order."""
    refs = [Ref(a.id, i) for a in story.articles for i in range(len(a.paragraphs))]
    position = {ref: n for n, ref in enumerate(refs)}
    groups = Groups(len(refs))

    confident = [
        link
        for link in story.links
        if link.kind is not LinkKind.PARAPHRASE or link.score >= PARAPHRASE_FLOOR
    ]
    for link in confident:
        groups.join(position[link.a], position[link.b])
    members = groups.members()
    kinds: dict[int, set[LinkKind]] = {}
    verbatim: dict[int, set[str]] = {}
    carriers: dict[int, set[str]] = {}  # articles carrying the verbatim text
    for link in confident:
        group = groups.root(position[link.a])
        kinds.setdefault(group, set()).add(link.kind)
        if link.kind is LinkKind.VERBATIM:
            for ref in (link.a, link.b):
                verbatim.setdefault(group, set()).add(story.article(ref.article).outlet)
                carriers.setdefault(group, set()).add(ref.article)

    found = []
    for group, indexes in members.items():
        paragraphs = tuple(refs[n] for n in indexes)
        outlets = tuple(dict.fromkeys(story.article(r.article).outlet for r in paragraphs))
        origin = likely_origin(story, carriers.get(group, set()))
        found.append(
            Fact(paragraphs, outlets, frozenset(kinds.get(group, ())), len(verbatim.get(group, ())), origin)
        )
    found.sort(key=lambda f: (-len(f.outlets), position[f.paragraphs[0]]))
    return found
