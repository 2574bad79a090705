"""An e-mail newsletter's frame in languages other than English: the link to its web copy above
the report ("¿No ves bien este correo? Ábrelo en tu navegador", "Im Browser ansehen"), and its
footer (why the reader gets it, the link to leave the list, the sender's postal address) are no
part of the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import is_mail_frame

MESSAGE = """From: Example Weekly <news@weekly.example>
Subject: {title}
Date: Tue, 3 Mar 2026 07:30:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><table><tr><td><a href="https://weekly.example/view">{view}</a></td></tr>
<tr><td><h1>{title}</h1><p>{one}</p><p>{two}</p><p>{three}</p></td></tr>
<tr><td><p>{why}</p><p><a href="https://weekly.example/u">{leave}</a> · <a href="https://weekly.example/p">{prefs}</a></p>
<p>{address}</p></td></tr></table></body></html>
"""

LETTERS = {
    "es": dict(
        title="La biblioteca del barrio abrirá los domingos",
        view="¿No ves bien este correo? Ábrelo en tu navegador",
        one="El ayuntamiento decidió el martes que la biblioteca del barrio abra también los domingos desde mayo.",
        two="Hasta ahora cerraba el fin de semana y los vecinos habían pedido el cambio durante años.",
        three="La medida costará unos 80.000 euros al año.",
        why="Recibes este correo porque te suscribiste a Semanario Ejemplo.",
        leave="Darse de baja", prefs="Preferencias", address="Semanario Ejemplo, Calle Mayor 12, Villanueva",
    ),
    "de": dict(
        title="Die Stadtbibliothek öffnet künftig auch sonntags",
        view="Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen",
        one="Der Stadtrat hat am Dienstag beschlossen, dass die Stadtbibliothek ab Mai auch sonntags öffnet.",
        two="Bisher war sie am Wochenende geschlossen, die Anwohner hatten seit Jahren um die Änderung gebeten.",
        three="Die Maßnahme kostet rund 80.000 Euro im Jahr.",
        why="Sie erhalten diesen Newsletter, weil Sie sich bei Beispiel Wochenblatt angemeldet haben.",
        leave="Abmelden", prefs="Einstellungen", address="Beispiel Wochenblatt, Hauptstraße 12, 12345 Beispielstadt",
    ),
    "fr": dict(
        title="La bibliothèque du quartier ouvrira le dimanche",
        view="Voir ce message dans votre navigateur",
        one="Le conseil municipal a décidé mardi que la bibliothèque du quartier ouvrira aussi le dimanche dès mai.",
        two="Jusqu'ici elle fermait le week-end et les habitants réclamaient ce changement depuis des années.",
        three="La mesure coûtera environ 80 000 euros par an.",
        why="Vous recevez ce courriel car vous êtes inscrit à la lettre de l'Hebdo Exemple.",
        leave="Se désabonner", prefs="Préférences", address="Hebdo Exemple, 12 rue Principale, Villeneuve",
    ),
}


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_a_newsletters_frame_in_its_language_is_not_the_report(tmp_path: Path, language: str) -> None:
    letter = LETTERS[language]
    path = tmp_path / f"letter-{language}.eml"
    path.write_text(MESSAGE.format(**letter), encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (letter["one"], letter["two"], letter["three"])


@pytest.mark.parametrize("line", [
    "¿No ves bien este correo? Ábrelo en tu navegador",
    "Darse de baja · Preferencias",
    "Recibes este correo porque te suscribiste a Semanario Ejemplo.",
    "Im Browser ansehen",
    "Se désabonner | Gérer mes préférences",
    "لإلغاء الاشتراك اضغط هنا",
    "Отписаться от рассылки",
])
def test_frame_lines_in_other_languages_are_the_mail_frame(line: str) -> None:
    assert is_mail_frame(line)


@pytest.mark.parametrize("line", [
    "El ayuntamiento dijo que darse de baja del padrón será más fácil desde mayo para los vecinos del barrio.",
    "Der Verein will sich beim Land abmelden, sagte der Vorsitzende am Dienstag vor Journalisten in der Stadt.",
])
def test_a_reports_sentence_naming_the_words_is_not_the_frame(line: str) -> None:
    assert not is_mail_frame(line)
