"""Word-level collation of two passages: what they share, what differs, what one leaves out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from rapidfuzz.distance import Indel

from core.model import LinkKind, Ref, Span
from core.linking.story import Story
from core.text import quote_spans, sentence_starts, word_offsets, words
from core.quotations import SAME_WORDING, remarks

__all__ = ["Piece", "Row", "collate", "collate_link", "collate_quoted", "plain", "render", "side_by_side", "spaced"]

Tag = Literal["same", "differs", "missing", "gap"]


class Piece(NamedTuple):
    """A stretch of the collated passage.

    ``same``: words both passages have, in order; ``differs``: words only the other
    passage has; ``missing``: words of the reference the other passage leaves out
    (their text is the reference's); ``gap``: the spaces and punctuation between.
    """

    tag: Tag
    text: str


#: Marks that close what went before them: no space goes between a left-out stretch and them.
_CLOSING = ",.;:!?)]}”’»…'\""
#: Marks that open what follows them: a left-out stretch stands before them.
_OPENERS = "\"“‘«„(['"


def _attached(gap: str) -> int:
    """How many characters at the end of *gap* (the text between two words) belong to the word
    after it: the opening marks, and any other marks or signs after its last space ("($" of
    "($2.6 million)"); a left-out stretch stands before them."""
    spaced = gap.rstrip()
    signs = len(gap) - len(gap.rstrip(_OPENERS))
    if spaced != gap:
        return signs  # the word after follows a space
    cut = max(spaced.rfind(" "), spaced.rfind("\n"), spaced.rfind("\t"))
    return max(signs, len(gap) - cut - 1) if cut >= 0 else signs


def _tokens(text: str) -> tuple[list[str], list[Span]]:
    """*text*'s words (:func:`core.text.words`) and where they stand, a clock time or a score one
    token ("10:40", "3:1"), as its digits are one figure: its minutes are no "40" of "40 metres"."""
    found, spans = words(text), word_offsets(text)
    tokens: list[str] = []
    at: list[Span] = []
    for word, span in zip(found, spans):
        if at and word.isdigit() and tokens[-1].isdigit() and text[at[-1][1] : span[0]] == ":":
            tokens[-1], at[-1] = f"{tokens[-1]}:{word}", (at[-1][0], span[1])
            continue
        tokens.append(word)
        at.append(span)
    return tokens, at


def collate(reference: str, other: str) -> list[Piece]:
    """*other* collated word by word against *reference*, in *other*'s order.

    Concatenating the pieces that are not ``missing`` gives *other* back exactly.
    """
    (ours, at_ours), (theirs, at_theirs) = _tokens(reference), _tokens(other)
    pieces: list[Piece] = []
    cursor = 0

    def gap_to(position: int) -> None:
        nonlocal cursor
        if position > cursor:
            pieces.append(Piece("gap", other[cursor:position]))
            cursor = position

    for op in Indel.opcodes(ours, theirs):
        if op.tag == "delete":
            # Words taken out right where others went in were replaced: the old ones stand
            # by the new ("{+February+} [-January-], according"), not after the comma.
            if not (pieces and pieces[-1].tag == "differs"):
                target = at_theirs[op.dest_start][0] if op.dest_start < len(theirs) else len(other)
                # ...but before the marks and signs the next word opens with ('[-she said:-] "The',
                # 'million [-euro-] ($2.6-million)'), not between them and it.
                gap_to(target - _attached(other[cursor:target]))
            start, end = at_ours[op.src_start][0], at_ours[op.src_end - 1][1]
            # The colon that announced a quotation goes with the left-out words ("said:"), and so do
            # the marks that close a bracket or quotation they open, or open one they close ("(AP)").
            end += reference.startswith(":", end)
            opened, closed = _unclosed(reference[start:end])
            end += _closing(reference[end:], opened)
            start -= _opening(reference[:start], closed)
            pieces.append(Piece("missing", reference[start:end]))
            continue
        if op.dest_start == op.dest_end:
            continue
        start, end = at_theirs[op.dest_start][0], at_theirs[op.dest_end - 1][1]
        gap_to(start)
        pieces.append(Piece("same" if op.tag == "equal" else "differs", other[start:end]))
        cursor = end
    gap_to(len(other))
    return _closed(pieces)


#: The marks that open a stretch, each with the marks that close it ('"' closes itself).
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "«": "»", "„": "“”", '"': '"'}
#: The closing marks, each with the mark it closes ("“" opens more often than it closes „...“).
_CLOSERS = {")": "(", "]": "[", "}": "{", "”": "“", "»": "«"}


def _unclosed(text: str) -> tuple[str, str]:
    """The marks *text* opens and does not close (innermost last), and those it closes without
    opening them (first first): "Texas (AP" gives ("(", "")."""
    opened: list[str] = []
    closed = ""
    for mark in text:
        if opened and mark in _PAIRS[opened[-1]]:
            opened.pop()
        elif mark in _PAIRS:
            opened.append(mark)
        elif mark in _CLOSERS:
            closed += mark
    return "".join(opened), closed


def _closing(following: str, opened: str) -> int:
    """How many characters of *following* (the text right after a stretch) close the marks the
    stretch *opened*: up to the last closing mark it needs, before any space ("), said" gives 1)."""
    take, need = 0, list(opened)
    for at, mark in enumerate(following):
        if mark.isspace() or not need:
            break
        if mark in _PAIRS[need[-1]]:
            need.pop()
            take = at + 1
    return take


def _opening(preceding: str, closed: str) -> int:
    """How many characters at the end of *preceding* (the text right before a stretch) are the
    opening marks of those the stretch *closed* without opening them."""
    take = 0
    for mark in reversed(closed):
        at = len(preceding) - take - 1
        if at < 0 or preceding[at] != _CLOSERS[mark]:
            break
        take += 1
    return take


def _closed(pieces: list[Piece]) -> list[Piece]:
    """*pieces* where a differing stretch that opens a bracket or a quotation closes it inside its
    marker ("{+BRACKWATER, Texas (AP)+} — An"), not after it ("{+... (AP+}) — An"): the closing
    marks that stand right after it, before any space, join it; and the opening marks right
    before a stretch that closes them ("({+AP) said+}"). Concatenating the pieces that are not
    ``missing`` still gives the other passage back."""
    out = list(pieces)
    for n, piece in enumerate(out):
        if piece.tag != "differs":
            continue
        opened, closed = _unclosed(piece.text)
        after = next((k for k in range(n + 1, len(out)) if out[k].tag != "missing"), None)
        if opened and after is not None and out[after].tag == "gap":
            gap = out[after].text
            take = _closing(gap, opened)
            out[n], out[after] = Piece("differs", out[n].text + gap[:take]), Piece("gap", gap[take:])
        before = next((k for k in range(n - 1, -1, -1) if out[k].tag != "missing"), None)
        if closed and before is not None and out[before].tag == "gap":
            gap = out[before].text
            take = _opening(gap, closed)
            out[before], out[n] = Piece("gap", gap[: len(gap) - take]), Piece("differs", gap[len(gap) - take :] + out[n].text)
    return [p for p in out if p.text or p.tag == "missing"]


#: The text around a shared quotation in the two passages is collated word by word when it
#: differs in one stretch ("said on Tuesday" / "said on Wednesday", "he said" / "Mr. Pigeon
#: said") or is this close (share of words in common order, 0-1); else it is shown as one
#: phrase each ("he told reporters at his headquarters" / "his spokesman Ivan Perić told journalists").
CLOSE_FRAMES = 0.75


def collate_quoted(reference: str, other: str) -> list[Piece]:
    """*other* collated against *reference*, two passages that share a quotation (a ``quote``
    link), in *other*'s order: each quotation they share word by word (:func:`collate`), and
    the text around it (who said it, to whom, the sentences beside it) as one phrase a passage.
    Where the two phrases differ, *other*'s is ``differs`` and *reference*'s follows it whole,
    ``missing``; two phrases that differ in one stretch only, or are as close as
    :data:`CLOSE_FRAMES`, are collated word by word.
    Passages with no quotation in common are collated as :func:`collate` does.

    Concatenating the pieces that are not ``missing`` gives *other* back exactly.
    """
    pairs = _shared_quotations(reference, other)
    if not pairs:
        return collate(reference, other)
    pieces: list[Piece] = []
    ours_at = theirs_at = 0
    for n, ((ours_start, ours_end), (theirs_start, theirs_end)) in enumerate(pairs):
        pieces += _frame(reference[ours_at:ours_start], other[theirs_at:theirs_start], "lead" if n == 0 else "between")
        pieces += collate(reference[ours_start:ours_end], other[theirs_start:theirs_end])
        ours_at, theirs_at = ours_end, theirs_end
    return pieces + _frame(reference[ours_at:], other[theirs_at:], "tail")


def collate_link(reference: str, other: str, kind: LinkKind | None) -> list[Piece]:
    """*other* collated against *reference* as the *kind* of link between them asks: a
    ``quote`` link by :func:`collate_quoted`, any other (or none) by :func:`collate`."""
    return collate_quoted(reference, other) if kind is LinkKind.QUOTE else collate(reference, other)


def _shared_quotations(reference: str, other: str) -> list[tuple[Span, Span]]:
    """The quotations *other* shares with *reference*, as pairs of spans (reference's, other's)
    in the order of both: each of *other*'s with the closest of *reference*'s after the last
    paired, if their wording is as close as the quotes view asks of one quote. A remark
    interrupted by its attribution is one quotation, the attribution inside it."""
    ours = [((pieces[0][0], pieces[-1][1]), words(reference[pieces[0][0] : pieces[-1][1]])) for pieces in remarks(reference)]
    pairs: list[tuple[Span, Span]] = []
    after = 0
    for pieces in remarks(other):
        theirs = (pieces[0][0], pieces[-1][1])
        key = words(other[theirs[0] : theirs[1]])
        scored = [(Indel.normalized_similarity(found, key), n) for n, (_, found) in enumerate(ours[after:], start=after)]
        best = max(scored, default=None)
        if best is not None and best[0] >= SAME_WORDING:
            pairs.append((ours[best[1]][0], theirs))
            after = best[1] + 1
    return pairs


def _frame(reference: str, other: str, where: Literal["lead", "between", "tail"]) -> list[Piece]:
    """*other*, the text before, between or after shared quotations, collated against
    *reference*'s there: word by word when close, else as whole phrases (:func:`collate_quoted`).

    Where either holds more than one sentence, the sentence that attributes the shared quotation
    is collated with the other's, where both have words there: the first after a quotation (',"
    Farrugia said.' against '," Zammit said.'), the last before one ('Lima said: "'); the sentences
    beyond it are collated apart (a
    quotation only one side goes on with, after its attribution, stands whole there, and the other
    side's attribution is not struck inside it)."""
    (first_ours, rest_ours), (first_theirs, rest_theirs) = _attribution_sentence(reference, where), _attribution_sentence(other, where)
    if (rest_ours or rest_theirs) and words(first_ours) and words(first_theirs):
        if where == "lead":  # the attribution is the last sentence: the rest goes before it
            return _frame(rest_ours, rest_theirs, "lead") + _frame(first_ours, first_theirs, "lead")
        return _frame(first_ours, first_theirs, "tail") + _frame(rest_ours, rest_theirs, "lead" if where == "between" else "tail")
    return _phrases(reference, other, where)


def _attribution_sentence(text: str, where: Literal["lead", "between", "tail"]) -> tuple[str, str]:
    """*text*, the frame of a shared quotation (:func:`_frame`), split in two: the sentence that
    attributes the quotation (after it, the first; before it, the last) and the rest ("" where it
    is one sentence). The two give *text* back: ``first + rest`` after a quotation, ``rest + first``
    before one."""
    starts = sentence_starts(text)
    if not starts:
        return text, ""
    if where == "lead":
        return text[starts[-1] :], text[: starts[-1]]
    return text[: starts[0]], text[starts[0] :]


def _phrases(reference: str, other: str, where: Literal["lead", "between", "tail"]) -> list[Piece]:
    """*other*, one sentence or less of a shared quotation's frame, collated against *reference*'s
    (:func:`_frame`)."""
    (ours, spans), (theirs, at) = _tokens(reference), _tokens(other)
    changed = [op.tag != "equal" for op in Indel.opcodes(ours, theirs)]
    stretches = sum(1 for n, change in enumerate(changed) if change and (n == 0 or not changed[n - 1]))
    # A phrase only one passage has stands whole, with the stop that ends it.
    if (ours and theirs and stretches <= 1) or Indel.normalized_similarity(ours, theirs) >= CLOSE_FRAMES:
        return collate(reference, other)
    missing: list[Piece] = []
    if ours:
        start, end = spans[0][0], spans[-1][1]
        if not theirs:  # the phrase stands alone: it keeps the stop that ends its sentence
            start, end = _standing(reference, start, end)
        missing = [Piece("missing", reference[start:end])]
    if at:
        start, end = at[0][0], at[-1][1]
        if not ours and (whole := _standing(other, start, end))[0] < start:
            start, end = whole  # a quotation of its own, marks and all (added words keep the stop outside)
        pieces = [Piece("gap", other[:start]), Piece("differs", other[start:end]), *missing, Piece("gap", other[end:])]
    else:
        # Left out before the opening mark, after the closing one, or between two quotations
        # after the marks that close the first.
        cut = {"lead": 0, "tail": len(other)}.get(where, len(other) - len(other.lstrip('"”’»,.;:!?')))
        pieces = [Piece("gap", other[:cut]), *missing, Piece("gap", other[cut:])]
    return [piece for piece in pieces if piece.text]


#: Marks that close a quotation a phrase standing alone may be (:func:`_standing`).
_QUOTE_CLOSERS = "\"”’'»«“」』"


def _standing(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of *text* from *start* to *end*, a phrase only one passage has, with the stop
    that ends its sentence, and the marks of a quotation it is ('"Nobody got ... fair."' whole)."""
    stop = end + len(text[end:]) - len(text[end:].lstrip(".!?…"))
    opening = len(text[:start]) - len(text[:start].rstrip(_OPENERS + "»「『"))
    if not opening:
        return start, stop
    closing = len(text[end:]) - len(text[end:].lstrip(".!?…,;:" + _QUOTE_CLOSERS))
    return start - opening, end + closing


def spaced(pieces: list[Piece]) -> list[Piece]:
    """*pieces* with a one-space gap added on each side of a left-out stretch that would touch words."""
    out: list[Piece] = []
    for n, piece in enumerate(pieces):
        if piece.tag == "missing":
            if out and not out[-1].text.endswith(" "):
                out.append(Piece("gap", " "))
            out.append(piece)
            following = pieces[n + 1].text[:1] if n + 1 < len(pieces) else ""
            # Not before a space or a mark that closes what went before (a comma, a bracket).
            if following and (pieces[n + 1].tag != "gap" or following in _OPENERS or not (following.isspace() or following in _CLOSING)):
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


class Row(NamedTuple):
    """One row of two articles set side by side: a paragraph of each, or of one alone.

    A row of one paragraph with a ``kind`` is linked to the other side's paragraph ``also``,
    which stands in another row, beside another paragraph (two paragraphs of one side report
    what one paragraph of the other does).
    """

    left: int | None
    right: int | None
    kind: LinkKind | None  # how the pair (or the paragraph and ``also``) is linked; None for a paragraph only one side has
    moved: bool = False  # a linked pair the two articles hold in another order (shown at the left's place)
    also: int | None = None  # the other side's paragraph this one is linked to, shown in another row


def side_by_side(story: Story, left: str, right: str) -> list[Row]:
    """Articles *left* and *right* aligned paragraph by paragraph, like a diff.

    The alignment is the chain of linked pairs, in order in both articles, with the
    greatest total score (a weighted longest increasing subsequence over the links
    between the two, so it costs nothing for unlinked paragraphs). A left paragraph off
    the chain that is linked to a right one off the chain (the two articles tell it in
    another order) stands at its place beside that paragraph, ``moved``, best link first;
    the other paragraphs off the chain stand in place, each on its own row, and one linked to
    a paragraph that stands beside another says which (``also``, its best such link): the
    alignment pairs each paragraph once, and a second short paragraph reporting what one long
    paragraph does is no paragraph of its outlet's alone.
    """
    pairs: list[tuple[int, int, float, LinkKind]] = []
    for paragraph in range(len(story.article(left).paragraphs)):
        for match in story.matches(Ref(left, paragraph)):
            if match.ref.article == right:
                pairs.append((paragraph, match.ref.paragraph, match.score, match.kind))
    pairs.sort()
    best = [p[2] for p in pairs]
    back = [-1] * len(pairs)
    for k, (i, j, score, _) in enumerate(pairs):
        for m in range(k):
            if pairs[m][0] < i and pairs[m][1] < j and best[m] + score > best[k]:
                best[k], back[k] = best[m] + score, m
    chain: list[tuple[int, int, float, LinkKind]] = []
    k = max(range(len(pairs)), key=lambda n: (best[n], -n), default=-1)
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    chain.reverse()
    # Linked pairs the order left out: each paragraph once, the best links first.
    taken_left, taken_right = {i for i, *_ in chain}, {j for _, j, *_ in chain}
    moved: dict[int, tuple[int, LinkKind]] = {}
    for i, j, _, how in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        if i not in taken_left and j not in taken_right:
            moved[i] = (j, how)
            taken_left.add(i)
            taken_right.add(j)
    shown_right = {j for j, _ in moved.values()}
    # The rest have all their partners paired already (each pair has a side taken): the best link each.
    also_left: dict[int, tuple[int, LinkKind]] = {}
    also_right: dict[int, tuple[int, LinkKind]] = {}
    for i, j, _, how in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        if i not in taken_left:
            also_left.setdefault(i, (j, how))
        if j not in taken_right:
            also_right.setdefault(j, (i, how))

    def alone_left(a: int) -> Row:
        return Row(a, None, also_left[a][1], also=also_left[a][0]) if a in also_left else Row(a, None, None)

    def alone_right(b: int) -> Row:
        return Row(None, b, also_right[b][1], also=also_right[b][0]) if b in also_right else Row(None, b, None)

    rows: list[Row] = []
    next_left = next_right = 0
    ends = [(len(story.article(left).paragraphs), len(story.article(right).paragraphs), 0.0, None)]
    for i, j, _, kind in [*chain, *ends]:
        for a in range(next_left, i):
            rows.append(Row(a, moved[a][0], moved[a][1], moved=True) if a in moved else alone_left(a))
        rows.extend(alone_right(b) for b in range(next_right, j) if b not in shown_right)
        if kind is not None:
            rows.append(Row(i, j, kind))
        next_left, next_right = i + 1, j + 1
    return rows
