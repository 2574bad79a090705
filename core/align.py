"""Link every paragraph to the passages in other outlets' articles that report the same thing.

Candidates come from an inverted index over each paragraph's rarest stems (prefix
filtering), so the work grows with the number of plausible pairs rather than with
the square of the story. Each candidate pair is then scored twice:

* by the order of its words, with rapidfuzz's Indel opcodes over word sequences:
  long runs of the same words are wire copy (``verbatim``), or a shared direct
  quotation (``quote``) when the runs lie inside quotation marks;
* by the weight of the content stems it shares, each weighted by how rare it is in
  the story (``paraphrase``): rare names, numbers and terms carry a fact, while words
  every paragraph uses carry none.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from core.model import Article, Link, LinkKind, Ref, Span
from core.text import Token, quote_spans, tokens

__all__ = ["link", "Features", "pair_features", "prepare"]

ProgressFn = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class _Paragraph:
    ref: Ref
    article: int
    toks: tuple[Token, ...]
    words: tuple[str, ...]
    stems: frozenset[str]
    quoted: tuple[bool, ...]  # per token: inside a direct quotation


def _prepare_one(ref: Ref, article: int, text: str) -> _Paragraph:
    toks = tuple(tokens(text))
    spans = quote_spans(text)
    quoted = tuple(any(s <= t.start < e for s, e in spans) for t in toks)
    return _Paragraph(
        ref=ref,
        article=article,
        toks=toks,
        words=tuple(t.word for t in toks),
        stems=frozenset(t.stem for t in toks if t.stem),
        quoted=quoted,
    )


def prepare(articles: Sequence[Article]) -> list[_Paragraph]:
    """Tokenise every body paragraph of *articles* once."""
    return [
        _prepare_one(Ref(article.id, index), number, text)
        for number, article in enumerate(articles)
        for index, text in enumerate(article.paragraphs)
    ]


@dataclass(frozen=True, slots=True)
class Features:
    """What the scorer knows about one pair of paragraphs."""

    run_words: int  # words in shared runs of >= MIN_RUN words
    longest_run: int
    run_cover: float  # information in the runs over the lesser paragraph's information
    quote_cover: float  # the same for the runs inside a quotation on either side
    quoted_stems: int
    shared_weight: float  # idf weight of the shared content stems
    cover_a: float  # shared weight over a's content weight
    cover_b: float
    shared_stems: int
    spans_a: tuple[Span, ...]
    spans_b: tuple[Span, ...]



MIN_RUN = 3


def _merge(spans: list[Span], gap: int = 2) -> tuple[Span, ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + gap:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def pair_features(p: _Paragraph, q: _Paragraph, idf: dict[str, float]) -> Features:
    """Score the pair (*p*, *q*): shared word runs, shared quotations, shared rare stems.

    Every measure is weighted by information (the idf of the stems involved), so a
    run of names every report repeats ("Secretary of State Antony Blinken") counts
    for little and a run of rare words for much.
    """
    run_words = longest = 0
    run_stems: set[str] = set()
    quoted_stems: set[str] = set()
    spans_p: list[Span] = []
    spans_q: list[Span] = []
    for op in Indel.opcodes(p.words, q.words):
        if op.tag != "equal":
            continue
        length = op.src_end - op.src_start
        in_quote = any(p.quoted[op.src_start : op.src_end]) or any(q.quoted[op.dest_start : op.dest_end])
        if length < MIN_RUN:
            continue
        stems = {t.stem for t in p.toks[op.src_start : op.src_end] if t.stem}
        run_words += length
        longest = max(longest, length)
        run_stems |= stems
        if in_quote:
            quoted_stems |= stems
        spans_p.append((p.toks[op.src_start].start, p.toks[op.src_end - 1].end))
        spans_q.append((q.toks[op.dest_start].start, q.toks[op.dest_end - 1].end))

    shared = p.stems & q.stems
    weight = sum(idf[s] for s in shared)
    total_p = sum(idf[s] for s in p.stems) or 1.0
    total_q = sum(idf[s] for s in q.stems) or 1.0
    # Words outside the runs that carry shared content are marked too.
    spans_p.extend((t.start, t.end) for t in p.toks if t.stem in shared)
    spans_q.extend((t.start, t.end) for t in q.toks if t.stem in shared)
    run_info = sum(idf[s] for s in run_stems)
    return Features(
        run_words=run_words,
        longest_run=longest,
        run_cover=min(1.0, run_info / min(total_p, total_q)),
        quote_cover=min(1.0, sum(idf[s] for s in quoted_stems) / min(total_p, total_q)),
        quoted_stems=len(quoted_stems),
        shared_weight=weight,
        cover_a=weight / total_p,
        cover_b=weight / total_q,
        shared_stems=len(shared),
        spans_a=_merge(spans_p),
        spans_b=_merge(spans_q),
    )


def classify_pair(f: Features, *, threshold: float) -> tuple[LinkKind, float] | None:
    """The kind and score of a pair, or None when it reports nothing in common."""
    low, high = sorted((f.cover_a, f.cover_b))
    similarity = (low + high) / 2
    if f.run_words >= 8 and f.run_cover >= 0.5:
        if f.quote_cover >= 0.7 * f.run_cover:
            return LinkKind.QUOTE, max(f.run_cover, similarity)
        return LinkKind.VERBATIM, max(f.run_cover, similarity)
    if similarity >= threshold and f.shared_stems >= 3:
        return LinkKind.PARAPHRASE, similarity
    if f.quoted_stems >= 3 and f.quote_cover >= 0.25:
        return LinkKind.QUOTE, max(similarity, f.quote_cover)
    return None


def link(
    articles: Sequence[Article],
    *,
    threshold: float = 0.35,
    support: float = 0.5,
    floor: float = 0.1,
    prefix: int = 20,
    progress: ProgressFn | None = None,
) -> list[Link]:
    """Link the paragraphs of *articles* across outlets.

    Args:
        articles: the story; paragraphs of one article are never linked to each other.
        threshold: the least shared content (0..1) for a paraphrase link.
        support: the least score of the links through which a third paragraph vouches for a pair.
        floor: the least content a vouched-for pair must share on each side.
        prefix: how many of its rarest stems index each paragraph for candidate search.
        progress: called now and then with the fraction done, from the calling thread.

    Returns:
        The links, each pair once with ``a`` before ``b`` in story order, sorted.
    """
    paras = prepare(articles)
    n = len(paras) or 1
    df: dict[str, int] = defaultdict(int)
    for para in paras:
        for s in para.stems:
            df[s] += 1
    idf = {s: math.log((n + 1) / (count + 0.5)) for s, count in df.items()}

    # A stem in more paragraphs than this says nothing about which fact a paragraph
    # reports; the cap still leaves room for wire copy reprinted by many outlets.
    cap = max(100, int(4 * math.sqrt(n)))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, para in enumerate(paras):
        rare = sorted((s for s in para.stems if df[s] <= cap), key=lambda s: (df[s], s))
        for s in rare[:prefix]:
            postings[s].append(i)

    candidates: set[tuple[int, int]] = set()
    for members in postings.values():
        for x, i in enumerate(members):
            article = paras[i].article
            for j in members[x + 1 :]:
                if paras[j].article != article:
                    candidates.add((i, j))

    scored: dict[tuple[int, int], tuple[Features, tuple[LinkKind, float] | None]] = {}
    ordered = sorted(candidates)
    step = max(1, len(ordered) // 50)
    for done, (i, j) in enumerate(ordered):
        if progress and done % step == 0:
            progress(done / len(ordered))
        f = pair_features(paras[i], paras[j], idf)
        result = classify_pair(f, threshold=threshold)
        if result is not None or min(f.cover_a, f.cover_b) >= floor:  # keep only what may link
            scored[(i, j)] = (f, result)

    # Two paragraphs that both report what a third outlet's paragraph reports, and
    # share some content themselves, report the same fact: news rewrites one
    # source, so each rewording is closer to the source than to the others.
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), (_, result) in scored.items():
        if result is not None and result[1] >= support:
            neighbours[i][j] = neighbours[j][i] = result[1]
    links: list[Link] = []
    for (i, j), (f, result) in scored.items():
        p, q = paras[i], paras[j]
        if result is None:
            common = [
                min(neighbours[i][k], neighbours[j][k])
                for k in neighbours[i].keys() & neighbours[j].keys()
                if paras[k].article not in (p.article, q.article)
            ]
            if common:
                result = (LinkKind.PARAPHRASE, (f.cover_a + f.cover_b) / 2)
        if result is None:
            continue
        kind, score = result
        links.append(Link(p.ref, q.ref, round(min(1.0, score), 4), kind, f.spans_a, f.spans_b))
    links.sort(key=lambda l: (l.a.article, l.a.paragraph, l.b.article, l.b.paragraph))
    if progress:
        progress(1.0)
    return links
