"""A table of articles: a spreadsheet's or a news API's, GDELT's or a scraper's export as CSV or TSV.

Its first row names its columns; each row after it is one article, its fields read under the
names JSON Lines reads them by (:func:`~core.reading.jsonl.column_field`: "title", "text"/"body"/
"content", "author"/"byline", "date"/"published", "url"/"link", "source"/"outlet", "language" ...,
whatever their case, and their common names in a newsroom's language: "naslov", "tekst"), a row
read as a JSON Lines record is (:func:`~core.reading.jsonl.parse_rows`). Its cells are split by the
delimiter its header row uses (a comma, a tab, a semicolon or a bar), quoted as RFC 4180 quotes them
(a doubled quote, a quoted cell over several lines); an empty cell gives nothing. A row with no
text is skipped, said in one line for the file as JSON Lines says it; a table with no column of
text is no table of articles (:class:`~core.errors.ReadError`, in one line).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from core.errors import ReadError
from core.reading.jsonl import column_field, parse_rows
from core.reading.sources import Result, Source

__all__ = ["is_table_head", "parse_table"]

#: The delimiters a header row may use, the likeliest first where it uses several as often.
_DELIMITERS = "\t,;|"
#: The longest column name a header row's cells are taken for (a longer cell is text, not a name).
_LONGEST_NAME = 40


def _delimiter(header: str) -> str:
    """The delimiter the header row *header* splits its names by: csv's sniffer's, else the one of
    :data:`_DELIMITERS` it holds most often (a comma where it holds none: a table of one column)."""
    try:
        return csv.Sniffer().sniff(header, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return max(_DELIMITERS, key=lambda d: (header.count(d), d == ","))


def is_table_head(line: str) -> bool:
    """Whether *line*, a text's first, is a table of articles' header row: three names or more, each
    short, one of them a text's column and another a title's, an address's or a time's
    (:func:`~core.reading.jsonl.column_field`): "title,text,url" is, a sentence with commas is not."""
    line = line.lstrip("\ufeff").split("\r", 1)[0].strip()  # (a text of old Mac line ends is one line to split)
    if not line:
        return False
    try:
        names = next(csv.reader([line], delimiter=_delimiter(line)), [])
    except csv.Error:  # (a line no CSV reader can take is no header row)
        return False
    if len(names) < 3 or any(not n.strip() or len(n) > _LONGEST_NAME for n in names):
        return False
    fields = {column_field(n) for n in names}
    return "text" in fields and bool(fields & {"title", "url", "time"})


def parse_table(text: str, *, source: str, meta: Source = Source()) -> Iterator[Result]:
    """Every row of the table *text* (CSV or TSV, its header row first) as an :class:`Item`, or a
    :class:`Problem` naming its row by its first line ("export.csv:3"). *meta* is what a folder's
    manifest says of the file: its outlet that of each row that names none, its address only that
    of a table of one row. Raises :class:`ReadError` where no column is the articles' text."""
    text = text.lstrip("\ufeff")
    if len(text) > csv.field_size_limit():  # (no cell is longer than its table: a long report is one cell)
        csv.field_size_limit(len(text))
    header = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header), strict=False)
    try:
        names = next((row for row in reader if any(cell.strip() for cell in row)), [])
        if not any(column_field(n) == "text" for n in names):
            shown = ", ".join(" ".join(n.split())[:_LONGEST_NAME] for n in names[:8] if n.strip()) + (", …" if len(names) > 8 else "")
            raise ReadError(f"{source}: a table with no column of article text (its columns: {shown or 'none'}; "
                            "expected one named text, body, content or the like)")
        rows: list[tuple[str, dict[str, Any]]] = []
        first = reader.line_num + 1
        for row in reader:
            record = {name.strip(): cell for name, cell in zip(names, row) if name.strip() and cell.strip()}
            if record:
                rows.append((f"{source}:{first}", record))
            first = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError(f"{source}: not a readable table ({exc}, near line {reader.line_num})") from None
    if len(rows) > 1:
        meta = Source(meta.outlet)  # the file's address is no one row's
    yield from parse_rows(rows, source=source, meta=meta)
