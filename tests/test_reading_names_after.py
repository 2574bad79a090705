"""Names that pages, feeds and records join to a report's title or put where a byline goes in
other shapes (invented inputs): each fault checked on a kind of input, not one wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Article
from core.reading import read_file


def _read(tmp_path: Path, name: str, text: str) -> list[Article]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def test_a_records_title_loses_the_author_and_site_joined_to_it(tmp_path: Path) -> None:
    """news-please's page title ("Headline | Author | Site", the site named by the record's
    domain) and a scraper's "Titre — Author" with the author given."""
    articles = _read(tmp_path, "r.jsonl", "\n".join([
        '{"authors": ["Ana Muestra"], "source_domain": "baytimes.example", "url": "https://baytimes.example/n/1", '
        '"title": "Harbour tolls to double next year | Ana Muestra | Bay Times", '
        '"maintext": "The port authority will double the tolls paid by cargo ships from January.\\nShipping lines said the rise would hurt."}',
        '{"title": "Les péages du port vont doubler — Claire Exemple", "outlet": "Le Courrier du Port", "author": "Claire Exemple", '
        '"text": "Le port doublera les péages des cargos dès janvier, a-t-il annoncé mardi."}',
        '{"title": "Radio link restored - Radio-Canada", "outlet": "Radio-Canada", '
        '"text": "The radio link to the island was restored on Tuesday after a week."}',
        '{"title": "Ferry fares rise - Ana Muestra says no", "author": "Ana Muestra", '
        '"text": "The ferry fares rise by a tenth from March, the operator said on Tuesday."}',
    ]))
    assert [a.title for a in articles] == [
        "Harbour tolls to double next year", "Les péages du port vont doubler", "Radio link restored",
        "Ferry fares rise - Ana Muestra says no",
    ]


def test_a_feed_entrys_seo_title_loses_its_author(tmp_path: Path) -> None:
    feed = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Bay Times - Opinion</title><link>https://baytimes.example/opinion</link>
