"""Reading plain-text pages: metadata, clean bodies, several reports per page, bad bytes."""

from __future__ import annotations

import json

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading import ReadError, decode, read_paths
from core.reading.text import parse_text

CHROME = re.compile(
    r"share this|sign in|subscribe|comments have|commenting|read more|also read|you might also like|"
    r"leave a reply|email protected|rate this|\bvotes\b|fm\b|hours ago|newsletter|copyright|"
    r"advertisement|cookie|photo credit",
    re.I,
)

# A page in the shape of a wire service's site, written for these tests.
WIRE_PAGE = """Skip to main content
World
Business
Markets

Ministers agree to extend grain corridor for another 120 days

By Jane Doe and Olu Martins
4 minute read
Updated 2 hours ago

ISTANBUL, March 2 - Ukraine and Russia agreed on Thursday to extend a deal that lets grain leave Black Sea ports for another 120 days, Turkish officials said after two days of talks.

The corridor has carried more than 25 million tonnes of grain since it opened last summer, easing fears of a global food crisis.
Advertisement · Scroll to continue

"This is a good day for the hungry of the world," a United Nations spokesperson told reporters in Geneva.

Russia had threatened to quit the arrangement unless restrictions on its own farm exports were eased.

Read Next
Shipping insurers raise Black Sea premiums
Wheat futures slide on corridor news

Sign up for our morning newsletter
Our Standards: The Trust Principles.
"""

# A hard-wrapped plain-text wire story.
WRAPPED = """Flood defences hold as river peaks in the north

June 4, 2024

YORK (AP) - Emergency crews worked through the night to reinforce
flood barriers along the river, and officials said on Tuesday that
the defences had held as the water reached its highest level in a
decade.

About 300 homes were evacuated as a precaution, the council said.
"""

# A digest page quoting two outlets' reports under their own headlines.
DIGEST = """Morning digest: the summit in brief

A short round-up of how the papers covered the second day of the summit, with their reports below.

Leaders sign climate finance pledge at summit

Kyodo News: 3 hours ago

Leaders of twenty nations signed a pledge on Friday to double climate finance for developing countries by 2030.

The pledge does not say how the money will be raised.

Protesters gather outside summit venue

By Al Jazeera Staff

Several thousand people marched outside the conference centre on Friday, calling for faster cuts in emissions.

Police said the march was peaceful and no arrests were made.

Leave a Reply
Your email address will not be published.
"""


def test_seed_outlets_titles_and_report_split(seed_articles) -> None:  # type: ignore[no-untyped-def]
    outlets = [a.outlet for a in seed_articles]
    assert outlets[:2] == ["Euronews", "The National"]
    # Seed 003: a blog post, then the Global Times, NHK and the BBC, each its own article.
    assert ["Global Times", "NHK", "BBC News", "The Hindu"] == outlets[-4:]
    by_outlet = {a.outlet: a for a in seed_articles}
    assert by_outlet["Global Times"].byline == "GT staff reporters"
    assert by_outlet["Global Times"].published == "2023-06-18"
    assert by_outlet["BBC News"].title.startswith("Antony Blinken hails")
    assert by_outlet["The Hindu"].published == "2023-06-19"
    assert by_outlet["Euronews"].title == "Foreign ministers of US and China hold rare one-to-one meeting"
    assert by_outlet["Euronews"].byline == "Daniel Bellamy with AP"
    assert all(a.title and a.paragraphs for a in seed_articles)


def test_seed_bodies_are_free_of_furniture(seed_articles) -> None:  # type: ignore[no-untyped-def]
    for article in seed_articles:
        for text in article.paragraphs:
            assert not CHROME.search(text), (article.outlet, text)
            assert not text.startswith("By ")


def test_captions_become_metadata_once(seed_articles) -> None:  # type: ignore[no-untyped-def]
    hindu = next(a for a in seed_articles if a.outlet == "The Hindu")
    assert len(hindu.captions) == 1
    assert not any("shakes hands with Chinese President" in p for p in hindu.paragraphs)


def test_seed_003_keeps_the_blog_and_infers_outlets_without_manifest(tmp_path: Path) -> None:
    from core.reading import SEEDS_DIR

    page = tmp_path / "digest.txt"
    page.write_bytes((SEEDS_DIR / "003_6d99c8ac673e4f44.txt").read_bytes())
    articles, errors = read_paths([page])
    assert not errors
    assert [a.outlet for a in articles] == ["digest", "Global Times", "NHK", "BBC News"]


def test_wire_site_page_comes_out_clean() -> None:
    [article] = parse_text(WIRE_PAGE, path="wire.txt")
    assert article.title == "Ministers agree to extend grain corridor for another 120 days"
    assert article.byline == "Jane Doe and Olu Martins"
    assert len(article.paragraphs) == 4
    assert article.dateline == "ISTANBUL, March 2" and article.paragraphs[0].startswith("Ukraine and Russia agreed")
    assert all(not CHROME.search(p) for p in article.paragraphs)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    [article] = parse_text(WRAPPED, path="ap.txt")
    assert article.published == "2024-06-04"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Emergency crews") and "reinforce flood barriers" in article.paragraphs[0]
    # The dateline is metadata; the agency it credits wrote the report, and the file named after
    # it ("ap.txt") says this is the agency's own copy (a copy saved under another name is that name's).
    assert (article.dateline, article.outlet) == ("YORK (AP)", "Associated Press")


def test_an_indented_paragraph_s_short_first_line_goes_on_into_the_next() -> None:
    # A tester's wire copy in the old shorthand indents each paragraph: a first line left open
    # however short ("    The company said its fleet carried" / "212,400 containers ...") was taken
    # for a heading and dropped, and one whose rest was short too lost the whole paragraph.
    text = ("NORTHWIND SHIPPING SEES HIGHER VOLUMES\n\n"
            "OSLOVIK, March 4 - Container volumes handled by the main\n"
            "terminals rose sharply in February, helped by the reopening of\n"
            "the southern canal, the operator Northwind Shipping Co said.\n"
            "    The company said its fleet carried\n"
            "212,400 containers in the month, up from 184,900 a year earlier.\n"
            "    Growers said about\n"
            "water on Thursday.\n"
            "    Northwind said freight rates were still lower than in\n"
            "2025 and that it would not raise its dividend.\n"
            " Reuter\n")
    [article] = parse_text(text, path="northwind.txt")
    assert article.paragraphs[1:] == (
        "The company said its fleet carried 212,400 containers in the month, up from 184,900 a year earlier.",
        "Growers said about water on Thursday.",
        "Northwind said freight rates were still lower than in 2025 and that it would not raise its dividend.",
    )


def test_in_copy_that_indents_its_paragraphs_a_line_ending_on_an_abbreviation_goes_on() -> None:
    # A tester's wire copy, paragraphs marked by their indent: a line that stopped on "the U.S."
    # or "Harlan Machine Co." short of the column ended the lead, and the rest became a paragraph.
    text = ("ASHFORD STEEL TO CUT OUTPUT AT TWO OHIO MILLS\r\n\r\n"
            "PITTSBURGH, March 9 - Ashford Steel Corp said it will cut\r\n"
            "output at its two Ohio mills by 15 pct from April, after\r\n"
            "figures released by the U.S.\r\n"
            "Commerce Department showed steel imports rose for a third\r\n"
            "month.\r\n"
            "\tThe company said about 400 workers would be laid off for\r\n"
            "at least three months.\r\n"
            "\tAshford said it still expected to report a profit for\r\n"
            "1987.\r\n"
            " Reuter\r\n")
    [article] = parse_text(text, path="ashford.txt")
    assert article.paragraphs == (
        "Ashford Steel Corp said it will cut output at its two Ohio mills by 15 pct from April, after figures released "
        "by the U.S. Commerce Department showed steel imports rose for a third month.",
        "The company said about 400 workers would be laid off for at least three months.",
        "Ashford said it still expected to report a profit for 1987.",
    )


