"""Facts: groups of linked paragraphs, and which outlet reports which (the coverage matrix).

A fact is a group of paragraphs each confidently linked (verbatim, quote, or a
paraphrase scoring at least PARAPHRASE_FLOOR) to every other member, grown around the
best-linked paragraph, so neither loose paraphrases nor chains of links join two facts; a fact
of VOUCHING paragraphs or more then takes in the paragraphs loosely linked to every one of
them. A paragraph no one else carries is a fact of its own, reported by one outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import NamedTuple

from core.model import LinkKind, Ref
from core.linking.evidence import Difference
from core.linking.story import Story
from core.stories.naming import credits_outlet
from core.text import credit_names, dateline_credit, quote_spans
from core.text import process as processor
from core.views.names import ArticleName

__all__ = ["Cell", "Fact", "Origin", "cell", "facts", "origin_of", "paragraph_origins", "reported_elsewhere",
           "in_several_outlets", "not_compared", "PARAPHRASE_FLOOR", "VOUCHING", "WIRE_OUTLETS"]

#: The least score of a paraphrase link that joins two paragraphs into one fact.
PARAPHRASE_FLOOR = 0.45
#: The least paragraphs, confidently linked to each other, that vouch for a paragraph linked to
#: each of them by a looser paraphrase: it joins their fact. Measured on the labelled ECB+
#: stories and the seeds (the pairs of paragraphs a fact puts together, as bench/quality.py
#: labels links): four added only right pairs; three or two also joined paragraphs labelled
#: as other facts (the seeds' "first visit since Mr Biden took office" to "the highest-level
#: official to visit since"), and fewer of a fact's pairs were right.
VOUCHING = 4
#: A fact carried word for word by at least this many outlets is wire copy.
WIRE_OUTLETS = 3


class Origin(NamedTuple):
    """Whose words a set of carriers share, and what tells: the datelines of *credited_by*
    credit *outlet* (then *published* is None), else *outlet* published them first, at
    *published* (ISO 8601, as the article gives it).

    *article* is the id of the origin's own copy among the carriers, None where the story has
    none (an agency every carrier credits). *agency* is the name the datelines credit where the
    origin's outlet goes by a longer one: "AFP" for the agency's own page "AFP World", "Reuters"
    for its copy saved as "reuters_wire.txt" (an outlet named after its file); else None.
    """

    outlet: str
    credited_by: tuple[str, ...]
    published: str | None
    article: str | None = None
    agency: str | None = None

    def why(self) -> str:
        """What tells, to follow the origin's name: " (AFP's own copy), credited in the dateline
        of Balkan Daily", ", credited in the datelines of A, B", ", first to publish these words
        (2024-03-01)". Outlets' names are the articles' own text, untrusted: escape it to show it."""
        own = ""
        if self.agency:
            possessive = "'" if self.agency.endswith("s") else "'s"
            own = f" ({self.agency}{possessive} own copy)"
        if self.credited_by:
            datelines = "dateline" if len(self.credited_by) == 1 else "datelines"
            return f"{own}, credited in the {datelines} of {', '.join(self.credited_by)}"
        return f"{own}, first to publish these words ({self.published})"

    def named(self, names: Mapping[str, ArticleName]) -> str:
        """The origin as the views name it: its own copy's name among *names*
        (:func:`core.views.names.article_names`, which tells an outlet's several articles
        apart), else :attr:`outlet` (an agency the story holds no copy of). Untrusted text."""
        return names[self.article].text if self.article is not None and self.article in names else self.outlet


