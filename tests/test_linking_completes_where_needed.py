"""The linker reads what a paragraph's numbers count (align._completed) only for the pairs a
rule may need it for: a pair sharing a number but too little else to be kept, and a pair that
gives no number, are decided by their words alone (bench/linker.py: reading every such pair's
numbers was the slowdown of trial 48's count rules). The links are the same either way."""

from __future__ import annotations

import pytest

from core.linking import align
from core.model import Ref
from tests.reports import outlet_report


@pytest.fixture
def completed(monkeypatch: pytest.MonkeyPatch) -> list[Ref]:
    """The paragraphs the linker completes, in the order it does."""
    found: list[Ref] = []
    real = align._completed
    monkeypatch.setattr(align, "_completed", lambda para, *args: found.append(para.ref) or real(para, *args))
    return found


def test_a_pair_sharing_a_number_and_too_little_else_is_not_read_for_its_numbers(completed: list[Ref]) -> None:
    # A candidate (two rare stems shared: 17, Vennick) sharing a small part of either side.
    a = outlet_report("Harbour Post", "The Vennick council met 17 times over the long winter to argue about harbour "
                 "fees, road tolls, parking permits and the ferry timetable for the islands.")
    b = outlet_report("Coast Daily", "Vennick lost 17 of its oldest oaks in a gale that also flattened fences, "
                 "barns and greenhouses across the northern farms on Sunday evening.")
    assert align.link([a, b], processes=1) == []
    assert completed == []


def test_a_pair_that_gives_no_number_is_not_read_for_counts(completed: list[Ref]) -> None:
    # Shares enough to be kept for vouching (a tenth of each side, four stems: more than the count
    # rule's words), links by no rule, and neither side counts anything.
    a = outlet_report("Harbour Post", "The Vennick ferry pier stays closed while engineers inspect its timber piles "
                 "after the storm surge on Friday.")
    b = outlet_report("Coast Daily", "Ferry passengers for Vennick were sent to the old slipway while engineers worked; "
                 "the pier itself is shut to walkers.")
    assert align.link([a, b], processes=1) == []
    assert completed == []


def test_a_pair_with_numbers_is_still_read_and_linked_by_its_count(completed: list[Ref]) -> None:
    # The count rule's case (tests/test_link_counts_alike.py), each outlet with facts of its own
    # so that the story's words weigh as in a real one: read, and linked, as before.
    a = outlet_report("Harbour Post", "Forty residents were moved out of their homes on Saturday night while crews from "
                 "three counties fought the flames along the old timber pier, and the coast road stayed shut until noon.",
                 "The lifeboat station reported no damage to its slipway.", "An inquiry will open at the town hall in March.")
    b = outlet_report("Coast Daily", "Forty residents had to leave their homes, first for the parish hall and later for a "
                 "school gym across town, where volunteers served soup and blankets until dawn.",
                 "Insurers expect claims from the arcade owners within weeks.", "The ferry to Skellan ran to its usual timetable.")
    links = align.link([a, b], processes=1)
    assert [(l.a, l.b) for l in links] == [(Ref(a.id, 0), Ref(b.id, 0))]
    assert {Ref(a.id, 0), Ref(b.id, 0)} <= set(completed)


def test_a_number_two_paragraphs_give_of_different_things_is_read_without_completing_them(completed: list[Ref]) -> None:
    # "17 cases" / "17 stores": what the shared number counts is read (no word they share, so the
    # pair shares too little to be kept), and nothing else of either paragraph.
    a = outlet_report("Harbour Post", "In Vennick there are 17 cases of the fever at the old harbour.")
    b = outlet_report("Coast Daily", "In Vennick there are 17 stores shut by the flood at the harbour now.")
    assert align.link([a, b], processes=1) == []
    assert completed == []


def test_what_numbers_count_alone_is_what_completing_gives() -> None:
    paragraphs = (
        "Police said 17 cases were confirmed on 17 November, and 3 of the 40 stores shut.",
        "The AK-47 rifles, 12 in all, were found by 2 officers; 17, police said, were hidden.",
        "Nobody was hurt, but 1,200 tonnes of grain and 4.5 million litres of oil were lost.",
        "Sixty residents left; no figure in digits here at all.",
        "Twelve people, and the 7 who were missing, came home in 2024.",
    )
    paras, complete, _ = align._prepare_in_two([outlet_report(f"O{k}", text) for k, text in enumerate(paragraphs)])
    assert [complete.counted(p) for p in paras] == [complete(p).counted for p in paras]
    assert sum(bool(complete.counted(p)) for p in paras) == 4


def test_what_a_paragraph_counts_alone_is_what_completing_gives() -> None:
    paragraphs = (
        "Police said 17 cases were confirmed on 17 November, and 3 of the 40 stores shut.",
        "The AK-47 rifles, 12 in all, were found by 2 officers; 17, police said, were hidden.",
        "Nobody was hurt, but 1,200 tonnes of grain were lost.",
        "Sixty residents left their homes; no figure in digits here at all.",
        "Twelve people, and the 7 who were missing, came home in 2024.",
        "Robert Buckley, 32, died; two others were injured.",
        "The council paid $4 million for 12 buses.",
        "No word of this one counts anything.",
    )
    paras, complete, _ = align._prepare_in_two([outlet_report(f"O{k}", text) for k, text in enumerate(paragraphs)])
    assert [complete.counts(p) for p in paras] == [align._counts(complete(p)) for p in paras]
    assert sum(bool(complete.counts(p)) for p in paras) >= 4


def test_the_count_rule_completes_only_the_pair_it_links(completed: list[Ref]) -> None:
    # The count rule's case again: the articles' frames (the counts each gives twice) are read from
    # what their paragraphs count alone, so none of their other paragraphs is completed.
    a = outlet_report("Harbour Post", "Forty residents were moved out of their homes on Saturday night while crews from "
                 "three counties fought the flames along the old timber pier, and the coast road stayed shut until noon.",
                 "The lifeboat station reported no damage to its slipway.", "An inquiry will open at the town hall in March.")
    b = outlet_report("Coast Daily", "Forty residents had to leave their homes, first for the parish hall and later for a "
                 "school gym across town, where volunteers served soup and blankets until dawn.",
                 "Insurers expect claims from the arcade owners within weeks.", "The ferry to Skellan ran to its usual timetable.")
    links = align.link([a, b], processes=1)
    assert [(l.a, l.b) for l in links] == [(Ref(a.id, 0), Ref(b.id, 0))]
    assert {Ref(a.id, 0), Ref(b.id, 0)} <= set(completed)
    # (the lifeboat's, the insurers' and the ferry's share no word with the other article's)
    assert {Ref(a.id, 1), Ref(b.id, 1), Ref(b.id, 2)}.isdisjoint(completed)


def test_a_pair_that_gives_no_count_alike_is_not_completed_for_the_count_rule(completed: list[Ref]) -> None:
    # Both count ("Forty residents" / "Twelve boats", other things) and share more words than the
    # count rule asks beyond a count (harbour, quay, Vennick), too small a part of either for any
    # other rule: what each counts is read alone, and neither is completed.
    a = outlet_report("Harbour Post", "Forty residents watched firemen battle the blaze from the quay near Vennick harbour.")
    b = outlet_report("Coast Daily", "Twelve boats left Vennick harbour and its quay before the storm reached the coast.")
    assert align.link([a, b], processes=1) == []
    assert completed == []
