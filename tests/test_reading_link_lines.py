"""Lines of links to the site's taxonomy, sign-in page or comment form under a report: furniture in
any language, by where the links go (invented inputs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.html import fragment_blocks

LEAD = "The valley water board will replace the old pumping station at Lindmoor by the end of next year."
LAST = "Work on the new station is to start in the spring, the board said."


def _read(tmp_path: Path, body: str, after: str = "") -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pumping station to be replaced</title>"
                    f"</head><body><main><article><h1>Pumping station to be replaced</h1><div class='body'>{body}</div>"
                    f"{after}</article></main></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


BLOG_LEAD = "Dewan air lembah akan mengganti stasiun pompa lama di Lindmoor sebelum akhir tahun depan."
BLOG = (BLOG_LEAD, "Warga di tepi timur sudah berbulan-bulan mengeluhkan tekanan air yang rendah setiap pagi.",
        "Stasiun baru itu akan menelan biaya sekitar 3,2 juta euro, separuhnya dibayar oleh pemerintah daerah.",
        "Pekerjaan akan dimulai pada musim semi, kata dewan.")


def _read_post(tmp_path: Path, footer: str) -> list:  # type: ignore[type-arg]
    """A blog's post page in Blogger's classic shape: a picture over the post's body, its
    paragraphs two breaks apart, one in a styled span, the post's footer lines after it."""
    body = (f"<div class='separator'><a href='https://example.org/pompa.jpg'><img src='https://example.org/pompa.jpg' "
            f"width='640'/></a></div><br />{BLOG[0]}<br /><br />{BLOG[1]}<br /><br /><span style='font-family: arial;'>"
            f"{BLOG[2]}</span><br /><br />{BLOG[3]}\n<div style='clear: both;'></div>\n")
    path = tmp_path / "post.html"
    path.write_text(
        "<!DOCTYPE html>\n<html dir='ltr' lang='id'>\n<head>\n<meta content='blogger' name='generator'/>\n"
        "<link href='https://lindmoor.blogspot.com/2026/02/pompa.html' rel='canonical'/>\n"
        "<meta content='Stasiun pompa diganti' property='og:title'/>\n"
        "<title>Catatan Lindmoor: Stasiun pompa diganti</title>\n</head>\n<body>\n"
        "<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>\n"
        "<div class='blog-posts hfeed'>\n<div class='date-outer'>\n<div class='date-posts'>\n<div class='post-outer'>\n"
        "<div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
        "<h3 class='post-title entry-title' itemprop='name'>\nStasiun pompa diganti\n</h3>\n"
        f"<div class='post-body entry-content'>{body}</div>\n<div class='post-footer'>\n"
        "<div class='post-footer-line post-footer-line-1'>\n<span class='post-author vcard'>Diposting oleh <span class='fn' "
        "itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' "
        "href='https://www.blogger.com/profile/1' rel='author'><span itemprop='name'>Sari Contoh</span></a></span></span>\n</div>\n"
        f"<div class='post-footer-line post-footer-line-2'>{footer}</div>\n</div>\n</div>\n</div>\n</div></div>\n</div>\n"
        "</div></div></div>\n</body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


@pytest.mark.parametrize("line", [
    # Blogger's labels (Indonesian, Portuguese), one of them linked nowhere but marked rel=tag
    "<span class='post-labels'>Label: <a href='https://lindmoor.blogspot.com/search/label/air%20bersih' rel='tag'>air bersih</a>,"
    " <a href='#' rel='tag'>Lindmoor</a></span>",
    "<span class='post-labels'>Marcadores: <a href='/search/label/%C3%A1gua'>água</a>, <a href='/search/label/obras'>obras</a></span>",
    # a tag list with no label (Tumblr's), a category line, a Drupal taxonomy field with its label in Georgian script
    "<ul class='tags'><li><a href='/tagged/pumps'>#pumps</a></li><li><a href='/tagged/lindmoor'>#lindmoor</a></li></ul>",
    "<p>Kategorie: <a href='/kategorie/region/'>Region</a> | <a href='/kategorie/wasser/'>Wasser</a></p>",
    "<div class='field'><div class='field-label'>თეგები:</div><div><a href='/ka/taxonomy/term/12'>წყალი</a></div></div>",
])
def test_a_line_of_tag_links_under_the_report_is_no_paragraph(tmp_path: Path, line: str) -> None:
    """A post's tags, labels or categories, whatever its language calls them: the last paragraph before."""
    [article] = _read_post(tmp_path, line)
    assert article.paragraphs == BLOG


@pytest.mark.parametrize("line", [
    # Drupal 7's "comment_forbidden" link: sign in (in Thai, no spaces between its words), then comment
    "<ul class='links inline'><li class='comment_forbidden'><span><a href='/th/user/login?destination=node/44%23comment-form'>"
    "เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li></ul>",
    "<ul class='links'><li><a href='/user/login?destination=node/44%23comment-form'>Log in</a> or "
    "<a href='/user/register?destination=node/44%23comment-form'>register</a> to post comments</li></ul>",
    # WordPress: "you must be logged in", and the link to the comment form
    "<p class='must-log-in'>Sie müssen <a href='/wp-login.php?redirect_to=%2F2026%2F02%2Fpumpwerk%2F'>angemeldet</a> sein</p>",
    "<p><a href='/2026/02/pumping-station/#respond'>Deja un comentario</a></p>",
])
def test_a_line_that_links_to_sign_in_or_to_the_comment_form_is_no_paragraph(tmp_path: Path, line: str) -> None:
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{LAST}</p>", line)
    assert article.paragraphs == (LEAD, LAST)


def test_a_sentence_that_links_a_tag_page_or_the_comments_is_kept(tmp_path: Path) -> None:
    """A link to a tag's page, or to the comments, inside a sentence of the report is the report's."""
    tagged = ("The <a href='/tag/water-board' rel='tag'>water board</a> said the new station would serve about 4,000 homes "
              "on both banks.")
    comments = "Readers can send their questions about the works <a href='#comments'>below</a>, the board said."
    [article] = _read(tmp_path, f"<p>{LEAD}</p><p>{tagged}</p><p>{comments}</p>")
    assert article.paragraphs == (
        LEAD,
        "The water board said the new station would serve about 4,000 homes on both banks.",
        "Readers can send their questions about the works below, the board said.",
    )


def test_a_feed_items_link_to_its_comments_is_no_paragraph(tmp_path: Path) -> None:
    """A JSON Feed item's HTML closing on a link to the post's comments ("Leave a comment" in
    Finnish): the fragment's reading drops it as a page's does."""
    html = (f"<p>{LEAD}</p><p>{LAST}</p>"
            "<p><a href='https://lindmoor.example/2026/02/pumppaamo/#comments'>Jätä kommentti</a></p>")
    assert [b.text for b in fragment_blocks(html)] == [LEAD, LAST]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Lindmoor News", "items": [
        {"id": "1", "url": "https://lindmoor.example/2026/02/pumppaamo/", "title": "Pumping station to be replaced",
         "content_html": html, "date_published": "2026-02-11T09:40:00+02:00"}]}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    [article], errors = read_paths([path])
    assert not errors
    assert article.paragraphs == (LEAD, LAST)


def test_a_line_of_category_links_that_also_dates_the_post_stays_for_its_date(tmp_path: Path) -> None:
    """A post's meta line gives its category links and its date ("Posted on 3 March 2026 in
    <a rel=category>Region</a>"): its date is the page's, which only that line gives."""
    line = ("<div class='entry-meta'>Posted on 3 March 2026 in <a href='/category/region/' rel='category tag'>Region</a>, "
            "<a href='/category/water/' rel='category tag'>Water</a></div>")
    [article] = _read(tmp_path, f"{line}<p>{LEAD}</p><p>{LAST}</p>")
    assert article.published and article.published.startswith("2026-03-03")
