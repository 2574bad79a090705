"""Direct quotations across a story: who said what, who carries it, and how the wording varies.

Read by the quotes view (core.views.quotes) and by a link's differences (core.linking.evidence:
a quotation both sides give to two people).

Only text inside quotation marks is a quotation, so a paraphrase is never shown as
one. Quotations from different articles are the same quote when their wording is
close (word-level Indel similarity), one quotes a fragment of the other (partial ratio), or
they are one person's words cut or extended apart (a long unbroken run of words in common);
the quote's text is its most common wording and its speaker the person most outlets
name, one name per person ("Mr. Blinken", "Mr Blinken", "Blinken" and "Boss Antony Blinken"
are one); the other people reports give it to are kept, since who said it is where outlets differ. A quotation of one to three words is a scare
quote ('a "working dinner"') unless its sentence says someone spoke it; the pieces of a
remark interrupted by its attribution ('"We will," she said, "and soon."') are one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from itertools import combinations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from core.groups import Groups
from core.model import Article, Ref, Span
from core.stories.words import RANKS
from core.text import process as processor
from core.text import is_stopword, quote_spans, sentence_starts, words

__all__ = ["Quotation", "Quote", "find_quotes", "is_title", "person_key", "proper_nouns", "remarks", "same_statement", "speaker_of", "tie_translations"]

#: The verbs of speech of the languages that write them in orders English does not, each
#: language's own (see :data:`_VERB` for the orders every language may use):
#: Greek, which may open a sentence with the verb, capitalised there ('Δήλωσε η δήμαρχος Ana Velde: «...»');
_VERBS_GREEK = r"(?i:δήλωσε|είπε|ανέφερε|τόνισε|πρόσθεσε|σημείωσε|υπογράμμισε|εξήγησε|δηλώνει|λέει)"
#: Arabic, which opens a sentence with the verb ('وقالت مديرة الميناء Leyla Arslan: "..."'), maybe behind
#: the conjunction "wa-" or "fa-" written on it;
_VERBS_ARABIC = r"(?:[وف]?(?:قال|قالت|صرح|صرّح|صرحت|صرّحت|أكد|أكّد|أكدت|أكّدت|أضاف|أضافت|أوضح|أوضحت))"
#: Turkish, which puts the verb last, after the quotation, its speaker before it ('Liman başkanı
#: Leyla Arslan, "..." dedi.'), maybe behind "diye" ('"..." diye konuştu'), or before the quotation
#: as "said the following" ('Leyla Arslan şunları söyledi: "..."');
_VERBS_TURKISH = r"(?:(?:şunları\s+|şöyle\s+)?(?:dedi|söyledi|açıkladı|belirtti|kaydetti|vurguladı|ifade\s+etti|konuştu))"
#: Tagalog, whose word of speech stands before the speaker as its marker "ni" does ('"...," sabi ni
#: Marco Vell'); "ayon kay" ("according to") is read as "according to" is.
_VERBS_TAGALOG = r"(?:(?:sabi|pahayag|wika)\s+ni)"
#: Indonesian and Malay, which write the verb before the speaker after a quotation as English does
#: ('"...," kata juru bicara Mira Santoro', '"...," ujar Velk'), with "-nya" for "he/she" ('"...,"
#: katanya'), and its verbs with the prefix "me-" before a quotation ('Velk mengatakan, "..."').
_VERBS_INDONESIAN = (r"(?:(?:kata|ujar|ucap|tutur|tegas|jelas|ungkap|imbuh|tambah|sebut|papar|terang)(?:nya)?|"
                     r"mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan|menambahkan|menyebutkan|berkata)")
#: Romanian, its past tense with "a" ('„...", a declarat Brask'), maybe with the pronoun after it
#: ('„...", a adăugat el': no one named, as "she added");
_VERBS_ROMANIAN = (r"(?:a\s+(?:mai\s+)?(?:declarat|spus|afirmat|adăugat|precizat|subliniat|explicat|transmis|anunțat|"
                   r"mărturisit|avertizat|insistat)(?:\s+(?:el|ea)(?=\s*[.;!?]|\s*$))?)")
#: Hungarian, after the quotation and a dash, the speaker named after it or before ('„..." –
#: mondta Renner', '„..." – mondta.'; "tette hozzá", "added").
_VERBS_HUNGARIAN = (r"(?:mondta|közölte|hangsúlyozta|nyilatkozta|fogalmazott|tette\s+hozzá|jelentette\s+ki|"
                    r"emelte\s+ki|szögezte\s+le|mondja|írta)")
#: The verbs of speech that open a sentence before the speaker and the quotation: verb, office,
#: name, a colon, the quotation (:func:`_before`, group ``v``).
_VERB_FIRST = rf"(?:{_VERBS_ARABIC}|{_VERBS_GREEK})"
#: The verbs of speech that close a sentence after the quotation, its speaker named before it:
#: name, the quotation, the verb (:func:`_after`, group ``t``).
_VERB_LAST = rf"(?:(?:diye\s+)?{_VERBS_TURKISH})"
#: The verbs of speech of the languages whose scripts write no capitals, that no capital tells a
#: name in, by language: (where the verb stands, its verbs, the mark between the speaker and the
#: verb). "first": the verb opens its clause and the speaker follows it up to a stop, a colon or
#: "that" ('قال محمد الأحمد: "..."', '"...", אמר דני כהן.'); "last": the speaker opens its clause
#: and the verb ends it ('علی رضایی گفت: «...»', 'राहुल शर्मा ने कहा', '王小明说：“...”'); "both":
#: either. (Japanese, and Arabic's or Greek's verb before a capitalised name: :func:`_before`.)
_UNCASED_VERBS: dict[str, tuple[str, str, str]] = {
    "ar": ("first", rf"{_VERBS_ARABIC}|[وف]?(?:ذكر|ذكرت|تابع|تابعت|أشار|أشارت|قال|قالت)", ""),
    "he": ("both", r"ו?(?:אמר|אמרה|אמרו|הוסיף|הוסיפה|ציין|ציינה|הסביר|הסבירה|הדגיש|הדגישה|מסר|מסרה|טען|טענה)", ""),
    "fa": ("last", r"گفت|افزود|اظهار داشت|اظهار کرد|تاکید کرد|تأکید کرد|اعلام کرد|ادامه داد", ""),
    "ur": ("last", r"کہا|بتایا|کہنا ہے", "نے"),
    "hi": ("last", r"कहा|बताया|कहना है", "ने"),
    "mr": ("last", r"म्हणाले|म्हणाल्या|सांगितले", ""),
    "zh": ("last", r"说道|說道|表示|指出|强调|強調|说|說|称|稱", ""),
    "th": ("last", r"กล่าวว่า|ระบุว่า|เผยว่า|กล่าว", ""),
}
#: A letter of the scripts with no capitals (Hebrew, Arabic, Indic, Thai, Chinese, Japanese's kana),
#: with the marks written on them and the joiner Persian writes inside words; not their stops and
#: commas ("،", "؛", "؟", "।").
_UNCASED_LETTER = ("[\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c4-\u05ea\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff"
                   "\u0750-\u077f\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\u200c]")
#: A word of a speaker's name in those scripts.
_UNCASED_WORD = f"{_UNCASED_LETTER}+"
#: The most words of a speaker's name, with its office, where no capital bounds it.
UNCASED_NAME_WORDS = 5
#: The most characters of such a name written with no spaces (Chinese, Thai: "王小明", an office with it).
UNCASED_RUN = 6
#: A name in Latin letters glossed in brackets after a name in another script: 'ميرا سانتورو (Mira
#: Santoro)', '미라 산토로(Mira Santoro)'. It is the name shown for the speaker.
_GLOSSED = r"\s?\((?P<g>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\)"
#: The pronouns that may stand where the speaker does (the speaker named before: :data:`_BY_PRONOUN`).
_UNCASED_PRONOUNS = frozenset(
    "הוא היא הם הן او وی آنها ایشان ما من उन्होंने उसने मैंने हमने वह वे انہوں اس 他 她 他们 她們 他們 她们 我们 我們 我 他说 เขา".split()
)
#: What ends a speaker's name after a verb that opens its clause: a stop, a colon, a comma, "that"
#: (Arabic "إن", "أن"; Hebrew "ש" is written on the next word), a quotation's mark, or the end.
_UNCASED_END = r"(?=\s*(?:[.:،,؛!?؟\"“”«»„]|\s(?:إن|أن|ان|כי)\s|$))"


def _uncased(order: str) -> str:
    """The verbs of :data:`_UNCASED_VERBS` of the languages with the verb in *order* ("first",
    "last"), with their marks before the verb for "last", as one alternation."""
    return "|".join(
        (rf"(?:(?:{mark})\s+)?(?:{verbs})" if mark else rf"(?:{verbs})")
        for where, verbs, mark in _UNCASED_VERBS.values() if where in (order, "both"))


#: An uncased speaker after a quotation: the verb, then the speaker ('"...", אמר דני כהן.'), or the
#: speaker, then the verb ('"...", علی رضایی گفت.', '"..."王小明说。').
_UNCASED_AFTER = re.compile(
    rf"^[^\w{_UNCASED_LETTER[1:-1]}]{{0,3}}\s*(?:(?:{_uncased('first')})\s+(?P<f>{_UNCASED_WORD}(?:\s+{_UNCASED_WORD}){{0,{UNCASED_NAME_WORDS - 1}}})(?:{_GLOSSED})?{_UNCASED_END}"
    rf"|(?P<l>{_UNCASED_WORD}(?:\s+{_UNCASED_WORD}){{0,{UNCASED_NAME_WORDS - 1}}}?)\s*(?:{_uncased('last')})(?=\s*(?:[.،,؛!?؟।。，]|$)))"
)
#: An uncased speaker before a quotation, in the words of its sentence before it: the verb, the
#: speaker, a colon ('قال محمد الأحمد: "', 'وقال محمد الأحمد إن "'), or the speaker opening its
#: clause, the verb ('علی رضایی گفت: «', 'राहुल शर्मा ने कहा, "', '王小明说：“').
_UNCASED_BEFORE = re.compile(
    rf"(?:^|(?<=[\s.،,؛:!?؟]))(?:{_uncased('first')})\s+(?P<f>{_UNCASED_WORD}(?:\s+{_UNCASED_WORD}){{0,{UNCASED_NAME_WORDS - 1}}}?)"
    rf"(?:{_GLOSSED})?\s*(?:\s(?:إن|أن|ان|כי)\s*)?[:،,]?\s*$"
    rf"|(?:^|(?<=[.،,؛:!?؟।。，：]))\s*(?P<l>{_UNCASED_WORD}(?:\s+{_UNCASED_WORD}){{0,{UNCASED_NAME_WORDS - 1}}}?)\s*(?:{_uncased('last')})"
    r"\s*[:،,：，]?\s*$"
)


def _uncased_speaker(match: re.Match[str] | None) -> str | None:
    """The speaker an :data:`_UNCASED_AFTER` or :data:`_UNCASED_BEFORE` *match* names (the name
    glossed in Latin letters after it where there is one), :data:`_BY_PRONOUN` for a pronoun, or None."""
    if match and match["g"]:
        return match["g"]
    who = " ".join((match["f"] or match["l"] or "").split()) if match else ""
    if not who or " " not in who and len(who) > UNCASED_RUN:
        return None  # (a clause written with no spaces, "发言人在记者会上": no name bounded)
    return _BY_PRONOUN if who in _UNCASED_PRONOUNS else _without_arabic_office(who)


#: An Arabic office that opens a speaker's words before the name, maybe definite or feminine:
#: "الرئيس", "رئيس", "المتحدث", "الناطق", "وزير", "مدير", "نائب", "محافظ", "قائد", "سفير".
_ARABIC_OFFICE = re.compile(r"(?:ال)?(?:رئيس|متحدث|ناطق|وزير|مدير|نائب|محافظ|قائد|سفير|عمدة|مستشار)ة?")
#: A word that goes on an Arabic office rather than name the person: a definite word (its
#: qualifier or its body, "التنفيذي", "الصحة", "للشركة", "بالشركة"), "عام" ("general": "مدير عام
#: الشركة") or "باسم" ("on behalf of").
_ARABIC_OFFICE_WORD = re.compile(r"(?:[وبل]?ال|لل)\S+|باسم|عامة?")


def _without_arabic_office(who: str) -> str:
    """*who*, an uncased speaker's words, without the Arabic office and its body they open with
    (:data:`_ARABIC_OFFICE`, then :data:`_ARABIC_OFFICE_WORD` words): "توماس هايدرون" of "الرئيس
    التنفيذي للشركة توماس هايدرون", "أحمد سالم" of "المتحدث باسم الشرطة أحمد سالم". *who* as it is where
    it opens with no office or names nobody after it."""
    tokens = who.split()
    if not tokens or not _ARABIC_OFFICE.fullmatch(tokens[0]):
        return who
    rest = 1
    while rest < len(tokens) and _ARABIC_OFFICE_WORD.fullmatch(tokens[rest]):
        rest += 1
    return " ".join(tokens[rest:]) or who


#: Words that say "according to" before a speaker: English's, Tagalog's ("ayon kay" of a person,
#: "ayon sa" of a body) and Indonesian's ("menurut").
#: The other languages' words read as "according to": Spanish, Portuguese, French, Italian,
#: Dutch, Swedish, Polish, Czech ("según su portavoz, Mara Lenk", "volgens minister Voss").
_ACCORDING = (r"(?:[Aa]ccording\s+to|[Aa]yon\s+(?:kay|sa)|[Mm]enurut|"
              r"[Ss]egún|[Ss]egundo|[Ss]elon|[Ss]econdo|[Vv]olgens|[Ee]nligt|[Ww]edług|[Pp]odle)")

#: Words that attribute speech, in the past and the present ("explains", "insists", as features
#: write); "shared" of words, not of a thing ("shared a photo").
_VERB = (
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|noted|notes|stated|states|declared|declares|asked|"
    r"posted|posts|insisted|insists|warned|warns|urged|urges|explained|explains|replied|replies|continued|continues|"
    r"recalled|recalls|argued|argues|announced|announces|tweeted|tweets|"
    # the verbs of speech of the other languages a report is read in, as a quotation's attribution
    # after it uses them: German, French, Spanish, Portuguese, Italian, Dutch, Nordic
    r"sagte|sagt|erklärte|erklärt|betonte|betont|warnte|warnt|meinte|meint|versicherte|ergänzte|unterstrich|"
    r"(?:a )?(?:dit|déclaré|affirmé|expliqué|ajouté|souligné|estimé|indiqué|assuré|averti|précisé|lancé|répondu|confié|"
    r"répété|rappelé|insisté|martelé|reconnu|poursuivi|confirmé|annoncé|commenté|regretté|raconté|prévenu)|"
    r"déclare|explique|ajoute|souligne|estime|"
    r"dijo|afirmó|declaró|explicó|aseguró|señaló|añadió|agregó|subrayó|indicó|advirtió|manifestó|sostuvo|comentó|"
    r"disse|afirmou|declarou|(?:ha )?(?:detto|dichiarato|spiegato)|zei|zegt|verklaarde|"
    r"sade|säger|sier|siger|sagde|aldus|sanoi|sanoo|kertoi|totesi|"
    # Polish, Czech and the Cyrillic languages (Russian, Ukrainian, Belarusian, Bulgarian,
    # Serbian), whose past tense says the speaker's gender ("oceniła", "řekla", "заявила", "рекао")
    r"powiedział|powiedziała|ocenił|oceniła|dodał|dodała|stwierdził|stwierdziła|oświadczył|oświadczyła|"
    r"podkreślił|podkreśliła|zaznaczył|zaznaczyła|"
    r"řekl|řekla|uvedl|uvedla|prohlásil|prohlásila|dodal|dodala|zdůraznil|zdůraznila|"
    r"сказал|сказала|заявил|заявила|отметил|отметила|добавил|добавила|подчеркнул|подчеркнула|сообщил|сообщила|"
    r"пояснил|пояснила|сказав|заявив|зазначив|зазначила|додав|додала|наголосив|наголосила|"
    r"сказаў|заявіў|заявіла|каза|заяви|добави|посочи|рекао|рекла|изјавио|изјавила|додао|"
    rf"{_VERBS_GREEK}|{_VERBS_ARABIC}|{_VERBS_TURKISH}|{_VERBS_TAGALOG}|{_VERBS_INDONESIAN}|{_VERBS_ROMANIAN}|{_VERBS_HUNGARIAN}|"
    r"(?:shared|shares)(?!\s+(?:(?:a|an|the|his|her|their|its|some)\s+)?(?:photos?|images?|videos?|pictures?|clips?|links?|selfies?)\b))"
)
#: The verbs of :data:`_VERB` whose object is no speaker but an audience ("told the chair, ...").
_SUBJECT_VERB = rf"(?!(?:told|tells|asked|urged|urges|warned|warns|replied|replies)\b){_VERB}"
#: The first letter of a name's word: a capital, Latin or Greek ("Γιώργος Ανδρίκος").
_UPPER = r"A-ZΑ-ΩΆΈΉΊΌΎΏА-ЯЁЄІЇҐЎЂЈЉЊЋЏ"
#: A named speaker: capitalised words, maybe after a title ("Mr.", "Dr") or joined by a particle
#: ("von der", "du", "des", an elided "de l'": "Conseil général de l'Ain" is one body's name);
#: a weekday after them is when, not who ("said detective Joe Coffey Monday").
_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|Lt|Col|Capt|Sgt|St)\.?\s+"
    # a title of address written lowercase, with its full stop, maybe behind an elided article:
    # the Italian lawyer's "avv." ("l'avv. Mario Rossi"), "dott.", the Dutch lawyer's "mr.", "drs."
    r"|(?<![\w'’.])(?:[lL]['’])?(?:avv|dott|dott\.ssa|mr|drs|ir|ing|prof|dr)\.\s+(?=[A-Z]))?"
    rf"[{_UPPER}][\w'’.-]+(?:\s+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[dl]['’])?[{_UPPER}][\w'’.-]+"
    r"|of|de|di|da|del|della|der|du|des|do|dos|das|al|bin|van|von|la|le))*"
)
#: Words before a name that say what the person is, not who: dropped to compare names
#: ("Secretary of State Antony Blinken", "Mr. Blinken" and "Blinken" are one person).
#: The offices among them name nobody by themselves ("said the Secretary"); the other words
#: may be a surname too ("Farmer said" of Msgr. Farmer, "King said" of Billy King).
#: Indonesian and Malay write the body after the office ("Komisaris Polisi Darius Velk", "Kepala
#: Polisi"): "polisi" there is the office's, as "police" of "police chief"; "juru bicara" is a spokesperson.
#: Greek writes the portfolio after the office, in the genitive and capitalised ("ο υπουργός
#: Ενέργειας Χάλβαρντ Ρένκο", the Energy Minister): those genitives are in :data:`_TITLES`, as "energy" is.
_OFFICES = frozenset(
    """
    mr mrs ms miss dr prof professor sen senator rep representative gov governor mayor president
    vice prime minister secretary chancellor premier ambassador chairman chairwoman director
    commissioner spokesman spokeswoman spokesperson chief capt lt lieutenant officer
    councillor councilor attorney prosecutor assistant acting interim const
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin ministerin kanzler kanzlerin
    präsident präsidentin sprecher sprecherin polizeisprecher polizeisprecherin landrat landrätin
    premierminister premierministerin ministerpräsident ministerpräsidentin regierungschef regierungschefin
    kommissar kommissarin commissaire comisario comisaria commissario commissaria comissário comissária
    maire ministre président présidente porte-parole préfet préfète alcalde alcaldesa ministro ministra
    presidente presidenta portavoz prefeito prefeita porta-voz sindaco sindaca burgemeester woordvoerder
    borgmester borgmästare ordfører ordförande statsminister talsperson vd direktör direktør
    pressekretær presssekreterare toimitusjohtaja johtaja tiedottaja ministeri pääministeri pormestari
    puheenjohtaja υπουργός υφυπουργός πρόεδρος διευθυντής διευθύντρια εκπρόσωπος δήμαρχος
    vorsitzender vorsitzende stellvertretender stellvertretende direktor direktorin leiter leiterin
    geschäftsführer geschäftsführerin directeur directrice secrétaire director directora secretario
    secretaria diretor diretora secretário secretária direttore direttrice segretario segretaria
    başkan başkanı müdür müdürü bakan bakanı sözcü sözcüsü vali valisi kaptan kaptanı
    alkalde kalihim tagapagsalita punong
    komisaris kepala juru menteri presiden gubernur walikota bupati jenderal jubir ketua direktur
    polisi inspektur brigadir ajun
    directorul directoarea ministrul primarul primărița președintele președinta purtătorul șeful șefa
    prefectul guvernatorul polgármester polgármestere miniszter szóvivő szóvivője igazgató igazgatója
    elnök elnöke vezérigazgató vezérigazgatója глава министр мэр губернатор президент директор
    председатель представитель прем'єр міністр голова речник
    """.split()
) | RANKS
_TITLES = _OFFICES | frozenset(
    """
    sir dame lord lady gen general chair king queen prince princess pope captain
    colonel col foreign state central bank interior defence defense finance trade health home
    solicitor lawyer coach manager ceo head leader st saint executive counsel financial operating
    analyst economist founder partner strategist associate senior former
    commerce treasury agriculture energy education labor labour transport transportation
    survivor witness eyewitness bystander resident neighbour neighbor passenger commuter driver
    victim student teacher nurse doctor paramedic firefighter farmer owner shopkeeper worker
    engineer activist volunteer rescuer organiser organizer fan player striker midfielder defender
    goalkeeper veteran historian author journalist reporter photographer
    boss tycoon millionaire billionaire entrepreneur businessman businesswoman pensioner
    widow widower mum mother mom dad father grandmother grandfather gran grandma grandad granny
    star actor actress singer presenter campaigner landlord landlady tenant hero schoolgirl schoolboy
    master commander première premier primer primera primeiro primeira
    ενέργειας υγείας εξωτερικών εσωτερικών οικονομικών άμυνας παιδείας μεταφορών δικαιοσύνης
    ανάπτυξης εργασίας τουρισμού πολιτισμού περιβάλλοντος προστασίας
    ministr ministryně ministra ministerka inżynier inżynierka inženýr inženýrka ingenjör ingeniero ingeniera
    ingénieur ingénieure ingenieur ingegnere engenheiro engenheira
    """.split()
)
#: Titles of address written before a name, in the languages a report is read in: the French
#: lawyer's "Me"/"Mᵉ"/"Maître", "Mgr", "Pr", the Italian "avv."/"dott.", the German "RA"
#: (Rechtsanwalt), the Dutch lawyer's "mr." and "drs.", the Spanish "Sr."/"Dra.". They say what
#: the person is, not who ("Me Duvarre" is the "Hélène Duvarre" named before), as "Mr" and "Dr"
#: do; kept out of :data:`_TITLES` and :func:`is_title`, whose words are looked for in running
#: text ("told me Friday"): only a name's words are read for them (:func:`_bare`).
_HONORIFICS = frozenset(
    """
    me mᵉ maître maitre mgr msgr pr dott dottor dottore dott.ssa dottoressa avv avvocato avvocata
    ing ra rechtsanwalt rechtsanwältin drs ir dhr mevr sr sra srta dra lic herr frau
    """.split()
)
#: A German compound that names an office ("Regierungschefin", "EU-Kommissar",
#: "Außenministerin", "Vizekanzler", "Gewerkschaftsvorsitzender"), lower-cased: it says what the person is;
#: a Nordic one too, maybe with its definite ending ("inrikesminister", "inrikesministern", "finansministeren").
_OFFICE_ENDS = r"(?:(?:minister|kommissar|präsident|sprecher|kanzler|chef|leiter)(?:in)?|vorsitzender?)"
_OFFICE_COMPOUND = re.compile(rf"(?!admin)[\w-]{{3,}}{_OFFICE_ENDS}(?:n|en)?")
#: A family descriptor a tabloid puts before a name: "Mum-of-two Jenna Platt", "father-of-three".
_FAMILY = re.compile(r"(?:mum|mother|mom|dad|father|grandmother|grandfather|gran|grandad|granny|nan)-of-[a-z]+")


def is_title(word: str) -> bool:
    """Whether *word*, lower-cased, says what a person is, not who (see :data:`_TITLES`): one of
    them, a hyphenated compound of two words of which one is ("secretary-general", "co-founder"),
    a family descriptor or a German compound of an office."""
    if word in _TITLES or _FAMILY.fullmatch(word) or _OFFICE_COMPOUND.fullmatch(word):
        return True
    parts = word.split("-")
    return len(parts) == 2 and any(part in _TITLES for part in parts)


#: One of them, maybe a hyphenated compound of one ("secretary-general", "deputy-chair",
#: "co-founder": see :func:`is_title`).
_TITLE_WORD = "(?:(?:[a-z]+-)?(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")(?:-[a-z]+)?(?![\w-]))"
#: A capitalised word of an office (:func:`is_title`): "Première" of "la Première ministre
#: maltaise, Elena Farrugia", "Regierungschefin", "Comisario".
_CAP_OFFICE = rf"(?:(?i:{_TITLE_WORD})|[A-ZÄÖÜ][\w-]{{2,}}{_OFFICE_ENDS})\b"
#: An office word that opens a role, not a name: followed by a lowercase word that is no particle
#: of a name ("Première ministre", not "Secretary of State Antony Blinken").
_OPENS_ROLE = rf"{_CAP_OFFICE}\s+(?!(?:of|de|da|del|der|al|bin|van|von|la|le)\b)[a-zà-ÿ]"
#: A word that joins an office to what it is of, inside a role: "the minister of health", "o
#: ministro da Saúde", "la ministre de la Santé", "il ministro della Salute" (not the first word
#: of a role: "said of the plan"); capitalised words after it are the role's only where a comma
#: closes the role (:data:`_ROLE_BODY`: "da Saúde, Tomas Reyland"; "the head of the Arle Valley
#: Water Board, Ines Varga" stays the name's).
_ROLE_PARTICLE = r"(?<=\w\s)(?:of|de|di|da|do|del|della|dos|das|du|des|la)"
#: The capitalised name a role is of, closed by the comma before the speaker's name: "Saúde" of
#: "o ministro da Saúde, Tomas Reyland", "Norvalis Air" of "o presidente da Norvalis Air, Tomas
#: Heidrun" (an organisation's name of several words, as a place's).
_ROLE_BODY = r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[A-ZÀ-Ý][\w'’&.-]*){0,3}(?=,)"
#: The first letter of a word that is no name: lowercase in a script with case (Latin, Greek), any
#: letter of one without (Arabic: a name read there is one in Latin letters).
_LOWER = r"a-zà-ÿα-ωάέήίόύώϊϋΐΰа-яёєіїґўђјљњћџ\u0621-\u064a"
#: A word that may describe a speaker, lowercase or an office: "said mayor Ana Lima", "said the
#: city's fire chief Tom Reyes", "said the company's boss, Margaret Ellery", "a déclaré la
#: Première ministre maltaise, Elena Farrugia". Words that start a time or place ("on", "in")
#: are no role.
_ROLE_WORD = (
    rf"(?:{_ROLE_PARTICLE}\s+(?:(?:the|la|le|les)\s+)?(?!(?:the|la|le|les)\s)(?:[a-zà-ÿ][\w'’-]*|{_ROLE_BODY})|"
    r"(?!(?:on|in|at|to|that|this|after|before|during|when|while|as|and|but|of|by|from|with|for|"
    rf"it|he|she|they|we|there|then|later|earlier|today|yesterday)\b|{_ROLE_PARTICLE}\s+(?:(?:the|la|le|les)\s+)?{_ROLE_BODY}"
    # nor a verb of speech: 'Dr. Helena Sarkis told Coastline News. She said' is no organisation,
    # a role "told" in it and a speaker "Coastline News" (a tester's quote got the outlet as a rival speaker)
    rf"|{_VERB}\b)(?:[{_LOWER}][\w'’-]*|{_CAP_OFFICE}))"
)
#: Up to four of them before the name, maybe after an article, in the languages whose verbs of
#: speech :data:`_VERB` reads ("dijo la jefa regional de bomberos, Maren Holt").
_ARTICLE = (r"(?:the|a|an|its|their|his|her|o|os|la|el|los|las|le|les|il|lo|der|die|das|het|ο|η|το|οι|τα|του|της|"
            # the other languages' possessives, which open a role as "its" does ("su portavoz", "son porte-parole")
            r"su|sus|son|sa|ses|sua|seu|suo|zijn|haar|hun|sein|seine|ihr|ihre)")
#: Whose the role is, a name in the possessive: "the Tender Board's chair Pia Vastad".
_POSSESSOR = r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w.-]*['’]s\s+"
#: An Arabic word for a body, which opens no person's role: the Latin name after it
#: ('سلطة ميناء Velmira', "the Velmira Port Authority") is the body's place, as a construct
#: ('idafa') joins them with no "of".
_ARABIC_BODY = r"(?:ال)?(?:سلطة|وزارة|شرطة|هيئة|شركة|مجلس|حكومة|مكتب|وكالة|نقابة|جامعة|محكمة|إدارة|مديرية|جمعية|منظمة|بلدية)"
_ROLE = (
    rf"(?!{_ARABIC_BODY}\s)(?:{_ARTICLE}\s+)?(?:{_POSSESSOR})?"
    rf"(?:{_ROLE_WORD}\s+){{0,4}}?"
)
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)"
#: The pronouns of the other languages :data:`_VERB` reads, after the verb of speech ('„...",
#: sagte sie', '« ... », dit-il', '« ... », a-t-elle ajouté', Indonesian '"...," kata dia').
_PRONOUN_AFTER = r"(?:[\s-]+(?:er|sie|il|elle|ils|elles|ella|él|lei|lui|hij|zij|ze|dia|ia|beliau|mereka)|-t-(?:il|elle|ils|elles)(?:\s+\w+)?)"
#: Words that say a speaker called something what the quotation says: 'Vallgren called the deal
#: "..."', in the languages :data:`_VERB` reads.
_CALLED = (
    r"(?:described|called|calificó|describió|llamó|definió|(?:a )?(?:salué|qualifié|décrit|évoqué|parlé d[e'’])|"
    r"bezeichnete|nannte|sprach\s+von|(?:ha )?definito|descreveu|classificou|chamou)"
)
#: A word that may stand between a speaker and the verb: "Coles also said", "Lima later told".
_ADVERB = r"(?:(?:also|later|then|again|earlier|previously|separately|repeatedly|initially|further)\s+)?"
#: An aside after the name, or an age and maybe one more: "Ana Lima, the mayor, said",
#: "Jenna Platt, 34, from Salford, said". (Two asides of any kind would take "The German
#: Chancellor, Angela Merkel, fighting accusations, said" for the chancellor's name.)
_APPOSITION = r"(?:,\s+[^,\"“”]{1,60},|,\s+\d{1,3}(?:,\s+[^,\"“”]{1,60})?,)?"
#: An organisation's name and a role in it before a person's name: "said Skerry Lines chief
#: executive Nils Aronsen" names Aronsen, not Skerry Lines. The role closes on a word of
#: :data:`_TITLES` ("spokeswoman", "executive", "harbour master"), so "said Ana Lima outside
#: Parliament" names Ana Lima.
_ORG_ROLE = rf"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*\s+(?:[a-z][\w'’-]*\s+){{0,2}}{_TITLE_WORD}\s+(?=[A-Z]))?"
#: The same, the organisation's name taken: what a story shows to be an organisation, though
#: its name does not say so ("Skerry Lines"). Not a possessive: "Horvat's campaign spokesman"
#: may speak for a person.
_EMPLOYER = re.compile(rf"(?P<org>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)(?<![’'])(?<![’']s)\s+(?:[a-z][\w'’-]*\s+){{0,2}}{_TITLE_WORD}\s+[A-Z]")
#: The body a speaker is of, after their name: "Janet Example of the Harbour Nurses' Union told the
#: Gazette: ..." (the person speaks, as a member of it; a name of two words or more, else the body
#: speaks: "Officials of the Port Authority said"); "Inżynier Ilse Varga z Politechniki w Kalvik
#: oceniła:" in the other languages' words for "of" and "in". ``{group}`` names the body's group.
_OF_BODY = (r"\s+(?:of|from|at|z|ze|från|fra|aus|uit)\s+(?:the\s+)?"
            # (the body's words, maybe with its place: "z Politechniki w Kalvik", "of the Harbour Union in Kessra")
            r"(?P<{group}>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|&|in|w|we|v|ve|i))*)")
#: The outlet or person a speaker spoke to, between the verb of speech and the speaker, as the
#: Romance languages write it: '«...», ha detto al Corriere il dottor Ettore Rinaldi', '«...», a
#: dit à l'AFP le maire Jean Roux', '"...", dijo a EFE el alcalde Juan Soto' (a preposition, an
#: article, all its capitalised words): the speaker is the one after it, not the outlet.
#: A capitalised title of address, which opens the speaker's name, not the outlet's ("à l'AFP Me
#: Paul Lenoir").
_ADDRESS = r"(?:Mr|Mrs|Ms|Dr|Prof|Me|Mᵉ|Maître|Mgr|Pr|Avv|Dott|RA|Sr|Sra|Dra)\.?"
_TO = r"(?:to|al|alla|allo|ai|agli|alle|à|au|aux|ao|à|aos|às|a)"
_ADDRESSEE = rf"{_TO}\s+(?:(?:the|la|le|el|il|lo|l['’])\s*)?[A-Z][\w'’.&-]*(?:\s+(?!{_ADDRESS}\b)[A-Z][\w'’.&-]*)*+\s+"
#: An addressee with no one after it ('«...», ha detto al Corriere.'): no speaker there ("a"
#: is no preposition here, an English article: "said a Reuters reporter").
_TO_ONLY = rf"(?!(?!a\s){_TO}\s+(?:(?:the|la|le|el|il|lo|l['’])\s*)?[A-Z])"


# The four largest patterns of this module are compiled on first use, each by a cached function:
# at import they took a quarter of a second of every process that imports linking (the reader's
# first frame, `newsprism --help`), quoting or not.
@cache
def _after() -> re.Pattern[str]:
    """The attribution that follows a quotation ('"...," said Jon Strand'): the speaker in the named
    group of the alternative that matched (``g`` ... ``k``, each told in the comment above it).

    Compiled on first use (a sixth of a second: a command that quotes no one never pays it)."""
    return re.compile(
        # "said the company's boss, Margaret Ellery", "said the Tender Board's chair, Pia Vastad":
        # the role, a comma, the name (before a name that is the role's organisation, "Tender Board's")
        # (after the closing mark, up to three marks more: Russian sets its verb off by a comma and a
        # dash, '«...», — сказал Пётр Волков')
        rf"^[\"”’'»」』]?\W{{0,3}}\s*(?:{_VERB}\s+{_ROLE}{_ROLE_WORD},\s+(?P<g>{_NAME})"
        # "sagte die Vorsitzende der Vergabekammer, Pia Vastad": a role opening with an article, of
        # any words but those of a clause, then the name (a verb of speech with an object, "told the
        # board's chair, Pia Vastad", has an audience there)
        rf"|{_SUBJECT_VERB}\s+{_ARTICLE}\s+(?:[^\s,;:.!?\"“”„«»]+\s+){{0,7}}?[^\s,;:.!?\"“”„«»]+,\s+(?P<h>{_NAME})(?=\s*(?:[,.;:!?)]|$))"
        rf"|{_VERB}\s+(?:{_ADDRESSEE}(?={_ROLE}{_ORG_ROLE}(?!{_OPENS_ROLE}){_NAME})|{_TO_ONLY})"
        rf"{_ROLE}{_ORG_ROLE}(?!{_OPENS_ROLE})(?P<a>{_NAME})"
        rf"|{_ACCORDING}\s+{_ROLE}(?:{_ROLE_WORD},\s+)?(?P<d>{_NAME})"
        # "Halvorsen general counsel Robert Achterberg said": an organisation's name, a role, the name
        rf"|(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*\s+(?=[a-z]))?{_ROLE}(?P<b>{_NAME})(?:{_APPOSITION}|{_OF_BODY.format(group='of')})"
        rf"\s+{_ADVERB}(?:{_VERB}|has said|had said)"
        # "a company spokesman, Daniel Okafor, said": the role, then the name set off by commas; the
        # role may say where ("the mayor of Celorico de Basto, Joaquim Teixeira, told the Tribune")
        rf"|(?:(?:the|a|an|its|their|his|her)\s+)?(?:{_POSSESSOR})?(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*"
        rf"(?:\s+(?:of|for|in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:de|do|da|dos|das|del|of|the|and|[A-Z][\w'’.-]*))*)?"
        rf",\s+(?P<f>{_NAME}),\s+(?:{_VERB}|has said|had said)"
        # "she said", "sagte sie", "dit-il"; a verb alone, its subject told before ('"...", dijo.')
        # the verb last, its speaker named before the quotation (Turkish: :data:`_VERB_LAST`)
        rf"|(?P<t>{_VERB_LAST})(?=\s*[.;!?]|\s*$)"
        # (or the verb and an audience in small letters, where a language drops the pronoun: '«...»,
        # ha detto ai giornalisti.', '"...", dijo a los periodistas.'; not English's "said a spokesman")
        rf"|(?P<p>{_PRONOUN}\s+{_VERB}|{_VERB}\s+{_PRONOUN}|(?:{_VERB}|a|dit|ajoute){_PRONOUN_AFTER}|{_VERB}(?=\s*[.;!?]|\s*$)"
        rf"|{_VERB}\s+(?:(?!a\s){_TO}|a(?=\s+(?:los|las|la|el|os|as|o)\s))\s+(?:[{_LOWER}][\w'’-]*\s+){{0,2}}[{_LOWER}][\w'’-]*(?=\s*[.;!?]|\s*$)))\b"
        # Japanese: 「...」と述べた (the speaker named before it)
        r"|^[」』]?\s*と(?P<j>(?:述べ|語っ|話し|強調し|説明し|言っ|指摘し|訴え|明かし|発言し))"
        # Korean: "..."고 말했다, "..."라고 밝혔다, "..."며 (the speaker named before it: :data:`_KOREAN_SPEAKER`)
        r"|^[\"”’'」』]?\s*(?:이?라)?(?P<k>고\s*(?:말했|밝혔|강조했|덧붙였|설명했|주장했|전했|지적했|말한|했)|며(?=[\s,]))"
    )


#: A stop right after a quotation's closing mark, and a space: its sentence ends there.
_SENTENCE_ENDS = re.compile(r"^[\"“”’'«»」』)\]]*[.!?]+\s")
#: Words that hand over to someone else's words: a long run holding one is not the speaker's.
_HANDOVER = rf"(?:{_VERB}|saying|stating|adding|telling|writing|quoting|spokesman|spokeswoman|spokesperson|official|officials)"


@cache
def _before() -> re.Pattern[str]:
    """The attribution that leads into a quotation ('Jon Strand said: "..."'): the speaker in the
    named group of the alternative that matched (``q``, ``c``, ...). Compiled on first use."""
    return re.compile(
        rf"(?:(?P<q>\b{_PRONOUN}\s+(?:{_VERB}|{_CALLED}))(?:\s+[\w'’-]+){{0,8}}?"
        # (the aside may be the name, after a role: "The mayor of Lisbon, Ana Lima, said:", "El
        # comisario europeo de Pesca, Henrik Vallgren, calificó el acuerdo de")
        rf"|(?P<c>{_NAME})(?:,\s+(?P<aside>[^,\"“”]{{1,60}}),|,\s+\d{{1,3}}(?:,\s+[^,\"“”]{{1,60}})?,|{_OF_BODY.format(group='body')})?,?\s+{_ADVERB}"
        rf"(?:{_VERB}|has said|had said|{_CALLED}(?:\s+{_NAME},\s+[^,\"“”]{{1,60}},)?)"
        # what they said it about, then the quotation: a longer run if a colon ends it and no one
        # else speaks in it ('Jenna Platt said her fryer began smoking while she was cooking: "..."',
        # not 'Obama stated that he opposed the rule changes, with a spokesman stating: "..."')
        rf"(?:(?:\s+[\w'’-]+){{0,8}}?|(?:\s+(?!{_HANDOVER}\b)[\w'’-]+){{9,20}}?(?=\s*:))"
        rf"|{_ACCORDING}\s+{_ROLE}(?P<e>{_NAME})(?:\s+\w+){{0,3}}?"
        # the verb first, then an office, the name, a colon (Arabic, Greek: :data:`_VERB_FIRST`)
        rf"|(?<!\w){_VERB_FIRST}\s+{_ROLE}{_ORG_ROLE}(?P<v>{_NAME})(?=\s*[:،])"
        # the speaker first, what they said it of, the verb last and a colon (Turkish: 'Brask,
        # vagonların Ekim ayında denetlendiğini söyledi: "..."', :data:`_VERB_LAST`)
        rf"|(?P<l>{_NAME}),?\s+(?:[^\s,;:.!?\"“”]+\s+){{0,8}}?{_VERB_LAST}(?=\s*:))\s*(?:that\s*)?[:,،]?\s*$"
    )


#: Capitalised words that start sentences, name a time, or name nobody.
_NOT_NAMES = frozenset(
    "The A An It He She They We I But And In On At This That These Those Its His Her Their There Then "
    "When While After Before As If So Officials Police Witnesses Critics Analysts Residents Sources "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Today Yesterday Tomorrow Tonight "
    "Meanwhile Later Earlier Instead Separately Elsewhere Afterwards Nevertheless Despite Every Another "
    "Last Next Overall Asked Speaking "
    # Greek: articles and the words that open sentences, capitalised there
    "Το Οι Τα Τον Την Της Του Των Στο Στη Στην Στον Στις Στους Σε Με Για Από Κατά Μετά Όπως Ενώ Όταν Ωστόσο "
    "Σύμφωνα Αυτό Αυτή Αυτός "
    # Indonesian and Malay: "according to", "but", "meanwhile", opening sentences before a name
    "Menurut Namun Sementara Sedangkan Kemudian".split()
)
#: Last words that make a name an organisation's, kept whole ("the State Department").
_ORGANISATIONS = frozenset(
    "department ministry office government agency council committee court police service embassy "
    "house commission party army navy bank company group union university "
    "authority authorities board institute bureau foundation association federation corporation "
    "administration directorate inspectorate assembly parliament tribunal".split()
)
#: The last word of a place's name, which no one is: "Residents on Millbrook Road said ..." gives
#: the residents' words, not a road's. (Not the kinds that are surnames too: Park, Lane, Bridge, Way.)
_PLACE_KINDS = frozenset(
    "road street avenue boulevard square crescent terrace highway motorway station airport harbour harbor "
    "stadium arena quay pier district".split()
)

#: Quotations of this many words or fewer are scare quotes ("a 'working dinner'") unless the
#: sentence says someone spoke them.
SCARE_WORDS = 3
#: Shortest quotation looked at at all.
MIN_WORDS = 1
#: Wording at least this close (share of words in common order, 0-1) is the same
#: quote, varied: "candid, substantive, and constructive" / "candid, in-depth and
#: constructive" score 0.67; two statements opening with the same phrase score lower.
SAME_WORDING = 0.6
#: A quotation that is a fragment of a longer one: partial ratio at least this.
FRAGMENT = 95
#: The fewest words of a quotation that is a fragment of a longer one where it lies in it whole:
#: one quote in the quotes view (:func:`find_quotes`), and a quote link between the paragraphs
#: that print them (core.linking.align: an outlet that prints only '"The outbreak is contained,"
#: he said' carries the quotation in the coverage matrix as in the quotes view).
FRAGMENT_LEAST = 3
#: One speaker's quotation cut or extended differently by two outlets ('"You can cancel a
#: card; you can't cancel your history"' / '"Records outlast cards, because you can't cancel
#: your history"'): an unbroken run of at least this many words they share ...
VERSION_RUN = 5
#: ... that is at least this share of the shorter one's words.
VERSION_SHARE = 0.5


@cache
def _interruption() -> re.Pattern[str]:
    """What may stand between two pieces of one remark: an attribution and nothing else
    ('"We will rebuild," she said, "and we will do it by spring."'), which does not end its
    sentence: after 'she said. "' a quotation of its own begins, as other outlets may quote it.
    Compiled on first use."""
    return re.compile(
        rf"^[\s,.;:—–-]*(?:(?:{_VERB}\s+{_ROLE}{_ORG_ROLE}{_NAME}|{_NAME}\s+{_VERB}|{_PRONOUN}\s+{_VERB}|{_VERB}\s+{_PRONOUN})"
        rf"(?:\s+[\w'’]+){{0,4}}?)[\s,;:—–-]*$"
    )


@dataclass(frozen=True, slots=True)
class Quotation:
    """One occurrence of a quotation in one paragraph of one article."""

    ref: Ref
    span: Span
    text: str
    speaker: str | None
    #: The pieces of a remark interrupted by its attribution, each a span of the paragraph;
    #: empty when the quotation is in one piece (then *span* is all of it).
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation as the story carries it: every occurrence, its main wording and speaker.

    *speaker* is the person most outlets name (of equals, see *tied*),
    or where no report names a person, the organisation most name; *others* holds each other
    person some report names, as the first of them names it, with the occurrences that do, in
    story order (an organisation only beside an organisation: a spokesman speaks for his
    department);
    *tied* holds those of *others* that as many outlets name as name *speaker*; of such equals,
    *speaker* is the one the origin of the words names where it is told (*origin*, its article's
    id), else the one named first.
    """

    text: str
    speaker: str | None
    occurrences: tuple[Quotation, ...]
    others: tuple[tuple[str, tuple[Quotation, ...]], ...] = ()
    tied: frozenset[str] = frozenset()
    #: Where *speaker* was chosen of those *tied* as the one the origin of the words names
    #: (:func:`find_quotes`, *origin*): that article's id; else None (named first).
    origin: str | None = None
    #: The language its wording is in (a code of :data:`core.text.LANGUAGE_NAMES`), where
    #: :func:`tie_translations` was told it; None otherwise.
    language: str | None = None
    #: The same statement as reports in other languages quote it, translated, each a quote of
    #: its own (:func:`tie_translations`), in the order :func:`find_quotes` gives them.
    translations: tuple[Quote, ...] = ()
    #: For a translation, why it is tied to the quote it is under: the figures and names both
    #: give ("figures and names: 4.5, 2027, Valdoria") or the closeness of their meaning
    #: ("meaning: 0.94"); None for a quote not tied.
    tied_by: str | None = None

    def outlets(self, articles: dict[str, Article]) -> list[str]:
        """The outlets carrying the quote, in story order, each once."""
        return list(dict.fromkeys(articles[q.ref.article].outlet for q in self.occurrences))

    def variants(self) -> list[tuple[str, list[Quotation]]]:
        """The distinct wordings, most common first, each with where it appears."""
        groups: dict[str, list[Quotation]] = {}
        for q in self.occurrences:
            groups.setdefault(processor(q.text), []).append(q)
        ordered = sorted(groups.values(), key=lambda qs: (-len(qs), -len(qs[0].text)))
        return [(qs[0].text, qs) for qs in ordered]

    def shown_against(self, text: str) -> str:
        """The wording a variant *text* is collated against where the views show what it leaves
        out and adds: the quote's own :attr:`text`, unless *text* is a part of a fuller wording
        that the main one does not hold (every word of it, in order): then the fullest such
        wording. A report quoting only "deeply sorry" of 'We are deeply sorry, and we will make
        this right' is shown as what it keeps of that, not as the main wording 'We will make
        this right' struck out for two words of its own."""
        part = processor(text).split()
        if _holds(processor(self.text).split(), part):
            return self.text
        fuller = [wording for wording, _ in self.variants() if wording != text and _holds(processor(wording).split(), part)]
        return max(fuller, key=len) if fuller else self.text


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether *words* holds every word of *part*, in order."""
    rest = iter(words)
    return all(word in rest for word in part)


def _clean_name(name: str | None, *, body: bool = False) -> str | None:
    """*name* as a speaker's name: without what a name match takes in around it (a sentence's
    next word, a possessive's owner, a leading article, a trailing particle) and, unless it names
    a *body* (an organisation, as "Officials of the Port Authority of Kessra" do), without the
    body its person is of (:func:`_without_body`)."""
    if not name:
        return None
    tokens = name.split()
    if tokens:  # an elided article before a title is no part of the name ("l'avv. Mario Rossi")
        tokens[0] = re.sub(r"^[lL]['’](?=[a-z])", "", tokens[0])
    # A word with a full stop ends the name unless it is an initial or a title ("J.", "Mr.",
    # "U.S.", "avv."): "said Bodiford. The judge" names Bodiford.
    stop = next((n for n, t in enumerate(tokens) if t.endswith(".") and len(t) > 4 and t.count(".") == 1
                 and t[:-1].lower() not in _HONORIFICS), None)
    if stop is not None:
        tokens = tokens[: stop + 1]
    # A possessive before the name is someone else's ("Kenya's Faith Chepkoech").
    # (a plural's too, "Holborn Securities' Priya Natarajan", unless an organisation's name goes
    # on after it: "the Vell Dockers' Union")
    plural = tokens[-1].strip(".,").lower() not in _ORGANISATIONS
    owner = max((n for n, t in enumerate(tokens[:-1]) if re.search(r"[’']s$", t) or plural and re.search(r"s[’']$", t)), default=-1)
    tokens = tokens[owner + 1 :]
    while tokens and tokens[0] in _NOT_NAMES:
        tokens = tokens[1:]
    # An organisation's initials before a person's name of two words or more are whose the
    # person is, not their name ("NASA John Smith", "глава МЧС Пётр Волков"; "AJ Styles" keeps them).
    while len(tokens) > 2 and _INITIALS.fullmatch(tokens[0]) and not _INITIALS.fullmatch(tokens[1]):
        tokens = tokens[1:]
    while tokens and tokens[-1] in _PARTICLES:
        tokens = tokens[:-1]
    tokens = tokens if body else _without_body(tokens)
    name = " ".join(tokens).strip(" ,.")
    # "Lima's office": the name is "Lima"; Turkish writes a name's case ending after an apostrophe ("Velk'e göre")
    return _CASE_ENDING.sub("", name) or None


#: A word of capitals only, two or more: an organisation's initials ("NASA", "МЧС", "THW").
_INITIALS = re.compile(rf"[{_UPPER}]{{2,}}")
#: What a name's last word may carry after an apostrophe that is no part of the name: English's
#: possessive ("Lima's"), a Turkish case ending ("Velk'e", "Velk'in", "Santoro'nun").
_CASE_ENDING = re.compile(r"[’'](?:s|[a-zçğıöşü]{1,4})$")


def _without_body(tokens: list[str]) -> list[str]:
    """A name's words (*tokens*) without the body "of" which its person is: "Mara Velt" of "Mara Velt
    of Harbour Workers Union", as of "Mara Velt of the Harbour Workers Union" (:data:`_OF_BODY`,
    :func:`_member_or_body`), where the words before "of" are a person's full name: two or more,
    no office among them ("Deputy Secretary of State Kurt Campbell" stays whole) and no
    organisation's ("Royal Bank of Scotland")."""
    if "of" not in tokens:
        return tokens
    head = tokens[: tokens.index("of")]
    if len(head) < 2 or any(is_title(word.lower()) or word.lower().strip(".") in _HONORIFICS for word in head) or _organisation(" ".join(head)):
        return tokens
    return head


