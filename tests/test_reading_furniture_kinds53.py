"""core.reading: page furniture by kind, in any language (invented inputs): a call to follow the site
on a platform, a notice of the outlet's rights, the label of a box giving the page's short link, a
share bar and a related list in a script without Latin letters, a picture's credit and a plug for the
site in a feed's entry, a section's link glued to the byline, the readers' comments under a
signature, a newsroom's credit and a second calendar's date above a report, a post box's label."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths
from core.reading.feed import parse_feed
from core.reading import judge
from core.reading.judge import classify_line, is_furniture_block, is_stamp_block, Kind
from core.reading.sources import Item

LEAD = "The river authority opened the new flood gates on Monday after four years of building work."
SECOND = "Engineers said the gates would protect about twelve thousand homes along the lower valley."
THIRD = "The project cost more than the first estimate, and the final bill will be known next spring."


def _read(tmp_path: Path, name: str, data: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a><a href='/region'>Region</a><a href='/sport'>Sport</a></nav>{body}</body></html>")


def test_a_call_to_follow_the_site_on_a_platform_is_furniture_in_more_languages() -> None:
    for line in ("Fylgstu með Dalafréttum í Apple News.", "Följ oss på Facebook för fler nyheter.",
                 "Pratite nas na Telegramu.", "Seuraa meitä Instagramissa.", "Dilynwch ni ar Facebook."):
        assert is_furniture_block(line), line
    assert not is_furniture_block("The mayor said residents should follow the river authority's advice on Facebook and stay home.")


def test_an_outlets_rights_notice_is_furniture_in_any_language(tmp_path: Path) -> None:
    for line in ("MWISHO WA HUDUMA · Habari hizi ni mali ya KTA. Haziruhusiwi kuchapishwa bila kibali.",
                 "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung der Redaktion.",
                 "FINE DEL SERVIZIO · Queste notizie sono di proprietà di AGX. Riproduzione riservata."):
        assert judge.is_rights_notice(line) and classify_line(line) is Kind.FURNITURE, line
    # a report that tells of a ban is the report's
    assert not judge.is_rights_notice("The court said reproduction of the photographs was prohibited without the family's consent.")
    text = "\n\n".join(("Flood gates open on the lower river", LEAD, SECOND, THIRD,
                        "MWISHO WA HUDUMA · Habari hizi ni mali ya KTA. Haziruhusiwi kuchapishwa bila kibali."))
    [article] = _read(tmp_path, "gates.txt", text)
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_the_label_of_a_short_link_box_and_a_glued_share_bar_are_no_paragraphs(tmp_path: Path) -> None:
    body = (f"<main><article><h1>Flood gates open on the lower river</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"
            "<div class='short-link'>لینک کوتاه: <input value='https://example.ir/x/4k'></div>"
            "<div class='share'><span>ያጋሩ፦</span><a>ፌስቡክ</a><a>ቴሌግራም</a></div>"
            "<div class='related'><h3>ተዛማጅ ዜናዎች</h3><ul><li><a>የወንዙ ድልድይ ግንባታ ተጀመረ</a></li></ul></div>"
            "</article></main>")
    [article] = _read(tmp_path, "gates.html", _page("Flood gates open on the lower river", body))
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def _rss(items: str) -> bytes:
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Valley Voice</title>"
            f"<link>https://valleyvoice.example/</link><description>news</description>{items}</channel></rss>").encode()


def _item(link: str, description: str) -> str:
    return (f"<item><title>Gates open</title><link>{link}</link><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>"
            f"<description><![CDATA[{description}]]></description></item>")


def test_a_feed_entrys_picture_credit_and_plug_for_its_site_are_dropped_and_it_stays_whole() -> None:
    plug = "Celý článok a ďalšie správy si prečítate na <a href='https://www.valleyvoice.example'>www.valleyvoice.example</a>."
    picture = "<p><img src='https://valleyvoice.example/g.jpg' alt='gates'/></p><p><em>Foto: Valley Voice/Ana Example</em></p>"
    feed = _rss(_item("https://valleyvoice.example/news/gates", f"{picture}<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p><p>{plug}</p>")
                + _item("https://valleyvoice.example/news/gates-2", f"<p>{LEAD}</p><p>{SECOND}</p><p>{plug}</p>"))
    results = list(parse_feed(feed, source="feed.xml", fetch=None))
    assert all(type(r) is Item for r in results), results
    first, second = (r.article for r in results if isinstance(r, Item))
    assert first.paragraphs == (LEAD, SECOND, THIRD)
    # two paragraphs and the feed's plug: the entry as the feed wrote it, whole, its plug dropped
    assert second.paragraphs == (LEAD, SECOND) and not second.summary_only
    # a closing paragraph that links to another page of the site is the report's
    other = "The plan is on <a href='https://valleyvoice.example/plan'>our site</a>."
    [result] = parse_feed(_rss(_item("https://valleyvoice.example/news/gates", f"<p>{LEAD}</p><p>{SECOND}</p><p>{other}</p>")),
                          source="feed.xml", fetch=None)
    assert isinstance(result, Item) and result.article.paragraphs[-1] == "The plan is on our site."


def test_a_section_link_set_after_the_byline_is_no_part_of_the_name(tmp_path: Path) -> None:
    body = ("<div class='story'><h1>Flood gates open on the lower river</h1>"
            "<div class='info'><span class='who'>Müəllif: <a href='/user/ana'>Ana Example</a></span> "
            "<span class='cat'><a href='/region'>Region</a></span></div>"
            f"<div class='text'><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div></div>")
    [article] = _read(tmp_path, "gates.html", _page("Flood gates open on the lower river", body))
    assert article.byline == "Ana Example"


def test_the_readers_comments_under_a_signature_are_theirs_and_the_name_signs_the_report(tmp_path: Path) -> None:
    body = ("<main><div class='clanak'><h1>Рудник поново ради после три године</h1>"
            "<div class='info'><span>петак, 13. март 2026. у 14:05</span> <span>Извор: Долински лист</span></div>"
            "<div class='tekst'><p>Рудник мрког угља поново је почео са радом након три године застоја, а посао је добило 210 рудара.</p>"
            "<p>Нови власник уложио је 14 милиона евра у обнову окна и нову опрему, саопштено је у петак.</p>"
            "<p>Прве количине угља биће испоручене градској топлани до краја марта, кажу у предузећу.</p>"
            "<p class='potpis'>Д. Примеровић</p></div>"
            "<div class='komentari'><h3>Коментари (2)</h3><div class='kom'><b>Мика</b> <span>13.03.2026. 15:20</span>"
            "<p>Коначно добре вести.</p></div></div></div></main>")
    [article] = _read(tmp_path, "rudnik.html", _page("Рудник поново ради после три године", body))
    assert article.byline == "Д. Примеровић"
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("Рудник мрког")
    assert is_stamp_block("петак, 13. март 2026. у 14:05 Извор: Долински лист")


def test_a_newsrooms_credit_and_a_line_of_two_calendars_above_a_bengali_report_are_no_paragraphs(tmp_path: Path) -> None:
    lead = "উপজেলার চরে নদীর ওপর নির্মিত ৪৮০ মিটার দীর্ঘ সেতু বৃহস্পতিবার যান চলাচলের জন্য খুলে দেওয়া হয়েছে।"
    second = "সেতুটি নির্মাণে ব্যয় হয়েছে ৯২ কোটি টাকা। এতে জেলা শহরের সঙ্গে চরাঞ্চলের দূরত্ব প্রায় ২০ কিলোমিটার কমবে।"
    body = ("<main><div class='details'><h1>চরে নতুন সেতু উদ্বোধন</h1><div class='reporter-info'>"
            "<div class='name'>নিজস্ব প্রতিবেদক, নমুনাগঞ্জ</div>"
            "<div class='time'>প্রকাশ: বৃহস্পতিবার, ৩১ বৈশাখ ১৪৩৩ | ১৪ মে ২০২৬, ১১:৩০</div></div>"
            f"<div class='details-body'><p>{lead}</p><p>{second}</p></div></div></main>")
    [article] = _read(tmp_path, "setu.html", _page("চরে নতুন সেতু উদ্বোধন", body))
    assert article.paragraphs == (lead, second)
    assert (article.published or "").startswith("2026-05-14")


def test_the_one_word_heading_of_a_posts_box_over_its_account_fields_is_its_label(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Valley Voice (@valley.example.social)</title>"
            "<meta property='og:site_name' content='Example Social'></head><body><div id='root'></div>"
            "<noscript><h1>JavaScript Required</h1><div id='post_summary'><h3>Post</h3>"
            "<p id='bsky_display_name'>Valley Voice</p><p id='bsky_handle'>valley.example.social</p>"
            f"<p id='bsky_post_text'>{LEAD}\n\n{SECOND}</p>"
            "<p id='bsky_post_indexedat'>2026-08-24T09:12:44.000Z</p></div></noscript></body></html>")
    [article] = _read(tmp_path, "post.html", page)
    assert article.paragraphs == (LEAD, SECOND)


def test_a_writers_name_the_menus_also_link_is_the_byline_after_its_opener_alone(tmp_path: Path) -> None:
    """Extraction dev set (a law review's "Par <a>NAME</a>", a recipe site's "Autor: <a>site</a>"):
    the menus link the writer's page too, and the byline is the name, not its opener alone."""
    body = ("<div class='story'><h1>Flood gates open on the lower river</h1>"
            "<p class='author'>Par <a href='/sport'>Sport</a></p>"
            f"<div class='text'><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div></div>")
    page = _page("Flood gates open on the lower river", body).replace(
        "<a href='/sport'>Sport</a></nav>", "<a href='/sport'>Sport</a><a href='/ana'>Ana Example</a></nav>")
    [article] = _read(tmp_path, "gates.html", page.replace("<a href='/sport'>Sport</a></p>", "<a href='/ana'>Ana Example</a></p>"))
    assert article.byline == "Ana Example"
