"""When two records are the same article: the identity rule of the library (and of any store).

An article is **one source's copy** of a report. Two records are the same article when

1. they have the same web address (:func:`url_key`: scheme, ``www.``, fragment, default port,
   a trailing slash and tracking parameters do not count), or
2. they carry the same body (:func:`body_hash`) under the same outlet (:func:`known_outlet`), or
   under no known outlet on one side: the same copy reached another way (a saved file, then its
   feed entry; a file, then a renamed copy of it); but not a file named otherwise than the other
   copy's outlet or file, under another headline (:func:`apart_by_files`): two outlets' copies of
   one wire story, each headlined its own way, one named by its file ("gazette.txt"). The copy
   held under no known outlet takes the outlet of such a copy added later (``Library.add``).

3. they are read from one file (the same path, as given, which gave the library one article
   and not while it was open: several reports of one file are no edits of one another) under
   one outlet, without an address, and the second is the first edited (:func:`edited_file`): the same headline (:func:`same_headline`), or most of the
   shorter text's runs of words. The same article, changed since: a new *version* (``Library.add`` says
   ``changed``), as a page fetched again is; a file written over with another report is another
   article.

4. the second is read from a file without an address, another than the first's (the first
   added before the library was opened, not in the same run), under the first's named outlet
   (:func:`known_outlet`) and headline (:func:`headline_key`: case, quotes and spacing aside), and it keeps most of the first's
   text (:func:`edited_copy`; of several such articles, the closest is the one):
   the outlet's article updated and saved again under another name, a new *version* of it, as
   at its first path; two editions of one outlet's column under one headline ("Live updates")
   share their standing lines only, and stay two articles.

Everything else is a different article, however alike the bodies: the same agency story run by
two outlets is two articles, each with its own outlet, times and address, and the linker links
them verbatim. That is wire copy, the commonest link between outlets.

The library keeps one :func:`identity_key` per article (unique): the address key when the article
has an address, else the outlet-and-body key (for the second of two copies apart by their files,
the key of its file's name and body); rule 2 is checked through the body hash and the outlets. A
record with a known address whose body differs from the stored one is the same article, changed
since (a new *version*, which the library does not keep yet: see ``Library.add``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from core.model import Article

__all__ = [
    "apart_by_files", "body_hash", "edited_copy", "edited_file", "identity", "identity_key", "kept_share", "known_outlet", "outlet_key",
    "headline_key", "is_initialism", "outlet_initials", "spelled_out", "same_copy", "same_headline", "url_key", "TRACKING_PARAMETERS",
]

#: Query parameters that say how a reader came to a page, not which page it is (campaign tags of
#: analytics tools, click ids of ad networks and social sites, feed and newsletter markers).
TRACKING_PARAMETERS = frozenset(
    "fbclid gclid dclid msclkid yclid igshid mc_cid mc_eid ocid cmpid smid ncid _ga _gl ref_src ref_url".split()
)
#: Prefixes of whole families of tracking parameters (``utm_source``, ``utm_medium``, ...).
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "itm_", "wt_", "ga_")


def _hash(parts: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def body_hash(paragraphs: Iterable[str]) -> str:
    """A SHA-256 (hex) of the body paragraphs, runs of whitespace counted as one space.

    The same text read from a file and from a page hashes alike; any change of a word does not.
    """
    return _hash(" ".join(p.split()) for p in paragraphs)


def outlet_key(outlet: str) -> str:
    """The outlet as identity compares it: case and runs of whitespace ignored."""
    return " ".join(outlet.casefold().split())


def known_outlet(outlet: str, path: str) -> str | None:
    """The :func:`outlet_key` of *outlet*, or None when it names no outlet: empty, ``unknown``, or
    the stem of the file the article was read from (the reading stage's label of last resort,
    so a renamed copy of a file is not another outlet's copy).
    """
    key = outlet_key(outlet)
    if not key or key == "unknown":
        return None
    stem = PurePath(path.split("?")[0]).stem if path else ""
    return None if stem and key == outlet_key(stem) else key


#: What separates the words of an outlet's name whose first letters make its initialism: spaces and
#: hyphens ("Agence France-Presse", AFP; "Deutsche Presse-Agentur", dpa).
_NAME_WORDS = re.compile(r"[\s\-\u2010\u2011]+")


def outlet_initials(name: str) -> frozenset[str]:
    """The initialisms an outlet of *name* may be printed as, casefolded: the first letters of its
    capitalised words ("vpa" of "Veltrania Press Agency", "pti" of "Press Trust of India", "afp" of
    "Agence France-Presse", "dpa" of "Deutsche Presse-Agentur"), and of all its words, in a script
    whose names capitalise their first word alone ("риа" of "Российское информационное агентство");
    a leading "The" aside. None for a name of one word or in a script without capitals (a Chinese
    outlet's name is no string of initials)."""
    words = [w for w in _NAME_WORDS.split(re.sub(r"^the\s+", "", name.strip(), flags=re.I)) if w[:1].isalpha()]
    if len(words) < 2 or not any(w[0].isupper() for w in words):
        return frozenset()
    forms = ("".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words))
    return frozenset(f.casefold() for f in forms if len(f) >= 2)


def is_initialism(name: str) -> bool:
    """Whether an outlet's *name* is an initialism: one word of two to six letters, all capitals
    ("VPA", "A.F.P.", "ТАСС"), or up to four small letters ("dpa")."""
    letters = name.strip().replace(".", "")
    return (2 <= len(letters) <= 6 and letters.isalpha()
            and (letters.isupper() or letters.islower() and len(letters) <= 4))


def spelled_out(outlets: Iterable[str]) -> dict[str, str]:
    """Of *outlets* (one collection's outlet names: a library's), each initialism that the one
    other name among them spells out (:func:`outlet_initials`), mapped to that name: "VPA" to
    "Veltrania Press Agency", an agency's credit and its site's name for one outlet. An initialism
    that two names spell out ("VPA": "Veltrania Press Agency" and "Valley Post Advertiser") or none
    is left out: two outlets whose initials collide are never taken for one."""
    names = {n for n in outlets if n}
    claims: dict[str, set[str]] = {}
    for name in names:
        for form in outlet_initials(name):
            claims.setdefault(form, set()).add(name)
    found: dict[str, str] = {}
    for name in sorted(names):
        if is_initialism(name) and len(long := claims.get(name.strip().replace(".", "").casefold(), set())) == 1:
            found[name] = next(iter(long))
    return found


def same_copy(outlet_a: str | None, outlet_b: str | None) -> bool:
    """Whether two bodies alike are one copy, given their :func:`known_outlet`s: the same outlet,
    or no outlet known on one side."""
    return outlet_a is None or outlet_b is None or outlet_a == outlet_b


def other_outlets(outlet_a: str | None, outlet_b: str | None, *, names: tuple[str, str] = ("", ""), url: str | None = None) -> bool:
    """Whether two :func:`known_outlet`s name two outlets that both ran a copy at *url*, a third
    party's address: both known, neither's words holding the other's ("valley star" and
    "northern ledger" do; "coastal herald" and a feed's title "coastal herald - world" name one
    outlet), and the address's host names neither outlet as printed (*names*: an agency's
    original, "apnews.example", to which outlets running its copy point their pages; not "The
    Herald"'s own page at theherald.example, whose name may be printed "Herald Online" another time)."""
    from core.reading.judge import names_host

    if outlet_a is None or outlet_b is None:
        return False
    a, b = (" " + " ".join(re.findall(r"\w+", name)) + " " for name in (outlet_a, outlet_b))
    host = urlsplit(url).hostname if url else None
    return a not in b and b not in a and not any(names_host(name, host) for name in names if name)


def headline_key(title: str | None) -> str:
    """A headline as identity compares it: its words (runs of letters and digits), Unicode-normalised
    (NFKC: a full-width or composed letter is the plain one) and case-folded, one space apart; its
    punctuation, quotation marks (straight or curly) and runs of whitespace do not count.
    "Council Votes To Close ‘Old’ Bridge" and "council votes to close 'old'  bridge" give
    "council votes to close old bridge". The library keeps it per article (``articles.title_key``)."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", title or "").casefold()))


def same_headline(a: str | None, b: str | None) -> bool:
    """Whether two headlines are one, their case and punctuation aside (:func:`headline_key`: "Navy
    captures 23 pirates" and "Navy Captures 23 Pirates!" are; "... 25 pirates" is a correction, a
    version of its own)."""
    return headline_key(a) == headline_key(b)


def apart_by_files(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether two records of one body, each given as (outlet, path, headline), are two outlets'
    copies though one of them names its outlet only by its file's name (:func:`known_outlet`
    gives None): the other names another outlet, or is a file of another name, and the
    headlines differ. An outlet runs wire copy under a headline of its own, and a user saves
    each outlet's copy under its name ("herald.txt", "gazette.txt"); a renamed copy of one file
    keeps its headline, and the same file edited keeps its name (a version). Copies alike in
    headline stay one: nothing tells them apart (a folder's manifest naming each file's outlet
    does, before they are added)."""
    (outlet_a, path_a, title_a), (outlet_b, path_b, title_b) = a, b
    if known_outlet(outlet_a, path_a) is not None and known_outlet(outlet_b, path_b) is not None:
        return False  # two outlets named: same_copy says
    labels = {outlet_key(outlet_a), outlet_key(outlet_b)}
    return len(labels) == 2 and not labels & {"", "unknown"} and not same_headline(title_a, title_b)


#: The least share of the shorter text's runs of three words the other must hold for a file read
#: again to be the same article edited (:func:`edited_file`): a copy editor changes figures,
#: names, a day and a sentence or two, not half the text (a trial's corrected copy kept 97% of
#: its runs; the same outlet's follow-up of the story 16%, the wire's copy it ran 87%).
EDITED_WORDS = 0.5


def edited_file(held: tuple[str, Iterable[str]], new: tuple[str, Iterable[str]]) -> bool:
    """Whether *new* is *held* edited, each given as (headline, paragraphs) of a record read from
    one file, without an address, under one outlet: the same headline, or at least
    :data:`EDITED_WORDS` of the shorter text's runs of three words in the other (case aside).
    A trial's user corrected a saved text file (39 -> 37 in hospital) and added it again: it
    became a second article of the outlet, shown as its "other article", not a version."""
    (title_a, body_a), (title_b, body_b) = held, new
    if same_headline(title_a, title_b):
        return True
    return kept_share(body_a, body_b) >= EDITED_WORDS


#: The least share of the shorter text's runs of three words the other must hold for a text of
#: an outlet's headline saved under another name to be the article held under that outlet and
#: headline, edited (:func:`edited_copy`). Higher than :data:`EDITED_WORDS`, which leans on the
#: file's path besides: a copy editor's update keeps nearly every run (trial 45's text re-saved
#: with a day and a name changed kept 96%, trial 39's corrected copy 97%), the editions of a
#: column or live page under one headline share their standing lines only; and a report
#: rewritten around half its text is better shown as a second article (``story show`` tells
#: them apart by their files) than taken for a version and kept only as the held text's history.
EDITED_ELSEWHERE = 0.8


def edited_copy(held: Iterable[str], new: Iterable[str]) -> bool:
    """Whether *new*, the paragraphs of a text saved under another name (no address) with the
    outlet and headline of the article whose paragraphs are *held*, is that article edited: at
    least :data:`EDITED_ELSEWHERE` of the shorter text's runs of three words are in the other.
    A trial's user re-saved an outlet's updated text under another path ("six" days become
    "seven", a name's spelling corrected): it became a second article of the outlet, shown as
    its twin in the story."""
    return kept_share(held, new) >= EDITED_ELSEWHERE


def kept_share(a: Iterable[str], b: Iterable[str]) -> float:
    """The share (0 to 1) of the shorter of two texts' runs of three words (case aside, counted
    as often as they occur) that the other holds too; 0 when either has none."""
    runs_a, runs_b = _word_runs(a), _word_runs(b)
    shorter = min(sum(runs_a.values()), sum(runs_b.values()))
    return sum((runs_a & runs_b).values()) / shorter if shorter else 0.0


def _word_runs(paragraphs: Iterable[str]) -> Counter[tuple[str, ...]]:
    """The runs of three words of *paragraphs* (case aside), counted: what an edit keeps of a
    text; two reports of one event share their names and small words, few runs."""
    said = re.findall(r"\w+", " ".join(paragraphs).casefold())
    return Counter(zip(said, said[1:], said[2:]))


def url_key(url: str | None) -> str | None:
    """The address of a page as identity compares it, or None when *url* is not a web address.

    ``HTTPS://www.Example.org:443/news/a/?utm_source=x&id=7#top`` and
    ``http://example.org/news/a?id=7`` give the same key: the scheme, a leading ``www.``, the
    default port, the fragment, one trailing slash and the parameters in
    :data:`TRACKING_PARAMETERS` (or starting with :data:`TRACKING_PREFIXES`) are dropped; the
    path and the other parameters, in their order, are kept (they may name the page).
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMETERS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit(("", host, path, urlencode(query), "")).removeprefix("//")


def identity_key(url: str | None, outlet: str | None, body: str) -> str:
    """The key under which a store holds an article, unique per article.

    Args:
        url: the article's web address, if known.
        outlet: the :func:`known_outlet` that ran it (None: not known).
        body: its :func:`body_hash`.

    Returns:
        ``"url:" + url_key(url)`` when *url* is a web address, else ``"copy:" +`` a SHA-256 of the
        outlet and *body*.
    """
    address = url_key(url)
    if address is not None:
        return "url:" + address
    return "copy:" + _hash((outlet or "", body))


def identity(article: Article) -> str:
    """The :func:`identity_key` of *article*."""
    return identity_key(article.url, known_outlet(article.outlet, article.path), body_hash(article.paragraphs))