#: Small words inside a name ("Sheikh bin Zayed", "Ursula von der Leyen"), never its last.
_PARTICLES = frozenset("of de di da del della der du des do dos das al bin van von la le".split())

#: The speaker named in the quotation's own sentence by a pronoun only ("she said").
_BY_PRONOUN = "\0pronoun"


#: An attribution after a dash that ends the paragraph, as print sets a quotation apart:
#: '"..." — Jon Strand, port authority', and a line of its own under a block quote.
_DASHED = re.compile(r"[\"”’'»]?[.,!?…]?[\"”’'»]?\s*(?:[—―–]|--?)\s*(?P<who>[^\"“”—―–]{1,120}?)\s*")


@cache
def _dash_name() -> re.Pattern[str]:
    """Whom an attribution after a dash (:data:`_DASHED`) names: a person, maybe behind a role, or
    an organisation; then its end, a comma before the role ("Jon Strand, harbour master") or a
    bracket ("Jon Strand (@jstrand)"). Compiled on first use."""
    return re.compile(rf"{_ROLE}{_ORG_ROLE}(?P<n>{_NAME})\s*(?:[,(]|$)")


#: Verbs of a reaction that a participle of speech may follow: "The union rejected the offer,
#: calling it ...".
_REACTING = (
    r"(?:rejected|accepted|refused|dismissed|criticised|criticized|condemned|welcomed|praised|defended|attacked|"
    r"denounced|hailed|slammed|opposed|backed)"
)
#: A sentence whose subject speaks (or reacts), then a participle of speech that gives the
#: quotation: 'The union said it would not accept the offer, calling it "..."'. The run
#: between holds no comma and no one else's words ('..., with a spokesman calling it').
_PARTICIPLE = re.compile(
    rf"\W*(?P<s>{_NAME}){_APPOSITION}\s+{_ADVERB}(?:{_VERB}|{_REACTING})(?:\s+(?!{_HANDOVER}\b)[^\s,\"“”]+){{0,30}}?"
    r",\s+(?:calling|describing|terming|dubbing|branding|labell?ing|saying|adding|warning)"
    r"(?:\s+(?:it|them|this|that|the\s+[\w'’-]+))?(?:\s+as)?(?:\s+that)?\s*"
)


