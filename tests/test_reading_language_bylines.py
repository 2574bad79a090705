"""A word that says "by" in one language only opens a byline on a page in that language: Catalan
"Per Jordi Puig" is a byline on a Catalan page (its declared or its text's language, core.text's
language_of), and the name is the byline without "Per"; on a page in another language, where "Per"
opens a sentence ("Per il consiglio comunale ..."), it is no byline. A Catalan sentence that opens
with "Per" before a capital ("Per Sant Joan es farà ...") stays a sentence."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import Kind, classify_line, clean_byline, language_byline, opens_byline, page_language
from core.reading.text import parse_text

CA = ["L'Ajuntament de la vila ha aprovat aquest dimarts el nou pla de mobilitat, que preveu més carrils bici i una xarxa "
      "d'autobusos més freqüent durant tot l'any.",
      "Segons el regidor, les obres començaran després de l'estiu i s'allargaran fins a la primavera, amb un cost total de "
      "dotze milions d'euros per a les arques municipals."]
IT = ["Per il consiglio comunale la decisione arriva dopo mesi di discussione sul nuovo piano della mobilità urbana e dei "
      "trasporti pubblici della città.",
      "Secondo l'assessore, i lavori inizieranno dopo l'estate e dureranno fino alla primavera, con un costo totale di "
      "dodici milioni di euro."]


def test_the_words_of_one_language() -> None:
    assert language_byline("Per Jordi Puig", "ca") == "Jordi Puig"
    assert language_byline("Per Jordi Puig", "it") is None
    assert language_byline("Per Jordi Puig", None) is None
    assert language_byline("Per aquest motiu", "ca") is None
    assert opens_byline("Per Jordi Puig", language="ca") and not opens_byline("Per Jordi Puig")
    assert clean_byline(["Per Jordi Puig i Anna Soler"], line=True, language="ca") == "Jordi Puig i Anna Soler"
    assert clean_byline(["Per Jordi Puig"], line=True) is None
    assert classify_line("Per Jordi Puig", language="ca") is Kind.BYLINE
    assert classify_line("Per Sant Joan es farà la revetlla a la plaça.", language="ca") is not Kind.BYLINE


def test_a_page_s_language() -> None:
    assert page_language(" ".join(CA)) == "ca"
    assert page_language("", "ca-ES") == "ca"
    assert page_language(" ".join(CA), "es") == "ca"  # its text's language over a declared one
    assert page_language("") is None


def _page(lang: str | None, line: str, body: list[str], tag: str = "p") -> bytes:
    attr = f" lang='{lang}'" if lang else ""
    return (f"<html{attr}><head><meta charset='utf-8'><title>Un pla nou de mobilitat</title></head><body><article>"
            f"<h1>Un pla nou de mobilitat</h1><{tag}>{line}</{tag.split()[0]}>"
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>").encode()


@pytest.mark.parametrize("lang", ["ca", None])
@pytest.mark.parametrize("tag", ["p", "div class='author'"])
def test_per_is_a_byline_on_a_catalan_page(lang: str | None, tag: str) -> None:
    article = parse_html(_page(lang, "Per Jordi Puig", CA, tag), source="x.html")
    assert article.byline == "Jordi Puig"
    assert article.paragraphs == tuple(CA)


def test_per_is_a_byline_in_catalan_text() -> None:
    (article,) = parse_text("Un pla nou de mobilitat\n\nPer Jordi Puig\n\n" + "\n\n".join(CA) + "\n", path="x.txt", filed=None)
    assert article.byline == "Jordi Puig"
    assert article.paragraphs == tuple(CA)


def test_per_is_no_byline_on_a_page_in_another_language() -> None:
    article = parse_html(_page("it", "Per Marco Rossi", IT), source="x.html")
    assert article.byline is None
    (text,) = parse_text("Un piano nuovo\n\n" + "\n\n".join(IT) + "\n", path="x.txt", filed=None)
    assert text.paragraphs[0] == IT[0]


def test_a_catalan_sentence_opening_with_per_stays() -> None:
    sentence = "Per Sant Joan es farà la revetlla a la plaça."
    (article,) = parse_text("Un pla nou de mobilitat\n\n" + "\n\n".join([CA[0], sentence, CA[1]]) + "\n", path="x.txt", filed=None)
    assert sentence in article.paragraphs and article.byline is None
