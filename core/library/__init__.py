"""The library: what the user reads, kept in one SQLite file, and how it keeps growing.

- :mod:`.store`: the :class:`~core.library.store.Library` (articles, stories, cached links,
  versions, what the reader saw when; schema migrations).
- :mod:`.identity`: when two records are the same article (one source's copy).
- :mod:`.changes`: versions of an article whose page changed; what is new since a visit.
- :mod:`.subscriptions`, :mod:`.refresh`, :mod:`.opml`: the feeds the user follows, fetching
  them politely, and the subscription lists other readers exchange.
"""
