"""Plain text and Markdown: a page of lines into its articles.

The text is sanitised once, split into lines (hard-wrapped lines joined back into their
paragraphs) that :mod:`.judge` classifies, and cut into reports: a page that quotes
several outlets' reports, each under its own headline and source line, gives one
article per report. Markdown loses its markers first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import date
from pathlib import PurePath

from core.model import Article
from core.reading.judge import (
    BYLINE_OPENING, JOB_TITLE, OFFICE_ROLE, PARAGRAPH_WORDS, SIGNATURE, VALEDICTION, is_organisation, institution_name, STAFF_BYLINE, WRITER_ROLE, staff_outlet, Kind, Unit, after_post_date, before_weekday, dated_name, datelined, classify, classify_line, copyright_year, dateline_date, find_date, find_datetime,
    in_capitals, info_line, is_end_mark, is_sentence, is_outlet_name, known_place, labelled_field, is_person_name, is_report_label, is_section_label, running_head_outlet, language_byline, lone_dateline, make_article, masthead_line, page_language, reading_language, names_host, spells_host, opens_report, signed_dateline, source_named, split_credit, split_dateline, wire_credit, without_name_notes, without_role, word_count, writing_credit,
)
from core.sanitize import sanitize
from core.text import credit_names, dateline_credit, is_article_note, search_fold, stem, words

__all__ = ["PREAMBLE_WORDS", "byline_outlet", "copyright_site", "credited", "markdown_to_text", "parse_text", "split_reports"]

#: The site a notice to its readers names ("registered user of The Hindu"): up to four capitalised
#: words (a copyright notice is read by :func:`copyright_site`).
_NOTICE_NAME = r"(?:The |the )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}"
_SITE_NOTICE = re.compile(rf"\b(?:registered users?|subscribers?|readers?|members?) of (?P<name>{_NOTICE_NAME})")
#: A copyright notice opening a line or a part of one ("© 2026 Example", "Privacy | (c) 2025-2026
#: Example"): a year or the sign after "Copyright", so "Copyright Office staff said" is none.
_COPYRIGHT_LINE = re.compile(r"(?:^|[|·•]\s*)(?:©|\([Cc]\)\s*(?:19|20)\d\d|[Cc]opyright\s*(?:[©ⓒ]|\([Cc]\)|(?:19|20)\d\d))")


#: A word that opens a name: a capital of the Latin, Greek or Cyrillic alphabets, a digit, or a
#: letter of Hebrew, Arabic, Hangul or the Indic scripts (Devanagari to Sinhala), which write no
#: capitals (Korean spaces its words; "Copyright ⓒ 예시일보", the circled sign as Korean sites print
#: it; "© 2026 මධ්‍යම පුවත්"). (Not Chinese or Japanese: no space parts their words, and a link's
#: text after a Latin name would join it: "©2022 Baidu 使用百度前必读".)
_NAME_OPENING = "[A-Z0-9À-ÖØ-ÞΑ-ΩΆ-ΏЀ-Я\u05d0-\u05ea\u0620-\u064a\uac00-\ud7a3\u0900-\u0dff]"
#: The rest of a name's word: word characters, and the vowel signs and joiners of the Indic
#: scripts, which are none to Python ("මධ්‍යම" holds a virama and a zero-width joiner).
_NAME_REST = "[\\w.&'’\u0900-\u0dff\u200c\u200d-]*"
#: The name a copyright notice gives: capitalised words, with the small words that join them in
#: organisations' names ("Bundesagentur für Arbeit", "Procter & Gamble", "Example e.V.", "Νέα του
#: Λιμανιού"); in Cyrillic a name's later words may be small ("Портові новини"), as it writes names.
_OWNER_NAME = re.compile(
    rf"(?:The |the )?{_NAME_OPENING}{_NAME_REST}"
    r"(?:(?: (?:of|for|für|der|des|de|du|do|da|dos|das|la|le|di|del|della|y|e|and|und|&|van|von|am|του|της|των))*"
    rf" {_NAME_OPENING}{_NAME_REST}|(?<=[Ѐ-ӿ]) [а-яёіїєґ][\w'’-]*){{0,5}}"
)
#: What a copyright notice names that is no owner: its own words, a theme's or a designer's credit.
_NO_OWNER = re.compile(r"^(?:all|alle|tous|todos|tutti|riproduzione|wszelkie)(?: |$)"
                       r"|^(?:by|theme|design|webdesign|template|powered|created|made)\b", re.I)
#: Words after the name that close it: "All rights reserved" and its kin.
_RIGHTS = re.compile(r"(?:^|\s+)(?:all (?:intellectual property )?rights|alle rechte|tous droits|todos (?:los derechos|os direitos)"
                     r"|tutti i diritti|alle rechten|wszelkie prawa|tüm hakları|все права|усі права|всички права"
                     r"|με επιφύλαξη|כל הזכויות|جميع الحقوق)\b.*$", re.I)


#: A copyright notice that names its owner before the sign and the year, as Ghost's themes print it
#: ("The Harbour Ledger © 2026"), the line or a part of it after a separator.
_OWNER_BEFORE = re.compile(rf"(?:^|[|·•]\s*)(?P<name>{_OWNER_NAME.pattern})\s*(?:©|\([Cc]\))\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\W*(?:[|·•].*)?$")


def copyright_site(line: str) -> str | None:
    """Who a copyright notice on *line* names ("© 2026 The Morning Brief. All rights reserved.": The
    Morning Brief; "Copyright 2025-2026 Bundesagentur für Arbeit"; "© 2026 El Correo del Noroeste";
    "The Harbour Ledger © 2026"), where the line opens with the notice or has it after a separator;
    None otherwise, or where it names a theme, its designer or words glued together by a scrape
    ("HomeKontaktImpressum")."""
    opening = _COPYRIGHT_LINE.search(line)
    before = _OWNER_BEFORE.search(line.strip()) if opening is None or not line[opening.end() :].strip(" \t©0123456789-–.") else None
    if before is not None:
        if is_person_name(before["name"]):
            return None  # a picture's credit, its photographer's: "Ole Brandt © 2026"
        rest = before["name"]
    elif opening is None:
        return None
    else:
        rest = re.sub(r"^(?:©|\([Cc]\)|[Cc]opyright|\s|\d{4}|[-–,]|by\s)+", "", line[opening.end() :])
    found = _OWNER_NAME.match(_RIGHTS.sub("", rest))
    name = re.split(r"(?<=\w{4})\.\s", found.group(0))[0] if found else ""  # up to a sentence's end
    # without a year or a date after it ("© Holm Gazette 13 March 2026", "... 13.3.2026", "... 2025-2026")
    name = re.sub(r"\s+(?:\d{1,2}(?:\.\s?\d{1,2}\.\s?|\.?\s+[^\W\d_]+\.?\s+))?(?:19|20)\d\d(?:\s*[-–]\s*\d{4})?$", "", name)
    name = name.rstrip(" .,")
    # a name whose later words are in small letters, as Slavic and Romance titles write them
    # ("© 2026 Dunavski glasnik. Sva prava zadržana.", "Večernji list"): where the notice's first
    # sentence holds the name and one or two such words, and nothing else
    sentence = re.split(r"(?<=\w)\.(?:\s|$)|\s[|·•–-]\s", _RIGHTS.sub("", rest).strip())[0].strip(" .,")
    extra = sentence[len(name) :].split() if name and sentence.startswith(name) else []
    if 0 < len(extra) <= 2 and all(w.isalpha() and w.islower() and len(w) >= 3 for w in extra) and not _NO_OWNER.search(" ".join(extra)):
        name = f"{name} {' '.join(extra)}"
    glued = any(len(re.findall(r"[a-zäöüß][A-ZÄÖÜ]", w)) >= 3 for w in name.split())
    return name if name and not _NO_OWNER.search(name) and not glued and re.search(r"[^\W\d_]", name) else None
#: Well-known abbreviations outlets sign their reports with.
_OUTLET_ALIASES = {
    "GT": "Global Times",
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "PTI": "Press Trust of India",
    "ANI": "Asian News International",
    "UPI": "United Press International",
    "SCMP": "South China Morning Post",
    "NYT": "The New York Times",
    "WSJ": "The Wall Street Journal",
    "FT": "Financial Times",
}
#: The separators of a signature line's parts: "KYODO NEWS - Jun 18, 2023 - 21:33 | World".
_SIGNATURE_PARTS = re.compile(r"\s+[-–—|/·]\s+")
#: A site's address standing for its name: "TIMESOFINDIA.COM", "scmp.com".
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|info|co\.[a-z]{2}|[a-z]{2})$", re.I)
#: A broadcaster's or agency's name that opens on its letters ("HRT World", "CGTN Europe", "DW
#: News"): before a date it is who ran the report (a person's name has no word in capitals).
_LETTERS_NAME = re.compile(r"^[A-Z]{2,6}(?: [A-Z][a-z][\w'&-]*){1,2}$")
_BYLINE_SPLIT = re.compile(r"\s+(?:published|updated|posted|on)\b.*$|\s+[|·•]\s.*$", re.I)


def _byline_name(text: str, language: str | None = None) -> str:
    """The names in a byline line, without "By" (or the word for it of the page's *language*:
    :func:`~core.reading.judge.language_byline`) or a trailing date stamp ("Published ...",
    or a date and what follows it: "By Jane Doe, Coastal Herald, June 2, 2024 10:15 EST")."""
    text = language_byline(text, language) or text  # "Per Jordi Puig" on a Catalan page
    if credit := writing_credit(after_post_date(text), line=True):
        text = ", ".join(credit)  # "By Ana Example and photos by Bo Lind": the writer's names
    # "Ana Example Wednesday 4 March"; "Posted on March 3, 2026 by Ana Example"; "Submitted by Ana Example on ..."
    # "Harbour Gazette | 27 November 2026 | Ana Example": the writer after the paper's name and the date
    named = dated_name(text) or (masthead[1] if (masthead := masthead_line(text)) else None)
    name = before_weekday(_BYLINE_SPLIT.sub("", BYLINE_OPENING.sub("", named or after_post_date(text))))
    dated = find_date(name)
    if dated is not None and dated[1][0] > 0:
        name = name[: dated[1][0]]
    # (a note on when or where a writer wrote: "Ana Example (now) and Bo Lind (earlier)")
    # (a writer's role and where it is held: "Claire Dumontel, envoyée spéciale à Oskaryn")
    return without_role(without_name_notes(name.strip(" ,|-·–—")).strip(" ,|-·–—"))


#: A name with a title of its own: "The Sports Desk", "The Morning Beacon" (each word capitalised).
_TITLED_NAME = re.compile(r"^The(?: [A-Z][\w'&.-]*){1,4}$")
#: One capitalised word, as an outlet signs a byline with its name: "Seezeitung", "BuzzFeed", "Dagbladet".
_ONE_WORD_NAME = re.compile(r"^[A-Z][A-Za-z'-]*[a-z][A-Za-z'-]*$")
#: Two to four words after a byline's comma, capitalised but for short particles between them
#: ("Le Monde Fictif", "El Diario del Sur", "De Telegraaf"): an outlet's name when no person is
#: called so (is_person_name: "Per Olsen", "Anna de Souza", "New York" are shaped as people are).
_SIGNED_WORDS = re.compile(r"^[A-Z][\w'’&.-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'’&.-]*){1,3}$")
#: What follows a person's name after a comma and is no outlet, besides a role (JOB_TITLE): a
#: suffix or a degree ("Jr", "PhD"), a day or a month.
_NOT_AN_OUTLET = re.compile(
    r"^(?:jr|sr|phd|md|esq|ii|iii|iv)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$"
    r"|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$",
    re.I,
)
#: A person's full name before a byline's comma: two to four capitalised words ("Karin Vik",
#: "Anna de la Cruz"); "Berg, Anna" is one surname, and the word after its comma a given name.
_FULL_NAME = re.compile(r"^[A-Z][\w'.-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'.-]*){1,3}(?: and [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3})*$")


#: A channel's number closing a broadcaster's name ("France 24").
_CHANNEL_NUMBER = re.compile(r" \d{1,3}$")


def _signed_outlet(names: str, signed: str, report: Iterable[str]) -> bool:
    """Whether *signed*, what follows a byline's comma ("By Karin Vik, Seezeitung", "By José
    Müller, Le Monde Fictif"), maybe with a channel's number ("France 24"), names the outlet
    that ran the report.

    By the byline convention (the AP's "By JOHN SMITH, Associated Press"), what follows the
    names is who they write for; where they are goes in the dateline ("OSLO, Oct 14 -"), or in
    the byline with "in" ("Anna Berg in Oslo"). So one capitalised word after a full name
    (*names*) is the outlet, or two to four that no person is called (:data:`_SIGNED_WORDS`:
    "By Anna Berg, Per Olsen" names two people), unless it is a suffix, a role, a day or a
    month, or the place the *report* (its paragraphs) gives as such: its dateline's place, or a
    place it is in, near or outside of ("By Anna Berg, Oslo" over "Divers searched the lake near
    Oslo", "By Ana Ruiz, La Paz" over "near La Paz").
    """
    # a broadcaster's name may close on its channel's number: "France 24"
    signed = _CHANNEL_NUMBER.sub("", signed)
    named = _ONE_WORD_NAME.match(signed) or _SIGNED_WORDS.match(signed) and not is_person_name(signed)
    if not named or _NOT_AN_OUTLET.match(signed) or JOB_TITLE.search(signed) or not _FULL_NAME.match(names):
        return False
    place = re.compile(rf"\b(?:in|near|outside|around)\s+(?:central |northern |southern |eastern |western )?{re.escape(signed)}\b")
    for paragraph in report:
        dateline, _ = split_dateline(paragraph)
        if dateline and dateline.casefold().startswith(signed.casefold()) or place.search(paragraph):
            return False
    return True


def byline_outlet(line: str, report: Iterable[str] = ()) -> str | None:
    """The outlet a byline *line* signs for, if it does: "By Jane Doe, CNN" gives "CNN", "By
    Jane Doe, The Sports Desk" "The Sports Desk" (a title of its own, "The ..."), "Al Jazeera
    staff", alone or signed, "Al Jazeera" (its newsroom); a known abbreviation is spelled out
    ("AP": "Associated Press"). *report*, the paragraphs under it, tells a place from an outlet
    after the comma (:func:`_signed_outlet`). None for a byline of names alone.
    """
    name = _byline_name(line)
    signed = name.rsplit(",", 1)[-1].strip() if "," in name else ""
    if signed and (is_outlet_name(signed) or signed in _OUTLET_ALIASES or _TITLED_NAME.match(signed)
                   or _signed_outlet(name.rsplit(",", 1)[0].strip(), signed, report)):
        return _OUTLET_ALIASES.get(signed, signed)
    outlet = staff_outlet(signed or name)
    return _OUTLET_ALIASES.get(outlet, outlet) if outlet else None


def _signer(line: str, report: Iterable[str] = (), language: str | None = None) -> str:
    """The people a byline *line* names, without the outlet it signs for after their names ("By
    Jane Doe, CNN" and "Von Katrin Albers, Seezeitung" name Jane Doe and Katrin Albers: the
    outlet is the article's outlet, :func:`byline_outlet`); *language* is the page's (:func:`_byline_name`)."""
    name = _byline_name(line, language)
    if "," in name and (signed := byline_outlet(line, report)) is not None:
        names, after = (part.strip() for part in name.rsplit(",", 1))
        if names and _OUTLET_ALIASES.get(after, after) == signed:
            return names
    return name


#: A line that names who published the report, apart from who wrote it: "Published by The Northern
#: Courier, 2 December 2026", "Publié par Le Courrier du Sud", "Publicado por El Diario del Sur".
_PUBLISHED_BY = re.compile(
    r"^(?:published|publié|publiée|publicado|publicada|veröffentlicht|pubblicato|pubblicata|gepubliceerd)\s+"
    r"(?:by|par|por|von|da|door)\s+(?P<name>\S.*)$", re.I)


def publisher_named(line: str) -> str | None:
    """The outlet a publisher's line names (:data:`_PUBLISHED_BY`), without the date after it: "Published
    by The Northern Courier, 2 December 2026" is "The Northern Courier"; None for another line, or
    where it names no outlet ("Published by Ana Example": a blog's writer)."""
    found = _PUBLISHED_BY.match(" ".join(line.split()))
    if found is None:
        return None
    name = found["name"]
    if (dated := find_date(name)) is not None:
        name = name[: dated[1][0]]
    name = re.sub(r"\s+(?:on|le|el|am|il)$", "", name.strip(" ,;|·–—-")).strip(" ,;|·–—-")
    return name if name and (is_outlet_name(name) or _TITLED_NAME.match(name)) else None


def _outlet_from(units: list[Unit], report: Iterable[str] = ()) -> str | None:
    """The outlet a report names in its own source lines (*units*, the lines above its body),
    if it does: the publisher a line names (:func:`publisher_named`: a paper running an agency's copy,
    "By Ana Example, SPA" over "Published by The Northern Courier", is the outlet), else the first
    source line's; *report*, its body's paragraphs, tells a place from an outlet after a byline's
    comma (:func:`_signed_outlet`)."""
    if (publisher := next(filter(None, (publisher_named(u.text) for u in units if u.kind in (Kind.BYLINE, Kind.DATE))), None)):
        return publisher
    for unit in units:
        if unit.kind is Kind.SOURCE:
            # "NHK: 4 hours ago" names it before the colon, "Source: Xinhua" after it.
            outlet = source_named(unit.text) or unit.text.partition(":")[0].strip()
            outlet = bracketed[1] if (bracketed := re.fullmatch(r"\((.+)\)", outlet)) else outlet  # "(Australian Associated Press)"
            outlet = WRITER_ROLE.sub("", outlet) or outlet  # "Associated Press Writer" under "By ...": the agency's
            return _OUTLET_ALIASES.get(outlet, outlet)
        if unit.kind is Kind.BYLINE and (masthead := masthead_line(unit.text)) is not None:
            return masthead[0]  # "Harbour Gazette | 27 November 2026 | Ana Example": the paper's name first
        if unit.kind is Kind.BYLINE:
            signed = byline_outlet(unit.text, report)
            if signed:
                return signed
        if unit.kind is Kind.DATE and (headed := running_head_outlet(unit.text)):
            return headed  # an e-paper's running head: "SATAMALEHTI | TIISTAI 3.3.2026 | SIVU 7"
        if unit.kind is Kind.DATE and not _info_line(unit.text):
            # "KYODO NEWS - Jun 18, 2023 | World", "TOI Desk / TIMESOFINDIA.COM / Updated: ...",
            # "Northern Gazette, 28 November 2026", "HRT World | 7 June 2026, 19:05": a name or a
            # site's address before the date.
            dated = find_date(unit.text)
            before = unit.text[: dated[1][0]].strip(" ,;|/·-–—") if dated else ""
            parts = [p for p in [*_SIGNATURE_PARTS.split(unit.text)[:-1], before] if p]
            # a name that opens on letters only where no part is an outlet's or an address, and
            # no newsroom's desk ("TOI World Desk / TIMESOFINDIA.COM": the site's address)
            named = next((p for p in parts if is_outlet_name(p) or _DOMAIN.match(p)), None) or next(
                (p for p in parts if _LETTERS_NAME.match(p) and not STAFF_BYLINE.match(p)), None)
            if named:
                return _OUTLET_ALIASES.get(named, named)
    return None


def _site_notice(units: Iterable[Unit]) -> str | None:
    """The site a page names in its furniture: its copyright notice (:func:`copyright_site`, "©
    2026 El Correo del Noroeste"), or a notice to its readers ("registered user of The Hindu")."""
    for unit in units:
        if unit.kind is not Kind.FURNITURE:
            continue
        notice = _SITE_NOTICE.search(unit.text)
        named = copyright_site(unit.text) or (notice["name"].strip() if notice else None)
        if named:
            return named
    return None


def _published(units: list[Unit]) -> str | None:
    """The publication date: a labelled "Published" date first, else the date nearest the body.

    Dates above the body are the report's; dates below it belong to the links to other
    stories there, and count only when the header has none.
    """
    first_body = next((i for i, u in enumerate(units) if u.kind is Kind.BODY), len(units))
    return _best_date(units[:first_body]) or _best_date(units[first_body:])


def _best_date(units: list[Unit]) -> str | None:
    dated: list[tuple[int, str]] = []
    for unit in units:
        if unit.kind not in (Kind.DATE, Kind.BYLINE):
            continue
        found = find_datetime(unit.text)
        if found is None:
            continue
        label = unit.text.lower()
        rank = 0 if "published" in label or "posted" in label else 2 if "updated" in label else 1
        dated.append((rank, found))
    if not dated:
        return None
    best_rank = min(rank for rank, _ in dated)
    # Among equals, the last one before the body: a page's own date header comes first.
    return [iso for rank, iso in dated if rank == best_rank][-1]


#: A digest item's label opening its paragraph (a newsletter's "BUDGET: Regional budget talks
#: resume ..."): one to four words in capitals, a colon, then the item's words.
_ITEM_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z0-9&'’.-]+(?: [A-Z0-9&'’.-]+){0,3}):\s+(?P<rest>\S.*)$", re.S)
#: At most as many words in each paragraph before a digest's first item: the newsletter's greeting
#: or contents ("Good morning. Here is what you need to know today."), no report.
PREAMBLE_WORDS = 15


#: Two neighbouring sections under headings in capitals continue one report (an article's
#: sections under its subheads) where they share this many topic words or more (stems, no
#: stopwords), and this share of the smaller section's; a digest's items tell other events.
ITEM_SHARED_WORDS = 3
ITEM_SHARED_SHARE = 0.2


def _topic_words(units: Iterable[Unit]) -> set[str]:
    """The topic words (stems of words of four letters or more, no stopwords) of *units*' text."""
    return {stem(w) for u in units for w in words(u.text.casefold()) if len(w) >= 4} - {""}


#: A rule line between a plain-text digest's items: one dash, underscore, equals sign, asterisk or
#: tilde three times or more, spaced or not ("-----", "* * *", "=========="); not a press release's
#: end mark ("# # #", "-30-").
_RULE_LINE = re.compile(r"^(?P<mark>[-–—_=*~•·])(?:\s?(?P=mark)){2,}$")
#: The fewest items headed in capitals that make a digest of a page without a masthead over them
#: (its first heading the first item's): two are as often an article's headline and its subhead.
UNHEADED_ITEMS = 3


def _headed_items(units: list[Unit]) -> list[int]:
    """Where the items of a digest headed in capitals or between rules stand in *units*
    ("GHENT CHEMICAL FIRE" over its paragraphs, then "RAIL STRIKE" over its own); [] for any other
    page.

    A plain-text newsletter sets each item under a heading in capitals on a line of its own, a
    blank line above and below it, or under a heading after a rule line (:data:`_RULE_LINE`), the
    first item's rule left out. Two such headings or more, no two alike, nothing above the first
    longer than a greeting (PREAMBLE_WORDS: a report's lead comes before its subheads), and no two
    neighbouring sections that continue one report (they share ITEM_SHARED_WORDS topic words and
    ITEM_SHARED_SHARE of the smaller's: an article's sections tell one event in its words, a
    digest's items other events).

    Under a masthead (the page's first heading, "HARBOUR MORNING NOTES", none of the items: over a
    date line or a greeting no longer than PREAMBLE_WORDS) that is evidence enough. Without one the page's first heading heads the first item, or is a report's
    headline over its lead and subheads; it is an item's only where the page has UNHEADED_ITEMS
    headings in capitals or more, or a rule before each heading after the first, and none of its
    topic words comes back after its section (a report's headline names what its sections all
    tell: "FLAX MILL TO BE REBUILT" over "A LONG HISTORY" of the mill)."""
    first_heading = next((i for i, u in enumerate(units) if u.kind is Kind.HEADING), None)

    def heads_an_item(i: int) -> bool:
        return units[i].kind is Kind.HEADING and units[i + 1].kind is Kind.BODY and units[i + 1].blank_before

    capitals = [i for i in range(len(units) - 1) if heads_an_item(i) and (units[i].blank_before or i == first_heading)
                and in_capitals(units[i].text)]
    ruled = [i for i in range(len(units) - 1) if heads_an_item(i)
             and (i == first_heading or i > 0 and units[i - 1].kind is Kind.FURNITURE and _RULE_LINE.match(units[i - 1].text))]
    for heads, fewest in ((capitals, UNHEADED_ITEMS), (ruled, 2)):
        if heads and heads[0] == first_heading and len(heads) > 1 and all(
            word_count(u.text) <= PREAMBLE_WORDS for u in units[heads[0] + 1 : heads[1]] if u.kind is Kind.BODY
        ):
            heads = heads[1:]  # a masthead over a greeting ("Good morning. Here is what you need to know.")
        if first_heading in heads and (len(heads) < fewest or _told_after(units, heads)):
            continue
        if len(heads) < 2 or len({units[i].text for i in heads}) < len(heads):
            continue
        if any(u.kind is Kind.BODY and word_count(u.text) > PREAMBLE_WORDS for u in units[: heads[0]]):
            continue
        sections = [_topic_words(units[a:b]) for a, b in zip(heads, [*heads[1:], len(units)])]
        if not any(_continues_report(one, other) for one, other in zip(sections, sections[1:])):
            return heads
    return []


def _continues_report(one: set[str], other: set[str]) -> bool:
    """Whether two neighbouring sections' topic words are one report's (ITEM_SHARED_WORDS of them
    shared, and ITEM_SHARED_SHARE of the smaller section's)."""
    shared = len(one & other)
    return shared >= ITEM_SHARED_WORDS and shared >= ITEM_SHARED_SHARE * min(len(one), len(other))


def _told_after(units: list[Unit], heads: list[int]) -> bool:
    """Whether a topic word of the first of *heads* comes back after its own section, in the
    sections under the other *heads*: the page's headline, not its first item's."""
    return bool(_topic_words(units[heads[0] : heads[0] + 1]) & _topic_words(units[heads[1] :]))


def _digest(units: list[Unit]) -> tuple[list[Unit], frozenset[int]]:
    """A digest's *units*, each item's label a heading of its own above the item's paragraph, and
    where those headings stand (no heading, *units* unchanged, where the page is no digest).

    A newsletter of several items opens each on a label in capitals and a colon ("CONGESTION
    CHARGE: Castellan's charge is gone ...", "BUDGET: Regional budget talks resume ..."), each
    item a report of its own (:func:`split_reports`). Two paragraphs or more open so, each after
    a blank line, no label twice (a transcript's speakers come back: "SMITH: ..." "JONES: ..."
    "SMITH: ...") and none a report's note on itself ("UPDATE:", "CORRECTION:"); a section's name
    labels an item too ("POLITICS:", "SPORT:"). A label is then no dateline: a place has its shape
    ("NEW DELHI: ..."), but a dateline opens one report, not each item of a list. Or it sets each
    item under a heading in capitals of its own (:func:`_headed_items`). Short paragraphs
    before the first item are the newsletter's greeting or contents, no item's (furniture).
    """
    found = {
        i: match for i, u in enumerate(units)
        if u.kind is Kind.BODY and (u.blank_before or i == 0) and (match := _ITEM_LABEL.match(u.text))
        and not is_report_label(match["label"]) and word_count(match["rest"]) >= 3
    }
    labels = [m["label"] for m in found.values()]
    if len(found) < 2 or len(set(labels)) < len(labels):
        found = {}
        headed = _headed_items(units)
        if not headed:
            return units, frozenset()
    else:
        headed = []
    first = min([*found, *headed])
    out: list[Unit] = []
    items: set[int] = set()
    for i, unit in enumerate(units):
        match = found.get(i)
        if match is not None:
            items.add(len(out))
            out += [Unit(match["label"], Kind.HEADING, unit.blank_before), Unit(match["rest"], Kind.BODY, True)]
        elif i in headed:
            items.add(len(out))
            out.append(unit)
        elif i < first and unit.kind is Kind.BODY and word_count(unit.text) <= PREAMBLE_WORDS:
            out.append(Unit(unit.text, Kind.FURNITURE, unit.blank_before))
        else:
            out.append(unit)
    return out, frozenset(items)


def _briefs(units: list[Unit]) -> frozenset[int]:
    """Where the items of a page of briefs stand in *units*: headings each followed by a paragraph
    that opens with a wire dateline of its own ("Quake kills 12" over "HOLMVIK (NordWire) - A
    magnitude 6.1 earthquake ...": :func:`~core.reading.judge.datelined`), two of them at least,
    under a heading of the page's own with no report above the first; none for any other page. Each item is a report of the page's own (:func:`split_reports`)."""
    heads = [i for i, u in enumerate(units[:-1]) if u.kind is Kind.HEADING and units[i + 1].kind is Kind.BODY
             and datelined(units[i + 1].text)]
    # no report before the first item (a report's lead, its subheads' sections after it), and
    # the page's first heading no item (a report's headline over its datelined lead)
    first_heading = next((i for i, u in enumerate(units) if u.kind is Kind.HEADING), None)
    first_body = next((i for i, u in enumerate(units) if u.kind is Kind.BODY), len(units))
    if len(heads) < 2 or first_heading in heads or first_body < heads[0]:
        return frozenset()
    return frozenset(heads)


def split_reports(units: list[Unit], items: frozenset[int] = frozenset()) -> list[list[Unit]]:
    """Cut a page into reports at each headline that has its own source line after body text, and
    at each of a digest's *items* (the indices of their labels: :func:`_digest`; an HTML
    newsletter's headed items: :func:`core.reading.html.parse_page`)."""
    reports: list[list[Unit]] = [[]]
    has_body = False
    for i, unit in enumerate(units):
        if unit.kind is Kind.HEADING and (i in items or has_body and opens_report(units, i)):
            # An outlet's name just above the headline ("The Japan Times") opens the report too.
            above: list[Unit] = []
            while reports[-1] and reports[-1][-1].kind is Kind.SOURCE:
                above.insert(0, reports[-1].pop())
            reports.append(above)
            has_body = False
        reports[-1].append(unit)
        has_body = has_body or unit.kind is Kind.BODY
    return [r for r in reports if any(u.kind is Kind.BODY for u in r)]


def _lead(header: list[Unit]) -> list[str]:
    """The headline and deck: the run of headings that a byline, date or source line follows.

    A page's top also has headline-shaped lines (a site's tagline, an ad survey, menu
    labels); the report's own headline is the one signed right below. The last such
    run before the body wins; without one, every heading of the header is a candidate.
    """
    run: list[Unit] = []
    lead: list[Unit] | None = None
    gap = False  # something else since the run's last heading: a new heading starts a new run
    for unit in header:
        if unit.kind is Kind.HEADING and word_count(unit.text) >= 3:
            if gap or lead is run:
                run, gap = [], False
            run.append(unit)
        elif unit.kind in SIGNATURE:
            if run:
                lead = run
        else:
            gap = True  # share buttons, a picture, a topic label: they may stand above the byline
    chosen = lead if lead is not None else header
    return [u.text for u in chosen if u.kind is Kind.HEADING and word_count(u.text) >= 3]


#: The words a headline cut over two lines may end its first on, which end no headline: articles,
#: prepositions and conjunctions (English, French, Spanish, Portuguese, Italian, German, Dutch).
_OPEN_ENDINGS = frozenset(
    "a an the of in on at to for by with from into over and or but as "
    "le la les un une des du de au aux et en sur pour par avec dans "
    "el los las una del y con por para sobre "
    "o os da do das dos e em no na nos nas com pelo pela "
    "il lo gli di dei della nel sul per "
    "der die das dem den ein eine und im vom zum zur von zu mit für auf bei nach über "
    "het een en te voor op met aan bij naar".split())


def _wrapped_headline(lead: list[str], header: list[Unit], body: Iterable[str]) -> list[str]:
    """*lead* with its first two lines joined where they are one headline in capitals wrapped over
    two lines ("FARM GROUPS URGE GOVERNMENT TO EXTEND" / "DROUGHT AID FOR ANOTHER YEAR"): the
    lines stand together, no blank line between, the second no longer than the first, and each tells what the report's first
    paragraph (*body*'s first) tells, at least two of its content words and half of them found
    there, stemmed. A section label, a kicker, a name or a dateline in capitals beside the
    headline tells no part of the lead, and stays apart."""
    if len(lead) < 2 or not (in_capitals(lead[0]) and in_capitals(lead[1])):
        return lead
    at = next((k for k, u in enumerate(header[:-1]) if u.text == lead[0]), None)
    if at is None or header[at + 1].text != lead[1] or header[at + 1].blank_before:
        return lead
    if lead[0].split()[-1].casefold() in _OPEN_ENDINGS:
        # a line cut on a word that ends no headline ("FERRY AGROUND IN" / "GALE OFF NORTH POINT"), as
        # a paper centres a headline over two lines: one headline, whatever the lines' lengths
        return [f"{lead[0]} {lead[1]}", *lead[2:]]
    if len(lead[1]) > len(lead[0]):
        return lead  # (a wrap fills the first line; a deck under a headline runs longer than it)
    told = {stem(w) for w in words(next(iter(body), "").casefold())} - {""}

    def tells(line: str) -> bool:
        own = {stem(w) for w in words(line.casefold())} - {""}
        found = len(own & told)
        return found >= 2 and 2 * found >= len(own)

    return [f"{lead[0]} {lead[1]}", *lead[2:]] if tells(lead[0]) and tells(lead[1]) else lead


def _alone(report: list[Unit], first_body: int) -> list[str]:
    """The headline of a report whose header names none of a headline's length: its first line,
    however short ("Port fire", "MORNING BRIEFING"), where it is headline-shaped and stands alone,
    a blank line under it or under the date, byline or source lines set right under it. A line
    ending in a dash or a colon is a dateline or a label, and a section's name ("World") or a
    label in capitals ("EXCLUSIVE") stands above a report: neither is a headline."""
    first = next((i for i, u in enumerate(report[:first_body]) if u.kind not in (Kind.FURNITURE, Kind.CAPTION)), None)
    if first is None or report[first].kind is not Kind.HEADING:
        return []
    under = first + 1
    while under < first_body and report[under].kind in SIGNATURE and not report[under].blank_before:
        under += 1  # "MORNING BRIEFING" / "Tuesday 3 March 2026": its date line set under it
    if not report[under].blank_before:
        return []
    text = report[first].text
    return [] if re.search(r"(?:[-–—:]|--)$", text) or is_section_label(text) else [text]


#: A report's label opening its first line: "FLASH - ", "BREAKING: ".
_LABEL_OPENING = re.compile(r"^(?P<label>[A-Z][A-Z ]{2,30}?)\s*(?:[-–—:]|--)\s+")


#: The separator between a masthead's name and its edition ("DE KUSTBODE – OCHTENDEDITIE").
_EDITION_SEPARATOR = re.compile(r"\s+[–—|:·-]\s+")
#: The most words of an edition's name after the masthead's.
EDITION_WORDS = 3


def _names_outlet(line: str, outlet: str | None) -> bool:
    """Whether *line* is the *outlet*'s masthead: its name, whatever its case, alone or with its
    edition's name after a separator ("DE KUSTBODE – OCHTENDEDITIE", "The Beacon | Morning edition")."""
    if not outlet:
        return False
    name, *rest = _EDITION_SEPARATOR.split(line, maxsplit=1)
    return name.casefold() == outlet.casefold() and (not rest or word_count(rest[0]) <= EDITION_WORDS)


def _name_case(name: str) -> str:
    """An institution's *name* as its readers write it where it is printed in capitals ("BANK OF
    VALDORIA" is "Bank of Valdoria"; an acronym of a name in mixed case stays); any other as it is."""
    if not in_capitals(name):
        return name
    return " ".join(w.lower() if at and w.lower() in _OPEN_ENDINGS else w.capitalize() for at, w in enumerate(name.split()))


def _title(lead: list[str], body: list[str]) -> str:
    """The headline (*lead*'s first line), else the first paragraph without a label it opens
    with ("FLASH - Fire at ..."), cut to 90 characters."""
    if lead:
        return lead[0]
    first = body[0] if body else ""
    label = _LABEL_OPENING.match(first)
    if label and is_report_label(label["label"]):
        first = first[label.end() :]
    return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "…"


def _same_outlet(a: str, b: str) -> bool:
    """Whether two names name one outlet: the same name ("The Hindu", "Hindu"), or one the other's
    site's address (a notice's "Copyright © 2000-2023 XINHUANET.com" and the dateline's Xinhua)."""
    a, b = (n.casefold().removeprefix("the ") for n in (a, b))
    if a == b:
        return True
    return any(_DOMAIN.match(y) is not None and y.removeprefix("www.").startswith(x.replace(" ", "")) for x, y in ((a, b), (b, a)))


def credited(opening: str, outlet: str) -> bool:
    """Whether the dateline opening the paragraph *opening* credits *outlet* (:func:`core.text.credit_names`,
    or an alias of its name: "(AP)" for Associated Press): the report is that agency's copy."""
    dateline, _ = split_dateline(opening)
    credit = dateline_credit(dateline)
    if credit is None:
        return False
    return credit_names(credit, outlet) or credit_names(_OUTLET_ALIASES.get(credit, credit), outlet)


def _agency(dateline: str | None) -> str | None:
    """The agency *dateline* credits ("KELDHAVEN, March 10 (Nordwire)": Nordwire; "(AP)":
    Associated Press), or None."""
    credit = dateline_credit(dateline)
    return _OUTLET_ALIASES.get(credit, credit) if credit else None


def _agency_file(dateline: str | None, path: str) -> str | None:
    """The agency *dateline* credits where the file at *path* is named after it: the agency's own
    copy ("nordwire_port.txt" under "KELDHAVEN, March 10 (Nordwire) -", "ap.txt" under "YORK
    (AP)"), as the views tell an agency's own copy (:func:`core.stories.naming.credits_outlet`).
    None for another name: a copy saved as "herald.txt" is the copy some outlet ran, whoever wrote it."""
    from core.stories.naming import credits_outlet

    credit = dateline_credit(dateline)
    name = _agency(dateline)
    stem = PurePath(path.split("?")[0].split(":")[0]).stem
    if credit is None or name is None or not stem:
        return None
    return name if any(credits_outlet(c, stem) or _opens_name(c, stem) for c in (credit, name)) else None


def _hosts_agency(address: str, agency: str) -> bool:
    """Whether *address*'s host is the site of *agency*: its name squashed ("nordwire.example" for
    Nordwire, "skagenpress.example" for Skagen Press), whole or with words left out."""
    from urllib.parse import urlsplit

    host = urlsplit(address).hostname if "://" in address else None
    return bool(host) and (names_host(agency, host) if len(agency.split()) == 1 else spells_host(agency, host))


def _opens_name(credit: str, stem: str) -> bool:
    """Whether a file's *stem* opens with the words of a dateline's *credit* written as one
    ("skagenpress_ferry", "SkagenPress-ferry" for "Skagen Press"): its first words joined, letters
    alone and case and accents aside (:func:`core.text.search_fold`: "dennihlas_blackout" for
    "Denní hlas"), are the credit's (not "skagenpressure_ferry")."""
    credit_letters = "".join(c for c in search_fold(credit) if c.isalnum())
    joined = ""
    for word in re.split(r"[\W_]+", search_fold(stem)):
        joined += word
        if len(joined) >= len(credit_letters):
            return joined == credit_letters
    return False


def _agency_site(dateline: str | None, furniture: str) -> str | None:
    """The agency *dateline* credits when the page is the agency's own: its *furniture* names
    it too ("Reuters home", "Our Standards: The Thomson Reuters Trust Principles").

    The credit alone names who wrote the report, not who ran this copy: a copy that names an
    outlet of its own (a notice, a byline's outlet, a manifest, an address) is that outlet's, and
    the credit stays in its dateline (:func:`_build`).
    """
    name = _agency(dateline)
    credit = dateline_credit(dateline)
    if name is None or credit is None:
        return None
    named = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", furniture) for n in {credit, name})
    return name if named else None


#: A masthead naming an outlet and the form of what it sends: "Arden FM news flash", "Harbour
#: Post bulletin", "Northwire morning briefing" (capitalised words, then the form in small letters).
_MASTHEAD = re.compile(
    r"^(?P<outlet>(?:[A-Z][\w&'.-]*\s+){0,3}[A-Z][\w&'.-]*)\s+(?:(?:news|morning|evening|daily|weekly)\s+)?"
    r"(?:flash|newsflash|bulletin|briefing|newsletter|alert)$"
)


def _build(
    report: list[Unit], *, path: str, outlet: str | None, url: str | None, furniture: str = "", notice: str | None = None,
    near: date | None = None, year: int | None = None, filed: date | None = None,
    given: tuple[str | None, str | None, str | None] = (None, None, None), language: str | None = None,
    labelled: frozenset[str] = frozenset(),
) -> Article:
    """One article from *report*'s units (of a page in *language*, whose own word for "by" opens
    its byline: :func:`_byline_name`). Its outlet: *outlet* (named by the report or from
    outside), else the agency its dateline credits where the page is the agency's own, else
    the site the page's *notice* names, else its address's host, else the agency its dateline
    credits where its file is named after it (:func:`_agency_file`), else a label (make_article). Its date: its own date
    lines', else its dateline's, whose year may come from the page (*near*, *year*), else
    from the dates its paragraphs give, else from the file's own time (*filed*:
    :func:`~core.reading.judge.dateline_date`). *given* title, byline and publication time
    (:func:`parse_text`'s) win over the report's own."""
    first_body = next(i for i, u in enumerate(report) if u.kind is Kind.BODY)
    header = report[:first_body]
    # A wire credit line ("(Reporting by A; Editing by B)") is metadata: it names the reporters.
    credited: list[str] = []
    kept: list[str] = []
    for at, unit in enumerate(report):
        if unit.kind not in (Kind.BODY, Kind.FURNITURE, Kind.CAPTION, Kind.HEADING):
            continue
        text, names = split_credit(unit.text)
        credited.extend(names or ())
        # A paragraph that a credit closes was judged by the credit's words: without it, it is body.
        if text and (unit.kind is Kind.BODY or at > first_body and names is not None and classify_line(text) is Kind.BODY):
            kept.append(text)
    body = tuple(kept) or tuple(u.text for u in report if u.kind is Kind.BODY)
    # A report begins at its dateline: a short line before it is the picture's caption.
    starts = [split_dateline(p) for p in body[:3]]
    begin = next((k for k, (found, _) in enumerate(starts) if found), 0)
    if begin and all(word_count(p) <= 15 for p in body[:begin]):
        early, body = body[:begin], body[begin:]
    else:
        early, begin = (), 0
    dateline, opening = starts[begin]
    # A dateline on a line of its own above the report ("KESSRA, Nov 24 (Tidewater Wire) -").
    dateline = dateline or next((d for u in header if u.kind is Kind.DATE and (d := lone_dateline(u.text))), None)
    body = (opening, *body[1:])
    if outlet is None:
        # The agency its dateline credits, when the page is the agency's own; but where the site's
        # own notice names another ("Copyright 2026 The Morning Beacon. Wire copy from CPA."), the
        # notice: it ran the agency's copy.
        agency = _agency_site(dateline, furniture)
        same = agency and notice and _same_outlet(agency, notice)
        outlet = agency if same or not notice else notice
    if outlet is None and not (url or "://" in path):
        # Nothing names who ran this copy (no manifest, notice, byline's outlet or address), and its
        # file is named after the agency its dateline credits: the agency's own copy, named so.
        outlet = _agency_file(dateline, path)
    elif outlet is None and (agency := _agency(dateline)) and _hosts_agency(url or path, agency):
        # Its address is the agency's own site ("https://nordwire.example/..." under "(Nordwire)"):
        # the agency by its name, not its host, as its copies elsewhere credit it.
        outlet = agency
    if outlet is None and not (url or "://" in path):
        # Nothing else names who issued it: the body that signs it under its valediction ("Yours
        # faithfully," / "Northsea Mutual Hull Association"), as a circular or a letter is signed.
        outlet = _signed_body(report, first_body)
    first_line = _opening_line(report, first_body)
    if first_line is not None:
        # The report's first line, left open, taken for a heading above it: its paragraph's.
        body = (f"{first_line} {body[0]}", *body[1:])
        header = [u for u in header if u.text != first_line]
    lead = _wrapped_headline(_lead(header), header, body) or _alone(report, first_body)
    masthead = _MASTHEAD.match(lead[0]) if lead else None
    if masthead and outlet is None:
        # A flash's or a bulletin's masthead ("Arden FM news flash"): its outlet, no headline.
        outlet, lead = masthead["outlet"], lead[1:]
    if len(lead) == 1 and _names_outlet(lead[0], outlet):
        # A masthead with its edition's date under it ("DE KUSTBODE – OCHTENDEDITIE" / "dinsdag 3
        # maart 2026"), the report's headline below them: that headline.
        at = next((i for i, u in enumerate(header) if u.text == lead[0]), len(header))
        lead = [u.text for u in header[at + 1 :] if u.kind is Kind.HEADING and word_count(u.text) >= 3][:1] or lead
    if len(lead) > 1 and report[0].text == lead[0] and institution_name(lead[0]) and (
            not in_capitals(lead[0]) or _name_case(lead[0]).casefold() in " ".join(body).casefold()):
        # A letterhead: the body that issues the statement, its name alone over the statement's own
        # title ("BANK OF VALDORIA" / "Monetary Policy Statement" / "10 November 2026"): who issued
        # it, as its readers write the name, not the headline. (In capitals, where its text names it:
        # "BANK OF OSTRAND CUTS RATES AGAIN" is a headline.)
        outlet, lead = outlet or _name_case(lead[0]), lead[1:]
    if len(lead) > 1 and (_names_outlet(lead[0], outlet) or outlet is None and is_outlet_name(lead[0])):
        # A masthead above the headline ("The Morning Beacon" / "Dam gives way, Marrowby counts
        # its dead"): the outlet's name, not the headline.
        outlet, lead = outlet or lead[0], lead[1:]
    # A headline its label gives ("HEADLINE: ...", a memo's "Subject: ..."), wherever it stands in
    # the header (a memo's under its date and addressees): the title.
    field_title = next((u.text for u in header if u.kind is Kind.HEADING and u.text in labelled), None)
    if field_title is not None:
        lead = [field_title, *(h for h in lead if h != field_title)]
    printed = next((n for n, u in enumerate(header) if given[0] and u.kind is Kind.HEADING
                    and u.text.casefold() == " ".join(given[0].split()).casefold()), None)
    if printed is not None:
        # The headline known from outside (a converted PDF's largest type) printed in the header:
        # the lead opens with it; the lines above it (a letterhead, a label) are no deck, nor is
        # it the subhead over the report's first paragraph.
        after = {u.text for u in header[printed + 1:]}
        lead = [header[printed].text, *(h for h in lead if h in after and h != header[printed].text)]
    title = given[0] or _title(lead, list(body))
    # An update or correction note above the report ("Updated 14:05: adds comment from the mayor.")
    # is no standfirst: the outlet's note, kept first among the paragraphs as a note (is_article_note).
    notes = tuple(h for h in lead[1:] if is_article_note(h) and h not in body)
    body = (*notes, *body)
    standfirst = next((h for h in lead[1:] if word_count(h) >= 8 and h not in notes), None)
    # A page's info line ("2026-03-03 来源：海滨日报 作者：李晓明"): its writers the byline, else the
    # source it credits, as a page's info line does in HTML (:func:`~core.reading.judge.info_line`).
    infos = [info for u in header if u.kind in (Kind.BYLINE, Kind.DATE) and not lone_dateline(u.text)
             and (info := info_line(u.text)) and info.labelled]
    # (a publisher's line names the outlet, no writer; under it, the agency a byline signs for is
    # the copy's source, kept in the byline: "By Ana Example, SPA" over "Published by The Northern Courier")
    published = any(publisher_named(u.text) for u in header if u.kind in (Kind.BYLINE, Kind.DATE))
    bylines = [_byline_name(u.text, language) if published else _signer(u.text, body, language)
               for u in header if u.kind is Kind.BYLINE and not _info_line(u.text) and not publisher_named(u.text)]
    bylines += [", ".join(info.writers) for info in infos if info.writers]
    if not bylines:
        bylines = [info.source for info in infos if info.source][:1]
    if not bylines and (signed_off := _signed_off(report, outlet)):
        bylines = [signed_off]
    if not bylines and lead and header and (named := header[-1]).kind is Kind.HEADING and named.text not in lead \
            and word_count(named.text) <= 4 and is_person_name(named.text) and not is_outlet_name(named.text) \
            and any(u.text == lead[0] for u in header[:-1]) and named.blank_before and report[first_body].blank_before:
        # a name alone on a line set apart right above the report, under its headline: its writer,
        # with no "By", as a paper's page prints it (not a deck run on under the headline: "ISLAND LINKED")
        bylines = [named.text]
    # A subhead over the report's first paragraph, under its headline's date or byline lines ("10
    # November 2026" / "Monetary Policy Committee decision"): the report's, kept as its subhead.
    subheads: tuple[tuple[int, str], ...] = ()
    if (head := _first_subhead(header, lead)) is not None and head not in body:
        body, subheads = (head, *body), ((0, head),)
    captions: list[str] = list(early)
    for unit in report:
        if unit.kind is Kind.CAPTION and not any(
            c.startswith(unit.text[:40]) or unit.text.startswith(c[:40]) for c in captions
        ):
            captions.append(unit.text)
    return make_article(
        path=path,
        outlet=outlet,
        title=title,
        paragraphs=body,
        byline=given[1] or " · ".join(bylines) or ", ".join(dict.fromkeys(credited)) or None,
        published=given[2] or _published(report) or dateline_date(dateline, near=near, year=year, report=body, filed=filed),
        url=url,
        standfirst=standfirst,
        captions=tuple(captions),
        subheads=subheads,
        dateline=dateline,
        split_first=False,
        # where the reporter filed from, as an info line above the report gives it ("ワシントン＝山田太郎特派員"),
        # or a credit line of who, where and when ("By Ana Example · North Harbour · March 3, 2026")
        place=next((info.place for info in infos if info.place), None) or next(
            (signed[1] for u in header if u.kind is Kind.BYLINE and (signed := signed_dateline(u.text))), None),
    )


def _first_subhead(header: list[Unit], lead: list[str]) -> str | None:
    """The subhead a report's *header* sets right above its first paragraph: its last line, a
    heading of two words or more, of letters mostly (no section's label, no label closing on a colon or a dash), under
    a date, byline or source line that stands under the headline (*lead*'s lines); None for any
    other header (a deck under the headline, before its byline, is the standfirst)."""
    if not lead or len(header) < 3 or (last := header[-1]).kind is not Kind.HEADING or last.text in lead:
        return None
    text = last.text
    if word_count(text) < 2 or is_section_label(text) or re.search(r"(?:[-–—:]|--)$", text):
        return None
    shown = "".join(text.split())
    if 2 * sum(c.isalpha() for c in shown) <= len(shown):
        return None  # figures mostly: a date line no date reading took ("8 / 2 / 13 at 1:30 PM")
    at = max((k for k, u in enumerate(header[:-1]) if u.text in lead), default=None)
    between = header[at + 1 : -1] if at is not None else []
    return text if between and all(u.kind in SIGNATURE for u in between) else None


def _signed_body(report: list[Unit], first_body: int) -> str | None:
    """The organisation that signs *report* under a valediction below its text ("Yours faithfully,"
    / "Northsea Mutual Hull Association"), as a circular, a notice or a letter is signed; None where
    a person signs it or none does. The signature's first lines are read: a person's name, or
    their title, may stand above the organisation's."""
    close = next((i for i in range(first_body + 1, len(report)) if VALEDICTION.match(report[i].text)), None)
    if close is None:
        return None
    for unit in report[close + 1 : close + 4]:
        name = unit.text.strip().rstrip(".")
        if word_count(name) > 8 or is_sentence(unit.text) or OFFICE_ROLE.search(name):
            continue
        if is_organisation(name) or is_outlet_name(name) or _SIGNED_WORDS.match(name) and not is_person_name(name):
            return name
    return None


def _opening_line(report: list[Unit], first_body: int) -> str | None:
    """The report's first line where a hard wrap left it apart from its paragraph and it was taken
    for a heading: the last line above the body, in the body's block (no blank line between),
    of a paragraph's length (PARAGRAPH_WORDS words), its sentence left open on a small word
    ("... would be run by another" / "Company, Westline Ferries, ..."), and some other heading or
    label above it (a headline over its lead in one block is the report's only heading)."""
    if first_body == 0 or report[first_body].blank_before:
        return None
    line = report[first_body - 1]
    last = line.text.split()[-1] if line.text.split() else ""
    if line.kind is not Kind.HEADING or word_count(line.text) < PARAGRAPH_WORDS or is_sentence(line.text) \
            or not (last[:1].isalpha() and last[:1].islower()):
        return None
    return line.text if any(u.kind is not Kind.BODY for u in report[: first_body - 1]) else None


def _info_line(text: str) -> bool:
    """Whether *text* is a page's info line of labelled fields (:func:`~core.reading.judge.info_line`:
    "文｜记者 陈晓华", "작성자: 홍길동"), which names its writers by its labels, not as a byline does."""
    info = info_line(text)
    return info is not None and info.labelled


#: What a header field's label makes of its line (:func:`~core.reading.judge.labelled_field`).
_FIELD_KINDS = {"title": Kind.HEADING, "byline": Kind.BYLINE, "date": Kind.DATE, "memo": Kind.FURNITURE}


def _fields(units: list[Unit]) -> tuple[list[Unit], frozenset[str]]:
    """*units* with the labelled fields of a header above the report (a wire's or a press office's:
    "HEADLINE: ...", "TÍTULO: ...", "BYLINE: ...", "Autor: ...", "Fecha: ...") as what they label,
    without their label: the headline a heading, the names a byline, the date a date line, however
    the line alone was judged. (A byline labelled below the report, a sign-off "autor: ...", is
    read by :func:`_build`.) A memo's addressees, sender and reference ("To: All Members", "Ref:
    ...") are furniture. Also the headlines a label gives (:func:`_build` titles its report by one)."""
    fields = [labelled_field(u.text) for u in units]
    first_body = next((i for i, u in enumerate(units) if u.kind is Kind.BODY and fields[i] is None), len(units))
    return [
        Unit(field[1], _FIELD_KINDS[field[0]], u.blank_before) if field is not None and i < first_body else u
        for i, (u, field) in enumerate(zip(units, fields))
    ], frozenset(field[1] for field in fields[:first_body] if field is not None and field[0] == "title")


def _signed_off(units: list[Unit], outlet: str | None = None) -> str | None:
    """The names a byline below a report gives, as a wire signs its copy off: labelled ("autor:
    Anna Przykładowa" over the desk's initials), or a person's name before the date it was filed,
    commas between, the outlet they write for between them where it is *outlet* or shaped as an
    outlet's name ("Anna Wróblewska, 1 grudnia 2026", "Petr Kolínský, Denní hlas, 2. prosince
    2026": :func:`_dated_signature`). The first such line after its body."""
    first_body = next((i for i, u in enumerate(units) if u.kind is Kind.BODY), len(units))
    for u in units[first_body + 1 :]:
        if u.kind is Kind.BODY:
            continue
        if (field := labelled_field(u.text)) and field[0] == "byline":
            return field[1]
        if u.kind is Kind.DATE and (name := _dated_signature(u.text, outlet)) is not None:
            return name
    return None


def _dated_signature(line: str, outlet: str | None) -> str | None:
    """The person's name of a sign-off *line* that gives a name, maybe the outlet, and a date,
    parted by commas ("Anna Wróblewska, 1 grudnia 2026", "Peter Kolinsky, Daily Voice, 2 December
    2026"); None for any other line (a place and a date, "Oslo, 2 December 2026", is a dateline's)."""
    parts = [p.strip() for p in line.split(",")]
    if not 2 <= len(parts) <= 4:
        return None
    for cut in range(len(parts) - 1, 0, -1):  # the date may hold a comma itself ("December 2, 2026")
        if find_date(", ".join(parts[cut:])) is not None:
            break
    else:
        return None
    name, between = parts[0], parts[1:cut]
    if len(between) > 1 or between and not (outlet and _same_outlet(between[0], outlet) or is_outlet_name(between[0])):
        return None
    return name if is_person_name(name) and not known_place(name) and not is_outlet_name(name) else None


def _before_end_mark(report: list[Unit]) -> list[Unit]:
    """*report* with everything after its end mark furniture (:func:`~core.reading.judge.is_end_mark`:
    "###", "-ENDS-", "-SELESAI-", "— einde —" on a line of its own below its text): a release's
    "About us", its media contacts and its notes to editors, the sender's own boilerplate."""
    first_body = next((i for i, u in enumerate(report) if u.kind is Kind.BODY), len(report))
    end = next((i for i in range(first_body + 1, len(report)) if is_end_mark(report[i].text)), None)
    if end is None:
        return report
    return [*report[:end], *(Unit(u.text, Kind.FURNITURE, u.blank_before) for u in report[end:])]


def _brief(units: list[Unit]) -> list[Unit]:
    """A short report (a news brief): a headline and one or two short lines of news.

    Nothing on the page is paragraph-shaped, so the headline-shaped lines after the first
    one (the headline) are the report; a page of one line has no report.
    """
    # Judged line by line: the page's position rules took every line after the (missing)
    # last paragraph for a menu.
    shaped = [i for i, u in enumerate(units) if u.kind in (Kind.HEADING, Kind.FURNITURE) and classify_line(u.text) is Kind.HEADING]
    if len(shaped) < 2:
        return units
    headline, promoted = shaped[0], set(shaped[1:])
    return [
        Unit(u.text, Kind.BODY if i in promoted else Kind.HEADING if i == headline else u.kind, u.blank_before)
        for i, u in enumerate(units)
    ]


#: A text browser's list of a page's links at its end (lynx -dump, links -dump): "References",
#: then each link's number and address ("   1. https://example.org/news").
_LINK_LIST = re.compile(r"^[ \t]*(?:References|Visible links|Hidden links)[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*\d{1,4}\. \S+[ \t]*\n?(?:[ \t]*\n)*)+\Z", re.M)
#: The number a text browser prints before each link's words ("[5]Jane Example"), pointing into that list.
_LINK_MARKER = re.compile(r"\[\d{1,4}\](?=\S)")


def _without_link_list(text: str) -> str:
    """*text* without a text browser's list of links and the link numbers in its text where it
    closes with one (:data:`_LINK_LIST`: "By [5]Jane Example" is "By Jane Example"); else as it is."""
    found = _LINK_LIST.search(text)
    if found is None:
        return text
    return _LINK_MARKER.sub("", text[: found.start()])


#: A teletext page's header row: its page number, the service and the page again, the day and the
#: clock ("P101   CEEFAX 1 101   Tue 03 Mar  18:02/31"); the number twice, so that a headline that
#: opens with a count and ends with a time ("300 flights cancelled in storm, updated 14:05") is none.
_TELETEXT_HEADER = re.compile(r"^\s*P?(?P<page>[1-8]\d\d)\b.{1,30}?\b(?P=page)\b.{0,30}?\b\d{1,2}:\d{2}(?:[:/]\d{2})?\s*$")
#: A teletext page's fastext row: labels, each with the page it leads to ("Travel 102  Weather 400").
_FASTEXT_ROW = re.compile(r"^\s*(?:[^\W\d_][\w&'-]*(?: [^\W\d_][\w&'-]*)? +[1-8]\d\d(?:\s+|$)){2,}$")


def _without_teletext_frame(text: str) -> str:
    """*text* without a teletext page's frame where it opens with its header row
    (:data:`_TELETEXT_HEADER`): that row, the page's title line ending on its number ("COASTLINK
    NEWS 101"), and its fastext rows (:data:`_FASTEXT_ROW`); else as it is."""
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    header = _TELETEXT_HEADER.match(lines[first]) if first is not None else None
    if header is None:
        return text
    page = header["page"]
    kept = [line for n, line in enumerate(lines) if n != first and not _FASTEXT_ROW.match(line)
            and not (word_count(line) <= 6 and line.strip().endswith(f" {page}") and in_capitals(line))]
    return "\n".join(kept)


#: A heading underlined on the line below it, as plain text and Markdown set one off ("Ferry fares
#: rise" / "----------", "=====", "~~~~~"): a line of one of those marks, three or more.
_UNDERLINE = re.compile(r"^[ \t]*(?P<mark>[-=~])(?P=mark){2,}[ \t]*$")
#: The most words of an underlined heading: a longer line over a rule is a paragraph's last.
UNDERLINED_WORDS = 20


def _underlined_headings(text: str) -> str:
    """*text* with each heading underlined by a rule of -, = or ~ (:data:`_UNDERLINE`) set apart
    as a heading, a line of its own between blank lines, without its rule: no paragraph's line.
    The heading stands alone above its rule (a blank line above it, or an overline of the same
    mark), is of UNDERLINED_WORDS words at most and ends on no comma, colon or full stop; the rule
    runs at least half the heading's length. Any other rule stays as it is (a digest's parting line)."""
    lines = text.split("\n")
    out: list[str] = []
    for n, line in enumerate(lines):
        rule = _UNDERLINE.match(line)
        above = lines[n - 1].strip() if n else ""
        before = lines[n - 2] if n >= 2 else ""
        if (rule and above and not _UNDERLINE.match(lines[n - 1]) and word_count(above) <= UNDERLINED_WORDS
                and not re.search(r"[.,;:]$", above) and len(line.strip()) * 2 >= len(above)
                and (not before.strip() or _UNDERLINE.match(before))):
            if out and _UNDERLINE.match(before):
                out[-2] = ""  # its overline
            out.extend(["", ""])
            continue
        out.append(line)
    return "\n".join(out)


#: A subtitle cue's timing line, SubRip's or WebVTT's ("00:00:04,200 --> 00:00:08,900", "00:04.200
#: --> 00:08.900 line:90%"): its start and end, each hours (maybe), minutes, seconds and thousandths.
_CUE_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})(?:\s.*)?$")
#: The fewest cues that make a text a subtitle file.
SUBTITLE_CUES = 2
#: A pause between two cues this long or longer (seconds), after a sentence's end, parts paragraphs.
SUBTITLE_PAUSE = 2.0
#: What a cue's line marks that nobody says: tags (<i>, <b>, <c.yellow>, WebVTT's time stamps) and
#: SubRip's positioning codes ({\an8}).
_CUE_MARKUP = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
#: A speaker's turn opening a cue's line: the broadcast captions' ">>" (">> REPORTER:"), a dash
#: before a line of dialogue; or WebVTT's voice tag naming another speaker ("<v Anna Example>").
_TURN = re.compile(r"^\s*(?:>>+|-\s+)")
_VOICE = re.compile(r"^\s*(?:<[^v/>][^>]*>\s*)*<v(?:\.[\w.-]+)?\s+(?P<voice>[^>]+)>")


