"""Text and photo credit labels of more languages read ("Testua: NAME · Argazkia: NAME" in Basque):
the writer is the byline, the photographer no author, and the line no paragraph (variants 46,
46-byline-label-eu)."""

from core.reading.html import parse_html
from core.reading.judge import writing_credit


def test_basque_icelandic_and_lithuanian_labels() -> None:
    assert writing_credit("Testua: Miren Adibide · Argazkia: Iker Irudigile", line=True) == ("Miren Adibide",)
    assert writing_credit("Texti: Sigrún Dæmi | Ljósmyndir: Páll Myndari", line=True) == ("Sigrún Dæmi",)
    assert writing_credit("Tekstas: Rūta Pavyzdys | Nuotraukos: Jonas Fotografas", line=True) == ("Rūta Pavyzdys",)
    assert writing_credit("Argazkiak: Iker Irudigile", line=True) == ()  # the photographer alone: no author


def test_a_credit_line_over_a_newsroom_account() -> None:
    page = """<html lang="eu"><head><title>Herriko azoka berriro irekiko da | Adibide Egunkaria</title>
<meta property="og:site_name" content="Adibide Egunkaria"><meta name="author" content="idazkaritza"></head>
<body><article><h1>Herriko azoka berriro irekiko da</h1>
<p class="credit">Testua: Miren Adibide · Argazkia: Iker Irudigile</p>
<p>Udalak astelehenean iragarri zuen herriko azoka zaharra berriro irekiko dela udaberrian, obrak amaitu ondoren.</p>
<p>Saltzaileek esan dute pozik daudela erabakiarekin eta bezero berriak espero dituztela.</p>
</article></body></html>""".encode()
    article = parse_html(page, source="/tmp/azoka.html")
    assert article.byline == "Miren Adibide"
    assert not any("Testua" in p for p in article.paragraphs)
