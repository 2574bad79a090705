"""A newsletter's unsubscribe line in any language is furniture (core/reading/judge.py,
is_furniture_block), not a paragraph of its report; a report's sentence about unsubscribing is text."""

from __future__ import annotations

import pytest

from core.reading.judge import is_furniture_block


@pytest.mark.parametrize("line", [
    "لإلغاء الاشتراك اضغط هنا",
    "Para darse de baja, haga clic aquí",
    "Preferencias · Darse de baja",
    "Pour se désabonner, cliquez ici",
    "Newsletter abbestellen",
    "Чтобы отписаться от рассылки, нажмите здесь",
    "Berhenti berlangganan",
    "配信停止はこちら",
    "To unsubscribe, click here",
])
def test_an_unsubscribe_line_is_furniture(line: str) -> None:
    assert is_furniture_block(line)


@pytest.mark.parametrize("line", [
    "Los usuarios pueden darse de baja del servicio en cualquier momento, dijo el alcalde.",
    "Cancelar la suscripción cuesta diez euros y el ayuntamiento lo aprobó el lunes por la tarde.",
    "The council voted to unsubscribe from the scheme.",
])
def test_a_sentence_about_unsubscribing_is_text(line: str) -> None:
    assert not is_furniture_block(line)
