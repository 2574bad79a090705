"""Quotes: speakers in Italian, Spanish, Romanian, Hungarian and Turkish attributions.

Trial 54 F5: quotations whose sentence names their speaker showed "speaker not named":
Romanian's and Hungarian's verbs of speech were not read ('„...”, a declarat Brask', '„...” –
mondta.'), a verb of speech with an audience and no pronoun ('«...», ha detto ai giornalisti',
as Italian and Spanish drop the pronoun) pointed nowhere, and a Turkish speaker named before
what they said it of, the verb last and a colon ('Brask, ... söyledi: "..."'), was not read. And "she added" after 'El director general de Vardo Cargo, Teodor Brask, habló'
pointed at the body, not the person the sentence names after the role."""

from __future__ import annotations

import pytest

from core.quotations import speaker_of


def _speaker(text: str) -> str | None:
    opening = next(n for n, c in enumerate(text) if c in "«„\"")
    closing = next(n for n, c in enumerate(text[opening + 1 :], opening + 1) if c in "»”\"")
    return speaker_of(text, (opening + 1, closing))


@pytest.mark.parametrize("text, speaker", [
    ("La sindaca Ilka Renner ha chiuso le scuole. «La gente vuole tornare a casa», ha detto ai giornalisti.",
     "Ilka Renner"),
    ("El alcalde Juan Pérez cerró las escuelas. «Nadie volverá hasta mañana», dijo a los periodistas.",
     "Juan Pérez"),
    ("Directorul Teodor Brask și-a cerut scuze. „Regretăm profund suferința oamenilor”, a declarat Brask într-o conferință de presă.",
     "Teodor Brask"),
    ("Directorul general al Vardo Cargo, Teodor Brask, a vorbit miercuri. „Vagoanele au fost inspectate în octombrie”, a adăugat el.",
     "Teodor Brask"),
    ("Ilka Renner polgármester bezáratta az iskolákat. „Az emberek haza akarnak menni” – mondta.",
     "Ilka Renner"),
    ("Teodor Brask özür diledi. Brask, vagonların Ekim ayında denetlendiğini söyledi: \"Vagonlarımız denetlendi.\"",
     "Teodor Brask"),
    # the person a sentence names after a role of a body, not the body ("she added" points back)
    ("El director general de Vardo Cargo, Teodor Brask, habló el miércoles. «Los vagones fueron revisados», añadió.",
     "Teodor Brask"),
    # an unnamed speaker stays unnamed, not the person of the sentence before
    ("Mayor Ana Lima spoke on Monday. \"We are closed until further notice,\" said a spokesman.", None),
    ("Il sindaco Ilka Renner ha parlato. «Siamo chiusi fino a nuovo avviso», ha detto al Corriere.", None),
])
def test_the_speaker_of_a_pro_drop_or_verb_last_attribution(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
