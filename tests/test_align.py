"""Linking: wire copy, shared quotes, paraphrase, unique paragraphs, scale of fan-out, determinism."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.linking.align import Known, link
from core.linking.evidence import differences, evidence
from core.text import stem, verb_stems
from core.model import Article, LinkKind, Ref
from core.linking.story import Story
from tests.reports import outlet_report


def _find(story: Story, outlet: str, starts: str) -> Ref:
    for article in story.articles:
        if article.outlet == outlet or article.path.endswith(f"{outlet}.txt"):  # a seed of no named outlet
            for i, text in enumerate(article.paragraphs):
                if text.startswith(starts):
                    return Ref(article.id, i)
    raise AssertionError(f"no paragraph of {outlet} starts with {starts!r}")


def _kinds_between(story: Story, a: Ref, b: Ref) -> set[LinkKind]:
    return {m.kind for m in story.matches(a) if m.ref == b}


def test_wire_copy_is_verbatim(seed_story: Story) -> None:
    a = _find(seed_story, "Euronews", "And, earlier this month, China’s defence minister")
    b = _find(seed_story, "The Hindu", "And, earlier this month, China’s Defense Minister")
    assert _kinds_between(seed_story, a, b) == {LinkKind.VERBATIM}


def test_shared_quotation_is_a_quote_link(seed_story: Story) -> None:
    a = _find(seed_story, "Euronews", "Blinken “made clear that the United States")
    b = _find(seed_story, "The National", '"The United States will always stand up')
    assert _kinds_between(seed_story, a, b) == {LinkKind.QUOTE}


def test_same_fact_in_other_words_is_a_paraphrase(seed_story: Story) -> None:
    a = _find(seed_story, "The National", "Mr Blinken postponed the visit")
    b = _find(seed_story, "The Hindu", "Mr. Blinken's visit comes after his initial plans")
    assert _kinds_between(seed_story, a, b) == {LinkKind.PARAPHRASE}


def test_sharing_a_place_name_is_not_a_link(seed_story: Story) -> None:
    # "Taiwan is the most prominent risk" and "fears they could be drawn into conflict
    # over Taiwan" do not report the same fact.
    risk = _find(seed_story, "BBC News", "Mr Qin said Taiwan was the “most prominent risk”")
    fears = _find(seed_story, "002_03d1ab726d91d2df", "Tensions between the US and China have sparked fears")
    assert not _kinds_between(seed_story, risk, fears)


def test_a_paragraph_with_two_facts_links_to_two_paragraphs(seed_story: Story) -> None:
    both = _find(seed_story, "The Hindu", "President Biden said over the weekend")
    hindu_targets = {m.ref for m in seed_story.matches(both)}
    euronews = next(a for a in seed_story.articles if a.outlet == "Euronews")
    assert len({r for r in hindu_targets if r.article == euronews.id}) >= 2


def test_one_fact_of_a_long_paragraph_links_to_a_paragraph_that_reports_only_it() -> None:
    # The Herald's third paragraph carries two facts in two sentences; the Courier reports
    # only the second, in other words. Over the whole paragraph they share too little.
    herald = outlet_report(
        "Harbour Herald",
        "Councillors in Port Alden voted 9-2 on Tuesday to approve a new budget that sets aside money for flood barriers along the river.",
        "The vote followed three months of public hearings in which residents complained about repeated flooding in the lower town.",
        "Mayor Ines Okafor welcomed the result, calling the barriers overdue and thanking the volunteers who had sandbagged "
        "homes during the February storms. She will also travel to Rotterdam next month to study how the Dutch city manages its sea defences.",
        "Opponents said the plan relied too heavily on borrowing.",
    )
    courier = outlet_report(
        "Valley Courier",
        "Port Alden's council has passed a budget that funds flood barriers on the river, after months of hearings.",
        "Okafor is due to visit Rotterdam in the coming weeks to learn from the Dutch port's approach to sea defences.",
        "Two councillors voted against, warning about the cost of borrowing.",
    )
    wire = outlet_report(
        "Coast Wire",
        "A council in Port Alden approved spending on river flood barriers by nine votes to two.",
        "Local businesses in the lower town have lost stock to floods three times in two years.",
    )
    pairs = {((l.a.article, l.a.paragraph), (l.b.article, l.b.paragraph)): l.kind for l in link([herald, courier, wire])}
    assert pairs[((herald.id, 2), (courier.id, 1))] is LinkKind.PARAPHRASE
    # Without the sentences, the paragraphs as wholes do not link.
    whole = link([herald, courier, wire], sentence_threshold=1.1)
    assert ((herald.id, 2), (courier.id, 1)) not in {((l.a.article, l.a.paragraph), (l.b.article, l.b.paragraph)) for l in whole}


def test_a_new_article_vouches_for_a_pair_of_old_ones_as_in_a_full_run() -> None:
    # Alden and Brook report the ferry in words too different to link on their own; the
    # wire copy that arrives later says what both say, so it vouches for them.
    alden = outlet_report("Alden Post", "The ferry between Alden and Brook will stop running in March because its operator lost the licence, the council said on Monday.", "Other news: the library reopens.")
    brook = outlet_report("Brook Times", "Crossings to Alden end next spring. Officials blamed the withdrawn licence of the firm that runs the boats, a council statement said.", "Weather is mild.")
    wire = outlet_report("Wire", "The ferry between Alden and Brook will stop running in March because its operator lost the licence, the council said, and crossings end after the firm's boats are withdrawn.", "Sports results follow.")
    assert not link([alden, brook])
    full = link([alden, brook, wire])
    assert ((alden.id, 0), (brook.id, 0)) in {((l.a.article, l.a.paragraph), (l.b.article, l.b.paragraph)) for l in full}
    assert link([alden, brook, wire], new_from=2, known=[]) == full
    # An old pair already linked is not linked again, whichever way round it was stored.
    old = next(l for l in full if {l.a.article, l.b.article} == {alden.id, brook.id})
    again = link([alden, brook, wire], new_from=2, known=[Known(old.b, old.a, old.score)])
    assert all({l.a.article, l.b.article} != {alden.id, brook.id} for l in again)


def test_unique_paragraph_has_no_link(seed_story: Story) -> None:
    kissinger = _find(seed_story, "Euronews", "And Former US Secretary of State Henry Kissinger")
    assert seed_story.matches(kissinger) == ()


def test_wire_copy_reprinted_by_many_outlets_links_every_pair() -> None:
    wire = (
        "The central bank raised its main interest rate by a quarter point on Wednesday, "
        "its ninth increase in a row, and signalled that further rises were likely this autumn."
    )
    articles = [
        outlet_report(f"Outlet {n}", f"Local colour paragraph number {n} about nothing shared with others at all {n * 7}.", wire)
        for n in range(40)
    ]
    links = link(articles)
    wire_links = [l for l in links if l.a.paragraph == 1 and l.b.paragraph == 1]
    assert len(wire_links) == 40 * 39 // 2
    assert all(l.kind is LinkKind.VERBATIM and l.score > 0.9 for l in wire_links)


def test_wire_copy_reprinted_by_more_outlets_than_the_index_cap_still_links() -> None:
    # 150 outlets: every word of the wire paragraph is in more paragraphs than the
    # candidate index takes (64 here), so only the fallback to its rarest stems finds it.
    wire = "Officials confirmed the reservoir dam will reopen its spillway gates on Monday after repairs."
    articles = [outlet_report(f"Outlet {n}", f"A note on the weather in district {n} and market prices today.", wire) for n in range(150)]
    wire_links = [l for l in link(articles) if l.a.paragraph == 1 and l.b.paragraph == 1]
    assert len(wire_links) == 150 * 149 // 2


def test_links_follow_the_contract(seed_story: Story) -> None:
    texts = {a.id: a.paragraphs for a in seed_story.articles}
    seen = set()
    for l in seed_story.links:
        assert l.a.article != l.b.article
        assert 0.0 <= l.score <= 1.0
        pair = frozenset((l.a, l.b))
        assert pair not in seen
        seen.add(pair)
        for ref, spans in ((l.a, l.spans_a), (l.b, l.spans_b)):
            text = texts[ref.article][ref.paragraph]
            assert spans and all(0 <= s < e <= len(text) for s, e in spans)


def test_linking_is_deterministic(seed_articles) -> None:  # type: ignore[no-untyped-def]
    assert link(seed_articles) == link(list(seed_articles))


def test_quality_against_labelled_seed_links(seed_articles) -> None:  # type: ignore[no-untyped-def]
    """A floor under the figures in bench/quality.py, so a change that loses quality shows."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from quality import gold_pairs, scores

    gold = gold_pairs(seed_articles)
    predicted = {frozenset((l.a, l.b)) for l in link(seed_articles)}
    precision, recall, f1 = scores(predicted, gold)
    assert precision >= 0.75 and recall >= 0.5 and f1 >= 0.6


words = st.sampled_from("the talks minister visit said china beijing trade deal hours met agreed “ ” , .".split())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(words, max_size=30).map(" ".join), min_size=1, max_size=4), min_size=2, max_size=4))
def test_any_story_links_without_error(bodies: list[list[str]]) -> None:
    articles = [outlet_report(f"O{n}", *paras) for n, paras in enumerate(bodies)]
    for l in link(articles):
        assert l.a.article != l.b.article and 0 <= l.score <= 1


def _linked(articles: list[Article]) -> dict[frozenset[Ref], LinkKind]:
    return {frozenset((l.a, l.b)): l.kind for l in link(articles)}


def test_a_paragraph_of_a_few_words_still_links() -> None:
    # Two- and four-word paragraphs index fewer stems than a longer pair must share.
    north = outlet_report("North Gazette", "The ferry sank near Corran Point on Sunday with forty passengers aboard.", "Divers were searching.", "Investigators suspect overloading.")
    south = outlet_report("South Ledger", "Forty passengers were aboard the ferry that sank off Corran Point on Sunday.", "Divers were searching overnight.", "Overloading is suspected.")
    pairs = _linked([north, south])
    assert frozenset((Ref(north.id, 1), Ref(south.id, 1))) in pairs
    assert frozenset((Ref(north.id, 2), Ref(south.id, 2))) in pairs


def test_a_denial_is_not_the_same_fact_as_the_claim() -> None:
    a = outlet_report("Court Herald", "Dario Venn pleaded not guilty to two counts of fraud at Maple County court on Monday.")
    b = outlet_report("County Voice", "Dario Venn was found guilty of two counts of fraud at Maple County court on Monday.")
    c = outlet_report("Town Crier", "At Maple County court on Monday, Dario Venn entered not guilty pleas to the two counts of fraud.")
    pairs = _linked([a, b, c])
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) not in pairs
    assert frozenset((Ref(b.id, 0), Ref(c.id, 0))) not in pairs
    assert frozenset((Ref(a.id, 0), Ref(c.id, 0))) in pairs


def test_sharing_only_an_attribution_is_not_a_link() -> None:
    a = outlet_report("Ridge Times", "Officials of the transport ministry said the Kelso tunnel would close for repairs.")
    b = outlet_report("Plain Daily", "Officials of the transport ministry said fares for students would be frozen.")
    assert not _linked([a, b])


def test_two_different_quotations_of_one_person_are_two_facts() -> None:
    a = outlet_report("Bay News", 'Mayor Tilda Brann said: "We will open three new schools before the election in the spring."')
    b = outlet_report("Hill Post", 'Mayor Tilda Brann said: "Our harbour needs dredging and the state must pay its share."')
    assert not _linked([a, b])


def test_the_same_count_given_differently_links_and_other_counts_stay_apart() -> None:
    a = outlet_report("Lake Wire", "The storm in Varn province killed 12 people on Thursday, the regional governor said.", "Another 30 people were injured.")
    b = outlet_report("Ridge Mail", "Fifteen people were killed when the storm struck Varn province, according to rescuers.", "Nine people are still missing.")
    pairs = _linked([a, b])
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) in pairs
    assert frozenset((Ref(a.id, 1), Ref(b.id, 1))) not in pairs  # injured is not missing


