"""A short word for "by" that is a word of sentences elsewhere (Italian "di", Romanian "de",
Catalan "per", Swahili "na") opens a byline in small letters on a line that is otherwise a person's
name (two to four capitalised words), whatever the page's language: a plain-text wire's "di Giulia
Esempio" under its headline. Capitalised, or before a sentence, it opens none ("Per Erik Lind" is
a name; "di Jakarta Selatan, ..." a sentence). An author element's value on a page in the word's
language loses it too ("Per Jordi Puig" in a Catalan page's author link)."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import clean_byline, language_byline
from core.reading.text import parse_text

IT = ["Una crepa nel raccordo della linea del carburante ha causato l'incendio a bordo del "
      "volo esempio, che giovedì ha compiuto un atterraggio di emergenza all'aeroporto della città.",
      "Secondo il rapporto, il carburante ha raggiunto la sezione calda del motore e si è incendiato circa quattro "
      "minuti dopo il decollo; l'allarme è scattato due minuti più tardi."]


@pytest.mark.parametrize("word", ["di", "de", "per", "na"])
def test_a_short_word_before_a_name_in_plain_text(word: str) -> None:
    (article,) = parse_text(f"Un incendio a bordo del volo esempio\n\n{word} Giulia Esempio\n\n" + "\n\n".join(IT) + "\n",
                            path="x.txt", filed=None)
    assert article.byline == "Giulia Esempio"
    assert article.paragraphs == tuple(IT)


def test_only_before_a_name_alone() -> None:
    assert language_byline("di Giulia Esempio", None) == "Giulia Esempio"
    assert language_byline("di Jakarta Selatan, warga berkumpul di taman kota", None) is None
    assert language_byline("di Lind", None) is None  # one word: no person's full name
    assert language_byline("Per Erik Lind", None) is None  # capitalised: a name's own first word
    assert clean_byline(["Per Erik Lind"]) == "Per Erik Lind"


CA = ["L'Ajuntament de la vila ha aprovat aquest dimarts el nou pla de mobilitat, que preveu més carrils bici i una xarxa "
      "d'autobusos més freqüent durant tot l'any.",
      "Segons el regidor, les obres començaran després de l'estiu i s'allargaran fins a la primavera, amb un cost total de "
      "dotze milions d'euros per a les arques municipals."]


def test_an_author_link_s_prefix_on_a_catalan_page() -> None:
    page = ("<html lang='ca'><head><meta charset='utf-8'><title>Un pla nou</title></head><body><article><h1>Un pla nou</h1>"
            "<ul><li><a href='/author/jpuig/'><span class='post-info__item--type-author'><span class='prefix'>Per </span>"
            "Jordi Puig</span></a></li></ul>" + "".join(f"<p>{p}</p>" for p in CA) + "</article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert article.byline == "Jordi Puig"
    assert clean_byline(["Per Jordi Puig"], language="ca") == "Jordi Puig"


CY = ["Mae trigolion y pentref wedi codi arian i brynu’r dafarn olaf yn y pentref, ar ôl iddi gau fis Hydref diwethaf, "
      "meddai’r fenter gymunedol.",
      "Prynodd cannoedd o bobl gyfranddaliadau yn y fenter, rhai ohonyn nhw’n byw mor bell ag Awstralia a Chanada."]


def test_a_republished_report_s_byline_keeps_no_original_outlet() -> None:
    # the metadata names the writer alone; the printed byline signs for the outlet that first ran it
    page = ("<html lang='cy'><head><meta charset='utf-8'><title>Y dafarn olaf</title>"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Y dafarn olaf\","
            "\"author\":[{\"@type\":\"Person\",\"name\":\"Gwen Enghraifft\"}],"
            "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Newyddion Enghraifft\"}}</script></head><body><article>"
            "<h1>Y dafarn olaf</h1><p class='byline'>Gan <a href='/awdur/gwen'>Gwen Enghraifft</a>, <em>Y Morlan</em> · <time datetime='2026-05-19'>19 Mai 2026</time></p>"
            + "".join(f"<p>{p}</p>" for p in CY) + "<p><em>Ymddangosodd yr erthygl hon yn wreiddiol yn "
            "<a href='https://www.y-morlan.example/tafarn'>Y Morlan</a>.</em></p></article></body></html>")
    assert parse_html(page.encode(), source="x.html").byline == "Gwen Enghraifft"
