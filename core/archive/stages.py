"""The one place where an archive build calls newsprism's stages: reading, stories, linking.

The archive never reads, groups or links by itself: each function here hands its input to the
stage the library and the reader use, so an archive and a library built from the same articles
hold the same articles, stories and links. When a stage moves or changes its entry point, this
module is the one to edit.

* reading: :func:`core.reading.html.parse_page` for a WARC response or a Parquet ``html``
  cell, :func:`core.reading.jsonl.parse_jsonl` for a JSON Lines record or a Parquet row;
* stories and linking: the library's own (:meth:`core.library.store.Library.add` over a scratch
  library that lives as long as one call, articles added in :func:`canonical` order, then
  :meth:`core.library.store.Library.relink`), which groups each article into its story and links
  each story with :func:`core.linking.align.link`.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.model import Article
from core.stories.cluster import CANDIDATE_MAX, SAME_EVENT, SHARED_KEYS, WINDOW_DAYS, Profile, day_number, evidence, profile
from core.linking.story import Story

__all__ = ["Read", "CANDIDATE_MAX", "SHARED_KEYS", "WINDOW_DAYS", "read_html", "read_record", "keys", "same_event", "day", "canonical", "stories"]

#: What reading one record gives: articles, or one line saying why there are none.
Read = tuple[list[Article], str | None]


def read_html(data: bytes, *, source: str, url: str | None) -> Read:
    """One web page (a WARC response's payload) through the reading path's HTML reader: its
    report, or one per item of a newsletter (:func:`core.reading.html.parse_page`)."""
    from core.errors import ReadError
    from core.reading.html import parse_page

    try:
        return parse_page(data, source=source, url=url), None
    except ReadError as exc:
        return [], str(exc).removeprefix(f"{source}: ")


def read_record(record: Mapping[str, Any], *, source: str) -> Read:
    """One record (a JSON Lines line already parsed, or a Parquet row) as the reading path reads a
    JSON Lines record; a record with an ``html`` field and no text is read as a web page."""
    from core.reading import Item
    from core.reading.jsonl import parse_jsonl

    if record.get("html") and not any(record.get(k) for k in ("text", "body", "content")):
        html = record["html"]
        return read_html(html.encode("utf-8") if isinstance(html, str) else bytes(html), source=source,
                         url=str(record.get("url") or "") or None)
    line = json.dumps(dict(record), ensure_ascii=False, default=str)
    articles, problem = [], None
    for result in parse_jsonl(line, source=source):
        if isinstance(result, Item):
            # parse_jsonl numbers the lines of what it is given (one line here): the record's own
            # place in its file is *source*.
            articles.append(dataclasses.replace(result.article, path=source))
        else:
            problem = result.message
    return articles, problem


def keys(article: Article) -> tuple[list[str], bool, list[str]]:
    """What blocking needs of an article, from the stories stage's profile of it: the keys it
    looks candidates up by (:meth:`core.stories.cluster.Profile.keys`: names, runs of names, figures),
    sorted; whether it is a short report (one shared key then makes a candidate pair:
    :meth:`core.stories.cluster.Profile.short`); and every feature (:meth:`core.stories.cluster.Profile.features`),
    to weigh a candidate pair as the stage does."""
    found = profile(article)
    return sorted(found.keys()), found.short(), found.features()


def same_event(features_a: list[str], day_a: int | None, features_b: list[str], day_b: int | None) -> bool:
    """Whether the stories stage's evidence for two articles (given as :func:`keys` gave their
    features, and their days) reaches :data:`core.stories.cluster.SAME_EVENT`: only such pairs can put
    two articles in one story (its grouping never joins across the components they form)."""
    return evidence(Profile.of(features_a, day_a), Profile.of(features_b, day_b)).score >= SAME_EVENT


def day(article: Article) -> int | None:
    """The article's publication day as the stories stage counts days (None when undated)."""
    return day_number(article.published)


def canonical(article: Article) -> tuple[bool, str, str]:
    """The order in which articles are grouped and linked: dated before undated, by date, by id.

    The stories stage is given articles in this order whatever the order of the inputs and the
    number of workers, so a build is deterministic."""
    return (article.published is None, article.published or "", article.id)


def stories(articles: Sequence[Article]) -> tuple[list[Story], list[tuple[str, str]], int]:
    """Group *articles* into stories and link each story's paragraphs, as the library does; the
    stories ordered by their first article in :func:`canonical` order.

    Today this is the library itself, over a scratch SQLite file that lives as long as the call:
    :meth:`core.library.store.Library.add_batch` in canonical order stores the articles, groups
    them all in one run and links each story once over all its articles (as the ``add`` command
    leaves a library), and :meth:`core.library.store.Library.story` reads each story back, so
    the archive holds exactly the stories and links a library given the same articles holds.
    Articles the library takes for one already added (the same address, or the same body from
    the same outlet) are left out, as the library leaves them out, and counted (the third
    item); an article the library refuses is left out too, as (its path, why) in the second list.

    Reports its progress as ("part", done, 2 × the articles) through :func:`core.progress.report`
    (to the :func:`core.progress.reporting` block it runs in): each article counts once as it is
    stored and once as its story is linked (in proportion to the paragraphs linked)."""
    from core.library.store import Library
    from core.progress import report

    size = len(articles)
    whole = 2 * size

    def progress(step: str, done: int, total: int) -> None:
        if not total:
            return
        # Never the end before the end: the caller ends the step.
        share = size * done // total
        report("part", min(whole - 1, share if step == "adding" else size + share), whole)

    with tempfile.TemporaryDirectory(prefix="newsprism-stories-") as folder:
        with Library(Path(folder) / "stories.sqlite") as library:
            batch = library.add_batch(sorted(articles, key=canonical), progress=progress if size else None)
            # Read back every story the library holds at the end: a later article may have
            # joined two earlier stories into one, so a story number an add gave may be gone.
            found = [library.story(info.id) for info in library.stories()]
    return sorted(found, key=lambda story: canonical(story.articles[0])), batch.refused, len(batch.held)
