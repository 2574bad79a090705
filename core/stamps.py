"""Reading a live update's time stamp: when a live page's update says it was posted.

One reader for every stage that reads a live page's stamps: the reading stage (core.reading.judge,
core.reading.html: which subheads are updates' stamps, the order to read a newest-first page in)
and the figures view (core.views.figures: a count an earlier update gave), which loads this module
and not the reading stage.
"""

from __future__ import annotations

import re

from core.calendar_words import DAY_OF_MONTH, WEEKDAY_WORD, month_number

__all__ = [
    "CLOCK_AT", "CLOCK_STAMP", "HALF_DAY", "STAMP_HEAD_WORDS", "STAMP_LABEL", "STAMP_WORDS", "heading_stamp", "is_dated_clock",
    "update_time",
]


#: The words that label a page's or a live update's time stamp ("Published", "Last updated",
#: "Posted", "Aktualisiert", "Actualizado", "Mis à jour", "Aggiornato", "Bijgewerkt"; "Paskelbta",
#: "Objavljeno", "Julkaistu", "입력", "Cập nhật" ...).
STAMP_WORDS = (
    r"(?:first |last )?(?:published|updated|posted|modified|added)|aktualisiert|veröffentlicht|actualizado|publicado"
    r"|atualizado|mis à jour|publié|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano"
    # Baltic, Finnic, Slavic, Hungarian, Romanian and Catalan, Nordic, Turkish, Greek, Indonesian
    r"|paskelbta|atnaujinta|publicēts|atjaunots|atjaunināts|avaldatud|uuendatud|julkaistu|päivitetty"
    r"|objavljeno|ažurirano|posodobljeno|publikováno|aktualizováno|publikované|aktualizované|опубликовано|обновлено"
    r"|опубліковано|оновлено|публикувано|обновено|közzétéve|frissítve|publicat|actualizat|actualitzat"
    r"|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|yayınlanma|güncellenme|güncelleme"
    r"|δημοσίευση|ενημέρωση|diterbitkan|diperbarui"
    # Vietnamese, Korean (entered, revised, registered), Japanese and Chinese
    r"|cập nhật|ngày đăng|đăng lúc|기사입력|최종수정|입력|수정|등록|업데이트|公開|更新|配信|发布|發布"
)
#: A clock time as a page prints it for a stamp: "11.05 GMT", "12:45", "9.15am", "14h30", "10:42
#: a.m. ET", with the word that says "at" before it or "o'clock" after it in the page's language
#: ("ore 15.35", "kl. 15.35", "às 15.35", "om 15.35 uur", "15.35 h", "um 15.35 Uhr"), and a label
#: before that a screen reader is told ("Posted at 14:05", "Updated 09:31"); the half of the day
#: before a 12-hour time in Korean, Japanese and Chinese ("오후 2:32", :data:`HALF_DAY`); a zone in
#: capitals ("12.50 euros", "2.30 Ascot" are no stamps).
#: The label a screen reader is told before a live stamp's time ("Posted at", "Updated:",
#: "Aktualisiert", "Actualizado a las": :data:`STAMP_WORDS`).
STAMP_LABEL = rf"(?:{STAMP_WORDS})(?:\s*:\s*|\s+)"
#: The half of the day before a 12-hour clock time in Korean, Japanese and Chinese ("오후 2:32",
#: "午後2:32", "下午2:32": after noon; "오전", "午前", "上午": before).
HALF_DAY = r"(?:오전|오후|午前|午後|上午|下午)"
#: The word that says "at" before a clock time, in the page's language ("ore", "kl.", "a las", "um",
#: Polish "godz.", Finnish "kello", Turkish "saat", Indonesian "pukul", Vietnamese "lúc").
CLOCK_AT = r"(?:ore|(?:la )?ora|alle|kl\.?|klo|kello|às|as|a las|à|om|um|at|(?:o )?godz\.?|saat|saa|pukul|lúc)\s+"


#: The clock time written with the words for hour and minute in Japanese, Chinese and Korean
#: ("14時32分", "14点32分", "14시 32분").
_CJK_CLOCK = r"\d{1,2}[時时點点시]\s?\d{1,2}[分분]"
#: A live update's clock time as a page prints it: its label ("Update", "Posted at"), the word for
#: "at", the half of the day, the time and its zone (an abbreviation in capitals, "CET"; GMT and
#: UTC in any case, as some pages print them, "13:15 gmt", with an offset or not).
CLOCK_STAMP = (rf"(?:{STAMP_LABEL})?(?:{CLOCK_AT})?(?:{HALF_DAY}\s?)?"
               r"(?:\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:(?:GMT|UTC)(?:[+-]\d{1,2})?(?![^\W\d_])|(?-i:[A-Z]{2,5})|Uhr|uur|h"
               r"|asubuhi|mchana|alasiri|jioni|usiku))?"
               rf"|{_CJK_CLOCK})")
