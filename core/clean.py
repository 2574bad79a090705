"""Tell body paragraphs from page furniture, by the shape and vocabulary of each line.

A scraped news page mixes the report with its page: share and sign-in prompts, menus,
"Read more" blocks with their headlines, captions printed twice, bylines and date
stamps. Nothing here knows any particular site. A line is judged by its shape
(length, whether it ends like a sentence), by the vocabulary of page chrome, by where
it stands (before the first paragraph, after the last, right after a "Read more"
marker) and by repetition within the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from core.text import SENTENCE_BREAK, word_pattern

__all__ = ["Kind", "Unit", "classify", "is_outlet_name", "split_dateline", "split_units", "word_count"]


class Kind(str, Enum):
    """What one line of a page is."""

    BODY = "body"
    HEADING = "heading"  # headline, standfirst or subheading: headline-shaped
    BYLINE = "byline"
    SOURCE = "source"  # a line naming the outlet: "BBC News", "NHK: 4 hours ago"
    DATE = "date"
    CAPTION = "caption"
    FURNITURE = "furniture"


@dataclass(frozen=True, slots=True)
class Unit:
    """One line of a page (hard-wrapped lines already joined) and what it is."""

    text: str
    kind: Kind
    blank_before: bool = False


_WORD = word_pattern("'’.-")
#: Full stops, question and exclamation marks: Latin, CJK (。！？) and Arabic (؟ ۔).
_STOPS = ".!?…。！？؟۔"
_SENTENCE_END = re.compile(rf"[{_STOPS}](?:[\"'”’)\]」』]+)?$|[\"”’」』]\s*$")

_CHROME_WORDS = (
    r"share (?:this|on|via|the|article|story)\b",
    r"sign[ -]?(?:in|up|out)\b", r"log[ -]?(?:in|out)\b", r"logged in\b",
    r"subscri(?:be|ption)s?\b", r"newsletters?\b", r"comments\b",
    r"commenting\b", r"leave a (?:reply|comment)\b", r"post(?:ing)? (?:a |your )?comments?\b",
    r"you (?:might|may) (?:also )?like\b", r"cookies?\b", r"advertis(?:ement|ing)\b",
    r"copy to clipboard\b", r"embed\b", r"click here\b", r"(?:follow|find|contact) us\b",
    r"download (?:the|our) app\b", r"mobile apps?\b", r"smart speakers?\b",
    r"how to listen\b", r"\d{2,3}(?:\.\d)?\s?(?:fm|mhz)\b", r"email address\b",
    r"email protected\b", r"rate this\b",
    r"powered by\b", r"automated translation\b", r"community (?:guidelines|standards)\b",
    r"registered users?\b", r"terms of (?:use|service)\b", r"privacy (?:policy|notice)\b",
    r"all rights reserved\b", r"free (?:stories|articles)\b",
    r"member-only\b", r"read later\b", r"unlock\b", r"paywall\b", r"premium\b",
    r"skip to (?:main )?(?:content|navigation|search|footer|site index)", r"site index\b",
    r"back to (?:top|home)\b", r"javascript\b", r"read in app\b",
    r"this (?:article|story|page) is more than\b", r"reuse this content\b",
    r"ad feedback\b", r"is this ad\b", r"contributed (?:to )?this (?:report|story)\b", r"contributed reporting\b",
    # a wire report's credits, "Reporting by Bart Meijer; Editing by Janet Lawrence" (not "reporting by local media")
    r"(?:additional )?(?:reporting|writing|editing) by [\w .'-]{2,40}(?:;|$)",
    r"print this\b", r"save (?:this )?(?:article|story)\b", r"gift (?:this )?article\b",
    r"open in app\b", r"listen to (?:this )?article\b", r"minutes? read\b",
)
_CHROME_OTHER = (
    r"^share\b",
    r"^(?:read|see|watch|listen) (?:more|also|next|live)\b", r"^also read\b",
    r"^(?:related|recommended|more (?:from|on|stories)|most (?:read|popular|viewed)|trending|top stories|latest(?: news)?|editor'?s picks?)\b",
    r"^copyright\b", r"©", r"\[email\s*protected\]", r"\(\d+ votes?\)",
    r"^reporting from [\w ,'-]{2,40}$",
)
#: The vocabulary of page chrome. A line that is not shaped like a paragraph goes
#: on one hit; a paragraph-shaped line needs two distinct hits, so a report that
#: mentions "comments" or "subscribers" in passing keeps its sentence. The phrases
#: that start at a word share one leading \b, which lets the regex engine skip the
#: inside of words instead of trying every phrase at every character. It is matched
#: against lower-cased text: re.IGNORECASE makes the search twice as slow.
_CHROME = re.compile(r"\b(?:" + "|".join(_CHROME_WORDS) + r")|" + "|".join(_CHROME_OTHER))
#: Lines that are chrome on their own: menus, counters, widget labels.
_CHROME_LINE = re.compile(
    r"^(?:online|menu|search|home|close|next|previous|more|print|email|e-mail|comments?|"
    r"share|tweet|facebook|twitter|whatsapp|linkedin|reddit|telegram|copied|loading\.*|"
    r"\d+\s*/\s*\d+|by user|by admin)$",
    re.I,
)
_RELATIVE_TIME = re.compile(
    r"^(?:(?P<outlet>[^:]{2,40}):\s*)?(?:updated\s+|published\s+)?"
    r"(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$",
    re.I,
)
#: A clock time with its zone, or an "updated 2 hours ago", beside a date.
_TIME_OR_AGO = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?![a-z]))?|(?:updated\s+)?(?:\d+|an?)\s+\w+\s+ago\b", re.I
)
_DATE_LABEL = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?)\s*[:|–—-]?\s*", re.I
)
_BYLINE = re.compile(r"^by[:\s]\s*(?P<name>\S.{0,120})$", re.I)
_HONORIFIC = re.compile(r"^(?:prof|dr|mr|mrs|ms|rev|sir)\.?\s+[A-Z]", re.I)
_ROLE = re.compile(
    r"^(?:director|professor|editor|chairman|chair|president|founder|senior|chief|"
    r"correspondent|reporter|columnist|analyst|fellow|head)\b[^.!?]*,", re.I
)
#: A newsroom's roles, as bylines and author notes name them.
_ROLES = "correspondent|reporter|editor|writer|columnist|journalist|bureau chief"
#: A line about the author: a name, what they cover or are, and for whom.
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:covers|reports on|writes about|is (?:an?|the) (?:[\w-]+ ){0,3}"
    rf"(?:{_ROLES}))\b.*\b(?:for|at|with) (?:The |the )?[A-Z]"
)
_CREDIT = re.compile(
    r"(?:\b(?:copyright|photo(?:graph)?(?: credit)?|image(?: credit)?|picture|credit|file photo)\s*[:|]?\s*[A-Z(]"
    # a capitalised label needs its colon or ellipsis: "Credit...Kyodo News", not "copyright. The court"
    r"|\b(?:Copyright|Photo(?:graph)?|Image|Picture|Credit)\s*(?::|\||\.{2,}|…)\s*[A-Z(]"
    r"|[/|]\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Xinhua|Bloomberg|PA|ANI|PTI)\s*$)",
)
#: The common words of news organisations' names ("Daily Mail", "Financial Times").
_GENERIC_OUTLET_WORDS = (
    "news|times|post|press|herald|tribune|journal|daily|gazette|telegraph|guardian|agency|network|"
    "radio|tv|television|broadcasting|media|chronicle|observer|standard|express|mail|mirror|review|wire"
)
#: Words by which a short title-case line names a news organisation.
_OUTLET_WORD = re.compile(rf"\b(?:{_GENERIC_OUTLET_WORDS}|reuters|xinhua|euronews)\b", re.I)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: A word of _OUTLET_WORD that names no outlet on its own ("Reuters" does; "News" does not).
_GENERIC_OUTLET = re.compile(rf"^(?:{_GENERIC_OUTLET_WORDS})$", re.I)
#: Section names and labels of a site's menus, in capitals or not.
_MENU_WORD = re.compile(
    r"^(?:live|video|videos|watch|opinion|sport|sports|world|business|home|latest|audio|podcasts?|us|u\.s\.|uk|"
    r"politics|tech|technology|science|health|entertainment|local|national|international|top|breaking|"
    r"economy|markets?|weather|lifestyle|culture|travel|&|and)$",
    re.I,
)
#: A breadcrumb trail: short names joined by "|", "›", "»" or ">" ("News|Floods", "Home » News").
_BREADCRUMB = re.compile(r"^[^\s|›»>]+(?: [^\s|›»>]+){0,2}(?: ?[|›»>] ?[^\s|›»>]+(?: [^\s|›»>]+){0,2})+$")
#: A name and a newsroom role, without "By": "Jon Henley Europe correspondent", "Jane Doe, Political Editor".
_ROLE_BYLINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},? (?:[\w-]+ ){0,2}"
    rf"(?i:{_ROLES})$"
)
_BULLET = re.compile(r"^[•·▪►*-]\s+")
#: Lines that introduce a list of links to other stories or a list of selling points.
_LIST_MARKER = re.compile(
    r"^(?:(?:read|see|watch) (?:more|also)|also read|related(?: \w+)?|recommended|more (?:from|on|stories)|"
    r"you (?:might|may) (?:also )?like|most (?:read|popular|viewed)|trending|top stories)\b|:$",
    re.I,
)


#: A wire dateline opening a report: "AMSTERDAM, July 15 (Reuters) - ", "KYIV, Ukraine (AP) — ",
#: "NEW DELHI: ". A place in capitals, maybe its country or state and a date, maybe the agency.
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}"
    r"(?:,? [A-Z][a-z.]+(?: [A-Z][a-z.]+)?)?"  # ", Ukraine", ", Calif.", " July"
    r"(?:,? \d{1,2})?"  # the day of that month
    r"(?: ?\([^()]{2,30}\))?)"  # "(Reuters)", "(AP)"
    r" ?(?:—|–|--|-|:) +(?=[A-Z0-9\"“‘'])"  # and then a sentence begins
)


#: Labels in capitals that open a paragraph the way a place does, but are not one.
_NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED WATCH EXCLUSIVE ANALYSIS OPINION LIVE VIDEO PHOTOS CORRECTION "
    "NOTE WARNING ALERT FACT CHECK FACTBOX EXPLAINER REVIEW".split()
)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """A report's first paragraph without its wire dateline, and the dateline (None if it has none)."""
    match = _DATELINE.match(paragraph)
    if not match or word_count(paragraph) - word_count(match["dateline"]) < 6:
        return None, paragraph
    if set(match["dateline"].split()) & _NOT_PLACES:  # "BREAKING:", "FACT CHECK -"
        return None, paragraph
    return match["dateline"], paragraph[match.end() :]


