"""Small archive inputs the archive tests write: invented events, outlets and people."""

from __future__ import annotations

import io
import json
from pathlib import Path

PEOPLE = [
    ("Marta Velnik", "Oskar Drumlow"), ("Ines Tarraso", "Bodo Kwembe"), ("Lidia Ferranz", "Tomas Ukkeli"),
    ("Ravi Somhal", "Greta Lindqvar"), ("Noor Haddaji", "Piet Zwanebos"), ("Celia Montebra", "Yuri Kalashev"),
]
PLACES = ["Porto Brava", "Kestrel Bay", "Valdoria", "Nimmerfeld", "Sarnath Hill", "Lake Orvo"]
TOPICS = ["a river treaty", "the rail corridor", "fishing quotas", "a grain accord", "the power line", "a dam project"]
OUTLETS = ["The Harbour Post", "Valley Courier", "Northern Ledger", "Island Tribune"]


def event(n: int) -> list[str]:
    """The wire paragraphs of invented event *n*."""
    a, b = PEOPLE[n]
    place, topic = PLACES[n], TOPICS[n]
    return [
        f"{a} met {b} in {place} on Tuesday for talks on {topic} that lasted {n + 3} hours, officials said.",
        f"The delegations agreed that {n * 7 + 12} experts would draft a text on {topic} before the next round.",
        f"\"We have come a long way on {topic} today,\" {a} told reporters outside the hall in {place}.",
        f"{b} said a second meeting in {place} would take place within {n + 10} days if the experts agreed.",
    ]


def records(events: int = 6) -> list[dict[str, object]]:
    """JSON Lines records: each event reported by three outlets, copying and rewording the wire."""
    out = []
    for n in range(events):
        wire = event(n)
        a, b = PEOPLE[n]
        for k, outlet in enumerate(OUTLETS[:3]):
            body = [p for i, p in enumerate(wire) if (i + k) % 4 != 3]
            body.append(f"{outlet} spoke to residents of {PLACES[n]}, who said they hoped for progress on {TOPICS[n]}.")
            out.append({
                "outlet": outlet, "title": f"{a} and {b} hold talks on {TOPICS[n]} in {PLACES[n]}",
                "published": f"2026-0{1 + n % 3}-{10 + 2 * n + k % 2:02d}", "url": f"https://news.example/{n}/{k}",
                "text": "\n\n".join(body),
            })
    return out


def write_jsonl(path: Path, rows: list[dict[str, object]], *, bad_lines: bool = False) -> Path:
    """*rows* as JSON Lines; with *bad_lines*, a broken line and a record without text among them."""
    lines = [json.dumps(r) for r in rows]
    if bad_lines:
        lines.insert(2, "{not json")
        lines.insert(5, json.dumps({"title": "no body here"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def page(record: dict[str, object]) -> bytes:
    """An article page for *record*, as a site would serve it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in str(record["text"]).split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{record['title']}</title>"
        f"<meta property=\"og:site_name\" content=\"{record['outlet']}\">"
        f"<meta property=\"article:published_time\" content=\"{record['published']}\"></head>"
        f"<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>{record['title']}</h1>"
        f"{paragraphs}</article><footer>Copyright</footer></body></html>"
    ).encode()


def write_warc(path: Path, rows: list[dict[str, object]], *, junk: bool = True) -> Path:
    """*rows* as HTML responses in a gzipped WARC file (with warcio); with *junk*, an image and a
    page with no article among them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def add(url: str, body: bytes, ctype: str) -> None:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        for n, row in enumerate(rows):
            add(str(row["url"]), page(row), "text/html; charset=utf-8")
            if junk and n == 1:
                add("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
                add("https://news.example/empty", b"<html><body><nav>Home</nav></body></html>", "text/html")
    return path
