"""Where input comes from, before anything is read: files, folders, manifests, the network.

The bytes of a file (size-capped), their decoding into text, the manifest that names a
folder's outlets, a folder's readable files, and web addresses fetched with httpx. Also
the two values reading yields: :class:`Item` (an article and where it came from) and
:class:`Problem` (one line naming an input that gave none).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from typing import Any
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timezone
from pathlib import Path, PurePath

from core.errors import ReadError, not_there
from core.model import Article
from core.sanitize import sanitize

__all__ = [
    "ALL_SUFFIXES", "MANIFEST_NAME", "SEEDS_DIR", "Fetched", "Fetcher", "Item", "Problem", "ReadError", "Result",
    "Source", "decode", "foreign_document", "decode_html", "decode_legacy", "html_body", "fetch_url", "is_url", "iter_files", "kind_suffix", "load_manifest", "passed_over", "read_bytes", "refusal",
]

#: The sidecar file naming each file's outlet and URL, where they are known.
MANIFEST_NAME = "manifest.json"
#: The bundled sample coverage.
SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"
#: Files larger than this are refused rather than read into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Anything fetched from the network above this size is refused.
MAX_FETCH_BYTES = 16 * 1024 * 1024
FETCH_TIMEOUT = 15.0

#: The names a folder's readable files end in (what is in a file is judged by its content).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})  # a JSON document of articles (a news API's answer, trafilatura's output)
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})  # a table of articles, a spreadsheet's or an export's (core.reading.table)
MAIL_SUFFIXES = frozenset({".eml"})
OFFICE_SUFFIXES = frozenset({".docx"})  # a word processor's document (core.reading.office)
WARC_SUFFIXES = frozenset({".warc", ".arc", ".warc.gz", ".arc.gz"})  # a web archive, gzipped as crawlers write it or not
ALL_SUFFIXES = (HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | TEXT_SUFFIXES | MAIL_SUFFIXES | OFFICE_SUFFIXES
                | WARC_SUFFIXES | TABLE_SUFFIXES)


def kind_suffix(name: str) -> str:
    """The ending of a file's *name* that tells its kind, folded: its suffix (".html"), or its last
    two where a gzipped web archive's ("crawl.warc.gz": ".warc.gz"; "notes.txt.gz" stays ".gz")."""
    path = PurePath(name)
    two = "".join(path.suffixes[-2:]).lower()
    return two if two in WARC_SUFFIXES else path.suffix.lower()


@dataclass(frozen=True, slots=True)
class Item:
    """An article read from an input."""

    article: Article
    source: str


@dataclass(frozen=True, slots=True)
class Problem:
    """An input, or part of one, that gave no article: one line that names it."""

    source: str
    message: str
    #: How many articles it stands for that were not read: one (an input, a record); all the
    #: records one line says alike ("skipped 7 of 8 records ..."); none where nothing is lost (a
    #: broken manifest, whose folder's files are read without it).
    skipped: int = 1
    #: Whether the input could not be read (`add` exits 2), rather than being read and holding
    #: nothing to read: a record that is a headline only, a feed or an answer with no entries
    #: (said in a line, the exit status unchanged).
    fault: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"

    def line(self) -> str:
        """The problem as `add` says it: "skipped SOURCE: MESSAGE" for an input or record skipped;
        the line alone where its message says what became of it ("skipped 7 of 8 records ...",
        "...; its files read without it")."""
        whole = self.skipped == 1 and not self.message.startswith("skipped ")
        return f"skipped {self}" if whole else str(self)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page fetched from the network."""

    url: str
    data: bytes
    content_type: str
    #: The day the server says the page last changed (its Last-Modified header), which dates a
    #: dateline without a year as a file's modification day does; None where it says none.
    modified: date | None = None


def _last_modified(header: str | None) -> date | None:
    """The day an HTTP Last-Modified *header* gives ("Tue, 02 Jun 2026 10:00:00 GMT"), in UTC;
    None where there is none or it does not read as a date."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(header).astimezone(timezone.utc).date() if header else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


Fetcher = Callable[[str], Fetched]
Result = Item | Problem


@dataclass(frozen=True, slots=True)
class Source:
    """What is known about a file from outside its text."""

    outlet: str | None = None
    url: str | None = None


def is_url(text: str) -> bool:
    """Whether an input names a web address rather than a path."""
    return text.lower().startswith(("http://", "https://"))


