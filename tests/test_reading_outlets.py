"""Who ran a report and what it is headed (core/reading/): the outlet a page or a message names
for itself wins over its file's name or a bare address, a press office's mail is its
organisation's, a forwarded mail's headline loses its "Fwd:", and a paragraph of one very long
word is kept. Invented inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.model import Article
from core.reading import Item, read_data, read_paths

DREDGE = ("Dredging of the Quayside channel will start in April, two months later than planned, "
          "after the harbour board rejected the only bid as too expensive, its chair said on Monday.")
DREDGE_2 = "Ships of more than 9 metres' draught will keep waiting for the tide until then."
SCHOOL = ("Northgate's new primary school opened on Monday with 212 pupils, a year after the old "
          "building was closed because of damp.")
SCHOOL_2 = "Head teacher Ines Lund said two classrooms were still without desks."


def _read(tmp_path: Path, name: str, text: str) -> list[Article]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


def _newsletter(head: str = "", footer: str = "") -> str:
    return f"""<html><head>{head}</head><body><table width="600"><tr><td>
<p style="font-size:10px">View this email in your browser</p>
<h1>The Quayside Brief</h1>
<p>Good morning. Two things to know today.</p>
<hr>
<h2>1. Dredging delayed</h2>
<p>{DREDGE}</p>
<p>{DREDGE_2}</p>
<hr>
<h2>2. School opens</h2>
<p>{SCHOOL}</p>
<p>{SCHOOL_2}</p>
<hr>
{footer}
</td></tr></table></body></html>"""


# --- an HTML page's outlet: what it says of itself, before its file's name ---------------------


@pytest.mark.parametrize("footer", [
    "",
    '<p style="font-size:10px">You are receiving this because you subscribed to The Quayside Brief.</p>'
    '<p style="font-size:10px">The Quayside Brief, 4 Harbour Row, Northgate</p>',
])
def test_a_newsletter_saved_as_a_file_is_named_by_its_masthead_not_its_file(tmp_path: Path, footer: str) -> None:
    # A fresh user's newsletter saved as mb_table.html was named "mb_table", though its masthead
    # and its footer say "The Morning Brief".
    articles = _read(tmp_path, "qb_table.html", _newsletter(footer=footer))
    assert [a.title for a in articles] == ["Dredging delayed", "School opens"]
    assert {a.outlet for a in articles} == {"The Quayside Brief"}


@pytest.mark.parametrize("notice", [
    "© 2026 Quayside Brief Media. All rights reserved.",
    "Copyright 2026 Quayside Brief Media",
    "(c) 2025-2026 Quayside Brief Media | Privacy | Terms",
])
def test_a_page_s_copyright_line_names_its_outlet(tmp_path: Path, notice: str) -> None:
    page = f"""<html><head><title>Dredging delayed</title></head><body>
<article><h1>Dredging delayed</h1><p>{DREDGE}</p><p>{DREDGE_2}</p></article>
<footer><p>{notice}</p></footer></body></html>"""
    [article] = _read(tmp_path, "page-0412.html", page)
    assert article.outlet == "Quayside Brief Media"
    assert article.paragraphs == (DREDGE, DREDGE_2)


def test_a_copyright_line_names_the_outlet_only_where_the_address_does_not(tmp_path: Path) -> None:
    # A notice names the site's owner ("Quayside Media GmbH") more often than the site: the
    # address's host wins over it; a picture's credit is no notice of the site.
    body = f"<article><h1>Dredging delayed</h1><p>{DREDGE}</p><p>{DREDGE_2}</p></article>"
    canonical = "<link rel='canonical' href='https://www.quayside-brief.example/dredging'>"
    page = f"<html><head>{canonical}</head><body>{body}<footer>© 2026 Quayside Media GmbH</footer></body></html>"
    [article] = _read(tmp_path, "page-0412.html", page)
    assert article.outlet == "quayside-brief.example"
    page = f"<html><body>{body}<p class='small'>© Ana Berg/Example Images</p></body></html>"
    [article] = _read(tmp_path, "page-0413.html", page)
    assert article.outlet == "page-0413"


@pytest.mark.parametrize("ld", [
    {"@context": "https://schema.org", "@type": "WebSite", "name": "Quayside Brief", "url": "https://qb.example/"},
    {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Quayside Brief"},
    {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "Quayside Brief"},
                                                   {"@type": "WebPage", "name": "Dredging delayed"}]},
])
def test_a_page_s_structured_data_names_its_outlet_without_an_article_object(tmp_path: Path, ld: dict[str, object]) -> None:
    page = f"""<html><head><title>Dredging delayed</title><script type="application/ld+json">{json.dumps(ld)}</script>