_CLOCK_STAMP = re.compile(CLOCK_STAMP, re.I)


def _day_month(name: str) -> str:
    """A day and month printed with no year, its groups named after *name*: in figures, the day
    first ("03/03", "3.3.", "03.03."), or with the month's name either side of the day ("3 March",
    "3. März", "3 de marzo", "29 ta' Jannar", "March 3rd"), or the month and the day by their
    signs in Chinese, Japanese and Korean ("11月26日", "11月26日（木）", "11월 26일")."""
    return (rf"(?:(?P<{name}d>\d{{1,2}})[./](?P<{name}n>\d{{1,2}})\.?"
            rf"|(?P<{name}n2>\d{{1,2}})\s?[月월]\s?(?P<{name}d3>\d{{1,2}})\s?[日일](?:\s?[（(][^）)\d]{{1,3}}[）)])?"
            rf"|(?P<{name}dw>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+{DAY_OF_MONTH}?(?P<{name}w>[^\W\d_]{{3,}})\.?"
            rf"|(?P<{name}wd>[^\W\d_]{{3,}})\.?\s+(?P<{name}d2>\d{{1,2}})(?:st|nd|rd|th)?)")


#: A live update's time stamp with its day and month beside it, either side, and no year:
#: "17:30 03/03", "03.03. 17:30", "17:30, 3 March", "3/3 17:30", "Updated 9.15am, March 3"
#: (:func:`is_dated_clock`).
_STAMP_JOINT = r"(?:\s*[,·•|–-]\s*|\s+)"
_DATED_CLOCK = re.compile(
    rf"(?:{STAMP_LABEL})?(?:(?:{CLOCK_STAMP}){_STAMP_JOINT}{_day_month('a')}|{_day_month('b')}{_STAMP_JOINT}(?:{CLOCK_STAMP}))",
    re.I,
)


def is_dated_clock(text: str) -> bool:
    """Whether *text* is only a clock time with its day and month and no year, as a live page
    stamps an update of the day ("17:30 03/03", "03.03. 17:30", "17:30, 3 March", "3/3 17:30":
    :data:`_DATED_CLOCK`): the day a real one (1-31), the month a number of 1-12 or a month's name
    in any language (:func:`month_number`)."""
    match = _DATED_CLOCK.fullmatch(" ".join(text.split()))
    if match is None:
        return False
    found = {key[1:]: value for key, value in match.groupdict().items() if value}
    day = found.get("d") or found.get("dw") or found.get("d2") or found.get("d3")
    number = found.get("n") or found.get("n2")
    month = int(number) if number else month_number(found.get("w") or found.get("wd") or "")
    return day is not None and 1 <= int(day) <= 31 and month is not None and 1 <= month <= 12


#: A clock time inside a live update's stamp (:data:`CLOCK_STAMP`): its hour and minutes, the half of
#: the day after a 12-hour time or before it (Korean, Japanese, Chinese: :data:`HALF_DAY`).
_STAMP_CLOCK = re.compile(r"(?P<half>오후|午後|下午)?\s?(?P<h>\d{1,2})(?:[:.h]|[時时點点시]\s?)(?P<m>\d\d?)(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?", re.I)


#: The stamp the page reader sets where a live update prints no clock time of its own ("2 hours ago")
#: but its <time> element gives one: "13:05 (2026-05-06T13:05:00+00:00)".
_MACHINE_STAMP = re.compile(r"\d\d:\d\d \((?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)T(?P<h>\d\d):(?P<m>\d\d)[^)]*\)")


#: What parts an update's time stamp from its own heading in one subhead: the readers' " — ", or the
#: page's own dash, bar or colon ("16:05 | Minister speaks", "14:05 - Roads closed", "09:40 – Vote
#: begins", "16:05: Minister speaks"); a bar or dash may part a stamp's date from its time too ("Fri
#: 27 Nov | 09:40"), so :func:`update_time` reads the longest stamp before one.
_STAMP_HEADING = re.compile(r"\s*[—–|]\s*|\s+-\s+|:\s+")
#: A live page's own label before an update's time, beside the stamps' labels (:data:`STAMP_LABEL`):
#: "Update 16:05", "Live update: 9.15am".
_LIVE_UPDATE_LABEL = re.compile(r"(?:live\s+)?update\s*:?\s*(?=\d)", re.I)
#: A weekday before an update's date ("Fri 27 Nov | 09:40", "ven. 27 nov. 09:40", "Friday, 27/11 09:40").
_STAMP_WEEKDAY = re.compile(rf"(?:{WEEKDAY_WORD})\.?,?\s+", re.I)