def test_in_copy_that_indents_its_paragraphs_a_credit_under_the_last_stands_apart() -> None:
    # A second tester's indented copy ended on credit and copyright lines, not indented: they were
    # glued to the last paragraph, which was then dropped whole as furniture.
    text = ("PORT STRIKE TALKS TO RESUME\n\n"
            "OSTBY, March 9 - The ferry operator Strait Lines said on Monday it\n"
            "would move two ships to Brekka while the harbour strike lasts.\n"
            "     About 2,000 passengers were stranded on Sunday, and more\n"
            "sailings were cancelled on Monday.\n"
            "     The Harbour Workers Union said talks with the port authority would\n"
            "resume on Wednesday.\n"
            "Additional reporting by Tom Lee in Holmvik; editing by Mia Dahl.\n"
            "Copyright 2026 NordWire. All rights reserved.\n")
    [article] = parse_text(text, path="strike.txt")
    assert article.paragraphs[-1] == "The Harbour Workers Union said talks with the port authority would resume on Wednesday."


_FARM_LEAD = ("MERIDIAN, March 10 - Farm groups on Tuesday urged the\n"
              "government to extend emergency drought aid for another year,\n"
              "saying that thousands of family farms would otherwise be sold\n"
              "before the autumn.\n"
              "    The agriculture ministry said it would decide by the end of\n"
              "the month. Union leader ERIK DAHL agreed.\n")


@pytest.mark.parametrize(("top", "title"), [
    # a headline in capitals wrapped over two lines, each telling the lead
    ("FARM GROUPS URGE GOVERNMENT TO EXTEND\nDROUGHT AID FOR ANOTHER YEAR",
     "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID FOR ANOTHER YEAR"),
    ("UPDATE 2\nFARM GROUPS URGE GOVERNMENT TO EXTEND\nDROUGHT AID FOR ANOTHER YEAR\nBy Tom Lee",
     "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID FOR ANOTHER YEAR"),
    # what stands beside a headline in capitals tells no part of the lead: it stays apart
    ("EXCLUSIVE\nFARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID", "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID"),
    ("FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID\nNORDIC FARM AND FOOD REPORT", "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID"),
    ("FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID\nBY TOM LEE AND ERIK DAHL", "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID"),
    ("FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID\n\nREPORTING FROM THE MERIDIAN BUREAU", "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID"),
])
def test_a_headline_in_capitals_wrapped_over_two_lines_is_one_headline(top: str, title: str) -> None:
    # A tester's wire copy: "FARM GROUPS URGE GOVERNMENT TO EXTEND" / "DROUGHT AID FOR ANOTHER
    # YEAR" kept its first line alone as the headline. Joining every two lines in capitals glued
    # a label, a byline or a dateline to it (reverted in 7cff848): the lines of one headline
    # each tell what the lead tells.
    [article] = parse_text(f"{top}\n\n{_FARM_LEAD}", path="farm.txt")
    assert article.title == title
    assert article.paragraphs[0].startswith("Farm groups on Tuesday")


@pytest.mark.parametrize("label", ["URGENT", "UPDATE 2", "BULLETIN", "REFILE"])
def test_a_wires_label_over_its_copy_is_no_outlet(label: str) -> None:
    # A tester's "URGENT" and "UPDATE 2" over wire copy were its outlet.
    [article] = parse_text(f"{label}\nFARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID\n\n{_FARM_LEAD}", path="farm.txt")
    assert article.outlet == "farm" and article.title == "FARM GROUPS URGE GOVERNMENT TO EXTEND DROUGHT AID"


@pytest.mark.parametrize("marker", ["MORE FROM NORDWIRE", "Related stories", "More news"])
def test_a_heading_over_teasers_of_other_reports_ends_a_text_report(marker: str) -> None:
    # A tester's wire copy closed with "MORE FROM NORDWIRE" over two teasers, each a headline and a
    # datelined first paragraph: those became the quake report's last two paragraphs.
    text = ("Quake kills 12 in northern Holmvik\n\nBy Sara Lind\n\n"
            "HOLMVIK (NordWire) - A magnitude 6.1 earthquake struck northern Holmvik early on Monday, killing at least 12 people.\n\n"
            "Rescue teams were searching collapsed buildings in the town of Skarvik, the regional governor said.\n\n"
            f"{marker}\n\nAftershock rattles Skarvik\n\n"
            "SKARVIK, March 8 (NordWire) - A magnitude 4.2 aftershock shook Skarvik on Sunday evening.\n\n"
            "Ferry strike enters second day\n\nOSTBY, March 8 (NordWire) - Dockworkers at Ostby stayed off the job.\n")
    [article] = parse_text(text, path="quake.txt")
    assert [p[:20] for p in article.paragraphs] == ["A magnitude 6.1 eart", "Rescue teams were se"]


def test_telex_copy_in_capitals_keeps_a_paragraphs_short_last_line() -> None:
    # A tester's telex copy, all in capitals, its paragraphs indented: a paragraph's last line of
    # few words ("ON WEDNESDAY, UNION CHAIRMAN ERIK DAHL SAID.") was read as a headline, and the
    # full line above it, left open, was lost.
    text = ("PORT STRIKE ENDS AFTER FOUR DAYS\n\n"
            "OSTBY, MARCH 12 (NORDWIRE) - DOCKWORKERS AT THE PORT OF OSTBY\n"
            "RETURNED TO WORK ON THURSDAY AFTER THE HARBOUR WORKERS UNION\n"
            "ACCEPTED A PAY RISE OF 5.5 PERCENT, ENDING A FOUR-DAY STRIKE.\n"
            "    THE UNION'S MEMBERS VOTED 412 TO 88 IN FAVOUR OF THE DEAL LATE\n"
            "ON WEDNESDAY, UNION CHAIRMAN ERIK DAHL SAID.\n"
            "    STRAIT LINES SAID ITS FIRST FERRY WOULD LEAVE OSTBY AT 6.30 A.M.\n"
            "ON FRIDAY.\n")
    [article] = parse_text(text, path="telex.txt")
    assert article.title == "PORT STRIKE ENDS AFTER FOUR DAYS" and article.dateline == "OSTBY, MARCH 12 (NORDWIRE)"
    assert article.paragraphs[1:] == ("THE UNION'S MEMBERS VOTED 412 TO 88 IN FAVOUR OF THE DEAL LATE ON WEDNESDAY, UNION CHAIRMAN ERIK DAHL SAID.",
                                      "STRAIT LINES SAID ITS FIRST FERRY WOULD LEAVE OSTBY AT 6.30 A.M. ON FRIDAY.")


def test_an_agency_writer_s_line_under_the_byline_names_the_agency() -> None:
    # The AP archive's byline block, "By NAME" over "Associated Press Writer": the outlet was
    # "Associated Press Writer".
    text = ("Port of Bayport reopens after storm\n\nBy JORDAN PLACEHOLDER\nAssociated Press Writer\n\n"
            "BAYPORT (AP) -- The Port of Bayport reopened on Tuesday after a storm closed it for two days, port officials said.\n\n"
            "Ships waiting offshore began moving into the harbor in the afternoon.\n")
    [article] = parse_text(text, path="bayport.txt")
    assert article.outlet in ("Associated Press", "AP") and article.paragraphs[0].startswith("The Port of Bayport")


def test_one_agency_story_in_two_files_is_two_copies(tmp_path: Path) -> None:
    """Two outlets' copies of one wire story, saved as text that names no outlet, stay two
    articles told apart by their files (not both 'Associated Press', one dropped as a repeat);
    a copy saved twice under one name is still one article."""
    report = WRAPPED.replace("Emergency crews", "Emergency teams")
    (tmp_path / "herald.txt").write_text(WRAPPED, encoding="utf-8")
    (tmp_path / "gazette.txt").write_text(report, encoding="utf-8")
    articles, errors = read_paths([tmp_path])
    assert not errors
    assert sorted((a.outlet, a.dateline) for a in articles) == [("gazette", "YORK (AP)"), ("herald", "YORK (AP)")]
    (tmp_path / "herald copy.txt").write_text(WRAPPED, encoding="utf-8")
    assert len(read_paths([tmp_path])[0]) == 2