def _seconds(stamp: str) -> float:
    """A cue timing's stamp ("01:02:03,500", "02:03.500") in seconds."""
    *whole, last = stamp.replace(",", ".").split(":")
    minutes = 0
    for part in whole:
        minutes = minutes * 60 + int(part)
    return minutes * 60 + float(last)


def _subtitle_text(text: str) -> str:
    """A subtitle file's (SubRip .srt, WebVTT .vtt: known by its shape, whatever its name) cues as
    the text they say: no cue numbers, timings, tags or WebVTT's header and notes; a sentence run
    over several cues one sentence, the cues joined into paragraphs that part where a speaker's
    turn opens a line (:data:`_TURN`), where an empty cue stands, or where a pause of SUBTITLE_PAUSE
    seconds or more follows a sentence's end. Any other *text* as it is."""
    blocks = [b.strip("\n").split("\n") for b in re.split(r"\n[ \t]*\n", text.strip("\n")) if b.strip()]
    timed = [next((k for k, line in enumerate(b[:3]) if _CUE_TIMING.match(line)), None) for b in blocks]
    cues = sum(at is not None for at in timed)
    opening = blocks[0][0].strip() if blocks else ""
    if cues < SUBTITLE_CUES or not (timed[0] is not None or re.match(r"^WEBVTT\b", opening)):
        return text
    paragraphs: list[list[str]] = [[]]
    last_end: float | None = None
    voice: str | None = None

    def part() -> None:
        if paragraphs[-1]:
            paragraphs.append([])

    for block, at in zip(blocks, timed):
        if at is None:
            continue  # the header ("WEBVTT"), a note, a style or a region block: nothing said
        timing = _CUE_TIMING.match(block[at])
        assert timing is not None
        start, end = _seconds(timing["start"]), _seconds(timing["end"])
        said = [line for line in block[at + 1 :] if line.strip()]
        if not said:
            part()  # an empty cue: a pause
        elif last_end is not None and start - last_end >= SUBTITLE_PAUSE and is_sentence(" ".join(paragraphs[-1])):
            part()
        last_end = end
        for line in said:
            tagged = _VOICE.match(line)
            line = _CUE_MARKUP.sub("", line)
            turn = _TURN.match(line)
            if tagged is not None and tagged["voice"].strip() != voice or turn is not None:
                part()
            voice = tagged["voice"].strip() if tagged is not None else voice if turn is None else None
            line = html.unescape(line[turn.end() :] if turn else line).strip()
            if line:
                paragraphs[-1].append(line)
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


