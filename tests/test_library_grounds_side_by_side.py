"""A story's "why" lists names as its reports print them, never two names run together (trial 52 F8):
an airline and its aircraft's type printed side by side ("the Lumeta Air Corvo C-40"), each printed
as a run of its own elsewhere, are two names; a Turkish report's case ending ("Lumeta Air CEO'su Pavo
Renski": the airline's chief executive) ends the name it ends, and is no part of the name shown."""

from __future__ import annotations

from core.library.store import _name_key, _printed, whole_names

NAMES = {"lumeta", "air", "corvo", "c-40", "lu207", "pavo", "renski", "brasko", "helen", "carrow"}


def test_two_names_printed_side_by_side_are_no_whole_name_of_either() -> None:
    texts = [
        "Fire crews surround the Lumeta Air Corvo C-40 on the runway at Brasko.",
        "Lumeta Air said the Corvo C-40 had passed its last engine check.",
        "The Corvo C-40 of flight LU207 carried 58 passengers, Lumeta Air said.",
        "Pilots had reported the Corvo C-40's left engine three times.",
    ]
    whole = whole_names(texts, NAMES)
    assert whole.get("corvo c-40", "Corvo C-40") == "Corvo C-40"
    assert whole.get("c-40", "Corvo C-40") == "Corvo C-40"
    assert whole.get("lumeta air", "Lumeta Air") == "Lumeta Air"


def test_a_surname_still_takes_its_full_name() -> None:
    texts = ["Lumeta Air chief executive Helen Carrow said the crew did well.", "Carrow said the Corvo C-40 was safe."]
    assert whole_names(texts, NAMES)["carrow"] == "Helen Carrow"


def test_a_case_ending_ends_the_name_it_ends() -> None:
    texts = [
        'Lumeta Air CEO\'su Pavo Renski, "Mürettebat eğitildiği şeyi yaptı" dedi.',
        "Brasko'da acil iniş yapan uçakta 58 yolcu vardı.",
        "Lumeta Air chief executive Pavo Renski thanked the crew at Brasko.",
    ]
    whole = whole_names(texts, NAMES)
    assert whole.get("pavo renski", "Pavo Renski") == "Pavo Renski"
    assert whole.get("renski", "Pavo Renski") == "Pavo Renski"
    assert not any("CEO" in shown for shown in whole.values()), whole
    assert _name_key("Brasko'da") == "brasko" and _printed("Brasko'da") == "Brasko"
    assert _name_key("Marwick's") == "marwick" and _name_key("O'Neil") == "o'neil"


def test_a_case_ending_is_read_off_by_one_rule_for_profiles_and_names_shown() -> None:
    """core.stories.cluster.case_ending is the one rule: the name a profile keys and the name the grounds print
    are the word before a small-letter ending after an apostrophe, not before a possessive's or a name's own."""
    from core.stories.cluster import case_ending, profile
    from tests.story_groups import article

    assert [m[1] if (m := case_ending(w)) else None for w in ("Kelvar'da", "CEO'su", "Marwick's", "O'Neil", "Lumeta")] == [
        "da", "su", None, None, None]
    assert (_name_key("Kelvar'da"), _printed("Kelvar'da")) == ("kelvar", "Kelvar")
    found = profile(article("Kelvar'da grev", "Kelvar'da liman işçileri sabah greve başladı, Kelvar Limanı kapandı.", outlet="Ege Haber"))
    assert "n:kelvar" in found.features()