@dataclass(frozen=True, slots=True)
class Fact:
    """Paragraphs of several (or one) outlets that report the same thing."""

    paragraphs: tuple[Ref, ...]  # in story order
    outlets: tuple[str, ...]  # in story order, each once
    kinds: frozenset[LinkKind]  # how the paragraphs are linked
    verbatim_outlets: int  # outlets joined to the fact by verbatim links
    #: The likely origin of its verbatim text, where credits or dates tell (:func:`origin_of` of
    #: its :attr:`carriers`): the one origin the matrix, the cross-source panel and the exports give.
    source: Origin | None = None
    #: The paragraph that stands for the fact: the origin's where the story has its copy, else the
    #: one closest to the others (of three or more), else the first, unless most paragraphs linked
    #: to that one give the fact otherwise (then the one the fewest give otherwise: :func:`_agreed`).
    reference: Ref | None = None
    #: The ids of the articles carrying its verbatim text (joined to it by verbatim links).
    carriers: frozenset[str] = frozenset()
    #: Where the origin is an earlier publisher the carriers' datelines do not credit
    #: (:func:`_first_whole`), the agency they credit: it relayed the words (wire copy still); else None.
    relayed_by: str | None = None

    @property
    def origin(self) -> str | None:
        """The name of the likely origin of its verbatim text (:attr:`Origin.outlet`), or None."""
        return self.source.outlet if self.source else None

    @property
    def credited(self) -> bool:
        """Whether the carriers' datelines credit the origin ("OSTREL, Oct 14 (NWS)"): the words are its copy."""
        return bool(self.source and self.source.credited_by)

    @property
    def lead(self) -> Ref:
        """The paragraph that stands for the fact (its name, the text others are collated
        against): the origin's own where credits or dates tell, else the one closest to the
        others, else the first in story order, unless that one is an outlier most of its linked
        paragraphs give otherwise (see :attr:`reference`)."""
        return self.reference or self.paragraphs[0]

    @property
    def articles(self) -> tuple[str, ...]:
        """The ids of the articles whose paragraphs are the fact's, in story order, each once:
        what the views name (:func:`core.views.names.named_articles`) where an outlet has
        several articles in the story and :attr:`outlets` cannot say which carries the fact."""
        return tuple(dict.fromkeys(r.article for r in self.paragraphs))

    @property
    def others(self) -> tuple[Ref, ...]:
        """The fact's paragraphs but its :attr:`lead`, in story order."""
        return tuple(r for r in self.paragraphs if r != self.lead)

    @property
    def wire(self) -> bool:
        """Whether this is wire copy: the same words in WIRE_OUTLETS outlets or more, or in two
        whose datelines credit the agency whose copy it is."""
        return self.verbatim_outlets >= WIRE_OUTLETS or (self.credited or self.relayed_by is not None) and self.verbatim_outlets >= 2


