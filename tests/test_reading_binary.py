"""Binary data is refused in one line, whatever kind of text it opens as.

A fresh user's damaged page, "<html><head><title>..." and a paragraph's start followed by 5 KB
of bytes 0-255, was added as an article full of control-character placeholders, where the same
bytes named .txt were refused ("binary file, not text"). One rule judges every input kind, over
the whole input: a sound start does not hide a binary tail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading import read_file
from core.reading.sources import BINARY_WINDOW, is_binary
from tui.cli import main

SOUND = ("Health authorities in Port Halden declared a measles outbreak on Tuesday after twelve cases were "
         "confirmed in the eastern districts of the city, the regional health board said.")
PAGE = (f"<html><head><title>Port Halden measles outbreak</title></head><body><article><h1>Port Halden measles "
        f"outbreak</h1><p>{SOUND}</p><p>{SOUND}").encode()
JUNK = bytes(range(256)) * 20
#: The same sound start in every kind of text newsprism reads, by its name.
STARTS = {
    "damaged.html": PAGE,
    "damaged.txt": f"Port Halden measles outbreak\n\n{SOUND}\n\n{SOUND}".encode(),
    "damaged.xml": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title><item><title>Outbreak</title><description>'
    + SOUND.encode(),
    "damaged.jsonl": b'{"title": "Port Halden measles outbreak", "content": "' + SOUND.encode() + b'"}\n{"title": "',
    "damaged.eml": b"From: Health Brief <brief@example.org>\nSubject: Port Halden measles outbreak\n\n" + SOUND.encode() + b"\n\n",
}


@pytest.mark.parametrize("name", sorted(STARTS))
@pytest.mark.parametrize("tail", [JUNK, JUNK.replace(b"\0", b"\1")], ids=["with NUL", "without NUL"])
def test_a_sound_start_and_a_binary_tail_is_refused_in_every_kind(tmp_path: Path, name: str, tail: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(STARTS[name] + tail)
    with pytest.raises(ReadError, match=rf"^{path}: binary file, not text$"):
        read_file(path)


def test_add_names_the_damaged_page_in_one_line_and_adds_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "damaged.html").write_bytes(PAGE + JUNK)
    (tmp_path / "sound.html").write_bytes(PAGE + b"</p></article></body></html>")
    status = main(["add", "--library", str(tmp_path / "lib.sqlite"), str(tmp_path / "damaged.html"), str(tmp_path / "sound.html"), "--no-fetch"])
    out, err = capsys.readouterr()
    assert status == 2
    assert err.splitlines() == [f"newsprism: skipped {tmp_path / 'damaged.html'}: binary file, not text"]
    assert "1 added" in out


def test_a_binary_tail_after_the_first_window_is_seen_and_a_few_controls_are_text() -> None:
    text = (SOUND + "\n\n").encode() * (3 * BINARY_WINDOW // len(SOUND))
    assert not is_binary(text)
    assert is_binary(text + JUNK.replace(b"\0", b"\1"))  # past the first 8 KiB, no NUL: by its controls
    assert is_binary(text + b"\0")
    # escape sequences in a report are its text (shown as placeholders), not binary data
    assert not is_binary(text.replace(b"said.", b"said.\x1b[31m\x1bP+q544e\x1b\\\x07"))
    assert not is_binary("\ufeffPort Halden".encode("utf-16"))  # UTF-16, by its byte order mark
