"""Atom entries (core/reading/feed.py read_feed): the page among several alternate links is the one
in the entry's language, and an entry sent twice with one id is one article, its latest version."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_file

LINKS = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<title>Kilbeger Bote</title><id>tag:bote.example,2026:feed</id><updated>2026-04-11T10:00:00Z</updated>
<entry>
<title>Die Fähre fährt wieder</title><id>tag:bote.example,2026:1</id>
<link rel="self" type="application/atom+xml" href="https://bote.example/api/1.xml"/>
<link rel="alternate" type="application/pdf" href="https://bote.example/druck/1.pdf"/>
<link rel="alternate" type="text/html" hreflang="de-AT" href="https://bote.example/nachrichten/faehre"/>
<link rel="alternate" type="text/html" hreflang="en" href="https://bote.example/en/ferry"/>
<published>2026-04-11T09:00:00Z</published>
<content type="html">&lt;p&gt;Die Fähre nach Kilbeg fährt seit Samstag wieder, teilte die Gemeinde mit.&lt;/p&gt;</content>
</entry>
</feed>
""".encode()

VERSIONS = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Kilbeg Post</title><id>tag:post.example,2026:feed</id><updated>2026-04-11T15:00:00Z</updated>
<entry>
<title>Storm: four hurt</title><id>tag:post.example,2026:77</id>
<link href="https://post.example/storm"/><updated>2026-04-11T08:00:00Z</updated>
<content type="html">&lt;p&gt;Four people were hurt in the storm, the fire service said.&lt;/p&gt;</content>
</entry>
<entry>
<title>Storm: eleven hurt</title><id>tag:post.example,2026:77</id>
<link href="https://post.example/storm"/><updated>2026-04-11T14:00:00Z</updated>
<content type="html">&lt;p&gt;Eleven people were hurt in the storm, the fire service said by the afternoon.&lt;/p&gt;</content>
</entry>
<entry>
<title>Harbour fees rise</title><id>tag:post.example,2026:78</id>
<link href="https://post.example/fees"/><updated>2026-04-11T09:00:00Z</updated>
<content type="html">&lt;p&gt;Harbour fees will rise by a fifth from May, the port board said.&lt;/p&gt;</content>
</entry>
</feed>
""".encode()


def test_the_alternate_page_in_the_entrys_language(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(LINKS)
    [article] = read_file(path)
    assert article.url == "https://bote.example/nachrichten/faehre"


def test_an_entry_sent_twice_is_its_latest_version_once(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(VERSIONS)
    articles = read_file(path)
    assert [a.title for a in articles] == ["Storm: eleven hurt", "Harbour fees rise"]
    assert "Four people" not in " ".join(articles[0].paragraphs)
    # the same order the other way round: still the latest
    path.write_bytes(VERSIONS.replace(b"08:00:00Z", b"XX").replace(b"14:00:00Z", b"08:00:00Z").replace(b"XX", b"14:00:00Z"))
    assert read_file(path)[0].title == "Storm: four hurt"


def test_entries_sharing_one_constant_id_are_all_kept(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(VERSIONS.replace(b"tag:post.example,2026:78", b"tag:post.example,2026:77"))
    assert len(read_file(path)) == 2
