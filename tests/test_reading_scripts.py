"""Page furniture in the languages of other scripts (invented inputs): "read also" boxes, byline
labels, paywall notices of the Indian languages and live pages' sign-offs in Japanese, Chinese,
Arabic, Persian, Hebrew, Hindi and Thai."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading import read_paths
from core.reading.judge import is_furniture_block, is_paywall, is_signoff, word_count

HI_LEAD = "राज्य सरकार ने सोमवार को नदी पर नए पुल के निर्माण को मंजूरी दे दी।"
HI_SECOND = "अधिकारियों ने कहा कि पुल का काम अगले साल तक पूरा हो जाएगा।"


def _read(tmp_path: Path, body: str, *, lang: str = "hi", title: str = "पुल को मंजूरी") -> list:  # type: ignore[type-arg]
    path = tmp_path / "p.html"
    path.write_text(f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body><main><article><h1>{title}</h1>{body}</article></main></body></html>", encoding="utf-8")
    articles, errors = read_paths([path])
    assert not errors, errors
    return articles


@pytest.mark.parametrize(("text", "furniture"), [
    # the label and its linked headline on one line, glued or spaced
    ("اقرأ أيضا:افتتاح رصيف جديد في الميناء", True), ("أخبار ذات صلة: الميناء يستقبل السفن", True),
    ("यह भी पढ़ें: नदी पर बना नया बांध", True), ("ये भी पढ़ें:बाढ़ से सड़कें बंद", True),
    ("আরও পড়ুন: নদীতে নতুন সেতু", True), ("இதையும் படிக்க: புதிய பாலம் திறப்பு", True),
    ("یہ بھی پڑھیں: دریا پر نیا پل", True), ("همچنین بخوانید: پل تازه", True), ("קראו גם: הגשר החדש נפתח", True),
    ("【関連記事】川に新しい橋", True), ("関連記事：川に新しい橋", True), ("相关阅读：新桥通车", True),
    ("관련기사: 새 다리 개통", True), ("อ่านเพิ่มเติม: สะพานใหม่เปิดใช้", True), ("Berita terkait: Jembatan baru dibuka", True),
    ("İlgili haberler: Yeni köprü açıldı", True), ("По теме: Новый мост открыли", True), ("Читайте також: Новий міст", True),
    # ... not a report's sentences that open with the same words
    ("По теме переговоров министр сказал, что решение примут в пятницу.", False),
    ("관련 기사에 따르면 다리는 금요일까지 통제된다고 경찰이 밝혔다.", False),
])
def test_read_also_labels_in_other_scripts_are_furniture(text: str, furniture: bool) -> None:
    assert is_furniture_block(text) is furniture


def test_a_read_also_box_in_hindi_is_no_part_of_the_report(tmp_path: Path) -> None:
    box = "<div class='box'><strong>यह भी पढ़ें:</strong> <a href='/x'>नदी पर बना नया बांध</a></div>"
    [article] = _read(tmp_path, f"<p>{HI_LEAD}</p><p>{HI_SECOND}</p>{box}")
    assert article.paragraphs == (HI_LEAD, HI_SECOND)


@pytest.mark.parametrize(("lang", "heading", "paragraphs"), [
    ("ja", "関連記事", ("市は3日、川に架かる新しい橋の建設を始めると発表した。", "完成は2028年春の予定で、総事業費は約120億円となる。")),
    ("ar", "اقرأ أيضا", ("أعلنت هيئة الموانئ يوم الاثنين افتتاح رصيف جديد في الميناء الشمالي.",
                         "وقال رئيس الهيئة إن الرصيف يستوعب سفينتين كبيرتين في وقت واحد.")),
])
def test_a_read_also_heading_over_its_links_ends_the_report(tmp_path: Path, lang: str, heading: str,
                                                             paragraphs: tuple[str, str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + f"<div><h2>{heading}</h2><ul><li><a href='/x'>橋 جسر</a></li></ul></div>"
    [article] = _read(tmp_path, body, lang=lang, title="Bridge")
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize(("label", "name"), [("रिपोर्ट", "सुनील नमूना"), ("संवाददाता", "सुनील नमूना"),
                                             ("প্রতিবেদক", "রাহুল উদাহরণ"), ("செய்தியாளர்", "அருண் மாதிரி")])
def test_a_reporter_label_in_an_indian_language_opens_the_byline(tmp_path: Path, label: str, name: str) -> None:
    meta = f"<div class='meta'><span>{label}: {name}</span> | <span>पटना</span></div>"
    [article] = _read(tmp_path, f"{meta}<p>{HI_LEAD}</p><p>{HI_SECOND}</p>")
    assert article.byline == name
    assert article.paragraphs == (HI_LEAD, HI_SECOND)


@pytest.mark.parametrize("notice", [
    "यह प्रीमियम लेख है।", "पूरा लेख पढ़ने के लिए सब्सक्राइब करें। पहले महीने सिर्फ ₹1 में।",
    "पहले से सब्सक्राइबर हैं? साइन इन करें", "संपूर्ण बातमी वाचण्यासाठी सबस्क्राइब करा",
    "এটি একটি প্রিমিয়াম প্রতিবেদন", "সম্পূর্ণ প্রতিবেদন পড়তে সাবস্ক্রাইব করুন", "ஏற்கனவே சந்தாதாரரா? உள்நுழைக",
    "పూర్తి కథనం చదవడానికి సబ్‌స్క్రైబ్ చేసుకోండి", "પૂરો લેખ વાંચવા માટે સબ્સ્ક્રાઇબ કરો", "ಪೂರ್ಣ ಲೇಖನ ಓದಲು ಚಂದಾದಾರರಾಗಿ",
    "മുഴുവൻ വാർത്തയും വായിക്കാൻ സബ്സ്ക്രൈബ് ചെയ്യൂ", "ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹਨ ਲਈ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "مکمل خبر پڑھنے کے لیے سبسکرائب کریں",
])
def test_paywall_notices_in_the_indian_languages(notice: str) -> None:
    assert is_paywall(notice)


@pytest.mark.parametrize("sentence", [
    "सरकार ने कहा कि पत्रिका के सदस्यता शुल्क में कोई बदलाव नहीं होगा और नए पाठकों को छूट मिलेगी।",
    "कंपनी के प्रीमियम मॉडल की बिक्री पिछले साल बीस प्रतिशत बढ़ी, अधिकारियों ने बताया।",
])
def test_a_reports_words_on_subscriptions_in_hindi_are_no_paywall(sentence: str) -> None:
    assert not is_paywall(sentence)


def test_a_plain_hindi_paywall_is_dropped_and_the_teaser_marked(tmp_path: Path) -> None:
    wall = ("<p><strong>यह प्रीमियम लेख है।</strong></p><p>पूरा लेख पढ़ने के लिए सब्सक्राइब करें। पहले महीने सिर्फ ₹1 में।</p>"
            "<p>पहले से सब्सक्राइबर हैं? <a href='/login'>साइन इन करें</a></p>")
    [article] = _read(tmp_path, f"<p>{HI_LEAD}</p><p>{HI_SECOND}</p>{wall}")
    assert article.paragraphs == (HI_LEAD, HI_SECOND) and article.teaser


def test_a_word_of_an_indic_script_is_one_word_with_its_vowel_signs() -> None:
    assert word_count("पूरा लेख पढ़ने के लिए") == 5
    assert word_count("শেষ খবর") == 2


@pytest.mark.parametrize("line", [
    "ライブ更新はこれで終了します。最新の情報は別のページでお伝えします。",
    "本次直播到此结束，感谢您的关注。", "本日の中継を終了します。ご覧いただき、ありがとうございました。",
    "نختتم هنا تغطيتنا المباشرة، شكراً لمتابعتكم.", "شكرا لكم على المتابعة.",
    "پوشش خبری ما در اینجا به پایان می‌رسد. از همراهی شما سپاسگزاریم.",
    "אנו מסיימים כאן את הסיקור. תודה שעקבתם",
    "इसके साथ ही हम यह लाइव ब्लॉग यहीं समाप्त करते हैं।", "हमारे साथ बने रहने के लिए धन्यवाद।",
    "การรายงานสดสิ้นสุดเพียงเท่านี้ ขอบคุณที่ติดตาม",
])
def test_sign_offs_of_live_coverage_in_other_scripts(line: str) -> None:
    assert is_signoff(line, live=True)


@pytest.mark.parametrize("line", [
    "速報：試合は終了した",  # breaking news that a match ended
    "انتهت المحادثات المباشرة بين الطرفين دون اتفاق.",  # direct talks ended
    "عملیات نجات با پیدا شدن دو نفر زنده پایان یافت.",  # the rescue ended, two found alive
    "อัปเดต: ปิดถนนสุขุมวิทถึงวันศุกร์",  # update: a road closed
    "JR九州によると、九州新幹線は強風のため博多と熊本の間で運転を見合わせています。",
])
def test_updates_that_share_a_sign_offs_words_in_other_scripts_are_no_sign_off(line: str) -> None:
    assert not is_signoff(line, live=True)


def test_a_live_page_stamped_in_hours_and_minutes_of_japanese_loses_its_sign_off(tmp_path: Path) -> None:
    """Updates stamped "14時32分" (hour 時, minute 分), no <time>: a live page as any clock time
    makes one; each time stays above its update, and the sign-off on top is no lead."""
    updates = (("14時32分", "強風のため、川沿いの道路は午後から全面通行止めとなっています。"),
               ("11時48分", "市内の小中学校は午後の授業を取りやめ、児童を帰宅させました。"),
               ("9時10分", "気象台は午前9時、市内全域に暴風警報を出しました。"))
    entries = ("<div class='entry'><span class='t'>16時05分</span><p>ライブ更新はこれで終了します。</p></div>"
               + "".join(f"<div class='entry'><span class='t'>{t}</span><p>{text}</p></div>" for t, text in updates))
    [article] = _read(tmp_path, f"<div class='list'>{entries}</div>", lang="ja", title="台風 ライブ")
    assert not any("終了します" in p for p in article.paragraphs)
    assert [p for p in article.paragraphs if p not in [t for t, _ in updates]] == [text for _, text in updates][::-1]  # oldest first
    assert [text for _, text in article.subheads] == [t for t, _ in updates][::-1]
