"""The quotes view: a story's quotations (core.quotations finds them and who said each) as the
panes, the command line and the exports show them: where reports give a quote to another
speaker, each paragraph named as the views name it (core.views.names), and the JSON of them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.linking.story import Story
from core.model import Article
from core.quotations import Quotation, Quote, find_quotes, person_key, proper_nouns, remarks, speaker_of
from core.views.facts import origin_of
from core.views.names import ArticleName, article_names, paragraph_name

__all__ = ["Quotation", "Quote", "attributed_otherwise", "find_quotes", "person_key", "proper_nouns", "quotes_to_json",
           "remarks", "speaker_of", "story_quotes"]


def story_quotes(story: Story) -> list[Quote]:
    """The quotes of *story* (:func:`core.quotations.find_quotes`): where as many outlets give a
    quote to one person as to another, the person the origin of its words names
    (:func:`core.views.facts.origin_of`: the outlet the others' datelines credit, else the first
    to publish) is its speaker."""

    def origin(ids: Collection[str]) -> str | None:
        found = origin_of(story, set(ids))
        return found.article if found else None

    return find_quotes(story.articles, origin=origin)


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


def quotes_to_json(quotes: Sequence[Quote], articles: Sequence[Article]) -> dict[str, object]:
    """The quotes of a story as JSON: each with speaker, the other speakers reports give it to,
    outlets, variants and occurrences."""
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
                "occurrences": [
                    {
                        "article": o.ref.article,
                        "paragraph": o.ref.paragraph,
                        "span": list(o.span),
                        "text": o.text,
                        "speaker": o.speaker,
                        "parts": [list(p) for p in o.parts] or [list(o.span)],
                    }
                    for o in q.occurrences
                ],
            }
            for q in quotes
        ],
    }
