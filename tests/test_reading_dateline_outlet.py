"""A dateline that names the article's own outlet gives no place (trial 48 F3): a page whose lead
opens "HARBOUR HERALD — Port Halden, March 10 — ..." or whose dateline element holds the outlet's
name reported "HARBOUR HERALD" as where the report was filed. The outlet's name heading its lead
comes off with it, and the place after it is the dateline."""

from __future__ import annotations

from core.reading import read_data
from core.reading.judge import make_article
from core.reading.sources import Item

REPORT = ("health authorities declared a listeria outbreak on Tuesday after twelve cases were confirmed in "
          "the eastern districts, the regional board said.")
SECOND = "Two of the patients were being treated in hospital, the board said."


def _page(lead: str, *, dateline: str = "") -> bytes:
    return (
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Listeria outbreak | Harbour Herald</title>"
        "<meta property='og:site_name' content='Harbour Herald'></head><body><main><article>"
        f"<h1>Listeria outbreak declared</h1>{dateline}<p>{lead}</p><p>{SECOND}</p></article></main></body></html>"
    ).encode()


def _one(data: bytes):  # type: ignore[no-untyped-def]
    [result] = list(read_data(data, source="herald.html", fetch=None))
    assert isinstance(result, Item)
    return result.article


def test_the_outlets_name_heading_the_lead_is_no_place() -> None:
    article = _one(_page(f"HARBOUR HERALD — Port Halden, March 10 — The {REPORT}"))
    assert article.outlet == "Harbour Herald"
    assert article.dateline == "Port Halden, March 10"
    assert article.paragraphs[0] == f"The {REPORT}"


def test_the_outlets_name_alone_heading_the_lead_comes_off() -> None:
    article = _one(_page(f"HARBOUR HERALD — The {REPORT}"))
    assert article.dateline is None
    assert article.paragraphs[0] == f"The {REPORT}"


def test_a_dateline_given_as_the_outlets_name_is_none() -> None:
    article = make_article(path="herald.html", outlet="Le Courrier du Rhône", title="Listériose",
                           paragraphs=(f"The {REPORT}", SECOND), dateline="LE COURRIER DU RHÔNE")
    assert article.dateline is None
    # a place is kept
    article = make_article(path="herald.html", outlet="Le Courrier du Rhône", title="Listériose",
                           paragraphs=(f"The {REPORT}", SECOND), dateline="LYON")
    assert article.dateline == "LYON"
