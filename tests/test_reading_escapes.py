"""An escape sequence in an article's text reaches no terminal, and takes none of the text with it.

A fresh user's paragraph that ended in a device control string ("...until 10 p.m. here.ESC P
+q544e ESC \\") was dropped without a word: the text path judged it a line that does not end as a
sentence, and after the report's last paragraph such a line is a menu. Every family of escape,
in every input kind and at any place in a paragraph, leaves the words around it, shown with
visible placeholders.
"""

from __future__ import annotations

import html
import json

from hypothesis import example, given, HealthCheck, settings
from hypothesis import strategies as st

from core.model import Article
from core.reading import read_data
from core.reading.judge import is_sentence
from core.reading.sources import Item
from core.sanitize import ESCAPE_SEQUENCE, is_clean, sanitize, without_controls, without_escape_sequences

PARAGRAPHS = (
    "PORT HALDEN, March 10 (Nordwire) - Queues formed outside the Harbour Hall clinic on Tuesday after the "
    "outbreak was declared, the board said.",
    "Dr. Ingrid Solberg said the clinic would stay open until ten at night on every weekday this month.",
    "The board will open three more clinics on Thursday in the eastern districts of the city.",
)
TITLE = "Port Halden clinic queues grow"

#: What an escape sequence's parameters and strings may hold (no line break: that ends a paragraph).
PAYLOAD = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12)
#: Introducers of every family, in their 7-bit (ESC and a character) and 8-bit (C1) forms.
CONTROL_STRINGS = ["\x1bP", "\x1bX", "\x1b^", "\x1b_", "\x1b]", "\x90", "\x98", "\x9e", "\x9f", "\x9d"]
TERMINATORS = ["\x1b\\", "\x9c", "\x07", ""]
ESCAPES = st.one_of(
    st.builds(lambda start, body, end: start + body + end, st.sampled_from(CONTROL_STRINGS), PAYLOAD, st.sampled_from(TERMINATORS)),
    st.builds(lambda start, params, final: start + params + final, st.sampled_from(["\x1b[", "\x9b"]),
              st.text(alphabet="0123456789;?", max_size=6), st.sampled_from("mHJKhlnqc@~")),
    st.builds(lambda final: "\x1b" + final, st.sampled_from("c78=>DEMNOZ\\")),  # two-character escapes
    st.sampled_from([chr(c) for c in (*range(1, 9), *range(0x0B, 0x0D), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0))]),
)


def _input(kind: str, paragraphs: list[str]) -> tuple[str, bytes]:
    """The same report as a file of *kind*: its name and bytes."""
    if kind == "txt":
        return "report.txt", ("\n\n".join([TITLE, "By Mallory Test", *paragraphs]) + "\n").encode()
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    if kind == "html":
        return "report.html", f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}</article></body></html>".encode()
    if kind == "jsonl":
        return "reports.jsonl", (json.dumps({"title": TITLE, "source": {"name": "Harbour Herald"}, "content": "\n\n".join(paragraphs)}) + "\n").encode()
    if kind == "eml":
        return "brief.eml", (
            f"From: Health Brief <brief@example.org>\nSubject: {TITLE}\nDate: Tue, 10 Mar 2026 10:00:00 +0100\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + "\n\n".join(paragraphs) + "\n"
        ).encode()
    return "feed.xml", (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title><item><title>{TITLE}</title>'
        f"<link>https://valley.example/clinics</link><description>{html.escape(body)}</description></item></channel></rss>"
    ).encode()


def _articles(kind: str, paragraphs: list[str]) -> list[Article]:
    name, data = _input(kind, paragraphs)
    return [r.article for r in read_data(data, source=name, fetch=None) if isinstance(r, Item)]