<item><title>Why harbour tolls must rise | Ana Muestra</title><link>https://baytimes.example/opinion/tolls</link>
<dc:creator>Ana Muestra</dc:creator><pubDate>Tue, 03 Mar 2026 16:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The port authority will double the tolls paid by cargo ships from January.</p>
<p>For eleven years the tolls have not moved while the breakwater crumbled.</p>
<p>Shipping lines threaten to leave, but rival ports charge more already.</p>]]></content:encoded></item>
</channel></rss>"""
    (article,) = _read(tmp_path, "f.xml", feed)
    assert article.title == "Why harbour tolls must rise"
    assert article.byline == "Ana Muestra"


def _page(body: str, *, title: str, lang: str = "en", head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{body}</body></html>")


_BRIDGE = ("<p>The council voted on Tuesday to close the old harbour bridge to cars from the spring, after months of dispute.</p>"
           "<p>Buses, cyclists and people on foot may still cross, and a ferry will run every fifteen minutes at peak hours.</p>"
           "<p>Traders on the north bank say they will lose customers and asked for the vote to wait for a traffic study.</p>")


def test_the_heading_the_microdata_marks_is_the_headline_not_the_menu_items(tmp_path: Path) -> None:
    """A Joomla page prints its menu item's name in an <h1> (its <title> too) and the headline in
    an <h2 itemprop="headline">; a kicker inside the marked heading is no part of it."""
    joomla = _page(
        '<header><a class="brand-logo" href="/">Harbour Gazette</a><ul class="nav"><li><a href="/local">Local news</a></li></ul></header>'
        '<main><div itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1>Local news</h1></div>'
        '<div class="page-header"><h2 itemprop="headline">Council closes the old harbour bridge to cars</h2></div>'
        f'<div itemprop="articleBody">{_BRIDGE}</div></div></main>', title="Local news")
    kicker = _page(
        '<main><article itemscope itemtype="https://schema.org/Article"><h1>'
        '<span itemprop="headline"><small>Week in review</small><br>Council closes the old harbour bridge</span></h1>'
        f'{_BRIDGE}</article></main>', title="Council closes the old harbour bridge - Harbour Gazette")
    assert _read(tmp_path, "joomla.html", joomla)[0].title == "Council closes the old harbour bridge to cars"
    assert _read(tmp_path, "kicker.html", kicker)[0].title == "Council closes the old harbour bridge"


@pytest.mark.parametrize(("lang", "line", "byline"), [
    ("el", "Της Μαρίας Δειγματίδου", "Μαρίας Δειγματίδου"),
    ("el", "Κείμενο: Μαρία Παράδειγμα | Φωτογραφίες: Νίκος Δείγμα", "Μαρία Παράδειγμα"),
    ("he", "מאת דנה דוגמה", "דנה דוגמה"),
    ("ar", "بقلم: سلمى المثال", "سلمى المثال"),
    ("id", "Oleh Budi Contoh", "Budi Contoh"),
    ("hu", "2026. március 3., kedd 14:30 | Szerző: Példa Anna", "Példa Anna"),
    ("pl", "3 marca 2026, wtorek | Autor: Anna Przykład", "Anna Przykład"),
    ("is", 'Eftir <a href="/h/jon">Jón Dæmason</a> · Birt 3. mars 2026 kl. 10:15', "Jón Dæmason"),
    ("cy", 'Gan <a href="/awdur/gwen">Gwen Enghraifft</a>', "Gwen Enghraifft"),
    ("bg", 'от <a href="/a/ivan">Иван Примеров</a> | 03.03.2026 09:00 | 1 204 прочитания', "Иван Примеров"),
    # a month named alike in two languages: Malay's March ("Mac") before the post's "by"
    ("ms", "3 Mac 2026 Oleh Siti Contoh", "Siti Contoh"),
    ("lv", "Autors: Anna Paraugs", "Anna Paraugs"),
    # two names joined by the language's "and", after a plural label
    ("tr", '<span class="label">Yazarlar:</span> <a href="/y/a">Ayşe Örnek</a> ve <a href="/y/m">Mehmet Örnek</a>',
     "Ayşe Örnek ve Mehmet Örnek"),
    ("hu", "Szerző: Példa Anna és Minta Béla", "Példa Anna és Minta Béla"),
    # Georgian: a script whose letters Unicode calls small, and no name is written in capitals
    ("ka", 'ავტორი: <a href="/author/nino">ნინო მაგალითი</a>', "ნინო მაგალითი"),
    # plural labels, names joined by a comma and the language's "and"
    ("lt", '<span class="label">Autoriai:</span> <a href="/a/1">Rasa Pavyzdė</a>, <a href="/a/2">Tomas Pavyzdys</a> ir '
     '<a href="/a/3">Eglė Pavyzdė</a>', "Rasa Pavyzdė, Tomas Pavyzdys ir Eglė Pavyzdė"),
    ("sl", "Avtorica: Maja Primer", "Maja Primer"),
    ("vi", "Tác giả: Lê Văn Mẫu và Phạm Thị Mẫu", "Lê Văn Mẫu và Phạm Thị Mẫu"),
    # a writer's role in the byline's language, after the name
    ("pt", "Por Ana Modelo, colunista", "Ana Modelo"),
])
def test_bylines_opened_by_other_languages_words_or_after_a_date(tmp_path: Path, lang: str, line: str, byline: str) -> None:
    page = _page(f'<main><article><h1>Council closes the old harbour bridge</h1><div class="meta">{line}</div>'
                 f"{_BRIDGE}</article></main>", title="Council closes the old harbour bridge", lang=lang)
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline == byline
    assert all(line.split()[0] not in p for p in article.paragraphs)


@pytest.mark.parametrize(("line", "owner"), [
    ("© 2026 Νέα του Λιμανιού", "Νέα του Λιμανιού"),
    ("© 2026 Νέα του Λιμανιού Με επιφύλαξη παντός δικαιώματος", "Νέα του Λιμανιού"),
    ("© 2026 עיתון הנמל כל הזכויות שמורות", "עיתון הנמל"),
    ("© 2026 صحيفة الميناء جميع الحقوق محفوظة", "صحيفة الميناء"),
    ("© 2026 Портові новини. Усі права захищені", "Портові новини"),
    ("Copyright © 2026 Морской вестник Все права защищены", "Морской вестник"),
    # a Latin name's later words in small letters, the notice's first sentence holding only the name
    ("Copyright © 2026 Savski glasnik. Sva prava zadržana.", "Savski glasnik"),
    ("© 2026 Jutarnji list", "Jutarnji list"),
    ("© 2026 Example Media all rights reserved", "Example Media"),
])
def test_copyright_notices_name_their_owner_in_other_scripts(line: str, owner: str) -> None:
    from core.reading.text import copyright_site

    assert copyright_site(line) == owner


def test_a_page_with_no_other_name_is_the_outlet_its_footer_names_in_greek(tmp_path: Path) -> None:
    page = _page(f"<main><article><h1>Council closes the old harbour bridge</h1>{_BRIDGE}</article></main>"
                 "<footer><p>© 2026 Νέα του Λιμανιού</p></footer>", title="Council closes the old harbour bridge", lang="el")
    assert _read(tmp_path, "page.html", page)[0].outlet == "Νέα του Λιμανιού"


def test_a_name_alone_in_bold_closing_the_report_is_its_byline(tmp_path: Path) -> None:
    """Vietnamese papers sign a report at its end ("<p><strong>Trần Mẫu</strong></p>"), under a date
    line with its zone ("Thứ ba, 3/3/2026, 14:20 (GMT+7)"), which is no paragraph either."""
    page = _page('<main><article><h1>Council closes the old harbour bridge</h1>'
                 '<span class="date">Thứ ba, 3/3/2026, 14:20 (GMT+7)</span>'
                 f'{_BRIDGE}<p style="text-align:right;"><strong>Trần Mẫu</strong></p></article></main>',
                 title="Council closes the old harbour bridge", lang="vi")
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline == "Trần Mẫu"
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("The council voted")


@pytest.mark.parametrize(("lang", "line"), [
    ("lt", "Rasa Pavyzdė, laivybos ekspertė"), ("it", "Rasa Modello, giornalista"), ("fi", "Rasa Esimerkki, toimittaja"),
])
def test_a_writers_role_in_other_languages_is_no_name(tmp_path: Path, lang: str, line: str) -> None:
    """A role written small after the name in the author's element ("uosto ekspertas") is neither
    a second name nor title-cased into one."""
    page = _page(f'<main><article><h1>Council closes the old harbour bridge</h1><div class="author">{line}</div>'
                 f"{_BRIDGE}</article></main>", title="Council closes the old harbour bridge", lang=lang)
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline == line.split(",")[0]


@pytest.mark.parametrize("names", ["Lê Văn Mẫu - Phạm Thị Mẫu", "Lê Văn Mẫu và Phạm Thị Mẫu"])
def test_two_names_closing_the_report_are_its_byline(tmp_path: Path, names: str) -> None:
    """Two writers signing a report at its end, joined by a spaced dash or the language's "and",
    in an element the page marks as the author's or in none: both are the byline, no paragraph."""
    for mark in (' class="author_mail"', ""):
        page = _page(f'<main><article><h1>Council closes the old harbour bridge</h1>{_BRIDGE}'
                     f'<p{mark} style="text-align:right;"><strong>{names}</strong></p></article></main>',
                     title="Council closes the old harbour bridge", lang="vi")
        (article,) = _read(tmp_path, "p.html", page)
        assert article.byline is not None and "Lê Văn Mẫu" in article.byline and "Phạm Thị Mẫu" in article.byline
        assert len(article.paragraphs) == 3


