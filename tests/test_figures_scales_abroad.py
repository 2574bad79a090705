"""Scale words and number words in the languages the figures read (trial 55 F3): "rund 3
Millionen", "ponad 2 mln", "près de trois millions", "nästan tre miljoner", "téměř tři miliony",
"σχεδόν τρία εκατομμύρια", "майже три мільйони" are each a count of millions, with its
qualifier, of what its noun counts; and a span of time in those languages is one."""

from __future__ import annotations

from core.linking.story import Story
from core.views.figures import compare, extract
from tests.figure_rows import article

_LEADS = {
    "Wire": "Nearly three million customers were left without electricity on Wednesday after the interconnector tripped "
            "on Tuesday evening, the grid operator said.",
    "Abendpost": "Nach dem Ausfall einer einzigen Hochspannungsleitung sind seit Dienstagabend rund 3 Millionen Kunden ohne "
                 "Strom gewesen, teilte der Netzbetreiber mit.",
    "Kurier": "Ponad 2 mln odbiorców zostało bez prądu po awarii połączenia we wtorek wieczorem, poinformował operator sieci.",
    "Quotidien": "Près de trois millions de clients sont privés d'électricité depuis mardi soir : la panne est partie de "
                 "l'interconnexion, selon le gestionnaire du réseau.",
    "Faro": "Casi tres millones de clientes se quedaron sin electricidad desde el martes por la noche tras el fallo de la "
            "interconexión, según el operador de la red.",
    "Norrsken": "Nästan tre miljoner kunder förlorade strömmen sedan förbindelsen löste ut på tisdagskvällen, enligt "
                "nätoperatören som har ansvaret för elnätet.",
    "Kanaal": "Bijna drie miljoen klanten in het land zaten dinsdagavond zonder stroom nadat de verbinding met het "
              "buurland uitviel, meldt de netbeheerder.",
    "Hlas": "Téměř tři miliony odběratelů zůstaly od úterního večera bez proudu poté, co vypadlo propojení, uvedl "
            "provozovatel soustavy.",
    "Gefyra": "Σχεδόν τρία εκατομμύρια καταναλωτές έμειναν χωρίς ρεύμα από το βράδυ της Τρίτης, μετά την πτώση της "
              "διασύνδεσης, σύμφωνα με τον διαχειριστή.",
    "Svitanok": "Майже три мільйони споживачів залишилися без світла з вівторка ввечері після відключення міждержавної "
                "лінії, повідомив оператор мережі.",
}


def test_a_scale_word_abroad_makes_a_count_of_millions_with_its_qualifier() -> None:
    read = {outlet: [(f.value, f.unit, f.qualifier) for f in extract([article(outlet, lead)])] for outlet, lead in _LEADS.items()}
    assert read == {
        "Wire": [(3e6, "customer", "nearly")], "Abendpost": [(3e6, "customer", "about")],
        "Kurier": [(2e6, "customer", "more than")], "Quotidien": [(3e6, "customer", "nearly")],
        "Faro": [(3e6, "customer", "almost")], "Norrsken": [(3e6, "customer", "nearly")],
        "Kanaal": [(3e6, "customer", "nearly")], "Hlas": [(3e6, "customer", "nearly")],
        "Gefyra": [(3e6, "customer", "nearly")], "Svitanok": [(3e6, "customer", "nearly")],
    }


def test_the_counts_abroad_are_one_quantity_with_the_english_one() -> None:
    # (the same value in every language: "more than 2 million" joins them only where its paragraph is linked)
    same = [article(outlet, lead) for outlet, lead in _LEADS.items() if outlet != "Kurier"]
    groups = [g for g in compare(Story.build(same)) if g.unit == "customer"]
    assert len(groups) == 1 and len(groups[0].figures) == len(same) and not groups[0].disagree


def test_a_span_of_hours_abroad_is_a_duration() -> None:
    spans = {
        "Hlas": "Obnova dodávek pro většinu odběratelů má trvat 14 hodin, uvedl provozovatel soustavy v úterý.",
        "Svitanok": "Відновлення електропостачання для більшості споживачів триватиме 14 годин, повідомив оператор.",
        "Norrsken": "Enligt nätoperatören ska strömmen vara tillbaka för de flesta kunder inom 14 timmar, sade bolaget.",
    }
    read = {outlet: [(f.value, f.unit, f.kind) for f in extract([article(outlet, text)])] for outlet, text in spans.items()}
    assert read == {outlet: [(14, "hour", "duration")] for outlet in spans}