def word_count(text: str) -> int:
    """How many words *text* has."""
    return len(_WORD.findall(text))


def _chrome_hits(text: str) -> int:
    return len(set(_CHROME.findall(text.lower())))


def is_sentence(text: str) -> bool:
    """Whether *text* ends as a sentence does (a full stop, maybe inside a quotation)."""
    return bool(_SENTENCE_END.search(text))


#: More words than a date line holds (a label, a weekday, the date, a time and zone, a place).
DATE_LINE_WORDS = 16


def _is_date_line(text: str, words: int) -> bool:
    from core.dates import find_date

    if _RELATIVE_TIME.match(text):
        return True
    if words > DATE_LINE_WORDS:
        return False  # a paragraph: no need to look for its dates
    rest = _DATE_LABEL.sub("", text, count=1)
    if not rest:
        return text != rest  # a bare "Published on"
    found = find_date(rest)
    if found is None:
        return False
    start, end = found[1]
    leftover = _TIME_OR_AGO.sub(" ", rest[:start] + " " + rest[end:])
    # What may stand beside a date: a weekday, a time, a time zone, a place.
    return word_count(leftover) <= 5 and not is_sentence(leftover.strip()) or word_count(leftover) <= 2


def is_outlet_name(text: str) -> bool:
    """Whether *text* is shaped like a news organisation's name: "BBC News", "Reuters", "NHK"."""
    words = text.split()
    if not 1 <= len(words) <= 4 or is_sentence(text):
        return False
    if len(words) == 1 and (_GENERIC_OUTLET.match(text) or _MENU_WORD.match(text)):
        return False  # "News", "LIVE": a menu item, not a name
    if words[-1].lower() == "news" and all(_MENU_WORD.match(w) for w in words[:-1]):
        return False  # "World News", "US News": a section ("Daily News", "National Post" are names)
    if not all(w[0].isupper() or w[0].isdigit() or w in {"&", "of", "the", "and"} for w in words):
        return False
    return bool(_OUTLET_WORD.search(text)) or (len(words) == 1 and bool(_ACRONYM.match(text)))