#: A sentence whose subject says, in reported speech about itself, what the quotation goes on
#: with: 'The Port of Rotterdam Authority said in a statement that it had tightened its rules
#: since the case and "welcomes the clarity ..."' (where it is, how it says so, then "that" and a
#: pronoun; the run after holds no comma and no one else's words, and the sentence ends the quotation).
_REPORTED = re.compile(
    rf"\W*(?P<s>{_NAME}){_APPOSITION}\s+{_ADVERB}{_VERB}(?:\s+(?:in|on|at|to|through)(?:\s+[\w'’-]+){{1,4}}?)?"
    rf"\s+that\s+(?:it|he|she|they|we)\b(?:\s+(?!{_HANDOVER}\b)[^\s,\"“”]+){{0,30}}?\s*$"
)


#: What hands a run of words over to someone else's speech (cf. :data:`_HANDOVER`, which takes
#: every verb of speech: "declined to say whether" is the subject's own).
_OTHERS_SPEAK = (r"(?:said|says|told|tells|saying|stating|adding|telling|writing|quoting|according|"
                 r"spokesman|spokeswoman|spokesperson|official|officials)")
#: A sentence whose subject is a person (maybe behind an office, the name after its last lowercase
#: word), with no verb of speech, that
#: leads into the quotation with a colon: 'Governor Ilse Branko declined to say whether December
#: could bring another increase: "..."', 'Harbour master Jon Strand was blunt: "..."'. The run
#: after the subject opens with a lowercase word and holds no comma and no one else's words
#: (:data:`_OTHERS_SPEAK`).
_LEADS_IN = re.compile(
    rf"\W*(?:(?:[^\s,\"“”]+\s+){{0,3}}?[a-z][\w'’-]*\s+)?(?P<s>{_NAME}){_APPOSITION}\s+{_ADVERB}[a-z][\w'’-]*"
    rf"(?:\s+(?!{_OTHERS_SPEAK}\b)[^\s,\"“”]+){{0,20}}?\s*:\s*$"
)


