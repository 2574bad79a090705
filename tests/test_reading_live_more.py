"""Live pages (invented inputs): sign-offs in more languages are no update; an update the page
stamps with its age only takes its time from the page's structured data; a timeline's counter, sort
label and each update's meta line are no paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import is_signoff


@pytest.mark.parametrize("line", [
    "Tường thuật trực tiếp xin tạm dừng tại đây. Cảm ơn quý độc giả đã theo dõi.",
    "Terima kasih telah mengikuti siaran langsung kami hari ini.",
    "Canlı yayınımızı takip ettiğiniz için teşekkür ederiz.",
    "Dziękujemy za śledzenie naszej relacji na żywo.",
    "Tack för att du följt vår direktrapportering.",
    "Спасибо, что были с нами сегодня.",
    # variant round 34: Dutch, Czech, Romanian
    "Dit liveblog wordt niet meer bijgewerkt. Bedankt voor het meelezen!",
    "Tímto naši online reportáž ukončujeme. Děkujeme za pozornost.",
    "Aici încheiem transmisiunea LIVE TEXT. Vă mulțumim că ne-ați urmărit!",
    # variant round 35: Danish, Norwegian, Slovak
    "Vi lukker liveblogen her. Tak fordi du fulgte med.",
    "Vi avslutter direkten nå. Takk for at du fulgte med!",
    "Týmto končíme náš online prenos. Ďakujeme, že ste boli s nami.",
])
def test_sign_offs_in_more_languages_on_a_live_page(line: str) -> None:
    assert is_signoff(line, live=True)


def test_a_report_thanking_rescuers_is_no_sign_off() -> None:
    assert not is_signoff("Cảm ơn lực lượng cứu hộ đã làm việc suốt đêm, ông nói.", live=True)


def test_updates_stamped_with_their_age_take_the_times_the_structured_data_gives(tmp_path: Path) -> None:
    updates = [("Fire under control", "2026-03-03T12:47:00Z", "The fire service says the blaze at the depot is under control."),
               ("Schools closed", "2026-03-03T09:22:00Z", "All four schools in the harbour district will stay closed today."),
               ("Windows shut", "2026-03-03T06:05:00Z", "People near the depot have been told to keep their windows shut.")]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Harbour fire: live",
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": t, "articleBody": b} for h, t, b in updates]}
    posts = "".join(f'<div class="live-post"><span class="live-post__age">{age} hrs ago</span><h2>{h}</h2><p>{b}</p></div>'
                    for age, (h, _, b) in zip((2, 5, 9), updates))
    page = (f'<html><head><title>Harbour fire: live</title><script type="application/ld+json">{json.dumps(ld)}</script>'
            f"</head><body><article><h1>Harbour fire: live</h1>{posts}</article></body></html>")
    path = tmp_path / "live.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    text = " ".join(article.paragraphs)
    assert all(clock in text for clock in ("12:47", "09:22", "06:05")), article.paragraphs
    assert "hrs ago" not in text


@pytest.mark.parametrize("line", [
    "Na tym kończymy naszą relację na żywo. Dziękujemy za uwagę!",
    "Ovime završavamo naš prijenos uživo.",
])
def test_more_closings_of_live_coverage(line: str) -> None:
    assert is_signoff(line, live=True)


def test_a_live_page_stamped_with_the_polish_word_for_hour(tmp_path: Path) -> None:
    posts = "".join(f'<div class="wpis"><span class="godz">godz. {t}</span><p>{p}</p></div>' for t, p in (
        ("14:00", "Na tym kończymy naszą relację na żywo. Dziękujemy za uwagę!"),
        ("12:18", "Wojewoda poinformował, że most pozostanie zamknięty co najmniej do piątku."),
        ("10:42", "Promy na Hel nie kursują do odwołania, armator liczy na popołudnie.")))
    page = f"<html><head><title>Sztorm. Relacja na żywo</title></head><body><article><h1>Sztorm</h1>{posts}</article></body></html>"
    path = tmp_path / "live.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    assert not any("kończymy" in p for p in article.paragraphs)
    assert any("12:18" in p for p in article.paragraphs)


def _live_page(tmp_path: Path, updates: str) -> Path:
    page = tmp_path / "live.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>LIVE Storm over the coast | Coast Daily</title>'
        '<meta property="og:site_name" content="Coast Daily">'
        '<meta property="article:published_time" content="2026-03-03T08:00:00+02:00"></head>'
        f'<body><main><article><h1>LIVE Storm over the coast</h1><div class="live-feed">{updates}</div></article></main></body></html>',
        encoding="utf-8")
    return page


def test_a_live_page_whose_updates_are_headed_by_their_time_loses_its_sign_off_on_top(tmp_path: Path) -> None:
    """Updates under "<h3>14:32 | Most zůstane zavřený</h3>" make a live page though no element
    holds a time alone: its sign-off pinned above them is no lead."""
    updates = ('<div class="item"><p>Tímto naši online reportáž ukončujeme. Děkujeme za pozornost.</p></div>'
               + "".join(f'<div class="item"><h3>{time} | {head}</h3><p>{text}</p></div>' for time, head, text in (
                   ("14:32", "Most zůstane zavřený", "Most přes Labe zůstane zavřený pro veškerou dopravu nejméně do pátku."),
                   ("11:05", "Přívozy nejezdí", "Přívozy přes Vltavu jsou až do odvolání mimo provoz, oznámil kraj."),
                   ("08:40", "Vítr sílí", "Meteorologové naměřili v Krkonoších nárazy větru přes 140 kilometrů v hodině."))))
    (article,) = read_file(_live_page(tmp_path, updates))
    assert not any("ukončujeme" in p for p in article.paragraphs)
    assert "14:32 | Most zůstane zavřený" in article.paragraphs


@pytest.mark.parametrize("age", ["acum 2 ore", "vor 2 Stunden", "2 uur geleden", "2 saat önce", "2時間前"])
def test_updates_stamped_with_an_age_in_words_take_their_exact_time_from_the_element(tmp_path: Path, age: str) -> None:
    """A live page that prints each update's age in its own language ("acum 2 ore") and its exact
    time only in the element's data-time or title: the time is the update's, the age no paragraph."""
    updates = "".join(
        f'<div class="live-entry"><div class="live-time" data-time="2026-03-03T{time}:00+02:00" title="2026-03-03 {time}">{age}</div>'
        f"<p>{text}</p></div>" for time, text in (
            ("12:42", "The bridge at the river mouth stays closed to traffic until Friday at least."),
            ("10:15", "The ferry across the bay was stopped for the whole morning."),
            ("08:30", "Gusts passed 90 kilometres an hour in the harbour, the weather office said.")))
    (article,) = read_file(_live_page(tmp_path, updates))
    assert [text for _, text in article.subheads] == [f"{time} (2026-03-03T{time}:00+02:00)" for time in ("08:30", "10:15", "12:42")]  # oldest first
    assert not any(p.strip() == age for p in article.paragraphs)


def test_a_widget_vendors_credit_standing_alone_is_furniture() -> None:
    from core.reading.judge import is_furniture_block

    assert is_furniture_block("Powered by Tickaroo") and is_furniture_block("Powered by WordPress")
    assert not is_furniture_block("The plant is powered by wind turbines on the ridge above the town.")


@pytest.mark.parametrize("line", [
    # the coverage and a verb ending it, by their stems, in any order and person
    "Élő közvetítésünket most befejezzük. Köszönjük a figyelmet!",
    "Η ζωντανή κάλυψη του ναυαγίου ολοκληρώθηκε.",
    "На цьому завершуємо наш онлайн-репортаж.",
    "Päätämme seurannan tähän.",
    "Šeit noslēdzam tiešraidi par vētru.",
    # a sign-off carrying its own time, as an update does
    "18:20 На этом мы завершаем онлайн-трансляцию.",
    "18.20 We are ending our live coverage here.",
])
def test_sign_offs_named_by_the_coverage_and_a_closing_verb_in_other_languages(line: str) -> None:
    assert is_signoff(line, live=True)


@pytest.mark.parametrize("line", [
    "A híd lezárását a rendőrség péntek estig befejezi, közölte a szóvivő.",  # a closing verb, no coverage
    "Η μετάδοση του αγώνα από την ΕΡΤ ολοκληρώθηκε χωρίς προβλήματα παρά τη βλάβη στον πομπό της Πάρνηθας "
    "που προκάλεσε ο άνεμος το πρωί της Τρίτης.",  # a long report of a broadcast that ended
    "18:20 Міст через Дніпро закрито до п'ятниці.",
    "Work on the transmission line concluded on Friday.",  # English words the other languages' stems begin
])
def test_updates_that_share_a_sign_offs_words_are_no_sign_off(line: str) -> None:
    assert not is_signoff(line, live=True)


_UPDATES = (("14:32", "Мостът над Дунав остава затворен за камиони поне до петък, съобщиха от пътната агенция."),
            ("11:05", "Фериботът при Видин днес не пътува."),
            ("08:40", "На Шипка са измерени пориви на вятъра до 30 метра в секунда."))


def test_updates_opened_by_their_time_in_bold_keep_it_once_and_lose_a_timed_sign_off(tmp_path: Path) -> None:
    """Updates set between rules in one box, each a paragraph opened by its time in bold: the
    time stays in its own update, once (not a paragraph of its own under the update), and the
    sign-off that opens as an update does is no lead."""
    posts = "<hr>".join(f"<p><strong>{time}</strong> {text}</p>" for time, text in (
        ("16:10", "С това завършваме нашето онлайн-предаване. Благодарим ви, че бяхте с нас."), *_UPDATES))
    (article,) = read_file(_live_page(tmp_path, posts))
    assert [p for p in article.paragraphs] == [f"{time} {text}" for time, text in _UPDATES]


def test_an_amp_live_lists_updates_take_their_times_from_amp_timeago(tmp_path: Path) -> None:
    """An AMP live list whose updates give their time only in <amp-timeago datetime=...> (its text
    the machine's fallback): each time is kept with its update; a sign-off pinned on top, with no
    time, is no lead."""
    items = '<div data-sort-time="1772547000000"><p>Tähän päätämme suoran seurantamme. Kiitos, että seurasitte.</p></div>' + "".join(
        f'<div data-sort-time="1"><amp-timeago layout="fixed" width="90" height="20" datetime="2026-03-03T{time}:00+02:00">'
        f"2026-03-03T{time}:00+02:00</amp-timeago><p>{text}</p></div>" for time, text in _UPDATES)
    page = f'<amp-live-list id="blog"><button update>Uusia päivityksiä</button><div items>{items}</div></amp-live-list>'
    (article,) = read_file(_live_page(tmp_path, page))
    assert not any("päätämme" in p for p in article.paragraphs)
    assert article.paragraphs[-1] == _UPDATES[0][1]  # the newest, read last
    assert [text for _, text in article.subheads] == [f"{time} (2026-03-03T{time}:00+02:00)" for time, _ in _UPDATES][::-1]


def test_a_definition_lists_sign_off_under_its_own_time_goes_with_its_time(tmp_path: Path) -> None:
    """Updates as <dt><time>…</time></dt><dd><p>…</p></dd>, newest first, the sign-off the first:
    neither it nor its time is a paragraph."""
    entries = "".join(f'<dt><time datetime="2026-03-03T{time}:00+02:00">{time}</time></dt><dd><p>{text}</p></dd>'
                      for time, text in (("16:10", "Тук приключваме нашия онлайн репортаж."), *_UPDATES))
    (article,) = read_file(_live_page(tmp_path, f"<dl>{entries}</dl>"))
    assert not any("приключваме" in p or p == "16:10" for p in article.paragraphs)
    assert [text for _, text in article.subheads] == [time for time, _ in _UPDATES][::-1]  # oldest first


def test_a_stamp_that_prints_its_date_and_time_is_kept_as_printed(tmp_path: Path) -> None:
    """Only a machine's time as the stamp's text (AMP's fallback) is read as its clock time; a
    stamp printing a date and a time stays as the page prints it."""
    entries = "".join(f'<dt><time datetime="2026-03-03T{time}:00+01:00">3. März 2026 {time} Uhr</time></dt><dd><p>{text}</p></dd>'
                      for time, text in _UPDATES)
    (article,) = read_file(_live_page(tmp_path, f"<dl>{entries}</dl>"))
    assert [text for _, text in article.subheads] == [f"3. März 2026 {time} Uhr" for time, _ in _UPDATES]


@pytest.mark.parametrize("line", [
    # "here we close our following (reporting) live" in Slovenian and Croatian, "this ends today's live broadcast" in Korean
    "S tem zaključujemo spremljanje dogajanja v živo. Hvala za pozornost.",
    "Ovdje završavamo naše izvještavanje uživo.",
    "이것으로 오늘 생중계를 마치겠습니다. 감사합니다.",
])
def test_sign_offs_of_live_coverage_in_slovenian_croatian_and_korean(line: str) -> None:
    assert is_signoff(line, live=True)


@pytest.mark.parametrize("line", [
    "Na autocesti uživo pratimo promet, a most je zatvoren do petka.",
    "실시간 교통 정보에 따르면 다리는 금요일까지 통제된다.",
])
def test_updates_that_speak_of_live_coverage_are_no_sign_off(line: str) -> None:
    assert not is_signoff(line, live=True)


@pytest.mark.parametrize(("line", "chrome"), [
    # a live page's header counter, with or without its live label, in any language
    ("EN VIVO · 12 actualizaciones", True), ("DIRETTA 7 aggiornamenti", True), ("5 Updates", True),
    ("NA ŻYWO 9 wpisów", True), ("업데이트 4건", True), ("12 nouvelles mises à jour", True),
    # the timeline's sort and filter labels
    ("Ordenar por:", True), ("Sortieren nach: Neueste", True), ("Sort by", True), ("Rūšiuoti:", True), ("정렬:", True),
    # ... not a report's sentences that count updates or speak of sorting
    ("The app received 5 updates last year, the company said.", False),
    ("Sort the waste before you take it to the depot.", False),
    ("12 actualizaciones de software fallaron.", False),
])
def test_a_live_timelines_counter_and_sort_labels_are_chrome(line: str, chrome: bool) -> None:
    from core.reading.judge import is_live_chrome

    assert is_live_chrome(line) is chrome


_LIVE_ES = (("14h32", "La autopista de la costa sigue cortada para camiones hasta el viernes, informó la concesionaria."),
            ("11h05", "El ferry entre los dos puertos no sale esta mañana."),
            ("8h40", "Se registraron rachas de 90 km/h en el litoral sur durante la madrugada."))


def test_a_live_embeds_header_counter_and_each_updates_time_glued_to_its_source_are_no_paragraphs(tmp_path: Path) -> None:
    """An embed's header ("EN VIVO 3 actualizaciones") and each update's meta line, its time glued
    to the source's label by the extractor ("14h32Redacción"): neither is a paragraph; each time
    stays once, above its update."""
    posts = "".join(f'<div class="post"><div class="post-meta"><span class="post-time">{time}</span><span class="post-source">'
                    f'Redacción</span></div><div class="post-content"><p>{text}</p></div></div>' for time, text in _LIVE_ES)
    page = (f'<div class="embed-header"><span>EN VIVO</span> <span>3 actualizaciones</span></div><div class="posts">{posts}</div>'
            '<div class="sort"><span>Ordenar:</span> <button>Más recientes</button></div>')
    (article,) = read_file(_live_page(tmp_path, page))
    assert [p for p in article.paragraphs if not any(p == t for t, _ in _LIVE_ES)] == [text for _, text in _LIVE_ES][::-1]  # oldest first
    assert [text for _, text in article.subheads] == [time for time, _ in _LIVE_ES][::-1]


def test_a_live_page_with_twelve_hour_times_in_korean_keeps_each_update_once_and_drops_its_sign_off(tmp_path: Path) -> None:
    """Korean 12-hour stamps ("오후 2:32", "오전 8:40") make a live page as any clock time does: the
    sign-off pinned on top without a time is no lead, and the updates that its LiveBlogPosting
    data lists again (headlines cut short) each come once."""
    updates = (("오후 2:32", "14:32", "목포와 제주를 잇는 여객선 운항이 금요일까지 전면 통제된다고 해경이 밝혔다."),
               ("오전 11:05", "11:05", "완도 지역 도선 운항도 오늘 오전 중단됐다."),
               ("오전 8:40", "08:40", "흑산도에서는 새벽 한때 초속 28미터의 강풍이 관측됐다."))
    ld = json.dumps({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "태풍 실시간",
                     "liveBlogUpdate": [{"@type": "BlogPosting", "headline": text[:18], "datePublished": f"2026-03-03T{iso}:00+09:00"}
                                        for _, iso, text in updates]}, ensure_ascii=False)
    items = "".join(f'<div class="item"><span class="t">{time}</span><div class="txt"><p>{text}</p></div></div>'
                    for time, _, text in updates)
    page = (f'<script type="application/ld+json">{ld}</script><div class="item end"><p>이것으로 오늘 실시간 중계를 마칩니다. '
            f'시청해 주셔서 감사합니다.</p></div>{items}')
    (article,) = read_file(_live_page(tmp_path, page))
    assert [p for p in article.paragraphs if p not in [t for t, _, _ in updates]] == [text for _, _, text in updates][::-1]  # oldest first
    assert [text for _, text in article.subheads] == [time for time, _, _ in updates][::-1]