#: A caption's time alone on its line, as a video site's transcript copied as text prints it above
#: each caption line: "0:04", "12:31", "1:02:45".
_CAPTION_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d\d\s*$")
#: The label a video site prints over its transcript, in the languages it speaks: "Transcript",
#: "Transkript", "Transcription", "Transcripción", "Transcrição", "Trascrizione", "Transkrypcja",
#: "Расшифровка", "Bản chép lời", "Transkrip", "Metin dökümü", "文字起こし", "스크립트".
_TRANSCRIPT_LABEL = re.compile(
    r"^\s*(?:(?:show |video )?transcript|transkript|transcription|transcripción|transcrição|trascrizione|transkrypcja"
    r"|transcriptie|расшифровка(?: видео)?|транскрипція|bản chép lời|transkrip|transkripsi|metin dökümü|απομαγνητοφώνηση"
    r"|תמליל|نص|文字起こし|转写文稿|文字稿|스크립트)\s*:?\s*$", re.I)
#: The fewest caption lines under their times that make a text a transcript.
TRANSCRIPT_CAPTIONS = 3


def _transcript_text(text: str) -> str:
    """*text* with a video's transcript copied from its page (each caption line under its time
    alone on a line, :data:`_CAPTION_TIME`: "0:04" / "Sau ba tháng tạm dừng ...") as the text it says:
    no times and no "Transcript" label over them (:data:`_TRANSCRIPT_LABEL`), a sentence run over
    several captions one sentence, a paragraph closing where a sentence ends. What stands above
    the transcript (the video's title, its channel, its day) stays. Other text is returned as it is."""
    lines = text.split("\n")
    times = [n for n, line in enumerate(lines) if _CAPTION_TIME.match(line)]
    captioned = [n for n in times if n + 1 < len(lines) and lines[n + 1].strip() and not _CAPTION_TIME.match(lines[n + 1])]
    if len(captioned) < TRANSCRIPT_CAPTIONS or len(captioned) < len(times) / 2:
        return text
    first, last = times[0], times[-1] + 1
    seconds = [_seconds(lines[n].strip()) for n in times]
    if any(not line.strip() for line in lines[first:last]) or any(b < a for a, b in zip(seconds, seconds[1:])):
        # (a caption's time and its line follow each other with no blank line, the times rising: a
        # live page's updates under their clock times stand apart, the newest first)
        return text
    above = lines[:first]
    while above and not above[-1].strip():
        above.pop()
    if above and _TRANSCRIPT_LABEL.match(above[-1]):
        above.pop()
    paragraphs: list[list[str]] = [[]]
    for line in lines[first:]:
        line = line.strip()
        if not line or _CAPTION_TIME.match(line):
            continue
        paragraphs[-1].append(line)
        if is_sentence(line) and re.search(r"[.!?。！？…]$", line):
            paragraphs.append([])
    said = "\n\n".join(" ".join(p) for p in paragraphs if p)
    return "\n".join(above).rstrip() + "\n\n" + said if above else said


