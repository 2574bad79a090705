"""Reading: an author's name the extractor reads keeps the vowel sign that ends its last word.

trafilatura trims an author's end of what Python's regular expressions take for no word
character, and an Indic script's vowel sign is a combining mark: "रीना नमूना" came out
"रीना नमून", "கவி மாதிரி" "கவி மாதிர". The page prints the whole word, so the name is as it prints it."""

from __future__ import annotations

import lxml.html
import pytest

from core.reading import read_data
import core.reading.html
from core.reading.html import _marks_kept, _page_text

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"></head><body><main>
<h1>{title}</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorName"><a class="AuthorLink" href="/authors/x">{name}</a></div></div>
<div class="RichTextArticleBody">{body}</div></main></body></html>"""


def _page(lang: str, title: str, name: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(lang=lang, title=title, name=name, body=body).encode()


def test_the_name_keeps_its_last_vowel_sign() -> None:
    text = _page_text(lxml.html.fromstring("<html><body><p>लेखक: <a>रीना नमूना</a></p><p>கவி மாதிரி</p></body></html>"))
    assert _marks_kept("रीना नमून", text) == "रीना नमूना"
    assert _marks_kept("கவி மாதிர", text) == "கவி மாதிரி"
    assert _marks_kept("Ana Example", text) == "Ana Example"  # nothing to keep
    assert _marks_kept("रीना", text) == "रीना"  # whole already
    assert _marks_kept("किसी और", text) == "किसी और"  # not printed: as read


def test_a_hindi_and_a_tamil_page_give_their_authors_whole() -> None:
    for lang, title, name, paragraphs in (
        ("hi", "नदी पर नया पुल खुला", "रीना नमूना", [
            "शहर के पूर्वी हिस्से में मंगलवार को नदी पर बना नया पुल यातायात के लिए खोल दिया गया।",
            "नगर निगम ने कहा कि पुल बनाने में दो साल लगे और इसकी लागत चालीस करोड़ रुपये रही।",
            "स्थानीय दुकानदारों ने बताया कि अब बाज़ार तक पहुँचने में आधा समय लगता है।",
        ]),
        ("ta", "ஆற்றின் மீது புதிய பாலம் திறப்பு", "கவி மாதிரி", [
            "நகரின் கிழக்குப் பகுதியில் ஆற்றின் மீது கட்டப்பட்ட புதிய பாலம் செவ்வாய்க்கிழமை போக்குவரத்துக்குத் திறக்கப்பட்டது.",
            "பாலம் கட்ட இரண்டு ஆண்டுகள் ஆனதாக நகராட்சி தெரிவித்தது.",
            "சந்தைக்குச் செல்லும் நேரம் பாதியாகக் குறைந்ததாக உள்ளூர் வணிகர்கள் கூறினர்.",
        ]),
    ):
        (article,) = [r.article for r in read_data(_page(lang, title, name, paragraphs), source=f"page-{lang}.html")]
        assert article.byline == name, (lang, article.byline)


def test_the_dots_of_initials_stay() -> None:
    # trafilatura read "T. V. Example" as "T V Example"; the page prints the dots
    text = _page_text(lxml.html.fromstring("<html><body><p>Posted by <span class='fn'>T. V. Example</span> at 9:15.</p>"
                                           "<p>Written by Ana Lind.</p></body></html>"))
    assert _marks_kept("T V Example", text) == "T. V. Example"
    assert _marks_kept("Ana Lind", text) == "Ana Lind"  # the sentence's full stop is no part of it


def test_the_page_text_is_joined_once_for_all_its_authors(monkeypatch: pytest.MonkeyPatch) -> None:
    # each author the extractor read (three here) was looked up in the page's text joined again for it
    joined: list[str] = []

    def page_text(tree: object) -> str:
        joined.append(text := _page_text(tree))
        return text

    monkeypatch.setattr(core.reading.html, "_page_text", page_text)
    page = ("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier reopens</title>
<meta name="author" content="T V Example; Ana Lind; Bo Sample"></head><body><article><h1>Ferry pier reopens</h1>
<p>Posted by T. V. Example, Ana Lind and Bo Sample.</p>"""
            + "".join(f"<p>The pier at Lissow reopened on Tuesday after repairs that took {n} weeks, the operator said.</p>"
                      for n in range(2, 8))
            + "</article></body></html>").encode()
    (article,) = [r.article for r in read_data(page, source="pier.html")]
    assert len(joined) == 1, joined
    assert article.byline and article.byline.startswith("T. V. Example")