def update_time(subhead: str) -> tuple[int, int, int, int] | None:
    """When a live page's update subhead stamps its update, as (year, month, day, minutes after
    midnight), year, month and day 0 where the stamp gives none: "18:50" and "18:50 — Police confirm
    eighth death" (a stamp before the update's own heading, as the readers set them, or after the
    page's own bar or dash: "16:05 | Minister speaks", "14:05 - Roads closed", :data:`_STAMP_HEADING`;
    or with none, where the stamp is a clock's whatever follows it: "16:40 GMT Talks end")
    give (0, 0, 0, 1130), "17:30, 3 March" and "Tue 3 March | 17:30" (0, 3, 3, 1050), "9.15pm",
    "Update 9.15 p.m. GMT" and "Updated: 9.15pm" (0, 0, 0, 1275), "13:05 (2026-05-06T13:05:00+00:00)"
    (2026, 5, 6, 785). None for any other subhead ("Summary", "12.50 euros", "2.30 Ascot")."""
    text = " ".join(subhead.split())
    for cut in [len(text), *reversed([m.start() for m in _STAMP_HEADING.finditer(text)])]:
        if cut and (when := _stamp_time(text[:cut])) is not None:
            return when
    opening = heading_stamp(text)  # no separator: "16:40 GMT Talks end"
    return _stamp_time(opening) if opening is not None else None


#: An update's heading that opens with its time and a separator: "14:32 | Most zůstane zavřený",
#: "13:15 gmt – Minister speaks".
_TIMED_HEADING = re.compile(rf"^(?P<stamp>{CLOCK_STAMP})\s*[|–—:-]\s+\S", re.I)
#: The most words of a clock's stamp before a live update's heading with no separator ("Update 16:40 GMT").
STAMP_HEAD_WORDS = 4


def heading_stamp(heading: str, *, separated: bool = False) -> str | None:
    """The clock time that opens a live update's *heading*, as printed, before the update's own
    words: after a separator ("13:15 | Minister speaks", "13:15 gmt – Minister speaks" give "13:15",
    "13:15 gmt"), or with none where the stamp is a clock's whatever follows it, a colon's time, a
    zone or "p.m." ("16:40 GMT Talks end" gives "16:40 GMT"; not "2.30 Ascot", a race's time, nor
    "12.50 euros"): its longest run of words that is one (:data:`CLOCK_STAMP`). None where it opens
    with no time, or is a time alone; with *separated*, None for a stamp with no separator (a
    paragraph of a programme, "09:00 Registration", is no live update's heading)."""
    text = " ".join(heading.split())
    if (timed := _TIMED_HEADING.match(text)) is not None:
        return timed["stamp"].strip()
    if separated:
        return None
    words = text.split(" ")
    for count in range(min(STAMP_HEAD_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:count])
        if (words[count][:1].isalpha() and _CLOCK_STAMP.fullmatch(head) and re.search(r"\d:\d|[^\W\d_]", head)
                and _stamp_time(head) is not None):
            return head
    return None


def _stamp_time(stamp: str) -> tuple[int, int, int, int] | None:
    """When one live update's stamp, and nothing else, says it was posted (:func:`update_time`)."""
    if (machine := _MACHINE_STAMP.fullmatch(stamp)) is not None:
        return int(machine["y"]), int(machine["mo"]), int(machine["d"]), int(machine["h"]) * 60 + int(machine["m"])
    stamp = _LIVE_UPDATE_LABEL.sub("", stamp, count=1) if _LIVE_UPDATE_LABEL.match(stamp) else stamp
    dated = _DATED_CLOCK.fullmatch(stamp)
    if dated is None and (weekday := _STAMP_WEEKDAY.match(stamp)) is not None:
        # a weekday before the date: read without it (only with a date: "Fri 09:40" may be any Friday's)
        if (dated := _DATED_CLOCK.fullmatch(stamp[weekday.end() :])) is not None:
            stamp = stamp[weekday.end() :]
    if dated is None and not _CLOCK_STAMP.fullmatch(stamp):
        return None
    month = day = 0
    if dated is not None:
        found = {key[1:]: (value, dated.span(key)) for key, value in dated.groupdict().items() if value}
        day = int((found.get("d") or found.get("dw") or found.get("d2") or found.get("d3") or ("0", (0, 0)))[0])
        number = found.get("n") or found.get("n2")
        month = int(number[0]) if number else month_number((found.get("w") or found.get("wd") or ("", (0, 0)))[0]) or 0
        start = min(span[0] for _, span in found.values())
        stamp = stamp[:start] + " " + stamp[max(span[1] for _, span in found.values()) :]  # the date's own figures ("03.03.") out
    clock = _STAMP_CLOCK.search(stamp)
    if clock is None or int(clock["m"]) > 59:
        return None
    hour = int(clock["h"])
    if clock["ap"] or clock["half"]:
        hour = hour % 12 + (12 if (clock["ap"] or "").lower() == "p" or clock["half"] else 0)
    return (0, month, day, hour * 60 + int(clock["m"])) if hour < 24 else None
