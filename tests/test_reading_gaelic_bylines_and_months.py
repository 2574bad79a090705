"""Irish and Scottish Gaelic: their text is told by its function words, "Le" opens a byline on a
page in either (not on a French one), and a month's name of two words or more (CLDR's "Meán
Fómhair", "An t-Sultain", a paper's "Mí na Nollag") dates a line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.reading import read_file
from core.reading.judge import find_date, language_byline
from core.text import language_of

IRISH = ("Dúirt an chomhairle go bhfuil an leabharlann nua ar oscailt anois agus go mbeidh sí ar oscailt ar an Domhnach freisin. "
         "Tá áthas ar mhuintir an bhaile, agus bhí slua mór ag an oscailt inné.")
GAELIC = ("Thuirt a' chomhairle gu bheil an leabharlann ùr fosgailte a-nis agus gum bi i fosgailte air Didòmhnaich cuideachd. "
          "Tha muinntir a' bhaile toilichte, agus bha mòran dhaoine aig an fhosgladh an-dè.")


def test_irish_and_gaelic_are_told_and_english_stays_english() -> None:
    assert language_of(IRISH) == "ga"
    assert language_of(GAELIC) == "gd"
    assert language_of("The council said on Monday that the new library is open and that it will open on Sundays too.") == "en"


def test_le_opens_a_byline_in_irish_and_gaelic_only() -> None:
    assert language_byline("Le Síle Sampla", "ga") == "Síle Sampla"
    assert language_byline("Le Seumas Eisimpleir", "gd") == "Seumas Eisimpleir"
    assert language_byline("Le Maire a parlé", "fr") is None


def test_months_of_several_words() -> None:
    assert find_date("Le Síle Sampla · 4 Deireadh Fómhair 2026") is not None
    assert find_date("4 Deireadh Fómhair 2026")[0] == date(2026, 10, 4)  # type: ignore[index]
    assert find_date("18 Mí na Nollag 2026")[0] == date(2026, 12, 18)  # type: ignore[index]
    assert find_date("7 An t-Sultain 2026")[0] == date(2026, 9, 7)  # type: ignore[index]


PAGE = f"""<!doctype html><html><head><meta charset="UTF-8"><title>Nuacht an Bhaile: Leabharlann nua</title></head><body>
<table id="bodyTable"><tr><td id="templateBody"><table class="mcnTextBlock"><tr><td class="mcnTextContent">
<h1>Leabharlann nua ar oscailt</h1>
<p><em>Le Síle Sampla · 4 Deireadh Fómhair 2026</em></p>
<p>{IRISH}</p>
<p>Chosain an foirgneamh €2.1 milliún, agus tá seomra léitheoireachta nua ann do pháistí.</p>
</td></tr></table></td></tr></table></body></html>"""


def test_irish_newsletter_byline_line(tmp_path: Path) -> None:
    path = tmp_path / "mail.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_file(path)
    assert article.byline == "Síle Sampla"
    assert (article.published or "").startswith("2026-10-04")
    assert article.paragraphs[0].startswith("Dúirt an chomhairle")
