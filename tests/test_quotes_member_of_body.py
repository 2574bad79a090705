"""A speaker named with the body they belong to, "PERSON of (the) BODY told OUTLET: ...", is the
person, not the body (trial 46 F3: a union got the words of its secretary, then the quotes view
raised a false "≠ speaker" against an outlet naming her)."""

from __future__ import annotations

from core.text import quote_spans
from core.views.quotes import find_quotes, speaker_of
from tests.reports import outlet_report

WORDS = "We have warned the board for years that the wiring was held together with tape."


def _speaker(text: str) -> str | None:
    return speaker_of(text, quote_spans(text, min_words=1)[0])


def test_a_person_of_a_body_told_an_outlet() -> None:
    assert _speaker(f'Ilse Marvek of the Coastal Porters Guild told The Example Ledger: "{WORDS}"') == "Ilse Marvek"
    assert _speaker(f'Ilse Marvek from Coastal Porters Guild said: "{WORDS}"') == "Ilse Marvek"


def test_after_the_quotation() -> None:
    assert _speaker(f'"{WORDS[:-1]}," Ilse Marvek of the Coastal Porters Guild told The Example Ledger.') == "Ilse Marvek"
    assert _speaker(f'"{WORDS[:-1]}," said Ilse Marvek of the Coastal Porters Guild.') == "Ilse Marvek"


def test_a_person_with_a_role_of_a_body() -> None:
    assert _speaker(f'Ilse Marvek, regional secretary of the Coastal Porters Guild, said: "{WORDS}"') == "Ilse Marvek"


def test_no_one_by_name_of_a_body_is_the_body() -> None:
    assert _speaker(f'Officials of the Coastal Porters Guild said: "{WORDS}"') == "Coastal Porters Guild"


def test_the_sentence_before_names_the_person() -> None:
    text = f'Ilse Marvek of the Coastal Porters Guild spoke outside the depot on Monday. "{WORDS}"'
    assert _speaker(text) == "Ilse Marvek"


def test_two_outlets_naming_her_agree() -> None:
    articles = [
        outlet_report("Example Ledger", f'Ilse Marvek of the Coastal Porters Guild told The Example Ledger: "{WORDS}"'),
        outlet_report("Harbour Example", f'"{WORDS[:-1]}," said Ilse Marvek, regional secretary of the Coastal Porters Guild.'),
    ]
    [quote] = find_quotes(articles)
    assert quote.speaker == "Ilse Marvek"
    assert quote.others == ()


def test_a_person_of_a_body_without_the() -> None:
    # "of BODY" with no "the" before it: the body is no part of her name
    assert _speaker(f'Ilse Marvek of Coastal Porters Guild said: "{WORDS}"') == "Ilse Marvek"
    assert _speaker(f'"{WORDS[:-1]}," Ilse Marvek of Coastal Porters Guild told The Example Ledger.') == "Ilse Marvek"
    assert _speaker(f'"{WORDS[:-1]}," said Ilse Marvek of Coastal Porters Guild.') == "Ilse Marvek"
    articles = [
        outlet_report("Example Ledger", f'Ilse Marvek of Coastal Porters Guild told The Example Ledger: "{WORDS}"'),
        outlet_report("Harbour Example", f'"{WORDS[:-1]}," said Ilse Marvek of the Coastal Porters Guild.'),
    ]
    [quote] = find_quotes(articles)
    assert (quote.speaker, quote.others) == ("Ilse Marvek", ())


def test_a_name_with_of_in_it_stays_whole() -> None:
    # an office before "of" ("Secretary of State"), an organisation's name ("Royal Bank of Scotland")
    assert _speaker(f'"{WORDS[:-1]}," Deputy Secretary of State Ilse Marvek said.') == "Deputy Secretary of State Ilse Marvek"
    assert _speaker(f'"{WORDS[:-1]}," Royal Bank of Scotland said.') == "Royal Bank of Scotland"
    # a body's own name with "of" in it, speaking
    assert _speaker(f'Officials of the Port Authority of Kessra said: "{WORDS}"') == "Port Authority of Kessra"