def _is_source_line(text: str) -> bool:
    match = _RELATIVE_TIME.match(text)
    return bool(match and match["outlet"]) or is_outlet_name(text)


def classify_line(text: str) -> Kind:
    """What *text*, one line of a page, is when judged on its own."""
    words = word_count(text)
    sentence = is_sentence(text)
    if words == 0 or _CHROME_LINE.match(text):
        return Kind.FURNITURE
    hits = _chrome_hits(text)
    paragraph_shaped = sentence and words >= 12
    if hits >= 2 or (hits and not paragraph_shaped) or _LIST_MARKER.match(text):
        return Kind.FURNITURE
    if _BREADCRUMB.match(text) and not sentence:
        return Kind.FURNITURE
    if _is_source_line(text):
        return Kind.SOURCE
    byline = _BYLINE.match(text)  # before dates: "By GT staff reporters Published: Jun 18, 2023"
    if byline and words <= 20 and not paragraph_shaped:
        return Kind.BYLINE if byline["name"][0].isupper() else Kind.FURNITURE
    if _is_date_line(text, words):
        return Kind.DATE
    if (_HONORIFIC.match(text) and words <= 5 or _ROLE_BYLINE.match(text) and words <= 8) and not sentence:
        return Kind.BYLINE
    if _ROLE.match(text) and words <= 10 and not sentence:
        return Kind.FURNITURE  # an author's affiliation under their name
    if _CREDIT.search(text) and words <= 60:
        return Kind.CAPTION
    if (sentence and words >= 6) or words >= 30:
        return Kind.BODY
    return Kind.HEADING


