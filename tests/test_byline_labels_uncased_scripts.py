"""Byline labels, role words and credit lines in the scripts written without capitals and in a few
more languages (invented inputs): the word for "by" before a name in Khmer, Thai, Lao and Persian,
followed by a letter of the name's script; "wrote" in Assamese; the writer's and the others' role
words of a credit line in Odia, Vietnamese and Korean ("글=NAME 기자", the reporter's role after the
name); Hausa's "Daga", a sentence's opener too, on a Hausa page only; a Persian agency named with
its word for "news agency" between a dateline's dashes."""

from __future__ import annotations

import pytest

from core.reading.html import parse_html
from core.reading.judge import Kind, byline_people, classify_line, clean_byline, language_byline, split_dateline, writing_credit
from core.text import language_of

HAUSA = ["Gwamnatin jihar ta bude sabuwar gadar kafa a garin Gwaji ranar Litinin, kuma mazauna sun yaba da matakin.",
         "Kwamishinan ayyuka ya ce an kammala aikin cikin watanni shida, amma za a kara wasu hanyoyi a shekara mai zuwa."]


@pytest.mark.parametrize(("line", "name"), [
    ("ដោយ ចន្ថា សាកល្បង", "ចន្ថា សាកល្បង"),  # Khmer
    ("โดย สมศรี ทดลอง", "สมศรี ทดลอง"),  # Thai
    ("ຂຽນໂດຍ ບຸນມີ ທົດລອງ", "ບຸນມີ ທົດລອງ"),  # Lao, "written by"
    ("به قلم سارا آزمون", "سارا آزمون"),  # Persian
])
def test_the_word_for_by_before_a_name_in_a_script_without_capitals(line: str, name: str) -> None:
    assert classify_line(line) is Kind.BYLINE
    assert clean_byline([line], line=True) == name
    assert clean_byline([line]) == name


def test_the_word_for_by_glued_to_the_next_word_opens_no_byline() -> None:
    """Khmer "ដោយសារ" (because) is "ដោយ" and more, no label: a sentence."""
    assert clean_byline(["ដោយសារ ភ្លៀង ធ្លាក់ ខ្លាំង"], line=True) is None


@pytest.mark.parametrize(("label", "name"), [
    ("লিখিছে", "অনুপম পৰীক্ষা"),  # Assamese, "wrote"
    ("تحرير:", "سلمى مثال"),  # Sindhi, written with Arabic's yeh
    ("ଲେଖକ:", "ଅନିତା ପରୀକ୍ଷା"),  # Odia, "writer"
    ("Bài:", "Trần Thị Thử"),  # Vietnamese, "report"
])
def test_an_author_elements_label_is_no_part_of_the_name(label: str, name: str) -> None:
    assert clean_byline([f"{label} {name}"]) == name


def test_a_credit_line_of_roles_in_odia_names_its_writers() -> None:
    line = "ଲେଖା: ଅନିତା ପରୀକ୍ଷା ଓ ସୁରେଶ ନମୁନା | ଫଟୋ: ଗୋପାଳ ଉଦାହରଣ | ସମ୍ପାଦନା: ଲତା ଦୃଷ୍ଟି"
    assert writing_credit(line, line=True) == ("ଅନିତା ପରୀକ୍ଷା ଓ ସୁରେଶ ନମୁନା",)
    assert classify_line(line) is Kind.BYLINE
    assert clean_byline([line], line=True) == "ଅନିତା ପରୀକ୍ଷା ଓ ସୁରେଶ ନମୁନା"  # as printed
    assert byline_people(clean_byline([line], line=True) or "") == ["ଅନିତା ପରୀକ୍ଷା", "ସୁରେଶ ନମୁନା"]
    assert writing_credit("ଫଟୋ: ଗୋପାଳ ଉଦାହରଣ", line=True) == ()  # the photographer wrote nothing


def test_vietnamese_text_and_photos_name_the_writer() -> None:
    assert writing_credit("Bài và ảnh: Trần Thị Thử", line=True) == ("Trần Thị Thử",)
    assert clean_byline(["Bài và ảnh: Trần Thị Thử"]) == "Trần Thị Thử"
    assert clean_byline(["Bài: Trần Thị Thử | Ảnh: Lê Văn Mẫu"]) == "Trần Thị Thử"


@pytest.mark.parametrize("line", ["글= 한예문 기자", "글=한예문 기자 사진=오시험 기자"])
def test_a_korean_text_credit_names_the_reporter_without_the_role(line: str) -> None:
    assert clean_byline([line]) == "한예문"
    assert clean_byline([line], line=True) == "한예문"


def test_hausa_daga_is_a_byline_on_a_hausa_page_only() -> None:
    assert language_of(" ".join(HAUSA)) == "ha"
    assert language_byline("Daga Aliyu Gwaji", "ha") == "Aliyu Gwaji"
    assert language_byline("Daga Aliyu Gwaji", "pt") is None
    assert classify_line("Daga Aliyu Gwaji", language="ha") is Kind.BYLINE
    assert classify_line("Daga cikin mutanen da suka halarci taron akwai gwamnan jihar.", language="ha") is not Kind.BYLINE


@pytest.mark.parametrize("lang", ["ha", None])
def test_a_hausa_byline_line_is_no_paragraph(lang: str | None) -> None:
    attr = f" lang='{lang}'" if lang else ""
    page = (f"<html{attr}><head><meta charset='utf-8'><title>An bude sabuwar gada</title></head><body><article>"
            "<h1>An bude sabuwar gada</h1><p>Daga Aliyu Gwaji</p>" + "".join(f"<p>{p}</p>" for p in HAUSA)
            + "</article></body></html>").encode()
    article = parse_html(page, source="x.html")
    assert article.byline == "Aliyu Gwaji"
    assert article.paragraphs == tuple(HAUSA)


def test_a_khmer_byline_line_is_no_paragraph() -> None:
    body = ["សាលាខេត្តបានប្រកាសកាលពីថ្ងៃច័ន្ទថា ស្ពានថ្មីនឹងបើកដំណើរការនៅខែក្រោយ។",
            "អាជ្ញាធរបាននិយាយថា ការងារសាងសង់នឹងបញ្ចប់ក្នុងរយៈពេលប្រាំមួយខែ។"]
    page = ("<html lang='km'><head><meta charset='utf-8'><title>ស្ពានថ្មី</title></head><body><article>"
            "<h1>ស្ពានថ្មី</h1><p>ដោយ ចន្ថា សាកល្បង</p>" + "".join(f"<p>{p}</p>" for p in body)
            + "</article></body></html>").encode()
    article = parse_html(page, source="x.html")
    assert article.byline == "ចន្ថា សាកល្បង"
    assert article.paragraphs == tuple(body)


def test_a_persian_agency_named_with_its_word_for_news_agency_closes_a_dateline() -> None:
    lead = "پل جدید شهر روز دوشنبه با حضور مسئولان استان افتتاح شد."
    assert split_dateline(f"شیراز- خبرگزاری آزمون- {lead}") == ("شیراز- خبرگزاری آزمون", lead)
    assert split_dateline(f"شیراز - خبرگزاری آزمون - {lead}") == ("شیراز - خبرگزاری آزمون", lead)
    # a phrase and a dash, the word for "agencies" in a sentence after it: no dateline
    sentence = "واکنش مردم - خبرگزاری ها گزارش دادند که پل جدید شهر روز دوشنبه افتتاح شد."
    assert split_dateline(sentence) == (None, sentence)
