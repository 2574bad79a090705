"""A language declared for a text (a feed's <language>, a page's lang, a record's field, the one its
file's other records are in) is the fallback: the text's own words win where they speak against it
(core.text.declared_language). A trial's feed declared Indonesian carried a Finnish entry, read as
Indonesian: too few of its words are Finnish function words for its language to be told, and it
took its feed's."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.library.store import Library
from core.linking.story import Story
from core.reading import Item, gather, read_paths
from core.reading.judge import page_language
from core.text import article_language, declared_language, language_of

#: Texts whose language is not told (too few words, or too few of them function words), each with
#: the language of its words and another declared for it.
UNTOLD_AGAINST = [
    # Finnish in a feed declared Indonesian (the trial's: "kun", "että", "yli", "mukaan" of 41 words)
    ("Kaupungin asukkaat alkoivat palata koteihinsa torstaina, kun viranomaiset purkivat kahden kilometrin "
     "suojavyöhykkeen. Pormestari sanoi, että mittausarvot olivat olleet turvarajan alapuolella yli vuorokauden "
     "ajan. Tutkintalautakunnan alustavan selvityksen mukaan onnettomuuden aiheutti rikkoutunut pyöränlaakeri. "
     "Rautatieyhtiön edustajat vahvistivat tiedot torstaina pidetyssä tiedotustilaisuudessa Velmarin vanhalla kaupungintalolla.", "id"),
    # Indonesian in a feed declared Finnish
    ("Kereta barang tergelincir di Velmar dan warga dievakuasi oleh petugas.", "fi"),
    # English on a page declared French
    ("The mayor said the bridge would reopen on Monday after repairs.", "fr"),
    # Hungarian in a record declared German
    ("A tűzoltók szerint a raktár teteje beomlott és a lakókat kitelepítették.", "de"),
]


@pytest.mark.parametrize(("text", "declared"), UNTOLD_AGAINST)
def test_a_declared_language_the_texts_words_speak_against_is_not_taken(text: str, declared: str) -> None:
    assert language_of(text) is None  # the text alone does not tell: the declaration would decide
    assert declared_language(text, declared) is None
    assert declared_language(text, declared.upper() + "-XX") is None  # a region and case change nothing
    assert page_language(text, declared) is None  # a page's, a feed entry's, a record's reading alike


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        ("Ferry service resumes", "fi"),  # no function word at all
        ("Velmar: junaliikenne jatkuu", "fi"),
        ("Hotel Europa and the Casa Blanca reopen", "es"),  # two English words may be names' or loans
        ("Kabar Nusantara: Velmar", "id"),
        ("Velmar 24/7", "pt-BR"),
    ],
)
def test_a_short_text_that_says_little_keeps_its_declared_language(text: str, declared: str) -> None:
    assert declared_language(text, declared) == declared.split("-")[0].lower()


@pytest.mark.parametrize(
    ("text", "declared", "told"),
    [
        ("Le maire a dit que le pont de la ville rouvrira lundi après les travaux, selon la mairie et les services de l'État.", "en", "fr"),
        ("Die Feuerwehr sagte, dass das Dach der Halle eingestürzt sei und die Bewohner in der Nacht evakuiert wurden.", "hu", "de"),
        ("Warga kota mulai kembali ke rumah pada hari Kamis setelah zona larangan dua kilometer dicabut oleh pemerintah dan "
         "polisi yang menjaga jalan.", "fi", "id"),
    ],
)
def test_a_text_whose_language_is_told_wins_over_its_declaration(text: str, declared: str, told: str) -> None:
    assert declared_language(text, declared) == told == page_language(text, declared)


INDONESIAN = ("Kereta barang tergelincir di Velmar, gas amonia dikonfirmasi",
              "Badan Lingkungan Nasional pada hari Selasa mengonfirmasi bahwa gas yang bocor setelah kereta barang "
              "tergelincir di persimpangan Velmar adalah amonia. Badan tersebut menetapkan zona larangan dengan radius "
              "dua kilometer di sekitar persimpangan dan sekitar 1.800 warga telah dievakuasi dari rumah mereka.")
FINNISH = ("Velmarin asukkaat pääsevät palaamaan koteihinsa", UNTOLD_AGAINST[0][0])


def _feed(tmp_path: Path) -> Path:
    items = "".join(
        f"<item><title>{title}</title><link>http://feed.example/{n}.html</link><guid>entry-{n}</guid>"
        f"<pubDate>Thu, 03 Dec 2026 14:00:00 +0200</pubDate><content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>"
        for n, (title, text) in enumerate((INDONESIAN, FINNISH))
    )
    feed = tmp_path / "mixed.xml"
    feed.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Dunia dan Pohjola</title>'
                    f"<link>http://feed.example/</link><language>id</language>{items}</channel></rss>", encoding="utf-8")
    return feed


def test_a_feeds_entry_whose_words_are_not_the_feeds_language_is_not_read_as_it(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    articles, _ = read_paths([feed])
    by_title = {a.title: a for a in articles}
    indonesian, finnish = by_title[INDONESIAN[0]], by_title[FINNISH[0]]
    assert article_language(indonesian.title, indonesian.paragraphs) == "id"
    story = Story.build(articles)
    assert story.language(indonesian.id) == "id"
    assert story.language(finnish.id) is None  # was "id": its feed's other entry's
    with Library(tmp_path / "lib.sqlite") as library:
        for item in gather([str(feed)], fetch=None):
            if isinstance(item, Item):
                library.add(item.article, source=item.source)
        held = library.story(library.story_of(finnish.id))  # type: ignore[arg-type]
        assert held.language(finnish.id) is None


def test_a_feeds_short_entry_that_says_little_still_takes_the_feeds_language(tmp_path: Path) -> None:
    short = ("Velmar: warga kembali", "Warga Velmar kembali ke rumah.")
    feed = _feed(tmp_path)
    feed.write_text(feed.read_text(encoding="utf-8").replace(FINNISH[0], short[0]).replace(FINNISH[1], short[1]), encoding="utf-8")
    articles, _ = read_paths([feed])
    entry = next(a for a in articles if a.title == short[0])
    assert Story.build(articles).language(entry.id) == "id"
