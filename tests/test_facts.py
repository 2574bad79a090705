"""Facts: groups of linked paragraphs, and the coverage they give."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from core.views.facts import PARAPHRASE_FLOOR, Fact, cell, facts, reported_elsewhere
from core.model import Article, Link, LinkKind, Ref, article_id
from core.linking.story import Story
from tests.chain_story import chain_story


def _article(outlet: str, n: int) -> Article:
    body = tuple(f"{outlet} paragraph {i} long enough to be a paragraph of a report." for i in range(n))
    return Article(article_id(outlet, outlet, body), "", outlet, outlet, body)


def _link(a: Ref, b: Ref, kind: LinkKind, score: float = 0.9) -> Link:
    return Link(a, b, score, kind, ((0, 1),), ((0, 1),))


def test_confident_links_join_and_loose_paraphrases_do_not() -> None:
    x, y, z = _article("X", 2), _article("Y", 2), _article("Z", 2)
    links = (
        _link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM),
        _link(Ref(y.id, 0), Ref(z.id, 0), LinkKind.VERBATIM),
        _link(Ref(x.id, 0), Ref(z.id, 0), LinkKind.VERBATIM),
        _link(Ref(x.id, 1), Ref(y.id, 1), LinkKind.PARAPHRASE, PARAPHRASE_FLOOR - 0.1),
    )
    found = facts(Story((x, y, z), links))
    assert found[0].outlets == ("X", "Y", "Z") and found[0].wire
    assert [len(f.outlets) for f in found[1:]] == [1, 1, 1]  # the loose paraphrase joined nothing


def test_a_chain_of_links_does_not_join_two_facts() -> None:
    # The Courier's paragraph reports two facts (the bridge closes; the mayor resigns);
    # the Post reports only the first and the Ledger only the second. Linked through the
    # Courier, the Post and the Ledger would be credited with each other's fact.
    story = chain_story()
    found = facts(story)
    by_outlets = {f.outlets for f in found}
    assert ("Post", "Courier", "Wire") in by_outlets  # each of the three links to the other two
    assert ("Ledger",) in by_outlets  # not credited with the bridge through the Courier
    assert all(not {"Post", "Ledger"} <= set(f.outlets) for f in found)
    # The Ledger's fact is a fact of one outlet, but the Courier reports it too (in its
    # paragraph counted under the bridge): the matrix must not call it the Ledger's only.
    [ledger_fact] = [f for f in found if f.outlets == ("Ledger",)]
    assert reported_elsewhere(story, ledger_fact) == {"Courier": (Ref("courier", 0),)}
    [bridge] = [f for f in found if "Post" in f.outlets]
    assert reported_elsewhere(story, bridge) == {}  # the Ledger reports no bridge


def test_every_paragraph_is_in_exactly_one_fact(seed_story) -> None:  # type: ignore[no-untyped-def]
    found = facts(seed_story)
    refs = [r for f in found for r in f.paragraphs]
    assert len(refs) == len(set(refs)) == sum(len(a.paragraphs) for a in seed_story.articles)
    assert [len(f.outlets) for f in found] == sorted((len(f.outlets) for f in found), reverse=True)


def _dated(outlet: str, published: str | None) -> Article:
    body = (f"{outlet} carries the wire paragraph here, long enough to count as a paragraph.",)
    return Article(article_id(outlet, outlet, body), "", outlet, outlet, body, published=published)


def test_the_first_to_publish_wire_copy_is_its_likely_origin() -> None:
    early, late, later = _dated("Wire", "2024-03-01"), _dated("Daily", "2024-03-02"), _dated("Weekly", "2024-03-05")
    links = (
        _link(Ref(early.id, 0), Ref(late.id, 0), LinkKind.VERBATIM),
        _link(Ref(late.id, 0), Ref(later.id, 0), LinkKind.VERBATIM),
        _link(Ref(early.id, 0), Ref(later.id, 0), LinkKind.VERBATIM),
    )
    [fact] = facts(Story((late, early, later), links))
    assert fact.origin == "Wire"


def test_a_dateline_crediting_another_carrier_names_the_origin_without_dates() -> None:
    # A fresh user's paper reprinted Baltic Wire Service's copy under "VELMORA, Nov 29 (BWS)";
    # neither was dated, so nothing said whose words they were.
    from dataclasses import replace

    wire, paper = _dated("Baltic Wire Service", None), replace(_dated("Velmora Courier", None), dateline="VELMORA, Nov 29 (BWS)")
    [fact] = facts(Story((paper, wire), (_link(Ref(paper.id, 0), Ref(wire.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "Baltic Wire Service"
    assert fact.lead == Ref(wire.id, 0) and fact.others == (Ref(paper.id, 0),)  # the fact reads as the origin wrote it
    # a credit by name, against the dates' word; a credit of an outlet not carrying the words says nothing
    ap, daily = _dated("The Associated Press", "2024-03-02"), replace(_dated("Daily", "2024-03-01"), dateline="LONDON (AP)")
    [fact] = facts(Story((daily, ap), (_link(Ref(daily.id, 0), Ref(ap.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "The Associated Press"
    other = replace(_dated("Weekly", None), dateline="LONDON (Reuters)")
    [fact] = facts(Story((other, wire), (_link(Ref(other.id, 0), Ref(wire.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin is None


def test_a_wire_between_slashes_is_a_datelines_credit_too() -> None:
    # TASS closes its dateline with its name between slashes ("MOSCOW, March 3. /TASS/"), as
    # press releases give their wire: the credit names the agency whose copy a reprint is.
    from dataclasses import replace

    from core.text import dateline_credit

    assert [dateline_credit(d) for d in ("MOSCOW, March 3. /TASS/", "LONDON (AP)", "ROMA, 3 MAR (ANSA)", "KYIV", None)] == [
        "TASS", "AP", "ANSA", None, None]
    wire, paper = _dated("TASS", None), replace(_dated("Volga Courier", None), dateline="MOSCOW, March 3. /TASS/")
    [fact] = facts(Story((paper, wire), (_link(Ref(paper.id, 0), Ref(wire.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "TASS"


def test_every_carrier_crediting_one_agency_names_it_the_origin() -> None:
    # A fresh user's story held the agency's own copy, saved as a text file (its outlet the
    # file's name), and two dated reprints; all three datelines credited "(Harbor Wire)", and
    # no origin was shown at all since the agency's copy had no date.
    from dataclasses import replace

    own = replace(_dated("harborwire-copy", None), dateline="VALMORA, Nov 24 (Harbor Wire)")
    ledger = replace(_dated("Coastal Ledger", "2026-11-24T14:05:00+01:00"), dateline="VALMORA, Nov 24 (Harbor Wire)")
    monitor = replace(_dated("Freight Monitor", "2026-11-25"), dateline="VALMORA, Nov 24 (Harbor Wire)")
    links = tuple(_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM) for x, y in ((own, ledger), (own, monitor), (ledger, monitor)))
    [fact] = facts(Story((ledger, own, monitor), links))
    assert fact.origin == "Harbor Wire"
    # a carrier crediting no one, or two agencies credited: the credits do not agree, and the
    # first to publish decides where every date is known
    bare = replace(monitor, dateline=None)
    [fact] = facts(Story((ledger, own, bare), links[:1] + (_link(Ref(own.id, 0), Ref(bare.id, 0), LinkKind.VERBATIM),
                                                           _link(Ref(ledger.id, 0), Ref(bare.id, 0), LinkKind.VERBATIM))))
    assert fact.origin is None
    other = replace(monitor, dateline="VALMORA (Baltic Wire)")
    [fact] = facts(Story((ledger, other), (_link(Ref(ledger.id, 0), Ref(other.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "Coastal Ledger"


def test_no_origin_when_a_date_is_unknown_or_tied() -> None:
    a, b = _dated("A", "2024-03-01"), _dated("B", None)
    [fact] = facts(Story((a, b), (_link(Ref(a.id, 0), Ref(b.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin is None
    c, d = _dated("C", "2024-03-01"), _dated("D", "2024-03-01")
    [fact] = facts(Story((c, d), (_link(Ref(c.id, 0), Ref(d.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin is None


def test_the_first_to_publish_is_judged_by_the_instant_across_time_zones() -> None:
    # 10:15 EST is 15:15 UTC; 16:05 BST is 15:05 UTC: the London paper was first, though its
    # clock read later (a comparison of the strings said the opposite).
    ny, london = _dated("Harbor Wire", "2024-06-02T10:15:00-05:00"), _dated("Thames Post", "2024-06-02T16:05:00+01:00")
    [fact] = facts(Story((ny, london), (_link(Ref(ny.id, 0), Ref(london.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "Thames Post"
    # a carrier with the day alone: the day decides, and one day is a tie
    day = _dated("Daily", "2024-06-02")
    [fact] = facts(Story((ny, day), (_link(Ref(ny.id, 0), Ref(day.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin is None


def test_an_origin_says_what_tells_it_a_credit_or_the_first_date() -> None:
    # A fresh user's undated wire report, credited in a dated paper's dateline, was shown as
    # "first to publish these words ()": the credit, not a date, names it.
    from dataclasses import replace

    from core.views.facts import Origin, origin_of

    wire, paper = _dated("Meridian Press Agency", None), replace(_dated("Valley Courier", "2026-11-25"), dateline="TESSEL (MPA)")
    story = Story((paper, wire), (_link(Ref(paper.id, 0), Ref(wire.id, 0), LinkKind.VERBATIM),))
    assert origin_of(story, {paper.id, wire.id}) == Origin("Meridian Press Agency", ("Valley Courier",), None, wire.id)
    early, late = _dated("Wire", "2024-03-01T09:00:00+00:00"), _dated("Daily", "2024-03-01T11:00:00+00:00")
    story = Story((late, early), (_link(Ref(early.id, 0), Ref(late.id, 0), LinkKind.VERBATIM),))
    assert origin_of(story, {early.id, late.id}) == Origin("Wire", (), "2024-03-01T09:00:00+00:00", early.id)


def test_an_agencys_own_page_is_the_origin_its_reprints_credit_and_marks_its_cell() -> None:
    # A fresh user's runoff: AFP's own page "AFP World" and a paper, both under "ZAGREB, June 7
    # (AFP)". The origin was "AFP", an outlet the matrix has no column for: the panel named it,
    # no cell of the matrix was marked *.
    from dataclasses import replace

    from core.views.facts import paragraph_origins

    afp = replace(_dated("AFP World", "2026-06-07T22:10:00+02:00"), dateline="ZAGREB, June 7 (AFP)")
    daily = replace(_dated("Balkan Daily", "2026-06-07T22:40:00+02:00"), dateline="ZAGREB, June 7 (AFP)")
    own = _dated("Adriatic Times", None)
    links = (_link(Ref(afp.id, 0), Ref(daily.id, 0), LinkKind.VERBATIM), _link(Ref(afp.id, 0), Ref(own.id, 0), LinkKind.PARAPHRASE, 0.6),
             _link(Ref(daily.id, 0), Ref(own.id, 0), LinkKind.PARAPHRASE, 0.6))
    story = Story((own, daily, afp), links)
    [fact] = facts(story)
    assert fact.wire and fact.origin == "AFP World" and fact.lead == Ref(afp.id, 0)
    assert fact.source is not None and fact.source.why() == " (AFP's own copy), credited in the dateline of Balkan Daily"
    elsewhere = reported_elsewhere(story, fact)
    assert [cell(story, fact, a.id, elsewhere).origin for a in (own, daily, afp)] == [False, False, True]
    # the panel's origin of a paragraph is its fact's, for the carriers of its words only
    assert paragraph_origins([fact]) == {Ref(afp.id, 0): fact.source, Ref(daily.id, 0): fact.source}
    # the agency's copy saved as a file, named after it ("reuters_wire"), is the agency's own
    wire = replace(_dated("reuters_wire", None), dateline="OTTAWA, March 11 (Reuters)")
    paper = replace(_dated("Toronto Courier", "2026-03-11T10:12:00-04:00"), dateline="OTTAWA, March 11 (Reuters)")
    [fact] = facts(Story((paper, wire), (_link(Ref(paper.id, 0), Ref(wire.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "reuters_wire" and fact.source is not None and fact.source.agency == "Reuters"
    assert fact.source.why() == " (Reuters' own copy), credited in the dateline of Toronto Courier"
    # "The" aside on either side: "(The Courier)" names the agency's page "The Courier Wire"
    page = replace(_dated("The Courier Wire", None), dateline="OSTREL (The Courier)")
    daily = replace(_dated("Daily", None), dateline="OSTREL (The Courier)")
    [fact] = facts(Story((daily, page), (_link(Ref(daily.id, 0), Ref(page.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin == "The Courier Wire"
    # a name that merely begins like the credit's is no agency's: "APT" for "(AP)"
    apt = replace(_dated("APT News", None), dateline="LONDON (APT)")
    ap_paper = replace(_dated("Daily", None), dateline="LONDON (AP)")
    [fact] = facts(Story((apt, ap_paper), (_link(Ref(apt.id, 0), Ref(ap_paper.id, 0), LinkKind.VERBATIM),)))
    assert fact.origin is None


def test_only_the_origins_own_article_is_marked_where_its_outlet_has_several() -> None:
    # Two articles of one paper carry the wire paragraph; it was first to publish in the second.
    from dataclasses import replace

    first, second = _dated("Ledger", "2024-03-02"), _dated("Ledger", "2024-03-01")
    second = replace(second, id="ledger-2", title="Ledger's earlier copy")
    third = _dated("Weekly", "2024-03-05")
    links = tuple(_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM) for x, y in combinations((first, second, third), 2))
    story = Story((first, second, third), links)
    [fact] = facts(story)
    assert fact.origin == "Ledger" and fact.source is not None and fact.source.article == second.id
    assert fact.lead == Ref(second.id, 0)
    elsewhere = reported_elsewhere(story, fact)
    assert [cell(story, fact, a.id, elsewhere).origin for a in (first, second, third)] == [False, True, False]


def test_an_outlet_linked_to_most_of_a_facts_paragraphs_reports_it() -> None:
    # A fresh user's matrix said an outlet "leaves this fact out" though its paragraph was
    # linked to three of the fact's four (not to a reprint whose figure changed).
    paras = {name: Article(name.lower(), "", name, name, (f"{name} on the ferry's passengers and crew, a paragraph.",))
             for name in ("A", "B", "C", "D", "Watch")}
    members = ["A", "B", "C", "D"]
    links = [_link(Ref(x.lower(), 0), Ref(y.lower(), 0), LinkKind.PARAPHRASE, 0.8) for x, y in combinations(members, 2)]
    links += [_link(Ref(x.lower(), 0), Ref("watch", 0), LinkKind.PARAPHRASE, 0.5) for x in ("A", "B", "C")]
    story = Story(tuple(paras.values()), tuple(links))
    [fact] = [f for f in facts(story) if len(f.outlets) == 4]
    assert fact.outlets == ("A", "B", "C", "D")
    assert reported_elsewhere(story, fact) == {"Watch": (Ref("watch", 0),)}
    # linked to one of the four only: a chain's end, not the fact
    story = Story(tuple(paras.values()), tuple(links[:6] + links[6:7]))
    [fact] = [f for f in facts(story) if len(f.outlets) == 4]
    assert reported_elsewhere(story, fact) == {}


def test_a_subhead_is_no_fact_and_links_to_nothing() -> None:
    # A fresh user's matrix counted a page's subhead "Traffic disruption" as a fact only that
    # outlet reported.
    from dataclasses import replace

    from core.linking.align import link

    body = ("A fire at the Kessel terminal injured three dock workers on Tuesday, the fire service said.",
            "Traffic disruption", "Police closed the ring road around the port until the evening, the city said.")
    post = replace(Article(article_id("Post", "Post", body), "", "Post", "Fire at Kessel", body), subheads=((1, "Traffic disruption"),))
    other = ("Traffic disruption", "A fire at the Kessel terminal injured three dock workers on Tuesday, firefighters said.")
    wire = replace(Article(article_id("Wire", "Wire", other), "", "Wire", "Kessel fire", other), subheads=((0, "Traffic disruption"),))
    links = link([post, wire])
    assert links and all(Ref(post.id, 1) not in (l.a, l.b) and Ref(wire.id, 0) not in (l.a, l.b) for l in links)
    found = facts(Story((post, wire), tuple(links)))
    assert all(Ref(post.id, 1) not in f.paragraphs and Ref(wire.id, 0) not in f.paragraphs for f in found)
    assert sorted(len(f.paragraphs) for f in found) == [1, 2]  # the fire (both), the road (the Post's)


def test_a_cell_says_how_an_outlet_reports_a_fact_for_the_matrix_and_the_exports_alike() -> None:
    x, y, z = _article("X", 2), _article("Y", 2), _article("Z", 1)
    story = Story((x, y, z), (_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM),))
    found = facts(story)
    shared = next(f for f in found if len(f.outlets) == 2)
    only_x = next(f for f in found if f.paragraphs == (Ref(x.id, 1),))
    here = cell(story, shared, y.id, reported_elsewhere(story, shared))
    assert here.paragraphs == (Ref(y.id, 0),) and here.kind is LinkKind.VERBATIM and not here.only
    left_out = cell(story, shared, z.id, reported_elsewhere(story, shared))
    assert left_out.paragraphs == () and left_out.elsewhere == () and left_out.kind is None
    alone = cell(story, only_x, x.id, reported_elsewhere(story, only_x))
    assert alone.paragraphs == (Ref(x.id, 1),) and alone.kind is None and alone.only


def test_two_outlets_printing_an_agencys_credited_copy_word_for_word_print_wire_copy() -> None:
    # A fresh user's ferry: two papers printed the agency's paragraphs word for word under an
    # "(NWS)" dateline, and the matrix marked none of them W (wire copy took three outlets);
    # their datelines say whose copy it is.
    from dataclasses import replace

    herald = replace(_dated("Ostrel Herald", "2026-10-14"), dateline="OSTREL, Oct 14 (NWS)")
    daily = replace(_dated("Valley Daily", "2026-10-14"), dateline="OSTREL, Oct 14 (NWS)")
    [fact] = facts(Story((herald, daily), (_link(Ref(herald.id, 0), Ref(daily.id, 0), LinkKind.VERBATIM),)))
    assert fact.wire and fact.origin == "NWS"
    # User 29's finding 11: the herald's own follow-up put one of the agency's sentences again,
    # crediting no one; the row lost its W and named the herald its origin. Another outlet's copy
    # crediting no one may be its own words, or taken from either: no agency named then.
    def with_third(outlet: str) -> Fact:
        third = replace(_dated(outlet, "2026-10-16"), title="Ostrel ferry back in service")
        third = replace(third, id=article_id(outlet, third.title, third.paragraphs))
        copies = (herald, daily, third)
        [fact] = facts(Story(copies, tuple(_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM) for x, y in combinations(copies, 2))))
        return fact

    assert with_third("Ostrel Herald").wire and with_third("Ostrel Herald").origin == "NWS"
    assert with_third("Ostrel Times").origin != "NWS"
    # two outlets alike without a credit may be one copying the other: not called wire copy
    plain = replace(daily, dateline=None)
    [fact] = facts(Story((herald, plain), (_link(Ref(herald.id, 0), Ref(plain.id, 0), LinkKind.VERBATIM),)))
    assert not fact.wire


def test_a_fact_of_no_known_origin_is_named_by_its_most_alike_paragraph() -> None:
    # A second fresh user's matrix named the "public office is not for sale" row by the one copy
    # that gave the quotation to another speaker, the first in story order.
    # undated (no first to publish), so in story order by outlet: the variant first
    variant, wire, paper = _dated("Avon Post", None), _dated("Bay Wire", None), _dated("Cove Ledger", None)
    links = (_link(Ref(variant.id, 0), Ref(wire.id, 0), LinkKind.QUOTE, 0.5),
             _link(Ref(variant.id, 0), Ref(paper.id, 0), LinkKind.QUOTE, 0.5),
             _link(Ref(wire.id, 0), Ref(paper.id, 0), LinkKind.VERBATIM, 0.95))
    [fact] = facts(Story((variant, wire, paper), links))
    assert fact.origin is None and fact.lead == Ref(wire.id, 0)


def test_a_feeds_summary_never_stands_for_a_fact_whole_articles_give() -> None:
    # User 29's finding 11: a feed's summary kept for want of its page ("A fire at the refinery
    # forced the evacuation...") gave no figure, so it disagreed with no copy and was shown as
    # the fact, hiding the copies' 1,300 / 1,500.
    from dataclasses import replace

    one = _dated("Coastal Herald", None)
    two = replace(one, id="two", outlet="Fjord Gazette")
    cut = replace(one, id="cut", outlet="Keel Post", summary_only=True)
    links = tuple(_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM, 0.8 + 0.1 * (y is cut)) for x, y in ((one, two), (one, cut), (two, cut)))
    [fact] = facts(Story((cut, one, two), links))
    assert fact.lead != Ref("cut", 0)
    [fact] = facts(Story((cut, one), links[1:2]))
    assert fact.lead == Ref(one.id, 0)


def _titled(outlet: str, title: str, *body: str) -> Article:
    return Article(article_id(outlet, title, body), "", outlet, title, body)


def test_an_outlet_with_two_articles_has_a_column_for_each_and_counts_once() -> None:
    # A fresh user's ferry story held two articles of The Harbour Times: the matrix and the
    # export gave the paper one column, so "The Harbour Times ¶0" named two paragraphs.
    from core.views.facts import in_several_outlets
    from core.views.names import article_names, paragraph_name

    # published in that order: a story lists its articles in time order
    early = replace(_titled("The Harbour Times", "Lake Varsen ferry disaster: what we know", "The ferry turned over.", "Nine died."),
                    published="2026-04-01T08:00:00+00:00")
    herald = replace(_titled("Ostrand Herald", "Ferry capsizes", "The ferry overturned.", "Ravik mourns."), published="2026-04-01T09:00:00+00:00")
    late = replace(_titled("The Harbour Times", "Ravik declares day of mourning", "Ravik declared a day of mourning."),
                   published="2026-04-01T10:00:00+00:00")
    links = (_link(Ref(early.id, 0), Ref(herald.id, 0), LinkKind.VERBATIM),
             _link(Ref(herald.id, 1), Ref(late.id, 0), LinkKind.PARAPHRASE, 0.8),
             _link(Ref(early.id, 1), Ref(late.id, 0), LinkKind.PARAPHRASE, 0.3))
    story = Story((early, herald, late), links)
    names = article_names(story.articles)
    # the paper's articles side by side, each named by the opening words of its title
    assert list(names) == [early.id, late.id, herald.id]
    assert [n.text for n in names.values()] == [
        "The Harbour Times “Lake Varsen ferry…”", "The Harbour Times “Ravik declares day…”", "Ostrand Herald"]
    assert paragraph_name(names, Ref(early.id, 0)) != paragraph_name(names, Ref(late.id, 0))
    assert paragraph_name(names, Ref(herald.id, 1)) == "Ostrand Herald ¶1"  # one article: the outlet's plain name
    found = facts(story)
    turned = next(f for f in found if Ref(early.id, 0) in f.paragraphs)
    mourning = next(f for f in found if Ref(late.id, 0) in f.paragraphs)
    for fact, own, other in ((turned, early, late), (mourning, late, early)):
        elsewhere = reported_elsewhere(story, fact)
        assert cell(story, fact, own.id, elsewhere).paragraphs == (Ref(own.id, 0),)
        assert cell(story, fact, other.id, elsewhere) == cell(story, fact, other.id, {})  # the other article leaves it out
        assert cell(story, fact, other.id, elsewhere).paragraphs == ()
        assert in_several_outlets(fact, elsewhere)
    # a fact of the paper's first article that its second reports under another fact: that
    # article's cell says where, and the paper still counts as one outlet
    nine = next(f for f in found if f.paragraphs == (Ref(early.id, 1),))
    story = Story(story.articles, links[:2] + (_link(Ref(early.id, 1), Ref(late.id, 0), LinkKind.PARAPHRASE, 0.6),))
    [nine] = [f for f in facts(story) if f.paragraphs == (Ref(early.id, 1),)]
    elsewhere = reported_elsewhere(story, nine)
    assert elsewhere == {"The Harbour Times": (Ref(late.id, 0),)}
    assert cell(story, nine, late.id, elsewhere).elsewhere == (Ref(late.id, 0),)
    assert not in_several_outlets(nine, elsewhere) and cell(story, nine, early.id, elsewhere).only


def test_articles_of_one_outlet_are_named_by_as_many_title_words_as_tell_them_apart() -> None:
    from core.views.names import article_names

    live = [_titled("Post", title, f"Paragraph {n}.") for n, title in enumerate(
        ("Ferry live: rescuers reach the wreck", "Ferry live: rescuers find survivors", "Ferry live: rescuers find survivors", ""))]
    assert [n.label for n in article_names(live).values()] == [
        "Ferry live: rescuers reach…", "Ferry live: rescuers find… (1)", "Ferry live: rescuers find… (2)", "untitled"]


def test_a_paragraph_loosely_linked_to_each_of_a_large_facts_paragraphs_joins_it_never_a_chain() -> None:
    # A fresh user's matrix split one fact reworded by many outlets over several rows joined by
    # ~¶: a looser rewording, linked to every paragraph of the fact, stood in a row of its own.
    from core.views.facts import VOUCHING

    outlets = [_article(name, 1) for name in "ABCDE"[:VOUCHING]]
    loose = _article("Loose", 1)
    confident = [_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.PARAPHRASE, 0.8) for x, y in combinations(outlets, 2)]
    looser = [_link(Ref(x.id, 0), Ref(loose.id, 0), LinkKind.PARAPHRASE, PARAPHRASE_FLOOR - 0.2) for x in outlets]
    [fact] = [f for f in facts(Story((*outlets, loose), tuple(confident + looser))) if len(f.paragraphs) > 1]
    assert Ref(loose.id, 0) in fact.paragraphs and len(fact.outlets) == VOUCHING + 1
    assert fact.kinds == {LinkKind.PARAPHRASE}
    # linked to all but one of them: the end of a chain, in a fact of its own (and ~¶ there)
    found = facts(Story((*outlets, loose), tuple(confident + looser[1:])))
    assert (Ref(loose.id, 0),) in [f.paragraphs for f in found]
    # too few confident paragraphs to vouch for a loose link
    fewer = outlets[1:]
    links = [l for l in confident + looser if outlets[0].id not in (l.a.article, l.b.article)]
    assert (Ref(loose.id, 0),) in [f.paragraphs for f in facts(Story((*fewer, loose), tuple(links)))]


def test_an_outlets_own_two_copies_alone_have_no_origin() -> None:
    # A paper's page saved twice (an update) carries its own paragraph in both copies: the
    # matrix said "Likely origin: Karsund Post, first to publish these words" under "Only in
    # Karsund Post" and marked the first copy's cell *, a claim about whose words others took
    # when no other outlet took them.
    from dataclasses import replace

    from core.views.facts import origin_of

    first, update = _dated("Karsund Post", "2026-01-12"), _dated("Karsund Post", "2026-01-13")
    update = replace(update, id="post-2", title="Karsund Post, updated")
    story = Story((first, update), (_link(Ref(first.id, 0), Ref(update.id, 0), LinkKind.VERBATIM),))
    [fact] = facts(story)
    assert fact.source is None and origin_of(story, {first.id, update.id}) is None
    assert not any(cell(story, fact, a.id, {}).origin for a in (first, update))
    # another outlet carrying the words too: the first to publish is their origin again
    herald = _dated("Coastal Herald", "2026-01-14")
    links = tuple(_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM) for x, y in combinations((first, update, herald), 2))
    [fact] = facts(Story((first, update, herald), links))
    assert fact.source is not None and fact.source.article == first.id
    # both copies crediting an agency the story holds no copy of: still the agency's words
    credited = [replace(a, dateline="KARSUND, Jan 12 (NWS)") for a in (first, update)]
    story = Story(tuple(credited), (_link(Ref(first.id, 0), Ref(update.id, 0), LinkKind.VERBATIM),))
    assert facts(story)[0].origin == "NWS"


def test_a_facts_articles_and_origin_are_named_as_the_views_name_articles() -> None:
    # The matrix's footer and the export named a fact's outlets ("Reported by Karsund Post,
    # Coastal Herald"), where the paper has two articles in the story: not which carries it.
    from dataclasses import replace

    from core.views.names import article_names, named_articles

    first = replace(_dated("Karsund Post", "2026-01-12"), title="Storm Elin leaves thousands without power")
    update = replace(first, id="post-2", published="2026-01-13")
    herald = _dated("Coastal Herald", "2026-01-14")
    links = tuple(_link(Ref(x.id, 0), Ref(y.id, 0), LinkKind.VERBATIM) for x, y in combinations((first, update, herald), 2))
    story = Story((first, herald, update), links)
    names = article_names(story.articles)
    [fact] = facts(story)
    assert fact.articles == (first.id, update.id, herald.id)  # in story order: the order they were published
    # in the order of the matrix's columns, the paper's two together
    assert named_articles(names, fact.articles) == (
        "Karsund Post “Storm Elin leaves… (1)”, Karsund Post “Storm Elin leaves… (2)”, Coastal Herald")
    assert fact.source is not None and fact.source.named(names) == "Karsund Post “Storm Elin leaves… (1)”"
    # an agency no article of the story is: its name as the datelines give it
    credited = [replace(a, dateline="KARSUND (NWS)") for a in (first, update)]
    [fact] = facts(Story(tuple(credited), links[:1]))
    assert fact.source is not None and fact.source.named(names) == "NWS"


def test_a_cell_of_wire_copy_reads_verbatim_where_its_best_link_is_a_paraphrase() -> None:
    # The seeds' "That long list incudes disagreements" row was marked W (the same words in three
    # outlets) with cells "¶11 P", "¶15 P", "¶1 V": Euronews and The National are linked to The
    # Hindu word for word, to each other by a better-scoring paraphrase, and the cell gave the
    # kind of the best link only.
    a, b, c = _article("A", 1), _article("B", 1), _article("C", 1)
    links = (_link(Ref(a.id, 0), Ref(b.id, 0), LinkKind.PARAPHRASE, 0.8),
             _link(Ref(a.id, 0), Ref(c.id, 0), LinkKind.VERBATIM, 0.77),
             _link(Ref(b.id, 0), Ref(c.id, 0), LinkKind.VERBATIM, 0.55))
    story = Story((a, b, c), links)
    [fact] = facts(story)
    assert fact.wire
    assert [cell(story, fact, x.id, {}).kind for x in (a, b, c)] == [LinkKind.VERBATIM] * 3
    # an article joined to the fact by a paraphrase only keeps its best link's kind
    d = _article("D", 1)
    links += tuple(_link(Ref(x.id, 0), Ref(d.id, 0), LinkKind.PARAPHRASE, 0.7) for x in (a, b, c))
    story = Story((a, b, c, d), links)
    [fact] = facts(story)
    assert cell(story, fact, d.id, {}).kind is LinkKind.PARAPHRASE and cell(story, fact, a.id, {}).kind is LinkKind.VERBATIM


def test_a_cell_says_what_its_paragraph_gives_otherwise_than_the_rows_lead() -> None:
    # A fresh user's court story: the Ledger's reprint reverses the wire's "does not oblige" and
    # the Courier's gives 38,300 fines for 48,300; the matrix read both as the wire's fact.
    from core.linking.evidence import Difference
    from tests.edited_copy import articles

    story = Story.build(articles())
    wire, courier, ledger = story.articles
    by_lead = {f.lead: f for f in facts(story)}
    ruling, fines, repay = (by_lead[Ref(wire.id, n)] for n in range(3))

    def changed(fact, article):  # type: ignore[no-untyped-def]
        return cell(story, fact, article.id, reported_elsewhere(story, fact))

    assert changed(repay, ledger).changed == ((Ref(ledger.id, 2), (Difference("does not oblige", "obliges", "negation"),)),)
    assert changed(repay, ledger).differs and changed(repay, ledger).kind is LinkKind.VERBATIM
    assert changed(fines, courier).changes() == (Difference("48,300", "38,300", "figure"),)
    # the lead's own cell is the reference, and faithful copy differs in nothing
    assert not any(changed(fact, a).differs for fact in (ruling, fines, repay) for a in (wire,))
    assert not changed(repay, courier).differs and not changed(fines, ledger).differs
    assert not any(changed(ruling, a).differs for a in story.articles)


def _report(outlet: str, *paragraphs: str) -> Article:
    body = tuple(paragraphs)
    return Article(article_id(outlet, outlet, body), "", outlet, f"{outlet} report", body)


def test_a_copy_whose_figure_was_changed_is_the_variant_not_the_fact() -> None:
    # Two outlets carry one agency's copy, the first with the count of wagons changed; another
    # reports the wreck in its own words with the second copy's count, linked to both copies. The row's fact (its lead,
    # the text the others are marked against) is the wording the reports agree with: the
    # altered copy is the one marked as giving it otherwise, not the three that agree.
    altered = _report(
        "Harbour Gazette",
        "Thirty-two wagons of the 96-wagon Northline freight train left the rails at about 3:10 a.m. near the Mill Lane crossing, the rail company said.",
    )
    faithful = _report(
        "Valley Courier",
        "Nineteen wagons of the 96-wagon Northline freight train left the rails at about 3:10 a.m. near the Mill Lane crossing, the rail company said.",
    )
    reworded = _report(
        "County Times",
        "About 19 wagons of the Northline train came off the track by the Mill Lane crossing before dawn, and crews worked through the morning to lift them clear.",
    )
    retold = _report(
        "River Post",
        "Nineteen wagons of the Northline freight train derailed near the Mill Lane crossing, blocking the line for the day, the rail company said.",
    )
    story = Story.build([altered, faithful, reworded, retold])
    row = next(f for f in facts(story) if Ref(altered.id, 0) in f.paragraphs)
    assert story.text(row.lead).startswith("Nineteen wagons"), story.text(row.lead)
    marked = cell(story, row, altered.id, reported_elsewhere(story, row))
    assert [(d.a, d.b) for d in marked.changes()] == [("Nineteen", "Thirty-two")]
