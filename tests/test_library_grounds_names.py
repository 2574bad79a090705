"""A story's "why" lists whole names as its reports print them (core.library.store.whole_names):
"North Sea", not "Sea"; the "Market Conduct Authority", not its last two words; a surname with the
full name of the one person who bears it, once."""

from __future__ import annotations

from pathlib import Path

from core.library.store import Library, whole_names
from core.model import Article, article_id

DAY = "2026-09-08"


def _article(outlet: str, title: str, *paragraphs: str) -> Article:
    return Article(id=article_id(outlet, title, paragraphs), path=f"{outlet}.txt", outlet=outlet, title=title,
                   paragraphs=paragraphs, published=DAY)


REPORTS = [
    _article("Harbour Post", "Tarrow Valves warns on profit as chief quits",
             "Tarrow Valves cut its profit forecast by 28 percent on Tuesday, blaming delays to two North Sea "
             "contracts, and said chief executive Oren Falk had left. Finance chief Ines Malden will run the firm.",
             "The Market Conduct Authority said it was reviewing trading in the shares before the warning, "
             "under the EU Market Abuse Regulation.",
             "Malden said the North Sea work would be finished next year."),
    _article("Coast Ledger", "Tarrow Valves shares sink 28% on warning",
             "Shares in Tarrow Valves fell 28 percent after the valve maker warned on profit, citing two delayed "
             "North Sea contracts; Oren Falk stepped down as chief executive.",
             "The finance director, Ines Malden, takes over for now. The Market Conduct Authority is looking "
             "at trading before the announcement.",
             "Malden told analysts the group had 'no further surprises'. The review falls under the EU Market "
             "Abuse Regulation, the authority said."),
    _article("Valley Times", "Valve maker Tarrow loses its chief",
             "Tarrow Valves lost its chief executive, Oren Falk, and 28 percent of its value on Tuesday over "
             "delays to North Sea contracts.",
             "The Market Conduct Authority's review was routine, said Malden, who takes charge."),
]


def test_the_why_lists_whole_names_once(tmp_path: Path) -> None:
    # A trial user's story listed "Sea" (of "North Sea"), "Oversight Authority" (of the "Market
    # Oversight Authority"), "Abuse Regulation" and "UK" (of the "UK Market Abuse Regulation"), and
    # "Carrow" beside "Helen Carrow".
    with Library(tmp_path / "lib.sqlite") as library:
        for article in REPORTS:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        grounds = library.grounds(story.id)
    names = dict(grounds.names)
    assert {"North Sea", "Market Conduct Authority", "Ines Malden", "Tarrow Valves", "Oren Falk"} <= names.keys()
    assert names["Ines Malden"] == 3  # "Malden" alone in the third report: one person, named by all three
    assert not names.keys() & {"Sea", "Conduct Authority", "Malden", "Abuse Regulation", "EU"}
    listed = [name for shown in grounds.articles.values() for name in shown]
    assert not set(listed) & {"Sea", "Conduct Authority", "Malden", "Abuse Regulation", "EU"}
    assert names["EU Market Abuse Regulation"] == 2


def test_a_name_inside_two_runs_or_printed_alone_is_no_part_of_either() -> None:
    texts = ["Mayor Rosa García met Andrés García, the mayor of Velmora, on Monday.",
             "García said the UK economy would grow. The UK Market Abuse Regulation applies.",
             "Rosa García and Andrés García signed the pact in the Bank of England."]
    names = {"rosa", "garcía", "andrés", "uk", "abuse", "regulation", "bank", "england", "velmora"}
    whole = whole_names(texts, names)
    assert "garcía" not in whole  # two people
    assert "uk" not in whole  # printed alone too: the country
    assert whole["abuse regulation"] == "UK Market Abuse Regulation"
    assert "england" not in whole  # a particle ends a run: England is no part of the bank
