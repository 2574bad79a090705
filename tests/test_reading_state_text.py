"""A page whose report is in the state its application carries rather than in its drawn body:
a Next.js app-router page's flight data (``self.__next_f.push([1,"…"])``, the React Server
Components payload) behind a loading skeleton, and a page that draws only the opening of the
report its state holds (a paywall's fragment beside ``__NEXT_DATA__`` or a Redux store's
``window.__INITIAL_STATE__``); a page that draws its whole report keeps it, whatever teasers its
state holds (invented inputs)."""

from __future__ import annotations

import json
from pathlib import Path

from core.reading import read_file

LEAD = "The Orlen Bay ferry will sail every hour from Tuesday, the harbour office said on Monday."
SECOND = "The new timetable runs until the end of October, and fares stay as they are."
THIRD = "Islanders had complained for years about long queues on the quay in summer."
FOURTH = "The operator said two more crews had been hired to cover the extra sailings."
FIFTH = "A winter timetable is to be published in September after talks with the council."
NOTICE = "This article is for Bay Courier Plus subscribers. Start your free trial to keep reading."
RELATED = [
    "Council approves a new car park beside the ferry terminal after a long debate on Monday.",
    "Lighthouse on Skerry Point to reopen to visitors in spring, the trust said in a statement.",
]


def _page(tmp_path: Path, body: str, scripts: list[str], *, name: str = "p.html") -> Path:
    path = tmp_path / name
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry to sail every hour | Bay Courier</title>"
        "<meta property='og:site_name' content='Bay Courier'><meta property='og:title' content='Ferry to sail every hour'>"
        "<meta property='article:published_time' content='2026-03-03T09:00:00+01:00'></head>"
        f"<body>{body}{''.join(scripts)}</body></html>", encoding="utf-8")
    return path


def _push(chunk: str) -> str:
    return f"<script>self.__next_f.push([1,{json.dumps(chunk)}])</script>"


def _el(tag: str, children: object, **props: object) -> list[object]:
    return ["$", tag, None, {**props, "children": children}]


SKELETON = ("<div id='__next'><header><a href='/'>Bay Courier</a></header>"
            "<main><div class='skeleton'>Loading …</div></main></div>")


def test_the_report_in_a_skeleton_pages_flight_data_is_read(tmp_path: Path) -> None:
    # the article row is referred to lazily from the page's row, its second paragraph has a link in
    # it, the byline is a span marked "author", and the payload is split mid-row across two pushes
    article = _el("article", [
        _el("h1", "Ferry to sail every hour"),
        _el("p", ["By ", _el("span", "Ana Example", className="article-author")], className="meta"),
        _el("p", LEAD),
        _el("p", ["The new ", _el("a", "timetable", href="/t"), " runs until the end of October, and fares stay as they are."]),
        _el("p", THIRD),
    ])
    nav = _el("nav", [_el("p", "Read our newsletter for all the news from the bay every morning of the week.")])
    rows = ("0:[\"$\",\"$L1\",null,{\"children\":[" + json.dumps(nav) + ",\"$L3\"]}]\n"
            "1:I[\"(app)/story/page\",\"default\"]\n"
            f"3:{json.dumps(article)}\n")
    cut = len(rows) // 2
    path = _page(tmp_path, SKELETON, ["<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
                                      _push(rows[:cut]), _push(rows[cut:])])
    (article_read,) = read_file(path)
    assert list(article_read.paragraphs) == [LEAD, SECOND, THIRD]
    assert article_read.byline == "Ana Example"
    assert not any("newsletter" in p or "Loading" in p for p in article_read.paragraphs)


def test_a_text_row_of_flight_data_is_read_by_its_length_in_bytes(tmp_path: Path) -> None:
    # a client component gets the report's HTML as a prop that refers to a text row ("T" and its
    # length in UTF-8 bytes: "ü" is two); the row after it is read as a row again
    html = f"<p>{LEAD}</p><p>Über {SECOND}</p><p>{THIRD}</p>"
    rows = (f"2:T{len(html.encode()):x},{html}"
            "4:[\"$\",\"$L5\",null,{\"body\":\"$2\",\"author\":{\"name\":\"Ana Example\"}}]\n")
    (article,) = read_file(_page(tmp_path, SKELETON, [_push(rows)]))
    assert list(article.paragraphs) == [LEAD, f"Über {SECOND}", THIRD]
    assert article.byline == "Ana Example"


