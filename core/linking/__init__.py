"""Linking: every paragraph of a story to the passages of other outlets that report the same fact.

The flow:

1. :mod:`.align` finds the links: candidates from an inverted index of rare stems, then each
   pair's shared wording, quotations and figures decide a kind (verbatim, paraphrase, quote)
   and a score in [0, 1]; every link carries its character spans.
2. :mod:`.evidence` says why a link was made (shared words, figures, the quotation) and what
   one outlet changed of the other ("12 -> Fifteen", "Thursday -> Friday").
3. :mod:`.semantic` is the optional sentence-embedding path (``newsprism[semantic]``) that adds
   confident links by meaning where words differ.
4. :mod:`.story` holds the result, a :class:`~core.linking.story.Story`: the articles and
   their links with fast look-ups, which the views (:mod:`core.views`) read.
"""