def test_a_rewrite_sharing_short_phrases_is_a_paraphrase_and_copy_is_verbatim() -> None:
    # Thirteen of nineteen words in runs of three or four ("in Leeds on Tuesday", "the River
    # Aire", "the city council"): the same fact reworded, not the same wording.
    a = outlet_report("Lake Wire", "About 1,200 people were evacuated from their homes in Leeds on Tuesday after the River Aire burst its banks, the city council said.")
    b = outlet_report("Ridge Mail", "Some 1,500 people were evacuated in Leeds on Tuesday as the River Aire flooded, according to the city council.")
    c = outlet_report("Hill Post", "About 1,200 people were evacuated from their homes in Leeds on Tuesday after the River Aire burst its banks, officials said.")
    kinds = _linked([a, b, c])
    assert kinds[frozenset((Ref(a.id, 0), Ref(b.id, 0)))] is LinkKind.PARAPHRASE
    assert kinds[frozenset((Ref(a.id, 0), Ref(c.id, 0)))] is LinkKind.VERBATIM
    # An edit's inserted words cut the copy into short runs; all of the shorter one's words are in them.
    d = outlet_report("Lake Wire", "Police arrested two men in Leeds on Tuesday after a chase through the city centre.")
    e = outlet_report("Ridge Mail", "Police arrested two young men in Leeds late on Tuesday after a long chase through the city centre.")
    assert _linked([d, e]) == {frozenset((Ref(d.id, 0), Ref(e.id, 0))): LinkKind.VERBATIM}


def test_one_clause_kept_in_a_rewrite_is_a_paraphrase_not_verbatim() -> None:
    # A fact-checker saw "V" (the outlet ran the wire's copy) for a paper's own sentence that kept
    # one clause of the wire's "The two people killed were in a pickup truck waiting at the
    # crossing, Okafor said.": eight of its fifteen words, the subject and the attribution rewritten.
    from core.linking.align import Features, copy_kind

    kept = Features(run_words=8, longest_run=8, longest_unquoted=8, unquoted_words=8, run_cover=0.66, quote_cover=0.0,
                    quoted_stems=0, cover_a=0.3, cover_b=0.6, shared=frozenset(), runs=((25, 33, 5, 13),),
                    least_words=15, most_words=34, least_stems=9)
    assert copy_kind(kept) == (LinkKind.PARAPHRASE, 0.66)
    # two thirds of the shorter one's words copied: its copy, edited
    edited = kept._replace(run_words=10, unquoted_words=10)
    assert copy_kind(edited) == (LinkKind.VERBATIM, 0.66)


def test_a_summary_sharing_short_phrases_between_words_of_its_own_is_no_copy() -> None:
    # A key-points bullet "Bank of Estmark cuts policy rate by half a point to 4.75%" was "V"
    # (10 of its 12 words in three short runs) to another outlet's own sentence, so the matrix
    # took the bullet for the agency's copy and its row for the fact.
    bullet = outlet_report("Markets Daily", "Bank of Veyland cuts policy rate by half a point to 4.75%",
                      "Vote split 5-2; two members wanted a quarter-point cut.")
    post = outlet_report("Evening Post", "The Bank of Veyland lowered its main interest rate by half a percentage point to "
                                    "4.75%, the biggest cut in years.", "Bond yields fell across the curve.")
    kinds = _linked([bullet, post])
    assert kinds.get(frozenset((Ref(bullet.id, 0), Ref(post.id, 0))), LinkKind.PARAPHRASE) is LinkKind.PARAPHRASE
    from core.linking.align import Features, copy_kind

    runs = ((0, 3, 1, 4), (5, 9, 8, 12), (9, 12, 13, 16))  # as the linker aligned the two
    summary = Features(run_words=10, longest_run=4, longest_unquoted=4, unquoted_words=10, run_cover=0.77,
                       quote_cover=0.0, quoted_stems=0, cover_a=0.7, cover_b=0.5, shared=frozenset(), runs=runs,
                       least_words=12, most_words=20, least_stems=8)
    assert copy_kind(summary) is None
    # copy with words put in here and there stays copy ("two [young] men in Leeds [late] on Tuesday")
    edited = summary._replace(runs=((0, 3, 0, 3), (3, 6, 4, 7), (6, 10, 8, 12)), longest_run=4)
    assert copy_kind(edited) == (LinkKind.VERBATIM, 0.77)


def test_no_link_crosses_two_outlets_copies_of_one_report() -> None:
    # A media monitor's three copies of one agency story were linked paragraph to paragraph, and
    # also lead to "a larger cut of 0.75 percentage point" and to the vote's "smaller cut of 0.25":
    # paraphrase links reporting "0.5 -> 0.75" as a disagreement about the cut.
    lead = ("The Bank of Veyland cut its main policy rate by 0.5 percentage point to 4.75% on Tuesday, a larger move "
            "than most economists had expected, saying inflation was falling faster than it had forecast.")
    vote = ("Five of the seven members of the monetary policy committee voted for the half-point reduction, while two "
            "favoured a smaller cut of 0.25 percentage point, the central bank said in a statement.")
    quote = ('"Inflation has fallen faster than we expected, and the risks to growth now weigh more heavily than the risks '
             'to prices," Governor Ana Varga told a news conference in Kelby.')
    larger = "Varga said the committee had discussed a larger cut of 0.75 percentage point."
    krone = "The krone weakened against the euro after the decision, and bond yields fell."
    a = outlet_report("Courier", lead.replace("0.5", "0.25"), vote, quote, larger, krone)
    b = outlet_report("Herald", lead.replace("Tuesday", "Monday"), vote, quote, larger, krone)
    c = outlet_report("Pulse", lead, vote, quote, larger.replace("had discussed", "had not discussed"), krone)
    links = link([a, b, c])
    assert {(l.a.paragraph, l.b.paragraph) for l in links} == {(k, k) for k in range(5)}
    assert all(l.kind is LinkKind.VERBATIM for l in links)
    # an outlet's own paragraph beside the agency's keeps its links to the copies
    d = outlet_report("Ledger", "Veyland's central bank lowered its main policy rate by half a percentage point to 4.75%, "
                           "more than most economists had expected.", krone)
    own = [l for l in link([a, b, d]) if d.id in (l.a.article, l.b.article) and l.kind is not LinkKind.VERBATIM]
    assert {(l.a.article, l.a.paragraph) for l in own} >= {(a.id, 0), (b.id, 0)}


def test_a_shared_quotation_with_a_short_attribution_is_a_quote_not_copy() -> None:
    # The quotation is the speaker's words in both; the reporting around it shares four words.
    a = outlet_report("Lake Wire", '"We have never seen the Tessel this high, and we ask everyone near the river to leave now," '
                 "said county emergency director Harriet Vale at a news conference.")
    b = outlet_report("Ridge Mail", '"We have never seen the Tessel this high," emergency director Harriet Vale said.')
    assert _linked([a, b]) == {frozenset((Ref(a.id, 0), Ref(b.id, 0))): LinkKind.QUOTE}


def test_one_quotation_with_the_reporting_reworded_is_a_quote_link_from_every_outlet() -> None:
    # A fresh user's bridge story: the mayor's words, printed whole by four outlets, were a quote
    # link between two of them and a paraphrase ("P 0.87") between the others, whose reporting
    # around the quotation was worded otherwise.
    a = outlet_report("Dale Post", '"We are heartbroken, and we will learn exactly why this happened," Mayor Ruth Alder told '
                 "reporters at the quay.")
    b = outlet_report("Arle Ledger", 'Mayor Ruth Alder, speaking at the quay, said: "We are heartbroken, and we will learn '
                 'exactly why this happened."')
    assert _linked([a, b]) == {frozenset((Ref(a.id, 0), Ref(b.id, 0))): LinkKind.QUOTE}


def test_a_denial_in_a_that_clause_denies_its_verb() -> None:
    # A fresh user's story: "has denied skipping scheduled repairs" was "only in" its outlet,
    # though another printed "denied that it had skipped scheduled repairs" (the denial's reach
    # ended at "that it had", so one side denied nothing and the two differed in polarity).
    a = outlet_report("Arle Ledger", "Holmworks Ltd denied that it had skipped scheduled repairs on the bridge, which opened in 1971.",
                 "Divers searched the river below the span until dark on Saturday.")
    b = outlet_report("Dale Post", "Holmworks Ltd has denied skipping scheduled repairs on the span.",
                 "The mayor said the city would publish every inspection report.")
    c = outlet_report("Arle Radio", "Holmworks Ltd admitted that it had skipped scheduled repairs on the bridge last year, "
                 "according to documents seen by Arle Radio.", "Traffic on the ring road was diverted through Ostrel.")
    linked = _linked([a, b, c])
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) in linked
    # One clause, its verb of denial edited to another: the outlets report one claim differently
    # (linked, "denied -> admitted" marked); a "not" is never edited so (the plea and the verdict
    # of test_a_denial_is_not_the_same_fact_as_the_claim stay apart).
    assert frozenset((Ref(a.id, 0), Ref(c.id, 0))) in linked
    assert [(d.a, d.b) for d in differences(a.paragraphs[0], c.paragraphs[0])] == [("denied", "admitted")]


def test_one_count_under_another_name_is_the_same_quantity() -> None:
    # "300 households" and "300 homes", "Fourteen employees" and "14 workers": a rewrite of the
    # agency's lead that was "only in" its outlet (a fresh user's report).
    wire = ("A fire at the Kessler Plastics plant in Millbrook injured 14 workers on Tuesday and forced the "
            "evacuation of 300 homes, fire officials said.")
    rewrite = ("Fourteen employees were hurt when flames swept through the Kessler Plastics factory in Millbrook "
               "on Tuesday afternoon, and roughly 300 households had to leave their homes overnight.")
    other = "The plant employs 420 people and was last inspected in January, according to a company spokesman."
    a, b = outlet_report("Lake Wire", wire, other), outlet_report("Ridge Mail", rewrite, other)
    assert _linked([a, b])[frozenset((Ref(a.id, 0), Ref(b.id, 0)))] is LinkKind.PARAPHRASE


def test_a_rewrite_keeping_one_long_phrase_is_a_paraphrase() -> None:
    # Eight words of the agency's sentence kept, the rest reworded around them: not the same
    # wording (a fresh user found such a pair on the seeds marked "V 0.80").
    a = outlet_report("Lake Wire", "That long list includes disputes ranging from fishing quotas to tariffs, harbour dues in Tessel "
                 "and Kelso to armed coastguard patrols along the northern coast of Kelso bay and the river treaty.",
                 "The mayor of Tessel said the talks would resume in the spring after the elections.")
    b = outlet_report("Ridge Mail", "The list of disputes and possible flashpoints is long, ranging from tariffs and armed coastguard "
                 "patrols along the northern coast of Kelso bay to the river treaty and fishing.",
                 "Kelso's harbour master said the new dues would be paid from next month.")
    assert _linked([a, b]) == {frozenset((Ref(a.id, 0), Ref(b.id, 0))): LinkKind.PARAPHRASE}


def test_a_quote_paragraph_reprinted_whole_is_verbatim_copy() -> None:
    # Wire copy of a paragraph that is mostly a quotation: the reporting is the same too, so
    # the two outlets ran the same words (it was a quote link and never counted as wire copy).
    text = '"The blaze spread through the warehouse in under ten minutes," said fire chief Maria Olsen.'
    a, b = outlet_report("Lake Wire", text), outlet_report("Ridge Mail", text)
    assert _linked([a, b]) == {frozenset((Ref(a.id, 0), Ref(b.id, 0))): LinkKind.VERBATIM}