@pytest.mark.parametrize(
    ("first", "dateline", "rest"),
    [
        ("KYIV, Ukraine (AP) — Russian forces struck the city overnight, officials said.", "KYIV, Ukraine (AP)", "Russian forces"),
        ("NEW DELHI: The government announced a new scheme for farmers on Tuesday.", "NEW DELHI", "The government"),
        ("ST. LOUIS, Mo. (AP) — A jury found the man guilty on all counts on Friday.", "ST. LOUIS, Mo. (AP)", "A jury"),
        ("BEIJING, June 18 (Xinhua) -- Chinese State Councilor Qin Gang held talks.", "BEIJING, June 18 (Xinhua)", "Chinese State"),
        # an agency's credit makes a dateline, whatever follows it (a fresh user's huge paragraph of words)
        ("OTTAWA, March 11 (Reuters) - cut inflation of interest canada governor wednesday said.", "OTTAWA, March 11 (Reuters)", "cut inflation"),
        # Not datelines: an acronym before a dash or colon, when no sentence follows it.
        ("NATO: the alliance said it would increase its presence in the region.", None, "NATO: the"),
        ("AUKUS — for Australia, the United Kingdom and the United States — is a pact.", None, "AUKUS —"),
        ("US - China talks resumed on Sunday after months of frozen contacts.", None, "US - China"),
        ("BREAKING: The president has resigned after a week of protests, officials said.", None, "BREAKING:"),
    ],
)
def test_datelines_come_off_the_first_paragraph(first: str, dateline: str | None, rest: str) -> None:
    [article] = parse_text(f"Headline of the report here\n\n{first}\n\nA second paragraph follows with more words in it.\n", path="x.txt")
    assert article.dateline == dateline and article.paragraphs[0].startswith(rest)


def test_digest_page_splits_into_reports_with_their_outlets() -> None:
    articles = parse_text(DIGEST, path="digest.txt")
    assert [a.outlet for a in articles] == ["digest", "Kyodo News", "Al Jazeera"]
    assert articles[1].title == "Leaders sign climate finance pledge at summit"
    assert articles[2].paragraphs[-1] == "Police said the march was peaceful and no arrests were made."


def test_roundup_with_outlet_names_above_headlines_and_numeric_dates() -> None:
    from core.reading import read_file

    articles = read_file(Path(__file__).parent / "data" / "pages" / "roundup.txt")
    # The outlet's name stands above each headline; the third names no outlet (a page's own name is used).
    assert [(a.outlet, a.published, len(a.paragraphs)) for a in articles] == [
        ("roundup", None, 1),
        ("The Japan Times", "2023-06-19", 2),
        ("South China Morning Post", "2023-06-18", 2),
        ("roundup", "2023-06-18", 2),  # "06/18/2023"
    ]
    assert [a.title for a in articles[1:]] == [
        "Blinken and Qin agree to keep talking",
        "Beijing tells Washington ties are at their lowest point",
        "Blinken in China: talks described as candid",
    ]


def test_site_notice_names_the_outlet() -> None:
    page = (
        "Headline about a thing that happened today\n\nA sentence of the report that is long enough to count.\n\n"
        "If you are already a registered user of The Daily Example and logged in, you may continue.\n"
    )
    [article] = parse_text(page, path="x.txt")
    assert article.outlet == "The Daily Example"


def test_escape_sequences_are_defused_at_reading() -> None:
    [article] = parse_text("Title of the piece here\n\nA paragraph with \x1b]0;owned\x07 inside it, long enough.\n", path="e.txt")
    assert "\x1b" not in article.paragraphs[0] and "\u241b" in article.paragraphs[0]


def test_decode_handles_boms_and_legacy_bytes() -> None:
    assert decode("héllo\n".encode("utf-16")) == "héllo\n"
    assert decode(b"\xef\xbb\xbfplain") == "plain"
    assert decode("café".encode("latin-1")) == "café"
    with pytest.raises(ReadError, match="binary"):
        decode(b"\x7fELF\x00\x01\x02", name="x")