def origin_of(story: Story, article_ids: set[str], texts: Mapping[str, str] | None = None) -> Origin | None:
    """The outlet whose words the other carriers of the same words took, and why, where the articles tell.

    A carrier whose dateline credits another carrier's outlet ("VELMORA, Nov 29 (BWS)" in one
    paper, Baltic Wire Service's own report beside it; "(AFP)" and the agency's own page "AFP
    World") took that outlet's copy: it is the origin, dated or not; when every carrier credits
    one agency the story has no copy of (by that name), that agency is (an outlet's own later
    article putting its words again need not credit it, where another of its carriers does). Else, where the carriers
    are two outlets' at least (one outlet's page and its update took no one's words), the first
    to publish: every carrier's date must be known and one must be strictly earliest, by the
    instant when every carrier gives a time with its zone (10:15 EST is after 16:05 BST, 15:05
    UTC), else by the day each was published; otherwise there is no claim to make (None).

    *texts* (article id -> the words it carries, its paragraph of a fact) lets the first to
    publish be the origin only where it published the later carriers' words: most of each
    one's words (RUN_SHARE) in runs of three its text holds too (:func:`_holds`). One that does
    not (its own shorter sentence sharing a phrase with the wire copy, "Veldan Rail has suspended
    all trains on the ... line" before "Veldan Rail, the state-owned operator, said it had
    suspended all services on the ... line ...") took none of theirs and gave them none: the
    origin is the rest's (the agency their datelines credit), judged without it.
    """
    from datetime import datetime, timezone

    order = {a.id: n for n, a in enumerate(story.articles)}
    ids = sorted(article_ids, key=order.__getitem__)  # in story order
    outlets = sorted({story.article(a).outlet for a in ids})
    # carrier -> the name its dateline credits
    named = {a: credit for a in ids if (credit := dateline_credit(story.article(a).dateline))}
    credits: dict[str, set[str]] = {}  # credited outlet -> the carriers whose dateline credits it
    names: dict[str, set[str]] = {}  # credited outlet -> the credits naming it by a longer name of its own
    for a, credit in named.items():
        carrier = story.article(a)
        for outlet in outlets:
            if outlet != carrier.outlet and credits_outlet(credit, outlet):
                credits.setdefault(outlet, set()).add(carrier.outlet)
                if not credit_names(credit, outlet):
                    names.setdefault(outlet, set()).add(credit)
    if len(ids) >= 2 and len(credits) == 1:
        [(outlet, carriers)] = credits.items()
        own = next(a for a in ids if story.article(a).outlet == outlet)  # its first copy in story order
        return Origin(outlet, tuple(sorted(carriers)), None, own, min(names[outlet]) if outlet in names else None)
    if len(ids) >= 2 and {story.article(a).outlet for a in named} == set(outlets) and len(
            {n.casefold() for n in named.values()}) == 1:
        # every outlet's carriers credit one agency that carries no copy of its own here (or one
        # whose outlet the story does not know by that name): the words are that agency's; an
        # outlet's own later article that puts them again ("The refinery ... processes about
        # 180,000 barrels" in its follow-up) credits no one, and took them from its own copy
        return Origin(min(named.values()), tuple(outlets), None)
    dates = {a: story.article(a).published for a in ids}
    if len(outlets) < 2 or None in dates.values():
        # One outlet's copies alone (a page and its update): no other outlet took its words.
        return None
    instants: dict[str, str] = {}  # ISO 8601 in UTC: they compare as strings
    for a, published in dates.items():
        try:
            stamp = datetime.fromisoformat(published or "")
        except ValueError:
            break
        if stamp.tzinfo is None or len(published or "") <= 10:
            break
        instants[a] = stamp.astimezone(timezone.utc).isoformat()
    when = instants if len(instants) == len(dates) else {a: (d or "")[:10] for a, d in dates.items()}
    first = min(when.values())
    earliest = [a for a, w in when.items() if w == first]
    if len(earliest) != 1:
        return None
    if texts is not None and earliest[0] in texts:
        source = texts[earliest[0]]
        if not all(_holds(source, texts[a]) for a in ids if a != earliest[0] and a in texts):
            return origin_of(story, set(ids) - {earliest[0]}, texts)
    article = story.article(earliest[0])
    return Origin(article.outlet, (), article.published, article.id)


def _holds(source: str, copy: str) -> bool:
    """Whether *source* holds *copy*'s words as a copy takes them: at least RUN_SHARE of the
    copy's words (processed) in runs of three or more words the source has too, so an edited
    word or two ("eight" for "seven") leaves it a copy, a sentence of words it added does not."""
    from core.linking.align import MIN_RUN, RUN_SHARE

    held, words = processor(source).split(), processor(copy).split()
    if len(words) < MIN_RUN:
        return " ".join(words) in " ".join(held)
    runs = {tuple(held[i:i + MIN_RUN]) for i in range(len(held) - MIN_RUN + 1)}
    covered = [False] * len(words)
    for i in range(len(words) - MIN_RUN + 1):
        if tuple(words[i:i + MIN_RUN]) in runs:
            covered[i:i + MIN_RUN] = [True] * MIN_RUN
    return sum(covered) >= RUN_SHARE * len(words)


def _instant(published: str | None) -> str | None:
    """*published* (ISO 8601) as an instant in UTC that compares as a string, where it gives a
    time with its zone; else None."""
    from datetime import datetime, timezone

    try:
        stamp = datetime.fromisoformat(published or "")
    except ValueError:
        return None
    if stamp.tzinfo is None or len(published or "") <= 10:
        return None
    return stamp.astimezone(timezone.utc).isoformat()


