"""Wire copy in the ANPA/IPTC 7901 shape (invented input): its transmission controls (SYN, SOH,
STX, ETX) and the marks that open and close its header lines ("^By NAME<") are no text; the
headline is the title, the "By" line the byline, the slug and the editors' note no paragraph."""

from __future__ import annotations

from core.reading.text import parse_text

COPY = (
    "\x16\x16\x01a0417 r BC-Kessra-Bridge-Correction,0198\n"
    "^CORRECTION: Kessra bridge to reopen in June<\n"
    "^Eds: CORRECTS month to June, sted July, in 1st graf.<\n"
    "^By RUNA EXAMPLE<\n"
    "^Tidewater Wire Writer<\n"
    "\x02\n"
    "   KESSRA (TW) _ The swing bridge over the Kessra river will reopen\n"
    "in June, a month earlier than planned, the county said on\n"
    "Monday.\n"
    "   Repairs to the bridge's gearing cost about 4 million dollars\n"
    "and were paid for by the state's flood fund.\n"
    "   (Corrects month to June from July.)\n"
    "TW-04-06-26 1012GMT<\n\x03"
)


def test_anpa_marks_and_controls_are_no_text() -> None:
    (article,) = parse_text(COPY)
    assert article.title.endswith("Kessra bridge to reopen in June")
    assert article.byline in ("Runa Example", "RUNA EXAMPLE")
    assert article.dateline == "KESSRA (TW)"
    paragraphs = list(article.paragraphs)
    assert paragraphs[0] == ("The swing bridge over the Kessra river will reopen in June, a month earlier than planned, "
                             "the county said on Monday.")
    text = "\n".join([article.title, *paragraphs])
    assert not any(mark in text for mark in ("^", "<", "BC-Kessra", "1012GMT", "\u2401", "\u2402", "\u2403", "\u2416"))


def test_a_caret_or_angle_bracket_in_other_text_stays() -> None:
    text = ("Harbour notes\n\nThe tide table printed x^2 by mistake, the editor said on Monday.\n\n"
            "Readers wrote that a <tag> was shown instead of the chart in the morning edition.\n")
    (article,) = parse_text(text)
    assert any("x^2" in p for p in article.paragraphs) and any("<tag>" in p for p in article.paragraphs)
