"""Plain text as a club, an association or an office issues a circular or a memo: the issuing
body's name over its number and date, the memo's header fields (To, From, Subject, Date, Ref, in
the languages memos are written in), then the body hard-wrapped at a column wider than e-mail's,
signed off under a valediction. The Subject is the title, the other fields are header (no
paragraph), the issuer signed under the valediction is the outlet, and every wrapped line of the
body is kept, joined into its paragraph whatever word it opens with."""

from __future__ import annotations

from core.reading.text import parse_text

CIRCULAR = """NORTHSEA MUTUAL HULL ASSOCIATION
NOTICE 14/2026

3 March 2026

To: All Members and Brokers
Ref: NMHA/CL/0314
Subject: Collision of MV Tern Harbour off Skarvik — pilotage and cargo claims

Members are informed that the bulk carrier MV Tern Harbour (52,000 dwt, Maltese flag, 21 crew), entered with another
Association, struck the breakwater at Skarvik at about 23:10 local time on 1 March 2026 while under
pilotage.

The harbour authority has suspended night pilotage at Skarvik until further notice. Members whose ships
are due at the port in the coming week should allow for delays of at least two days and should consult
the Association before changing their route.

Initial surveys found a breach in two forward ballast tanks. No pollution has been reported so far and
the 21 crew are unhurt.

Yours faithfully,
Northsea Mutual Hull Association
"""


def _circular() -> object:
    articles = parse_text(CIRCULAR, path="nmha_notice.txt")
    assert len(articles) == 1
    return articles[0]


def test_the_subject_field_is_the_title_and_the_header_fields_are_no_paragraphs() -> None:
    article = _circular()
    assert article.title == "Collision of MV Tern Harbour off Skarvik — pilotage and cargo claims"
    assert not any(p.startswith(("To:", "Ref:", "Subject:")) or "All Members and Brokers" in p for p in article.paragraphs)


def test_every_wrapped_line_of_a_body_wrapped_past_a_hundred_columns_is_kept_in_its_paragraph() -> None:
    article = _circular()
    assert article.paragraphs[0] == (
        "Members are informed that the bulk carrier MV Tern Harbour (52,000 dwt, Maltese flag, 21 crew), entered "
        "with another Association, struck the breakwater at Skarvik at about 23:10 local time on 1 March 2026 while under pilotage.")
    assert article.paragraphs[1].startswith("The harbour authority has suspended night pilotage")
    assert article.paragraphs[1].endswith("before changing their route.")
    assert len(article.paragraphs) == 3


def test_the_body_signed_under_the_valediction_is_the_outlet() -> None:
    article = _circular()
    assert article.outlet == "Northsea Mutual Hull Association"
    assert not any("Yours faithfully" in p for p in article.paragraphs)


def test_memo_fields_in_other_languages_are_header() -> None:
    memo = """CONSORCIO PORTUARIO DEL SUR

Para: Todos los socios
De: Departamento de Siniestros
Asunto: Varada del buque Tern Harbour en Skarvik

Se informa a los socios de que el granelero Tern Harbour varó en la bocana de Skarvik el 1 de marzo.
La autoridad portuaria ha suspendido el practicaje nocturno hasta nuevo aviso.
"""
    article = parse_text(memo, path="circular_es.txt")[0]
    assert article.title == "Varada del buque Tern Harbour en Skarvik"
    assert article.paragraphs[0].startswith("Se informa a los socios")
    assert not any(p.startswith(("Para:", "Asunto:")) for p in article.paragraphs)


def test_a_first_line_left_open_above_the_body_is_no_dropped_heading() -> None:
    # Too few lines to tell the wrap column: the first line, left open on a word the next line's
    # capitalised name goes on from, was taken for a heading above the body and dropped unseen.
    brief = """Ferry notice

The operator said on Tuesday that the evening crossing to the island would be run by another
Company, Westline Ferries, from the first of April until the end of the summer season.
"""
    article = parse_text(brief, path="notice.txt")[0]
    assert article.paragraphs[0].startswith("The operator said on Tuesday that the evening crossing")
    assert "run by another Company, Westline Ferries" in article.paragraphs[0]
