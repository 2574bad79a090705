"""A live page with a key-events box (links to some updates by their time and headline) and
updates that each carry their time and headline in a <header>: each headline once, over its update;
the box is navigation, and a list of links to the page's own parts is none of the text."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Storm on the west coast – live | Harbour Gazette</title>
<meta property="og:title" content="Storm on the west coast – live">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-01-20T09:05:00Z">
<meta name="author" content="Ana Sample"></head><body>
<main><h1>Storm on the west coast – live</h1>
<div class="standfirst"><ul><li>Storm reached the coast at 9.00</li><li>Ferries stopped and the coast road closed</li></ul></div>
<address class="byline">Ana Sample</address>
<div class="updated">Updated <time datetime="2026-01-20T13:20:00Z">13.20 GMT</time></div>
<div class="key-events"><h2>Key events</h2><ul>
<li><a href="#block-c3"><time>13.20</time> Coast road opens again</a></li>
<li><a href="#block-c1"><time>09.30</time> Storm reaches the coast</a></li>
</ul><button>Show all key events</button></div>
<div class="filter"><button>Filter: Key events</button></div>
<div id="liveblog-body">
<article id="block-c3" class="block"><header><time datetime="2026-01-20T13:20:00Z">13.20</time><h2 class="block-title">Coast road opens again</h2></header>
<div class="block-elements"><p>The coast road is open to all traffic again, the roads agency says.</p></div><footer class="block-share"><a>Share</a></footer></article>
<article id="block-c2" class="block"><header><time datetime="2026-01-20T11:45:00Z">11.45</time></header>
<div class="block-elements"><p>The wind has eased over the last hour, the weather office says.</p></div><footer class="block-share"><a>Share</a></footer></article>
<article id="block-c1" class="block"><header><time datetime="2026-01-20T09:30:00Z">09.30</time><h2 class="block-title">Storm reaches the coast</h2></header>
<div class="block-elements"><p>The storm reached the coast at nine this morning and the ferries are stopped.</p></div><footer class="block-share"><a>Share</a></footer></article>
</div>
<div class="pagination"><a href="?page=with:block-c0">Older posts</a></div></main></body></html>"""


def test_each_update_headline_once(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    assert sum("Coast road opens again" in p for p in article.paragraphs) == 1
    assert sum("Storm reaches the coast" in p for p in article.paragraphs) == 1
    assert not any("Key events" in p for p in article.paragraphs)
    assert any(p.startswith("The coast road is open") for p in article.paragraphs)
