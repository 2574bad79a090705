"""Views' analyses: what the panes, the command line and the exports show of a linked story.

All read a :class:`~core.linking.story.Story`: :mod:`.facts` (facts without chaining and the
coverage matrix), :mod:`.collate` (word-level collation of two passages), :mod:`.figures`
(the same quantity as each outlet gives it), :mod:`.quotes` (quotations and who carries
them), :mod:`.export` (Markdown, HTML and JSON reports); :mod:`.names` names their articles and
paragraphs. What they share with the linker is below them, never here: numbers are read by
:mod:`core.numbers`, quantities compared by :mod:`core.quantities`, quotations and their speakers
found by :mod:`core.quotations`; :mod:`core.groups` is the disjoint-set helper.
"""
