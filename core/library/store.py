"""The library: every article the user has added, kept in one SQLite file.

An article is one source's copy (:mod:`core.library.identity` holds the rule): records with the same
web address, or with the same body under the same outlet, are one article, so adding the same
report twice (under two names, or from a feed and from a file) is a no-op; the same body from
two outlets is two articles, which the linker links verbatim (wire copy). Each article is kept
under its identity key (unique) with a hash of its body. Each article is added in one
transaction with its paragraphs, its terms, its story and its links, so a library
killed in the middle of an import holds whole articles only, and a second run adds
the rest. The links of a story are computed when an article joins it, against that
story's articles only, and kept; opening a story reads them back.

The schema is versioned with ``PRAGMA user_version`` and grown by :data:`MIGRATIONS`,
one list of statements per version, applied in order inside a transaction. That version and the
tables of the first schema tell a library from another program's SQLite file, which is refused
and left as it was. A file damaged inside, or a failing disk, is one :class:`LibraryFailure`
line from whichever statement meets it (the library's connection translates SQLite's errors).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import partial, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TypedDict, TypeVar

from core.stories.cluster import (
    CANDIDATE_MAX, FLOOR, RUN_WORDS, SAME_EVENT, SHARED_KEYS, Profile, attach, bridging, case_ending, cluster, day_number, divide, evidence, profile,
    roundup_pairs, two_events,
)
from core.quotations import is_title
from core.stories.words import ABBREVIATIONS, COMMON, COMMON_PARTS, NAME_JOINERS, NEWSROOM, NOUN_LANGUAGES, NUMBER_MARKS, QUANTIFIERS
from core.errors import LibraryError, LibraryFailure
from core.gcpause import paused_gc
from core.library.identity import (
    apart_by_files, body_hash, edited_copy, edited_file, headline_key, identity_key, kept_share, known_outlet, other_outlets, outlet_key,
    same_copy, same_headline, is_initialism, outlet_initials, spelled_out,
)
from core.model import Article, Link, LinkKind, Ref, iso_stamp, later_update, record_file
from core.text import LANGUAGE_PARAGRAPHS, MONTHS, WEEKDAYS, article_language, date_day, fold, is_stopword, search_fold, search_folded, words_and_offsets
from core.numbers import plain_digits
from core.quantities import SECONDS
from core.linking.story import Story
from core.progress import Progress
from core.stories.naming import Report, representative_title

if TYPE_CHECKING:
    from core.linking.align import Known
    from core.library.changes import Revised

__all__ = [
    "Added",
    "Batch",
    "Bookmark",
    "Change",
    "Compacted",
    "Library",
    "LibraryError",
    "LibraryFailure",
    "LibraryLock",
    "Grounds",
    "printed_names",
    "process_exists",
    "SearchHit",
    "StoryInfo",
    "Undone",
    "content_hash",
]

#: How long a writer waits for another one (another `newsprism add`) to finish.
BUSY_TIMEOUT = 30.0
#: The most articles whose stories are worked out again when one is added: a chain of strong
#: pairs longer than this (not seen in real coverage) is cut there.
NEIGHBOURHOOD_MAX = 5000
#: Between the features of an article as stored (a character no feature holds).
_FEATURE_SEP = "\x1f"
#: How many merges, splits and removals the library keeps for :meth:`Library.undo`.
UNDO_DEPTH = 10

#: The stories' visits as migrations 11, 33 and 34 read them, made again where a file whose version was
#: set back (run again from an older step) no longer holds them: migration 36 drops them.
_VISITS_AGAIN = "CREATE TABLE IF NOT EXISTS visits (story INTEGER PRIMARY KEY, at REAL NOT NULL)"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: the first schema
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT,                        -- set by the user; else the first article's
            created REAL NOT NULL
        )""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,         -- of the body: the same report is added once
            story INTEGER NOT NULL REFERENCES stories(id),
            outlet TEXT NOT NULL,
            title TEXT NOT NULL,
            byline TEXT,
            published TEXT,
            day INTEGER,                       -- published, as a day number, for the time window
            url TEXT,
            source TEXT NOT NULL,              -- the file or address it was added from
            standfirst TEXT,
            captions TEXT NOT NULL DEFAULT '[]',
            paragraphs INTEGER NOT NULL,
            added REAL NOT NULL
        )""",
        "CREATE INDEX articles_story ON articles(story)",
        """CREATE TABLE paragraphs (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE terms (
            term TEXT NOT NULL,
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (term, article)
        ) WITHOUT ROWID""",
        "CREATE INDEX terms_article ON terms(article)",
        "CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
        """CREATE TABLE links (
            a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ap INTEGER NOT NULL,
            b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            bp INTEGER NOT NULL,
            score REAL NOT NULL,
            kind TEXT NOT NULL,
            spans TEXT NOT NULL,
            PRIMARY KEY (a, ap, b, bp)
        ) WITHOUT ROWID""",
        "CREATE INDEX links_b ON links(b)",
        """CREATE TABLE read (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE bookmarks (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (article, idx)
        ) WITHOUT ROWID""",
    ),
    (  # 2: full-text search; trigrams, so Chinese and Japanese (no spaces) are searchable too
        "CREATE VIRTUAL TABLE search USING fts5(text, article UNINDEXED, idx UNINDEXED, tokenize = 'trigram')",
        "INSERT INTO search (text, article, idx) SELECT text, article, idx FROM paragraphs",
    ),
    (  # 3: a wire dateline ("AMSTERDAM, July 15 (Reuters)") is metadata, not the first paragraph's text
        "ALTER TABLE articles ADD COLUMN dateline TEXT",
    ),
    (  # 4: an article is one source's copy (core.library.identity): the body hash is no longer unique, the
        # identity key is. SQLite drops a UNIQUE constraint only by rebuilding the table; the rowids
        # are kept (they order a story's articles). Of old articles sharing an address (the old rule
        # kept each body), the first keeps the address key and the others their outlet-and-body key.
        """CREATE TABLE articles_new (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL,                 -- core.library.identity.identity_key: one per article (index below)
            hash TEXT NOT NULL,                -- core.library.identity.body_hash of the body
            story INTEGER NOT NULL REFERENCES stories(id),
            outlet TEXT NOT NULL,
            title TEXT NOT NULL,
            byline TEXT,
            published TEXT,
            day INTEGER,                       -- published, as a day number, for the time window
            url TEXT,
            source TEXT NOT NULL,              -- the file or address it was added from
            standfirst TEXT,
            captions TEXT NOT NULL DEFAULT '[]',
            paragraphs INTEGER NOT NULL,
            added REAL NOT NULL,
            dateline TEXT
        )""",
        """INSERT INTO articles_new (rowid, id, key, hash, story, outlet, title, byline, published, day, url, source,
                                    standfirst, captions, paragraphs, added, dateline)
           SELECT rowid, id,
                  CASE WHEN ROW_NUMBER() OVER (PARTITION BY newsprism_identity_key(url, outlet, source, hash) ORDER BY rowid) = 1
                       THEN newsprism_identity_key(url, outlet, source, hash)
                       ELSE newsprism_identity_key(NULL, outlet, source, hash) END,
                  hash, story, outlet, title, byline, published, day, url, source, standfirst, captions, paragraphs,
                  added, dateline
           FROM articles ORDER BY rowid""",
        "DROP TABLE articles",
        "ALTER TABLE articles_new RENAME TO articles",
        "CREATE UNIQUE INDEX articles_key ON articles(key)",
        "CREATE INDEX articles_hash ON articles(hash)",
        "CREATE INDEX articles_story ON articles(story)",
    ),
    (  # 5: the last merges, splits and removals, so they can be undone (Library.undo)
        """CREATE TABLE undo (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,                -- merge, split or remove
            summary TEXT NOT NULL,             -- one line: what the change did
            story INTEGER NOT NULL,            -- the story it left (merged into, split from, removed)
            data TEXT NOT NULL,                -- JSON: what undoing it needs
            at REAL NOT NULL
        )""",
    ),
    (  # 6: stories by event (core.stories.cluster): each article's features in `terms` (recomputed by
        # Library._profile_all once the statements have run), the evidence of each pair of articles that may report one event, and which
        # articles a user placed (merged, split, renamed: kept where they are).
        """CREATE TABLE evidence (
            a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            score REAL NOT NULL,               -- core.stories.cluster.evidence; a < b
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID""",
        "CREATE INDEX evidence_b ON evidence(b)",
        "ALTER TABLE articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE articles ADD COLUMN features TEXT",  # its Profile.features(), joined by U+001F
        "ALTER TABLE stories ADD COLUMN grounds TEXT",  # Library.grounds as JSON, kept as the story changes
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 7: subscriptions and their refresh state (core/library/subscriptions.py), article versions, story visits
        """CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,                        -- the user's, else the feed's own
            site TEXT,                         -- the outlet's home page (OPML htmlUrl)
            tags TEXT NOT NULL DEFAULT '[]',   -- JSON list; OPML categories
            added REAL NOT NULL,
            etag TEXT,                         -- validators for the next conditional request
            last_modified TEXT,
            checked REAL,                      -- the last refresh that reached an answer or failed
            refreshed REAL,                    -- the last refresh that succeeded
            error TEXT                         -- why the last refresh failed; NULL when it did not
        )""",
        """CREATE TABLE feed_entries (
            feed INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry TEXT NOT NULL,               -- the entry's id, else its link
            digest TEXT NOT NULL,              -- of what the feed said of it: unchanged entries are skipped
            article TEXT,                      -- the article it gave, if any
            seen REAL NOT NULL,
            PRIMARY KEY (feed, entry)
        ) WITHOUT ROWID""",
        """CREATE TABLE versions (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,           -- 1 = the first body stored; the article holds the latest
            title TEXT NOT NULL,
            paragraphs TEXT NOT NULL,          -- JSON list of the body paragraphs of that version
            at REAL NOT NULL,                  -- when newsprism stored that version
            PRIMARY KEY (article, number)
        ) WITHOUT ROWID""",
        "CREATE TABLE visits (story INTEGER PRIMARY KEY, at REAL NOT NULL)",
    ),
    (  # 8: which paragraphs are subheads (Article.subheads, JSON list of indices), and a teaser cut off by a
        # paywall (teaser: the bits of _cut_mark, a feed's summary kept for its page added later)
        "ALTER TABLE articles ADD COLUMN subheads TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE articles ADD COLUMN teaser INTEGER NOT NULL DEFAULT 0",
    ),
    (  # 9: a story's automatic name (core.stories.naming.representative_title), kept as the story changes
        "ALTER TABLE stories ADD COLUMN headline TEXT",
    ),
    (  # 10: profiles count the lead's names again (core.stories.cluster, "l:" features): every article is
        # profiled and weighed again by Library._profile_all (its stories kept, nothing pinned)
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 11: a story's number is never given to another story (`story show 12` keeps meaning the
        # story the user noted as 12, and undo can always bring a story back under its number):
        # SQLite gives a rowid table's largest number again once its row is gone, AUTOINCREMENT
        # never does, and only a rebuilt table takes it. A story's visit goes with the story.
        """CREATE TABLE stories_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT,                        -- set by the user (the automatic name is headline)
            created REAL NOT NULL,
            grounds TEXT,
            headline TEXT
        )""",
        "INSERT INTO stories_new (id, title, created, grounds, headline) SELECT id, title, created, grounds, headline FROM stories",
        "DROP TABLE stories",
        "ALTER TABLE stories_new RENAME TO stories",
        _VISITS_AGAIN,
        "DELETE FROM visits WHERE story NOT IN (SELECT id FROM stories)",
        "CREATE TRIGGER stories_gone AFTER DELETE ON stories BEGIN DELETE FROM visits WHERE story = OLD.id; END",
    ),
    (  # 12: where the reader was when it last closed (Library.keep_place), to open there again; one row.
        # No foreign keys: what it names may go (merged, removed) and is checked when read (Library.place).
        """CREATE TABLE place (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            story INTEGER NOT NULL,
            article TEXT NOT NULL,
            idx INTEGER NOT NULL,
            at REAL NOT NULL
        )""",
    ),
    (  # 13: profiles hold the openings of their paragraphs (core.stories.cluster, "c:" features: wire
        # copy another outlet ran), and a time of day is no figure: every article is profiled and
        # weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 14: profiles read a firm's name in a headline in capitals and hold the names of a headline that opens
        # with one (core.stories.cluster, "h:" features: two headlines about different subjects are two events): every
        # article is profiled and weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 15: search ignores accents and case ("kovac" finds "Kovač"): the index holds each paragraph as
        # core.text.search_fold gives it (SQLite's own remove_diacritics for trigrams needs 3.45), the
        # paragraph itself is read from paragraphs
        "DELETE FROM search",
        "INSERT INTO search (text, article, idx) SELECT newsprism_search_fold(text), article, idx FROM paragraphs",
    ),
    (  # 16: how many refreshes of a feed failed in a row (core.library.refresh.due backs off from a feed that keeps
        # failing). The table is rebuilt rather than altered so that running this step again (a file whose version
        # was set back) cannot fail on a column that is there already; a feed failing now has failed once.
        """CREATE TABLE feeds_new (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,                        -- the user's, else the feed's own
            site TEXT,                         -- the outlet's home page (OPML htmlUrl)
            tags TEXT NOT NULL DEFAULT '[]',   -- JSON list; OPML categories
            added REAL NOT NULL,
            etag TEXT,                         -- validators for the next conditional request
            last_modified TEXT,
            checked REAL,                      -- the last refresh that reached an answer or failed
            refreshed REAL,                    -- the last refresh that succeeded
            error TEXT,                        -- why the last refresh failed; NULL when it did not
            failures INTEGER NOT NULL DEFAULT 0  -- refreshes failed in a row; 0 when the last did not
        )""",
        """INSERT INTO feeds_new (id, url, title, site, tags, added, etag, last_modified, checked, refreshed, error, failures)
           SELECT id, url, title, site, tags, added, etag, last_modified, checked, refreshed, error,
                  CASE WHEN error IS NULL THEN 0 ELSE 1 END FROM feeds""",
        "DROP TABLE feeds",
        "ALTER TABLE feeds_new RENAME TO feeds",
    ),
    (  # 17: profiles keep a name whole across an abbreviation's stop ("St. Birgitta") and to a title word
        # that closes it ("Lindqvist Star"), and a ship's prefix ("MV") is no name (core.stories.cluster):
        # every article is profiled and weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 18: each version's time and dateline as its page gave them (an update's "8 June 07:30", "ZAGREB, June 8"),
        # beside `at`, when newsprism stored it. The latest version's are the article's; older ones are not known.
        # Rebuilt rather than altered, as 16 is, so that running this step again cannot fail on a column already there.
        """CREATE TABLE versions_new (
            article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,           -- 1 = the first body stored; the article holds the latest
            title TEXT NOT NULL,
            paragraphs TEXT NOT NULL,          -- JSON list of the body paragraphs of that version
            at REAL NOT NULL,                  -- when newsprism stored that version
            published TEXT,                    -- the time its page gave (ISO 8601); NULL: none, or not known
            dateline TEXT,                     -- the dateline its page gave
            PRIMARY KEY (article, number)
        ) WITHOUT ROWID""",
        """INSERT INTO versions_new (article, number, title, paragraphs, at, published, dateline)
           SELECT v.article, v.number, v.title, v.paragraphs, v.at,
                  CASE WHEN v.number = last.number THEN a.published END, CASE WHEN v.number = last.number THEN a.dateline END
           FROM versions v LEFT JOIN articles a ON a.id = v.article
                LEFT JOIN (SELECT article, MAX(number) AS number FROM versions GROUP BY article) last ON last.article = v.article""",
        "DROP TABLE versions",
        "ALTER TABLE versions_new RENAME TO versions",
    ),
    (  # 19: profiles keep a figure's scale however it is written ("7.1%", "$1.8m", "47 percent." at a sentence's
        # end), and figures of one scale that are close no longer count against two reports (core.stories.cluster):
        # every article is profiled and weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 20: profiles keep the runs of words a report quotes ("q:" features: two reports of one day that quote one
        # statement and share a name are one event) and a small amount of money as a figure ("a 12-euro fee")
        # (core.stories.cluster): every article is profiled and weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 21: a run of names keeps its particles ("marit van der berg", however "Van der" is written) and runs on
        # past a plural possessive ("Keldhaven Dockers' Union") (core.stories.cluster): every article is
        # profiled and weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),    (  # 22: a currency's code ("EUR"), a period's label ("Q3") and a name's common part alone ("Bank") are no
        # names, a headline in capitals names the firm its report opens with, and a firm a report names only after
        # its lead is not its subject (core.stories.cluster): every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 23: profiles keep who speaks in a quoting paragraph ("s:" features: a quotation is an event's own when a
        # party of it says it) and read 'CEO Marta Lind: "..."' as an attribution, not a headline
        # (core.stories.cluster): every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 24: when the page says it was last updated (ISO 8601; NULL: no update later than `published`, or added
        # before this schema), beside `published`: a report revised at 16:35 no longer reads as news of 09:02;
        # each version keeps the one its page gave, as it keeps its `published`
        "ALTER TABLE articles ADD COLUMN updated TEXT",
        "ALTER TABLE versions ADD COLUMN updated TEXT",
    ),
    (  # 25: search folds the Latin letters Unicode does not decompose ("odegard" finds "Ødegård", "lodz" "Łódź":
        # core.text.search_fold): the index is built again
        "DELETE FROM search",
        "INSERT INTO search (text, article, idx) SELECT newsprism_search_fold(text), article, idx FROM paragraphs",
    ),
    (  # 26: profiles keep the words of what a report's lead tells happened ("e:" features: two reports that
        # share only their town and an official who speaks in both report one event only where these
        # agree, core.stories.cluster): every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 27: the articles read from a file, found by it: the same file edited is a version (core.library.identity, rule 3)
        "CREATE INDEX IF NOT EXISTS articles_source ON articles(source)",
    ),
    (  # 28: profiles read Chinese and Japanese without an agency's stock words, and the words of a language that
        # marks case by its endings by their stems (core.stories.words, core.text.CASE_STEMMERS); they hold their
        # language ("g:" features: two languages' reports of one event are weighed on their names and figures) and
        # read a decimal comma and dotted thousands ("1,8 miljoen", "250.000"): every article is profiled and
        # weighed again by Library._profile_all
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 29: profiles know fifteen more languages (Finnish, Hungarian and Czech reports' names read by their
        # stems at last; core.text.language_of), keep a name particle between two full names out of both runs
        # ("Lotte Brandsma van Joris de Wit"), read a share, a date and a noun in each language's way ("18 %",
        # "18 Prozent", "1. Juli 2027": the English report's figure and date; a German noun is no name), keep
        # the names of their headline ("i:" features: a report days later whose headline names a place or
        # thing an earlier report never names tells of another event, core.stories.cluster.RECALL_DAYS), and
        # count the kind of place and its people ("town", "residents": core.stories.words.PLACE_WORDS) no words
        # of what a lead tells happened ("e:"): every article is profiled and weighed again, once for all of it
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 30: profiles read a name in quotation marks inside a sentence whole (the Greek «Aurora Lind»), take a word
        # a report in a language that marks case writes in small letters too as no name whatever its ending
        # ("Пором", "порома"), and keep a German capital read as a noun as a name the other report of a pair may
        # give ("u:" features: "der Varna"; the dateline's place stays a name), and evidence counts two languages'
        # shared dates and names written in two scripts (core.stories.cluster): every article is profiled and
        # weighed again, once for all of it
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 31: profiles read the days and months of the languages read as no names (the Greek "Τετάρτης"), mark a
        # name beside a kind of place as a place ("p:", "Mlimani district") and read no days, hours or land as
        # what happened ("e:") (core.stories.cluster): every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 32: profiles read a speaker's affiliation as who speaks ("a:", "an analyst at Korvala Securities") and
        # keep a word of the outlet's name the report writes on its own (the city of "the Kessaly Times"), and
        # evidence takes the city a speaker's firm is named after as no party of the event (core.stories.cluster);
        # the evidence of a pair says where the two report two events (core.stories.cluster.two_events: a
        # landslide and a coffee auction of one district and day), which no third article (a roundup of both)
        # may join in one story; profiles read a figure written on to Chinese or Japanese characters ("15人",
        # "约300吨") as a figure, and evidence lets two reports whose names cannot meet (one written without
        # spaces, one in letters) of one day be told one event by their figures: every article is profiled and
        # every pair weighed again
        "ALTER TABLE evidence ADD COLUMN apart INTEGER NOT NULL DEFAULT 0",  # 1: two_events (score may be 0)
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 33: when the reader first opened a story of the library, kept once (core.library.changes.news: a story
        # never opened counts its news from then); the earliest visit stood for it, and opening that story
        # again moved it on, taking every never-opened story's news away. Profiles hold each paragraph after
        # the lead word for word ("o:", "v:", "x:": a firm's "About the company" paragraph, the backdrop of
        # each of its announcements), read a firm's words and Indonesian speech as the frame, and evidence
        # counts such a paragraph once (core.stories.cluster): every article is profiled and weighed again
        "CREATE TABLE IF NOT EXISTS opened (id INTEGER PRIMARY KEY CHECK (id = 1), at REAL NOT NULL)",
        _VISITS_AGAIN,
        "INSERT OR IGNORE INTO opened (id, at) SELECT 1, MIN(at) FROM visits HAVING COUNT(*) > 0",
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 34: when the user last saw each article (the last visit of the story it was in then), so that
        # what moves between stories (a regroup as new articles come in, a merge, move, split or undo) is
        # not new again, nor hidden (core.library.changes.news; a story's visit stood for its articles,
        # and those of a story regrouped into another came back new, trial 44 F8); where a story that
        # went took its articles (or that it was removed), so its number still says where it went
        # (Library._no_story); a story brought back (undo) is no longer gone. And profiles keep the
        # capitalised words a report writes only at the start of its sentences ("b:" features: "Valmora's
        # terminals face ..."), names where the other report of a pair writes them inside a sentence
        # (core.stories.cluster); and they hold the language of a report in Arabic or Cyrillic script by
        # its ISO 639-1 code where its letters tell it ("g:ar", "g:fa", "g:ur", "g:ru", "g:uk" ...;
        # core.text.language_of), no longer the script's ("g:Arab", "g:Cyrl"): every article is profiled
        # and weighed again
        """CREATE TABLE IF NOT EXISTS seen (
            article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            at REAL NOT NULL
        ) WITHOUT ROWID""",
        _VISITS_AGAIN,
        "INSERT OR IGNORE INTO seen (article, at) SELECT a.id, v.at FROM articles a JOIN visits v ON v.story = a.story",
        "CREATE TABLE IF NOT EXISTS gone (story INTEGER PRIMARY KEY, went INTEGER, how TEXT NOT NULL, at REAL NOT NULL)",
        "CREATE TRIGGER IF NOT EXISTS stories_back AFTER INSERT ON stories BEGIN DELETE FROM gone WHERE story = NEW.id; END",
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 35: the words of the paragraphs, as search folds them (Library.search_close: a typed word is looked up
        # among the library's words close to it, "admiting" finds "admitting"); filled from the index once the
        # statements have run, kept as paragraphs come in, never emptied (a word no paragraph holds any more finds
        # nothing, and costs a row). And profiles keep the days a report's lead sentence dates what it tells by
        # ("y:", and "j:" for "Tuesday's earthquake"), and evidence takes two reports whose leads tell of
        # happenings days apart, the later naming the earlier's day only in passing, as two events (a ship's
        # grounding and its refloating two days later; core.stories.cluster.SEQUEL_DAYS): every article is
        # profiled and every pair weighed again. So are they for Korean's particles (taken off its words) and
        # counters and myriad numerals ("800명", "4만2천"), Armenian and Georgian (languages told, names read
        # by sound), a roundup's mark ("z:roundup") and a headline's designation ("IC 714": no headline name)
        "CREATE TABLE IF NOT EXISTS vocab (word TEXT PRIMARY KEY) WITHOUT ROWID",
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 36: the stories' visits go: what is new is told by when each article was seen (seen, 34) and the reader
        # first opened (opened, 33), which both took what they needed of the visits, and nothing read them since.
        # And the articles are found by their headline: a file's article saved under another name is looked for
        # among those of its headline (identity rule 4, Library._edited_elsewhere), no longer by a scan of them all.
        # And profiles read no names nor words where a sentence denies a connection ("not thought to be linked to
        # the ransomware attack on ...", core.stories.cluster._undenied: a council's DDoS brief shares no name
        # with the hospital group's attack it denies, trial 46 F1), keep as their headline's names ("i:") only
        # those they write where a place stands ("in Bucharest": the gang a follow-up's headline names is no
        # other event's place, trial 46 F6), and leads date what they tell in French, German, Spanish, Italian,
        # Portuguese and Dutch too (the sequel rule); Serbian is read in Latin letters whatever its script, and
        # each report keeps its outlet ("d:", core.stories.cluster._one_sender): every article is profiled and
        # weighed again
        "DROP TRIGGER IF EXISTS stories_gone",
        "DROP TABLE IF EXISTS visits",
        "CREATE INDEX IF NOT EXISTS articles_title ON articles(title)",
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 37: the articles are found by their headline as identity compares it (core.library.identity.headline_key:
        # case, Unicode forms, quotation marks and spacing aside), "Council Votes To Close Bridge" the same as
        # "Council votes to close bridge" (identity rule 4, Library._edited_elsewhere); the index on the headline
        # as printed (36) gives way to the one on the folded headline
        "ALTER TABLE articles ADD COLUMN title_key TEXT",
        "UPDATE articles SET title_key = newsprism_headline_key(title)",
        "DROP INDEX IF EXISTS articles_title",
        "CREATE INDEX IF NOT EXISTS articles_title_key ON articles(title_key)",
    ),
    (  # 38: the vocabulary counts how many paragraphs hold each word (vocab.n), so that a removal or a revision
        # counts the words of what went out and drops those at none, without looking each up in the search index
        # (_drop_words); built again from the index once the statements have run
        "DROP TABLE IF EXISTS vocab",
        "CREATE TABLE IF NOT EXISTS vocab (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    ),
    (  # 39: each article keeps the language its text is told to be in (core.text.article_language; NULL where it
        # cannot be told), told for those there once the statements have run: a record of a file too short to tell
        # its own takes the one its file's other records are in when the library reads it (Library._languages),
        # as `newsprism links FILES` gives it (core.linking.story.Story.language)
        "ALTER TABLE articles ADD COLUMN language TEXT",
    ),
    (  # 40: profiles mark as a place's (``p:``) a port's or harbour's name ("Kelmouth harbour", "el port de Sant
        # Adrià") and keep a setting's words (port, court, council) and, in a report too short to tell its
        # language, any language's small words out of what happened ("e:"); a Greek name keeps
        # its stem ("βελίτσ", not "βελ"), and a short Turkish report is told by its letters (core.text); two
        # reports in two languages of one day that give one figure of their leads alike count the day as a detail
        # in common (core.stories.cluster._across_details): every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 41: profiles mark as a place's (``p:``) the words of a name built on a setting's word ("Harrowgate Crown
        # Court", "l'Autoritat Portuària", "Kelby Airport": core.stories.words.SETTING_WORDS), and keep out of what
        # happened ("e:") a word written only with a capital inside sentences ("Mar" of "Sant Adrià de Mar") and
        # spans of years and months; a follow-up days later that names the event's own thing is weighed as one
        # (core.stories.cluster._things): every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 42: a short Hungarian report is told by its article "a" and more of its small words (core.text), so its names
        # are read by their stems, a German noun a Hungarian report gives by its stem is one name, and a name
        # transliterated into Latin letters in several spellings is one ("El Quseir", "Al-Qusayr": core.stories.cluster.
        # _transliterated_alike); a figure keeps its unit of time ("z:48 hour") and a weekday in the plural is no
        # name: every article's language is told again (_RETOLD_SCHEMAS), and every article is profiled and
        # weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 43: a count printed with a thousands' separator or written on to a counter ("1,800", "約1800人") is no
        # year, an outlet's name words are its town where they stand without the rest of its name ("the Marlin
        # Coast election" of the Marlin Coast News), and a name written only at a sentence's start is a key to look
        # up by ("n:brenmouth" of "b:n:brenmouth", in the terms); a Serbian report in Cyrillic letters that writes
        # none of Serbian's own (ђ ћ џ) is told Serbian by its words (core.text._SHARED_LETTERS_OWN_WORDS), and so
        # compared in Latin letters; a short name is one across scripts by its letters ("Өлгий", "Ölgii"), and a
        # headline's name word another lead gives inside a run is named there (core.stories.cluster): every
        # article's language is told again (_RETOLD_SCHEMAS), and every article is profiled and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 44: an estimated count of people a year may be ("about 2000 people", "نحو 2000 شخص") is a figure, no year,
        # and a myriad numeral with digits after its last unit ("1万2000") one figure (core.quantities.year_counted,
        # core.numbers.myriad_value); a line of names and their figures (a match's scorers, a stats box's rows) names
        # them, no title-case headline; an article is looked up by its names' sounds too ("~l:askar" of "Oskaryn",
        # "~o:askar" of "Оскарын": core.stories.cluster.Profile.indexed), so a report that writes its names in other
        # letters than another and shares no figure written in digits with it is weighed with it; a Vietnamese
        # weekday in two words ("thứ Ba") is no name, and a name written without its diacritics is one with it ("My
        # Loc", "Mỹ Lộc"); Irish and Scottish Gaelic are told by their function words (core.text.language_of): every
        # article's language is told again (_RETOLD_SCHEMAS), and every article is profiled, indexed and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 45: a report days later whose headline names a place no longer recalls another event beside a report in a
        # language whose names are not read as another script's (Arabic, Hebrew, Thai letters, Japanese without
        # spaces: core.stories.cluster._names_unread), which may name the place in its own letters; a match's result
        # its headline gives ("2–0", "3-1", "2:0") is marked (``z:result``), and two reports whose headlines give
        # results and share none are two matches (core.stories.cluster._other_result: the legs of a tie); an article
        # is looked up by its name words' first letters too ("~p:dombv" of "Dombváron" and of "Dombvár":
        # core.stories.cluster.Profile._prefixed), so reports that write one name with other case endings are
        # weighed together: every article is profiled, indexed and weighed again
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 46: an outlet the library holds by its initials ("VPA", a wire text's credit) and by the name they spell out
        # ("Veltrania Press Agency", its site's), that no other outlet held spells out, is one outlet, named by the
        # name spelled out (core.library.identity.spelled_out, _SPELLED_SCHEMA), which its reports' profiles read
        # (their sender, "d:", and the outlet's own name words): the articles renamed are profiled and weighed
        # again, and their neighbourhood grouped again (Library._spell_outlets_out); no statement
    ),
    (  # 47 (Czech and Slovak told by their letters; Persian digits; close spellings): a short Czech or Slovak
        # report is told by the letters only its language writes ("ř ě ů", "ľ ĺ ŕ": core.text._LATIN_OWN_LETTERS),
        # so its names are read by their stems and its lead's weekday dates its event; a figure written in Persian
        # or Arabic digits ("۲۳") is one figure, not one a digit; a doubled Cyrillic letter is single in a name's
        # sound key ("Забалоцце"), which the index looks names up by: every article's language is told again
        # (_RETOLD_SCHEMAS), and every article is profiled, indexed and weighed again. A pair of paragraphs
        # kept both ways round (two articles a regrouping moved together were linked again the other way
        # round, before Library._store_links replaced a pair's row either way) is kept once.
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
        """DELETE FROM links WHERE (a > b OR a = b AND ap > bp) AND EXISTS (
               SELECT 1 FROM links m WHERE m.a = links.b AND m.ap = links.bp AND m.b = links.a AND m.bp = links.ap)""",
    ),
    (  # 48 (Romanian told; recalled clauses; names in Hebrew and Arabic letters; a place named by its people): a
        # Romanian report is told by the letters only Romanian writes ("ș ț ţ": core.text._LATIN_OWN_LETTERS) and its
        # commonest words ("de", "la", "se", "un"), where it was untold or read as French or Portuguese; a clause that
        # places a sentence's news days after another happening (", two days after reporting a 14% fall") is read as
        # that other event's (core.stories.cluster._unrecalled); a word in Hebrew or Arabic letters is the name of
        # another report with its consonants (_named_by_skeleton); a report names a place by its people ("Serravian",
        # _names_place): every article's language is told again (_RETOLD_SCHEMAS), and every article is profiled,
        # indexed and weighed again.
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
    (  # 49 (numbers in words opening a sentence; dotted thousands abroad; a newsroom's other words): a number in
        # words that opens a sentence ("Sixty firefighters ...", "Zweiundzwanzig Waggons ...") is the figure its digits
        # would be (core.stories.cluster._spelled_opening); a count's dotted thousands are read in every language
        # that writes decimals with a comma ("1.200 de persoane": core.numbers DOTTED_THOUSANDS); "blaze", "tremor" and
        # "hurt" are the stems of fire, quake and injured (core.text._SYNONYMS): every article is profiled, indexed and
        # weighed again.
        "DELETE FROM evidence",
        "DELETE FROM terms",
        "DELETE FROM term_df",
    ),
)


#: The schema (a MIGRATIONS number, counted from 1) that stores subheads and the teaser mark.
_MARKS_SCHEMA = next(n for n, step in enumerate(MIGRATIONS, start=1) if any("ADD COLUMN subheads" in s for s in step))
#: The schema that gives the vocabulary its present shape (each word's count): the last migration that
#: makes table ``vocab``, which fills it from the search index.
_VOCAB_SCHEMA = max(n for n, step in enumerate(MIGRATIONS, start=1) if any("TABLE IF NOT EXISTS vocab" in s for s in step))
#: The schema that keeps each article's language.
_LANGUAGE_SCHEMA = next(n for n, step in enumerate(MIGRATIONS, start=1) if any("ADD COLUMN language" in s for s in step))
#: The schemas whose migrations tell every article's language again (core.text.language_of reads more of a
#: language), before its articles are profiled again.
_RETOLD_SCHEMAS = frozenset({42, 43, 44, 47, 48})
#: The schemas whose migrations profile and weigh every article again (their evidence deleted, not made):
#: what grouping reads changed, so the stories are grouped again after the last of them a library runs.
_REWEIGHED_SCHEMAS = tuple(n for n, step in enumerate(MIGRATIONS, start=1)
                           if "DELETE FROM evidence" in step and not any("CREATE TABLE evidence" in s for s in step))
#: The schema that names an outlet held by its initials by the name they spell out (Library._spell_outlets_out).
_SPELLED_SCHEMA = 46
#: A migration's statement that adds a column: (table, column).
_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)")
#: The schema that keeps an article's update time.
_UPDATED_SCHEMA = next(n for n, step in enumerate(MIGRATIONS, start=1) if any("ADD COLUMN updated" in s for s in step))
#: The schema that keeps a story's automatic name (earlier migrations keep grounds without it).
_HEADLINE_SCHEMA = next(n for n, step in enumerate(MIGRATIONS, start=1) if any("ADD COLUMN headline" in s for s in step))


def _subheads(stored: str | None, paragraphs: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """An article's subheads from the stored JSON list of their paragraph indices (those still in range)."""
    indices = json.loads(stored or "[]")
    return tuple((i, paragraphs[i]) for i in indices if isinstance(i, int) and 0 <= i < len(paragraphs))


#: The bits of an article's ``teaser`` column: the page stops at a paywall (Article.teaser), and
#: the text is a feed's summary kept for want of the page (Article.summary_only).
_PAYWALLED, _FEED_SUMMARY = 1, 2


def _told_language(article: Article) -> str | None:
    """The language to keep for *article*: the one it comes with, else the one its text is told to be in
    (:func:`core.text.article_language`), None where it cannot be told."""
    return article.language or article_language(article.title, article.paragraphs)


def _cut_mark(article: Article) -> int:
    """The ``teaser`` column of *article*: :data:`_PAYWALLED` and :data:`_FEED_SUMMARY` as they hold."""
    return _PAYWALLED * article.teaser | _FEED_SUMMARY * article.summary_only


class _Cut(TypedDict):
    teaser: bool
    summary_only: bool


def _cut_of(stored: int | None) -> _Cut:
    """``teaser`` and ``summary_only`` of an article from its stored ``teaser`` column (:func:`_cut_mark`)."""
    mark = int(stored or 0)
    return {"teaser": bool(mark & _PAYWALLED), "summary_only": bool(mark & _FEED_SUMMARY)}


def _link_story(
    articles: Sequence[Article], *, new_from: int = 0, known: Sequence[Link | Known] = (),
    progress: Callable[[float], None] | None = None,
) -> list[Link]:
    """Link a story's *articles* as every path of the library does: :func:`core.linking.align.link`
    (*new_from*, *known* and *progress*, the fraction done, as there), then, when the optional
    extra is on, the links by meaning of :func:`core.linking.semantic.extend` (vectors cached per
    paragraph text); *progress* is called with 1.0 at the end."""
    from core.linking import semantic
    from core.linking.align import link

    found = link(articles, new_from=new_from, known=known, progress=progress)
    if semantic.enabled():
        found = semantic.extend(articles, found, new_from=new_from, known=[(k.a, k.b) for k in known])
    if progress is not None:
        progress(1.0)
    return found


T = TypeVar("T")


def _unreported(step: str, done: int, total: int) -> None:
    """A :data:`~core.progress.Progress` that reports nothing."""


def _counted(rows: Iterable[T], step: str, total: int, progress: Progress, *, every: int = 2000) -> Iterator[T]:
    """*rows*, reporting (*step*, rows passed, *total*) to *progress* every *every* rows."""
    for n, row in enumerate(rows):
        if n and n % every == 0:
            progress(step, n, total)
        yield row


def _share(step: str, total: int, progress: Progress | None, *, start: int = 0,
           whole: int | None = None) -> Callable[[float], None] | None:
    """A report of the fraction done (the linker's) as (*step*, the fraction of *total*, *total*),
    made only when that count changes; within a larger run (*whole* units, this share's from
    *start*), as (*step*, *start* + the fraction of *total*, *whole*)."""
    if progress is None:
        return None
    last = [-1]
    of = total if whole is None else whole

    def report(fraction: float) -> None:
        done = min(of, start + min(total, round(fraction * total)))
        if done != last[0]:
            last[0] = done
            progress(step, done, of)

    return report


def process_exists(pid: int) -> bool:
    """Whether a process *pid* is running (another user's counts: it cannot be signalled, but it is there)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _related_by(pairs: Iterable[tuple[int | None, int | None, float]]) -> dict[int, dict[int, float]]:
    """Which stories are related, by the evidence of pairs of articles (:meth:`Library.related`): each of
    *pairs* is the stories of a pair's two articles (None: an article gone) and its score. Two stories are
    related by the strongest pair between an article of each, at :data:`core.stories.cluster.FLOOR` or
    above; a story is not related to itself. Gives story: {related story: score}, each way."""
    best: dict[int, dict[int, float]] = defaultdict(dict)
    for x, y, score in pairs:
        if x is None or y is None or x == y or score < FLOOR:
            continue
        for one, other in ((int(x), int(y)), (int(y), int(x))):
            if score > best[one].get(other, 0.0):
                best[one][other] = float(score)
    return dict(best)


class LibraryLock:
    """Keeps a second reader from fighting over one library: a lock file holding the PID.

    As newsboat does: a lock whose process has gone is stale and taken over. Commands
    that only add (`newsprism add`) need no lock; SQLite orders their writes.
    """

    def __init__(self, library: Path) -> None:
        self.library = Path(library)
        self.path = self.library.with_name(self.library.name + ".lock")
        self._held = False

    def __enter__(self) -> LibraryLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def holder(self) -> int | None:
        """The PID in the lock file, if it names a live process."""
        try:
            pid = int(self.path.read_text(encoding="ascii").strip() or 0)
        except (OSError, ValueError):
            return None
        return pid if pid > 0 and process_exists(pid) else None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`LibraryError` naming the process that holds it.

        A library that cannot be written needs no lock (no reader can change it) and gets none.
        """
        if self.library.exists() and not _writable(self.library):
            return
        self.library.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                pid = self.holder()
                if pid is not None and pid != os.getpid():
                    raise LibraryError(f"{self.library}: open in another newsprism (pid {pid}); close that one first") from None
                self.path.unlink(missing_ok=True)  # stale: its process has gone
                continue
            except OSError as exc:
                raise LibraryError(f"{self.path}: cannot create the lock file ({exc.strerror or exc})") from None
            with os.fdopen(fd, "w", encoding="ascii") as file:
                file.write(f"{os.getpid()}\n")
            self._held = True
            return
        raise LibraryError(f"{self.path}: cannot take the lock")

    def release(self) -> None:
        """Give the lock back."""
        if self._held:
            self.path.unlink(missing_ok=True)
            self._held = False


def content_hash(article: Article) -> str:
    """The :func:`core.library.identity.body_hash` of the article's body paragraphs."""
    return body_hash(article.paragraphs)


@dataclass(frozen=True, slots=True)
class Added:
    """What adding one article did."""

    article: Article
    story: int
    new: bool  # False: the library already held it (under ``existing``)
    existing: str | None = None
    links: int = 0
    changed: bool = False  # held, but under its address with another body or headline (a version not kept yet)
    #: held with the same body and headline, and the held copy took this later copy's metadata: what it
    #: took, as ("updated", "2026-12-05T18:45:00+02:00"), ("byline", "By Jonas Brell") (:meth:`Library._newer_metadata`)
    refreshed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Batch:
    """What adding a batch did (:meth:`Library.add_batch`): the articles left out, each as (its
    path, why) when the library refused it, as (its path, the id of the article held) when the
    library held it already (the same address, or the same body from the same outlet)."""

    refused: list[tuple[str, str]]
    held: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Grounds:
    """Why a story holds its articles: what they have in common, so a user can judge it.

    ``names`` (people, places, organisations), ``figures`` and ``times`` are (what, how many
    articles mention it) for what at least two of them mention, most shared first (at most
    :data:`GROUNDS_SHOWN` each); ``articles`` gives each article's names that most other
    articles of the story mention too (empty for an article held by its topic words alone).
    """

    names: tuple[tuple[str, int], ...]
    figures: tuple[tuple[str, int], ...]
    times: tuple[tuple[str, int], ...]
    articles: dict[str, tuple[str, ...]]

    def to_json(self) -> dict[str, object]:
        """As ``stories --json`` prints it."""
        return {
            "names": [{"name": n, "articles": k} for n, k in self.names],
            "figures": [{"figure": f, "articles": k} for f, k in self.figures],
            "times": [{"time": t, "articles": k} for t, k in self.times],
        }


#: How many shared names, figures and times :class:`Grounds` lists.
GROUNDS_SHOWN = 8
#: How :class:`Grounds` are read, kept with them: grounds a library kept with another (or none) are
#: worked out again (2: whole names through a capitalised word, "St. Bride's", a surname with its
#: full name, no word also written in small letters alone, no dates' days or spans of time as figures;
#: 3: no determiner opening a sentence before a name, "Every Harwick Valley Health service"; no name
#: from a compound's tail, "Pellin InterCity" of "Aldmar–Pellin InterCity"; 4: a person once, by the
#: name after an office's words, "Darius Velk" for "Commissioner Darius Velk" and "Polisi Darius Velk",
#: and only features a report has, not the lookup keys of its sentence-start names; 5: the names of a
#: line of names and their figures, a match's scorers, "Kestrel Rovers 3 (Marsh 12, Dale 40)", no
#: headline in title case: core.stories.cluster._tally; no noun of a language that capitalises its nouns
#: before a name, "Betreiber Drennik Mining"; a word before a number, "Shaft No. 4", printed alone no
#: name where the reports write it in small letters; a plural's possessive kept, "Miners' Federation";
#: 6: two names printed side by side, each printed alone too, no whole name of either, "Norvalis Air Tessaro
#: T-72"; a case ending ends a name and is no part of it, "Norvalis Air CEO'su Tomas Heidrun", "Kelvar'da";
#: 7: a word the reports print only right after a number is a unit's symbol, no name, "4.2 GW", "400 kV").
GROUNDS_READING = 7
#: How many of a story's articles :class:`Grounds` reads the leads of, for how names are printed.
GROUNDS_READ = 12
#: The steps :meth:`Library.add` reports its "story" stage in: the article's evidence against the
#: articles held, the groups of its neighbourhood, the grounds of the stories that changed, their names.
STORY_STEPS = 4


def _no_story(story: int) -> str:
    """What every command says of a story number the library never held, or holds no record of
    (`story show`, `links --story`, the reader): one wording (:meth:`Library._no_story` says where a
    story that went took its articles)."""
    return f"no story {story} in the library (`newsprism stories` lists them)"


#: How a story went, as :meth:`Library._no_story` says it (the ``how`` of the table ``gone``).
_WENT = {
    "merged": "was merged into story {went}",
    "regrouped": "was regrouped into story {went} as new articles came in",
    "reweighed": "was regrouped into story {went} when a newer newsprism weighed the library's articles again",
    "moved": "had its articles moved into story {went}",
    "unsplit": "went back into story {went}, its split undone",
    "removed": "was removed",
}


#: A word as a name is printed: letters, with apostrophes, dots, hyphens or "&" inside ("O'Neill", "U.S.", "AT&T"),
#: or a plural's possessive apostrophe before the next word of a name ("the Miners' Federation").
_PRINTED_WORD = re.compile(r"[^\W\d_](?:\w|['’.\-&](?=\w))*(?:(?<=s)['’](?= [^\W\d_]))?\.?")


def _name_key(word: str) -> str:
    """A printed word folded as a story's name features hold it ("U.S." -> "us", "Marwick's" -> "marwick",
    "Miners'" -> "miners", "Kelvar'da" -> "kelvar")."""
    if (ending := case_ending(word)) is not None:
        word = word[: ending.start()]
    key = fold(re.sub(r"['’]s?$", "", word)).lower().replace("’", "'").rstrip(".")
    return key.replace(".", "") if "." in key and len(key.replace(".", "")) <= 3 else key


def _printed(word: str) -> str:
    """A printed word as a name shows it: without its possessive, or a stop that ends a sentence
    (an initialism's stays: "U.S."; and an abbreviation's: "St. Birgitta"; and a plural's possessive
    apostrophe inside a name: "Miners' Federation"; nor a case ending: "Kelvar" of "Kelvar'da")."""
    if (ending := case_ending(word)) is not None:
        word = word[: ending.start()]
    word = re.sub(r"['’]s$", "", word)
    key = fold(word).lower().replace("’", "'").rstrip(".")
    return word if "." in key and len(key.replace(".", "")) <= 3 or key in ABBREVIATIONS else word.rstrip(".")


def printed_names(texts: Iterable[str]) -> dict[str, str]:
    """How *texts* print each capitalised word, by its folded form as a story's name features
    hold it (:func:`core.stories.cluster.profile`): "fnv" -> "FNV", "mcdonald" -> "McDonald",
    "us" -> "U.S."; the commonest printing wins (ties: the first met)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for text in texts:
        for word in _PRINTED_WORD.findall(text):
            if not word[:1].isupper():
                continue
            counts[_name_key(word)][_printed(word)] += 1
    return {key: max(found, key=found.__getitem__) for key, found in counts.items()}


#: Words that are no name alone but stand inside one ("North Sea", "the Market Oversight Authority",
#: "Halvard Bank"): a run of names as printed goes on through them (:func:`whole_names`).
_INSIDE_NAMES = frozenset(w for w in COMMON | NEWSROOM | COMMON_PARTS if not is_stopword(w))


#: A number of four digits or more printed without a separator ("1415", not "1,415" or "14.15").
_PLAIN_NUMBER = re.compile(r"(?<![\d.,])\d{4,}(?![\d]|[.,]\d)")
#: How many times as often as every other run holding a name together the run whose words are
#: its whole name is printed, where several hold it (:func:`whole_names`).
WHOLE_NAME_SHARE = 4


def whole_names(
    texts: Iterable[str], names: Collection[str], alone: set[str] | None = None, *, languages: Sequence[str | None] = ()
) -> dict[str, str]:
    """The whole name, as *texts* print it, of each name or run of a story's features that they
    print inside one longer run of names only, or one printed :data:`WHOLE_NAME_SHARE` times as
    often as the others holding it: "sea" -> "North Sea", "oversight authority" ->
    "Market Oversight Authority", "abuse regulation" and "uk" -> "UK Market Abuse Regulation" (a
    run's feature keeps its last words), "carrow" -> "Helen Carrow".

    A run is printed words with nothing but spaces between them, each a name word of *names* (the
    story's, folded) or a word that stands inside names (:data:`_INSIDE_NAMES`: "North", "Market");
    a particle ("Priya Natarajan von Holborn Securities", "Bank of England"), or a word that ends a
    sentence or a possessive ("Marwick's"), ends it. The last words of a run are its name also where
    they are printed alone: a surname after the full name ("Carrow said"); other words of a run only
    where they are never printed alone ("UK" of "UK Market Abuse Regulation", not of "the UK
    economy"). A name inside two runs ("Andrés García", "Rosa García": two people; "North Korea",
    "South Korea", as often) has no whole name here; an office's word opening a run ("Minister
    of Health Tomas Reyland") is not part of the name where the rest is printed alone; of runs that hold one another ("Market Abuse Regulation",
    "UK Market Abuse Regulation") the longest is the whole name.

    A run also goes on through capitalised words that are no name of *names* up to a name that
    follows them inside a sentence (not at its start, not in a headline in title case, not a day's
    or a month's name): "Calvaro General Hospital", "Dr. Helena Sarkis" where only "Calvaro",
    "Hospital" and "Sarkis" are names; an office before the run's first name is no part of it
    ("Health Minister Amina Roselló", "Dr."). Not in a text whose language capitalises every noun
    (*languages*, one per text where told: :data:`core.stories.words.NOUN_LANGUAGES`): there a
    capital says a word is a noun, and the noun before a name is its office or kind ("die
    Regionalgouverneurin Pavla Ternova", "der Betreiber Drennik Mining"), no part of it. A possessive inside a run printed twice at least
    ("St. Bride's Primary School") is the name's unless the owner or what it owns is printed as a
    run of its own ("Brazil's Foreign Ministry" beside "Brazil"): the owner alone ("St. Bride") is
    no whole name. Capitalised words joined by a dash without spaces ("Aldmar–Pellin InterCity", a
    route) are a compound: the run holding it is a whole name of its own words only, as printed,
    and of none of its parts ("Pellin InterCity" is printed nowhere; a comma ends a run too)."""
    printings: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    owned: dict[tuple[str, ...], set[int]] = defaultdict(set)  # a run -> where a possessive stands inside it
    # runs holding a compound of capitalised words joined by a dash ("Aldmar–Pellin InterCity"): the
    # whole name of the run alone, never of a part ("Pellin InterCity" is printed nowhere)
    compounds: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # runs printed right after an office and the word that joins it to what it is of ("minister van
    # Binnenlandse Zaken Petra Dunaj", "la ministra del Interior Petra Dunaj"): the office's name opens them
    officed: set[tuple[str, ...]] = set()
    for at, text in enumerate(texts):
        nouns = at < len(languages) and languages[at] in NOUN_LANGUAGES  # a capital tells a noun, not a name
        run: list[tuple[str, str]] = []  # (folded, printed)
        last: tuple[str, str] | None = None  # the word before, when capitalised: (folded, printed)
        # capitalised words that are no name of the story's, after the run's last name: part of it
        # only if a name follows them ("Calvaro General Hospital", "Dr. Helena Sarkis")
        others: list[tuple[str, str]] = []
        headline = _title_case(text)
        end = 0
        numbered = False  # the run ends before a number (a designation's)
        opens = True  # the next word opens a sentence
        opened = False  # the run's first word opens one
        office = False  # the run opens right after an office and its joining word ("minister van")
        prior: list[tuple[str, str]] = []  # the last two words before this one: (folded, what came before it)

        def close() -> None:
            nonlocal office
            # An office before the first name of a run is no part of it: "Health Minister Amina Roselló"
            # is "Amina Roselló" ("Dr." too, and "Minister of Health Tomas Reyland" below).
            first = next((i for i, (k, _) in enumerate(run) if k in names), len(run))
            del run[: max((i + 1 for i in range(first) if is_title(run[i][0])), default=0)]
            if any(" " in k for k, _ in run):  # a compound's entry holds its folded words apart by spaces
                compounds[tuple(w for k, _ in run for w in k.split(" "))][" ".join(w for _, w in run[:-1]) + (" " if len(run) > 1 else "") + _printed(run[-1][1])] += 1
                run.clear()
            if len(run) == 1 and alone is not None and not opened and not numbered:
                alone.add(run[0][0])  # a name printed on its own inside a sentence ("Felt said"; not "Shaft No. 4")
            if run:
                keys = tuple(k for k, _ in run)
                if office:
                    officed.add(keys)
                printings[keys][" ".join(w for _, w in run[:-1]) + (" " if len(run) > 1 else "") + _printed(run[-1][1])] += 1
                owned[keys].update(i for i, (_, w) in enumerate(run[:-1]) if _POSSESSIVE.search(w))
            run.clear()
            others.clear()
            office = False

        for found in _PRINTED_WORD.finditer(text):
            word, between = found.group(), text[end : found.start()]
            end = found.end()
            after_office = (len(prior) == 2 and is_title(prior[0][0]) and prior[1][0] in NAME_JOINERS
                            and not prior[1][1].strip() and not between.strip())
            prior = [*prior[-1:], (_name_key(word), between)]
            starts = opens or bool(_SENTENCE_GAP.search(between))
            key = _name_key(word)
            # a number after the run makes its word a kind of thing's ("Shaft 4", "Shaft No. 4"), none printed alone
            numbered = bool(_NUMBER_NEXT.match(between)) or key in NUMBER_MARKS and bool(_NUMBER_NEXT.match(text, end))
            before, last = last, ((key, word) if word[:1].isupper() else None)
            opens = word.endswith(".") and key not in ABBREVIATIONS and not is_title(key)
            if between in _COMPOUND_DASHES and before is not None and last is not None and not starts:
                # a compound of names ("Aldmar–Pellin", "Tarrow/Vessing"): one word of the run it
                # stands in, and its tail opens no run of its own
                held = others if others else run
                if held and held[-1] == before:
                    held.pop()
                elif not run and not others:
                    opened = False
                if key in names or key in _INSIDE_NAMES:
                    run.extend(others)
                    others.clear()
                    held = run
                held.append((f"{before[0]} {key}", f"{before[1]}{between}{word}"))
                if opens:
                    close()
                continue
            if between.strip():
                close()
            if not run and not others:
                office = after_office
            if starts and not run and not others and key in QUANTIFIERS and key not in names:
                continue  # "Every Harwick Valley Health service ...": the sentence's word, no name's
            if word[:1].isupper() and case_ending(word) is not None:
                # A case ending closes the name it ends ("Norvalis Air CEO'su Tomas Heidrun": the airline's
                # chief executive, Tomas Heidrun): the word is the run's last where it is a name, else no part of it.
                if key in names or key in _INSIDE_NAMES:
                    if not run and not others:
                        opened = starts
                    run.extend(others)
                    others.clear()
                    run.append((key, word))
                close()
                continue
            if word[:1].isupper() and (key in names or key in _INSIDE_NAMES):
                if not run and not others:
                    opened = starts
                run.extend(others)
                others.clear()
                run.append((key, word))
            elif word[:1].isupper() and len(key) > 1 and not (headline or starts or opens or is_stopword(key) or key in NAME_JOINERS
                                                              or key in WEEKDAYS or key in MONTHS or nouns):
                if not run and not others:
                    opened = False
                others.append((key, word))
                continue
            else:
                close()
                continue
            if opens:
                close()
        numbered = bool(_NUMBER_NEXT.match(text, end))
        close()
    # A possessive inside a run is the name's ("St. Bride's Primary School") where the run is printed
    # twice at least and the owner is never printed alone: else it ends the owner's name, and what
    # follows is another ("Brazil's Foreign Ministry": "Brazil" and "Foreign Ministry").
    for keys in [k for k, at in owned.items() if at]:
        apart = sum(printings[keys].values()) < 2 or any(keys[: i + 1] in printings or keys[i + 1 :] in printings for i in owned[keys])
        if apart:
            cuts = [0, *(i + 1 for i in sorted(owned.pop(keys))), len(keys)]
            for as_printed, count in printings.pop(keys).items():
                words = as_printed.split(" ")
                for start, stop in zip(cuts, cuts[1:]):
                    printings[keys[start:stop]][" ".join(words[start : stop - 1] + [_printed(words[stop - 1])])] += count
    # An office's word before a name the texts print alone too is no part of it, nor what comes
    # before the office: "Minister of Health Tomas Reyland" prints "Tomas Reyland", as "Secretary of
    # State Ana Lind" prints "Ana Lind" and "Superior Court Judge James Bodiford" "James Bodiford".
    # So is the office's name a run opens with after an office and its joining word ("minister van
    # Binnenlandse Zaken Petra Dunaj", as "Minister of Health Tomas Reyland"): the person is the run's
    # tail printed as a run of its own elsewhere ("Interior minister Petra Dunaj"), else, where the
    # surname is printed alone ("zei Dunaj"), the last two words.
    for keys in sorted(printings, key=len, reverse=True):
        cut = max((i + 1 for i in range(len(keys) - 2) if is_title(keys[i]) and _person(keys[i + 1 :], printings)), default=0)
        if keys in officed and not cut:
            cut = _office_cut(keys, printings)
        if cut and keys in printings:
            owned.pop(keys, None)
            for as_printed, count in printings.pop(keys).items():
                printings[keys[cut:]][as_printed.split(" ", cut)[cut]] += count
    inside: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)  # a name -> the longer runs it stands in
    for keys in printings:
        if any(keys[:cut] in printings and keys[cut:] in printings for cut in range(1, len(keys))):
            # Two names printed side by side, each printed as a run of its own too ("the Norvalis Air
            # Tessaro T-72": an airline and its aircraft's type), are no whole name of either.
            continue
        for start in range(len(keys)):
            for stop in range(start + 1, len(keys) + 1):
                if stop - start < len(keys) and (stop == len(keys) or keys[start:stop] not in printings) and stop - 1 not in owned.get(keys, ()):
                    inside[keys[start:stop]].add(keys)
    whole = {" ".join(keys): max(printings[keys], key=printings[keys].__getitem__) for keys, at in owned.items() if at and keys in printings}
    for keys, spelt in compounds.items():  # by its words, and by the last of them as a run's feature holds it
        counted = [i for i, word in enumerate(keys) if word not in NAME_JOINERS]
        for part in {keys, keys[counted[-RUN_WORDS] if len(counted) >= RUN_WORDS else 0 :]}:
            whole.setdefault(" ".join(part), max(spelt, key=spelt.__getitem__))
    for name, runs in inside.items():
        widest = [r for r in runs if not any(len(o) > len(r) and _holds(o, r) for o in runs)]
        times = {r: sum(printings[r].values()) for r in widest}
        most = max(widest, key=lambda r: (times[r], r))
        if len(widest) == 1 or times[most] >= WHOLE_NAME_SHARE * (sum(times.values()) - times[most]):
            # one run, or one printed four times as often as the others together ("Global Health
            # Agency" five times, a Portuguese report's "Agência Global" once)
            spelt = printings[most]
            whole[" ".join(name)] = max(spelt, key=spelt.__getitem__)  # the commonest printing (ties: the first)
    return whole


def _office_cut(keys: tuple[str, ...], printings: Collection[tuple[str, ...]]) -> int:
    """Where the person's name begins in a run *keys* printed after an office and its joining word
    ("binnenlandse zaken petra dunaj" of "minister van Binnenlandse Zaken Petra Dunaj"): before its
    longest tail of two words or more printed as a run of its own, else before its last two words
    where the last (a surname) is printed alone; 0 (no cut) where neither is."""
    tails = [i for i in range(1, len(keys) - 1) if keys[i:] in printings]
    if tails:
        return tails[0]
    return len(keys) - 2 if len(keys) > 2 and keys[-1:] in printings else 0


def _person(keys: tuple[str, ...], printings: Collection[tuple[str, ...]]) -> bool:
    """Whether the words *keys* after an office's word name someone: printed as a run of their
    own, or their last word (a surname, "Kempthorne said") is, and none is a word that stands
    inside names of things ("Coordination Agency" of the "Global Health Coordination Agency")."""
    return (keys in printings or keys[-1:] in printings) and not any(k in _INSIDE_NAMES for k in keys)


#: What joins two capitalised words into a compound of names, written without spaces ("Aldmar–Pellin
#: InterCity", "the Tarrow/Vessing line"): a route or a pair, whose tail is no name's first word.
_COMPOUND_DASHES = frozenset("–—‒/")
#: A possessive's ending ("Bride's").
_POSSESSIVE = re.compile(r"['’]s$")
#: A number next in a text, maybe after a number sign ("4", "№ 4").
_NUMBER_NEXT = re.compile(r"\s*(?:№\s*)?\d")
#: What between two words ends a sentence or sets off a quotation: the word after it opens one.
_SENTENCE_GAP = re.compile(r"[.!?:;\"“”«»]")


def _title_case(text: str) -> bool:
    """Whether *text* is a headline in title case: (nearly) all of its longer words capitalised
    (a sentence as dense with names is read as one too: its runs are then only of names)."""
    long = [w for w in _PRINTED_WORD.findall(text) if len(w) > 3]
    return len(long) >= 2 and sum(not w[:1].isupper() for w in long) <= 0.15 * len(long)


def _holds(run: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether the words *part* stand one after another in *run*."""
    return any(run[i : i + len(part)] == part for i in range(len(run) - len(part) + 1))


#: A number right before a word, as a unit's symbol follows it ("4.2 GW", "4,200MW", "400 kV").
_NUMBER_BEFORE = re.compile(r"\d[\u00a0\u202f ]?$")


def _unit_symbol(word: str, texts: Sequence[str]) -> bool:
    """Whether *word* (a name a story's profiles hold, in any case) is a unit's symbol: *texts* print it, and
    only right after a number ("4.2 GW", "4,200 MW", "the 400 kV line"), as no name is printed."""
    printed = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)  # (a profile holds it folded: "gw")
    places = [(t, m.start()) for t in texts for m in printed.finditer(t)]
    return bool(places) and all(_NUMBER_BEFORE.search(t, max(0, at - 2), at) for t, at in places)


#: A word written in small letters.
_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-zß-ÿ][\w'’-]*")
#: A figure as a profile holds a number without a scale ("24", "1.5"; not "85 percent").
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: A clock's time around a number ("14:20"): no figure.
_CLOCK_BEFORE, _CLOCK_AFTER = re.compile(r"\d[:.]$"), re.compile(r"[:.]\d\d")


def dates_and_spans(texts: Iterable[str], numbers: Collection[str]) -> set[str]:
    """Those of *numbers* (as :func:`core.numbers.plain_digits` gives them) that *texts* print,
    and print only as a date's day (:func:`core.text.date_day`: "14 to 16 November", "Nov. 14
    and 16") or a span of time (a unit of :data:`core.quantities.SECONDS` after it: "the 24 hours
    to Saturday", "21 days"); a clock's time ("14:20") is neither, nor a figure."""
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # number -> [printed as a figure, as a day or a span]
    for text in texts:
        folded, flat = words_and_offsets(text)
        for k, word in enumerate(folded):
            if not word[:1].isdigit() or (value := plain_digits(word)) not in numbers:
                continue
            if _CLOCK_BEFORE.search(text, 0, flat[2 * k]) or _CLOCK_AFTER.match(text, flat[2 * k + 1]):
                continue
            span = k + 1 < len(folded) and folded[k + 1].removesuffix("s") in SECONDS and folded[k + 2 : k + 3] != ["old"]
            seen[value][0] += 1
            seen[value][1] += date_day(folded, k) or span
    return {n for n, (printed, timed) in seen.items() if printed == timed}


def _shown(kind: str, value: str, printed: dict[str, str] | None = None) -> str:
    """A feature as a reader writes it: "Tara Reid", "4 billion", "3,200", "2008", "13 June"; a name's
    words as *printed* (:func:`printed_names`) spells them, else capitalised, but for its particles
    ("Bank of England", "Marit Van der Berg")."""
    if kind in "nr":
        return " ".join(
            (printed or {}).get(w) or (w if w in NAME_JOINERS else w[:1].upper() + w[1:]) for w in value.split()
        )
    if kind == "t" and value.startswith("y"):
        return value[1:]
    if kind == "t" and value.startswith("d"):
        month, day = value[1:].split("-")
        return f"{int(day)} {date(2000, int(month), 1):%B}"
    if kind == "f" and value.isdigit():
        return f"{int(value):,}"  # "3,200" as reports print it (years are times: "t:y2008")
    return value


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """One story as the story list shows it."""

    id: int
    title: str
    outlets: tuple[str, ...]
    first: str | None  # the earliest of its articles' publication times as read (a day, or a time), None: undated
    last: str | None  # the latest
    articles: int
    paragraphs: int
    read: int

    @property
    def days(self) -> tuple[str | None, str | None]:
        """The days of :attr:`first` and :attr:`last` ("2026-11-30", in the time zone each was
        published in; None when undated): one format whether an article gave a day or a time."""
        return (self.first or "")[:10] or None, (self.last or "")[:10] or None


@dataclass(frozen=True, slots=True)
class Related:
    """Another story related to one (:meth:`Library.related`): an article of each shares with the
    other enough of what grouping weighs (names, places, figures, dates, quoted words, within
    :data:`core.stories.cluster.WINDOW_DAYS` days) for their evidence to count, too little, or
    too little on average, for one event: the outbreak's next event, the follow-up's earlier one."""

    story: int
    title: str
    first: str | None  # the earliest of its articles' publication times, as :class:`StoryInfo`'s
    last: str | None
    #: The strongest evidence between an article of each (:func:`core.stories.cluster.evidence`, 0..1).
    score: float

    @property
    def days(self) -> tuple[str | None, str | None]:
        """The days of :attr:`first` and :attr:`last`, as :attr:`StoryInfo.days`."""
        return (self.first or "")[:10] or None, (self.last or "")[:10] or None

    def to_json(self) -> dict[str, object]:
        """``{"id", "title", "first", "last", "score"}`` (days, as ``stories --json`` gives a story's)."""
        return {"id": self.story, "title": self.title, "first": self.days[0], "last": self.days[1], "score": round(self.score, 3)}


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked paragraph with enough to show it in a list."""

    ref: Ref
    story: int
    outlet: str
    title: str
    text: str
    at: float


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A paragraph that holds every word of a search, with where they stand in it; or, found by
    :meth:`Library.search_close`, some of them only as a word close to the one typed."""

    ref: Ref
    story: int
    outlet: str
    title: str
    published: str | None
    text: str
    spans: tuple[tuple[int, int], ...]
    #: 0..100: how closely it holds the words, the mean over them (100 as typed, :func:`close_score`
    #: for a word close to one): below 100 for a close match only.
    score: float = 100.0
    #: (typed, held) for each word it holds only as a word close to it: ("admiting", "admitting").
    instead: tuple[tuple[str, str], ...] = ()

    @property
    def close(self) -> bool:
        """Whether it holds some word only as a word close to the one typed."""
        return bool(self.instead)


@dataclass(frozen=True, slots=True)
class Change:
    """A merge, split, move or removal that :meth:`Library.undo` can revert."""

    id: int
    kind: str  # "merge", "split" or "remove"
    summary: str  # one line, e.g. "merged story 7 into story 3"
    story: int  # the story the change left: merged into, split from, removed
    at: float  # seconds since the epoch


@dataclass(frozen=True, slots=True)
class Undone:
    """What :meth:`Library.undo` reverted, and the stories that hold its articles again."""

    change: Change
    stories: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Compacted:
    """What :meth:`Library.compact` did: the library's bytes on disk before and after, the undo
    journal's changes it forgot and those still held."""

    before: int
    after: int
    forgotten: int
    held: int


#: The tables every newsprism library holds from its first schema on (MIGRATIONS 1), at any version.
_OWN_TABLES = ("articles", "links", "paragraphs", "stories")
#: How many of another program's tables the refusal of its file names.
_TABLES_SHOWN = 5


def _foreign(db: sqlite3.Connection) -> str | None:
    """Why the SQLite file open on *db* is not a newsprism library, in a few words ("it holds other
    tables: t, notes"); None when it is one (a schema version, ``PRAGMA user_version``, set by
    :data:`MIGRATIONS` and its tables there) or is empty (no table and no version yet: a new library,
    made by the first migration). Raises what SQLite raises for a file that is no database.

    The version and the tables are read in one read transaction: another process creating the
    library commits its first tables and their version together, and two reads either side of that
    commit would see tables without a version, another program's file."""
    db.execute("BEGIN")
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        names = [n for (n,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite^_%' ESCAPE '^' ORDER BY name"
        )]
    finally:
        db.execute("COMMIT")
    if not names:
        return None if version == 0 else "it holds none of newsprism's tables"
    missing = [t for t in _OWN_TABLES if t not in names]
    if version and missing and len(missing) < len(_OWN_TABLES):
        return f"it lacks the table{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
    if version == 0 or missing:
        more = f", … ({len(names)} in all)" if len(names) > _TABLES_SHOWN else ""
        return f"it holds other tables: {', '.join(names[:_TABLES_SHOWN])}{more}"
    return None


class Headline(NamedTuple):
    """An article as a list names it: its id, its story, its outlet and title (untrusted text)."""

    id: str
    story: int
    outlet: str
    title: str


class _Stale(LibraryError):
    """A change :meth:`Library.undo` cannot revert: the library has moved past it."""


def _writable(path: Path) -> bool:
    """Whether SQLite can write the library at *path* (and its WAL beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


#: The trigram index finds words of three characters or more; shorter ones are matched by scanning.
TRIGRAM = 3


#: What stands around a word of a search and is no part of it: quotation marks, brackets and
#: punctuation ('"six hours"', "(qin)", "qin," found nothing: the index holds no such word).
_SEARCH_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
#: The apostrophes a text may write ("Blinken's", "Blinken’s"): a search word with one finds either.
_APOSTROPHES = "'’ʼ"


def _search_words(query: str) -> list[str]:
    """The words of a search, sanitised, without the punctuation around them (:data:`_SEARCH_EDGES`),
    folded as the index holds text (:func:`core.text.search_fold`: no accents, no case) and
    without duplicates, longest first."""
    from core.sanitize import sanitize

    found = dict.fromkeys(f for w in sanitize(query).split() if (f := _SEARCH_EDGES.sub("", search_fold(w))))
    return sorted(found, key=len, reverse=True)


def _spellings(word: str) -> list[str]:
    """*word* as a text may write it: with each of :data:`_APOSTROPHES` for an apostrophe it holds."""
    if not any(a in word for a in _APOSTROPHES):
        return [word]
    return list(dict.fromkeys(re.sub(f"[{_APOSTROPHES}]", a, word) for a in _APOSTROPHES))


def _search_filter(query: str, story: int | None, other_than: int | None) -> tuple[str, list[object], bool] | None:
    """The WHERE clause of a search for every word of *query* (:func:`_search_words`; each in
    any of its :func:`_spellings`), its values, and whether it uses the trigram index; None for
    a query of no word. Words of :data:`TRIGRAM` characters or more go through the index, shorter
    ones are scanned (LIKE)."""
    words = _search_words(query)
    if not words:
        return None
    indexed = [_spellings(w) for w in words if len(w) >= TRIGRAM]
    where: list[str] = []
    values: list[object] = []
    if indexed:
        where.append("search MATCH ?")
        values.append(" AND ".join(
            "(" + " OR ".join('"' + s.replace('"', '""') + '"' for s in spellings) + ")" for spellings in indexed
        ))
    for word in (w for w in words if len(w) < TRIGRAM):
        spellings = _spellings(word)
        where.append("(" + " OR ".join("search.text LIKE ? ESCAPE '\\'" for _ in spellings) + ")")
        values.extend("%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for s in spellings)
    for column, value, test in (("a.story", story, "="), ("a.story", other_than, "!=")):
        if value is not None:
            where.append(f"{column} {test} ?")
            values.append(value)
    return " AND ".join(where), values, bool(indexed)


#: A word the vocabulary keeps (table ``vocab``): letters only (a figure typed wrong is another
#: figure, not a typo), 3 to 30 of them, in text as :func:`core.text.search_fold` gives it.
_VOCAB_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,30}(?![^\W\d_])")
#: The vocabulary of each library file searched in this process (Library._vocabulary): path -> (words, by length).
_VOCABULARIES: dict[str, tuple[tuple[int, float], dict[int, list[str]]]] = {}
#: The most stories :meth:`Library.related` lists for one.
RELATED = 8
#: The most words of the library one typed word is taken for (the closest first).
CLOSE_WORDS = 8


def _paragraph_words(folded: Iterable[str]) -> Counter[str]:
    """How many of the *folded* paragraphs hold each word the vocabulary keeps (:data:`_VOCAB_WORD`):
    a word twice in one paragraph counts once."""
    return Counter(w for text in folded for w in set(_VOCAB_WORD.findall(text)))


def _keep_words(db: sqlite3.Connection, folded: Iterable[str]) -> None:
    """Inside a write, once the *folded* paragraphs have entered the search index: count each of
    their words (:data:`_VOCAB_WORD`) into the vocabulary (``vocab.n``: how many paragraphs of the
    index hold it)."""
    db.executemany(
        "INSERT INTO vocab (word, n) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET n = n + excluded.n",
        _paragraph_words(folded).items(),
    )


def _drop_words(db: sqlite3.Connection, folded: Iterable[str]) -> int:
    """Inside a write, once the *folded* paragraphs have left the search index (an article removed,
    or revised): count each of their words (:data:`_VOCAB_WORD`) out of the vocabulary, and drop
    those no paragraph holds any more; how many went. Exact as long as every paragraph that enters
    the index is counted in (:func:`_keep_words`) and every one that leaves counted out: no look-up
    in the index (one per word took a 300-article library's removal from 86 to 716 ms)."""
    counted = _paragraph_words(folded)
    db.executemany("UPDATE vocab SET n = n - ? WHERE word = ?", ((n, w) for w, n in counted.items()))
    gone = 0
    for batch in _batches(sorted(counted), 500):
        marks = ",".join("?" * len(batch))
        gone += db.execute(f"DELETE FROM vocab WHERE word IN ({marks}) AND n <= 0", batch).rowcount
    return gone


def _count_words_again(db: sqlite3.Connection) -> None:
    """Inside a write: the vocabulary built again from the paragraphs of the search index."""
    db.execute("DELETE FROM vocab")
    for chunk in _batches(t for (t,) in db.execute("SELECT text FROM search").fetchall()):
        _keep_words(db, chunk)


def _batches(items: Iterable[str], size: int = 2000) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def typo_edits(word: str) -> int:
    """How many edits (a letter added, dropped, changed, or two swapped) a typed *word* may be
    from a word of the library that search takes for it: none under 4 letters or with anything
    but letters ("the", "2026"), 1 up to 7 letters ("famlies"), 2 from 8 ("admiting")."""
    if len(word) < 4 or not word.isalpha():
        return 0
    return 1 if len(word) < 8 else 2


def close_score(typed: str, found: str) -> float:
    """0..100: how close a library's *found* word is to a *typed* one (rapidfuzz's ratio: "admiting"
    and "admitting" 94)."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(typed, found))


def find_spans(text: str, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Where each of *words* stands in *text*, ignoring accents and case as search does
    (:func:`core.text.search_fold`), as character offsets into *text* itself; overlapping spans merged."""
    folded, offsets = search_folded(text)
    spans = sorted(
        (offsets[m.start()], offsets[m.end()])
        for word in words if (key := search_fold(word))
        for m in re.finditer(re.escape(key), folded)
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _busy(exc: sqlite3.Error) -> bool:
    """Whether another connection holding a lock caused *exc*."""
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _reason(exc: sqlite3.Error) -> str:
    """What went wrong, in the user's words where SQLite's are obscure."""
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR"):
        return f"cannot write to the disk: is it full? ({exc})"
    return str(exc)


#: SQLite's primary result codes for a file that is damaged, or no database at all, with what SQLite says of
#: each (sqlite3_errstr): the message of the error itself may name an inner part ("vtable constructor failed: search").
_DAMAGED = {"SQLITE_CORRUPT": "database disk image is malformed", "SQLITE_NOTADB": "file is not a database"}
#: How Python's sqlite3 (not SQLite: no error code) says a text column holds bytes that are no UTF-8.
#: newsprism stores only str, so only damage puts them there (random bytes over a page that still
#: parses); its message quotes the bytes, which are never shown.
_UNDECODABLE = "Could not decode to UTF-8"
#: Its primary result codes for a file or disk that fails under the library: it cannot be read or written.
_UNUSABLE = frozenset({
    "SQLITE_IOERR", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_NOLFS",
    "SQLITE_NOMEM", "SQLITE_PROTOCOL",
})


def _schema_tables() -> frozenset[str]:
    """The tables (and views) the migrations leave, by name: created (or renamed to) and not dropped after."""
    tables: set[str] = set()
    for statements in MIGRATIONS:
        for statement in statements:
            if m := re.match(r"\s*CREATE (?:VIRTUAL )?(?:TABLE|VIEW) (?:IF NOT EXISTS )?(\w+)", statement):
                tables.add(m[1])
            elif m := re.match(r"\s*ALTER TABLE \w+ RENAME TO (\w+)", statement):
                tables.add(m[1])
            elif m := re.match(r"\s*DROP (?:TABLE|VIEW) (?:IF EXISTS )?(\w+)", statement):
                tables.discard(m[1])
    return frozenset(t for t in tables if not t.endswith("_new"))


#: Every table (and view) the migrations leave, by name: a library at the current schema
#: version that lacks one has been damaged (a table dropped by hand, or a page of the schema).
_SCHEMA_TABLES = _schema_tables()
#: How SQLite says a statement names a table the file does not hold (a foreign key's action
#: names it with its schema: "no such table: main.seen").
_NO_SUCH_TABLE = re.compile(r"no such table: (?:main\.)?(\w+)")


def _failure(path: Path, exc: sqlite3.DatabaseError) -> LibraryFailure | None:
    """What the user is told of *exc*, raised by a statement on the library at *path*: one line
    naming the file when the file is damaged or no database ("not a newsprism library (database
    disk image is malformed)", as opening such a file says; "(it lacks the table seen)" when one of
    newsprism's own tables is gone, as opening one that lacks a first-schema table says) or when the
    disk under it fails. None for a busy or locked library (its callers wait, or say another
    newsprism is writing) and for every other error, newsprism's own mistake, which goes to a crash log."""
    primary = "_".join(getattr(exc, "sqlite_errorname", "").split("_")[:2])  # SQLITE_CORRUPT_INDEX: SQLITE_CORRUPT
    if isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(_UNDECODABLE):
        primary = "SQLITE_CORRUPT"
    missing = _NO_SUCH_TABLE.fullmatch(str(exc)) if isinstance(exc, sqlite3.OperationalError) else None
    if missing and missing[1] in _SCHEMA_TABLES:
        return LibraryFailure(f"{path}: not a newsprism library (it lacks the table {missing[1]})")
    if primary in _DAMAGED:
        return LibraryFailure(f"{path}: not a newsprism library ({_DAMAGED[primary]})")
    if primary in _UNUSABLE:
        return LibraryFailure(f"{path}: {_reason(exc)}")
    return None


def _translated(cursor: sqlite3.Cursor, exc: sqlite3.DatabaseError) -> NoReturn:
    """Raise what :func:`_failure` makes of *exc*, raised by *cursor* of the library's connection, or *exc* itself."""
    library = getattr(cursor.connection, "library", None)
    failure = None if library is None else _failure(library, exc)
    if failure is None:
        raise exc
    raise failure from None


def _translating(method: Callable[..., Any]) -> Callable[..., Any]:
    """*method* of :class:`_Cursor`, its SQLite errors :func:`_translated`."""

    @wraps(method)
    def translated(cursor: sqlite3.Cursor, *args: Any) -> Any:
        try:
            return method(cursor, *args)
        except sqlite3.DatabaseError as exc:
            _translated(cursor, exc)

    return translated


class _Cursor(sqlite3.Cursor):
    """A cursor of the library's connection: a statement run, or a row read (a damaged page may lie
    under any row), raises :class:`LibraryFailure` where :func:`_failure` translates SQLite's error."""

    execute = _translating(sqlite3.Cursor.execute)
    executemany = _translating(sqlite3.Cursor.executemany)
    fetchone = _translating(sqlite3.Cursor.fetchone)
    fetchmany = _translating(sqlite3.Cursor.fetchmany)
    fetchall = _translating(sqlite3.Cursor.fetchall)

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]  # a generator, not the cursor itself
        # Each row fetched in C: a __next__ of Python's own cost a third more on a long read.
        try:
            yield from iter(partial(sqlite3.Cursor.fetchone, self), None)
        except sqlite3.DatabaseError as exc:
            _translated(self, exc)


class _Connection(sqlite3.Connection):
    """The library's connection: the one place where what SQLite raises for a damaged file or a
    failing disk becomes one :class:`LibraryFailure` line naming the file, whatever reads or writes
    the library (the store, :mod:`core.library.changes`, :mod:`core.library.subscriptions`) and in
    whichever command or reader thread. Translation starts once :attr:`library` is set, when the
    file has been opened (opening says what is wrong with a file its own way)."""

    #: The library file, once open; None: SQLite's errors come out as they are.
    library: Path | None = None

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        cursor: sqlite3.Cursor = self.cursor(_Cursor)
        try:
            return cursor.execute(sql, parameters)
        except BaseException:
            # A failed statement left to the garbage collector (the exception's traceback holds
            # its cursor) keeps the file open after close(): SQLite closes a connection only once
            # its statements are finalised, and a read-only mount could then not be unmounted.
            cursor.close()
            raise

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        cursor: sqlite3.Cursor = self.cursor(_Cursor)
        try:
            return cursor.executemany(sql, parameters)
        except BaseException:
            cursor.close()  # as in execute
            raise


def _chunked(values: Sequence[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """*values* in chunks of at most *size* (under SQLite's bound on a statement's parameters),
    each with the "?,?,..." marks of an ``IN (...)`` that takes it."""
    for start in range(0, len(values), size):
        chunk = list(values[start : start + size])
        yield chunk, ",".join("?" * len(chunk))


class Library:
    """One library file, open for reading and writing.

    Use as a context manager, or call :meth:`close`. Writers wait up to
    :data:`BUSY_TIMEOUT` seconds for each other; readers never wait (WAL).
    A path that is a directory, device, FIFO or socket raises :class:`LibraryError` before
    SQLite touches it (nothing is created beside it).

    A SQLite file that is not a library (another program's, holding tables of its own) raises
    :class:`LibraryError` and is left as it was; an empty file becomes a new library. A file damaged
    inside (a malformed page under a sound header) opens, and whatever statement meets the damage
    raises :class:`LibraryFailure`, one line naming the file, as does a failing disk; a busy or
    locked library is waited for, or said as such.

    A library that cannot be written (a read-only file or folder, read-only media) opens
    read-only (:attr:`read_only`): listing, searching and reading work; :meth:`mark_read`
    keeps nothing, silently (the caller says so once); every other change raises
    :class:`LibraryError`. A reader keeping the library open notices changes made by other
    processes (`newsprism add`, `newsprism story merge`) through :attr:`data_version`.

    :meth:`merge`, :meth:`split` and :meth:`remove` are journalled in the file (the last
    :data:`UNDO_DEPTH`): :meth:`last_change` says what :meth:`undo` would revert (a
    :class:`Change` with a one-line summary, for a "u: undo ..." hint), and :meth:`undo`
    reverts it and returns the stories that hold its articles again (:class:`Undone`), for
    the reader to reopen. The journal lives in the library, so `newsprism story undo` reverts
    a change made in the reader and the other way round.
    """

    def __init__(self, path: Path, *, timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        #: Stories articles were linked into one at a time since the last :meth:`relink`.
        self._incremental: set[int] = set()
        #: Library.close_words of each word asked, while the vocabulary holds as many words.
        self._close: tuple[tuple[int, float], dict[str, list[str]]] = ((-1, 0.0), {})
        #: Articles added with ``group=False``, grouped by :meth:`group_added`.
        self._ungrouped: list[str] = []
        # the articles added while this library is open: none of them is a file edited since (identity rule 3)
        self._added_now: set[str] = set()
        #: The outlets the library holds as :meth:`_outlets` read them, kept from one add to the next
        #: (:meth:`_keeping_outlets`), and what the last add left (:meth:`_written`).
        self._outlets_held: dict[str, None] | None = None
        self._outlets_stamp: tuple[int, int] = (-1, -1)
        if self.path.is_dir():
            raise LibraryError(f"{self.path}: is a directory, not a library file (e.g. {self.path / 'library.sqlite'})")
        if self.path.exists() and not self.path.is_file():  # a device, FIFO or socket: SQLite would hang or write beside it
            raise LibraryError(f"{self.path}: not a regular file, not a library")
        #: True when the file or its folder cannot be written: the library is only read.
        self.read_only = self.path.exists() and not _writable(self.path)
        if self.read_only:
            self._db = self._open_read_only()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False, factory=_Connection,
            )
            # The search index holds paragraphs folded (MIGRATIONS 15); statements that fill it call this.
            self._db.create_function("newsprism_search_fold", 1, search_fold, deterministic=True)
            # The articles' headlines as identity compares them (MIGRATIONS 37); the versions' are compared through it.
            self._db.create_function("newsprism_headline_key", 1, headline_key, deterministic=True)
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(f"{self.path}: cannot open the library ({exc})") from None
        # Switching a new file to WAL takes a lock SQLite's busy handler does not wait for:
        # when two processes create one library at once, the second tries again.
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._db.execute("PRAGMA foreign_keys = ON")
                if foreign := _foreign(self._db):  # before anything is written: another program's file stays as it is
                    self._db.close()
                    raise LibraryError(f"{self.path}: not a newsprism library ({foreign})")
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
                self._regrounds()
                self._db.library = self.path
                return
            except sqlite3.OperationalError as exc:
                if _busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                self._db.close()
                raise LibraryError(f"{self.path}: cannot open the library ({_reason(exc)})") from None
            except sqlite3.DatabaseError as exc:
                self._db.close()
                raise LibraryError(f"{self.path}: not a newsprism library ({exc})") from None

    def _regrounds(self) -> None:
        """Keep again the grounds of the stories whose kept grounds an older newsprism worked out
        (:data:`GROUNDS_READING`), so `stories` lists what this one reads; left as they are (and
        worked out afresh when asked, :meth:`grounds`) while another newsprism is writing."""
        stale = [s for (s,) in self._db.execute(
            "SELECT id FROM stories WHERE grounds IS NOT NULL AND json_extract(grounds, '$.reading') IS NOT ?", (GROUNDS_READING,))]
        if stale:
            try:
                with self._write():
                    self._keep_grounds(stale)
            except LibraryError:
                pass

    def _open_read_only(self) -> _Connection:
        """Open without writing anything: no WAL switch, no migration; ``immutable`` when SQLite
        cannot even create the shared-memory file a WAL library is read through."""
        from urllib.parse import quote

        uri = "file:" + quote(str(self.path.resolve()))
        for extra in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                db = sqlite3.connect(uri + extra, uri=True, isolation_level=None, check_same_thread=False, factory=_Connection)
            except sqlite3.Error:
                continue
            try:
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                foreign = _foreign(db)
            except sqlite3.DatabaseError as exc:
                db.close()
                if isinstance(exc, sqlite3.OperationalError):
                    continue  # the WAL index cannot be made here: try immutable
                raise LibraryError(f"{self.path}: not a newsprism library ({exc})") from None
            if foreign:
                db.close()
                raise LibraryError(f"{self.path}: not a newsprism library ({foreign})")
            if version > len(MIGRATIONS):
                db.close()
                raise LibraryError(f"{self.path}: made by a newer newsprism (schema {version}; this one knows {len(MIGRATIONS)})")
            if version < len(MIGRATIONS):
                db.close()
                raise LibraryError(
                    f"{self.path}: read-only, and made by an older newsprism (schema {version}); "
                    "open it once where it can be written to bring it up to date"
                )
            db.library = self.path
            return db
        raise LibraryError(f"{self.path}: cannot open the library read-only")

    @property
    def data_version(self) -> int:
        """A number that changes when another connection (another process) commits a change
        to the library; the same while nothing else writes. Costs one PRAGMA: cheap to poll.

        SQLite's ``PRAGMA data_version``: changes this connection makes itself do not move it.
        """
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def signature(self) -> tuple[float, ...]:
        """Which articles the stories hold, in a few numbers that any addition, removal or
        regrouping changes (counts, the last row ids, the sum of the articles' story numbers,
        the latest time an article was added): a reader compares the signature its story list
        was read at with the library's now, which :attr:`data_version` cannot tell across
        connections. Reading state (read marks, bookmarks, what was seen) is not part of it. One pass
        over the articles' rows (milliseconds for 100,000; the links, millions of rows, are
        left out: they change with the articles)."""
        row = self._db.execute(
            """SELECT COUNT(*), COALESCE(MAX(rowid), 0), TOTAL(story), TOTAL(added),
                      (SELECT COUNT(*) FROM stories), (SELECT COALESCE(MAX(rowid), 0) FROM stories)
               FROM articles"""
        ).fetchone()
        return tuple(float(x) for x in row)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    # --- schema ---------------------------------------------------------------

    @property
    def version(self) -> int:
        """The schema version of the file."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.version > len(MIGRATIONS):
            raise LibraryError(
                f"{self.path}: made by a newer newsprism (schema {self.version}; this one knows {len(MIGRATIONS)})"
            )
        if self.version == len(MIGRATIONS):
            return
        # A migration may rebuild a table that others reference: with foreign keys on, dropping the
        # old table would delete every row that references it. SQLite's own recipe: keys off
        # (outside the transaction), rebuild, check the keys, on again.
        self._db.execute("PRAGMA foreign_keys = OFF")
        self._db.create_function(
            "newsprism_identity_key", 4, lambda url, outlet, source, body: identity_key(url, known_outlet(outlet, source), body),
            deterministic=True,
        )
        try:
            while self.version < len(MIGRATIONS):
                with self._write():
                    current = self.version  # another process may have migrated meanwhile
                    if current >= len(MIGRATIONS):
                        break
                    for statement in MIGRATIONS[current]:
                        added = _ADD_COLUMN.match(statement)
                        if added and any(row[1] == added[2] for row in self._db.execute(f"PRAGMA table_info({added[1]})")):
                            continue  # the column is there already: a file whose version was set back
                        self._db.execute(statement)
                    if current + 1 in _RETOLD_SCHEMAS:
                        self._tell_languages()  # before the profiles, which read each article's language
                    if current + 1 == _SPELLED_SCHEMA:
                        self._spell_outlets_out()
                    if any("CREATE TABLE evidence" in statement for statement in MIGRATIONS[current]):
                        self._profile_all()  # the stories' migration: profile what is there
                    elif "DELETE FROM evidence" in MIGRATIONS[current]:
                        self._profile_all(pin=False)  # the profiles changed: profile and weigh again
                        if current + 1 == _REWEIGHED_SCHEMAS[-1]:
                            # what grouping reads changed: group again, once, after the last such migration
                            self._regroup_all()
                    if current == _VOCAB_SCHEMA - 1:  # (the vocabulary's earlier shapes are dropped by it)
                        _count_words_again(self._db)
                    if current == _LANGUAGE_SCHEMA - 1:
                        self._tell_languages()
                    if any("ADD COLUMN headline" in statement for statement in MIGRATIONS[current]):
                        self._keep_headlines(s for (s,) in self._db.execute("SELECT id FROM stories").fetchall())
                    broken = self._db.execute("PRAGMA foreign_key_check").fetchone()
                    if broken:
                        raise LibraryError(f"{self.path}: schema {current + 1} would break a reference ({broken[0]})")
                    self._db.execute(f"PRAGMA user_version = {current + 1}")
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once so concurrent writers queue rather than fail."""
        if self.read_only:
            raise LibraryError(f"{self.path}: the library is read-only; nothing can be changed")
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise LibraryError(f"{self.path}: {exc} (another newsprism is writing)") from None
        try:
            yield self._db
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except LibraryError:  # the file is damaged, or the disk failed (_failure)
                self._rollback()
                raise
            except sqlite3.Error as exc:
                self._rollback()
                raise LibraryError(f"{self.path}: cannot save ({_reason(exc)})") from None

    def _rollback(self) -> None:
        # SQLite rolls back by itself on some errors (a full disk among them): then there is
        # nothing left to roll back, and the error that did it is the one to report.
        self._outlets_held = None  # (an outlet the transaction added is gone again)
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def integrity(self) -> str:
        """SQLite's integrity check: "ok" when the file is sound."""
        rows = self._db.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows)

    # --- adding ---------------------------------------------------------------

    def add(self, article: Article, *, source: str, link: bool = True, group: bool = True, progress: Progress | None = None) -> Added:
        """Add one article: store it, give it a story and link it to that story's articles.

        An article the library already holds (:mod:`core.library.identity`: the same address, or the same
        body under the same outlet) is not added again: the result names it (``new`` False).
        With ``link=False`` (a batch of many articles) the stories it changes are only noted, and
        :meth:`relink` links each of them once at the end (``Added.links`` is then 0); the links
        are the same as when each add links and :meth:`relink` follows. With ``group=False`` too
        (an archive's part) it stays in a story of its own until :meth:`group_added` groups every
        article so added in one run (``Added.story`` is that provisional story); the stories are
        the same as when each add groups.

        *progress*, when given, is called as the article goes through its stages, with (stage,
        paragraphs done, paragraphs in all): "grouping" (its profile: the names, figures and
        words that tell its event), "saving" (its paragraphs and their search index), "linking"
        (to its story's other articles); and "story", counted in its :data:`STORY_STEPS` steps
        (its evidence against the articles held, the groups of its neighbourhood, then the grounds
        and the name of each story that changed: a page of 38,000 paragraphs took seconds there,
        silent after "saving"), with "linking" inside it where the article joins a story of
        others; each stage ends with done == total.
        """
        report = progress or _unreported
        body = body_hash(article.paragraphs)
        try:
            with self._write() as db, self._keeping_outlets():
                article = self._spelled(article)
                key = self._key(article, body)
                held = self._held(article, key=key, body=body)
                if held is not None:
                    return held
                size = len(article.paragraphs)
                found = profile(article, progress=lambda done, total: report("grouping", done * size // max(total, 1), size))
                day = day_number(article.published)
                story = int(db.execute("INSERT INTO stories (created) VALUES (?)", (time.time(),)).lastrowid or 0)
                self._insert(article, key=key, body=body, story=story, source=source, found=found, day=day, progress=report)
                self._added_now.add(article.id)
                report("story", 0, STORY_STEPS)
                self._weigh(article.id, found)
                respelled = self._respell_held(article)
                report("story", 1, STORY_STEPS)
                if not group:
                    self._ungrouped += [article.id, *respelled]  # grouped, and its story noted for relink, by group_added
                    report("story", STORY_STEPS, STORY_STEPS)
                    return Added(article, story, new=True)
                story, links = self._regroup([article.id, *respelled], link=link, progress=report)
                report("story", STORY_STEPS, STORY_STEPS)
                return Added(article, story, new=True, links=links)
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.path}: cannot add {article.title[:60]!r} ({_reason(exc)})") from None

    def _spelled(self, article: Article) -> Article:
        """*article* under the name the library holds its outlet by where it names it by initials:
        "VPA" (a wire text's credit) where the library holds "Veltrania Press Agency" (its site's
        name) and no other outlet those initials spell out (:func:`~core.library.identity.spelled_out`);
        else *article* as it is. An outlet named by the article's file is named by nothing else."""
        if not is_initialism(article.outlet) or known_outlet(article.outlet, article.path) is None:
            return article
        long = spelled_out([*self._outlets(), article.outlet]).get(article.outlet)
        return article if long is None or long == article.outlet else replace(article, outlet=long)

    def _respell_held(self, article: Article) -> list[str]:
        """Inside an add's write, *article* stored: the articles the library holds under an initialism
        that *article*'s outlet spells out, and no other outlet held does
        (:func:`~core.library.identity.spelled_out`), named by it (:meth:`_rename_outlet`), profiled and
        weighed again (their outlet's name is read there); their ids."""
        forms = outlet_initials(article.outlet)
        if not forms:
            return []
        held = self._outlets()
        # (len: SQLite's length() where the names were read with "length(outlet) <= 12"; a name holding a
        # NUL, which that counts up to, is no initialism)
        short = [o for o in held if len(o) <= 12 and is_initialism(o) and o.strip().replace(".", "").casefold() in forms]
        if not short:
            return []
        named = spelled_out(held)
        renamed = [a for o in short if named.get(o) == article.outlet for a in self._rename_outlet(o, article.outlet)]
        for other in renamed:
            self._profile_again(other)
        return renamed

    def _outlets(self) -> dict[str, None]:
        """Inside an add's write: the outlets the library holds, each once, in the order of the first
        article held under each, as ``SELECT DISTINCT outlet FROM articles`` gives them (a scan of
        every article). Read once for a run of adds (a folder's, a batch's, a refresh's: each add
        scanned the library again) and kept up by them (:meth:`_insert`; a rename drops them)."""
        if self._outlets_held is None:
            self._outlets_held = dict.fromkeys(o for (o,) in self._db.execute("SELECT DISTINCT outlet FROM articles"))
        return self._outlets_held

    def _written(self) -> tuple[int, int]:
        """What tells whether the library was written since: another connection's commits
        (:attr:`data_version`) and this one's rows changed (its ``total_changes``)."""
        return self.data_version, self._db.total_changes

    @contextmanager
    def _keeping_outlets(self) -> Iterator[None]:
        """Around an add, inside its write: the outlets :meth:`_outlets` read are kept for it where
        nothing was written since the last add (:meth:`_written`: another process's add, this
        library's merge, removal or undo), else read again; and kept for the next add at its end. A
        rollback drops them (:meth:`_rollback`)."""
        if self._outlets_stamp != self._written():
            self._outlets_held = None
        try:
            yield
        finally:
            self._outlets_stamp = self._written()

    def _rename_outlet(self, short: str, long: str) -> list[str]:
        """Inside a write: name *long* the outlet of the articles held under *short* (those not named
        by their file), their identity keys following (an address's key names no outlet; a copy's
        keeps its old key where the library holds the same body under *long* already); their ids.
        Profiles are left to the caller."""
        db = self._db
        self._outlets_held = None
        renamed = []
        for article_id, source, url, body, key in db.execute(
                "SELECT id, source, url, hash, key FROM articles WHERE outlet = ?", (short,)).fetchall():
            if known_outlet(short, source) is None:
                continue
            new_key = identity_key(None, known_outlet(long, source), body) if key.startswith("copy:") else key
            if new_key != key and db.execute("SELECT 1 FROM articles WHERE key = ?", (new_key,)).fetchone():
                new_key = key
            db.execute("UPDATE articles SET outlet = ?, key = ? WHERE id = ?", (long, new_key, article_id))
            renamed.append(article_id)
        return renamed

    def _profile_again(self, article_id: str) -> None:
        """Inside a write: profile the held *article_id* again (its text or outlet changed), its terms,
        their counts and its evidence made again."""
        self._unindex_profile(article_id)
        [held] = self._load([article_id])
        found = profile(held)
        self._index_profile(article_id, found)
        self._weigh(article_id, found)

    def _unindex_profile(self, article_id: str) -> None:
        """Inside a write: take out what :meth:`_index_profile` kept of *article_id*'s profile (its
        terms, and their counts in ``term_df``, a count at 0 dropped) and the evidence weighed from
        it, before it is profiled again (its text or outlet changed)."""
        db = self._db
        db.execute("UPDATE term_df SET df = df - 1 WHERE term IN (SELECT term FROM terms WHERE article = ?)", (article_id,))
        db.execute("DELETE FROM term_df WHERE df <= 0")
        db.execute("DELETE FROM terms WHERE article = ?", (article_id,))
        db.execute("DELETE FROM evidence WHERE a = ? OR b = ?", (article_id, article_id))

    def _index_profile(self, article_id: str, found: Profile) -> None:
        """Inside a write: keep *article_id*'s profile *found*, whole in its ``features`` (what
        :meth:`_profiles` rebuilds it from), and what candidates are looked up by
        (:meth:`Profile.indexed <core.stories.cluster.Profile.indexed>`, no term twice) in ``terms``,
        each counted once more in ``term_df``. The article holds no terms yet: a new one, one taken
        out by :meth:`_unindex_profile`, or every one after a migration emptied ``terms``."""
        db = self._db
        db.execute("UPDATE articles SET features = ? WHERE id = ?", (_FEATURE_SEP.join(found.features()), article_id))
        indexed = found.indexed()
        db.executemany("INSERT INTO terms (term, article) VALUES (?, ?)", ((t, article_id) for t in indexed))
        db.executemany("INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1",
                       ((t,) for t in indexed))

    def _spell_outlets_out(self) -> None:
        """Inside a migration's write: the outlets the library holds by an initialism that one other
        outlet it holds spells out, named by that (:meth:`_rename_outlet`); the articles renamed
        profiled and weighed again, and their neighbourhood grouped again (:meth:`_regroup`, as held
        articles: the user's placements fixed)."""
        named = spelled_out(o for (o,) in self._db.execute("SELECT DISTINCT outlet FROM articles"))
        renamed = [a for short, long in sorted(named.items()) for a in self._rename_outlet(short, long)]
        for article_id in renamed:
            self._profile_again(article_id)
        self._regroup_held(renamed)

    def _key(self, article: Article, body: str) -> str:
        """The identity key *article* (of body hash *body*) is held under: :func:`identity_key`, by
        its address; but where the library holds the same body at that address under another
        outlet, the key of a copy without an address (its outlet and body). Outlets running wire
        copy point their page's canonical address at the agency's original, as search engines
        advise: a tester's three outlets' copies became versions of the first. So does another
        body at the address under another outlet, where the address is a third party's (an
        agency's: :func:`other_outlets`): each outlet trims or ends the copy its own way (a
        copyright line, a local addendum). Another body stays a version of the article held where
        the outlets' names nest, where the address is one outlet's own, or where either is a
        feed's summary (kept under the feed's name, and then its page under the site's)."""
        outlet = known_outlet(article.outlet, article.path)
        key = identity_key(article.url, outlet, body)
        row = self._db.execute("SELECT outlet, source, hash, title, teaser FROM articles WHERE key = ?", (key,)).fetchone()
        if row is None:
            return key
        if key.startswith("url:"):
            held = known_outlet(row[0], row[1])
            briefs = article.summary_only or _cut_of(row[4])["summary_only"]
            if row[2] == body and not same_copy(outlet, held) or not briefs and other_outlets(
                    outlet, held, names=(article.outlet, row[0]), url=article.url):
                return identity_key(None, outlet, body)
        elif apart_by_files((article.outlet, article.path, article.title), (row[0], row[1], row[3])):
            # another outlet's copy, named by its file as the one held is: the file's name keys it
            return identity_key(None, outlet_key(article.outlet), body)
        return key

    def _held(self, article: Article, *, key: str, body: str) -> Added | None:
        """What adding *article* amounts to when the library holds it already, else None.

        Same identity key: the same address (or, without one, the same body and outlet). Then,
        for an address, the same body and headline is a no-op, and another body (or headline) is the article changed since:
        the copy held stays and the result says ``changed`` (refresh then keeps the new body as
        a version: :func:`core.library.changes.revise`). Failing that, the same body under the same outlet
        (or no known outlet on one side) is the same copy reached another way (a file, then its
        feed entry): a no-op, which gives the held copy the address when it had none; but not
        another outlet's copy named by its file (:func:`~core.library.identity.apart_by_files`).
        """
        db = self._db
        row = db.execute("SELECT id, story, hash, published, updated, title, source FROM articles WHERE key = ?", (key,)).fetchone()
        if row:
            # another body, or the same under a corrected headline: a version (revise)
            changed = row[2] != body or not same_headline(row[5], article.title)
            took = () if changed else self._newer_metadata(str(row[0]), article, same_source=key.startswith("url:") or row[6] == article.path)
            return Added(article, int(row[1]), new=False, existing=str(row[0]), changed=changed, refreshed=took)
        outlet = known_outlet(article.outlet, article.path)
        held_copies = db.execute(
            "SELECT id, story, outlet, source, url, title FROM articles WHERE hash = ? ORDER BY rowid", (body,)
        ).fetchall()
        for other, story, their_outlet, their_source, url, title in held_copies or self._earlier_copies(article.title, body):
            if not same_copy(outlet, known_outlet(their_outlet, their_source)) or apart_by_files(
                (article.outlet, article.path, article.title), (their_outlet, their_source, title)
            ):
                continue
            if article.url and not url and key.startswith("url:"):
                db.execute("UPDATE articles SET url = ?, key = ? WHERE id = ?", (article.url, key, other))
            elif outlet is not None and known_outlet(their_outlet, their_source) is None and not url:
                # the copy held was named by its file ("gazette.txt"), this one by its outlet (a
                # manifest's, a feed's): the held copy takes the outlet, whichever came first
                db.execute("UPDATE articles SET outlet = ?, key = ? WHERE id = ?", (article.outlet, key, other))
                self._outlets_held = None
            # the same file under a corrected headline is a version, as a page's is (identity rule 3)
            retitled = not article.url and their_source == article.path and not same_headline(title, article.title)
            took = () if retitled else self._newer_metadata(str(other), article, same_source=their_source == article.path)
            return Added(article, int(story), new=False, existing=str(other), changed=retitled, refreshed=took)
        if not article.url:
            # The same file of the same outlet, edited since it was added: a version (identity rule 3).
            # Only a file that gave one article, added before this library was opened: several
            # reports of one file (a text file of several, a test's) are no edit of one another.
            rows = db.execute("SELECT id, story, title, outlet FROM articles WHERE source = ? AND url IS NULL LIMIT 2",
                              (article.path,)).fetchall()
            if len(rows) == 1 and rows[0][3] == article.outlet and rows[0][0] not in self._added_now:
                other, story, title, _ = rows[0]
                held = [t for (t,) in db.execute("SELECT text FROM paragraphs WHERE article = ? ORDER BY idx", (other,))]
                if edited_file((title, held), (article.title, article.paragraphs)):
                    return Added(article, int(story), new=False, existing=str(other), changed=True)
            if (edited := self._edited_elsewhere(article, outlet)) is not None:
                return edited
        return None

    def _newer_metadata(self, held: str, article: Article, *, same_source: bool) -> tuple[tuple[str, str], ...]:
        """Give the article *held* (of the same body and headline as *article*) the metadata a later
        copy of it corrects, and return what it took, as (field, value): an update time later than
        the held copy's (:func:`~core.model.later_update`), from any copy of it; a byline another than
        the held one, from a copy of its own source (*same_source*: its file or page, added again)
        stamped no earlier than the held copy. The latest version (:mod:`core.library.changes`) takes
        the update time too, so `v` tells the text's times as the article does. A trial's user re-added a
        live page whose head had lost its update time: "already in the library", ``updated`` stayed
        null (trial 50 F12)."""
        db = self._db
        row = db.execute("SELECT published, updated, byline FROM articles WHERE id = ?", (held,)).fetchone()
        if row is None:
            return ()
        published, updated, byline = row
        took: list[tuple[str, str]] = []
        if article.updated and later_update(updated or published, article.updated):
            took.append(("updated", article.updated))
        held_stamp, new_stamp = iso_stamp(updated or published), iso_stamp(article.updated or article.published)
        earlier = held_stamp is not None and new_stamp is not None and (
            held_stamp.tzinfo is None) == (new_stamp.tzinfo is None) and new_stamp < held_stamp
        if same_source and article.byline and article.byline != byline and not earlier:
            took.append(("byline", article.byline))
        for field, value in took:  # (field: one of two column names above, never the input's)
            db.execute(f"UPDATE articles SET {field} = ? WHERE id = ?", (value, held))
        if any(field == "updated" for field, _ in took):  # (versions keep no byline)
            db.execute("UPDATE versions SET updated = ? WHERE article = ? AND number = "
                       "(SELECT MAX(number) FROM versions WHERE article = ?)", (article.updated, held, held))
        return tuple(took)

    def _edited_elsewhere(self, article: Article, outlet: str | None) -> Added | None:
        """The article held that *article* (read from a file, without an address, of the
        :func:`known_outlet` *outlet*) is an edit of, saved under another name (identity rule 4):
        one of its outlet, under its headline (:func:`~core.library.identity.headline_key`), added before this library was opened, whose text
        it keeps most of (:func:`~core.library.identity.edited_copy`; of several, the closest).
        None when there is none: a file of no named outlet, another headline, too much rewritten."""
        if outlet is None:
            return None
        best: tuple[float, str, int] | None = None
        # The headline as identity compares it (an index finds the articles of one, migration 37): an edit keeps its
        # headline, but for its case, quotation marks and spacing (a page's "Council Votes To Close Bridge", a feed's
        # "Council votes to close bridge")
        for other, story, title, their_outlet, source in self._db.execute(
            "SELECT id, story, title, outlet, source FROM articles WHERE title_key = ? AND source != ?",
            (headline_key(article.title), article.path),
        ).fetchall():
            if other in self._added_now or known_outlet(their_outlet, source) != outlet:
                continue
            held = [t for (t,) in self._db.execute("SELECT text FROM paragraphs WHERE article = ? ORDER BY idx", (other,))]
            if edited_copy(held, article.paragraphs):
                share = kept_share(held, article.paragraphs)
                if best is None or share > best[0]:
                    best = (share, str(other), int(story))
        return None if best is None else Added(article, best[2], new=False, existing=best[1], changed=True)

    def _earlier_copies(self, title: str, body: str) -> list[tuple[str, int, str, str, str | None, str]]:
        """The articles held whose earlier version had this *title* and body (of hash *body*),
        as rows of the articles :meth:`_held` compares (id, story, outlet, source, address,
        title): a copy of what an outlet ran before its edit is that outlet's copy still, not
        another outlet's (trial 38 F4: "gazette", the first text of Nordwire's version 2)."""
        found: dict[str, tuple[str, int, str, str, str | None, str]] = {}
        for other, story, outlet, source, url, paragraphs in self._db.execute(
            """SELECT a.id, a.story, a.outlet, a.source, a.url, v.paragraphs FROM versions v JOIN articles a ON a.id = v.article
               WHERE newsprism_headline_key(v.title) = ? ORDER BY a.rowid, v.number""", (headline_key(title),)
        ):
            if other not in found and body_hash(json.loads(paragraphs)) == body:
                found[other] = (other, int(story), outlet, source, url, title)
        return list(found.values())

    def _profile_all(self, *, pin: bool = True) -> None:
        """Profile every article and weigh every pair again (migrations 6 and 10): the stories stay
        as they were; with *pin*, each article is placed where it is (the user may have placed it)."""
        db = self._db
        ids = [i for (i,) in db.execute("SELECT id FROM articles ORDER BY rowid")]
        for article_id in ids:
            [article] = self._load([article_id])
            self._index_profile(article_id, profile(article))  # (every migration that calls this empties terms first)
        # A library migrated from before the column (its migrations 6 to 31 weigh again) keeps no pair's "apart".
        kept = any(row[1] == "apart" for row in db.execute("PRAGMA table_info(evidence)"))
        for article_id in ids:
            self._weigh(article_id, None, apart=kept)
        if pin:
            db.execute("UPDATE articles SET pinned = 1")
        self._keep_grounds(s for (s,) in db.execute("SELECT DISTINCT story FROM articles").fetchall())

    def _regroup_all(self) -> None:
        """Inside a migration's write: group every article again, as adding them afresh would
        (:meth:`_regroup` over the whole library, without an add's bound on a component), the
        articles the user placed (pinned) staying where they are; articles that change story are
        linked into it at once, so the links are there before the migration is kept."""
        self._regroup_held([i for (i,) in self._db.execute("SELECT id FROM articles ORDER BY rowid")])

    def _regroup_held(self, article_ids: Sequence[str]) -> None:
        """Inside a migration's write: :meth:`_regroup` the held *article_ids* (none new, no bound on a
        component), the articles that change story linked into it at once (none left for :meth:`relink`)."""
        if article_ids:
            self._regroup(article_ids, link=True, most=None, held=True)
            self._incremental.clear()  # linked by _link_into inside this write: nothing for relink

    def _profiles(self, ids: Sequence[str]) -> dict[str, Profile]:
        """The stored profiles of *ids*."""
        found: dict[str, Profile] = {}
        for chunk, marks in _chunked(ids):
            for article_id, day, features in self._db.execute(
                f"SELECT id, day, features FROM articles WHERE id IN ({marks})", chunk
            ):
                found[article_id] = Profile.of((features or "").split(_FEATURE_SEP), day)
        return found

    def _weigh(self, article_id: str, found: Profile | None, *, apart: bool = True) -> None:
        """Store the evidence between *article_id* and every article it may report an event with:
        those sharing :data:`SHARED_KEYS` names, runs or figures that at most :data:`CANDIDATE_MAX`
        articles hold, or one when either is a short report (its keys marked ``k:``), as
        :func:`core.stories.cluster.candidates` pairs them: its score, and whether the two report
        two events (:func:`core.stories.cluster.two_events`, kept at score 0 too), unless *apart*
        is false (a migration before the column is there)."""
        db = self._db
        if found is None:
            found = self._profiles([article_id])[article_id]
        keys = found.keys()
        rare = []
        for chunk, marks in _chunked(keys):
            rare += [t for (t,) in db.execute(f"SELECT term FROM term_df WHERE term IN ({marks}) AND df <= ?", (*chunk, CANDIDATE_MAX))]
        shared: dict[str, int] = defaultdict(int)
        prefixed: dict[str, int] = defaultdict(int)  # names' first letters ("~p:"), counted apart: one name is one key
        # A short report is compared with every article sharing one of its keys; any other with
        # those sharing two, and with each short report sharing one (found by its "k:" marks).
        enough = 1 if any(f[0] == "k" for f in found.weights) else SHARED_KEYS
        looked = rare + ["k:" + t for t in rare] if enough > 1 else rare
        for chunk, marks in _chunked(looked):
            for other, n, m in db.execute(
                f"""SELECT article,
                           SUM(CASE WHEN term LIKE '~p:%' OR term LIKE 'k:~p:%' THEN 0 WHEN term LIKE 'k:%' THEN {SHARED_KEYS} ELSE 1 END),
                           SUM(CASE WHEN term LIKE 'k:~p:%' THEN {SHARED_KEYS} WHEN term LIKE '~p:%' THEN 1 ELSE 0 END)
                    FROM terms WHERE term IN ({marks}) GROUP BY article""",
                chunk,
            ):
                shared[other] += n
                prefixed[other] += m
        others = {o for o in shared.keys() | prefixed.keys() if max(shared[o], prefixed[o]) >= enough and o != article_id}
        if not others:
            return
        profiles = self._profiles(sorted(others))
        rows = []
        for other, theirs in profiles.items():
            weighed = evidence(found, theirs)
            two = apart and two_events(weighed)
            if weighed.score > 0 or two:  # a pair of two events is kept at 0 too: it keeps them apart
                rows.append((min(article_id, other), max(article_id, other), weighed.score, int(two)))
        if apart:
            db.executemany("INSERT OR REPLACE INTO evidence (a, b, score, apart) VALUES (?, ?, ?, ?)", rows)
        else:
            db.executemany("INSERT OR REPLACE INTO evidence (a, b, score) VALUES (?, ?, ?)", [r[:3] for r in rows])

    def add_batch(self, articles: Iterable[Article], *, progress: Progress | None = None) -> Batch:
        """Add *articles* as one batch, from their paths: each stored ungrouped, then all grouped in
        one run (:meth:`group_added`, without an add's bound on a component) and each story they
        changed linked once over all its articles (:meth:`relink`): the stories and links adding
        them one by one gives. Articles the library holds already (one of the batch read before,
        or one held before it) are left out, as :meth:`add` leaves them, and listed in
        ``Batch.held``; an article the library refuses is left out too, in ``Batch.refused``.
        A damaged file or a failing disk stops the batch (:class:`LibraryFailure`; what was added
        before stays).

        *progress*, when given, is called with ("adding", articles stored, articles in the
        batch) as each goes in, then as :meth:`relink` calls it ("linking", in paragraphs)."""
        todo = list(articles)
        report = progress or _unreported
        refused: list[tuple[str, str]] = []
        held: list[tuple[str, str]] = []
        for n, article in enumerate(todo, 1):
            try:
                added = self.add(article, source=article.path, link=False, group=False)
            except LibraryFailure:
                raise  # no other article would go in either
            except LibraryError as exc:
                refused.append((article.path, str(exc).split(": ", 1)[-1]))
            else:
                if not added.new:
                    held.append((article.path, added.existing or ""))
            report("adding", n, len(todo))
        self.group_added()
        self.relink(progress=progress)
        return Batch(refused, held)

    def group_added(self) -> None:
        """Group every article added with ``group=False`` since the last call, in one run over
        the components they are in (:meth:`_regroup`, without its bound on a component's size:
        one clustering of a large component costs what one add into it costs)."""
        ids, self._ungrouped = self._ungrouped, []
        if ids:
            try:
                with self._write():
                    self._regroup(ids, link=False, most=None)
            except sqlite3.Error as exc:
                raise LibraryError(f"{self.path}: cannot group the articles added ({_reason(exc)})") from None

    def _regroup(
        self, article_ids: Sequence[str], *, link: bool = True, most: int | None = NEIGHBOURHOOD_MAX,
        progress: Progress | None = None, held: bool = False,
    ) -> tuple[int, int]:
        """Work out again the stories of the articles *article_ids* may share an event with; the
        first one's story and the number of new links. With *held*, *article_ids* are articles
        held already, none new (a migration's regrouping, :meth:`_regroup_all`): only the stories
        that changed are worked out again, and a story that goes is noted "reweighed".

        *progress* is :meth:`add`'s: "linking" as :meth:`_link_into` reports it, and the
        "story" steps of grouping (2) and of the stories' grounds (3, :meth:`_keep_grounds`).

        The neighbourhood is the component of *article_ids* in the graph of pairs whose evidence
        reaches :data:`SAME_EVENT` (with every placed article's story-mates), of at most *most*
        articles: average linkage never joins groups across such components (nor does attaching
        a fragment, :func:`core.stories.cluster.attach`), so clustering this one alone gives what
        clustering the whole library would, whatever the order the articles came in.
        """
        db = self._db
        article_id = article_ids[0]
        limit = most if most is not None else sys.maxsize
        seen = set(article_ids)
        todo = list(article_ids)
        while todo and len(seen) < limit:
            batch, todo = todo[:500], todo[500:]
            marks = ",".join("?" * len(batch))
            found = [
                o for (o,) in db.execute(
                    f"""SELECT b FROM evidence WHERE a IN ({marks}) AND score >= ?
                        UNION SELECT a FROM evidence WHERE b IN ({marks}) AND score >= ?
                        UNION SELECT y.id FROM articles x JOIN articles y ON y.story = x.story AND y.pinned
                              WHERE x.id IN ({marks}) AND x.pinned""",
                    (*batch, SAME_EVENT, *batch, SAME_EVENT, *batch),
                )
            ]
            for other in found:
                if other not in seen and len(seen) < limit:
                    seen.add(other)
                    todo.append(other)
        ids = sorted(seen)
        index = {a: n for n, a in enumerate(ids)}
        rows = []
        for chunk, marks in _chunked(ids):
            rows += db.execute(f"SELECT id, story, pinned FROM articles WHERE id IN ({marks})", chunk).fetchall()
        story_of = {r[0]: int(r[1]) for r in rows}
        was = dict(story_of)
        placed: dict[int, list[int]] = {}
        for article, story, pinned in rows:
            if pinned:
                placed.setdefault(int(story), []).append(index[article])
        scores = {}
        apart = set()  # pairs of two events (core.stories.cluster.two_events): never in one story
        for chunk, marks in _chunked(ids):
            for a, b, score, two in db.execute(f"SELECT a, b, score, apart FROM evidence WHERE a IN ({marks})", chunk):
                if b in index:
                    scores[(index[a], index[b])] = score
                    if two:
                        apart.add((index[a], index[b]))
        # A roundup's items are several events: it joins one's story at most (core.stories.cluster.roundup_pairs).
        roundups: set[int] = set()
        for chunk, marks in _chunked([ids[i] for i in sorted(bridging(scores))]):
            roundups.update(index[a] for (a,) in db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks}) AND instr(features, 'z:roundup') > 0", chunk))
        apart |= roundup_pairs(roundups, scores)
        groups = cluster(len(ids), scores, keys=ids, fixed=placed.values(), apart=apart)
        # Fragments join the group whose signature they match (inside this component too).
        def profiles_of(chosen: Sequence[int]) -> list[Profile]:
            found = self._profiles([ids[i] for i in chosen])
            return [found[ids[i]] for i in chosen]

        groups = attach(groups, scores, profiles_of, keys=ids, fixed=placed.values(), apart=apart)
        groups = divide(groups, profiles_of, keys=ids, fixed=placed.values())  # two events of one kind in a story
        # Each group keeps the story most of its articles had (a placed group: its own): a story
        # that falls apart stays with the group holding most of its articles (its larger part),
        # whatever else each group took in (a new article, another story's); then the bigger
        # group, then the least key. A group with none left gets a new story.
        taken: set[int] = set()
        target: list[int | None] = []
        placed_items = {i for members in placed.values() for i in members}
        for members in groups:
            pins = {story_of[ids[i]] for i in members if i in placed_items}
            target.append(pins.pop() if pins else None)
        taken.update(t for t in target if t is not None)
        votes: dict[tuple[int, int], int] = defaultdict(int)  # (group, story) -> its articles of that story
        for g, members in enumerate(groups):
            if target[g] is None:
                for i in members:
                    votes[(g, story_of[ids[i]])] += 1
        for (g, story), _ in sorted(votes.items(), key=lambda v: (-v[1], -len(groups[v[0][0]]), ids[groups[v[0][0]][0]], v[0][1])):
            if target[g] is None and story not in taken:
                target[g] = story
                taken.add(story)
        links = 0
        for g, members in enumerate(groups):
            story = target[g]
            if story is None:
                story = int(db.execute("INSERT INTO stories (created) VALUES (?)", (time.time(),)).lastrowid or 0)
            moved = [ids[i] for i in members if story_of[ids[i]] != story]
            if moved:
                db.executemany("UPDATE articles SET story = ? WHERE id = ?", ((story, a) for a in moved))
                if link:
                    links += self._link_into(story, moved, progress=progress)
                else:
                    self._incremental.add(story)  # linked by relink()
            for i in members:
                story_of[ids[i]] = story
        # The stories whose articles changed (and those of the articles given): the rest of the
        # neighbourhood kept its stories, their links and grounds (a component of thousands of
        # articles made each add rework every story in it).
        moved_ids = [a for a in ids if was[a] != story_of[a]]
        changed = {was[a] for a in moved_ids} | {story_of[a] for a in moved_ids}
        if not held:
            changed |= {story_of[a] for a in article_ids}
        given = set() if held else set(article_ids)
        for s in sorted(changed):
            if db.execute("DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE story = ?)",
                          (s, s)).rowcount:
                took = Counter(story_of[a] for a in moved_ids if was[a] == s)
                if took and any(a not in given for a in moved_ids if was[a] == s):  # (not a story of the new articles alone)
                    self._went(s, min(took, key=lambda t: (-took[t], t)), "reweighed" if held else "regrouped")
        if not link:
            self._incremental.update(changed)  # a story that only lost articles is linked again too
        if progress is not None:
            progress("story", 2, STORY_STEPS)
        self._keep_grounds((s for s in changed if self._db.execute("SELECT 1 FROM stories WHERE id = ?", (s,)).fetchone()),
                           progress=progress)
        return story_of[article_id], links

    def _insert(
        self, article: Article, *, key: str, body: str, story: int, source: str, found: Profile, day: int | None,
        progress: Progress | None = None,
    ) -> None:
        db = self._db
        db.execute(
            """INSERT INTO articles (id, key, hash, story, outlet, title, byline, published, day, url, source,
                                     standfirst, captions, paragraphs, added, dateline, subheads, teaser, updated, title_key,
                                     language)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id, key, body, story, article.outlet, article.title, article.byline, article.published, day,
                article.url, source, article.standfirst, json.dumps(list(article.captions)),
                len(article.paragraphs), time.time(), article.dateline, json.dumps([i for i, _ in article.subheads]),
                _cut_mark(article), article.updated, headline_key(article.title), _told_language(article),
            ),
        )
        if self._outlets_held is not None:  # (the newest rowid: an outlet new here is the last the scan meets)
            self._outlets_held.setdefault(article.outlet)
        db.executemany(
            "INSERT INTO paragraphs (article, idx, text) VALUES (?, ?, ?)",
            ((article.id, i, text) for i, text in enumerate(article.paragraphs)),
        )
        size = len(article.paragraphs)
        report = progress or _unreported
        report("saving", 0, size)
        folded = [search_fold(text) for text in article.paragraphs]  # (once: the index and the vocabulary)
        db.executemany(  # the search index: most of the time a long article takes to save
            "INSERT INTO search (text, article, idx) VALUES (?, ?, ?)",
            ((text, article.id, i) for i, text in _counted(enumerate(folded), "saving", size, report)),
        )
        _keep_words(db, folded)
        self._index_profile(article.id, found)
        report("saving", size, size)  # (after the vocabulary and the terms: a second of a huge article's)

    def _link_into(self, story: int, moved: Sequence[str], *, progress: Progress | None = None) -> int:
        """Link the articles *moved* into *story* to its other articles; the number of new links.
        *progress* as :meth:`add`'s ("linking", the paragraphs of the articles moved)."""
        from core.linking.align import Known

        articles = self._articles(story)
        arrived = set(moved)
        old = [a for a in articles if a.id not in arrived]
        new = [a for a in articles if a.id in arrived]
        if not old and len(new) < 2:
            return 0
        # Only the pairs, scores and whether each vouches (a rule's link: its spans are the two
        # sides' alone, no similarity or vouched mark after them, see _store_links): the spans of
        # thousands of old links are not needed.
        known = [
            Known(Ref(a, ap), Ref(b, bp), score, bool(vouches))
            for a, ap, b, bp, score, vouches in self._db.execute(
                """SELECT l.a, l.ap, l.b, l.bp, l.score, substr(l.spans, -2) = ']]' FROM links l
                   JOIN articles x ON x.id = l.a JOIN articles y ON y.id = l.b
                   WHERE x.story = ? AND y.story = ?""",
                (story, story),
            )
        ]
        size = sum(len(a.paragraphs) for a in new)
        found = _link_story([*old, *new], new_from=len(old), known=known, progress=_share("linking", size, progress))
        self._store_links(found)
        self._incremental.add(story)
        return len(found)

    def _store_links(self, links: Sequence[Link]) -> None:
        """Inside a write: keep *links*, one row for each pair of paragraphs: a link found again
        replaces the pair's row whichever way round it was kept (two articles moved together into
        another story are linked again there, and the story's links may then run the other way)."""
        self._db.executemany(
            "DELETE FROM links WHERE a = ? AND ap = ? AND b = ? AND bp = ?",
            ((l.b.article, l.b.paragraph, l.a.article, l.a.paragraph) for l in links),
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO links (a, ap, b, bp, score, kind, spans) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (l.a.article, l.a.paragraph, l.b.article, l.b.paragraph, l.score, l.kind.value,
                 # a link by meaning keeps its similarity after the spans, a link third outlets vouched
                 # for a mark after that (read back by _links; _link_into lets neither vouch)
                 json.dumps([l.spans_a, l.spans_b, l.similarity, True] if l.vouched else
                            [l.spans_a, l.spans_b] if l.similarity is None else [l.spans_a, l.spans_b, l.similarity]))
                for l in links
            ),
        )

    # --- reading --------------------------------------------------------------

    def headlines(self, article_ids: Iterable[str]) -> dict[str, Headline]:
        """The story, outlet and title of each of *article_ids* the library holds, by id (in the
        order given; ids it does not hold left out): what names an article without reading it."""
        chosen = list(dict.fromkeys(article_ids))
        found: dict[str, Headline] = {}
        for chunk, marks in _chunked(chosen):
            for r in self._db.execute(f"SELECT id, story, outlet, title FROM articles WHERE id IN ({marks})", chunk):
                found[r[0]] = Headline(r[0], int(r[1]), r[2], r[3])
        return {a: found[a] for a in chosen if a in found}

    def _articles(self, story: int) -> list[Article]:
        rows = self._db.execute(
            f"""SELECT id, outlet, title, byline, published, url, source, standfirst, captions, dateline, {self._marks()},
                      {self._updated()}, {self._language()}
               FROM articles WHERE story = ? ORDER BY rowid""",
            (story,),
        ).fetchall()
        paragraphs: dict[str, list[str]] = {r[0]: [] for r in rows}
        for article, text in self._db.execute(
            "SELECT p.article, p.text FROM paragraphs p JOIN articles a ON a.id = p.article WHERE a.story = ? ORDER BY p.article, p.idx",
            (story,),
        ):
            paragraphs[article].append(text)
        languages = self._languages({r[0]: (r[6], r[13]) for r in rows}, {r[0]: (r[2], paragraphs[r[0]]) for r in rows})
        return [
            Article(
                id=r[0], path=r[6], outlet=r[1], title=r[2], paragraphs=tuple(paragraphs[r[0]]), byline=r[3],
                published=r[4], url=r[5], standfirst=r[7], captions=tuple(json.loads(r[8])), dateline=r[9],
                subheads=_subheads(r[10], paragraphs[r[0]]), **_cut_of(r[11]), updated=r[12], language=languages[r[0]],
            )
            for r in rows
        ]

    def _marks(self) -> str:
        """The columns of an article's subheads and teaser mark, or their defaults while a migration
        older than theirs reads articles (the stories' migration profiles every article)."""
        return "subheads, teaser" if self.version >= _MARKS_SCHEMA else "'[]', 0"

    def _updated(self) -> str:
        """The column of an article's update time, or NULL while a migration older than it reads articles."""
        return "updated" if self.version >= _UPDATED_SCHEMA else "NULL"

    def _language(self) -> str:
        """The column of an article's language, or NULL while a migration older than it reads articles."""
        return "language" if self.version >= _LANGUAGE_SCHEMA else "NULL"

    def _languages(
        self, stored: dict[str, tuple[str, str | None]], texts: dict[str, tuple[str, Sequence[str]]]
    ) -> dict[str, str | None]:
        """The language of each article of *stored* (id -> its source and its stored language): the one
        stored, or for a record of a file whose own text cannot tell it (a channel's one-line post) the
        one language the file's other records the library holds are told to be in, where they agree
        and its text (*texts*: id -> its title and paragraphs) does not speak against it (one source,
        one language: :meth:`core.linking.story.Story.language` for files). A look-up by
        the source's index per such record's file."""
        found = {article: language for article, (_, language) in stored.items()}
        files = {file for source, language in stored.values() if language is None and (file := record_file(source))}
        agreed: dict[str, str | None] = {}
        for file in files:
            told = {language for source, language in self._db.execute(
                        f"SELECT source, {self._language()} FROM articles WHERE source > ? AND source < ?", (file + ":", file + ";"))
                    if language is not None and record_file(source) == file}
            agreed[file] = told.pop() if len(told) == 1 else None
        for article, (source, language) in stored.items():
            if language is None and (file := record_file(source)) is not None and (agreed_language := agreed[file]) is not None:
                title, paragraphs = texts[article]
                found[article] = article_language(title, paragraphs, declared=agreed_language)
        return found

    def _tell_languages(self) -> None:
        """Inside a write (a migration): keep the language of each article held (:func:`_told_language`)."""
        rows = self._db.execute("SELECT id, title FROM articles").fetchall()
        for article, title in rows:
            paragraphs = [t for (t,) in self._db.execute(
                "SELECT text FROM paragraphs WHERE article = ? ORDER BY idx LIMIT ?", (article, LANGUAGE_PARAGRAPHS))]
            self._db.execute("UPDATE articles SET language = ? WHERE id = ?", (article_language(title, paragraphs), article))

    def _load(self, ids: Sequence[str]) -> list[Article]:
        """The articles *ids* (those the library holds), in that order."""
        found: dict[str, Article] = {}
        for article_id in ids:
            row = self._db.execute(
                f"""SELECT id, outlet, title, byline, published, url, source, standfirst, captions, dateline, {self._marks()},
                          {self._updated()}, {self._language()}
                   FROM articles WHERE id = ?""",
                (article_id,),
            ).fetchone()
            if row is None:
                continue
            paragraphs = tuple(t for (t,) in self._db.execute("SELECT text FROM paragraphs WHERE article = ? ORDER BY idx", (row[0],)))
            found[row[0]] = Article(
                id=row[0], path=row[6], outlet=row[1], title=row[2], paragraphs=paragraphs, byline=row[3],
                published=row[4], url=row[5], standfirst=row[7], captions=tuple(json.loads(row[8])), dateline=row[9],
                subheads=_subheads(row[10], paragraphs), **_cut_of(row[11]), updated=row[12], language=row[13],
            )
        languages = self._languages({a.id: (a.path, a.language) for a in found.values()},
                                    {a.id: (a.title, a.paragraphs) for a in found.values()})
        found = {i: replace(a, language=languages[i]) for i, a in found.items()}
        return [found[i] for i in ids if i in found]

    def _links(self, story: int) -> list[Link]:
        rows = self._db.execute(
            """SELECT l.a, l.ap, l.b, l.bp, l.score, l.kind, l.spans FROM links l
               JOIN articles x ON x.id = l.a JOIN articles y ON y.id = l.b
               WHERE x.story = ? AND y.story = ?""",
            (story, story),
        ).fetchall()
        # One JSON document for all the spans and a table for the kinds: a big story has tens of
        # thousands of links, and a json.loads and an Enum lookup per link cost a second there.
        spans = json.loads("[" + ",".join(r[6] for r in rows) + "]")
        kinds = {kind.value: kind for kind in LinkKind}
        return [
            Link(Ref(a, ap), Ref(b, bp), score, kinds[kind], tuple(map(tuple, sa)), tuple(map(tuple, sb)), *similar)
            for (a, ap, b, bp, score, kind, _), (sa, sb, *similar) in zip(rows, spans, strict=True)
        ]

    def story(self, story: int) -> Story:
        """The story *story* with its cached links, ready for the reader: its articles in the
        order they were published (:class:`~core.linking.story.Story`)."""
        with paused_gc():
            articles = self._articles(story)
            if not articles:
                raise LibraryError(self._no_story(story))
            named = self._db.execute("SELECT title, headline FROM stories WHERE id = ?", (story,)).fetchone()
            # The story puts its articles in time order and each link from the earlier article.
            return Story(tuple(articles), tuple(self._links(story)), title=named[0] if named else None,
                         kept=named[1] if named else None)

    def stories(self, *, read: bool = True) -> list[StoryInfo]:
        """Every story, the latest news first; with *read* False, without the read marks (each
        :attr:`StoryInfo.read` 0), for a reader whose read marks cannot be read.

        Raises :class:`LibraryFailure` when the library fails, the read marks included (a row of
        the wrong type among them: :meth:`read_counts`)."""
        counts = self._read_counts(
            "SELECT a.story, COUNT(*), TOTAL(typeof(r.idx) <> 'integer') FROM read r JOIN articles a ON a.id = r.article"
            " GROUP BY a.story"
        ) if read else {}
        # The user's name, else the kept automatic one (a story added without grouping yet holds
        # one article: its title).
        rows = self._db.execute(
            """SELECT s.id, COALESCE(s.title, s.headline, (SELECT title FROM articles WHERE story = s.id ORDER BY rowid LIMIT 1)),
                      (SELECT group_concat(outlet, char(31)) FROM (SELECT DISTINCT outlet FROM articles WHERE story = s.id ORDER BY outlet)),
                      MIN(a.published), MAX(a.published), COUNT(*), SUM(a.paragraphs), MAX(a.added)
               FROM stories s JOIN articles a ON a.story = s.id
               GROUP BY s.id
               ORDER BY COALESCE(MAX(a.published), '') DESC, MAX(a.added) DESC, s.id DESC"""
        ).fetchall()
        return [
            StoryInfo(
                id=r[0], title=r[1] or "", outlets=tuple((r[2] or "").split("\x1f")),
                first=r[3], last=r[4], articles=r[5], paragraphs=r[6], read=counts.get(r[0], 0),
            )
            for r in rows
        ]

    def related(self, story: int, *, limit: int = RELATED) -> list[Related]:
        """The stories related to *story* (:class:`Related`), the most related first (then by
        number), at most *limit*: read from the evidence grouping keeps between its articles
        and others' (what :meth:`add` weighs; pairs below :data:`core.stories.cluster.FLOOR` are
        none), one indexed look-up; grouping is not changed. Raises :class:`LibraryError` for a
        story the library does not hold."""
        self._require(story)
        # (the rule is _related_by's; the query only finds the strongest pair of the story's articles with each story)
        pairs = self._db.execute(
            """SELECT ?, y.story, MAX(e.score) FROM articles x JOIN evidence e ON e.a = x.id JOIN articles y ON y.id = e.b
               WHERE x.story = ? AND e.score >= ? GROUP BY y.story
               UNION ALL
               SELECT ?, y.story, MAX(e.score) FROM articles x JOIN evidence e ON e.b = x.id JOIN articles y ON y.id = e.a
               WHERE x.story = ? AND e.score >= ? GROUP BY y.story""",
            (story, story, FLOOR) * 2,
        )
        best = _related_by(pairs).get(story, {})
        return self._ranked(best, self._shown(sorted(best)), limit)

    def related_all(self, *, limit: int = RELATED) -> dict[int, list[Related]]:
        """:meth:`related` of every story that has some, by story: one pass over the evidence kept
        above the floor and the articles' stories (10,000 articles, 18,000 pairs: bench/stories.py)."""
        story_of = {str(a): int(s) for a, s in self._db.execute("SELECT id, story FROM articles")}
        best = _related_by(
            (story_of.get(a), story_of.get(b), score)
            for a, b, score in self._db.execute("SELECT a, b, score FROM evidence WHERE score >= ?", (FLOOR,))
        )
        shown = self._shown(sorted({o for found in best.values() for o in found}))
        return {story: self._ranked(found, shown, limit) for story, found in best.items()}

    def _shown(self, ids: Sequence[int]) -> dict[int, tuple[str, str | None, str | None]]:
        """Each of the stories *ids* as :class:`Related` shows it: its title, first and last publication times."""
        shown: dict[int, tuple[str, str | None, str | None]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            for r in self._db.execute(
                f"""SELECT s.id, COALESCE(s.title, s.headline, (SELECT title FROM articles WHERE story = s.id ORDER BY rowid LIMIT 1)),
                           MIN(a.published), MAX(a.published)
                    FROM stories s JOIN articles a ON a.story = s.id WHERE s.id IN ({",".join("?" * len(chunk))}) GROUP BY s.id""",
                chunk,
            ):
                shown[int(r[0])] = (r[1] or "", r[2], r[3])
        return shown

    @staticmethod
    def _ranked(best: dict[int, float], shown: dict[int, tuple[str, str | None, str | None]], limit: int) -> list[Related]:
        """The stories of *best* (story: score) as :class:`Related`, the strongest first, at most *limit*."""
        listed = [Related(i, *shown[i], score) for i, score in best.items() if i in shown]
        listed.sort(key=lambda r: (-r.score, r.story))
        return listed[:limit]

    def grounds(self, story: int) -> Grounds:
        """Why *story* holds its articles (:class:`Grounds`), as kept when the story last changed."""
        row = self._db.execute("SELECT grounds FROM stories WHERE id = ?", (story,)).fetchone()
        kept = json.loads(row[0]) if row and row[0] else None
        if kept and kept.get("reading") == GROUNDS_READING:
            return Grounds(
                tuple((n, k) for n, k in kept["names"]), tuple((f, k) for f, k in kept["figures"]),
                tuple((t, k) for t, k in kept["times"]), {a: tuple(n) for a, n in kept["articles"].items()},
            )
        return self._grounds(story)

    def _keep_grounds(self, stories: Iterable[int], *, progress: Progress | None = None) -> None:
        """Work out and keep the grounds and the automatic names of *stories* (which have just
        changed); *progress*, :meth:`add`'s, is told ("story", 3 of :data:`STORY_STEPS`) between
        the two (a story's name reads all its articles' text)."""
        stories = sorted(set(stories))
        for story in stories:
            found = self._grounds(story)
            self._db.execute(
                "UPDATE stories SET grounds = ? WHERE id = ?",
                (json.dumps({"names": found.names, "figures": found.figures, "times": found.times,
                             "articles": found.articles, "reading": GROUNDS_READING}, ensure_ascii=False), story),
            )
        if progress is not None:
            progress("story", 3, STORY_STEPS)
        if self.version >= _HEADLINE_SCHEMA:  # else its own migration names every story
            self._keep_headlines(stories)

    def _keep_headlines(self, stories: Iterable[int]) -> None:
        """Keep the automatic name of each of *stories*: :func:`core.stories.naming.representative_title`
        of its articles (their titles, outlets, datelines and texts), so that listing the stories reads
        it rather than works it out: a function of its articles, whatever order they were added in,
        and where the story's languages tie, of the language most of the library is written in."""
        # the language the library's articles are most written in breaks a tie of a story's languages
        reader = self._db.execute("SELECT language FROM articles WHERE language IS NOT NULL GROUP BY language "
                                  "ORDER BY COUNT(*) DESC, language LIMIT 1").fetchone() if self.version >= _LANGUAGE_SCHEMA else None
        for story in sorted(set(stories)):
            held = self._db.execute(
                "SELECT title, published, id, outlet, dateline, standfirst FROM articles WHERE story = ?", (story,)).fetchall()
            # The texts weigh one headline against another's: a story of one report is named by its
            # own, and its text is not read (a page of 38,000 paragraphs took seconds to join).
            reports = [
                Report(title, published, id_, outlet, dateline, "\n".join([standfirst or "", *(t for (t,) in self._db.execute(
                    "SELECT text FROM paragraphs WHERE article = ? ORDER BY idx", (id_,)))]) if len(held) > 1 else "")
                for title, published, id_, outlet, dateline, standfirst in held
            ]
            self._db.execute("UPDATE stories SET headline = ? WHERE id = ?",
                             (representative_title(reports, reader[0] if reader else None) or None, story))

    def _grounds(self, story: int) -> Grounds:
        """Why *story* holds its articles, from their stored profiles."""
        ids = [i for (i,) in self._db.execute("SELECT id FROM articles WHERE story = ? ORDER BY rowid", (story,))]
        profiles = self._profiles(ids)
        held: dict[str, int] = defaultdict(int)
        for found in profiles.values():
            for feature in [f for f in found.keys() if f in found.weights] + [f for f in found.weights if f[0] in "tmq"]:
                held[feature] += 1
        # A run of names stands for its words: "Tara Reid" is listed, "Tara" and "Reid" are not;
        # nor is a word most of its articles write only before other names or as a nationality
        # ("Foreign", "Chinese": marked "m:" by core.stories.cluster.profile).
        # Names as the story's articles print them: their titles and leads (the first paragraphs
        # of its first articles) hold nearly every name its articles share.
        titles = [t for (t,) in self._db.execute("SELECT title FROM articles WHERE story = ?", (story,))]
        leads: list[str] = []
        rest: list[str] = []
        languages: list[str | None] = []  # each lead's article's language (whole_names: a noun's capital)
        later: list[str | None] = []
        for chunk, marks in _chunked(ids[:GROUNDS_READ]):
            for article_id, idx, text in self._db.execute(
                    f"SELECT article, idx, text FROM paragraphs WHERE article IN ({marks})", chunk):
                (leads if idx < 3 else rest).append(text)
                (languages if idx < 3 else later).append(profiles[article_id].language)
        printed = printed_names(titles + leads)
        unseen = {w for f, k in held.items() if f[0] in "nr" and k >= 2 for w in f[2:].split()} - printed.keys() - NAME_JOINERS
        if unseen:  # a name the leads do not print ("IMF" further down): the rest of those articles' text
            printed = printed_names(rest) | printed
            leads += rest
            languages += later
        # A name is listed whole, as the leads print it: "North Sea", not "Sea"; "Helen Carrow" for
        # "Carrow" too, once (the most articles that name her either way).
        alone: set[str] = set()
        whole = whole_names(leads, {f[2:] for f in held if f[0] in "nm"}, alone, languages=languages)

        # numbers of four digits or more the leads print without a separator (a health line's "1415")
        plain = {n for t in leads for n in _PLAIN_NUMBER.findall(t)}

        # A word the leads also write in small letters ("the hospital", "the ministry") and never
        # print as a name on its own ("Felt said" is one) is no name alone, nor an office's word
        # ("Assistant"): they are listed only inside the whole name the leads print
        # ("Calvaro General Hospital").
        common = {w for t in leads + rest for w in _SMALL_WORD.findall(t)}  # (all they read: "the same shaft")
        generic = {f for f in held if f[0] == "n" and f[2:] not in whole
                   and (fold(f[2:]).lower() in common and f[2:] not in alone or is_title(f[2:]))}
        # ... nor a unit's symbol, printed only after a number ("4.2 GW", "4,200 MW")
        generic |= {f for f, k in held.items() if f[0] == "n" and k >= 2 and " " not in f[2:] and _unit_symbol(f[2:], leads + rest)}
        # A number the story's reports print only as a date's day or a span of time ("between Nov. 14
        # and 16", "in the 24 hours to Saturday") is no figure they share.
        numbers = {f[2:] for f, k in held.items() if f[0] == "f" and k >= 2 and _BARE_NUMBER.fullmatch(f[2:])}
        if numbers:
            told: list[str] = []
            for chunk, marks in _chunked(ids[:GROUNDS_READ]):
                told += [t for (t,) in self._db.execute(
                    f"SELECT text FROM paragraphs WHERE article IN ({marks}) AND text GLOB '*[0-9]*'", chunk)]
            numbers = dates_and_spans(told, numbers)

        def label(f: str) -> str:
            if f[0] == "f" and f[2:] in plain:
                return f[2:]
            if f[0] in "nr":  # a run opening with an office's word names the person after it ("Commissioner Darius Velk"),
                run = f[2:].split()  # as whole_names cuts it (not a thing named after one: "St. Oran's Primary School")
                cut = next((i for i, word in enumerate(run) if not is_title(word)), 0)
                # (an office's word before a particle names a body, not a person: "Bank of England")
                if 0 < cut < len(run) and not is_stopword(run[cut]) and not any(word in _INSIDE_NAMES for word in run[cut:]):
                    return whole.get(" ".join(run[cut:])) or _shown(f[0], " ".join(run[cut:]), printed)
            return (whole.get(f[2:]) if f[0] in "nr" else None) or _shown(f[0], f[2:], printed)
        runs = {f for f, k in held.items() if f[0] == "r" and k >= 2}
        # ... and a word most of whose articles write it in a run ("Fell" in 8, "Hollin Fell" in 7).
        covered = {w for r in runs for w in r[2:].split() if 4 * held[r] >= 3 * held.get("n:" + w, 0)}
        modifiers = {f[2:] for f, k in held.items() if f[0] == "m" and 2 * k >= held.get("n:" + f[2:], 0)}

        def top(kinds: str) -> tuple[tuple[str, int], ...]:
            shared = [
                (f, k) for f, k in held.items()
                if f[0] in kinds and k >= 2 and not (f[0] == "n" and (f[2:] in covered or f[2:] in modifiers))
                and f not in generic and not (f[0] == "f" and f[2:] in numbers)
            ]
            shared.sort(key=lambda x: (-x[1], x[0][0] != "r", x[0]))
            counts: dict[str, int] = {}
            for f, k in shared:  # a name listed twice ("Carrow", "Helen Carrow") counts as the most
                counts.setdefault(label(f), k)
            return tuple(list(counts.items())[:GROUNDS_SHOWN])

        articles = {}
        for article_id, found in profiles.items():
            mine = [
                (held[f] - 1, f) for f in found.keys()
                if f in found.weights and f[0] in "nr" and held[f] >= 2 and f[2:] not in covered and "m:" + f[2:] not in found.weights
                and f not in generic
            ]
            mine.sort(key=lambda x: (-x[0], x[1][0] != "r", x[1]))
            listed = list(dict.fromkeys(label(f) for _, f in mine))[:3]
            # Words of someone two reports quote join them too (core.stories.cluster.QUOTED): the
            # run that opens the quoted words it shares (none of the others runs on into it),
            # as a quotation cut short.
            quoted = {f[2:]: held[f] for f in found.weights if f[0] == "q" and held[f] >= 2}
            opening = [q for q in quoted if not any(o.split()[1:] == q.split()[:-1] for o in quoted)]
            if opening and len(listed) < 3:
                listed.append(f"“{min(opening, key=lambda q: (-quoted[q], q))}…”")
            articles[article_id] = tuple(listed)
        return Grounds(top("nr"), top("f"), top("t"), articles)

    def story_of(self, article_id: str) -> int | None:
        """The story an article belongs to, or None if the library does not hold it."""
        row = self._db.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def counts(self) -> tuple[int, int]:
        """How many stories and articles the library holds."""
        stories, articles = self._db.execute("SELECT COUNT(DISTINCT story), COUNT(*) FROM articles").fetchone()
        return int(stories), int(articles)

    def placements(self) -> dict[str, int]:
        """Each article's story, by article id: taken before and after an add or a refresh, it says
        which articles the new ones moved to another story (one pass over the articles' rows)."""
        return {str(a): int(s) for a, s in self._db.execute("SELECT id, story FROM articles")}

    def find_story(self, story: int) -> StoryInfo:
        """The story *story*, or :class:`LibraryError` naming what exists."""
        for info in self.stories():
            if info.id == story:
                return info
        raise LibraryError(self._no_story(story))

    def search(
        self, query: str, *, limit: int = 50, story: int | None = None, other_than: int | None = None
    ) -> list[SearchHit]:
        """The paragraphs holding every word of *query* (ignoring case and accents: "kovac" finds
        "Kovač", :func:`core.text.search_fold`), the best matches first;
        only in *story*, or only outside story *other_than*, when given.

        Words of three characters or more go through the trigram index, so any part of a word
        matches and unspaced scripts work; shorter words filter those hits (or, alone, scan).
        """
        found = _search_filter(query, story, other_than)
        if found is None:
            return []
        where, values, indexed = found
        order = "bm25(search), a.published DESC" if indexed else "a.published DESC, search.rowid"
        rows = self._db.execute(
            f"""SELECT search.article, search.idx, a.story, a.outlet, a.title, a.published, p.text
                FROM search JOIN articles a ON a.id = search.article
                JOIN paragraphs p ON p.article = search.article AND p.idx = search.idx
                WHERE {where} ORDER BY {order} LIMIT ?""",
            (*values, limit),
        ).fetchall()
        spellings = [s for w in _search_words(query) for s in _spellings(w)]
        return [
            SearchHit(Ref(r[0], int(r[1])), int(r[2]), r[3], r[4], r[5], r[6], find_spans(r[6], spellings))
            for r in rows
        ]

    def close_words(self, word: str) -> list[str]:
        """The words of the library (table ``vocab``) that a typed *word* (folded as search folds
        it) may stand for: at most :func:`typo_edits` edits from it (rapidfuzz's optimal string
        alignment distance), the closest first, at most :data:`CLOSE_WORDS`; never *word* itself
        nor a word holding it (search finds those as typed). A library of 60,000 distinct words
        answers in milliseconds (bench/search.py)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        edits = typo_edits(word)
        if not edits:
            return []
        size, by_length = self._vocabulary()
        if self._close[0] != size:
            self._close = (size, {})
        if word not in self._close[1]:  # (a search and its count ask for the same words)
            near = [w for n in range(len(word) - edits, len(word) + edits + 1) for w in by_length.get(n, ()) if word not in w]
            found = process.extract(word, near, scorer=OSA.distance, score_cutoff=edits, limit=None)
            found.sort(key=lambda m: (m[1], -close_score(word, m[0]), m[0]))
            self._close[1][word] = [w for w, _, _ in found[:CLOSE_WORDS]]
        return list(self._close[1][word])

    def _vocabulary(self) -> tuple[tuple[int, float], dict[int, list[str]]]:
        """The words of table ``vocab`` by their length, read in one row (a word holds no space) and
        kept for this library file while the table holds as many words of as many letters in all (it
        grows as articles come and shrinks as they go, :func:`_drop_words`): a reader's second search
        does not read them again. With how many words it holds and their letters in all."""
        count, letters = self._db.execute("SELECT COUNT(*), TOTAL(length(word)) FROM vocab").fetchone()
        size = (int(count), float(letters))
        key = str(self.path)
        kept = _VOCABULARIES.get(key)
        if kept is None or kept[0] != size:
            (joined,) = self._db.execute("SELECT group_concat(word, ' ') FROM vocab").fetchone()
            by_length: dict[int, list[str]] = defaultdict(list)
            for w in (joined or "").split():
                by_length[len(w)].append(w)
            kept = _VOCABULARIES[key] = (size, dict(by_length))
        return kept

    def _close_filter(
        self, query: str, story: int | None, other_than: int | None
    ) -> tuple[str, list[object], dict[str, list[str]]] | None:
        """The WHERE clause of :meth:`search_close`, its values, and the close words of each word
        that has some (a word the library holds as typed has none: it is taken as typed); None
        when no word of *query* has one."""
        words = _search_words(query)
        close = {
            w: c for w in words
            if len(w) >= TRIGRAM and not self._db.execute("SELECT 1 FROM vocab WHERE word = ?", (w,)).fetchone()
            and (c := self.close_words(w))
        }
        if not close:
            return None
        found = _search_filter(query, story, other_than)
        assert found is not None and found[2]  # a word with close words is indexed
        where, values, _ = found

        def quoted(words: Iterable[str]) -> str:
            return "(" + " OR ".join('"' + s.replace('"', '""') + '"' for s in words) + ")"

        indexed = [w for w in words if len(w) >= TRIGRAM]
        typed = " AND ".join(quoted(_spellings(w)) for w in indexed)
        either = " AND ".join(quoted([*_spellings(w), *close.get(w, ())]) for w in indexed)
        values = [f"({either}) NOT ({typed})", *values[1:]]  # the first value is the MATCH of the words as typed
        return where, values, close

    def search_close(
        self, query: str, *, limit: int = 50, story: int | None = None, other_than: int | None = None
    ) -> list[SearchHit]:
        """The paragraphs :meth:`search` misses that hold every word of *query* as typed or as a
        word of the library close to it (:meth:`close_words`: "admiting twenty" finds "admitting
        twenty"), the closest first (:attr:`SearchHit.score`; then the index's rank); each hit says
        which words it holds :attr:`~SearchHit.instead` of the typed ones. Only in *story*, or
        outside *other_than*, when given. Words under four letters, figures and the words the
        library holds as typed (a whole word of some paragraph) are matched as typed: a query the
        library spells so costs one look-up per word.
        """
        found = self._close_filter(query, story, other_than)
        if found is None:
            return []
        where, values, close = found
        rows = self._db.execute(
            f"""SELECT search.article, search.idx, a.story, a.outlet, a.title, a.published, p.text, search.text
                FROM search JOIN articles a ON a.id = search.article
                JOIN paragraphs p ON p.article = search.article AND p.idx = search.idx
                WHERE {where} ORDER BY bm25(search), a.published DESC LIMIT ?""",
            (*values, max(4 * limit, 200)),  # scored here, then the closest kept
        ).fetchall()
        words = _search_words(query)
        hits = []
        for rank, r in enumerate(rows):
            folded: str = r[7]
            scores, instead, marked = [], [], []
            for word in words:
                if any(s in folded for s in _spellings(word)):
                    scores.append(100.0)
                    marked += _spellings(word)
                    continue
                held = max((c for c in close.get(word, ()) if c in folded), key=lambda c: close_score(word, c), default=None)
                if held is None:  # a short word the index does not hold is matched by scanning: as typed
                    scores.append(100.0)
                    continue
                scores.append(close_score(word, held))
                instead.append((word, held))
                marked.append(held)
            hit = SearchHit(Ref(r[0], int(r[1])), int(r[2]), r[3], r[4], r[5], r[6], find_spans(r[6], marked),
                            sum(scores) / len(scores), tuple(instead))
            hits.append((-hit.score, rank, hit))
        hits.sort(key=lambda h: h[:2])
        return [h for _, _, h in hits[:limit]]

    def search_close_count(self, query: str, *, story: int | None = None, other_than: int | None = None) -> int:
        """How many paragraphs :meth:`search_close` finds for *query*, however many it shows."""
        found = self._close_filter(query, story, other_than)
        return 0 if found is None else self._paragraphs_where(*found[:2])

    def search_count(self, query: str, *, story: int | None = None, other_than: int | None = None) -> int:
        """How many paragraphs :meth:`search` finds for *query* (in *story*, outside *other_than*), however many it shows."""
        found = _search_filter(query, story, other_than)
        return 0 if found is None else self._paragraphs_where(*found[:2])

    def _paragraphs_where(self, where: str, values: Sequence[object]) -> int:
        """How many paragraphs of the search index (joined to their articles, ``a``) meet *where*."""
        (total,) = self._db.execute(
            f"SELECT COUNT(*) FROM search JOIN articles a ON a.id = search.article WHERE {where}", values
        ).fetchone()
        return int(total)

    # --- changing stories -----------------------------------------------------

    def _no_story(self, story: int) -> str:
        """What the commands say of *story*, which the library does not hold: where it went (merged,
        regrouped or moved into another story, and where that one went in turn, to the story holding
        its articles now) or that it was removed, from the table ``gone``; else :func:`_no_story`."""
        path: list[tuple[int | None, str]] = []
        at, passed = story, set()
        while at not in passed:
            passed.add(at)
            row = self._db.execute("SELECT went, how FROM gone WHERE story = ?", (at,)).fetchone()
            if row is None or row[1] not in _WENT or not (row[0] is None or isinstance(row[0], int)):
                break
            path.append((row[0], str(row[1])))
            if row[0] is None:
                break
            at = int(row[0])
        if not path:
            return _no_story(story)
        went, how = path[0]
        said = f"story {story} " + _WENT[how].format(went=went)
        if path[-1][0] is None and len(path) > 1:  # where it went was removed (maybe after going on)
            said += ", which was removed" if len(path) == 2 else f", which went into story {at}, since removed"
        elif len(path) > 1:
            said += f", which is now part of story {at}"
        if path[-1][0] is not None and self._db.execute("SELECT 1 FROM articles WHERE story = ? LIMIT 1", (at,)).fetchone():
            said += f" (`newsprism story show {at}`)"
        return said

    def _went(self, story: int, went: int | None, how: str) -> None:
        """Inside a write: keep that *story* went into story *went* (None: removed) *how* (a key of
        :data:`_WENT`), for :meth:`_no_story`."""
        self._db.execute("INSERT OR REPLACE INTO gone (story, went, how, at) VALUES (?, ?, ?, ?)", (story, went, how, time.time()))

    def _require(self, story: int) -> None:
        if not self._db.execute("SELECT 1 FROM articles WHERE story = ? LIMIT 1", (story,)).fetchone():
            raise LibraryError(self._no_story(story))

    def rename(self, story: int, title: str) -> None:
        """Give *story* a title of the user's own (an empty one restores the automatic title),
        cleaned as an article's title is: control characters made visible, escape sequences
        dropped (a fresh user's `story rename 9 "$(printf 'a\\x1b[31m')"` stored the ESC raw)."""
        from core.sanitize import sanitize, without_escape_sequences

        self._require(story)
        title = " ".join(without_escape_sequences(sanitize(title)).split())
        with self._write() as db:
            db.execute("UPDATE stories SET title = ? WHERE id = ?", (title or None, story))
            if title.strip():  # a story the user named is the user's: its articles stay in it
                db.execute("UPDATE articles SET pinned = 1 WHERE story = ?", (story,))

    def merge(self, into: int, others: Sequence[int]) -> int:
        """Move the articles of *others* into *into* and link them across; the number of links
        across the merged stories now: those made, and those kept from when their articles last
        shared a story (a story split off keeps its links, and so does an article regrouped).

        The merged story keeps its title where the user gave it one; else it takes the title the
        user gave the largest of *others* (the first of those alike), where that story holds at
        least as many articles as *into* (a trial's renamed story merged into one split off lost
        its name; a one-article side story named in passing, merged into the story it belongs to,
        named the whole of it). Raises :class:`LibraryError` when a story does not exist or *into* is
        among *others*. :meth:`undo` reverts it, title too.
        """
        if into in others:
            raise LibraryError(f"story {into} cannot be merged into itself")
        for story in (into, *others):
            self._require(story)
        others = list(dict.fromkeys(others))
        if not others:
            return 0
        with self._write() as db:
            before = {a.id for a in self._articles(into)}
            marks = ",".join("?" * len(others))
            stories = db.execute(f"SELECT id, title, created FROM stories WHERE id IN ({marks})", others).fetchall()
            own = db.execute("SELECT title FROM stories WHERE id = ?", (into,)).fetchone()[0]
            self._journal(
                "merge", f"merged story {', '.join(map(str, others))} into story {into}", into,
                {
                    "into": into,
                    "title": own,
                    "stories": stories,
                    "moved": db.execute(f"SELECT id, story FROM articles WHERE story IN ({marks})", others).fetchall(),
                },
            )
            named = {story: title for story, title, _ in stories if title}
            if not own and named:
                # the name the user gave the largest story merged in, where it holds at least as many
                # articles as *into*: the bulk of the story, not a side story named in passing
                size = dict(db.execute(
                    f"SELECT story, COUNT(*) FROM articles WHERE story IN ({marks}, ?) GROUP BY story", (*others, into)
                ).fetchall())
                largest = max(named, key=lambda s: (size.get(s, 0), -others.index(s)))
                if size.get(largest, 0) >= size.get(into, 0):
                    db.execute("UPDATE stories SET title = ? WHERE id = ?", (named[largest], into))
            for story in others:
                db.execute("UPDATE articles SET story = ? WHERE story = ?", (into, story))
                db.execute("DELETE FROM stories WHERE id = ?", (story,))
                self._went(story, into, "merged")
            # Placed by the user: later additions may join this story but never take it apart.
            db.execute("UPDATE articles SET pinned = 1 WHERE story = ?", (into,))
            self._keep_grounds([into])
            return self._link_across(into, before)

    def _link_across(self, into: int, before: set[str]) -> int:
        """Inside a write: link the articles that came into story *into* with those it held
        (*before*, their ids); the number of links across them now: those made, and those kept
        from when they last shared a story (a story split off keeps its links)."""
        articles = self._articles(into)
        # The pairs within each old story are linked; only the pairs across need the linker.
        old = [a for a in articles if a.id in before]
        moved = [a for a in articles if a.id not in before]
        held = self._links(into)
        found = _link_story([*old, *moved], new_from=len(old), known=held)
        # A pair already held (a story split off keeps its links) is not stored again the other way round.
        pairs = {frozenset((l.a, l.b)) for l in held}
        found = [
            l for l in found
            if (l.a.article in before) != (l.b.article in before) and frozenset((l.a, l.b)) not in pairs
        ]
        self._store_links(found)
        return len(found) + sum((l.a.article in before) != (l.b.article in before) for l in held)

    def move(self, article_ids: Sequence[str], into: int) -> int:
        """Move *article_ids* (of any other stories) into story *into* and link them there, in
        one change :meth:`undo` reverts: what a split and a merge do, for an article grouped
        into the wrong story. A story left with no article goes. The number of links across
        the moved articles and the others of *into* now (as :meth:`merge` counts them).

        Raises :class:`LibraryError` when the story or an article does not exist, or every
        article is in *into* already.
        """
        self._require(into)
        chosen = list(dict.fromkeys(article_ids))
        if not chosen:
            raise LibraryError("name at least one article to move")
        marks = ",".join("?" * len(chosen))
        story_of = {a: int(s) for a, s in self._db.execute(f"SELECT id, story FROM articles WHERE id IN ({marks})", chosen)}
        missing = [a for a in chosen if a not in story_of]
        if missing:
            raise LibraryError(f"the library has no article {missing[0]} (`newsprism story show N` lists a story's)")
        moving = [a for a in chosen if story_of[a] != into]
        if not moving:
            raise LibraryError(f"{'that article is' if len(chosen) == 1 else 'those articles are'} in story {into} already")
        sources = sorted({story_of[a] for a in moving})
        with self._write() as db:
            before = {a.id for a in self._articles(into)}
            db.executemany("UPDATE articles SET story = ? WHERE id = ?", ((into, a) for a in moving))
            left = [s for s in sources if not db.execute("SELECT 1 FROM articles WHERE story = ? LIMIT 1", (s,)).fetchone()]
            gone = [list(r) for s in left for r in db.execute("SELECT id, title, created FROM stories WHERE id = ?", (s,))]
            self._journal(
                "move", f"moved {len(moving)} article{'s' * (len(moving) != 1)} from story "
                f"{', '.join(map(str, sources))} into story {into}", into,
                {"into": into, "moved": [[a, story_of[a]] for a in moving], "stories": gone},
            )
            db.executemany("DELETE FROM stories WHERE id = ?", ((s,) for s in left))
            for s in left:
                self._went(s, into, "moved")
            # Placed by the user: later additions may join these stories but never take them apart.
            db.execute(f"UPDATE articles SET pinned = 1 WHERE story IN ({','.join('?' * (len(sources) + 1))})", (into, *sources))
            self._keep_grounds([into, *(s for s in sources if s not in left)])
            return self._link_across(into, before)

    def split(self, story: int, article_ids: Sequence[str]) -> int:
        """Move *article_ids* out of *story* into a new story; its id. :meth:`undo` reverts it."""
        self._require(story)
        members = {a for (a,) in self._db.execute("SELECT id FROM articles WHERE story = ?", (story,))}
        chosen = list(dict.fromkeys(article_ids))
        strangers = [a for a in chosen if a not in members]
        if strangers:
            raise LibraryError(f"story {story} has no article {strangers[0]}")
        if not chosen or len(chosen) == len(members):
            raise LibraryError(f"a split must leave at least one article in story {story} and move at least one")
        with self._write() as db:
            new = int(db.execute("INSERT INTO stories (created) VALUES (?)", (time.time(),)).lastrowid or 0)
            db.executemany("UPDATE articles SET story = ? WHERE id = ?", ((new, a) for a in chosen))
            db.execute("UPDATE articles SET pinned = 1 WHERE story IN (?, ?)", (story, new))
            self._keep_grounds([story, new])
            self._journal(
                "split", f"split {len(chosen)} article{'s' * (len(chosen) != 1)} off story {story} into story {new}", story,
                {"story": story, "new": new, "moved": chosen},
            )
        return new

    def remove(self, story: int) -> int:
        """Remove *story* and its articles from the library; how many articles went.

        Everything that goes (the articles and every row that refers to them: paragraphs,
        links, reading state, bookmarks) is kept in the undo journal, so :meth:`undo` brings
        it back.
        """
        self._require(story)
        with self._write() as db:
            kept = self._rows_of_story(story)
            title, created = db.execute("SELECT title, created FROM stories WHERE id = ?", (story,)).fetchone()
            n = len(kept["articles"]["rows"])
            self._journal(
                "remove", f"removed story {story} and its {n} article{'s' * (n != 1)}", story,
                {"story": story, "title": title, "created": created, "tables": kept},
            )
            db.execute(
                """UPDATE term_df SET df = df - (SELECT COUNT(*) FROM terms t JOIN articles a ON a.id = t.article
                                                 WHERE a.story = ? AND t.term = term_df.term)
                   WHERE term IN (SELECT t.term FROM terms t JOIN articles a ON a.id = t.article WHERE a.story = ?)""",
                (story, story),
            )
            db.execute("DELETE FROM term_df WHERE df <= 0")
            said = [t for (t,) in db.execute("SELECT text FROM search WHERE article IN (SELECT id FROM articles WHERE story = ?)",
                                              (story,))]
            db.execute("DELETE FROM search WHERE article IN (SELECT id FROM articles WHERE story = ?)", (story,))
            _drop_words(db, said)  # the words no other article holds (undo keeps them again)
            gone = db.execute("DELETE FROM articles WHERE story = ?", (story,)).rowcount
            db.execute("DELETE FROM stories WHERE id = ?", (story,))
            self._went(story, None, "removed")
        return int(gone)

    # --- undoing merges, splits and removals -----------------------------------

    def _journal(self, kind: str, summary: str, story: int, data: dict[str, object]) -> None:
        """Inside a write: keep what undoing this change needs; forget all but the last few."""
        self._db.execute(
            "INSERT INTO undo (kind, summary, story, data, at) VALUES (?, ?, ?, ?, ?)",
            (kind, summary, story, json.dumps(data), time.time()),
        )
        self._db.execute("DELETE FROM undo WHERE id <= (SELECT MAX(id) FROM undo) - ?", (UNDO_DEPTH,))

    def _article_tables(self) -> list[tuple[str, list[str]]]:
        """Every table with a column referring to an article, and those columns (found from the
        schema's foreign keys, so tables added by later migrations are kept too)."""
        tables = [r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        found = []
        for table in tables:
            columns = [r[3] for r in self._db.execute(f"PRAGMA foreign_key_list('{table}')") if r[2] == "articles"]
            if columns:
                found.append((table, columns))
        return found

    def _rows_of_story(self, story: int) -> dict[str, dict[str, list[Any]]]:
        """Every row the removal of *story* deletes: its articles and the rows referring to them."""
        def grab(sql: str, args: Sequence[object]) -> dict[str, list[Any]]:
            cursor = self._db.execute(sql, args)
            return {"columns": [d[0] for d in cursor.description], "rows": [list(r) for r in cursor]}

        kept = {"articles": grab("SELECT * FROM articles WHERE story = ?", (story,))}
        ids = "SELECT id FROM articles WHERE story = ?"
        for table, columns in self._article_tables():
            where = " OR ".join(f'"{c}" IN ({ids})' for c in columns)
            kept[table] = grab(f'SELECT * FROM "{table}" WHERE {where}', (story,) * len(columns))
        return kept

    def last_change(self) -> Change | None:
        """The merge, split, move or removal :meth:`undo` would revert now, or None."""
        row = self._db.execute("SELECT id, kind, summary, story, at FROM undo ORDER BY id DESC LIMIT 1").fetchone()
        return Change(int(row[0]), row[1], row[2], int(row[3]), float(row[4])) if row else None

    def undo(self) -> Undone:
        """Revert the latest merge, split, move or removal still in the journal (up to
        :data:`UNDO_DEPTH` back, one per call) and forget it.

        Raises :class:`LibraryError` when there is nothing to undo, or when the library has
        changed since in a way that stands in the way (an article moved again, a removed
        article added again); the journal entry is then dropped, and the next call offers
        the change before it.
        """
        change = self.last_change()
        if change is None:
            raise LibraryError("nothing to undo: no merge, split, move or removal is on record")
        stale: _Stale | None = None
        with self._write() as db:
            (data,) = db.execute("SELECT data FROM undo WHERE id = ?", (change.id,)).fetchone()
            db.execute("SAVEPOINT undoing")
            try:
                stories = getattr(self, f"_undo_{change.kind}")(json.loads(data), change)
                self._keep_grounds(stories)
            except _Stale as exc:
                db.execute("ROLLBACK TO undoing")
                stale = exc
            # The entry goes even when it cannot be undone (it is not offered again); any other failure
            # (a damaged file) rolls the whole back and keeps it on record.
            db.execute("DELETE FROM undo WHERE id = ?", (change.id,))
        if stale is not None:
            raise stale
        return Undone(change, tuple(stories))

    def _stale(self, change: Change, why: str) -> _Stale:
        return _Stale(f"cannot undo '{change.summary}': {why} since")

    def file_bytes(self) -> int:
        """The library's size on disk in bytes: its file and its write-ahead log."""
        return sum(p.stat().st_size for p in (self.path, self.path.with_name(self.path.name + "-wal")) if p.exists())

    def undo_held(self) -> int:
        """How many changes the undo journal holds (what removed stories keep in the file)."""
        return int(self._db.execute("SELECT COUNT(*) FROM undo").fetchone()[0])

    def compact(self, *, forget_undo: bool = False) -> Compacted:
        """Give back to the disk the space of what the library no longer holds: merge the search
        index (FTS5's 'optimize', which drops what it keeps of removed paragraphs), rewrite the
        file without its free pages (SQLite's VACUUM) and empty the write-ahead log. A removed story
        stays in the undo journal (:meth:`remove`) for the last :data:`UNDO_DEPTH` changes;
        *forget_undo* empties the journal first, so its space goes too and nothing can be undone.

        Raises :class:`LibraryError` for a read-only library, or one another process holds open
        for longer than the busy timeout (a reader: the file cannot be rewritten under it).
        """
        before = self.file_bytes()
        with self._write() as db:  # (which refuses a read-only library)
            forgotten = db.execute("DELETE FROM undo").rowcount if forget_undo else 0
            # The search index keeps a removed paragraph's entries as deletion marks until its
            # segments are merged: 30 MB of 30.6 after a 40,000-paragraph story went (trial 36 F17).
            db.execute("INSERT INTO search (search) VALUES ('optimize')")
            # The vocabulary built again from the paragraphs held: a library from before removals kept it honest
            # still holds the words of what went (search would take a typed word for one no paragraph holds).
            _count_words_again(db)
        try:
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                raise LibraryError(f"{self.path}: another newsprism has the library open; close it and compact again") from None
            raise LibraryError(f"{self.path}: cannot compact ({_reason(exc)})") from None
        return Compacted(before, self.file_bytes(), forgotten, self.undo_held())

    def _restore_story(self, story: int, title: str | None, created: float) -> int:
        """Bring back story *story* under its id, or a new one when that id is taken again."""
        if self._db.execute("SELECT 1 FROM stories WHERE id = ?", (story,)).fetchone():
            return int(self._db.execute("INSERT INTO stories (title, created) VALUES (?, ?)", (title, created)).lastrowid or 0)
        self._db.execute("INSERT INTO stories (id, title, created) VALUES (?, ?, ?)", (story, title, created))
        return story

    def _still_in(self, into: int, moved: Sequence[Sequence[Any]], change: Change) -> None:
        """Inside an undo: :class:`_Stale` unless every article of *moved* ((id, story it came
        from) pairs) is still in story *into*, where *change* put it."""
        marks = ",".join("?" * len(moved))
        here = self._db.execute(
            f"SELECT COUNT(*) FROM articles WHERE story = ? AND id IN ({marks})", (into, *(m[0] for m in moved))
        ).fetchone()[0]
        if here != len(moved):
            raise self._stale(change, f"articles of the {change.kind} have left story {into}")

    def _undo_merge(self, data: dict[str, Any], change: Change) -> list[int]:
        into = data["into"]
        moved: list[list[Any]] = data["moved"]
        self._still_in(into, moved, change)
        if "title" in data:  # (a journal written before merges kept a title has none)
            self._db.execute("UPDATE stories SET title = ? WHERE id = ?", (data["title"], into))
        restored: list[int] = [into]
        for story, title, created in data["stories"]:
            new = self._restore_story(story, title, created)
            restored.append(new)
            self._db.executemany(
                "UPDATE articles SET story = ? WHERE id = ?", ((new, a) for a, old in moved if old == story)
            )
        return restored

    def _undo_move(self, data: dict[str, Any], change: Change) -> list[int]:
        into = data["into"]
        moved: list[list[Any]] = data["moved"]
        self._still_in(into, moved, change)
        restored = {int(story): self._restore_story(story, title, created) for story, title, created in data["stories"]}
        for _, old in moved:
            if old not in restored and not self._db.execute("SELECT 1 FROM stories WHERE id = ?", (old,)).fetchone():
                raise self._stale(change, f"story {old} has gone")
        back = [(restored.get(old, old), a) for a, old in moved]
        self._db.executemany("UPDATE articles SET story = ? WHERE id = ?", back)
        return [into, *dict.fromkeys(story for story, _ in back)]

    def _undo_split(self, data: dict[str, Any], change: Change) -> list[int]:
        story, new, moved = data["story"], data["new"], data["moved"]
        assert isinstance(moved, list)
        if not self._db.execute("SELECT 1 FROM stories WHERE id = ?", (story,)).fetchone():
            raise self._stale(change, f"story {story} has gone")
        marks = ",".join("?" * len(moved))
        here = self._db.execute(f"SELECT COUNT(*) FROM articles WHERE story = ? AND id IN ({marks})", (new, *moved)).fetchone()[0]
        if here != len(moved):
            raise self._stale(change, f"articles of the split have left story {new}")
        self._db.executemany("UPDATE articles SET story = ? WHERE id = ?", ((story, a) for a in moved))
        if not self._db.execute("SELECT 1 FROM articles WHERE story = ? LIMIT 1", (new,)).fetchone():
            self._db.execute("DELETE FROM stories WHERE id = ?", (new,))
            self._went(new, story, "unsplit")
        return [story]

    def _undo_remove(self, data: dict[str, Any], change: Change) -> list[int]:
        db = self._db
        tables: dict[str, dict[str, list[Any]]] = data["tables"]
        articles = tables["articles"]
        at = {str(c): i for i, c in enumerate(articles["columns"])}
        ids = [str(r[at["id"]]) for r in articles["rows"]]
        marks = ",".join("?" * len(ids))
        # An article added again since (the same id, or the same value of any other unique column
        # such as its identity key) stands where the removed one would go back.
        unique = {"id"}
        for _, index, is_unique, *_ in db.execute("PRAGMA index_list('articles')").fetchall():
            columns = [r[2] for r in db.execute(f"PRAGMA index_info('{index}')")]
            if is_unique and len(columns) == 1:
                unique.add(columns[0])
        for column in sorted(unique & at.keys()):
            values = [r[at[column]] for r in articles["rows"]]
            if db.execute(f'SELECT 1 FROM articles WHERE "{column}" IN ({marks}) LIMIT 1', values).fetchone():
                raise self._stale(change, "some of its articles were added again")
        story = self._restore_story(int(data["story"]), data["title"], float(data["created"]))
        for row in articles["rows"]:
            row[at["story"]] = story

        def put(table: str, content: dict[str, list[Any]], keep: Iterable[list[Any]]) -> None:
            columns = ", ".join(f'"{c}"' for c in content["columns"])
            values = ", ".join("?" * len(content["columns"]))
            db.executemany(f'INSERT OR IGNORE INTO "{table}" ({columns}) VALUES ({values})', keep)

        put("articles", articles, articles["rows"])
        present = set(ids)
        for table, columns in self._article_tables():
            content = tables.get(table)
            if not content:
                continue
            where = [content["columns"].index(c) for c in columns if c in content["columns"]]
            wanted = {str(r[i]) for r in content["rows"] for i in where} - present
            if wanted:  # rows that also refer to articles outside the story: only those still here
                found = ",".join("?" * len(wanted))
                present |= {r[0] for r in db.execute(f"SELECT id FROM articles WHERE id IN ({found})", list(wanted))}
            put(table, content, (r for r in content["rows"] if all(str(r[i]) in present for i in where)))
        db.execute(f"INSERT INTO search (text, article, idx) SELECT newsprism_search_fold(text), article, idx FROM paragraphs WHERE article IN ({marks})", ids)
        _keep_words(db, (t for (t,) in db.execute(f"SELECT text FROM search WHERE article IN ({marks})", ids)))
        db.execute(
            f"""INSERT INTO term_df (term, df) SELECT term, COUNT(*) FROM terms WHERE article IN ({marks}) GROUP BY term
                ON CONFLICT (term) DO UPDATE SET df = df + excluded.df""",
            ids,
        )
        return [story]

    # --- reading state --------------------------------------------------------

    def mark_read(self, ref: Ref) -> None:
        """Remember that the user has read paragraph *ref* (kept nothing, silently, when the
        library is :attr:`read_only`)."""
        if self.read_only:
            return
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO read (article, idx, at) VALUES (?, ?, ?)", (ref.article, ref.paragraph, time.time()))

    def read_paragraphs(self, article_id: str) -> set[int]:
        """The paragraphs of *article_id* the user has read; :class:`LibraryFailure` when one of
        its read marks is not a paragraph's number (a damaged row)."""
        found = {i for (i,) in self._db.execute("SELECT idx FROM read WHERE article = ?", (article_id,))}
        if any(type(i) is not int for i in found):
            raise self._wrong_type("read")
        return found

    def read_counts(self, story: int) -> dict[str, int]:
        """For each article of *story*, how many of its paragraphs the user has read;
        :class:`LibraryFailure` when a read mark is not a paragraph's number (a damaged row)."""
        return self._read_counts(
            "SELECT r.article, COUNT(*), TOTAL(typeof(r.idx) <> 'integer') FROM read r JOIN articles a ON a.id = r.article"
            " WHERE a.story = ? GROUP BY r.article",
            (story,),
        )

    def _read_counts(self, sql: str, parameters: Sequence[object] = ()) -> dict[Any, int]:
        """The counts *sql* gives, as rows of (key, count, how many of the rows counted are of
        the wrong type); :class:`LibraryFailure` if any is: SQLite keeps whatever a column is given,
        and only damage (or a hand's edit) puts text where newsprism wrote a paragraph's number."""
        rows = self._db.execute(sql, parameters).fetchall()
        if any(wrong for _, _, wrong in rows):
            raise self._wrong_type("read")
        return {key: n for key, n, _ in rows}

    def _wrong_type(self, table: str) -> LibraryFailure:
        """The failure of a library whose *table* holds a value of a type newsprism never writes there."""
        return LibraryFailure(f"{self.path}: not a newsprism library (a row of its table {table} holds a value of the wrong type)")

    def toggle_bookmark(self, ref: Ref) -> bool:
        """Bookmark paragraph *ref*, or remove its bookmark; whether it is bookmarked now."""
        with self._write() as db:
            gone = db.execute("DELETE FROM bookmarks WHERE article = ? AND idx = ?", ref).rowcount
            if not gone:
                db.execute("INSERT INTO bookmarks (article, idx, at) VALUES (?, ?, ?)", (*ref, time.time()))
        return not gone

    def bookmarked(self, article_id: str) -> set[int]:
        """The bookmarked paragraphs of *article_id*."""
        return {i for (i,) in self._db.execute("SELECT idx FROM bookmarks WHERE article = ?", (article_id,))}

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, the newest first."""
        rows = self._db.execute(
            """SELECT b.article, b.idx, a.story, a.outlet, a.title, p.text, b.at FROM bookmarks b
               JOIN articles a ON a.id = b.article JOIN paragraphs p ON p.article = b.article AND p.idx = b.idx
               ORDER BY b.at DESC, b.article, b.idx"""
        ).fetchall()
        return [Bookmark(Ref(r[0], r[1]), r[2], r[3], r[4], r[5], r[6]) for r in rows]

    # --- for core.library.changes: an article's page changed, a story was opened ---------------------

    def revise(self, article_id: str, article: Article, *, source: str, brief: bool = False) -> Revised | None:
        """Make *article* (the same source's copy, fetched again) the body of *article_id*, in one
        transaction; :func:`core.library.changes.revise` says what that keeps and drops.

        The old body is kept in ``versions`` (the first revision keeps the original too), the
        text, features, evidence and search entries are replaced, read marks cleared, bookmarks
        past the new end dropped, and the article is linked again within its story. A headline
        changed over the same body (a correction: "23" for "25" pirates) is a version too; the
        text, its read marks and links stay.

        With *brief* (what a feed gave of the article for want of its page: its summary), or where
        *article* is its page's teaser (``Article.teaser``: the rest behind a paywall), the article
        held is kept where its text is longer: a summary never replaces the page.

        Returns:
            What changed (:class:`core.library.changes.Revised`), or None when the headline and
            body are the same, are one of its older versions read from another *source* or as
            *brief* (a copy saved before a correction is no newer text; the same file or address
            giving an older text again is: it was put back), *brief* or a teaser and the text held
            is longer, or *article_id* is not in the library.

        Raises:
            LibraryError: the library is read-only or busy, or linking the new body failed (the
                transaction is then undone).
        """
        from core.library.changes import Revised

        key = body_hash(article.paragraphs)
        now = time.time()
        with self._write() as db:
            row = db.execute(
                "SELECT story, hash, title, added, published, dateline, updated, source FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None or row[1] == key and same_headline(row[2], article.title):
                return None
            retitled = row[1] == key  # the same body under a corrected headline
            stored = db.execute("SELECT title, paragraphs FROM versions WHERE article = ?", (article_id,)).fetchall()
            if (source != row[7] or brief) and any(
                body_hash(json.loads(text)) == key and (same_headline(title, article.title) or not retitled) for title, text in stored
            ):
                # an older version come again from elsewhere (a copy saved before a correction): not
                # news. From the source the text held came from, it is what that source says now
                # (a file put back, an edit withdrawn): a version, or the library keeps a figure its
                # source no longer gives (a tester's restored file stayed "already in the library")
                return None
            if (brief or article.teaser) and not retitled:
                held = [t for (t,) in db.execute("SELECT text FROM paragraphs WHERE article = ?", (article_id,))]
                if sum(len(t.split()) for t in held) > sum(len(t.split()) for t in article.paragraphs):
                    # a feed's summary for want of the page held, or the page gone behind a paywall
                    # (its teaser: a tester's outlet then reported nothing of its facts): the text held stays
                    return None
            story = int(row[0])
            last = db.execute("SELECT MAX(number) FROM versions WHERE article = ?", (article_id,)).fetchone()[0]
            if last is None:
                old = [t for (t,) in db.execute("SELECT text FROM paragraphs WHERE article = ? ORDER BY idx", (article_id,))]
                db.execute(
                    "INSERT INTO versions (article, number, title, paragraphs, at, published, dateline, updated)"
                    " VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                    (article_id, row[2], json.dumps(old), row[3], row[4], row[5], row[6]),
                )
                last = 1
            number = int(last) + 1
            db.execute(
                "INSERT INTO versions (article, number, title, paragraphs, at, published, dateline, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, number, article.title, json.dumps(list(article.paragraphs)), now, article.published,
                 article.dateline, article.updated),
            )
            if retitled:  # the text, its read marks, links and search entries stay as they are
                db.execute("UPDATE articles SET title = ?, title_key = ?, published = COALESCE(?, published), updated = ? WHERE id = ?",
                           (article.title, headline_key(article.title), article.published, article.updated, article_id))
                self._keep_grounds([story])  # the story's automatic name may be this headline
                links = db.execute("SELECT COUNT(*) FROM links WHERE a = ? OR b = ?", (article_id, article_id)).fetchone()[0]
                return Revised(article_id, story, number, int(links))
            self._unindex_profile(article_id)
            said = [t for (t,) in db.execute("SELECT text FROM search WHERE article = ?", (article_id,))]
            for table in ("paragraphs", "search", "read"):
                db.execute(f"DELETE FROM {table} WHERE article = ?", (article_id,))
            db.execute("DELETE FROM links WHERE a = ? OR b = ?", (article_id, article_id))
            db.execute("DELETE FROM bookmarks WHERE article = ? AND idx >= ?", (article_id, len(article.paragraphs)))
            day = day_number(article.published)
            db.execute(
                """UPDATE articles SET hash = ?, title = ?, title_key = ?, byline = ?, published = COALESCE(?, published),
                   day = COALESCE(?, day), source = ?, standfirst = ?, captions = ?, paragraphs = ?, dateline = ?,
                   subheads = ?, teaser = ?, updated = ?, language = ?
                   WHERE id = ?""",
                (key, article.title, headline_key(article.title), article.byline, article.published, day, source, article.standfirst,
                 json.dumps(list(article.captions)), len(article.paragraphs), article.dateline,
                 json.dumps([i for i, _ in article.subheads]), _cut_mark(article), article.updated, _told_language(article),
                 article_id),
            )
            db.executemany("INSERT INTO paragraphs (article, idx, text) VALUES (?, ?, ?)",
                           ((article_id, i, t) for i, t in enumerate(article.paragraphs)))
            db.executemany("INSERT INTO search (text, article, idx) VALUES (?, ?, ?)",
                           ((search_fold(t), article_id, i) for i, t in enumerate(article.paragraphs)))
            _keep_words(db, (search_fold(t) for t in article.paragraphs))
            _drop_words(db, said)  # the words only its text before held
            # Its features (names, runs, figures: core.stories.cluster) and the evidence they give, as adding does;
            # it stays in its story (the same report, revised), linked again to the others there.
            found = profile(article)
            self._index_profile(article_id, found)
            try:
                self._weigh(article_id, found)
                links = self._link_into(story, [article_id])
                self._keep_grounds([story])  # why the story holds its articles, from the new text
            except Exception as exc:  # noqa: BLE001 - reported as the library's error, the transaction undone
                raise LibraryError(f"{self.path}: cannot link the new version of {article.title[:60]!r} ({exc})") from exc
        return Revised(article_id, story, number, links)

    def record_visit(self, story: int, at: float) -> None:
        """Record that *story* was opened at *at* (seconds since the epoch), that its articles were
        seen then (each keeps that time in whatever story it moves to), and, the first time any
        story is, when the reader first opened the library; :func:`core.library.changes.visit`."""
        with self._write() as db:
            # each article the user saw then: what it carries to any story it moves to later (news)
            db.execute("INSERT OR REPLACE INTO seen (article, at) SELECT id, ? FROM articles WHERE story = ?", (at, story))
            db.execute("INSERT OR IGNORE INTO opened (id, at) VALUES (1, ?)", (at,))  # the first opening, kept

    def keep_place(self, story: int, ref: Ref) -> None:
        """Remember that the reader is at paragraph *ref* of *story*, to open there next time
        (:meth:`place`); nothing in a read-only library."""
        if self.read_only:
            return
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO place (id, story, article, idx, at) VALUES (1, ?, ?, ?, ?)",
                (story, ref.article, ref.paragraph, time.time()),
            )

    def place(self) -> tuple[int, Ref | None] | None:
        """Where the reader was last (:meth:`keep_place`), as the library holds it now: the story
        that holds the article today (it may have been merged into another) and the paragraph
        (the last one if the article got shorter); the story alone, with None, when the article
        is gone but the story is not; None when neither is left, or nothing was kept.
        :class:`LibraryFailure` when the row kept is damaged (a value of the wrong type)."""
        row = self._db.execute("SELECT story, article, idx FROM place WHERE id = 1").fetchone()
        if row is None:
            return None
        if [type(value) for value in row] != [int, str, int]:
            raise self._wrong_type("place")
        story, article, idx = row
        holder = self.story_of(article)
        if holder is not None:
            (paragraphs,) = self._db.execute("SELECT COUNT(*) FROM paragraphs WHERE article = ?", (article,)).fetchone()
            return holder, Ref(article, max(0, min(idx, int(paragraphs) - 1)))
        if self._db.execute("SELECT 1 FROM stories WHERE id = ?", (story,)).fetchone() is not None:
            return story, None
        return None

    def relink(self, *, progress: Progress | None = None) -> int:
        """Link again, in one full run each, the stories articles were added to (or revised in)
        since the last call; the number of links they hold now. *progress* as :meth:`add`'s
        ("linking", counted in the paragraphs of all those stories, one story after another,
        ending with done == total).

        Adding links an article to its story's others at once, keeping the older links; but a
        link's score weighs words by how many of the story's paragraphs hold them (the idf of
        :func:`core.linking.align.link`), so links made one article at a time differ a little from a
        run over the whole story, and with the order the articles came in (the seeds: 103 links
        added one by one, 100 in one run). Called at the end of a batch (``add``, ``refresh``),
        this makes a story's links those ``newsprism links`` gives for the same articles.
        """
        total = 0
        stories = sorted(self._incremental)
        whole = 0  # the paragraphs of every story to link: one count for the run, not one per story
        for start in range(0, len(stories), 500):
            batch = stories[start : start + 500]
            marks = ",".join("?" * len(batch))
            whole += int(self._db.execute(f"SELECT COALESCE(SUM(paragraphs), 0) FROM articles WHERE story IN ({marks})", batch).fetchone()[0])
        done = 0
        for story in stories:
            with self._write() as db:
                if db.execute("SELECT 1 FROM stories WHERE id = ?", (story,)).fetchone() is None:
                    continue  # merged away or removed since
                db.execute(
                    "DELETE FROM links WHERE a IN (SELECT id FROM articles WHERE story = ?)"
                    " AND b IN (SELECT id FROM articles WHERE story = ?)",
                    (story, story),
                )
                articles = self._articles(story)
                size = sum(len(a.paragraphs) for a in articles)
                found = _link_story(articles, progress=_share("linking", size, progress, start=done, whole=max(whole, done + size)))
                done += size
                self._store_links(found)
                total += len(found)
        if progress is not None and 0 < whole and done < whole:
            progress("linking", whole, whole)  # a story merged away since: the run still ends
        self._incremental.clear()
        return total