def test_bad_paths_are_reported_not_raised(tmp_path: Path) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    articles, errors = read_paths([tmp_path / "missing.txt", binary, empty])
    assert articles == []
    messages = [str(e) for e in errors]
    assert any("missing.txt: no such file" in m for m in messages)
    assert any("blob.txt: binary" in m for m in messages)
    assert any("empty.txt: empty file" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_the_same_article_twice_is_read_once(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WRAPPED)
    articles, errors = read_paths([tmp_path])
    assert len(articles) == 1 and not errors


def test_a_page_on_one_line_is_cut_into_sentence_pieces() -> None:
    from core.reading.judge import MAX_UNIT

    sentences = [f"Sentence {n} says the harbour strike entered its {n}th day on Monday." for n in range(20000)]
    [article] = parse_text("Strike report headline here\n\n" + " ".join(sentences) + "\n", path="one.txt")
    assert all(len(p) <= MAX_UNIT for p in article.paragraphs)
    assert all(p.endswith("Monday.") for p in article.paragraphs)  # cut after sentences
    assert " ".join(article.paragraphs) == " ".join(sentences)  # nothing lost


def test_unpunctuated_text_is_cut_at_spaces_without_loss() -> None:
    from core.reading.judge import MAX_UNIT

    run_on = " ".join(f"word{n}" for n in range(3000))  # no sentence end anywhere
    [article] = parse_text("Headline for a scraped page\n\n" + run_on + "\n", path="j.txt")
    assert len(article.paragraphs) > 1 and all(len(p) <= MAX_UNIT for p in article.paragraphs)
    assert " ".join(article.paragraphs) == run_on


def test_unspaced_scripts_have_words_sentences_and_paragraphs() -> None:
    from core.reading.judge import Kind, classify_line, is_sentence, word_count
    from core.text import words

    assert words("市議会は予算を承認した。Xi's U.S. visit") == ["市", "議", "会", "は", "予", "算", "を", "承", "認", "し", "た", "xi's", "u.s", "visit"]
    assert word_count("東京都は月曜日、学校と道路の整備を中心とする新しい予算案を発表した。") == 32
    assert is_sentence("予算案を発表した。") and is_sentence("計画は「暮らしを守る」と述べた。") and is_sentence("هل وافق المجلس؟")
    assert classify_line("東京都は月曜日、学校と道路の整備を中心とする新しい予算案を発表した。") is Kind.BODY
    articles = parse_text("都知事、新予算案を公表\n\n東京都は月曜日に、学校と道路の整備を柱とする新たな予算案を公表した。\n", path="tokyo.txt")
    assert [(a.title, len(a.paragraphs)) for a in articles] == [("都知事、新予算案を公表", 1)]


@pytest.mark.parametrize(
    "text",
    ["“Candid,” said Mr. Blinken — U.S.-China talks", "İSTANBUL İİ büyük", "市議会は予算を承認した。Xi's", "", "  ...  "],
)
def test_words_and_their_offsets_come_from_one_pass(text: str) -> None:
    from core.text import word_offsets, words, words_and_offsets

    found, flat = words_and_offsets(text)
    assert found == words(text)
    assert list(zip(flat[::2], flat[1::2])) == word_offsets(text)


# Pages written for these tests in the shapes of other sites (nothing of theirs copied), each
# with what a reader needs from it: outlet, title, byline, date, deck and the report's paragraphs.
PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = {
    # names in capitals, "(AP) —", an author's bio after the report
    'agency-wire.txt': ('Associated Press', 'Blinken meets Chinese foreign minister in bid to ease tensions', 'Matthew Lee and Simina Mistreanu', '2023-06-18',
        None,
        ['U.S. Secretary of Stat', 'Blinken and Qin met fo', '“The United States bel']),
    # "Source: Xinhua", a dateline with "--", "Enditem"
    'agency.txt': ('Xinhua', "Typhoon Khanun brings heavy rain to Japan's Kagoshima", None, '2023-08-07',
        None,
        ['Typhoon Khanun brought', 'The Japan Meteorologic', 'Around 20,000 househol']),
    # breadcrumbs, "Posted by admin", readers' comments
    'blog.txt': ('Limburg Daily Online', 'Venlo residents spend night in sports halls as Maas floods', None, '2021-07-15',
        None,
        ['Around 700 homes in Ve', 'Volunteers brought bla', 'The municipality said ']),
    # a deck that ends like a sentence, above the date
    'broadcaster.txt': ('broadcaster', 'Netherlands evacuates thousands as Maas river floods', None, '2021-07-15',
        'Authorities in the southern province of Limburg order evacuations as swollen river threatens towns.',
        ['The Dutch authorities ', 'About 700 homes in Ven', 'Soldiers were deployed']),
    # an ad survey above the headline, "By ..., CNN", a contributor line
    'cable.txt': ('CNN', 'Heavy rains force evacuations in southern Netherlands', 'Sophie Tanno and Mick Krever', '2021-07-15',
        None,
        ['Water levels in the Ma', 'Around 700 homes were ', 'Dutch King Willem-Alex']),
    # "Credit..." glued to the caption, "Reporting from"
    'daily.txt': ('daily', 'Typhoon Forces Thousands From Homes in Southern Japan', 'Motoko Rich and Hisako Ueno', '2023-08-07',
        'Officials in Kagoshima ordered evacuations as the storm brought record rainfall to the region.',
        ['Thousands of people in', 'The Japan Meteorologic', '“Please take action to', 'About 20,000 homes los']),
    # no headline at all, the agency's name before the date
    'headless.txt': ('KYODO NEWS', 'U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Qin Gang agreed…', None, '2023-06-18',
        None,
        ['U.S. Secretary of Stat', 'The meeting in Beijing']),
    # a long section menu, a deck without a full stop, a role byline, a newsletter box in the report
    'newspaper.txt': ('newspaper', 'Dutch town evacuated as river Maas bursts its banks', 'Jon Henley Europe correspondent', '2021-07-15T09:10:00+01:00',
        'Hundreds of residents of Venlo moved to shelters overnight as water levels reach record highs',
        ['Hundreds of people wer', 'The local safety autho', '“We have never seen le', 'Dutch water authoritie']),
    # section names ("World News"), a desk and site address before the date, a caption before "BEIJING:"
    'portal.txt': ('TIMESOFINDIA.COM', 'Blinken, Qin hold talks in Beijing, agree to keep communication open', None, '2023-06-18',
        None,
        ['US Secretary of State ', 'Both sides agreed to m']),
    # "Image caption," above the caption, dated links to other stories below
    'public.txt': ('public', 'Typhoon Khanun: Thousands flee homes in southern Japan', 'Shaimaa Khalil', '2023-08-07',
        None,
        ['Thousands of people in', 'Forecasters said more ', 'Around 20,000 homes lo']),
    # a tagline above the menu, a time glued to the year, a dateline, an editing credit
    'wire.txt': ('Reuters', 'Dutch town evacuates homes as Maas river hits record', 'Bart Meijer', '2021-07-15',
        None,
        ['Authorities in the Dut', 'The water was expected', '"This is unprecedented']),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pages_of_other_sites_come_out_clean_with_their_metadata(name: str) -> None:
    from core.reading import read_file

    [article] = read_file(PAGES / name)
    outlet, title, byline, published, standfirst, paragraphs = EXPECTED[name]
    assert (article.outlet, article.title, article.byline, article.published) == (outlet, title, byline, published)
    assert article.standfirst == standfirst
    # The report's paragraphs, in order, and none of the page around them.
    assert len(article.paragraphs) == len(paragraphs)
    assert all(p.startswith(start) for p, start in zip(article.paragraphs, paragraphs, strict=True)), article.paragraphs
    assert not any(
        CHROME.search(p) or re.search(r"\bad\b|comment|contributed|editing by|enditem|credit\.\.\.|covers", p, re.I)
        for p in article.paragraphs
    )


def test_the_headline_is_the_heading_signed_below_it_not_a_tagline_above() -> None:
    page = (
        "Independent journalism for the whole valley\n\nNews\nSport\nBusiness\nCulture\nOpinion\n\n"
        "Council approves new flood barriers for the river\nAnalysis\nBy Jane Doe\nJune 1, 2024\n\n"
        "The council approved a plan on Monday to build flood barriers along the river through the town centre.\n\n"
        "Work is due to start in the autumn and take two years, officials said.\n"
    )
    [article] = parse_text(page, path="valley.txt")
    # The topic label between headline and byline does not cut the headline off its byline.
    assert (article.title, article.byline, article.published) == (
        "Council approves new flood barriers for the river", "Jane Doe", "2024-06-01",
    )


@pytest.mark.parametrize("headline", ["Flood <b>warning</b> for Leeds", 'Police say <a href="/x">suspect</a> held'])
def test_a_text_headline_with_tags_in_it_is_the_headline_not_a_breadcrumb(headline: str) -> None:
    page = (
        f"{headline}\n\nPolice in Leeds arrested a man on Tuesday after a three-day search, officials said.\n\n"
        "The man, 34, was held at a house in Headingley and will appear in court on Friday.\n"
    )
    [article] = parse_text(page, path="leeds.txt")
    # A tag's ">" is no breadcrumb separator ("Home > News"): the line stays, as written.
    assert article.title == headline
    assert parse_text("Home > News > UK\n\n" + page, path="leeds.txt")[0].title == headline


@pytest.mark.parametrize("byline", ["By Jane Doe, Coastal Herald, June 2, 2024 10:15 EST",
                                    "By Jane Doe, Coastal Herald | June 2, 2024, 10:15 a.m. ET"])
def test_a_byline_naming_the_outlet_before_a_date_gives_the_outlet_and_the_time(byline: str) -> None:
    page = (f"Floods force evacuations in Marrowby\n\n{byline}\n\n"
            "About 1,200 people were evacuated from their homes in Marrowby on Sunday after the river burst its banks.\n\n"
            "Rescue teams used boats to reach residents in the lower town, the county said.\n")
    [article] = parse_text(page, path="ch.txt")
    assert (article.outlet, article.byline) == ("Coastal Herald", "Jane Doe")
    assert article.published in ("2024-06-02T10:15:00-05:00", "2024-06-02T10:15:00-04:00")


def test_sentences_start_after_stops_but_not_after_abbreviations() -> None:
    from core.text import sentence_starts

    text = "Mr. Blinken met Qin. They talked for six hours. U.S. officials said Gen. Smith agreed. 会談した。予算を承認した。"
    starts = sentence_starts(text)
    assert [text[s : s + 8] for s in starts] == ["They tal", "U.S. off", "会談した。予算を", "予算を承認した。"]
    # Each stop looks back a few characters only: a paragraph of 20,000 sentences is cut in one pass.
    long = " ".join(["Mr. Lee spoke."] * 20_000)
    assert len(sentence_starts(long)) == 19_999


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*'.!?…؟۔。！？」』"\'”’)] \nMrUSab', "Mr", "U.S", "Gen", "Dr"]), max_size=16).map("".join))
def test_sentences_start_where_a_break_ends(text: str) -> None:
    # sentence_starts finds the breaks by their stops (core.text._STOP_BREAK): the same ends as
    # SENTENCE_BREAK's, where one ends before the text does, but after an abbreviation's stop.
    from core.text import _ABBREVIATION, SENTENCE_BREAK, sentence_starts

    ends = [m.end() for m in SENTENCE_BREAK.finditer(text)
            if m.end() < len(text) and not _ABBREVIATION.search(text, max(0, m.start() - 16), m.start())]
    assert sentence_starts(text) == ends


def test_a_sentence_ending_in_a_credit_word_stays_in_the_body() -> None:
    page = (
        "Court rules against streaming service\n\nJune 3, 2024\n\n"
        "The court found the company liable for breach of copyright. The damages will be set next month.\n\n"
        "Lawyers for the service said they would appeal against the photo. Their client denies wrongdoing.\n"
    )
    [article] = parse_text(page, path="court.txt")
    assert len(article.paragraphs) == 2 and not article.captions


