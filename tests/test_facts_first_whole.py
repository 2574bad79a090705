"""The likely origin of a statement: the story's earliest publisher that carries it whole,
though the wire copies that quote it later credit their agency in their datelines. Invented."""

from __future__ import annotations

from core.model import Article, Link, LinkKind, Ref, article_id
from core.linking.story import Story
from core.views.facts import facts

WORDS = "We have decided that the group needs a fresh start to win back the trust of our customers"
WIRE = f'"{WORDS}," chair Jo Reyes said in a statement, adding that a search for a successor had begun.'


def _article(outlet: str, text: str, published: str | None, *, dateline: str | None = None, updated: str | None = None) -> Article:
    body = (text,)
    return Article(article_id(outlet, outlet, body), "", outlet, outlet, body, published=published, updated=updated,
                   dateline=dateline)


def _story(first: Article) -> tuple[Story, Article, Article]:
    copy_a = _article("Ledger", WIRE, "2026-11-10T17:05:00+00:00", dateline="LONDON, Nov 10 (Norwire)")
    copy_b = _article("Courier", WIRE, "2026-11-10T18:20:00+00:00", dateline="LONDON, Nov 10 (Norwire)")
    links = (
        Link(Ref(copy_a.id, 0), Ref(copy_b.id, 0), 1.0, LinkKind.VERBATIM, ((0, 1),), ((0, 1),)),
        Link(Ref(first.id, 0), Ref(copy_a.id, 0), 1.0, LinkKind.QUOTE, ((0, 1),), ((0, 1),)),
        Link(Ref(first.id, 0), Ref(copy_b.id, 0), 1.0, LinkKind.QUOTE, ((0, 1),), ((0, 1),)),
    )
    return Story((first, copy_a, copy_b), links), copy_a, copy_b


def test_a_release_carrying_the_statement_whole_hours_earlier_is_its_origin() -> None:
    # The company's release (07:00) carried the chair's words whole; the two wire copies quoting
    # them at 17:05 and 18:20 credit "(Norwire)": the matrix and the export gave the wire as origin.
    release = _article("Tarnvale plc", f'Jo Reyes, Chair, said: "{WORDS}. We thank our outgoing chief executive."',
                       "2026-11-10T07:00:00+00:00")
    story, _, _ = _story(release)
    [fact] = facts(story)
    assert fact.origin == "Tarnvale plc" and fact.lead == Ref(release.id, 0)
    assert fact.source is not None and fact.source.why() == ", first to publish these words (2026-11-10T07:00:00+00:00)"
    assert fact.wire  # the wire still relayed it
    assert fact.relayed_by == "Norwire"


def test_a_page_updated_after_the_wire_or_holding_part_of_the_statement_is_no_origin() -> None:
    # a live blog opened at dawn, last updated after the wire copies: its words may be of the update
    blog = _article("Ticker Blog", WORDS + ".", "2026-11-10T06:58:00+00:00", updated="2026-11-10T19:00:00+00:00")
    assert facts(_story(blog)[0])[0].origin == "Norwire"
    # an earlier page quoting part of the words does not carry them whole
    part = _article("Tarnvale plc", 'Jo Reyes said the group needed "a fresh start to win back the trust of our customers".',
                    "2026-11-10T07:00:00+00:00")
    assert facts(_story(part)[0])[0].origin == "Norwire"
