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


_KO_BODY = ("<p>군의회는 4일 낡은 포구 다리를 내년 봄부터 차량 통행 금지하기로 의결했다. 보수 비용이 새 다리보다 크다는 판단이다.</p>"
            "<p>버스와 자전거, 보행자는 계속 다리를 건널 수 있고, 출퇴근 시간에는 나룻배가 운항한다.</p>"
            "<p>북쪽 상인들은 손님을 잃게 될 것이라며 표결을 미뤄 달라고 요구했다.</p>")
_JA_BODY = ("<p>町議会は4日、老朽化した漁港の橋を来春から車両通行止めにすると議決した。</p>"
            "<p>バスや自転車、歩行者は引き続き橋を渡ることができ、朝夕には渡し船が運航する。</p>"
            "<p>北岸の商店主らは客を失うとして採決の延期を求めた。</p>")


@pytest.mark.parametrize(("lang", "title", "credit", "stamp", "body", "name"), [
    ("ko", "포구 다리 차량 통행 금지", "박예나 기자", "입력 2027.05.04 14:05", _KO_BODY, "박예나"),
    ("ko", "포구 다리 차량 통행 금지", "정예시 특파원", "승인 2027.05.04 14:05", _KO_BODY, "정예시"),
    ("ja", "漁港の橋、来春から通行止め", "山本花子 記者", "2027年5月4日 14:05", _JA_BODY, "山本花子"),
], ids=["ko-reporter", "ko-correspondent", "ja-reporter"])
def test_a_reporter_credit_in_an_articles_info_list_is_the_byline(
        lang: str, title: str, credit: str, stamp: str, body: str, name: str) -> None:
    """The name before the word for reporter, an item of the list under the headline (with an icon
    before it), which no class marks as the author's."""
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="view-head"><h3 class="heading">{title}</h3>'
            f'<ul class="info"><li><i class="icon-person"></i> {credit}</li><li><i class="icon-clock"></i> {stamp}</li>'
            f'<li>0</li></ul></div><article class="view-body">{body}</article></body></html>')
    article = parse_html(page.encode(), source="view.html")
    assert article.byline == name
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(("meta", "name"), [
    # Drupal's node meta: the author field of the node ("uid") beside its date
    ('<div class="node__meta"><span class="field field--name-uid"><span>Olga Wzorcowa</span></span> '
     '<span class="field field--name-created">wt., 04.05.2027 - 14:05</span></div>', "Olga Wzorcowa"),
    # a French theme's author element
    ('<div class="infos"><span class="nom-auteur">Claire Exemplaire</span> <span class="date">4 mai 2027</span></div>',
     "Claire Exemplaire"),
], ids=["drupal-uid", "auteur"])
def test_a_cms_author_field_beside_the_date_is_the_byline(meta: str, name: str) -> None:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge to close | Mill Courier</title>'
            '<meta property="og:site_name" content="Mill Courier"></head><body>'
            '<header><div class="site-name"><a href="/">Mill Courier</a></div></header>'
            '<main><article class="node node--type-article"><h1 class="page-title">Bridge to close</h1>'
            f'{meta}<div class="field field--name-body">{_BODY}</div></article></main></body></html>')
    article = parse_html(page.encode(), source="node.html")
    assert article.byline == name
    assert len(article.paragraphs) == 3


def _app_page(state: str) -> bytes:
    """A page drawn by script in the browser, saved before it drew: its report is only in its state."""
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mill bridge to close | Mill Courier</title>'
            '<meta property="og:site_name" content="Mill Courier"></head><body><div id="__next"><main>'
            '<div class="skeleton">Loading…</div></main></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>').encode()


_LEAD = "The parish council voted last night to close the old mill bridge to cars from April next year."
_SECOND = "Walkers, bicycles and the village bus will still cross, and a ferry will run every quarter of an hour."
_THIRD = "Shopkeepers on the north bank said they would lose half their customers to the new road."
_CAPTION = "The mill bridge was built by the parish in 1881 and last mended in 1990."


@pytest.mark.parametrize(("state", "name"), [
    # a list of author objects, and an image block (its type says so) with its caption
    ('{"props": {"pageProps": {"story": {"headline": "Mill bridge to close", "authors": [{"name": "Nell Samplewood"}], '
     f'"blocks": [{{"type": "paragraph", "text": "{_LEAD}"}}, {{"type": "image", "url": "/m.jpg", "caption": "{_CAPTION}"}}, '
     f'{{"type": "paragraph", "text": "{_SECOND}"}}, {{"type": "paragraph", "text": "{_THIRD}"}}]}}, '
     '"related": [{"headline": "Ferry fares rise", "author": {"name": "Otto Otherman"}}]}}}', "Nell Samplewood"),
    # one author object above the story's record, and a picture's caption in a field of its own
    ('{"props": {"pageProps": {"author": {"name": "Ivo Sampleton"}, "post": {"title": "Mill bridge to close", '
     f'"content": ["<p>{_LEAD}</p>", {{"__typename": "Figure", "src": "/m.jpg"}}, "<p>{_SECOND}</p><p>{_THIRD}</p>"], '
     f'"hero": {{"src": "/h.jpg", "caption": "{_CAPTION}"}}}}}}}}}}', "Ivo Sampleton"),
], ids=["authors-list", "author-above"])
def test_an_apps_state_gives_the_report_its_writer_and_no_caption(state: str, name: str) -> None:
    article = parse_html(_app_page(state), source="app.html")
    assert list(article.paragraphs) == [_LEAD, _SECOND, _THIRD]
    assert article.byline == name
