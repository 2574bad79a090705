"""A later copy of an article held whose only change is its metadata (a later update time, a
corrected byline) gives the article held that metadata, and `add` says so in one line (trial 50
F12: a live page re-added with its update time restored, after a version whose head had lost it,
was "present ... (already in the library)" and kept ``updated: null``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.library.changes import revise, versions
from core.library.store import Library
from core.model import Article, article_id

BODY = ("Police said 52 people had been arrested after the march through the port on Friday.",
        "The Harbour Workers' Front said 15,000 people had taken part; police put the crowd at 2,000.")
EDITED = (*BODY, "Police now say 55 people were arrested; organisers insist turnout was 15,000.")


def _copy(body: tuple[str, ...], **meta: str | None) -> Article:
    article = Article(article_id("Port Ledger", "Port march ends in arrests", body), "ledger/march.html", "Port Ledger",
                      "Port march ends in arrests", body, published="2026-12-05T08:00:00+02:00")
    return replace(article, **meta)  # type: ignore[arg-type]


def _held(library: Library, article_id_: str) -> Article:
    [held] = [a for s in library.stories() for a in library.story(s.id).articles if a.id == article_id_]
    return held


def test_a_version_whose_head_lost_its_update_time_takes_it_from_the_page_added_again(tmp_path: Path) -> None:
    first = _copy(BODY, updated="2026-12-05T16:20:00+02:00", byline="By Jonas Brell")
    broken = _copy(EDITED, byline="By Jonas Brell")  # the edited page, its head broken: no update time
    fixed = _copy(EDITED, updated="2026-12-05T18:45:00+02:00", byline="By Jonas Brell")
    with Library(tmp_path / "lib.sqlite") as library:
        library.add(first, source=first.path)
    with Library(tmp_path / "lib.sqlite") as library:  # (a file's edit is a version when added another time)
        again = library.add(broken, source=broken.path)
        assert again.changed and again.existing == first.id
        assert revise(library, first.id, broken, source=broken.path) is not None
        assert _held(library, first.id).updated is None
    with Library(tmp_path / "lib.sqlite") as library:
        outcome = library.add(fixed, source=fixed.path)
        assert not outcome.new and not outcome.changed
        assert outcome.refreshed == (("updated", "2026-12-05T18:45:00+02:00"),)
        assert _held(library, first.id).updated == "2026-12-05T18:45:00+02:00"
        assert versions(library, first.id)[-1].updated == "2026-12-05T18:45:00+02:00"  # what `v` shows
        # the same page once more: nothing to take
        assert library.add(fixed, source=fixed.path).refreshed == ()


def test_a_corrected_byline_of_the_same_page_is_taken_an_older_copys_is_not(tmp_path: Path) -> None:
    held = _copy(BODY, updated="2026-12-05T16:20:00+02:00", byline="By Jonas Brel")
    with Library(tmp_path / "lib.sqlite") as library:
        library.add(held, source=held.path)
        corrected = library.add(replace(held, byline="By Jonas Brell and Ida Fenn"), source=held.path)
        assert corrected.refreshed == (("byline", "By Jonas Brell and Ida Fenn"),)
        assert _held(library, held.id).byline == "By Jonas Brell and Ida Fenn"
        older = replace(held, updated="2026-12-05T11:30:00+02:00", byline="By J. Brell")  # an older save of the page
        assert library.add(older, source=held.path).refreshed == ()
        assert _held(library, held.id).byline == "By Jonas Brell and Ida Fenn"
        assert _held(library, held.id).updated == "2026-12-05T16:20:00+02:00"


def test_add_says_what_the_article_held_took(tmp_path: Path, capsys: object) -> None:
    from tui.cli import main

    page = ('<html><head><title>Port march ends in arrests</title><meta property="og:site_name" content="Port Ledger">'
            '<meta property="article:published_time" content="2026-12-05T08:00:00+02:00">{meta}</head><body><article>'
            '<h1>Port march ends in arrests</h1>' + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    path = tmp_path / "march.html"
    library = str(tmp_path / "lib.sqlite")
    path.write_text(page.format(meta=""), encoding="utf-8")
    assert main(["add", str(path), "--library", library]) == 0
    path.write_text(page.format(meta='<meta property="article:modified_time" content="2026-12-05T18:45:00+02:00">'),
                    encoding="utf-8")
    assert main(["add", str(path), "--library", library]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    [line] = [line for line in out.splitlines() if line.startswith("updated ")]
    assert "Port march ends in arrests (the same text; now updated 2026-12-05 16:45 UTC)" in line
