"""A post's text in one box, its paragraphs parted by runs of two <br> (a messenger channel's
embedded post, invented inputs), and the call to join the channel under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import is_furniture_block

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Channel Widget</title></head><body>
<div class="post"><div class="post_owner"><a href="https://chat.example/tarnnews"><span>Tarn News</span></a></div>
<div class="post_text"><b>Ferry service to Ostrand resumes</b><br><br>The ferry between Tarn and Ostrand resumed on Monday
after the harbour wall was repaired, the port authority said.<br><br>Repairs took eleven weeks and cost about 2 million
crowns.<br>The authority thanked residents for their patience.<br><br>Traders on the quay said they expect busier weekends.
<br><br>👉 <a href="https://chat.example/tarnnews">@tarnnews</a> | Join our channel</div>
<div class="post_footer"><span class="views">3.1K</span><time datetime="2026-05-18T07:42:10+00:00">07:42</time></div>
</div></body></html>"""


def test_a_post_box_is_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(PAGE, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    paragraphs = articles[0].paragraphs
    assert paragraphs[0].startswith("The ferry between Tarn and Ostrand resumed")
    assert any(p.startswith("Repairs took eleven weeks") for p in paragraphs)
    assert paragraphs[-1] == "Traders on the quay said they expect busier weekends."


#: A short post: the extractor gives its baseline's flat text, which is cut back into the box's paragraphs.
SHORT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Channel Widget</title></head><body>
<div class="post"><div class="post_owner"><a href="https://chat.example/tarnnews"><span>Tarn News</span></a></div>
<div class="post_text"><b>Ferry resumes</b><br><br>The Ostrand ferry resumed on Monday.<br><br>Repairs took eleven
weeks.<br><br>👉 <a href="https://chat.example/tarnnews">@tarnnews</a> | Join our channel</div>
<div class="post_footer"><time datetime="2026-05-18T07:42:10+00:00">07:42</time></div></div></body></html>"""


def test_a_short_post_box_is_cut_back_into_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(SHORT, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert articles[0].paragraphs == ("The Ostrand ferry resumed on Monday.", "Repairs took eleven weeks.")


@pytest.mark.parametrize("line", [
    "👉 @tarnnews | Join our channel", "👉 @kandaharkhabar | زموږ چینل سره یوځای شئ", "Join our Telegram channel for more news",
    "به کانال ما بپیوندید", "Suivez notre chaîne", "Abonnieren Sie unseren Kanal", "Подписывайтесь на наш канал",
])
def test_a_call_to_join_the_channel_is_furniture(line: str) -> None:
    assert is_furniture_block(line)


@pytest.mark.parametrize("line", [
    "The minister told our channel on Monday that the bridge would open.",
    "The channel was dredged last year.",
])
def test_a_report_on_a_channel_is_no_furniture(line: str) -> None:
    assert not is_furniture_block(line)


#: A short post whose two lines stand apart by a single <br>: a line break, read as a space.
ONE_BREAK = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Channel Widget</title></head><body>
<div class="post"><div class="post_owner"><a href="https://chat.example/tarnnews"><span>Tarn News</span></a></div>
<div class="post_text">The Ostrand ferry resumed on Monday.<br>Repairs took eleven weeks.</div>
<div class="post_footer"><time datetime="2026-05-18T07:42:10+00:00">07:42</time></div></div></body></html>"""


def test_a_single_break_is_a_space_between_the_lines(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(ONE_BREAK, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors
    assert articles[0].paragraphs == ("The Ostrand ferry resumed on Monday. Repairs took eleven weeks.",)


def test_a_single_break_never_glues_two_words() -> None:
    from lxml import html

    from core.reading.html import _broken_paragraphs

    assert _broken_paragraphs(html.fromstring("<div>Ana Example<br>Edited by Bo Lind</div>")) == ["Ana Example Edited by Bo Lind"]
    assert _broken_paragraphs(html.fromstring("<div>Ana Example<br><br>Edited by Bo Lind</div>")) == ["Ana Example", "Edited by Bo Lind"]