def test_a_comments_button_inside_the_report_does_not_end_it() -> None:
    page = (
        "Council approves new flood barriers for the river\n\nJune 1, 2024\n\n"
        "The council approved a plan on Monday to build flood barriers along the river through the town centre.\n\n"
        "Comments\n\n"
        "Work is due to start in the autumn and take two years, officials said on Monday evening.\n"
    )
    [article] = parse_text(page, path="valley.txt")
    assert len(article.paragraphs) == 2


def test_a_video_label_inside_the_report_does_not_make_the_next_paragraph_a_caption() -> None:
    page = (
        "Council approves new flood barriers for the river\n\nJune 1, 2024\n\n"
        "The council approved a plan on Monday to build flood barriers along the river through the town centre.\n\n"
        "Video\n\n"
        "Work is due to start in the autumn and take two years, officials said on Monday evening.\n\n"
        "Image caption,\n\nVolunteers filled sandbags in the town centre\n"
    )
    [article] = parse_text(page, path="valley.txt")
    assert len(article.paragraphs) == 2
    assert article.captions == ("Volunteers filled sandbags in the town centre",)


def test_a_note_about_the_author_ends_a_report_but_news_about_a_reporter_stays() -> None:
    page = (
        "Court extends detention of American reporter\n\nJune 1, 2024\n\n"
        "Evan Gershkovich is a reporter for The Wall Street Journal who has been held in Moscow since March.\n\n"
        "A court on Tuesday extended his detention by three months, his lawyers said outside the building.\n\n"
        "Jane Doe covers Russia and Eastern Europe for The Daily Courier.\n"
    )
    [article] = parse_text(page, path="court.txt")
    assert [p[:12] for p in article.paragraphs] == ["Evan Gershko", "A court on T"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by local media suggested the toll was higher.",
        "Reporting from the front line is dangerous.",
        "The company said this ad was misleading.",
        "The policy covers flood damage for all residents.",
    ],
)
def test_short_sentences_with_credit_words_stay_in_the_body(sentence: str) -> None:
    from core.reading.judge import Kind, classify_line

    assert classify_line(sentence) is Kind.BODY


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Daily Mail", True), ("National Post", True), ("Business Standard", True), ("Sky News", True),
     ("News", False), ("LIVE", False), ("World News", False), ("US News", False)],
)
def test_outlet_names_made_of_common_words_are_names_but_section_labels_are_not(line: str, outlet: bool) -> None:
    from core.reading.judge import is_outlet_name

    assert is_outlet_name(line) is outlet


AGENCY_COPY = """Millbrook plant fire injures 14

By Nordpress Agency

MILLBROOK, March 3 (NPA) - A fire at a plastics plant in Millbrook injured 14 workers on Tuesday and forced the evacuation of 300 homes, fire officials said.

The plant employs 420 people and was last inspected in January, according to a company spokesman.

{footer}
"""


def test_an_agency_byline_credits_the_writer_and_the_paper_names_the_copy(tmp_path: Path) -> None:
    """'By Nordpress Agency' is a byline (it was the outlet, 'By' and all, so every paper's copy
    was one outlet's and two of three were dropped as repeats); the paper's copyright line
    names the copy, and without one the file does."""
    for name, footer in (("a", "© 2025 Valley Courier"), ("b", "Copyright 2025 Harbor Gazette"), ("c", "")):
        (tmp_path / f"{name}.txt").write_text(AGENCY_COPY.format(footer=footer), encoding="utf-8")
    articles, errors = read_paths([tmp_path])
    assert not errors
    assert sorted((a.outlet, a.byline) for a in articles) == [
        ("Harbor Gazette", "Nordpress Agency"), ("Valley Courier", "Nordpress Agency"), ("c", "Nordpress Agency"),
    ]


def test_a_byline_signed_with_a_local_paper_names_it() -> None:
    [article] = parse_text(
        "Council approves harbour budget\n\nBy Jane Doe, Valley Courier\n\n"
        "The city council approved the harbour budget on Monday after a long debate about dredging.\n\n"
        "The vote was seven to two.\n",
        path="bycomma.txt",
    )
    assert article.outlet == "Valley Courier"


