"""A story: its articles and the links between their paragraphs, with fast look-ups."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.linking.evidence import Difference, Evidence, cut_copy, differences, evidence
from core.model import Article, Link, LinkKind, Ref, in_time_order, record_file
from core.text import LANGUAGE_NAMES, article_language, is_any_function_word, language_code, is_function_word

__all__ = ["Story", "Match"]


def _apart(one: str | None, other: str | None) -> bool:
    """Whether two languages (codes, None where not told) are both told and differ."""
    return one is not None and other is not None and one != other


#: A name written in hyphenated pieces ("Saint-Aubin-des-Prés", "Rhein-Main"): one name.
_HYPHENATED_NAME = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+")
#: How many words, neither names nor function words, two paragraphs must share to be linked
#: where the language of either is not told (:func:`_worded`).
WORDING_LEAST = 2


def _name_pieces(text: str) -> set[str]:
    """The pieces (lower case) of the hyphenated names of *text* that open with a capital:
    "saint", "aubin", "des", "prés" of "Saint-Aubin-des-Prés"."""
    return {piece.lower() for found in _HYPHENATED_NAME.finditer(text) if found.group()[:1].isupper()
            for piece in found.group().split("-")}


def _worded(shared: Sequence[str], text_a: str, text_b: str) -> bool:
    """Whether the *shared* words of two paragraphs (:attr:`Evidence.words`, as printed) hold
    :data:`WORDING_LEAST` of wording: words that are no name (capitalised, or a piece of a
    hyphenated name of either text: one place name is one name, whatever its pieces) and no
    function word of any language ("des", "the"). Two texts in two languages share names, not
    wording."""
    pieces = _name_pieces(text_a) | _name_pieces(text_b)
    wording = {w.lower() for w in shared
               if not w[:1].isupper() and w.lower() not in pieces and not is_any_function_word(w.lower())}
    return len(wording) >= WORDING_LEAST


@dataclass(frozen=True, slots=True)
class Match:
    """A link seen from one paragraph: the other paragraph and the spans on both sides."""

    ref: Ref
    kind: LinkKind
    score: float
    spans_here: tuple[tuple[int, int], ...]
    spans_there: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Story:
    """Articles reporting one event and the links between their paragraphs.

    ``articles`` are kept in the order they were published (:func:`core.model.in_time_order`:
    earliest first, the undated last, then by outlet and title), whatever order they are given
    in: the one order every view lists them in. Each of ``links`` goes from the earlier article
    (``a``) to the later (``b``), sorted by ``a`` then ``b`` in that order."""

    articles: tuple[Article, ...]
    links: tuple[Link, ...]
    #: The name the user gave the story in the library, if any (see :attr:`headline`).
    title: str | None = None
    #: The automatic name the library keeps for the story, if any: :func:`core.stories.naming.representative_title`
    #: of its articles, worked out when the story last changed (shown without working it out again).
    kept: str | None = None
    _by_id: dict[str, Article] = field(init=False, repr=False, compare=False)
    _matches: dict[Ref, tuple[Match, ...]] = field(init=False, repr=False, compare=False)
    _explained: dict[tuple[Ref, Ref], tuple[Evidence, tuple[Difference, ...]]] = field(
        init=False, repr=False, compare=False
    )
    _similarity: dict[frozenset[Ref], float] = field(init=False, repr=False, compare=False)
    _languages: dict[str, str | None] = field(init=False, repr=False, compare=False)
    _language_counts: Counter[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # One order of the articles wherever the story is listed: the order they were published
        # in (core.model.time_order), whatever order they were read, added or stored in; each
        # link from the earlier article's paragraph ("a") to the later's, in that order.
        articles = in_time_order(self.articles)
        order = {a.id: n for n, a in enumerate(articles)}
        links = [
            l if order[l.a.article] <= order[l.b.article] else Link(l.b, l.a, l.score, l.kind, l.spans_b, l.spans_a, l.similarity)
            for l in self.links
        ]
        links.sort(key=lambda l: (order[l.a.article], l.a.paragraph, order[l.b.article], l.b.paragraph))
        object.__setattr__(self, "articles", articles)
        object.__setattr__(self, "links", tuple(links))
        by_id = {a.id: a for a in self.articles}
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_languages", {})
        # Words link only articles of one language (or of one not told): two reports in two
        # languages share names and figures, not wording (a German report and an English flash
        # of one fire linked by "Vestmar, Nordhaven, Port, Arden"), and the story says they were
        # not compared (not_compared). A link by meaning (its similarity) may join translations.
        languages = {a.id: self.language(a.id) for a in self.articles}
        if len(set(languages.values()) - {None}) > 1:
            object.__setattr__(self, "links", tuple(
                link for link in self.links
                if link.similarity is not None or not _apart(languages[link.a.article], languages[link.b.article])
            ))
        # An article whose language is not told may be in another language than the one it is
        # linked to (a short English post and a French paragraph linked by "Saint, Aubin, des,
        # Prés, site" of one place name): where its text uses none of the function words of the
        # other's language, a link by words needs wording beyond names (_unsure).
        if any(language is None for language in languages.values()):
            object.__setattr__(self, "links", tuple(
                link for link in self.links
                if link.similarity is not None or link.kind is LinkKind.QUOTE or not self._unsure(link, languages)
            ))
        matches: dict[Ref, list[Match]] = defaultdict(list)
        for link in self.links:
            matches[link.a].append(Match(link.b, link.kind, link.score, link.spans_a, link.spans_b))
            matches[link.b].append(Match(link.a, link.kind, link.score, link.spans_b, link.spans_a))
        object.__setattr__(self, "_explained", {})
        object.__setattr__(self, "_language_counts", Counter())
        object.__setattr__(
            self, "_similarity", {frozenset((l.a, l.b)): l.similarity for l in self.links if l.similarity is not None}
        )
        object.__setattr__(
            self,
            "_matches",
            {
                ref: tuple(sorted(ms, key=lambda m: (-m.score, order[m.ref.article], m.ref.paragraph)))
                for ref, ms in matches.items()
            },
        )

    def _unsure(self, link: Link, languages: dict[str, str | None]) -> bool:
        """Whether *link* joins an article whose language is not told to one in a told language
        whose function words its text (names left out: :func:`_name_pieces`) never uses, though
        it uses another language's (:func:`core.text.is_any_function_word`), on no wording
        (:func:`_worded`): names and a function word shared by an article that reads as written
        in another language."""
        one, other = languages[link.a.article], languages[link.b.article]
        if (one is None) == (other is None):
            return False
        unknown, told = (link.a, other) if one is None else (link.b, one)
        text = self.text(unknown)
        pieces = _name_pieces(text)
        own = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in pieces]
        # A text of names and figures alone (a table's row, a list) tells no language either way.
        if any(is_function_word(w, told) for w in own) or not any(map(is_any_function_word, own)):
            return False
        a, b = self.text(link.a), self.text(link.b)
        return not _worded(evidence(a, b).words, a, b)

    @classmethod
    def build(
        cls, articles: Sequence[Article], *, progress: Callable[[float], None] | None = None
    ) -> Story:
        """Link *articles* and wrap the result; *progress* is told the fraction done.

        With links by meaning enabled (core.linking.semantic: the extra and NEWSPRISM_SEMANTIC=1),
        they are added to the word-overlap links (paragraph vectors from the user's cache)."""
        from core.linking import semantic
        from core.linking.align import link

        if not semantic.enabled():
            return cls(tuple(articles), tuple(link(articles, progress=progress)))
        # Embedding new paragraphs can take longer than linking: each is half the progress.
        links = link(articles, progress=progress and (lambda done: progress(done / 2)))
        links = semantic.extend(articles, links, progress=progress and (lambda done: progress(0.5 + done / 2)))
        if progress:
            progress(1.0)
        return cls(tuple(articles), tuple(links))

    @property
    def headline(self) -> str:
        """What the story is called: the user's name for it, else its origin's headline
        (:func:`core.stories.naming.representative_title`, which the library keeps as :attr:`kept`)."""
        from core.stories.naming import Report, representative_title

        return self.title or self.kept or representative_title(Report.of(a) for a in self.articles)

    def article(self, article_id: str) -> Article:
        """The article with *article_id*."""
        return self._by_id[article_id]

    def text(self, ref: Ref) -> str:
        """The text of the paragraph *ref*."""
        return self._by_id[ref.article].paragraphs[ref.paragraph]

    def matches(self, ref: Ref) -> tuple[Match, ...]:
        """Every passage linked to *ref*, best first."""
        return self._matches.get(ref, ())

    def explain(self, here: Ref, there: Ref) -> tuple[Evidence, tuple[Difference, ...]]:
        """Why *here* and *there* are linked and what differs, seen from *here* (its words
        first; see core.linking.evidence): counts of two days, by the days the two reports were
        published, differ in no way. Worked out from the two texts when first asked, then kept."""
        key = (here, there)
        found = self._explained.get(key)
        if found is None:
            a, b = self.text(here), self.text(there)
            shown = evidence(a, b)
            similarity = self._similarity.get(frozenset(key))
            if similarity is not None:
                shown = shown._replace(similarity=similarity)
            # A sentence only one side prints is a cut or an addition in copy (verbatim, or copy cut by
            # a sentence, which is no verbatim link: core.linking.evidence.cut_copy); a rewording (a
            # brief leaving out a quotation) says less in other words, no cut of its source's.
            copy = any(m.ref == there and (m.kind is LinkKind.VERBATIM or m.kind is LinkKind.PARAPHRASE and cut_copy(a, b))
                       for m in self.matches(here))
            changed = tuple(
                d for d in differences(a, b, context=(self._before(here), self._before(there)),
                                       days=(self._by_id[here.article].published, self._by_id[there.article].published))
                if d.what != "sentence" or copy and not self._moved(d, here, there)
            )
            found = self._explained[key] = (shown, changed)
        return found

    def _before(self, ref: Ref) -> tuple[str, ...]:
        """The paragraphs of *ref*'s article before it: where a quotation's speaker is read from
        ("Zammit said" of "Mark Zammit"; core.linking.evidence.differences, *context*)."""
        return self._by_id[ref.article].paragraphs[: ref.paragraph]

    def _moved(self, difference: Difference, here: Ref, there: Ref) -> bool:
        """Whether *difference*, a sentence only one of *here* and *there* prints, is printed in
        another paragraph of the article that lacks it here: moved by its editor, not cut or added."""
        lacking, sentence = (there, difference.a) if difference.a else (here, difference.b)
        article = self._by_id[lacking.article]
        return " ".join(sentence.split()) in " ".join(" ".join(p.split()) for p in article.paragraphs)

    def language(self, article_id: str) -> str | None:
        """The language an article is written in (:func:`core.text.language_of` of its headline and
        first paragraphs: a code of :data:`core.text.LANGUAGE_NAMES`), None when it cannot be told;
        the article's own :attr:`~core.model.Article.language` where it has one (the library's).
        A record of a file of several (a channel's post, a feed's entry: its path ends ":N") too short
        to tell has the one language the story's other records of that file are told to be in,
        unless its own words speak against it (:func:`core.text.declared_language`).

        Raises:
            KeyError: *article_id* is not in the story.
        """
        if article_id not in self._languages:
            article = self._by_id[article_id]
            told = article.language or article_language(article.title, article.paragraphs)
            if told is None and (source := record_file(article.path)) is not None:
                # Too little text of its own: a record of a file (a channel's post, a feed's entry)
                # is in the language all the file's other records of the story are in, where they
                # are told and agree (one source, one language), unless its own words speak against
                # it (a feed declared Indonesian carrying a Finnish entry).
                others = {a.language or article_language(a.title, a.paragraphs) for a in self.articles
                          if a.id != article_id and record_file(a.path) == source} - {None}
                if len(others) == 1:
                    told = article_language(article.title, article.paragraphs, declared=others.pop())
            self._languages[article_id] = told
        return self._languages[article_id]

    def apart(self, one: str, other: str) -> bool:
        """Whether articles *one* and *other* (ids) are written in two languages, both told: the
        word-overlap linker cannot link them, so no link between them says nothing.

        Raises:
            KeyError: either is not in the story.
        """
        return _apart(self.language(one), self.language(other))

    def not_compared(self, article_id: str) -> int:
        """How many of the story's other articles are written in another language than this one
        (:meth:`apart`): the word-overlap linker cannot link across languages, so a paragraph
        none of them carries may still report what they report.

        Raises:
            KeyError: *article_id* is not in the story.
        """
        own = self.language(article_id)
        if own is None:
            return 0
        counts = self._language_counts
        if not counts:  # once per story: a story list asks for every article
            counts.update(language for a in self.articles if (language := self.language(a.id)) is not None)
        return sum(n for language, n in counts.items() if _apart(own, language))

    def alone_in_language(self, article_id: str) -> bool:
        """Whether every other article of the story is written in another language than this one
        (:meth:`not_compared`): none of its paragraphs could be compared with theirs.

        Raises:
            KeyError: *article_id* is not in the story.
        """
        apart = self.not_compared(article_id)
        return apart > 0 and apart == len(self.articles) - 1

    def unlinked(self, ref: Ref) -> str:
        """What can be said of a paragraph no other paragraph is linked to: "only in <outlet>",
        or, where other articles of the story are in other languages (:meth:`not_compared`), that
        they were not compared ("not compared: the only article in Spanish"; "only in <outlet>
        among the articles in English; 2 in other languages not compared")."""
        article = self._by_id[ref.article]
        apart = self.not_compared(ref.article)
        if not apart:
            return f"only in {article.outlet}"
        name = LANGUAGE_NAMES.get(self.language(ref.article) or "", "its language")
        if self.alone_in_language(ref.article):
            return f"not compared: the only article in {name}"
        return f"only in {article.outlet} among the articles in {name}; {apart} in other languages not compared"

    def outlets_carrying(self, ref: Ref) -> int:
        """How many other outlets carry the paragraph *ref*."""
        own = self._by_id[ref.article].outlet
        return len({self._by_id[m.ref.article].outlet for m in self.matches(ref)} - {own})

    def shared_paragraphs(self, article_id: str) -> int:
        """How many of an article's paragraphs other outlets carry: a paragraph only the
        outlet's own other article carries (its update; the gutter's "=V") is not shared.

        Raises:
            KeyError: *article_id* is not in the story.
        """
        article = self._by_id[article_id]
        return sum(1 for i in range(len(article.paragraphs)) if self.outlets_carrying(Ref(article_id, i)))

    def _link_json(self, link: Link) -> dict[str, object]:
        data = link.to_json()
        found, changed = self.explain(link.a, link.b)
        data["evidence"] = found.to_json()
        data["differences"] = [d.to_json() for d in changed]
        return data

    def to_json(self) -> dict[str, object]:
        """The `links` JSON contract; each link also carries ``evidence`` (shared words,
        figures, quotation) and ``differences`` (figure, date, name, negation or outcome changed).
        An article's ``language`` is a language's code or null, never a script's
        (:func:`core.text.language_code`)."""
        return {
            "articles": [{**a.to_json(), "language": language_code(self.language(a.id))} for a in self.articles],
            "links": [self._link_json(link) for link in self.links],
        }