#: A web archive's address of a saved page: the Wayback Machine's ("https://web.archive.org/web/
#: 20260303151500/https://site.example/a", with "id_", "if_" ... after the timestamp) and its
#: mirrors' (archive.org's "wayback." host, the national web archives that run the same software);
#: archive.today's under each of its hosts ("https://archive.ph/2026.03.03-101244/https://site.example/a",
#: or the timestamp unpunctuated).
#: The top-level domains archive.today runs under ("archive.ph", "archive.is", ...).
ARCHIVE_TODAY_TLDS = ("today", "ph", "is", "li", "vn", "fo", "md")
_ARCHIVED = re.compile(
    r"^https?://(?:(?:web\.|wayback\.)?archive\.org/web/\d{4,14}(?:[a-z]{2}_)?"
    rf"|(?:www\.)?archive\.(?:{'|'.join(ARCHIVE_TODAY_TLDS)})/(?:\d{{4}}\.\d\d\.\d\d-\d{{6}}|\d{{14}}))"
    r"/+(?P<address>(?:https?:/+)?[^/\s]+\..*)$", re.I)
#: The hosts of archive.today, whose saves name themselves by its short links ("https://archive.ph/Xy7Qz").
ARCHIVE_TODAY_HOSTS = frozenset(f"archive.{tld}" for tld in ARCHIVE_TODAY_TLDS)


def original_address(url: str) -> str:
    """The address of the page a web archive saved, for *url* its archive address; else *url*.

    A page saved from the Wayback Machine names itself by its archive address in its canonical
    link and in every rewritten link: the article's address is the one inside it
    ("https://web.archive.org/web/20260303151500/https://site.example/a" -> "https://site.example/a";
    an address written without its scheme gets "http://", as the archive prints it).
    """
    archived = _ARCHIVED.match(url)
    if archived is None:
        return url
    address = re.sub(r"^(https?):/+", r"\1://", archived["address"], flags=re.I)
    return address if is_url(address) else f"http://{address}"


#: The share of control characters (C0, but tab, line feed, form feed and carriage return) above
#: which a stretch of :data:`BINARY_WINDOW` bytes is binary data, not text.
BINARY_CONTROLS = 0.05
#: The bytes judged at a time: a page's sound start does not hide the binary tail after it.
BINARY_WINDOW = 8192
_CONTROL_BYTES = bytes(c for c in range(32) if c not in b"\t\n\r\f")
#: What an input that is binary data says, whatever kind of text it opens as.
NOT_TEXT = "binary file, not text"