#: No news paragraph is this long; a longer unit is a page scraped onto one line
#: (or hostile input) and is cut at sentence ends so reading and linking stay fast.
MAX_UNIT = 4000


def _cut(unit: str, limit: int = MAX_UNIT) -> list[str]:
    """*unit* in pieces of at most *limit* characters, cut after sentences where it can be."""
    pieces: list[str] = []
    while len(unit) > limit:
        window = unit[: limit + 1]
        ends = [m.end() for m in SENTENCE_BREAK.finditer(window) if m.end() <= limit]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or limit)
        pieces.append(unit[:cut].rstrip())
        unit = unit[cut:].lstrip()
    if unit:
        pieces.append(unit)
    return pieces


#: What wire copy prints after its last sentence: "... the utility said. Enditem", "(END)", "###".
_END_MARK = re.compile(r"(?<=[.!?”\"'])\s+(?:Enditem|ENDS?|\(END\)|-?30-|###)$")


def split_units(text: str) -> list[tuple[str, bool]]:
    """Split a page into lines, joining hard-wrapped ones; each with whether a blank precedes it.

    A unit longer than MAX_UNIT is cut into sentence-aligned pieces, each a unit.
    """
    units: list[tuple[str, bool]] = []
    blank = False
    for raw in text.split("\n"):
        line = _END_MARK.sub("", " ".join(raw.split()))
        if not line:
            blank = True
            continue
        if units and not blank and _continues(units[-1][0], line):
            units[-1] = (units[-1][0] + " " + line, units[-1][1])
        else:
            units.append((line, blank))
        blank = False
    if any(len(unit) > MAX_UNIT for unit, _ in units):
        units = [
            (piece, blank and n == 0)
            for unit, blank in units
            for n, piece in enumerate(_cut(unit))
        ]
    return units


