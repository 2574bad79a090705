"""Where pages put their writer beyond a "By" line (invented inputs): a post footer's "posted by"
label in other languages, a Korean reporter credit in an article's info list, a CMS's author
field, and an app's embedded data. Each fault checked on a kind of input, not one wording."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html

_BODY = ("<p>The parish council voted last night to close the old mill bridge to cars from April, because "
         "mending it would cost more than a new one.</p>"
         "<p>Walkers, bicycles and the village bus will still cross, and a ferry will run every quarter "
         "of an hour in the morning and the evening.</p>"
         "<p>Shopkeepers on the north bank said they would lose half their customers to the new road.</p>")


def _blog_post(label: str, name: str, lang: str) -> bytes:
    """A blog post whose footer labels its writer, as Blogger's themes print it."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Mill Notes: Bridge to close</title>'
            '<meta name="generator" content="blogger"></head><body>'
            '<h1 class="title"><a href="/">Mill Notes</a></h1>'
            '<div class="post hentry"><h3 class="post-title entry-title">Bridge to close</h3>'
            f'<div class="post-body entry-content">{_BODY}</div>'
            '<div class="post-footer"><span class="post-author vcard">'
            f'{label} <span class="fn">{name}</span></span></div></div></body></html>').encode()


@pytest.mark.parametrize(("label", "name", "lang"), [
    ("Publicado por", "Lucía Muestra", "es"),
    ("Postado por", "Joana Exemplar", "pt"),
    ("Pubblicato da", "Carla Esempi", "it"),
    ("Geplaatst door", "Joost Voorbeeldt", "nl"),
    ("Veröffentlicht von", "Jonas Beispielt", "de"),
    ("Posté par", "Élise Exemplard", "fr"),
    ("Opublikowane przez", "Zofia Przykładna", "pl"),
    ("Diposting oleh", "Budi Contohan", "id"),
])
def test_a_post_footers_posted_by_label_is_no_part_of_the_byline(label: str, name: str, lang: str) -> None:
    article = parse_html(_blog_post(label, name, lang), source="post.html")
    assert article.byline == name
