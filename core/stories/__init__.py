"""Stories: which articles report the same event, not merely the same topic.

:mod:`.cluster` profiles each article (participants, places, times, figures, topic words) and
groups articles by event, the same in any order of adding; :mod:`.words` holds, as data, the
words that are not names (corporate suffixes, honorifics, weekdays, newsroom words) and the
scales of figures.
"""