FRAGMENT = ("<main><article><h1>Ferry to sail every hour</h1><div class='byline'>By Ana Example</div>"
            f"<div class='body'><p>{LEAD}</p><p>{SECOND}</p>"
            f"<div class='paywall-box'><p>{NOTICE}</p></div></div></article>"
            "<aside><h3>Trending</h3><ol><li><a href='/a'>Car park approved</a></li></ol></aside></main>")
FULL = [LEAD, SECOND, THIRD, FOURTH, FIFTH]


def test_a_paywalled_fragment_goes_on_with_the_next_data_report(tmp_path: Path) -> None:
    state = {"props": {"pageProps": {"article": {
        "headline": "Ferry to sail every hour", "byline": "Ana Example",
        "body": [{"type": "paragraph", "text": p} for p in FULL],
        "related": [{"summary": r} for r in RELATED]}}}, "page": "/news/[slug]"}
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    (article,) = read_file(_page(tmp_path, FRAGMENT, [script]))
    assert list(article.paragraphs) == FULL


def test_a_paywalled_fragment_goes_on_with_a_redux_stores_html_body(tmp_path: Path) -> None:
    store = {"article": {"current": {"title": "Ferry to sail every hour",
                                     "body": "".join(f"<p>{p}</p>" for p in FULL)},
                         "teasers": [{"lead": r} for r in RELATED]}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(store)};</script>"
    (article,) = read_file(_page(tmp_path, FRAGMENT, [script]))
    assert list(article.paragraphs) == FULL


def test_a_page_that_draws_its_whole_report_keeps_it_whatever_teasers_its_state_holds(tmp_path: Path) -> None:
    body = ("<main><article><h1>Ferry to sail every hour</h1><div class='byline'>By Ana Example</div>"
            + "".join(f"<p>{p}</p>" for p in FULL) + "</article></main>")
    teasers = {"props": {"pageProps": {
        "article": {"description": LEAD, "body": [{"type": "paragraph", "text": p} for p in FULL]},
        "related": [{"type": "teaser", "text": r} for r in RELATED]}}}
    only_teasers = {"props": {"pageProps": {"teaser": {"text": LEAD},
                                            "related": [{"type": "paragraph", "text": r} for r in RELATED]}}}
    # the report's lead among other reports' leads, in one list: the page draws more than its opening
    leads = {"props": {"pageProps": {"more": [{"type": "paragraph", "text": t} for t in (LEAD, *RELATED)]}}}
    for at, state in enumerate((teasers, only_teasers, leads)):
        script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
        (article,) = read_file(_page(tmp_path, body, [script], name=f"p{at}.html"))
        assert list(article.paragraphs) == FULL


def test_a_short_report_drawn_whole_keeps_it_beside_its_flight_datas_teasers(tmp_path: Path) -> None:
    # an app-router page draws its report as its flight data has it: a brief, under a shell's length
    tree = _el("main", [_el("article", [_el("h1", "Ferry to sail every hour"), _el("p", LEAD)]),
                        _el("div", [_el("p", r) for r in RELATED], className="more-stories")])
    body = f"<main><article><h1>Ferry to sail every hour</h1><p>{LEAD}</p></article></main>"
    (article,) = read_file(_page(tmp_path, body, [_push(f"0:{json.dumps(tree)}\n")]))
    assert list(article.paragraphs) == [LEAD]


def test_a_rich_text_nodes_runs_in_next_data_are_one_paragraph(tmp_path: Path) -> None:
    # a skeleton page; the report's nodes hold their text in runs, one of them in three (plain, bold, plain)
    short = "Extra crews start on route 7 next week."
    nodes = [{"type": "paragraph", "children": [{"text": p}]} for p in (LEAD, SECOND, THIRD)]
    nodes.append({"type": "paragraph", "children": [{"text": "Extra crews start on route "}, {"text": "7", "bold": True},
                                                    {"text": " next week."}]})
    state = {"props": {"pageProps": {"article": {"headline": "Ferry to sail every hour", "content": nodes},
                                     "related": [{"headline": "Car park approved by the terminal"}]}}, "page": "/news/[slug]"}
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    (article,) = read_file(_page(tmp_path, SKELETON, [script]))
    assert list(article.paragraphs) == [LEAD, SECOND, THIRD, short]