def test_links_and_kinds_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # Sums over sets of stems once depended on set order, so a pair near a boundary
    # was "quote" or "verbatim" from one run to the next.
    import subprocess

    (tmp_path / "a.txt").write_text(
        'Harbor Courier\n\nThe mayor of Eastvale, Lorna Pike, said "we will rebuild the old harbour wall before '
        'the winter storms arrive" at a meeting on Tuesday evening with fishermen.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        'Valley Post\n\nEastvale mayor Lorna Pike said "we will rebuild the old harbour wall before the winter '
        'storms arrive" at a meeting on Tuesday evening with local fishermen.\n', encoding="utf-8")
    code = (
        "import json, sys\nfrom core.linking.align import link\nfrom core.reading import SEEDS_DIR, read_paths\n"
        "from pathlib import Path\n"
        "arts, _ = read_paths([SEEDS_DIR, Path(sys.argv[1])])\n"
        "print(json.dumps([[l.a, l.b, l.score, l.kind.value, l.spans_a, l.spans_b] for l in link(arts)]))\n"
    )
    root = Path(__file__).resolve().parent.parent
    outputs = {
        subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=root, capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout
        for seed in ("0", "1", "2", "3")
    }
    assert len(outputs) == 1 and outputs.pop().startswith("[[")