</head><body><article><h1>Dredging delayed</h1><p>{DREDGE}</p><p>{DREDGE_2}</p></article></body></html>"""
    [article] = _read(tmp_path, "page-0412.html", page)
    assert article.outlet == "Quayside Brief"


@pytest.mark.parametrize(("name", "outlet"), [("Daily", None), ("News", None), ("Quayside Daily", "Quayside Daily")])
def test_a_website_named_by_a_word_of_every_outlet_s_name_is_no_outlet(name: str, outlet: str | None) -> None:
    # A real page's WebSite object was named "Daily" (its section): the page's address says more.
    from trafilatura.utils import load_html

    from core.reading.html import page_metadata

    ld = {"@context": "https://schema.org", "@type": "WebSite", "name": name, "url": "https://quayside.example/"}
    page = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            f"<body><article><h1>Dredging delayed</h1><p>{DREDGE}</p></article></body></html>").encode()
    assert page_metadata(load_html(page), page, url="https://quayside.example/dredging").outlet == outlet


@pytest.mark.parametrize("logo", [
    '<p class="site-title"><a href="/" rel="home">Quayside Notes</a></p>',  # WordPress, on a post's page
    '<a class="custom-logo-link" href="/"><img class="custom-logo" src="/logo.png" alt="Quayside Notes"></a>',
    '<div class="navbar-brand"><a href="/">Quayside Notes</a></div>',
])
def test_a_site_s_name_in_a_logo_element_and_its_title_names_its_outlet(tmp_path: Path, logo: str) -> None:
    # A blog's name stood in its <p class="site-title"> and after its posts' headline in their
    # <title>, and the post was named after its file: only a heading was read as a logo.
    page = (f"<html><head><title>Dredging delayed &#8211; Quayside Notes</title></head><body><header>{logo}"
            f"<nav><a href='/'>Home</a> <a href='/about'>About</a></nav></header>"
            f"<article><h1>Dredging delayed</h1><p>{DREDGE}</p><p>{DREDGE_2}</p></article></body></html>")
    [article] = _read(tmp_path, "quayside_dredging.html", page)
    assert (article.outlet, article.title) == ("Quayside Notes", "Dredging delayed")


def test_a_logo_element_s_words_the_title_does_not_carry_name_no_outlet(tmp_path: Path) -> None:
    # The logo's element holds a tagline the title does not give: the page names nothing for sure.
    page = (f"<html><head><title>Dredging delayed</title></head><body><header><p class='site-title'>Notes from the "
            f"quayside</p></header><article><h1>Dredging delayed</h1><p>{DREDGE}</p></article></body></html>")
    [article] = _read(tmp_path, "quayside_dredging.html", page)
    assert article.outlet == "quayside_dredging"


def test_a_page_that_names_nothing_keeps_its_file_s_name(tmp_path: Path) -> None:
    page = f"<html><head><title>Dredging delayed</title></head><body><article><h1>Dredging delayed</h1><p>{DREDGE}</p></article></body></html>"
    [article] = _read(tmp_path, "quayside_dredging.html", page)
    assert article.outlet == "quayside_dredging"


def _fetched(data: bytes, url: str) -> list[Article]:
    results = list(read_data(data, source=url, url=url))
    assert all(isinstance(r, Item) for r in results), results
    return [r.article for r in results if isinstance(r, Item)]


PLAIN_PAGE = f"<html><head><title>Huge page</title></head><body><article><h1>Huge</h1><p>{DREDGE}</p></article></body></html>".encode()


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8732/big7.html", "http://[::1]:8000/pages/big7.html", "http://localhost:8000/big7.html",
    "http://192.168.1.20/big7.htm?x=1",
])
def test_a_page_from_a_bare_address_is_named_as_its_file_not_by_the_address(url: str) -> None:
    # A page served from a loopback address was named "127.0.0.1": a machine, not an outlet. The
    # same page saved as a file is named after its file; from the address, by its file's name too.
    [article] = _fetched(PLAIN_PAGE, url)
    assert article.outlet == "big7"


def test_a_bare_address_s_file_name_is_read_as_written_not_percent_encoded() -> None:
    # A tester's page at http://127.0.0.1:8801/a/f%C3%A4hre%20bericht.html was named "f%C3%A4hre%20bericht".
    [article] = _fetched(PLAIN_PAGE, "http://127.0.0.1:8801/a/f%C3%A4hre%20bericht.html")
    assert article.outlet == "fähre bericht"
    [article] = _fetched(PLAIN_PAGE, "http://127.0.0.1:8801/a/evil%0Aadded.html")
    assert article.outlet == "evil added"  # a newline in it put on one line


def test_a_page_from_a_named_host_is_still_named_by_its_host() -> None:
    [article] = _fetched(PLAIN_PAGE, "https://www.harbour-gazette.example/2026/03/big7.html")
    assert article.outlet == "harbour-gazette.example"


def test_a_page_from_a_bare_address_that_names_itself_is_named_so() -> None:
    page = PLAIN_PAGE.replace(b"<head>", b"<head><meta property='og:site_name' content='Quayside Brief'>")
    [article] = _fetched(page, "http://127.0.0.1:8732/big7.html")
    assert article.outlet == "Quayside Brief"


def test_text_from_a_bare_address_is_named_as_its_file() -> None:
    text = f"Dredging delayed\n\n{DREDGE}\n\n{DREDGE_2}\n".encode()
    [article] = _fetched(text, "http://127.0.0.1:8732/notes/dredging.txt")
    assert article.outlet == "dredging"


# --- an agency's own copy saved under its name written as one word ----------------------------

WIRE = """Ferry runs aground off Skerholm

