"""News agencies' XML (core/reading/agency.py): NITF and NewsML (G2 and 1.x) read as articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading import read_file, sniff

NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-4.dtd">
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.4//EN">
<head>
<title>Quarry road closes for repairs</title>
<tobject tobject.type="news"><tobject.subject tobject.subject.refnum="04005000"/></tobject>
<docdata><doc-id id-string="urn:newsml:wire.example:20260411:QR-17"/><date.issue norm="20260411T081500Z"/></docdata>
<pubdata type="web" name="Dunmore Wire"/>
</head>
<body>
<body.head>
<hedline><hl1>Quarry road to close for a month</hl1><hl2>Detour through Kilbeg</hl2></hedline>
<byline>By <person>Ana Sample</person>, <byttl>Dunmore Wire Writer</byttl></byline>
<dateline><location><city>KILBEG</city></location>, <story.date norm="20260411">April 11</story.date></dateline>
<abstract><p>The quarry road will close for a month.</p></abstract>
</body.head>
<body.content>
<p>The quarry road north of Kilbeg will close for a month from Monday while its bridge is rebuilt, the county said.</p>
<media media-type="image"><media-reference source="quarry.jpg"/><media-caption>The bridge in March.</media-caption></media>
<hl2>Detour</hl2>
<p>Traffic will be sent through Kilbeg village, adding about ten minutes to the trip.</p>
</body.content>
<body.end><tagline>Reporting by Ana Sample</tagline></body.end>
</body>
</nitf>
"""

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
<header><sent>2026-04-11T10:00:00Z</sent><sender>wire.example</sender></header>
<itemSet>
<newsItem guid="urn:newsml:wire.example:20260411:PIC-3" version="1" standard="NewsML-G2">
<itemMeta><itemClass qcode="ninat:picture"/><provider literal="Agência Exemplo"/><versionCreated>2026-04-11T09:00:00Z</versionCreated></itemMeta>
<contentMeta><headline>Foto: a ponte</headline></contentMeta>
<contentSet><remoteContent href="ponte.jpg"/></contentSet>
</newsItem>
<newsItem guid="urn:newsml:wire.example:20260411:TX-4" version="2" standard="NewsML-G2" xml:lang="pt">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="Agência Exemplo"/>
<firstCreated>2026-04-11T08:40:00+01:00</firstCreated><versionCreated>2026-04-11T09:10:00+01:00</versionCreated></itemMeta>
<contentMeta>
<creator><name>Rui Modelo</name></creator>
<subject qcode="medtop:20000765"><name>transportes</name></subject>
<headline>Ponte de Vila Nova reabre ao trânsito</headline>
<dateline>VILA NOVA, 11 ABR</dateline>
<description role="drol:summary">A ponte esteve fechada dois meses.</description>
</contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
<p>A ponte de Vila Nova reabriu ao trânsito neste sábado, depois de dois meses de obras, disse a câmara.</p>
<p>Os autocarros voltam ao percurso antigo a partir de segunda-feira.</p>
</body></html></inlineXML></contentSet>
</newsItem>
</itemSet>
</newsMessage>
""".encode()

NEWSML1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML>
<NewsEnvelope><DateAndTime>20260411T090000Z</DateAndTime></NewsEnvelope>
<NewsItem>
<Identification><NewsIdentifier><PublicIdentifier>urn:newsml:wire.example:20260411:QX</PublicIdentifier></NewsIdentifier></Identification>
<NewsManagement><FirstCreated>20260411T083000Z</FirstCreated></NewsManagement>
<NewsComponent>
<NewsLines><HeadLine>Harbour fees rise in Kilbeg</HeadLine><ByLine>By Ana Sample</ByLine><CreditLine>Dunmore Wire</CreditLine></NewsLines>
<ContentItem><DataContent><nitf><body><body.content>
<p>Harbour fees in Kilbeg will rise by a fifth from May, the port board said on Saturday.</p>
<p>Fishing boats are exempt from the rise.</p>
</body.content></body></nitf></DataContent></ContentItem>
</NewsComponent>
</NewsItem>
</NewsML>
"""


def _read(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return read_file(path)


def test_nitf_headline_byline_dateline_date_and_body(tmp_path: Path) -> None:
    assert sniff("story.xml", NITF) == "agency"
    [article] = _read(tmp_path, "story.xml", NITF)
    assert article.title == "Quarry road to close for a month"
    assert article.byline == "Ana Sample"
    assert article.dateline and article.dateline.startswith("KILBEG")
    assert article.published and article.published.startswith("2026-04-11T08:15")
    assert article.outlet == "Dunmore Wire"
    assert article.paragraphs[0].startswith("The quarry road north of Kilbeg")
    assert any(p.startswith("Traffic will be sent") for p in article.paragraphs)
    text = " ".join(article.paragraphs)
    assert "urn:newsml" not in text and "04005000" not in text and "quarry.jpg" not in text
    assert "Reporting by" not in text  # the tagline of body.end


def test_newsml_g2_text_items_only(tmp_path: Path) -> None:
    assert sniff("item.xml", G2) == "agency"
    [article] = _read(tmp_path, "item.xml", G2)
    assert article.title == "Ponte de Vila Nova reabre ao trânsito"
    assert article.byline == "Rui Modelo"
    assert article.outlet == "Agência Exemplo"
    assert article.published == "2026-04-11T08:40:00+01:00"
    assert article.updated == "2026-04-11T09:10:00+01:00"
    assert article.dateline == "VILA NOVA, 11 ABR"
    assert len(article.paragraphs) == 2 and article.paragraphs[0].startswith("A ponte de Vila Nova reabriu")
    assert "medtop" not in " ".join(article.paragraphs)


def test_newsml_1_with_nitf_inside(tmp_path: Path) -> None:
    assert sniff("old.xml", NEWSML1) == "agency"
    [article] = _read(tmp_path, "old.xml", NEWSML1)
    assert article.title == "Harbour fees rise in Kilbeg"
    assert article.byline == "Ana Sample"
    assert article.outlet == "Dunmore Wire"
    assert article.published and article.published.startswith("2026-04-11T08:30")
    assert [p[:20] for p in article.paragraphs] == ["Harbour fees in Kilb", "Fishing boats are ex"]


def test_entities_are_refused(tmp_path: Path) -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<nitf><body><body.content><p>&b;</p></body.content></body></nitf>"""
    with pytest.raises(ReadError, match="entities"):
        _read(tmp_path, "bomb.xml", bomb)
