"""Make untrusted article text safe to store, compare and show on a terminal.

Rich and Textual drop only BEL, BS, VT, FF and CR themselves; ESC and the C1 range
pass straight through, so an article could retitle the terminal (OSC 0), write the
clipboard (OSC 52) or make the terminal type into stdin (CSI 6n). Every piece of text
that comes from an article goes through :func:`sanitize` here, once when it is read
and once more before a view shows it, so that no control byte ever reaches a screen.
"""

from __future__ import annotations

import re

__all__ = ["sanitize", "is_clean", "without_escape_sequences", "without_controls", "ESCAPE_SEQUENCE", "PLACEHOLDER_C1", "C1_INTRODUCERS"]

#: What a C1 control or a lone surrogate turns into: visible, and inert. The C1 controls
#: that open or close an escape sequence show as its 7-bit form instead (:data:`C1_INTRODUCERS`).
PLACEHOLDER_C1 = "\ufffd"
#: The C1 controls that open an escape sequence or a control string, or end one, as their
#: 7-bit forms made visible (ECMA-48 5.3: the C1 control 0x80 + n is ESC followed by 0x40 + n):
#: CSI U+009B shows as "␛[", OSC U+009D as "␛]", ST U+009C as "␛\\", like the ESC sequences
#: they stand for, rather than as U+FFFD ("�31m": a fresh user could not tell it from a broken
#: character). DCS, SOS, PM and APC likewise.
C1_INTRODUCERS = {code: "\u241b" + chr(code - 0x40) for code in (0x90, 0x98, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F)}


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # C0 controls become their visible "control picture" (ESC -> U+241B), except
    # the two that carry layout in plain text.
    for code in range(0x20):
        if chr(code) not in "\n\t":
            table[code] = chr(0x2400 + code)
    table[0x7F] = "\u2421"  # DEL
    for code in range(0x80, 0xA0):  # C1, including CSI (0x9B) and OSC (0x9D)
        table[code] = C1_INTRODUCERS.get(code, PLACEHOLDER_C1)
    # Bidi embeddings, overrides and isolates can reorder what the reader sees
    # (the "Trojan Source" trick): they are taken out, and the text they held stays.
    # The marks LRM and RLM (U+200E, U+200F) only resolve the direction of neutral
    # characters, cannot reorder runs, and right-to-left text needs them: they stay.
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = None
    # Zero-width spaces and joiners that no script needs only break matching and search.
    # ZWNJ and ZWJ (U+200C, U+200D) are text: Persian and Indic spelling and emoji need them.
    for code in (0x200B, 0x2060, 0xFEFF, 0x00AD):
        table[code] = None
    # Line and paragraph separators act as newlines in some terminals.
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    # Lone surrogates cannot be encoded for output at all.
    for code in range(0xD800, 0xE000):
        table[code] = PLACEHOLDER_C1
    return table


_TABLE = _build_table()
#: A joiner between two ASCII characters joins nothing a script needs; it only hides a word from search.
_IDLE_JOINER = re.compile("(?<=[\x00-\x7f])[\u200c\u200d]+(?=[\x00-\x7f])")
_UNSAFE = frozenset(chr(code) for code, repl in _TABLE.items() if repl != chr(code))


def sanitize(text: str) -> str:
    """Return *text* with every control, bidi and invisible character made harmless.

    Carriage returns are folded into newlines first (CRLF and lone CR line ends),
    then C0/C1 controls become visible placeholders, bidi embeddings, overrides and
    isolates go (their text stays), and so do zero-width spaces; ZWNJ, ZWJ, LRM and
    RLM are text and stay. Newlines and tabs are kept. Idempotent.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TABLE)
    if "\u200c" in text or "\u200d" in text:
        text = _IDLE_JOINER.sub("", text)
    return text


def is_clean(text: str) -> bool:
    """Whether *text* holds nothing that :func:`sanitize` would change."""
    return "\r" not in text and _UNSAFE.isdisjoint(text) and not _IDLE_JOINER.search(text)


#: The most characters of a control string (:data:`ESCAPE_SEQUENCE`) read up to its terminator.
CONTROL_STRING = 512
#: A terminal escape sequence as :func:`sanitize` leaves it, visible and inert: ESC is U+241B,
#: BEL U+2407, and a C1 introducer its 7-bit form (:data:`C1_INTRODUCERS`). Operating system
#: commands ("␛]") and the other control strings, device control ("␛P"), start of string
#: ("␛X"), privacy message ("␛^") and application program command ("␛_"), run to their
#: terminator, BEL or "ESC \\" (at most :data:`CONTROL_STRING` characters), else to the next
#: space ("␛]52;c;Zm9v␇", "␛]0;my title␇", "␛P+q544e␛\\", "␛P+q544e"); control sequences to
#: their final character ("␛[2J", "␛[31m"); others are two characters ("␛c"). Text sanitised
#: before C1_INTRODUCERS (a library's) holds a C1 introducer as U+FFFD: "\ufffd31m" is a
#: sequence, not followed by a letter ("\ufffd2nd" is a broken character before a word).
ESCAPE_SEQUENCE = re.compile(
    "\u241b[\\]PX^_](?:[^\u2407\u241b\ufffd]{0,%d}?(?:\u2407|\u241b\\\\|\ufffd)|[^\u2407\u241b\\s]*)"
    "|\u241b\\[[0-?]*[ -/]*[@-~]"
    "|\ufffd[0-?]+[ -/]*[@-~](?![A-Za-z])"
    "|\ufffd[^\u2407\u241b\ufffd\n]{0,%d}?(?:\u2407|\u241b\\\\)"
    "|\u241b[ -/]*[0-~]?" % (CONTROL_STRING, CONTROL_STRING)
)


def without_escape_sequences(text: str) -> str:
    """*text* (sanitised) without the escape sequences it holds (:data:`ESCAPE_SEQUENCE`), for a
    value that names someone or something: the sequence's parameters are none of its words
    ("Mallory ␛]52;c;Zm9v␇" is Mallory, not "c")."""
    return ESCAPE_SEQUENCE.sub(" ", text) if "\u241b" in text or "\ufffd" in text else text


#: What :func:`sanitize` leaves of a control character outside an escape sequence: its control
#: picture (U+2400-U+2421: "␇", "␈") or U+FFFD.
_PLACEHOLDERS = re.compile("[\u2400-\u2421\ufffd]+")


def without_controls(text: str) -> str:
    """*text* (sanitised) as a terminal would show it: without its escape sequences
    (:data:`ESCAPE_SEQUENCE`) and the placeholders of other control characters, the text around
    them joined ("said.␛P+q544e␛\\" is "said."). For judging the shape of a line (does it end as a
    sentence does?), never for what is stored or shown: a sequence's placeholders are part of the text."""
    if text.isascii() or not _PLACEHOLDERS.search(text):
        return text
    return _PLACEHOLDERS.sub("", ESCAPE_SEQUENCE.sub("", text))