def _statement(text: str) -> list[str]:
    """The words a paragraph carries that another must hold to carry it whole: its longest
    quotation where it quotes someone, else all of it (processed words)."""
    spans = quote_spans(text, min_words=5)
    if spans:
        start, end = max(spans, key=lambda span: span[1] - span[0])
        text = text[start:end]
    return processor(text).split()


def _first_whole(story: Story, paragraphs: Iterable[Ref], carriers: Iterable[str]) -> Origin | None:
    """The article among a fact's *paragraphs* that published the carriers' words before any of
    them, whole, where there is one: its paragraph holds every word of each carrier's statement
    (:func:`_statement`, a quotation the carriers put in marks) as one run, and the time it was
    out by for certain (its last update where it gives one, else when it was published: a live
    blog opened at dawn may have added the words in the evening) is earlier than every carrier's
    publication, each a time with its zone. Of several, the earliest; of equals, none. A
    company's own release that the wire copies quote hours later is the words' origin, though
    their datelines credit the wire."""
    carrier_ids = set(carriers)
    if not carrier_ids:
        return None
    refs = list(paragraphs)
    published = [_instant(story.article(a).published) for a in carrier_ids]
    if None in published:
        return None
    first_carrier = min(p for p in published if p is not None)
    statements = [_statement(story.article(r.article).paragraphs[r.paragraph]) for r in refs if r.article in carrier_ids]
    found: dict[str, str] = {}  # article -> when it was out by
    for ref in refs:
        if ref.article in carrier_ids or ref.article in found:
            continue
        article = story.article(ref.article)
        out_by = _instant(article.updated) or _instant(article.published)
        if out_by is None or out_by >= first_carrier:
            continue
        held = " " + " ".join(processor(article.paragraphs[ref.paragraph]).split()) + " "
        if statements and all(words and f" {' '.join(words)} " in held for words in statements):
            found[ref.article] = out_by
    if not found:
        return None
    first = min(found.values())
    earliest = [a for a, when in found.items() if when == first]
    if len(earliest) != 1:
        return None
    article = story.article(earliest[0])
    return Origin(article.outlet, (), article.published, article.id)


def paragraph_origins(found: Iterable[Fact]) -> dict[Ref, Origin]:
    """The likely origin of the words of each paragraph that carries a fact's verbatim text:
    its fact's :attr:`Fact.source`, so the cross-source panel names the origin the coverage
    matrix marks and the exports name. A paragraph of an article outside the fact's
    :attr:`Fact.carriers` (one reporting it in words of its own) has none."""
    return {
        ref: fact.source for fact in found if fact.source for ref in fact.paragraphs if ref.article in fact.carriers
    }