SKERHOLM, March 12 (Skagen Press) - A passenger ferry ran aground off Skerholm on Thursday
morning with 140 people on board, the coast guard said.

Nobody was hurt, and the passengers were taken ashore by lifeboat, it said.
"""


@pytest.mark.parametrize("name", ["skagenpress_ferry.txt", "SkagenPress-ferry.txt", "skagen_press_ferry.txt"])
def test_an_agency_s_copy_named_after_it_in_one_word_is_the_agency_s(tmp_path: Path, name: str) -> None:
    [article] = _read(tmp_path, name, WIRE)
    assert article.outlet == "Skagen Press"


def test_an_agency_s_copy_named_after_it_without_its_accents_is_the_agency_s(tmp_path: Path) -> None:
    # a file name is typed without the name's accents: "dennihlas" for "Denní hlas"
    [article] = _read(tmp_path, "dennihlas_ferry.txt", WIRE.replace("Skagen Press", "Denní hlas"))
    assert article.outlet == "Denní hlas"


@pytest.mark.parametrize("name", ["skagenpressure_ferry.txt", "skagen.txt", "press_ferry.txt"])
def test_a_file_named_otherwise_is_no_agency_s_own_copy(tmp_path: Path, name: str) -> None:
    [article] = _read(tmp_path, name, WIRE)
    assert article.outlet == Path(name).stem


# --- a press office's mail: its organisation, not its officer -----------------------------------

STATEMENT = ('The environmental group Coastwatch on Monday called for an independent inquiry into the '
             'fuel spill at the Northgate marina, which closed two beaches.')
STATEMENT_2 = '"This is the third spill at this marina in five years," said Coastwatch director Ana Berg.'


def _message(sender: str, signature: str = "", subject: str = "Marina spill: Coastwatch statement") -> str:
    return (f"From: {sender}\nTo: desk@quayside.example\nSubject: {subject}\n"
            f"Date: Mon, 09 Mar 2026 16:05:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{STATEMENT}\n\n{STATEMENT_2}\n\n{signature}")


@pytest.mark.parametrize(("sender", "signature"), [
    # the organisation in her signature, under her name, that her address names
    ("Ana Berg <ana@coastwatch.example>", "Best regards,\nAna Berg\nDirector, Coastwatch\n+47 555 01 234\n"),
    ("Ana Berg <ana.berg@coast-watch.example>", "Kind regards,\nAna Berg\nCoastwatch\nwww.coast-watch.example\n"),
    ("Ana Berg <ana@gmail.example>", "Best regards,\nAna Berg\nPress officer, Coastwatch\n"),
    ("Ana Berg <ana@coastwatch.example>", "-- \nAna Berg | Director | Coastwatch\n"),
    # the organisation beside her name in the From field
    ('"Ana Berg, Coastwatch" <ana@mailbox.example>', ""),
    ('"Ana Berg (Coastwatch)" <ana@mailbox.example>', ""),
    ('"Ana Berg | Coastwatch" <ana@mailbox.example>', ""),
    # the organisation as the sender
    ("Coastwatch Press Office <press@coastwatch.example>", ""),
    ("Coastwatch <press@coastwatch.example>", "Best regards,\nAna Berg\nDirector\n"),
])
def test_a_press_office_s_mail_is_its_organisation_s(tmp_path: Path, sender: str, signature: str) -> None:
    # A fresh user's press release from "Mia Korhonen <mia@clean-coast.example>", signed
    # "Director, Clean Coast", was named "Mia Korhonen": a person, not who issued it.
    [article] = _read(tmp_path, "statement.eml", _message(sender, signature))
    assert article.outlet == "Coastwatch"
    assert article.paragraphs == (STATEMENT, STATEMENT_2)


@pytest.mark.parametrize(("sender", "signature"), [
    ("Ana Berg <ana@mailbox.example>", "Best regards,\nAna Berg\n"),
    ("Ana Berg <ana@mailbox.example>", ""),
    ('"Berg, Ana" <ana@mailbox.example>', ""),
])
def test_a_mail_that_names_no_organisation_stays_its_sender_s(tmp_path: Path, sender: str, signature: str) -> None:
    [article] = _read(tmp_path, "statement.eml", _message(sender, signature))
    assert article.outlet in ("Ana Berg", "Berg, Ana")


# --- a forwarded or answered mail's headline -----------------------------------------------------


@pytest.mark.parametrize("prefix", ["Fwd: ", "FWD: ", "Fw: ", "FW:", "Re: ", "RE: Fwd: ", "Fwd: Re: Re: ", "Re[2]: ",
                                    "WG: ", "AW: ", "TR: ", "RV: ", "SV: ", "VS: ", "Fwd: [Coastwatch] "])
def test_a_forwarded_mail_s_headline_has_no_fwd(tmp_path: Path, prefix: str) -> None:
    # A fresh user's forwarded digest was headed "Fwd: Eastmoor leak update".
    [article] = _read(tmp_path, "fwd.eml", _message("Coastwatch <press@coastwatch.example>",
                                                     subject=f"{prefix}Marina spill: Coastwatch statement"))
    # (a mailing list's tag in brackets, "[Coastwatch]", goes with the marks before it)
    assert article.title.startswith("Marina spill") and article.title.endswith("Coastwatch statement")
    assert "Fwd" not in article.title and not article.title.lower().startswith(("re", "fw", "wg", "aw", "tr", "rv", "sv", "vs"))


def test_a_subject_that_only_opens_like_a_prefix_keeps_it(tmp_path: Path) -> None:
    [article] = _read(tmp_path, "re.eml", _message("Coastwatch <press@coastwatch.example>",
                                                   subject="Re-opening of the marina: Coastwatch statement"))
    assert article.title == "Re-opening of the marina: Coastwatch statement"


def test_a_forwarded_html_mail_s_headline_has_no_fwd(tmp_path: Path) -> None:
    message = ("From: Coastwatch <press@coastwatch.example>\nSubject: Fwd: Marina spill\n"
               "Date: Mon, 09 Mar 2026 16:05:00 +0100\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
               f"<html><body><p>{STATEMENT}</p><p>{STATEMENT_2}</p></body></html>")
    [article] = _read(tmp_path, "fwd.eml", message)
    assert article.title == "Marina spill"


@pytest.mark.parametrize("mark", ["---------- Forwarded message ---------", "-----Original Message-----",
                                  "Begin forwarded message:", "---------- Weitergeleitete Nachricht ----------"])
def test_a_mail_that_forwards_a_message_whole_is_that_message(tmp_path: Path, mark: str) -> None:
    # The forwarded message's header block was taken for the headline, the forwarder for the outlet.
    body = (f"See below, worth a look.\n\n{mark}\nFrom: Coastwatch <press@coastwatch.example>\n"
            "Date: Mon, 9 Mar 2026 at 15:00\nSubject: Re: Marina spill\nTo: <ana@mailbox.example>\n\n"
            f"{STATEMENT}\n\n{STATEMENT_2}\n")
    message = ("From: Ana Berg <ana@mailbox.example>\nTo: desk@quayside.example\nSubject: Fwd: Marina spill\n"
               "Date: Mon, 09 Mar 2026 16:05:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n" + body)
    [article] = _read(tmp_path, "forward.eml", message)
    assert (article.outlet, article.title, article.paragraphs) == ("Coastwatch", "Marina spill", (STATEMENT, STATEMENT_2))


# --- a paragraph of one very long word ------------------------------------------------------------

LONG = "W" * 3000


@pytest.mark.parametrize("word", [LONG, LONG.lower(), "Ab" * 1500], ids=["capitals", "small", "mixed"])
def test_a_page_s_paragraph_of_one_long_word_is_kept(tmp_path: Path, word: str) -> None:
    # A fresh user's page held a paragraph of 3,000 W's: it was dropped without a word, taken
    # for a label in capitals ("LIVE").
    page = f"<html><body><article><h1>Dredging delayed</h1><p>{DREDGE}</p><p>{word}</p><p>{DREDGE_2}</p></article></body></html>"
    [article] = _read(tmp_path, "long.html", page)
    assert article.paragraphs == (DREDGE, word, DREDGE_2)


@pytest.mark.parametrize("word", [LONG, LONG.lower()], ids=["capitals", "small"])
def test_text_s_paragraph_of_one_long_word_is_kept(tmp_path: Path, word: str) -> None:
    [article] = _read(tmp_path, "long.txt", f"Dredging delayed\n\n{DREDGE}\n\n{word}\n\n{DREDGE_2}\n")
    assert article.paragraphs == (DREDGE, word, DREDGE_2)
    line = json.dumps({"title": "Dredging delayed", "text": f"{DREDGE}\n\n{word}\n\n{DREDGE_2}", "source": {"name": "QB"}})
    [article] = _read(tmp_path, "long.jsonl", line + "\n")
    assert article.paragraphs == (DREDGE, word, DREDGE_2)


@pytest.mark.parametrize("label", ["LIVE", "KLIMANEUTRALITÄT VON UNTERNEHMEN"])
def test_a_label_in_capitals_is_still_no_paragraph(tmp_path: Path, label: str) -> None:
    page = f"<html><body><article><h1>Dredging delayed</h1><p>{label}</p><p>{DREDGE}</p><p>{DREDGE_2}</p></article></body></html>"
    [article] = _read(tmp_path, "live.html", page)
    assert article.paragraphs == (DREDGE, DREDGE_2)


@pytest.mark.parametrize(("tab", "outlet"), [
    ("Dredging delayed - The Hindu", "The Hindu"),
    ("Dredging delayed | The Quayside Sun", "The Quayside Sun"),
    ("Dredging delayed | Die Hafenzeitung", "Die Hafenzeitung"),
])
def test_a_paper_named_with_an_article_after_the_headline_in_its_title_is_the_outlet(tmp_path: Path, tab: str, outlet: str) -> None:
    # A tester's pages titled "... - The Hindu", "... | The Malaga Sun" were named after their
    # files: the title's last part was taken for an author's name, two capitalised words.
    page = (f"<html><head><title>{tab}</title></head><body>"
            f"<article><h1>Dredging delayed</h1><p>{DREDGE}</p><p>{DREDGE_2}</p></article></body></html>")
    [article] = _read(tmp_path, "quayside_dredging.html", page)
    assert (article.outlet, article.title) == (outlet, "Dredging delayed")


@pytest.mark.parametrize(("tab", "signed", "outlet"), [
    ("Dredging delayed | Diario Sur", "By José Núñez", "Diario Sur"),
    ("Dredging delayed | Malaga Hoy", "By Ana Example and Bo Lind", "Malaga Hoy"),
    # a part naming the person the page credits, or shaped like one where it credits no one, is no site
    ("Dredging delayed | Ana Example", "By Ana Example and Bo Lind", "quayside_dredging"),
    ("Dredging delayed | Ana Example", "", "quayside_dredging"),
])
def test_a_two_word_site_after_the_headline_is_the_outlet_where_the_page_signs_someone_else(
        tmp_path: Path, tab: str, signed: str, outlet: str) -> None:
    # A tester's "Café fire in Málaga | Diario Sur", signed "By José Núñez", was named after its
    # file: every part shaped like a person's name was taken for the author's.
    byline = f"<p>{signed}</p>" if signed else ""
    page = (f"<html><head><title>{tab}</title></head><body>"
            f"<article><h1>Dredging delayed</h1>{byline}<p>{DREDGE}</p><p>{DREDGE_2}</p></article></body></html>")
    [article] = _read(tmp_path, "quayside_dredging.html", page)
    assert (article.outlet, article.title) == (outlet, "Dredging delayed")


def test_a_name_opening_with_les_is_a_persons() -> None:
    # A tester's "Les Murray" lost his byline once "Les" was read as an article opening a paper's name.
    from core.reading.judge import is_person_name

    assert is_person_name("Les Murray") and is_person_name("Les Ferdinand") and not is_person_name("The Hindu")


_HAN_LEAD = "周一，地区水务委员会在一份声明中说，检查人员在奥斯特维克大坝发现了新的裂缝，水库水位将降低两米。"
_HAN_SECOND = "委员会主席彼得·安德对记者说：“居民没有直接危险。”作为预防措施，下游居民被告知注意通知。"


@pytest.mark.parametrize(("tab", "h1", "outlet"), [
    ("大坝出现新裂缝｜江城日报", "大坝出现新裂缝", "江城日报"),
    ("大坝出现新裂缝丨江城日报", "大坝出现新裂缝", "江城日报"),
    ("大坝出现新裂缝_新浪新闻", "大坝出现新裂缝", "新浪新闻"),
    # a column's label before the headline, joined as the site is ("独家｜...")
    ("独家｜大坝出现新裂缝｜江城日报", "独家｜大坝出现新裂缝", "江城日报"),
    ("大坝出现新裂缝｜연합뉴스", "大坝出现新裂缝", "연합뉴스"),
    # Han characters that end as no outlet's name does are a writer's name, a date, a page or a
    # section (a break test's); a script without capitals tells a site from a writer by no shape
    ("大坝出现新裂缝｜张伟", "大坝出现新裂缝", "dam"),
    ("大坝出现新裂缝｜欧阳娜娜", "大坝出现新裂缝", "dam"),
    ("大坝出现新裂缝｜2026年3月3日", "大坝出现新裂缝", "dam"),
    ("大坝出现新裂缝｜国际新闻", "大坝出现新裂缝", "dam"),
    ("انهيار جزئي في سد أوستفيك - محمد الخطيب", "انهيار جزئي في سد أوستفيك", "dam"),
])
def test_a_site_named_in_a_script_without_capitals_after_the_headline_is_the_outlet(
        tmp_path: Path, tab: str, h1: str, outlet: str) -> None:
    # A break test's Chinese page titled "独家｜Headline｜江城日报" was named after its file: a site's
    # name had to open with a capital, and the title with the headline alone.
    page = (f"<html><head><meta charset='utf-8'><title>{tab}</title></head><body>"
            f"<article><h1>{h1}</h1><p>{_HAN_LEAD}</p><p>{_HAN_SECOND}</p></article></body></html>")
    [article] = _read(tmp_path, "dam.html", page)
    assert article.outlet == outlet


@pytest.mark.parametrize(("line", "site"), [
    ("© 2026 The Morning Brief. All rights reserved.", "The Morning Brief"),
    ("© 2026 El Correo del Noroeste", "El Correo del Noroeste"),
    ("Copyright 2025-2026 Bundesagentur für Arbeit", "Bundesagentur für Arbeit"),
    # Ghost's footer names the site before the sign (a tester's page was named after its file)
    ("The Harbour Ledger © 2026", "The Harbour Ledger"),
    ("The Harbour Ledger © 2026 • Powered by Ghost", "The Harbour Ledger"),
    ("He said © 2026", None),
])
def test_a_copyright_notice_names_its_site(line: str, site: str | None) -> None:
    from core.reading.text import copyright_site

    assert copyright_site(line) == site


@pytest.mark.parametrize("footer", ["© 2026 El Correo del Noroeste", "El Correo del Noroeste © 2026"])
def test_a_text_pages_copyright_notice_names_its_outlet_whole(tmp_path: Path, footer: str) -> None:
    # A trial's Spanish page signed "© 2026 El Correo del Noroeste" was "El Correo", another paper:
    # the plain-text path read notices with a pattern of its own that stopped at "del".
    text = ("Presa rota en el norte de Portugal\n\nPor Lucía Ferreiro\n\n"
            "La presa de Vale do Souto se rompió en la madrugada de este martes tras cuatro días de lluvias torrenciales.\n\n"
            "Al menos siete personas han muerto y otras doce siguen desaparecidas, según la Protección Civil portuguesa.\n\n"
            f"{footer}\n")
    [article] = _read(tmp_path, "presa.txt", text)
    assert article.outlet == "El Correo del Noroeste"


def test_an_old_table_layout_page_is_read_by_its_copyright_owner(tmp_path: Path) -> None:
    # A tester's page of the 2000s: the masthead an image, a menu in a table cell beside the
    # headline in bold, the <title> "Site - Headline" and the site in the copyright line. It was
    # titled "Correio do Cais - ...", named "Correio" (the notice's name stopped at "do"), and its
    # menu's items were its first paragraphs.
    page = ("<HTML><HEAD><TITLE>Correio do Cais - Prefeitura anuncia reforma do mercado do porto</TITLE></HEAD><BODY><TABLE>"
            "<TR><TD><IMG SRC='/topo.gif' ALT='Correio do Cais'></TD></TR><TR><TD><FONT SIZE=1><A HREF='/'>Capa</A><BR>"
            "<A HREF='/cidade.asp'>Cidade</A><BR><A HREF='/esportes.asp'>Esportes</A></FONT></TD><TD>"
            "<FONT SIZE=4><B>Prefeitura anuncia reforma do mercado do porto</B></FONT><BR><FONT SIZE=2>"
            "<P>A prefeitura anunciou nesta terça-feira a reforma completa do mercado do porto, fechado desde o incêndio.</P>"
            "<P>As obras devem começar em junho e durar cerca de dezoito meses, segundo a prefeitura.</P></FONT></TD></TR></TABLE>"
            "<CENTER><FONT SIZE=1>Copyright &copy; 2026 Correio do Cais. Todos os direitos reservados.</FONT></CENTER></BODY></HTML>")
    [article] = _read(tmp_path, "materia.asp", page)
    assert (article.title, article.outlet) == ("Prefeitura anuncia reforma do mercado do porto", "Correio do Cais")
    assert article.paragraphs[0].startswith("A prefeitura anunciou") and len(article.paragraphs) == 2


def test_a_korean_portals_page_names_the_paper_and_its_reporter(tmp_path: Path) -> None:
    """A Korean portal's copy of a paper's report (a new user's page in its shape): its author tag
    names the paper and the portal ("예시일보 | 네이버"), no person; the paper is named by its
    copyright notice with the circled sign ("Copyright ⓒ 예시일보"); the reporter by the name
    before the word for reporter ("김예시 기자(kim@...)") in the byline box."""
    page = (
        "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>부산항 크레인 파업 사흘째 : 네이버 뉴스</title>"
        "<meta property='og:title' content='부산항 크레인 파업 사흘째'><meta property='og:article:author' content='예시일보 | 네이버'>"
        "</head><body><h2 class='media_end_head_headline'>부산항 크레인 파업 사흘째</h2>"
        "<article id='dic_area'>부산항 크레인 기사들의 파업이 사흘째 이어지면서 컨테이너 처리량이 평소의 절반 수준으로 떨어졌다.<br><br>"
        "부산항만공사는 5일 하루 평균 처리량이 2만 TEU에서 1만 TEU 안팎으로 줄었다고 밝혔다.<br><br>"
        "노조는 임금 8% 인상을 요구하고 있으며 사측은 3%를 제시한 상태다.</article>"
        "<div class='byline'><p><span>김예시 기자(kim@yesi.example)</span></p></div>"
        "<p class='source'>Copyright ⓒ 예시일보. All rights reserved. 무단 전재 및 재배포 금지.</p></body></html>")
    [article] = _read(tmp_path, "naver.html", page)
    assert (article.outlet, article.byline) == ("예시일보", "김예시")
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://nordwire.example/world/roof", "Nordwire"),  # the agency's own site: its name, not its host
    ("https://www.nordwire.example/roof", "Nordwire"),
    ("https://courier.example/roof", "courier.example"),  # another site's copy of the agency's report
])
def test_a_wire_report_at_its_agencys_address_is_the_agencys(url: str, outlet: str) -> None:
    """A trial's agency copy with its address in a manifest was "nordwire.example" while its
    follow-up, without one, was "Nordwire": one agency, two outlets in the matrix."""
    from core.reading.text import parse_text

    text = ("Roof collapses under snow\n\nCALDERHAVEN, Nov 28 (Nordwire) - Part of the roof of Eastmoor Stadium collapsed "
            "under heavy snow on Saturday, killing one worker and injuring seven, police said.\n\nAbout 2,000 people were evacuated.\n")
    [article] = parse_text(text, path="roof.txt", url=url)
    assert article.outlet == outlet


@pytest.mark.parametrize(("line", "byline", "outlet"), [
    ("Von Katrin Albers, Seezeitung", "Katrin Albers", "Seezeitung"),
    ("By Jane Doe, CNN", "Jane Doe", "CNN"),
    ("By Jane Doe, AP", "Jane Doe", "Associated Press"),
    ("By Anna Berg, Per Olsen", "Anna Berg, Per Olsen", None),  # two people
])
def test_a_byline_signed_for_an_outlet_names_the_people_and_the_outlet_apart(line: str, byline: str, outlet: str | None) -> None:
    """A trial's German report "Von Katrin Albers, Seezeitung" had the byline "Katrin Albers,
    Seezeitung" in the library's JSON (its outlet Seezeitung already)."""
    from core.reading.text import parse_text

    text = (f"Dredging starts in April\n\n{line}\n\n{DREDGE}\n\n{DREDGE_2}\n")
    [article] = parse_text(text, path="report.txt")
    assert article.byline == byline
    assert article.outlet == (outlet or "report")


@pytest.mark.parametrize("page_of", [
    "https://metro.example/world/2026/12/03/port-director-jailed",
    {"@type": "WebPage", "@id": "https://metro.example/world/2026/12/03/port-director-jailed"},
])
def test_a_page_without_a_canonical_link_is_at_the_address_its_article_is_the_main_entity_of(tmp_path: Path, page_of: object) -> None:
    """Trial 38 F7: the JSON-LD's mainEntityOfPage gave the address, and the article had none."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Port director jailed", "mainEntityOfPage": page_of}
    body = ("<p>A Rotterdam court jailed the former port director for four years on Thursday for taking bribes.</p>"
            "<p>He took the payments between 2019 and 2023, the court said in its ruling on the case.</p>")
    page = (f'<html><head><title>Port director jailed</title><script type="application/ld+json">{json.dumps(ld)}</script>'
            f"</head><body><article><h1>Port director jailed</h1>{body}</article></body></html>")
    [article] = _read(tmp_path, "metro.html", page)
    assert article.url == "https://metro.example/world/2026/12/03/port-director-jailed"


_LIVE_HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LIVE: Quay fire latest | Valley Ledger</title>
<meta property="og:site_name" content="Valley Ledger">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{kind}","headline":"LIVE: Quay fire latest",
"datePublished":"2026-03-10T05:02:00+01:00","publisher":{{"@type":"Organization","name":"Valley Ledger"}}}}</script>
</head><body><main><article><h1>LIVE: Quay fire latest</h1><p class="byline">By Ana Example, {signed}</p>
<div class="updates">
<div class="update"><time datetime="2026-03-10T07:45:00+01:00">07:45</time><p>Ten workers have been taken to hospital, one of them with serious burns, the fire service said.</p></div>
<div class="update"><time datetime="2026-03-10T06:30:00+01:00">06:30</time><p>Police are going door to door in Holmby. Around 1,000 residents are being moved to a sports hall.</p></div>
<div class="update"><time datetime="2026-03-10T05:02:00+01:00">05:02</time><p>A large fire broke out at about 3:40 at a chemical plant in the port of Holmby, the police said.</p></div>
</div></article></main></body></html>"""


@pytest.mark.parametrize("kind", ["LiveBlogPosting", "NewsArticle"])
def test_the_pages_own_outlet_signed_after_the_byline_comes_off(tmp_path: Path, kind: str) -> None:
    # Trial 39 F9: a live blog's `links --json` byline was "Sofie Wouters, Scheldt Courier", the
    # page's own outlet after the name, where the reader showed the name alone.
    [own] = _read(tmp_path, "own.html", _LIVE_HEAD.format(kind=kind, signed="The Valley Ledger"))
    assert (own.outlet, own.byline) == ("Valley Ledger", "Ana Example")
    # another outlet signed so credits who made the report, and stays
    [partner] = _read(tmp_path, "partner.html", _LIVE_HEAD.format(kind=kind, signed="Harbour Radio"))
    assert partner.byline == "Ana Example, Harbour Radio"