def test_a_name_and_a_place_or_an_outlet_after_a_dash_are_one_writer() -> None:
    from core.reading.judge import clean_byline

    assert clean_byline(["By Ana Example - Valley Post"], line=True) == "Ana Example"
    assert clean_byline(["By Ana Example - New York"], line=True) == "Ana Example"


def test_a_logo_headings_tagline_and_a_sapo_the_extractor_moves_last(tmp_path: Path) -> None:
    """A logo <h1> in capitals with the site's slogan inside it names the outlet its <title> spells;
    the lead printed apart ("<p class=description>") comes first though the extractor sets it
    last, in a box whose class says "sidebar" but that holds the headline; the name in bold
    closing the report is the byline."""
    page = _page('<header><h1 class="logo"><a href="/">TIN BẾN CẢNG</a><span class="slogan">Tin tức mỗi ngày</span></h1></header>'
                 '<section><div class="sidebar-1"><h1 class="title-detail">Council closes the old harbour bridge</h1>'
                 '<p class="description">The bridge will close to cars from the spring, the council decided.</p>'
                 f'<article class="fck_detail">{_BRIDGE}<p style="text-align:right;"><strong>Trần Mẫu</strong></p></article>'
                 '</div></section>', title="Council closes the old harbour bridge - Tin Bến Cảng", lang="vi")
    (article,) = _read(tmp_path, "p.html", page)
    assert article.outlet == "Tin Bến Cảng"
    assert article.byline == "Trần Mẫu"
    assert "Trần Mẫu" not in article.paragraphs
    import lxml.html

    from core.reading.html import Block, _outline, _with_lead

    sapo = "The bridge will close to cars from the spring, the council decided."
    blocks = [Block("The council voted on Tuesday to close the old harbour bridge to cars from the spring."),
              Block("Buses, cyclists and people on foot may still cross the bridge."), Block("Trần Mẫu", "head"), Block(sapo)]
    assert _with_lead(blocks, _outline(lxml.html.fromstring(page))) == [Block(sapo), *blocks[:3]]