def facts(story: Story) -> list[Fact]:
    """The story's facts, most widely reported first, then in story order.

    A fact is grown around a centre: the paragraph with the most confident links (ties
    by story order) that is not yet in a fact takes in, those linked to most of its other
    linked paragraphs first, then the best linked, each of its
    linked paragraphs that is linked to every paragraph already taken in. So every
    paragraph of a fact reports what each of the others reports: a chain (A reports
    what B reports, B what C reports, but not A what C reports) never joins two facts.
    Subheads (``Article.subheads``) are the article's headings, not facts.
    """
    # a subhead is a heading of the article, no fact it reports
    headings = {Ref(a.id, i) for a in story.articles for i, _ in a.subheads}
    refs = [ref for a in story.articles for i in range(len(a.paragraphs)) if (ref := Ref(a.id, i)) not in headings]
    position = {ref: n for n, ref in enumerate(refs)}
    linked: dict[int, dict[int, tuple[float, LinkKind]]] = {}  # every link
    neighbours: dict[int, dict[int, tuple[float, LinkKind]]] = {}  # the confident ones
    for link in story.links:
        x, y = position[link.a], position[link.b]
        linked.setdefault(x, {})[y] = linked.setdefault(y, {})[x] = (link.score, link.kind)
        if link.kind is LinkKind.PARAPHRASE and link.score < PARAPHRASE_FLOOR:
            continue  # a loose paraphrase does not vouch for a fact
        neighbours.setdefault(x, {})[y] = neighbours.setdefault(y, {})[x] = (link.score, link.kind)

    taken: set[int] = set()
    found = []
    for centre in sorted(range(len(refs)), key=lambda n: (-len(neighbours.get(n, ())), n)):
        if centre in taken:
            continue
        members = [centre]
        around = neighbours.get(centre, {})
        # Of the centre's neighbours, those linked to most of the others first (then the best
        # linked): one linked to none of them takes no one else in with it, and would shut out
        # those that report the fact with each other (three outlets' paragraphs of one quotation,
        # one of them also paraphrasing another outlet's lead).
        reach = {n: sum(o in around for o in neighbours.get(n, ())) for n in around}
        for other in sorted(around, key=lambda n: (-reach[n], -around[n][0], n)):
            if other not in taken and all(m in neighbours.get(other, {}) for m in members):
                members.append(other)
        if len(members) >= VOUCHING:
            # Paragraphs loosely linked to each member (best linked first) join: many confident
            # reports of the fact vouch for the link. Linked to every member, so still no chain.
            near = {o for m in members for o in linked.get(m, ())} - taken - set(members)
            for other in sorted(near, key=lambda n: (-sum(linked[n].get(m, (0.0,))[0] for m in members), n)):
                if all(m in linked[other] for m in members):
                    members.append(other)
        taken.update(members)
        members.sort()
        kinds: set[LinkKind] = set()
        carriers: set[str] = set()  # articles carrying the verbatim text
        for x, y in combinations(members, 2):
            kind = linked[x][y][1]
            kinds.add(kind)
            if kind is LinkKind.VERBATIM:
                carriers.update((refs[x].article, refs[y].article))
        paragraphs = tuple(refs[n] for n in members)
        outlets = tuple(dict.fromkeys(story.article(r.article).outlet for r in paragraphs))
        verbatim = {story.article(a).outlet for a in carriers}
        # each carrier's words in the fact (its paragraphs of it), so the first to publish is
        # the origin only where the later carriers took its words
        texts: dict[str, list[str]] = {}
        for r in paragraphs:
            if r.article in carriers:
                texts.setdefault(r.article, []).append(story.article(r.article).paragraphs[r.paragraph])
        source = origin_of(story, carriers, {a: " ".join(t) for a, t in texts.items()})
        relayed = None
        if first := _first_whole(story, paragraphs, carriers):
            relayed = source.outlet if source and source.credited_by else None
            source = first
        reference = next((r for r in paragraphs if source and r.article == source.article), None)
        fact = Fact(paragraphs, outlets, frozenset(kinds), len(verbatim), source, reference, frozenset(carriers), relayed)
        if reference is None and len(members) > 1:
            # No origin's copy: of three or more, the paragraph closest to all the others (the
            # greatest sum of its links' scores) stands for the fact, not a variant of it that
            # comes first; else the first; unless the others give it otherwise (_agreed). A
            # whole article's paragraph before a feed's summary or a paywall's teaser, cut short.
            whole = {m: not _cut_short(story, refs[m]) for m in members}
            usual = refs[max(members, key=lambda m: (whole[m], sum(linked[m][o][0] for o in members if o != m), -m))] if len(
                members
            ) > 2 else refs[min(members, key=lambda m: (not whole[m], m))]
            fact = replace(fact, reference=_agreed(story, fact, usual))
        found.append(fact)
    found.sort(key=lambda f: (-len(f.outlets), position[f.paragraphs[0]]))
    return found


#: What a paragraph may give otherwise than another that makes it a variant of the fact, not
#: its common form: a sentence one copy cuts or adds is no disagreement about the fact.
_DISAGREEMENTS = frozenset({"figure", "date", "name", "negation", "outcome"})


