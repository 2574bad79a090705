"""Several outlets vouch together: a pair no rule links is linked where paragraphs of three other
outlets each link to both, none of them strongly enough to vouch alone (core.linking.align.VOUCHERS)."""

from __future__ import annotations

import pytest

from core.linking import align
from core.linking.align import link
from core.model import Article, Link, Ref

# One fact (the fire was arson) told by five outlets. Tarnfield says "arson", Wexbury "started
# deliberately": the two share only "warehouse fire", too little for any rule. Each of the other
# three links to both, more weakly than one strong link that vouches alone.
STORY = {
    "Tarnfield": ("The Kessby warehouse fire is being treated as arson, police said.",
                  "The mayor of Tollmere visited the scene at noon."),
    "Wexbury": ("Detectives investigating the warehouse fire say it was started deliberately by intruders.",
                "A nearby school was closed for the day."),
    "Carrow": ("Police say the Quay Road warehouse fire was started deliberately and is treated as arson.",
               "Traffic on the ring road was diverted."),
    "Dunmere": ("Detectives investigating the warehouse fire on Quay Road are treating it as arson.",
                "Insurers are expected to assess the damage next week."),
    "Elsbrook": ("Investigating detectives believe the Kessby warehouse fire was started deliberately, an act of arson.",
                 "Two firefighters were treated for smoke inhalation."),
    "Fenholt": ("The owners said they would rebuild the warehouse within a year.",
                "Shares in the logistics group fell two percent."),
}
ARSON, DELIBERATE = Ref("Tarnfield", 0), Ref("Wexbury", 0)


def _story(**replaced: tuple[str, str]) -> list[Article]:
    return [Article(name, f"{name}.txt", name, f"Report {name}", replaced.get(name, paragraphs))
            for name, paragraphs in STORY.items()]


def _pair(links: list[Link], a: Ref, b: Ref) -> Link | None:
    return next((l for l in links if {l.a, l.b} == {a, b}), None)


def test_three_outlets_linking_both_reports_of_a_fact_link_them() -> None:
    links = link(_story())
    vouchers = [name for name in ("Carrow", "Dunmere", "Elsbrook")
                if _pair(links, ARSON, Ref(name, 0)) and _pair(links, DELIBERATE, Ref(name, 0))]
    assert vouchers == ["Carrow", "Dunmere", "Elsbrook"]
    # none links both strongly: no one outlet vouches alone
    assert all(min(_pair(links, ARSON, Ref(n, 0)).score, _pair(links, DELIBERATE, Ref(n, 0)).score) < 0.5  # type: ignore[union-attr]
               for n in vouchers)
    assert _pair(links, ARSON, DELIBERATE) is not None
    # the other facts stay apart
    assert not any(l.a.paragraph or l.b.paragraph for l in links)


def test_fewer_outlets_than_vouchers_are_not_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align, "VOUCHERS", 4)  # the same story, one voucher short
    assert _pair(link(_story()), ARSON, DELIBERATE) is None


def test_an_outlet_added_later_vouches_as_in_a_full_run() -> None:
    articles = _story()
    full = link(articles)
    old = [l for l in full if l.a.article not in ("Elsbrook", "Fenholt") and l.b.article not in ("Elsbrook", "Fenholt")]
    assert _pair(old, ARSON, DELIBERATE) is not None  # (in the full run)
    old = [l for l in old if l is not _pair(old, ARSON, DELIBERATE)]
    again = link(articles, new_from=4, known=old)
    assert sorted([*old, *again]) == full


# Two leads of one story that name its mayor and say two other things: each is close to three
# outlets' summaries of both, but what the pair shares is her name and town only.
LEADS = {
    "Tarnfield": ("Mayor Ilse Brandt of Tollmere said the Kessby warehouse would be rebuilt within a year, keeping ninety jobs at the harbour.",
                  "The fire was put out before dawn."),
    "Wexbury": ("Mayor Ilse Brandt of Tollmere thanked firefighters at the scene on Tuesday, praising volunteers who brought blankets and soup.",
                "A nearby school was closed for the day."),
    "Carrow": ("Mayor Ilse Brandt thanked the firefighters and said the warehouse would be rebuilt.",
               "Traffic on the ring road was diverted."),
    "Dunmere": ("At the scene on Tuesday, Mayor Brandt thanked volunteers and promised the Kessby warehouse would be rebuilt.",
                "Insurers are expected to assess the damage next week."),
    "Elsbrook": ("Tollmere's mayor thanked firefighters on Tuesday and said the warehouse would be rebuilt within a year.",
                 "Two firefighters were treated for smoke inhalation."),
    "Fenholt": ("The owners said the fire had destroyed stock worth millions.",
                "Shares in the logistics group fell two percent."),
}


def test_outlets_vouch_together_for_no_pair_sharing_only_names(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(name, f"{name}.txt", name, f"Report {name}", paragraphs) for name, paragraphs in LEADS.items()]
    rebuilt, thanked = Ref("Tarnfield", 0), Ref("Wexbury", 0)
    links = link(articles)
    assert all(_pair(links, ours, Ref(name, 0)) for ours in (rebuilt, thanked) for name in ("Carrow", "Dunmere", "Elsbrook"))
    assert _pair(links, rebuilt, thanked) is None
    # (what keeps them apart is that the words they share are names)
    monkeypatch.setattr(align, "_names", lambda para: frozenset())
    assert _pair(link(articles), rebuilt, thanked) is not None