# Text the linker reads: ASCII runs of letters, digits, joiners, grouped numbers and marks, and the
# same with a character outside ASCII (a curly quote, an accent, a Han character) somewhere in it.
_ascii_text = st.text(alphabet="aZ9 0,.'-\"!_\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_ascii_text, st.sampled_from(["", "\u2019", "\u00e9", "\u5e02", "\u0130"]))
def test_the_ascii_fast_path_finds_the_words_the_unicode_pattern_finds(text: str, extra: str) -> None:
    # words_and_offsets and words() take a pattern of plain classes for text that is all ASCII
    # once folded; word_offsets() keeps the Unicode one: the two must agree on every text.
    from core.text import word_offsets, words, words_and_offsets

    for sample in (text, text[: len(text) // 2] + extra + text[len(text) // 2 :]):
        found, flat = words_and_offsets(sample)
        assert found == words(sample)
        assert list(zip(flat[::2], flat[1::2])) == word_offsets(sample)


def test_words_of_ascii_text_are_found_with_the_ascii_pattern(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # words() reads each paragraph of a copy link for its number words (align._stemless_values):
    # text all ASCII once its curly quotes are folded is split with the pattern of plain classes.
    from core import text

    class Unused:
        def findall(self, _: str) -> list[str]:
            raise AssertionError("the Unicode pattern read ASCII text")

    monkeypatch.setattr(text, "_WORD", Unused())
    assert text.words("The Orlow pier\u2019s two gangways, 1,200 tonnes.") == ["the", "orlow", "pier's", "two", "gangways", "1,200", "tonnes"]


def test_counts_of_different_outcomes_are_two_facts_and_a_count_of_nought_is_a_figure() -> None:
    # "missing" and "died" are two quantities of one disaster, however alike the sentences.
    a = outlet_report("Lake Wire", "Nine people are missing after the flood in Lune valley, the police said.")
    b = outlet_report("Ridge Mail", "Nine people died in the flood in Lune valley, according to the police.")
    assert not _linked([a, b])
    # "no casualties" and "twelve killed" give the same quantity two values: the reader must see it.
    c = outlet_report("Lake Wire", "The fire at the Tessel depot caused no casualties, the fire brigade said.")
    d = outlet_report("Ridge Mail", "Twelve people were killed in the fire at the Tessel depot, according to the fire brigade.")
    assert frozenset((Ref(c.id, 0), Ref(d.id, 0))) in _linked([c, d])
    story = Story.build([c, d])
    assert [(x.a, x.b, x.what) for x in story.explain(Ref(c.id, 0), Ref(d.id, 0))[1]] == [("no", "Twelve", "figure")]


def test_copy_edited_to_deny_or_acquit_carries_the_change() -> None:
    # Wire copy whose claim was turned into a denial, or a verdict into its opposite, is still the
    # same copy (linked), and the link says what changed: never "verbatim" with nothing to see.
    for said, denied, change in (
        ("The port authority said the crane had failed an inspection in May.",
         "The port authority denied that the crane had failed an inspection in May.", ("said", "denied that")),
        ("Mira Soltz was convicted of the theft charges at Dunmore crown court on Tuesday.",
         "Mira Soltz was acquitted of the theft charges at Dunmore crown court on Tuesday.", ("convicted", "acquitted")),
    ):
        a, b = outlet_report("Lake Wire", said), outlet_report("Ridge Mail", denied)
        assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) in _linked([a, b])
        story = Story.build([a, b])
        assert [(x.a, x.b, x.what) for x in story.explain(Ref(a.id, 0), Ref(b.id, 0))[1]] == [(*change, "negation")]


def test_a_quotation_both_outlets_print_is_a_quote_link_and_framing_words_are_not_quotation() -> None:
    # Six words both print inside quotation marks, however little of either paragraph they are.
    a = outlet_report("Lake Wire", '"This is a dark day for our city," Mayor Ines Corra said at a vigil on Sunday night.')
    b = outlet_report("Ridge Mail", 'Speaking to reporters on Monday, Mayor Ines Corra called it "a dark day for our city".')
    assert _linked([a, b]) == {frozenset((Ref(a.id, 0), Ref(b.id, 0))): LinkKind.QUOTE}
    # The same framing running into two different quotations shares no quotation: only the words
    # inside the marks are the speaker's ('told parliament: "We will' is mostly reporting).
    c = outlet_report("Lake Wire", 'Prime Minister Lena Vos told parliament: "We will not raise taxes on working families this year, whatever the opposition says."')
    d = outlet_report("Ridge Mail", 'Prime Minister Lena Vos told parliament: "We will cut the waiting lists in every hospital this year, whatever the cost."')
    assert not _linked([c, d])


def test_one_denial_in_other_words_is_one_fact() -> None:
    # A fresh user's ferry: "insists the ferry was not overloaded" was "only in" its outlet beside
    # "denied that the vessel had been overloaded" (the denial's reach ended at "vessel had been",
    # so one side denied the overloading and the other did not), and "said that the vessel had
    # not been overloaded" beside the "denied that" copy was told as two negation changes.
    a = outlet_report("Lake Wire", "The operator, Brenmark Lines, denied that the vessel had been overloaded, saying it was "
                 "licensed to carry 250 people.", "Rescue teams worked through the night on the shore.")
    b = outlet_report("Ridge Mail", "Brenmark Lines insists the ferry was not overloaded and says it was licensed to carry 250 people.",
                 "The harbour was closed to all traffic until Friday.")
    c = outlet_report("Hill Post", "The operator, Brenmark Lines, said that the vessel had not been overloaded, saying it was "
                 "licensed to carry 250 people.", "A vigil was held in the town square on Thursday.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) in _linked([a, b])
    assert frozenset((Ref(a.id, 0), Ref(c.id, 0))) in _linked([a, c])
    assert differences(a.paragraphs[0], c.paragraphs[0]) == []


def test_sharing_only_who_spoke_is_not_a_link() -> None:
    # A fresh user's ferry: a day of mourning and an ordered inquiry were linked (P 0.43) on the
    # prime minister's title and name and "disaster": a name of four words is one thing shared.
    a = outlet_report("Lake Wire", "Prime Minister Oda Varga declared Friday a national day of mourning for the victims of the disaster.",
                 "Rescue teams worked through the night on the shore.")
    b = outlet_report("Ridge Mail", "Prime Minister Oda Varga said she had ordered an independent inquiry into the disaster.",
                 "The harbour was closed to all traffic until Friday.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) not in _linked([a, b])


def test_one_outcome_counted_in_other_words_is_the_same_quantity() -> None:
    # A fresh user's ferry: "Dozens of passengers were hurt" was "only in" its outlet beside "At
    # least 40 people were injured" (the count's noun was passengers on one side, people on the
    # other; what happened to them, the injured, is the quantity on both).
    a = outlet_report("Lake Wire", "Dozens of passengers were hurt, and doctors at St. Aldric clinic treated them through the night.",
                 "The ferry left Holmvik on Tuesday morning with a full deck.")
    b = outlet_report("Ridge Mail", "At least 40 people were injured and taken to St. Aldric clinic by ambulance.",
                 "Holmvik harbour was closed to all traffic until Friday.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) in _linked([a, b])


def test_an_age_counts_no_outcome() -> None:
    # On ECB+ coverage the outcome rule linked "Robert Buckley, 32, died while climbing" to "Two
    # men have died in separate climbing accidents" (the age read as a count of the dead).
    a = outlet_report("Lake Wire", "Tomas Brandt, 32, died while climbing to a hut on Mount Varn on Saturday.",
                 "Rescue teams worked through the night on the ridge.")
    b = outlet_report("Ridge Mail", "Two men have died in separate climbing accidents on Mount Varn this weekend.",
                 "The park was closed to all visitors until Friday.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) not in _linked([a, b])


def test_only_the_missing_are_missing() -> None:
    # "he will miss the final two games" counted the missing, so a sports story's paragraphs
    # linked to "will be missing two of their best players" on ECB+ coverage.
    from core.linking.align import prepare
    from core.text import stem

    games, people = prepare([outlet_report("Lake Wire", "He will miss the final two games of the season.",
                                      "Two climbers are still missing on the ridge.")])
    assert games.outcomes == frozenset() and people.outcomes == {"missing"}


def test_paragraphs_of_common_words_only_are_told_apart_by_their_opening_and_copies_still_link() -> None:
    # A fresh user's 300 generated reports (shuffled words of one small vocabulary) ran `links`
    # for over ten minutes in 5 GB: every paragraph's stems were common, so every pair was a
    # candidate. Such paragraphs, when crowded, pair by their opening words; a wire paragraph
    # reprinted by more outlets than that still links every copy.
    import random

    rng = random.Random(3)
    vocab = "ferry harbour police operator inquiry survivors minister crew passengers wind storm lake".split()
    salad = [outlet_report(f"Outlet {n}", *(" ".join(rng.choice(vocab) for _ in range(30)).capitalize() + "." for _ in range(6)))
             for n in range(40)]
    wire = "The ferry capsized on the lake in a storm, and police said the crew and passengers were rescued."
    copies = [outlet_report(f"Paper {n}", wire) for n in range(50)]
    links = link([*salad, *copies], cap_floor=8)
    copied = {frozenset((l.a.article, l.b.article)) for l in links} & {
        frozenset((a.id, b.id)) for n, a in enumerate(copies) for b in copies[n + 1 :]}
    assert len(copied) == 50 * 49 // 2  # every copy linked to every other
    assert len(links) - len(copied) < 4 * 240  # the shuffled paragraphs: not each with each (28,680 pairs)


def test_a_noun_the_stemmer_parts_from_its_verb_is_the_verb_where_the_story_has_both() -> None:
    # Held-out bomb story: "A bomb explosion at a bank killed ..." / "A bomb exploded at a bank,
    # killing ..." were unlinked: "explosion" and "exploded" stem apart (explos / explod).
    a = outlet_report("Valley Post", "The explosion came minutes after the warning, investigators said.",
                 "The mayor ordered flags lowered at city hall.")
    b = outlet_report("Ridge Radio", "The device exploded minutes after a warning.", "Schools in the county closed early for the weekend.")
    [found] = link([a, b])
    assert (found.a.paragraph, found.b.paragraph) == (0, 0)
    assert "explosion" in evidence(a.paragraphs[0], b.paragraphs[0]).words
    # only where both are there: "confusion" keeps the stem "confused" shares
    assert verb_stems(["confusion", "confused", "explosion", "exploded", "decisions"]) == {"explos": "explod"}


def test_irregular_plurals_and_split_families_share_a_stem() -> None:
    from core.text import stem

    assert stem("gunmen") == stem("gunman") and stem("women") == stem("woman") and stem("children") == stem("child")
    assert stem("death") == stem("died") and stem("shot") == stem("shooting") and stem("quake") == stem("earthquake")
    assert stem("specimen") != stem("speciman")


def test_a_one_line_figure_links_to_the_paragraph_giving_it_in_other_words() -> None:
    # A fresh user's rate cut: a broadcaster's "Unemployment is at 7.1 per cent." was "only in"
    # beside the wire's "... while the unemployment rate rose to 7.1%" ("per cent" counted as a
    # content word the other lacks), and "GDP growth of 1.1%" beside "expects the economy to grow 1.1%".
    wire = outlet_report("Wire", "Annual inflation slowed to 2.1% in January from 2.4% in December, while the unemployment rate rose to 7.1%, "
                    "its highest since August 2016.", "The central bank said it now expects the economy to grow 1.1% this year, down from the 1.6% "
                    "it projected in January.", "The bank's next rate decision is due on April 15.")
    broadcast = outlet_report("Radio", "Unemployment is at 7.1 per cent.", "The bank now projects GDP growth of 1.1% in 2026.",
                         "Markets closed higher in Toronto.")
    assert {(found.a.paragraph, found.b.paragraph) for found in link([wire, broadcast])} == {(0, 0), (1, 1)}


def test_two_figures_shared_are_one_report_of_them_but_a_clock_time_is_none() -> None:
    # A fresh user's rate cut: "expects the economy to grow 1.1% this year, down from the 1.6% it
    # projected in January" / "see gross domestic product expanding 1.1 per cent in 2026, a
    # downgrade from January's 1.6 per cent call" were unlinked: few words shared, two figures.
    wire = outlet_report("Wire", "The central bank said it now expects the economy to grow 1.1% this year, down from the 1.6% it projected "
                    "in January, citing tariffs on steel.", "The bank's next rate decision is due on April 15.")
    paper = outlet_report("Journal", "Policymakers now see gross domestic product expanding 1.1 per cent in 2026, a downgrade from "
                     "January's 1.6 per cent call, as steel tariffs weigh on exports.", "Shares in Toronto closed higher.")
    assert {(found.a.paragraph, found.b.paragraph) for found in link([wire, paper])} == {(0, 0)}
    # the hour and minutes of a clock time are no figures ("10:03" / "13, 10")
    clock = outlet_report("Radio", "Succop tied the game with a 47-yard field goal with 10:03 to play in the third quarter.",
                     "The crowd of 60,000 stayed to the end.")
    score = outlet_report("Post", "Colts 13, Chiefs 10 and a new ballgame.", "Fans left the stadium quietly.")
    assert link([clock, score]) == []


def test_a_learned_combination_links_what_no_rule_links_but_never_a_denial() -> None:
    from core.linking.align import FEATURE_NAMES, Model

    wire = outlet_report("Wire", "Firefighters contained the warehouse blaze near the harbour after midnight, officials said.")
    local = outlet_report("Local", "The harbour warehouse blaze was brought under control by crews overnight.")
    denial = outlet_report("Other", "Crews have not contained the harbour warehouse blaze overnight.")
    assert link([wire, local]) == [] and link([wire, denial]) == []  # no rule links the rewording
    # A model that links any pair it weighs (its bias alone decides): what the rules leave out.
    anything = Model(weights=(0.0,) * len(FEATURE_NAMES), bias=5.0, threshold=0.5)
    assert [l.kind for l in link([wire, local], model=anything)] == [LinkKind.PARAPHRASE]
    assert link([wire, denial], model=anything) == []  # ... but never a pair one side of which denies
    negation = FEATURE_NAMES.index("negation_differs")
    for other, denies in ((local, 0.0), (denial, 1.0)):
        seen: list[tuple[tuple[float, ...], LinkKind | None]] = []
        link([wire, other], collect=lambda a, b, x, kind: seen.append((x, kind)))
        assert [(len(x), x[negation], kind) for x, kind in seen] == [(len(FEATURE_NAMES), denies, None)]


def test_a_name_s_number_counts_nothing() -> None:
    # A fresh user's recall: the cause of the fault and the size of the recall were linked on
    # the product's name, "AeroCrisp 5L", read as a count shared by both.
    ledger = outlet_report("Ledger", "Hollis & Crane, the Stockport-based firm behind the AeroCrisp 5L, blamed a defect in the wires.",
                      "Shares in the company fell sharply in London trading on the news.", "Customers can register online for a refund.")
    metro = outlet_report("Metro", "Around 287,000 AeroCrisp 5L fryers, made by Hollis & Crane, are affected by the recall announced on Tuesday.",
                     "The regulator said it was monitoring the situation closely.", "A helpline will open on Monday morning.")
    assert link([ledger, metro]) == []
    from core.numbers import designation
    from core.text import words_and_offsets

    def named(text: str, number: str) -> bool:
        folded, flat = words_and_offsets(text)
        return designation(text, flat, folded.index(number))

    assert named("the AeroCrisp 5L air fryer", "5l") and named("a Boeing 737 Max jet", "737")
    assert named("seven AK-47 rifles", "47") and named("an AK 47 rifle", "47") and named("flight MH17 fell", "mh17")
    assert not named("In Gaza 30 people died", "30") and not named("Around 5L of water", "5l")
    assert not named("damage of $US1 million", "us1") and not named("the level was.41 at noon", "was.41")
    assert not named("on Tuesday 15 people met", "15") and not named("by April 29 officials", "29")


def test_a_paragraph_only_the_outlets_own_other_article_carries_is_not_shared() -> None:
    # The story list read "2/3 shared" for The Harbour Times' first report: its quotation is
    # carried only by the paper's own second article (the gutter's "=V"), no other outlet.
    from tests.two_articles import articles

    first, second, herald = articles()
    story = Story.build([first, second, herald])
    assert [len(story.matches(Ref(first.id, i))) > 0 for i in range(3)] == [True, False, True]
    assert story.outlets_carrying(Ref(first.id, 2)) == 0
    assert story.shared_paragraphs(first.id) == 1
    assert story.shared_paragraphs(second.id) == 1
    assert story.shared_paragraphs(herald.id) == 2


def _spread_story() -> list[Article]:
    """Six outlets reprinting and rewording four facts: copy, paraphrase, a quotation, a vouched pair."""
    facts = [
        "Firefighters fought the blaze at the Harmon Mill warehouse in Dunmore for nine hours on Sunday.",
        'The owner, Celia Brandt, said: "We lost forty years of stock in one night, and every machine with it."',
        "Police said the fire started in a storage room and spread through the roof before dawn.",
        "About 120 residents of nearby streets were evacuated to the Dunmore sports hall overnight.",
    ]
    edits = [
        lambda t: t,
        lambda t: t.replace("Sunday", "Monday").replace("nine", "eight"),
        lambda t: t.replace("Police said", "Investigators believe").replace("before dawn", "early in the morning"),
        lambda t: t + " It was the town's worst fire in decades.",
        lambda t: t.replace("fought", "battled").replace("About 120", "Some 120"),
        lambda t: t.replace("nearby streets", "the streets around it"),
    ]
    return [outlet_report(f"Outlet{k}", *(edit(f) for f in facts)) for k, edit in enumerate(edits)]


def test_links_from_several_processes_are_those_of_one(monkeypatch) -> None:
    """A story big enough to be scored in several processes gets the same links, kinds, scores
    and spans as in one (here any story: the size from which processes are used set to 0)."""
    import core.linking.align as align

    articles = _spread_story()
    alone = link(articles, processes=1)
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    assert link(articles, processes=2) == alone
    assert link(articles, processes=3) == alone
    assert len(alone) > 20 and {l.kind for l in alone} >= {LinkKind.VERBATIM, LinkKind.PARAPHRASE}


def test_rows_are_scored_by_the_forked_child_and_a_failed_child_is_made_good() -> None:
    """The child scores its share of the rows (this process never sees them); rows of a child
    that fails are scored here, so nothing is lost."""
    import os

    from core.linking.align import _scored_in_parallel

    parent = os.getpid()
    here: list[int] = []

    def rows_of(rows, report):
        rows = list(rows)
        if os.getpid() == parent:
            here.extend(rows)
        return [(i, i + 1, 0.5, 0.5, "verbatim", 1.0, ((0, i),), ((0, 1),)) for i in rows]

    expected = sorted(rows_of(range(10), None))
    here.clear()
    assert sorted(_scored_in_parallel(rows_of, 10, 2, None)) == expected
    assert here == [0, 2, 4, 6, 8]  # the odd rows were the child's

    def failing_child(rows, report):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return rows_of(rows, report)

    here.clear()
    assert sorted(_scored_in_parallel(failing_child, 10, 2, None)) == expected
    assert sorted(here) == list(range(10))


def test_a_process_of_several_threads_is_never_forked() -> None:
    """Forking copies only the calling thread: another one holding a lock would deadlock the copy,
    so a process running threads (the reader's worker) links in one process."""
    import threading

    from core.linking.align import _default_processes

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert _default_processes() == 1
    finally:
        stop.set()
        thread.join()


def test_an_interrupted_linking_ends_its_children(tmp_path) -> None:
    """Interrupted in this process (Ctrl+C, an error), the forked children are killed and reaped,
    not left computing or as zombies."""
    import os
    import time

    import pytest

    from core.linking.align import _scored_in_parallel

    parent = os.getpid()
    marker = tmp_path / "child.pid"

    def rows_of(rows, report):
        if os.getpid() != parent:
            (tmp_path / "child.tmp").write_text(str(os.getpid()))
            os.replace(tmp_path / "child.tmp", marker)  # whole, or not there yet
            time.sleep(60)
            return []
        while not marker.exists():
            time.sleep(0.01)
        raise KeyboardInterrupt

    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        _scored_in_parallel(rows_of, 10, 2, None)
    assert time.monotonic() - start < 30
    with pytest.raises(ProcessLookupError):
        os.kill(int(marker.read_text()), 0)


def test_a_short_sentence_copied_with_one_word_edited_near_its_end_is_copy() -> None:
    """One word cut, put in or replaced near a short sentence's start or end leaves a run too
    short to count alone ("had [not] acted lawfully"): it is still copy, linked verbatim with the
    change told, not dropped as a denial of another claim nor called a rewording."""
    said = "Judge Maren Olsvik said the council had not acted lawfully."
    cut = "Judge Maren Olsvik said the council had acted lawfully."
    respelt = "Judge Maren Olsvic said the council had not acted lawfully."
    story = [outlet_report("Courier", said), outlet_report("Herald", cut), outlet_report("Post", respelt)]
    kinds = {(l.a.article, l.b.article): l.kind for l in link(story)}
    courier, herald, post = (a.id for a in story)
    assert kinds[(courier, herald)] == LinkKind.VERBATIM
    assert kinds[(courier, post)] == LinkKind.VERBATIM
    assert [(d.a, d.b) for d in differences(said, cut)] == [("not", "")]


def test_a_rewording_sharing_only_short_runs_stays_a_paraphrase() -> None:
    """Short shared blocks count as copy only beside a run at the sentence's very start or end:
    a rewording that shares two-word phrases in the middle is no copy."""
    a = outlet_report("Courier", "Rescuers pulled two climbers from the glacier late on Sunday, police in Tromsdal said.")
    b = outlet_report("Herald", "Police in Tromsdal said rescuers had reached two climbers on the glacier by Sunday night.")
    assert {l.kind for l in link([a, b])} <= {LinkKind.PARAPHRASE}


def test_copy_whose_two_word_denial_was_edited_out_is_linked_with_the_change() -> None:
    """"no longer supplies" edited into "still supplies" in a short sentence of copy: two words
    for one beside the copied run, still copy (linked verbatim), the reversal told."""
    wire = "Harlow Freight no longer supplies wagons to the coastal network."
    reprint = "Harlow Freight still supplies wagons to the coastal network."
    links = link([outlet_report("Agency", wire), outlet_report("Gazette", reprint)])
    assert [l.kind for l in links] == [LinkKind.VERBATIM]
    assert [(d.a, d.b, d.what) for d in differences(wire, reprint)] == [("no longer", "still", "negation")]


def _fight_story(second: str) -> tuple[Article, Article]:
    """A title fight reported by two outlets; *second* is the second outlet's middle paragraph."""
    a = outlet_report(
        "Ring Wire",
        "Arvo Keskinen defended his heavyweight title by stopping Dane Holloway in the seventh round in Tampere on Saturday.",
        "Keskinen had knocked his challenger down twice in the fourth and fifth rounds with heavy right hands.",
        "The champion will now face the winner of next month's bout in Helsinki.",
    )
    b = outlet_report(
        "Sports Desk",
        "A crowd of twelve thousand filled the arena for the first title bout in the city for a decade.",
        second,
        "Promoters said a rematch was unlikely before next summer.",
    )
    return a, b


def test_a_name_and_a_point_both_give_link_a_rewording() -> None:
    # Who (Holloway) and which point (the seventh): one fact, however few other words they share.
    a, b = _fight_story("Referee Ilkka Mäki stopped it early in the seventh with Holloway trapped against the ropes.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 1))) in _linked([a, b])


def test_a_point_counting_another_thing_links_nothing() -> None:
    # The same name and the same ordinal, but of another thing (a minute, not a round).
    a, b = _fight_story("On his amateur debut in Oslo, Holloway was stopped in the seventh minute.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 1))) not in _linked([a, b])


def test_the_points_of_a_paragraph_leave_out_years_ages_clocks_and_date_days_alone() -> None:
    from core.linking.align import prepare
    from core.text import stem

    text = (
        "Kari Lund, 36, said the 1990s ended at 11:30 in 2008; a 16-year-old scored on June 17 "
        "and 20-13 in the seventh round, 120, 000 fans, 5.6 magnitude, 17 unanswered points."
    )
    (para,) = prepare([outlet_report("Ring Wire", text)])
    assert para.points == {"6/17", "20-13", "seventh round", "120000", "5.6", "17 unansw"}


def test_sharing_only_the_source_a_sentence_closes_on_is_not_a_link() -> None:
    # "the fire service said" names who reports, not what: people + the source is no shared fact.
    wire = outlet_report(
        "Lake Wire",
        "Ammonia leaked from a storage tank at the Vesta Agro fertiliser plant in Eastmoor on Tuesday morning.",
        "About 300 residents of the nearby Eastmoor district were evacuated to a sports hall as a precaution.",
        "Several people were hurt, the fire service said.",
        "Plant manager Tomas Okafor said the leak was caused by a faulty valve.",
        "Schools in Eastmoor were closed for the rest of the day.",
    )
    radio = outlet_report(
        "Ridge Radio",
        "Hundreds of people in Eastmoor had to leave their homes on Tuesday morning when ammonia escaped "
        "from a tank at the Vesta Agro plant, Keldhaven fire service said.",
        "Air measurements showed ammonia levels falling by the afternoon.",
    )
    links = _linked([wire, radio])
    assert frozenset((Ref(wire.id, 2), Ref(radio.id, 0))) not in links
    assert frozenset((Ref(wire.id, 0), Ref(radio.id, 0))) in links  # the leak, reported by both


def test_nobody_hurt_and_several_hurt_count_one_quantity_and_link() -> None:
    # A count of nought ("Nobody was hurt") is a count: the injured, numbered otherwise in copy.
    wire = outlet_report(
        "Lake Wire",
        "Ammonia leaked from a storage tank at the Vesta Agro fertiliser plant in Eastmoor on Tuesday morning.",
        "Nobody was hurt, the fire service said.",
        "Schools in Eastmoor were closed for the rest of the day.",
    )
    copy = outlet_report(
        "Ridge Mail",
        "Ammonia leaked from a storage tank at the Vesta Agro fertiliser plant in Eastmoor on Tuesday morning.",
        "Several people were hurt, the fire service said.",
        "Schools in Eastmoor were closed for the rest of the day.",
    )
    assert frozenset((Ref(wire.id, 1), Ref(copy.id, 1))) in _linked([wire, copy])
    # "Nobody" of a deed that is no outcome denies it: no count of anyone.
    a = outlet_report("Lake Wire", "Nobody claimed responsibility for the attack on the Eastmoor depot, police said.")
    b = outlet_report("Ridge Mail", "A group calling itself Red Dawn claimed responsibility for the attack on the Eastmoor depot.")
    assert not _linked([a, b])


def test_copy_that_reverses_a_claim_scores_below_copy_that_keeps_it() -> None:
    # The score is the share of information carried unchanged: a dropped "not" is not carried.
    source = "The union said it would not accept the port authority's offer of a 3.5 percent raise over two years."
    wire = outlet_report("Lake Wire", source, "Ships queued outside the harbour all afternoon.")
    faithful = outlet_report("Hill Post", source, "Ships queued outside the harbour all afternoon.")
    reversed_ = outlet_report("Ridge Mail", source.replace("would not accept", "would accept"), "Ships queued outside the harbour all afternoon.")
    scores = {frozenset((l.a, l.b)): (l.kind, l.score) for l in link([wire, faithful, reversed_])}
    assert scores[frozenset((Ref(wire.id, 0), Ref(faithful.id, 0)))] == (LinkKind.VERBATIM, 1.0)
    kind, score = scores[frozenset((Ref(wire.id, 0), Ref(reversed_.id, 0)))]
    assert kind is LinkKind.VERBATIM and score < 0.95


def test_copy_that_puts_an_outcome_for_its_opposite_scores_below_copy_that_keeps_it() -> None:
    # Fresh user 24: "Net interest income fell 3%" reprinted as "rose 3%" was verbatim 1.00, as
    # high as untouched copy, though the difference was marked.
    lead = "Halvard Bank said on Thursday its third-quarter net profit rose 12% to 1.2 billion euros."
    source = "Net interest income fell 3% to 2.1 billion euros, while revenue rose 5% to 4.6 billion euros."
    wire = outlet_report("Lake Wire", lead, source, "The bank kept its outlook for the year.")
    faithful = outlet_report("Hill Post", lead, source, "The bank kept its outlook for the year.")
    edited = outlet_report("Ridge Mail", lead, source.replace("fell 3%", "rose 3%"), "The bank kept its outlook for the year.")
    scores = {frozenset((l.a, l.b)): (l.kind, l.score) for l in link([wire, faithful, edited])}
    assert scores[frozenset((Ref(wire.id, 1), Ref(faithful.id, 1)))] == (LinkKind.VERBATIM, 1.0)
    kind, score = scores[frozenset((Ref(wire.id, 1), Ref(edited.id, 1)))]
    assert kind is LinkKind.VERBATIM and score < 0.95


def test_a_negation_without_its_apostrophe_is_the_same_negation() -> None:
    a = '"I can\'t speak for the first death, but this looks like a lack of experience," Inspector Dave Gaskin said.'
    b = '"I cant speak for the first death, but this looks like a lack of experience," Inspector Dave Gaskin said.'
    assert not [d for d in differences(a, b) if d.what == "negation"]


def test_a_count_of_nought_is_told_past_auxiliaries_and_hedges() -> None:
    from core.text import counts_nought, words

    for text, nought in (
        ("Nobody was hurt.", True),
        ("Nobody is thought to have been injured.", True),
        ("None of the crew were injured.", True),
        ("No one knew what to do.", False),
        ("Nobody claimed responsibility.", False),
    ):
        folded = words(text)
        assert counts_nought(folded, 0) is nought, text


def test_a_paragraph_of_two_facts_vouches_for_no_pair_sharing_only_their_source() -> None:
    # The digest tells both the evacuation and the injured; the courier's injured and the radio's
    # evacuation share only "people" and their source, the fire service: no one fact.
    courier = outlet_report(
        "Lake Courier",
        "Ammonia leaked from a storage tank at the Vesta Agro fertiliser plant in Eastmoor on Tuesday morning.",
        "Several people were hurt, the fire service said.",
        "Schools in Eastmoor were closed for the rest of the day.",
    )
    radio = outlet_report(
        "Ridge Radio",
        "Hundreds of people in Eastmoor had to leave their homes on Tuesday morning when ammonia escaped "
        "from a tank at the Vesta Agro plant, the fire service said.",
        "Air measurements showed ammonia levels falling by the afternoon.",
    )
    digest = outlet_report(
        "Coast Digest",
        "Hundreds of people in Eastmoor had to leave their homes on Tuesday after ammonia escaped from the "
        "Vesta Agro plant, the fire service said. Several people were hurt.",
        "The environmental group Clean Coast called for an inquiry.",
    )
    links = _linked([courier, radio, digest])
    assert frozenset((Ref(digest.id, 0), Ref(radio.id, 0))) in links
    assert frozenset((Ref(courier.id, 1), Ref(radio.id, 0))) not in links


def test_counts_of_nought_of_one_outcome_link_in_any_words() -> None:
    # Two fresh users: "No injuries were reported." and "Nobody was hurt" share no word, yet
    # report one fact; so do "There were no fatalities" and "No one was killed".
    wire = outlet_report(
        "Lake Wire",
        "Ammonia leaked from a storage tank at the Vesta Agro fertiliser plant in Eastmoor on Tuesday morning.",
        "Nobody was hurt, the fire service said.",
        "No one was killed.",
    )
    radio = outlet_report(
        "Hill Radio",
        "Residents of Eastmoor were told to keep their windows shut on Tuesday.",
        "No injuries were reported.",
        "There were no fatalities, according to the coast guard.",
    )
    links = {frozenset((l.a, l.b)): l for l in link([wire, radio])}
    hurt = links[frozenset((Ref(wire.id, 1), Ref(radio.id, 1)))]
    assert hurt.kind is LinkKind.PARAPHRASE
    # the counts are what the pair shares: "Nobody was hurt", "No injuries"
    assert [wire.paragraphs[1][a:b] for a, b in hurt.spans_a] == ["Nobody was hurt"]
    assert [radio.paragraphs[1][a:b] for a, b in hurt.spans_b] == ["No injuries"]
    assert frozenset((Ref(wire.id, 2), Ref(radio.id, 2))) in links
    # the dead and the injured are two quantities: no link across them
    assert frozenset((Ref(wire.id, 1), Ref(radio.id, 2))) not in links
    assert frozenset((Ref(wire.id, 2), Ref(radio.id, 1))) not in links


def test_what_a_count_of_nought_counts() -> None:
    from core.text import nought_counted, words

    for text, counted in (
        ("Nobody was hurt.", "hurt"),
        ("No injuries were reported.", "injuries"),
        ("None of the crew were injured.", "injured"),
        ("Nobody is thought to have been injured.", "injured"),
        ("No one knew what to do.", None),
    ):
        folded = words(text)
        m = nought_counted(folded, 0)
        assert (folded[m] if m is not None else None) == counted, text


def test_reports_telling_one_outcome_happened_need_less_of_the_usual_overlap() -> None:
    # Dev story (a supermarket fire): "residents nearby were evacuated" and "Dozens of residents
    # were evacuated from their homes" are one fact told in other words around it.
    wire = outlet_report(
        "Lake Wire",
        "A fire destroyed the Waitrose supermarket in Banstead on Friday night.",
        "More than 50 firefighters tackled the blaze, and residents nearby were evacuated as a precaution.",
        "Police thanked residents for their patience during the evacuation.",
    )
    post = outlet_report(
        "Hill Post",
        "The Waitrose store in Banstead burned down on Friday.",
        "Dozens of residents were evacuated from their homes and spent the night in a nearby church.",
        "The cause of the fire is not yet known.",
    )
    links = _linked([wire, post])
    assert frozenset((Ref(wire.id, 1), Ref(post.id, 1))) in links
    # a noun names the outcome without telling it happened: thanks for patience during it is another fact
    assert frozenset((Ref(wire.id, 2), Ref(post.id, 1))) not in links
    # two outcomes alike of people named otherwise are two facts (ECB+: two climbers' deaths)
    a = outlet_report("Lake Wire", "Robert Varga, 32, died while climbing to a hut on Mount Sefton in the national park on Saturday.",
                 "Rescue teams worked through the night on the ridge.")
    b = outlet_report("Ridge Mail", "A day earlier another climber, Duncan Rait, died after he slipped and fell from a ridge near a hut "
                 "in the same national park.", "The park was closed to all visitors until Friday.")
    c = outlet_report("Hill Post", "Mountain guides said the snow on the upper slopes was unusually soft this week.",
                 "Two helicopters searched the glacier.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) not in _linked([a, b, c])


def test_an_outcome_is_told_by_a_verb_or_adjective_not_a_noun() -> None:
    from core.text import outcome_told

    assert [outcome_told(w) for w in ("evacuated", "killing", "died", "dead", "hurt", "missing", "arrested")] == [
        "evacuated", "dead", "dead", "dead", "injured", "missing", "arrested"]
    assert [outcome_told(w) for w in ("evacuation", "arrest", "death", "injuries", "miss")] == [None] * 5


def test_a_negated_verb_and_its_opposite_report_one_claim() -> None:
    # Fresh user 23: "would not accept the offer" and "rejected an offer" say the same, yet the
    # "not" read as a denial the other side does not make, and the pair was left unlinked.
    wire = outlet_report(
        "Lake Wire",
        "Dockworkers at Keldhaven port began a 48-hour strike on Tuesday, halting the container terminal.",
        "The Keldhaven Dockers' Union said it would not accept the port authority's offer of a 3.5 percent pay rise "
        'over two years, calling it "an insult to people who work nights in the rain".',
        "Ships queued outside the harbour.",
    )
    journal = outlet_report(
        "Hill Journal",
        "A strike closed the container terminal of Keldhaven.",
        'The union rejected an offer of 3.5% over two years. Its leader, Marit Van der Berg, said: "We will stay out '
        'until the port authority puts a real offer on the table."',
        "Freight was diverted north.",
    )
    assert frozenset((Ref(wire.id, 1), Ref(journal.id, 1))) in _linked([wire, journal])


def test_a_negation_denies_nothing_past_its_own_clause() -> None:
    # Trial 39 F2: "The cause of the fire is not yet known. Kestrel Polymers employs 340 people"
    # read "not" as denying the next sentence's company, so the wire's "Kestrel Polymers, which
    # employs 340 people at the site, said it did not yet know what caused the fire" (which
    # denies nothing of the company) was "one side denies what the other says" and no link.
    wire = outlet_report(
        "Eastwire",
        "A fire broke out at a chemical plant in the port overnight.",
        "Kestrel Polymers, which employs 340 people at the site, said it did not yet know what caused the fire.",
    )
    daily = outlet_report(
        "Lowland Daily",
        "A chemical plant burned in the port.",
        "The cause of the fire is not yet known. Kestrel Polymers employs 340 people at the plant.",
    )
    assert frozenset((Ref(wire.id, 1), Ref(daily.id, 1))) in _linked([wire, daily])
    # Within its clause a "not" still denies: a claim and its denial stay apart.
    denied = outlet_report(
        "Hill Journal",
        "A chemical plant burned in the port.",
        "Kestrel Polymers does not employ 340 people at the site, a spokesman said, whatever caused the fire.",
    )
    assert frozenset((Ref(wire.id, 1), Ref(denied.id, 1))) not in _linked([wire, denied])


def test_a_word_said_and_also_denied_elsewhere_in_the_paragraph_is_said() -> None:
    # Trial 44 F6: "Mayor Tomas Vidrek says 200,000 water purification tablets will be handed out
    # by Monday. 'No family will be left without safe water,' he said." denied "water" in its
    # quotation, so the wire's "... would distribute 200,000 water purification tablets by
    # Monday" was "one side denies what the other says": the pledge was "only in" the live blog.
    wire = outlet_report(
        "Eastwire",
        "Cholera cases rose in the flooded port on Saturday.",
        "Mayor Lena Corvid said the city would distribute 200,000 water purification tablets by Monday.",
    )
    live = outlet_report(
        "Coast Live",
        "Cholera cases rose in the port.",
        'Mayor Lena Corvid says 200,000 water purification tablets will be handed out by Monday. '
        '"No family will be left without safe water," she said.',
    )
    assert frozenset((Ref(wire.id, 1), Ref(live.id, 1))) in _linked([wire, live])
    # A word the paragraph only denies is still denied (a link carries the negation changed).
    from core.linking.align import prepare

    denied = outlet_report("Hill Journal", "Mayor Lena Corvid said the city would not distribute the tablets by Monday.")
    pledge, [refusal] = prepare([live])[1], prepare([denied])
    assert "water" not in pledge.negated and "famili" in pledge.negated
    assert {"distribut", "tablet"} <= refusal.negated


def test_one_claim_said_and_denied_in_other_words_is_linked_with_the_negation_marked() -> None:
    # A fresh user (trial 34 F5): an outlet's "had not passed" was linked to the wire's "had
    # passed" it edited, but not to another outlet's rewording of the wire: the "not" read as
    # a denial of another fact. It is one claim, said of the same thing (the roof), with the
    # outlets disagreeing, which is what the reader is for; a plea and a verdict stay apart
    # (test_a_denial_is_not_the_same_fact_as_the_claim).
    wire = outlet_report(
        "Lake Wire",
        "Part of the Eastmoor Stadium roof collapsed under heavy snow on Saturday, killing a groundsman.",
        "The operator said the roof had passed its last structural inspection in September.",
        "Seven workers were taken to hospital with injuries.",
    )
    ledger = outlet_report(
        "Northern Ledger",
        "Snow brought down a section of the Eastmoor Stadium roof on Saturday; one worker died.",
        "The stadium's operator said the roof had not passed an inspection this autumn.",
        "The mayor said the city was lucky the gates had not opened.",
    )
    post = outlet_report(
        "Calder Post",
        "A groundsman was killed when part of the stadium roof fell in.",
        "Investigators will examine the steel bolts that held the roof.",
        "The match against Port Selby was postponed.",
    )
    assert frozenset((Ref(wire.id, 1), Ref(ledger.id, 1))) in _linked([wire, ledger, post])
    assert differences(wire.paragraphs[1], ledger.paragraphs[1])[0].what == "negation"
    # "Perlo and co-counsel ..." is said of no one the "nor" of "Neither Perlo nor his co-counsel" is.
    a = outlet_report("Court Herald", "Neither Perlo nor his co-counsel, Robin Yanes, ever claimed their client's innocence.")
    b = outlet_report("County Voice", "Perlo and co-counsel Robin Yanes approached Orozco's case from an unorthodox position.")
    assert not _linked([a, b])


def test_no_before_a_number_is_no_negation() -> None:
    # "No. 5 seed Indiana State" denies nothing: it kept a report of the semifinal from others'.
    a = outlet_report("Valley Sports", "Creighton will play No. 5 seed Indiana State in Saturday's semifinal.")
    b = outlet_report("Bluejay Daily", "Creighton advances to play Indiana State in the semifinal on Saturday.")
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) in _linked([a, b])


def test_counts_of_nought_are_found_once_per_word(monkeypatch) -> None:
    # Tokenising finds which "no", "nobody", "none" count nought; completing a paragraph reads
    # them from it rather than finding them again.
    from core.linking import align

    asked: list[int] = []
    real = align.counts_nought
    monkeypatch.setattr(align, "counts_nought", lambda folded, k: asked.append(k) or real(folded, k))
    [para] = align.prepare([outlet_report("A", "Nobody was hurt and no one was killed, police said not long after.")])
    assert sorted(asked) == [0, 4, 10]  # nobody, no (one), not
    assert para.nought_words == (0, 4) and para.denials == 1
    assert {"injured", "dead"} <= para.quantities


def test_the_reversed_share_reads_differences_only_past_its_gate(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Copy that denies nothing, or denies the same words, with the same verbs of opposites, is
    # not read for a reversal (the gate is the function's own: one place); a "not" edited out is
    # reversed, and so is one moved to another claim though each side denies once (fresh user 26:
    # "would not appeal the fine." / "would appeal the fine. 'We do not accept ...'").
    from core.linking import align, evidence

    source = "The union would not accept the offer from the firm on Friday."
    p, q, r, s, t = align.prepare([
        outlet_report("A", source),
        outlet_report("B", "The union would accept the offer from the firm on Friday, not Monday."),
        outlet_report("C", "The union would accept the offer from the firm on Friday."),
        outlet_report("D", "The union would accept the offer from the firm on Friday, police said."),
        outlet_report("E", source),
    ])
    idf = dict.fromkeys(p.stems | q.stems | s.stems, 1.0)
    assert align._reversed_share(p, q, idf, 5.0) == 0.4  # accept, offer
    assert align._reversed_share(p, r, idf, 5.0) == 0.4
    read: list[str] = []
    monkeypatch.setattr(evidence, "differences", lambda a, b, **_: read.append(a) or [])
    assert align._reversed_share(r, s, idf, 5.0) == 0.0 and align._reversed_share(p, t, idf, 5.0) == 0.0
    assert read == []


def test_copy_that_moves_a_denial_to_another_claim_scores_below_copy_that_keeps_it() -> None:
    # Each side denies once, different claims: the share of information carried unchanged is
    # not all of it (the reversed share was read only where the number of denials differed).
    source = "The company said it would not appeal the fine, and it would pay the full amount by March."
    edited = source.replace("would not appeal", "would appeal").replace("would pay", "would not pay")
    wire, faithful, moved = (outlet_report(outlet, text, "Ships queued outside the harbour all afternoon.")
                             for outlet, text in (("Lake Wire", source), ("Hill Post", source), ("Ridge Mail", edited)))
    scores = {frozenset((l.a, l.b)): (l.kind, l.score) for l in link([wire, faithful, moved])}
    assert scores[frozenset((Ref(wire.id, 0), Ref(faithful.id, 0)))] == (LinkKind.VERBATIM, 1.0)
    kind, score = scores[frozenset((Ref(wire.id, 0), Ref(moved.id, 0)))]
    assert kind is LinkKind.VERBATIM and score < 0.95


def test_sentences_sharing_only_who_reports_them_do_not_link() -> None:
    # Fresh user 27: a paragraph on the derailed cars linked to one on the injured by "county,
    # Emergency, Management, Agency" (and the clock's "41" for "41 people"), a sentence of each
    # attributed to the same agency, in a story whose other reports make train and hospital common words.
    cars = outlet_report(
        "Valley Courier",
        "Nineteen of the train's 96 wagons derailed at 4:37 a.m., according to the county Emergency Management Agency. "
        "One of them, a tank wagon carrying chlorine, split open along a seam.",
    )
    hurt = outlet_report(
        "Wire Service",
        "Some 37 people were taken to hospital with breathing difficulties, the Harlan County Emergency Management Agency said in a statement. "
        "Officials had earlier put the death toll at one.",
    )
    others = [
        outlet_report(f"Outlet {n}", f"The freight train's wagons derailed and {n} people were taken to hospital with breathing problems, {who}.",
                 f"A tank wagon of the train split open and chlorine leaked; people nearby had breathing difficulties, {who}.")
        for n, who in ((12, "the fire chief said"), (15, "a rail spokesman said"), (20, "the mayor said"))
    ]
    ends = {cars.id, hurt.id}
    assert [l for l in link([cars, hurt, *others]) if {l.a.article, l.b.article} == ends] == []


def test_a_quotation_and_another_claim_of_one_speaker_do_not_link_by_the_speaker_alone() -> None:
    # '"...," said Harwell police spokesperson Dana Okonkwo.' names its source after the
    # quotation's comma and closing mark (ECB+'s "Tim Fanning" pair): the quotation and another
    # thing the spokesperson said share nothing but who said them.
    said = outlet_report("Metro Daily", 'He shot one man right away," said Harwell police spokesperson Dana Okonkwo.')
    other = outlet_report(
        "Evening Star",
        "About a dozen workers had been celebrating when the gunman, who had recently been laid off, walked into the party "
        "and opened fire, according to Harwell Police spokesperson Const. Dana Okonkwo.",
    )
    others = [
        outlet_report(f"Outlet {n}", f"A gunman who had been laid off opened fire at the party, killing one man and wounding {n} workers, {who}.")
        for n, who in ((2, "police said"), (3, "a witness said"), (4, "officials said"))
    ]
    ends = {said.id, other.id}
    assert [l for l in link([said, other, *others]) if {l.a.article, l.b.article} == ends] == []


def test_one_shared_word_is_no_fact_but_one_shared_figure_is() -> None:
    # A fresh user's short quotation "This is the least we can do." was a 0.53 paraphrase of "killed at
    # least three people" (on "least"), and "About the prison:" of every paragraph saying "prison".
    wire = outlet_report("Nordwire", "A firebomb attack on a bank in Athens killed at least three people on Wednesday, police said.",
               "At least two other buildings were set on fire in the city centre.",
               "The man was sentenced to life in prison on Monday.")
    paper = outlet_report("Courier", "The finance minister said the government would act.", '"This is the least we can do."',
                "About the prison:", "He was 95.")
    obituary = outlet_report("Gazette", "Mark Felt, the FBI official who became Deep Throat, died on Thursday at 95.")
    linked = {frozenset((l.a, l.b)) for l in link([wire, paper, obituary])}
    assert not any(Ref(paper.id, i) in pair for pair in linked for i in (1, 2))
    assert frozenset((Ref(paper.id, 3), Ref(obituary.id, 0))) in linked  # the age both give


def test_a_sources_long_name_closing_a_sentence_is_who_reports_not_what() -> None:
    # A trial's follow-up ("Four people were still missing, the National Emergency and Civil
    # Protection Authority (ANEPC) said. ...") was linked to the wire's paragraph on the dam's height
    # and age on the agency's eight words alone: a source was read as one of at most eight words.
    from core.linking.align import prepare
    from core.text import stem

    article = outlet_report("wire", "Four people were still missing, the National Emergency and Civil Protection Authority (ANEPC) said. "
                       "Prosecutors opened an inquiry into the dam's operator.")
    [paragraph] = prepare([article])
    assert {stem(w.lower()) for w in ("National", "Emergency", "Civil", "Protection", "Authority", "ANEPC")} <= paragraph.sources


def test_ages_of_two_people_are_two_facts_and_the_same_age_links() -> None:
    """Trial 34 F4: "54-year-old Alan Marsh, died at the scene" was linked to "The second victim,
    a 31-year-old steward, died on Sunday night" as one fact with "54 -> 31" differing."""
    filler = ("Work on the stand had been due to finish before the new season began in August.",
              "The club said it would hold a minute's silence before its next home match.")
    post = outlet_report("Post", "One groundsman, named by colleagues as 54-year-old Alan Marsh, died at the scene at Calderhaven Park.", *filler)
    wire = outlet_report("Wire", "The second victim, a 31-year-old steward, died on Sunday night at Calderhaven General, staff said.", *filler)
    same = outlet_report("Ledger", "Groundsman Alan Marsh, 54, died at the scene at Calderhaven Park, his colleagues said.", *filler)
    links = link([post, wire, same])
    pairs = {frozenset((l.a.article, l.b.article)) for l in links if l.a.paragraph == 0 and l.b.paragraph == 0}
    assert frozenset((post.id, wire.id)) not in pairs and frozenset((same.id, wire.id)) not in pairs
    assert frozenset((post.id, same.id)) in pairs


def test_copy_that_changes_a_count_in_words_scores_below_copy_that_keeps_it() -> None:
    # Trial 39 F6: "Two" / "Three" are stopwords with no stem, so edited copy whose only change
    # was the count scored V 1.00 beside a "differs Two -> Three", while a changed time in digits
    # ("3:40" / "4:40") lowered it. A count in words changed is information not carried unchanged.
    text = "{} of the injured workers were in a serious condition at the city hospital, a spokeswoman said on Tuesday."
    other = "The fire started at about {} a.m. in a warehouse where drums of solvent were stored."
    wire = outlet_report("Lake Wire", text.format("Two"), other.format("3:40"))
    faithful = outlet_report("Hill Post", text.format("Two"), other.format("3:40"))
    edited = outlet_report("Ridge Mail", text.format("Three"), other.format("3:40"))
    spelt = outlet_report("Dale Times", text.format("2"), other.format("3:40"))
    story = Story.build([wire, faithful, edited, spelt])
    scores = {frozenset((l.a, l.b)): (l.kind, l.score) for l in story.links}
    kept = scores[frozenset((Ref(wire.id, 0), Ref(faithful.id, 0)))]
    changed = scores[frozenset((Ref(wire.id, 0), Ref(edited.id, 0)))]
    assert kept == (LinkKind.VERBATIM, 1.0)
    assert changed[0] is LinkKind.VERBATIM and changed[1] < 0.95
    # "Two" and "2" are one count written two ways: nothing lost to the count
    assert scores[frozenset((Ref(faithful.id, 0), Ref(spelt.id, 0)))][1] >= scores[frozenset((Ref(faithful.id, 0), Ref(edited.id, 0)))][1]


def _prepared(*texts: str) -> list:
    from core.linking.align import prepare

    return prepare([outlet_report(f"Outlet {k}", text) for k, text in enumerate(texts)])


def test_two_sums_of_one_currency_far_apart_are_no_one_quantity() -> None:
    # A fresh user's story: "a one-off charge of about 22 million pounds" and "wiping about 460
    # million pounds off the company's market value" linked as one quantity (both "counted"
    # pounds), and so at a lower bar, sharing only "company", "pounds" and "million".
    from core.linking.align import _same_quantity

    charge, value = _prepared(
        "The company will also book a one-off charge of about 22 million euros.",
        "The shares closed at 424 cents, wiping about 460 million euros off the company's market value.",
    )
    assert not _same_quantity(charge, value)
    # one sum given twice is one quantity ("two million euros" / "2 million euros") ...
    one, other = _prepared("Thieves took jewels worth two million euros.", "The jewels were worth 2 million euros, police said.")
    assert _same_quantity(one, other)
    # ... a range's lower end is a sum of its upper's scale, a rate is no total
    offer, range_, rate = _prepared("The Rovers made Lund an offer of €160 million.",
                                    "Other clubs made offers of between €90 and €150 million.",
                                    "The Rovers made Lund an offer of €22 million per season.")
    assert _same_quantity(offer, range_) and _same_quantity(offer, rate)


def test_one_thing_counted_with_values_far_apart_is_two_sums() -> None:
    # "previous guidance: approximately £1.42 billion" (of revenue) and "previous guidance of £150
    # million to £160 million" (of profit) were one quantity, so a paraphrase at a lower bar.
    from core.linking.align import _same_quantity

    revenue, profit = _prepared(
        "Group revenue is expected to be approximately €1.42 billion (previous guidance: approximately €1.51 billion).",
        "The Tarnby-based group now expects operating profit of €118 million to €124 million, against previous "
        "guidance of €150 million to €160 million.",
    )
    assert not _same_quantity(revenue, profit)
    # values within a factor of two are one quantity told twice (as a link's differences read it) ...
    cut, other = _prepared("Its previous guidance of €150 million was cut.", "It had previous guidance of €160 million.")
    assert _same_quantity(cut, other)
    # ... and values in two units never compare: an offer's years and its dollars
    years, dollars = _prepared("The Angels made an offer of eight years.", "The team offered at least $160 million.")
    assert _same_quantity(years, dollars)


def test_two_actors_leads_that_share_the_story_are_two_facts() -> None:
    # A fresh user's story: a rating agency's downgrade and a regulator's review, each the lead of
    # its own report, linked as one fact through the firm's name, the weekday, "engineering group"
    # and the profit warning both recall. Each opens with its actor, whom the other never names.
    downgrade = ("Kestrel Ratings downgraded Halvik Rail Holdings to BB+ from BBB- on Thursday, stripping the Tarnby "
                 "engineering group of its investment grade one day after a profit warning and the exit of its chief executive.")
    a = outlet_report("Lake Wire", downgrade, "Kestrel said the warning and the departure raised questions about governance at Halvik.",
                 "Halvik shares fell a further 5% on Thursday.")
    b = outlet_report("Ridge Mail",
                 "The Harbour Markets Authority said on Thursday it was reviewing trading in Halvik Rail Holdings shares and "
                 "options in the days before the engineering group's profit warning.",
                 "The authority said volumes in Halvik options had risen sharply in the week before the announcement.",
                 "Halvik said it would cooperate fully with the authority.")
    c = outlet_report("Moss Daily",
                 "Kestrel Ratings on Thursday cut Halvik Rail Holdings to junk, one notch below investment grade, after the "
                 "group's profit warning.", "Halvik shares fell 30% on Wednesday.")
    linked = _linked([a, b, c])
    assert frozenset((Ref(a.id, 0), Ref(b.id, 0))) not in linked
    # the same actor's act in other words is one fact
    assert linked[frozenset((Ref(a.id, 0), Ref(c.id, 0)))] is LinkKind.PARAPHRASE


def test_the_name_a_paragraph_opens_with_is_its_subject() -> None:
    paras = _prepared(
        "Kestrel Ratings downgraded Halvik on Thursday.",
        "The Harbour Markets Authority said it was reviewing trading.",
        "Shares in Halvik Rail fell 5% on Thursday.",  # one capitalised word: no name
        "A HUGE fire has destroyed the Halvik depot.",  # a word in capitals: no name
        "Tarnby, the port, was quiet.",  # a name alone before a comma: no subject
    )
    assert [sorted(p.subject) for p in paras[:4]] == [["kestrel", "rate"], ["author", "harbour", "market"], [], []]
    assert paras[4].subject == frozenset()


def test_a_partial_quotation_inside_the_longer_one_is_a_quote_link() -> None:
    # A fresh user's story: one outlet printed the interim chief's "not where we should be" (five
    # words, none of them weighing anything), the company's release the whole remark. The quotes
    # view put them together, the linker left them apart: its quote rule wanted three content words.
    a = outlet_report("Lake Wire",
                 'Speaking to analysts on Tuesday, Lund said the group was "not where we should be", adding that the '
                 'harbour work in Tarnby was "delayed, not lost".',
                 "The shares fell 12% on Tuesday.")
    b = outlet_report("Halvik Rail",
                 'Ana Lund, interim Chief Executive, said: "We are not where we should be, and I will not pretend '
                 'otherwise. The Tarnby harbour contracts are delayed and our order book is intact."',
                 "Revenue is expected to be about 1.2 billion crowns.")
    assert _linked([a, b]).get(frozenset((Ref(a.id, 0), Ref(b.id, 0)))) is LinkKind.QUOTE
    # five words two longer quotations share, neither printed whole by the other, are a stock phrase
    c = outlet_report("Ridge Mail",
                 'The union leader said: "We are not where we should be on pay, and the harbour strike goes on."',
                 "The strike began in March.")
    assert frozenset((Ref(b.id, 0), Ref(c.id, 0))) not in _linked([a, b, c])


def test_a_name_that_reports_what_another_did_is_no_subject() -> None:
    # "Coach Sean Payton announced Wednesday that Pierre Thomas was placed on injured reserve" and
    # "The New Orleans Saints placed Pierre Thomas on injured reserve" are one fact: the coach only tells it.
    told, placed = _prepared("Coach Ivo Marsh announced on Wednesday that Ben Lund was placed on injured reserve.",
                             "The Tarnby Rovers placed Ben Lund on injured reserve on Wednesday.")
    assert told.subject == frozenset() and placed.subject == frozenset({"tarnbi", "rover"})


def _dated(outlet: str, day: str, *paragraphs: str) -> Article:
    from dataclasses import replace

    return replace(outlet_report(outlet, *paragraphs), published=day)


def test_two_counts_of_one_quantity_on_two_days_are_no_evidence_of_one_fact() -> None:
    # Trial 41 F8/F13: a story's tally moves day by day ("No deaths" on the 3rd, "Five people
    # have now died" on the 6th; "a cluster of 15 cases", then "47 confirmed cases"): the quantity
    # both count, with no value alike, lowered the bar, and paragraphs sharing only the story's
    # words linked as one fact, with no difference shown.
    first = _dated(
        "Valley Post", "2031-05-03",
        "As of 08:00 on 3 May, 40 confirmed cases have been reported. Nine patients are in hospital. No deaths have been recorded.",
        "The provincial health director said samples had gone to the national laboratory in Ostrava.",
        "Schools near Osterby will stay closed until the end of the month, the council said.",
        "Mosquito spraying will begin in the Osterby and Lund districts next week.",
    )
    later = _dated(
        "Coast Courier", "2031-05-06",
        "Five people have now died of Korva fever in Lund province, and a third of the confirmed patients are in hospital.",
        "The disease is carried by mosquitoes and cannot pass between people, the agency says.",
        "Opposition lawmakers criticised the government for waiting a week before confirming the outbreak.",
        "A field ward with 40 beds opened at the county hospital in Osterby on Sunday.",
    )
    same_day = _dated(
        "Hill Times", "2031-05-06",
        "Korva fever has killed five people in Lund province, the health ministry said on Tuesday.",
        "Vaccination will start next month once the first doses arrive from abroad.",
        "The minister said the situation was serious but under control.",
    )
    pairs = _linked([first, later, same_day])
    assert frozenset((Ref(first.id, 0), Ref(later.id, 0))) not in pairs
    assert frozenset((Ref(later.id, 0), Ref(same_day.id, 0))) in pairs  # one count, one value


def test_which_counts_of_one_quantity_are_two_counts() -> None:
    from core.linking.align import _conflicting, _one_outcome, _same_quantity, prepare

    def two(one: tuple[str, str], other: tuple[str, str]) -> list:
        return prepare([_dated("Outlet A", one[0], one[1]), _dated("Outlet B", other[0], other[1])])

    # two days, two values: two counts (a tally that moved)
    cluster, confirmed = two(("2031-05-01", "Officials are investigating a cluster of 15 cases in Lund."),
                             ("2031-05-03", "The ministry says there are now 47 cases in Lund."))
    assert _conflicting(cluster, confirmed) == {"case"} and not _same_quantity(cluster, confirmed)
    # one day, a table row's count against the story's: two counts ("Deaths: 0" is the district's)
    row, told = two(("2031-05-06", "Brask — Confirmed cases: 29; Hospitalised: 6; Deaths: 0"),
                    ("2031-05-06", "Six people have now died of the fever, and 31 are in hospital."))
    assert {"dead", "in hospital"} <= _conflicting(row, told)
    # one day, what happened told twice with two values: one quantity, a difference to show
    five, two_hurt = two(("2031-05-06", "The tremor struck the town of Varsa, injuring five people."),
                         ("2031-05-06", "The quake near Varsa injured two people, the agency said."))
    assert not _conflicting(five, two_hurt) and _same_quantity(five, two_hurt)
    # ... as on two days where a value is alike, or one is a bound ("more than 40")
    a, b = two(("2031-05-01", "Five people have died of the fever."), ("2031-05-04", "The fever has killed five people."))
    assert not _conflicting(a, b) and _one_outcome(a, b)
    a, b = two(("2031-05-01", "More than 40 people have died."), ("2031-05-04", "The fever has killed 52 people."))
    assert not _conflicting(a, b)
    # told outcomes with two values on two days are no one outcome either
    a, b = two(("2031-05-03", "Six people have now died of the fever."), ("2031-05-05", "Eight people have now died of the fever."))
    assert not _one_outcome(a, b)
    # what a number counts is in its own sentence: "confirmed." is no count of the patients after it
    (counts,) = prepare([outlet_report("Outlet A", "The ministry says 112 cases are confirmed. Thirty-one patients are in hospital.")])
    assert "confirm" not in counts.quantities and "patient" in counts.quantities
    # a count after "the number of" what it counts, past a count of something else, is of that
    a, b = two(("2031-05-06", "The toll rose to seven, as the number of confirmed cases more than doubled in two days to 112."),
               ("2031-05-03", "The agency was notified of an outbreak, with 47 confirmed cases."))
    assert _conflicting(a, b) == {"case"}
    # undated reports are of one day, as far as anyone knows (the benchmark's stories)
    a, b = prepare([outlet_report("Outlet A", "Six people have now died of the fever."), outlet_report("Outlet B", "Eight people have now died of the fever.")])
    assert _one_outcome(a, b)


def test_paragraphs_that_count_only_otherwise_on_two_days_report_two_days_facts() -> None:
    # Trial 41 F8: a wire's "... rose to seven on Monday ... confirmed cases ... to 112" (the 24th)
    # linked to an agency's "47 confirmed cases" (the 22nd) at 0.40, sharing only the story's
    # words ("outbreak, Velrian, fever, Oranmark's, Tarsk, province"): everything both count,
    # they count otherwise, a day apart: two days' tallies, however many words they share.
    notified = _dated(
        "Health Agency", "2031-05-03",
        "The agency has been notified by the health ministry of Brennmark of an outbreak of Korva fever in Lund province, with 47 confirmed cases.",
        "The agency assesses the risk as high in the province and low nationally.",
        "Vaccination will start next month once the first doses arrive from abroad.",
    )
    later = _dated(
        "Hill Times", "2031-05-06",
        "Brennmark's health ministry said on Tuesday that 112 cases of Korva fever have been confirmed in Lund province.",
        "Opposition lawmakers criticised the government for waiting a week before confirming the outbreak.",
    )
    again = _dated(
        "Coast Courier", "2031-05-06",
        "The health ministry of Brennmark said on Tuesday that 112 cases of Korva fever had been confirmed in Lund province.",
        "The minister said the situation was serious but under control.",
    )
    pairs = _linked([notified, later, again])
    assert frozenset((Ref(notified.id, 0), Ref(later.id, 0))) not in pairs
    assert frozenset((Ref(later.id, 0), Ref(again.id, 0))) in pairs  # one day's count, alike
    # undated, the same two are one quantity given two values, linked (the difference is shown)
    undated = [_undated(a) for a in (notified, later)]
    assert frozenset((Ref(undated[0].id, 0), Ref(undated[1].id, 0))) in _linked(undated)


def test_a_count_is_of_the_noun_its_modifier_is_said_of() -> None:
    # Trial 43 F7: "Twenty-three container ships ... on Tuesday" (the 17th) was read as a count of
    # containers, so a week later's "Forty-two ships were at anchor" shared no counted thing with
    # it and linked as one fact: both count ships, a week apart, two days' counts.
    early = _dated(
        "Meridian Wire", "2031-05-03",
        "Twenty-three container ships were waiting at anchor off Valmora on Tuesday as a 48-hour strike "
        "by dockworkers brought the country's biggest container port to a standstill, port data showed.",
    )
    later = _dated(
        "Meridian Wire", "2031-05-10",
        "The union wants 9% over two years. Forty-two ships were waiting at anchor and about 64,000 "
        "containers were on the quays of the container port, the port authority said.",
    )
    from core.linking.align import _counts_differ, prepare

    p, q = prepare([early, later])
    assert ("ship", 23.0) in {(thing, value) for thing, value, *_ in p.valued}
    assert _counts_differ(p, q)  # two days' counts of ships: never linked as one fact
    assert frozenset((Ref(early.id, 0), Ref(later.id, 0))) not in _linked([early, later])
    # a modifier before a plural is no count of its own; a participle was read so before
    [police] = prepare([_dated("Courier", "2031-05-03", "Five police officers were injured in the clashes.")])
    assert {thing for thing, *_ in police.valued} >= {stem("officers")}


def _undated(article: Article) -> Article:
    from dataclasses import replace

    return replace(article, published=None)


def _depot_fire(alerted: str) -> tuple[Article, Article]:
    """A depot fire reported by two outlets; *alerted* is the second outlet's first paragraph."""
    a = outlet_report(
        "Vale Courier",
        "A fire has gutted the Brightmarket depot in Orlow, and forty workers were sent home.",
        "More than 30 firefighters tackled the fire, which broke out on the loading bay roof at about 2045 GMT on Friday.",
        "Roads around the depot were closed until 1630 GMT on Saturday.",
    )
    b = outlet_report("Orlow Post", alerted, "The company said the depot would not reopen this year.")
    return a, b


def test_one_time_of_day_written_two_ways_links_a_rewording() -> None:
    # "about 2045 GMT" and "8.49pm" tell when the fire broke out: one point of one fact, as the
    # seventh round is (a time of day rounded to the quarter hour), however few words are shared.
    a, b = _depot_fire("Police were alerted to a fire which broke out on the roof at 8.49pm, after a guard spotted smoke from the car park.")
    assert frozenset((Ref(a.id, 1), Ref(b.id, 0))) in _linked([a, b])


def test_two_times_of_day_hours_apart_link_nothing() -> None:
    a, b = _depot_fire("Police were alerted to a fire which broke out on the roof at 6.10pm, after a guard spotted smoke from the car park.")
    assert frozenset((Ref(a.id, 1), Ref(b.id, 0))) not in _linked([a, b])


def test_times_of_day_meet_within_the_slack_in_one_zone() -> None:
    from core.linking.align import _same_clock, prepare

    gmt, unzoned, eastern, later = prepare([
        outlet_report("A", "It broke out at 20:49 GMT."), outlet_report("B", "It broke out at about 8.40pm."),
        outlet_report("C", "It broke out at 20:49 EST."), outlet_report("D", "It broke out at 9.30pm."),
    ])
    assert _same_clock(gmt, unzoned) and _same_clock(unzoned, eastern)
    assert not _same_clock(gmt, eastern)  # one time, two zones: hours apart
    assert not _same_clock(unzoned, later)  # 50 minutes apart


def test_a_tokenised_paragraph_holds_each_field_by_its_name_made_here_or_in_a_forked_run() -> None:
    # _tokenised and _merged_share make a paragraph by position (a call with 31 keywords costs
    # several times the tuple): each value stands in its own field, and the run a child tokenised
    # and this process merged is the paragraph tokenised here.
    from array import array

    from core.linking import align
    from core.model import Ref

    text = 'Nobody was hurt, but the Orlow pier did not open at 8.40pm, "We regret it," Kerr said of the 12 boats.'
    para = align._tokenised(Ref("a", 0), 3, text, align._Vocabulary())
    assert (para.ref, para.article, para.text) == (Ref("a", 0), 3, text)
    assert len(para.words) == len(para.stem_seq) == len(para.quoted) == len(para.offsets) // 2 == 21
    assert para.stems == frozenset(filter(None, para.stem_seq)) and isinstance(para.offsets, array)
    assert para.has_quote and sum(para.quoted) == 3 and para.denials == 1 and "open" in para.negated
    assert para.noughts and para.nought_words == (0,) and para.has_number and para.clocks == frozenset({(1240.0, "")})
    unread = ("quantities", "amounts", "outcomes", "figures", "points", "names", "sources", "subject", "ages", "valued", "counted")
    assert all(getattr(para, name) == frozenset() for name in unread) and para.told == () and para.day == ""
    items = [(3, Ref("a", 0), text), (4, Ref("b", 0), "The Orlow pier opened on Friday.")]
    here = align._Vocabulary()
    assert align._merged_share(items, align._tokenised_share(items), align._Vocabulary()) == [
        align._tokenised(ref, number, text, here) for number, ref, text in items
    ]