def _agreed(story: Story, fact: Fact, usual: Ref) -> Ref:
    """The paragraph of *fact* (none the origin's own copy) that stands for it: *usual* (the
    closest to the others, or the first), unless it is an outlier, giving otherwise (a figure,
    date, name, negation or outcome: :meth:`Story.explain`) than most of the paragraphs linked
    to it, of the fact's and of those that report it elsewhere (:func:`reported_elsewhere`);
    then the paragraph that the smallest share of those linked to it give otherwise (of as
    many, *usual*'s rule decides: the story order of :attr:`Fact.paragraphs`). So a copy whose
    figure or negation was changed is a variant marked against the wording the other reports
    agree with, never the fact they are marked against ("Thirty-two cars" in one copy,
    "Twenty-three" in another, "About 23" in two reworded reports: the fact says Twenty-three).
    A paragraph of an article cut short (:func:`_cut_short`) stands for it only where all are."""
    members = set(fact.paragraphs)
    others = {ref for refs in reported_elsewhere(story, fact).values() for ref in refs} | members

    def disagreement(ref: Ref) -> tuple[int, int]:
        linked = [m.ref for m in story.matches(ref) if m.ref in others]
        differ = sum(any(d.what in _DISAGREEMENTS for d in story.explain(ref, there)[1]) for there in linked)
        return differ, len(linked)

    differ, linked = disagreement(usual)
    if 2 * differ <= linked:
        return usual
    shares = {ref: (d / n if n else 1.0) for ref in fact.paragraphs for d, n in [disagreement(ref)]}
    # a feed's summary or a teaser, cut short, gives nothing otherwise for what it leaves out
    return min(fact.paragraphs, key=lambda ref: (_cut_short(story, ref), shares[ref], ref != usual))


def _cut_short(story: Story, ref: Ref) -> bool:
    """Whether *ref* is a paragraph of a feed's summary kept for want of its page or of a
    paywall's teaser (:attr:`Article.summary_only`, :attr:`Article.teaser`): the report cut
    short, never the paragraph that stands for a fact whole articles give."""
    article = story.article(ref.article)
    return article.summary_only or article.teaser


def reported_elsewhere(story: Story, fact: Fact) -> dict[str, tuple[Ref, ...]]:
    """The paragraphs of articles outside *fact* linked to most of its paragraphs (more than
    half), by outlet (in story order): they report it too, but each stands in another fact (a
    paragraph is in one fact only, and this one reports more). Without them a fact of one outlet
    would read as "only" that outlet's while another carries it, and an outlet linked to three
    of a fact's four paragraphs as leaving it out. A paragraph linked to a minority of them
    (one of three) is a chain's end, reporting something else those paragraphs also say.

    An outlet with several articles in the story may be among the fact's outlets and here too:
    another of its articles reports the fact under another fact.
    """
    members = set(fact.paragraphs)
    articles = {r.article for r in members}
    linked: dict[Ref, int] = {}  # outside paragraph -> how many members it is linked to
    for ref in fact.paragraphs:
        for match in story.matches(ref):
            if match.ref.article not in articles:
                linked[match.ref] = linked.get(match.ref, 0) + 1
    found: dict[str, list[Ref]] = {}
    for ref in sorted(r for r, n in linked.items() if 2 * n > len(members)):
        found.setdefault(story.article(ref.article).outlet, []).append(ref)
    order = {a.outlet: n for n, a in reversed(list(enumerate(story.articles)))}
    return {o: tuple(found[o]) for o in sorted(found, key=order.__getitem__)}


def in_several_outlets(fact: Fact, elsewhere: dict[str, tuple[Ref, ...]]) -> bool:
    """Whether several outlets report *fact*: its paragraphs are several outlets', or others
    report it under another fact (*elsewhere*, :func:`reported_elsewhere` of it). An outlet
    counts once, however many of its articles report the fact. The coverage matrix and the
    exports count a story's facts by it, so both give the same figures."""
    return len(set(fact.outlets) | set(elsewhere)) > 1


def not_compared(story: Story, fact: Fact) -> bool:
    """Whether *fact* is of articles each the story's only one in its language
    (:meth:`Story.alone_in_language`): no other article was compared with it, so whether other
    outlets report it is not known. The coverage matrix and the exports count such facts apart
    from those no other outlet's paragraph is linked to, so both give the same figures."""
    return all(story.alone_in_language(a) for a in fact.articles)


