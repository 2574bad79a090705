"""Plain text of other shapes (invented inputs): a press release's "for immediate release" label in
any language is no headline, and what follows its end mark ("###", "-ENDS-", "-SELESAI-", "—
einde —") is its boilerplate; a subtitle file (SubRip, WebVTT) reads as what its cues say, joined
into sentences; a heading underlined with -, = or ~ stands apart from the paragraph under it; a
line of hashtags alone is no paragraph, in plain text or in a block of HTML."""

from __future__ import annotations

import pytest

from core.reading.judge import is_furniture_block
from core.reading.text import parse_text

LEAD = ("Harbourtown, 3 March 2026 - The harbour board opened a new passenger terminal on Tuesday, "
        "able to serve 6,000 passengers a day.")
SECOND = "The terminal replaces a building from 1987, the board said in its statement."


@pytest.mark.parametrize("label", [
    "Voor onmiddellijke publicatie", "Untuk disiarkan segera", "Do natychmiastowej publikacji",
    "För omedelbar publicering", "Pentru publicare imediată",
])
def test_a_release_label_in_any_language_is_no_headline(label: str) -> None:
    text = f"PRESS RELEASE\n\n{label}\n\nNew passenger terminal opens at Harbourtown\n\n{LEAD}\n\n{SECOND}\n"
    (article,) = parse_text(text, path="release.txt")
    assert article.title == "New passenger terminal opens at Harbourtown"
    assert not any(label in p for p in article.paragraphs)


@pytest.mark.parametrize("mark", ["-SELESAI-", "— einde —", "- FIN -", "-ENDS-", "###", "~ LOPPU ~"])
def test_what_follows_a_release_end_mark_is_its_boilerplate(mark: str) -> None:
    text = (f"New passenger terminal opens at Harbourtown\n\n{LEAD}\n\n{SECOND}\n\n{mark}\n\n"
            "About Harbourtown Port\nHarbourtown Port has been run by the harbour board since 2001.\n\n"
            "Media contact:\nAna Example, press office, press@harbour.example\n")
    (article,) = parse_text(text, path="release.txt")
    assert len(article.paragraphs) == 2, article.paragraphs
    assert not any("harbour board since 2001" in p or "press@" in p for p in article.paragraphs)


SRT = """1
00:00:01,000 --> 00:00:04,200
Good evening. Our main story:

2
00:00:04,200 --> 00:00:08,900
the ferry to Example Island will run
twice an hour from May,

3
00:00:08,900 --> 00:00:12,500
after the county agreed a new contract.

4
00:00:16,000 --> 00:00:19,000
<i>>> The ferry company said it would hire ten crew.</i>
"""

VTT = """WEBVTT

NOTE made by hand

00:01.000 --> 00:04.200 align:start
<v Anchor>Good evening. Our main story:

00:04.200 --> 00:08.900
<v Anchor>the ferry to Example Island will run
twice an hour from May,

00:08.900 --> 00:12.500
<v Anchor>after the county agreed a new contract.

00:12.500 --> 00:15.000
<v Reporter>The ferry company said it would hire ten crew.
"""


@pytest.mark.parametrize("text", [SRT, VTT], ids=["srt", "vtt"])
def test_a_subtitle_file_reads_as_its_cues_joined_into_sentences(text: str) -> None:
    (article,) = parse_text(text, path="bulletin.txt")
    assert article.paragraphs == (
        "Good evening. Our main story: the ferry to Example Island will run twice an hour from May, "
        "after the county agreed a new contract.",
        "The ferry company said it would hire ten crew.",
    )


@pytest.mark.parametrize("rule", ["-" * 37, "=" * 37, "~" * 30])
def test_an_underlined_heading_stands_apart_from_its_hard_wrapped_paragraphs(rule: str) -> None:
    text = (f"Council closes the old bridge to cars\n{rule}\n\n"
            "The council voted on Tuesday to close the old bridge to cars\nfrom next spring. Repairs would cost more "
            "than the bridge\nis worth, engineers said.\n\n"
            "Buses, bicycles and people on foot will still be able to\ncross it. Shops on the north bank fear they "
            "will lose\ncustomers.\n")
    (article,) = parse_text(text, path="letter.txt")
    assert article.title == "Council closes the old bridge to cars"
    assert article.paragraphs[0].startswith("The council voted")
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(("block", "furniture"), [
    ("#Harbourtown #FerryStrike", True),
    ("#flood, #rescue", True),
    ("#1 seed wins again", False),
    ("The #Harbourtown tag trended all day after the ferry strike began.", False),
])
def test_a_line_of_hashtags_alone_is_furniture(block: str, furniture: bool) -> None:
    assert is_furniture_block(block) is furniture
