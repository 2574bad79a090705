"""A story's one order of its articles: the order they were published in, wherever they are listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.linking.story import Story
from core.model import Article, Link, LinkKind, Ref, article_id, in_time_order, timeline_time, utc_aside

LEAD = "Tarrow Mills cut its profit forecast on Tuesday and said its chief executive had left the company."


def _article(outlet: str, title: str, published: str | None, *paragraphs: str) -> Article:
    body = paragraphs or (LEAD,)
    return Article(article_id(outlet, title, body), f"{outlet}.txt", outlet, title, body, published=published)


#: Given in the order a user named the files (by outlet): the agency's later brief first.
ARTICLES = [
    _article("Avon Daily", "Tarrow Mills cut to junk", "2026-05-06T11:02:00+00:00", LEAD, "A rating agency cut it to junk."),
    _article("Kestrel Times", "Tarrow Mills warns", "2026-05-05T17:48:00+01:00"),  # 16:48 UTC
    _article("Tarrow Mills plc", "Trading update", "2026-05-05T07:00:00+00:00", LEAD, "Guidance is withdrawn."),
    _article("Brook Post", "Tarrow Mills chief goes", "2026-05-05T17:05:00Z"),
    _article("Old Gazette", "Tarrow Mills", None),
    _article("Dale Herald", "Regulator looks at Tarrow", "2026-05-06"),  # a day alone
    _article("Cole Wire", "Tarrow Mills", None),
]


def test_articles_go_in_the_order_they_were_published_the_undated_last() -> None:
    ordered = [a.outlet for a in in_time_order(ARTICLES)]
    # 07:00, 16:48 UTC (17:48 at +01:00), 17:05; the next day alone before its 11:02; undated last, by outlet
    assert ordered == ["Tarrow Mills plc", "Kestrel Times", "Brook Post", "Dale Herald", "Avon Daily", "Cole Wire", "Old Gazette"]


def test_articles_of_one_time_go_by_outlet_then_title_whatever_order_they_come_in() -> None:
    same = "2026-05-05T09:00:00+00:00"
    articles = [_article("Brook Post", "Later words", same), _article("Avon Daily", "Zeal", same),
                _article("Brook Post", "Another view", same)]
    expected = [("Avon Daily", "Zeal"), ("Brook Post", "Another view"), ("Brook Post", "Later words")]
    assert [(a.outlet, a.title) for a in in_time_order(articles)] == expected
    assert [(a.outlet, a.title) for a in in_time_order(reversed(articles))] == expected


def test_a_story_lists_its_articles_in_time_order_and_links_from_the_earlier() -> None:
    first, later = ARTICLES[2], ARTICLES[0]  # the company's release, the agency's brief next day
    link = Link(Ref(later.id, 0), Ref(first.id, 0), 1.0, LinkKind.VERBATIM, ((0, 5),), ((1, 6),))
    story = Story((later, first), (link,))
    assert [a.outlet for a in story.articles] == ["Tarrow Mills plc", "Avon Daily"]
    [turned] = story.links
    assert (turned.a, turned.b, turned.spans_a, turned.spans_b) == (Ref(first.id, 0), Ref(later.id, 0), ((1, 6),), ((0, 5),))
    assert story.matches(Ref(first.id, 0))[0].ref == Ref(later.id, 0)


def test_a_built_story_is_in_time_order_whatever_order_it_is_given_in() -> None:
    story = Story.build(ARTICLES)
    assert [a.outlet for a in story.articles] == [a.outlet for a in in_time_order(ARTICLES)]
    assert story.to_json()["articles"][0]["outlet"] == "Tarrow Mills plc"  # type: ignore[index]
    order = {a.id: n for n, a in enumerate(story.articles)}
    assert story.links and all(order[l.a.article] < order[l.b.article] for l in story.links)


def test_a_time_in_a_list_reads_in_one_clock() -> None:
    assert timeline_time("2026-05-05T17:48:00+01:00") == "2026-05-05 16:48 UTC"
    assert timeline_time("2026-05-05T17:05:00Z") == "2026-05-05 17:05 UTC"
    assert timeline_time("2026-05-05T17:05:00") == "2026-05-05 17:05"  # no zone: none made up
    assert timeline_time("2026-05-06") == "2026-05-06"
    assert timeline_time(None) is None
    assert utc_aside("2026-05-05T17:48:00+01:00") == "2026-05-05 17:48 UTC+01:00 (16:48 UTC)"
    assert utc_aside("2026-05-05T23:30:00-05:00") == "2026-05-05 23:30 UTC-05:00 (2026-05-06 04:30 UTC)"
    assert utc_aside("2026-05-05T17:05:00Z") == "2026-05-05 17:05 UTC" and utc_aside("2026-05-06") == "2026-05-06"


def test_the_library_lists_a_story_in_time_order_not_the_order_of_adding(tmp_path: Path) -> None:
    from core.library.store import Library

    with Library(tmp_path / "lib.sqlite") as library:
        for article in ARTICLES[:4]:
            library.add(article, source=article.path)
        [info] = library.stories()
        story = library.story(info.id)
    assert [a.outlet for a in story.articles] == ["Tarrow Mills plc", "Kestrel Times", "Brook Post", "Avon Daily"]


def test_story_show_and_links_list_the_articles_in_time_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.library.store import Library
    from tui.cli import main

    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for article in ARTICLES[:4]:
            library.add(article, source=article.path)
        [info] = library.stories()
    assert main(["story", "show", str(info.id), "--library", str(path)]) == 0
    shown = capsys.readouterr().out
    at = [shown.index(f"  {a.id}  ") for a in in_time_order(ARTICLES[:4])]
    assert at == sorted(at)
    # a time in another zone with its moment in UTC beside it, so the list reads in its order
    assert "Kestrel Times · 2026-05-05 17:48 UTC+01:00 (16:48 UTC) — Tarrow Mills warns" in shown
    assert main(["links", "--library", str(path), "--story", str(info.id)]) == 0
    table = capsys.readouterr().out
    at = [table.index(f"[{a.id}]") for a in in_time_order(ARTICLES[:4])]
    assert at == sorted(at)


def test_the_export_lists_the_articles_in_time_order() -> None:
    from core.views.export import export

    text = export(Story.build(ARTICLES[:4]), "md")
    assert isinstance(text, str)
    rows = [line.split(" | ")[0].removeprefix("| ") for line in text.split("## Articles", 1)[1].split("## Coverage")[0].splitlines()
            if line.startswith("| ") and not line.startswith("| Outlet")]
    assert rows == ["Tarrow Mills plc", "Kestrel Times", "Brook Post", "Avon Daily"]
    assert "| Kestrel Times | 2026-05-05 17:48 UTC+01:00 (16:48 UTC) |" in text


async def test_the_reader_lists_a_story_in_time_order_and_opens_its_first_report(tmp_path: Path) -> None:
    from rich.console import Console

    from tests.pilot import ready
    from tui.app import make_app
    from tui.widgets.story_list import StoryList

    from core.library.store import Library

    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        for article in ARTICLES[:4]:  # the agency's next-day brief added first
            library.add(article, source=article.path)
    app = make_app(library=path)
    async with app.run_test(size=(80, 24)) as pilot:
        main = await ready(pilot)
        ordered = in_time_order(ARTICLES[:4])
        assert main.reader.article is not None and main.reader.article.id == ordered[0].id  # the company's release
        story_list = main.query_one(StoryList)
        listed = [o.id for o in story_list.options if o.id in {a.id for a in ordered}]
        assert listed == [a.id for a in ordered]
        # each row gives the time in one clock, whole on a line even in a narrow list
        console = Console(width=26, color_system=None)
        with console.capture() as drawn:
            console.print(story_list.get_option(ordered[1].id).prompt)
        assert "2026-05-05 16:48 UTC" in drawn.get()