class Cell(NamedTuple):
    """What one article does with one fact: the coverage matrix's cell and the exports' (one
    reading for both, so they never disagree). The matrix has a column per article, named by
    :func:`core.views.names.article_names`: an outlet's, where it has one article in the story.

    ``paragraphs`` are the article's paragraphs of the fact (story order); where it has none,
    ``elsewhere`` are its paragraphs that report the fact under another fact (see
    :func:`reported_elsewhere`); both empty: the article leaves the fact out. ``kind`` is how its
    first paragraph is linked to the fact's others (verbatim where the article carries the
    fact's verbatim text, else the best link; None when no other paragraph of the fact is
    linked to it), ``origin`` whether it is the fact's likely origin's
    own copy (:attr:`Origin.article`; an agency with no copy in the story marks no cell),
    ``only`` whether no other outlet reports the fact at all.

    ``changed`` are the cell's paragraphs (of ``paragraphs``, else of ``elsewhere``) that give
    the fact otherwise than its :attr:`Fact.lead` (the paragraph the row is named by), each with
    what differs as :meth:`Story.explain` finds it from the lead's side (``a`` the lead's words,
    ``b`` this paragraph's: "does not oblige → obliges", negation): a changed figure, date, name,
    negation or outcome, or a sentence that denies or counts cut or added. The lead's own
    paragraph is never in it, nor a paragraph of another fact not linked to the lead."""

    paragraphs: tuple[Ref, ...]
    elsewhere: tuple[Ref, ...]
    kind: LinkKind | None
    origin: bool
    only: bool
    changed: tuple[tuple[Ref, tuple[Difference, ...]], ...] = ()

    @property
    def differs(self) -> bool:
        """Whether a paragraph of the cell gives the fact otherwise than the row's lead (the matrix's ≠)."""
        return bool(self.changed)

    def changes(self) -> tuple[Difference, ...]:
        """What the cell's paragraphs give otherwise than the lead, each difference once, in paragraph order."""
        return tuple(dict.fromkeys(d for _, found in self.changed for d in found))


def _changed(story: Story, fact: Fact, refs: tuple[Ref, ...]) -> tuple[tuple[Ref, tuple[Difference, ...]], ...]:
    """Those of *refs* that give *fact* otherwise than its lead, with what differs (see
    :attr:`Cell.changed`). Differences cost a word alignment per pair: only paragraphs linked to
    the lead are judged (every paragraph of a fact is; one of another fact may not be), and
    :meth:`Story.explain` keeps each pair's, so a cell asked again costs nothing."""
    lead = fact.lead
    linked = {m.ref for m in story.matches(lead)}
    found = ((ref, story.explain(lead, ref)[1]) for ref in refs if ref != lead and ref in linked)
    return tuple((ref, changes) for ref, changes in found if changes)


def cell(story: Story, fact: Fact, article: str, elsewhere: dict[str, tuple[Ref, ...]]) -> Cell:
    """The :class:`Cell` of the article whose id is *article* in *fact*'s row; *elsewhere* is
    :func:`reported_elsewhere` of the fact."""
    outlet = story.article(article).outlet
    refs = tuple(r for r in fact.paragraphs if r.article == article)
    if not refs:
        there = tuple(r for r in elsewhere.get(outlet, ()) if r.article == article)
        return Cell((), there, None, False, False, _changed(story, fact, there))
    kinds = [m.kind for m in story.matches(refs[0]) if m.ref in fact.paragraphs]
    # A carrier of the fact's verbatim text reads verbatim, though a paraphrase of another
    # carrier scores better: a row marked wire copy has its words in each carrier's cell.
    kind = LinkKind.VERBATIM if article in fact.carriers and LinkKind.VERBATIM in kinds else kinds[0] if kinds else None
    only = fact.outlets == (outlet,) and not set(elsewhere) - {outlet}
    return Cell(refs, (), kind, fact.source is not None and fact.source.article == article, only, _changed(story, fact, refs))
