"""How the views name an outlet's articles in a story (core.views.names), at any width."""

from __future__ import annotations

from core.model import Article, article_id
from core.views.names import ArticleName, article_names


def _titled(outlet: str, title: str, *body: str) -> Article:
    return Article(article_id(outlet, title, body), "", outlet, title, body)


def test_a_label_cut_to_a_column_keeps_the_number_that_tells_titles_alike_apart() -> None:
    # A fresh user's matrix headed two AFP World articles of one headline "Left-green Kov…"
    # both: the cut took the "(1)" and "(2)" that told them apart.
    title = "Left-green Kovačević wins Zagreb runoff"
    names = list(article_names([_titled("AFP World", title, "One."), _titled("AFP World", title, "Two.")]).values())
    assert [n.label for n in names] == ["Left-green Kovačević wins… (1)", "Left-green Kovačević wins… (2)"]
    for width in (9, 15, 20):
        cut = [n.label_within(width) for n in names]
        assert cut[0] != cut[1], width
        assert all(c is not None and len(c) <= width for c in cut)
    assert [n.label_within(15) for n in names] == ["Left-green… (1)", "Left-green… (2)"]
    assert names[0].label_within(9) == "Left… (1)"
    assert names[0].label_within(40) == names[0].label  # room for the whole label: as it is
    # too narrow for a letter and the number: the label's start, cut
    assert names[0].label_within(4) == "Lef…" and names[0].label_within(1) == "…"
    # titles that differ: cut at the end, as any text
    assert ArticleName("Post", "Ferry live: rescuers reach…").label_within(12) == "Ferry live:…"
    assert ArticleName("Post", None).label_within(5) is None


def test_a_label_cut_to_a_column_shows_the_words_that_tell_an_outlet_s_titles_apart() -> None:
    # trial 43 F17: at 80 columns four columns were headed "Valmora…", each title opening with it
    titles = ["Valmora dockers walk out for 48 hours", "Valmora dockers extend strike indefinitely",
              "Valmora port authority offers 3% over one year"]
    names = list(article_names([_titled("Meridian Wire", t, f"Body {n}.") for n, t in enumerate(titles)]).values())
    assert [n.label for n in names] == ["Valmora dockers walk…", "Valmora dockers extend…", "Valmora port authority…"]
    cut = [n.label_within(10) for n in names]
    assert cut == ["…walk…", "…extend…", "…port aut…"]  # the words another title opens with give way
    wide = [n.label_within(14) for n in names]
    assert len(set(wide)) == 3 and all(w is not None and len(w) <= 14 and not w.startswith("Valmora") for w in wide)
    # a title that opens the others whole keeps its own words
    two = list(article_names([_titled("Post", "Strike", "One."), _titled("Post", "Strike ends after talks", "Two.")]).values())
    assert [n.label_within(8) for n in two] == ["Strike", "…ends a…"]


def test_matrix_rows_opening_alike_are_told_apart_by_their_own_words() -> None:
    # Trial 50 F9: three rows of a fact-checker's matrix read "Police Commissioner Darius Ve…".
    from core.views.names import KEPT_SHARED_WORDS, distinct_openings

    texts = [
        "Police Commissioner Darius Velk said about 2,000 people took part in the march.",
        "Police Commissioner Darius Velk said 52 people had been arrested by Friday evening.",
        "Police Commissioner Darius Velk told reporters the march had been peaceful at first.",
        "The Harbour Workers' Front said more than 15,000 people marched.",
    ]
    rows = distinct_openings(texts, 30)
    assert all(len(r) <= 30 for r in rows)
    assert len(set(rows)) == len(rows)
    assert rows[0].startswith("…Velk said about 2,000") and rows[1].startswith("…Velk said 52 people")
    assert rows[2].startswith("…Darius Velk told reporters") and KEPT_SHARED_WORDS == 2
    assert rows[3] == "The Harbour Workers' Front sa…"  # opens like no other: cut as it was
    assert distinct_openings(texts, 200) == texts  # room for them whole: as they are
