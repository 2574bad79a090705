"""A feed entry's furniture in any language (its link on to its page, its plug for the audio it
carries) and a feed whose bytes are not the encoding it declares (invented inputs)."""

from __future__ import annotations

from html import escape

from core.reading.feed import parse_feed
from core.reading.sources import Item, decode_legacy

LEAD = "The harbour council voted on Tuesday to close the old bridge to cars from next spring."
SECOND = "Buses, bicycles and people on foot may still cross it, the plan says."
THIRD = "Engineers said repairs would cost more than the bridge is worth."
FOURTH = "Traders on the north bank said the decision would cut them off from customers."


def _rss(description: str, *, link: str = "https://harbourpost.example/news/bridge", extra: str = "",
         title: str = "Council closes old bridge to cars", channel: str = "Harbour Post", encoding: str = "utf-8") -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{channel}</title>'
            f"<link>https://harbourpost.example/</link><description>news</description><item><title>{title}</title>"
            f"<link>{link}</link>{extra}<description>{escape(description)}</description></item></channel></rss>").encode("utf-8")


def _only(feed: bytes) -> Item:
    [result] = parse_feed(feed, source="feed.xml", fetch=None)
    assert type(result) is Item, result
    return result


def test_a_closing_link_on_to_the_entrys_page_is_furniture_whatever_its_language() -> None:
    body = "<br><br>".join((LEAD, SECOND, THIRD, FOURTH))
    for label in ("Lue lisää »", "Czytaj dalej →", "Ver notícia", "Více"):
        article = _only(_rss(f'{body}<br><br><a href="https://harbourpost.example/news/bridge">{label}</a>')).article
        assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH), label
    # after a full sentence, in the same paragraph; the address with a tracking query and a closing slash
    article = _only(_rss(f'{body} <a href="https://www.harbourpost.example/news/bridge/?utm_source=rss">Lue lisää</a>')).article
    assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH)


def test_a_closing_link_that_is_the_reports_words_or_goes_elsewhere_stays() -> None:
    body = "<br><br>".join((LEAD, SECOND, THIRD))
    inside = f'{body}<br><br>Traders said so to <a href="https://harbourpost.example/news/bridge">the council</a>'
    assert _only(_rss(inside)).article.paragraphs[-1] == "Traders said so to the council"
    elsewhere = f'{body}<br><br><a href="https://council.example/plan">Bridge plan</a>'
    assert _only(_rss(elsewhere)).article.paragraphs[-1] == "Bridge plan"
    sentence = f'{body}<br><br><a href="https://harbourpost.example/news/bridge">Traders were not asked.</a>'
    assert _only(_rss(sentence)).article.paragraphs[-1] == "Traders were not asked."


AUDIO = '<enclosure url="https://harbourpost.example/audio/bridge.mp3" length="2000000" type="audio/mpeg"/>'


def test_a_plug_for_the_audio_an_entry_carries_is_furniture_in_any_language() -> None:
    for plug in ("Listen to the full report on our podcast.", "Posłuchaj całej rozmowy w naszym podkaście.",
                 "Hören Sie den ganzen Bericht.", "Слушайте полный выпуск."):
        article = _only(_rss(f"{LEAD}<p>{SECOND}</p><p>{plug}</p>", extra=AUDIO)).article
        # two paragraphs and the plug: the entry is read from the feed (the audio holds the rest, not the page)
        assert article.paragraphs == (LEAD, SECOND), plug
    from core.reading.feed import is_media_plug

    assert is_media_plug("Escolta la notícia completa al nostre pòdcast.")
    assert not is_media_plug("The council will hear residents again at a public meeting in the town hall on the first Monday of "
                             "April, when the podcast studio next door will also be discussed.")


