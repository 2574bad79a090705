"""A language is given by its ISO 639-1 code where the script several languages write tells it by
the letters only one of them writes (invented sentences): Arabic, Persian (پ چ ژ گ) and Urdu (ٹ ڈ ڑ
ں ے) in Arabic script; Russian (ы), Ukrainian (ї є), Bulgarian (ъ), Serbian (ђ ћ) in Cyrillic. Where
the letters tell none (a Pashto or Kazakh text, a short Cyrillic line, Devanagari), the script's
ISO 15924 code stays. Devanagari's Hindi, Marathi and Nepali are told by the words only one of them
writes."""

from __future__ import annotations

import pytest

from core.text import CASE_STEMMERS, LANGUAGE_NAMES, language_of


@pytest.mark.parametrize(("text", "code"), [
    ("أعلنت وزارة الصحة في المدينة عن تسجيل حالات جديدة من الكوليرا بعد الفيضانات التي ضربت المنطقة الأسبوع الماضي", "ar"),
    ("وزارت بهداشت روز دوشنبه اعلام کرد که شمار مبتلایان به وبا پس از سیل به پانصد نفر رسیده است و گروه‌های پزشکی به منطقه رفته‌اند", "fa"),
    ("وزارت صحت نے پیر کو بتایا کہ سیلاب کے بعد ہیضے کے مریضوں کی تعداد پانچ سو تک پہنچ گئی ہے اور طبی ٹیمیں علاقے میں بھیجی گئی ہیں", "ur"),
    ("Власти города объявили о вспышке кори после того, как были подтверждены двенадцать случаев.", "ru"),
    ("Влада міста оголосила про спалах кору після того, як було підтверджено дванадцять випадків у Києві та області.", "uk"),
    ("Властите в града обявиха огнище на морбили, след като бяха потвърдени дванадесет случая в болницата.", "bg"),
    ("Власти града су објавиле избијање морбила након што је потврђено дванаест случајева у болници, рекли су већ.", "sr"),
])
def test_a_shared_script_is_told_by_its_languages_own_letters(text: str, code: str) -> None:
    assert language_of(text) == code and code in LANGUAGE_NAMES


@pytest.mark.parametrize(("text", "code"), [
    ("روغتیا وزارت د دوشنبې په ورځ وویل چې له سیلاب وروسته د کولرا د ناروغانو شمېر پنځه سوو ته رسېدلی دی", "Arab"),  # Pashto
    ("Денсаулық сақтау министрлігі дүйсенбі күні су тасқынынан кейін тырысқақ жағдайлары бес жүзге жеткенін хабарлады.", "Cyrl"),  # Kazakh
    ("स्वास्थ्य मंत्रालय की टीमें बाढ़ वाले जिलों के गाँवों तक पहुँचीं", "Deva"),  # no word only Hindi writes
])
def test_letters_that_tell_no_listed_language_keep_the_script(text: str, code: str) -> None:
    assert language_of(text) == code and code in LANGUAGE_NAMES


def test_every_cyrillic_language_keeps_its_case_endings_read() -> None:
    # (as Cyrillic script was read before each language of it was told: by the Russian stemmer; Serbian
    # by the Serbian one, in Latin letters as its reports in Latin letters are)
    assert {CASE_STEMMERS[c] for c in ("Cyrl", "ru", "uk", "be", "bg", "mk")} == {"russian"}
    assert CASE_STEMMERS["sr"] == CASE_STEMMERS["sh"] == "serbian"


@pytest.mark.parametrize(("text", "code"), [
    ("स्वास्थ्य मंत्रालय ने सोमवार को बताया कि बाढ़ के बाद हैजे के मामलों की संख्या पाँच सौ तक पहुँच गई है", "hi"),
    ("आरोग्य मंत्रालयाने सोमवारी सांगितले की पुरानंतर कॉलराच्या रुग्णांची संख्या पाचशेपर्यंत पोहोचली आहे आणि पथके भागात पाठवली आहेत", "mr"),
    ("स्वास्थ्य मन्त्रालयले सोमबार बाढीपछि हैजाका बिरामीको संख्या पाँच सय पुगेको बताएको छ र चिकित्सा टोली पनि पठाइएको छ", "ne"),
])
def test_devanagari_is_told_by_the_words_only_one_of_its_languages_writes(text: str, code: str) -> None:
    """Trial 49 F11: a Hindi report's language was "Deva", the script's code."""
    assert language_of(text) == code and code in LANGUAGE_NAMES
