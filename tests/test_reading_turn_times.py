"""A plain-text transcript whose turns open with the recording's position ("[00:00:19] CHAIR: ...")
reads without those positions: the speaker labels stay, the times go, where several turns are timed
and the times only go forward."""

from __future__ import annotations

from core.reading.text import parse_text

_TURNS = [
    ("MAYOR (Ines Varga)", "Welcome. Tonight we decide on the new tram depot at Kestrel Road."),
    ("PLANNER", "The depot would hold thirty trams and cost 48 million over four years."),
    ("COUNCILLOR BRAY", "What happens to the allotments on the site?"),
    ("PLANNER", "They move to the old rail yard, with two more plots than today."),
]


def _transcript(stamps: list[str]) -> str:
    head = "Town council hearing on the tram depot, 9 April 2026\n\n"
    return head + "\n\n".join(f"{stamp} {who}: {said}" for stamp, (who, said) in zip(stamps, _TURNS))


def test_recording_positions_leave_each_turn_and_the_speaker_stays() -> None:
    for stamps in (["[00:00:03]", "[00:00:41]", "[00:02:10]", "[00:02:15]"],
                   ["(0:00:03.2)", "(0:00:41.0)", "(0:02:10.5)", "(0:02:15.9)"],
                   ["00:00:03 -", "00:00:41 -", "00:02:10 -", "00:02:15 -"]):
        [article] = parse_text(_transcript(stamps), path="hearing.txt")
        text = "\n".join(article.paragraphs)
        assert "PLANNER: The depot would hold thirty trams" in text, stamps
        assert not any(stamp.strip(" -") in text for stamp in stamps), stamps


def test_times_that_go_back_are_not_a_recordings_positions() -> None:
    stamps = ["[00:02:15]", "[00:02:10]", "[00:00:41]", "[00:00:03]"]
    [article] = parse_text(_transcript(stamps), path="hearing.txt")
    assert "[00:02:10] PLANNER" in "\n".join(article.paragraphs)
