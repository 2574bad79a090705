"""A story is named after its origin's headline: the report the others took their words from."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.stories.naming import Report, representative_title
from tui.cli import main

#: The agency's own report, undated; a paper's reprint of it (its dateline credits the agency),
#: dated and retitled; another paper's own report, titled much as the reprint is.
WIRE = "Velmora dockers walk out after crane collapse\n\nBy Ana Ruiz, Baltic Wire Service\n\n"
REPRINT = "Crane collapse at Velmora port injures two workers\n\nBy Courier staff and agencies, Velmora Courier\n\nSaturday 28 November 2026\n\n"
OWN = "Two workers injured as crane collapses at Velmora port\n\nBy Lise Berg, Harbour Gazette\n\nSaturday 28 November 2026\n\n"
BODY = (
    "VELMORA, Nov 28 (BWS) - A container crane collapsed at the port of Velmora on Friday, injuring two workers and "
    "halting loading at the eastern terminal, the port authority said.\n\n"
    "Dockers at the terminal walked out on Saturday morning, saying the crane had been reported faulty twice this "
    "month. The Velmora Dockers Union said the strike would last until an inspection was carried out.\n"
)
GAZETTE = (
    "Two workers were hurt when a crane collapsed at Velmora's eastern terminal on Friday, the port authority said.\n\n"
    "The Velmora Dockers Union said its members had stopped work and would not return until the cranes were inspected.\n"
)


def _files(folder: Path) -> Path:
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE + BODY)
    (folder / "courier.txt").write_text(REPRINT + BODY)
    (folder / "gazette.txt").write_text(OWN + GAZETTE)
    return folder


def test_the_origin_names_the_story_not_a_reprint_of_it() -> None:
    # A fresh user's breach story was named after the Riverside Courier's headline, though the
    # Courier's dateline credits CNS, whose own report is in the story: the wire is the origin.
    reports = [
        Report("Crane collapse at Velmora port injures two workers", "2026-11-28", "a", "Velmora Courier",
               "VELMORA, Nov 28 (BWS)"),
        Report("Velmora dockers walk out after crane collapse", None, "b", "Baltic Wire Service", "VELMORA, Nov 28 (BWS)"),
        Report("Two workers injured as crane collapses at Velmora port", "2026-11-28", "c", "Harbour Gazette", None),
    ]
    assert representative_title(reports) == "Velmora dockers walk out after crane collapse"
    # the same reports with no dateline crediting anyone: the words the others share, as before
    assert representative_title([r._replace(dateline=None) for r in reports]) == "Crane collapse at Velmora port injures two workers"
    # a report crediting its own outlet credits no one else's copy
    own = [reports[0], reports[1]._replace(outlet="Velmora Courier"), reports[2]]
    assert representative_title(own) == "Crane collapse at Velmora port injures two workers"


def test_a_reprint_credits_the_agency_by_a_longer_name_of_its_own() -> None:
    # "(AFP)" in a paper's dateline, the agency's own page named "AFP World": as the panel's origin reads it.
    reports = [Report("Runoff: Kovacevic is Zagreb's mayor", "2026-06-08", "a", "Balkan Daily", "ZAGREB, June 8 (AFP)"),
               Report("Left-green Kovacevic wins Zagreb mayoral runoff", "2026-06-08", "b", "AFP World", None)]
    assert representative_title(reports) == "Left-green Kovacevic wins Zagreb mayoral runoff"


def test_a_story_is_named_with_the_figures_as_last_reported() -> None:
    # A story kept the toll of the first wire report ("kills 12") after the agency's update
    # ("kills 40"): the earliest of the headlines carried alike won.
    wire, update = "Quake kills 12 in northern Velmora", "Quake kills 40 in northern Velmora"
    credit = "VELMORA, June 3 (Nordwire)"
    reports = [Report(wire, "2026-06-03T08:00:00+00:00", "a", "Nordwire", None),
               Report(wire, "2026-06-03T09:00:00+00:00", "b", "Velmora Courier", credit),
               Report(wire, "2026-06-03T09:30:00+00:00", "c", "Harbour Gazette", credit),
               Report(update, "2026-06-03T15:00:00+00:00", "d", "Nordwire", None),
               # a paper reprinting the first copy after the update makes it no newer
               Report(wire, "2026-06-03T16:00:00+00:00", "e", "Lake Herald", credit)]
    assert representative_title(reports) == update
    assert representative_title(reversed(reports)) == update
    assert representative_title([r._replace(dateline=None) for r in reports]) == update
    # where datelines credit the agency, only its own reports update the figures
    assert representative_title([*reports[:3], reports[3]._replace(outlet="Lake Herald", dateline=credit)]) == wire
    # undated reports, or headlines first seen at once: the headline carried most, as before
    assert representative_title([r._replace(published=None) for r in reports]) == wire


@pytest.mark.parametrize("where", ["library", "files"])
def test_the_story_list_and_the_reader_name_the_story_after_the_agency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """One rule for the library's stories (`newsprism stories`), and the files read as one story."""
    from core.linking.story import Story
    from core.reading import read_paths

    folder = _files(tmp_path / "crane")
    if where == "files":
        articles = read_paths([folder])[0]
        assert {a.outlet for a in articles} == {"Baltic Wire Service", "Velmora Courier", "Harbour Gazette"}
        assert Story.build(articles).headline == "Velmora dockers walk out after crane collapse"
        return
    library = str(tmp_path / "lib.sqlite")
    assert main(["add", str(folder), "--library", library]) == 0
    capsys.readouterr()
    assert main(["stories", "--library", library, "--json"]) == 0
    import json

    [story] = json.loads(capsys.readouterr().out)
    assert story["title"] == "Velmora dockers walk out after crane collapse"