def test_a_show_notes_closing_appeal_to_a_web_address_is_furniture_in_any_language() -> None:
    # "Support the show" in Welsh, then a call to listen: the lines under the notes, whatever their words
    appeal = 'Cefnogwch y rhaglen: <a href="https://harbourpost.example/cefnogi">harbourpost.example/cefnogi</a>'
    listen = 'Listen and follow on <a href="https://apps.example/a">Podcasts</a> or <a href="https://apps.example/b">Radio</a>.'
    article = _only(_rss(f"<p>{LEAD}</p><p>{SECOND}</p><p>{listen}</p><p>{appeal}</p>", extra=AUDIO)).article
    assert article.paragraphs == (LEAD, SECOND)
    from core.reading.feed import is_media_plug

    assert is_media_plug("Ni cefnogi ar www.harbourpost.example")
    assert not is_media_plug("The fare rises to 3.5 euros from May, the harbour office said.")


def test_a_closing_paragraph_naming_a_podcast_stays_in_an_entry_with_no_audio() -> None:
    closing = "The mayor announced the plan on a local podcast."
    article = _only(_rss(f"<p>{LEAD}</p><p>{SECOND}</p><p>{closing}</p>")).article
    assert article.paragraphs[-1] == closing


def test_a_feed_declaring_utf8_in_a_legacy_encoding_is_read_in_that_encoding() -> None:
    title, channel = "Radní uzavřou starý most pro auta", "Přístavní zprávy"
    lead = "Městské zastupitelstvo v úterý odhlasovalo, že starý most bude od příštího jara uzavřen pro auta."
    rest = "Autobusy, cyklisté a chodci budou moci most dál používat, řekl starosta. Obchodníci žádají nové hlasování."
    last = "Veřejné setkání k novému přechodu se uskuteční v budově přístavní správy."
    text = _rss(f"<p>{lead}</p><p>{rest}</p><p>{last}</p>", title=title, channel=channel).decode("utf-8")
    article = _only(text.encode("cp1250")).article
    assert article.title == title and article.outlet == channel and article.paragraphs[0] == lead
    from core.reading.feed import _as_utf8

    # UTF-8 with a stray bad byte stays UTF-8; a feed that declares another encoding is left as it is
    assert _as_utf8("<rss>Městské \xff</rss>".encode("utf-8").replace(b"\xc3\xbf", b"\xff")) == "<rss>Městské \ufffd</rss>".encode("utf-8")
    latin = '<?xml version="1.0" encoding="iso-8859-1"?><rss>café</rss>'.encode("latin-1")
    assert _as_utf8(latin) == latin


def test_legacy_text_of_western_languages_stays_windows_1252() -> None:
    for text in ("Le conseil a décidé mardi de fermer le vieux pont aux voitures, a précisé l’élu à la presse.",
                 "Der Rat hat am Dienstag beschlossen, die Brücke für Autos zu sperren. Fußgänger dürfen sie nutzen.",
                 "La ministra Šárka Nováková visitó el puerto el martes y habló con los pescadores de la zona norte."):
        assert decode_legacy(text.encode("cp1252")) == text


def test_a_blogs_feed_footer_linking_the_post_and_its_site_is_furniture_in_any_language() -> None:
    body = "".join(f"<p>{p}</p>" for p in (LEAD, SECOND, THIRD))
    for words in ("Der Beitrag {post} erschien zuerst auf {site}.", "L’article {post} est apparu en premier sur {site}.",
                  "Artykuł {post} pochodzi z serwisu {site}."):
        footer = words.format(post='<a href="https://harbourpost.example/news/bridge">Council closes old bridge to cars</a>',
                              site='<a href="https://harbourpost.example/">Harbour Post</a>')
        article = _only(_rss(f"{body}<p>{footer}</p>")).article
        assert article.paragraphs == (LEAD, SECOND, THIRD), words
    # a closing paragraph that links elsewhere is the report's
    last = 'The <a href="https://council.example/plan">plan</a> is on the <a href="https://council.example/">council\'s site</a>.'
    article = _only(_rss(f"{body}<p>{last}</p>")).article
    assert len(article.paragraphs) == 4
