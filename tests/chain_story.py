"""A story where a chain of links would join two facts: shared by the facts and export tests."""

from __future__ import annotations

from core.model import Article, Link, LinkKind, Ref
from core.linking.story import Story


def chain_story() -> Story:
    """The Courier's paragraph reports two facts (the Kell bridge closes; Mayor Ada Rusk
    resigned); the Post and the Wire report only the first, the Ledger only the second.
    Linked: Post-Courier, Courier-Ledger, Post-Wire, Courier-Wire (paraphrases). Published in
    that order, an hour apart (a story lists its articles in time order)."""
    post = Article("post", "", "Post", "Post", ("The Kell bridge closes on Monday for six weeks of repairs.",),
                   published="2026-03-01T08:00:00+00:00")
    courier = Article("courier", "", "Courier", "Courier", (
        "The Kell bridge closes on Monday for repairs, and Mayor Ada Rusk resigned on Sunday.",), published="2026-03-01T09:00:00+00:00")
    ledger = Article("ledger", "", "Ledger", "Ledger", ("Mayor Ada Rusk resigned on Sunday after nine years.",),
                     published="2026-03-01T10:00:00+00:00")
    wire = Article("wire", "", "Wire", "Wire", ("Repairs will shut the Kell bridge from Monday for six weeks.",),
                   published="2026-03-01T11:00:00+00:00")
    links = tuple(Link(Ref(a, 0), Ref(b, 0), score, LinkKind.PARAPHRASE, ((0, 1),), ((0, 1),)) for a, b, score in (
        ("post", "courier", 0.7), ("courier", "ledger", 0.6), ("post", "wire", 0.8), ("courier", "wire", 0.6)))
    return Story((post, courier, ledger, wire), links)
