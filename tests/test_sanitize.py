"""Untrusted text never carries a control sequence to the terminal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.sanitize import is_clean, sanitize

ATTACKS = [
    "\x1b]0;pwned\x1b\\",  # OSC 0: retitle the terminal
    "\x1b]52;c;aGVsbG8=\x07",  # OSC 52: write the clipboard
    "\x1b[6n",  # CSI 6n: make the terminal type into stdin
    "\x9b6n",  # the same with the C1 CSI
    "\x9d0;title\x9c",  # C1 OSC ... ST
    "evil\u202egnp.exe",  # bidi override
]


def test_attacks_are_defused() -> None:
    for attack in ATTACKS:
        out = sanitize(attack)
        assert "\x1b" not in out and not any(0x80 <= ord(c) < 0xA0 for c in out)
        assert "\u202e" not in out
        assert is_clean(out)


def test_escape_shows_as_visible_placeholder() -> None:
    assert sanitize("a\x1b[31mb") == "a\u241b[31mb"


def test_a_c1_introducer_shows_as_the_escape_sequence_it_stands_for() -> None:
    # A fresh user (trial 34 F17) saw "injured.\ufffd31m" for a C1 CSI: safe, but a broken
    # character to the eye, where ESC shows as "␛[31m".
    assert sanitize("injured.\x9b31m") == "injured.\u241b[31m"
    assert sanitize("\x9d0;title\x9c") == "\u241b]0;title\u241b\\"
    assert sanitize("\x90+q\x9c") == "\u241bP+q\u241b\\"
    assert sanitize("x\x85y\x92") == "x\ufffdy\ufffd"  # no escape sequence's: a broken character


def test_layout_survives() -> None:
    assert sanitize("one\r\ntwo\rthree\tfour\n") == "one\ntwo\nthree\tfour\n"


def test_invisible_characters_go() -> None:
    assert sanitize("wire\u200bcopy\ufeff") == "wirecopy"


@given(st.text())
def test_any_text_comes_out_clean_and_stays_put(text: str) -> None:
    out = sanitize(text)
    assert is_clean(out)
    assert sanitize(out) == out
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
    assert not any(0x7F <= ord(c) < 0xA0 for c in out)


def test_the_reader_draws_text_in_the_cells_rich_counts() -> None:
    # A fresh user's pane borders moved on a line with "🏗️" (a one-cell symbol made two by its
    # variation selector in the terminal), a joined family emoji and a pile of combining marks.
    from rich.text import Text

    from tui.render import cells, safe

    assert cells("crane 🏗️ down") == "crane 🏗 down"
    assert cells("family 👨‍👩‍👧 here") == "family 👨👩👧 here"
    zalgo = "Z" + "\u0300\u0301\u0302\u0303\u0304\u0305\u0306" + "a"
    assert cells(zalgo) == "Z\u0300\u0301\u0302a"
    # what scripts need stays: ZWNJ in Persian, ZWJ in Devanagari, Hebrew points, Vietnamese
    for text in ("کتاب\u200cها", "क्\u200dष", "שָׁלוֹם", "Vie\u0302\u0323t"):
        assert cells(text) == text
    assert safe("family 👨‍👩‍👧").cell_len == Text("family 👨👩👧").cell_len
