"""Reading an archive without loading it: its stories, one story with its links, a search.

Every read goes through pyarrow datasets with filters, so only the row groups that hold what is
asked are read: a story is two row groups of one part, the story list a scan of the small
``stories`` table kept to the best *limit* rows, a search a scan of the articles' words in
batches (publication dates first prune the row groups that cannot match).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from core.archive.build import MANIFEST
from core.archive.tables import FORMAT_VERSION, articles_from, links_from
from core.library.store import StoryInfo
from core.text import search_fold
from core.model import Link
from core.linking.story import Story

__all__ = ["Archive", "ArchiveError", "archive_fold", "parse_query", "search_words"]

BATCH = 2048


class ArchiveError(Exception):
    """An archive that cannot be opened or read: one line naming it."""


class Archive:
    """An archive folder written by `newsprism archive build`, open for reading."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            manifest = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ArchiveError(f"{self.path}: not an archive (no {MANIFEST}); `newsprism archive build` makes one") from None
        except NotADirectoryError:
            raise ArchiveError(f"{self.path}: not an archive (a file, not a folder); `newsprism archive build` makes one") from None
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"{self.path}: cannot read {MANIFEST} ({exc})") from None
        if not isinstance(manifest, dict) or manifest.get("format") != "newsprism-archive":
            raise ArchiveError(f"{self.path}: {MANIFEST} is not a newsprism archive's manifest")
        if int(manifest.get("version", 0)) > FORMAT_VERSION:
            raise ArchiveError(f"{self.path}: made by a newer newsprism (format {manifest['version']})")
        if not (self.path / "stories").is_dir():
            raise ArchiveError(f"{self.path}: the archive holds no stories yet (was its build interrupted?)")
        #: The build's manifest: counts, inputs, whether the build completed.
        self.manifest: dict[str, Any] = manifest

    def _dataset(self, table: str) -> Any:
        import pyarrow.dataset as ds

        return ds.dataset(self.path / table, format="parquet")

    @staticmethod
    def _info(row: dict[str, Any]) -> StoryInfo:
        return StoryInfo(
            id=int(row["story"]), title=row["title"], outlets=tuple(row["outlets"]), first=row["first"],
            last=row["last"], articles=int(row["articles"]), paragraphs=int(row["paragraphs"]), read=0,
        )

    def stories(
        self, words: Sequence[str] = (), *, since: str | None = None, until: str | None = None, limit: int = 200
    ) -> list[StoryInfo]:
        """Up to *limit* stories, the latest news first (as the library lists them): those with an
        article published between *since* and *until* (ISO dates, inclusive) that holds every
        one of *words* (ignoring accents and case) in its title or body."""
        import pyarrow.dataset as ds

        wanted: set[int] | None = None
        if words:
            wanted = self._matching(words, since=since, until=until)
            if not wanted:
                return []
        condition = None
        if since:
            condition = ds.field("last") >= since
        if until:
            term = ds.field("first") <= (until if until.endswith("\uffff") else until + "\uffff")
            condition = term if condition is None else condition & term
        if wanted is not None:
            term = ds.field("story").isin(sorted(wanted))
            condition = term if condition is None else condition & term
        best: list[tuple[str, int, dict[str, Any]]] = []
        for batch in self._dataset("stories").to_batches(filter=condition, batch_size=BATCH):
            for row in batch.to_pylist():
                key = (row["last"] or "", int(row["story"]), row)
                if len(best) < limit:
                    heapq.heappush(best, key)
                elif key[:2] > best[0][:2]:
                    heapq.heapreplace(best, key)
        return [self._info(row) for _, _, row in sorted(best, key=lambda k: (k[0], k[1]), reverse=True)]

    def _matching(self, words: Sequence[str], *, since: str | None, until: str | None) -> set[int]:
        """The stories with an article in the date range holding every word, ignoring accents and
        case as the library's search does (:func:`core.text.search_fold`: "kovac" finds "Kovač"),
        by a scan in batches. An article whose fold is its lower case is compared in Arrow, any
        other folded in Python (:func:`archive_fold`)."""
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        condition = None
        if since:
            condition = ds.field("published") >= since
        if until:
            term = ds.field("published") <= until + ("" if until.endswith("\uffff") else "\uffff")
            condition = term if condition is None else condition & term
        folded = search_words(words)
        found: set[int] = set()
        if not folded:
            return found
        scanner = self._dataset("articles").to_batches(
            columns=["story", "title", "paragraphs"], filter=condition, batch_size=BATCH
        )
        for batch in scanner:
            text = pc.binary_join_element_wise(batch.column("title"), pc.binary_join(batch.column("paragraphs"), "\n"), "\n")
            further, lowered = _fold_in_arrow(text)
            mask = pc.invert(further)
            for word in folded:
                mask = pc.and_(mask, pc.match_substring(lowered, word))
            found.update(batch.column("story").filter(mask).to_pylist())
            others = pc.indices_nonzero(further)
            if len(others):
                stories = batch.column("story").take(others).to_pylist()
                for story, row in zip(stories, text.take(others).to_pylist()):
                    bare = search_fold(row or "")
                    if all(word in bare for word in folded):
                        found.add(story)
        return found

    def info(self, story: int) -> StoryInfo:
        """The story *story*'s summary; :class:`ArchiveError` when there is none."""
        import pyarrow.dataset as ds

        rows = self._dataset("stories").to_table(filter=ds.field("story") == story).to_pylist()
        if not rows:
            raise ArchiveError(f"no story {story} in the archive {self.path}")
        return self._info(rows[0])

    def story(self, story: int) -> Story:
        """The story *story* with its articles and links, read from its part's row groups."""
        import pyarrow.dataset as ds
        import pyarrow.parquet as pq

        rows = self._dataset("stories").to_table(columns=["part"], filter=ds.field("story") == story).to_pylist()
        if not rows:
            raise ArchiveError(f"no story {story} in the archive {self.path}")
        name = f"part-{int(rows[0]['part']):05d}.parquet"
        try:
            articles = articles_from(pq.read_table(self.path / "articles" / name, filters=[("story", "=", story)]))
            links: list[Link] = links_from(pq.read_table(self.path / "links" / name, filters=[("story", "=", story)]))
        except OSError as exc:
            raise ArchiveError(f"{self.path}: cannot read story {story} ({exc})") from None
        return Story(tuple(articles), tuple(links))


