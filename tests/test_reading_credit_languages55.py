"""A wire report's closing credit line in the other languages the reader knows (session 55):
who reported ("Imeripotiwa na", "Bericht von", "Información de") and who edited ("Imehaririwa na",
"redigiert von", "editado por") is metadata, not the report's text."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import wire_credit

SW_LEAD = "KIGOMA, Machi 3 (Mfano Habari) - Bandari mpya ya Kigoma ilifunguliwa Jumanne na itapokea meli nne kwa siku, serikali ilisema."
SW_MORE = "Ujenzi wa bandari hiyo uligharimu shilingi bilioni 120 na ulichukua miaka mitatu, kwa mujibu wa mamlaka ya bandari."


@pytest.mark.parametrize("line, reporters", [
    ("Imeripotiwa na Asha Mfano mjini Kigoma na Juma Sampuli; Imehaririwa na Neema Jaribio", ("Asha Mfano", "Juma Sampuli")),
    ("(Bericht von Anna Beispiel, redigiert von Bo Lind)", ("Anna Beispiel",)),
    ("(Información de Ana Ejemplo en Lima y Juan Muestra en Quito; editado por Eva Prueba)", ("Ana Ejemplo", "Juan Muestra")),
    ("(Reportage Jean Exemple; version française Claude Autre, édité par Marie Essai)", ("Jean Exemple",)),
    ("Verslaggeving door Jan Voorbeeld en Eva de Proef; redactie door Piet Test", ("Jan Voorbeeld", "Eva de Proef")),
    ("Adrodd gan Gwen Enghraifft; Golygu gan Dafydd Sampl", ("Gwen Enghraifft",)),
    ("Imehaririwa na Neema Jaribio", ()),  # an editor only: credited, no author
])
def test_credit_line_in_other_languages(line: str, reporters: tuple[str, ...]) -> None:
    assert wire_credit(line) == reporters


@pytest.mark.parametrize("sentence", ["Información de la policía local indica que el puente estaba cerrado.",
                                      "Bericht von gestern: Die Fähre fuhr wieder."])
def test_a_sentence_with_the_words_is_no_credit(sentence: str) -> None:
    assert wire_credit(sentence) is None


def test_swahili_credit_line_closing_a_report_is_no_paragraph() -> None:
    page = ("<html lang='sw'><head><title>Bandari mpya Kigoma</title></head><body><article><h1>Bandari mpya Kigoma</h1>"
            f"<p>{SW_LEAD}</p><p>{SW_MORE}</p>"
            "<p class='sign-off'>Imeripotiwa na Asha Mfano mjini Kigoma; Imehaririwa na Neema Jaribio</p></article></body></html>")
    article = parse_html(page.encode(), source="x.html")
    assert len(article.paragraphs) == 2
    assert all("Imeripotiwa" not in p and "Imehaririwa" not in p for p in article.paragraphs)


def test_burmese_dateline_with_its_own_comma() -> None:
    from core.reading.judge import split_dateline

    assert split_dateline("ရန်ကုန်၊ ဧပြီ ၁၂ (မသဌ) - ရန်ကုန်မြို့တွင် မိုးရွာခဲ့သည်။") == ("ရန်ကုန်၊ ဧပြီ ၁၂ (မသဌ)", "ရန်ကုန်မြို့တွင် မိုးရွာခဲ့သည်။")