@pytest.mark.parametrize("end", ["", "\x1b[?25l", "\x07"])
def test_a_lead_without_its_closing_mark_is_a_paragraph(end: str) -> None:
    """A lead that lost its full stop (or ends in a control character) was taken for a heading
    and dropped, with the figure it carried; a pitch between paragraphs in a box is not read
    as one."""
    lead = "The mayor of Eastfield resigned on Friday after an audit found 2.5 million euros missing from the parks budget, officials said"
    [article] = parse_text(
        f"Eastfield mayor quits\n\nBy Sam Lee, Eastfield Post\n\n{lead}{end}\n\n"
        "\"I take full responsibility,\" the mayor said in a statement. Council members will choose an interim mayor.\n\n"
        "Sign up to Eastfield Today\n\nFree weekly newsletter\n\n"
        "The most pressing stories and debates for the people of Eastfield and the valley around it every week\n\n"
        "Privacy Notice: newsletters may contain information about charities and online ads.\n\n"
        "The council meets again on Monday to set a date for the vote on a new mayor.\n",
        path="noperiod.txt",
    )
    assert article.paragraphs[0].startswith(lead)
    assert len(article.paragraphs) == 3 and not any("pressing stories" in p for p in article.paragraphs)


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder the user may not read was skipped without a word ('no articles found' for a
    folder of them); it is an error of its own, and the readable files are still read."""
    import os

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(WRAPPED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(WRAPPED.replace("Emergency crews", "Emergency teams"), encoding="utf-8")
    scandir = os.scandir

    def refuse(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    read_bytes = Path.read_bytes

    def refuse_read(self: Path) -> bytes:  # as opening the folder itself does
        if self.name == "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse_read)
    articles, errors = read_paths([tmp_path])
    assert len(articles) == 1
    assert [str(e) for e in errors] == [f"{tmp_path / 'locked'}: permission denied"]


def test_a_named_pipe_is_refused_not_waited_on_and_an_empty_folder_is_reported(tmp_path: Path) -> None:
    """A fresh user's named pipe given as a path hung `links`, `add` and the reader (opening a
    pipe nobody writes to waits for ever); a folder with nothing to read beside other paths
    was passed over without a word."""
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "empty").mkdir()
    (tmp_path / "b.txt").write_text(WRAPPED, encoding="utf-8")
    articles, errors = read_paths([tmp_path / "pipe.txt", tmp_path / "empty", tmp_path / "b.txt"])
    assert len(articles) == 1
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe); save what it gives to a file and read that",
        f"{tmp_path / 'empty'}: no articles here (no .arc, .arc.gz, .atom, .csv, .docx, .eml, .htm, .html, .json, .jsonl, .markdown, .md, "
        ".ndjson, .rss, .text, .tsv, .txt, .warc, .warc.gz, .xhtml, .xml file)",
    ]
    # in a folder, the pipe is said as it is when named (it was passed over without a word)
    articles, errors = read_paths([tmp_path])
    assert len(articles) == 1
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe); save what it gives to a file and read that"
    ]


def test_a_folder_s_json_documents_are_read_and_its_manifest_is_not_taken_for_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON document of articles named as a file was read, but in a folder it was passed over as
    of no known kind (a fresh user's folder of a news API's answers, one a file); a link to nothing
    was passed over without a word."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "dam.json").write_text(json.dumps({"articles": [
        {"title": "Dam bursts in Tarnvik", "content": "A dam burst in Tarnvik on Monday, flooding 300 homes, officials said.",
         "source": {"name": "Fjord Post"}, "publishedAt": "2026-03-02T08:00:00Z"}]}), encoding="utf-8")
    (folder / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (folder / "manifest.json").write_text('{"files": {}}', encoding="utf-8")
    (folder / "gone.html").symlink_to(tmp_path / "nowhere.html")
    articles, errors = read_paths([folder])
    assert [(a.title, a.outlet, a.published) for a in articles] == [("Dam bursts in Tarnvik", "Fjord Post", "2026-03-02T08:00:00+00:00")]
    assert [str(e).split(": ", 1)[0] for e in errors] == [str(folder / "gone.html"), str(folder / "settings.json") + ":1"]
    assert f"a link to {tmp_path / 'nowhere.html'}, which does not exist" in str(errors[0]) and "no article text" in str(errors[1])
    # Named, the link to nothing is said alike (trial 36 F14: "no such file or directory"), by
    # every command that reads paths.
    from tui.cli import main

    gone = str(folder / "gone.html")
    for command in (["add", gone, "--library", str(tmp_path / "lib.sqlite")], ["links", gone], ["archive", "build", gone, "--out", str(tmp_path / "a")]):
        assert main(command) != 0
        assert f"{gone}: a link to {tmp_path / 'nowhere.html'}, which does not exist" in capsys.readouterr().err


def test_a_manifest_names_the_outlet_of_json_records_that_name_none(tmp_path: Path) -> None:
    """A tester's folder manifest named the outlet and address of a .json and a .jsonl file, and
    both were ignored: the records were the files' names' ("plain"), as a .txt beside them was not."""
    folder = tmp_path / "news"
    folder.mkdir()
    lead = "The water board opened an inquiry into the {} on Monday after tests found lead in the supply."
    (folder / "one.json").write_text(json.dumps({"title": "Inquiry opened", "text": lead.format("spill")}), encoding="utf-8")
    (folder / "two.jsonl").write_text(
        json.dumps({"title": "Board opens inquiry", "text": lead.format("leak")}) + "\n"
        + json.dumps({"title": "Inquiry into pipes", "text": lead.format("pipes"), "source": {"name": "Harbour Post"}}) + "\n",
        encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"files": {
        "one.json": {"outlet": "Water Board Bulletin", "url": "https://wbb.example/inquiry"},
        "two.jsonl": {"outlet": "Valley Wire", "url": "https://valley.example/feed"}}}), encoding="utf-8")
    articles, errors = read_paths([folder])
    assert not errors
    assert [(a.title, a.outlet, a.url) for a in articles] == [
        ("Inquiry opened", "Water Board Bulletin", "https://wbb.example/inquiry"),  # a file of one record: its address too
        ("Board opens inquiry", "Valley Wire", None),  # a file of several: the outlet, no one record's address
        ("Inquiry into pipes", "Harbour Post", None),  # a record that names its outlet keeps it
    ]


def test_a_response_that_found_no_articles_says_so(tmp_path: Path) -> None:
    """A tester's news API answer with an empty "articles" list was "no article text (expected one
    of the fields ...)", as if it were an article without its text; an article whose own record
    holds an empty list is still read."""
    for name, text in [("none.json", json.dumps({"status": "ok", "totalResults": 0, "articles": []}, indent=1)),
                       ("none.jsonl", json.dumps({"status": "ok", "articles": []}) + "\n")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "story.jsonl").write_text(json.dumps({
        "title": "Dam bursts in Tarnvik", "text": "A dam burst in Tarnvik on Monday, flooding 300 homes, officials said.",
        "items": []}) + "\n", encoding="utf-8")
    (tmp_path / "both.json").write_text(json.dumps({"items": [], "data": [{  # an empty list beside the one that holds them
        "title": "Dam repairs begin", "text": "Repairs to the Tarnvik dam began on Friday, four days after it burst."}]}),
        encoding="utf-8")
    articles, errors = read_paths([tmp_path / n for n in ("none.json", "none.jsonl", "story.jsonl", "both.json")])
    assert [a.title for a in articles] == ["Dam bursts in Tarnvik", "Dam repairs begin"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'none.json'}: no articles (its list of articles is empty)",
                                        f"{tmp_path / 'none.jsonl'}:1: no articles (its list of articles is empty)"]


def test_json_nested_deeper_than_pythons_stack_is_one_line_not_a_crash(tmp_path: Path) -> None:
    """A tester's file of 100,000 '[' and as many ']' stopped `add` of its folder with an internal
    error (RecursionError), the rest of the folder unread, and the reader with a traceback."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    story = "A dam burst in Tarnvik on Monday, flooding 300 homes, officials said."
    (folder / "nested.json").write_text("{" + '"response": {' * 900 + '"title": "x"' + "}" * 901, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Dam bursts in Tarnvik | Fjord Post</title><script type='application/ld+json'>"
        + "[" * 100_000 + "]" * 100_000 + "</script><script type='application/ld+json'>" + "[" * 900 + "{}" + "]" * 900
        + f"</script></head><body><article><h1>Dam bursts in Tarnvik</h1><p>{story}</p>"
        "<p>No one was hurt, the fire service said on Monday evening.</p></article></body></html>", encoding="utf-8")
    articles, errors = read_paths([folder])
    assert [(a.title, a.paragraphs[0]) for a in articles] == [("Dam bursts in Tarnvik", story)]
    assert [str(e) for e in errors] == [
        f"{folder / 'deep.json'}: JSON nested too deeply to read",
        f"{folder / 'deep.jsonl'}: JSON nested too deeply to read",  # one line that is one JSON document
        f"{folder / 'nested.json'}:1: no article text (expected one of the fields text, body, content, articleBody ...)",
    ]


def test_a_link_to_a_folder_is_read_once_and_a_loop_ends(tmp_path: Path) -> None:
    from core.reading import iter_files

    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text(WRAPPED, encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "today").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")  # a loop
    assert [p.relative_to(tmp_path) for p in iter_files([tmp_path / "news"])] == [Path("news/today/a.txt")]


@pytest.mark.parametrize(
    ("signature", "outlet", "byline", "published"),
    [
        # a newsroom's byline without "By": the outlet (a fresh user's "Daily Kestrel staff")
        ("Daily Kestrel staff", "Daily Kestrel", "Daily Kestrel staff", None),
        ("Harbour Post staff reporters", "Harbour Post", "Harbour Post staff reporters", None),
        # the outlet before the date with a comma (was: the date only, the file named the outlet)
        ("Northern Gazette, 28 November 2026", "Northern Gazette", None, "2026-11-28"),
        # a broadcaster's name opening on its letters, before the date and its hour (a fresh
        # user's "HRT World | 7 June 2026, 19:05": the file had named the outlet); no zone, the day alone
        ("HRT World | 28 November 2026, 19:05", "HRT World", None, "2026-11-28"),
        ("CGTN Europe, 28 November 2026", "CGTN Europe", None, "2026-11-28"),
        # a person's name before the date names no outlet: the writer
        ("Karin Vik - 28 November 2026", "crane", "Karin Vik", "2026-11-28"),
    ],
)
def test_a_text_names_its_outlet_in_a_newsroom_byline_or_before_its_date(
    signature: str, outlet: str, byline: str | None, published: str | None
) -> None:
    text = (f"Storm topples port crane, four workers dead\n\n{signature}\n\n"
            "A container crane collapsed at the port of Velmora on Friday, killing four dock workers, the port said.\n\n"
            "Port director Anneli Voss said the terminal would stay shut for at least three days.\n")
    [article] = parse_text(text, path="crane.txt")
    assert (article.outlet, article.byline, article.published) == (outlet, byline, published)
    assert article.paragraphs[0].startswith("A container crane")
    # a person's role is no newsroom: "Europe correspondent" stays a byline of a person
    [person] = parse_text(text.replace(signature, "By Ana Example, Europe correspondent"), path="crane.txt")
    assert person.outlet == "crane"


