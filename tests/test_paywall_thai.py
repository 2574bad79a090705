"""A Thai paywall's lines, which no space parts into words (so no word boundary is found inside
them), are dropped: the notice for members only, the offer in baht and "already a member? log in"
(variants 46-paywall-lt-th). Thai sentences on members stay."""

from core.reading.html import parse_html
from core.reading.judge import is_paywall

REPORT = ("<p>สภาเมืองลงมติเห็นชอบแผนปิดสะพานเก่าริมท่าเรือสำหรับรถยนต์ตั้งแต่ฤดูใบไม้ผลิปีหน้า</p>"
          "<p>ตามแผนดังกล่าว รถประจำทาง จักรยาน และคนเดินเท้ายังคงใช้สะพานได้ตามปกติ</p>")
WALL = ("<div class='gate'><p>เนื้อหาส่วนนี้สำหรับสมาชิกเท่านั้น</p>"
        "<p>สมัครสมาชิกตอนนี้ สามเดือนแรกเพียง 49 บาท</p><p>เป็นสมาชิกแล้วใช่ไหม? เข้าสู่ระบบ</p></div>")


def test_thai_paywall_lines() -> None:
    assert is_paywall("บทความนี้เฉพาะสมาชิกเท่านั้น")
    assert is_paywall("สมัครสมาชิกตอนนี้ สามเดือนแรกเพียง 49 บาท")
    assert is_paywall("เป็นสมาชิกแล้วใช่ไหม? เข้าสู่ระบบ")
    assert not is_paywall("สมาชิกสภาเมืองลงมติเห็นชอบแผนใหม่เมื่อวันอังคาร")  # council members voted


def test_a_thai_page_loses_its_paywall() -> None:
    page = (f"<html lang='th'><head><meta charset='utf-8'><title>สภาเมืองปิดสะพานเก่าริมท่าเรือ | ข่าวตัวอย่าง</title></head><body>"
            f"<article><h1>สภาเมืองปิดสะพานเก่าริมท่าเรือ</h1>{REPORT}{WALL}</article></body></html>").encode()
    article = parse_html(page, source="/tmp/saphan.html")
    assert not any("สมาชิก" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2
