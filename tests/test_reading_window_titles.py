"""A report's headline from the right place (invented inputs): a mail's subject over the <title> of
its HTML template, a document's title paragraph over the document's name, and no window title that
names a file, a widget or an app rather than the report."""

from __future__ import annotations

from pathlib import Path

from core.model import Article
from core.reading import read_paths

NEWSLETTER = b"""From: "Brenvik Weekly" <news@brenvik.example>
Date: Mon, 02 Nov 2026 09:30:00 +0100
Subject: Brenvik opens its new ferry terminal in December
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Plain version.
--b1
Content-Type: text/html; charset=utf-8

<html><head><title>Brenvik Weekly News</title></head><body><table><tr><td>
<h1 style="font-size:22px">Brenvik opens its new ferry terminal in December</h1>
<p>The harbour authority of Brenvik said on Monday that the new ferry terminal will open in early December.</p>
<p>The terminal can handle four boats at a time and has a waiting hall for 300 passengers.</p>
<p>Ferry operators asked the authority to lower the berth fees in the first year.</p>
</td></tr></table></body></html>
--b1--
"""


def _one(path: Path) -> Article:
    [article], errors = read_paths([path])
    assert not errors
    return article


def test_a_newsletters_subject_titles_it_over_its_templates_title(tmp_path: Path) -> None:
    path = tmp_path / "weekly.eml"
    path.write_bytes(NEWSLETTER)
    assert _one(path).title == "Brenvik opens its new ferry terminal in December"