#: A recording's position opening a transcript's turn, hours, minutes and seconds ("[00:00:19]
#: CHAIR: ...", "(01:02:45.5) Q: ...", "00:12:07 - SMITH: ..."), with the space or dash after it.
_TURN_TIME = re.compile(r"^\s*(?:\[(?P<a>\d{1,2}:\d\d:\d\d(?:[.,]\d+)?)\]|\((?P<b>\d{1,2}:\d\d:\d\d(?:[.,]\d+)?)\)"
                        r"|(?P<c>\d{1,2}:\d\d:\d\d(?:[.,]\d+)?)(?=\s))\s*(?:[-–—|]\s*)?(?=\S)")


def _without_turn_times(text: str) -> str:
    """*text* without the recording's positions that open a transcript's turns (:data:`_TURN_TIME`:
    "[00:00:19] ENGINEER (Sam Okafor): We propose ..." is "ENGINEER (Sam Okafor): We propose ..."):
    where at least :data:`TRANSCRIPT_CAPTIONS` lines open so and their times never go back, they
    say where in the recording each turn is, which no reader reads. Other text as it is."""
    lines = text.split("\n")
    timed = [(n, found) for n, line in enumerate(lines) if (found := _TURN_TIME.match(line)) and "-->" not in line]
    if len(timed) < TRANSCRIPT_CAPTIONS:
        return text
    seconds = [_seconds(next(g for g in found.group("a", "b", "c") if g)) for _, found in timed]
    if any(b < a for a, b in zip(seconds, seconds[1:])):
        return text
    for n, found in timed:
        lines[n] = lines[n][found.end():]
    return "\n".join(lines)


