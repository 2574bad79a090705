"""A PDF's or an e-paper's text export printed over two pages (invented input): the page break
(a form feed, or a page's number alone on its line) is no report's end, the page's number and
the running head printed again above the second page are furniture, and a paragraph the break
cuts goes on across it, a word broken with a hyphen joined whole."""

from __future__ import annotations

import pytest

from core.reading.text import parse_text

HEAD = "Gazeta Przykładowa                                  wtorek, 7 kwietnia 2026"
PAGE_ONE = """{head}

Nowy most na Wiśle otwarty dla pieszych

Po dwóch latach budowy w poniedziałek otwarto nową kład-
kę dla pieszych i rowerzystów między Dolnym Brzegiem a
wyspą, miesiąc wcześniej niż zakładano w umowie.

Budowa kosztowała 38 milionów złotych, a wykonawca za-
płacił karę za opóźnienia w pierwszym roku. Mieszkańcy
wyspy przez cały ten czas musieli dojeżdżać promem lub
objazdem przez most

{foot_one}
"""
PAGE_TWO = """{head}

kolejowy, co zajmowało im prawie godzinę. Teraz do centrum
dojdą w kwadrans, powiedział burmistrz podczas otwarcia.

{foot_two}
"""


def _text(*, fed: bool, foot: str) -> str:
    one = PAGE_ONE.format(head=HEAD, foot_one=foot.format(1))
    two = PAGE_TWO.format(head=HEAD, foot_two=foot.format(2))
    return one + ("\f" if fed else "\n") + two


@pytest.mark.parametrize(("fed", "foot"), [(True, "– {} –"), (True, "{}"), (False, "— {} —"), (False, "Strona {} z 2")])
def test_a_page_break_is_no_reports_end(fed: bool, foot: str) -> None:
    (article,) = parse_text(_text(fed=fed, foot=foot))
    assert article.title == "Nowy most na Wiśle otwarty dla pieszych"
    paragraphs = list(article.paragraphs)
    assert paragraphs[0].startswith("Po dwóch latach budowy w poniedziałek otwarto nową kładkę dla pieszych")
    assert len(paragraphs) == 2, paragraphs
    assert "objazdem przez most kolejowy, co zajmowało im prawie godzinę." in paragraphs[1]
    assert paragraphs[1].endswith("podczas otwarcia.")
    assert not any("Gazeta Przykładowa" in p or "Strona" in p or "–" in p or "—" in p for p in paragraphs), paragraphs
    assert (article.published or "").startswith("2026-04-07")


def test_a_new_paragraph_on_the_next_page_stays_one() -> None:
    text = _text(fed=True, foot="– {} –").replace("objazdem przez most\n", "objazdem przez most kolejowy.\n").replace(
        "kolejowy, co zajmowało im prawie godzinę. Teraz", "Teraz")
    (article,) = parse_text(text)
    paragraphs = list(article.paragraphs)
    assert paragraphs[1].endswith("objazdem przez most kolejowy.") and paragraphs[2].startswith("Teraz do centrum"), paragraphs