def test_markdown_list_items_and_quotes_are_paragraphs_without_their_markers(tmp_path: Path) -> None:
    # A fresh user's "- The explosion at the **Solvane Chemicals** depot ..." kept its "- ".
    page = tmp_path / "blog.md"
    page.write_text(
        "# What we know about the depot fire\n\n"
        "- The fire at the **Harbour Foods** depot on Quay 7 began at about 6:40 a.m. on Tuesday.\n"
        "- Eight people have died, according to the city's health authority.\n"
        "1. Crews from three towns fought the fire through the night.\n\n"
        "> \"We lost everything,\" said Ana Example, who ran a bakery next door.\n\n"
        "Mayor Lina Marsh has promised a full inquiry into the fire and its causes.\n",
        encoding="utf-8",
    )
    [article] = read_paths([page])[0]
    assert article.title == "What we know about the depot fire"
    assert article.paragraphs == (
        "The fire at the Harbour Foods depot on Quay 7 began at about 6:40 a.m. on Tuesday.",
        "Eight people have died, according to the city's health authority.",
        "Crews from three towns fought the fire through the night.",
        "\"We lost everything,\" said Ana Example, who ran a bakery next door.",
        "Mayor Lina Marsh has promised a full inquiry into the fire and its causes.",
    )


_FERRY_BODY = ("The island ferry stops for three weeks from Monday while its quay is rebuilt, [[Isle Ferries|the operator]] said.\n\n"
               "A water taxi carries people on foot and their bicycles in the meantime.\n")


@pytest.mark.parametrize("header", [
    # Obsidian's web clipper: quoted values, the author a list of wiki links, the day it was clipped
    ('---\ntitle: "Ferry stops: three weeks"\nsource: "https://post.example/ferry"\nauthor:\n  - "[[Ann Writer]]"\n'
     "published: 2026-03-03\ncreated: 2026-03-05\ntags:\n  - \"clippings\"\n---\n"),
    # Jekyll: plain values, a comment, authors as mappings, a zone a space apart, "..." closing
    ("---\nlayout: post\n# the page\ntitle: 'Ferry stops: three weeks'\ndate: 2026-03-03 09:00:00 +0100\n"
     "authors:\n- name: Ann Writer\n  url: https://post.example/ann\nsite: Island Post\n"
     "canonical_url: https://post.example/ferry\n...\n"),
    # Hugo: TOML between "+++" lines, the author among its params
    ('+++\ntitle = "Ferry stops: three weeks"\ndate = 2026-03-03T09:00:00+01:00\nlink = "https://post.example/ferry"\n'
     '[params]\nauthor = ["Ann Writer"]\n+++\n'),
])
def test_markdown_front_matter_is_the_articles_metadata_not_its_text(tmp_path: Path, header: str) -> None:
    """A Markdown clipping's YAML header was read as text: its title was 'title: "..."', its keys
    paragraphs, and its byline and address were lost."""
    page = tmp_path / "clip.md"
    page.write_text(header + "\n" + _FERRY_BODY, encoding="utf-8")
    [article] = read_paths([page])[0]
    assert (article.title, article.byline) == ("Ferry stops: three weeks", "Ann Writer")
    assert article.published is not None and article.published.startswith("2026-03-03")
    assert article.paragraphs == (
        "The island ferry stops for three weeks from Monday while its quay is rebuilt, the operator said.",
        "A water taxi carries people on foot and their bicycles in the meantime.")
    assert article.url == "https://post.example/ferry"
    assert "site:" not in header or article.outlet == "Island Post"


def test_a_rule_at_the_top_of_markdown_is_no_front_matter(tmp_path: Path) -> None:
    page = tmp_path / "rule.md"
    page.write_text("---\n\n# Ferry stops\n\n" + _FERRY_BODY + "\n---\n", encoding="utf-8")
    [article] = read_paths([page])[0]
    assert article.title == "Ferry stops" and article.paragraphs[0].startswith("The island ferry")


def test_reading_a_folder_tells_its_progress_file_by_file(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(
            f"Ferry {n} runs aground\n\nThe ferry ran aground off Tollin Point at dawn on Friday, the harbour office said.\n",
            encoding="utf-8",
        )
    told: list[tuple[int, int]] = []
    articles, _ = read_paths([tmp_path], progress=lambda done, total: told.append((done, total)))
    assert len(articles) == 3 and told == [(1, 3), (2, 3), (3, 3)]


_FERRY = ("At least nine people died when a ferry turned over in a storm on Lake Varsen on Tuesday night, police said.\n\n"
          "Divers searched the water near the harbour until dawn, the coast guard said in a statement.\n")


@pytest.mark.parametrize(
    ("signature", "dateline", "after", "outlet"),
    [
        # one word after a full name and a comma signs the outlet, as "By Jane Doe, CNN" does
        ("By Karin Vik, Seezeitung", "", "", "Seezeitung"),
        ("By Anna Berg and Per Olsen, Dagbladet", "", "", "Dagbladet"),
        ("By Karin Vik, Seezeitung, October 15, 2025", "", "", "Seezeitung"),
        ("By John Smith, Reuters", "", "", "Reuters"),
        # ... a byline's convention: where the reporter is goes in the dateline; a word the report
        # gives as its place (its dateline's, or one it is in or near) is that place, not an outlet
        ("By Anna Berg, Oslo", "", "", "Oslo"),
        ("By Anna Berg, Oslo", "", "The ferry sank just outside Oslo, as winds reached 90 km/h on the lake.\n", "ferry"),
        ("By Anna Berg, Oslo", "OSLO, Oct 14 (NWS) - ", "", "ferry"),
        # a surname and a given name, a suffix, a role, a day: no outlet
        ("By Berg, Anna", "", "", "ferry"),
        ("By Anna Berg, Jr.", "", "", "ferry"),
        ("By Anna Berg, Correspondent", "", "", "ferry"),
        ("By Anna Berg, Tuesday", "", "", "ferry"),
    ],
)
def test_one_capitalised_word_after_a_bylines_comma_names_the_outlet_unless_the_report_places_it(
    signature: str, dateline: str, after: str, outlet: str
) -> None:
    """A fresh user's "By Karin Vik, Seezeitung" gave the file's name as the outlet."""
    [article] = parse_text(f"Ferry sinks on Lake Varsen\n\n{signature}\n\n{dateline}{_FERRY}{after}", path="ferry.txt")
    assert article.outlet == outlet
    assert article.paragraphs[0].startswith("At least nine")


def test_a_texts_deck_is_in_the_links_json() -> None:
    """The line under the headline (the deck, kept as the standfirst) was read and shown nowhere."""
    [article] = parse_text(
        f"Dozens hurt as ferry overturns off Ostrand\n\nSurvivors describe panic as water flooded the lower deck\n\n"
        f"By Karin Vik, Northern Post\n\n{_FERRY}", path="np.txt")
    assert article.to_json()["standfirst"] == "Survivors describe panic as water flooded the lower deck"
    assert article.paragraphs[0].startswith("At least nine")


def test_the_files_of_a_folder_of_no_kind_read_are_listed_as_passed_over(tmp_path: Path) -> None:
    """A fresh user's folder of an article, "oh.dat" and a file without a suffix: the .dat file
    was passed over without a word."""
    from core.reading.sources import iter_files, passed_over

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "flood.txt").write_text(WRAPPED, encoding="utf-8")
    (tmp_path / "news" / "flood-notes").write_text(WRAPPED.replace("north", "south"), encoding="utf-8")
    (tmp_path / "news" / "oh.dat").write_bytes(b"\x00\x01")
    (tmp_path / "news" / "deep").mkdir()
    (tmp_path / "news" / "deep" / "Scan.PDF").write_bytes(b"%PDF")
    (tmp_path / "news" / ".hidden.dat").write_bytes(b"x")  # hidden: passed over on purpose, not told
    (tmp_path / "news" / "manifest.json").write_text("{}", encoding="utf-8")  # the folder's sidecar
    folder = tmp_path / "news"
    assert [p.name for p in iter_files([folder])] == ["flood-notes", "flood.txt"]
    assert [p.name for p in passed_over([folder])] == ["Scan.PDF", "oh.dat"]
    assert passed_over([folder / "oh.dat"]) == []  # named directly, it is read (and fails on its own)