#: A participle that goes on with the words of a speaker the sentence has named already, and
#: what it says they are about: '"...," says Ana Lima, adding, "..."', '"...," he said, adding if
#: nothing changed "..."'.
_GOES_ON = re.compile(rf",\s+(?:adding|saying)\b(?:\s+(?!{_HANDOVER}\b)[^\s\"“”]+){{0,12}}?[\s,:]*$")


def _dash_attribution(after: str) -> str | None:
    """Whom *after*, the rest of a paragraph after a quotation, names in a dash attribution
    (:data:`_DASHED`), or None."""
    line = _DASHED.fullmatch(after)
    named = _dash_name().match(line["who"]) if line else None
    return _clean_name(named["n"]) if named else None


#: The rest of a body's name after its first word, where lowercase words go on from it to a
#: particle and a capitalised name: "départemental de l'Ain" of "le Conseil départemental de l'Ain",
#: "de commerce du Rhône" of "la Chambre de commerce du Rhône".
_BODY_GOES_ON = re.compile(
    rf"(?P<words>(?:\s+[a-zà-ÿ][\w'’-]*){{1,2}})\s+(?:of|de|du|des|di|del|della|von|van)\s+(?:(?:the|la|le|der|den)\s+|[ld]['’])?{_NAME}"
)


#: A verb of speech and an office alone after a quotation, which speaks of someone named before by
#: that office: '„...,“ řekla ministryně.', '"...," said the minister.'
_BY_OFFICE = re.compile(rf"^\W{{0,3}}\s*{_VERB}\s+(?:{_ARTICLE}\s+)?(?P<o>{_CAP_OFFICE})\s*(?:[.;!?]|$)")