def _shown(article: Article) -> list[str]:
    return [article.title, article.outlet, article.byline or "", article.dateline or "", *article.paragraphs]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["txt", "html", "jsonl", "eml", "rss"]),
    escape=ESCAPES,
    which=st.integers(0, len(PARAGRAPHS) - 1),
    where=st.sampled_from(["start", "middle", "end"]),
)
@example(kind="eml", escape="\x1bP 0\x9c", which=0, where="end")  # a string ended by the C1 terminator (a fresh clone's CI)
@example(kind="rss", escape="\x85", which=2, where="end")  # feedparser read U+0085 as "…": a summary cut short, dropped
@example(kind="jsonl", escape="\x90<?\x1b\\", which=0, where="start")  # "<?" made the record HTML, a processing instruction
@example(kind="eml", escape="\x900 \x1b\\", which=0, where="end")  # a C1-opened string with a space, ended by "ESC \\"
@example(kind="eml", escape="\x1bP 0", which=0, where="end")  # a string never ended runs to the line's end on a terminal
@example(kind="txt", escape="\x1bP @", which=2, where="end")
def test_an_escape_anywhere_in_a_paragraph_keeps_every_word_and_reaches_no_terminal(kind: str, escape: str, which: int, where: str) -> None:
    paragraphs = list(PARAGRAPHS)
    text = paragraphs[which]
    at = {"start": 0, "middle": text.index(" the "), "end": len(text)}[where]
    paragraphs[which] = text[:at] + escape + text[at:]
    articles = _articles(kind, paragraphs)
    assert len(articles) == 1
    shown = " ".join(" ".join(_shown(a)) for a in articles)
    missing = [w for p in PARAGRAPHS for w in p.split() if w != "-" and w not in shown]
    assert not missing, (kind, escape, paragraphs[which])
    assert all(is_clean(part) for a in articles for part in _shown(a))
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in shown)


def test_a_paragraph_ending_in_a_device_control_string_is_kept_with_its_placeholders() -> None:
    """The fresh user's case: the last paragraph ends in "ESC P +q544e ESC \\" (a terminal query)."""
    paragraphs = [*PARAGRAPHS[:2], PARAGRAPHS[2] + "\x1bP+q544e\x1b\\"]
    for kind in ("txt", "eml"):
        [article] = _articles(kind, paragraphs)
        assert article.paragraphs[-1] == PARAGRAPHS[2] + "\u241bP+q544e\u241b\\", kind
        assert len(article.paragraphs) == 3


def test_every_family_of_escape_is_one_sequence_and_none_of_a_line_s_words() -> None:
    for raw, shown in (
        ("said.\x1bP+q544e\x1b\\", "said."),  # DCS ... ST
        ("said.\x1bP1$r0 q\x1b\\", "said."),  # DCS with a space inside, terminated
        ("said.\x1bXstart of string\x1b\\", "said."),  # SOS
        ("said.\x1b^private\x07", "said."),  # PM ended by BEL
        ("said.\x1b_Gi=1;AAAA\x1b\\", "said."),  # APC (a terminal's image protocol)
        ("said.\x1b]0;my title\x07", "said."),  # OSC
        ("said.\x1b[?1049h", "said."),  # CSI
        ("said.\x1bc", "said."),  # RIS
        ("said.\x07\x08", "said."),  # lone C0 controls
        ("said \x1bP+q544e more", "said  more"),  # unterminated: to the next space
    ):
        assert without_controls(sanitize(raw)) == shown, raw
        assert is_sentence(sanitize(raw)) == shown.endswith("."), raw
    assert [m.group() for m in ESCAPE_SEQUENCE.finditer(sanitize("a\x1bP+q\x1b\\b\x1b_x\x1b\\c"))] == ["\u241bP+q\u241b\\", "\u241b_x\u241b\\"]
    # a C1 introducer's string: the line ends as a sentence, whichever U+FFFD stands for
    assert is_sentence(sanitize("said.\x90+q544e\x9c")) and is_sentence(sanitize("said.\x9bm"))
    assert is_sentence("in Z\ufffdrich.") and not is_sentence("said \ufffd+q544e")
    assert without_escape_sequences(sanitize("Mallory \x1bP+q544e\x1b\\")).split() == ["Mallory"]