#: A page's number alone on its line, as a PDF's or an e-paper's text export prints it at the foot
#: (or head) of each page: "– 2 –", "- 2 -", "— 2 —", "Page 2", "Page 2 of 5", "Seite 2", "2. oldal",
#: "Strona 2 z 5", "2/5", Latvian "3. lpp.", Lithuanian "3 psl.", Estonian "lk 3". (A bare number is
#: one only next to a form feed.)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}\.?\s?(?:oldal|old\.|lap|sivu|side|sida|strana|stran|lpp\.?|psl\.?)"
    r"|(?:page|p\.|pg\.|seite|s\.|página|pág\.|pagina|pag\.|oldal|strona|str\.|strana|stran|sivu|side|sida|blz\.|bladzijde"
    r"|sayfa|trang|halaman|hal\.|стр\.|страница|сторінка|стор\.|σελ\.|σελίδα|עמוד|صفحة|صفحه|lk\.?)\s*\d{1,4}"
    r"(?:\s*(?:/|of|von|de|di|z|iz|из|з|από|van|af|av)\s*\d{1,4})?)\s*$", re.I)
#: A page break in a text export: a form feed, or what :func:`~core.sanitize.sanitize` makes of one.
_FORM_FEED = re.compile("[\f\u240c]")


def _page_number_line(line: str, *, fed: bool) -> bool:
    """Whether *line* is a page's number alone (:data:`_PAGE_NUMBER`); a bare number too where a
    form feed parts the pages (*fed*)."""
    return bool(_PAGE_NUMBER.match(line) or fed and re.fullmatch(r"\s*\d{1,4}\s*", line))