def _holder_of(office: str, before: str) -> str | None:
    """The person *before* (the text before a quotation) last names by *office* (an office's
    word, any case) and their name after it, maybe after what the office is of
    ("Ministryně vnitra Serravie Petra Dunaj" -> Petra Dunaj: :func:`_person_of_office`; "the health
    minister, Ana Rook"), or None: a name of one word, which may be anything capitalised, is none."""
    found = None
    for match in re.finditer(rf"(?<![\w-])(?i:{re.escape(office)})(?P<of>(?:\s+[{_LOWER}][\w'’-]*){{0,3}}),?\s+(?:[ld]['’])?(?P<n>{_NAME})",
                             _unquoted(before)):
        found = _clean_name(" ".join(_person_of_office(match["n"].split())) if match["of"].strip() else match["n"])
    return found if found and len(found.split()) > 1 else None


def _attribution(text: str, span: Span) -> str | None:
    """The speaker the quotation's own sentence names, :data:`_BY_PRONOUN`, or None."""
    start, end = span
    after = text[end : end + 120]
    if dashed := _dash_attribution(text[end:]):
        return dashed
    # (not past the stop that ends the quotation's sentence: 'were "thinking of Alan's family".
    # Port Selby manager Dean Holt said ...' names the next sentence's speaker;
    # '"It will take time." Police chief Bo Lind said ...': a full stop inside the quotation ends it too)
    quoted = text[:end].rstrip(" \"”’'»")
    ended = _SENTENCE_ENDS.match(after) or quoted.endswith(".") and not quoted.endswith("..")
    if not ended and (office := _BY_OFFICE.match(after)) and (holder := _holder_of(office["o"], text[: max(0, start - 1)])):
        return holder  # '„...,“ řekla ministryně.' after 'Ministryně vnitra Serravie Petra Dunaj ...'
    match = None if ended else _after().match(after)
    if match and match["b"] and re.fullmatch(_PRONOUN, match["b"]):
        return _BY_PRONOUN
    if match:
        if match["j"]:  # Japanese: who is named before the quotation, in its sentence
            return _named_in_japanese(text[: max(0, start - 1)]) or _BY_PRONOUN
        if match["k"]:  # Korean: the same
            return _named_in_korean(text[: max(0, start - 1)]) or _BY_PRONOUN
        if match["t"]:  # the verb last: the speaker named before the quotation, in its sentence
            return _named_last(text[_sentence_start(text, start - 1) : max(0, start - 1)]) or _BY_PRONOUN
        if match["p"]:
            return _BY_PRONOUN
        if match["of"]:  # '"...," Janet Example of the Harbour Nurses' Union told the Gazette'
            return _member_or_body(match["b"], match["of"])
        if match["a"] and len(match["a"].split()) == 1 and (goes_on := _BODY_GOES_ON.match(after, match.end("a"))) and not any(
                is_stopword(word) and word not in _PARTICLES for word in goes_on["words"].split()):  # ("on behalf of")
            return _clean_name(f"{match['a']}{goes_on.group()}", body=True)  # "a dit le Conseil départemental de l'Ain"
        if match["a"] or match["d"]:  # the verb (or "according to") first: an office may stand between it and the name
            return _clean_name(_after_office(match["a"] or match["d"], whole=True))
        return _clean_name(match["g"] or match["h"] or match["b"] or match["f"])
    if not ended and (uncased := _uncased_speaker(_UNCASED_AFTER.match(after))) is not None:
        return uncased  # a script with no capitals: its verb of speech bounds the speaker ('"...", אמר דני כהן.')
    before = text[_sentence_start(text, start - 1) : max(0, start - 1)]
    match = _before().search(before[-200:])
    if match is None and (uncased := _uncased_speaker(_UNCASED_BEFORE.search(before[-200:]))) is not None:
        return uncased  # ('قال محمد الأحمد: "...', 'علی رضایی گفت: «...»')
    if match:
        if match["q"]:
            return _BY_PRONOUN
        if match["c"] and match["aside"] and _names_after_role(before[-200:][: match.start("c")], match["aside"], match["c"]):
            return _clean_name(match["aside"])
        if match["body"]:
            return _member_or_body(match["c"], match["body"])
        if match["c"]:
            named = _clean_name(match["c"])
            # (a name as the match gives it: one cut of what went before it follows no body)
            return _as_body(before[-200:][: match.start("c")], named) if named and named == match["c"] else named
        return _clean_name(_after_office(match["e"] or match["v"] or match["l"], whole=True))
    match = (_PARTICIPLE.fullmatch(before) or _REPORTED.fullmatch(before) or _LEADS_IN.fullmatch(before)) if len(before) <= 300 else None
    subject = _clean_name(match["s"]) if match else None
    if subject and (len(subject.split()) > 1 or _lone_name(subject)):
        return subject
    goes_on = _GOES_ON.search(before)
    if goes_on:  # the speaker of the sentence's words before: named there, or by a pronoun
        # (of its quotation before, however that names them: 'X called Y "...", adding: "..."')
        opens = max(0, start - 1) - len(before)
        earlier = [span for span in quote_spans(text, min_words=1) if opens <= span[0] and span[1] <= opens + goes_on.start()]
        named = _attribution(text, earlier[-1]) if earlier else None
        if named and named != _BY_PRONOUN:
            return named
        head = _unquoted(before[: goes_on.start()])
        return _named_in(head, speaking=True) or (_BY_PRONOUN if re.search(rf"\b{_PRONOUN}\s+{_VERB}\b", head) else None)
    return None


#: A name that ends the words before a quotation, maybe with a comma: 'Liman başkanı Leyla Arslan, "',
#: or is set off by one from a few words that do ('Leyla Arslan, basın toplantısında "'), or is
#: followed by a few lowercase ones, a particle or where they spoke ('Sözcü Leyla Arslan ise "', 'Leyla
#: Arslan da "', 'Leyla Arslan açıklamasında "').
_NAME_LAST = re.compile(rf"(?<![\w'’.-])(?P<n>{_NAME})(?:,(?:\s+[^\s\"“”„«»,]+){{1,6}}?|(?:\s+[a-zçğıöşü][^\s\"“”„«»,]*){{1,4}}?)?,?\s*[\"“„«]?$")


def _named_last(before: str) -> str | None:
    """The speaker *before*, the words of a sentence before its quotation, ends on, where the
    verb of speech follows the quotation (:data:`_VERB_LAST`): its last name, or None."""
    match = _NAME_LAST.search(before)
    return _clean_name(_after_office(match["n"])) if match else None


def _after_office(name: str, *, whole: bool = False) -> str:
    """*name*, capitalised words naming a speaker, without what it opens with up to its last office
    (:func:`is_title`, its case ending aside, or the last part of a compound joined by a hyphen): an
    organisation and the speaker's office in it, which Turkish writes before the name with a
    possessive ending, whether the verb ends the clause or opens it ("Norvalis Air CEO'su Tomas
    Heidrun, '...' dedi", "'...,' dedi Norvalis Air CEO'su Tomas Heidrun"), and English, German
    or Dutch capitalise after a verb of speech ("said Norvalis Air CEO Tomas Heidrun", "sagte
    Norvalis-Air-Chef Tomas Heidrun"): Tomas Heidrun. *name* as it is where nothing follows the
    office; where *whole* (the words after a verb of speech, which may be a title and a name
    alone), also where a title opens it: no organisation's office there, but a name with its
    title, as the speaker's name keeps it ("said Mayor Ana Lima", "said Central Bank Governor Ana
    Lima", "said Prince Harry", "said General Motors")."""
    tokens = name.split()
    offices = [n for n, token in enumerate(tokens[:-1])
               if is_title(word := _CASE_ENDING.sub("", token).lower()) or is_title(word.rpartition("-")[2])]
    if not offices or whole and _CASE_ENDING.sub("", tokens[0]).lower().rstrip(".") in _TITLES | _HONORIFICS:
        return name
    return " ".join(tokens[offices[-1] + 1 :])


def _member_or_body(name: str, body: str) -> str | None:
    """Who speaks where a sentence names *name* "of" *body* before its verb of speech ("Janet Example
    of the Harbour Nurses' Union told ..."): the person where *name* is a person's full name, else
    the body ("Officials of the Port Authority said")."""
    person = _clean_name(name)
    if person and len(person.split()) > 1 and not _organisation(person):
        return person
    return _clean_name(body, body=True)


#: A body named by what it is and the place it is of, before the place's name: "Le parquet de ",
#: "la mairie de ", "la préfecture du ", "the police in ", "the ministry of ", "la procura di ",
#: "die Polizei in " (an article, up to three lowercase words, a preposition of place).
_BODY_OF_PLACE = re.compile(
    r"(?:(?P<article>(?i:the|le|la|les|el|los|las|il|lo|o|a|os|as|die|der|das|de|het|"
    r"an|un|une|una|uno|um|uma|ein|eine|einer|een))\s+|(?i:l['’])\s*)"
    r"(?P<body>[^\W\d_][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2})\s+"
    r"(?P<of>of|in|from|at|near|de|du|des|d['’]|di|del|della|dello|dei|da|do|dos|das|em|no|na|"
    r"van|von|der|im|aus|uit|en|à)\s*"
    r"(?:(?:the|la|le|les|el|il|lo)\s+|l['’])?$"
)
#: The articles of :data:`_BODY_OF_PLACE` that make it an indefinite description ("a man in Kent",
#: "un homme de Lyon", "ein Mann aus Kent"): someone unnamed, not a body. ("a" is the Portuguese
#: definite article too, "a polícia de Lisboa": indefinite only before an English preposition.)
_INDEFINITE = frozenset("an un une una uno um uma ein eine einer een".split())
_ENGLISH_OF = frozenset("of in from at near".split())
#: The prepositions of :data:`_BODY_OF_PLACE` that a definite body is named by ("the police in
#: Kent", "le parquet de Lyon"); "from", "aus", "uit" say only where someone comes from.
_FROM = frozenset("from near aus uit".split())


def _as_body(preceding: str, name: str) -> str | None:
    """*name*, a speaker's name before a verb of speech, as the body the words *preceding* it
    in its sentence say it is the place of: "Parquet de Lyon" of "Le parquet de Lyon a indiqué",
    "Police in Kent" of "The police in Kent said" (the body speaks, not the place); *name* itself
    where they say none (a sentence's only words before it, an article and a lowercase noun that
    is no office: :func:`is_title`). None where they are an indefinite description whose place
    or organisation *name* is ("A man in Kent said", "Un homme de Lyon a dit", "a member of the
    Harbour Union said": someone unnamed speaks), unless an office of an organisation ("a
    spokesman of the Interior Ministry said": the ministry speaks)."""
    match = _BODY_OF_PLACE.fullmatch(re.sub(r"^\W+", "", preceding))
    article = (match["article"] or "").lower() if match else ""
    if match and (article in _INDEFINITE or article == "a" and match["of"] in _ENGLISH_OF):
        office = all(is_title(word.lower()) for word in match["body"].split()[-1:])
        return name if office and _organisation(name) else None
    words = match["body"].split() if match else []
    # a body's own name, capitalised, whose office (its first word) is what says whether a person
    # speaks: "Le Conseil départemental de l'Ain", "La Chambre de commerce du Rhône"
    named = bool(words) and words[0][:1].isupper()
    if not match or match["of"] in _FROM or any(
            is_stopword(word.lower()) and not (named and word in _PARTICLES) or is_title(word.lower()) and not (named and n)
            for n, word in enumerate(words)):
        return name  # (an office is a person's, not a body: "the mayor of Lyon said" is left as it was)
    body = preceding[match.start("body") + len(preceding) - len(re.sub(r"^\W+", "", preceding)) :].strip()
    space = "" if body.endswith(("’", "'")) else " "  # (an elided article joins the name: "de l'Ain")
    return f"{body[:1].upper()}{body[1:]}{space}{name}"


def _names_after_role(preceding: str, aside: str, named: str = "") -> bool:
    """Whether *aside*, set off by commas after a name (*named*), is the speaker's name, the words
    before it a role ending on a place or a body: "The mayor of Lisbon, Ana Lima, said" (the name
    before it follows a lowercase word, *preceding* being the text before that), or a role of
    capitalised words that opens with an article ("Die Vorsitzende der Kommission, Ana Lima,
    sagte"); not "Ana Lima, the mayor, said"."""
    role = bool(re.search(r"(?:^|\s)[a-zà-ÿ][\w'’-]*\s+$", preceding)) or bool(re.match(rf"(?i:{_ARTICLE})\s", named))
    return role and bool(
        re.fullmatch(_NAME, aside.strip())) and len(person_key(aside)) > 1 and not _organisation(aside)


#: A Japanese speaker before a quotation: a name in katakana or kanji, maybe an office after it,
#: the particle that makes it the subject ("マルタのファルージャ首相は「...」と述べた"), and maybe
#: where or when they spoke, closed by "で", "に" or a comma ("総裁は記者会見で「", "頭取は同日、「").
_JAPANESE_OFFICES = (r"(?:首相|総理|大統領|大臣|長官|委員長?|知事|市長|議長|会長|社長|頭取|総裁|理事長?|代表|報道官|局長|部長|"
                     r"所長|院長|署長|大使|議員|教授|監督|氏|さん)")
_JAPANESE_SPEAKER = re.compile(rf"(?P<n>[ァ-ヺー・]{{2,}}|[一-龯々]{{2,5}}?){_JAPANESE_OFFICES}?(?:は|が)(?:[^「」『』。はが]{{1,12}}?[でに、])?\W*$")


def _named_in_japanese(before: str) -> str | None:
    """Whom the Japanese sentence before a quotation (*before*, the text up to its mark) names as
    its speaker, or None."""
    sentence = re.split(r"[。！？]", before)[-1]
    match = _JAPANESE_SPEAKER.search(sentence)
    return match["n"] if match and not re.fullmatch(_JAPANESE_OFFICES, match["n"]) else None  # "首相は": an office alone


#: A Korean speaker before a quotation: a name in Hangul (maybe glossed in Latin letters, the name
#: shown), maybe an office after it, the particle that makes it the subject, and maybe where or to
#: whom they spoke ('미라 산토로(Mira Santoro) 대변인은 "', '벨크 청장은 기자회견에서 "').
_KOREAN_OFFICES = (r"(?:경찰청장|청장|대변인|대통령|장관|총리|시장|지사|의장|위원장|회장|사장|대표|국장|부장|서장|교수|의원|"
                   r"감독|대사|판사|검사|소장|원장|씨)")
_KOREAN_SPEAKER = re.compile(
    rf"(?P<n>[가-힣]{{1,8}}(?:\s[가-힣]{{1,8}}){{0,2}}?)(?:{_GLOSSED})?(?:\s*{_KOREAN_OFFICES})?(?:은|는|이|가)"
    r"(?:\s+[^\s\"“”]*(?:에서|에게|께|에|며|고),?){0,2}\s*[\"“]?$"
)


