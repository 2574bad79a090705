"""core.reading: kinds of page from variant round 53 (invented inputs): elements a page hides
from every reader (the ``hidden`` attribute, an inline style, a class its own style sheet hides),
and a report shipped whole in a <noscript> block beside its visible lead."""

from __future__ import annotations

from pathlib import Path

from core.reading import read_paths

LEAD = "The river authority opened the new flood gates on Monday after four years of building work."
SECOND = "Engineers said the gates would protect about twelve thousand homes along the lower valley."
THIRD = "The project cost more than the first estimate, and the final bill will be known next spring."
FOURTH = "A second set of gates, further downstream, is due to open in the autumn of next year."


def _read(tmp_path: Path, name: str, data: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


def _page(body: str, *, style: str = "") -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Flood gates open on the lower river</title>"
            f"<style>{style}</style></head><body><nav><a href='/'>Home</a><a href='/region'>Region</a></nav>"
            f"<main><article><h1>Flood gates open on the lower river</h1>{body}</article></main></body></html>")


def test_elements_a_page_hides_from_every_reader_are_not_read(tmp_path: Path) -> None:
    body = (f"<p>{LEAD}</p><p>{SECOND}</p>"
            "<div class='saved-hidden'>Loading the readers' comments, please wait a moment…</div>"
            f"<p>{THIRD}</p>"
            "<div hidden>Your message has been sent to the newsroom, thank you for writing.</div>"
            f"<p>{FOURTH}</p>")
    [article] = _read(tmp_path, "gates.html", _page(body, style="body{margin:0} .saved-hidden{display:none!important}"))
    assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH)


def test_a_class_the_style_sheet_shows_again_or_hides_on_small_screens_only_is_read(tmp_path: Path) -> None:
    # a tab hidden until it is chosen ('.tab.active'), and a part hidden on small screens only: a
    # reader sees both
    body = (f"<div class='tab active'><p>{LEAD}</p><p>{SECOND}</p></div>"
            f"<div class='wide-only'><p>{THIRD}</p><p>{FOURTH}</p></div>")
    style = ".tab{display:none} .tab.active{display:block} @media (max-width: 600px){.wide-only{display:none}}"
    [article] = _read(tmp_path, "gates.html", _page(body, style=style))
    assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH)


def test_parts_an_inline_style_hides_until_a_reader_opens_them_are_read(tmp_path: Path) -> None:
    # the state a script sets and undoes: a gallery's slides but the one showing, each one
    # paragraph, and a step behind its tab; the page's hidden menu panel stays for the extractor,
    # which reads no menu
    body = (f"<p>{LEAD}</p><div class='slide'><p>{SECOND}</p></div>"
            f"<div class='slide' style='display: none'><p>{THIRD}</p></div>"
            f"<div class='slide' style='display:none'><p>{FOURTH}</p></div>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH)


def test_the_rest_of_a_report_folded_away_behind_read_more_is_read(tmp_path: Path) -> None:
    body = (f"<p>{LEAD}</p><p>{SECOND}</p><button class='more-button'>Read more</button>"
            f"<div class='rest' style='display: none'><p>{THIRD}</p><p>{FOURTH}</p></div>")
    [article] = _read(tmp_path, "gates.html", _page(body, style=".rest-hidden{display:none}"))
    assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH)


def test_a_collapsed_part_a_readers_search_opens_is_read(tmp_path: Path) -> None:
    body = f"<p>{LEAD}</p><p>{SECOND}</p><div hidden='until-found'><p>{THIRD}</p><p>{FOURTH}</p></div>"
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == (LEAD, SECOND, THIRD, FOURTH)


