"""A real HTTP server on loopback for the refresh tests and bench: feeds, pages and misbehaviour.

It listens on 127.0.0.1 only, on a port the system picks, in threads of its own. Each path
answers with a handler; every request is logged (path and headers) so tests can check what
was asked, and how many requests were under way at once.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Hit:
    """One request the server received."""

    path: str
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    """The stdlib's server, silent when a client hangs up before or while it answers (a
    refresh that timed out or was cancelled): it would print the traceback to the stderr a
    test reads. Any other fault of a handler is printed as before."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


@dataclass
class FeedServer:
    """Routes path -> handler; :meth:`url` gives the address of a path."""

    routes: dict[str, Handler] = field(default_factory=dict)
    log: list[Hit] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    def start(self) -> FeedServer:
        owner = self

        class Handle(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                path = self.path.split("?")[0]
                with owner._lock:
                    owner.log.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}))
                    owner.in_flight += 1
                    owner.most_in_flight = max(owner.most_in_flight, owner.in_flight)
                try:
                    handler = owner.routes.get(path)
                    if handler is None:
                        send(self, 404, b"not here", "text/plain")
                    else:
                        handler(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with owner._lock:
                        owner.in_flight -= 1

        self._server = _QuietServer(("127.0.0.1", 0), Handle)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def url(self, path: str) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def hits(self, path: str) -> list[Hit]:
        """The requests for *path*."""
        return [h for h in self.log if h.path.split("?")[0] == path]


def send(request: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
    """Answer with *status* and *body*."""
    request.send_response(status)
    request.send_header("Content-Type", ctype)
    request.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.end_headers()
    if request.command != "HEAD":
        request.wfile.write(body)


def static(
    body: bytes | Callable[[], bytes], ctype: str = "application/rss+xml", *, validators: bool = True, compress: bool = False,
    last_modified: bool = False,
) -> Handler:
    """A handler serving *body* (or what the callable gives now), with an ETag (or a
    Last-Modified) honoured as a real server does: a matching If-None-Match gets a 304."""

    def handle(request: BaseHTTPRequestHandler) -> None:
        data = body() if callable(body) else body
        tag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        stamp = formatdate(1_700_000_000 + int(hashlib.sha1(data).hexdigest()[:6], 16), usegmt=True)
        headers = {}
        if validators and not last_modified:
            headers["ETag"] = tag
            if request.headers.get("If-None-Match") == tag:
                send(request, 304, b"", ctype, headers)
                return
        if validators and last_modified:
            headers["Last-Modified"] = stamp
            if request.headers.get("If-Modified-Since") == stamp:
                send(request, 304, b"", ctype, headers)
                return
        if compress and "gzip" in (request.headers.get("Accept-Encoding") or ""):
            data = gzip.compress(data)
            headers["Content-Encoding"] = "gzip"
        send(request, 200, data, ctype, headers)

    return handle


def slow(seconds: float, then: Handler) -> Handler:
    """Wait *seconds* before answering with *then*."""

    def handle(request: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        then(request)

    return handle


def endless(request: BaseHTTPRequestHandler) -> None:
    """A body that never ends: 64 KB chunks, without a length, until the client hangs up."""
    request.send_response(200)
    request.send_header("Content-Type", "application/rss+xml")
    request.send_header("Connection", "close")
    request.end_headers()
    chunk = b"<rss><channel>" + b"<!-- padding -->" * 4096
    while True:
        request.wfile.write(chunk)


# --- content: invented outlets and events ---------------------------------------------------

PLACES = ("Norrvik", "Calder Bay", "Ostrana", "Pellham", "Vireo Falls", "Maranoa", "Tessel", "Quillon")
THINGS = ("ferry line", "water plant", "rail bridge", "school district", "wind farm", "fishing quota", "harbour wall", "clinic")


def body_of(n: int, *, words: int = 60, edit: str = "") -> list[str]:
    """Four paragraphs of an invented report, number *n* (distinct events for distinct n);
    *edit* is appended to the second paragraph (a correction, an update)."""
    place, thing = PLACES[n % len(PLACES)], THINGS[(n // len(PLACES)) % len(THINGS)]
    figure = 100 + n * 7
    filler = (
        f"Residents of {place} gathered at the town hall on Tuesday evening to hear the plan for the {thing}, "
        f"which officials said would cost {figure} million marks over six years. "
    )
    paragraphs = [
        f"The council of {place} voted on Monday to approve the {thing} project number {n}, ending a dispute "
        f"that had lasted {n % 9 + 2} years and divided the {figure} families of the district.",
        f"Mayor Ilse Varden{n} told reporters that the {thing} would open in spring and that the cost of "
        f"{figure} million marks would be shared with the province.{edit}",
        filler * max(1, words // 40),
        f"Opponents of the {thing} in {place} said they would take the decision to the provincial court, "
        f"arguing that the vote of case {n} ignored the survey of the shoreline.",
    ]
    return paragraphs


def rss20(title: str, entries: list[dict[str, str]], *, encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed; each entry: title, link, guid, body (HTML), maybe summary, pubDate."""
    items = []
    for e in entries:
        parts = [f"<title>{escape(e['title'])}</title>", f"<link>{escape(e['link'])}</link>",
                 f"<guid>{escape(e.get('guid', e['link']))}</guid>"]
        if e.get("pubDate"):
            parts.append(f"<pubDate>{e['pubDate']}</pubDate>")
        if e.get("body"):
            parts.append(f"<content:encoded><![CDATA[{e['body']}]]></content:encoded>")
        if e.get("summary"):
            parts.append(f"<description>{escape(e['summary'])}</description>")
        items.append("<item>" + "".join(parts) + "</item>")
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>news</description>"
        + "".join(items) + "</channel></rss>"
    )
    return text.encode(encoding if encoding.lower() != "utf-8" else "utf-8", "xmlcharrefreplace")


def rss10(title: str, entries: list[dict[str, str]]) -> bytes:
    """An RSS 1.0 (RDF) feed with content:encoded bodies."""
    items = "".join(
        f'<item rdf:about="{escape(e["link"])}"><title>{escape(e["title"])}</title><link>{escape(e["link"])}</link>'
        f"<dc:date>2026-11-30T08:00:00Z</dc:date><content:encoded><![CDATA[{e['body']}]]></content:encoded></item>"
        for e in entries
    )
    seq = "".join(f'<rdf:li rdf:resource="{escape(e["link"])}"/>' for e in entries)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f'<channel rdf:about="http://127.0.0.1/"><title>{escape(title)}</title><link>http://127.0.0.1/</link>'
        f"<description>news</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>{items}</rdf:RDF>"
    ).encode()


def atom(title: str, entries: list[dict[str, str]]) -> bytes:
    """An Atom 1.0 feed with HTML content."""
    items = "".join(
        f'<entry><title>{escape(e["title"])}</title><link href="{escape(e["link"])}"/><id>{escape(e.get("guid", e["link"]))}</id>'
        f'<updated>{e.get("updated", "2026-11-30T08:00:00Z")}</updated><content type="html">{escape(e["body"])}</content></entry>'
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id><updated>2026-11-30T08:00:00Z</updated>{items}</feed>"
    ).encode()


def html_body(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def entries_for(server: FeedServer, outlet: str, numbers: range | list[int], *, edit: str = "") -> list[dict[str, str]]:
    """Full-text entries of *outlet* reporting events *numbers*, linked to pages on *server*."""
    slug = outlet.lower().replace(" ", "-")
    return [
        {"title": f"{outlet}: council vote {n}", "link": server.url(f"/{slug}/story-{n}.html"),
         "body": html_body(body_of(n, edit=edit)), "pubDate": "Mon, 30 Nov 2026 08:00:00 GMT"}
        for n in numbers
    ]


def entries_of_files(server: FeedServer, files: list[Path]) -> list[dict[str, str]]:
    """An entry for each text file of *files* (its first block the title, the rest paragraphs;
    a Markdown "# " taken off), linked to /0, /1, ... on *server*."""
    entries = []
    for n, file in enumerate(files):
        title, *paragraphs = [p.strip().lstrip("# ") for p in file.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        entries.append({"title": title, "link": server.url(f"/{n}"), "pubDate": "Sat, 28 Nov 2026 12:00:00 GMT",
                        "body": html_body(paragraphs)})
    return entries


def page(title: str, paragraphs: list[str], *, outlet: str = "The Tessel Courier") -> bytes:
    """A news page as an outlet's site serves it."""
    return (
        f"<!doctype html><html><head><title>{escape(title)}</title>"
        f'<meta property="og:site_name" content="{escape(outlet)}"></head><body><nav>Home | World | Sport</nav>'
        f"<article><h1>{escape(title)}</h1>{html_body(paragraphs)}</article><footer>Contact us</footer></body></html>"
    ).encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A feed server on loopback, for one test (import this fixture into the test module)."""
    running = FeedServer().start()
    yield running
    running.stop()