def test_a_story_is_named_after_the_agency_report_its_carriers_credit_from_its_place() -> None:
    # Two papers carry the wire's pact copy ("OSTRAVEL ... (Lakeside Wire)"); the wire's own report of
    # the protest four days later, from Dravik, is not the copy they carry, however its headline's
    # words recur in the story's other headlines.
    reports = [
        Report("River states agree 22 percent water cut, 310 million euro fund at Ostravel summit", "2027-03-02", "a1",
               "Lakeside Wire", "OSTRAVEL, March 2 (Lakeside Wire)"),
        Report("Varna deal cuts water draw, creates farm fund", "2027-03-02", "b1", "Valley Herald", "OSTRAVEL, March 2 (Lakeside Wire)"),
        Report("Water deal: Varna states sign pact after all-night talks", "2027-03-02", "c1", "Plains Daily",
               "OSTRAVEL, March 2 (Lakeside Wire)"),
        Report("Ostravel pact: what the water deal means for farms", "2027-03-03", "d1", "Plains Weekly"),
        Report("Farmers block Dravik bridge over Ostravel water cut", "2027-03-06", "a2", "Lakeside Wire", "DRAVIK, March 6 (Lakeside Wire)"),
        Report("Tractors block Dravik bridge over water deal", "2027-03-06", "e1", "Valley Times"),
    ]
    assert representative_title(reports) == reports[0].title
    assert representative_title(reversed(reports)) == reports[0].title


def test_a_story_is_named_after_the_day_most_of_its_reports_tell_of() -> None:
    # A trial user's story of a profit warning (most reports) was named after a report of the next
    # day's follow-up, whose headline recalls the first day's words ("after profit warning") and so
    # shares the most of them with the other headlines.
    reports = [
        Report("Ferry runs aground off Halvik, 40 passengers rescued", "2026-03-04T08:10:00+00:00", "a1", "Halvik Post"),
        Report("Passengers rescued as ferry grounds near Halvik harbour", "2026-03-04T09:00:00+00:00", "a2", "Coast Courier"),
        Report("Halvik ferry grounding: coastguard lifts 40 from stricken vessel", "2026-03-04T11:30:00+00:00", "a3", "Nordic Daily"),
        Report("Stricken Halvik ferry towed to port after grounding", "2026-03-04T18:00:00+00:00", "a4", "Harbour Gazette"),
        Report("Halvik ferry grounding: inquiry after passengers rescued", "2026-03-05T10:00:00+00:00", "b1", "Sea Times"),
        Report("Inquiry into ferry grounding: board questions captain", "2026-03-05T12:00:00+00:00", "b2", "Coast Courier"),
    ]
    assert representative_title(reports) == "Passengers rescued as ferry grounds near Halvik harbour"
    assert representative_title(reversed(reports)) == "Passengers rescued as ferry grounds near Halvik harbour"
    # undated, nothing tells the days apart: the words the headlines share, as before
    assert representative_title([r._replace(published=None) for r in reports]) == "Halvik ferry grounding: inquiry after passengers rescued"


