"""The quotes view: a story's quotations (core.quotations finds them and who said each) as the
panes, the command line and the exports show them: where reports give a quote to another
speaker, each paragraph named as the views name it (core.views.names), and the JSON of them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from core.linking.story import Story
from core.model import Article
from core.quotations import Quotation, Quote, find_quotes, person_key, proper_nouns, remarks, speaker_of, tie_translations
from core.text import LANGUAGE_NAMES, language_code, language_of
from core.views.facts import origin_of
from core.views.names import ArticleName, article_names, paragraph_name

__all__ = ["Quotation", "Quote", "attributed_otherwise", "find_quotes", "person_key", "proper_nouns", "quotes_to_json",
           "remarks", "speaker_of", "story_quotes", "translated_label", "translation_outlets"]


def story_quotes(story: Story, *, meaning: bool | None = None) -> list[Quote]:
    """The quotes of *story* (:func:`core.quotations.find_quotes`): where as many outlets give a
    quote to one person as to another, the person the origin of its words names
    (:func:`core.views.facts.origin_of`: the outlet the others' datelines credit, else the first
    to publish) is its speaker. One statement quoted in several languages is one quote, the
    others its translations (:func:`core.quotations.tie_translations`), each quote's language
    its wording's where that can be told (:func:`core.text.language_of`), else its article's
    (:meth:`core.linking.story.Story.language`).

    *meaning*: whether translations may be tied by the optional model's cosine too
    (core.linking.semantic); None: where links by meaning are enabled (``NEWSPRISM_SEMANTIC=1``
    and the extra installed). The model runs in the caller's thread: a view computes quotes
    off the event loop."""

    def origin(ids: Collection[str]) -> str | None:
        found = origin_of(story, set(ids))
        return found.article if found else None

    quotes = find_quotes(story.articles, origin=origin)
    languages = [_language(story, q) for q in quotes]
    similarity = _similarity([q.text for q in quotes]) if (meaning if meaning is not None else _meaning_enabled()) else None
    return tie_translations(quotes, languages, similarity=similarity)


def _language(story: Story, quote: Quote) -> str | None:
    """The language of *quote*'s wording: told by its words where they are enough, else its first article's."""
    return language_code(language_of(quote.text, least=_QUOTE_WORDS)) or story.language(quote.occurrences[0].ref.article)


#: How many words a quotation's own language is told by (:func:`core.text.language_of`'s *least*).
_QUOTE_WORDS = 4


def _meaning_enabled() -> bool:
    from core.linking import semantic

    return semantic.enabled()


def _similarity(texts: Sequence[str]) -> Callable[[str, str], float]:
    """The cosine of two of *texts* by the optional model (core.linking.semantic), the vectors
    worked out once each and kept in the user's vector cache."""
    from core.linking.semantic import VectorCache, _default_embedder

    cache = VectorCache(VectorCache.default_path())
    try:
        unique = list(dict.fromkeys(texts))
        vectors = cache.vectors(unique, _default_embedder())
    finally:
        cache.close()
    row = {text: k for k, text in enumerate(unique)}
    return lambda a, b: float(vectors[row[a]] @ vectors[row[b]])


def attributed_otherwise(quote: Quote, articles: dict[str, Article]) -> list[str]:
    """One line per other speaker reports give *quote* to (*articles* by id), saying where:
    ``["attributed to Mayor Ana Lima by The Vell Post ¶3"]`` (paragraphs named as
    :func:`core.views.names.paragraph_name` names them), and why its speaker is shown instead
    when as many outlets name this one: ``"... ¶3 (as many outlets; Tomas Berg is named
    first)"``; empty when they agree."""
    names = article_names(articles.values())
    return [
        f"attributed to {name} by " + ", ".join(paragraph_name(names, q.ref) for q in where)
        + (f" (as many outlets; {_why_shown(quote, names)})" if name in quote.tied else "")
        for name, where in quote.others
    ]


def _why_shown(quote: Quote, names: dict[str, ArticleName]) -> str:
    """Why *quote*'s speaker heads it, of speakers as many outlets name: the origin names them, or
    they are named first."""
    if quote.origin is not None and quote.origin in names:
        return f"{quote.speaker} is named by the origin, {names[quote.origin].text}"
    return f"{quote.speaker} is named first"


def translated_label(translation: Quote) -> str:
    """How the views name a quote's translation (:attr:`Quote.translations`): "translated
    (German)", by its language's name; never "verbatim": the wording is another outlet's."""
    language = translation.language or ""
    return f"translated ({LANGUAGE_NAMES.get(language, language or 'another language')})"


def translation_outlets(quote: Quote, articles: dict[str, Article]) -> list[str]:
    """The outlets carrying *quote*'s translations (*articles* by id) that do not carry it too, in story order."""
    own = set(quote.outlets(articles))
    return list(dict.fromkeys(o for t in quote.translations for o in t.outlets(articles) if o not in own))


def _occurrences_json(quote: Quote) -> list[dict[str, object]]:
    return [
        {
            "article": o.ref.article,
            "paragraph": o.ref.paragraph,
            "span": list(o.span),
            "text": o.text,
            "speaker": o.speaker,
            "parts": [list(p) for p in o.parts] or [list(o.span)],
        }
        for o in quote.occurrences
    ]


def quotes_to_json(quotes: Sequence[Quote], articles: Sequence[Article]) -> dict[str, object]:
    """The quotes of a story as JSON: each with speaker, the other speakers reports give it to,
    outlets, variants, occurrences, its language and its translations (each with why it is tied)."""
    by_id = {a.id: a for a in articles}
    return {
        "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title} for a in articles],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                # Who else reports give it to; "tied": named by as many outlets as the speaker.
                "other_speakers": [
                    {"speaker": name, "tied": name in q.tied,
                     "occurrences": [{"article": o.ref.article, "paragraph": o.ref.paragraph} for o in where]}
                    for name, where in q.others
                ],
                "outlets": q.outlets(by_id),
                "variants": [{"text": text, "count": len(where)} for text, where in q.variants()],
                "occurrences": _occurrences_json(q),
                "language": q.language,
                # The statement as reports in other languages quote it: translated, never verbatim;
                # "tied_by": the figures and names both give, or the model's cosine of their meanings.
                "translations": [
                    {"language": t.language, "text": t.text, "speaker": t.speaker, "tied_by": t.tied_by,
                     "outlets": t.outlets(by_id), "variants": [{"text": text, "count": len(where)} for text, where in t.variants()],
                     "occurrences": _occurrences_json(t)}
                    for t in q.translations
                ],
            }
            for q in quotes
        ],
    }