def _joined_pages(text: str) -> str:
    """*text*, a PDF's or an e-paper's text export, with its pages joined back into one run of
    text: a page break is no report's end. Pages are parted by form feeds, or else by a page's
    number alone on its line ("– 2 –", "Page 2 of 5", :data:`_PAGE_NUMBER`). Each page's number
    goes, and, on the pages after the first, the running head above its text (the first page's
    top lines printed again, their figures aside: "Kikötői Hírlap   2026. március 3., kedd"); the
    first page's head stays, the issue's date. A paragraph the break cuts ("a régi mólót" /
    "teljesen elbontották.": no sentence closed before it, or a word broken with a hyphen) goes on
    across it, its lines joined as a wrap; else the next page opens a paragraph. Text with no
    page break is returned as it is."""
    fed = bool(_FORM_FEED.search(text))
    lines = text.split("\n")
    pages: list[list[str]] = [[]]
    for line in lines:
        if fed:
            parts = _FORM_FEED.split(line)
            pages[-1].append(parts[0])
            for part in parts[1:]:
                pages.append([part])
        elif _page_number_line(line, fed=False):
            pages[-1].append(line)
            pages.append([])
        else:
            pages[-1].append(line)
    if len(pages) < 2:
        return text

    def shape(line: str) -> frozenset[str]:
        # the parts a head sets apart with wide spaces, in any order (a left page's head mirrors a
        # right one's: "KURZEMES VĒSTIS   3. decembris   3. lpp." / "4. lpp.   3. decembris   KURZEMES VĒSTIS")
        return frozenset(re.sub(r"\d+", "0", " ".join(part.split())).casefold() for part in re.split(r"\s{3,}|\t", line.strip()))

    head = {shape(line) for line in [line for line in pages[0] if line.strip()][:2]}
    printed_again: set[frozenset[str]] = set()
    runs: list[list[str]] = []
    for number, page in enumerate(pages):
        page = list(page)
        while page and (not page[-1].strip() or _page_number_line(page[-1], fed=fed)):
            page.pop()
        while page and (not page[0].strip() or _page_number_line(page[0], fed=fed)
                        or number > 0 and shape(page[0]) in head):
            if number > 0 and shape(page[0]) in head:
                printed_again.add(shape(page[0]))
            page.pop(0)
        if page:
            runs.append(page)
    if not runs:
        return text
    # The first page's head, printed again over the others, is a running head: its fields parted
    # as a head's are ("KURZEMES VĒSTIS | 2026. gada 3. decembris | 3. lpp."), which the lines' reading
    # keeps once it collapses their spaces (it is then the date, no headline).
    out = [" | ".join(part.strip() for part in re.split(r"\s{3,}|\t", line.strip()) if part.strip())
           if line.strip() and shape(line) in printed_again else line for line in runs[0]]
    for page in runs[1:]:
        last, first = out[-1].strip(), page[0].strip()
        cut = bool(re.search(r"[^\W\d_]-$", last)) or not is_sentence(last) and first[:1].islower()
        out = [*out, *([] if cut else [""]), *page]
    return "\n".join(out)