def _named_in_korean(before: str) -> str | None:
    """Whom the Korean sentence before a quotation (*before*, the text up to its mark) names as its
    speaker: the name closest to the quotation, its Latin gloss where it has one; None for an office
    alone ("청장은") or no name."""
    sentence = re.split(r"(?<=[.!?])\s", before)[-1]
    for start in reversed([m.start() for m in re.finditer(r"(?<!\S)\S", sentence)]):
        match = _KOREAN_SPEAKER.match(sentence, start)
        if match and not re.fullmatch(_KOREAN_OFFICES, match["n"]):
            return match["g"] or match["n"]
    return None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset *at* of *text* starts."""
    return max((s for s in sentence_starts(text[: max(0, at)] + "x") if s <= at), default=0)


def _named_in(sentence: str, *, speaking: bool = False, names: Collection[str] = ()) -> str | None:
    """The person *sentence* (quotations blanked out) is about: one who speaks in it, else
    (unless *speaking*) the name it opens with, else the first full name it gives.

    A name of one word is a person's only where it speaks ("Horvat said") or opens the
    sentence as its subject ("Horvat did not concede") and is one of *names*, the words the
    story writes capitalised inside a sentence (lower-cased): a sentence may open with any
    capitalised word ("Turnout was low").
    """
    for match in re.finditer(rf"(?P<n>{_NAME})(?:{_APPOSITION}|{_OF_BODY.format(group='body')})\s+{_ADVERB}(?:{_VERB}|spoke|speaking)\b"
                             rf"|{_VERB}\s+(?:{_ADDRESSEE}(?={_ROLE}{_ORG_ROLE}{_NAME})|{_TO_ONLY}){_ROLE}{_ORG_ROLE}(?P<m>{_NAME})", sentence):
        aside = re.match(r",\s+(?P<aside>[^,\"“”]{1,60}),", sentence[match.end("n") :]) if match["n"] else None
        if aside and _names_after_role(sentence[: match.start("n")], aside["aside"], match["n"]):
            return _clean_name(aside["aside"])  # "El alcalde de Mirela, Aurel Bran, dijo que ...", as _before() reads it
        name = _member_or_body(match["n"], match["body"]) if match["body"] else _clean_name(match["n"] or match["m"])
        if name and name == match["n"]:
            name = _as_body(sentence[: match.start("n")], name)
        if name:
            return name
    if speaking:
        return None
    # a name set off by commas after a role of a body: "The director of Vardo Cargo, Teodor
    # Brask, spoke", "El director general de Vardo Cargo, Teodor Brask, habló" (not the body's)
    for match in re.finditer(rf"(?P<c>{_NAME}),\s+(?P<aside>[^,\"“”]{{1,60}}),", sentence):
        if _names_after_role(sentence[: match.start("c")], match["aside"], match["c"]):
            return _clean_name(match["aside"])
    subject = _SUBJECT.match(sentence)
    if subject and subject["name"].lower() in names and _lone_name(subject["name"]):
        return subject["name"]
    for match in re.finditer(_NAME, sentence):
        name = _clean_name(match.group())
        if name and len(name.split()) > 1:  # a full name: one capitalised word may be anything
            return name
    return None


#: A sentence that opens with one capitalised word, not possessive, then a lower-case one:
#: "Horvat did not concede", not "Horvat's team", "Marija Kovačević" or "Meanwhile, ...".
_SUBJECT = re.compile(r"\W*(?P<name>[A-Z][\w-]*)\s+(?=[a-z])")


def _lone_name(word: str) -> bool:
    """Whether *word*, one capitalised word, may be a person's (sur)name: no word that opens
    sentences, names a time, a title, a role or an organisation, or is a function word."""
    lower = word.lower()
    return word not in _NOT_NAMES and not is_stopword(lower) and not is_title(lower) and not {lower, lower.removesuffix("s")} & (_TITLES | _ORGANISATIONS)


#: A capitalised word inside a sentence: after a word, a figure, a comma or a colon, or the
#: close of a quotation its sentence goes on after ('"...," Horvat said').
_INSIDE = re.compile(r"(?:(?<=[\w,;:] )|(?<=[,;][\"”’'] ))(?P<name>[A-Z][\w-]*)")


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """The capitalised words *texts* write inside a sentence, lower-cased: the names a lone
    word opening a sentence may be (see :func:`speaker_of`)."""
    return frozenset(m["name"].lower() for text in texts for m in _INSIDE.finditer(text))


#: A name in another script glossed in Latin letters in brackets: its words (as many as the gloss has,
#: the last its surname) and the gloss, 'داريوس فيلك (Darius Velk)', '다리우스 벨크(Darius Velk)'.
_GLOSS = re.compile(rf"(?P<native>(?:[^\W\d_A-Za-z\u00c0-\u024f]+\s+){{0,3}}[^\W\d_A-Za-z\u00c0-\u024f]+){_GLOSSED}")


class _FullNames:
    """The people texts of one article name in full, by surname and where (text, offset):
    what a surname alone names ("Horvat" -> "Tomislav Horvat"), looked up in one pass. A name
    glossed in Latin letters is named by its gloss, its surname in either script ("فيلك" ->
    "Darius Velk" after 'داريوس فيلك (Darius Velk)')."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.by_surname: dict[str, list[tuple[tuple[int, int], tuple[str, ...], str]]] = {}
        for n, text in enumerate(texts):
            unquoted = _unquoted(text)
            for match in re.finditer(_NAME, unquoted):
                full = _clean_name(_name_after_office(unquoted[: match.start()], match.group()))
                key = person_key(full) if full and not _organisation(full) else ()
                if full and len(key) > 1:
                    self.by_surname.setdefault(key[-1], []).append(((n, match.end()), key, " ".join(_bare(full))))
            for match in _GLOSS.finditer(_unquoted(text)):
                full = _clean_name(match["g"])
                key = person_key(full) if full and not _organisation(full) else ()
                if full and len(key) > 1:  # the native surname: the gloss's last word's counterpart
                    native = match["native"].split()[-len(key):]
                    self.by_surname.setdefault(native[-1].lower(), []).append(((n, match.end()), key, " ".join(_bare(full))))

    def full(self, name: str, before: tuple[int, int]) -> str:
        """*name*, a surname alone, as the one person named in full before offset *before*
        (text, offset); *name* itself when none or several are, or when it is more than a surname."""
        key = person_key(name)
        if len(key) > 1 or _organisation(name):
            return name
        fulls = {found: shown for at, found, shown in self.by_surname.get(key[0], ()) if at <= before}
        return next(iter(fulls.values())) if len(fulls) == 1 else name


