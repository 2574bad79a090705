"""The figures view never loads the reading stage (trial 50 F10: `figures --story 1` spent about half
its CPU time, 0.48 s of 1.05 s, loading core.reading.judge to read subheads): a live page's stamps
are read by core.stamps, the one reader of stamps, which the reading stage uses too."""

from __future__ import annotations

import subprocess
import sys


def _loads_reading(subheads: str) -> bool:
    code = (
        "import sys\n"
        "from dataclasses import replace\n"
        "from core.linking.story import Story\n"
        "from core.model import Article, article_id\n"
        "from core.views.figures import compare\n"
        "body = ('Police said 52 people were arrested on Friday.', 'Reaction', 'The union said 15,000 marched.',"
        " 'What next', 'A hearing is set for Monday.')\n"
        "a = replace(Article(article_id('A', 'March', body), 'a.html', 'Port Ledger', 'March', body),"
        f" subheads={subheads})\n"
        "b = Article(article_id('B', 'March', body[:3]), 'b.html', 'Bay Times', 'March', body[:3])\n"
        "compare(Story.build([a, b]))\n"
        "print(any(name.startswith('core.reading') for name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip() == "True"


def test_subheads_without_stamps_leave_the_reading_stage_unloaded() -> None:
    assert not _loads_reading("((1, 'Reaction'), (3, 'What next'))")


def test_a_live_pages_stamps_are_read_without_the_reading_stage() -> None:
    assert not _loads_reading("((1, '16:20'), (3, '18:45'))")