def is_binary(data: bytes) -> bool:
    """Whether *data* is binary rather than text of any kind (plain text, HTML, a feed, JSON
    Lines, an e-mail): it holds a NUL byte, or more than :data:`BINARY_CONTROLS` of some stretch of
    :data:`BINARY_WINDOW` bytes (all of it, when shorter) are control characters. Text in UTF-16,
    announced by its byte order mark, is text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\0" in data:
        return True
    if len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return False  # no control at all: the common case, in one pass
    last = max(len(data) - BINARY_WINDOW, 0)
    for start in (*range(0, last, BINARY_WINDOW), last):
        window = data[start : start + BINARY_WINDOW]
        if len(window) - len(window.translate(None, _CONTROL_BYTES)) > BINARY_CONTROLS * len(window):
            return True
    return False


#: The opening bytes of the documents newsprism does not read, and what each is: the kinds a
#: folder's scan passes over by their names (.pdf, .rtf, .ps), told by their content where a file
#: is named or an address serves one. Read as text, their markup would be an article's
#: ("1 0 obj << /Type /Catalog >>" for a title).
FOREIGN_DOCUMENTS = ((b"%PDF-", "a PDF document"), (b"{\\rtf", "an RTF document"), (b"%!PS", "a PostScript document"))
#: What an input of such a kind says after what it is.
NOT_READ = "of no kind newsprism reads"


def foreign_document(data: bytes) -> str | None:
    """What *data* is where it opens as a document newsprism does not read
    (:data:`FOREIGN_DOCUMENTS`: "a PDF document"), after a byte order mark or blank lines; else None."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return next((kind for signature, kind in FOREIGN_DOCUMENTS if head.startswith(signature)), None)


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode the bytes of a text file, or raise :class:`ReadError` if they are not text (:func:`is_binary`)."""
    if not data.strip():
        raise ReadError(f"{name}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if is_binary(data):
        raise ReadError(f"{name}: {NOT_TEXT}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # UTF-8 with a stray bad byte (a copy-paste, a cut multi-byte character) is still UTF-8
        # when it holds more good non-ASCII characters than bad bytes: decoding it as cp1252
        # would garble every accented letter and quotation mark. Otherwise a legacy encoding.
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        good = sum(1 for ch in text if ord(ch) > 127) - bad
        if good < bad:
            text = decode_legacy(data)
    return text


#: Labels that name windows-1252 in practice: the WHATWG Encoding Standard maps ASCII's and
#: Latin-1's labels to it (pages so labelled use its quotation marks and dashes in 0x80-0x9F).
_WINDOWS_1252_LABELS = frozenset(
    {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
     "windows-1252", "cp1252", "x-cp1252"}
)
#: Characters windows-1252 gives for bytes that other single-byte encodings use for letters:
#: "Po¿ar" (Polish "Pożar" in windows-1250), "zosta³o". Between two letters they are a misreading.
_MISREAD_MARKS = frozenset("¡¢£¤¥¦§¨©«¬®¯°±²³´µ¶¸¹»¼½¾¿€‚„†‡ˆ‰‹›˜™÷×")


#: Of those, the ones that stand at a word's edge only as another encoding's letter: "zawali³"
#: (zawalił), "£odzi" (Łodzi), "przeszukuj¹" (przeszukują); not "Apple™", "25°", "«Oui»".
_EDGE_MARKS = frozenset("¹³¿¥£¦§¨¬¯±´µ¶¸¼½¾")


def _garbled(word: str) -> bool:
    """Whether one word of a windows-1252 reading is another encoding's word misread: a mark
    of :data:`_MISREAD_MARKS` between two letters, one of :data:`_EDGE_MARKS` at the edge of a
    word of three letters or more, or three letters or more nearly all beyond ASCII ("Ïîæàð",
    which is Cyrillic; a Latin word has its accented letters among plain ones)."""
    if any(c in _MISREAD_MARKS and word[i - 1].isalpha() and word[i + 1].isalpha() for i, c in enumerate(word[1:-1], 1)):
        return True
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 3 and len(word) >= 4 and (
        word[0] in _EDGE_MARKS and word[1].isalpha() or word[-1] in _EDGE_MARKS and word[-2].isalpha()
    ):
        return True
    return len(letters) >= 3 and sum(ord(c) > 127 for c in letters) >= 0.75 * len(letters)


def _beyond_ascii(text: str) -> list[str]:
    """The words of *text* holding a character beyond ASCII, their punctuation stripped."""
    words = [w.strip(".,;:!?()[]{}<>\"'«»“”‘’") for w in text.split() if any(ord(c) > 127 for c in w)]
    return [w for w in words if w]


def _misread_words(text: str) -> int:
    """How many words of a reading are garbled (:func:`_garbled`)."""
    return sum(map(_garbled, _beyond_ascii(text)))


def _misread(text: str) -> bool:
    """Whether a windows-1252 reading of a page is wrong: more than a third of its words that hold
    a character beyond ASCII are garbled (:func:`_garbled`)."""
    words = _beyond_ascii(text)
    return bool(words) and 3 * sum(map(_garbled, words)) > len(words)


#: Letters windows-1252 and windows-1250 give alike for the same bytes (š ž), which Czech, Slovak,
#: Slovene and Croatian write often and the languages of windows-1252 only in foreign names.
_SHARED_CENTRAL = re.compile(r"[šžŠŽ]")


def _central_read_as_western(text: str) -> bool:
    """Whether a windows-1252 reading holds Central European text: two or more of its words beyond
    ASCII, a tenth of them at least, hold š or ž (:data:`_SHARED_CENTRAL`). Such text's other
    letters read as Western ones, each a word of its own language ("pøístav", "Mìstské" for
    "přístav", "Městské"), so no word looks garbled; a French or German text naming "Šefčovič" once
    holds one such word among many."""
    words = _beyond_ascii(text)
    shared = sum(1 for w in words if _SHARED_CENTRAL.search(w))
    return shared >= 2 and 10 * shared >= len(words)


def decode_legacy(data: bytes) -> str:
    """Bytes that are not UTF-8 and declare no encoding, as text.

    windows-1252, the default the WHATWG Encoding Standard gives unlabelled legacy pages, unless
    its reading is visibly wrong (:func:`_misread`: Cyrillic, Greek, Polish read as Western
    letters; :func:`_central_read_as_western`: Czech's "pøístav") or holds a byte windows-1252
    leaves undefined: then a Central European reading where one fits, else the detector's pick
    (charset_normalizer, trafilatura's), where it has one. A bad byte becomes U+FFFD, never
    an error.
    """
    western = data.decode("cp1252", errors="replace")
    plausible = not _misread(western) and "\ufffd" not in western
    if plausible and not _central_read_as_western(western):
        # Turkish in windows-1254 reads in windows-1252 as Icelandic letters ("kiþi", "sabahý",
        # "ðini" for kişi, sabahı, ğini) beside ç and ü, which Icelandic never writes.
        if _ICELANDIC.search(western) and _NOT_ICELANDIC.search(western):
            return data.decode("cp1254", errors="replace")
        return western
    # Polish, Czech, Hungarian ... in windows-1250 or ISO 8859-2: readings a detector ranks below
    # windows-1252's on short texts ("zawali³ siê" reads as coherently to it). The one of them
    # with the fewest misread words ("Wi¶le" is ISO 8859-2's "Wiśle" read as windows-1250).
    readings = [data.decode(codec, errors="replace") for codec in _CENTRAL_EUROPEAN]
    central = [(_misread_words(r), n, r) for n, r in enumerate(readings) if "\ufffd" not in r and _CENTRAL_LETTERS.search(r)]
    if central and not _misread(min(central)[2]):
        return min(central)[2]
    if plausible:
        return western  # its š and ž were Western text's after all: no Central European reading fits
    # The detector ranks by how chaotic each reading is, then by how coherent its language is; a
    # short Hebrew text in windows-1255 reads with almost as little chaos as Cyrillic in windows-1251
    # but far more coherently. Among the readings about as clean as the cleanest, the most coherent.
    # Hebrew and Arabic text carries right-to-left marks, bytes 0xFD and 0xFE in windows-1255 and
    # windows-1256, which the detector counts as chaos where windows-1251 reads them as letters
    # (ю, э): the readings are ranked without those bytes, and the bytes decoded in the winner's.
    # Only where that ranking's winner is one of those encodings: Greek's ύ and ώ are the same bytes.
    best = _likeliest(data)
    if best is None:
        return western
    if b"\xfd" in data or b"\xfe" in data:
        marked = _likeliest(data.replace(b"\xfd", b"").replace(b"\xfe", b""))
        if marked is not None and marked.encoding in _MARKED_ENCODINGS:
            return data.decode(marked.encoding, errors="replace")
    return str(best)


#: The encodings whose bytes 0xFD and 0xFE are right-to-left marks (LRM, RLM).
_MARKED_ENCODINGS = frozenset({"cp1255", "cp1256"})


def _likeliest(data: bytes) -> Any:
    """charset_normalizer's likeliest reading of *data*: among those about as clean as the cleanest
    (:data:`CHAOS_MARGIN`), the most coherent; None where it finds none."""
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        return None
    cleanest = min(m.chaos for m in results)
    return max((m for m in results if m.chaos <= cleanest + CHAOS_MARGIN), key=lambda m: m.coherence)


#: Letters only Icelandic (and Faroese) write among windows-1252's, where windows-1254 has ğ ı ş.
_ICELANDIC = re.compile(r"[ðýþÐÝÞ]")
#: Letters Turkish writes and Icelandic never does.
_NOT_ICELANDIC = re.compile(r"[çüÇÜ]")
#: The legacy encodings of Central European languages, the most used first.
_CENTRAL_EUROPEAN = ("cp1250", "iso-8859-2")
#: Letters those encodings give that windows-1252 has not: ł ą ę ś ż ź ć ń ő ű č ř ě ů ...
_CENTRAL_LETTERS = re.compile(r"[łŁąĄęĘśŚżŻźŹćĆńŃőŐűŰčČřŘěĚůŮďĎťŤňŇľĽĺĹŕŔăĂşŞţŢ]")
#: How much more chaotic than the cleanest reading (charset_normalizer's mess ratio, 0-1) a reading
#: may be and still win on the coherence of its language.
CHAOS_MARGIN = 0.05


_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I
)


def decode_html(data: bytes) -> str:
    """An HTML page's bytes as text: a byte order mark's encoding, else UTF-8 where the bytes are
    UTF-8, else the encoding the page declares (``<meta charset>``, ``http-equiv``, an XML
    declaration, in its first 4 KiB; ASCII and Latin-1 labels read as windows-1252, as browsers
    do), else :func:`decode_legacy`."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        label = (declared[1] or declared[2]).decode("ascii").lower()
        codec = "cp1252" if label in _WINDOWS_1252_LABELS else label
        try:
            if codecs.lookup(codec).name not in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
                return data.decode(codec, errors="replace")
        except LookupError:
            pass
    return decode_legacy(data)


def html_body(data: bytes) -> Any | None:
    """The ``<body>`` element of an HTML page's bytes, decoded as :func:`decode_html` reads them and
    parsed by lxml.html (its document is ``body.getroottree()``); None where the page does not parse
    or has no body."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(decode_html(data))
    except (ValueError, TypeError, SyntaxError):  # lxml's ParserError is a ValueError
        return None
    return tree.find("body")


def load_manifest(folder: Path) -> dict[str, Source]:
    """The outlets and addresses a folder's manifest gives its files (none without one).

    Raises:
        ReadError: the manifest is broken: where (line and column of a JSON error) or what it lacks.
    """
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))["files"]
        return {
            name: Source(
                outlet=None if e.get("outlet") in (None, "unknown") else sanitize(str(e["outlet"])),
                url=None if e.get("url") in (None, "unknown") else sanitize(str(e["url"])),
            )
            for name, e in entries.items()
        }
    except json.JSONDecodeError as exc:  # where it breaks, as an editor shows it
        raise ReadError(f"{manifest}: not a valid manifest (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except KeyError:
        raise ReadError(f'{manifest}: not a valid manifest (no "files" object)') from None
    except (AttributeError, TypeError):
        raise ReadError(f'{manifest}: not a valid manifest ("files" is no object of file names and what each is)') from None
    except (OSError, ValueError) as exc:
        raise ReadError(f"{manifest}: not a valid manifest ({exc.__class__.__name__})") from None
    except RecursionError:
        raise ReadError(f"{manifest}: not a valid manifest (nested too deeply)") from None



def filed_day(path: Path) -> date | None:
    """The day *path* was last modified (local time), or None where it cannot be told."""
    try:
        return date.fromtimestamp(path.stat().st_mtime)
    except (OSError, OverflowError, ValueError):
        return None


def read_bytes(path: Path) -> bytes:
    """The bytes of *path*, refused above MAX_FILE_BYTES; :class:`ReadError` names what failed.

    Only a regular file is read: a named pipe, a socket or a device is refused before it is
    opened (opening a pipe that nobody writes to waits for ever)."""
    try:
        status = path.stat()
        if not (stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode)):  # a folder says why below
            kind = "a named pipe" if stat.S_ISFIFO(status.st_mode) else "a socket" if stat.S_ISSOCK(status.st_mode) else "a device"
            raise ReadError(f"{path}: not a regular file ({kind}); save what it gives to a file and read that")
        if status.st_size > MAX_FILE_BYTES:
            size = status.st_size
            raise ReadError(f"{path}: too large ({size / 2**20:.1f} MiB; the limit is {MAX_FILE_BYTES // 2**20} MiB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: {not_there(path)}") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: is a directory") from None
    except PermissionError:
        raise ReadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None


def iter_files(paths: Iterable[Path], *, suffixes: frozenset[str] = ALL_SUFFIXES) -> Iterator[Path]:
    """Every file named by *paths*, folders walked recursively in name order (files with one
    of *suffixes*, none inside a hidden folder or hidden itself); missing paths included, and
    a folder that cannot be listed (so that reading it says why: :func:`read_bytes`)."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path, suffixes)[0]
        else:
            yield path


def passed_over(paths: Iterable[Path], *, suffixes: frozenset[str] = ALL_SUFFIXES) -> list[Path]:
    """The files inside the folders among *paths* that :func:`iter_files` passes over for their
    kind (a suffix not among *suffixes*: "notes.dat", "scan.pdf"), in name order; hidden files
    and folders are not counted (they are passed over on purpose), nor a folder's manifest, nor
    files named directly."""
    return [file for path in paths if path.is_dir() for file in _walk(path, suffixes)[1]]


#: What a folder holding no file of a kind newsprism reads says.
EMPTY_FOLDER = "no articles here (no " + ", ".join(sorted(s for s in ALL_SUFFIXES if s)) + " file)"
#: What an input holding no letter at all says: no kind of input without one holds an article.
NO_ARTICLE_TEXT = "no article text found"
#: The openings of the binary inputs newsprism reads (a gzipped web archive, a Word .docx's
#: zip): their bytes are for their readers to judge, not :func:`is_binary`.
_PACKED = (b"\x1f\x8b", b"PK\x03\x04")
#: The files of a folder named by :func:`refusal` when none of them can be read; the rest are counted.
REFUSED_NAMED = 3


def _refused_bytes(data: bytes) -> str | None:
    """Why *data* cannot hold an article, whatever kind it is read as, or None where only its
    reader can tell: empty, a document of a kind newsprism does not read, binary, UTF-16 that
    is not valid, or text without a single letter. In the order and words of reading itself."""
    if not data.strip():
        return "empty file"
    if data.startswith(_PACKED):
        return None
    if (foreign := foreign_document(data)) is not None:
        return f"{foreign}, {NOT_READ}"
    if is_binary(data):
        return NOT_TEXT
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return f"not valid UTF-16 text ({exc.reason})"
        return None if any(c.isalpha() for c in text) else NO_ARTICLE_TEXT
    # a letter is an ASCII one or lies in bytes beyond ASCII (a letter in some encoding, maybe)
    return None if re.search(rb"[A-Za-z\x80-\xff]", data) else NO_ARTICLE_TEXT


def refusal(path: Path) -> str | None:
    """Why *path* cannot give a single article, told from its bytes alone, as one line
    ("notes.bin: binary file, not text"), or None where reading it may give one.

    A file is refused when it is not there or cannot be read (:func:`read_bytes`), or its bytes
    cannot hold an article (empty, binary, a PDF, text without a letter); a folder when it holds
    no file of a kind newsprism reads, or every such file is refused (its first
    :data:`REFUSED_NAMED` named, the rest counted). What is refused here, reading refuses in the
    same words; what passes may still hold no article (a page of menus), which only reading tells.
    Cheap: it imports none of the readers, and stops at a folder's first file that may be read.
    """
    if not path.is_dir():
        try:
            why = _refused_bytes(read_bytes(path))
        except ReadError as exc:
            return str(exc)
        return None if why is None else f"{path}: {why}"
    files = list(iter_files([path]))
    if not files:
        return f"{path}: {EMPTY_FOLDER}"
    lines: list[str] = []
    for file in files:
        if (line := refusal(file)) is None:
            return None
        lines.append(line)
    if len(lines) == 1:
        return lines[0]
    named = "; ".join(lines[:REFUSED_NAMED]) + (f"; and {len(lines) - REFUSED_NAMED} more" if len(lines) > REFUSED_NAMED else "")
    return f"{path}: none of its {len(lines)} files can be read ({named})"


def _walk(path: Path, suffixes: frozenset[str]) -> tuple[list[Path], list[Path]]:
    """The files under the folder *path* with one of *suffixes* (and the folders that cannot be
    listed, and what is no regular file: a named pipe, a socket, a link to nothing), and those of
    another kind; each sorted (see :func:`iter_files`)."""
    found: list[Path] = []
    other: list[Path] = []

    def unlisted(error: OSError) -> None:
        if error.filename is not None:
            found.append(Path(error.filename))

    seen: set[str] = set()  # folders reached, by real path: a link to a folder is followed once
    for folder, folders, files in os.walk(path, onerror=unlisted, followlinks=True):
        seen.add(os.path.realpath(folder))
        folders[:] = [f for f in folders if not f.startswith(".") and os.path.realpath(os.path.join(folder, f)) not in seen]
        for name in files:
            if name.startswith(".") or name == MANIFEST_NAME:  # the folder's sidecar (load_manifest) is read apart
                continue
            if kind_suffix(name) in suffixes or not Path(folder, name).is_file():
                found.append(Path(folder, name))  # a named pipe or a broken link too: reading it says why (read_bytes)
            else:
                other.append(Path(folder, name))
    return sorted(found), sorted(other)


def fetch_url(url: str) -> Fetched:
    """Fetch *url* with httpx: time-out, redirects followed, size capped; :class:`ReadError` on failure."""
    import httpx

    try:
        with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True, headers={"User-Agent": "newsprism"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise ReadError(f"{url}: HTTP {response.status_code}")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_FETCH_BYTES:
                        raise ReadError(f"{url}: larger than {MAX_FETCH_BYTES // 2**20} MB; not fetched")
                    chunks.append(chunk)
                return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type", ""),
                               _last_modified(response.headers.get("last-modified")))
    except httpx.InvalidURL:
        raise ReadError(f"{url}: not a valid address") from None
    except httpx.TimeoutException:
        raise ReadError(f"{url}: timed out") from None
    except httpx.HTTPError as exc:
        reason = str(exc).split("\n")[0] or type(exc).__name__
        raise ReadError(f"{url}: cannot fetch ({reason})") from None
