"""Furniture of financial sites and press releases (invented inputs): a free trial's upsell and
its button, a risk warning or a site's word that it gives no advice, a date line of the form
"<updated>. First published on <date>", and a release's contacts and identifiers at its end; a
report's sentences that mention a trial, a risk, advice or a number to call stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_furniture_block, is_stamp_block


@pytest.mark.parametrize("block", [
    "Live quotes, screeners and broker notes. Try it free for 30 days.",
    "Try Quayside Pro for free",
    "Start your free trial",
    "Get a 7-day free trial",
    "Start free trial",
])
def test_a_free_trials_upsell_and_button_are_furniture(block: str) -> None:
    assert is_furniture_block(block)


@pytest.mark.parametrize("block", [
    "Important risk warning: investing puts your capital at risk and you may get back less than you invest.",
    "Capital at risk. Forecasts are not a reliable indicator of future performance.",
    "The value of your investments and the income from them can go down as well as up.",
    "Past performance is not a reliable indicator of future returns.",
    "Harbour Ledger is not authorised to provide financial advice.",
    "This newsletter is for information only and does not constitute investment advice.",
])
def test_a_risk_warning_or_a_sites_word_that_it_gives_no_advice_is_furniture(block: str) -> None:
    assert is_furniture_block(block)


@pytest.mark.parametrize("block", [
    "Several of the apps are not authorised to give investment advice, the watchdog found.",
    "Many of the influencers are not regulated to give financial advice.",
    "Savers were reminded that the value of investments can go down as well as up.",
    "Members can try the rowing club free for a month, its secretary said.",
    "The brewery said a free trial of the new delivery service had been popular.",
    "Anyone who saw the crash is asked to call police on 0161 555 0199.",
    "\"Our app is not regulated to give investment advice,\" its founder said.",
])
def test_a_reports_sentence_on_trials_risks_advice_or_a_number_to_call_stays(block: str) -> None:
    assert not is_furniture_block(block)


def test_an_updated_and_first_published_line_is_a_stamp() -> None:
    assert is_stamp_block("Wed 4 Mar 2026 09.12 GMT. First published on Wed 4 Mar 2026 07.30 GMT")
    assert is_stamp_block("Updated 4 March 2026 09.12. First published 3 March 2026 18.00")
    assert not is_stamp_block("The plan was published on Monday. Updated figures are due in May.")


@pytest.mark.parametrize("block", [
    "Enquiries", "Media enquiries:", "Investor contacts", "For further information, please contact:",
    "Kestrel Foods plc Jo Example, Head of Communications +44 161 555 0199",
    "Tidewater Partners (financial PR) Ana Example / Bo Sample +44 20 7946 0958",
    "LEI: 549300EXAMPLE0000012", "ISIN: GB00B0EXAMP12",
])
def test_a_press_releases_contacts_and_identifiers_are_furniture(block: str) -> None:
    assert is_furniture_block(block)


def test_a_live_page_and_a_release_lose_their_furniture_but_not_their_text(tmp_path: Path) -> None:
    live = tmp_path / "live.html"
    live.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Markets live: Kestrel Foods slides - Quay Markets</title>"
        "</head><body><main><article><h1>Markets live: Kestrel Foods slides</h1>"
        "<p class='meta'>Wed 4 Mar 2026 16.02 GMT. First published on Wed 4 Mar 2026 07.15 GMT</p>"
        "<div class='body'><p>Kestrel Foods shares fell 18% after the snack maker cut its sales forecast for the year.</p>"
        "<p>The company blamed a wet summer and higher oat prices, and said it would close a bakery in Dunmere.</p>"
        "<p>Analysts at one broker said the warning was the company's third in eighteen months.</p></div>"
        "<div class='upsell'><p>Live quotes, screeners and broker notes. Try it free for 30 days.</p>"
        "<a href='/pro'>Start free trial</a></div>"
        "<p class='legal'>Risk warning: the value of investments can go down as well as up. Quay Markets content is for "
        "information only and is not a recommendation to buy or sell any security.</p>"
        "</article></main></body></html>", encoding="utf-8")
    (article,) = read_file(live)
    assert len(article.paragraphs) == 3, article.paragraphs
    assert article.paragraphs[-1].startswith("Analysts at one broker")

    release = tmp_path / "release.html"
    release.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Trading update - Kestrel Foods plc</title>"
        "</head><body><main><article><h1>Trading update</h1>"
        "<p>Kestrel Foods plc today announces that sales in the second half were below the Board's expectations.</p>"
        "<p>Revenue for the year is now expected to be about 310 million pounds, against 335 million pounds before.</p>"
        "<h2>Enquiries</h2><table><tr><td>Kestrel Foods plc</td><td>Jo Example, Head of Communications</td>"
        "<td>+44 161 555 0199</td></tr><tr><td>Tidewater Partners</td><td>Ana Example / Bo Sample</td>"
        "<td>+44 20 7946 0958</td></tr></table>"
        "<h2>About Kestrel Foods</h2><p>Kestrel Foods makes oat snacks and breakfast cereals and employs about 1,900 "
        "people in four countries.</p><p>LEI: 549300EXAMPLE0000012</p>"
        "</article></main></body></html>", encoding="utf-8")
    (article,) = read_file(release)
    text = " ".join(article.paragraphs)
    assert "Enquiries" not in article.paragraphs and "+44" not in text and "LEI" not in text, article.paragraphs
    # (its "About Kestrel Foods", every release's own boilerplate, leaves too: trial 45 F17)
    assert "employs about 1,900 people" not in text and "310 million pounds" in text
