"""Kinds: a copy cut by a sentence is no longer the same wording (trial 52, session 53).

Wire copy and an outlet's copy that leaves out the paragraph's last sentence were linked
"verbatim" at 1.00: the panel said the two print the same words, though one prints a sentence the
other does not. Verbatim means the same wording (DESIGN.md, link kinds); the two report the same
fact in part of the words, a paraphrase, scored by what they share of both. Copy edited inside its
sentences (a figure, a word put in) stays verbatim, its changes carried as differences."""

from __future__ import annotations

from core.linking.align import link
from core.model import LinkKind, Ref
from tests.reports import outlet_report

_LEAD = "Harbour pilots at Port Varn walked out on Monday over a new rota, halting all ship movements."
_FLEET = "Varn Shipping, the port's largest operator, runs eleven Kestrel feeder vessels."
_AGE = "The class entered service in 2011."


def _links(*paragraphs_b: str) -> dict[frozenset[Ref], tuple[LinkKind, float]]:
    wire = outlet_report("Lake Wire", _LEAD, f"{_FLEET} {_AGE}")
    copy = outlet_report("Ridge Mail", _LEAD, *paragraphs_b)
    found = {frozenset((l.a, l.b)): (l.kind, l.score) for l in link([wire, copy])}
    return {pair: found[pair] for pair in found if Ref(wire.id, 1) in pair}


def test_a_copy_that_leaves_out_a_sentence_is_no_verbatim_link() -> None:
    [(kind, score)] = _links(_FLEET).values()
    assert kind is LinkKind.PARAPHRASE and score < 1.0


def test_the_whole_paragraph_copied_is_verbatim() -> None:
    [(kind, score)] = _links(f"{_FLEET} {_AGE}").values()
    assert kind is LinkKind.VERBATIM and score == 1.0


def test_copy_edited_inside_its_sentences_stays_verbatim() -> None:
    [(kind, _)] = _links(f"{_FLEET.replace('eleven', 'twelve')} {_AGE.replace('2011', '2012')}").values()
    assert kind is LinkKind.VERBATIM


def test_the_sentence_a_copy_leaves_out_is_still_what_changed() -> None:
    """A cut copy's link is no verbatim link, but the sentence cut (one that counts or denies) is
    carried as its difference, as it was where the link was verbatim (core.linking.evidence.cut_copy)."""
    from core.linking.story import Story

    wire = outlet_report("Lake Wire", _LEAD, f"{_FLEET} No one was hurt in the fire, police said.")
    copy = outlet_report("Ridge Mail", _LEAD, _FLEET)
    story = Story.build([wire, copy])
    [match] = [m for m in story.matches(Ref(wire.id, 1)) if m.ref == Ref(copy.id, 1)]
    assert match.kind is LinkKind.PARAPHRASE
    _, changed = story.explain(Ref(wire.id, 1), Ref(copy.id, 1))
    assert [(d.what, d.b) for d in changed] == [("sentence", "")]