def test_a_broken_manifest_is_said_once_where_it_breaks_and_its_files_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A fresh user's folder with "{broken" in its manifest gave no article and the same line three
    # times (once a file), without saying where the JSON broke.
    from core.reading import Problem, gather
    from tui.cli import main

    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / "manifest.json").write_text("{broken", encoding="utf-8")
    for name in ("herald", "gazette", "courier"):
        (folder / f"{name}.txt").write_text(f"Quake hits Velmora\n\nA strong earthquake struck Velmora on Saturday, {name} said.\n")
    articles, errors = read_paths([folder])
    assert sorted(a.outlet for a in articles) == ["courier", "gazette", "herald"]
    assert [str(e) for e in errors] == [f"{folder / 'manifest.json'}: not a valid manifest (line 1, column 2: Expecting "
                                        "property name enclosed in double quotes); its files read without it"]
    assert [r.message for r in gather([str(folder)], fetch=None) if isinstance(r, Problem)] == [str(errors[0]).split(": ", 1)[1]]
    assert main(["links", str(folder)]) == 2  # read, and said
    out, err = capsys.readouterr()
    assert "3 articles" in out and err.count("not a valid manifest") == 1
    (folder / "manifest.json").write_text('{"files": []}', encoding="utf-8")
    assert "no object of file names" in str(read_paths([folder])[1][0]) and len(read_paths([folder])[0]) == 3


def test_add_says_a_broken_manifest_once_and_skips_none_of_its_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Trial 39 F8: `add` said "skipped .../manifest.json: ...; its files read without it" and
    # counted the manifest among the files skipped, though every file was read; and a line for
    # headline-only records read "skipped F: skipped 1 of 4 records". A broken manifest is still
    # bad input (the outlets it names are not used): exit 2.
    from tui.cli import main

    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / "manifest.json").write_text('{"files": {"herald.txt": {"outlet": "Herald"}', encoding="utf-8")
    (folder / "herald.txt").write_text("Quake hits Velmora\n\nA strong earthquake struck Velmora on Saturday, officials said.\n")
    (folder / "wire.jsonl").write_text(
        '{"title": "Quake hits Velmora", "url": "https://example.org/q"}\n'
        '{"title": "Aftershocks rattle Velmora", "text": "Aftershocks rattled Velmora on Sunday, the survey said."}\n',
        encoding="utf-8",
    )
    library = tmp_path / "lib.sqlite"
    assert main(["add", "--no-fetch", "--library", str(library), str(folder)]) == 2
    out, err = capsys.readouterr()
    lines = err.splitlines()
    manifest = [line for line in lines if "not a valid manifest" in line]
    assert len(manifest) == 1 and "skipped" not in manifest[0] and manifest[0].endswith("its files read without it")
    headline = [line for line in lines if "headline only" in line]
    assert len(headline) == 1 and headline[0].count("skipped") == 1
    assert "2 added, 0 already there, 1 skipped" in out  # the headline record; not the manifest


def test_a_page_s_picture_captions_are_its_metadata_not_its_body(tmp_path: Path) -> None:
    # A fresh user (trial 36 F16): the README said captions become metadata, and the caption of a
    # page's photo was nowhere; a teaser's picture in an aside is no caption of the report.
    body = "".join(f"<p>{t}</p>" for t in (
        "Ammonia leaked from a storage tank at the Nordkem fertiliser plant in Halvorsby on Thursday morning.",
        "About 2,500 people spent the day in school halls and a sports centre, the council said.",
        "The health authority said at least 40 people were treated in hospital for breathing problems.",
    ))
    page = tmp_path / "courier.html"
    page.write_text(
        "<html><head><title>Ammonia cloud empties estate</title></head><body><article><h1>Ammonia cloud empties estate</h1>"
        "<figure><img src='gym.jpg' alt=''><figcaption>Residents wait at the Solberg school gym.\n Photo: Per Aas</figcaption></figure>"
        f"{body}</article><aside><figure><img src='t.jpg'><figcaption>Harbour bridge repairs approved</figcaption></figure>"
        "</aside></body></html>", encoding="utf-8")
    [article], errors = read_paths([page])
    assert not errors
    assert article.captions == ("Residents wait at the Solberg school gym. Photo: Per Aas",)
    assert not any("Solberg school gym" in p for p in article.paragraphs)
    assert article.to_json()["captions"] == ["Residents wait at the Solberg school gym. Photo: Per Aas"]


def _essay_page(captions: list[str], intro: str, *, credit: str = "<span class='credit'>Photograph: Ida Example</span>") -> str:
    figures = "".join(f"<figure><img src='{n}.jpg' alt=''><figcaption><span>{c}</span> {credit}</figcaption></figure>"
                      for n, c in enumerate(captions))
    return ("<html><head><title>The last ferry of the winter</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
            f"<h1>The last ferry of the winter</h1><p class='intro'>{intro}</p>{figures}</article></main>"
            "<aside><figure><img src='t.jpg'><figcaption>Another story: the harbour bridge reopens after two years of "
            "repairs and a long row over who pays.</figcaption></figure></aside></body></html>")


ESSAY = [
    "Maren, 64, has sold tickets at the pier hut since the ferry began running. She keeps a list of every regular by name.",
    "The ferry carries up to 90 passengers and 12 cars. In the summer it makes nine crossings a day, in winter four.",
    "The council will replace it with a bridge in 2028. The pier hut will become a small museum of the crossing.",
]


def test_a_photo_essay_told_in_its_captions_keeps_them_as_its_paragraphs(tmp_path: Path) -> None:
    # A variant round's photo essay (39b-r): its words were in the captions of its pictures, which
    # are metadata elsewhere, so it read as its one-line introduction. Each caption is a paragraph
    # where the page puts it, without the picture's credit; the aside's teaser is no caption of it.
    page = tmp_path / "essay.html"
    page.write_text(_essay_page(ESSAY, "For sixty years the ferry has crossed the fjord at Ostvik. It stops in May."),
                    encoding="utf-8")
    [article], errors = read_paths([page])
    assert not errors
    assert article.paragraphs == ("For sixty years the ferry has crossed the fjord at Ostvik. It stops in May.", *ESSAY)
    assert not any("Photograph" in p or "harbour bridge" in p for p in article.paragraphs)


@pytest.mark.parametrize("credit", ["Photograph: Ida Example", "(Photo: Ida Example)", "<small class='copyright'>© Ida Example</small>"])
def test_a_photo_essay_s_captions_lose_their_credit_however_it_is_set(tmp_path: Path, credit: str) -> None:
    page = tmp_path / "essay.html"
    page.write_text(_essay_page(ESSAY, "The ferry stops in May.", credit=credit), encoding="utf-8")
    [article], _ = read_paths([page])
    assert article.paragraphs[1:] == tuple(ESSAY)


def test_a_report_longer_than_its_captions_keeps_them_as_metadata(tmp_path: Path) -> None:
    # the captions of a report that tells more than they do only show what it says
    intro = " ".join(["The ferry across the fjord at Ostvik will stop running in May after sixty years, the council said."] * 1)
    body = "".join(f"<p>{t}</p>" for t in (
        intro, "The council said a bridge would open in 2028 and cost 410 million crowns, paid by the region and the state.",
        "Regular passengers said they would miss the crossing, which takes twenty minutes and runs four times a day in winter.",
        "A petition to keep the ferry running until the bridge opens has 3,100 signatures, its organisers said on Monday.",
        "The operator said its crews would be offered jobs on other routes along the coast.",
    ))
    figures = "".join(f"<figure><img src='{n}.jpg'><figcaption>{c}</figcaption></figure>" for n, c in enumerate(ESSAY[:2]))
    page = tmp_path / "report.html"
    page.write_text(f"<html><head><title>Ferry to stop</title></head><body><article><h1>Ferry to stop</h1>{body}{figures}"
                    "</article></body></html>", encoding="utf-8")
    [article], _ = read_paths([page])
    assert not any("Maren" in p for p in article.paragraphs)
    assert article.captions == tuple(ESSAY[:2])