#: The transmission controls of wire copy (ANPA/IPTC 7901): start of header (SOH), start and end
#: of text (STX, ETX), end of transmission (EOT), each a break between the header and the text;
#: and the synchronous idle (SYN) before them, nothing.
_WIRE_BREAKS = re.compile("[\x01-\x04]")
_WIRE_IDLE = re.compile("[\x16\x17]")
#: An ANPA line's typesetting marks as a wire's text export prints them: "^" opening a header
#: line or a headline, "<" (quad left) closing a line ("^By TOVE EXAMPLE<", "EXP-03-03-26 1412GMT<").
_ANPA_OPEN = re.compile(r"^[ \t]*\^[ \t]*", re.M)
_ANPA_CLOSE = re.compile(r"[ \t]*<[ \t]*$", re.M)
#: The fewest lines so marked that make a text ANPA copy.
ANPA_MARKED_LINES = 2


def _without_wire_marks(text: str) -> str:
    """*text*, a wire's copy, without its transmission controls (:data:`_WIRE_BREAKS`: a line break
    for each) and, where ANPA_MARKED_LINES lines or more carry them, without the ANPA marks opening
    and closing its lines (:data:`_ANPA_OPEN`, :data:`_ANPA_CLOSE`): the slug, the headline, the
    editors' note and the "By" line read as lines of their own. Other text is returned as it is."""
    text = _WIRE_IDLE.sub("", _WIRE_BREAKS.sub("\n", text))
    if len(_ANPA_OPEN.findall(text)) >= ANPA_MARKED_LINES or len(_ANPA_CLOSE.findall(text)) >= ANPA_MARKED_LINES:
        text = _ANPA_CLOSE.sub("", _ANPA_OPEN.sub("", text))
    return text


