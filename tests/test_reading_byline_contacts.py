"""A writer's ways to be reached beside the byline's name (core/reading/html.py, judge.py): links
to the writer's profiles on social networks, a mail link, an icon's link, or the networks' names
as text after the name, are no words of the name. Outlets and people are invented."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import clean_byline

LEAD = "The council decided on Monday that the ferry across the bay will run every fifteen minutes from April."
MORE = "Until now it left once an hour, and not at all in winter, the council's transport officer said."


def _page(box: str) -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry to run every quarter hour</title>"
            "<meta property='og:site_name' content='Bay Notes'></head><body><main><article>"
            f"<h1>Ferry to run every quarter hour</h1>{box}<p>{LEAD}</p><p>{MORE}</p></article></main></body></html>").encode()


@pytest.mark.parametrize("box", [
    "<div class=byline>By <a href='/authors/ana'>Ana Example</a> <a href='https://x.com/anaexample'>X</a> "
    "<a href='https://www.linkedin.com/in/anaexample'>LinkedIn</a></div>",
    "<div class=author><span>Ana Example</span> <a href='https://bsky.app/profile'><span class=sr-only>Bluesky</span></a> "
    "<a href='https://instagram.com/anaexample'><i class=icon-instagram></i></a></div>",
    "<div class=byline>By <a href='/authors/ana'>Ana Example</a> <a class=social href='https://twitter.com/anaexample'>"
    "<svg></svg>Twitter</a> <a href='mailto:ana@bay.example'>Email</a></div>",
])
def test_the_writers_profile_links_are_no_part_of_the_byline(box: str) -> None:
    assert parse_html(_page(box), source="p.html").byline == "Ana Example"


@pytest.mark.parametrize(("line", "name"), [
    ("By Ana Example X LinkedIn", "Ana Example"),
    ("By Ana Example · Facebook · Instagram", "Ana Example"),
    ("By Ana Example Twitter Email", "Ana Example"),
    ("By Malcolm X", "Malcolm X"),
])
def test_network_names_after_a_name_are_none_of_it(line: str, name: str) -> None:
    assert clean_byline([line], line=True) == name
