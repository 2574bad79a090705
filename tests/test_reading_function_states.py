"""A page drawn by script whose report is only in the state a function expression returns,
called on the spot with the values it shares (Nuxt's ``window.__NUXT__=(function(a,b){return
{...}}("...","..."))``): read as JavaScript literals, never run, the arguments in place of the
parameters; a short sentence among the report's blocks is a paragraph too (invented inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.html import _function_state

LEAD = "The Fenwold water board voted on Monday to raise household bills by 9 percent from April."
SHORT = "The rise is the first in six years."
LAST = "Its treasurer said the board's borrowing was adequate but no longer comfortable."

NUXT = (
    "window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{story:{id:71,headline:\"Water bills to rise\","
    "byline:{name:\"Mara Quillon\"},section:a,blocks:[{type:\"paragraph\",text:d},{type:\"paragraph\",text:'The rise is the"
    " first in six years.'},{type:\"ad\",slot:b},{type:\"paragraph\",text:\"Its treasurer said the board\\u0027s borrowing"
    " was adequate but no longer comfortable.\"}],paid:!1,views:void 0}}],state:{user:{name:c}}}}"
    f"(\"Local\",\"mid-1\",\"Guest\",\"{LEAD}\"));"
)


def _read(tmp_path: Path, script: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Water bills to rise - Lisk Valley Times</title>"
        "</head><body><div id='__nuxt'><header>Lisk Valley Times</header><div class='skeleton'>Loading…</div></div>"
        f"<script>{script}</script></body></html>", encoding="utf-8")
    return read_file(path)


def test_a_nuxt_state_is_read_from_its_function_expression(tmp_path: Path) -> None:
    (article,) = _read(tmp_path, NUXT)
    assert list(article.paragraphs) == [LEAD, SHORT, LAST]
    assert article.byline == "Mara Quillon"


def test_the_function_expressions_literal_is_bound_to_its_arguments() -> None:
    state = _function_state("(function(a,b){return {x:a,y:[b,!0,void 0,1.5],'z':null}})('one',2)", 0)
    assert state == {"x": "one", "y": [2, True, None, 1.5], "z": None}


@pytest.mark.parametrize("script", [
    "(function(a){a.run();return {x:a}}(1))",  # a body that does more than return its state
    "(function(a){return {x:a}}(fetch('/x')))",  # a call that passes more than literals
    "(function(a){return {x:a+1}}(1))",  # an operator: no literal
])
def test_what_is_no_literal_is_not_read(script: str) -> None:
    with pytest.raises(ValueError):
        _function_state(script, 0)