@pytest.mark.parametrize("info", ["<li>입력 2026.03.03 09:00</li>", "<li>Paskelbta: 2026-03-03 09:00</li>"])
def test_a_date_item_of_the_info_list_above_the_report_is_no_paragraph(tmp_path: Path, info: str) -> None:
    page = _page('<main><article><h1>Council closes the old harbour bridge</h1>'
                 f'<div class="info"><ul><li><span class="writer">김예시 기자</span></li>{info}</ul></div>{_BRIDGE}</article></main>',
                 title="Council closes the old harbour bridge", lang="ko")
    (article,) = _read(tmp_path, "p.html", page)
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("The council voted")


@pytest.mark.parametrize(("title", "creator"), [
    # a name in the genitive (its stem changed) before the word for an opinion or a column
    ("Why harbour tolls must rise | Mari Näidise arvamus", "Mari Näide"),
    ("Why harbour tolls must rise | Jono Pavyzdžio komentaras", "Jonas Pavyzdys"),
    ("Why harbour tolls must rise | Jāņa Bērziņa viedoklis", "Jānis Bērziņš"),
    # two names joined as the language joins them, after its "by"
    ("Why harbour tolls must rise – por Ana Modelo e João Modelo", "Ana Modelo, João Modelo"),
])
def test_a_feed_titles_signature_goes_in_other_languages(tmp_path: Path, title: str, creator: str) -> None:
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Bay Times - Opinion</title><link>https://baytimes.example/opinion</link>
<item><title>{title}</title><link>https://baytimes.example/opinion/tolls</link>
<dc:creator>{creator}</dc:creator><pubDate>Tue, 03 Mar 2026 16:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The port authority will double the tolls paid by cargo ships from January.</p>
<p>For eleven years the tolls have not moved while the breakwater crumbled.</p>]]></content:encoded></item>
</channel></rss>"""
    (article,) = _read(tmp_path, "f.xml", feed)
    assert article.title == "Why harbour tolls must rise"


def test_a_title_ending_in_another_name_keeps_it() -> None:
    from core.reading.judge import without_signature

    assert without_signature("Why harbour tolls must rise | Maria Nova arvamus", "Mari Näide").endswith("arvamus")
    assert without_signature("Why harbour tolls must rise | Ana Modelo e Rui Costa", "Ana Modelo, João Modelo").endswith("Costa")


def test_an_agencys_credit_lines_with_labels_name_the_reporter(tmp_path: Path) -> None:
    """Antara's closing "Pewarta: A" / "Editor: B": the reporter is the byline, neither line a paragraph."""
    text = ("Port traffic hits a record\n\nJAKARTA (ANTARA) - The ports handled more passengers than ever in the "
            "holiday week, the transport ministry said on Tuesday.\n\nThe government plans three new piers this year, "
            "officials said.\n\nPewarta: Budi Contoh\nEditor: Siti Contoh\n")
    (article,) = _read(tmp_path, "wire.txt", text)
    assert article.byline == "Budi Contoh"
    assert not any("Pewarta" in p or "Editor" in p for p in article.paragraphs)


