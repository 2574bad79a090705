"""A story big enough to be linked in several processes has its index entries (each paragraph's
rarest stems and its information) worked out in them too, a run of the story in each forked
child: the links are those of one process, and a child that fails has its run done here."""

from __future__ import annotations

import os
from functools import partial

from core.linking import align
from core.model import Article
from tests.reports import outlet_report


def _story() -> list[Article]:
    # Invented: a fact reprinted with light edits, one reworded, and paragraphs of their own.
    return [
        outlet_report("Harbour Post", "Two ferries collided off Brennick Point on Tuesday, the coastguard said.",
                 "Forty passengers were taken ashore at Brennick by lifeboat crews."),
        outlet_report("Valley Courier", "Two ferries collided off Brennick Point on Tuesday, the coastguard confirmed.",
                 "Lifeboat crews took forty passengers ashore at Brennick."),
        outlet_report("North Wire", "Two ferries collided off Brennick Point on Tuesday, coastguard officials said.",
                 "Services to Orla Island resume on Thursday."),
    ]


def test_each_process_works_out_the_index_entries_of_one_run(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    story = _story()
    alone = align.link(story, processes=1)
    texts = [para.text for para in align.prepare(story)]
    monkeypatch.setattr(align, "PARALLEL_FROM", 0)
    parent, here = os.getpid(), []
    real = align._index_entries

    def entries(paras, **knobs):  # type: ignore[no-untyped-def]
        if os.getpid() == parent:
            here.extend(para.text for para in paras)
        return real(paras, **knobs)

    monkeypatch.setattr(align, "_index_entries", entries)
    for processes in (2, 3):
        here.clear()
        assert align.link(story, processes=processes) == alone
        assert 0 < len(here) < len(texts) and here == texts[: len(here)]  # the rest was the children's
    assert len(alone) >= 3


def test_the_work_of_a_failed_child_is_done_here() -> None:
    parent = os.getpid()

    def work(k: int) -> list[object]:
        if os.getpid() != parent and k == 2:
            raise RuntimeError("the child fails")
        return [k, os.getpid() == parent]

    assert align._in_processes([partial(work, k) for k in range(4)]) == [[0, True], [1, False], [2, True], [3, False]]
    assert align._in_processes([]) == []
