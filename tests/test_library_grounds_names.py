"""A story's "why" lists whole names as its reports print them (core.library.store.whole_names):
"North Sea", not "Sea"; the "Market Conduct Authority", not its last two words; a surname with the
full name of the one person who bears it, once."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.library.store import Library, whole_names
from tests.reports import titled_report

DAY = "2026-09-08"


#: This file's reports, all published on DAY.
_article = partial(titled_report, published=DAY)


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


def test_an_office_before_a_name_and_a_rare_other_run_are_no_part_of_the_whole_name() -> None:
    """Trial 41 F7: the why listed "Health Tomas Reyland" ("Minister of Health Tomas Reyland
    said") and "Global" (five reports' "Global Health Agency", one Portuguese "Agência Global")."""
    texts = ["Minister of Health Tomas Reyland said the outbreak was under control.",
             "Tomas Reyland spoke to reporters in Ostrand. The Global Health Agency was told on Monday.",
             "The Global Health Agency rated the risk as moderate.",
             "Doses were sent by the Global Health Agency, which praised Tomas Reyland.",
             "The Global Health Agency said the fever does not pass between people.",
             "As doses foram doadas pela Agência Global de Saúde. The Global Health Agency agreed."]
    names = {"tomas", "reyland", "global", "agency", "ostrand", "agência", "saúde"}
    whole = whole_names(texts, names)
    assert whole["reyland"] == "Tomas Reyland"
    assert whole["global"] == "Global Health Agency"


def test_an_office_named_after_a_title_and_its_joining_word_is_no_part_of_the_name() -> None:
    """Trial 53 F7: the why listed "Binnenlandse Zaken Petra Dunaj" (Dutch "minister van Binnenlandse
    Zaken Petra Dunaj") and "Financiën Karel Voss" ("Minister van Financiën Karel Voss"): the office's
    name after "minister van", "la ministra del", opens the run; the person is its tail printed as a
    run of its own elsewhere, else its last two words where the surname is printed alone."""
    texts = ["De minister van Binnenlandse Zaken Petra Dunaj kondigde woensdag een onderzoek aan.",
             "\"Elke familie verdient een antwoord\", zei Dunaj.",
             "Interior minister Petra Dunaj ordered an inquiry into the breach."]
    names = {"binnenlandse", "zaken", "petra", "dunaj"}
    whole = whole_names(texts, names)
    assert whole["dunaj"] == "Petra Dunaj" and whole["petra"] == "Petra Dunaj"
    # One report alone: its surname printed alone says where the person's name begins.
    alone = ["Minister van Financiën Karel Voss zei dat het tekort daalt. \"Dit is een goede begroting\", aldus Voss.",
             "La ministra del Interior Ana Lind Berg lo anunció el martes, y Berg no dio más detalles."]
    whole = whole_names(alone, {"financiën", "karel", "voss", "interior", "ana", "lind", "berg"})
    assert whole["voss"] == "Karel Voss"
    assert "Interior" not in whole["berg"] and whole["berg"].endswith("Lind Berg")
    # A run after no office keeps all its words ("the head of the Arle Valley Water Board").
    assert whole_names(["The fund of Harbour Trust Mira Solk"], {"harbour", "trust", "mira", "solk"}).get("solk") == "Harbour Trust Mira Solk"


def test_a_number_printed_without_a_separator_is_shown_so(tmp_path: Path) -> None:
    """Trial 41 F7: a health line's number "1415", in two reports, was listed as the figure "1,415"."""
    reports = [_article(outlet, "Fever cases rise to 112 in Ostrand",
                        f"{outlet} reports that 112 people have fallen ill with Velrian fever in Ostrand province, "
                        "health officials said.",
                        "Anyone with a fever should call the health line on 1415 rather than go to a hospital.",
                        "The Velrian fever outbreak in Ostrand is the first since 2019; 3200 doses and 7,500 masks are on their way.")
               for outlet in ("Ostrand Post", "Valley Courier")]
    with Library(tmp_path / "lib.sqlite") as library:
        for article in reports:
            library.add(article, source=article.path, link=False)
        [story] = library.stories()
        figures = dict(library.grounds(story.id).figures)
    assert "1415" in figures and "1,415" not in figures
    assert "7,500" in figures  # as printed