@pytest.mark.parametrize("closing", ["Weiterführender Link", "Melville Web Links", "Alte Meistewww.altemeister.net"])
def test_a_label_or_an_address_closing_the_report_is_no_signature(tmp_path: Path, closing: str) -> None:
    page = _page(f"<main><article><h1>Council closes the old harbour bridge</h1>{_BRIDGE}<p>{closing}</p></article></main>",
                 title="Council closes the old harbour bridge")
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline is None


@pytest.mark.parametrize("line", ["Sumber: Antara", "Source: Reuters", "Fuente: EFE", "Quelle: dpa/AFP", "Nguồn: TTXVN"])
def test_a_source_line_under_the_report_is_a_credit_and_above_it_names_who_wrote_it(tmp_path: Path, line: str) -> None:
    under = _page(f"<main><article><h1>Council closes the old harbour bridge</h1>{_BRIDGE}<p>{line}</p></article></main>",
                  title="Council closes the old harbour bridge - Tide Post")
    above = _page(f"<main><article><h1>Council closes the old harbour bridge</h1><p>{line}</p>{_BRIDGE}</article></main>",
                  title="Council closes the old harbour bridge - Tide Post")
    (first,) = _read(tmp_path, "under.html", under)
    (second,) = _read(tmp_path, "above.html", above)
    assert len(first.paragraphs) == 3 and len(second.paragraphs) == 3
    assert second.byline == line.split(": ")[1]


def test_a_text_files_source_line_names_its_outlet(tmp_path: Path) -> None:
    text = ("Port traffic hits a record\n\nSumber: Antara\n\nThe ports handled more passengers than ever in the holiday "
            "week, the ministry said on Tuesday.\n\nThe government plans three new piers this year, officials said.\n")
    (article,) = _read(tmp_path, "wire.txt", text)
    assert article.outlet == "Antara"


@pytest.mark.parametrize("block", [
    "gildong@yna.co.kr", "홍길동 gildong@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "（共同通信）無断転載禁止", "本文版权所有，未经授权不得转载。",
])
def test_a_reporters_address_and_an_agencys_ban_on_copying_are_furniture(block: str) -> None:
    from core.reading.judge import is_furniture_block

    assert is_furniture_block(block)


def test_a_sentence_with_an_address_is_no_furniture() -> None:
    from core.reading.judge import is_furniture_block

    assert not is_furniture_block("Readers can write to the council at harbour@council.example before Friday.")


def test_a_page_named_only_by_its_address_takes_the_name_its_copyright_spells(tmp_path: Path) -> None:
    """A Joomla page with no og tags: the extractor names the site by its address; the footer's
    owner, whose name the address squashes ("Marmara Ledger", marmaraledger.example), is the outlet."""
    page = ('<html><head><meta charset="utf-8"><title>Strait ferries ordered off the water</title>'
            '<link href="https://marmaraledger.example/world/ferries" rel="canonical"></head><body>'
            '<header><a class="brand-logo" href="/"><span>Marmara Ledger</span></a></header>'
            f"<main><article><h1>Strait ferries ordered off the water</h1>{_BRIDGE}"
            "<p>(With reporting by Anadolu Agency)</p></article></main>"
            "<footer><p>Copyright © 2026 Marmara Ledger. All Rights Reserved.</p></footer></body></html>")
    (article,) = _read(tmp_path, "p.html", page)
    assert article.outlet == "Marmara Ledger"
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("head", [
    '<meta property="og:site_name" content="MSN"><meta name="provider" content="Coastal Chronicle">',
    '<meta property="og:site_name" content="Yahoo News"><script type="application/ld+json">{"@type": "NewsArticle", '
    '"headline": "Council closes the old harbour bridge", "provider": {"@type": "Organization", "name": "Coastal Chronicle"}, '
    '"publisher": {"@type": "Organization", "name": "Yahoo News"}}</script>',
])
def test_an_aggregators_page_is_the_outlet_whose_copy_it_runs(tmp_path: Path, head: str) -> None:
    page = _page(f"<main><article><h1>Council closes the old harbour bridge</h1>{_BRIDGE}</article></main>",
                 title="Council closes the old harbour bridge", head=head)
    assert _read(tmp_path, "p.html", page)[0].outlet == "Coastal Chronicle"