def test_an_agency_report_of_a_later_day_is_not_the_copy_its_carriers_credit() -> None:
    # Two papers of March 4 carry the wire's copy ("HALVIK, March 4 (Nordwire)"); the wire's report in
    # the story is of March 5, from the same place: not the copy they ran, and no origin.
    credit = "HALVIK, March 4 (Nordwire)"
    reports = [
        Report("Ferry runs aground off Halvik, 40 passengers rescued", "2026-03-04T09:00:00+00:00", "c1", "Coast Courier", credit),
        Report("Passengers rescued as ferry grounds near Halvik", "2026-03-04T10:00:00+00:00", "c2", "Harbour Gazette", credit),
        Report("Halvik harbour master suspended", "2026-03-05T08:00:00+00:00", "w2", "Nordwire", "HALVIK, March 5 (Nordwire)"),
        Report("Inquiry into Halvik ferry grounding opens", "2026-03-05T10:00:00+00:00", "d1", "Nordic Daily"),
        Report("Board opens inquiry into ferry grounding off Halvik", "2026-03-05T11:00:00+00:00", "d2", "Sea Times"),
    ]
    assert representative_title(reports) == "Inquiry into Halvik ferry grounding opens"
    # the wire's copy of the day they ran credits it
    wire = reports[2]._replace(title="Halvik ferry aground, passengers rescued", published="2026-03-04T08:00:00+00:00", dateline=credit)
    assert representative_title([*reports[:2], wire, *reports[3:]]) == "Halvik ferry aground, passengers rescued"


#: An evening roundup of three events, and a paper's own report of one of them (invented).
ROUNDUP = Report(
    "Evening briefing: buses, a library roof and a kayak rescue", "2026-05-12T19:00:00+00:00", "r1", "Bay Evening Notes", None,
    "Here is what happened around the estuary today.\n"
    "Buses to Ostley will leave from a new depot from next month, the transport board said.\n"
    "Part of the roof of Ferncombe library fell in overnight; no one was hurt.\n"
    "The inshore crew rescued two kayakers off Sandwick in the afternoon.",
)
DEPOT = Report(
    "Ostley buses to leave from a new depot next month, board says", "2026-05-12T10:00:00+00:00", "d1", "Ostley Courier", None,
    "Buses to Ostley will leave from a new depot from next month, the transport board said on Tuesday.\n"
    "The old depot will close at the end of June, and fares will not change.",
)


def test_a_roundup_does_not_name_the_story_of_one_event_it_tells_of() -> None:
    # A variant's evening roundup joined a ferry report's story and named it: its short headline shares
    # one word with the ferry's, as the ferry's does with it. The roundup's text carries every word of the
    # single event's headline; the other report carries one word of the roundup's.
    assert representative_title([ROUNDUP, DEPOT]) == DEPOT.title
    assert representative_title([DEPOT, ROUNDUP]) == DEPOT.title
    # without their texts, the headlines alone: as before
    assert representative_title([ROUNDUP._replace(text=""), DEPOT._replace(text="")]) == ROUNDUP.title


