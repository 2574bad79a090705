"""Make untrusted article text safe to store, compare and show on a terminal.

Rich and Textual drop only BEL, BS, VT, FF and CR themselves; ESC and the C1 range
pass straight through, so an article could retitle the terminal (OSC 0), write the
clipboard (OSC 52) or make the terminal type into stdin (CSI 6n). Every piece of text
that comes from an article goes through :func:`sanitize` here, once when it is read
and once more before a view shows it, so that no control byte ever reaches a screen.
"""

from __future__ import annotations

__all__ = ["sanitize", "is_clean", "PLACEHOLDER_C1"]

#: What a C1 control or a bidi override turns into: visible, and inert.
PLACEHOLDER_C1 = "\ufffd"


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # C0 controls become their visible "control picture" (ESC -> U+241B), except
    # the two that carry layout in plain text.
    for code in range(0x20):
        if chr(code) not in "\n\t":
            table[code] = chr(0x2400 + code)
    table[0x7F] = "\u2421"  # DEL
    for code in range(0x80, 0xA0):  # C1, including CSI (0x9B) and OSC (0x9D)
        table[code] = PLACEHOLDER_C1
    # Bidi embeddings, overrides and isolates can reorder what the reader sees
    # (the "Trojan Source" trick); show them rather than obey them.
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = PLACEHOLDER_C1
    # Zero-width characters are invisible and only break matching and search.
    for code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[code] = None
    # Line and paragraph separators act as newlines in some terminals.
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    # Lone surrogates cannot be encoded for output at all.
    for code in range(0xD800, 0xE000):
        table[code] = PLACEHOLDER_C1
    return table


_TABLE = _build_table()
_UNSAFE = frozenset(chr(code) for code, repl in _TABLE.items() if repl != chr(code))


def sanitize(text: str) -> str:
    """Return *text* with every control, bidi and invisible character made harmless.

    Carriage returns are folded into newlines first (CRLF and lone CR line ends),
    then C0/C1 controls become visible placeholders, bidi controls become U+FFFD
    and zero-width characters go. Newlines and tabs are kept. Idempotent.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_TABLE)


def is_clean(text: str) -> bool:
    """Whether *text* holds nothing that :func:`sanitize` would change."""
    return "\r" not in text and _UNSAFE.isdisjoint(text)