def _unquoted(text: str) -> str:
    """*text* with its quotations blanked out: a name inside a quotation is not its speaker."""
    for start, end in reversed(quote_spans(text, min_words=1)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


#: A sentence that opens with a pronoun ("She added that ...") names its person further back.
_OPENS_WITH_PRONOUN = re.compile(rf"\W*{_PRONOUN}\b")


def _speaker_before(text: str, *, speaking: bool, before: str = "", names: Collection[str] = ()) -> str | None:
    """The speaker the sentences at the end of *text* name, else those at the end of
    *before* (the paragraph before), or no one (None).

    The last sentence that is more than a quotation decides: the person it names (as one
    who speaks, if *speaking*; see :func:`_named_in` for *names*), or no one. When it names
    nobody and opens with a pronoun ("She added that ..."), the sentence before it decides,
    and so on; when *text* has no sentence left to decide, *before* does.
    """
    starts = [0, *sentence_starts(text)]
    for start, end in list(zip(starts, [*starts[1:], len(text)]))[::-1]:
        sentence = _unquoted(text[start:end])
        if len(words(sentence)) < 3:
            continue  # a quotation, or its attribution alone
        # "She added that Berg ...": Berg is not who "she" is, so only a speaker counts.
        points_back = bool(_OPENS_WITH_PRONOUN.match(sentence))
        named = _named_in(sentence, speaking=speaking or points_back, names=names)
        if named or speaking or not points_back:
            return named
    return _speaker_before(before, speaking=speaking, names=names) if before else None


def speaker_of(
    text: str, span: Span, *, before: str = "", earlier: Sequence[str] = (), names: Collection[str] = ()
) -> str | None:
    """Who *text* says spoke the quotation at *span*, where it names them.

    The shapes read: '"...," said mayor Ana Lima', '"...," said Skerry Lines chief executive
    Nils Aronsen' (the person, not the organisation), '"...," Lima told reporters', 'according
    to Lima', 'Lima said: "..."', 'Lima called the plan "..."', the orders of languages that
    write the verb first ('وقالت مديرة الميناء Leyla Arslan: "..."', 'Δήλωσε η Ana Lima: «...»') or
    last ('Liman başkanı Leyla Arslan, "..." dedi.', Korean's '리나 오스트 대변인은 "..."고 말했다'), Tagalog's
    '"...," sabi ni Marco Vell' and Indonesian's '"...," kata juru bicara Lina Ost' (see :data:`_VERB_FIRST`,
    :data:`_VERB_LAST`, :data:`_KOREAN_SPEAKER`), a name in another script glossed in Latin letters in brackets
    (the gloss is the name given), '"..." — Ana Lima, mayor' (a dash attribution ending the
    paragraph), 'The union said it would not accept the offer, calling it "..."' (the
    subject of a participle of speech), and a quotation that stands alone or says only "she
    said", whose speaker is the person named in the sentence before (in *text*, or at the end of *before*,
    the paragraph before it, when *text* has no sentence before the quotation's or only
    sentences that open with a pronoun: "Lima also said ... She added ... '...,' she said").
    That sentence may name them by a surname alone as its subject ("Horvat did not concede.
    '...,' he said") if the surname is one of *names* (:func:`proper_nouns` of the story).
    A surname alone is the person *earlier* (the article's paragraphs before *text*) or the
    text before the quotation names in full, if only one: "Horvat" -> "Tomislav Horvat", and in
    another script by the gloss of that full name ("فيلك" -> "Darius Velk" after 'داريوس فيلك (Darius Velk)').
    An office alone ("said the Secretary") names nobody. Nobody named gives None: no guess.
    """
    named = _speaker(text, span, before=before, names=names)
    return _as_named(named, _FullNames([*earlier, text]), (len(earlier), span[0]))


def _speaker(text: str, span: Span, *, before: str, names: Collection[str]) -> str | None:
    """The speaker of the quotation at *span* as :func:`speaker_of` finds it, a surname alone
    left as it is."""
    start, end = span
    named = _attribution(text, span)
    if named != _BY_PRONOUN and named is not None:
        return named
    own = _sentence_start(text, start - 1)
    # Alone: nothing of its sentence before it, nor after it (a sentence may follow: '"...,"
    # Mr. Blinken said. "It's in the interest of the world." He described ...').
    following = min((s for s in sentence_starts(text) if s > end), default=len(text))
    alone = not text[own : max(own, start - 1)].strip(" \"'“‘") and not re.match(r"\W*\w", text[end + 1 : following])
    if named is None and not alone:
        return None
    # "she said" points back at a person; a quotation standing alone, only at one who spoke.
    return _speaker_before(text[:own], speaking=named is None, before=before, names=names)


def _as_named(name: str | None, people: _FullNames, at: tuple[int, int]) -> str | None:
    """*name* as its article names it in full before *at* (paragraph, offset), if a surname
    alone; None for an office alone ("said the Secretary"), unless it is the surname of
    someone named in full ("King" of "Billy King"); None for a place (:data:`_PLACE_KINDS`)."""
    name = people.full(name, at) if name else None
    if name and name.split()[-1].strip(".,").lower() in _PLACE_KINDS:
        return None  # a place by the verb of speech, not its speaker ("Residents on Millbrook Road said")
    return None if name and all(t.strip(".,").lower() in _OFFICES | _HONORIFICS for t in name.split()) else name


def _bare(name: str) -> list[str]:
    """The words of *name* that name the person, as written: the titles before them dropped
    ("Secretary of State Antony Blinken" -> Antony Blinken); an organisation's name whole."""
    tokens = [t for t in name.split() if t.strip(".,")]
    # (an office's case ending aside, as Turkish writes it: "CEO'su", :data:`_CASE_ENDING`)
    lower = [_CASE_ENDING.sub("", t.strip(".,").lower()) for t in tokens]
    if lower and lower[-1] in _ORGANISATIONS:
        return [t for t, low in zip(tokens, lower) if low != "the"]
    titled = [n for n, t in enumerate(lower[:-1]) if is_title(t) or t in _HONORIFICS]
    start = titled[-1] + 1 if titled else 0  # after the last title: "Chinese Assistant Foreign Minister Hua Chunying"
    if titled and start < len(tokens) and lower[start] in _PARTICLES:
        # what the office is of, then the name: "Minister van Financiën Karel Voss" (:func:`_person_of_office`)
        return _person_of_office(tokens[start:])
    while len(tokens) - start > 1 and lower[start] in ("of", "the"):
        start += 1
    return tokens[start:]


#: The words that may stand between an office and the capitalised words after it, saying what
#: the office is of: a particle ("minister van Binnenlandse Zaken", "ministre de l'Intérieur",
#: "ministro del Interior") or lowercase words ("Ministryně vnitra Serravie", "minister spraw
#: wewnętrznych"), up to three, ending the text before those capitalised words.
_OFFICE_OF = re.compile(rf"(?<![\w'’-])(?i:{_TITLE_WORD})(?:\s+[{_LOWER}][\w'’-]*){{1,3}}\s+(?:[ld]['’])?$")


def _person_of_office(tokens: Sequence[str]) -> list[str]:
    """*tokens*, capitalised words after an office and what it is of ("Binnenlandse Zaken Petra
    Dunaj" of "minister van Binnenlandse Zaken Petra Dunaj", "Serravie Petra Dunaj" of "Ministryně
    vnitra Serravie Petra Dunaj"), as the person's name they end with: its surname with the
    particles before it and one given name ("Petra Dunaj", "Ursula von der Leyen"); *tokens* as
    they are where two words or fewer."""
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in _PARTICLES:
        i -= 1
    return list(tokens[max(0, i - 1):]) if len(tokens) > 2 else list(tokens)


def _name_after_office(preceding: str, name: str) -> str:
    """*name*, capitalised words, as the person's name alone where *preceding* (the text before
    it) ends on an office and what it is of (:data:`_OFFICE_OF`): "Petra Dunaj" of "Binnenlandse
    Zaken Petra Dunaj" after "minister van "; *name* itself elsewhere."""
    return " ".join(_person_of_office(name.split())) if _OFFICE_OF.search(preceding[-80:]) else name


def person_key(name: str) -> tuple[str, ...]:
    """The words that identify a person in *name*, titles and middle initials dropped:
    "Secretary of State Antony Blinken" -> ("antony", "blinken"); "Mr. Blinken" -> ("blinken",);
    "Dirk A. Kempthorne" -> ("dirk", "kempthorne")."""
    tokens = [_CASE_ENDING.sub("", t.strip(".,").lower()) for t in _bare(name)]
    # A middle initial is no part of who it is: "Dirk A. Kempthorne" is "Dirk Kempthorne".
    tokens = [t for n, t in enumerate(tokens) if not (0 < n < len(tokens) - 1 and len(t) == 1)]
    return tuple(tokens) or (name.lower(),)


def _fuller(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether *other*, a :func:`person_key`, is a fuller form of the name *key*: the same
    first and last names, with more between or an initial before ("Mark Heller" / "Mark Jay
    Heller" / "W. Mark Jay Heller"); "Anton Brell" is no form of "Tomas Anton Brell"."""
    if len(other) <= len(key):
        return False
    if len(other) > 2 and len(other[0]) == 1:
        other = other[1:]  # an initial before the first name
    if key[0] != other[0] or key[-1] != other[-1]:
        return False
    rest = iter(other[1:-1])
    return all(word in rest for word in key[1:-1])  # the middle names in order


def _people(named: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Each name of *named* (name, the outlet printing it) mapped to one name per person
    (:func:`person_key`), shown in its fullest form without titles, as most outlets spell it
    ("Marit Van der Berg" of four outlets, not one's "Marit van der Berg"; of equals, the
    first in code point order, so no order of reading decides). A surname alone ("Blinken")
    joins the one full name ending with it ("Antony Blinken"), and a full name the one fuller
    form of it (:func:`_fuller`), if only one does; two people sharing a surname stay apart."""
    keys = {name: person_key(name) for name, _ in named}
    by_surname: dict[str, set[tuple[str, ...]]] = {}
    for key in keys.values():
        if len(key) > 1:
            by_surname.setdefault(key[-1], set()).add(key)

    def fullest(key: tuple[str, ...]) -> tuple[str, ...]:
        forms = {k for k in by_surname[key[-1]] if k == key or _fuller(key, k)}
        most = {k for k in forms if not any(o != k and _fuller(k, o) for o in forms)}
        return next(iter(most)) if len(most) == 1 else key

    def person(key: tuple[str, ...]) -> tuple[str, ...]:
        if len(key) > 1:
            return fullest(key)
        fulls = {fullest(k) for k in by_surname.get(key[-1], set())}
        return next(iter(fulls)) if len(fulls) == 1 else key

    printing: dict[tuple[str, ...], dict[str, set[str]]] = {}  # person: each form shown, its outlets
    for name, outlet in named:
        printing.setdefault(person(keys[name]), {}).setdefault(" ".join(_bare(name)) or name, set()).add(outlet)
    shown = {
        target: min(forms, key=lambda form: (-len(form.split()), -len(forms[form]), form))
        for target, forms in printing.items()
    }
    return {name: shown[person(key)] for name, key in keys.items()}


def remarks(text: str) -> list[list[Span]]:
    """The direct quotations of *text*, each as its pieces (character spans inside the
    quotation marks, in order): a remark interrupted by its attribution ('"We will," she
    said, "and soon."') is one remark of two pieces."""
    found: list[list[Span]] = []
    for start, end in quote_spans(text, min_words=MIN_WORDS):
        between = text[found[-1][-1][1] + 1 : start - 1] if found else ""
        if found and _interruption().match(between) and not _ends_sentence(between):
            found[-1].append((start, end))  # the remark goes on after its attribution
        else:
            found.append([(start, end)])
    return found


def _ends_sentence(between: str) -> bool:
    """Whether *between*, an attribution between two quotations, ends its sentence ('said
    Governor Ilse Branko. '): then the quotation after it is a remark of its own, not the rest
    of the one before (a name's word may end in a full stop, which :func:`_interruption`'s names
    take in; an abbreviation's, 'Jr.', ends no sentence)."""
    return bool(sentence_starts(between.rstrip() + " x"))


def _occurrences(articles: Sequence[Article], only: Collection[Ref] | None = None) -> list[Quotation]:
    """The quotations of *articles* (of the paragraphs *only* names, where given: the others are
    read for who the speakers are)."""
    found = []
    names = proper_nouns(text for article in articles for text in article.paragraphs)
    for article in articles:
        people = _FullNames(article.paragraphs)
        for index, text in enumerate(article.paragraphs):
            if only is not None and Ref(article.id, index) not in only:
                continue
            pieces_of = remarks(text)
            for pieces in pieces_of:
                found.extend(_quotation(article, index, pieces, names, people))
            if not pieces_of and index and _introduces(article.paragraphs[index - 1]):
                found.extend(_set_off(article, index, names, people))
    return found


#: The end of a paragraph that introduces the quotation set off after it: a sentence with a verb
#: of speech closed by a colon ("In a note, she writes:", "Here's what the chair had to say:").
_INTRODUCING = re.compile(rf"\b{_VERB}\b[^.!?\"“”«»]{{0,80}}:\s*$")


def _introduces(text: str) -> bool:
    """Whether *text*, a paragraph, ends by introducing a quotation set off after it (:data:`_INTRODUCING`)."""
    return bool(_INTRODUCING.search(text[_sentence_start(text, len(text) - 1) :]))


def _set_off(article: Article, index: int, names: Collection[str], people: _FullNames) -> list[Quotation]:
    """Paragraph *index* of *article*, which holds no quotation marks, as the quotation the
    paragraph before introduces (:func:`_introduces`): a block quote (a live blog's
    <blockquote>) as print sets it, without marks. Its speaker is the one the introducing
    sentence names, or by a pronoun ("she writes:") the one named before it."""
    text = article.paragraphs[index]
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    quoted = text[start:end].strip(" ,.")
    if len(words(quoted)) <= SCARE_WORDS:
        return []
    return [Quotation(Ref(article.id, index), (start, end), quoted, _introduced_by(article, index, quoted, names, people))]


def _introduced_by(article: Article, index: int, quoted: str, names: Collection[str], people: _FullNames) -> str | None:
    """Whom the paragraph before paragraph *index* of *article*, introducing the *quoted* words
    that stand alone in it (:func:`_introduces`), names as their speaker: the person its last
    sentence names ("Here's what the chair, Sir Anthony Pell, had to say:"), or by a pronoun
    ("In a note, she writes:") the one named before; None where it names no one."""
    intro = article.paragraphs[index - 1]
    earlier = article.paragraphs[index - 2] if index > 1 else ""
    joined = f"{intro} “{quoted}”"
    at = len(intro) + 2
    named = _attribution(joined, (at, at + len(quoted)))
    if named is None or named == _BY_PRONOUN:
        own = _sentence_start(intro, len(intro) - 1)
        head = intro[:own] if named == _BY_PRONOUN else intro
        named = _speaker_before(head, speaking=False, before=earlier, names=names)
    return _as_named(named, people, (index - 1, len(intro)))


#: A paragraph that is one quotation and nothing else.
_LONE_QUOTATION = re.compile(r"\s*[\"“„«»‘'「『][^\"“”«»「」『』]*[\"“”«»’'」』]\W*")
#: A paragraph that opens with a quotation, if it does, and what follows it.
_OPENS_QUOTED = re.compile(r"\s*(?:[\"“„«»‘'「『][^\"“”«»「」『』]*[\"“”«»’'」』])?(?P<after>.*)", re.S)
#: How many paragraphs a quotation set off as a block may run to before its attribution.
BLOCK_PARAGRAPHS = 5


def _attributed_under(following: Sequence[str]) -> str | None:
    """Whom the dash attribution under a quotation set off as paragraphs names: the first of
    *following* (the paragraphs after it) that is no quotation alone, if it is such a line
    ("— Jon Strand") or a quotation closed by one, within BLOCK_PARAGRAPHS; else None."""
    for text in following[:BLOCK_PARAGRAPHS]:
        if not _LONE_QUOTATION.fullmatch(text):
            opens = _OPENS_QUOTED.fullmatch(text)
            return _dash_attribution(opens["after"]) if opens else None
    return None


def _quotation(article: Article, index: int, pieces: list[Span], names: Collection[str], people: _FullNames) -> list[Quotation]:
    """The quotation made of *pieces* of paragraph *index*, unless it is a scare quote; *names*
    are the story's :func:`proper_nouns`, *people* those the article names in full."""
    if not pieces:
        return []
    text = article.paragraphs[index]
    quoted = " … ".join(text[s:e].strip(" ,.") for s, e in pieces)
    n = len(words(quoted))
    if n == 0:
        return []
    span = (pieces[0][0], pieces[-1][1])
    before = article.paragraphs[index - 1] if index else ""
    following = article.paragraphs[index + 1 : index + 1 + BLOCK_PARAGRAPHS]
    under = _attributed_under(following) if _LONE_QUOTATION.fullmatch(text) else None
    speaker = _as_named(under or _speaker(text, pieces[0], before=before, names=names), people, (index, span[0]))
    if speaker is None and index and _LONE_QUOTATION.fullmatch(text) and _introduces(before):
        speaker = _introduced_by(article, index, quoted, names, people)  # a block quote in marks
    if len(pieces) == 1 and n <= SCARE_WORDS and _attribution(text, span) is None:
        return []  # a scare quote: 'a "working dinner"', 'called it "candid"'
    return [Quotation(Ref(article.id, index), span, quoted, speaker, tuple(pieces) if len(pieces) > 1 else ())]


def _organisation(name: str, employers: Collection[tuple[str, ...]] = ()) -> bool:
    """Whether *name* names an organisation ("the State Department"), not a person: by its last
    word, or as one of *employers* (the :func:`person_key` of each organisation the story names
    a role in: :data:`_EMPLOYER`)."""
    return name.split()[-1].lower() in _ORGANISATIONS or person_key(name) in employers


def _naming(members: Sequence[Quotation], people: dict[str, str], by_id: dict[str, Article]) -> dict[str, list[Quotation]]:
    """The people *members* (one quote's occurrences, in story order) are given to, each
    (as *people* shows them) with the occurrences that do, in order of first naming.

    A surname alone ("Mr Okafor") is the one of the quote's full names ending with it that
    most outlets give (of equals, the first named): a second reference agrees with the full
    name, where the story's full names for it disagree ("Daniel Okafor", "David Okafor")."""
    naming: dict[str, list[Quotation]] = {}
    for q in members:
        if q.speaker:
            naming.setdefault(people[q.speaker], []).append(q)
    outlets = {name: len({by_id[q.ref.article].outlet for q in where}) for name, where in naming.items()}
    keys = {name: person_key(name) for name in naming}
    merged: dict[str, str] = {}
    for name, key in keys.items():
        if len(key) == 1 and not _organisation(name):
            fulls = [full for full, k in keys.items() if len(k) > 1 and k[-1] == key[0]]
            if fulls:
                merged[name] = max(fulls, key=lambda full: outlets[full])  # max keeps the first of equals
    if not merged:
        return naming
    regrouped: dict[str, list[Quotation]] = {}
    for q in members:
        if q.speaker:
            name = people[q.speaker]
            regrouped.setdefault(merged.get(name, name), []).append(q)
    return regrouped


def _join_versions(
    groups: Groups, found: Sequence[Quotation], word_keys: Sequence[list[str]], people: dict[str, str]
) -> None:
    """Join in *groups* the quotations of *found* (*word_keys* their processed words) that are
    one quotation cut or extended apart: the same person (*people*, :func:`_people`) named as
    speaker of both, and an unbroken run of :data:`VERSION_RUN` words or more they share, at least
    :data:`VERSION_SHARE` of the shorter one's words. A phrase shared by different people,
    or by nobody named, joins nothing."""
    first: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}  # one of each wording per person
    for i, q in enumerate(found):
        if q.speaker and len(word_keys[i]) >= VERSION_RUN:
            first.setdefault((person_key(people[q.speaker]), tuple(word_keys[i])), i)
    by_run: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = {}
    for (person, key), i in first.items():
        for run in dict.fromkeys(key[k : k + VERSION_RUN] for k in range(len(key) - VERSION_RUN + 1)):
            by_run.setdefault((person, run), []).append(i)
    candidates = {(i, j) for same in by_run.values() for n, i in enumerate(same) for j in same[n + 1 :]}
    for i, j in sorted(candidates):
        if groups.root(i) == groups.root(j):
            continue  # already one quote: no need to measure
        if _versions(word_keys[i], word_keys[j]):
            groups.join(i, j)


def _close(a: Sequence[Hashable], b: Sequence[Hashable]) -> bool:
    """Whether wordings *a* and *b* (word sequences) are one statement's, varied: :data:`SAME_WORDING`
    close (Indel), and where each goes on past the last word they share in words of its own (or
    leads in before the first in its own), the words they share in order at least SAME_WORDING of
    each. Two statements sharing an opening ("The recount was carried out correctly so far" /
    "... carried out correctly and its result is final") share most of the shorter's words only;
    "candid, substantive, and constructive" / "candid, in-depth, and constructive talk" differ
    inside, and one goes on."""
    if not a or not b or Indel.normalized_similarity(a, b) < SAME_WORDING:
        return False
    equal = [op for op in Indel.opcodes(a, b) if op.tag == "equal"]
    if not equal:
        return False
    first, last = equal[0], equal[-1]
    own_tails = last.src_end < len(a) and last.dest_end < len(b)
    own_heads = first.src_start > 0 and first.dest_start > 0
    shared = sum(op.src_end - op.src_start for op in equal)
    return not (own_tails or own_heads) or shared >= SAME_WORDING * max(len(a), len(b))


def _versions(a: Sequence[Hashable], b: Sequence[Hashable]) -> bool:
    """Whether wordings *a* and *b* (word sequences) may be one remark cut or extended apart: an
    unbroken run of :data:`VERSION_RUN` words or more they share, at least :data:`VERSION_SHARE`
    of the shorter one's words, and outside it words of their own at one end only. Each may go on
    past the run where the other was cut ("X Y" / "Y Z"), or each lead into it in words of its
    own where both end with it (an outlet joins a remark to its own sentence: "Money will not fix
    this, because a forest takes ..."). Where each goes on past the run in words of its own, or
    each leads into it in its own and one goes on past, the run is a phrase two statements share
    ("The recount was carried out correctly so far" / "... correctly and its result is final";
    "We are not asking for favours, only for every vote to be counted" / "We asked for every vote
    to be counted, and it has been")."""
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if match.size < VERSION_RUN or match.size < VERSION_SHARE * min(len(a), len(b)):
        return False
    own_heads = match.a > 0 and match.b > 0
    own_tails = match.a + match.size < len(a) and match.b + match.size < len(b)
    if own_tails:
        return False  # one opening, then each says its own
    return not own_heads or a[match.a + match.size :] == b[match.b + match.size :]  # both end with the run


def same_statement(a: Sequence[Hashable], b: Sequence[Hashable]) -> bool:
    """Whether quotations *a* and *b*, as word sequences (:func:`core.text.process` split, or any
    codes of words, equal for equal words), are one statement as :func:`find_quotes` groups
    them: close in wording (most of the words of each in common, in order), one a fragment of
    the other (all its words in one run of the other's), or one remark cut or extended apart
    (:func:`_versions`; :func:`find_quotes` asks that one person be named as speaker of both).
    Two statements that share an opening or a stock phrase are not: "carried out correctly so
    far" / "carried out correctly and its result is final"."""
    if not a or not b:
        return False
    return _fragment(a, b) or _close(a, b) or _versions(a, b)


#: A fragment of a quotation may leave out or respell this share of its words ("that the
#: competition we have" of "that the competition that we have"), as :data:`FRAGMENT` lets characters.
FRAGMENT_WORDS = 0.9


def _fragment(a: Sequence[Hashable], b: Sequence[Hashable]) -> bool:
    """Whether the shorter of wordings *a* and *b* (two words or more) is a fragment of the
    longer: at least :data:`FRAGMENT_WORDS` of its words in order in one stretch of the longer's
    no more than two words longer than it."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2:
        return False
    equal = [op for op in Indel.opcodes(short, long) if op.tag == "equal"]
    if not equal:
        return False
    matched = sum(op.src_end - op.src_start for op in equal)
    stretch = equal[-1].dest_end - equal[0].dest_start
    return matched >= FRAGMENT_WORDS * len(short) and stretch <= len(short) + 2


def find_quotes(
    articles: Sequence[Article],
    *,
    only: Collection[Ref] | None = None,
    origin: Callable[[Collection[str]], str | None] | None = None,
) -> list[Quote]:
    """Every direct quotation of the story, grouped into quotes, most widely carried first.

    *only*, where given, names the paragraphs whose quotations are wanted; the articles' other
    paragraphs are still read for who speaks (a surname alone, "she said"). *origin* tells, of
    some articles (their ids), the one whose words the others took (core.views.facts.origin_of),
    or None: where as many outlets give a quote to one person as to another, the person the
    origin names is its speaker (an edited copy giving it to someone else differs from its
    source, not the source from it); without it, or where the origin names neither, the
    person named first."""
    found = _occurrences(articles, only)
    keys = [processor(q.text) for q in found]
    groups = Groups(len(found))

    # First, wordings close enough to be one quote, varied, compared word by word.
    word_keys = [key.split() for key in keys]
    for i, key_words in enumerate(word_keys):
        close = process.extract(
            key_words, word_keys, scorer=Indel.normalized_similarity, processor=None,
            score_cutoff=SAME_WORDING, limit=None,
        )
        for _, _, j in close:
            if _close(key_words, word_keys[j]):
                groups.join(i, j)
    # Then a quote that is a fragment of a longer one joins that one: the single
    # best container, so a phrase two different statements share never joins them.
    longest: dict[int, str] = {}
    sizes: Counter[int] = Counter()
    for i, key in enumerate(keys):
        r = groups.root(i)
        sizes[r] += 1
        if len(key) > len(longest.get(r, "")):
            longest[r] = key
    reps = sorted(longest, key=lambda r: (len(longest[r]), r))
    texts = [longest[r] for r in reps]
    for n, r in enumerate(reps):
        if len(texts[n].split()) < FRAGMENT_LEAST:
            continue
        inside = process.extract(texts[n], texts, scorer=fuzz.partial_ratio, processor=None, score_cutoff=FRAGMENT, limit=None)
        containers = [(score, sizes[reps[m]], len(texts[m]), -m) for _, score, m in inside if len(texts[m]) > len(texts[n])]
        if containers:
            best = -max(containers)[3]
            groups.join(r, reps[best])

    outlet_of = {a.id: a.outlet for a in articles}
    people = _people([(q.speaker, outlet_of[q.ref.article]) for q in found if q.speaker])
    # Last, the versions of one person's quotation that two outlets cut or extended apart.
    _join_versions(groups, found, word_keys, people)
    grouped = {r: [found[i] for i in items] for r, items in groups.members().items()}
    order = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    employers = frozenset(
        person_key(org) for ref in dict.fromkeys(q.ref for q in found)
        for match in _EMPLOYER.finditer(by_id[ref.article].paragraphs[ref.paragraph]) if (org := _clean_name(match["org"]))
    )

    def organisation(name: str) -> bool:
        return _organisation(name, employers)

    quotes = []
    for members in grouped.values():
        members.sort(key=lambda q: (order[q.ref.article], q.ref.paragraph, q.span))
        wording = Counter(processor(q.text) for q in members)
        text = max(members, key=lambda q: (wording[processor(q.text)], len(q.text))).text
        naming = _naming(members, people, by_id)
        outlets = {name: len({by_id[q.ref.article].outlet for q in where}) for name, where in naming.items()}
        # The person most outlets name ("said Mr Miller" and "the State Department said" of one
        # remark: Miller), then the first named; an organisation only where no report names a person.
        speaker = max(naming, key=lambda s: (not organisation(s), outlets[s]), default=None)
        chosen_by = None
        if speaker is not None and origin is not None:
            equals = [s for s in naming if organisation(s) == organisation(speaker) and outlets[s] == outlets[speaker]]
            if len(equals) > 1:
                source = origin({q.ref.article for s in equals for q in naming[s]})
                by_source = [s for s in equals if any(q.ref.article == source for q in naming[s])]
                if len(by_source) == 1:
                    speaker, chosen_by = by_source[0], source
        # A person and the organisation they speak for do not disagree on who said it.
        differing = [
            name for name in naming
            if speaker is not None and name != speaker and organisation(name) == organisation(speaker)
        ]
        others = tuple((naming[name][0].speaker or name, tuple(naming[name])) for name in differing)
        tied = frozenset(naming[name][0].speaker or name for name in differing if speaker and outlets[name] == outlets[speaker])
        quotes.append(Quote(text, speaker, tuple(members), others, tied, chosen_by))
    quotes.sort(key=lambda q: (-len({q_.ref.article for q_ in q.occurrences}), order[q.occurrences[0].ref.article], q.occurrences[0].ref.paragraph))
    return quotes


#: Two quotations in two languages given to one person are one statement translated when they
#: give the same figures (all of them, at least one) and at least this many figures and names in
#: all (:func:`tie_translations`): a central banker's "2%" alone comes back in many statements.
TRANSLATED_SHARED = 2
#: ... or, with the optional model (core.linking.semantic), when each is the other's closest of the
#: person's quotations in the two languages and their cosine (multilingual-e5-small, the whole
#: quotations) reaches this. Measured by bench/translated_quotes.py on 9 statements written in 4 to
#: 7 languages (108 translated pairs, 846 pairs of different statements): the closest different
#: statements reach 0.919 ("Inflation is coming down, but not fast enough ..." / "Inflation is
#: slowing, and we are not yet where we want to be"), so at 0.92 no pair of them is, and 52 of the
#: 108 translated pairs are; :func:`tie_translations` ties 65 of them (with the figures, and through
#: a third language), none wrong. Lower, two statements of one subject meet when either is quoted alone.
TRANSLATED_COSINE = 0.92
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_CASED = re.compile(r"[^\W\d_]+")


def _figures(text: str, language: str | None) -> frozenset[float]:
    """The numbers *text* prints in digits, as values: "4,50" of a German quotation is the
    "4.5" of an English one (core.numbers.plain_digits), "1.200" of it 1200."""
    from core.numbers import DOTTED_THOUSANDS, plain_digits, undotted

    found = set()
    for match in _FIGURE.finditer(text):
        try:
            found.add(float(plain_digits(undotted(match[0], language in DOTTED_THOUSANDS))))
        except ValueError:
            continue
    return frozenset(found)


def _name_words(text: str) -> list[str]:
    """The words of *text* that may be names: those after the first that begin with a capital, and
    every word of a script without capitals (Devanagari), whose names are told only by their sound."""
    found = []
    for n, match in enumerate(_CASED.finditer(text)):
        word = match[0]
        if word[0].isupper() and n > 0 or not word.isascii() and word.lower() == word.upper():
            found.append(word)
    return found


def _same_person(one: str, other: str) -> bool:
    """Whether *one* and *other*, speakers' names maybe in two scripts, are one person: the same
    :func:`person_key`, or the same surname by its sound ("Ilse Branko" / "गवर्नर इल्से ब्रांको":
    core.stories.cluster.same_name_word), with no other name before it in the same script."""
    from core.stories.cluster import same_name_word

    a, b = person_key(one), person_key(other)
    if a == b:
        return True
    if not same_name_word(a[-1], b[-1]):
        return False
    if len(a) > 1 and len(b) > 1 and a[-2].isascii() == b[-2].isascii():
        # "Ilse Branko" is not "Petra Branko"; the words before the first name may be an office
        # of another language ("Gouverneurin Ilse Branko").
        return same_name_word(a[-2], b[-2])
    return True


def _shared_content(a: Quote, b: Quote) -> str | None:
    """What two quotations in two languages share that makes them one statement (see
    :data:`TRANSLATED_SHARED`), as "figures and names: 4.5, 2027, Valdoria"; None where they do
    not: no figure, another figure on either side, or too few figures and names."""
    fa, fb = _figures(a.text, a.language), _figures(b.text, b.language)
    if not fa or fa != fb:
        return None
    names_b = _name_words(b.text)
    names = list(dict.fromkeys(x for x in _name_words(a.text) if any(_same_word(x, y) for y in names_b)))
    if len(fa) + len(names) < TRANSLATED_SHARED:
        return None
    return "figures and names: " + ", ".join([*(f"{v:g}" for v in sorted(fa)), *names])


def _same_word(one: str, other: str) -> bool:
    from core.stories.cluster import same_name_word

    return same_name_word(one, other)


def tie_translations(
    quotes: Sequence[Quote],
    languages: Sequence[str | None],
    *,
    similarity: Callable[[str, str], float] | None = None,
    threshold: float = TRANSLATED_COSINE,
) -> list[Quote]:
    """*quotes* (as :func:`find_quotes` orders them) with each statement quoted in several
    languages made one: the quote most articles carry (of equals, the one in the language most
    quoting articles are in, then the first) holds the others as its :attr:`Quote.translations`,
    each with its :attr:`Quote.tied_by`, in the place of the first of them.

    Two quotes are tied when their languages are told and differ, one person is named as the
    speaker of both (:func:`_same_person`: names compared across scripts by their sound), and
    either they give the same figures and enough names (:func:`_shared_content`), or, where
    *similarity* is given (the optional model's cosine of two texts), each is the other's
    closest of that person's quotes in the two languages at *threshold* or more, and they give
    no different figures. Two quotes of one language are never tied through a third, so two
    statements of one speaker stay apart. Deterministic: ties are made strongest first, then in
    the order of *quotes*.

    Args:
        quotes: the story's quotes.
        languages: the language of each quote's wording (a code), None where not told.
        similarity: the cosine of two texts' meanings, in [-1, 1]; None: figures and names only.
        threshold: the least cosine for a tie by meaning.

    Raises ValueError when *languages* and *quotes* differ in length.
    """
    if len(languages) != len(quotes):
        raise ValueError(f"{len(languages)} languages for {len(quotes)} quotes")
    told = [replace(q, language=lang) for q, lang in zip(quotes, languages)]
    pairs = [
        (i, j) for i, j in combinations(range(len(told)), 2)
        if languages[i] is not None and languages[j] is not None and languages[i] != languages[j]
        and told[i].speaker and told[j].speaker and _same_person(told[i].speaker or "", told[j].speaker or "")
    ]
    ties: list[tuple[float, int, int, str]] = []  # strength (2: figures and names), i, j, why
    for i, j in pairs:
        if (shared := _shared_content(told[i], told[j])) is not None:
            ties.append((2.0, i, j, shared))
    if similarity is not None:
        cosine = {(i, j): similarity(told[i].text, told[j].text) for i, j in pairs}
        for (i, j), c in cosine.items():
            fi, fj = _figures(told[i].text, languages[i]), _figures(told[j].text, languages[j])
            if c < threshold or fi and fj and fi != fj:
                continue
            # Each the other's closest of the person's quotes in the other's language: no pair of
            # the two languages that holds either is as close.
            rivals = [c2 for (x, y), c2 in cosine.items() if (x, y) != (i, j) and {x, y} & {i, j}
                      and {languages[x], languages[y]} == {languages[i], languages[j]}]
            if all(c > c2 for c2 in rivals):
                ties.append((c, i, j, f"meaning: {c:.2f}"))
    ties.sort(key=lambda t: (-t[0], t[1], t[2]))
    group = list(range(len(told)))
    members: dict[int, set[int]] = {k: {k} for k in range(len(told))}
    why: dict[int, str] = {}
    for _, i, j, reason in ties:
        gi, gj = group[i], group[j]
        if gi == gj or {languages[k] for k in members[gi]} & {languages[k] for k in members[gj]}:
            continue  # one statement per language: a third never joins two of one language
        head, tail = min(gi, gj), max(gi, gj)
        for k in members.pop(tail):
            group[k] = head
            members[head].add(k)
            why.setdefault(k, reason)  # a quote joined with its own translations: the tie that joined them
    # The quote shown is the wording most articles carry; of equals, the one in the language most
    # of the story's quoting articles are in (the reader's, as likely as not), then the first.
    carried = [len({o.ref.article for o in q.occurrences}) for q in told]
    in_language: Counter[str | None] = Counter()
    for q, language in zip(told, languages):
        in_language[language] += len({o.ref.article for o in q.occurrences})
    result: list[Quote] = []
    for k in range(len(told)):  # in the place of the group's first
        if group[k] != k:
            continue
        head = min(members[k], key=lambda m: (-carried[m], -in_language[languages[m]], m))
        if head != k:
            why[k] = why[head]
        translated = tuple(replace(told[m], tied_by=why.get(m)) for m in sorted(members[k]) if m != head)
        result.append(replace(told[head], translations=translated, tied_by=None))
    return result
