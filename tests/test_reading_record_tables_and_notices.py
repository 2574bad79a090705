"""A document's record table above the report (a court decision's case number, date and judge), a
publisher's notice in a box its class names (copyright, disclaimer), and a lead set in a heading's
markup that opens with a wire dateline: metadata, furniture and the first paragraph, in that order."""

from __future__ import annotations

from pathlib import Path

from core.model import Article
from core.reading import read_file


def _read(tmp_path: Path, page: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [article] = read_file(path)
    return article


DECISION = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Appeal court quashes quarry permit | Court Notes</title>
<meta property="og:site_name" content="Court Notes"></head><body>
<main><article class="ruling">
<div class="kind">Summary of a ruling</div>
<h1>Appeal court quashes quarry permit</h1>
<table class="record"><tr><th>Case no.</th><td>AP/771/2026</td></tr><tr><th>Ruling of</th><td>14.05.2026</td></tr>
<tr><th>Presiding judge</th><td>R. Sampleton</td></tr></table>
<div class="ruling-text">
<p>The appeal court on Thursday quashed the permit the county gave for a quarry beside the Millbrook nature reserve.</p>
<p>The court found that the county had not weighed the effect of the blasting on the reserve's nesting birds.</p>
<p>The case goes back to the county, which may decide on the permit again.</p>
</div>
<div class="ruling-disclaimer">This summary is for information and is no official document. The full ruling: <a href="/r/771.pdf">PDF (310 KB)</a></div>
</article></main></body></html>"""


def test_record_table_above_report_is_metadata_and_dates_it(tmp_path: Path) -> None:
    article = _read(tmp_path, DECISION)
    assert article.paragraphs[0].startswith("The appeal court on Thursday quashed")
    assert len(article.paragraphs) == 3
    text = " ".join(article.paragraphs)
    assert "AP/771" not in text and "Sampleton" not in text and "PDF" not in text
    assert (article.published or "").startswith("2026-05-14")


FIGURES = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour traffic grows again</title></head><body>
<main><article><h1>Harbour traffic grows again</h1>
<p>Harbour traffic grew for a third year running, the port authority said on Monday in its annual report.</p>
<table><tr><th>Ships</th><td>4,120</td></tr><tr><th>Containers</th><td>88,300</td></tr></table>
<p>The authority expects the new quay to add a tenth to its capacity by the end of next year.</p>
</article></main></body></html>"""


def test_table_of_figures_in_the_report_stays(tmp_path: Path) -> None:
    article = _read(tmp_path, FIGURES)
    assert any("88,300" in p for p in article.paragraphs)


AGENCY = """<!DOCTYPE html><html lang="hr"><head><meta charset="utf-8"><title>U Splitu otvoren novi trajektni terminal</title>
<meta property="og:site_name" content="Jadranska Agencija"></head><body>
<main><div class="news-detail">
<h1>U Splitu otvoren novi trajektni terminal</h1>
<h4>Terminal ima šest vezova i novu čekaonicu</h4>
<div class="news-body">
<h6>SPLIT (JA) - U Splitu je u srijedu otvoren novi trajektni terminal sa šest vezova za brodove prema otocima.</h6>
<p>Gradnja je stajala 40 milijuna eura, a novac je dala Europska unija i lučka uprava.</p>
<p>Lučka uprava očekuje da će terminal ljeti primiti i do 30.000 putnika dnevno.</p>
<p class="news-copyright">Jadranska Agencija na portalu objavljuje skraćeni dio vijesti koje pretplatnici primaju u cijelosti.</p>
</div></div></main></body></html>"""


def test_lead_in_heading_markup_gives_dateline_and_notice_goes(tmp_path: Path) -> None:
    article = _read(tmp_path, AGENCY)
    assert "SPLIT" in (article.dateline or "")
    assert any(p.startswith("U Splitu je u srijedu otvoren") for p in article.paragraphs)
    assert not any("pretplatnici" in p for p in article.paragraphs)