def test_the_library_names_a_story_after_what_its_reports_share(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The library's stored name reads the articles' texts too (``newsprism stories``)."""
    import json

    from core.library.store import Library
    from core.model import Article

    library = tmp_path / "lib.sqlite"
    with Library(library) as lib:
        for r in (ROUNDUP, DEPOT):
            path = str(tmp_path / f"{r.id}.txt")
            lib.add(Article(id=r.id, path=path, outlet=r.outlet, title=r.title, paragraphs=tuple(r.text.split("\n")),
                            published=r.published), source=path)
        [story] = {lib.story_of(r.id) for r in (ROUNDUP, DEPOT)}
    assert main(["stories", "--library", str(library), "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["title"] == DEPOT.title


def test_a_story_is_named_in_the_language_most_of_its_reports_are_written_in() -> None:
    # Trial 46 F6: four reports of a ransom demand, two in English, one in Spanish and one in Dutch, were
    # named by the Dutch headline: the only one without a figure, where each of the others gives one
    # the others outnumber (1.2 million records, $5.4 million, 5 million euros).
    day = "2026-05-13T09:00:00+00:00"
    reports = [
        Report("Pellmark claims 1.2 million patient records from Orlin Valley Care", day, "a1", "Example Medium", None,
               "Late on Tuesday the Pellmark ransomware group added Orlin Valley Care to its leak site, claiming to "
               "have stolen 1.2 million patient records. At Tuesday's rate 85 bitcoin is worth about $5.4 million."),
        Report("Hackers demand $5.4 million from Orlin hospitals", day, "a2", "Example Watch", None,
               "The criminals behind Monday's attack on Orlin Valley Care are demanding a ransom of $5.4 million in "
               "bitcoin, according to the Pellmark group's leak site. The group claims to hold the records of 1.2 "
               "million patients."),
        Report("Los piratas piden 5 millones de euros a los hospitales de Orlin", day, "a3", "Example Faro", None,
               "El grupo de ransomware Pellmark exige un rescate de unos 5 millones de euros en bitcoin a Orlin Valley "
               "Care, el grupo hospitalario cuyos servicios de urgencias cerraron el lunes. Según el grupo, los "
               "delincuentes se llevaron 1,2 millones de historiales de pacientes."),
        Report("Hackers eisen losgeld van Britse ziekenhuisgroep Orlin Valley Care", day, "a4", "Example Krant", None,
               "De ransomwaregroep Pellmark eist 85 bitcoin van de Britse ziekenhuisgroep Orlin Valley Care, omgerekend "
               "ongeveer 5 miljoen euro. De criminelen zeggen 1,2 miljoen patiëntendossiers te hebben buitgemaakt."),
    ]
    english = {r.title for r in reports[:2]}
    assert representative_title(reports) in english
    # in any order the reports are given in
    assert representative_title(reversed(reports)) == representative_title(reports)


def test_the_language_is_chosen_before_the_day() -> None:
    # Trial 48 F9: a grounding's follow-ups, six in English on two later days and a Tagalog and an Arabic
    # report on the day before (two reports a day each, so the earliest busiest day was theirs), were named
    # by the Tagalog headline: no English report was published that day, and the language rule gave way.
    reports = [
        Report("Crew member dies aboard stranded Marisol Dawn", "2026-11-21T08:00:00+00:00", "e1", "Example Ledger", None,
               "An engineer died aboard the stranded container ship Marisol Dawn on Saturday, its operator said."),
        Report("Pilipinong inhinyero, nasawi sa sumadsad na barkong Marisol Dawn", "2026-11-22T08:00:00+00:00", "t1",
               "Example Balita", None,
               "Nasawi ang isang Pilipinong inhinyero sakay ng barkong Marisol Dawn na sumadsad noong Biyernes, ayon sa "
               "kompanya. Sinabi ng kompanya na iniimbestigahan nila ang nangyari sa barko."),
        Report("وفاة مهندس على متن السفينة الجانحة ماريسول داون", "2026-11-22T09:00:00+00:00", "r1", "Example Bahr", None,
               "توفي مهندس على متن سفينة الحاويات الجانحة ماريسول داون يوم السبت، بحسب الشركة المشغلة للسفينة."),
        Report("Salvors fail in first attempt to refloat Marisol Dawn", "2026-11-26T08:00:00+00:00", "e2", "Example Courier",
               None, "Salvors failed on Thursday to refloat the container ship Marisol Dawn, which ran aground last week."),
        Report("Marisol Dawn refloat attempt fails as tugs pull at ship", "2026-11-26T10:00:00+00:00", "e3", "Example Herald",
               None, "Four tugs failed to pull the stranded container ship Marisol Dawn free on Thursday, the salvors said."),
        Report("Port reopens as Marisol Dawn salvage goes on", "2026-11-28T08:00:00+00:00", "e4", "Example Brief", None,
               "The port reopened to traffic on Saturday while salvors prepared a second attempt to refloat the ship."),
        Report("Marisol Dawn: the claims picture after a week", "2026-11-28T09:00:00+00:00", "e5", "Example Claims", None,
               "Claims from the grounding of the container ship Marisol Dawn are likely to pass the salvage bill."),
    ]
    named = representative_title(reports)
    assert named in {r.title for r in reports if r.id.startswith("e")}
    assert representative_title(reversed(reports)) == named


def test_a_tie_of_languages_is_broken_by_the_readers() -> None:
    # Trial 48 F9: a fire told by one English and one Turkish report was named by the Turkish headline in a
    # library of English coverage; with no language of the two more common, the reader's decides.
    reports = [
        Report("Fire breaks out on bulk carrier Marlow Pines off Port Halsey", "2026-11-24T08:00:00+00:00", "e1",
               "Example Times", None, "A fire broke out in the engine room of the bulk carrier Marlow Pines off Port "
               "Halsey on Tuesday, the coastguard said. The crew of 19 were safe."),
        Report("Halsey açıklarında Marlow Pines gemisinde yangın", "2026-11-24T09:00:00+00:00", "t1", "Example Haber",
               None, "Halsey açıklarında seyir halindeki Marlow Pines adlı bir dökme yük gemisinin makine dairesinde salı "
               "günü yangın çıktı ve gemi bir süre sürüklendi. Sahil güvenlik, 19 kişilik mürettebatın güvende "
               "olduğunu ve yangının bu sabah kontrol altına alındığını açıkladı. Gemi için bir römorkör de "
               "bölgeye gönderildi ve soruşturma başlatıldı."),
    ]
    assert representative_title(reports, "en") == reports[0].title
    assert representative_title(reports, "tr") == reports[1].title
    assert representative_title(list(reversed(reports)), "en") == reports[0].title
