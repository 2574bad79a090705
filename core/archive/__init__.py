"""Archives: newsprism's reading, stories and links over millions of articles, on Dask.

``newsprism archive build INPUT... --out DIR`` (:mod:`core.archive.build`) reads WARC files,
JSON Lines and Parquet through the reading path, groups the articles into stories and links
each story's paragraphs with the library's own code (:mod:`core.archive.stages`, the one place
that calls those stages), and writes DIR; ``newsprism --archive DIR`` opens it in the reader
(:mod:`core.archive.store`) without loading it into memory.

The format of DIR (version 1; columns may be added, never renamed or removed)::

    archive.json          manifest: {"format": "newsprism-archive", "version": 1, "complete",
                          "inputs": [{"path", "bytes"}], "articles", "stories", "links",
                          "parts", "chunks", "errors", "passed", "duplicates", "largest_block"};
                          passed counts the WARC
                          responses that are no reports, by what they are ("error response":
                          HTTP 4xx, 5xx; "redirect": 3xx; "response that is no page"), left out;
                          duplicates the records left out as the same article read before (the
                          same address, or the same body from the same outlet: the library's
                          identity); largest_block the records of the largest block (a part
                          cannot be smaller)
    errors.jsonl          one {"where", "error"} per line, sorted: a record not read (where is
                          FILE:LINE for JSON Lines, FILE@OFFSET for a WARC record, FILE#ROW for
                          Parquet) or an article the stories stage refused, or a failed task
    articles/part-NNNNN.parquet   one row per article, sorted by story, then by date and id:
        story int64        the story (the id of its first article, read as hexadecimal)
        id string          the article's content hash (core.model.article_id), 12 hex digits
        outlet, title string; byline, published (YYYY-MM-DD), url, standfirst, dateline string
        day int32          published as a day number (date.toordinal), null when undated
        path string        the record it was read from (as in errors.jsonl)
        captions, paragraphs list<string>   paragraphs: the cleaned body, index = position
    stories/part-NNNNN.parquet    one row per story, sorted by story:
        story int64; part int32 (the part holding its articles and links); title string
        (its first article's); first, last string (earliest and latest publication date);
        articles, paragraphs, links int32; outlets list<string> (sorted); the file's
        key-value metadata "newsprism.duplicates": the part's records left out as duplicates
    links/part-NNNNN.parquet      one row per link, sorted by story, as the library gives them:
        story int64; a string, ap int32, b string, bp int32 (article id and paragraph index of
        each side); score float64 in [0, 1]; kind string (verbatim, paraphrase, quote);
        spans_a, spans_b list<list<int32>> (character [start, end) pairs in each paragraph)
    _work/, _errors/      the intermediate files of a build cut short (read chunks, the shuffle,
                          each part's errors), kept so a rerun skips what was done; a complete
                          build removes them

A story, its articles and its links are always in one part; an article is in one story. Row
groups hold 2,000 rows, so a reader filtering on ``story`` reads one row group, not the part.
The same inputs give byte-identical parts whatever the number of workers or the scheduler.
"""