def _continues(previous: str, line: str) -> bool:
    """Whether *line* carries on a hard-wrapped *previous* line."""
    return (
        len(previous) >= 40
        and not is_sentence(previous)
        and not _BULLET.match(line)
        and (line[0].islower() or line[0] in ",;:)" or previous.endswith((",", "-", "–", ";")))
    )


def _near_duplicate(a: str, b: str) -> bool:
    """Whether one line repeats the other, maybe with a credit appended (captions)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 20 and long.startswith(short.rstrip(".")) and len(long) - len(short) <= 60


#: The heading of a comments section.
_COMMENTS = re.compile(
    r"^(?:\d+ |no )?(?:comments?|responses?|replies)(?: \(\d+\))?:?$|^(?:leave a (?:reply|comment)|join the "
    r"(?:conversation|discussion)|(?:show|view|load|read) (?:all )?(?:\d+ )?comments|comments are closed)\b",
    re.I,
)
#: A label on a line of its own, for the caption or credit on the next line.
_CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|video) (?:source|caption|credit)\b(?:,.{0,40})?:?$|^(?:image|photo|picture|caption):$", re.I
)
#: No caption is longer than this; a longer line after a label is the report going on.
CAPTION_WORDS = 40
#: What a comments section holds besides comments: reply links, the form to write one.
_COMMENT_PART = re.compile(r"^(?:reply|leave a (?:reply|comment)|post a comment|your email address|comments are closed)\b", re.I)
#: How many short lines in a row make a menu.
MENU_RUN = 5
_MENU_KINDS = (Kind.HEADING, Kind.SOURCE, Kind.FURNITURE)


def classify(text: str) -> list[Unit]:
    """Classify every line of a page, using position and repetition as well as shape."""
    units = split_units(text)
    kinds = [classify_line(line) for line, _ in units]

    # Repetition within the page: a line printed twice close together is a photo
    # caption (with its credit on one copy) or a "related story" link, never body.
    for i, (line, _) in enumerate(units):
        for j in range(i + 1, min(i + 4, len(units))):
            if _near_duplicate(line, units[j][0]):
                for k in (i, j):
                    if kinds[k] in (Kind.BODY, Kind.HEADING, Kind.CAPTION):
                        shape_is_caption = is_sentence(units[k][0]) or _CREDIT.search(units[k][0])
                        kinds[k] = Kind.CAPTION if shape_is_caption else Kind.FURNITURE
    # A run of short lines is a menu ("News", "Opinion", "Sport", ...), whatever each
    # looks like alone: a site's sections, a station's programmes.
    run: list[int] = []
    for i, (line, _) in enumerate([*units, ("", False)]):
        if i < len(units) and kinds[i] in _MENU_KINDS and word_count(line) <= 3 and not is_sentence(line):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            for k in run:
                kinds[k] = Kind.FURNITURE
        run = []
    # "Image caption," or "Photo:" on a line of its own labels the line after it.
    for i, (line, _) in enumerate(units[:-1]):
        if _CAPTION_LABEL.match(line):
            kinds[i] = Kind.FURNITURE
            if kinds[i + 1] in (Kind.HEADING, Kind.BODY) and word_count(units[i + 1][0]) <= CAPTION_WORDS:
                kinds[i + 1] = Kind.CAPTION
    # A standfirst that ends like a sentence looks like body text; it is the deck when
    # the byline or date still follow it before the report begins.
    first = next((i for i, k in enumerate(kinds) if k is Kind.BODY), None)
    if first is not None and Kind.HEADING in kinds[:first]:
        after = next(
            (k for j, k in enumerate(kinds[first + 1 :], first + 1)
             if k not in (Kind.FURNITURE, Kind.CAPTION) and not (k is Kind.HEADING and word_count(units[j][0]) <= 3)),
            None,
        )
        if after in (Kind.DATE, Kind.BYLINE) and Kind.BODY in kinds[first + 1 :]:
            kinds[first] = Kind.HEADING
    # "Read more:" style markers take the headline-shaped lines that follow them,
    # and a list right after a prompt is the prompt's list of selling points.
    in_block = False
    for i, (line, blank) in enumerate(units):
        kind = kinds[i]
        marker = kind is Kind.FURNITURE and (
            _LIST_MARKER.search(line) is not None or (_chrome_hits(line) and line.endswith("!"))
        )
        if marker:
            in_block = True
            continue
        if in_block and (kind is Kind.HEADING or _BULLET.match(line)) and not _follows_source(units, kinds, i):
            kinds[i] = Kind.FURNITURE
            continue
        in_block = in_block and kind is Kind.FURNITURE

    # Readers' comments are not the report: from a comments heading after the report
    # has begun, everything is furniture ("2 Comments", then names, dates and replies).
    # A "Comments" button inside the report is not such a heading: comments carry
    # their time stamps and "Reply" links, or a form, right below it.
    first = next((i for i, k in enumerate(kinds) if k is Kind.BODY), len(units))
    end = next(
        (
            i for i in range(first + 1, len(units))
            if _COMMENTS.match(units[i][0])
            and any(kinds[j] is Kind.DATE or _COMMENT_PART.match(units[j][0]) for j in range(i, min(i + 8, len(units))))
        ),
        len(units),
    )
    kinds[end:] = [Kind.FURNITURE] * (len(units) - end)
    # A note about the author closes a report ("Lee covers diplomacy for The Associated
    # Press."); inside the report the same words are news about a journalist.
    for i in range(len(units) - 1, -1, -1):
        if kinds[i] is not Kind.BODY:
            continue
        if not (_AUTHOR_BIO.match(units[i][0]) and word_count(units[i][0]) <= 30):
            break
        kinds[i] = Kind.FURNITURE
    # After the last body paragraph, headline-shaped lines are menus and link lists.
    last_body = max((i for i, k in enumerate(kinds) if k is Kind.BODY), default=-1)
    for i in range(last_body + 1, len(units)):
        if kinds[i] in (Kind.HEADING, Kind.SOURCE, Kind.BYLINE):
            kinds[i] = Kind.FURNITURE
    return [Unit(line, kind, blank) for (line, blank), kind in zip(units, kinds, strict=True)]


def _follows_source(units: list[tuple[str, bool]], kinds: list[Kind], i: int) -> bool:
    """Whether the heading at *i* opens a report: a byline, source or date line follows it."""
    seen = 0
    for j in range(i + 1, len(units)):
        if kinds[j] in (Kind.BYLINE, Kind.SOURCE) or (
            kinds[j] is Kind.DATE and _RELATIVE_TIME.match(units[j][0])
        ):
            return True
        if kinds[j] is Kind.DATE and seen == 0:
            return True
        if kinds[j] is Kind.BODY or seen >= 2:
            return False
        seen += 1
    return False


def opens_report(units: list[Unit], i: int) -> bool:
    """Whether the heading at *i* is the headline of a new report with its own source line."""
    return _follows_source(
        [(u.text, u.blank_before) for u in units], [u.kind for u in units], i
    )
