"""A live page's updates that print only their age ("3 год тому", "2 ч назад", "πριν από 2 ώρες";
invented input, laid out as a live-blog embed sets them: each post a box with its time in an
attribute, ``data-created`` in milliseconds since 1970): each update keeps the time its box gives,
never the age, which is wrong as soon as the page is saved; an age that nothing resolves is
dropped, not kept as text. The ages make the page a live one, so its sign-off is no news."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.reading import read_file
from core.reading.judge import RELATIVE_AGE

POSTS = (
    ("12:20", "1 год тому", "Міська рада повідомила, що міст через затоку буде закритий щонайменше до четверга."),
    ("09:40", "4 год тому", "Автобусні рейси до селища скасовано до кінця дня через сильний вітер і зливу."),
    ("06:55", "7 год тому", "Біля маяка зафіксовано пориви вітру до 25 метрів за секунду, без світла лишилося 900 будинків."),
)
SIGNOFF = "На цьому ми завершуємо нашу трансляцію. Дякуємо, що були з нами!"


def _millis(clock: str) -> int:
    hour, minute = map(int, clock.split(":"))
    return int(datetime(2026, 4, 7, hour, minute, tzinfo=timezone.utc).timestamp() * 1000)


def _page(*, dated: bool = True) -> str:
    posts = [("13:05", "1 хв тому", SIGNOFF), *POSTS]
    boxes = "".join(
        f'<div class="feed-post"{f" data-created={_millis(clock)!r}" if dated else ""}><span class="feed-time">{age}</span>'
        f'<div class="feed-body"><p>{text}</p></div></div>\n' for clock, age, text in posts)
    return ('<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Злива: онлайн | Приклад</title></head>'
            '<body><article><h1>Злива на узбережжі: онлайн</h1><p>Стежте за подіями в нашій трансляції.</p>'
            f'<div class="feed-embed">{boxes}</div></article></body></html>')


def test_an_updates_time_is_its_boxes_not_its_age(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(_page(), encoding="utf-8")
    (article,) = read_file(path)
    paragraphs = list(article.paragraphs)
    assert SIGNOFF not in paragraphs
    for clock, age, text in POSTS:
        at = paragraphs.index(text)
        assert paragraphs[at - 1].startswith(clock), paragraphs  # the update's time right above it
        assert dict(article.subheads).get(at - 1) == paragraphs[at - 1]
    assert not any(re.search("тому", p) for p in paragraphs), paragraphs


def test_an_age_nothing_resolves_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(_page(dated=False), encoding="utf-8")
    (article,) = read_file(path)
    paragraphs = list(article.paragraphs)
    assert SIGNOFF not in paragraphs
    assert [p for p in paragraphs if p in {text for _, _, text in POSTS}] == [text for _, _, text in POSTS]
    assert not any("тому" in p for p in paragraphs) and not any("тому" in s for _, s in article.subheads), paragraphs


@pytest.mark.parametrize("age", ["1 год тому", "20 хв тому", "3 ч. назад", "πριν από 2 ώρες", "לפני 2 שעות", "2 घंटे पहले",
                                 "2 საათის წინ", "5 ժամ առաջ", "5h ago", "pred 2 urami", "prije 3 sata", "fa 2 hores"])
def test_ages_in_many_languages(age: str) -> None:
    assert re.fullmatch(RELATIVE_AGE, age, re.I)
