"""A wire's slug of keywords in capitals joined by hyphens and slashes, with its flags in brackets
("HARBOUR-STRIKE/CORRECTION (CORRECTED)"), is the copy's header, not its title (variants 46-wire-slug-correction)."""

from core.reading.judge import is_wire_header
from core.reading.text import parse_text

COPY = """HARBOUR-STRIKE/CORRECTION (CORRECTED)
CORRECTED-Dock workers end strike after pay deal at Example port

(Corrects size of pay rise in paragraph 2 to 6% from 9%)

By Ana Example

KESTRELBY, March 3 (Example Wire) - Dock workers at the port of
Kestrelby returned to work on Tuesday after a two-week strike, their
union said, ending the longest stoppage at the port in a decade.

The deal gives workers a 6% pay rise this year and a further 3% next
year, the union and the port operator said in a joint statement.
"""


def test_slug_lines() -> None:
    assert is_wire_header("HARBOUR-STRIKE/CORRECTION (CORRECTED)")
    assert is_wire_header("HARBOUR-STRIKE/ (UPDATE 2)")
    assert is_wire_header("KESTRELBY-BRIDGE")
    assert not is_wire_header("COVID-19")  # a name, one capitalised keyword
    assert not is_wire_header("Dock workers end strike")


def test_the_headline_is_the_title() -> None:
    article = parse_text(COPY)[0]
    assert article.title.endswith("Dock workers end strike after pay deal at Example port")
    assert article.paragraphs[0].startswith("Dock workers at the port of Kestrelby returned")