def test_a_blog_named_by_its_host_takes_the_name_its_header_links_home(tmp_path: Path) -> None:
    page = ("<html><head><meta charset='utf-8'><title>Kabar Dermaga Kita: Dewan kota tutup jembatan tua</title>"
            "<link href='https://kabardermagakita.blogspot.example/2026/03/jembatan.html' rel='canonical'/></head><body>"
            "<header><h1 class='title'><a href='https://kabardermagakita.blogspot.example/'>Kabar Dermaga Kita</a></h1></header>"
            "<div class='post'><h3 class='post-title entry-title'>Dewan kota tutup jembatan tua</h3><div class='post-body'>"
            "Dewan kota memutuskan pada hari Selasa untuk menutup jembatan tua bagi mobil mulai musim semi.<br /><br />"
            "Bus, pesepeda dan pejalan kaki masih boleh melintas setiap hari.</div></div></body></html>")
    assert _read(tmp_path, "p.html", page)[0].outlet == "Kabar Dermaga Kita"



@pytest.mark.parametrize("block", [
    "Get the Ledger's morning newsletter.", "RIPRODUZIONE RISERVATA © Copyright ANSA", "(ANSA).", "(©NTB)", "Annonse",
    "Anzeige", "광고", "(Belga)", "(ats)", "(Anadolu)", "Inscription à : Publier les commentaires (Atom)",
    "Abonnieren: Posts (Atom)", "- Advertisement -", "— Reklama —", "12 peržiūros0 komentarų", "12 views · 3 comments",
    "1 204 прочитания", "minji@yna.example (끝)",
])
def test_sign_up_boxes_agency_credits_and_advert_labels_are_furniture(block: str) -> None:
    from core.reading.judge import is_furniture_block

    assert is_furniture_block(block)


@pytest.mark.parametrize("block", ["(He laughed.)", "The mayor (Labour) said no.", "(Reporting in Ostend: Ana Example)",
                                   "(MAWD-lin)", "(wird fortgesetzt)", "(Anteil vom Gesamtmietpreis)", "3 killed, 12 injured",
                                   "5 comments on the plan were received"])
def test_a_bracketed_sentence_is_no_agency_credit(block: str) -> None:
    from core.reading.judge import is_furniture_block

    assert not is_furniture_block(block)


@pytest.mark.parametrize(("name", "host", "spelled"), [
    ("Tidewater Public Radio", "www.tidewaterradio.example", True),
    ("Marmara Ledger", "marmaraledger.example", True),
    ("Tidewater Times", "www.tidewaterradio.example", False),
    ("Public Radio", "www.tidewaterradio.example", False),
])
def test_a_name_spells_the_address_with_words_left_out(name: str, host: str, spelled: bool) -> None:
    from core.reading.judge import spells_host

    assert spells_host(name, host) is spelled


def test_a_sites_tagline_and_where_the_writer_reports_from_are_no_text_or_name(tmp_path: Path) -> None:
    page = _page('<header><h1 class="wp-block-site-title"><a href="https://vastkustnytt.example" rel="home">Västkustnytt</a></h1>'
                 '<p class="wp-block-site-tagline">Nyheter från Bohuslän</p></header><main><article>'
                 '<h1>Council closes the old harbour bridge</h1><div class="byline">Por Joana Exemplo, de Santos</div>'
                 f"{_BRIDGE}</article></main>", title="Council closes the old harbour bridge")
    (article,) = _read(tmp_path, "p.html", page)
    assert len(article.paragraphs) == 3 and article.byline == "Joana Exemplo"


