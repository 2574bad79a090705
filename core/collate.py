"""Word-level collation of two passages: what they share, what differs, what one leaves out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from rapidfuzz.distance import Indel

from core.text import word_offsets, words

__all__ = ["Piece", "collate", "plain", "render", "spaced"]

Tag = Literal["same", "differs", "missing", "gap"]


class Piece(NamedTuple):
    """A stretch of the collated passage.

    ``same``: words both passages have, in order; ``differs``: words only the other
    passage has; ``missing``: words of the reference the other passage leaves out
    (their text is the reference's); ``gap``: the spaces and punctuation between.
    """

    tag: Tag
    text: str


def collate(reference: str, other: str) -> list[Piece]:
    """*other* collated word by word against *reference*, in *other*'s order.

    Concatenating the pieces that are not ``missing`` gives *other* back exactly.
    """
    ours, theirs = words(reference), words(other)
    at_ours, at_theirs = word_offsets(reference), word_offsets(other)
    pieces: list[Piece] = []
    cursor = 0

    def gap_to(position: int) -> None:
        nonlocal cursor
        if position > cursor:
            pieces.append(Piece("gap", other[cursor:position]))
            cursor = position

    for op in Indel.opcodes(ours, theirs):
        if op.tag == "delete":
            gap_to(at_theirs[op.dest_start][0] if op.dest_start < len(theirs) else len(other))
            start, end = at_ours[op.src_start][0], at_ours[op.src_end - 1][1]
            pieces.append(Piece("missing", reference[start:end]))
            continue
        if op.dest_start == op.dest_end:
            continue
        start, end = at_theirs[op.dest_start][0], at_theirs[op.dest_end - 1][1]
        gap_to(start)
        pieces.append(Piece("same" if op.tag == "equal" else "differs", other[start:end]))
        cursor = end
    gap_to(len(other))
    return pieces


def spaced(pieces: list[Piece]) -> list[Piece]:
    """*pieces* with a one-space gap added on each side of a left-out stretch that would touch words."""
    out: list[Piece] = []
    for n, piece in enumerate(pieces):
        if piece.tag == "missing":
            if out and not out[-1].text.endswith(" "):
                out.append(Piece("gap", " "))
            out.append(piece)
            if n + 1 < len(pieces) and not pieces[n + 1].text.startswith(" "):
                out.append(Piece("gap", " "))
        else:
            out.append(piece)
    return out


def render(
    pieces: list[Piece],
    *,
    escape: Callable[[str], str] = lambda text: text,
    same: str = "{}",
    differs: str = "{{+{}+}}",
    missing: str = "[-{}-]",
) -> str:
    """The collation as text: each piece's text passed through *escape*, then wrapped
    in the format string for its tag (gaps as they are), left-out stretches spaced."""
    wrap = {"same": same, "differs": differs, "missing": missing, "gap": "{}"}
    return "".join(wrap[piece.tag].format(escape(piece.text)) for piece in spaced(pieces))


def plain(pieces: list[Piece]) -> str:
    """The collation as plain text: differing words in {+ +}, left-out words in [- -]."""
    return render(pieces)