def test_a_report_shipped_whole_in_a_noscript_block_is_read_once(tmp_path: Path) -> None:
    # (a short report whose paragraphs end with no full stop, as a page in Thai prints them)
    lines = ["The river authority opened the new flood gates on Monday after four years of work",
             "The vote drew a wide majority of the members present", "“We keep our promises” the chair said",
             "Work begins in the spring"]
    body = (f"<div class='article-body'><p>{lines[0]}</p><div class='wall'><h3>Read on with a subscription</h3>"
            "<button>Subscribe</button></div></div>"
            f"<noscript><div class='article-full'>{''.join(f'<p>{t}</p>' for t in lines)}</div></noscript>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == tuple(lines)


def test_a_noscript_note_or_picture_leaves_the_report_as_it_is(tmp_path: Path) -> None:
    body = (f"<p>{LEAD}</p><noscript><p>Please turn on JavaScript to see the map.</p><img src='map.png'></noscript>"
            f"<p>{SECOND}</p><p>{THIRD}</p>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_box_of_the_most_read_reports_is_furniture_in_any_language(tmp_path: Path) -> None:
    lines = ["港町の新しい防潮堤が完成し、5日に式典が開かれた。", "工事は4年かかり、総事業費は約30億円。",
             "市長は「これで安心して暮らせる」と話した。"]
    body = ("".join(f"<p>{t}</p>" for t in lines)
            + "<div class='ranking'><h3>人気記事</h3><ol><li><a href='/a'>駅前の商店街に新しい図書館</a></li></ol></div>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == tuple(lines)


def test_a_ranking_table_of_the_reports_own_is_read(tmp_path: Path) -> None:
    # a box of that class holding text of its own (the standings a report gives) is no list of links
    body = (f"<p>{LEAD}</p><p>{SECOND}</p><div class='ranking'><p>Ravenholm finished first with 42 points, "
            "ahead of <a href='/team/brook'>Brookfield</a> on 39 and Lowmoor on 35 after the final round.</p></div>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert any("Ravenholm finished first" in p for p in article.paragraphs)


def test_a_newsletter_callout_in_georgian_is_furniture(tmp_path: Path) -> None:
    body = (f"<p>{LEAD}</p><p>{SECOND}</p>"
            "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>📬</div>"
            "<div class='kg-callout-text'>გამოიწერეთ ჩვენი ყოველდღიური წერილი და მიიღეთ ამბები პირველებმა.</div></div>"
            f"<p>{THIRD}</p>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_a_photo_gallerys_short_captions_are_its_report(tmp_path: Path) -> None:
    captions = ["Crews lifted the last steel gate into place at dawn.", "Two cranes worked side by side for the lift.",
                "Residents watched from the old town bridge.", "The first boats passed through before noon."]
    slides = "".join(f"<figure class='slide'><div class='counter'>{k} / 4</div><img src='{k}.jpg' alt=''>"
                     f"<figcaption>{c}</figcaption></figure>" for k, c in enumerate(captions, 1))
    body = (f"<p class='gallery-intro'>{LEAD}</p><div class='slides'>{slides}</div>"
            "<div class='gallery-controls'><button>Previous</button><button>Next</button><button>Full screen</button></div>"
            "<div class='more-galleries'><h3>More photo stories</h3><a href='/g/2'>Snow falls on the harbour</a></div>")
    [article] = _read(tmp_path, "gates.html", _page(body))
    assert article.paragraphs == (LEAD, *captions)


def test_a_share_label_in_khmer_or_thai_is_furniture() -> None:
    from core.reading.judge import is_furniture_block, is_share_line

    for line in ("ចែករំលែក", "แชร์", "ចែករំលែក · Facebook · Telegram"):
        assert is_share_line(line) and is_furniture_block(line), line


def test_a_saved_pages_age_in_words_dates_it_back_from_the_save(tmp_path: Path) -> None:
    # SingleFile writes when it saved the page in a comment at its top; the page's only date is an
    # age a script kept fresh, right when it was saved
    page = _page(f"<div class='meta'><span class='time'>Publicado hace 3 horas</span></div><p>{LEAD}</p><p>{SECOND}</p>"
                 f"<p>{THIRD}</p>")
    page = page.replace("<html>", "<html><!--\n Page saved with SingleFile \n url: https://example.org/gates \n"
                        " saved date: Tue Nov 10 2026 09:20:05 GMT-0300 (hora estándar)\n-->", 1)
    [article] = _read(tmp_path, "gates.html", page)
    assert article.published == "2026-11-10T06:20:00-03:00"


def test_a_pages_age_in_words_without_a_saved_time_dates_nothing(tmp_path: Path) -> None:
    page = _page(f"<div class='meta'><span class='time'>Publicado hace 3 horas</span></div><p>{LEAD}</p><p>{SECOND}</p>")
    [article] = _read(tmp_path, "gates.html", page)
    assert article.published is None


def test_a_khmer_date_with_its_words_for_day_month_and_year() -> None:
    from datetime import date

    from core.reading.judge import find_dates

    assert find_dates("ដោយ សុខ វណ្ណា · ថ្ងៃទី ១៤ ខែមីនា ឆ្នាំ ២០២៦") == [date(2026, 3, 14)]
    assert find_dates("ថ្ងៃទី 2 ខែធ្នូ ឆ្នាំ 2025") == [date(2025, 12, 2)]