@cache
def _folds_further() -> str:
    """An RE2 character class of the characters whose :func:`core.text.search_fold` is not their
    lower case as Arrow gives it (``utf8_lower``, one character at a time): those with a
    decomposition (accented letters, ligatures, compatibility forms), combining marks (dropped,
    or composed with the letter before), those whose case fold differs (ß, ς, µ, and the letters
    Arrow's Unicode tables and Python's case differently), and the conjoining jamo (composed into
    syllables). Built once per process, in under a second."""
    import unicodedata

    import pyarrow as pa
    import pyarrow.compute as pc

    # Not looked at: surrogates, and the blocks of CJK ideographs, private use and unassigned planes,
    # whose characters neither decompose nor change case (it saves a second).
    looked_at = (range(0, 0x3400), range(0x4DC0, 0x4E00), range(0xA000, 0xD800), range(0xF900, 0x20000),
                 range(0x2F800, 0x2FA20), range(0xE0000, 0xF0000))
    chars = [chr(c) for span in looked_at for c in span]
    lowered = pc.utf8_lower(pa.array(chars, pa.string())).to_pylist()
    # search_fold's own answer for the character alone comes last: it drops the accents of the
    # marks' blocks whole, marks newer than this Python's Unicode tables (which call them
    # unassigned, no mark) among them.
    wanted = [
        ord(ch) for ch, low in zip(chars, lowered)
        if low != ch.casefold() or unicodedata.decomposition(ch) or unicodedata.category(ch)[0] == "M"
        or 0x1100 <= ord(ch) <= 0x11FF or 0xA960 <= ord(ch) <= 0xA97F or 0xD7B0 <= ord(ch) <= 0xD7FF
        or search_fold(ch) != low
    ]
    ranges: list[list[int]] = []
    for c in wanted:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "[" + "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges) + "]"


def _fold_in_arrow(text: Any) -> tuple[Any, Any]:
    """For an Arrow array of texts: which rows :func:`core.text.search_fold` must fold in Python
    (a boolean array), and every row's lower case, which is its fold in every other row."""
    import pyarrow.compute as pc

    return pc.fill_null(pc.match_substring_regex(text, _folds_further()), False), pc.utf8_lower(text)


def archive_fold(texts: Sequence[str]) -> list[str]:
    """:func:`core.text.search_fold` of each of *texts*, as an archive search folds them: in Arrow
    where a text's lower case is its fold (any ASCII text; most news in English, whose only other
    characters are curly quotes and dashes), in Python for the others."""
    import pyarrow as pa

    further, lowered = _fold_in_arrow(pa.array(texts, pa.string()))
    return [search_fold(t) if f else low for t, f, low in zip(texts, further.to_pylist(), lowered.to_pylist())]


def search_words(words: Sequence[str]) -> list[str]:
    """*words* as an archive search compares them (:func:`core.text.search_fold`: no accents, no
    case), blank ones left out, without duplicates, in order."""
    return list(dict.fromkeys(f for w in words if (f := search_fold(w).strip())))


_DATE = r"\d{4}-\d\d(?:-\d\d)?"


def parse_query(text: str) -> tuple[list[str], str | None, str | None]:
    """A search typed in the reader: its words, and the dates it names (``2026-03-01..2026-03-05``,
    ``2026-03-01..``, ``..2026-03-05``, or one day or month: ``2026-03-04``, ``2026-03``).

    Raises ValueError (one line) for a date that does not exist (``2026-13-45``) or a range that
    ends before it begins."""
    import re
    from datetime import date

    words: list[str] = []
    since = until = None
    for token in text.split():
        match = re.fullmatch(f"({_DATE})?\\.\\.({_DATE})?", token)
        if match and (match.group(1) or match.group(2)):
            since, until = match.group(1) or since, match.group(2) or until
        elif re.fullmatch(_DATE, token):
            since, until = token, token
        else:
            words.append(token)
    for given in (since, until):
        try:
            if given is not None:
                date.fromisoformat(given if len(given) == 10 else given + "-01")
        except ValueError:
            raise ValueError(f"no such date: {given} (dates are YYYY-MM-DD or YYYY-MM)") from None
    if since is not None and until is not None and since[:len(until)] > until:
        raise ValueError(f"the range {since}..{until} ends before it begins")
    # "2026-03" as an end means the whole month: every date of it sorts before "2026-03\uffff".
    if until is not None and len(until) == 7:
        until += "-\uffff"
    return words, since, until