@pytest.mark.parametrize("header", [
    '<h1 class="blog-title"><a href="/">Ostas Dienasgrāmata</a></h1><p class="description">Ziņas no Rīgas ostas</p>',
    '<div class="brand"><a href="https://harbour.example/">Harbour Notes</a></div><p>News from the old port</p>',
])
def test_a_sites_tagline_under_its_name_is_no_text_whatever_its_class(tmp_path: Path, header: str) -> None:
    """A short line right after the site's name linked home, outside the report, is its tagline
    (the page's description too, on a blog: an extractor may add it after the report)."""
    # (a short post: the extractor falls back on every <p> of the page)
    short = "<p>The council will close the old harbour bridge to cars.</p><p>A ferry will run instead.</p><p>It costs 38 million.</p>"
    page = _page(f"<header>{header}</header><section><article><h2>Council closes the old harbour bridge</h2>"
                 f"<div>{short}</div></article></section>", title="Harbour Notes — Council closes the old harbour bridge",
                 head='<meta name="description" content="Ziņas no Rīgas ostas">')
    (article,) = _read(tmp_path, "p.html", page)
    assert len(article.paragraphs) == 3, article.paragraphs


def test_a_bylined_report_closing_on_headings_with_nothing_under_them_is_read(tmp_path: Path) -> None:
    """Headings with nothing under them at a report's end go, whether or not a byline is known
    (reading one known byline's page looped for ever once)."""
    page = _page('<main><article><h1>Council closes the old harbour bridge</h1><div class="byline">By Ana Example</div>'
                 f"{_BRIDGE}<p><strong>What the council decides next</strong></p></article></main>", title="Council closes the old harbour bridge")
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline == "Ana Example" and len(article.paragraphs) == 3


@pytest.mark.parametrize(("lang", "user", "line", "byline"), [
    ("ka", "მომხმარებელი", "ავტორი: ნინო მაგალითი", "ნინო მაგალითი"),
    ("bg", "Потребител", "от Иван Примеров", "Иван Примеров"),
    ("et", "Kasutaja", "Autor: Mari Näide", "Mari Näide"),
])
def test_a_hidden_user_menus_word_for_user_is_no_byline(tmp_path: Path, lang: str, user: str, line: str, byline: str) -> None:
    page = _page(f'<header><div class="auth" style="display:none"><span class="username">{user}</span> <a href="/login">→</a>'
                 f'</div></header><main><article><h1>Council closes the old harbour bridge</h1><div class="post-author">{line}</div>'
                 f"{_BRIDGE}</article></main>", title="Council closes the old harbour bridge", lang=lang)
    (article,) = _read(tmp_path, "p.html", page)
    assert article.byline == byline


def test_a_word_for_and_in_a_sentence_splits_no_name() -> None:
    """The joining words that are words of a sentence too join names only before a capital."""
    from core.reading.judge import byline_people

    assert byline_people("Ayşe Örnek ve Mehmet Örnek") == ["Ayşe Örnek", "Mehmet Örnek"]
    assert byline_people("Ana e Bo Lind") == ["Ana", "Bo Lind"]
    assert byline_people("Maria Exemplo e filhos") == ["Maria Exemplo e filhos"]


def test_a_page_saved_by_a_browser_gives_its_address_and_no_caption_as_text(tmp_path: Path) -> None:
    """A browser's "Web page, complete" save marks the address it came from at the top; a short
    page the extractor reads as one run of text is cut back into its blocks, the picture's
    caption apart from them (``Article.captions``)."""
    page = ("<!DOCTYPE html>\n<!-- saved from url=(0046)https://harbour.example/news/terminal-sale -->\n"
            '<html lang="en"><head><meta charset="utf-8"><title>Terminal to be built - Harbour Notes</title></head>'
            "<body><main><article><h1>Terminal to be built</h1><div>2026-03-03 10:15</div>"
            '<figure><img src="./files/t.jpg" alt=""><figcaption>The terminal as planned</figcaption></figure>'
            "<div><p>Building of a new terminal began on Tuesday, the port said.</p><p>It will take two ships at once.</p>"
            "<p>It costs 41 million euros.</p></div></article></main></body></html>")
    (article,) = _read(tmp_path, "Terminal to be built - Harbour Notes.html", page)
    assert article.url == "https://harbour.example/news/terminal-sale"
    assert article.paragraphs[0].startswith("Building of a new terminal"), article.paragraphs
    assert "The terminal as planned" in article.captions