def _teletype_quotes(text: str) -> str:
    """*text* with a teletype's quotation marks made typographic where it uses them: ``like
    this,'' (AP's ANPA copy, TeX) -> “like this,”. Copy without a `` keeps its '' as written."""
    return text.replace("``", "\u201c").replace("''", "\u201d") if "``" in text else text


def parse_text(
    text: str, *, path: str = "", outlet: str | None = None, url: str | None = None, sender: str | None = None,
    filed: date | None = None, title: str | None = None, byline: str | None = None, published: str | None = None,
) -> list[Article]:
    """Parse one page of plain text into its articles (one per report it holds).

    Args:
        text: the page, as scraped; it is sanitised here.
        path: where it came from, kept on each article and used as the outlet of last resort.
        outlet: the page's outlet where known from outside the text (a manifest).
        url: the page's address where known.
        sender: who sent the text (an e-mail's sender): its first report's outlet where the
            report names none, as a site's own notice is (it ran the copy an agency credits).
        filed: the day the file was saved (its modification), which dates a dateline without a
            year where the page gives no year (today where None).
        title, byline, published: the first report's, where known from outside its text (a
            Markdown file's front matter): they win over what its text says.
    """
    text = _underlined_headings(_without_teletext_frame(_without_turn_times(_subtitle_text(_transcript_text(_without_link_list(_teletype_quotes(sanitize(_joined_pages(_without_wire_marks(text))))))))))
    # the page's language, which may say "by" in a word of its own ("Per Jordi Puig" in Catalan)
    language = page_language(text)
    with reading_language(language):  # its month names are read in it ("listopada": November in Polish)
        units, labelled = _fields(classify(text, language=language))
        if not any(u.kind is Kind.BODY for u in units):
            units = _brief(units)
        units, items = _digest(units)
        items = items or _briefs(units)
        reports = [_before_end_mark(r) for r in split_reports(units, items)]
        if items:
            # A digest's or a page of briefs' items are the page's own: its byline, date and source
            # line above the first item sign each of them, under the item's own headline.
            # (set apart from the heading, as they stand on the page: a short heading is the item's headline)
            signed = [Unit(u.text, u.kind, True) for u in units[: min(items)] if u.kind in SIGNATURE]
            reports = [[r[0], *signed, *r[1:]] if r[0].kind is Kind.HEADING else r for r in reports]
        notice = _site_notice(units) or (sanitize(sender) if sender else None)
        furniture = "\n".join(u.text for u in units if u.kind is Kind.FURNITURE)
        # The year a yearless dateline ("KESSRA, Nov 24 (Tidewater Wire)") is in, where the page gives
        # one outside its reports' text: a date line's, else a copyright notice's ("(c) 2026").
        near = next((found[0] for u in units if u.kind in SIGNATURE and (found := find_date(u.text))), None)
        year = next((y for u in units if u.kind is not Kind.BODY and (y := copyright_year(u.text))), None)
        articles = []
        for number, report in enumerate(reports):
            # The page's own outlet belongs to its first report, the others name theirs; a digest's
            # items are all the page's own.
            first_body = next(i for i, u in enumerate(report) if u.kind is Kind.BODY)
            named = _outlet_from(report[:first_body], [u.text for u in report[first_body:] if u.kind is Kind.BODY])
            first = number == 0 or bool(items)
            if first and notice and named and credited(report[first_body].text, named) and not _same_outlet(named, notice):
                # "By Ruth Calder, Associated Press" over "BRACKWATER, Texas (AP) —", in a page whose
                # notice is "Copyright 2026 Gulf Coast Courier": the agency wrote it, the page ran it.
                named = notice
            articles.append(_build(
                report, path=path, outlet=(outlet or named) if first else named, url=url if number == 0 else None,
                furniture=furniture, notice=notice if first else None, near=near, year=year, filed=filed,
                given=(title, byline, published) if number == 0 else (None, None, None), language=language,
                labelled=labelled,
            ))
        return articles


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_(?=\w)|(?<=\w)_(?!\w))")
#: A list item's or a block quote's marker at a line's start ("- ", "* ", "1. ", "> ").
_MD_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)]|>)[ \t]+(?=\S)", re.M)


#: An Obsidian block id, a name to link to a block by: "^p3", "^a1b2c3" at the end of a paragraph's
#: last line after a space, or on a line of its own under a list or a quote. Markup, never shown.
#: (letters, digits and hyphens, a letter among them: "x ^2" is text)
_BLOCK_ID = re.compile(r"(?:(?<=\S)[ \t]+|^[ \t]*)\^(?=[\w-]*[A-Za-z])[A-Za-z0-9-]+[ \t]*$", re.M)


def markdown_to_text(text: str) -> str:
    """Markdown as the plain text a news page would show: no markers, links (wiki links too:
    "[[Name]]") as their words, each list item a paragraph of its own, no block ids ("^p3")."""
    text = _BLOCK_ID.sub("", text)
    text = _MD_ITEM.sub("\n", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub("", text)


#: A Markdown file's front matter: YAML between "---" lines (Jekyll, Obsidian, Pandoc; "..." may
#: close it) or TOML between "+++" lines (Hugo), at the very start of the file.
_FRONT_MATTER = re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<head>.*?)^(?:(?P=fence)|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
#: An Obsidian wiki link ("[[Sanne Voorbeeld]]", "[[people/Sanne Voorbeeld|Sanne]]"): its words.
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """A Markdown file's front matter (:data:`_FRONT_MATTER`) as a mapping, and the text after it;
    ({}, *text*) where the file opens with none. The header is never the report's text: one that
    does not read (broken TOML) gives nothing, and is dropped all the same; YAML (read by PyYAML's
    safe loader) that is no mapping is prose after a rule. Wiki links are their words."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return {}, text
    head, rest = found["head"], text[found.end():]
    if found["fence"] == "+++":
        import tomllib

        try:
            return _plain_mapping(tomllib.loads(head)), rest
        except tomllib.TOMLDecodeError:
            return {}, rest
    import yaml

    try:
        header = yaml.safe_load(head)
    except yaml.YAMLError:
        header = None
    if not isinstance(header, dict):
        return {}, text  # a rule at the top of the text ("---"), then prose: no header
    return _plain_mapping(header), rest


def _plain_mapping(mapping: dict[str, object]) -> dict[str, object]:
    """*mapping* with its values plain (:func:`_plain`)."""
    return {str(k): _plain(v) for k, v in mapping.items()}


def _plain(value: object) -> object:
    """A front matter value with strings for dates (TOML's) and words for wiki links."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return _WIKI_LINK.sub(r"\1", value)
    return value.isoformat() if hasattr(value, "isoformat") else value
