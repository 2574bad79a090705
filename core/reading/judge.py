"""The shared judgement of reading: what is page furniture, and what is metadata.

Every input kind (:mod:`.html`, :mod:`.feed`, :mod:`.jsonl`, :mod:`.text`) ends here:

* the vocabularies of page furniture (share and sign-in prompts, paywall notices, "read
  more" blocks, credits), kept as data with a comment each;
* the shape of a line of plain text (body, heading, byline, date, source, caption,
  furniture), with position and repetition within a page (used for plain text, where
  nothing else tells the report from its page);
* datelines ("PARIS, 3 mars (AFP) -") and calendar dates in date lines;
* the one constructor of an :class:`~core.model.Article` from what a reader found,
  which also decides the label of an article whose outlet nothing names.

Nothing here knows any particular site.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from core.model import Article, article_id, iso_stamp
from core.calendar_words import (
    DAY_OF_MONTH as _DAY_OF_MONTH, INDIC as _INDIC, JOINERS as _JOINERS, MONTH_KEYS as _MONTH_KEYS, NO_JOINERS as _NO_JOINERS,
    SYLLABLE as _SYLLABLE, WEEKDAY_WORD as _WEEKDAY_WORD, WEEKDAY_WORDS as _WEEKDAY_WORDS, month_key, month_name_counts as _month_name_counts,
    majority_month, month_number, month_phrases, CALENDAR_MONTHS,
)
from core.progress import report
from core.sanitize import sanitize, without_controls, without_escape_sequences
from core.stamps import (
    CLOCK_AT, CLOCK_STAMP, HALF_DAY, STAMP_LABEL, STAMP_WORDS, heading_stamp, is_dated_clock, update_time,
)
from core.text import MONTHS, SENTENCE_BREAK, UNSPACED, credit_names, dateline_credit, dateline_place, is_article_note, search_fold, sentence_starts, word_pattern

__all__ = [
    "printed_lines", "fold_words", "PICTURE_WORD", "PICTURE_WORDS", "BYLINE_OPENING", "BY_WORD", "JOB_TITLE", "datelined", "LONG_WORD", "OFFICE_ROLE", "VALEDICTION", "WRITER_ROLE", "is_generic_name", "is_site_host", "names_host", "byline_head", "byline_names", "SIGNATURE", "Kind", "Unit", "classify", "classify_line", "copyright_year", "dateline_date", "find_date", "find_datetime", "find_update", "is_update_line", "in_capitals", "without_signature", "is_outlet_name", "is_person_name", "is_report_label", "is_role_line", "is_section_label", "weekday_dated", "is_sentence", "is_bracket_label", "without_bracket_label",
    "is_organisation", "posted_by", "is_running_head", "running_head_outlet", "is_contact_block", "is_contact_line", "CONTACT_LINE_WORDS", "is_end_mark", "is_hashtag_line", "is_risk_warning", "is_closing_disclaimer", "is_rights_notice", "is_comments_label", "is_capitalised", "is_greeting", "is_mail_frame", "is_postal_address", "is_share_line", "is_sponsor_line", "is_stamp_block", "ERA_YEARS", "credited_place", "is_newsroom_credit", "InfoLine", "info_line",
    "make_article", "reading_language", "read_in_language", "language_month", "opens_byline", "is_page_tool", "is_ai_note", "reporter_credit", "reporter_signed", "language_byline", "page_language", "LANGUAGE_SAMPLE", "after_post_date", "dated_name", "section_dated", "masthead_line", "signed_dateline",
    "labelled_field", "EntryMeta", "entry_meta", "lone_agency_dateline", "lone_dateline", "placed_stamp", "outlet_label", "split_credit", "split_dateline", "split_units", "wire_credit", "without_name_notes", "word_count", "writing_credit",
]


class Kind(str, Enum):
    """What one line of a page is."""

    BODY = "body"
    HEADING = "heading"  # headline, standfirst or subheading: headline-shaped
    BYLINE = "byline"
    SOURCE = "source"  # a line naming the outlet: "BBC News", "NHK: 4 hours ago"
    DATE = "date"
    CAPTION = "caption"
    FURNITURE = "furniture"


@dataclass(frozen=True, slots=True)
class Unit:
    """One line of a page (hard-wrapped lines already joined) and what it is."""

    text: str
    kind: Kind
    blank_before: bool = False


_WORD = word_pattern("'’.-")
_ASCII_WORD = word_pattern("'’.-", ascii=True)  # the same words, for text all ASCII, in fewer steps
#: Full stops, question and exclamation marks: Latin, CJK (。！？), Arabic (؟ ۔), Devanagari (। ॥).
_STOPS = ".!?…。！？؟۔।॥"
#: What may close a sentence after its stop: quotation marks of every language, brackets;
#: then the direction marks right-to-left text carries (LRM, RLM, the Arabic letter mark ALM),
#: which are not text to read.
_SENTENCE_END = re.compile(
    rf"(?:[{_STOPS}](?:[\s\"'”’“‘»«„)\]」』]+)?|[\"”’“»«」』])[\s\u200e\u200f\u061c]*$"
)

_CHROME_WORDS = (
    r"share (?:this|on|via|the|article|story)\b",
    r"sign[ -]?(?:in|up|out)\b", r"log[ -]?(?:in|out)\b", r"logged in\b",
    r"subscri(?:be|ption)s?\b", r"newsletters?\b", r"comments\b",
    r"commenting\b", r"leave a (?:reply|comment)\b", r"post(?:ing)? (?:a |your )?comments?\b",
    r"you (?:might|may) (?:also )?like\b", r"cookies?\b", r"advertis(?:ement|ing)\b",
    r"copy to clipboard\b", r"embed\b", r"click here\b", r"(?:follow|find|contact) us\b",
    r"download (?:the|our) app\b", r"mobile apps?\b", r"smart speakers?\b",
    r"how to listen\b", r"\d{2,3}(?:\.\d)?\s?(?:fm|mhz)\b", r"email address\b",
    r"email protected\b", r"rate this\b",
    r"powered by\b", r"automated translation\b", r"community (?:guidelines|standards)\b",
    r"registered users?\b", r"terms of (?:use|service)\b", r"privacy (?:policy|notice)\b",
    r"all rights reserved\b", r"free (?:stories|articles)\b",
    r"member-only\b", r"read later\b", r"unlock\b", r"paywall\b", r"premium\b",
    r"skip to (?:main )?(?:content|navigation|search|footer|site index)", r"site index\b",
    r"back to (?:top|home)\b", r"javascript\b", r"read in app\b",
    r"this (?:article|story|page) is more than\b", r"reuse this content\b",
    r"ad feedback\b", r"is this ad\b", r"contributed (?:to )?this (?:report|story)\b", r"contributed reporting\b",
    # a wire report's credits, "Reporting by Bart Meijer; Editing by Janet Lawrence" (not "reporting by local media")
    r"(?:additional )?(?:reporting|writing|editing) by [\w .'-]{2,40}(?:;|$)",
    r"print this\b", r"save (?:this )?(?:article|story)\b", r"gift (?:this )?article\b",
    r"open in app\b", r"listen to (?:this )?article\b", r"minutes? read\b",
)
_CHROME_OTHER = (
    r"^share\b",
    r"^(?:read|see|watch|listen) (?:more|also|next|live)\b", r"^also read\b",
    r"^(?:related|recommended|more (?:from|on|stories)|most (?:read|popular|viewed)|trending|top stories|latest(?: news)?|editor'?s picks?)\b",
    r"^copyright\b", r"©", r"\[email\s*protected\]", r"\(\d+ votes?\)",
    r"^reporting from [\w ,'-]{2,40}$",
)
#: A publisher's disclaimer or its notes to editors, by the label that opens it, in the languages of
#: pages: "Disclaimer:", "Notes to editors:", "Haftungsausschluss:", "Aviso legal:", "Avertissement
#: :", "Clause de non-responsabilité :", "Descargo de responsabilidad:", "Isenção de
#: responsabilidade:", "Esclusione di responsabilità:", "Vrijwaring:", "Ansvarsfraskrivelse:",
#: "Zastrzeżenie:", "Отказ от ответственности:". The same under each report an agency or a site runs.
_DISCLAIMER_LABEL = (
    r"(?:important )?disclaimers?|notes? (?:to|for) (?:the )?editors|notes? aux (?:rédactions|éditeurs|journalistes)"
    r"|haftungsausschluss|rechtlicher hinweis|hinweis an die redaktion(?:en)?|aviso legal|nota (?:para|a) (?:los )?editores"
    r"|descargo de responsabilidad|exención de responsabilidad|avertissement|clause de non-responsabilité"
    r"|isenção de responsabilidade|aviso de isenção|esclusione di responsabilità|declinazione di responsabilità|note legali"
    r"|vrijwaring|ansvarsfraskrivelse|ansvarsfriskrivning|vastuuvapauslauseke|zastrzeżenie|отказ от ответственности"
)
#: A paragraph opened by such a label (:func:`is_closing_disclaimer`).
_LABELLED_DISCLAIMER = re.compile(rf"^(?:{_DISCLAIMER_LABEL})\s*[:：]\s*\S", re.I)
#: An e-mail's legal or confidentiality notice, at its opening: "This e-mail and any attachments are
#: confidential...", "CONFIDENTIALITY NOTICE: ...", "If you are not the intended recipient...", "The
#: information contained in this message is privileged...". Furniture of any page or message.
_DISCLAIMER = re.compile(
    r"^(?:confidentiality (?:notice|note|statement|disclaimer)|legal (?:notice|disclaimer))\s*[:.–—-]"
    r"|^(?:this|the information (?:contained )?in this|the contents? of this) (?:e-?mail|message|communication|transmission)"
    r"\b.{0,60}?\b(?:is|are|may be) (?:strictly |legally )?(?:confidential|privileged|intended (?:solely |only )?for)"
    r"|^if you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)"
    # ... in the other languages of mail: "Diese E-Mail ... ist vertraulich", "Ce courriel ... est
    # confidentiel", "Este correo ... es confidencial", "Questa e-mail ... riservat[ae]", "Deze e-mail
    # ... vertrouwelijk", "Bu e-posta ... gizli", "Это письмо ... конфиденциальн...", Kurmanji "Ev
    # e-name ... nepenî ne": the message named, then within a line that it is confidential
    r"|^(?:diese (?:e-?mail|nachricht)|ce (?:courriel|message|e-?mail)|este (?:correo|mensaje|e-?mail)|questa e-?mail"
    r"|questo messaggio|deze (?:e-?mail|boodschap)|dit bericht|este e-?mail|esta mensagem|ten e-?mail|ta wiadomość"
    r"|bu e-?posta|bu ileti|это (?:письмо|сообщение)|цей лист|ev e-?name|ev peyam)\b.{0,100}?"
    r"(?:vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|poufn|gizli|конфиденциальн|конфіденційн|nepenî)",
    re.I,
)
#: The most words of an e-mail's legal notice (:data:`_DISCLAIMER`); a longer block is a report.
DISCLAIMER_WORDS = 120
#: The vocabulary of page chrome. A line that is not shaped like a paragraph goes
#: on one hit; a paragraph-shaped line needs two distinct hits, so a report that
#: mentions "comments" or "subscribers" in passing keeps its sentence. The phrases
#: that start at a word share one leading \b, which lets the regex engine skip the
#: inside of words instead of trying every phrase at every character. It is matched
#: against lower-cased text: re.IGNORECASE makes the search twice as slow.
_CHROME = re.compile(r"\b(?:" + "|".join(_CHROME_WORDS) + r")|" + "|".join(_CHROME_OTHER))
#: Lines that are chrome on their own: menus, counters, widget labels.
#: A press release's label over its headline, the kind of document it is and when it may run, alone
#: on its line, in the languages of releases: "PRESS RELEASE", "For immediate release", "COMUNICADO
#: DE IMPRENSA", "Para divulgação imediata", "Communiqué de presse", "Pressemitteilung", "Nota de
#: prensa", "Comunicato stampa", "Persbericht", "Pressmeddelande", "Informacja prasowa", "Tiedote",
#: "Voor onmiddellijke publicatie", "Untuk disiarkan segera", "Do natychmiastowej publikacji",
#: "Vir onmiddellike vrystelling".
_RELEASE_LABEL = re.compile(
    r"^(?:(?:news|media|press) release|for (?:immediate|release|publication)\b.{0,30}|embargoed\b.{0,40}"
    r"|comunicado(?: de (?:imprensa|prensa))?|nota (?:de )?(?:imprensa|prensa)|para (?:divulgação|difusión|publicação|publicación) (?:imediata|inmediata)"
    r"|communiqué(?: de presse)?|pour (?:diffusion|publication) immédiate|pressemitteilung|presseinformation|zur sofortigen veröffentlichung"
    r"|comunicato stampa|per (?:la )?(?:diffusione|pubblicazione) immediata|persbericht|pressmeddelande|pressemelding|pressemeddelelse"
    r"|informacja prasowa|komunikat prasowy|tiedote|lehdistötiedote|tisková zpráva|basın bülteni|siaran pers|δελτίο τύπου|пресс-релиз"
    # "for immediate release" in more languages: Dutch, Indonesian and Malay, Nordic, Slavic, and others
    r"|voor (?:onmiddellijke|directe) (?:publicatie|vrijgave|verspreiding)|persmededeling|onder embargo\b.{0,40}"
    r"|untuk (?:disiarkan|diterbitkan|dipublikasikan|siaran|segera)\b.{0,20}|kenyataan (?:media|akhbar)|rilis pers"
    r"|för omedelbar (?:publicering|utgivning)|for umiddelbar (?:publisering|offentliggjøring)|til øjeblikkelig (?:offentliggørelse|udgivelse)"
    r"|julkaistavissa (?:heti|vapaasti)\b.{0,20}|vapaasti julkaistavissa|do natychmiastowej publikacji|k okamžitému (?:zveřejnění|uveřejnění)"
    r"|vir (?:onmiddellike|dadelike) (?:vrystelling|publikasie)|media(?:verklaring|vrystelling)|persverklaring"
    r"|tlačová správa|sajtóközlemény|azonnali közlésre|comunicat de presă|pentru (?:publicare|difuzare) imediată|nota de premsa|comunicat de premsa"
    r"|per (?:a )?(?:publicació|difusió) immediata|hemen yayınlanmak üzere|derhal yayımlanmak üzere|priopćenje za medije|saopštenje za medije"
    r"|sporočilo za javnost|pressiteade|pranešimas spaudai|preses relīze|thông cáo báo chí|pahayag sa (?:media|pahayagan)"
    r"|для немедленной публикации|для негайного оприлюднення|прес-реліз|(?:повідомлення|інформація) для (?:преси|змі)|сообщение для (?:прессы|сми)|прессъобщение|για άμεση δημοσίευση"
    r"|للنشر الفوري|بيان صحفي|הודעה לעיתונות|לפרסום מיידי|प्रेस विज्ञप्ति|ข่าวประชาสัมพันธ์|보도자료|プレスリリース|ニュースリリース|新闻稿|新聞稿)[.:]?$",
    re.I,
)
_CHROME_LINE = re.compile(
    r"^(?:online|menu|search|home|close|next|previous|more|print|email|e-mail|comments?|"
    r"share|tweet|facebook|twitter|whatsapp|linkedin|reddit|telegram|copied|loading\.*|"
    r"\d+\s*/\s*\d+|by user|by admin)$",
    re.I,
)
#: A share bar's label, in many languages: "Share", "Partager", "Compartir", "Compartilhar",
#: "Partilhar", "Teilen", "Condividi", "Delen", "Udostępnij", "Paylaş", "Bagikan", "Dela",
#: "Поделиться", ... (the word alone is a widget's label; before a list of networks, a share bar).
SHARE_LABEL = (
    r"share|partager|partagez|partage|compartir|comparte|compartilhar|compartilhe|partilhar|partilhe|partilha"
    r"|teilen|teile|condividi|condividere|delen|deel|udostępnij|podziel się|paylaş|paylaşın|bagikan|kongsi"
    r"|dela|del|jaa|deli|sdílet|zdieľať|podijeli|podijelite|podeli|megosztás|megosztom|distribuie|partajează"
    r"|поделиться|поделитесь|поділитися|поділіться|сподели|подели|κοινοποίηση|μοιραστείτε|chia sẻ|شارك|مشاركة"
    r"|שתפו|שתף|शेयर करें|シェア|共有|分享到|分享至|分享|공유하기|공유"
    # Amharic "share" (plural and singular), Georgian, Armenian, Khmer, Thai
    r"|ያጋሩ|አጋራ|ያጋሩት|გაზიარება|կիսվել|ចែករំលែក|แชร์"
)
#: The networks, and the other buttons (mail, print, copy the link), a share bar lists.
SHARE_NETWORK = (
    r"facebook|x|twitter|linkedin|whatsapp|telegram|e-?mail|mail|courriel|correo|e-posta|reddit|pinterest|bluesky"
    r"|threads|mastodon|messenger|tumblr|flipboard|pocket|xing|vk|vkontakte|odnoklassniki|viber|line|weibo|wechat"
    r"|sms|print|imprimer|imprimir|drucken|stampa|afdrukken|copy link|copier le lien|copiar (?:el )?enlace"
    r"|copiar (?:o )?link|link kopieren|copia (?:il )?link|kopieer link|kopiuj link"
    # the print button in other languages: Russian, Ukrainian, Kazakh, Basque, Catalan, Finnish,
    # Swedish, Czech/Slovak, Hungarian, Polish, Lithuanian, Latvian, Estonian, Greek
    r"|печать|распечатать|друк|басып шығару|inprimatu|imprimeix|tulosta|skriv ut|tisk|tlač|nyomtatás|drukuj"
    r"|spausdinti|drukāt|prindi|εκτύπωση"
    # the networks as the scripts without Latin letters spell them: Amharic, Georgian, Armenian
    r"|ፌስቡክ|ቴሌግራም|ትዊተር|ዋትስአፕ|ኢሜይል|ህትመት|ფეისბუქი|ტელეგრამი|ֆեյսբուք|տելեգրամ"
)
#: (or nothing, where the page set its buttons side by side and their words ran together:
#: "ያጋሩ፦ፌስቡክቴሌግራም", "Share:FacebookX")
_SHARE_SEP = r"(?:\s*[·•|/,;–—-]\s*|\s+|(?<=[^\W\d_])(?=[^\W\d_]))"
#: A preposition between the label and the networks: "Share on", "Partager sur", "Teilen auf", "Compartilhar no".
_SHARE_ON = r"(?:on|via|with|sur|par|avec|en|por|no|na|em|auf|per|über|su|op|met|w|di|ke|på|в|через|σε)"
#: One button of a share bar: a label, maybe with its preposition and network ("Share on X",
#: "Partager sur Facebook"), or a network alone.
_SHARE_ITEM = rf"(?:(?:{SHARE_LABEL})(?:\s+{_SHARE_ON})?(?:\s+(?:{SHARE_NETWORK}))?|(?:{SHARE_NETWORK}))"
#: A share bar as one line: maybe its label with a few words and a colon ("Partager cet article :"),
#: then its buttons, parted by spaces, dots or bars ("Partager : Facebook · X · LinkedIn", "Teilen
#: auf WhatsApp | E-Mail", "Compartir:", "Share on Facebook Share on X", "Facebook · X · LinkedIn").
_SHARE_LINE = re.compile(
    rf"^(?:(?:{SHARE_LABEL})(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s*[:：፦፥–—-]\s*)?"
    rf"(?:{_SHARE_ITEM}(?:{_SHARE_SEP}(?!$)|\s*(?=[:.]?$)))+[:.]?$",
    re.I,
)
_SHARE_LABELS = re.compile(rf"(?<!\w)(?:{SHARE_LABEL})(?!\w)", re.I)
_SHARE_NETWORKS = re.compile(rf"(?<!\w)(?:{SHARE_NETWORK})(?!\w)", re.I)


def is_share_line(text: str) -> bool:
    """Whether *text* is a share bar, of any language, as one line or block: a share label
    (:data:`SHARE_LABEL`) with or before a list of networks (:data:`SHARE_NETWORK`), the label
    alone, or two networks or more alone ("Partager : Facebook · X · LinkedIn", "Teilen",
    "WhatsApp · E-Mail"); one network alone is no share bar ("Threads", "X")."""
    line = " ".join(text.split())
    return _SHARE_LINE.match(line) is not None and (
        _SHARE_LABELS.search(line) is not None or len(_SHARE_NETWORKS.findall(line)) >= 2)


#: A newsletter's greeting or sign-off as a whole block, no report: "Good morning. Here is what you
#: need to know today.", "Bonjour !", "Have a good day.", "See you tomorrow." (in several languages).
_GREETING = re.compile(
    r"^(?:(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|greetings|welcome back|bonjour|bonsoir|buenos días"
    r"|buenas (?:tardes|noches)|guten (?:morgen|tag|abend)|goedemorgen|goedemiddag|goedenavond|buongiorno|buonasera"
    r"|bom dia|boa (?:tarde|noite)|dzień dobry|god morgon|god morgen|günaydın|selamat pagi)"
    r"(?:,? (?:everyone|all|readers|friends|there))?\s*[.!,]"
    r"(?:\s*(?:here(?:'s|’s| is| are)|this is|welcome to|voici|aquí (?:está|tienes)|hier (?:ist|sind|is))\b[^.!?]{0,80}[.!:]?)?"
    r"|(?:have a (?:good|great|nice|lovely) (?:day|morning|evening|weekend|week)|see you (?:tomorrow|next week|on \w+)"
    r"|until tomorrow|thanks for reading|bonne (?:journée|soirée)|à demain|hasta mañana|bis morgen|tot morgen|a domani)[.!]?"
    r"(?:\s+(?:see you (?:tomorrow|next week|on \w+)|have a (?:good|great|nice) (?:day|weekend)|à demain)[.!]?)?)$",
    re.I,
)


def is_greeting(text: str) -> bool:
    """Whether *text* is a newsletter's greeting or sign-off and nothing more (:data:`_GREETING`)."""
    return _GREETING.match(" ".join(text.split())) is not None


#: The labels a sponsor's or an advertiser's box opens with, then who paid: "Sponsored by", "Presented
#: by", "Brought to you by", "In partnership with", and the same in German, French, Spanish,
#: Portuguese, Italian and Dutch ("Präsentiert von", "En partenariat avec", "Patrocinado por").
_SPONSOR_BY = (
    r"(?:sponsored|presented|brought to you|promoted|paid for|powered) by|in (?:paid )?(?:partnership|association) with"
    r"|(?:gesponsert|präsentiert|ermöglicht) (?:von|durch)|in (?:zusammenarbeit|kooperation|partnerschaft) mit"
    r"|(?:sponsoris[ée]e?|présentée?) par|en (?:partenariat|association) avec"
    r"|(?:patrocinad[oa]|presentad[oa]|apresentad[oa]) por|en colaboración con|em parceria com"
    r"|(?:sponsorizzat[oa]|presentat[oa]) da|in collaborazione con|(?:gesponsord|aangeboden|mogelijk gemaakt) door|in samenwerking met"
)
#: An advertiser's label with nothing after it but a colon or a dash and its offer ("Anzeige: ...",
#: "Sponsored — ...", "Contenu sponsorisé | ..."): words that say advertising and nothing else.
_SPONSOR_LABEL = (
    r"(?:sponsored|paid|partner|promoted) (?:content|post|story)|sponsored|paid partnership|advertisement|advertorial"
    r"|anzeige|gesponsert|werbeanzeige|sponsoris[ée]e?|contenu (?:sponsorisé|partenaire)|publi-?(?:reportage|rédactionnel)"
    r"|patrocinad[oa]|contenido patrocinado|publirreportaje|conteúdo patrocinado|publieditorial"
    r"|sponsorizzat[oa]|contenuto sponsorizzato|gesponsord|advertentie"
)
#: The generic words for advertising, a box's label only where a dash, a bar or a dot follows
#: them ("PUBLICIDAD — ..."): after a colon they label a report's figure ("Publicidad: 3,2 millones").
_ADVERTISING = r"advertising|werbung|publicité|publicidad|publicidade|pubblicità|reklama"
#: A newsletter's or a programme's own line naming its sponsor: "This newsletter is sponsored by ...",
#: "Today's briefing is brought to you by ...", "Dieser Newsletter wird präsentiert von ...".
_SPONSORED_ISSUE = (
    r"(?:this|today['’]s|this (?:week|month)['’]s) (?:\w+ )?(?:newsletter|issue|edition|e-?mail|briefing|episode|podcast|digest|update)"
    r" is (?:sponsored|presented|brought to you|supported|made possible|powered|underwritten) by\b"
    r"|(?:dieser|der heutige) newsletter wird (?:präsentiert|unterstützt|gesponsert|ermöglicht) (?:von|durch)\b"
    r"|cette (?:newsletter|lettre) est (?:sponsorisée|présentée|offerte|soutenue) par\b"
    r"|este (?:boletín|newsletter) (?:está patrocinado|es presentado|llega gracias a)\b"
)
#: What parts a sponsor's line: after the label, or after the sponsor's name, its offer follows.
_SPONSOR_BREAK = r"\s*(?:[:：|·•—–]|\s-\s|[.!](?=\s|$))"
_SPONSOR = re.compile(
    rf"^(?:{_SPONSORED_ISSUE})"
    rf"|^(?:{_SPONSOR_LABEL})(?:{_SPONSOR_BREAK}|\s*$)"
    rf"|^(?:{_ADVERTISING})\s*(?:[|·•—–]|\s-\s)"
    # the label, then who paid: a name of a few words (no comma: "Sponsored by the council, the race
    # drew ..." is a report's), then the offer after a dash, a bar or a full stop, or nothing more
    rf"|^(?:{_SPONSOR_BY})\s+(?P<name>[^\s,;:|·•—–]+(?:\s+[^\s,;:|·•—–]+){{0,5}}?)(?:{_SPONSOR_BREAK}|\s*$)",
    re.I,
)
#: The most words of a sponsor's offer after a full stop (after a dash or a bar, the line's length alone counts).
SPONSOR_OFFER_WORDS = 15
#: The articles a sponsor's name may open with in its line ("Presented by the Harbour Trust").
_NAME_ARTICLE = re.compile(r"^(?:the|der|die|das|le|la|les|l['’]|el|los|las|il|lo|o|a|os|as|de|het)\s+", re.I)


def is_sponsor_line(text: str) -> bool:
    """Whether a line or block is a sponsor's or an advertiser's box and nothing more, of a notice's
    length (:data:`FURNITURE_BLOCK_WORDS` words): a label that says who paid, then their name and,
    often, their offer ("Sponsored by Example Boats — Book your summer charter today and save 10%.",
    "Präsentiert von Beispiel Bank", "In partnership with Example Air"); an advertiser's label
    before its offer ("Anzeige: ...", "Advertisement — ...", "Sponsorisé · ..."); a newsletter's
    line naming its sponsor ("This newsletter is sponsored by ..."). The sponsor's name opens in
    a capital or a digit: a report's sentence that says who sponsored what goes on ("Sponsored
    by the council, the regatta drew 40 crews.", "The race was sponsored by Example Boats").
    """
    line = " ".join(text.split())
    if not line or word_count(line) > FURNITURE_BLOCK_WORDS:
        return False
    found = _SPONSOR.match(line)
    if found is None:
        return False
    rest = line[found.end() :]
    if found.group(0).rstrip().endswith((".", "!")) and word_count(rest) > SPONSOR_OFFER_WORDS:
        return False  # a full stop, then a report's sentences: "Sponsored by Example Boats. The race drew ..."
    name = _NAME_ARTICLE.sub("", found["name"] or "", count=1)
    return not found["name"] or name[:1].isupper() or name[:1].isdigit()


#: The kinds of street an address names after the street's name, in English ("1 Quay Street",
#: "12 Harbour Rd", "400 Example Ave.").
_STREET_AFTER = (
    r"street|st|road|rd|avenue|ave|lane|ln|way|quay|square|sq|place|pl|drive|dr|boulevard|blvd|court|ct|terrace|crescent"
    r"|close|row|wharf|parade|walk|gardens|highway|hwy|parkway|pkwy|circle|plaza|mews|hill|green"
)
#: The ends of a street's name where the name and the kind are one word, then its number (German,
#: Dutch, Scandinavian, Finnish: "Hafenstraße 5", "Berliner Str. 12", "Keizersgracht 12", "Storgatan 3").
_STREET_SUFFIX = (
    r"straße|strasse|str\.|weg|platz|gasse|allee|ring|damm|ufer|kai|markt|straat|laan|gracht|plein|kade|dijk|singel"
    r"|gatan|gata|vägen|vej|vei|veien|gade|gate|katu|tie|kuja"
)
#: The kinds of street an address names before the street's name (French, Spanish, Catalan,
#: Italian, Portuguese, Polish: "12 rue du Port", "Calle Mayor 5", "Via Roma 10", "Rua Augusta").
_STREET_BEFORE = (
    r"rue|avenue|av\.|bd|boulevard|place|quai|chemin|allée|impasse|cours|calle|c/|avenida|avda\.?|plaza|paseo|carrer"
    r"|via|viale|piazza|corso|largo|rua|praça|travessa|alameda|ulica|ul\.|aleja|al\."
)
#: One part of a postal address that is its street and number, or a post-office box.
_STREET_PART = re.compile(
    rf"^\d{{1,5}}[a-z]?(?:[-–/]\d{{1,5}}[a-z]?)?\s+(?:[^\W\d_][\w'’.-]*\s+){{1,4}}(?:{_STREET_AFTER})\.?$"
    rf"|^(?:[^\W\d_][\w'’.-]*\s+){{0,2}}[^\W\d_][\w'’.-]*?(?:{_STREET_SUFFIX})\s*\d{{1,5}}[a-z]?(?:[-–/]\d{{1,5}}[a-z]?)?$"
    rf"|^(?:\d{{1,5}}[a-z]?(?:\s*(?:bis|ter))?,?\s+)?(?:{_STREET_BEFORE})\s+[^\d,;|]{{2,40}}?(?:,?\s*(?:n[º°o]\.?\s*)?\d{{1,5}}[a-z]?)?$"
    r"|^(?:p\.?\s?o\.?\s?box|post office box|postfach|postbus|boîte postale|b\.?p\.?|apartado(?: de correos)?|casilla"
    r"|caixa postal|casella postale)\s*\d{1,6}$",
    re.I,
)
#: The label before a newsletter's postal address: Mailchimp's "Our mailing address is:", "Address:".
_ADDRESS_LABEL = re.compile(
    r"^(?:our (?:mailing |postal )?address is|(?:mailing |postal )?address|adresse|anschrift|postanschrift"
    r"|dirección|direccion|indirizzo|endereço|adres)\s*:\s*", re.I)
#: What parts a one-line address: commas, bars, dots, dashes between spaces.
_ADDRESS_JOINT = re.compile(r"\s*(?:[,;|·•]|\s[-–—]\s)\s*")
#: The small words inside a place's or an organisation's name.
_ADDRESS_PARTICLES = frozenset(
    "of the and upon on in de du des la le les am an im der die das del della di da do dos van von und y e et sur".split())
#: The most words of a postal address on one line.
ADDRESS_WORDS = 25


def is_postal_address(text: str) -> bool:
    """Whether a line or block is a postal address and nothing more: the sender's, which a
    newsletter prints in its footer ("Harbour Gazette, 1 Quay Street, Portsea", "Our mailing
    address is: Example Media · Hafenstraße 5 · 20457 Hamburg"). Parts joined by commas, bars or
    dots (two to eight, each of a few words, each opening in a capital or a digit): one is a
    street and its number (:data:`_STREET_PART`) or a post-office box, and the line holds a
    number. No sentence: "The meeting is at 1 Quay Street, Portsea." is a report's."""
    line = _ADDRESS_LABEL.sub("", " ".join(text.split()), count=1).rstrip(" .")
    if not line or word_count(line) > ADDRESS_WORDS or not any(c.isdigit() for c in line):
        return False
    parts = [p for p in _ADDRESS_JOINT.split(line) if p]
    if not 2 <= len(parts) <= 8 or any(len(p.split()) > 6 for p in parts):
        return False
    streets = [p for p in parts if _STREET_PART.match(p)]
    # the other parts are names (the sender's, the town's, a postcode's): each word in a capital or
    # a digit, but a name's small words ("Isle of Wight", "Frankfurt am Main"); no clause
    return bool(streets) and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _ADDRESS_PARTICLES or not w[:1].isalnum()
        for p in parts if p not in streets for w in p.split()
    )


#: A line saying who else reported ("With reporting from agencies.", "With agencies", "Agencies
#: contributed to this report."): a credit, not news.
_CONTRIBUTED = re.compile(
    r"^(?:with|and)\s+(?:additional\s+)?(?:reporting|input|contributions?|material)\s+(?:from|by)\b.{0,80}$"
    r"|^(?:with|and)\s+(?:news\s+)?(?:agencies|agency|wires?|wire\s+services?)\b\W*$"
    r"|^[\w\s,&.'’-]{0,80}\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\W*$"
    # "With files from The Associated Press", "Contributing: Ana Ruiz, Bo Lind"
    r"|^(?:with|and)\s+files\s+(?:from|by)\s+[\w\s,&.'’-]{2,80}$|^contributing\s*:\s*[\w\s,&.'’-]{2,120}$",
    re.I,
)
#: A line that names the report's source after a label, in any of many languages: "Source:
#: Xinhua", "Via: AP", "Sumber: Antara", "Fuente: EFE", "Quelle: dpa/AFP", "Nguồn: TTXVN" (a name
#: of up to four words).
#: The label of a source line (:data:`_SOURCE_LINE`), in the languages of news sites: "Source",
#: "Fuente", "Quelle", "Źródło", "Kaynak", "Nguồn", "Источник", South Slavic "Izvor" and "Извор",
#: Lithuanian "Šaltinis", Latvian "Avots", Estonian "Allikas", Greek "Πηγή".
_SOURCE_LABEL = (r"sources?|via|from|agency|credit|sumber|fuente|fonte|quelle|źródło|zdroj|forrás|kaynak|nguồn|источник|джерело"
                 r"|kilde|källa|lähde|bron|izvor|извор|šaltinis|avots|allikas|πηγή")
_SOURCE_LINE = re.compile(
    rf"^(?:{_SOURCE_LABEL})\s*:\s*(?P<name>[^\W\d_][\w&.'’-]*(?:[ /,]+[\w&.'’-]+){{0,3}})\.?$",
    re.I,
)
#: Where a source line follows a time stamp on one line ("петак, 13. март 2026. у 14:05 Извор: Поморавски гласник").
_SOURCE_AFTER = re.compile(rf"\s(?=(?:{_SOURCE_LABEL})\s*:)", re.I)


#: The labels of a wire's or a press office's header fields, by the field they name, in the
#: languages copy is filed in: "HEADLINE: ...", "TÍTULO: ...", "Titel: ...", "BYLINE: ...", "autor:
#: ...", "DATE: ...", "Fecha: ...". The value after the label is the field (:func:`labelled_field`).
#: (A source's label is a source line's: :data:`_SOURCE_LINE`.)
#: The noun for a report's author in more languages, before a colon and the names ("Аутор: Марко
#: Пример"): Serbian Cyrillic "Аутор" (Russian, Bulgarian and Macedonian write "Автор"), Belarusian
#: "Аўтар", Uzbek "Muallif" (in Cyrillic "Муаллиф"), Azerbaijani "Müəllif", Armenian "Հեղինակ",
#: Arabic "الكاتب", Urdu "مصنف", Tagalog "May-akda", Maltese "Awtur", Welsh "Awdur", Irish "Údar",
#: Basque "Egilea", Yoruba "Òǹkọ̀wé", Amharic "ጸሐፊ" (writer) and "ደራሲ"; and the ones both tables
#: had written out before: Russian, Bulgarian and Macedonian "Автор" (plural "Автори"), Polish "Autorka",
#: Latvian "Autors", Lithuanian "Autorius", Turkish "Yazar", Hungarian "Szerző", Greek "Συντάκτης",
#: Indonesian "Penulis", Vietnamese "Tác giả", Norwegian and Danish "Forfatter", Swedish "Författare",
#: "Reporter". The one list of them: a header field's label (:data:`_FIELD_LABELS`) and a byline's
#: opener (:data:`_BY`) alike, each adding the words only it takes.
_AUTHOR_LABELS = ("аутор|аутори|ауторка|аўтар|muallif|муаллиф|müəllif|հեղինակ|الكاتب|كاتب|مصنف|may-akda|awtur|awdur|údar"
                  "|egilea|òǹkọ̀wé|ጸሐፊ|ደራሲ"
                  "|автор|автори|autorka|autors|autorius|yazar|szerző|συντάκτης|penulis|tác giả|forfatter|författare|reporter")
_FIELD_LABELS = {
    # (a memo's or a circular's subject is its headline: "Subject: ...", "Asunto: ...", "Betreff: ...")
    "title": "headline|title|titel|titre|título|titulo|titolo|tytuł|başlık|kop|kopregel|rubrik|rubriek|otsikko|overskrift"
             "|cím|nadpis|titlu|naslov|заголовок|назва|τίτλος|judul|tiêu đề|tajuk"
             "|subject|asunto|assunto|objet|objeto|oggetto|betreff|onderwerp|temat|konu|θέμα|тема|perihal|ämne|emne|aihe|tárgy",
    # (the English field names, the Latin languages' author nouns that _BY reads before its own labels,
    # Finnish "Tekijä", "Reporters"; and the author nouns of _AUTHOR_LABELS)
    "byline": "byline|by-line|author|authors|written by|autor|autorzy|autores|autori|autore|auteur|auteurs|tekijä|reporters"
              f"|{_AUTHOR_LABELS}",
    "date": "date|dated|datum|fecha|data|tarih|dátum|päivämäärä|dato|дата|ημερομηνία|tanggal|ngày",
    # a memo's or a circular's addressees, sender and reference: header, no line of its report
    # ("To: All Members", "CC: ...", "Ref: ...", "Para: Todos los socios", "De: ...", "Betreff" is its title)
    "memo": "to|cc|bcc|attn|attention|ref|our ref|your ref|reference|distribution"
            "|para|de|referencia|referência|ref\\.ª|réf\\.?|référence|destinataires?|destinatarios?|destinatários?"
            "|an|von|aktenzeichen|az|verteiler|aan|van|kenmerk|da|rif\\.?|riferimento|destinatari|till|från|fra|til"
            "|kime|kimden|προς|από|σχετ\\.?|кому|от|kepada|dari",
}
_FIELD_LABEL = re.compile(
    "^(?:" + "|".join(f"(?P<{field}>{words})" for field, words in _FIELD_LABELS.items()) + r")\s*:\s*(?P<value>\S.*)$", re.I,
)
#: The most words of a labelled field's value (a headline's): a longer line is a paragraph.
FIELD_WORDS = 30
#: The most words of a memo's addressees, sender or reference ("To: All Members and Brokers").
MEMO_FIELD_WORDS = 12


def labelled_field(line: str) -> tuple[str, str] | None:
    """The header field a line of copy gives under its label (:data:`_FIELD_LABELS`), as ("title",
    the headline), ("byline", the names), ("date", the date line) or ("memo", a memo's addressees,
    sender or reference): "TÍTULO: Chuva forte fecha estradas", "Subject: Grounding of ...",
    "autor: Anna Przykładowa", "Fecha: 3 de marzo de 2026", "To: All Members"; None for any other line,
    or where the value is not such a field's: a sentence of more than FIELD_WORDS words, a byline
    that is no list of names (in a script with capitals or without: "ጸሐፊ: ሰላማዊት ምሳሌ"), a date line with no date."""
    found = _FIELD_LABEL.match(" ".join(line.split()))
    if found is None or word_count(found["value"]) > FIELD_WORDS:
        return None
    field = next(f for f in _FIELD_LABELS if found[f])
    value = found["value"].strip()
    if field == "byline":
        names = re.split(r"\s*(?:,|;|&|\band\b|\bi\b|\be\b|\by\b|\bund\b|\bet\b|\bve\b)\s*", BYLINE_OPENING.sub("", value))
        if not all(n and (is_person_name(n) or is_uncased_name(n)) or n and in_capitals(n) and is_person_name(n.title()) for n in names):
            return None
        value = BYLINE_OPENING.sub("", value).strip()
    elif field == "date" and find_date(value) is None:
        return None
    elif field == "memo" and (word_count(value) > MEMO_FIELD_WORDS or is_sentence(value)):
        return None
    return field, value


def source_named(line: str) -> str | None:
    """The source a source line names (:data:`_SOURCE_LINE`: "Sumber: Antara" is Antara), or None."""
    found = _SOURCE_LINE.match(line.strip())
    return found["name"] if found else None
#: An age in words, as pages print the time of a report or a live update: "2 hours ago", "vor 5
#: Minuten", "il y a 3 heures", "hace 2 horas", "há 2 horas", "2 ore fa", "acum 2 ore", "2 uur
#: geleden", "před 2 hodinami", "2 godziny temu", "2 timmar sedan", "2 timer siden", "2 tuntia
#: sitten", "2 saat önce", "2 órája", "2 giờ trước", "2 jam yang lalu", "2 часа назад", "2時間前",
#: "2小时前", "2시간 전", "1 год тому", "πριν από 2 ώρες", "לפני 2 שעות", "2 घंटे पहले", "2 საათის წინ".
#: A page prints it where a script keeps it fresh; saved, it is wrong: furniture, never a report's time.
RELATIVE_AGE = (
    r"(?:(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|vor\s+(?:\d+|einer?)\s+(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?)"
    r"|il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?)"
    r"|(?:hace|há)\s+(?:\d+|una?)\s+(?:segundos?|minutos?|min|horas?|h|d[ií]as?|semanas?)"
    r"|(?:\d+|un|una)\s+(?:secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane?)\s+fa"
    r"|(?:acum|[îi]n urm[ăa] cu)\s+(?:\d+|o|un)\s+(?:secunde|minute|minut|ore|or[ăa]|zile|zi|s[ăa]pt[ăa]m[âa]ni)"
    r"|(?:\d+|een)\s+(?:seconden?|minuten?|min|uur|dagen?|dag|weken?|week)\s+geleden"
    r"|před\s+(?:\d+\s+)?(?:sekundami|minutami|minutou|hodinami|hodinou|dny|dnem)"
    r"|\d+\s+(?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|tygodni)\s+temu"
    r"|(?:\d+|en|ett|et)\s+(?:sekunder|minuter|minutter|minut|timmar|timme|timer|time|dagar|dager|dage|dag)\s+(?:sedan|siden)"
    r"|\d+\s+(?:sekuntia|minuuttia|tuntia|päivää)\s+sitten"
    r"|\d+\s+(?:saniye|dakika|saat|gün|hafta)\s+önce"
    r"|\d+\s+(?:másodperce|perce|órája|napja|hete)"
    r"|\d+\s+(?:giây|phút|giờ|ngày|tuần)\s+trước"
    r"|\d+\s+(?:detik|menit|jam|hari|minggu)\s+(?:yang\s+)?lalu"
    # (Russian and Ukrainian abbreviate: "5 мин назад", "1 год тому", "20 хв тому", "3 ч. назад")
    r"|\d+\s+(?:секунд[уиы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей|ів|і)|день|хвилин[уи]?|годин[уи]?|тижн(?:і|ів)|тиждень|недел[юиь]"
    r"|сек|мин|ч|хв|год|дн)\.?\s+(?:назад|тому)"
    r"|\d+\s*(?:秒|分|分钟|分鐘|小时|小時|時間|天|日)\s*前|\d+\s*(?:초|분|시간|일)\s*전"
    # "1h ago", "5 min. ago"; Catalan, Hungarian, Slovak and Slovenian, Bulgarian and Macedonian,
    # Serbian, Croatian and Bosnian, Greek, Baltic, Estonian, Filipino, Swahili
    r"|\d+\s?(?:h|hr|m|min|d)\.?\s+ago|fa\s+\d+\s+(?:segons|minuts?|hores?|dies|dia|setmanes?)"
    r"|\d+\s+(?:másodperccel|perccel|órával|nappal|héttel)\s+ezelőtt"
    r"|pred\s+\d+\s+(?:sekundami|minútami|minutami|minútou|minuto|hodinami|hodinou|urami|uro|dňami|dňom|dnevi|dnem)"
    r"|(?:преди|пред|пре|прије)\s+\d+\s+(?:секунди|минути|минута|минут[аи]?|часа|час|сата?|сати|дни|дана?|ден|седмици)"
    r"|(?:prije|pre)\s+\d+\s+(?:sekund[ie]?|minut[ae]?|sata?|sati|dana?|sedmic[ae]|tjedana?|nedelj[ae])"
    r"|πριν(?:\s+από)?\s+\d+\s+(?:δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|ημέρες|μέρες|μέρα|εβδομάδες)"
    r"|prieš\s+\d+\s+(?:sek|min|val|d)\.|pirms\s+\d+\s+(?:sekundēm|minūtēm|minūtes|stundām|stundas|dienām|dienas)"
    r"|\d+\s+(?:sekundit|minutit|tundi|päeva)\s+tagasi|\d+\s+(?:segundo|minuto|oras|araw|linggo)\s+(?:ang\s+)?nakalipas"
    r"|(?:sekunde|dakika|saa|siku|wiki)\s+\d+\s+(?:zilizopita|iliyopita)"
    # Hebrew, Arabic, Persian and Urdu, Hindi, Georgian, Armenian, Tamil, Thai
    r"|לפני\s+\d+\s+(?:שניות|דקות|שעות|ימים)|(?:منذ|قبل)\s+\d+\s+(?:ثوان|ثانية|دقائق|دقيقة|ساعات|ساعة|أيام|يوم)"
    r"|\d+\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|منٹ|گھنٹے|دن)\s+(?:پیش|قبل|پہلے)|\d+\s+(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते)\s+(?:पहले|पूर्व)"
    r"|\d+\s+(?:წამის|წუთის|საათის|დღის|კვირის)\s+წინ|\d+\s+(?:վայրկյան|րոպե|ժամ|օր|շաբաթ)\s+առաջ"
    r"|\d+\s+(?:நிமிடங்களுக்கு|நிமிடத்திற்கு|மணி நேரத்திற்கு|மணிநேரத்திற்கு|நாட்களுக்கு)\s+முன்(?:பு)?"
    r"|\d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน)\s*(?:ที่แล้ว|ก่อน))"
)
_RELATIVE_TIME = re.compile(
    rf"^(?:(?P<outlet>[^:]{{2,40}}):\s*)?(?:updated\s+|published\s+)?{RELATIVE_AGE}$",
    re.I,
)
#: A clock time with its zone ("14:20 (GMT+7)"), or an "updated 2 hours ago", beside a date.
_TIME_OR_AGO = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?![a-z]))?(?:\s*\(?(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\)?)?"
    r"|(?:updated\s+)?(?:\d+|an?)\s+\w+\s+ago\b", re.I
)
#: A time stamp's label and what follows it before the time: "Updated: ", "Published on ",
#: "Aktualisiert am ".
_DATE_LABEL = re.compile(rf"^(?:(?:{STAMP_WORDS})(?: on| at| am| um| le| el)?)\s*[:|–—-]?\s*", re.I)
#: The words that open a byline, one vocabulary for finding byline lines (BYLINE_OPENING), taking
#: the opener off a byline (_BY) and telling a page's author element from a menu's filter
#: (BY_WORD): "By" and its English forms ("Written by", "Words by", "Report by" ...);
#: the English words for the writer's part of a byline before "by" ("Words by", "Story by"), which
#: name the writing role among a byline's roles too (:data:`_WRITING_ROLES`: "Words and pictures by");
_WRITER_WORDS = "written|words|reported|story|text|report"
_BY_ENGLISH = rf"(?:(?:{_WRITER_WORDS}|posted|submitted) )?by"
#: "by" in German, French, Spanish and Portuguese, Italian, Dutch, Swedish and Norwegian, Danish,
#: Indonesian and Malay, Filipino, Icelandic and Faroese, Welsh, Bulgarian ("Von Jana Keller", "Par
#: Marie Dubois", "Oleh Budi Contoh", "Ni Juan Halimbawa", "Eftir Jón Dæmason", "Gan Gwen Enghraifft",
#: "от Иван Примеров"), Vietnamese ("Bởi Trần Thị Ví Dụ"); and the verbs that say "wrote" before the name: Turkish "Yazan", Finnish
#: "Kirjoittanut", Hungarian "Írta", Polish "Napisał(a)", Czech "Napsal(a)", Slovak "Napísal(a)";
#: Maltese "Minn", Yoruba "Látọwọ́" (by the hand of) and Quechua "Qillqaq" (the one who writes) ("Minn
#: Marija Eżempju", "Látọwọ́ Fúnmiláyọ̀ Àpẹẹrẹ", "Qillqaq Wayra Rikch'ay");
_BY_ELSEWHERE_WORDS = ("von", "par", "por", "di", "door", "av", "af", "oleh", "ni", "eftir", "gan", "от", unicodedata.normalize("NFC", "bởi"),
                       "yazan", "kirjoittanut", "írta", "napisał", "napisała", "napsal", "napsala", "napísal", "napísala",
                       "minn", unicodedata.normalize("NFC", "látọwọ́"), "qillqaq")
#: ... and Romanian's "de" and Catalan's "per" ("de Andrei Exemplu", "per Joan Exemple"), only as
#: written in small letters: "De" opens Dutch and Spanish sentences ("De Gemeente ..."), and "Per" is
#: a given name ("Per Lind").
_BY_SMALL = "(?-i:de|per)"
#: "Posted by" and "written by" in those languages and a few more: a participle, then its
#: language's "by", as blog and CMS post footers label the writer ("Postado por", "Publicado por",
#: "Pubblicato da", "Geplaatst door", "Veröffentlicht von", "Posté par", "Opublikowane przez",
#: "Diposting oleh", "Publicat de", "Upplagd av", "Δημοσιεύτηκε από"); each "by" with its participles.
#: Not "submitted" ("Ingediend door", "Eingereicht von"): Drupal's submitted line names the CMS
#: account that filed the node, not the writer.
_POSTED_BY_WORDS = {
    "por": "postado|publicado|escrito|enviado|redigido|redactado|creado|criado",
    "per": "publicat|escrit|enviat",  # Catalan
    "da": "pubblicato|postato|scritto|inviato|redatto",
    "door": "geplaatst|gepost|geschreven|gepubliceerd",
    "von": "veröffentlicht|geschrieben|gepostet|eingestellt|verfasst|erstellt",
    "par": "posté|postée|publié|publiée|écrit|écrite|rédigé|rédigée|envoyé|envoyée",
    "przez": "opublikowane|opublikowano|opublikowany|napisane|napisany|dodane|dodano|dodany|wysłane",
    "de": "publicat|postat|scris|trimis",  # Romanian
    "oleh": "diposting|diposkan|ditulis|dipublikasikan|diterbitkan|dikirim|disiarkan",
    "av": "upplagd|upplagt|publicerad|publicerat|skriven|skrivet|postad|postat|lagt inn|publisert|skrevet|postet",
    "af": "skrevet|udgivet|indsendt|postet|offentliggjort|sendt",
    "από": "δημοσιεύτηκε|αναρτήθηκε|γράφτηκε",
    "од": "објављено|написано",
    "minn": "miktub|miktuba|ippubblikat|ippubblikata",  # Maltese
    "ni": "isinulat|sinulat|inulat",  # Tagalog ("Isinulat ni Juan Halimbawa")
    "от": "публикувано|написано|публикуван",
}
_POSTED_BY = "|".join(f"(?:{participles}) {by}" for by, participles in _POSTED_BY_WORDS.items())
#: "Posted by" in a post's info line after the name of the blog or community it is posted in
#: ("harbour_news posted by ana_sample", "Hafen-Notizen veröffentlicht von Ana Beispiel").
_POSTED_BY_INSIDE = re.compile(rf"\s(?:posted by|{_POSTED_BY})\s+(?=\S)", re.I)
#: The most words of the name before it.
POSTED_IN_WORDS = 4


def posted_by(line: str) -> tuple[str, str] | None:
    """The blog or community a post's info line names before "posted by" in its middle, and who
    posted it, after (the first at most :data:`POSTED_IN_WORDS` words: a LiveJournal community's
    entry, "harbour_news posted by ana_sample" is ("harbour_news", "ana_sample")); None for a line
    that holds no such phrase there (a sentence: "The video was posted by the ministry on Monday"
    has more words before it)."""
    line = " ".join(line.split())
    found = _POSTED_BY_INSIDE.search(line)
    if found is None or not 0 < len(line[: found.start()].split()) <= POSTED_IN_WORDS or not line[found.end() :].strip():
        return None
    return line[: found.start()].strip(), line[found.end() :].strip()
#: "Posted by" and "written by" where a language says it in a word or phrase of its own before the
#: name, as Blogger's and other blog platforms' localised post footers label the writer: Tamil
#: "இடுகையிட்டது", Telugu, Kannada, Malayalam, Bengali, Marathi, Japanese "投稿者", Chinese "发布者",
#: Korean "게시자", Vietnamese "Đăng bởi", Thai "โพสต์โดย", Turkish "Gönderen", Azerbaijani "Göndərən", Finnish "Lähettänyt",
#: Hungarian "Bejegyezte", Czech "Vložil(a)", Russian "Опубликовал(а)", Ukrainian "Опублікував(ла)",
#: Arabic "نشر بواسطة", Persian "ارسال شده توسط", Hebrew "פורסם על ידי", Swahili "Imetumwa na";
#: Assamese "লিখিছে" (wrote), Odia "ଲେଖିଛନ୍ତି", Hindi "लिखा है".
_POSTED_LABELS = (
    "இடுகையிட்டது|எழுதியது|పోస్ట్ చేసినవారు|ಪೋಸ್ಟ್ ಮಾಡಿದವರು|പോസ്റ്റ് ചെയ്തത്|পোস্ট করেছেন|লিখেছেন|यांनी पोस्ट केले"
    "|লিখিছে|ଲେଖିଛନ୍ତି|投稿者|发布者|發佈者|張貼者|张贴者|게시자|작성자|đăng bởi|viết bởi|โพสต์โดย|เขียนโดย|gönderen|göndərən|lähettänyt|kirjoittanut"
    "|bejegyezte|beküldte|vložil|vložila|опубликовал|опубликовала|опублікував|опублікувала|автор публикации"
    "|نشر بواسطة|نشرها|أرسلها|ارسال شده توسط|نوشته شده توسط|פורסם על ידי|נכתב על ידי|imetumwa na|imeandikwa na"
)
#: An interview's credit of who asked the questions, its writer, in the languages of news sites
#: ("Interviewed by Ana Example", Polish "Rozmawiała Anna Przykład", German "Das Gespräch führte Ana
#: Beispiel", French "Propos recueillis par", Spanish and Portuguese "Entrevista de", "Entrevistado por",
#: Czech and Slovak "Ptal se", "Zhovárala sa"), which opens a byline line as "By" does.
_INTERVIEWED_BY = (
    "interviewed by|interview by|rozmawiał|rozmawiała|rozmawiali|rozmawiały|wywiad przeprowadził|wywiad przeprowadziła"
    "|das gespräch führten?|das interview führten?|interview geführt von|propos recueillis par|entretien réalisé par"
    "|entrevista de|entrevistado por|entrevista realizada por|intervista di|intervista a cura di|ptal se|ptala se"
    "|zhováral sa|zhovárala sa|rozhovor vedl|rozhovor vedla|haastattelija|intervju av|interview door"
)
#: The capital letters of the Latin, Greek and Cyrillic scripts, that a name opens with after "by"
#: (with Vietnamese's and Greek's letters of more marks: "Ấu", "Ἀ").
_CAPITALS = "".join(c for c in (*map(chr, range(0x41, 0x530)), *map(chr, range(0x1E00, 0x2000))) if c.isupper())
#: in Greek the article of the name's genitive ("Της Μαρίας Δειγματίδου", "Του Γιώργου ..."); in
#: the scripts that write no capitals, the word for "by" or "written by" before the name, which a
#: letter of such a script follows (:data:`_UNCASED_LETTERS`): Hebrew "מאת", Arabic "بقلم", Persian
#: "به قلم", Thai "โดย" and "เขียนโดย", Lao "ໂດຍ" and "ຂຽນໂດຍ", Khmer "ដោយ", Myanmar "ရေးသားသူ" (the
#: writer), Sinhala "සටහන" (written by: a note by) ("מאת דנה דוגמה", "بقلم: سلمى", "ដោយ សុខា ឧទាហរណ៍",
#: "සටහන - චමිලා උදාහරණ", with a colon, a dash or nothing after the word); Amharic "በ" (by) standing
#: as a word of its own before an Ethiopic name ("በ ዮሐንስ ምሳሌ"; glued to its word it is "in", "at": "በከተማው").
_BY_GREEK = "του|της|των"
#: The word for "by" that a language glues before the name, with a hyphen or none, the name's
#: capital after it: isiZulu, isiXhosa and isiNdebele "ngu-" ("Ngu-Sipho Mthembu", "nguSipho
#: Mthembu"); written small or with its capital only ("Nguyen" has no capital after it).
_BY_GLUED = rf"(?-i:[Nn]gu)-?(?=(?-i:[{_CAPITALS}]))"
_BY_UNCASED = "מאת|بقلم|به قلم|เขียนโดย|โดย|ຂຽນໂດຍ|ໂດຍ|ដោយ|ရေးသားသူ|සටහන|በ(?=\\s+[\u1200-\u137f])"
#: The letters of the scripts that write no capitals, a name's first after a word of
#: :data:`_BY_UNCASED`: Hebrew, Arabic (with its supplement and presentation forms), Devanagari,
#: Bengali and Assamese, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai,
#: Lao, Myanmar, Georgian, Ethiopic, Khmer, Hangul, kana and the CJK ideographs.
_UNCASED_LETTERS = ("\u0590-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10d0-\u10ff"
                    "\u1200-\u137f\u1780-\u17ff\u1100-\u11ff\uac00-\ud7af\u3040-\u30ff\u3400-\u9fff\ufb50-\ufdff\ufe70-\ufeff")
#: A byline line's opening: "By" (and "Written by" ...), or another language's word for it before
#: a capitalised name, with a colon or without ("Yazan: Ayşe Örnek", "Kirjoittanut Anna Esimerkki"). Italian "di" opens no line: "Di Jakarta, ..." is Indonesian for "in Jakarta".
BYLINE_OPENING = re.compile(
    rf"^(?:{_BY_ENGLISH}[:\s]\s*"
    rf"|(?:{_POSTED_BY})[:\s]\s*(?=(?-i:[{_CAPITALS}]))"
    rf"|(?:{_INTERVIEWED_BY})[:\s]\s*(?=(?-i:[{_CAPITALS}]))"
    rf"|(?:{'|'.join(w for w in _BY_ELSEWHERE_WORDS if w != 'di')}):?\s+(?=(?-i:[{_CAPITALS}]))"
    rf"|{_BY_SMALL}\s+(?=(?-i:[{_CAPITALS}]))"
    rf"|(?:{_BY_GREEK})\s+(?=(?-i:[Α-ΩΆΈΉΊΌΎΏ]))"
    rf"|(?:{_BY_UNCASED})\s*[:：\-–—]?\s+(?=[{_UNCASED_LETTERS}])"
    rf"|{_BY_GLUED})", re.I
)
#: A bare "by" (in any of the languages above) opening an element's text, which also opens a
#: menu's filter ("By Method").
BY_WORD = re.compile(rf"^(?:by|{'|'.join(_BY_ELSEWHERE_WORDS)}|{_BY_SMALL})\s", re.I)
_BYLINE = re.compile(BYLINE_OPENING.pattern + r"(?P<name>\S.{0,120})$", re.I)
#: Words that say "by" before a name in one language only, where others open sentences with them:
#: Catalan "Per" ("Per Jordi Puig"; Italian "Per il sindaco ...", English "Per the agreement ..."),
#: Swahili "na" and Hausa "Daga" ("Daga Musa Misali"; "Daga cikin ..." opens Hausa sentences), Irish
#: and Scottish Gaelic "Le" ("Le Niamh Sampla"; French "Le maire ...").
#: They open a byline on a page in that language alone (by its code, :data:`core.text.LANGUAGE_NAMES`;
#: :func:`language_byline`).
_BY_OF_LANGUAGE: dict[str, tuple[str, ...]] = {"ca": ("per",), "sw": ("na",), "ha": ("daga",), "ga": ("le",), "gd": ("le",)}


#: Those words and Italian "di", Romanian "de", where the page's language is not theirs or none is
#: known (a plain-text wire: "di Giulia Esempio"), in small letters only: such a word opens a
#: byline on a line that is otherwise a person's name alone (:func:`is_person_name`: two to four
#: capitalised words), as "di Jakarta, ..." or "per il sindaco ..." do not; capitalised, it may be
#: a name's own first word ("Per Erik Lind", "Le Van Thanh", "Di Stefano").
_SHORT_BY = re.compile(
    rf"^(?:di|de|{'|'.join(sorted({w for words in _BY_OF_LANGUAGE.values() for w in words}))})\s+(?=[{_CAPITALS}])")


@functools.cache
def _language_by(language: str) -> re.Pattern[str] | None:
    words = _BY_OF_LANGUAGE.get(language)
    return re.compile(rf"^(?:{'|'.join(words)})\s+(?=(?-i:[{_CAPITALS}]))", re.I) if words else None


def language_byline(text: str, language: str | None) -> str | None:
    """The names after the word that says "by" in *language* alone (:data:`_BY_OF_LANGUAGE`), where
    *text* opens with it: "Per Jordi Puig" on a Catalan page ("ca") is "Jordi Puig"; None on a page
    in another language or of none known, or where no capitalised word follows it. In any language,
    such a word (:data:`_SHORT_BY`) before a person's name and nothing else: "di Giulia Esempio"
    is "Giulia Esempio"."""
    line = " ".join(text.split())
    pattern = _language_by(language) if language else None
    found = pattern.match(line) if pattern is not None else None
    if found is None and (short := _SHORT_BY.match(line)) is not None and is_person_name(line[short.end() :]):
        found = short
    return line[found.end() :] if found is not None else None


#: How many characters of a page tell its language (:func:`page_language`): words enough for
#: :func:`core.text.language_of`, and no more work on a huge file.
LANGUAGE_SAMPLE = 20_000


def page_language(text: str, declared: str | None = None) -> str | None:
    """The language a page is written in, as a code of :data:`core.text.LANGUAGE_NAMES`: its
    *text*'s (:func:`core.text.language_of` on its first :data:`LANGUAGE_SAMPLE` characters), else
    the one it *declares* (an HTML page's lang: "ca-ES" is "ca") unless its text speaks against
    that (:func:`core.text.declared_language`); None where neither tells."""
    from core.text import declared_language

    return declared_language(text[:LANGUAGE_SAMPLE], declared)


def _names_only(text: str) -> bool:
    """Whether *text* (a byline's names, up to a separator and a time: :func:`byline_head`) is
    names alone: each word capitalised, or a particle or a joining word between them ("Jordi Puig i
    Anna Soler", "Joan de la Serra"), twelve at most."""
    return _all_names(byline_head(text))


def _all_names(text: str) -> bool:
    """Whether *text* is names alone, as :func:`_names_only` tells, whatever follows them."""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 12 and all(
        opens_as_name(w) or w.lower() in _NAME_PARTICLES or w.lower() in _JOINT_WORDS for w in words)
_HONORIFIC = re.compile(r"^(?:prof|dr|mr|mrs|ms|rev|sir)\.?\s+[A-Z]", re.I)
_ROLE = re.compile(
    r"^(?:director|professor|editor|chairman|chair|president|founder|senior|chief|"
    r"correspondent|reporter|columnist|analyst|fellow|head)\b[^.!?]*,", re.I
)
#: A newsroom's roles, as bylines and author notes name them.
_ROLES = ("correspondent|reporter|editor|writer|columnist|journalist|bureau chief"
          # the same roles in other languages a byline is printed in (German, Nordic, French, Spanish,
          # Dutch, Slavic): "Mette Eksempel, klummeskribent"
          "|kolumnist(?:in)?|korrespondent(?:in)?|reporterin|journalistin|redakteur(?:in)?|klummeskribent|kommentator|krönikör"
          "|chroniqueu(?:r|se)|journaliste|correspondante?|columnista|periodista|corresponsal|redactora?|verslaggever|redacteur"
          "|novinár(?:ka)?|novinar(?:ka)?|redaktor(?:ka)?|dziennikar(?:z|ka)"
          # Baltic, Finnic, Hungarian, Romance, Greek, Russian, Turkish, Indonesian and Vietnamese, with the
          # expert or analyst a column is signed by ("Jonas Pavyzdys, uosto ekspertas", "Ana Exemplo, colunista")
          "|žurnalist(?:as|ė)|korespondent(?:as|ė|s|e|ă)?|redaktori(?:us)?|redaktorė|apžvalginink(?:as|ė)|komentator(?:ius|ė)"
          "|žurnālist(?:s|e)|redaktors|redaktore|komentētāj(?:s|a)|ajakirjanik|toimetaja|toimittaja|kolumnisti"
          "|kirjeenvaihtaja|päätoimittaja|újságíró|tudósító|szerkesztő|publicist(?:a|ă)?|felietonist(?:a|ka)"
          "|zpravodaj(?:ka)?|komentátor(?:ka)?|jurnalist(?:ă)?|editorialist(?:a|ă)?|giornalista|corrispondente|inviat[oa]"
          "|redattore|redattrice|jornalista|correspondente|colunista|repórter|δημοσιογράφος|ανταποκριτ(?:ής|ρια)"
          "|αρθρογράφος|корреспондент|журналист(?:ка)?|обозреватель|редактор|muhabir|gazeteci|wartawan|wartawati"
          "|koresponden|redaktur|kolumnis|phóng viên|biên tập viên"
          "|analyst|analitik(?:as|ė)|analüütik|expert[eo]?|esperto|ekspert(?:as|ė|s|e)?|asiantuntija|szakértő|эксперт"
          # a paper's envoy sent to where the news is: French "envoyé(e) spécial(e)", "envoyés spéciaux",
          # Spanish and Portuguese "enviado/a especial", Italian "inviato speciale", German "Sonderberichterstatter"
          "|envoyée?s? spéciale?s?|envoyés spéciaux|enviad[oa]s? especial(?:es)?|inviat[oa] special[ei]|sonderberichterstatter(?:in)?"
          "|corresponsales|correspondants?|correspondantes"
          # the Celtic languages, which put what the role covers after it ("Comhfhreagraí Oideachais", the
          # education correspondent: :data:`_ROLE_AFTER_NAMES`): Irish, Scottish Gaelic, Welsh, Breton
          "|comhfhreagraí|tuairisceoir|iriseoir|eagarthóir|colúnaí|neach-naidheachd|neach-deasachaidh|fear-naidheachd"
          "|gohebydd|golygydd|newyddiadurwr|colofnydd|kazetenner|kelaouenner")
#: The words that tie a role to where it is held ("correspondent in Kessra", "envoyée spéciale à
#: Oskaryn", "corresponsal en Lima", "Korrespondentin in Wien", "correspondente em Lisboa").
_ROLE_SEAT = r"(?:in|at|for|of|en|à|au|aux|a|em|no|na|nel|nella|aus|für|de|del|du|des|w|we|в|во|у|із|з|i|på|ve|v)"
#: A role's phrase after a byline's names, up to the next part of the line: a comma, then up to
#: three words ("our", "special", "Europe"), the role (:data:`_ROLES`) and where it is held
#: (:data:`_ROLE_SEAT`), or up to two words after the role that say what it covers, as languages that
#: put them after the noun write it ("Comhfhreagraí Oideachais", "corresponsal jefe"): "Claire Dumontel,
#: envoyée spéciale à Oskaryn", "Ana Ejemplo, corresponsal en Lima", "Ana Example, our reporter in
#: Kessra", "Siobhán Sampla, Comhfhreagraí Oideachais". No name's part: it comes off the byline.
_ROLE_AFTER_NAMES = re.compile(
    rf"\s*,\s*(?:[\w'’-]+\s+){{0,3}}?(?i:{_ROLES}|special envoy|staff writer)s?"
    rf"(?:\s+{_ROLE_SEAT}\s+[^,;|·•]{{1,40}}?|(?:\s+(?!(?:and|und|et|y|e|i|agus|ac|a|&)\s)[^\W\d_][\w'’-]*){{1,2}})?(?=\s*(?:[,;|·•]|$))",
    re.I)
#: A writer's role on a line of its own under the byline: "Political reporter, Valley Broadcasting",
#: "Senior correspondent", "Health editor at the Courier" (up to three words before the role).
_ROLE_LINE = re.compile(
    rf"^(?:[\w'’-]+ ){{0,3}}(?:{_ROLES}|producer|contributor|reporters)\b(?:\s*(?:,|$)|\s+(?:{_ROLE_SEAT}|with)\b)", re.I
)
#: The most words of such a line.
ROLE_LINE_WORDS = 10


def is_role_line(text: str) -> bool:
    """Whether a short line is a writer's role (:data:`_ROLE_LINE`), no sentence of a report."""
    return word_count(text) <= ROLE_LINE_WORDS and not is_sentence(text) and bool(_ROLE_LINE.match(text.strip()))
#: A line about the author: a name, what they cover or are, and for whom.
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:covers|reports on|writes about|is (?:an?|the) (?:[\w-]+ ){0,3}"
    rf"(?:{_ROLES}))\b.*\b(?:for|at|with) (?:The |the )?[A-Z]"
)
_CREDIT = re.compile(
    r"(?:\b(?:copyright|photo(?:graph)?(?: credit)?|image(?: credit)?|picture|credit|file photo)\s*[:|]?\s*[A-Z(]"
    # a capitalised label needs its colon or ellipsis: "Credit...Kyodo News", not "copyright. The court"
    r"|\b(?:Copyright|Photo(?:graph)?|Image|Picture|Credit)\s*(?::|\||\.{2,}|…)\s*[A-Z(]"
    r"|[/|]\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Xinhua|Bloomberg|PA|ANI|PTI)\s*$)",
)
#: The common words of news organisations' names ("Daily Mail", "Financial Times").
_GENERIC_OUTLET_WORDS = (
    "news|times|post|press|herald|tribune|journal|daily|gazette|telegraph|guardian|agency|network|"
    "radio|tv|television|broadcasting|media|chronicle|observer|standard|express|mail|mirror|review|wire|"
    "courier|dispatch|sentinel|examiner|enquirer|inquirer|advertiser|ledger|bulletin|register|courant|"
    "telegram|recorder|messenger|magazine|weekly|broadcaster|newswire|beacon|globe|echo|argus|mercury|clarion|citizen|"
    # ... and of their names in the other languages newsprism reads ("Alpenblick Zeitung", "Nordkyst
    # Avis", "Le Courrier du Sud", "Gazzetta del Lago", "Diario del Sur", "Folha da Serra")
    "zeitung|kurier|anzeiger|nachrichten|rundschau|presse|tagblatt|tageblatt|avis|avisen|tidning|tidningen|tidende|"
    "dagblad|dagbladet|krant|nieuws|nyheter|nyheder|courrier|quotidien|gazzetta|corriere|giornale|diario|"
    "periódico|periodico|noticias|notícias|jornal|folha|gazeta|dziennik|noviny|novine|sanomat|uutiset|lehti"
)
#: The ends of the compound names of papers in German and the Nordic languages ("Seezeitung",
#: "Donaukurier", "Abendblatt", "Aftenposten", "Dagbladet"): a word closing on one is an outlet's.
_COMPOUND_OUTLET_END = "zeitung|kurier|blatt|bote|anzeiger|nachrichten|rundschau|posten|bladet|avisen|tidning|tidningen"
#: Words by which a short title-case line names a news organisation; a number may be glued before
#: one ("9News", "7News").
_OUTLET_WORD = re.compile(rf"(?<![^\W\d_])(?:{_GENERIC_OUTLET_WORDS}|reuters|xinhua|euronews)\b"
                          rf"|(?<=[^\W\d_]{{3}})(?:{_COMPOUND_OUTLET_END})\b", re.I)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: A radio station's band in capitals closing its name after a word ("Harbour FM", "Coast AM",
#: "Kestrel DAB"): an outlet's name, where a person's name has no such word ("9 AM" is a time).
_BAND_NAME = re.compile(r"[^\W\d_] (?:FM|AM|DAB\+?)$")
#: The word before a broadcaster's channel number ("Channel 5", "Kanal 5", "Canal 9").
_CHANNEL_WORD = re.compile(r"^(?:channel|kanal|canal|canale|chaîne)$", re.I)
#: A word of _OUTLET_WORD that names no outlet on its own ("Reuters" does; "News" does not).
_GENERIC_OUTLET = re.compile(rf"^(?:{_GENERIC_OUTLET_WORDS})$", re.I)
#: Section names and labels of a site's menus, in capitals or not.
_MENU_WORD = re.compile(
    r"^(?:live|video|videos|watch|opinion|sport|sports|world|business|home|latest|audio|podcasts?|us|u\.s\.|uk|"
    r"politics|tech|technology|science|health|entertainment|local|national|international|top|breaking|"
    r"economy|markets?|weather|lifestyle|culture|travel|&|and|"
    r"puzzles|games|crosswords?|obituaries|jobs|property|motoring|food|fashion|arts|books|music|film|environment|"
    r"climate|education|features|newsletters?|photos|comment|analysis|letters|events|classifieds)$",
    re.I,
)


def is_menu_word(word: str) -> bool:
    """Whether *word* is a section's name or label in a site's menu ("Sport", "Home", :data:`_MENU_WORD`)."""
    return bool(_MENU_WORD.match(word))


def is_menu_line(text: str) -> bool:
    """Whether a line is a site's menu set out as text ("News  Weather  Sport  Business  Lifestyle
    Puzzles"): four words or more, each capitalised and each a menu's (:data:`_MENU_WORD`, or
    "News"), no digits or stops; a headline in title case has verbs and names besides ("Local
    Arts Festival Returns", "Climate Change Threatens Local Food Markets")."""
    words = text.replace("|", " ").replace("·", " ").split()
    return (len(words) >= 4 and all(w[0].isupper() or w == "&" for w in words) and not re.search(r"[\d.,:;!?]", text)
            and all(_MENU_WORD.match(w) or w.lower() == "news" for w in words))


#: A breadcrumb trail: short names joined by "|", "›", "»" or ">" ("News|Floods", "Home » News").
_BREADCRUMB = re.compile(r"^[^\s|›»>]+(?: [^\s|›»>]+){0,2}(?: ?[|›»>] ?[^\s|›»>]+(?: [^\s|›»>]+){0,2})+$")
#: An HTML tag written in text ("<b>", "</a>", "<br/>"): its ">" separates no breadcrumb.
_INLINE_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
#: A name and a newsroom role, without "By": "Jon Henley Europe correspondent", "Jane Doe, Political Editor".
#: A job title standing where a name may: "Chief Reporter", "Europe correspondent", "Senior Political Editor".
JOB_TITLE = re.compile(rf"(?i:\b(?:{_ROLES}|staff writer|anchor|presenter|producer|photographer)s?)$")
#: A job title in an organisation, as a signature or a sender's name gives it beside the
#: organisation's ("Director, Clean Coast", "Ana Berg | Head of Communications | Example"):
#: the title, not the organisation.
OFFICE_ROLE = re.compile(
    rf"(?i:\b(?:{_ROLES}|director|manager|officer|head|chief|chair(?:man|woman|person)?|president|ceo|cfo|coo|cto|"
    r"secretary|spokes(?:person|man|woman)|coordinator|co-ordinator|adviser|advisor|campaigner|founder|co-founder|"
    r"assistant|executive|analyst|consultant|specialist|researcher|professor|volunteer|intern|representative)s?\b)"
)
#: The closing words of a letter or an e-mail, on a line of their own above the signature:
#: "Best regards,", "Kind regards", "Thanks,", "Sincerely", and the same in German, French,
#: Spanish, Dutch and the Nordic languages.
VALEDICTION = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with best)?\s*regards|best(?: wishes)?|all the best|cheers|thanks|thank you|"
    r"many thanks|sincerely|yours(?: sincerely| faithfully| truly)?|mit freundlichen grüßen|viele grüße|beste grüße|"
    r"liebe grüße|(?:bien )?cordialement|salutations|saludos(?: cordiales)?|un saludo|atentamente|met vriendelijke groet(?:en)?|"
    r"groeten|vennlig hilsen|med vennlig hilsen|med vänliga hälsningar|vänliga hälsningar|venlig hilsen|"
    r"ystävällisin terveisin|terveisin|"
    # ... Italian, Portuguese, Polish, Czech, Romanian, Hungarian, Turkish, Russian, Ukrainian, Kurdish (Kurmanji)
    r"(?:cordiali|distinti) saluti|atenciosamente|cumprimentos|z poważaniem|z wyrazami szacunku|s pozdravem|cu stimă|"
    r"üdvözlettel|saygılarımla|с уважением|з повагою|bi rêz|bi rêzdarî|bi silav)[\s,.!]*$",
    re.I,
)
_ROLE_BYLINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},? (?:[\w-]+ ){0,2}"
    rf"(?i:{_ROLES})$"
)
#: The same labels in the languages of other scripts: Arabic ("اقرأ أيضا", "أخبار ذات صلة", "قد
#: يهمك"), Persian, Urdu, Hebrew, Hindi and Marathi, Nepali, Bengali, Tamil, Telugu, Gujarati,
#: Kannada, Malayalam, Punjabi, Thai, Japanese ("関連記事", "あわせて読みたい"), Chinese ("相关阅读",
#: "延伸閱讀") and Korean ("관련기사", "함께 볼 만한 뉴스").
_READ_ALSO_SCRIPTS = (
    r"(?:اقرأ|اقرا|إقرأ|طالع|شاهد) (?:أيضا|أيضاً|ايضا|ايضاً|كذلك)|(?:أخبار|مواضيع|مقالات|موضوعات) (?:ذات صلة|متعلقة)|ذات صلة"
    r"|قد (?:يهمك|يهمّك|يعجبك|يهمكم)|(?:همچنین|بیشتر) بخوانید|بخوانید|(?:مطالب|اخبار|مطلب) (?:مرتبط|مرتبطه)|پیشنهاد (?:ما|سردبیر)"
    r"|یہ بھی (?:پڑھیں|پڑھیے)|مزید پڑھیں|متعلقہ (?:خبریں|مضامین)|קראו (?:גם|עוד)|קרא (?:גם|עוד)|כתבות (?:נוספות|קשורות)|עוד בנושא"
    r"|(?:यह|ये|इसे|इन्हें|इन्हे) भी प(?:ढ\u093c|\u095d|ढ)(?:ें|िए|िये)|और प(?:ढ\u093c|\u095d|ढ)ें"
    r"|(?:संबंधित|सम्बंधित|सम्बन्धित) (?:(?:ख|ख\u093c|\u0959)बरें?|लेख|समाचार)"
    r"|(?:हेही|हे पण|हे देखील|हे सुद्धा) वाचा|अधिक वाचा|संबंधित बातम्या|(?:यो|यी) पनि (?:पढ्नुहोस्|पढ्नुस्)"
    r"|(?:আরও|আরো|এটিও|এটাও|এগুলোও) পড়ুন|(?:সম্পর্কিত|সংশ্লিষ্ট) (?:খবর|সংবাদ)"
    r"|இதையும் (?:படிக்க|படிங்க|படியுங்கள்|வாசிக்க)|மேலும் படிக்க|தொடர்புடைய (?:செய்திகள்|செய்தி)"
    r"|(?:ఇది|ఇవి|ఇదీ|ఇవీ) (?:కూడా )?చదవండి|మరింత చదవండి|సంబంధిత వార్తలు|આ પણ વાંચો|વધુ વાંચો|સંબંધિત (?:સમાચાર|લેખ)"
    r"|(?:ಇದನ್ನೂ|ಇವುಗಳನ್ನೂ|ಇದನ್ನು ಕೂಡ) ಓದಿ|ಸಂಬಂಧಿತ ಸುದ್ದಿ|(?:ഇതും|ഇതുകൂടി|ഇതും കൂടി) (?:വായിക്കുക|വായിക്കൂ)|ബന്ധപ്പെട്ട വാർത്തകൾ"
    # Amharic "related news", "read also", "more news"
    r"|ተዛማጅ (?:ዜናዎች|ዜና|ጽሑፎች|ርዕሶች)|ይህንንም ያንብቡ|ተጨማሪ (?:ያንብቡ|ዜናዎች)"
    r"|ਇਹ ਵੀ ਪੜ੍ਹੋ|(?:ਸਬੰਧਤ|ਸੰਬੰਧਿਤ) (?:ਖ਼|ਖ|ਖ\u0a3c)ਬਰਾਂ|อ่านเพิ่มเติม|(?:ข่าว|บทความ)(?:ที่)?เกี่ยวข้อง"
    r"|関連(?:記事|ニュース|リンク|情報)|(?:あわせて|併せて)読みたい|こちらも(?:おすすめ|読まれています)|おすすめ記事"
    r"|相[关關](?:阅读|閱讀|新闻|新聞|文章|报道|報導|報道|链接|鏈接)|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|更多[阅閱][读讀]|猜你喜[欢歡]"
    r"|관련 ?(?:기사|뉴스)|(?:함께|같이) (?:볼 ?만한|보면 좋은) (?:뉴스|기사)|추천 ?기사"
    # "see also", "watch also" over a box of videos or links: Hindi "ये भी देखें", Marathi "हेही पहा",
    # Bengali "আরও দেখুন", Urdu "یہ بھی دیکھیں", Tamil, Telugu, Gujarati, Punjabi; Chinese "相关视频"
    r"|(?:यह|ये|इसे|इन्हें|इन्हे|वीडियो) भी (?:देखें|देखिए|देखिये)|(?:हेही|हे पण|हे देखील) पहा|(?:আরও|আরো|এটিও|এটাও) দেখুন"
    r"|یہ بھی (?:دیکھیں|دیکھیے)|இதையும் (?:பாருங்கள்|பார்க்க)|(?:ఇది|ఇవి) కూడా చూడండి|આ પણ જુઓ|ਇਹ ਵੀ ਦੇਖੋ|相[关關](?:视频|視頻|影片)"
)
#: A box's ornaments around such a label: "【関連記事】", "▼関連記事", "■ 相关阅读".
_LABEL_OPEN = r"[【〔［\[■□▼▽▶►●◆◇★☆]\s*"
_LABEL_CLOSE = r"\s*[】〕］\]]"
#: "Read also" and "related" as news sites in other languages label links to other reports
#: (Spanish, Portuguese, French, Italian, German, Dutch, Polish): furniture wherever it stands.
_READ_ALSO = (
    # "Lee:" or "Lea:" alone may be a speaker in a transcript: those need their "also" word
    r"(?:lea|lee|leia|veja|voir|lees|zobacz) (?:también|tambien|também|tambem|más|mas|mais|aussi|ook|además|ademas|też|także)"
    r"|(?:lire|à lire|a lire|leggi|lesen sie|czytaj)(?: (?:aussi|anche|auch|też|także))?"
    r"|(?:le|te) puede interesar|(?:notas|noticias|artículos|articulos|matérias) relacionad[oa]s"
    r"|schon gelesen|auch lesen|mehr zum thema|das könnte (?:sie|dich) auch interessieren|sur le même sujet"
    r"|potrebbe interessarti|zobacz również|czytaj również"
    # Indonesian/Malay, Turkish, Vietnamese, Russian, Ukrainian, Czech, Romanian, Hungarian, Nordic
    r"|baca juga|baca pula|ayrıca okuyun|ilginizi çekebilir|xem thêm|đọc thêm|читайте также|читайте також|čtěte také"
    r"|citește și|citeste si|olvassa el|kapcsolódó|les også|läs också|læs også"
    r"|berita terkait|artikel terkait|simak juga|lihat juga|baca lagi|ilgili haber(?:ler)?|bunlar da ilginizi çekebilir"
    r"|(?:bu haberi|bunu|şunu) da okuyun|по теме|по темі|материалы по теме|(?:читайте|читать|смотрите|дивіться) (?:также|також|ещё|еще|ще)"
    r"|похожие (?:новости|материалы)|схожі (?:новини|матеріали)|διαβάστε (?:επίσης|ακόμα|ακόμη)|σχετικά άρθρα|soma pia|basahin din"
    # "related news" in Vietnamese, Swahili, Portuguese, Italian, Dutch, Romanian, Czech, Greek, Polish, Turkish
    r"|(?:tin|bài|bài viết) (?:liên quan|cùng chuyên mục)|soma zaidi|habari (?:zinazohusiana|zaidi|nyingine)"
    r"|notícias relacionadas|articoli correlati|gerelateerde (?:artikelen|berichten)|articole (?:similare|asemănătoare)|vezi și"
    r"|související články|mohlo by vás zajímat|σχετικές ειδήσεις|δείτε (?:επίσης|ακόμα)|powiązane artykuły|benzer haberler"
    # "other news" in Kazakh, Russian, Ukrainian, Belarusian, Spanish, Portuguese, French, Italian,
    # Polish, Czech, Turkish, Indonesian, Vietnamese, Latvian, Lithuanian, Estonian
    r"|басқа жаңалықтар|другие новости|інші новини|іншыя навіны|otras noticias|outras notícias|autres actualités"
    r"|altre notizie|inne wiadomości|další zprávy|diğer haberler|berita lainnya|tin khác|citas ziņas|kitos naujienos|teised uudised"
    # "see also", "watch also" in the same languages: "Mira también", "Assista também", "À voir aussi",
    # "Siehe auch", "Guarda anche", "Bekijk ook", "Obejrzyj też", "Tonton juga", "Bunu da izleyin"
    r"|(?:mira|mire|ver|vea|assista|à voir|a voir|regardez|siehe|sehen sie|guarda|vedi|bekijk|zie|kijk|obejrzyj|tonton|saksikan"
    r"|podívejte se|viz) (?:también|tambien|também|tambem|aussi|auch|anche|ook|też|także|również|juga|také)"
    r"|(?:bunu|bunları|şunu) da (?:izleyin|izle)|ayrıca (?:izleyin|bakınız)|дивіться також|xem thêm video"
    # what else an issue of the paper holds, under the report ("Also in this week's paper", "In this
    # issue", "Auch in dieser Ausgabe", "Aussi dans ce numéro", "También en esta edición", "In questo
    # numero", "In dit nummer")
    r"|(?:also )?in (?:this|today's|this week's|this month's) (?:week's )?(?:paper|issue|edition)|(?:also )?inside (?:this|today's) (?:paper|issue)"
    r"|(?:auch )?in dieser ausgabe|(?:aussi )?dans ce numéro|(?:también )?en (?:esta edición|este número)|in questo numero|in dit nummer"
    # "related stories", "read also" in Welsh, Catalan, Basque, Galician, Estonian, Icelandic, Irish
    r"|straeon perthnasol|darllenwch hefyd|mwy o straeon|notícies relacionades|llegeix també|també et pot interessar"
    r"|lotutako (?:albisteak|berriak)|irakurri (?:ere|baita)|novas relacionadas|le tamén|loe ka|seotud (?:lood|uudised)"
    r"|tengdar fréttir|lestu (?:líka|einnig)|scéalta gaolmhara|léigh freisin"
    rf"|{_READ_ALSO_SCRIPTS}"
)
#: The same labels in English, before a link on one line: "Related: <a headline>", "ALSO READ |
#: ...", "See also: ...", Axios's "Go deeper: ..." (a heading "See also" alone may head a document's own list).
_READ_ALSO_EN = r"related(?: (?:stories|story|articles?|coverage|content|reading|news|links?))?|see also|also (?:read|see)|read also|go deeper|dig deeper"
_BULLET = re.compile(r"^[•·▪►*-]\s+")
#: Lines that introduce a list of links to other stories or a list of selling points.
_LIST_MARKER = re.compile(
    r"^(?:(?:read|see|watch) (?:more|also)|also read|related(?: \w+)?|recommended|more (?:from|on|stories)|"
    r"you (?:might|may) (?:also )?like|most (?:read|popular|viewed)|trending|top stories)\b|:$"
    rf"|^(?:{_LABEL_OPEN})?(?:{_READ_ALSO})(?:\s*[:?|：]|{_LABEL_CLOSE}|\s*$)",
    re.I,
)


#: A wire dateline opening a report, in its common shapes:
#:   "AMSTERDAM, July 15 (Reuters) - "        a place in capitals, a date, the agency
#:   "SURABAYA, Indonesia/JAKARTA (Reuters) -" two places, a country between
#:   "PORTLAND, Ore., Feb 26 - "               a state's abbreviation
#:   "LAGOS, Nigeria, March 3 (Reuters) - "    a country, then the date
#:   "PARIS, 3 mars (AFP) - ", "BOGOTÁ, Colombia (AP) — ", "WASHINGTON, March 3, 2026 (AP) —"
#:   "Washington (CNN) — "                     a place in title case, with its agency
#:   "Kyiv, Ukraine — ", "Jerusalem — "         ... or a place :func:`known_place` knows
#:   "NEW DELHI: ", "New Delhi, Jun 5 (PTI) "   no dash after an agency (PTI's style)
#: Letters of any alphabet ([^\W\d_]); whether a place is in capitals is checked in code.
#: A letter of any alphabet with the marks written on it: Python's [^\W\d_] takes no combining
#: mark (a vowel sign of Devanagari, Bengali or Tamil: "दिल्ली", "சென்னை"), which would end a word there.
_COMBINING = "".join(sorted({chr(c) for c in range(0x300, 0x3000) if unicodedata.category(chr(c)) in ("Mn", "Mc")}))
_LETTER = rf"(?:[^\W\d_]|[{re.escape(_COMBINING)}])"
#: A capital of any alphabet (Latin with its extensions, Greek, Cyrillic, Armenian, Georgian's
#: Mtavruli): an agency's name in capitals ("AZƏRTAC", "ԱՐՄԵՆՊՐԵՍ").
_CAPITAL = "[" + re.escape("".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())) + "]"
_PLACE_WORD = rf"{_LETTER}(?:(?![.'’-]){_LETTER})*(?:[.'’-]{_LETTER}*)*\.?"
#: An article elided to an apostrophe and a letter or two that opens a place's name, as Dutch
#: names keep it ("'s-Hertogenbosch", "'s-Gravenhage", "'t Harde", "’s-Heerenberg").
_ELIDED_ARTICLE = r"['’][^\W\d_]{1,2}(?:-| (?=[^\W\d_]))"
_PLACE = rf"(?:{_ELIDED_ARTICLE})?{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}"
#: A comma in a dateline, as its script writes it: Arabic's and Urdu's "،" ("کراچی، 3 مارچ"),
#: Ethiopic's "፣" ("አዲስ አበባ፣ የካቲት 24"), Myanmar's "၊" ("မန္တလေး၊ မတ် ၅"), Mongolian's "᠂", N'Ko's "߸".
_COMMA = "[,،፣၊᠂߸]"
#: A year in a dateline, in any digits: Bengali's "২০২৬", Devanagari's "२०२६", Arabic-Indic "٢٠٢٦", Persian "۲۰۲۶".
_YEAR = r"(?:19|20|১৯|২০|१९|२०|௧௯|௨௦|١٩|٢٠|۱۹|۲۰)\d\d"
#: A word of a script written right to left (Hebrew, Arabic, Syriac, Thaana), which has no capitals.
_RTL_WORD = r"[\u0590-\u08ff]{2,10}"
_DATELINE_HEAD = (
    rf"^(?P<dateline>(?P<place>{_PLACE}(?:/{_PLACE})*)"
    # ", Indonesia/JAKARTA", ", Ore.", ANI's "New Delhi [India]" and "Srinagar (Jammu and Kashmir) [India]"
    rf"(?P<more>(?: \({_PLACE}\)(?= \[))?(?: \[{_PLACE}\])?(?:(?:{_COMMA} ?|/){_PLACE})*?)"
    # "3 March", "3. März", "3 de março", "5 de junio de 2026", "March 3, 2026" (Hungarian's day with
    # its ordinal's dot before the credit or the dash, "BUDAPEST, március 3. (MTI)", "VELMAR,
    # november 30. - "); the day alone
    # before an agency's credit (Europa Press's "MADRID, 3 (EUROPA PRESS) -")
    rf"(?P<date>{_COMMA}? (?:\d{{1,2}}(?:(?:st|nd|rd|th|er|\.)? (?:de )?|-){_LETTER}{{3,10}}\.?|{_LETTER}{{3,10}}\.? \d{{1,2}}(?:st|nd|rd|th| d\.|\.(?= ?[(—–-]))?|\d{{1,2}}(?= ?\())"
    # (the year in any digits: Bengali's "৩ মার্চ, ২০২৬"; the Balkan agencies' "3. ožujka 2026." with its dot)
    # (or after a slash, Ethiopian News Agency's "የካቲት 24/2018", the Ethiopian calendar's year, or after
    # Amharic's word for "day", "የካቲት 24 ቀን 2018")
    rf"(?:{_COMMA}? (?:de |ቀን )?{_YEAR}\.?|/(?:19|20)\d\d)?"
    # the day in words before an agency's credit, in a script without capitals (PTI-Bhasha's "नयी
    # दिल्ली, तीन मार्च (भाषा)")
    rf"|{_COMMA} {_INDIC}{{2,12}} {_INDIC}{{3,12}}(?= ?\()"
    # the day and the month in numbers (TTXVN's "Hà Nội, 3/3"), or the year first (MTI's "Budapest,
    # 2026. március 3., kedd")
    rf"|{_COMMA}? \d{{1,2}}/\d{{1,2}}(?:/{_YEAR})?(?= ?\()|{_COMMA}? {_YEAR}\. [^\W\d_]{{3,10}} \d{{1,2}}\.(?:,? [^\W\d_]{{3,12}})?(?= ?\()"
    # the whole day in numbers, dashed or dotted (WAFA's "رام الله 3-3-2026 وفا-"; with a year of two
    # figures before the credit, "KYIV, 03.03.26 (UKR) —"), or the day and
    # the month between spaced dashes before the credit (KUNA's "الكويت - 3 - 3 (كونا) --")
    rf"|{_COMMA}? \d{{1,2}}(?P<sep>[-.])\d{{1,2}}(?P=sep)(?:{_YEAR}|\d\d(?= ?\())|(?:{_COMMA}| [-–]) (?:[12]\d|3[01]|0?[1-9]) [-–] (?:1[0-2]|0?[1-9])(?= ?\()"
    # the month and the day with their words before the credit, the year first or not: MONTSAME's
    # "Улаанбаатар, 2026 оны 3 дугаар сарын 3 /МОНЦАМЭ/" or "3-р сарын 3", ELTA's "Vilnius, 2026 m. kovo 3 d. (ELTA)"
    rf"|{_COMMA}? (?:{_YEAR}(?: {_LETTER}{{1,6}}\.?)? )?(?:\d{{1,2}}(?:-{_LETTER}{{1,3}})?(?: {_LETTER}{{2,10}}){{1,2}}|{_LETTER}{{3,10}})"
    rf" \d{{1,2}}(?: {_LETTER}{{1,3}}\.)?(?= ?[(/]))?"
    # "(Reuters)", or a press release's or TASS's wire between slashes: "NEW YORK, March 3, 2026
    # /PRNewswire/ --", "MOSCOW, March 3. /TASS/."
    # (ANGOP's dash before its credit: "Luanda - (ANGOP) -")
    r"(?: ?(?:[-–—] )?\((?P<agency>[^()]{2,30})\)|\.? /(?P<wire>[^\W\d_][\w -]{1,29})/"
    # an agency in capitals after the date, no brackets (checked in code that a date stands before
    # it): GNA's "Accra, March 3, GNA -", LETA's "Rīga, 3. marts, LETA.", Kazinform's "АКТАУ. 3 марта. КАЗИНФОРМ –"
    # (of any alphabet, closed by a colon: Armenpress's "ԵՐԵՎԱՆ, 3 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:"; or by nothing,
    # the report's first capital after it: AZERTAC's "Bakı, 3 mart, AZƏRTAC Limanda ...")
    # (or two such names joined by a hyphen, Interfax's "ЛЬВІВ. 3 березня. ИНТЕРФАКС-УКРАИНА -")
    rf"|(?:(?<=[^\W_])[,.]|(?<=\.)) (?P<bare>{_CAPITAL}{{2,10}}(?:-{_CAPITAL}{{2,10}})?)(?= ?(?:—|–|--|-|:)|\.\s| {_CAPITAL})"  # "/ТАСС/" too
    # (in a script without capitals, the agency's word glued to its dash after a day in numbers:
    # WAFA's "رام الله 3-3-2026 وفا-")
    rf"|(?<=\d) (?P<glued>{_RTL_WORD})(?=-))?)"
)
#: (A full stop alone after an agency's credit, as ELTA, LETA and MONTSAME close it: "Klaipėda, kovo 3 d.
#: (ELTA). ..."; checked in code that the credit stands before it.)
#: ("(EFE).-"; the teletype's underscore for a dash, "(AP) _"; IANS's danda, "(आईएएनएस)।"; Ethiopic's
#: preface colon, ENA's "(ኢዜአ)፦")
_DASH = r"(?: ?\.?(?:—|–|--|-|:|_|।|፦|៖)|(?<=[)A-ZА-ЯЁ])\.)"
_DATELINE_HEAD += _DASH
#: A dateline and the sentence that begins after it; or a scrape that glued the sentence to the
#: agency's bracket, dash lost ("Washington (CNN)Dockworkers walked off ..."), or an agency's
#: slashes with no dash after them (MENA's and QNA's "الدوحة في 3 مارس /قنا/ أعلنت ...").
_DATELINE = re.compile(
    _DATELINE_HEAD.removesuffix(_DASH) + r"(?:" + _DASH + r" +(?=[\W]?[^\W_])|(?<=[)/])(?P<undashed> ?)(?=[\"“‘'«„]?[^\W\d_])"
    r"|(?<=/)\. +(?=[\"“‘'«„]?[^\W\d_])"  # a wire's closing full stop for its dash: "/TASS/. Officials ..."
    r"|\.?—(?=[\"“‘'«„]?[^\W\d_])"  # an em dash glued to the report, as old papers print it: "PORTSEA, March 3.—The steamer ..."
    r"|(?(bare) (?=[^\W\d_])|(?!)))"  # an agency in capitals with no dash: "Bakı, 3 mart, AZƏRTAC Limanda ..."
)
#: A dateline on a line of its own, the report's first paragraph under it.
_LONE_DATELINE = re.compile(_DATELINE_HEAD + r"$")
#: More words than a dateline holds.
DATELINE_WORDS = 12


def in_capitals(text: str) -> bool:
    """Whether every letter of *text* is a capital (and it has some): "HARBOUR GRAIN REVIEW"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


#: Labels in capitals that open a paragraph the way a place does, but are not one.
_NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED WATCH EXCLUSIVE ANALYSIS OPINION LIVE VIDEO PHOTOS CORRECTION "
    "NOTE WARNING ALERT FACT CHECK FACTBOX EXPLAINER REVIEW FLASH NEWSFLASH URGENT BULLETIN REFILE CORRECTED ADVISORY".split()
)


#: Labels a report carries about itself in the brackets of Japanese, Chinese and Korean pages,
#: above it or heading its lead: "【速報】" (breaking), "【独自】" (exclusive), "【詳報】" (in detail),
#: "【動画】" (video), "【快讯】", "[단독]". No place and no agency, as a dateline in brackets names
#: ("【東京共同】", "【ソウル聯合】"); several may share one pair ("【速報・動画】").
_BRACKET_LABELS = frozenset(
    # Japanese: breaking, exclusive, in detail, video, photo(s), explainer, feature, extra, urgent, updated,
    # postscript, correction, live, press conference, full text, chart, follow-up, summary, Q&A, interview
    "速報 独自 詳報 動画 写真 画像 解説 特集 号外 緊急 更新 追記 訂正 中継 会見 全文 図解 続報 まとめ ライブ "
    "一問一答 随時更新 インタビュー 独占 "
    # Chinese, both scripts: newsflash, exclusive, video, photos, live, interview, breaking, hot topic, on the scene
    "快讯 快訊 速报 独家 獨家 视频 視頻 影音 图集 圖集 组图 組圖 直播 专访 專訪 突发 突發 热点 熱點 现场 現場 "
    # Korean: breaking, exclusive, video, photo, roundup, interview, reportage, explainer
    "속보 단독 영상 포토 사진 종합 인터뷰 르포 해설".split()
)
#: Such labels in a pair of brackets ("【速報】", "［独自］", "[단독]", "〔詳報〕", "【速報・動画】").
_BRACKET_LABEL = (
    r"[【［\[〔]\s*(?:{0})(?:\s*[・/／、,，|｜]\s*(?:{0}))*\s*[】］\]〕]".format(
        "|".join(sorted(_BRACKET_LABELS, key=len, reverse=True)))
)
#: One or more such labels heading a text.
_BRACKET_LABELS_OPENING = re.compile(rf"^\s*(?:{_BRACKET_LABEL}\s*)+")


def is_bracket_label(text: str) -> bool:
    """Whether *text* is only a label in brackets a report carries about itself (:data:`_BRACKET_LABELS`:
    "【速報】", "【独自】", "[단독]"): furniture on its own, no dateline."""
    found = _BRACKET_LABELS_OPENING.match(text)
    return found is not None and found.end() == len(text.rstrip())


def without_bracket_label(text: str) -> str:
    """*text* without the labels in brackets heading it ("【速報】県は4日..." is "県は4日..."; :data:`_BRACKET_LABELS`)."""
    found = _BRACKET_LABELS_OPENING.match(text)
    return text[found.end() :] if found is not None else text


#: The areas of the time zone database's zone names ("Asia/Jerusalem"): its places, not its
#: aliases ("US/Eastern", "Etc/GMT+5").
_ZONE_AREAS = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
#: The languages whose names of countries and cities :func:`known_place` knows.
#: (Chinese, in both its scripts, for the places an agency's credit names: "台北", "東京", "莫斯科".)
_PLACE_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "zh", "zh_Hant")


@functools.cache
def _known_places() -> frozenset[str]:
    from zoneinfo import available_timezones

    from babel import Locale  # Unicode CLDR's names

    names: set[str] = set()
    for code in _PLACE_LANGUAGES:
        locale = Locale.parse(code)
        names.update(locale.territories.values())
        names.update(zone["city"] for zone in locale.time_zones.values() if "city" in zone)

    names.update(z.rsplit("/", 1)[-1].replace("_", " ") for z in available_timezones() if z.startswith(_ZONE_AREAS))
    return frozenset(n.casefold() for n in names)


def known_place(name: str) -> bool:
    """Whether *name* is a country or territory (CLDR's names in :data:`_PLACE_LANGUAGES`, via
    babel) or a city the time zone database names a zone after, or CLDR names one in those
    languages ("Ukraine", "Haïti", "Jerusalem", "Hong Kong", "Kyiv", "Le Caire"; about 2,400
    names, read once). Many capitals are none ("New Delhi", "Washington"): known only in capitals
    or with an agency (:func:`_names_place`)."""
    return name.strip(" .").casefold() in _known_places()


#: The fewest capitals of an agency's name after a dateline's date with no dash after it (AZERTAC's
#: "AZƏRTAC"; a sentence's acronym, "NATO", "NASA", "EU", is shorter).
UNDASHED_AGENCY_LETTERS = 5


def _names_place(match: re.Match[str]) -> bool:
    """Whether a dateline's shape found in a text is one: a place of three letters or more, in
    capitals, or in title case with its agency or known (:func:`known_place`: the place, or the
    country after it); no label ("BREAKING:"), not too many words. Without a dash after its
    agency ("New Delhi, Jun 5 (PTI) The ..."), only with a date or in capitals ("Apple (AAPL)
    Shares ..." is none)."""
    if word_count(match["dateline"]) > DATELINE_WORDS:
        return False
    # (a name's elided article, "'s-Hertogenbosch", "'t Harde", is told by the name after it)
    first_place = re.sub(rf"^{_ELIDED_ARTICLE}", "", re.split(rf"/|{_COMMA}", match["place"])[0])
    if sum(c.isalpha() or c in _COMBINING for c in first_place) < 3:
        return False  # "US - China talks": no place is named in two letters
    capitals = in_capitals(first_place)
    if not capitals:
        # a script without capitals (Arabic, Hebrew, Devanagari, Georgian) is as title case: "القاهرة (رويترز) -"
        caseless = not any(c.isupper() or _small_letter(c) for c in first_place)
        inner = first_place.split()[1:-1]  # a particle inside a place's name: "Ciudad de México", "Frankfurt am Main"
        if not caseless and not all(w[0].isupper() or w in inner and w in _PLACE_PARTICLES for w in first_place.split()):
            return False
        regions = [r for r in re.split(rf"/|{_COMMA}", match["more"] or "") if r.strip()]
        credited = bool(match["agency"] or match["wire"] or match["bare"] or match["glued"])
        if match["bare"] and len(match["bare"]) < UNDASHED_AGENCY_LETTERS and re.match(r" [^\W\d_]", match.string[match.end("bare") :]):
            # an agency with no dash after it is a name of five capitals or more ("AZƏRTAC Limanda ..."):
            # "Yesterday, 3 March, NASA Administrator ..." and "Paris, 7 April, NATO leaders ..." are sentences
            return False
        # (a place alone, one or two words, its colon standing apart: Khmer's "ភ្នំពេញ ៖"; not a dash,
        # which parts a clause in a sentence: "قال المسؤولون - في بيان - ...")
        apart = not regions and len(first_place.split()) <= 2 and match.string[match.end("dateline") :].startswith((" :", " ៖", " ፦"))
        # (or with the whole day, its month named and its year, then a dash: a press release's "Vila
        # Serena, 3 de março de 2026 – ..."; no weekday for a place: "On Tuesday, March 3, 2026 – ...")
        months = [w for w in re.findall(r"[^\W\d_]+", match["date"] or "") if w.lower() not in ("de", "d")]
        whole_day = bool(match["date"] and months and re.search(_YEAR, match["date"])) and all(
            _month_of(w) is not None for w in months) and match.string[match.end("dateline") : match.end()].strip() in ("-", "–", "—") \
            and not any(is_weekday_name(w) or w.lower() in ("on", "by", "since", "until", "the", "a", "an") for w in first_place.split()[:2])
        if not credited and not known_place(first_place) and not (regions and known_place(regions[-1])) and not (
            caseless and (match["date"] or apart)
        ) and not whole_day:
            # a place in title case with its agency ("Washington (CNN) —") or known ("Kyiv, Ukraine —");
            # in a script without capitals, with its date ("சென்னை, மார்ச் 3 -") or standing apart
            return False
    if "undashed" in match.re.groupindex and match["undashed"] and not (capitals or match["date"]):
        return False
    if "undashed" in match.re.groupindex and match["undashed"] == "" and \
            not match.string[match.end() :].lstrip("\"“‘'«„")[:1].isupper():
        # a sentence glued to the credit's bracket is a scrape's only where it opens with a capital
        # ("Washington (CNN)Dockworkers ..."): a caseless script's name glossed in brackets goes on
        # with its particle ("사르노바(Sarnova)에서 4일 ...", "サルノバ(Sarnova)で", "(Sarnova)的")
        return False
    named_month = [w for w in re.findall(r"[^\W\d_]+", match["date"] or "") if w.lower() not in ("de", "d")]
    dashed = bool(match.string[match.end("dateline") : match.end()].strip(" ."))
    if match["bare"] and not (match["date"] and all(_month_of(w) is not None for w in named_month)
                              or not match["date"] and dashed and len(match["bare"]) >= 3):
        # a word in capitals after a place is an agency's only after a date ("Accra, March 3, GNA -"),
        # not after a word and a number ("Die Ergebnisse der 27. UN-Klimakonferenz"); or with no date,
        # its dash after it (IRNA's "Tehran, IRNA --"), not a full stop ("Yes, NASA. The ...")
        return False
    if match["date"] and match["date"].strip(" ,").isdigit() and not capitals:
        return False  # a day alone is Europa Press's, its place in capitals ("MADRID, 3 (EUROPA PRESS)"), not "District 12 (Brooklyn)"
    return not set(re.sub(_COMMA, " ", match["dateline"]).split()) & _NOT_PLACES  # "BREAKING:", "FACT CHECK -"


def _small_letter(char: str) -> bool:
    """Whether *char* is a small letter where a capital could stand: not Georgian's Mkhedruli,
    whose capitals (Mtavruli) open no name and no sentence ("თბილისი", "პორტში")."""
    return char.islower() and not "\u10d0" <= char <= "\u10ff"


#: The small words inside places' names ("Ciudad de México", "Rio de Janeiro", "Frankfurt am
#: Main", "Santiago de Compostela", "Castellammare di Stabia", "Bois-le-Duc" spaced).
_PLACE_PARTICLES = frozenset("de del della di da do dos das am an im ob la le les el al sur upon on es".split())


def is_report_label(text: str) -> bool:
    """Whether *text* is a label a report carries about itself ("EXCLUSIVE", "FACT CHECK", "UPDATE"), no place and no topic."""
    return bool(text.split()) and set(text.upper().split()) <= _NOT_PLACES


#: The names of a news site's common sections in the languages whose scripts write no capitals
#: (and Armenian), folded: news, latest, politics, economy, business, society, world, country,
#: sport, culture, art, health, education, technology, science, opinion, regions, home,
#: entertainment; the words for "and" that join two ("კულტურა და ხელოვნება"). What a menu of
#: such a site lists, and a label above its report prints (:func:`is_section_label`).
_SECTION_WORDS = frozenset((
    # Georgian
    "ახალი ამბები სიახლეები უახლესი პოლიტიკა ეკონომიკა ბიზნესი საზოგადოება მსოფლიო საქართველო სპორტი კულტურა"
    " ხელოვნება ჯანმრთელობა განათლება ტექნოლოგიები მეცნიერება მოსაზრებები მოსაზრება რეგიონები მთავარი გართობა"
    " სამართალი კრიმინალი ანალიტიკა ინტერვიუ ვიდეო ფოტო და"
    # Armenian
    " լուրեր վերջին քաղաքականություն տնտեսություն հասարակություն աշխարհ սպորտ մշակույթ առողջություն կրթություն"
    " տեխնոլոգիաներ կարծիք գլխավոր և"
    # Hebrew, Arabic, Persian
    " חדשות מבזקים פוליטיקה כלכלה חברה עולם ספורט תרבות בריאות חינוך טכנולוגיה מדע דעות ראשי"
    " أخبار الأخبار عاجل سياسة السياسة اقتصاد الاقتصاد مجتمع المجتمع العالم عالم رياضة الرياضة ثقافة الثقافة صحة الصحة"
    " تعليم التعليم تكنولوجيا رأي الرأي محليات منوعات الرئيسية"
    " اخبار سیاسی سیاست اقتصادی اقتصاد اجتماعی جامعه جهان بین‌الملل ورزشی ورزش فرهنگی فرهنگ سلامت آموزش فناوری"
    # Hindi, Bengali, Tamil
    " समाचार ख़बरें खबरें ख़बर खबर ताज़ा ताजा राजनीति देश विदेश दुनिया खेल मनोरंजन व्यापार बिज़नेस बिजनेस स्वास्थ्य शिक्षा"
    " टेक्नोलॉजी राज्य राष्ट्रीय अंतरराष्ट्रीय लाइफस्टाइल और"
    " খবর সংবাদ সর্বশেষ রাজনীতি অর্থনীতি বাণিজ্য খেলা বিনোদন বিশ্ব দেশ স্বাস্থ্য শিক্ষা প্রযুক্তি মতামত ও"
    " செய்திகள் அரசியல் விளையாட்டு சினிமா உலகம் இந்தியா தமிழ்நாடு வணிகம் ஆரோக்கியம் கல்வி தொழில்நுட்பம்"
).split())


def is_section_label(text: str) -> bool:
    """Whether a short line is a site's section or a label above a report, not its headline:
    menu words only ("World", "Business & Economy", :data:`_MENU_WORD`; in a script without
    capitals, :data:`_SECTION_WORDS`: "ახალი ამბები") or a label in capitals ("EXCLUSIVE", "FACT CHECK")."""
    words = text.strip(" :|-–—").split()
    return bool(words) and (all(_MENU_WORD.match(w) or w.lower() == "news" or w.casefold() in _SECTION_WORDS for w in words)
                            or is_report_label(text))


def lone_dateline(line: str) -> str | None:
    """The dateline a line holds alone ("KESSRA, Nov 24 (Tidewater Wire) -", "新华社北京12月5日电",
    its report's first paragraph under it), without its dash and a label in brackets before it
    ("【速報】 【東京共同】": :func:`without_bracket_label`); None where the line is no dateline."""
    line = without_bracket_label(line.strip())
    match = _LONE_DATELINE.match(line)
    return match["dateline"] if match and _names_place(match) else lone_agency_dateline(line)


def lone_agency_dateline(line: str) -> str | None:
    """The dateline a line holds alone where it has an agency's own shape, no place's in Latin or
    another alphabet with capitals: "新华社北京12月5日电", "【ソウル聯合】", "(서울=연합뉴스) 홍길동 기자 =",
    "أنقرة/ الأناضول" (:data:`_CJK_DATELINE`); None for any other line. (A line shaped as a place
    and its credit may be a sentence's lead-in: "Ana Example, chair of the board, on the draft (BDF):".)
    A label in brackets before it goes with it ("【速報】 【東京共同】")."""
    line = without_bracket_label(line.strip()).strip()
    own = _CJK_DATELINE.match(line)
    return own["dateline"] if own and own.end() == len(line) else None


#: The day in a wire dateline: "KESSRA, Nov 24 (Tidewater Wire)", "LAGOS, Nigeria, 3 March 2026",
#: after a place's full stop as Interfax and Kazinform write it ("ПАВЛОДАР. 7 апреля. КАЗИНФОРМ").
_DATELINE_DAY = re.compile(
    rf"(?:,|(?<=[^\W\d_])\.)\s*(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|\.)? (?:de )?(?P<m1>{_LETTER}{{3,10}}|{_SYLLABLE}{{2}})\.?"
    # (Lithuanian's words for year and day around the month's and the day's: ELTA's "VILNIUS,
    # gruodžio 3 d. (ELTA)", "VILNIUS, 2026 m. gruodžio 3 d. (ELTA)")
    rf"|(?:(?P<first>(?:19|20)\d\d) m\. )?(?P<m2>{_LETTER}{{3,10}}|{_SYLLABLE}{{2}})\.? (?P<d2>\d{{1,2}})"
    # (Hungarian's ordinal dot after the day, before the credit or at the dateline's end: "november 30.")
    r"(?:st|nd|rd|th| d\.|\.(?= ?\(|$))?)(?:,? (?:de )?(?P<year>(?:19|20)\d\d))?(?=\s*(?:\(|,|$)|(?<=\.)\s)"
)
#: A copyright notice's year ("(c) 2026", "© 2019-2026 Valley Courier", "Copyright 2026"): the last one.
_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|&#169;|\([cC]\)|\b[Cc]opyright)\s*(?:(?:19|20)\d\d\s*[-–/]\s*)?((?:19|20)\d\d)\b")


def copyright_year(text: str) -> int | None:
    """The year of the first copyright notice in *text* ("(c) 2026", "© 2019-2026"), or None."""
    found = _COPYRIGHT_YEAR.search(text)
    return int(found[1]) if found else None



#: How many letters a month's name in a case CLDR does not give may differ from one it gives, at its
#: end: the nominative's ending dropped (Latvian "marts", "decembris") and the case's added ("martā",
#: "decembrī"; Estonian "märts", "märtsil").
INFLECTION_LETTERS = 2
#: The fewest letters of a month's name an inflected one keeps: "mart" of "martā", not "jun" of "junior".
_STEM_LETTERS = 4


@functools.lru_cache(maxsize=1)
def _month_stems() -> dict[str, int]:
    """Each single-word month name of English and of dateparser's languages, and it less its last
    INFLECTION_LETTERS letters, of _STEM_LETTERS letters or more, with its month; a stem two months
    share is the month of the most names where they are MONTH_MAJORITY times as many as the others
    (:func:`~core.calendar_words.majority_month`, as :func:`~core.calendar_words.month_number` reads
    names), else left out. A name that names two months counts for each ("listopada", November in
    Polish, October in Croatian: the stem "listopad" is neither month's)."""
    found: dict[str, Counter[int]] = {}
    counted = {**_month_name_counts(), **{word: Counter({month: 1}) for word, month in MONTHS.items()}}
    for word, months in counted.items():
        if not word.isalpha():
            continue
        for cut in range(INFLECTION_LETTERS + 1):
            stem = word[: len(word) - cut]
            if len(stem) >= _STEM_LETTERS:
                found.setdefault(stem, Counter()).update(months)
    return {stem: month for stem, months in found.items() if (month := majority_month(months)) is not None}


def inflected_month(word: str) -> int | None:
    """The month (1-12) *word* names in a case the CLDR does not give (:func:`month_number` first):
    a month's name, or it less its ending, and an ending of up to INFLECTION_LETTERS letters
    (Latvian's locative "martā" of "marts", "decembrī" of "decembris", Estonian's "märtsil" of
    "märts"); None for other words ("martinsons"). For a word that stands in a date, between its
    day and its year: alone, "Martin" is no month."""
    word = month_key(word)
    found = month_number(word)
    if found is not None or not word.isalpha():
        return found
    stems = _month_stems()
    for cut in range(1, INFLECTION_LETTERS + 1):
        stem = word[: len(word) - cut]
        if len(stem) >= _STEM_LETTERS and stem in stems:
            return stems[stem]
    return None


def dateline_date(
    dateline: str | None, *, near: date | None = None, year: int | None = None, report: Iterable[str] = (),
    filed: date | None = None,
) -> str | None:
    """The day a wire dateline gives, as ISO 8601 ("2026-11-24"), or None.

    A dateline with its year ("WASHINGTON, March 3, 2026 (AP)") gives it whole. One without
    ("KESSRA, Nov 24 (Tidewater Wire)") takes its year from the input, in this order:

    1. the year around a date the input gives for itself (*near*: a page's date line or its
       metadata; of the years before, of and after it, the one that puts the day nearest, so
       "Dec 30" near 2027-01-02 is 2026-12-30);
    2. a *year* the input names for itself (a copyright notice's);
    3. the dates its own *report* (its paragraphs) gives with their year, where one falls within
       REPORTED_DAYS of the day in its year: a report tells of its own days ("discovered the
       intrusion on May 14, 2026"); a date further off is history ("founded on 3 March 1998");
    4. the latest such day on or before the input's own time (*filed*, a file's modification
       day; today where None): an agency's copy is read after it was filed, so "May 21" filed
       on 2026-05-20 is 2025-05-21 (and "Feb 29" the last leap year's).

    A report is never dated after *filed* (or today) by its dates (3). None where the dateline
    gives no day. A month's name is read in the language of the page being read first
    (:func:`reading_language`: "WARSZAWA, 27 listopada (PAP)" is in November in Polish).
    """
    dateline = date_reading(dateline or "")
    found = _DATELINE_DAY.search(dateline) or _CJK_DAY.search(dateline)
    if found is None:
        return None
    groups = found.groupdict()
    # (a month's name in the language of the page being read first: "WARSZAWA, 27 listopada (PAP)"
    # is in November on a Polish page, :func:`reading_language`)
    if groups.get("month"):
        month: int | None = int(groups["month"])
    else:
        named = found["m1"] or found["m2"]
        # (or inflected, as a dateline's day governs it: Latvian's "RĪGA, 3. decembrī")
        month = language_month(named, _READING_LANGUAGE.get()) or month_number(named) or inflected_month(named)
    day = int(groups.get("day") or found["d1"] or found["d2"])
    stated = found["year"] or groups.get("first")  # the year the dateline gives, after its day or before its month
    if month is None:
        return None
    if not (stated or near or year):
        return _reported_day(month, day, report, filed or date.today()) or _latest_day(month, day, filed or date.today())
    years = [int(stated)] if stated else [near.year - 1, near.year, near.year + 1] if near else [year] if year else []
    days = [d for candidate in years if (d := _day(candidate, month, day))]
    if not days:
        return None
    return min(days, key=lambda d: abs((d - near).days) if near and not stated else 0).isoformat()


#: How far from a dateline's day a date its report gives may fall and still tell its year.
REPORTED_DAYS = 31


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _reported_day(month: int, day: int, report: Iterable[str], filed: date) -> str | None:
    """The *month*/*day* in the year of the dates *report* gives nearest it (within REPORTED_DAYS,
    and on or before *filed*), as ISO 8601; None where no date of the report is that near."""
    best: tuple[int, date] | None = None
    for paragraph in report:
        for mentioned in find_dates(paragraph):
            for candidate in (mentioned.year - 1, mentioned.year, mentioned.year + 1):
                found = _day(candidate, month, day)
                if found is None or found > filed:
                    continue
                apart = abs((found - mentioned).days)
                if apart <= REPORTED_DAYS and (best is None or apart < best[0]):
                    best = (apart, found)
    return best[1].isoformat() if best else None


def _latest_day(month: int, day: int, filed: date) -> str | None:
    """The latest *month*/*day* on or before *filed*, as ISO 8601 (a 29 February within the last
    leap years); None for a day no month has ("31 April")."""
    for year in range(filed.year, filed.year - 8, -1):
        found = _day(year, month, day)
        if found is not None and found <= filed:
            return found.isoformat()
    return None


#: The Japanese agencies a paper's credit in lenticular brackets names after the place it was filed
#: from ("【ワシントン共同】", "【ロンドン時事】", "【パリAFP時事】").
_JA_AGENCIES = "共同通信|時事通信|共同|時事|ロイター|ブルームバーグ|新華社|聯合|AFP時事|EPA時事|AFP|AP|dpa"
#: A letter of Japanese script: kanji, kana and their marks.
_JA_LETTER = r"[\u4e00-\u9fff\u3040-\u30ff々〆ヶ]"
#: A name in Japanese script ("山田健一", "佐々木ミナ").
_JA_NAME = rf"{_JA_LETTER}{{2,8}}"
#: What a Japanese paper writes after its reporter's name in a credit: correspondent, reporter,
#: bureau chief, stringer, senior staff writer ("ワシントン＝山田太郎特派員"); no part of the name.
_JA_ROLE = "特派員|記者|支局長|通信員|編集委員"
#: The words for a paper's bureau in a town, after the town's name: branch, general and local bureaus.
_JA_BUREAU = "支局|総局|支社|通信部|報道部"
#: A reporter's name in such a credit, with the word for their role after it or not.
_JA_REPORTER = rf"{_JA_LETTER}{{2,8}}?(?:{_JA_ROLE})?"
#: The Persian and Arabic news agencies by the one word they sign a dateline with: Iran's IRNA,
#: ISNA, ILNA, IBNA, IQNA, IMNA, Mehr, Fars, Tasnim, Shana, Mizan, Pana, Borna; Afghanistan's
#: Pajhwok and Bakhtar; SANA, INA, WAM, SPA, QNA, KUNA, BNA, ONA, WAFA, Ma'an, Petra, MAP, APS,
#: Saba, Anadolu. Only where a line holds a place, a dash and one word (:data:`_CJK_DATELINE`).
_RTL_AGENCIES = ("ایرنا|ایسنا|ایلنا|ایبنا|ایکنا|ایمنا|مهر|فارس|تسنیم|شانا|میزان|پانا|برنا|پژواک|باختر"
                 "|سانا|واع|وام|واس|قنا|كونا|کونا|بنا|العمانية|وفا|معا|بترا|ومع|واج|سبأ|الأناضول|الاناضول")
#: The word for "news agency" before an agency's name in Persian and Arabic ("خبرگزاری ...", "وكالة ...").
_RTL_AGENCY_WORD = "خبرگزاری|خبرگزاري|وكالة|وکالة|وكاله"
#: A Korean reporter's name and role before the equals sign that opens the report: "홍길동 기자 =".
_KOREAN_REPORTER = r"(?:\s*[^\s=()【】]{1,10}(?:\s[^\s=()【】]{1,10}){0,2}\s*(?:기자|특파원|통신원))"
#: A Chinese or Japanese wire dateline: an agency and a place before the day the copy was filed
#: ("新华社北京6月18日电（记者 王明）", "中新网6月18日电"), or a credit in lenticular brackets
#: ("【東京共同】", "【环球时报综合报道】") or in full-width square ones and a dash ("［東京　３日　ロイター］ -");
#: and a Korean agency's ("(서울=연합뉴스) 홍길동 기자 =", the reporter kept in it, as "（记者 王明）" is);
#: no spaces, no capitals: a shape of its own. So are a Persian or Arabic agency's place and name
#: between dashes ("تهران - ایرنا -"), after a slash ("أنقرة/ الأناضول") or, alone on a line, in
#: brackets ("تهران (ایرنا) -").
_CJK_DATELINE = re.compile(
    # (Newsis's "【부산=뉴시스】홍길동 기자 =", its reporter kept as Yonhap's is)
    # (a label in those brackets is none: "【速報】", :data:`_BRACKET_LABELS`)
    rf"^(?!{_BRACKET_LABEL})(?P<dateline>【[^】\n]{{2,24}}】(?:{_KOREAN_REPORTER}(?=\s*=))?|［[^］\n]{{2,24}}］(?=\s*[-－—]\s)"
    # ... or in plain brackets, with its day: "[東京 3日 ロイター] - "
    r"|\[[^\]\n]{0,12}\d{1,2}日[^\]\n]{0,14}\](?=\s*[-－—]\s)"
    # 电 ("cabled") but not a word it begins: 电话 (telephone), 电视 (television), ...; the reporter in
    # brackets after it, glued or spaced ("中新网上海3月3日电 (记者 王明)")
    r"|[^\W\d_]{0,8}?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[电電](?![话話视視影脑腦力子台邮郵报報站线線])"
    r"(?:\s?[（(][^）)\n]{1,40}[）)])?"
    # the agency, its reporter, the place and the day all in brackets: CNA's "（中央社記者王明台北3日電）",
    # "（中央社記者王明東京3日專電）", "（中央社華盛頓3日綜合外電報導）"
    # (two reporters: "（中央社記者王明、李華台北3日電）")
    # (the month too: "（沿海社北京3月3日电）")
    r"|[（(][^\W\d_](?:[^\W\d_]|[、·] ?| ){1,29}?(?:\d{1,2}月)?\d{1,2}日[^\W\d_]{0,4}?[电電](?:報導|报道)?[）)]"
    # a paper's reporter and where they filed from in brackets (:data:`_REPORTER_CREDIT`):
    # "（記者王小明／台北報導）", "〔记者 王明／上海报道〕", or the reporter alone ("（记者 林海）")
    r"|[（(〔\[]\s*(?:本[报報]|特[约約])?[记記]者[^）)〕\]\n／/]{2,24}(?:[／/][^）)〕\]\n]{1,12}?(?:[报報][导導道]|專?[电電]|专电))?\s*[）)〕\]]"
    # a Japanese paper's place and reporters in round brackets, as in lenticular ones above:
    # "（ワシントン＝山田太郎特派員）", "（大阪＝山田太郎、佐藤花子）" (or an agency's: "（北京＝共同）")
    rf"|[（(][^（）()＝=\s]{{1,16}}[＝=]{_JA_REPORTER}(?:[、・,，]{_JA_REPORTER}){{0,3}}[）)]"
    # Korean agencies' place and name, with the reporter before an equals sign: "(서울=연합뉴스) 홍길동 기자 =",
    # "[서울=뉴시스]홍길동 기자 ="
    rf"|\([^()=\n]{{1,12}}=[^()=\n]{{2,12}}\){_KOREAN_REPORTER}?(?=\s*=)"
    rf"|\[[^\[\]=\n]{{1,12}}=[^\[\]=\n]{{2,12}}\]{_KOREAN_REPORTER}?(?=\s*=)"
    # a Persian or Arabic agency's place and name between dashes: "تهران - ایرنا -" (IRNA, ISNA, SANA),
    # the first dash glued to the place or not ("تهران- ایرنا-"); alone on its line, the second dash
    # may be left out ("تهران – ایرنا"), as the slash's form below ends its line, where the name
    # after the dash is an agency's (:data:`_RTL_AGENCIES`): a subhead of two phrases joined by a
    # dash has that shape too ("واکنش مردم - نگرانی‌ها"); an agency named with its word for "news
    # agency" before its name, of two words more at most, between the dashes too ("تبریز- خبرگزاری نمونه-")
    r"|[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)?(?: [-–—] ?|[-–—] )"
    rf"(?:(?:{_RTL_AGENCY_WORD}) [\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)?(?=\s?[-–—](?:\s|$))"
    rf"|[\u0600-\u06ff\u200c]+(?=\s?[-–—](?:\s|$))|(?:{_RTL_AGENCIES})(?=\s*$))"
    # ... or the agency's name in brackets, alone on the line with its dash or not: "تهران (ایرنا) -"
    # (in a paragraph, the dateline of a place and its credit reads it: :data:`_DATELINE`)
    r"|[\u0600-\u06ff\u200c]{2,}(?: [\u0600-\u06ff\u200c]+)? ?\([\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+){0,2}\)(?=\s?[-–—]?\s*$)"
    # ... or after slashes, the reporter's name between them or not, the agency's name one word and
    # the report after a space: Anadolu's "أنقرة/ الأناضول", "إسطنبول/ أحمد مثال/ الأناضول"
    # (a place of two letters or more, an agency of three: "و/أو", "and/or", is none)
    r"|[\u0600-\u06ff\u200c]{2,}(?: [\u0600-\u06ff\u200c]+)?(?: ?/ ?[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+){0,2}){0,2}"
    r" ?/ ?[\u0600-\u06ff\u200c]{3,}(?=\s|$)"
    # a Thai place, day and month, and the agency: "กรุงเทพฯ 3 มี.ค. (สำนักข่าวไทย) -" (Thai writes no
    # capitals to tell a place by, nor spaces between a sentence's words)
    # (the place in another script, a comma after it: "BANGKOK, 3 มี.ค. (EXP) -")
    r"|(?:[\u0e00-\u0e7f]{2,30}|[^\W\d_][^\W\d_'-]*(?: [^\W\d_][^\W\d_'-]*){0,3},) \d{1,2} [\u0e00-\u0e7f.]{2,14}(?: \d{4})?"
    r"(?: \([^()\n]{2,30}\))?(?= [-–—] )"
    # a Chinese or Japanese place, its comma (full-width "，" or the ideographic "、"), the day and the
    # agency in brackets, full-width or not, before a dash: "東京、3月3日（共同）－", "臺北，3月3日（中央社）—"
    r"|[^\W\d_]{1,10}[、，,]\s?(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日\s?[（(][^（）()\n]{2,24}[）)](?=\s*(?:[-－—–―]|──)))"
    r"\s*(?:(?:[-－—–―=]|──)\s*)?"  # "［東京　３日　ロイター］ - " (Reuters Japan)
)
#: The day in such a dateline: "6月18日", "2023年6月18日".
_CJK_DAY = re.compile(r"(?:(?P<year>(?:19|20)\d\d)年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日")


#: An agency's credit opening a report with no place, a day before it or not: "(Reuters) - ",
#: "March 3 (Reuters) - ", "(AP) — ", its dash after it and a capital after that.
#: Every month's name and abbreviation the date patterns know (:data:`core.text.MONTHS`), longest first.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_NAME = rf"(?:{_MONTH_NAMES})\.?"
_CREDIT_DATELINE = re.compile(
    rf"^(?P<dateline>(?:(?:{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} {_MONTH_NAME}) ?)?"
    r"\((?P<agency>[A-Z][\w.&' -]{1,29})\)) ?(?:—|–|--|-) +(?=[\"“‘'«„]?[A-Z0-9])",
    re.I,
)


def _names_agency(credit: str) -> bool:
    """Whether a credit in brackets names an agency: a name of up to three words, capitalised or a
    short one in small letters ("Reuters", "AP", "dpa"), not a credit line ("Editing by Jane Roe")."""
    words = credit.split()
    if not 1 <= len(words) <= 3 or {w.lower() for w in words} & {"by", "and", "with", "von", "par", "por"}:
        return False
    return credit[0].isupper() or len(credit) <= 4 and credit.isalpha()


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """A report's first paragraph without its wire dateline, and the dateline (None if it has none);
    a label in brackets before the dateline goes with it ("【速報】【東京共同】...": :func:`without_bracket_label`).
    A joiner inside a word (:data:`_JOINERS`: Sinhala's "අප්‍රේල්") is a mark of the word where the
    dateline is matched, and kept in what is returned."""
    if "\u200c" in paragraph or "\u200d" in paragraph:
        marked = paragraph.translate(_JOINERS_AS_MARKS)
        found, rest = _split_dateline(marked)
        if found is None:
            return None, paragraph
        return (paragraph[: len(found)] if marked.startswith(found) else found.translate(_NO_JOINERS)), paragraph[len(paragraph) - len(rest) :]
    return _split_dateline(paragraph)


def _split_dateline(paragraph: str) -> tuple[str | None, str]:
    """:func:`split_dateline` of a paragraph whose joiners are marks."""
    if (unlabelled := without_bracket_label(paragraph)) != paragraph:
        found, rest = split_dateline(unlabelled)
        return (found, rest) if found is not None else (None, paragraph)
    cjk = _CJK_DATELINE.match(paragraph)
    if cjk and word_count(paragraph[cjk.end() :]) >= 6:
        return cjk["dateline"], paragraph[cjk.end() :]
    credit = _CREDIT_DATELINE.match(paragraph)
    if credit and _names_agency(credit["agency"]) and word_count(paragraph[credit.end() :]) >= 6:
        # ANSA's credit before its place and day, "(ANSA) - ROMA, 3 MAR - ...": one dateline, the
        # credit last as others give it ("ROMA, 3 MAR (ANSA)")
        after = split_dateline(paragraph[credit.end() :])
        if after[0] is not None and not after[0].endswith(")") and in_capitals(re.split(r"[/,]", after[0])[0]):
            return f"{after[0]} {credit['dateline'].strip()}", after[1]
        return credit["dateline"], paragraph[credit.end() :]
    match = _DATELINE.match(paragraph)
    stopped = match is not None and not (match["agency"] or match["bare"] or match["wire"]) and \
        paragraph[match.end("dateline") : match.end()].strip() == "."  # "WASHINGTON. The ...": no dateline of its own
    if (not match or not _names_place(match) or stopped) and (dated := _dated_place(paragraph)) and \
            word_count(paragraph[dated.end() :]) >= 6:
        return dated["dateline"], paragraph[dated.end() :]
    if not match or word_count(paragraph) - word_count(match["dateline"]) < 6 or not _names_place(match):
        return None, paragraph
    rest = paragraph[match.end() :]
    dash = paragraph[match.start("dateline") + len(match["dateline"]) : match.end()].strip()
    if dash == "." and not (match["agency"] or match["bare"] or match["wire"]):
        return None, paragraph  # a full stop ends a dateline only after its agency's credit
    credited = match["dateline"].endswith(")") and bool(dash)
    if _small_letter(rest.lstrip("\"“‘'«„¿¡")[:1]) and not credited:
        # "AUKUS — for Australia, ...": the sentence goes on, no report begins (an agency's credit
        # and its dash, "OTTAWA, March 11 (Reuters) - cut ...", make a dateline whatever follows)
        return None, paragraph
    dateline = re.sub(r" [-–—] \(", " (", match["dateline"])
    # (a day's full stop before the dash is no part of it, the ordinal's as a sentence's: "HOLMVIK, April 7.—The
    # ...", "VELMAR, november 30. - ..." are "HOLMVIK, April 7", "VELMAR, november 30"; a year's stays, "2026.")
    dateline = re.sub(r"(?<!\d)(\d{1,2})\.$", r"\1", dateline)
    if dash in ("-", "–", "—") and not match["agency"] and (agency := _AGENCY_AFTER_DASH.match(rest)) and all(
            opens_as_name(w) for w in agency["agency"].split()) and any(len(w) > 1 and in_capitals(w) for w in agency["agency"].split()) \
            and not any(w.upper() in _NOT_PLACES for w in agency["agency"].split()):
        # the agency after the dash, closed by a full stop (RIA's "МОСКВА, 3 мар — РИА Новости. ..."): the dateline's
        return f"{dateline} {dash} {agency['agency']}", rest[agency.end() :]
    return dateline, rest


#: A place, a full stop, and the day in words with its year, a full stop closing it, as East African
#: papers date a report: "Dar es Salaam. Jumanne, Machi 3, 2026. ...", "Nairobi. Tuesday, March 3, 2026.".
_DATED_PLACE = re.compile(
    rf"^(?P<dateline>(?P<place>{_PLACE})\. {_LETTER}{{3,12}}, (?:{_LETTER}{{3,10}} \d{{1,2}}|\d{{1,2}}\.? {_LETTER}{{3,10}}),? {_YEAR})\. +"
    r"(?=[\"“‘'«„]?[^\W\d_])")


#: A place in capitals, a full stop, the day and its month's name, a full stop closing them, no
#: agency after them, as Interfax and Kazinform write their datelines without their names: "ЛЬВІВ.
#: 3 березня. ...", "PAVLODAR. 7 April. ..." (a place's and its month's are checked in code).
_STOPPED_DAY = re.compile(
    rf"^(?P<dateline>(?P<place>{_PLACE})\. \d{{1,2}}\.? (?P<month>{_LETTER}{{3,12}})(?: {_YEAR})?)\. +(?=[\"“‘'«„]?[^\W\d_])")


def _dated_place(paragraph: str) -> re.Match[str] | None:
    """A place and its day, each closed by a full stop, opening *paragraph*: :data:`_DATED_PLACE`
    with a place's name in title case, or :data:`_STOPPED_DAY` with a place in capitals and a
    month's name; None where it opens otherwise ("WASHINGTON. The ...", "Paris. 3 Things ...")."""
    if (dated := _DATED_PLACE.match(paragraph)) and _titled_place(dated["place"]):
        return dated
    stopped = _STOPPED_DAY.match(paragraph)
    if stopped and in_capitals(stopped["place"]) and sum(c.isalpha() for c in stopped["place"]) >= 3 \
            and inflected_month(stopped["month"]) is not None and not set(stopped["place"].split()) & _NOT_PLACES:
        return stopped
    return None


def _titled_place(place: str) -> bool:
    """Whether *place* is written as a place's name: each word capitalised, or a particle inside it
    ("Dar es Salaam", "Ciudad de México"), at most four words."""
    words = place.split()
    return 0 < len(words) <= 4 and words[0][0].isupper() and all(
        w[0].isupper() or w in _PLACE_PARTICLES and 0 < n < len(words) - 1 for n, w in enumerate(words))


#: An agency's name after a dateline's dash, a full stop after it, and the report:
#: "РИА Новости. Администрация ..." (up to three words; :func:`split_dateline` asks for capitals in one).
_AGENCY_AFTER_DASH = re.compile(r"(?P<agency>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2})\. +(?=[\"“‘'«„]?[^\W\d_])")


def datelined(text: str) -> bool:
    """Whether *text*, a paragraph, opens with a wire dateline that credits an agency or gives a
    day ("OSTBY (NordWire) - ...", "HOLMVIK, March 9 - ..."): the first paragraph of a report, not
    of a subhead's section (:func:`split_dateline`)."""
    dateline = split_dateline(text)[0]
    return dateline is not None and (dateline.endswith(")") or any(c.isdigit() for c in dateline))


# --- calendar dates in date lines ------------------------------------------------

_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
#: The eras whose years East Asian pages date by, each with the year before its first (its year N
#: is that plus N): the Republic of China's (Taiwan's official calendar, "民國115年" is 2026) and
#: Japan's Reiwa and Heisei ("令和8年" 2026, "平成31年" 2019). Source: the calendars' epochs, 1912,
#: 1 May 2019 and 8 January 1989.
ERA_YEARS: dict[str, int] = {"中華民國": 1911, "中华民国": 1911, "民國": 1911, "民国": 1911, "令和": 2018, "平成": 1988}
#: How far the Buddhist era's years run ahead of the common era's, as Thai pages date by it: "12
#: พ.ค. 2569" is 12 May 2026 (2569 - 543). Source: the Thai solar calendar's epoch, 543 BCE.
BUDDHIST_ERA_YEARS = 543
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
#: The signs Urdu and Arabic pages write glued to a year of the common era: "ء" (Urdu, for عیسوی)
#: and "م" (Arabic, for ميلادي), beside the Hijri year's "ھ" / "هـ" (a year of 14xx, no Gregorian one).
ERA_SIGNS = "ءم"
# A scrape may glue the time to the year: "July 15, 20214:37 PM"; Urdu and Arabic pages glue the
# sign of the common era to it ("۴ مارچ ۲۰۲۶ء", "4 مارس 2026م": :data:`ERA_SIGNS`).
_YEAR = r"(?P<year>(?:19|20)\d\d)(?=\b|\d{1,2}:\d\d|[ءم](?![^\W\d_]))"

#: A month's name in another language: letters with their marks (Devanagari's "दिसंबर", Tamil's
#: "டிசம்பர்": :data:`_LETTER`), or an Indic word of two (Hindi's "मई"), a whole word (not after a mark).
_OTHER_MONTH = rf"(?<![{re.escape(_COMBINING)}])(?!(?:{_MONTH_NAMES})\b)(?P<month>{_LETTER}{{3,}}|{_SYLLABLE}{{2}}(?!{_LETTER}))"


_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),  # June 18, 2023
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.I),  # 18 June 2023
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),  # 2023-06-18
    # 18.06.2023 (Czech and Slovak pages also "3. 3. 2026"), 18/06/2023, and 06/18/2023 where the day cannot be the month
    re.compile(r"\b(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>1[3-9]|2\d|3[01])/(?P<year>(?:19|20)\d\d)\b"),
    # the month's name in another language (month_number; English ones as above): "1er décembre
    # 2026", "3. März 2026", "5 de junio de 2026", "dicembre 1, 2026"
    re.compile(rf"\b{_DAY}(?:er|e|º|ª|\.)?\s+{_DAY_OF_MONTH}?{_OTHER_MONTH}\.?,?\s+(?:de\s+)?{_YEAR}", re.I),
    # (Lithuanian's "kovo 4 d., 2026": the word for day after it)
    re.compile(rf"\b{_OTHER_MONTH}\.?\s+{_DAY}(?:\s?d\.)?,?\s+{_YEAR}", re.I),
    # the year first, with a dot or its word, then the month's name and the day: Hungarian's "2026.
    # március 3.", Lithuanian's "2026 m. kovo 4 d." (the words for year and day the date's own)
    re.compile(rf"\b{_YEAR}(?:\.|\s+m\.)\s+(?P<month>[^\W\d_]{{3,}})\.?\s+{_DAY}\b(?:\s?d\.)?", re.I),
    # ... or with spaces only, as Sinhala, Tamil and other pages of Asia order a date: "2026 මාර්තු 09",
    # "2026 மார்ச் 9" (the month a name: :func:`_dated_month`)
    re.compile(rf"\b{_YEAR}\s+{_OTHER_MONTH}\s+{_DAY}\b(?![.:/,]?\d)", re.I),
    # ... or the day and then the month's name: Latvian's "2026. gada 4. martā"
    re.compile(rf"\b{_YEAR}\.\s+gada\s+{_DAY}\.\s+(?P<month>[^\W\d_]{{3,}})\b", re.I),
    # the day, the month's name and the year each after its word, Khmer's "ថ្ងៃទី ៥ ខែតុលា ឆ្នាំ ២០២៦"
    # ("day 5, month October, year 2026": the word for month glued to its name)
    re.compile(rf"(?:ថ្ងៃទី\s*)?\b{_DAY}\s+ខែ(?P<month>{_LETTER}{{3,}})\s+ឆ្នាំ\s*{_YEAR}"),
    # the year first in numbers, parted by dots or slashes: Korean, Chinese and Japanese pages'
    # "2026.03.05.", "2026. 3. 5.", "2026/03/05" (never a day first after a year); not a version's
    # number ("2026.03.05.1")
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:\.\s?|/)(?P<month>\d{1,2})(?:\.\s?|/)(?P<day>\d{1,2})\b(?!\.\d)"),
    # ... or by the characters for year, month and day: "2026年3月5日", "2026년 3월 5일"
    re.compile(r"(?P<year>(?:19|20)\d\d)\s?[年년]\s?(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]"),
    # ... with the year of an era (:data:`ERA_YEARS`): Taiwan's "中華民國115年11月20日", Japan's
    # "令和8年12月2日" ("令和元年" its first year)
    re.compile(rf"(?P<year>(?:{'|'.join(sorted(ERA_YEARS, key=len, reverse=True))})\s?(?:\d{{1,3}}|元))\s?年\s?(?P<month>\d{{1,2}})\s?月\s?(?P<day>\d{{1,2}})\s?日"),
    # a Thai month's name or abbreviation between the day and the year, the year of the common era
    # or of the Buddhist era (:data:`BUDDHIST_ERA_YEARS`): "12 พ.ค. 2569", "3 มีนาคม 2026"
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[\u0e00-\u0e7f][\u0e00-\u0e7f.]{1,12})\s*(?P<year>(?:19|20|25)\d\d)(?!\d)"),
)


#: Dates a date line prints with a year of two digits, spaced or not: "30/11/09", "11 / 30 / 09
#: 05:40 PM ET" (the day first where it can be, as above), "05.03.26" (with dots, the day first as
#: ever). Date lines only (:func:`find_date`): in a report's text "3/4/25" may be anything.
_SHORT_YEAR_PATTERNS = (
    re.compile(r"(?<![\d/.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d\d)(?![\d/.])"),
    re.compile(r"(?<![\d/.])(?P<day>\d{1,2}) ?/ ?(?P<month>\d{1,2}) ?/ ?(?P<year>\d\d)(?![\d/.])"),
    re.compile(r"(?<![\d/.])(?P<month>\d{1,2}) ?/ ?(?P<day>1[3-9]|2\d|3[01]) ?/ ?(?P<year>\d\d)(?![\d/.])"),
)


def _year_of(digits: str) -> int:
    """The year a date's year group gives: itself, or for two digits the year of this century up
    to next year, else of the last ("09" 2009, "98" 1998); of an era's year (:data:`ERA_YEARS`), the
    year it is ("民國115" 2026, "令和8" 2026, "令和元" 2019); of the Buddhist era's, the common era's
    ("2569" 2026, :data:`BUDDHIST_ERA_YEARS`)."""
    if (era := digits.rstrip("0123456789元").rstrip()) in ERA_YEARS:
        number = digits[len(era):].strip()
        return ERA_YEARS[era] + (1 if number == "元" else int(number))
    year = int(digits)
    if len(digits) > 2:  # (a year of the 26th century is the Buddhist era's: only a Thai date's pattern reads one)
        return year - BUDDHIST_ERA_YEARS if year >= 2500 else year
    return 2000 + year if 2000 + year <= date.today().year + 1 else 1900 + year


def _month_of(word: str) -> int | None:
    """The month a date pattern's month group names: a number, or a name in any language."""
    word = word.lower().rstrip(".")
    return int(word) if word.isdigit() else month_number(word)


def _dated_month(word: str) -> int | None:
    """The month a date pattern's month group names, between its day and year: in the language of
    the page being read where it names one there (:func:`language_month`: "listopada" is November
    on a Polish page, October on a Croatian one), else as :func:`_month_of` says, or in a case the
    CLDR does not give (:func:`inflected_month`: "2026. gada 4. martā")."""
    return language_month(word, _READING_LANGUAGE.get()) or _month_of(word) or inflected_month(word)


#: The language of the page being read (:func:`reading_language`), which reads its month names.
_READING_LANGUAGE: ContextVar[str | None] = ContextVar("newsprism_reading_language", default=None)


@contextlib.contextmanager
def reading_language(language: str | None) -> Iterator[None]:
    """Within it, the dates :func:`find_date`, :func:`find_dates` and everything built on them find
    read a month's name in *language* (a code of :data:`core.text.LANGUAGE_NAMES`, a page's
    :func:`page_language`) first: a word that names different months in different languages, which
    :func:`month_number` leaves out, is the month it names there. None: no language is known."""
    token = _READING_LANGUAGE.set(language)
    try:
        yield
    finally:
        _READING_LANGUAGE.reset(token)


def read_in_language(language: str | None) -> None:
    """From here to the end of the :func:`reading_language` block around it, read a month's name
    in *language* first: a page's language, known once its metadata is read."""
    _READING_LANGUAGE.set(language)


@functools.lru_cache(maxsize=64)
def _language_months(language: str) -> dict[str, int]:
    """The month names and abbreviations of *language* in dateparser's locale data (folded, each with
    its month), those that name one month only there; empty for a language it does not know."""
    from dateparser.languages.loader import default_loader

    try:
        locale = default_loader.get_locale(language)
    except (KeyError, ValueError):
        return {}
    found: dict[str, set[int]] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in locale.info.get(key, []):
            found.setdefault(month_key(name), set()).add(number)
    return {word: next(iter(months)) for word, months in found.items() if len(months) == 1}


def language_month(word: str, language: str | None) -> int | None:
    """The month (1-12) *word* names in *language* ("listopada" in "pl" is 11, in "hr" 10); None
    where *language* is None or names no month by it."""
    if not language:
        return None
    return _language_months(language.lower()).get(month_key(word))



#: A weekday just before a date: "Thu, 03/05/2026 - 14:22" (Drupal's default), "Thursday 03/05/2026",
#: "jeu. 03/05/2026".
_WEEKDAY_BEFORE_DATE = re.compile(rf"\b(?P<weekday>{_WEEKDAY_WORD})\.?,?\s*$", re.I)


def _weekday_said(before: str) -> int | None:
    """The day of the week (Monday 0 to Sunday 6) a weekday at the end of *before*, the text just
    before a date, names (:data:`_WEEKDAY_BEFORE_DATE`); None where none stands there."""
    found = _WEEKDAY_BEFORE_DATE.search(before)
    return _WEEKDAY_WORDS[found["weekday"].lower()] if found else None


#: The joiners (:data:`~core.calendar_words.JOINERS`) as the combining grapheme joiner, a mark inside the word
#: (:func:`date_reading`).
_JOINERS_AS_MARKS = {0x200C: "\u034f", 0x200D: "\u034f"}


#: Every decimal digit of another script (Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi,
#: Gujarati, Tamil, Telugu, Thai, ...: Unicode's Nd) to its ASCII digit.
_OTHER_DIGITS = {c: str(unicodedata.decimal(chr(c))) for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) == "Nd"}
#: :data:`_OTHER_DIGITS` and :data:`_JOINERS_AS_MARKS`: what :func:`date_reading` writes.
_DATE_READING = {**_OTHER_DIGITS, **_JOINERS_AS_MARKS}


def ascii_digits(text: str) -> str:
    """*text* with the digits of every script as ASCII ones ("५ दिसंबर २०२६" -> "5 दिसंबर 2026",
    "٢٠٢٦" -> "2026"), each in its place: what a date's pattern reads, its spans the same."""
    return text if text.isascii() else text.translate(_OTHER_DIGITS)


def date_reading(text: str) -> str:
    """*text* as a date's pattern reads it, its spans the same: its digits ASCII ones
    (:func:`ascii_digits`), and a zero-width joiner or non-joiner a mark inside its word (U+034F,
    :data:`_JOINERS_AS_MARKS`: Sinhala's "අප්‍රේල්" is one word with its ZWJ); a month's name of
    several words one word, its spaces and hyphens such marks (:func:`~core.calendar_words.month_phrases`: Irish "9 Meán
    Fómhair 2026"). For matching only: the text shown keeps its joiners, which Persian and Indic
    spelling need."""
    if _YEAR_DIGITS.search(text) and (phrases := month_phrases()).search(text):
        text = phrases.sub(lambda found: re.sub(r"[\s-]", "\u034f", found[0]), text)
    return text if text.isascii() else text.translate(_DATE_READING)


#: Four figures of a year, without which no text holds a date a month's phrase is read in.
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def find_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The first calendar date in *text* and where it stands, or None. Of a date whose day and
    month may be either number ("03/05/2026"), the day comes first, unless the weekday before it
    says the month does ("Thu, 03/05/2026" is Thursday 5 March: 3 May 2026 is a Sunday). Where no
    Gregorian date stands in it, the first of another calendar's, as its Gregorian day ("۱۴ اسفند
    ۱۴۰۴" is 5 March 2026: :func:`calendar_day`)."""
    best: tuple[date, tuple[int, int]] | None = None
    text = date_reading(text)
    for pattern in (*_PATTERNS, *_SHORT_YEAR_PATTERNS):
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1][0]:
                break
            month = _dated_month(match["month"])
            if month is not None and (found := _day(_year_of(match["year"]), month, int(match["day"]))) is not None:
                before = text[max(0, match.start() - 12) : match.start()]
                found = _as_the_weekday_says(found, before, match)
                if (pattern in _SHORT_YEAR_PATTERNS and found.day <= 12 and found.month <= 12 and found.day != found.month
                        and _weekday_said(before) != found.weekday()):
                    # "04 / 02 / 07": a US page's style as often as not; the month comes first where a US
                    # time zone follows ("9:00 PM PDT"), else neither order is sure and it dates nothing
                    # (unless the weekday before it names the day of one reading, "Sun, 04/02/07")
                    if not _US_ZONE_AFTER.match(text[match.end() : match.end() + 40]):
                        continue
                    found = _day(found.year, found.day, found.month) or found
                best = (found, match.span())
                break
    # a date of another calendar only where the text gives no Gregorian one: a page that prints both
    # ("۱۴ رمضان ۱۴۴۷ھ بمطابق ۴ مارچ ۲۰۲۶ء", "৩১ বৈশাখ ১৪৩৩ | ১৪ মে ২০২৬") means the Gregorian
    return best or _calendar_date(text)


#: A date of another calendar (:data:`~core.calendar_words.CALENDAR_MONTHS`), by the name of its
#: calendar: the Solar Hijri's day, month and year of the 13th or 14th century ("۱۴ اسفند ۱۴۰۴",
#: "۱۴ اسفند ماه ۱۴۰۴", "ماه" the word for month); the Ethiopian's month, day, the word for day
#: ("ቀን") maybe, and year ("መጋቢት 12 ቀን 2018 ዓ.ም."). Digits ASCII (:func:`date_reading`).
_CALENDAR_PATTERNS = {
    "solar_hijri": re.compile(
        r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>" + "|".join(sorted(CALENDAR_MONTHS["solar_hijri"], key=len, reverse=True))
        + r")(?![^\W\d_])(?:\s+ماه)?\s+(?P<year>1[34]\d\d)(?!\d)"),
    "ethiopian": re.compile(
        r"(?<![^\W\d_])(?P<month>" + "|".join(sorted(CALENDAR_MONTHS["ethiopian"], key=len, reverse=True))
        + r")\s+(?P<day>\d{1,2})(?:\s*ቀን)?\s*,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
}


def calendar_day(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a date of another *calendar* ("solar_hijri", "ethiopian":
    :data:`~core.calendar_words.CALENDAR_MONTHS`): (1404, 12, 14) of the Solar Hijri is 5 March
    2026, (2018, 7, 12) of the Ethiopian 21 March 2026; None for a day its month does not have.
    Source: convertdate's arithmetic; the Ethiopian calendar is the Coptic with its years 276 on
    (the two eras' epochs, 8 and 284 CE)."""
    from convertdate import coptic, persian

    converter, offset = (persian, 0) if calendar == "solar_hijri" else (coptic, 276)
    try:
        found = date(*converter.to_gregorian(year - offset, month, day))
    except (ValueError, OverflowError):
        return None
    # a day its month does not have comes back as another day of another month
    return found if tuple(converter.from_gregorian(found.year, found.month, found.day)) == (year - offset, month, day) else None


def _calendar_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The first date of another calendar in *text* (read by :func:`date_reading`), as its Gregorian
    day, and where it stands (:data:`_CALENDAR_PATTERNS`)."""
    best: tuple[date, tuple[int, int]] | None = None
    for calendar, pattern in _CALENDAR_PATTERNS.items():
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[1][0]:
                break
            month = CALENDAR_MONTHS[calendar][month_key(match["month"])]
            if (found := calendar_day(calendar, int(match["year"]), month, int(match["day"]))) is not None:
                best = (found, match.span())
                break
    return best


def weekday_dated(text: str) -> date | None:
    """The first calendar date in *text* (:func:`find_date`) where the weekday just before it names
    its day of the week ("Thu, 03/05/2026 - 14:22" is 5 March 2026, a Thursday), else None: a date
    whose numbers say which is the month only with that weekday."""
    found = find_date(text)
    if found is None:
        return None
    day, (start, _) = found
    return day if _weekday_said(text[max(0, start - 12) : start]) == day.weekday() else None


#: A clock time and a US time zone after a date: "04 / 02 / 07, 9:00 PM PDT", "11/30/09 05:40 PM ET".
_US_ZONE_AFTER = re.compile(
    r"[\s,|·•–—-]*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:E|C|M|P|AK|H)[SD]?T\b", re.I
)


def _as_the_weekday_says(found: date, before: str, match: re.Match[str]) -> date:
    """*found*, or the date with its day and month the other way round where both are numbers, the
    weekday *before* it names a day of the week that is not *found*'s and is the other's."""
    said = _weekday_said(before)
    if said is None or not match["month"].isdigit():
        return found
    if found.weekday() == said or found.day > 12:
        return found
    swapped = _day(found.year, found.day, found.month)
    return swapped if swapped is not None and swapped.weekday() == said else found


def find_dates(text: str) -> list[date]:
    """Every calendar date in *text* that gives its year ("May 14, 2026", "14.05.2026"), in the
    order they stand."""
    found: dict[int, date] = {}
    text = date_reading(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            month = _dated_month(match["month"])
            if month is not None and (day := _day(_year_of(match["year"]), month, int(match["day"]))) is not None:
                found.setdefault(match.start(), day)
    return [found[at] for at in sorted(found)]


#: Time zone abbreviations a page prints after a time, as hours east of UTC. Only those
#: with one common meaning ("IST" is India's and Ireland's, "CST" China's and the US's: left out).
ZONE_HOURS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "CEST": 2, "WEST": 1, "EET": 2, "EEST": 3,
    "MSK": 3, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "ACST": 9.5, "AWST": 8,
    "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
}
#: Zones written without saying whether summer time is on ("10:15 a.m. ET"): the place whose
#: clock they name, so the offset is that place's on the day.
ZONE_PLACES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}
#: The half of the day after a 12-hour clock time: "a.m.", "pm", and Malay's "PG" (pagi, morning),
#: "PTG" (petang, afternoon and evening) and "MLM" (malam, night), as Malaysian pages print them
#: ("Diterbitkan: 14 Jul 2026, 11:40 PG", "8:05 PTG"): :func:`_half_of_day`.
_HALF_OF_DAY = r"(?P<ampm>[ap]\.?\s?m\.?|(?:pagi|pg|petang|ptg|malam|mlm)(?![^\W\d_]))"
#: The halves of the day :data:`_HALF_OF_DAY` reads that are after noon, without dots or spaces.
_AFTER_NOON = frozenset({"pm", "petang", "ptg", "malam", "mlm"})


def _half_of_day(ampm: str | None) -> str:
    """"a" for a half of the day before noon (:data:`_HALF_OF_DAY`: "a.m.", "PG"), "p" for one
    after ("pm", "PTG"), "" for none."""
    if not ampm:
        return ""
    return "p" if re.sub(r"[.\s]", "", ampm.lower()) in _AFTER_NOON else "a"


#: A clock time's zone after it: a name ("EST", "ET") or an offset ("+0100", "GMT-5"); an offset is
#: no end of a time's range ("10:00-11:30 Uhr", "9:00-11:00 am").
_ZONE_AFTER_TIME = (
    r"\s*(?:(?P<zone>" + "|".join(sorted([*ZONE_HOURS, *ZONE_PLACES], key=len, reverse=True)) + r")\b(?!\s?[+-]\d)"
    r"|(?:UTC|GMT)?\s*(?P<offset>[+-]\d{1,2}(?::?\d\d)?)(?![:\d])(?!\s*(?:uhr|h\b|[ap]\.?\s?m\b)))"
)
_TIME_AFTER = re.compile(
    r"^[\s,|·•–—-]*(?:(?:at|à|a\s+las|alle|às|om|um|kl\.?)\s+)?(?P<h>\d{1,2})[:.h](?P<m>\d\d)(?::(?P<s>\d\d))?\s*" + _HALF_OF_DAY + r"?" + _ZONE_AFTER_TIME,
    re.I,
)
#: The offsets from UTC of a part of an hour that time zones have (the time zone database, 2024:
#: India's +05:30, Nepal's +05:45, Newfoundland's -03:30, ...), in minutes: "-11:30" is none.
_PART_HOUR_OFFSETS = frozenset({-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825})


def find_datetime(text: str, *, local: bool = False) -> str | None:
    """The first date in *text* as ISO 8601, with its time and zone when a time with a zone
    follows it ("June 2, 2024 10:15 EST" -> "2024-06-02T10:15:00-05:00", "3 Mar 2026, 9.30am GMT");
    the day alone ("2024-06-02") when no time or no zone does (a time without a zone cannot be
    compared across outlets); None without a date. Zones: :data:`ZONE_HOURS`, :data:`ZONE_PLACES`
    (the place's offset on that day, from the time zone database) or an offset ("+0100").

    With *local*, a time without a zone is kept as the page's wall clock, an ISO 8601 time with
    no offset: "29 November 2026 - 14:00", "29.11.2026, 14:00 Uhr", "November 29, 2026 at 2:00
    p.m." give "2026-11-29T14:00:00" (what a page's own date line says of its publication)."""
    found = find_date(text)
    if found is None:
        return None
    day, (_, end) = found
    after = date_reading(text[end : end + 40])
    time = _TIME_AFTER.match(after)
    if time is None and local and (clock := _CLOCK.match(after)) is not None:
        hour, minute = int(clock["h"]), int(clock["m"])
        ampm = _half_of_day(clock["ampm"])
        if ampm and not 1 <= hour <= 12 or hour > 23 or minute > 59:
            return day.isoformat()
        hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
        if clock["zone"] or clock["offset"]:  # a zone _TIME_AFTER refused ("+1" after "14:00 Uhr")
            return day.isoformat()
        return datetime(day.year, day.month, day.day, hour, minute).isoformat()
    if time is None:
        return day.isoformat()
    hour, minute, second = int(time["h"]), int(time["m"]), int(time["s"] or 0)
    ampm = _half_of_day(time["ampm"])
    if ampm and not 1 <= hour <= 12 or hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
    zone_name = (time["zone"] or "").upper()
    if zone_name in ZONE_PLACES:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            place = ZoneInfo(ZONE_PLACES[zone_name])
        except ZoneInfoNotFoundError:  # no time zone database on this machine: the day alone
            return day.isoformat()
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=place).isoformat()
    if zone_name:
        hours = ZONE_HOURS[zone_name]
    else:
        sign, digits = time["offset"][0], time["offset"][1:].replace(":", "")
        hours = int(digits[:-2] or 0) + int(digits[-2:]) / 60 if len(digits) > 2 else int(digits)
        hours = -hours if sign == "-" else hours
        if abs(hours) > 14 or hours % 1 and round(hours * 60) not in _PART_HOUR_OFFSETS:
            return day.isoformat()
    zone = timezone(timedelta(hours=hours))
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone).isoformat()


#: The label of a page's update time, anywhere in a line: "Updated", "Last updated:", "Modified
#: on", "Aktualisiert am" (a byline's "By Ana Example | Updated 4:35 p.m. EST" holds one too).
_UPDATE_LABEL = re.compile(
    r"\b(?:(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?|aktualisiert(?:\s+(?:am|um))?"
    # French, Spanish, Italian, Portuguese, Dutch, the Nordic languages: "modifié à 11h40", "Mis à
    # jour le 3 mars", "Actualizado el", "Aggiornato alle", "Atualizado em", "Bijgewerkt op", "Uppdaterad"
    r"|modifiée?(?:\s+(?:le|à))?|mis\s+à\s+jour(?:\s+(?:le|à))?|actualizad[oa](?:\s+(?:el|a\s+las))?"
    r"|aggiornat[oa](?:\s+(?:il|alle))?|atualizad[oa](?:\s+(?:em|às))?|bijgewerkt(?:\s+(?:op|om))?"
    r"|uppdaterad|oppdatert|opdateret"
    # Malay and Indonesian
    r"|dikemas\s+kini|diperbarui)\b\s*[:|–—-]?\s*", re.I
)
#: A clock time at the start of a text, with or without its zone: "4:35 p.m. EST", "16:35", "9.30am GMT".
_CLOCK = re.compile(
    r"^[\s,|·•–—-]*(?:(?:at|à|a\s+las|alle|às|om|um|kl\.?)\s+)?(?P<h>\d{1,2})[:.h](?P<m>\d\d)(?!\d|[./]\d)\s*" + _HALF_OF_DAY + r"?"
    r"(?:" + _ZONE_AFTER_TIME + ")?",
    re.I,
)


def is_update_line(line: str) -> bool:
    """Whether a short line of a page gives the report's update time: it opens with an update's
    label ("Updated 4:35 p.m. EST", "Last updated: Dec. 3"), or it is a time stamp that holds one
    ("Published 9:02 a.m. · Updated 4:35 p.m.", :func:`is_stamp_block`)."""
    label = _UPDATE_LABEL.search(line)
    return label is not None and (not line[: label.start()].strip() or is_stamp_block(line))


def find_update(line: str, published: str | None = None) -> str | None:
    """The update time a visible line of a page gives ("Updated 4:35 p.m. EST", "Last updated:
    Dec. 3, 2026, 8:10 a.m. ET", "Published 9:02 a.m. · Updated 4:35 p.m."), as ISO 8601.

    A clock time without a date is on the day of *published* (ISO 8601), and a clock time
    without a zone is in its zone, as the page prints both once, for the publication; without
    that day or zone, such a clock cannot be placed and gives None. A date without a clock time
    gives the day. None for a line with no update label or none of these after it ("Updated 2
    hours ago")."""
    label = _UPDATE_LABEL.search(line)
    if label is None:
        return None
    rest = _STAMP_SEPARATOR.split(line[label.end() : label.end() + 80])[0]
    found = find_date(rest)
    clock = _CLOCK.match(rest)  # "Updated 4:35 p.m. EST, Dec. 2, 2026"
    if clock is not None and found is not None and clock.end() > found[1][0]:
        clock = None  # the date's own figures ("03.12.2026")
    if clock is None and found is not None:
        clock = _CLOCK.match(rest[found[1][1] :])  # "Updated Dec. 2, 2026, 4:35 p.m. EST"
    stamp = iso_stamp(published)
    if found is not None:
        day = found[0]
    elif clock is not None and stamp is not None and len(published or "") > 10:
        day = stamp.date()
    else:
        return None
    if clock is None:
        return day.isoformat()
    hour, minute = int(clock["h"]), int(clock["m"])
    ampm = _half_of_day(clock["ampm"])
    if ampm and not 1 <= hour <= 12 or hour > 23 or minute > 59:
        return None
    hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
    if not (clock["zone"] or clock["offset"]):
        # the publication's zone; a publication without one leaves the clock without one too
        zone = stamp.tzinfo if stamp is not None and len(published or "") > 10 else None
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).isoformat()
    zoned = find_datetime(f"{day.isoformat()} {clock.group(0).strip(' ,|·•–—-')}")
    return zoned if zoned is not None and len(zoned) > 10 else None


#: The label of a page's publication time, anywhere in a line, with the word for "on" or "at" after
#: it: "Published", "Posted on", "Veröffentlicht am", "Publié le", "Diterbitkan", Bengali "প্রকাশ"
#: and "প্রকাশিত", Persian "تاریخ انتشار" (date of publication) and "منتشر شده", Urdu "شائع"
#: (published), Arabic "نشر" (the updates' labels are :data:`_UPDATE_LABEL`'s).
_PUBLISHED_LABEL = re.compile(
    r"(?<![^\W\d_])(?:(?:first\s+)?published|posted|veröffentlicht|publicado|publiée?|pubblicato|gepubliceerd|opublikowano"
    r"|paskelbta|publicēts|avaldatud|julkaistu|objavljeno|publikováno|publikované|опубликовано|опубліковано|публикувано"
    r"|közzétéve|publicat|publicerad|publiceret|publisert|yayınlanma|δημοσίευση|diterbitkan|ngày đăng|기사입력"
    r"|প্রকাশিত|প্রকাশ|تاریخ انتشار|منتشر شده|شائع|نشر)"
    r"(?:\s+(?:on|at|am|um|le|el|em|op|den|pada|lúc))?(?![^\W\d_])\s*[:|–—-]?\s*", re.I
)


def published_stamp(line: str) -> str | None:
    """The publication time a visible line of a page gives after its label ("Published 9:02 a.m.,
    3 March 2026", "Dikemas kini: 16 Jul 2026, 8:05 PTG Diterbitkan: 14 Jul 2026, 11:40 PG" gives
    "2026-07-14T11:40:00", "প্রকাশ: ৩১ বৈশাখ ১৪৩৩ | ১৪ মে ২০২৬, ১১:৩০"), as ISO 8601 (:func:`find_datetime`,
    a time without a zone the page's wall clock): what the page says of its publication, whatever
    stands before it (an update's time, :data:`_UPDATE_LABEL`). None for a line with no such label
    or no date after it up to an update's label."""
    for label in _PUBLISHED_LABEL.finditer(line):
        rest = line[label.end() : label.end() + 80]
        if (update := _UPDATE_LABEL.search(rest)) is not None:
            rest = rest[: update.start()]
        if (found := find_datetime(rest, local=True)) is not None:
            return found
    return None


@functools.lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """How many words *text* has (kept for the last few thousand texts: the rules weighing a
    line ask for its words four or five times over)."""
    return len((_ASCII_WORD if text.isascii() else _WORD).findall(text))


def _chrome_hits(text: str) -> int:
    return len(set(_CHROME.findall(text.lower())))


def is_sentence(text: str) -> bool:
    """Whether *text* ends as a sentence does (a full stop, maybe inside a quotation), as a
    terminal would show it: an escape sequence or a control character after the stop is none of
    its words ("said.␛P+q544e␛\\" ends as a sentence, as does "said.\ufffd+q544e", where a C1
    control, U+FFFD once sanitised, opened a control string)."""
    shown = without_controls(text)
    if _SENTENCE_END.search(shown):
        return True
    return ("\ufffd" in text or "\u241b" in text) and bool(_SENTENCE_END.search(without_controls(_OPEN_STRING.sub("", text))))


#: A control string never ended, to the line's end: a terminal shows nothing of it ("said.␛P 0",
#: "said.\ufffd+q 544e" where a C1 control, U+FFFD once sanitised, opened it). U+FFFD also stands
#: for a broken character, so :func:`is_sentence` tries the text with and without such a tail.
_OPEN_STRING = re.compile("(?:\u241b[\\]PX^_]|\ufffd)[^\u2407\u241b\n]*$")


#: More words than a date line holds (a label, a weekday, the date, a time and zone, a place).
DATE_LINE_WORDS = 16


def _is_date_line(text: str, words: int) -> bool:
    if _RELATIVE_TIME.match(text):
        return True
    if words > DATE_LINE_WORDS:
        return False  # a paragraph: no need to look for its dates
    rest = _DATE_LABEL.sub("", text, count=1)
    if not rest:
        return text != rest  # a bare "Published on"
    found = find_date(rest)
    if found is None:
        return False
    start, end = found[1]
    leftover = _beside_date(rest, start, end)
    # What may stand beside a date: a weekday, a time, a time zone, a place.
    return word_count(leftover) <= 5 and not is_sentence(leftover.strip()) or word_count(leftover) <= 2


#: What joins two time stamps in one line ("Published ... · Updated ..."), or a full stop before
#: the next one's label ("Tue 10 Nov 2026 16.41 GMT. First published on Tue 10 Nov 2026 06.58 GMT").
_STAMP_SEPARATOR = re.compile(rf"(?:^\s*|\s+)[·•|]\s+|(?<=[^\s.])\.\s+(?=(?i:{STAMP_WORDS}))")
#: A clock time as a page prints it for a stamp, alone (:data:`~core.stamps.CLOCK_STAMP`).
_CLOCK_STAMP = re.compile(CLOCK_STAMP, re.I)


#: The words a date and a time carry beside their figures, none of them a report's: the word that
#: says "at" before a clock time (:data:`CLOCK_AT`: Polish "godz.", Turkish "saat", Indonesian
#: "pukul") and the word for "year" after a year (Polish "r.", "roku", Russian and Bulgarian "г.",
#: "года", Ukrainian "р.", "року", Lithuanian "m.", Latvian "gada"): "środa, 4 marca 2026 r., godz.
#: 10:15" is a weekday beside its date and time. (The year's word goes after the times: "a.m.")
_AT_TIME = re.compile(rf"(?<!\w){CLOCK_AT}(?=\d{{1,2}}[:.h]\d\d)", re.I)
_YEAR_WORD = re.compile(r"(?<!\w)(?:[rргm]\.|roku|года|року|gada)(?!\w)", re.I)


def _beside_date(rest: str, start: int, end: int) -> str:
    """What *rest* says beside its date at *start*:*end*: its clock times, "ago"s and the words of a
    date and time (:data:`_AT_TIME`, :data:`_YEAR_WORD`) taken out, a weekday or a place left."""
    return _YEAR_WORD.sub(" ", _TIME_OR_AGO.sub(" ", _AT_TIME.sub(" ", rest[:start] + " " + rest[end:])))


def _oldest_first(body: tuple[str, ...], subheads: Iterable[int]) -> list[int]:
    """The order to read *body* in, as indices of it: a live page that prints its updates newest
    first (two at least, each headed by a subhead among *subheads* that stamps its time,
    :func:`update_time`, the times strictly falling down the page, all with a year, all with a day
    and month only, or all without) read oldest first, each update's subhead moving with the paragraphs under it up to the
    next update's, what stands above the first update (a summary) staying on top; any other page in
    its own order (updates that rise or have no times, or times of one kind falling and rising)."""
    order = list(range(len(body)))
    stamps = [(i, when) for i in sorted(set(subheads)) if i < len(body) and (when := update_time(body[i])) is not None]
    if len(stamps) < 2 or len({(when[0] > 0, when[1] > 0) for _, when in stamps}) > 1:
        return order
    if not all(earlier[1] < later[1] for later, earlier in zip(stamps, stamps[1:])):
        return order
    starts = [i for i, _ in stamps]
    updates = [order[start:end] for start, end in zip(starts, [*starts[1:], len(body)])]
    return order[: starts[0]] + [i for update in reversed(updates) for i in update]


#: The label of a page's estimate of how long its report takes to read, in the languages of news
#: sites: "Reading time", "Lesezeit", "Lesedauer", "Leestijd", "Temps de lecture", "Tempo de
#: leitura", "Tiempo de lectura", "Tempo di lettura", "Czas czytania", "Lästid", "Okuma süresi",
#: "Время чтения", "Waktu baca" ...
_READING_LABEL = (
    r"(?:estimated )?reading time|read(?:ing)? time|time to read|lesezeit|lesedauer|leestijd|leesduur|temps de lecture"
    r"|durée de lecture|lecture|tempo de leitura|leitura|tiempo (?:estimado )?de lectura|lectura|tempo di lettura|lettura"
    r"|czas czytania|doba čtení|čas čtení|čas čítania|lästid|lesetid|læsetid|lukuaika|lugemisaeg|olvasási idő|okuma süresi"
    r"|время чтения|час читання|waktu baca|thời gian đọc"
    # Romanian, Greek, Swahili, Arabic, Persian, Urdu, Hindi, Bengali, Tamil, Hebrew, Thai, Korean,
    # Japanese, Chinese ("읽는 시간 4분", "読了時間 4分", "阅读时间 4分钟", "זמן קריאה: 4 דקות", "อ่าน 4 นาที")
    r"|timp (?:de )?citire|timp de lectură|χρόνος ανάγνωσης|muda wa kusoma|وقت القراءة|زمان (?:مطالعه|خواندن)|مدت (?:مطالعه|زمان مطالعه)"
    r"|پڑھنے کا وقت|प(?:ढ\u093c|\u095d|ढ)ने का समय|পড়ার সময়|வாசிப்பு நேரம்|படிக்கும் நேரம்|זמן קריאה|เวลา(?:ใน|ที่ใช้)?(?:การ)?อ่าน|อ่าน"
    r"|읽는 ?시간|読了時間|読む時間|阅读时间|閱讀時間|阅读时长|閱讀時長|约读|預計閱讀"
)
#: The word for minutes after the figure ("6 min", "4 Minuten", "5 minutos", "3 dakika", "3 хв").
_READING_MINUTES = (
    r"(?:minutes?|mins?|minuten|minute|minutos?|minuti|minuty|minut|minutter|minuuttia|perc|dakika|dk|мин|минут[аы]?|хв|хвилин[аи]?"
    r"|menit|phút|min|λεπτά|λεπτό|хвилини|dakika|دقيقة|دقائق|دقیقه|منٹ|मिनट|মিনিট|நிமிட(?:ம்|ங்கள்)?|דקות|דקה|นาที"
    # (and Armenian, Georgian: "2 րոպե", "3 წუთი")
    r"|분|分钟|分鐘|分|րոպե|წუთი|წთ)\.?"
)
#: The words that follow the minutes where no label opens the line: "6 min read", "6-minute
#: read", "4 Min. Lesezeit", "3 minuten leestijd", "5 min de leitura", "3 min de lecture", "3 dk okuma".
_READING_AFTER = (
    r"read|reading|lesezeit|lesedauer|leestijd|leesduur|de lecture|lecture|de leitura|leitura|de lectura|lectura|di lettura"
    r"|lettura|czytania|čtení|lästid|lesetid|læsetid|lukuaika|okuma(?: süresi)?|baca|чтения|читання|đọc"
    # the same in the languages of :data:`_READING_LABEL` ("4분 분량", "4分で読めます", "4分钟阅读",
    # "4 دقائق للقراءة", "۴ دقیقه مطالعه", "4 मिनट में पढ़ें", "4 דקות קריאה")
    r"|de citire|citire|ανάγνωση|ανάγνωσης|(?:za )?kusoma|(?:لل|ل)?قراءة|(?:زمان )?(?:مطالعه|خواندن)|(?:میں )?پڑھنے|پڑھیں"
    r"|(?:में )?प(?:ढ\u093c|\u095d|ढ)(?:ें|ने)|(?:এ )?পড়া|(?:எடுக்கும் )?வாசிப்பு|(?:இல் )?படிக்க|קריאה|(?:ใน|ที่ใช้)?(?:การ)?อ่าน"
    r"|분량|읽기|(?:で|に)?読(?:めます|める|了)|阅读|閱讀|读完|讀完"
)
#: A page's reading-time line: its label and the minutes, or the minutes and the word for reading.
_READING_TIME = re.compile(
    rf"^(?:(?:{_READING_LABEL})\s*[:：]?\s*(?:~|ca\.|approx\.|about|circa|environ|cerca de|aprox\.)?\s*\d{{1,3}}\s*{_READING_MINUTES}"
    rf"|~?\d{{1,3}}(?:\s*[-–]\s*|\s*){_READING_MINUTES}\s*(?:{_READING_AFTER}))$",
    re.I,
)


#: Minutes alone, a figure and the word ("2 min", "4 Minuten"): a reading time beside a date.
_BARE_MINUTES = re.compile(rf"^~?\d{{1,3}}\s*{_READING_MINUTES}$", re.I)


def is_reading_time(text: str) -> bool:
    """Whether *text* is only a page's estimate of how long its report takes to read
    (:data:`_READING_TIME`: "6 min read", "Lesezeit: 4 Minuten", "Leestijd 3 minuten", "Tempo de
    leitura: 5 min"): a widget's label, no text of the report."""
    return len(text) <= 60 and _READING_TIME.match(" ".join(text.split()).rstrip(".")) is not None


#: A count of a report's readers, views or comments on a platform's stats line, its figure maybe in
#: thousands: "3,1 тыс прочитали", "12K views", "1.2万 阅读" is :data:`_INFO_COUNT`'s; Russian and
#: Ukrainian "прочитали", "просмотров", "переглядів", Spanish "lecturas", Portuguese "visualizações",
#: German "Aufrufe", French "vues", Turkish "görüntülenme", Indonesian "dibaca".
_STATS_COUNT = (
    r"\d[\d.,\s]{0,8}\s*(?:k|m|тыс\.?|тис\.?|млн|tsd\.?|mil|rb|ribu)?\s*"
    r"(?:views?|reads?|readers|comments?|likes?|прочитал[аи]?|прочтени[йя]|просмотр(?:ов|а)?|переглянул[аи]?|переглядів|перегляд(?:и|ів)?"
    r"|читател(?:ей|я)|коммента(?:риев|рия|рий)|коментар(?:ів|і)|lecturas|visualizaç(?:ões|ão)|visualizaciones|aufrufe|vues|lectures"
    r"|görüntülenme|okunma|dibaca|kali dibaca|visite|weergaven)"
)
#: A date as a stats line opens with: "15 сентября 2026", "March 5, 2026", "2026-03-05", "05.03.2026".
_STATS_DATE = r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
#: A platform's stats line over a report, its parts run together or parted by dots or bars: its date,
#: its count of readers (:data:`_STATS_COUNT`) and its reading time ("15 сентября 2026 · 3,1 тыс
#: прочитали · 2 мин", "March 5, 2026 | 12K views | 4 min read").
_STATS_LINE = re.compile(
    rf"^(?:{_STATS_DATE}\s*[·•|/–-]?\s*)?(?:{_STATS_COUNT}\s*[·•|/–-]?\s*)+"
    rf"(?:~?\d{{1,3}}\s*{_READING_MINUTES}(?:\s*(?:{_READING_AFTER}))?)?$",
    re.I,
)


def is_stats_line(text: str) -> bool:
    """Whether *text* is a platform's stats line over or under a report (:data:`_STATS_LINE`): a
    count of its readers, views or comments, with its date or its reading time or both; no text of
    the report."""
    line = " ".join(text.split())
    return len(line) <= 100 and _STATS_LINE.match(line) is not None


#: A line of where and when a release or a report was issued, under its headline: a place of one to
#: three words that open as names do, a comma, then a time stamp ("Aldmar, 17 November 2026, 10:00",
#: "Berlin, 17. November 2026", "Lisboa, 17 de novembro de 2026 – 10h00"); the place's region or
#: country may follow it in brackets ("Oskaryn (Veltrania), 24 de noviembre de 2026").
_PLACED_STAMP = re.compile(r"^(?P<place>(?P<name>[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2})"
                           r"(?: \((?P<region>[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2})\))?),\s+(?P<stamp>\S.*)$")


def placed_stamp(line: str) -> tuple[str, str] | None:
    """The place and the time stamp of a line that holds only those, the place first (:data:`_PLACED_STAMP`:
    "Aldmar, 17 November 2026, 10:00" gives ("Aldmar", "17 November 2026, 10:00")); None for any
    other line, one whose place is no name ("Tuesday, 17 November") or whose rest is no dated stamp."""
    found = _PLACED_STAMP.match(" ".join(line.split()))
    if found is None or not all(opens_as_name(w) for w in f"{found['name']} {found['region'] or ''}".split()):
        return None
    place, stamp = found["place"], found["stamp"]
    region = found["region"]
    if is_weekday_name(place) or find_date(place) or not is_stamp_block(stamp) or not find_date(stamp) or (
            region and is_outlet_name(region)) or (
            is_person_name(found["name"]) and not known_place(found["name"]) and not (region and known_place(region))):
        # "Ana Example, 17 November 2026", "Ana Example (Reuters), 3 March 2026": who, not where
        return None
    return place, stamp


#: A time as a machine stores it (ISO 8601, with seconds, their fraction and a zone or not), printed
#: as text by a page that shows its data raw: "2026-08-24T09:12:44.000Z", "2026-08-24T09:12:44+02:00".
#: A date of a calendar no pattern reads, as a line of stamps gives it beside the Gregorian one: a
#: day, a month's name and a year of three or four figures, maybe after a label and a weekday and
#: with its era's sign ("প্রকাশ: বৃহস্পতিবার, ৩১ বৈশাখ ১৪৩৩", "۱۴ رمضان ۱۴۴۷ھ"), its digits read as ASCII.
_OTHER_CALENDAR_DATE = re.compile(r"^(?:\S+\s*[:：]\s*)?(?:\S+,?\s+)?\d{1,2}\.?\s+\S+\s+\d{3,4}\S{0,3}$")
_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?")


#: What a press office's page is, as it labels the line of its date: "Press release · 1 March
#: 2026", "Pressemitteilung vom 4. März 2026", "Communiqué de presse – 4 mars 2026", with what
#: joins it to the date ("vom", "du", "del", "z dnia"). English, German, French, Spanish,
#: Portuguese, Italian, Dutch, Polish, Czech, Swedish, Norwegian/Danish, Finnish.
_RELEASE_KIND = re.compile(
    r"^(?:(?:press|news|media) (?:release|statement)|(?:joint )?statement|pressemitteilung|pressemeldung|medienmitteilung"
    r"|communiqué(?: de presse)?|comunicado(?: de prensa| de imprensa)?|nota de prensa|nota de imprensa|comunicato(?: stampa)?"
    r"|persbericht|komunikat(?: prasowy)?|tisková zpráva|pressmeddelande|pressemelding|pressemeddelelse|tiedote|lehdistötiedote)"
    r"(?:\s*[:,–—-]\s*|\s+(?:vom|from|of|du|del|de|do|da|van|z dnia|ze dne|z)\s+|\s*$)",
    re.I,
)


#: A date of the Hebrew calendar as Israeli pages print it beside the Gregorian one, in Hebrew
#: numerals (letters with a geresh or gershayim): its day, "ב" and its month, its year ("ט״ז באדר
#: תשפ״ו", 16 Adar 5786; "יום חמישי, ג׳ בניסן ה׳תשפ״ו"). A stamp's part, no date read from it (the
#: Gregorian date beside it is the report's).
_HEBREW_CALENDAR_DATE = re.compile(
    r"^(?:יום [א-ת]+,?\s+)?(?:[א-ת]{0,2}[״\"][א-ת]|[א-ת]['׳])\s+ב(?:תשרי|מרחשוון|חשוון|חשון|כסלו|כסליו|טבת|שבט"
    r"|אדר(?:\s+(?:א|ב|ראשון|שני)['׳]?)?|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)\s+(?:ה['׳])?[א-ת]{1,3}[״\"][א-ת]$")


def is_stamp_block(text: str) -> bool:
    """Whether a short block of a page is only a time stamp: a date ("27.01.2022", "Updated
    March 3, 2026"), a clock time ("2:54pm", "19:49"), or a date label left without its date
    ("Last updated", "Release date:"), or stamps joined by a separator ("Published Nov. 17,
    2026, 9:00 a.m. GMT · Updated 11:30 a.m. GMT"), a page's reading time among them ("6 min
    read · Mar 3, 2026": :func:`is_reading_time`), a press office's label of what the page is before it
    ("Press release · 1 March 2026": :data:`_RELEASE_KIND`), the date in the Hebrew calendar beside the
    Gregorian one (:data:`_HEBREW_CALENDAR_DATE`), or a stamp with the source line after it ("13. март
    2026. у 14:05 Извор: Танјуг": :func:`source_named`). Such a block is metadata, not the report."""
    if (source := _SOURCE_AFTER.search(text)) is not None and source.start() > 0 and source_named(text[source.end() :]):
        return is_stamp_block(text[: source.start()])  # a time stamp, then the source it gives ("... 14:05 Извор: Танјуг")
    parts = [p for p in _STAMP_SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1:
        # (a date of the Hebrew calendar beside the Gregorian one: "ט״ז באדר תשפ״ו · 5 במרץ 2026")
        # (and the minutes alone beside a date, as a blog theme's line prints its reading time: "May 16,
        # 2026 · 2 min")
        stamps = [p for p in parts if not is_reading_time(p) and not _RELEASE_KIND.fullmatch(p.strip())
                  and not _HEBREW_CALENDAR_DATE.match(p.strip())
                  and not (_BARE_MINUTES.match(p.strip()) and any(find_date(q) for q in parts))]
        dated = [p for p in stamps if is_stamp_block(p)]
        # (beside a stamp, the same day in another calendar the line gives first: "প্রকাশ: বৃহস্পতিবার, ৩১ বৈশাখ ১৪৩৩ | ১৪ মে ২০২৬, ১১:৩০")
        return bool(dated) and all(p in dated or _OTHER_CALENDAR_DATE.match(date_reading(_DATE_LABEL.sub("", p.strip(), count=1)))
                                   for p in stamps)
    text = parts[0] if parts else text  # "· Updated 2 hours ago": a separator left before a stamp
    kind = _RELEASE_KIND.match(text.strip())
    if kind and kind.end() < len(text.strip()):
        return is_stamp_block(text.strip()[kind.end():])  # "Pressemitteilung vom 4. März 2026"
    if not text.strip() or word_count(text) > 10:
        return False
    if _RELATIVE_TIME.match(text.strip()):
        return True  # "Published 3 hours ago", "5 minutes ago"
    bare = text.strip().rstrip(":").strip()
    clock = _DATE_LABEL.sub("", bare, count=1).strip()  # "Updated 11:30 a.m. GMT" is a time too
    if _CLOCK_STAMP.fullmatch(clock) or is_dated_clock(clock):
        return True  # "19:49", "Updated 11:30 a.m. GMT", a live update's "17:30 03/03"
    if _STORED_TIME.fullmatch(clock):
        return True  # a machine's time printed as it is stored: "2026-08-24T09:12:44.000Z"
    if re.fullmatch(r"(?i:(?:last |first )?(?:published|updated|posted|modified|release date|date)(?: on| at)?"
                    r"|aktualisiert(?: am)?|letzte änderung|veröffentlicht(?: am)?|stand)", bare):
        return True
    rest = _DATE_LABEL.sub("", text, count=1)
    found = find_date(rest)
    if found is None:
        return False
    start, end = found[1]
    # Beside the date, at most a weekday or a place's name and a time: "Mo., 27.01.2022, 10:42 Uhr".
    return word_count(_beside_date(rest, start, end)) <= 2


#: The labels of a page's info line, the line of metadata between a headline and its report
#: ("2026-03-03 09:20 来源：海滨日报 作者：李晓明 阅读：3462", "입력 2026.03.03 09:00 | 수정 ...",
#: "文｜记者 陈晓华"), by what their value is. Chinese (simplified and traditional), Japanese,
#: Korean, Arabic, Hindi, and the English words such lines mix in.
_INFO_WRITER = (
    # the writer or reporter, whose name is the byline
    "作者|记者|記者|撰文|撰稿|撰稿人|采写|採寫|文字|图文|圖文|本报记者|本報記者|特约记者|特約記者|通讯员|通訊員|筆者|執筆"
    "|文|글|글쓴이|작성자|필자|كتب|كتبت|بقلم|إعداد|लेखक|author|reporter"
)
_INFO_NAMES = (
    # people credited beside the writer: editors, photographers, proofreaders (no byline)
    "责任编辑|責任編輯|责编|責編|编辑|編輯|编审|編審|校对|校對|审核|審核|审校|審校|监制|監製|策划|策劃|统筹|統籌|主编|主編"
    "|摄影|攝影|图片|圖片|图|圖|视频|視頻|写真提供|写真|撮影|編集|デスク|편집|사진|영상|그래픽|데스크"
    "|تحرير|تصوير|مراجعة|संपादक|संपादन|फोटो|editor|photo|photos|foto"
)
_INFO_SOURCE = (
    # where the copy came from: an agency, a paper (the byline where no writer is named)
    "来源|來源|稿源|出处|出處|出典|出所|提供元|配信元|情報提供元|消息来源|信息来源|資訊來源|文章来源|文章來源|本文来源|本文來源|新闻来源|新聞來源"
    "|转自|轉自|转载自|轉載自|출처|المصدر|مصدر|स्रोत|source|sumber|fuente|fonte|quelle|nguồn"
)
_INFO_STAMP = (
    # the time of the report, which the line's date gives
    "发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|更新日期|时间|時間|日期|发布于|發布於|发表于|發表於"
    "|发布|發布|发表|發表|公開日時|公開日|公開|掲載日|掲載|配信日時|配信日|配信|発行日|発行|投稿日|最終更新日|最終更新|更新日時"
    "|更新日|更新|기사입력|최종수정|입력|수정|등록|업데이트|승인|발행|게재|تاريخ النشر|آخر تحديث|تحديث|نشر في|نشر|بتاريخ"
    "|प्रकाशित|प्रकाशन|अपडेटेड|अपडेट|" + STAMP_WORDS
)
_INFO_COUNT = (
    # a counter: views, reads, clicks, comments
    "阅读量|阅读数|閱讀數|阅读|閱讀|浏览量|浏览数|瀏覽數|瀏覽量|浏览次数|瀏覽次數|浏览|瀏覽|点击量|点击数|點擊數|点击|點擊|人气|人氣|访问量|訪問量|评论|評論"
    "|热度|熱度|閲覧数|閲覧|コメント|조회수|조회|댓글|추천|공감|المشاهدات|مشاهدات|مشاهدة|قراءات|تعليقات|व्यूज|views|reads|hits|comments"
)
_INFO_WIDGET = (
    # a widget's label: type size, print, share and its networks
    "字号|字號|字体|字體|打印|关闭|關閉|收藏|分享到|分享至|分享|转发|轉發|纠错|糾錯|举报|舉報|复制链接|複製鏈接"
    "|シェア|ツイート|印刷|ブックマーク|공유하기|공유|스크랩|인쇄|글자크기|مشاركة|طباعة|शेयर|प्रिंट|share|print"
)
_INFO_TITLE = (
    # the copy's headline before the portal retitled it: "（原标题：...）"
    "原标题|原標題|原题|原題|原文标题|原文標題|原タイトル|원제|العنوان الأصلي|मूल शीर्षक|original title"
)
_INFO_ROLES = (
    ("writer", _INFO_WRITER), ("names", _INFO_NAMES), ("source", _INFO_SOURCE), ("stamp", _INFO_STAMP),
    ("count", _INFO_COUNT), ("widget", _INFO_WIDGET), ("title", _INFO_TITLE),
)
#: What parts an info line's fields: spaces, bars, slashes, dots, brackets, colons.
_INFO_BREAK = r"\s|｜/／·•・,，、;；:：()（）\[\]【】〔〕《》<>"
#: One label of :data:`_INFO_ROLES`, standing as a word does (a break or the line's edge on
#: either side: "文｜记者" holds two labels, "文汇报" none), and its colon.
_INFO_LABEL = re.compile(
    rf"(?:^|(?<=[{_INFO_BREAK}]))(?:"
    + "|".join(f"(?P<{role}>{'|'.join(sorted(words.split('|'), key=len, reverse=True))})" for role, words in _INFO_ROLES)
    + rf")(?=[{_INFO_BREAK}]|$)\s*[:：]?",
    re.I,
)
#: A reporter named before the word for reporter, as Korean and Japanese write it: "홍길동 기자",
#: "박예시 특파원", "김예시 선임기자", "山田太郎記者" (Korean names are Hangul syllables, Japanese ones kanji
#: and kana).
_REPORTER_KOREAN = r"(?P<name>[\uac00-\ud7a3]{2,5})\s*(?:선임|수석|객원|전문)?(?:기자|특파원|통신원)"
_REPORTER_KANJI_NAME = r"(?P<kanji>[\u4e00-\u9fff\u3040-\u30ff]{2,6})"
_REPORTER_KANJI_WORD = "(?:記者|特派員|特派员)"
_REPORTER_KANJI = _REPORTER_KANJI_NAME + _REPORTER_KANJI_WORD
#: The same inside an info line, with an e-mail address maybe after it.
_INFO_REPORTER_AFTER = re.compile(
    rf"(?:^|(?<=[\s|｜/·•(（])){_REPORTER_KOREAN}"
    rf"|(?:^|(?<=[\s|｜/·•(（])){_REPORTER_KANJI}(?=[\s|｜/·•)）]|$)"
)
#: The same as a line of its own, a byline: "김예시 기자", "김예시 선임기자(kim@example.kr)",
#: "山田太郎 記者" (a space may part a kanji name from its word only where nothing else is on the line).
_REPORTER_ALONE = re.compile(
    rf"^(?:{_REPORTER_KOREAN}|{_REPORTER_KANJI_NAME}\s?{_REPORTER_KANJI_WORD})"
    r"(?:\s*\(?\s*[\w.+-]+@[\w.-]+\s*\)?)?\s*$"
)


#: The word for reporter or correspondent a report is signed with at its end, before the name, by
#: language (a code of :data:`core.text.LANGUAGE_NAMES` or ISO 639-1): Mongolian "Сурвалжлагч
#: Б.Жишээ", Russian "Корреспондент Иван Пример", Kazakh "Тілші", Kyrgyz "Кабарчы", Uzbek and
#: Azerbaijani "Muxbir", "Müxbir", Turkish "Muhabir", Ukrainian "Кореспондент", Tajik "Хабарнигор".
_SIGNING_REPORTER_WORDS: dict[str, tuple[str, ...]] = {
    "mn": ("сурвалжлагч",), "ru": ("корреспондент", "корр."), "uk": ("кореспондент",), "kk": ("тілші",),
    "ky": ("кабарчы",), "tg": ("хабарнигор",), "uz": ("muxbir", "мухбир"), "az": ("müxbir",), "tr": ("muhabir",),
}
#: Such a word opening a line, a colon or a dash after it or not, before a capitalised name.
_SIGNING_REPORTER = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for words in _SIGNING_REPORTER_WORDS.values() for w in words)})"
    rf"\s*[:–—-]?\s*(?=(?-i:[{_CAPITALS}]))", re.I)
#: A name under such a word: one to four capitalised words, an initial written against the name
#: or apart ("Б.Жишээ", "Б. Жишээ", "Ayşe Örnek").
_SIGNED_NAME = re.compile(r"^(?:[^\W\d_]\.\s?)*[^\W\d_][\w'’-]*(?:\s(?:[^\W\d_]\.\s?)*[^\W\d_][\w'’-]*){0,3}$")


def reporter_signed(line: str) -> str | None:
    """The name after the word for reporter where *line* is a report's signature of that alone, as
    agencies writing in Mongolian, Russian, Kazakh, Uzbek or Turkish sign a report under its last
    paragraph (:data:`_SIGNING_REPORTER_WORDS`: "Сурвалжлагч Б.Жишээ" is "Б.Жишээ"); else None (a
    sentence about a reporter: "Корреспондент задал вопрос министру.")."""
    line = " ".join(line.split())
    found = _SIGNING_REPORTER.match(line)
    if found is None:
        return None
    name = line[found.end() :].rstrip(".")
    return name if _SIGNED_NAME.match(name) and all(w[0].isupper() for w in name.split()) else None


def reporter_credit(line: str) -> str | None:
    """The reporter *line* names where it is a reporter's credit alone, the name before the word for
    reporter or correspondent ("김예시 기자", "박예시 특파원(park@example.kr)", "山田太郎 記者"), or
    after it with where they filed from, as Chinese papers write it ("記者 陳怡君／臺南報導":
    :data:`_REPORTER_CREDIT`; several names joined by ", "); else None."""
    line = " ".join(line.split())
    if (credit := credited_place(line)) is not None:
        return credit[0]
    found = _REPORTER_ALONE.match(line)
    return (found["name"] or found["kanji"]) if found else None


def credited_place(byline: str) -> tuple[str, str] | None:
    """Where a byline is a Chinese paper's credit of its reporters and where they filed from
    (:data:`_REPORTER_CREDIT`: "記者 陳怡君／臺南報導", "（記者王小明／範例市報導）"): the names (joined by
    ", ") and the place ("" where a desk's word stands for it); else None."""
    credit = _REPORTER_CREDIT.match(" ".join(byline.split()))
    if credit is None:
        return None
    names, place = _credit_parts(credit)
    return ", ".join(names), place
#: A clock time as info lines print it, beside their date: "09:20", "11:02:18", "12時05分",
#: "14시 30분", "下午3时", with the half of the day before it ("午後", "오후").
_INFO_CLOCK = re.compile(
    rf"(?:{HALF_DAY}\s?)?\d{{1,2}}(?:[:：]\d\d(?:[:：]\d\d)?|\s?[時时시]\s?(?:\d{{1,2}}\s?[分분](?:\s?\d{{1,2}}\s?[秒초])?)?)"
    r"(?:\s?(?:[ap]\.?m\.?|(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?|(?-i:[A-Z]{2,4})\b))?",
    re.I,
)
#: A weekday beside the date: "（火）", "(화)", "星期二", "周二", "週二".
_INFO_WEEKDAY = re.compile(r"[（(][月火水木金土日월화수목금토일][)）]|(?:星期|礼拜|禮拜|[周週])[一二三四五六日天]")
#: A name in an info line's field: a run of letters with no sentence's marks; a few such words
#: (Latin, Arabic, Korean names are spaced).
_INFO_NAME = re.compile(r"^[^\W\d_][^\s\d,，。.!?！？:：]{0,11}(?: [^\W\d_][^\s\d,，。.!?！？:：]{0,19}){0,3}$")
#: What an info line's counter says: a number, with its unit ("3462", "1.2万", "3462次").
_INFO_COUNTED = re.compile(r"^\d[\d,.\s]*(?:[万萬千kKmM]|만|천)?\s*(?:次|人|回|件|회|views|reads)?$", re.I)
#: The most characters of an info line (a retitled copy's original headline the longest part).
INFO_LINE_CHARS = 160
#: The most names an info line's field gives.
INFO_NAMES = 4


#: A Japanese paper's credit of where its reporters filed from and who they are: "【バレッタ＝山田健一】",
#: "【ワシントン＝山田健一、佐藤花子】" (the place, an equals sign, the reporters, each with the word
#: for their role after the name or not: "山田太郎特派員"), in lenticular brackets, in round ones
#: ("（ワシントン＝山田太郎特派員）") or in none where it is all the text ("ワシントン＝山田太郎特派員");
#: not a Korean agency's "【부산=뉴시스】" (its agency after the sign, in Hangul), nor an agency
#: after it ("【北京＝共同】"). A regional paper names the place by its bureau there, in brackets
#: only: "（魚津支局・森田紗季）" is 森田紗季 of the bureau in 魚津 (:data:`_JA_BUREAU`).
_PLACED_REPORTER = re.compile(
    rf"^(?P<open>[【（(]?)(?P<place>[^【】（）()＝=\s・]{{1,16}}?)(?:[＝=]|(?P<bureau>{_JA_BUREAU})[・\s])(?!(?:{_JA_AGENCIES})(?:[】）)]|$))"
    rf"(?P<names>{_JA_REPORTER}(?:[、・,，]{_JA_REPORTER}){{0,3}})(?P<close>[】）)]|$)"
)
#: The brackets that close each opening one of such a credit.
_CREDIT_CLOSING = {"【": ("】",), "（": ("）", ")"), "(": ("）", ")")}
#: A Japanese agency's dateline in lenticular brackets: the place and the agency ("【ワシントン共同】", "【北京＝共同】").
_AGENCY_BRACKET = re.compile(rf"^【[^】\s]{{1,16}}?[＝=]?(?:{_JA_AGENCIES})】")


def bracket_credit(text: str, *, bare: bool = False) -> tuple[str, tuple[str, ...], str] | None:
    """Where *text* opens with a Japanese credit in lenticular or round brackets: the place it gives
    and the reporters, without the word for their role, and the text after it ("【バレッタ＝山田健一】
    2026年12月2日" gives ("バレッタ", ("山田健一",), "2026年12月2日"), "（ワシントン＝山田太郎特派員）"
    ("ワシントン", ("山田太郎",), ""): the place is the dateline, the reporters the byline), or an
    agency's dateline whole and no reporter ("【ワシントン共同】" gives ("【ワシントン共同】", (), ...));
    None for any other text (a label in brackets, "【速報】", a Korean agency's "【부산=뉴시스】").
    Such a credit in no brackets is all of *text*, and ends with the word for a role
    ("ワシントン＝山田太郎特派員"), or not where *bare* says *text* is a byline element's own
    ("ワシントン＝山田太郎" in an element the page marks as its byline)."""
    text = text.strip()
    found = _PLACED_REPORTER.match(text)
    if found is not None and (found["close"] in _CREDIT_CLOSING[found["open"]] if found["open"] else (
            found["close"] == "" and found["bureau"] is None and (bare or re.search(rf"(?:{_JA_ROLE})$", found["names"]) is not None))):
        names = (re.sub(rf"(?:{_JA_ROLE})$", "", n) for n in re.split(r"[、・,，]", found["names"]))
        return found["place"], tuple(n for n in names if n), text[found.end() :]
    if (agency := _AGENCY_BRACKET.match(text)) is not None:
        return agency[0], (), text[agency.end() :]
    return None


#: The reporter a Korean or Chinese agency's dateline names: "(서울=연합뉴스) 홍길동 기자",
#: "【광주=뉴시스】박서연 기자", "新华社北京6月18日电（记者 林海）".
_DATELINE_REPORTER = re.compile(
    r"[)\]】]\s*(?P<korean>[\uac00-\ud7a3]{2,5})\s*(?:기자|특파원|통신원)$"
    r"|[（(]记者\s?(?P<chinese>[\u4e00-\u9fff·]{2,5}(?:[ 、][\u4e00-\u9fff·]{2,5}){0,2})[）)]$"
)


#: A Chinese paper's credit of its reporters and where they filed from, in brackets: "（記者王小明／
#: 範例市報導）", "（记者 王明、李华／上海报道）", "〔記者王明／台北報導〕", "【记者王明/北京电】": the word
#: for reporter, the names (glued to it or not), a slash, the place and the word for "reports" or
#: "cables"; or the reporters alone ("（记者 林海）"). A desk's word where the place stands ("綜合報導",
#: compiled; "即時報導", live) names none.
_REPORTER_CREDIT = re.compile(
    r"^(?P<open>[（(〔【\[]\s*)?(?:本[报報]|特[约約])?[记記]者\s?(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s?[ 、，,]\s?[\u4e00-\u9fff·]{2,5}){0,3})"
    r"(?:\s?[／/]\s?(?P<place>[\u4e00-\u9fff]{1,10}?)(?:[报報][导導道]|專?[电電]|专电))?\s*(?(open)[）)〕】\]]|(?<=[导導道电電]))$"
)
#: The same in an info line, in no brackets and with its place, beside the date and the counters:
#: "記者 陳怡君／臺南報導 2026年11月20日 14:35 瀏覽數：2,318".
_INFO_CREDIT = re.compile(
    r"(?:本[报報]|特[约約])?[记記]者\s?(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s?[ 、，,]\s?[\u4e00-\u9fff·]{2,5}){0,3})"
    r"\s?[／/]\s?(?P<place>[\u4e00-\u9fff]{1,10}?)(?:[报報][导導道]|專?[电電]|专电)"
)
#: An agency's credit in brackets that names its reporters, where they filed from and the day:
#: "（中央社記者王明台北3日電）", "（中央社記者李小華東京5日專電）", "（中央社記者王明、李華台北3日電）": the
#: agency, the word for reporter, the names and the place written together (or a space between
#: them), the day and "cabled" (:func:`_reporter_and_place` tells the last name from the place).
_AGENCY_REPORTER = re.compile(
    r"^[（(][^\W\d_]{2,12}?[记記]者\s?(?P<credit>[\u4e00-\u9fff·]{2,5}(?:\s?[、，,]\s?[\u4e00-\u9fff·]{2,5}){0,3}"
    r"\s?[\u4e00-\u9fff]{2,8})\s?\d{1,2}日[专專]?[电電][）)]$"
)
#: The most and fewest characters of a Chinese name written without a space before a place: a
#: surname and one or two given characters, or a surname of two ("歐陽小華").
_CHINESE_NAME_CHARS = (2, 3, 4)
#: The characters a Chinese name has where nothing tells it from the place glued after it: most have three.
_CHINESE_NAME_USUAL = 3
#: The words that stand where a place does in such a credit and are the desk's, not a place.
_NO_PLACE = re.compile(r"^(?:綜合|综合|即時|即时|專題|专题|連線|连线|特稿|外電|外电|聯合|联合|深度|調查|调查|專訪|专访|採訪|采访)$")


def _credit_parts(credit: re.Match[str]) -> tuple[tuple[str, ...], str]:
    """The reporters and the place of a Chinese credit matched by :data:`_REPORTER_CREDIT` or
    :data:`_INFO_CREDIT` ("記者 王明、李華／台北報導": ("王明", "李華"), "台北"): the names parted by
    spaces or commas, and the place, "" where there is none or a desk's word stands for it
    (:data:`_NO_PLACE`: "綜合報導")."""
    place = credit["place"]
    names = tuple(n for n in re.split(r"\s*[ 、，,]\s*", credit["names"]) if n)
    return names, "" if place is None or _NO_PLACE.match(place) else place


def dateline_reporter(dateline: str, report: Iterable[str] = ()) -> tuple[str, tuple[str, ...]]:
    """*dateline* as an article keeps it, and the reporters it names (the byline where the page
    prints none): a Japanese paper's "【バレッタ＝山田健一】" is the place "バレッタ" and its reporter
    (:func:`bracket_credit`); a Korean or Chinese agency's formula keeps its reporter and names
    them ("(서울=연합뉴스) 홍길동 기자": 홍길동; "新华社北京6月18日电（记者 林海）": 林海); a Chinese paper's
    "（記者王小明／範例市報導）" is the place "範例市" and its reporter (:data:`_REPORTER_CREDIT`; no place
    where the desk stands for it: ""); an agency's credit of its reporter, place and day,
    "（中央社記者王明台北3日電）", is the place "台北" and its reporter (:data:`_AGENCY_REPORTER`; the
    *report*, its paragraphs, may tell where the name ends: :func:`_reporter_and_place`). Any
    other dateline names no one."""
    credit = bracket_credit(dateline)
    if credit is not None and not credit[2].strip():
        return credit[0], credit[1]
    if (agency := _AGENCY_REPORTER.match(dateline)) is not None and (filed := _reporter_and_place(agency["credit"], report)):
        return filed[1], filed[0]
    if (reporter := _REPORTER_CREDIT.match(dateline)) is not None:
        names, place = _credit_parts(reporter)
        return place, names
    if (found := _DATELINE_REPORTER.search(dateline)) is not None:
        return dateline, tuple(n for n in re.split(r"[ 、]", found["korean"] or found["chinese"]) if n)
    return dateline, ()


def _reporter_and_place(credit: str, report: Iterable[str]) -> tuple[tuple[str, ...], str] | None:
    """The reporters and the place of an agency's credit whose last name runs into the place
    ("王明台北" is 王明 in 台北; "王明、李華台北" two reporters): a space between them parts them;
    else the last name has :data:`_CHINESE_NAME_CHARS` characters and the place two or more,
    the longest place that is known (:func:`known_place`) or that the *report* names ("王明華盛頓"
    over a report of 華盛頓 is 王明 in 華盛頓, not 王明華 in 盛頓), else the one after a name of
    :data:`_CHINESE_NAME_USUAL` characters ("李小華東京"). None where no place is left."""
    *names, last = [part.strip() for part in re.split(r"[、，,]", credit)]
    if " " in last:
        name, place = last.rsplit(" ", 1)
        return (*names, name.strip()), place
    cuts = [n for n in _CHINESE_NAME_CHARS if len(last) - n >= 2]
    if not cuts:
        return None
    paragraphs = list(report)
    told = [n for n in cuts if known_place(last[n:]) or any(last[n:] in p for p in paragraphs)]
    cut = min(told) if told else _CHINESE_NAME_USUAL if _CHINESE_NAME_USUAL in cuts else cuts[0]
    return (*names, last[:cut]), last[cut:]


#: Words before a place that the report gives as where it is: "in Oslo", "near La Paz", "bei
#: Kiel", "à Lyon", "en Bilbao", "em Porto", "vicino a Bari".
_AT_PLACE = (r"(?:in|near|outside|around|at|bei|nahe|vor|à|près de|en|cerca de|em|perto de|a|vicino a|bij|nabij|w|pod)"
             r"\s+(?:central |northern |southern |eastern |western )?")


def reported_place(place: str, report: Iterable[str]) -> bool:
    """Whether the *report* (its paragraphs) gives *place* as its place: its dateline's place
    ("OSLO, Oct 14 -"), or a place it is in, near or outside of, in one of several languages
    ("in Oslo", "bei Kiel", "à Lyon", "en Bilbao"), or whose adjective it uses after an article, as
    German forms one from a town's name ("die Frankfurter Polizei", "im Kieler Hafen")."""
    at = re.compile(rf"(?<!\w){_AT_PLACE}{re.escape(place)}(?!\w)", re.I)
    # (the place's own capital: "der Frankfurter ..."; one word's adjective only)
    of_place = re.compile(rf"(?<!\w)(?i:{_PLACE_ARTICLES})\s+{re.escape(place)}er(?!\w)") if " " not in place else None
    for paragraph in report:
        dateline, _ = split_dateline(paragraph)
        if dateline and dateline.casefold().startswith(place.casefold()) or at.search(paragraph):
            return True
        if of_place is not None and of_place.search(paragraph):
            return True
    return False


#: The German articles and joined prepositions before a town's adjective ("der Frankfurter
#: Innenstadt", "im Kieler Hafen", "beim Bremer Senat").
_PLACE_ARTICLES = "der|die|das|den|dem|des|im|am|beim|vom|zum|zur|ins|eine[rnms]?|ein"


#: What may stand as a place after a byline's comma: one to four words, each opening as a name
#: does, or a particle inside ("Valletta", "La Paz", "Frankfurt am Main").
_BYLINE_PLACE = re.compile(r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}$")


def named_beside_outlet(signed: str, outlet: str | None, told: Iterable[str]) -> bool:
    """Whether *signed*, what follows a byline's comma, is a name the report's own words give
    (*told*: its headline and paragraphs, but for a line holding the byline) on a page that names its
    *outlet* as another: an outlet a writer signs for is who ran the report, not what it is about, so
    the name is where the report is from ("Daga Aminu Danladi, Kano" over the headline "Manoman
    Kano ..." on Muryar Arewa's page). No outlet, or *signed* among its words: False."""
    if not outlet or f" {fold_words(signed)} " in f" {fold_words(outlet)} ":
        return False
    named = re.compile(rf"(?<!\w){re.escape(signed)}(?!\w)")
    return any(named.search(line) for line in told if line)


def byline_place(byline: str, report: Iterable[str] = (), *, outlet: str | None = None, title: str | None = None) -> tuple[str, str | None]:
    """*byline* without the place signed after its names, and the place: "Katrin Vogel, Valletta"
    is Katrin Vogel, filing from Valletta (German and other papers sign "Von Katrin Vogel,
    Valletta"; the place is the report's dateline). A place is a country or a city CLDR or the
    time zone database names (:func:`known_place`), or one the *report* gives as its place
    (:func:`reported_place`), or, where the page names its *outlet* and this is another, a name its
    *title* or *report* gives (:func:`named_beside_outlet`); the names before it are a full name or
    several (two words or more: "Berg, Anna" is a surname and a given name). Else (*byline*, None)."""
    names, comma, signed = byline.rpartition(",")
    names, signed = names.strip(), signed.strip()
    if not comma or ";" in byline or len(names.split()) < 2 or not _BYLINE_PLACE.match(signed):
        return byline, None
    words = signed.split()
    if not all(opens_as_name(w) or 0 < n < len(words) - 1 and w in _PLACE_PARTICLES for n, w in enumerate(words)):
        return byline, None
    if is_outlet_name(signed) or JOB_TITLE.search(signed) or _month_of(signed) is not None:
        return byline, None
    report = list(report)
    if known_place(signed) or reported_place(signed, report) or kind_named_place(signed) or named_beside_outlet(
            signed, outlet, [title or "", *(p for p in report if byline not in p)]):
        return names, signed
    return byline, None


#: Words for a kind of place that end a place's name ("North Harbour", "Cedar Falls") or open it
#: ("Port Elsby", "Mount Kell", "Lake Tarn"), in English and German; none is a given name or a
#: common surname (not "Bay", "Park", "Lane", "Bridge", "Hill").
_PLACE_KIND_LAST = frozenset("harbour harbor city town island islands springs falls heights haven hafen stadt insel".split())
_PLACE_KIND_FIRST = frozenset("port mount lake fort bad sankt".split())


def kind_named_place(name: str) -> bool:
    """Whether *name* is a place's by the word for its kind that ends or opens it ("North
    Harbour", "Port Elsby", "Bad Kell"; :data:`_PLACE_KIND_LAST`, :data:`_PLACE_KIND_FIRST`):
    two words or more, each opening as a name does."""
    words = name.split()
    return len(words) >= 2 and all(opens_as_name(w) for w in words) and (
        words[-1].casefold() in _PLACE_KIND_LAST or words[0].casefold() in _PLACE_KIND_FIRST)


@dataclass(frozen=True, slots=True)
class InfoLine:
    """What an info line says: the day and time it gives (ISO 8601, :func:`find_datetime`), the
    writers it names (the byline), and the agency or paper it credits."""

    published: str | None
    writers: tuple[str, ...]
    source: str | None
    labelled: bool  # it holds a label, a credit or a writer, not a date alone
    #: Where it says the report was filed from: a Japanese credit's place ("【バレッタ＝山田健一】"
    #: gives "バレッタ"), or its agency's dateline whole ("【ワシントン共同】").
    place: str | None = None


def _info_names(value: str) -> list[str] | None:
    """The names a field of an info line gives ("李晓明", "王芳、李娜", "Ana Example"), without an
    e-mail address; None where the value is no list of names (a sentence, a number)."""
    value = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", value)
    names = [n.strip() for n in re.split(r"\s*(?:[、,，;；/／|｜]|\s{2,})\s*", value) if n.strip(" ()（）")]
    names = [n.strip(" ()（）") for n in names]
    if len(names) > INFO_NAMES or not all(_INFO_NAME.match(n) for n in names):
        return None
    return names


_CASELESS_NAME = re.compile(f"[{UNSPACED}\uac00-\ud7a3]")


def _may_label(text: str) -> bool:
    """Whether *text* may be an info line that labels its fields or credits a name (a quick look
    before :func:`info_line`): a label's word, or a character of Chinese, Japanese or Korean,
    whose names an info line gives unlabelled ("홍길동 기자", "2026年3月3日 17:12共同通信")."""
    return bool(_INFO_LABEL.search(text) or _CASELESS_NAME.search(text))


#: What parts an info line's fields, as stripped off their values.
_INFO_STRIP = " |｜/／·•・,，、;；:：()（）[]【】〔〕"


def info_line(text: str) -> InfoLine | None:
    """What *text* says where it is an info line and nothing else: dates and times, and labelled
    fields (:data:`_INFO_ROLES`: source, writer, editor, views, share, the original headline), a
    reporter before the word for reporter ("홍길동 기자"), or an agency's or paper's name beside
    the date ("2026年3月3日 17:12共同通信") or alone in brackets ("（共同）"); None for any other
    line: a sentence, a headline, a name alone.

    Also a line of fields whose labels are words of no list here, each valued by the date or a
    count ("Нийтэлсэн: 2026.07.21 Үзсэн: 1,284": :func:`_counted_fields`), read as a date line
    (not ``labelled``: above the report alone, where an unknown label may be a report's, "Dead: 12")."""
    found = _info_line(text)
    if found is not None:
        return found
    line = " ".join(text.split())
    if not line or len(line) > INFO_LINE_CHARS or is_sentence(line):
        return None
    reading = ascii_digits(line)
    if (published := find_datetime(reading)) is None:
        return None
    while (date_found := find_date(reading)) is not None:
        start, end = date_found[1]
        reading = f"{reading[:start]} | {reading[end:]}"
    reading = _INFO_CLOCK.sub(" | ", reading)
    return InfoLine(published, (), None, False) if _counted_fields(reading, _INFO_STRIP) else None


def _info_line(text: str) -> InfoLine | None:
    """:func:`info_line`'s reading of a line by the labels it knows."""
    line = " ".join(text.split())
    if not line or len(line) > INFO_LINE_CHARS or is_sentence(line):
        return None
    # (a Japanese paper's credit in its brackets first: "（ワシントン＝山田太郎）" is no source's name)
    credit = bracket_credit(line)
    bracketed = None if credit else re.fullmatch(r"[（【〔](?P<inner>[^（）【】〔〕]+)[）】〕]|\((?P<ascii>[^()]+)\)", line)
    if bracketed and (bracketed["ascii"] is None or re.search(f"[{UNSPACED}\uac00-\ud7a3]", bracketed["ascii"])):
        line = (bracketed["inner"] or bracketed["ascii"]).strip()
        credit = bracket_credit(line)
    place: str | None = None
    writers: list[str] = []
    if credit is not None:  # "【バレッタ＝山田健一】2026年12月2日 6:10"
        place, reporters, rest = credit
        writers.extend(reporters)
        line = rest.strip()
        if not line:
            return InfoLine(None, tuple(writers), None, True, place)
    reading = ascii_digits(line)
    published = find_datetime(reading)
    while (found := find_date(reading)) is not None:
        start, end = found[1]
        reading = f"{reading[:start]} | {reading[end:]}"
    reading = _INFO_WEEKDAY.sub(" | ", _INFO_CLOCK.sub(" | ", reading))
    for reporter in list(_INFO_CREDIT.finditer(reading))[::-1]:  # "記者 林美玲／範例市報導" beside the date
        credited, filed = _credit_parts(reporter)
        writers[:0] = credited
        place = place or filed or None
        reading = f"{reading[: reporter.start()]} | {reading[reporter.end():]}"
    for reporter in list(_INFO_REPORTER_AFTER.finditer(reading))[::-1]:
        writers.insert(0, reporter["name"] or reporter["kanji"])
        reading = f"{reading[: reporter.start()]} | {reading[reporter.end():]}"
    reading = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", reading) if writers else reading
    labels = list(_INFO_LABEL.finditer(reading))
    strip = _INFO_STRIP
    prefix = (reading[: labels[0].start()] if labels else reading).strip(strip)
    source = None
    if prefix:
        # beside the date, or alone in brackets, a short name: the agency or paper credited
        named = _info_names(prefix)
        if named is None or len(named) != 1 or len(prefix) > 12 or not (published or bracketed or writers):
            return None
        # A word beside a date in a script with capitals is as often the page's section or a user's
        # name ("2021-10-16 | Botschaft", "19:49 | Genesis") as its source: a source there is labelled.
        source = prefix if bracketed or writers or re.search(f"[{UNSPACED}\uac00-\ud7a3]", prefix) else None
    for n, label in enumerate(labels):
        role = label.lastgroup
        if role == "title":
            break  # the original headline: whatever follows
        value = reading[label.end() : labels[n + 1].start() if n + 1 < len(labels) else len(reading)].strip(strip)
        if not value:
            continue
        if role == "names":  # (an editor's name may carry the desk's code: "赵刚_NB1234")
            if len(value.split()) > INFO_NAMES or re.search(r"[，。!?！？]", value) or len(value) > 24:
                return None
        elif role in ("writer", "source"):
            names = _info_names(value)
            if names is None or role == "source" and len(value) > 24:
                return None
            if role == "writer":
                writers.extend(names)
            elif role == "source":
                source = source or value
        elif role == "count":
            if not _INFO_COUNTED.match(value):
                return None
        elif role == "widget":
            if any(c in value for c in "，。.!?！？") or len(value.split()) > 8 or len(value) > 40:
                return None
        elif len(value) > 3:  # a stamp's label and its date: nothing but "on", "am", "于" left
            return None
    if not (published or labels or source or writers):
        return None
    return InfoLine(published, tuple(dict.fromkeys(writers)), source, bool(labels or source or writers), place)


#: A field's label in a line of fields, in any language: a word or two and a colon ("Posted:", "Үзсэн:").
_ANY_FIELD_LABEL = re.compile(r"(?:^|(?<=\s)|(?<=\|))([^\W\d_]+(?:[- ][^\W\d_]+)?)\s?[:：]")


def _counted_fields(reading: str, strip: str) -> bool:
    """Whether *reading*, a line with its dates taken out (:func:`info_line`), is two or more fields
    each a label of a word or two and a colon, and each value the date taken out or a count
    ("Posted: | Views: 1,284"): a page's info line whatever its language's words for them."""
    parts = _ANY_FIELD_LABEL.split(reading)
    if len(parts) < 5 or parts[0].strip(strip):
        return False
    values = [v.strip(strip) for v in parts[2::2]]
    return all(not v or _INFO_COUNTED.match(v) for v in values) and any(v for v in values)


def is_generic_name(text: str) -> bool:
    """Whether *text* is one word that names no outlet on its own: a word outlets' names share
    ("Daily", "News") or a menu's section ("Sport")."""
    return len(text.split()) == 1 and bool(_GENERIC_OUTLET.match(text.strip()) or _MENU_WORD.match(text.strip()))


#: The hosting platforms of blogs and newsletters, by their names squashed (:func:`_squash`), as a
#: post's page may give them for its site's name (Tumblr's og:site_name "Tumblr", a post on Medium's
#: "Medium"): the platform, not the blog or publication its post appears in.
_BLOG_PLATFORMS = frozenset({
    "tumblr", "blogger", "blogspot", "medium", "substack", "wordpress", "wordpresscom", "ghost", "livejournal",
    "wix", "weebly", "hashnode", "beehiiv", "buttondown", "writeas", "teletype", "dreamwidth", "overblog",
    "hatenablog", "tistory", "velog",
})


def is_blog_platform(name: str) -> bool:
    """Whether *name* names a hosting platform of blogs or newsletters (:data:`_BLOG_PLATFORMS`:
    "Tumblr", "Blogger", "Medium", "Substack", "WordPress.com", "Ghost"), which names no outlet where
    the page names its own blog."""
    return _squash(name) in _BLOG_PLATFORMS


#: The words that name a public body or an institution by its kind, at the head of its name before
#: "of" ("Bank of Valdoria", "Ministry of Health") or closing it ("Valdoria Central Bank", "Ostrand
#: City Council"), in the languages of press releases: what issues a statement under its letterhead.
_INSTITUTION_WORDS = frozenset(
    "bank ministry department office government agency council committee court police embassy commission "
    "authority board institute bureau foundation association federation corporation administration directorate "
    "inspectorate assembly parliament tribunal university secretariat chamber senate cabinet presidency "
    "banco ministerio ministério consejo conselho comisión comissão tribunal universidad universidade policía "
    "banque ministère conseil commission autorité université préfecture mairie "
    "bundesbank ministerium rat kommission behörde amt gericht universität polizei "
    "banca ministero consiglio commissione autorità università".split())
#: The words that join an institution's kind to what it is of ("Bank of", "Banco de", "Ministère des").
_INSTITUTION_OF = frozenset("of for de del do da des du della dello degli für der".split())
#: The most words of an institution's name after its kind and "of" ("Ministry of Foreign Affairs and Trade").
INSTITUTION_OF_WORDS = 4


def institution_name(text: str) -> bool:
    """Whether *text* is an institution's name alone (:data:`_INSTITUTION_WORDS`): its kind, "of"
    and at most INSTITUTION_OF_WORDS words ("BANK OF VALDORIA", "Ministry of Health"), or words
    closed by its kind ("Valdoria Central Bank"); no sentence, no figure, every word capitalised
    but the small ones. A headline is none ("Bank of Valdoria cuts rates": a verb, small letters)."""
    words = text.split()
    if not 2 <= len(words) <= 8 or any(c.isdigit() for c in text) or is_sentence(text) or re.search(r"[:;,!?]", text):
        return False
    if not all(w[:1].isupper() or w.lower() in _INSTITUTION_OF or w.lower() in ("and", "the", "&", "et", "y", "e", "und") for w in words):
        return False
    folded = [w.lower().strip(".'’") for w in words]
    if folded[0] in _INSTITUTION_WORDS and folded[1] in _INSTITUTION_OF:
        return 3 <= len(words) <= 2 + INSTITUTION_OF_WORDS
    return folded[-1] in _INSTITUTION_WORDS


def is_outlet_name(text: str) -> bool:
    """Whether *text* is shaped like a news organisation's name: "BBC News", "Reuters", "NHK",
    "9News", a radio station's with its band ("Harbour FM": :data:`_BAND_NAME`), or a
    broadcaster's with its channel's number ("WDMN Channel 5", "KTLA 5")."""
    words = text.split()
    if not 1 <= len(words) <= 4 or is_sentence(text) or words[0].lower() == "by" or len(words) > 1 and BY_WORD.match(text):
        return False  # "By Nordpress Agency", "Von Katrin Albers, Seezeitung" are bylines: who wrote the report
    if len(words) >= 3 and in_capitals(text):
        return False  # "HARBOUR GRAIN REVIEW": a wire headline in capitals, not a name
    if is_report_label(text.rstrip(" 0123456789")):
        return False  # "URGENT", "UPDATE 2": a wire's label on its copy, no one's name
    if len(words) == 1 and (_GENERIC_OUTLET.match(text) or _MENU_WORD.match(text)):
        return False  # "News", "LIVE": a menu item, not a name
    if words[-1].lower() == "news" and all(_MENU_WORD.match(w) for w in words[:-1]):
        return False  # "World News", "US News": a section ("Daily News", "National Post" are names)
    if not all(w[0].isupper() or w[0].isdigit() or w in {"&", "of", "the", "and"}
               or 0 < n < len(words) - 1 and len(w) <= 3 and w.isalpha() and w.islower()  # "Gazzetta del Lago"
               for n, w in enumerate(words)):
        return False
    if len(words) >= 2 and words[-1].isdigit() and len(words[-1]) <= 3:
        # A broadcaster's name closed by its channel's number: "WDMN Channel 5", "KTLA 5", "Radio 1"
        # (not "Top 10", "Chapter 5").
        named = words[:-1]
        return bool(_OUTLET_WORD.search(" ".join(named)) or _CHANNEL_WORD.match(named[-1])
                    or len(named) == 1 and _ACRONYM.match(named[0]))
    return bool(_OUTLET_WORD.search(text) or _BAND_NAME.search(text)) or (len(words) == 1 and bool(_ACRONYM.match(text)))


def _is_source_line(text: str) -> bool:
    match = _RELATIVE_TIME.match(text)
    return bool(match and match["outlet"]) or is_outlet_name(text) or source_named(text) is not None


#: A byline naming a newsroom, not a person: plural or collective ("GT staff reporters", "Al
#: Jazeera Staff", "Daily Kestrel staff"); "Europe correspondent" is a person's.
STAFF_BYLINE = re.compile(
    r"^(?P<outlet>.+?)\s+(?:staff(?:\s+(?:reporters?|writers?|correspondents?))?|reporters|correspondents|desk|bureau)$",
    re.I,
)


#: Words naming a newsroom's section, not an outlet, before "Desk", "Staff" or "Bureau" ("Data
#: Desk", "Metro Desk", "Foreign Staff"), besides the words of a site's menu (:data:`_MENU_WORD`).
_DESK_WORDS = frozenset({"news", "data", "metro", "city", "foreign", "digital", "web", "online", "graphics", "visuals",
                         "investigations", "investigative", "night", "picture", "photo", "copy", "wire", "general",
                         "regional", "state", "features", "desk", "the", "our"})


def staff_outlet(text: str) -> str | None:
    """The outlet a newsroom's byline names (:data:`STAFF_BYLINE`: "Al Jazeera Staff", "Harbour
    Wire Desk": "Al Jazeera", "Harbour Wire"); None where it names none, or only a section of
    one ("Data Desk", "Metro Desk", "Business Staff": the outlet is not named)."""
    staff = STAFF_BYLINE.match(text)
    if staff is None:
        return None
    outlet = staff["outlet"].strip()
    if all(_MENU_WORD.match(w) or w.casefold() in _DESK_WORDS for w in outlet.split()):
        return None
    return outlet


#: A writer's role after the outlet's name in a wire byline's second line ("Associated Press
#: Writer", "AP Business Writer", "Associated Press Medical Correspondent"): the outlet is the
#: name; alone on its line ("Staff Writer", "Special Correspondent") it names no one.
WRITER_ROLE = re.compile(
    r"\s+(?:(?:Staff|Business|Sports|Science|Medical|Health|Political|Economics|Diplomatic|Legal|Chief|Special|Senior"
    r"|Technology|Religion|Entertainment|Military|Environment|Environmental|Education|Energy|Travel|Food|Investigative)\s+)?"
    r"(?:Writer|Correspondent|Reporter)s?$")
#: The outlet's name before a writer's role (:data:`WRITER_ROLE`): one to four capitalised words.
_ROLE_OUTLET = re.compile(r"^[A-Z0-9][\w'’&.-]*(?: (?:of |the |and |& )?[A-Z0-9][\w'’&.-]*){0,3}$")


def writer_role(line: str) -> str | None:
    """The outlet a wire byline's second line names before the writer's role ("Example Press
    Writer", "Northwire Staff Correspondent": "Example Press", "Northwire"), "" for a role alone
    ("Staff Writer"), None for any other line."""
    found = WRITER_ROLE.search(" " + line.strip())
    if found is None:
        return None
    outlet = (" " + line.strip())[: found.start()].strip()
    return outlet if not outlet or _ROLE_OUTLET.match(outlet) else None


def is_disclaimer(text: str) -> bool:
    """Whether *text* (one block or line) is an e-mail's legal or confidentiality notice ("This
    e-mail and any attachments are confidential...", "If you are not the intended recipient..."),
    of at most DISCLAIMER_WORDS words."""
    return bool(_DISCLAIMER.match(text.strip())) and word_count(text) <= DISCLAIMER_WORDS


def is_closing_disclaimer(paragraph: str) -> bool:
    """Whether *paragraph*, the last of a report, is the publisher's disclaimer or its notes to
    editors under their label (:data:`_LABELLED_DISCLAIMER`: "Disclaimer: Data are provisional
    ...", "Haftungsausschluss: ...", "Notes to editors: ..."), of at most :data:`DISCLAIMER_WORDS`
    words, or an e-mail's legal notice (:func:`is_disclaimer`): the same under each report the
    outlet runs, no part of this one (:func:`make_article` drops it). Inside a report such a
    label is the writer's own note ("Disclaimer: if you see different patch sizes ...") and stays."""
    line = " ".join(paragraph.split())
    return bool(_LABELLED_DISCLAIMER.match(line)) and word_count(line) <= DISCLAIMER_WORDS or is_disclaimer(line)


def is_breadcrumb(text: str) -> bool:
    """Whether *text*, a line or a block, is a site's trail or menu of short links joined by bars or
    arrows ("Home | News", "News › World › Europe"), no sentence."""
    return bool(_BREADCRUMB.match(_INLINE_TAG.sub("", text))) and not is_sentence(text)


#: A keyword of a wire's slug in capitals: two capitals or more, maybe with figures ("FERRY", "G20").
_SLUG_WORD = rf"\d*{_CAPITAL}{{2}}(?:{_CAPITAL}|\d)*"
#: A wire service's slug or transmission line: one run of codes and keywords joined by hyphens, no
#: space in it, with a double hyphen, a word count or digits ("BC-US--Harbor-Dredging,0315", AP's
#: ANPA header; "AP-NY-03-03-26"). A headline has spaces between its words.
_WIRE_SLUG = re.compile(
    r"^(?=\S*(?:--|,\d|\d))[A-Za-z0-9]+(?:--?[A-Za-z0-9]+){2,}(?:,\d+)?$"
    # ... or its keywords spaced, as AP's later slugs print them, where it closes on the word count
    # glued to its comma, or names a write-through or a lead: "BC-US--Ferry Strike, 1st
    # Ld-Writethru,0398", "AM-Harbor Fire, Bjt,0612", "PM-Dam Breach-Glance,0240"
    r"|^(?:[A-Z]{1,4}-){1,3}-?[A-Z][\w'’&. /-]*(?:, ?[\w'’&. /-]+)*(?:,\d{3,4}|\b\d(?:st|nd|rd|th) (?:Ld|Add)\b.*|\bWritethru\b.*)$"
    # ... or after the ANPA (IPTC 7901) header's codes: the selector and the message's number, its
    # priority, its category ("a0417 r i BC-Kessra-Bridge 04-06 0198", "a0241 r BC-Portsea-Dredging,0241")
    r"|^[A-Za-z]{1,2}\d{3,4} [a-z](?: [a-z]{1,2})? (?=\S*[-,]\S)\S+(?: \S+){0,6}$"
    # ... or a slug of keywords in capitals joined by hyphens and slashes, with its flags in brackets
    # after it: "PORTSEA-FERRY/CORRECTION (CORRECTED)", "HARBOUR-STRIKE/ (UPDATE 2)", "UOSTAS-TILTAS"
    # (each keyword of two capitals or more: "COVID-19" is a name)
    rf"|^(?=.{{5,60}}$){_SLUG_WORD}(?:[-/]{_SLUG_WORD})+/?(?: \((?:{_CAPITAL}+)(?: \d{{1,2}})?\))*$"
)
#: A wire's advisory to the editors who receive the copy, opening a line of the header: "Eds:
#: UPDATES with union statement.", "EDITORS: Moved in advance for ...", "ATTN Editors: ...",
#: "Eds note _ ...". No reader's text (unlike a note the editors sign for readers, "Editor's
#: note: ...", which is the article's).
_WIRE_ADVISORY = re.compile(r"^(?:eds\.?(?: note)?\s*(?:[:_—–]|--)|(?:editors|attn\.?(?: editors)?|attention editors)\s*:)\s*\S", re.I)
#: The most words of a wire's advisory (:data:`_WIRE_ADVISORY`); a longer block is a report.
ADVISORY_WORDS = 60


def is_wire_header(line: str) -> bool:
    """Whether *line* is a line of a wire's transmission header that no reader is meant to see: its
    slug (:data:`_WIRE_SLUG`: "BC-US--Harbor-Dredging,0315", "BC-US--Ferry Strike, 1st
    Ld-Writethru,0398") or the advisory to its editors (:data:`_WIRE_ADVISORY`: "Eds: UPDATES with
    ...")."""
    text = line.strip()
    return bool(_WIRE_SLUG.match(text) or _WIRE_ADVISORY.match(text) and word_count(text) <= ADVISORY_WORDS)


def classify_line(text: str, *, language: str | None = None) -> Kind:
    """What *text*, one line of a page, is when judged on its own; on a page in *language* (a code
    of :data:`core.text.LANGUAGE_NAMES`), its own word for "by" opens a byline too
    (:func:`language_byline`: "Per Jordi Puig" on a Catalan page)."""
    words = word_count(text)
    sentence = is_sentence(text)
    if words == 0 or _CHROME_LINE.match(text) or _RELEASE_LABEL.match(text.strip()) or is_end_mark(text) or is_hashtag_line(text) or _CONTRIBUTED.match(text.strip()) or is_disclaimer(text) \
            or is_share_line(text) or is_greeting(text) or is_sponsor_line(text) or is_page_notice(text) or is_bracket_label(text) \
            or is_rights_notice(text) or is_page_tool(text):
        return Kind.FURNITURE
    if is_wire_header(text) or is_reading_time(text):
        return Kind.FURNITURE
    if any(map(is_reading_time, _STAMP_SEPARATOR.split(text))) and is_stamp_block(text):
        return Kind.DATE  # "Leestijd 3 minuten | 3 maart 2026": the post's date beside its reading time
    hits = _chrome_hits(text)
    paragraph_shaped = sentence and words >= 12
    if hits >= 2 or (hits and not paragraph_shaped) or _LIST_MARKER.match(text) or is_paywall(text) or is_offer(text):
        return Kind.FURNITURE
    if not sentence and _may_label(text) and not _is_source_line(text) and not lone_dateline(text) and (
            info := info_line(text)) is not None and info.labelled and (
            info.published or info.writers or info.source):
        # a page's info line ("2026-03-03 09:20 来源：海滨日报 作者：李晓明 阅读：3462", "입력 2026.03.03 09:00 |
        # 수정 ...", "प्रकाशित: 5 दिसंबर 2026 | लेखक: राम कुमार"): a date line where it gives a date, else a byline
        return Kind.DATE if info.published else Kind.BYLINE
    if words <= 12 and not sentence and (dated_name(text) or signed_dateline(text) or masthead_line(text)):
        return Kind.BYLINE  # "Ana Example | Do., 05.03.26", "Ana Example · Valdemora · 3 March 2026": shaped like breadcrumbs
    if words <= 12 and not sentence and section_dated(text):
        return Kind.DATE  # "World | 3 March 2026", "კულტურა და ხელოვნება · 3 მარტი, 2026": the report's section and date
    if words <= 20 and not paragraph_shaped and writing_credit(text, line=True):
        return Kind.BYLINE  # "Words and pictures by Ana Example", "Text: Ana Example | Photos: Bo Lind"
    if is_breadcrumb(text) or is_menu_line(text):
        return Kind.FURNITURE
    if _is_source_line(text):
        return Kind.SOURCE
    # before dates: "By GT staff reporters Published: Jun 18, 2023", "Posted on March 3, 2026 by Ana Example"
    byline = _BYLINE.match(after_post_date(text))
    if byline and words <= 20 and not paragraph_shaped and opens_as_name(byline["name"]):
        return Kind.BYLINE
    if (own := language_byline(text, language)) is not None and not sentence and _names_only(own):
        return Kind.BYLINE  # "Per Jordi Puig" on a Catalan page; not "Per Sant Joan es fa la revetlla"
    if _is_date_line(text, words) or lone_dateline(text) or is_submitted_line(text):
        return Kind.DATE  # "Posted by admin on July 15, 2021": no one's name, the post's date
    if byline and words <= 20 and not paragraph_shaped:
        return Kind.FURNITURE  # "by the numbers"
    if (_HONORIFIC.match(text) and words <= 5 or _ROLE_BYLINE.match(text) and words <= 8) and not sentence:
        return Kind.BYLINE
    staff = STAFF_BYLINE.match(text) if words <= 6 and not sentence else None
    if staff and is_outlet_name(staff["outlet"]):
        return Kind.BYLINE  # "Daily Kestrel staff" without a "By"
    if _ROLE.match(text) and words <= 10 and not sentence:
        return Kind.FURNITURE  # an author's affiliation under their name
    if _CREDIT.search(text) and words <= 60:
        return Kind.CAPTION
    if not (sentence and words >= 8) and (_BLOCK_FURNITURE.search(text.replace("İ", "I")) or _invites(text) and _INVITATION.search(text)):
        # what a page's block would be ("Our Standards: The Trust Principles.", "Accept cookies"), in a
        # line no longer than a label's (a report's sentence may tell readers to "download the app")
        return Kind.FURNITURE
    if (meta := entry_meta(text)) is not None:
        return Kind.DATE if meta.published else Kind.FURNITURE  # "This entry was posted in News. Bookmark the permalink."
    if (sentence and words >= 6) or words >= 30 or _overlong_word(text):
        return Kind.BODY
    return Kind.HEADING


#: Letters in the longest word of a language's dictionaries are fewer than this; a longer run of
#: letters is a word no headline or label is made of.
LONG_WORD = 40


def _overlong_word(text: str) -> bool:
    """Whether *text* holds a word longer than :data:`LONG_WORD` that is no web address: a line the
    page prints as its own (a paragraph of 3,000 W's), which no heading or label is, and which is
    kept as a paragraph for the reader to see rather than dropped unsaid."""
    return any(len(w) > LONG_WORD and not re.search(r"://|^www\.|^data:", w, re.I) and not _PHRASE_SCRIPT.search(w) for w in text.split())


#: A letter of a script that writes no space between its words (Thai, Lao, Myanmar, Khmer; Han and
#: kana): a run of them is a phrase or a headline, however long, not one overlong word.
_PHRASE_SCRIPT = re.compile(f"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff{UNSPACED}]")


#: No news paragraph is this long; a longer unit is a page scraped onto one line
#: (or hostile input) and is cut at sentence ends so reading and linking stay fast.
MAX_UNIT = 4000


#: No caption or link to another story is this long: a longer line met twice is the text saying
#: the same again (a paragraph of one sentence repeated, cut by :func:`_cut` into equal pieces),
#: kept as body. A fresh user's 100 KB of one sentence repeated was all taken for captions and
#: skipped as "no article text found"; at 10 KB all but its last piece were dropped unsaid.
REPEATED_MOST = MAX_UNIT // 2


def _cut(unit: str, limit: int = MAX_UNIT) -> list[str]:
    """*unit* in pieces of at most *limit* characters, cut after sentences where it can be."""
    pieces: list[str] = []
    while len(unit) > limit:
        window = unit[: limit + 1]
        ends = [m.end() for m in SENTENCE_BREAK.finditer(window) if m.end() <= limit]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or limit)
        pieces.append(unit[:cut].rstrip())
        unit = unit[cut:].lstrip()
    if unit:
        pieces.append(unit)
    return pieces


#: What wire copy prints after its last sentence: "... the utility said. Enditem", "(END)", "###",
#: Kyodo's "==Kyodo".
_END_MARKS = r"(?:Enditem|ENDS?|\(END\)|-?30-|###|==\s?[A-Z][A-Za-z]{1,15}|[（(](?:끝|完|了|終)[）)]|(?:(?![A-Z])[^\W\d_]{1,4}/ ?){2,5})"  # (Yonhap's "(끝)", Xinhua's "（完）")
_END_MARK = re.compile(rf"(?<=[.!?”\"'])\s+{_END_MARKS}$")
#: (and the desk's initials, each closed by a slash, as PAP signs its copy off: "ann/ mk/", "kw/ pad/ jm/")
#: A wire's end mark on a line of its own (Kyodo's "==Kyodo", Xinhua's "Enditem", "(END)"): no
#: paragraph's line.
_LONE_AGENCY_MARK = re.compile(rf"^{_END_MARKS}$")
#: The word for "end" that closes a press release or a wire's copy on a line of its own, in many
#: languages ("-ENDS-", "-SELESAI-", "— einde —", "- FIN -", "-LOPPU-", "(끝)", "〜以上〜").
_END_WORDS = (r"ends?|enditem|einde|eind|ende|fin|fine|fim|slut|slutt|loppu|lõpp|beigas|pabaiga|koniec|konec|kraj|vége|sfârșit|sfarsit"
              r"|son|selesai|tamat|habis|wakas|hết|конец|кінець|край|крај|τέλος|סוף|نهاية|انتهى|समाप्त|끝|完|終|了|以上|จบ")
#: A release's or a wire copy's end mark on a line of its own: "###", "# # #", "-30-", "ENDS",
#: "(END)", or a word for "end" between dashes, tildes or brackets ("-SELESAI-", "— einde —",
#: "~ FIN ~", "（完）"; Japanese closes on "以上" alone). What follows it is the sender's own text,
#: the same under each of its releases: its "About us", its media contacts, its notes to editors.
_RELEASE_END = re.compile(
    rf"^(?:#\s?#\s?#|-?30-|ENDS?|\(END\)|以上|[-–—~〜=*]+\s*(?i:{_END_WORDS})\s*[-–—~〜=*]+|[（(\[]\s*(?i:{_END_WORDS})\s*[）)\]])$")


def is_end_mark(line: str) -> bool:
    """Whether *line* is a press release's or a wire copy's end mark alone (:data:`_RELEASE_END`:
    "###", "-ENDS-", "-SELESAI-", "— einde —"), after which no text is the report's."""
    return bool(_RELEASE_END.match(" ".join(line.split())))


#: A teleprinter's start-of-message line ("ZCZC0123/SXA", "ZCZC ROM4512"), which the routing lines
#: of codes follow before the headline (:func:`_teleprinter_lines`), and its end-of-message line,
#: the stamp before it or not ("03-MAR-26 14:12 NNNN"): the transmission's, no text.
_TELEPRINTER_START = re.compile(r"^ZCZC")
_TELEPRINTER_END = re.compile(r"(?:^|\s)NNNN$")
#: A routing line's code: letters and digits run together ("XEF34512", "S0A"), or parts joined
#: by an underscore or a slash ("SXA_QBXB", "0123/SXA").
_ROUTING_CODE = re.compile(r"^[A-Z0-9]*(?:[A-Z]\d|\d[A-Z])[A-Z0-9]*$|^[A-Z0-9]+(?:[_/][A-Z0-9]+)+$")


def _routing_line(line: str) -> bool:
    """Whether *line* is a teleprinter's routing line: a few codes (:data:`_ROUTING_CODE`:
    "XEF34512_SXA_QBXB", "R ECO S0A QBXB") and short groups of capitals, no word longer than four
    letters (a headline in capitals, "A380 GROUNDED AFTER ENGINE FIRE", has them)."""
    parts = line.split()
    codes = [bool(_ROUTING_CODE.match(p)) and len(p) >= 3 for p in parts]
    return 0 < len(parts) <= 6 and any(codes) and all(
        code or re.fullmatch(r"[A-Z0-9]{1,4}", p) for p, code in zip(parts, codes))


def _teleprinter_lines(raws: list[str]) -> set[int]:
    """Which of *raws*, the lines of a page, a teleprinter's transmission gives and no text: where
    the copy opens on its start-of-message line ("ZCZC..."), that line and the routing lines of
    codes right under it (:func:`_routing_line`), and its end-of-message line ("... NNNN")."""
    filled = [n for n, raw in enumerate(raws) if raw.strip()]
    if not filled or not _TELEPRINTER_START.match(raws[filled[0]].strip()):
        return set()
    lines = {filled[0]}
    for n in filled[1:]:
        if not _routing_line(raws[n].strip()):
            break
        lines.add(n)
    return lines | {n for n in filled if _TELEPRINTER_END.search(raws[n].strip())}


#: The longest line of hard-wrapped copy (wire archives wrap at 60-80 columns, e-mail at 72-78,
#: office and editors' text at up to 120: a circular wrapped at 110).
WRAP_COLUMNS = 120
#: The shortest line that counts when telling hard-wrapped copy: menus and labels are shorter.
WRAPPED_LINE = 30


#: A character of a script written without spaces (Chinese, Japanese), which takes two columns of a
#: fixed-width line.
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}\u3000-\u303f\uff00-\uffef]")
#: A character a fixed-width line gives two columns (East Asian Wide): those of the scripts without
#: spaces, and Hangul's, which Korean writes with spaces (Yonhap copy wrapped at 70 columns holds
#: 35 syllables a line).
_WIDE_CHAR = re.compile(f"[{UNSPACED}\u3000-\u303f\uff00-\uffef\u1100-\u115f\u3130-\u318f\uac00-\ud7a3]")


#: The fewest columns of a line of a script without spaces that a hard wrap may have cut (30
#: characters), where the copy is too short to tell its wrap column.
UNSPACED_WRAP = 60


def _cells(text: str) -> int:
    """How many columns of a fixed-width line *text* takes: two for each wide character (of a script
    written without spaces, or Hangul: copy hard-wrapped at 70 columns holds 35 of them a line)."""
    return len(text) + len(_WIDE_CHAR.findall(text))


def _unspaced_line(text: str) -> bool:
    """Whether *text* is written in a script without spaces: half its characters or more are."""
    marks = [c for c in text if not c.isspace()]
    return bool(marks) and 2 * sum(bool(_UNSPACED_CHAR.match(c)) for c in marks) >= len(marks)


#: What opens an item of a Chinese or Japanese list, or a timeline's entry, on a line of its own:
#: "一是", "二、", "1、", "（三）", "3月2日".
_UNSPACED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+[是、．.]|\d+[、．.)）]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}月\d{1,2}日)")


#: A word broken by a hyphen at a line's end ("... el muelle norte de Val-" / "demar durante ..."):
#: letters right before the hyphen, and the line under it going on in small letters.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_]{2})-$")
_BROKEN_REST = re.compile(r"^(?P<rest>[^\W\d_]+)")


def _join(unit: str, line: str, hyphenated: frozenset[str] = frozenset()) -> str:
    """*line* carried on from *unit*: after a space, but none between two lines of a script
    written without spaces ("…比前一年" / "增长14%。…" is one sentence; "１２０万" / "人に達した").
    A word a line's end breaks with a hyphen, its rest under it in small letters, is joined
    whole ("Val-" / "demar" -> "Valdemar", "trans-" / "porte" -> "transporte"), as typesetting
    breaks words, unless the page writes that word with its hyphen elsewhere (*hyphenated*,
    folded: "two-thirds"), where the break fell on the word's own hyphen."""
    if unit and line and _unspaced_line(unit) and _unspaced_line(line):
        return unit + line
    rest = _BROKEN_REST.match(line)
    if rest and rest["rest"][0].islower() and _BROKEN_WORD.search(unit):
        head = re.search(r"(?<![^\W\d_])[^\W\d_]+-$", unit)
        if head is not None and f"{head.group(0)}{rest['rest']}".casefold() not in hyphenated:
            return unit[:-1] + line
        return unit + line
    return unit + " " + line


#: The fewest breaks of a sentence across two paragraphs that make a page's paragraphs printed
#: lines (one paragraph without its stop over one in small letters is a slip, not a layout).
PRINTED_BREAKS = 2
#: The fewest words of a printed line a sentence runs on from.
PRINTED_LINE_WORDS = 6


def printed_lines(paragraphs: Sequence[str]) -> list[str]:
    """*paragraphs* with the lines of print a converted document gives as paragraphs joined into
    the paragraphs they were printed in: a paragraph of :data:`PRINTED_LINE_WORDS` words or more
    that ends no sentence (:func:`_closes`), over one that opens in a small letter, carries its
    sentence on where the run of lines ends on a sentence's close ("... The trans-" / "mission system operator OstNet reports ... that nearly" /
    "three million customers were interrupted."), a word broken by a hyphen joined whole
    (:func:`_join`). Only where the page shows it :data:`PRINTED_BREAKS` times or more; else
    *paragraphs* as they are."""
    carrying = [n for n in range(len(paragraphs) - 1)
                if paragraphs[n + 1][:1].islower() and word_count(paragraphs[n]) >= PRINTED_LINE_WORDS
                and not _closes(paragraphs[n])]
    # (a run of lines ends where its sentence does: items of a list in small letters close none)
    carries = []
    for n in reversed(carrying):
        if n + 1 in carries or _closes(paragraphs[n + 1]):
            carries.append(n)
    if len(carries) < PRINTED_BREAKS:
        return list(paragraphs)
    hyphenated = _hyphenated_words(" ".join(p for p in paragraphs if not p.endswith("-")))
    joined: list[str] = []
    on = frozenset(carries)
    for n, paragraph in enumerate(paragraphs):
        if n - 1 in on:
            joined[-1] = _join(joined[-1], paragraph, hyphenated)
        else:
            joined.append(paragraph)
    return joined


def _hyphenated_words(text: str) -> frozenset[str]:
    """The words *text* writes with a hyphen inside a line ("two-thirds", "Baden-Baden"), folded."""
    return frozenset(m.group(0).casefold() for m in re.finditer(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+", text))


def _wrap_width(lines: list[str]) -> int | None:
    """The column at which *lines* are hard-wrapped, or None when they are not.

    Copy is hard-wrapped when its paragraph-length lines are all at most WRAP_COLUMNS wide
    and most of those followed by another line do not end a sentence: the line went on.
    Copy wrapped narrower than WRAPPED_LINE (a column of 25-35 characters, a pager's or a
    phone's) counts when most of its lines are wrapped the same way (NARROW_RUN lines at
    least) and two thirds of them go on.

    Only lines with a line right under them tell the column: one that ends its paragraph (a
    blank line or the end under it) stops where its words do. So a paragraph written on one
    long line amid wrapped ones (copy pasted from several places), a headline or a short last
    paragraph neither hides the wrapping nor widens its column; a long line with a line right
    under it is unwrapped copy, whose paragraphs are lines.
    """
    for shortest, runs, share in ((WRAPPED_LINE, 3, 1 / 2), (NARROW_LINE, NARROW_RUN, 2 / 3)):
        long = [i for i, line in enumerate(lines) if _cells(line.strip()) >= shortest]
        followed = [i for i in long if i + 1 < len(lines) and lines[i + 1].strip()]
        if len(long) < runs + 1 or len(followed) < runs:
            continue
        width = max(_cells(lines[i].strip()) for i in followed)
        open_ended = sum(1 for i in followed if not is_sentence(lines[i].strip()))
        if width > WRAP_COLUMNS or open_ended < share * len(followed):
            continue
        # Lines of a script without spaces fill their column to a character or two, with no word to
        # wrap at: copy of one line a paragraph, its lines of any length, is not wrapped.
        unspaced = [i for i in followed if _unspaced_line(lines[i])]
        if 2 * len(unspaced) > len(followed) and 3 * sum(_cells(lines[i].strip()) >= width - 4 for i in unspaced) < 2 * len(unspaced):
            continue
        return width
    return None


#: The fewest lines indented under a line of text that make copy's paragraphs marked by their
#: indent (:func:`split_units`): then a line not indented under an abbreviation opens none.
INDENTED_PARAGRAPHS = 2
#: The shortest line of narrow hard-wrapped copy, and how many of its lines must go on.
NARROW_LINE = 18
NARROW_RUN = 6


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t\u3000"))  # (a Japanese paragraph opens with an ideographic space)


def _base_indent(raws: list[str]) -> int:
    """The indent a page's lines of text stand at: the least, unless most of its lines of text
    share a deeper one (a teletext page's or a text browser's dump, every line set in one or three
    spaces under a header at the margin): then that one, and a line at it opens no paragraph."""
    indents = [_indent(r) for r in raws if r.strip()]
    if not indents:
        return 0
    common = max(set(indents), key=lambda i: (indents.count(i), -i))
    return common if 2 * indents.count(common) > len(indents) else min(indents)


def split_units(text: str) -> list[tuple[str, bool]]:
    """Split a page into lines, joining hard-wrapped ones; each with whether a blank precedes it.

    In hard-wrapped copy (:func:`_wrap_width`) a paragraph ends at a blank line, at an
    indented line, or after a sentence that stops well short of the wrap column (in copy that
    marks its paragraphs by indenting them, not one that stops on an abbreviation, nor one the
    next line goes on from with a quotation's opening mark or a small letter; a quotation closed
    on a comma ends no sentence); a wire's slug and its advisory to editors stand alone; every
    other line carries on the one before, whatever letter it starts with. Elsewhere a
    line carries on only where it visibly continues (a lower-case start, a comma before).
    A unit longer than MAX_UNIT is cut into sentence-aligned pieces, each a unit.
    """
    raws = text.split("\n")
    transmission = _teleprinter_lines(raws)
    raws = ["" if n in transmission else raw for n, raw in enumerate(raws)]
    width = _wrap_width(raws)
    base = _base_indent(raws)
    # paragraphs marked by indenting their first line, no blank line above it (old wire copy)
    indented = sum(1 for above, r in zip(raws, raws[1:]) if above.strip() and r.strip() and _indent(r) > base) >= INDENTED_PARAGRAPHS
    # paragraphs parted by blank lines: a line break inside one is a wrap wherever a sentence is left open
    filled = [bool(r.strip()) for r in raws]
    gaps = sum(1 for a, b in zip(filled, filled[1:]) if a and not b)
    parted = gaps >= 2 and 3 * gaps >= sum(filled) - 1
    # for each line, whether the block it stands in (lines up to a blank one) ends a sentence
    closes = [False] * len(raws)
    ending = False
    for n in range(len(raws) - 1, -1, -1):
        if not raws[n].strip():
            continue
        if n + 1 >= len(raws) or not raws[n + 1].strip():
            ending = is_sentence(" ".join(raws[n].split()))
        closes[n] = ending
    begun = False
    units: list[tuple[str, bool]] = []
    blank = False
    previous_raw = ""
    hyphenated = _hyphenated_words(text)
    last_filled = max((n for n, r in enumerate(raws) if r.strip()), default=-1)
    for n, raw in enumerate(raws):
        line = _END_MARK.sub("", " ".join(raw.split()))
        if line and _RELEASE_END.match(line):
            units.append((line, blank))  # an end mark stands alone: what follows it is no report's (is_end_mark)
            blank = True
            continue
        if not line or _LONE_AGENCY_MARK.match(line) or n == last_filled and units and closes_with_initials([units[-1][0], line]):
            # (the desk's initials under the report's last sentence, "pra kop": a sign-off, no line of it)
            blank = True
            continue
        if units and not blank and (
            (_wrapped_on(units[-1][0], previous_raw, raw, line, width, base, indented=indented) if width else _continues(units[-1][0], line))
            # (a block opening on a dateline is the report's first paragraph: it has begun there)
            or parted and (begun or split_dateline(units[-1][0])[0] is not None) and units[-1][1] and closes[n]
            and _left_open(units[-1][0], line)
            # a byline's label on a line of its own, its names on the next ("Author:" / "Ana Example")
            or byline_label(units[-1][0]) and word_count(line) <= LABELLED_NAME_WORDS and not is_sentence(line)
        ):
            units[-1] = (_join(units[-1][0], line, hyphenated), units[-1][1])
        else:
            # (the report's text has begun once a paragraph of a sentence or more stands: no headline below it)
            begun = begun or bool(units) and word_count(units[-1][0]) >= 8 and is_sentence(units[-1][0])
            units.append((line, blank))
        blank = False
        previous_raw = raw
    if any(len(unit) > MAX_UNIT for unit, _ in units):
        units = [
            (piece, blank and n == 0)
            for unit, blank in units
            for n, piece in enumerate(_cut(unit))
        ]
    return units


#: An abbreviation's full stop at a line's end, which ends no sentence there in copy that marks
#: its paragraphs by their indent: "U.S.", "U.K.", "Co.", "Corp.", "Inc.", "Mr.", "St.", "Jan.".
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.){2,}|\b(?:Co|Corp|Inc|Ltd|Cos|Bros|Mr|Mrs|Ms|Dr|St|Mt|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Sep|"
    r"Oct|Nov|Dec|No|Nos|Jr|Sr|Dept|Ave|Blvd|approx|vs)\.)$")


#: A quotation closed on a comma, a semicolon or a dash at a line's end ("... in six years,\"",
#: "... a disgrace,’"): the sentence goes on, to the attribution, whatever the closing mark.
_QUOTE_LEFT_OPEN = re.compile(r"[,;—–-]\s*[\"”’'»›」』]+\s*$")
#: A quotation's opening mark at a line's start.
_QUOTE_OPENING = re.compile(r"^[\"“‘'«„‹「『]")


def _closes(line: str) -> bool:
    """Whether *line*, a hard-wrapped line, ends a sentence (:func:`is_sentence`), which a quotation
    closed on a comma does not ("\"Our members have not had a raise in years,\"" / "the union's
    secretary said.")."""
    return is_sentence(line) and not _QUOTE_LEFT_OPEN.search(line)


def _wrapped_on(unit: str, previous_raw: str, raw: str, line: str, width: int, base: int, *, indented: bool = False) -> bool:
    """Whether *line* carries on the paragraph *unit* in copy hard-wrapped at *width*; in copy
    whose paragraphs open *indented* (past *base*) with no blank line above, a line not indented
    carries on a line that stops on an abbreviation ("... figures released by the U.S." /
    "Commerce Department showed ...")."""
    if _indent(raw) > base or _BULLET.match(line):
        return False  # an indented line opens a paragraph; a list item stands alone
    if _by_line(line):
        return False  # a byline under a headline ("By JANE EXAMPLE"): no wrapped line opens with "By" and a name
    last = previous_raw.strip()
    if _WIRE_SLUG.match(last) or is_wire_header(line) or labelled_field(line) or labelled_field(last):
        return False  # a wire's slug stands alone, its advisory to editors and a labelled field ("autor: ...") open a line of their own
    if unit == last and not _closes(last) and _opens_dateline(line):
        return False  # a headline over the lead that opens on its dateline ("(AGX) - VELLARA, 3 MAR - Lo sciopero ...")
    if in_capitals(line) and in_capitals(last) and _cells(last) >= 0.8 * width and (
        _indent(previous_raw) > base or _cells(unit) > _cells(last) + 1
    ) and (not _closes(last) or indented and _ABBREVIATION_END.search(last)):
        # telex copy, all in capitals: a paragraph's full line left open goes on ("    ... THE DEAL
        # LATE" / "ON WEDNESDAY, ..."), where a headline's (the first line of no paragraph) stands alone
        return True
    if in_capitals(line) and word_count(line) <= 8:
        return False  # a caps headline stands alone
    if in_capitals(last) and word_count(last) <= 8:
        return False  # after a headline in capitals
    if _indent(previous_raw) > base and not _closes(last):
        # a paragraph's indented first line, left open however short: it goes on ("    The company said
        # its fleet carried" / "212,400 containers in the month, ...")
        return True
    if _closes(last):
        # a sentence that ends the line may end the paragraph; in copy that marks its paragraphs
        # by their indent, not one that stops on an abbreviation ("the U.S.", "Harlan Machine Co."),
        # nor one a line opening a quotation or in small letters goes on from ("... a 3 percent
        # rise." / "\"Our members ...", "... six years," / "the union said."): a credit's, a
        # copyright's or an end mark's line, which do not open so, stands alone
        return _cells(last) >= 0.8 * width or indented and bool(
            _ABBREVIATION_END.search(last) or _QUOTE_OPENING.match(line) or line[:1].islower())
    # A wrapped line fills the column but for its last word; one stopping far short of it, with
    # a line right under it, is a line of its own ("By Meridian Press Agency" over "Valley
    # Courier, November 25, 2026": a byline over an outlet's date line, not one name) -
    # unless the paragraph already runs over lines: a sentence left open mid-paragraph goes
    # on, whatever the next line starts with ("... the March contract down" / "12 cents").
    # A paragraph's first line of four words or more that stops on a word in small letters, short
    # of the column, goes on too ("According to a report by broker" / "Example Metals, stocks ..."):
    # a byline's or a subhead's line ends on a name or is shorter.
    return (_cells(last) >= 0.6 * width or _cells(unit) > _cells(last) + 1 and _cells(unit) >= width
            or unit == last and word_count(last) >= 4 and _small_word(last.split()[-1]))


#: Words no sentence ends with: a line that stops on one goes on ("... returned to the spillway
#: on" / "Sunday as water levels fell"), whatever the next line starts with.
_OPEN_ENDS = frozenset(
    "a an the of on in at to for from with by into onto upon over under about after before between "
    "and or but nor as than that which who whose whom when where while because if "
    "is are was were be been has have had will would shall should can could may might must".split()
)


def _small_word(word: str) -> bool:
    """Whether *word* opens in small letters, or in a script that writes none (Hangul, Devanagari,
    Arabic: "연간", "अनुसार"), where a line that stops on it may leave its sentence open: a name
    ends a byline's or a subhead's line in capitals only where a script has them."""
    first = word[:1]
    return first.isalpha() and not first.isupper() and not _UNSPACED_CHAR.match(first)


def _by_line(line: str) -> bool:
    """Whether *line* is a byline that opens with "By" and a name ("By JANE EXAMPLE"): no wrapped
    line's continuation opens so."""
    return bool(_BYLINE.match(line)) and classify_line(line) is Kind.BYLINE


def _left_open(previous: str, line: str) -> bool:
    """Whether a paragraph's line *previous*, in copy that parts its paragraphs by blank lines
    (below the report's first paragraph: a headline over its lead in one block ends no sentence
    either), leaves its sentence open for *line* under it: two words or more, no stop, and its
    last word in small letters ("Nejvíce zboží zamířilo do" / "Hamburku, odkud ...", "Eniten
    kasvoivat" / "Kotkan ja Haminan ..."), where its block closes on a sentence (the caller
    asks). The first line of its block only (a list's items, a line each, stand alone); a byline
    under it stands alone."""
    words = previous.split()
    return (len(words) >= 2 and not _closes(previous) and _small_word(words[-1]) and not previous.endswith(":")
            and not _BULLET.match(line) and not _by_line(line))


def _continues(previous: str, line: str) -> bool:
    """Whether *line* carries on a hard-wrapped *previous* line (in copy too short to tell its
    wrap column: a brief of two paragraphs)."""
    last = previous.rsplit(None, 1)[-1].lower() if previous else ""
    return (
        _cells(previous) >= 40
        and not _closes(previous)
        and not _BULLET.match(line)
        and (line[0].islower() or line[0] in ",;:)" or previous.endswith((",", "-", "–", ";")) or last in _OPEN_ENDS
             # a sentence of a script without spaces cut mid-way at a line's full width ("…比前一年" /
             # "增长14%。"); not a caption's close, a lead-in's colon, nor a list's or a timeline's items
             or _cells(previous) >= UNSPACED_WRAP and _unspaced_line(previous) and _unspaced_line(line)
             and previous[-1] not in "）)】」』：:" and not _UNSPACED_ITEM.match(line))
        # a byline under a headline that ends on "on" ("... as fire burns on" / "By Jess Romero, ...")
        and not _by_line(line)
        and not labelled_field(line) and not labelled_field(previous)
    )


def _opens_dateline(line: str) -> bool:
    """Whether *line*, a line of wrapped copy, opens with a wire dateline that credits an agency or
    gives a day (:func:`datelined`, its report's words cut at the line's end): the lead's first line."""
    return datelined(f"{line} {' '.join(['x'] * 6)}")


#: The most words of a page's running head (an e-paper's "DIARIO DEL LITORAL | MARTES 3 DE MARZO
#: DE 2026 | PÁGINA 12"): an outlet's name, the issue's date and the page's number.
RUNNING_HEAD_WORDS = 16


#: The separators of a running head's fields: "SATAMALEHTI | TIISTAI 3.3.2026 | SIVU 7", "The
#: Ledger · Page 7", "PAGE 7 - COUNTY - THE LEDGER", or a wide gap of spaces.
_HEAD_FIELDS = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|\s{3,}")
#: A page's number as a running head prints it, with any language's word for "page" or none:
#: "PAGE 7", "SIVU 7", "Seite 7", "S. 7", "Str. 12", "7", "7. oldal", "3. lpp.", "- 7 -", "PAGE SEVEN".
_PAGE_FIELD = re.compile(r"^-?\s*(?:[^\W\d_]{1,10}\.?\s?)?\d{1,4}\s*-?$|^\d{1,4}\.?\s?[^\W\d_]{1,10}\.?$"
                         # (its number in words, as old papers print it: "PAGE SEVEN")
                         r"|^page (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                         r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?$", re.I)


#: A page's number with its word for "page" closing a line of a page's head whose gap before it is
#: lost ("THE PORTSEA EVENING STAR, TUESDAY, MARCH 3, 1925. PAGE SEVEN", its spaces collapsed).
_PAGE_FIELD_END = re.compile(
    r"(?<=[.,;:]) ((?:page|p\.|seite|s\.|página|pág\.|pagina|pag\.|strona|str\.|strana|sivu|side|sida|sayfa|стр\.|страница|сторінка|σελ\.)"
    r"\s*\S+(?: \S+)?)$", re.I)


def _head_fields(line: str) -> list[str]:
    """*line*'s fields as a running head separates them (:data:`_HEAD_FIELDS`); the page's number
    a field of its own after a stop closing the field before it (:data:`_PAGE_FIELD_END`)."""
    fields = [f.strip() for f in _HEAD_FIELDS.split(line.strip()) if f.strip()]
    if len(fields) == 1 and (end := _PAGE_FIELD_END.search(fields[0])) and _page_field(end[1]):
        fields = [fields[0][: end.start()].strip(), end[1]]
    return fields


def _page_field(field: str) -> bool:
    """Whether *field*, one of a running head's, is the page's number (:data:`_PAGE_FIELD`), no date."""
    return _PAGE_FIELD.match(field) is not None and find_date(field) is None


def is_running_head(line: str) -> bool:
    """Whether *line* is shaped as a page export's running head or foot: two fields or more
    (:func:`_head_fields`), the first or the last the page's number, in any language's word or
    none ("SIVU 7", "PAGE 7", "S. 7", "7"), no sentence ("SATAMALEHTI | TIISTAI 3.3.2026 | SIVU 7")."""
    fields = _head_fields(line)
    # (no sentence, or one only by the stop of its page's number: "KURZEMES VĒSTIS   3. decembris   3. lpp.")
    return (len(fields) >= 2 and (_page_field(fields[0]) or _page_field(fields[-1]))
            and word_count(line) <= RUNNING_HEAD_WORDS
            and not (is_sentence(line) and is_sentence(" ".join(f for f in fields if not _page_field(f)))))


def running_head_outlet(line: str) -> str | None:
    """The outlet a running head (:func:`is_running_head`) names: its first field that is neither
    the page's number nor a date, of letters and at most five words ("SATAMALEHTI | TIISTAI
    3.3.2026 | SIVU 7": SATAMALEHTI); None for a line of another shape, or one naming none."""
    if not is_running_head(line):
        return None
    return next((f for f in _head_fields(line) if not _page_field(f) and find_date(f) is None
                 and word_count(f) <= 5 and not any(c.isdigit() for c in f) and any(c.isalpha() for c in f)
                 and not is_weekday_name(f) and not is_person_name(f)), None)


def _running_heads(units: list[tuple[str, bool]], kinds: list[Kind]) -> None:
    """Mark in *kinds* the running head (or foot) of a page export: a line printed again further
    down with only its page's number changed ("... | PÁGINA 12", "... | PÁGINA 13": one number of
    one to four digits, of four words or more; not an update's or a comment's time, whose hour and
    minute both change), no sentence; or printed again as it is, or once as the page's first or
    last line with a date, where it is shaped as one (:func:`is_running_head`: "SATAMALEHTI |
    TIISTAI 3.3.2026 | SIVU 7", the page's number in any language's word). Each copy is the page's
    furniture, but the first, above the report, dates the issue where it gives a date: a date line then."""
    shapes: dict[str, list[int]] = {}
    for i, (line, _) in enumerate(units):
        if any(c.isdigit() for c in line) and 2 <= word_count(line) <= RUNNING_HEAD_WORDS and (
                not is_sentence(line) or is_running_head(line)):
            shapes.setdefault(re.sub(r"\d+", "0", line), []).append(i)
    # (a head read as a line of text is none: "KURZEMES VĒSTIS | 2026. gada 3. decembris | 3. lpp." stops as a sentence)
    first_body = next((i for i, k in enumerate(kinds) if k is Kind.BODY and not is_running_head(units[i][0])), len(kinds))
    for at in shapes.values():
        line = units[at[0]][0]
        numbers = [re.findall(r"\d+", units[i][0]) for i in at]
        changed = {k for k in range(len(numbers[0])) if len({n[k] for n in numbers}) > 1}
        shaped = is_running_head(line)
        if len(at) >= 2 and not changed:
            # (the same line twice is a caption's or a link's repeat, :func:`classify`, unless it
            # is shaped as a running head)
            if not shaped:
                continue
        elif len(at) == 1:
            if not (shaped and at[0] in (0, len(units) - 1) and find_date(line) is not None):
                continue
        elif (len(changed) != 1 or any(len(n[k]) > 4 for n in numbers for k in changed)
              or word_count(line) < 4 and not shaped):
            continue
        for i in at:
            dated = i < first_body and i == at[0] and find_date(units[i][0]) is not None
            kinds[i] = Kind.DATE if dated else Kind.FURNITURE


def _unmarked_items(units: list[tuple[str, bool]], kinds: list[Kind]) -> None:
    """Take the marker off each item, in *units*, of a bulleted list among a report's paragraphs
    ("* Ferries: ...", "• Schools: ..."): two body lines or more in a row, each opening with the
    same marker (:data:`_BULLET`), are each a paragraph of the item's text, as a list in HTML gives it."""
    i = 0
    while i < len(units):
        marker = _BULLET.match(units[i][0]) if kinds[i] is Kind.BODY else None
        j = i + 1
        while (marker and j < len(units) and kinds[j] is Kind.BODY
               and (item := _BULLET.match(units[j][0])) and item[0].strip() == marker[0].strip()):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                units[k] = (_BULLET.sub("", units[k][0], count=1), units[k][1])
        i = j


#: A newsletter's salutation opening its greeting line: the words up to its first stop, comma or
#: exclamation mark ("Good morning.", "Bonjour !").
_SALUTATION = re.compile(r"^[^.!,]{1,40}[.!,]\s+")
#: The fewest items of a bulleted list (:data:`_BULLET`) a greeting's intro leads in to.
LEAD_IN_ITEMS = 2


def _list_lead_ins(units: list[tuple[str, bool]], kinds: list[Kind]) -> None:
    """Mark as body, in *kinds*, a briefing's intro that leads in to its list: a greeting that says
    more than its salutation (:func:`is_greeting`: "Good morning. Here is what is happening on the
    coast today.") right above :data:`LEAD_IN_ITEMS` bulleted items or more, which are the briefing's
    text. The intro is kept without its salutation; a greeting alone, or one above a report's
    paragraphs (a one-story newsletter's), stays the furniture it is."""
    for i, (line, blank) in enumerate(units[: -LEAD_IN_ITEMS]):
        if kinds[i] is not Kind.FURNITURE or not is_greeting(line):
            continue
        salutation = _SALUTATION.match(line)
        rest = line[salutation.end() :].strip() if salutation else ""
        items = units[i + 1 : i + 1 + LEAD_IN_ITEMS]
        if word_count(rest) >= 3 and all(_BULLET.match(item) for item, _ in items):
            units[i] = (rest, blank)
            kinds[i] = Kind.BODY


def _capitals_names(units: list[tuple[str, bool]], kinds: list[Kind]) -> None:
    """Mark as a byline, in *kinds*, a name printed in capitals on a line of its own under a
    report's headline, as an e-paper or a print page sets its writer ("LIISA ESIMERKKI" under the
    headline and deck): two or three words, shaped as a person's name once written so
    (:func:`is_person_name`), no place's, a section's or an outlet's, above the report's first
    paragraph and under a heading that is the headline (in small letters, or of three words or more).
    A shouted headline or deck ("FERRY RETURNS", "STORM HITS COAST") tells of what the report
    tells: some word of it stands in the report in small letters, where a name's words never do."""
    first = next((i for i, k in enumerate(kinds) if k is Kind.BODY), None)
    if first is None:
        return
    told: set[str] | None = None
    for i in range(1, first):
        line = units[i][0].strip()
        names = line.split()
        if (kinds[i] is not Kind.HEADING or not in_capitals(line) or not 2 <= len(names) <= 3
                or not all(re.fullmatch(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?", w) for w in names)):
            continue
        if (not is_person_name(_person_case(line)) or known_place(line) or is_section_label(line)
                or is_outlet_name(line) or is_outlet_name(_person_case(line))):
            continue
        if not any(kinds[j] is Kind.HEADING and (not in_capitals(units[j][0]) or word_count(units[j][0]) >= 3)
                   and not is_section_label(units[j][0]) for j in range(i)):
            continue
        if told is None:
            told = {w for u, k in zip(units[first:], kinds[first:]) if k is Kind.BODY
                    for w in re.findall(r"[^\W\d_]+", u[0]) if w[0].islower()}
        if not any(w.casefold() in told for w in re.findall(r"[^\W\d_]+", line)):
            kinds[i] = Kind.BYLINE


def _near_duplicate(a: str, b: str) -> bool:
    """Whether one line repeats the other, maybe with a credit appended (captions)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 20 and long.startswith(short.rstrip(".")) and len(long) - len(short) <= 60


#: The heading of a comments section.
_COMMENTS = re.compile(
    r"^(?:\d+ |no )?(?:comments?|responses?|replies)(?: \(\d+\))?:?$|^(?:leave a (?:reply|comment)|join the "
    r"(?:conversation|discussion)|(?:show|view|load|read) (?:all )?(?:\d+ )?comments|comments are closed)\b",
    re.I,
)
#: A label on a line of its own, for the caption or credit on the next line.
_CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|video) (?:source|caption|credit)\b(?:,.{0,40})?:?$|^(?:image|photo|picture|caption):$", re.I
)
#: No caption is longer than this; a longer line after a label is the report going on.
CAPTION_WORDS = 40
#: What a comments section holds besides comments: reply links, the form to write one.
_COMMENT_PART = re.compile(r"^(?:reply|leave a (?:reply|comment)|post a comment|your email address|comments are closed)\b", re.I)
#: How many short lines in a row make a menu.
MENU_RUN = 5
_MENU_KINDS = (Kind.HEADING, Kind.SOURCE, Kind.FURNITURE)


#: A numbered item: "1. Portsea", "2) Northbank".
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
#: The most words of a list item under a lead-in that has no marker of its own.
LIST_ITEM_WORDS = 15


#: A line this long that does not end like a sentence is a paragraph where the report's
#: paragraphs surround it, not a heading (headlines and subheads are shorter).
PARAGRAPH_WORDS = 15


#: How many lines are judged between two reports of a page's progress (:func:`core.progress.report`).
REPORT_LINES = 2000


def classify(text: str, *, language: str | None = None) -> list[Unit]:
    """Classify every line of a page, using position and repetition as well as shape; *language*
    is the page's (:func:`classify_line`)."""
    units = split_units(text)
    kinds = []
    for number, (line, _) in enumerate(units, 1):
        kinds.append(classify_line(line, language=language))
        if not number % REPORT_LINES and number < len(units):
            report("reading", number, len(units))  # a huge file's lines, told as they are judged

    # Repetition within the page: a line printed twice close together is a photo
    # caption (with its credit on one copy) or a "related story" link, never body.
    for i, (line, _) in enumerate(units):
        if len(line) > REPEATED_MOST:
            continue
        for j in range(i + 1, min(i + 4, len(units))):
            if _near_duplicate(line, units[j][0]):
                for k in (i, j):
                    if kinds[k] in (Kind.BODY, Kind.HEADING, Kind.CAPTION):
                        shape_is_caption = is_sentence(units[k][0]) or _CREDIT.search(units[k][0])
                        kinds[k] = Kind.CAPTION if shape_is_caption else Kind.FURNITURE
    _running_heads(units, kinds)
    _list_lead_ins(units, kinds)
    # A run of short lines is a menu ("News", "Opinion", "Sport", ...), whatever each
    # looks like alone: a site's sections, a station's programmes.
    run: list[int] = []
    for i, (line, _) in enumerate([*units, ("", False)]):
        if i < len(units) and kinds[i] in _MENU_KINDS and word_count(line) <= 3 and not is_sentence(line):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            for k in run:
                kinds[k] = Kind.FURNITURE
        run = []
    # "Image caption," or "Photo:" on a line of its own labels the line after it.
    for i, (line, _) in enumerate(units[:-1]):
        if _CAPTION_LABEL.match(line):
            kinds[i] = Kind.FURNITURE
            if kinds[i + 1] in (Kind.HEADING, Kind.BODY) and word_count(units[i + 1][0]) <= CAPTION_WORDS:
                kinds[i + 1] = Kind.CAPTION
    # A person's name on a line of its own, the agency they write for in brackets under it (AAP's
    # "Jane Example" / "(Australian Associated Press)"), above the report: its byline and credit.
    first = next((i for i, k in enumerate(kinds) if k is Kind.BODY), None)
    for i in range(min(first if first is not None else 0, len(units) - 1)):
        credit = re.fullmatch(r"\((?P<name>[^()]{2,60})\)", units[i + 1][0].strip())
        if (kinds[i] is Kind.HEADING and credit and is_person_name(units[i][0])
                and (is_outlet_name(credit["name"]) or _names_agency(credit["name"]))):
            kinds[i], kinds[i + 1] = Kind.BYLINE, Kind.SOURCE
    _capitals_names(units, kinds)
    # A wire byline's second line, the writer's role ("By ANA EXAMPLE" / "Example Press Writer",
    # "Northwire Correspondent", "Staff Writer"): the outlet they write for, or no one's name.
    for i in range(1, first if first is not None else 0):
        if kinds[i - 1] is Kind.BYLINE and (outlet := writer_role(units[i][0])) is not None:
            kinds[i] = Kind.SOURCE if outlet else Kind.FURNITURE
        elif kinds[i - 1] is Kind.BYLINE and kinds[i] is not Kind.BYLINE and is_role_line(units[i][0]):
            # (or the role and where it is held: "Correspondent in Kessra", "Envoyée spéciale à Oskaryn")
            kinds[i] = Kind.FURNITURE
    # A standfirst that ends like a sentence looks like body text; it is the deck when
    # the byline or date still follow it before the report begins.
    if first is not None and Kind.HEADING in kinds[:first]:
        after = next(
            (k for j, k in enumerate(kinds[first + 1 :], first + 1)
             if k not in (Kind.FURNITURE, Kind.CAPTION) and not (k is Kind.HEADING and word_count(units[j][0]) <= 3)),
            None,
        )
        if after in (Kind.DATE, Kind.BYLINE) and Kind.BODY in kinds[first + 1 :]:
            kinds[first] = Kind.HEADING
    _short_openings(units, kinds)
    # A paragraph without its closing mark (a scrape that lost it, a line ending in a control
    # character) is headline-shaped: where a long one stands in the report, right after its
    # byline or a paragraph and right before a paragraph, it is a paragraph (a box between
    # paragraphs, "Sign up ..." around its pitch, is not).
    for i in range(1, len(kinds) - 1):
        if (
            kinds[i] is Kind.HEADING and word_count(units[i][0]) >= PARAGRAPH_WORDS
            and kinds[i - 1] in (Kind.BODY, Kind.BYLINE, Kind.DATE, Kind.SOURCE) and kinds[i + 1] is Kind.BODY
        ):
            kinds[i] = Kind.BODY
    # "Read more:" style markers take the headline-shaped lines that follow them,
    # and a list right after a prompt is the prompt's list of selling points.
    in_block = False
    for i, (line, blank) in enumerate(units):
        kind = kinds[i]
        marker = kind is Kind.FURNITURE and (
            _LIST_MARKER.search(line) is not None or (_chrome_hits(line) and line.endswith("!"))
        )
        if marker:
            in_block = True
            continue
        if in_block and (kind is Kind.HEADING or _BULLET.match(line)) and not _follows_source(units, kinds, i):
            kinds[i] = Kind.FURNITURE
            continue
        in_block = in_block and kind is Kind.FURNITURE

    # Readers' comments are not the report: from a comments heading after the report
    # has begun, everything is furniture ("2 Comments", then names, dates and replies).
    # A "Comments" button inside the report is not such a heading: comments carry
    # their time stamps and "Reply" links, or a form, right below it.
    first = next((i for i, k in enumerate(kinds) if k is Kind.BODY), len(units))
    end = next(
        (
            i for i in range(first + 1, len(units))
            if _COMMENTS.match(units[i][0])
            and any(kinds[j] is Kind.DATE or _COMMENT_PART.match(units[j][0]) for j in range(i, min(i + 8, len(units))))
        ),
        len(units),
    )
    kinds[end:] = [Kind.FURNITURE] * (len(units) - end)
    # A heading over teasers of other reports after the report has begun ("MORE FROM NORDWIRE",
    # "Related stories") ends it: each teaser's headline and opening lines are theirs, though the
    # opening reads as a paragraph ("SKARVIK, March 8 (NordWire) - ..."). Not a "Read more" link,
    # which closes each item of a digest, nor "Top stories", which may head a digest's items.
    end = next((i for i in range(first + 1, len(units)) if kinds[i] in (Kind.FURNITURE, Kind.HEADING)
                and _OTHER_REPORTS.match(units[i][0]) and word_count(units[i][0]) <= 8
                and i + 1 < len(units) and kinds[i + 1] in (Kind.HEADING, Kind.FURNITURE)), len(units))
    kinds[end:] = [Kind.FURNITURE] * (len(units) - end)
    # A note about the author closes a report ("Lee covers diplomacy for The Associated
    # Press."); inside the report the same words are news about a journalist.
    for i in range(len(units) - 1, -1, -1):
        if kinds[i] is not Kind.BODY:
            continue
        if not (_AUTHOR_BIO.match(units[i][0]) and word_count(units[i][0]) <= 30):
            break
        kinds[i] = Kind.FURNITURE
    # Inside a report, the short lines its paragraphs surround are the report's: a quote ending in
    # its closing mark („...“, «...», 「...」), a lead-in ending in a colon ("The mayor also said:")
    # and the list under it, bullets and numbered items. (A line that states nothing of this -
    # a subhead - stays a heading; a "Read more:" list is furniture already.)
    first = next((i for i, k in enumerate(kinds) if k is Kind.BODY), len(units))
    last_body = max((i for i, k in enumerate(kinds) if k is Kind.BODY), default=-1)
    listing = False
    for i in range(first + 1, last_body):
        line = units[i][0]
        if kinds[i] is not Kind.HEADING:
            listing = listing and kinds[i] is Kind.BODY and line.rstrip().endswith(":")
            continue
        lead_in = line.rstrip().endswith(":")
        if is_sentence(line) or lead_in or _BULLET.match(line) or _NUMBERED.match(line) or (
            listing and word_count(line) <= LIST_ITEM_WORDS
        ):
            kinds[i] = Kind.BODY
            listing = listing or lead_in
            if _BULLET.match(line):  # the item's text, as a list in HTML gives it
                units[i] = (_BULLET.sub("", line, count=1), units[i][1])
        else:
            listing = False
    # Short sentences right after the last body paragraph close the report ("Dozens have been
    # reported injured."): a menu or a link list names things, it states nothing; a sign-off is
    # no news. Then, after the report, headline-shaped lines are menus and link lists.
    while (
        0 <= last_body < len(units) - 1 and kinds[last_body + 1] is Kind.HEADING
        and is_sentence(line := units[last_body + 1][0]) and word_count(line) >= 2
        and not is_signoff(line) and not _chrome_hits(line)
    ):
        last_body += 1
        kinds[last_body] = Kind.BODY
    last_body = _closing_lines(units, kinds, last_body)
    for i in range(last_body + 1, len(units)):
        if kinds[i] in (Kind.HEADING, Kind.SOURCE, Kind.BYLINE):
            kinds[i] = Kind.FURNITURE
    _unmarked_items(units, kinds)
    return [Unit(line, kind, blank) for (line, blank), kind in zip(units, kinds, strict=True)]


#: What a line cut off mid-sentence ends on: a comma, a semicolon, a dash.
_RUNS_ON = re.compile(r"[,;\u2013\u2014-]\s*$")
#: The fewest words of a line cut off mid-sentence ("Best regards," is a valediction).
CUT_LINE_WORDS = 6
#: A web or mail address closing a line ("Unsubscribe: https://...", "Write to desk@..."): a
#: footer's or a signature's, not running text.
_ENDS_ON_ADDRESS = re.compile(r"(?:https?://|www\.|@)\S*\s*$", re.I)
#: The share of a line's longer words (after its first) set with a capital above which the line
#: is in title case ("Ferry Operator Faces Questions Over Safety Checks"): a headline's, not
#: running text's (German prose capitalises its nouns, about a third of its words).
TITLE_CASE_SHARE = 0.6


def _title_cased(line: str) -> bool:
    """Whether *line* sets most of its words of four letters or more, after the first, with a capital."""
    words = re.findall(r"[^\W\d_]{4,}", line)[1:]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words)


def _closing_lines(units: list[tuple[str, bool]], kinds: list[Kind], last_body: int) -> int:
    """Mark as body, in *kinds*, the lines without a closing stop that end the report right after
    its last paragraph (index *last_body*), and return the index of its new last paragraph.

    Headline-shaped lines after a report are a link list or a menu, except the report's own
    end: a lead-in ending in a colon and the list under it (items of at most
    :data:`LIST_ITEM_WORDS` words, or bulleted or numbered; a blank line after items set
    without one ends it), a line of :data:`PARAGRAPH_WORDS` words or more that is not in title
    case, and a line of :data:`CUT_LINE_WORDS` words or more cut off mid-sentence (ending in a
    comma, a semicolon or a dash). A line with page chrome, a sign-off, or a "Read more:"
    opening (:data:`_LIST_MARKER`) ends the report; a valediction or a line ending on a web or
    mail address is no running text."""
    if last_body < 0:
        return last_body
    listing = units[last_body][0].rstrip().endswith(":")
    items = 0
    tight = False  # whether the list's items are set without blank lines between them
    for i in range(last_body + 1, len(units)):
        line, blank = units[i]
        if kinds[i] is not Kind.HEADING or _chrome_hits(line) or is_signoff(line):
            break
        if _LIST_MARKER.match(line) or ends_report(line, heading=True):
            break
        marked = bool(_BULLET.match(line) or _NUMBERED.match(line))
        item = listing and (marked or word_count(line) <= LIST_ITEM_WORDS) and not (tight and blank)
        lead_in = not listing and line.rstrip().endswith(":")
        text = not _ENDS_ON_ADDRESS.search(line) and not VALEDICTION.match(line) and (
            word_count(line) >= PARAGRAPH_WORDS and not _title_cased(line)
            or word_count(line) >= CUT_LINE_WORDS and _RUNS_ON.search(line)
        )
        if not (item or lead_in or text):
            break
        if item:
            items += 1
            tight = not blank if items == 2 else tight
        kinds[i] = Kind.BODY
        if item and _BULLET.match(line):  # the item's text, as a list in HTML gives it
            units[i] = (_BULLET.sub("", line, count=1), blank)
        listing = listing or lead_in
        last_body = i
    return last_body


#: The lines that sign a report between its headline and its first paragraph.
SIGNATURE = (Kind.BYLINE, Kind.DATE, Kind.SOURCE)


def _short_openings(units: list[tuple[str, bool]], kinds: list[Kind]) -> None:
    """Mark as body, in *kinds*, the short lines that open a report: a paragraph may be a word
    ("Guilty.", "Why?"), which by its shape alone is headline-shaped.

    Such lines end as a sentence does and stand right above a report's paragraph (page
    furniture and captions aside), under its byline, date or source line or under a headline
    that does not end as a sentence: no headline, deck or label stands there. The first line of
    a page, with nothing above it, stays the headline it may be.
    """
    for i, kind in enumerate(kinds):
        if kind is not Kind.BODY:
            continue
        opening: list[int] = []
        j = i - 1
        while j >= 0 and (kinds[j] in (Kind.FURNITURE, Kind.CAPTION) or kinds[j] is Kind.HEADING and is_sentence(units[j][0])):
            if kinds[j] is Kind.HEADING:
                opening.append(j)
            j -= 1
        if opening and j >= 0 and kinds[j] in (*SIGNATURE, Kind.HEADING):
            for k in opening:
                kinds[k] = Kind.BODY


def _follows_source(units: list[tuple[str, bool]], kinds: list[Kind], i: int) -> bool:
    """Whether the heading at *i* opens a report: a byline, source or date line follows it."""
    seen = 0
    for j in range(i + 1, len(units)):
        if kinds[j] in (Kind.BYLINE, Kind.SOURCE) or (
            kinds[j] is Kind.DATE and _RELATIVE_TIME.match(units[j][0])
        ):
            return True
        if kinds[j] is Kind.DATE and seen == 0:
            return True
        if kinds[j] is Kind.BODY or seen >= 2:
            return False
        seen += 1
    return False


def opens_report(units: list[Unit], i: int) -> bool:
    """Whether the heading at *i* is the headline of a new report with its own source line."""
    return _follows_source(
        [(u.text, u.blank_before) for u in units], [u.kind for u in units], i
    )


# --- the article ----------------------------------------------------------------

#: A file name that is an identifier rather than a name ("3f9a0c1e2b7d4a6c9e1f", "1699260371",
#: "002_03d1ab726d91d2df"): every part between separators is digits, hex of six or more
#: characters, or long with many digits.
_OPAQUE_PART = re.compile(r"^(?:\d+|[0-9a-f]{6,}|(?=\w{16,}$)(?=(?:\D*\d){4})[A-Za-z0-9]+)$", re.I)


def _opaque_name(stem: str) -> bool:
    """Whether a file's name is an identifier (a hash, a number) rather than a name."""
    parts = [p for p in re.split(r"[_\-.\s]+", stem) if p]
    return bool(parts) and all(_OPAQUE_PART.match(p) for p in parts)


def outlet_label(*, url: str | None, path: str, article: str) -> str:
    """The outlet of an article that nothing names: a short, honest label.

    The host of its address ("harbour-gazette.example"), else its file's name where that
    is a name ("01-hardwrap-wire"), else "unknown" with the first six characters of the
    article's id (*article*), so two unknown outlets stay apart. Never a file hash.
    """
    for address in (url, path):
        if address and "://" in address:
            host = (urlsplit(address).hostname or "").removeprefix("www.")
            if is_site_host(host):
                return host
            stem = PurePosixPath(unquote(urlsplit(address).path)).stem  # a bare address's page: its file's name, as written
            if host and stem and not _opaque_name(stem) and len(stem) <= 40:
                return stem
    stem = Path(path.split("?")[0].split(":")[0]).stem if path and "://" not in path else ""
    if stem and not _opaque_name(stem) and len(stem) <= 40:
        return stem
    for address in (url, path):
        bare = urlsplit(address).hostname if address and "://" in address else None
        if bare:
            return bare  # a bare address whose page has no name of its own
    return f"unknown {article[:6]}"


def is_site_host(host: str | None) -> bool:
    """Whether an address's *host* names a site ("harbour-gazette.example"), not a machine: an IP
    address ("127.0.0.1", "::1") or a name without a dot ("localhost", a computer on the local
    network) is a server a page was fetched from, which says nothing of who ran it."""
    import ipaddress

    if not host:
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return "." in host
    return False


#: The marks that set the direction of the text around them (left-to-right and right-to-left
#: marks, Arabic's letter mark, embeddings and isolates): at a field's ends they mark nothing.
DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_NO_DIRECTION_MARKS = dict.fromkeys(map(ord, DIRECTION_MARKS))


def _one_line(text: str | None) -> str:
    """*text* on one line, sanitised, without the direction marks at its ends (a Dhivehi feed's
    title closing on U+200F)."""
    return sanitize(" ".join((text or "").split())).strip(DIRECTION_MARKS + " ")


#: The most words of a note about the author closing a report.
AUTHOR_NOTE_WORDS = 40
#: What a note about the author says after the name: what they are or do.
_AUTHOR_NOTE_VERB = r"(?:is|was|covers|writes|reports|teaches|works|served|has (?:been|written|covered|reported))\b"


def _about_author(paragraph: str, byline: str) -> bool:
    """Whether *paragraph* is a note about one of the people *byline* names, as a report's last
    paragraph: it opens with their full name and says what they are or do ("Graham Whitcombe
    is a former deputy chief economist at a major Canadian bank."), in a sentence or two."""
    if word_count(paragraph) > AUTHOR_NOTE_WORDS:
        return False
    names = [n.strip() for n in re.split(r"\s*(?:,|;|·| and | & )\s*", byline) if len(n.split()) >= 2]
    return any(re.match(rf"{re.escape(name)}(?:, [^,]{{1,80}},)? {_AUTHOR_NOTE_VERB}", paragraph) for name in names)


#: A byline in the wire's style, the names in capitals and the agency after them, with or without
#: a comma: "JOHN MARSH Associated Press", "JOHN MARSH, Associated Press".
_CAPITALS_BYLINE = re.compile(r"^(?P<names>[A-Z][A-Z.'’-]*(?:(?:,? | and | & )[A-Z][A-Z.'’-]*)+)(?:,?\s+(?P<signed>[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,3}))?$")


def _person_case(name: str) -> str:
    """A name printed in capitals as people write it: "JOHN MARSH" is "John Marsh", "ANA DE LA
    CRUZ" "Ana de la Cruz", "O'BRIEN" "O'Brien"."""
    words = []
    for at, word in enumerate(name.split()):
        if at and word.lower() in _NAME_PARTICLES:
            words.append(word.lower())
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), word))
    return " ".join(words)


def people_byline(byline: str) -> str:
    """*byline* with the names a wire prints in capitals written as names are ("JOHN MARSH"
    is "John Marsh"), and without the agency signed after them ("JOHN MARSH, Associated Press"
    is "John Marsh": the agency is the credit, in the dateline, or the outlet). Any other byline
    is returned as it is ("Jane Doe, CNN": an outlet signed in a byline in mixed case credits who
    made the report, a partner broadcaster's "..., NDR")."""
    names, comma, signed = byline.strip().rpartition(",")
    if comma and is_outlet_name(signed.strip()) and _CAPITALS_BYLINE.match(names.strip()) and not is_outlet_name(names.strip()):
        byline = names  # "SEAN O'BRIEN, AP": the agency after the names in capitals, as "..., Associated Press"
    found = _CAPITALS_BYLINE.match(byline.strip())
    if found is None or is_outlet_name(found["names"]) or found["signed"] is not None and not is_outlet_name(found["signed"]):
        return byline  # "BBC NEWS" is an outlet; "JOHN MARSH, Deputy Editor" signs no outlet
    names = found["names"]
    if sum(c.isalpha() for c in names) < 4:
        return byline
    return _person_case(names).replace(" And ", " and ")


def without_own_outlet(byline: str, outlet: str | None, *, credit: str | None = None) -> str:
    """*byline* without the *outlet* it was read for signed after its names ("Sofie Wouters,
    Scheldt Courier" on the Scheldt Courier's page is "Sofie Wouters"): a byline holds people; the
    outlet is the article's own field. So for the agency the article's dateline *credit* names
    (:func:`core.text.dateline_credit`), by its name or initials: "Ana Example, Tarn Wire" over
    "HOLMBY, March 3 (Tarn Wire) -" is "Ana Example", the dateline keeps the credit the views read
    wire copy by (:func:`core.views.facts.origin_of`). Another outlet signed so stays ("Jane Doe, CNN" on a partner's page
    credits who made the report: the byline is the only place that says so), as does a byline
    that is the outlet alone."""
    names, comma, signed = byline.rpartition(",")

    def key(name: str) -> str:
        return " ".join(name.casefold().split()).removeprefix("the ")

    if not comma or not names.strip() or not signed.strip():
        return byline
    if outlet and key(signed) == key(outlet) or credit and (credit_names(credit, signed) or credit_names(signed, credit)):
        return names.strip()
    return byline


#: The articles a name may open with in the languages news is read in ("The", "Le", "Die", "De",
#: "Il", "El"), left aside where a dateline's place is compared with an outlet's name.
_NAME_ARTICLES = re.compile(r"^(?:the|le|la|les|l'|l’|der|die|das|de|het|il|lo|el|los|las|o|a)\s*", re.I)


def names_outlet(dateline: str | None, outlet: str | None) -> bool:
    """Whether the place *dateline* gives (:func:`core.text.dateline_place`) is the name of
    *outlet*, the article's own, accents, case and a leading article aside ("LE COURRIER DU RHÔNE"
    of Le Courrier du Rhône's page; "HARBOUR HERALD" of the Harbour Herald's): a page that sets its
    own name as its dateline gives no place where the report was filed."""
    place = dateline_place(dateline)
    if not place or not outlet:
        return False

    def key(name: str) -> str:
        return _NAME_ARTICLES.sub("", " ".join(search_fold(name).split()))

    return key(place) == key(outlet)


def _dateline_after_outlet(paragraph: str) -> tuple[str | None, str]:
    """:func:`split_dateline` of a lead whose outlet's name headed it: the words after that name
    stand where a dateline stands, so a place there is read in whatever case it is written
    ("Lyon, 14 novembre — ..." as "LYON, 14 novembre — ..."), where a lead opening so is no dateline."""
    dateline, rest = split_dateline(paragraph)
    place = re.match(r"[^,(/—–]+", paragraph)
    if dateline is None and place and len(upper := place[0].upper()) == place.end():
        found, rest = split_dateline(raised := upper + paragraph[place.end() :])
        if found is not None and raised.startswith(found) and paragraph.endswith(rest):
            return paragraph[: len(found)], rest
    return dateline, rest


_T = TypeVar("_T")
#: The passes :func:`make_article` makes over an article's paragraphs, reported as the step "making"
#: (:func:`core.progress.report`, every :data:`REPORT_LINES` paragraphs): each put on one line, the
#: scan for a press release's legal close, the outlet's notes among them. A page of 38,000 paragraphs
#: spent some 5 s there with no word after its blocks were read (trial 47 F12).
MAKE_PASSES = 3


def _making(items: Iterable[_T], done: int, size: int) -> Iterator[_T]:
    """*items*, one of :func:`make_article`'s passes over *size* paragraphs after *done* units of the
    step were done, told as they go (:data:`MAKE_PASSES`)."""
    for number, item in enumerate(items):
        if number and not number % REPORT_LINES:
            report("making", done + number, MAKE_PASSES * size)
        yield item


def make_article(
    *,
    path: str,
    outlet: str | None,
    title: str | None,
    paragraphs: tuple[str, ...],
    byline: str | None = None,
    published: str | None = None,
    url: str | None = None,
    standfirst: str | None = None,
    captions: tuple[str, ...] = (),
    dateline: str | None = None,
    subheads: tuple[tuple[int, str], ...] = (),
    teaser: bool = False,
    split_first: bool = True,
    place: str | None = None,
) -> Article:
    """The one constructor of an article from what an input's reader found.

    Every value is sanitised and put on one line; *paragraphs* must not be empty, and lose the
    report's labels in brackets heading them ("【速報】": :func:`without_bracket_label`). The
    wire dateline of the first paragraph, or of the second after a standfirst, comes off into
    ``dateline`` (unless *split_first* is False: the reader did it); a last paragraph that is a
    note about the byline's author (:func:`_about_author`) or the publisher's disclaimer
    (:func:`is_closing_disclaimer`) goes. Without a title, the first paragraph stands for it (cut at
    90 characters; a newest-first live page's once read oldest first: its summary or oldest update); without an outlet, :func:`outlet_label` names it.

    Where the reporter filed from, as the byline or a credit line gives it, is the dateline where
    the report gives none: *place* (a page's "【バレッタ＝山田健一】" above the report), or a place
    signed after the byline's names ("Katrin Vogel, Valletta": :func:`byline_place`), which comes
    off the byline. A dateline that names its reporter gives the byline where there is none
    (:func:`dateline_reporter`: "【バレッタ＝山田健一】" opening the lead, "(서울=연합뉴스) 홍길동 기자").
    """
    # a report's label in brackets heading a paragraph ("【速報】県は4日...") is no word of it
    lines = [without_bracket_label(_one_line(p)) for p in _making(paragraphs, 0, len(paragraphs))]
    kept, once = _kept_once(lines)
    if len(kept) < len(lines):  # renumber the subheads past an empty paragraph or a repeat left out
        subheads = tuple((kept.index(i), t) for i, t in subheads if i in kept)
    repeated = tuple((kept.index(i), copies) for i, copies in once.items())
    body = tuple(lines[i] for i in kept)
    if not body:
        raise ValueError("an article needs a paragraph")
    if names_outlet(dateline, outlet):
        dateline = None  # a dateline element holding the outlet's own name: no place
    if split_first and dateline is None:
        # The report's first paragraph, or its second after a page's standfirst ("Five dead after
        # blast at plant" above "BRACKWATER, Texas (AP) — An explosion tore ..."); a subhead above
        # them ("What we know") is none of them.
        headed = {i for i, _ in subheads}
        for at in [i for i in range(len(body)) if i not in headed][:2]:
            dateline, opening = split_dateline(body[at])
            while dateline is not None and opening and names_outlet(dateline, outlet):
                # the outlet's name heading its lead ("LE COURRIER DU RHÔNE — Lyon, 14 novembre —
                # ..."): no word of the report, and no place; the dateline after it is the report's
                body = (*body[:at], opening, *body[at + 1 :])
                dateline, opening = _dateline_after_outlet(opening)
            if dateline is not None:
                if opening:
                    body = (*body[:at], opening, *body[at + 1 :])
                break
    if dateline is not None:
        dateline, reporters = dateline_reporter(_one_line(dateline), body)
        byline = byline or ", ".join(reporters) or None
    if byline and (bracketed := re.fullmatch(r"【(?P<place>[^【】＝=\s]{1,16})】", _one_line(byline))):
        # a Japanese wire's byline element holding its dateline alone, "【帯広】": where it was filed, no one's name
        byline, place = None, place or bracketed["place"]
    if byline and (credit := credited_place(_one_line(byline))) is not None:
        byline, place = credit[0], place or credit[1] or None  # "記者 陳怡君／臺南報導": the reporter, and where from
    if byline:
        byline, signed_place = byline_place(_one_line(byline), body, outlet=outlet, title=title)
        place = place or signed_place
    dateline = dateline or place
    while len(body) >= 2 and is_closing_disclaimer(body[-1]):
        body = body[:-1]  # the publisher's disclaimer under the report ("Disclaimer: Data are provisional ...")
    if len(body) >= 2 and byline and _about_author(body[-1], _one_line(byline)):
        body = body[:-1]  # a note about who wrote it, closing the report
    size = len(body)
    report("making", size, MAKE_PASSES * size)
    if (legal := next((i for i in _making(range(1, len(body)), size, size) if is_legal_close(body[i])), None)) is not None:
        body = body[:legal]  # a press release's legal close, its contacts and its "About": every release's own
    # (at the end only: a heading with at most six paragraphs under it, fewer than above it; an essay's
    # "Avertissement" halfway down heads more of the essay)
    if (notes := next((i for i in range(2, len(body)) if len(body) - i - 1 <= min(6, i - 1) and releases_notes(body[i], body[i + 1 :])),
                      None)) is not None:
        body = body[:notes]  # a release's notes to editors, or its "About the company", and all after it
    # a live page that prints its updates newest first is read oldest first, as a story's articles are
    if (order := _oldest_first(body, [i for i, _ in subheads])) != list(range(len(body))):
        moved = {old: new for new, old in enumerate(order)}
        body = tuple(body[i] for i in order)
        subheads = tuple((moved[i], t) for i, t in subheads if i < len(body))
        repeated = tuple((moved[i], copies) for i, copies in repeated if i < len(body))
    # (after the order: a newest-first page's first paragraph is its newest update, which the next
    # update replaces; the headline, and the id made of it, would change as the page grows)
    first = body[0]
    title = _one_line(title) or (first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "…")
    named = _one_line(outlet)
    clean_url = sanitize(url.strip()) if url and url.strip() else None
    ident = article_id(named or "unknown", title, body)
    report("making", 2 * size, MAKE_PASSES * size)
    noted = {i for i, p in enumerate(_making(body, 2 * size, size)) if is_article_note(p)}
    report("making", MAKE_PASSES * size, MAKE_PASSES * size)
    return Article(
        id=ident,
        path=path,
        outlet=named or _one_line(outlet_label(url=clean_url, path=path, article=ident)),  # a file's name: no newline in it
        title=title,
        paragraphs=body,
        byline=without_own_outlet(people_byline(_one_line(byline)), named, credit=dateline_credit(dateline)) or None,
        published=published,
        url=clean_url,
        standfirst=_one_line(standfirst) or None,
        captions=captions,
        dateline=_one_line(dateline) or None,
        # the outlet's notes on its article (a correction, an update) are no fact it reports
        subheads=tuple(sorted({*((i, body[i]) for i, _ in subheads if i < len(body)),
                               *((i, body[i]) for i in noted)})),
        teaser=teaser,
        repeated=tuple((i, copies) for i, copies in repeated if i < len(body)),
    )


#: A paragraph an input says verbatim this many times or more in one article is kept once (its first
#: copy), and the user is told (:func:`repeats_note`): no report says the same paragraph five times
#: over, and a file of one sentence repeated 1,000 times became 1,000 paragraphs (a 6 MB one 1,500
#: pieces of :data:`MAX_UNIT` and tens of thousands of links). Twice or four times is left alone: a
#: lede repeated at the end, a refrain quoted in a speech.
REPEATS_KEPT_ONCE = 5
#: A paragraph of fewer words than this is a reply or a mark ("Yes.", "No.", "(Laughter)", "* * *"),
#: which a transcript or a long feature does say many times, each time its own paragraph: it is kept
#: once only where its copies are more than half of the article's paragraphs (a file of "Yes." over
#: and over, not an interview).
REPLY_WORDS = 8


def _kept_once(lines: list[str]) -> tuple[list[int], dict[int, int]]:
    """Which of *lines* an article keeps, by index: every one that is not empty, but only the first
    copy of a paragraph repeated verbatim :data:`REPEATS_KEPT_ONCE` times or more (for a short one,
    :data:`REPLY_WORDS`, only where its copies are most of the paragraphs); and, for each paragraph
    kept once, the index of the copy kept with how many copies the lines held."""
    copies = Counter(line for line in lines if line)
    total = sum(copies.values())
    repeats = {
        line for line, n in copies.items()
        if n >= REPEATS_KEPT_ONCE and (word_count(line) >= REPLY_WORDS or n > total / 2)
    }
    kept: list[int] = []
    once: dict[int, int] = {}
    for i, line in enumerate(lines):
        if not line:
            continue
        if line in repeats:
            if any(lines[j] == line for j in once):
                continue
            once[i] = copies[line]
        kept.append(i)
    return kept, once


def repeats_note(article: Article) -> str | None:
    """One line telling the user which paragraphs of *article* its input said verbatim over and over
    and reading kept once (:data:`REPEATS_KEPT_ONCE`), naming where it was read; None when none was.
    "huge.txt: the same text said 1,500 times over is kept once (¶1)". Text, not a paragraph: one
    line of a million letters, cut in equal pieces (:data:`MAX_UNIT`), is the same text over and over
    too, and a fresh user read "a paragraph said 500 times" of a file of one line."""
    if not article.repeated:
        return None
    if len(article.repeated) == 1:
        [(i, copies)] = article.repeated
        return f"{article.path}: the same text said {copies:,} times over is kept once (¶{i})"
    dropped = sum(copies - 1 for _, copies in article.repeated)
    return f"{article.path}: {len(article.repeated)} paragraphs said over and over are kept once each ({dropped:,} copies left out)"


# --- HTML blocks: furniture on every site -----------------------------------------



#: "Subscribe", "subscriber" and "subscription" in the Indian languages: the English loanword in
#: Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam and Urdu letters (with
#: or without a zero-width non-joiner), and their own words for a subscription.
_INDIC_SUBSCRIBE = (
    r"सब्?\u200c?स्?क्र|सदस्यता|সাবস্ক্র|সাবস্ক্রি|ਸਬਸਕ੍ਰ|ਸਬਸਕ੍ਰਿ|ਗਾਹਕੀ|સબ્?\u200c?સ્?ક્ર|લવાજમ"
    r"|சப்ஸ்(?:கி|க்)ரை|சந்தா|సబ్\u200c?స్క్ర|చందా|ಸಬ್\u200c?ಸ್ಕ್ರ|ಚಂದಾ|സബ്\u200c?സ്ക്ര|വരിക്കാ|വരിസംഖ്യ|سبسکر|سبسکرپ"
)
#: "Premium" in those languages' letters, before a word for the article, the notice of a premium
#: article ("यह प्रीमियम लेख है।", "এটি একটি প্রিমিয়াম প্রতিবেদন").
_INDIC_PREMIUM = (
    r"(?:प्रीमियम|প্রিমিয়াম|ਪ੍ਰੀਮੀਅਮ|પ્રીમિયમ|பிரீமியம்|ప్రీమియం|ಪ್ರೀಮಿಯಂ|പ്രീമിയം|پریمیم) ?"
    r"(?:लेख|ख\u093c?बर|\u0959बर|स्टोरी|आर्टिकल|बातमी|কনটেন্ট|প্রতিবেদন|খবর|নিবন্ধ|স্টোরি|ਲੇਖ|ਖ਼?ਬਰ|ਸਟੋਰੀ|લેખ|સમાચાર|સ્ટોરી"
    r"|கட்டுரை|செய்தி|స్టోరీ|కథనం|వార్త|ಲೇಖನ|ಸುದ್ದಿ|ലേഖനം|വാർത്ത|مضمون|خبر|آرٹیکل|कंटेंट|सामग्री)"
)
#: A paywall's notice and buttons: "This article is for subscribers only", "Subscribe to continue
#: reading", "You have reached your free article limit", "Already have an account? Sign in", "See
#: offers", and the same notices in German, French, Spanish, Portuguese, Italian, Dutch, the Nordic
#: languages and Polish: what a notice says of the article ("is for subscribers"), of reading on
#: ("Lesen Sie jetzt weiter"), of an account held ("Al abonnee?") and of cancelling ("Jederzeit kündbar").
_PAYWALL_WORDS = (
    r"subscribers? only|(?:only|exclusively) for (?:paying |paid )?(?:subscribers|members)\b|(?:subscribe|sign up|register|log ?in|sign in)"
    r" (?:now|today|here|to (?:continue|keep|read|get|unlock))"
    r"|already (?:a )?(?:subscriber|member|registered)|already have an account|continue reading|keep reading|read on\W*$"
    r"|unlimited (?:digital )?(?:access|articles|reading)|(?:free|monthly) (?:article|story) limit|reached your (?:\w+ ){0,2}limit"
    r"|(?:read|used|viewed|had) (?:all (?:of )?)?(?:your|the) (?:\w+ ){0,2}free (?:articles|stories)"
    r"|(?:see|view) (?:all |our )?(?:subscription )?offers|become a (?:member|subscriber)|subscription (?:plans|options)"
    r"|(?:this|the) (?:rest of (?:this|the) )?(?:article|story|content) is (?:for|only|available|exclusive|reserved)"
    r"|create a free account|start (?:your|a) (?:free )?(?:\d+-(?:day|week|month) )?(?:free )?trial|to read the full (?:article|story)|subscribe$"
    r"|(?:this|the following) is (?:a |an )?(?:premium|subscriber|members?[’']?|exclusive) (?:article|story|content|piece)"
    r"|to read (?:it|this|the rest|on) in full\b"
    # German, French, Spanish/Portuguese/Italian, Dutch, Swedish/Danish/Norwegian/Finnish, Polish
    r"|(?:nur|exklusiv) für (?:\w+\+? ?)?abonnent(?:en|innen)|jetzt (?:abonnieren|weiterlesen|testen)|bereits abonnent"
    r"|abo abschließen|lesen sie (?:jetzt |hier )?(?:weiter|den (?:ganzen|vollständigen) artikel)|weiterlesen mit"
    r"|jederzeit kündbar|monatlich kündbar"
    r"|réservée? aux abonnés|abonnez-vous|déjà abonné|pour lire la suite|lire la suite|résiliable à tout moment"
    r"|profitez de (?:notre|cette) offre|sans engagement|(?:le|votre) premier mois (?:à|pour) \d"
    r"|il vous reste \d+ ?% de cet article"
    r"|exclusivo para (?:suscriptores|assinantes|socios|abonados)|suscr[íi]bete|seguir leyendo|ya eres suscriptor"
    r"|contenido exclusivo|hazte (?:suscriptor|socio)|cancela cuando quieras"
    r"|já é assinante|continu(?:e|ar) lendo|assine (?:já|agora)|cancele quando quiser"
    r"|riservato agli abbonati|abbonati (?:ora|subito|per (?:continuare|leggere))|sei già abbonato|continua a leggere"
    r"|per continuare a leggere|disdici quando vuoi|puoi disdire quando vuoi"
    r"|(?:alleen|exclusief) (?:beschikbaar )?voor abonnees|word abonnee|al abonnee|neem (?:nu )?een (?:\w+ )?abonnement"
    r"|lees verder met|(?:maandelijks|dagelijks|altijd) opzegbaar"
    r"|(?:endast|bara) för prenumeranter|bli prenumerant|redan prenumerant|(?:kun|bare) for abonnenter"
    r"|bliv? abonnent|allerede abonnent|vain tilaajille"
    r"|tylko dla (?:subskrybentów|prenumeratorów)|wykup (?:subskrypcję|dostęp|prenumeratę)"
    r"|pozostało (?:jeszcze )?\d+ ?% treści|masz już (?:prenumeratę|subskrypcję|konto)"
    r"|exclusiv[oa] para assinantes|conteúdo exclusivo|assine para (?:ler|continuar)"
    # Turkish, Russian, Czech, Greek, Arabic, Hebrew
    r"|(?:yalnızca|sadece) abonelere (?:özel|açık)|zaten abone misiniz|hemen abone olun|devamını okumak için abone olun"
    r"|(?:материал|статья|контент)\w* (?:доступ\w* )?только для подписчиков|оформите подписку|уже есть подписка\?|уже подписаны\?"
    r"|pouze pro předplatitele|už jste předplatitel|μόνο για συνδρομητές|γίνετε συνδρομητής"
    r"|هذا المحتوى للمشتركين فقط|اشترك الآن|هل أنت مشترك|למנויים בלבד"
    # Arabic, Persian, Hebrew, Ukrainian, Romanian, Czech, Greek, Indonesian, Vietnamese, Swahili,
    # Bengali, Tamil: the text for subscribers only, "already a subscriber?", "subscribe to read on"
    r"|(?:متاح )?للمشتركين فقط|(?:لمواصلة|لمتابعة) القراءة|فقط برای مشترکان|مشترک شوید|(?:قبلاً|قبلا) مشترک شده"
    r"|برای (?:خواندن|مطالعه) (?:ادامه|کامل)|(?:כבר )?מנויים\?|כבר מנוי|להמשך (?:קריאה|הקריאה)|(?:זמין|זמינה) למנויים"
    r"|(?:лише|тільки) для (?:передплатників|підписників)|оформіть (?:передплату|підписку)|вже (?:маєте|є) (?:передплат|підписк)"
    r"|(?:doar|numai|exclusiv) pentru abona[țţ]i|abonea[zț][ăa]-te|e[șş]ti deja abonat|pentru a citi (?:în continuare|tot articolul)"
    r"|jen pro předplatitele|předplaťte si|jste již předplatitel|έχετε ήδη συνδρομή|συνεχίστε την ανάγνωση"
    r"|khusus (?:untuk )?(?:pelanggan|member|anggota)|sudah berlangganan\?|berlangganan (?:sekarang|untuk membaca)"
    r"|dành riêng cho (?:hội viên|thành viên|người đăng ký|bạn đọc trả phí)|đã là (?:hội viên|thành viên)|đăng ký để đọc tiếp"
    r"|kwa (?:wanachama|wateja|waliojisajili) (?:pekee|tu)|tayari (?:ni )?mwanachama|jisajili (?:sasa )?ili (?:kuendelea|kusoma)"
    r"|শুধুমাত্র (?:গ্রাহকদের|সাবস্ক্রাইবারদের) জন্য|சந்தாதாரர்களுக்கு மட்டும்"
    # Filipino: "for subscribers only", "subscribe now", "already a subscriber?"
    r"|para (?:lamang|lang) sa mga (?:subscriber|miyembro|suskritor)|mag-?subscribe (?:na|ngayon)|subscriber ka na ba"
    # an offer in the other languages: a verb of subscribing, then a price ("Assine a Folha por R$ 1,90");
    # the price's currency after it where the verb opens the notice ("Abbonati al Corriere: il primo
    # mese a 1 euro"; "Gli abbonati mensili pagheranno 2 euro" is a report's subscribers)
    r"|(?:assine|abonnez-vous|abonnieren sie|suscríbete|abbonati|abonneer|prenumerera|zamów)\b[^.!?]{0,80}?"
    r"(?:R\$|€|£|\$|zł|kr\.?)\s?\d"
    r"|^(?:assine|abonnez-vous|abonnieren sie|suscríbete|abbonati|abonneer|prenumerera|zamów)\b[^.!?]{0,80}?"
    r"\d(?:[.,]\d+)?\s?(?:€|euros?\b|zł|kr\b)"
    # Thai: "subscribe" opening the notice, then a price in baht ("สมัครสมาชิกวันนี้ เดือนแรกเพียง 29 บาท")
    r"|^สมัครสมาชิก[^.!?]{0,80}?\d(?:[.,]\d+)?\s?บาท"
)
#: The same notices in Japanese, Chinese and Korean, whose words no space parts (no \b before them):
#: "この記事は有料会員限定です。残り812文字", "有料会員になると続きをお読みいただけます", "付费阅读",
#: "订阅后阅读全文", "會員專享", "유료 회원 전용".
_PAYWALL_UNSPACED = (
    r"有料会員(?:限定|になると|の方)|続きをお読みいただけます|続きを読むには|残り\d+文字"
    r"|付费(?:阅读|内容|会员)|付費(?:閱讀|內容|會員)|订阅(?:后|後)?(?:阅读|閱讀)全文|訂閱(?:后|後)?閱讀全文|会员专享|會員專享"
    r"|登录后阅读|登入後閱讀|유료 ?회원 ?전용|구독하고 계속|เฉพาะสมาชิก|สมัครสมาชิกเพื่ออ่าน"
)
_PAYWALL = re.compile(rf"\b(?:{_PAYWALL_WORDS})|{_PAYWALL_UNSPACED}|{_INDIC_PREMIUM}", re.I)
_UNSPACED_NOTICE = re.compile(_PAYWALL_UNSPACED)

#: A paywall's notice in any of many languages, by what it is made of rather than its phrases: a
#: word for subscribers or members (the stems of English, the Romance, Germanic, Nordic, Slavic and
#: Baltic languages, Finnish, Hungarian, Greek, Turkish, Indonesian and Malay with their affixes ("melanggan", "pelanggan"), Vietnamese, Hebrew, Arabic) ...
_SUBSCRIBER_STEMS = (
    r"\b(?:subscri(?:ber|ption)|members?[- ]only|abonn(?:ent|é|ee|ement)|prenumer|předplat|predplat|előfizet|tilaaj"
    r"|συνδρομ|подпис|передплат|assinant|assinatur|suscri(?:pt|p)|abbonat|abbonament|abone|pretplat|naročn|(?:me|ber|pe)?langgan"
    r"|hội viên|thành viên|thuê bao"
    r"|מנוי|مشترك|اشتراك"
    # the Indian languages, which write "subscribe" and "subscriber" as loanwords (Hindi and Marathi
    # "सब्सक्राइब", Bengali "সাবস্ক্রাইব", Telugu "సబ్‌స్క్రైబ్", Urdu "سبسکرائب") or in words of their
    # own for a subscription ("सदस्यता", Tamil "சந்தா", Gujarati "લવાજમ", Malayalam "വരിക്കാർ")
    rf"|{_INDIC_SUBSCRIBE})"
    # Thai, which no space parts from the words around it (no \b there): "member", "subscriber"
    r"|สมาชิก|ผู้สมัครรับ"
)
#: ... with what it asks of the reader: to read on, to log in or register, a question ("Already a
#: subscriber?"), or that the rest is only for them ("Denne saken er forbeholdt abonnenter").
_WALL_CUES = (
    r"\?|\b(?:lese videre|läsa vidare|læse videre|lukea|olvas|číst|czyta|читать|читати|leer|ler|lire|leggere|weiterlesen"
    r"|okuma|(?:mem)?baca|read (?:on|further|more|the rest|the full)|continue"
    r"|log ?in|logg inn|logga in|log ind|sign in|kirjaudu|jelentkez|přihlas|prihlás|zaloguj|войд|войти|увійд|connect"
    r"|inicia sesión|accedi|anmelden|einloggen|giriş|masuk|συνδεθ|σύνδεση|regist|registr|prisijung|pieslēg|đăng nhập|đọc tiếp"
    r"|forbeholdt|reserv|riservat|vyhrazen|zastrzeż"
    # "read", "sign in", "log in" in the Indian languages
    r"|प(?:ढ\u093c|\u095d|ढ)|वाच|प(?:ढ\u093c|\u095d|ढ)्|পড়|পড\u09bc|ਪੜ੍ਹ|વાંચ|படிக்க|చదవ|ಓದ|വായിക്ക|پڑھ"
    r"|साइन इन|लॉ?ग ?इन|लॉगिन|সাইন ইন|লগ ?ইন|ਸਾਈਨ ਇਨ|ਲੌਗ ?ਇਨ|સાઇન ઇન|લૉ?ગ ?ઇન|உள்நுழை|சைன் இன்|లాగిన్|సైన్ ఇన్"
    r"|ಲಾಗ್ ?ಇನ್|ಸೈನ್ ಇನ್|ലോഗിൻ|സൈൻ ഇൻ|سائن ان|لاگ ان)"
    r"|เข้าสู่ระบบ|ล็อกอิน|อ่านต่อ"  # Thai: "log in", "read on"
)
#: ... or that the text is only for them: a word for "only" with one for the text itself ("This
#: story is for members only", "Celý článek je jen pro předplatitele"; not "The new service is
#: only for subscribers, the company said").
_ONLY_WORDS = (r"\b(?:only|exclusiv|csak|kun|bare|endast|vain|nur|seulement|solo|sólo|apenas|tylko|pouze|jen|μόνο|только"
               r"|лише|sadece|yalnızca|hanya|tik|tikai|ainult|doar|numai|samo|само|alleen|chỉ)|เท่านั้น|เฉพาะ")
_TEXT_WORDS = (r"\b(?:article|story|content|text|piece|saken|artikkel|artikel|artikeln|cikk|článek|článku|artykuł|стать|artículo"
               r"|artigo|articolo|article|haber|berita|άρθρο|juttu|straipsn|rakst|artikkel|articol|članak|članek|статия"
               r"|nội dung|bài viết|bài báo)|เนื้อหา|บทความ")
_STEM_NOTICE = tuple(re.compile(p, re.I) for p in (_SUBSCRIBER_STEMS, _WALL_CUES, _ONLY_WORDS, _TEXT_WORDS))
#: The most words of a notice :data:`_STEM_NOTICE` reads (a report's sentence on subscribers is longer).
STEM_NOTICE_WORDS = 12


#: A subscription's call to action, whatever the page calls its box: an offer that opens on its verb
#: ("Subscribe to The Morning Post for £1 a week", "Get unlimited journalism for just $1 a week",
#: "Try the Valley Post for €1 for your first month"), an imperative "Subscribe to/for/from", and
#: "Cancel anytime" as a sentence of its own ("Customers can cancel at any time" is the report's;
#: so are "Netflix subscribers will pay £10.99 a month" and "residents could sign up ... for £1").
_OFFER_WORDS = (
    r"^(?:subscribe|sign up|join|get|try|enjoy|read|start)\b[^.!?]{0,80}?\b(?:from|for) (?:just |only )?(?:[£$€]\s?\d|\d+p\b)"
    r"|^subscribe (?:to|for|from)\b|(?:^|[.!]\s+)cancel (?:at )?any ?time\b"
    # a free trial's offer and its button: "Try it free for 14 days.", "Try Ledger Pro for free",
    # "Start your free trial", "Get a 30-day free trial" (not "Customers can try it free for a month")
    r"|(?:^|[.!]\s+)try\b[^.!?]{0,40}?\b(?:for )?free\b(?! of\b)"
    r"|^(?:start|begin|claim|get|activate|redeem|take)\s+(?:your |my |a |the |an )?(?:\S+[- ](?:day|week|month) )?free trial\b"
    r"|^(?:\S+[- ](?:day|week|month) )?free trial\s*[»›>→.!]*$"
)
_OFFER = re.compile(_OFFER_WORDS, re.I)


def is_offer(text: str) -> bool:
    """Whether a block is a subscription's call to action (:data:`_OFFER_WORDS`), of a notice's length."""
    return word_count(text) <= FURNITURE_BLOCK_WORDS and _OFFER.search(text.strip()) is not None


def is_paywall(text: str) -> bool:
    """Whether a block is a paywall's notice or button (:data:`_PAYWALL_WORDS`), of a notice's length:
    :data:`FURNITURE_BLOCK_WORDS` words, or twice as many characters of text no space parts
    (:func:`word_count` counts each one a word: "残り1234文字。続きは有料会員登録でお読みいただけます。" is 24)."""
    found = _PAYWALL.search(text)
    if found is None:
        stems, cues, only, texts = _STEM_NOTICE
        return word_count(text) <= STEM_NOTICE_WORDS and bool(stems.search(text)) and (
            bool(cues.search(text)) or bool(only.search(text)) and bool(texts.search(text)))
    unspaced = bool(_UNSPACED_NOTICE.match(found[0])) and " " not in text.strip()  # (Korean spaces its words)
    return word_count(text) <= FURNITURE_BLOCK_WORDS * (2 if unspaced else 1)


#: The channels a site asks its readers to follow it on besides its pages: messengers, news
#: aggregators and social networks, in Latin letters and in the scripts of the Indian languages,
#: Arabic and Cyrillic ("व्हाट्सएप", "واتساب", "телеграм"). Not the names that are words too ("Line", "Signal", "X").
_CHANNELS = (
    r"(?:whats ?app|telegram|google (?:news|discover|berita|noticias|notícias|actualités|nachrichten|haberler|notizie)"
    r"|instagram|facebook|tiktok|youtube|twitter|bluesky|viber|wechat|kakao ?talk|zalo|flipboard|linkedin|apple news"
    r"|dailyhunt|вконтакте|телеграм|дзен|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|टेलीग्राम|गूगल न्यूज़?|यूट्यूब|फेसबुक|इंस्टाग्राम"
    r"|হোয়াটসঅ্যাপ|টেলিগ্রাম|গুগল নিউজ|ইউটিউব|ফেসবুক|واتساب|واتس اب|تيليجرام|تلغرام|جوجل نيوز|يوتيوب|فيسبوك|واٹس ایپ"
    # Persian, Urdu, Hebrew, Tamil, Thai, Korean, Japanese, Chinese, Greek, Russian and Ukrainian
    r"|تلگرام|واتس\u200c?اپ|واتساپ|اینستاگرام|روبیکا|ٹیلی ?گرام|یوٹیوب|فیس ?بک|וואטסאפ|ווטסאפ|טלגרם|פייסבוק|יוטיוב|אינסטגרם"
    r"|வாட்ஸ்அப்|வாட்ஸ் அப்|டெலிகிராம்|யூடியூப்|ஃபேஸ்புக்|கூகுள் நியூஸ்|ไลน์|เฟซบุ๊ก|ยูทูบ|ติ๊กต็อก|(?-i:LINE)"
    r"|카카오톡|카톡|텔레그램|유튜브|페이스북|인스타그램|ライン公式|(?-i:LINE)公式|テレグラム|ユーチューブ|フェイスブック|インスタグラム"
    r"|微信|微博|抖音|公众号|公眾號|вайбер|ютуб|вотсап|ватсап|βάιμπερ"
    # the site's own channel, on whatever network, by "our channel": English, Spanish, Portuguese,
    # French, German, Italian, Russian, Ukrainian, Turkish, Indonesian, Hindi, Urdu, Pashto, Persian, Arabic
    r"|our (?:\w+ )?channel|nuestro canal|nosso canal|notre chaîne|unseren? (?:\w+-)?kanal|il nostro canale"
    r"|наш(?:ему|ем|его)? (?:\w+[- ])?канал|нашого (?:\w+[- ])?каналу|kanalımız|kanal kami|हमारे चैनल"
    r"|ہمارے چینل|زموږ چینل|کانال ما|قناتنا)"
)
#: A site's call to follow it on such a channel, closing or breaking a report: a verb said to the
#: reader opening the block (maybe after a pictograph, "👉 Join ...") or one of its sentences or a bar's part ("@tarnnews | Join ..."), then the channel, maybe a sentence on ("Follow us on Google News",
#: "Simak breaking news ... di WhatsApp Channel", "Ikuti berita terkini di Google News", "Síguenos en
#: Telegram", "Siga o canal no WhatsApp", "Suivez-nous sur ...", "Folgen Sie uns auf ...", "Seguici
#: su ...", "Подписывайтесь на наш телеграм"); or, where the verb closes the sentence (Turkish,
#: Hindi), the channel and then the verb ("Google News'te takip edin", "व्हाट्सएप चैनल से जुड़ें").
_FOLLOW_CHANNEL = (
    r"(?:^[^\w@]*|[.!?।|]\s+)(?:follow(?!-)|join|subscribe|stay (?:up to date|updated|informed|connected)|get (?:the latest|breaking|our|all|more|news|updates|alerts)"
    r"|download|simak|ikuti|baca|klik|cek|gabung|bergabung(?:lah)?|dapatkan|unduh|kunjungi|pantau|yuk|jangan lupa"
    r"|receba|recibe|recevez|ricevi|erhalten sie"
    r"|s[ií]guenos|síganos|sigue (?:a|al|nuestro|nuestra|el canal)|únete|suscr[ií]bete|suscríbase|desc[aá]rga(?:la|nos)?|mantente|entérate"
    r"|siga(?:-nos| a| o| os| as| nosso| nossa| nuestro)|sigam(?:-nos)?|acompanhe|inscreva-se|baixe|fique por dentro|entre (?:no|em nosso|para o)"
    r"|suivez(?:-nous)?|rejoignez(?:-nous)?|abonnez-vous|retrouvez(?:-nous)?|téléchargez|inscrivez-vous"
    r"|folgen sie|folg(?:e|t) uns|abonnieren sie|abonniere|treten sie|laden sie|jetzt (?:folgen|abonnieren)"
    r"|seguici|seguite(?:ci)?|iscriviti|unisciti|scarica|resta aggiornat[oi]|volg(?: ons)?|abonneer|word lid"
    r"|obserwuj|dołącz|subskrybuj|śledź|sledujte|přidejte se|odebírejte"
    r"|подписывайтесь|подпишитесь|читайте нас|присоединяйтесь|следите|підписуйтесь|підпишіться|приєднуйтесь|стежте"
    r"|تابعونا|تابعوا|اشترك|انضم|theo dõi|tham gia"
    # Swahili, Hebrew, Romanian, Greek, Vietnamese, Arabic (plural)
    r"|fuatilia|tufuatilie|jiunge|jiunga|pakua|pata habari|הצטרפו|הצטרף|עקבו|הירשמו|הורידו"
    r"|urmări[țţ]i-ne|urmăre[șş]te-ne|abona[țţ]i-vă|alătura[țţ]i-vă|ακολουθήστε|εγγραφείτε|γίνετε μέλος"
    r"|đăng ký kênh|quan tâm|انضموا|اشتركوا|حملوا|حمّلوا"
    # Icelandic, Nordic, Finnic, Baltic, Hungarian, South Slavic, Bulgarian, Albanian, Welsh,
    # Irish, Basque, Catalan, Azerbaijani, Kazakh, Georgian, Armenian, Amharic
    r"|fylgstu með|fylgið okkur|fylgist með|följ oss|følg (?:os|oss)|seuraa(?: meitä)?|jälgi(?: meid)?|sekojiet|sekite(?: mus)?"
    r"|kövess(?:en)?(?: minket)?|pratite(?: nas)?|sledite(?: nam)?|следете(?: ни)?|пратите(?: нас)?|последвайте(?: ни)?|na ndiqni"
    r"|dilynwch(?: ni)?|lean(?:aigí)? (?:sinn|muid)|jarraitu|segueix-nos|seguiu-nos|(?:bizi )?izləyin|жазылыңыз"
    r"|გამოგვყევით|հետևեք(?: մեզ)?|ይከተሉን)"
    rf"\b.{{0,200}}?{_CHANNELS}"
    # where the verb closes the sentence (Turkish, Hindi, Bengali, Persian, Urdu, Tamil, Korean)
    rf"|{_CHANNELS}\S*\s+(?:\S+\s+){{0,4}}?(?:takip (?:edin|et)|abone (?:olun|ol)|katılın|katıl"
    r"|(?:फॉलो|फ़ॉलो|ज्वाइन|जॉइन|सब्सक्राइब) करें|से जुड़ें|जुड़ें|(?:ফলো|জয়েন|সাবস্ক্রাইব) করুন|যুক্ত হোন"
    r"|دنبال کنید|بپیوندید|عضو شوید|(?:فالو|جوائن|سبسکرائب) کریں|شامل ہوں|یو ?ځای شئ|غړي شئ"
    r"|இணை(?:ந்து|யுங்கள்|யவும்)|பின்தொடர|சப்ஸ்கிரைப்|(?:추가|구독|팔로우|참여)(?:하세요|해 ?주세요|하기|하고))"
    # ... or in the scripts no space parts (Japanese, Chinese, Thai): the channel, then the verb within the sentence
    rf"|{_CHANNELS}[^。！？.!?\s]{{0,12}}(?:友だち追加|友達追加|をフォロー|に登録|登録して|关注|關注|订阅|訂閱|ติดตาม|เพิ่มเพื่อน)"
)


#: A newsletter's or an alert's name, in the languages of news sites ("newsletter" is a loanword in most).
_NEWSLETTER = (r"(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél|infolettre|lettre d['’]information"
               r"|bolet[ií]n|boletim|bülten|buletin|рассылк|розсилк|न्यूज़?लेटर|নিউজলেটার|النشرة البريدية"
               # (Georgian's "bulletin", and its "daily" or "weekly letter")
               r"|ბიულეტენ|(?:ყოველდღიურ|ყოველკვირეულ)\w* წერილ)")
#: A sign-up box's pitch: an invitation said to the reader, its verb opening the block or one of
#: its sentences, to sign up for a newsletter or alerts or to have the news in the inbox ("Sign up
#: for breaking news alerts", "Get the day's top stories in your inbox every morning.", "Abonnieren
#: Sie unseren Newsletter", "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín",
#: "Receba a newsletter no seu e-mail", "Iscriviti alla newsletter", "Meld je aan voor de
#: nieuwsbrief", "Berlangganan buletin", "გამოიწერეთ ყოველკვირეული წერილი"); a newsletter's
#: name before the verb, where the verb closes the sentence ("Jetzt den Newsletter abonnieren", "E-bültenimize abone olun"); the news
#: "delivered to your inbox", "direkt in Ihr Postfach". ("Residents can register to get flood
#: alerts" and "a message in your inbox" are a report's.)
_SIGNUP_WORDS = (
    r"(?:^|[.!?]\s+)(?:(?:jetzt|now|hier|here)\s+)?(?:sign(?:ing)? up|subscribe|register|join|get|receive|enter your|want"
    r"|abonnier\w*|melden sie sich|bestellen sie|erhalten sie|inscri\w*|abonne[rz]\w*|recevez"
    r"|suscr[ií]b\w*|ap[úu]ntate|reg[ií]str\w*|recib[ea]\b|assin[ea]\b|inscreva-se|cadastre-se|receba|iscriv\w*|ricevi"
    r"|schrijf je in|meld je aan|abonneer|ontvang|zapisz się|zamów|subskrybuj|prenumerera|meld deg på|tilmeld dig|tilaa"
    r"|feliratkoz\w*|berlangganan|daftar|dapatkan|kaydol\w*|přihlaste se|odebírejte|подпиш\w*|підпиш\w*|გამოიწერ\w*)\b[^.!?]{0,60}?"
    rf"(?:{_NEWSLETTER}|\balerts?\b|\bbriefings?\b|\bdigest\b|\bmailing list\b|\be-?mail address\b|\binbox\b"
    r"|\b(?:ihr(?:en)?|dein(?:en)?) (?:e-mail-)?(?:postfach|posteingang)|\bvotre boîte (?:mail|e-mail|de réception|aux lettres)"
    r"|\b(?:tu|su) (?:bandeja de entrada|correo)|\b(?:seu|teu) e-?mail|\bsua caixa de entrada|\btua (?:casella|email|posta)"
    r"|\bje (?:inbox|mailbox)|\b(?:twoją|swoją) skrzynkę|\be-posta kutunuza|\b(?:email|kotak masuk) (?:anda|kamu))"
    rf"|{_NEWSLETTER}\S*\s+(?:\S+\s+){{0,3}}?(?:abonnieren|bestellen|anmelden|abone ol\w*|साइन अप करें|सब्सक्राइब करें)"
    r"|\b(?:delivered|sent|straight|direct(?:ly)?|right) (?:to|into) your inbox\b|\bin your inbox (?:every|each)\b"
    r"|\bdirekt in (?:ihr(?:en)?|dein(?:en)?) (?:e-mail-)?(?:postfach|posteingang)|\bdirectement dans votre boîte"
    r"|\bdirect(?:o|amente) (?:a|en) (?:tu|su) (?:correo|bandeja)|\bdireto (?:no|em) seu e-?mail|\bdirettamente nella tua"
)
_SIGNUP = re.compile(_SIGNUP_WORDS, re.I)


def is_signup(text: str) -> bool:
    """Whether a block is a sign-up box's pitch (:data:`_SIGNUP_WORDS`: "Get the day's top stories
    in your inbox every morning.", "Jetzt den Newsletter abonnieren"), of a notice's length
    (:data:`FURNITURE_BLOCK_WORDS` words)."""
    return word_count(text) <= FURNITURE_BLOCK_WORDS and _SIGNUP.search(text) is not None


#: A newsletter's link to its copy on the web, in languages other than English: Spanish,
#: Portuguese, French, German, Italian, Dutch, Polish, Czech, Russian, Indonesian, Turkish.
_MAIL_WEB_COPY = (
    r"no (?:ves|puedes ver|se ve) (?:bien |correctamente )?este (?:correo|e-?mail|mensaje|boletín)"
    r"|(?:ábrelo|ábrela|velo|ver(?:lo)?|abrir(?:lo)?|consúltalo|visualizar|abra|veja|ver o e-?mail) (?:\w+ ){0,3}(?:en|no) (?:tu |su |el |seu |o )?navegador"
    r"|ver (?:la )?versión (?:web|online|en línea)|(?:ver|veja|abrir) (?:a )?versão (?:web|online)"
    r"|(?:voir|afficher|consulter|lire|ouvrir) (?:\w+ ){0,3}(?:dans (?:votre|le) navigateur|en ligne)|version en ligne"
    r"|(?:im|in (?:ihrem|deinem)) (?:web)?browser (?:ansehen|anzeigen|öffnen|lesen)|webversion|online-version (?:ansehen|anzeigen|lesen)"
    r"|wird (?:diese |dieser |der )?(?:e-mail|nachricht|newsletter) nicht (?:richtig |korrekt )?angezeigt"
    r"|(?:visualizza|vedi|apri|leggi) (?:\w+ ){0,3}(?:nel|sul) (?:tuo )?browser|versione (?:web|online) (?:della|di questa)"
    r"|bekijk (?:\w+ ){0,3}(?:in (?:je|uw|de) browser|online)"
    r"|(?:zobacz|wyświetl|otwórz) (?:\w+ ){0,3}w przeglądarce|(?:zobrazit|otevřít) (?:\w+ ){0,3}v prohlížeči"
    r"|(?:открыть|посмотреть|смотреть|просмотреть) (?:\w+ ){0,3}в браузере|веб-верси[яи] письма"
    r"|(?:lihat|buka) (?:\w+ ){0,3}di (?:browser|peramban)|tarayıcıda (?:görüntüle|aç)"
)
#: A newsletter's link to leave its list, in languages other than English (the words before a
#: bar or a dot among the footer's links, or alone, or before "here").
_MAIL_LEAVE = (
    r"darse de baja|darte de baja|date de baja|dar de baja|cancelar (?:la |tu |su )?suscripción|anular (?:la )?suscripción"
    r"|cancelar (?:a )?(?:inscrição|subscrição|assinatura)|descadastr(?:ar|e-se)"
    r"|se désabonner|se désinscrire|désinscription|désabonnement|me désinscrire|me désabonner"
    r"|(?:newsletter )?abbestellen|abmelden|vom newsletter abmelden"
    r"|annulla (?:l'|la )?iscrizione|disiscriviti|cancella(?:ti)? (?:l'|la )?iscrizione"
    r"|uitschrijven|afmelden|wypisz się|wypisać się|odhlásit (?:se|odběr)|odhlášení"
    r"|отписаться|отписаться от рассылки|berhenti berlangganan|abonelikten çık"
)
#: The word "here" after the link to leave, in those languages (and Arabic's, :data:`_MAIL_LEAVE_UNSPACED`).
_MAIL_HERE = r"aquí|aqui|ici|hier|qui|tutaj|zde|здесь|di sini"
#: Arabic's "unsubscribe (click here)", whose word carries a prefix ("لإلغاء الاشتراك اضغط هنا"), no
#: word boundary before it; a short block alone.
_MAIL_LEAVE_UNSPACED = r"\w{0,2}إلغاء الاشتراك(?:\s+(?:اضغط|انقر)\s+هنا)?\W*$"
#: Why a newsletter's reader gets it, in languages other than English.
_MAIL_RECEIVED = (
    r"(?:recibes|has recibido|estás recibiendo) este (?:correo|e-?mail|mensaje|boletín)"
    r"|(?:você )?(?:recebe|recebeu|está recebendo) (?:este|esta) (?:e-?mail|mensagem|newsletter|boletim)"
    r"|vous (?:recevez|avez reçu) (?:ce|cet|cette) (?:e-?mail|courriel|message|newsletter|lettre)"
    r"|(?:sie erhalten|du erhältst|sie haben|du hast) (?:diese|diesen) (?:e-mail|nachricht|newsletter)"
    r"|(?:ricevi|hai ricevuto|stai ricevendo) (?:questa|questo) (?:e-?mail|messaggio|newsletter)"
    r"|(?:u|je) (?:ontvangt|ontvang|hebt|heeft) deze (?:e-?mail|nieuwsbrief)"
    r"|otrzymujesz (?:tę|ten) (?:wiadomość|e-?mail|newsletter)|(?:tento|tuto) (?:e-mail|zprávu) (?:dostáváte|jste obdržel)"
    r"|вы получ(?:или|аете) (?:это|эту) (?:письмо|рассылку)|anda menerima (?:email|surel) ini"
)
#: An e-mail newsletter's frame around its items, and the same newsletter's page on the web: "View
#: this email in your browser | Forward to a friend", "You are receiving this because you subscribed
#: ... Unsubscribe | Manage preferences".
_MAIL_FRAME_WORDS = (
    r"(?:view|open|read|see) (?:this (?:email|e-mail|newsletter|message) |it |online )?(?:in|on) (?:your|a|the) (?:web )?browser"
    r"|forward (?:(?:this|it)(?: email| e-mail| newsletter| message)? )?to (?:a |an |your )?(?:friend|colleague|co-?worker|someone|anyone)"
    r"|unsubscribe(?:\s*[|·•]|\s*$|\s+here\b)"
    r"|manage (?:your )?(?:email |e-mail |newsletter )?(?:preferences|subscriptions?)|update (?:your )?(?:email |e-mail )?preferences"
    r"|(?:you are|you're|you’re) receiving this\b|you (?:received|got) this (?:email|e-mail|newsletter|message)\b"
    # the same in the other languages of newsletters: the link to the web copy ("¿No ves bien este
    # correo? Ábrelo en tu navegador", "Im Browser ansehen", "Voir la version en ligne") ...
    rf"|{_MAIL_WEB_COPY}"
    # ... and in any language, by the words most languages borrow for the message and the browser,
    # a few words apart ("Hindi makita nang maayos ang email na ito? Buksan sa browser.")
    r"|(?:e-?mail|newsletter)\w{0,4}\b[^\n.!]{0,40}[?.!]?[^\n.!?]{0,30}\b(?:web ?)?browser\b"
    # ... the way out ("Darse de baja · Preferencias", "Se désabonner", "Abmelden | Einstellungen",
    # "لإلغاء الاشتراك اضغط هنا") as the footer's link, standing alone or among its links ...
    rf"|(?:{_MAIL_LEAVE})(?:\s*[|·•]|\s*$|\s+(?:{_MAIL_HERE})\b)"
    # ... and why the reader gets it ("Recibes este correo porque ...", "Sie erhalten diesen Newsletter, weil ...")
    rf"|{_MAIL_RECEIVED}|{_MAIL_LEAVE_UNSPACED}"
)
_MAIL_FRAME = re.compile(rf"\b(?:{_MAIL_FRAME_WORDS})|[|·•]\s*(?:unsubscribe|{_MAIL_LEAVE})\b", re.I)


def is_mail_frame(text: str) -> bool:
    """Whether a block is a newsletter's frame (:data:`_MAIL_FRAME_WORDS`, of a notice's length):
    its "View in browser" link or its footer ("Unsubscribe | Update your preferences"), which
    say the page is a newsletter, sent or on the web."""
    return word_count(text) <= FURNITURE_BLOCK_WORDS and _MAIL_FRAME.search(text) is not None


#: A CMS's line of who posted the page and when, its account's name (one word or two) between
#: "by" and "on" in the languages of Drupal's and blogs' sites: "Submitted by mhartley on Tue,
#: 03/03/2026 - 14:22", "Posted by webteam on ...", Dutch "Ingediend door ... op", German
#: "Eingereicht von ... am", "Verfasst von ... am", French "Soumis par ... le", "Publié par ... le",
#: Spanish "Enviado por ... el", Portuguese "Enviado por ... em", Italian "Inviato da ... il", Polish
#: "Przesłane przez ... w", Swedish "Inskickat av ... den", Danish "Indsendt af ... den". The line
#: is the page's metadata, no text of the report (its date, a person's name are read apart), where
#: a time stamp follows the word for "on" (:func:`is_submitted_line`).
_SUBMITTED_BY = re.compile(
    r"^(?:(?:submitted|posted) by \S+(?: \S+)? on"
    r"|(?:ingediend|geplaatst|gepost) door \S+(?: \S+)? op"
    r"|(?:eingereicht|verfasst|gepostet|veröffentlicht) von \S+(?: \S+)? am"
    r"|(?:soumis|publié|posté) par \S+(?: \S+)? le"
    r"|(?:enviado|publicado|postado) por \S+(?: \S+)? (?:el|em)"
    r"|(?:inviato|pubblicato|postato) da \S+(?: \S+)? il"
    r"|(?:przesłane|opublikowane|dodane) przez \S+(?: \S+)? (?:w|dnia)"
    r"|(?:inskickat|postat|publicerat) av \S+(?: \S+)? den|(?:indsendt|postet|udgivet) af \S+(?: \S+)? den"
    r"|(?:sendt inn|postet|publisert) av \S+(?: \S+)? den)\b",
    re.I,
)


def is_submitted_line(text: str) -> bool:
    """Whether a block is a CMS's line of who posted the page and when (:data:`_SUBMITTED_BY`):
    an account's name, then the time stamp alone ("Ingediend door redactie_web op di, 03/03/2026 -
    10:15"); not a sentence that opens so ("Submitted by the council on Monday, the plan ...")."""
    opening = _SUBMITTED_BY.match(" ".join(text.split()))
    return opening is not None and is_stamp_block(" ".join(text.split())[opening.end() :])


#: A newsletter's word for unsubscribing, in the languages of news sites: "Darse de baja", "Cancelar
#: la suscripción", "Se désabonner", "Newsletter abbestellen", "Disiscriviti", "Uitschrijven",
#: "Descadastrar", "Отписаться", "Abonelikten çık", "Berhenti berlangganan", "Wypisz się",
#: "Odhlásit z odběru", "Avprenumerera", "Hủy đăng ký", Arabic "إلغاء الاشتراك", Persian "لغو اشتراک",
#: "配信停止", "退订", "수신 거부", "सदस्यता समाप्त"; a short line that opens with it ("To unsubscribe
#: click here", "لإلغاء الاشتراك اضغط هنا") or has it after a separator is furniture (:data:`_BLOCK_FURNITURE`).
_UNSUBSCRIBE_WORDS = (
    r"unsubscribe|darse de baja|date de baja|(?:cancelar|anular) (?:la |tu |su |a |sua )?(?:suscripci[oó]n|subscri[çc][ãa]o|inscri[çc][ãa]o|assinatura)"
    r"|se d[ée]sabonner|d[ée]sabonnement|se d[ée]sinscrire|d[ée]sinscription|(?:newsletter )?abbestellen|vom newsletter abmelden"
    r"|disiscriviti|(?:annulla|cancella)(?:re)? (?:l['’])?iscrizione|uitschrijven|afmelden voor (?:de|deze) nieuwsbrief|afmeld nyhedsbrev"
    r"|descadastr(?:ar|e-se)|отписаться|отписка от|відписатися|abonelikten [çc]ık|berhenti berlangganan|wypisz się"
    r"|zrezygnuj z (?:subskrypcji|newslettera)|odhlásit (?:se )?z odběru|odhlášení z odběru|avprenumerera|avsluta (?:din )?prenumeration"
    r"|hủy đăng ký|ل?(?:إ|ا)لغاء الاشتراك|لغو اشتراک|配信停止|配信解除|購読解除|退订|取消订阅|退訂|取消訂閱|구독 취소|수신 거부|수신거부"
    r"|सदस्यता समाप्त"
)
#: "To" before it, in the same languages ("Para darse de baja", "Pour se désabonner", "Чтобы отписаться").
_UNSUBSCRIBE_TO = r"to|para|pour|um|per|om|чтобы|aby|för att|untuk|để"
#: A call for readers' letters or views under a column, by language: the question to the reader
#: ("Agree or disagree?", "Bạn nghĩ sao?") and the call to write ("Send your views to", "Gửi ý kiến về").
_LETTERS_CALL_TABLE: dict[str, tuple[str, str]] = {
    "en": (r"agree or disagree|do you agree|what do you think|what are your thoughts|have your say",
           r"(?:send|e-?mail|share) (?:us )?(?:your )?(?:views|letters?|opinions?|thoughts|comments)|write to us|write a letter"),
    "fr": (r"(?:vous êtes|êtes-vous) d['’]accord|qu['’]en pensez-vous",
           r"écrivez-nous|envoyez(?:-nous)? (?:vos )?(?:avis|réactions|opinions|courriers?)|donnez votre avis"),
    "de": (r"(?:sind sie )?(?:anderer meinung|einverstanden)|was meinen sie|was denken sie",
           r"schreiben sie uns|(?:senden|schicken) sie uns (?:ihre )?(?:meinung|leserbriefe?)"),
    "es": (r"(?:está|estás|están) de acuerdo|qué (?:opina|opinas|piensa|piensas)",
           r"escríbanos|escríbenos|envíe(?:nos)? su (?:opinión|carta)|envía(?:nos)? tu (?:opinión|carta)"),
    "vi": (r"bạn (?:đồng ý hay phản đối|nghĩ sao|có đồng ý)", r"gửi ý kiến|viết cho chúng tôi"),
}
#: Such a call standing alone: the question then the call, or the call and an e-mail address.
_LETTERS_CALL = (
    r"^¿?(?:{ask})\s*[?？]\s*(?:{call})\b|^(?:{call})\b[^.!?]{{0,60}}\w@\w".format(
        ask="|".join(ask for ask, _ in _LETTERS_CALL_TABLE.values()),
        call="|".join(call for _, call in _LETTERS_CALL_TABLE.values()))
)
#: What every site prints around a report, whatever its language of design. A block of an
#: extractor's output is furniture when it says one of these and is short (a notice, a
#: button), or says two (a long notice). No rule about punctuation: HTML says what a
#: paragraph is.
_BLOCK_FURNITURE = re.compile(
    r"\b(?:"
    rf"{_PAYWALL_WORDS}"
    # a blog's feed footer (WordPress): "The post <headline> appeared first on <site>."
    r"|^the post\b.{1,300}\bappeared first on\b"
    # ... Medium's ("<headline> was originally published in <publication> on Medium, where people are
    # continuing the conversation ..."), and a newsletter's subscribe box in its posts (Substack's
    # "Thanks for reading <name>! Subscribe for free to receive new posts and support my work.")
    r"|\bwas originally published in\b.{1,200}\bon medium\b|\bwhere people are continuing the conversation\b"
    r"|^thanks for reading\b.{1,80}[!.]\s*subscribe\b|\bsubscribe for free to receive new posts\b"
    # an agency's footer of its principles: "Our Standards: The Thomson Reuters Trust Principles."
    r"|^our standards:"
    # a newsletter's sign-up box ("Get the Ledger's morning newsletter.", "Sign up for our daily briefing")
    r"|^(?:get|sign up for|subscribe to) (?:the |our )?(?:[\w'’-]+ ){0,3}(?:newsletter|briefing)s?\.?$"
    # a newsletter platform's box between a post's paragraphs (Substack's): "The Tideline is a
    # reader-supported publication. To receive new posts ... consider becoming a free or paid
    # subscriber.", its "Leave a comment" button
    r"|\bis a reader-supported publication\b|consider becoming a (?:free or paid |paid )?(?:subscriber|member)|^leave a comment$"
    # a meter's count over a whole report ("You have 2 free articles left this month"): no wall yet
    r"|^you have (?:\d+|one|two|three|four|five) (?:more )?free (?:articles?|stories|story|reads?) (?:left|remaining)"
    # sharing, signing in, following
    r"|share (?:this|on|via) (?:article|story|page|facebook|twitter|whatsapp|email)|copy (?:the )?link"
    r"|sign up (?:for|to) (?:our|the) (?:\w+ ){0,3}newsletter|follow us on|download (?:the|our) app"
    # a subscription's offer ("Subscribe to The Morning Post for £1 a week ... Cancel anytime.")
    rf"|{_OFFER_WORDS}"
    # notices and prompts
    r"|we use cookies|accept (?:all )?cookies|click here to|enable javascript|advertisement$"
    # an app's notice to a browser without scripts: "JavaScript Required", "This is a heavily
    # interactive web application, and JavaScript is required.", "This site requires JavaScript"
    r"|\bjavascript (?:is )?(?:required|needed|disabled)\b|\brequires? javascript\b"
    r"|(?:read|see|watch) more(?: from| about| stories|:|$)|(?:more|other) (?:columns|stories|articles) (?:from|by)"
    r"|most (?:read|popular|viewed)$|you (?:might|may) (?:also )?(?:like|be interested)"
    # an e-mail newsletter's frame (:data:`_MAIL_FRAME_WORDS`)
    rf"|{_MAIL_FRAME_WORDS}"
    # a newsletter's greeting and sign-off: "Hello again, and welcome to the 40 new subscribers
    # who joined this week.", "That's all for this week."
    r"|welcome to (?:the |our |all (?:the |our )?)?(?:\d[\d,]* )?new (?:subscribers|readers|members)\b"
    r"|^that(?:'s| is|’s) (?:all|it) (?:for (?:this (?:week|issue|edition|month)|today|now)|from (?:us|me) (?:this|today|for))\b"
    r")"
    # the same link labels in the other languages of news sites: "Lea también: <a headline>",
    # "Lesen Sie auch:", "À lire aussi :", "Leggi anche:", "Czytaj też:", "Lees ook:"
    rf"|^(?:{_LABEL_OPEN})?(?:{_READ_ALSO}|{_READ_ALSO_EN})(?:\s*[:?|：]|{_LABEL_CLOSE})"
    # a call for readers' letters or views (:data:`_LETTERS_CALL`)
    rf"|{_LETTERS_CALL}"
    # a call for readers' tips: "Have a news tip? Email us at ...", "Got a story tip? ..."
    r"|^(?:do you )?(?:have|got) (?:a (?:news |story )?tip|any (?:news |story )?tips|(?:news|story) tips?)\b"
    r"|\bsend us (?:your )?(?:news |story )?tips\b"
    # a newsletter's footer links: "Preferences | Unsubscribe from this list"
    r"|[|·•]\s*unsubscribe\b"
    # ... and its unsubscribe line in any language (:data:`_UNSUBSCRIBE_WORDS`)
    # (a line of a button's length: "Cancelar la suscripción cuesta diez euros ..." is a sentence of a report)
    rf"|^\W*(?:(?:{_UNSUBSCRIBE_TO})\s+)?(?:{_UNSUBSCRIBE_WORDS})[^.!?。\n]{{0,60}}[.!?。]?$|[|·•]\s*(?:{_UNSUBSCRIBE_WORDS})"
    # comment counters, sign-in prompts, picture buttons and advert labels, in English and German
    r"|^(?:view|no|keine|alle|\d+) (?:comments|kommentare)\s*\W*$|^(?:view|show) (?:all )?comments\b|^kommentare (?:insgesamt|schreiben)\b"
    r"|\b(?:nicht )?eingeloggt (?:sein|sind)\b|\bnicht eingeloggt\b|^bild anzeigen$|^anzeige\b.{0,40}$"
    r"|\bby signing up\b|\bfollow (?:\w+ ){1,3}on (?:twitter|facebook|instagram|x)\b"
    # a post's taxonomy ("Category: Press releases", "Kategorie: News", "Tags: ...") and lone buttons
    r"|^(?:categor(?:y|ies)|kategorien?|tags?|schlagw(?:ö|o)rter|etiquetas|catégories?)\s*:"
    r"|^(?:pdf|drucken|teilen|imprimer|partager|compartir|imprimir)$"
    # a widget vendor's credit standing alone: "Powered by Tickaroo", "Powered by WordPress"; with
    # what the software says of itself after it: a forum's "Powered by Discourse, best viewed with
    # JavaScript enabled", "Powered by phpBB® Forum Software", "Powered by Hugo & theme PaperMod"
    r"|^powered by [\w .&®-]{2,30}(?:[,;.|·•–-]\s*[^.!?]{0,50}\b(?:javascript|browsers?|version|theme|software|hosted|hosting)\b[^.!?]{0,30})?[.!]?$",
    re.I,
)


#: An invitation to the reader, kept apart from :data:`_BLOCK_FURNITURE` because its lazy reach
#: is slow to try at every word: a sign-up box's pitch (:data:`_SIGNUP_WORDS`) or a call to follow
#: the site on a messenger's channel or a news aggregator (:data:`_FOLLOW_CHANNEL`). It is tried
#: only on text that names what it invites to (:func:`_invites`).
_INVITATION = re.compile(rf"{_SIGNUP_WORDS}|{_FOLLOW_CHANNEL}", re.I)
#: What an invitation invites to, as plain words in lower case: each alternative of
#: :data:`_INVITATION` needs one (a channel of :data:`_CHANNELS`, a newsletter of
#: :data:`_NEWSLETTER`, alerts, an inbox); looked for as substrings, which is fast.
_INVITED_TO = (
    "whats", "telegram", "google", "instagram", "facebook", "tiktok", "youtube", "twitter", "bluesky", "viber",
    "wechat", "kakao", "zalo", "flipboard", "linkedin", "apple news", "dailyhunt", "вконтакте", "телеграм", "дзен",
    "व्हाट्स", "वॉट्स", "टेलीग्राम", "गूगल", "यूट्यूब", "फेसबुक", "इंस्टाग्राम", "হোয়াটসঅ্যাপ", "টেলিগ্রাম", "গুগল",
    "ইউটিউব", "ফেসবুক", "واتس", "تيليجرام", "تلغرام", "جوجل", "يوتيوب", "فيسبوك", "واٹس",
    "تلگرام", "واتساپ", "اینستاگرام", "روبیکا", "ٹیلی", "یوٹیوب", "فیس", "וואטסאפ", "ווטסאפ", "טלגרם", "פייסבוק",
    "יוטיוב", "אינסטגרם", "வாட்ஸ்", "டெலிகிராம்", "யூடியூப்", "ஃபேஸ்புக்", "கூகுள்", "ไลน์", "เฟซบุ๊ก", "ยูทูบ",
    "ติ๊กต็อก", "line", "카카오톡", "카톡", "텔레그램", "유튜브", "페이스북", "인스타그램", "ライン", "テレグラム",
    "ユーチューブ", "フェイスブック", "インスタグラム", "微信", "微博", "抖音", "公众号", "公眾號", "вайбер", "ютуб",
    "вотсап", "ватсап", "βάιμπερ",
    "channel", "canal", "chaîne", "kanal", "канал", "चैनल", "چینل", "کانال", "قناتنا",
    "newsletter", "nieuwsbrief", "nyhetsbrev", "nyhedsbrev", "uutiskirje", "hírlevél", "infolettre", "lettre d",
    "bolet", "bülten", "buletin", "рассылк", "розсилк", "न्यूज", "নিউজলেটার", "النشرة",
    "alert", "briefing", "digest", "mail", "inbox", "postfach", "posteingang", "boîte", "bandeja", "correo",
    "caixa", "casella", "posta", "skrzynk", "kutunuz", "kotak masuk",
)


def _invites(text: str) -> bool:
    """Whether *text* names what an invitation invites to (:data:`_INVITED_TO`)."""
    low = text.lower()
    return any(word in low for word in _INVITED_TO)


def _furniture_phrases(text: str) -> set[str]:
    """The phrases of the furniture vocabulary in *text* (:data:`_BLOCK_FURNITURE`, and
    :data:`_INVITATION` where the text names what it invites to), folded."""
    hits = {m.group(0).lower() for m in _BLOCK_FURNITURE.finditer(text)}
    if _invites(text):
        hits.update(m.group(0).lower() for m in _INVITATION.finditer(text))
    return hits
#: The initials of a wire desk's writer and editor closing its copy, in small letters: ČTK's "abc
#: mal", "jw/mal". (In capitals, or joined by "//", they are furniture anywhere: _CREDIT_OR_AD_BLOCK.)
_DESK_INITIALS = re.compile(r"^[a-z]{2,4}(?:\s*/\s*|\s+)[a-z]{2,4}(?:(?:\s*/\s*|\s+)[a-z]{2,4})?$")


def closes_with_initials(paragraphs: list[str]) -> bool:
    """Whether a report's last paragraph is its desk's initials in small letters ("abc mal"):
    two or three groups of two to four letters, right under a sentence of six words or more (a
    list's last item stands under another item)."""
    return (len(paragraphs) >= 2 and bool(_DESK_INITIALS.match(paragraphs[-1].strip()))
            and is_sentence(paragraphs[-2]) and word_count(paragraphs[-2]) >= 6)


#: A link to the rest of a report standing alone, as a newsletter's item or a teaser closes on it:
#: "Read more", "Read the full story", "Continue reading", "Full story »", "Read on →".
_READ_ON = re.compile(
    r"^(?:(?:read|see) (?:more|on|the (?:full|whole|complete) (?:story|article|report)|full (?:story|article|report))"
    r"|continue reading|keep reading|full (?:story|article|report)|more)\s*[»›>→…:.]*$",
    re.I,
)


def is_read_on(text: str) -> bool:
    """Whether a block is a link's label to the rest of a report (:data:`_READ_ON`): no text of the report."""
    return _READ_ON.match(text.strip()) is not None


#: A site's copyright notice: "Copyright 2026 Kessra Courier", "© Kessra Courier", "(c) 2026 ...".
#: A year or the sign after the word: "Copyright Office staff said ..." and "(c) the council
#: shall ..." (a clause of a quoted law) are the report's.
_COPYRIGHT_NOTICE = re.compile(
    r"^(?:©|&copy;|copyright\s*(?:©|\(c\))|(?:copyright|\(c\))\s*(?:19|20)\d\d\b)"
    # "(c)" before a name in capitals alone, an agency's closing line ("(c) Agência Lusa", "(C) Axencia
    # de Novas"): a few words and no sentence, not a clause of a quoted law ("(c) the council shall ...")
    r"|^\(c\)\s*(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-ЯЁ])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}$"
    # an agency's ban on copying in Korean, Japanese and Chinese ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    # "無断転載禁止", "未经授权不得转载", "版权所有"), wherever it stands in its block
    r"|무단 ?전재|재배포 ?금지|無断(?:転載|複製)|未经(?:授权|许可)[^。]{0,8}转载|版[权權]所有", re.I)
#: A notice of an outlet's rights over its copy, in the languages of news sites: that all rights are
#: reserved ("All rights reserved", "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los
#: derechos reservados", "Wszelkie prawa zastrzeżone", "Все права защищены", "Tüm hakları saklıdır",
#: "Haki zote zimehifadhiwa", "جميع الحقوق محفوظة", "כל הזכויות שמורות", "सर्वाधिकार सुरक्षित"), or,
#: opening a sentence, that its copy may not be reproduced or published without leave
#: ("Reproduction prohibited", "Nachdruck nur mit Genehmigung", "Reproduction interdite", "Prohibida
#: su reproducción", "Riproduzione riservata", "Haziruhusiwi kuchapishwa bila kibali"). The same
#: under every report the outlet runs: no text of this one (:func:`is_rights_notice`).
_RIGHTS_RESERVED = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|(?:todos los )?derechos reservados|todos os direitos reservados"
    r"|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené"
    r"|sva prava (?:zadržana|pridržana)|vse pravice pridržane|minden jog fenntartva|toate drepturile rezervate|alla rättigheter förbehållna"
    r"|alle rettigheder forbeholdes|alle rettigheter (?:reservert|forbeholdt)|kaikki oikeudet pidätetään|kõik õigused kaitstud"
    r"|visas tiesības aizsargātas|visos teisės saugomos|öll réttindi áskilin|eskubide guztiak erreserbatuta|tots els drets reservats"
    r"|все права защищены|(?:усі|всі) права захищені|всички права запазени|сва права задржана|сите права се задржани"
    r"|με την επιφύλαξη παντός δικαιώματος|(?:tüm|bütün) hakları saklıdır|her hakkı saklıdır|bütün hüquqlar qorunur"
    r"|барлық құқықтар қорғалған|hak cipta dilindungi(?: undang-undang)?|haki zote zimehifadhiwa|bảo lưu mọi quyền"
    r"|جميع الحقوق محفوظة|(?:کلیه|تمامی) حقوق\b[^.!?]{0,60}?محفوظ|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|সর্বস্বত্ব সংরক্ষিত"
    r"|መብቱ በሕግ የተጠበቀ ነው"
)
_NO_REPRODUCTION = (
    r"(?:reproduction|republication|redistribution|reprinting|copying)\b[^.!?]{0,40}?\b(?:prohibited|forbidden|not (?:permitted|allowed))"
    r"|(?:this|these|the) (?:material|article|story|report|content|news)s? (?:is|are|may) not (?:to )?be (?:reproduced|republished|redistributed|published)"
    r"|(?:nachdruck|vervielfältigung|weiterverbreitung)\b[^.!?]{0,40}?\b(?:nur mit|verboten|untersagt|nicht gestattet)"
    r"|(?:toute )?reproduction\b[^.!?]{0,40}?\binterdite|(?:queda )?prohibida (?:su|la) reproducción|reproducción reservada"
    r"|(?:é )?proibida a reprodução|reprodução proibida|riproduzione (?:riservata|vietata)|(?:è )?vietata (?:la )?riproduzione"
    r"|(?:przedruk|kopiowanie)\b[^.!?]{0,40}?\bzabronion|перепечатка\b[^.!?]{0,40}?\b(?:запрещена|только с)"
    r"|ha(?:zi|i)ruhusiwi kuchapishwa|(?:ni )?marufuku kuchapisha"
)
_RIGHTS_NOTICE = re.compile(rf"(?:{_RIGHTS_RESERVED})|(?:^|[.!?·|•]\s+)(?:{_NO_REPRODUCTION})", re.I)
#: The most words of a rights notice's block (an agency's closing line with its end mark and owner).
RIGHTS_NOTICE_WORDS = 30


def is_rights_notice(text: str) -> bool:
    """Whether a short block or line (at most :data:`RIGHTS_NOTICE_WORDS` words) is an outlet's notice
    of its rights over its copy (:data:`_RIGHTS_RESERVED`, :data:`_NO_REPRODUCTION`), in any of many
    languages: "© 2026 Example Agency. All rights reserved.", "MWISHO WA HUDUMA · Habari hizi ni mali
    ya SHP. Haziruhusiwi kuchapishwa bila kibali." A sentence that tells of a ban ("The court said
    reproduction of the photos is prohibited") is a report's: the ban opens the notice's sentence."""
    line = " ".join(text.split())
    return bool(line) and word_count(line) <= RIGHTS_NOTICE_WORDS and _RIGHTS_NOTICE.search(line) is not None


#: The word for readers' comments, in many languages (the start of the word): a counter's
#: (:data:`_COUNTER_WORDS`) and the heading of the box that holds them (:func:`is_comments_label`).
_COMMENT_WORDS = (
    "comments?|kommentar|commentaire|comentario|comentário|commenti|komentarz|komentář|komentár|коммент|коментар"
    "|hozzászól|komentār|komentar|kommentaar|yorum|bình luận|reacties|댓글|コメント|评论|評論|σχόλι|تعليق|دیدگاه|نظرات"
    "|תגובות|टिप्पणि|মন্তব্য|kommentit|kommentti|kommentarer|comentaris|iruzkin|sylwad|maoni"
)
#: What a post's counters count, in many languages (the start of the word): views, reads,
#: comments (:data:`_COMMENT_WORDS`), likes, shares, notes.
_COUNTER_WORDS = (
    f"{_COMMENT_WORDS}"
    "|views?|reads|likes?|shares?|notes|reactions?|replies|aufrufe|ansichten|vues|partages"
    "|visitas|vistas|visualiza|lecturas|letture|wyświetle|odsłon|zobrazení"
    "|просмотр|прочитан|прочтен|megtekint|olvas|skatījum|piezīm|peržiūr"
    "|vaatamis|görüntülen|okunma|lượt xem|dilihat|dibaca|weergave|bekeken|visning"
    "|조회|閲覧|阅读|浏览"
    # a post's claps, likes, responses and shares: Medium's "claps" and "responses", and the same
    # counters in Korean, Japanese, Chinese, Arabic, Persian, Hebrew, Turkish, Indonesian,
    # Vietnamese, Thai, Greek, Russian, Portuguese, Italian, Romanian ...
    "|claps?|applause|responses?|박수|응답|공감|좋아요|공유|拍手|いいね|シェア|点赞|點讚|分享|转发|轉發|瀏覽"
    "|إعجاب|مشاركة|مشاهد|بازدید|لایک|پسند|تبصر|צפיות|לייקים|beğeni|paylaşım|suka|bagikan"
    "|thích|chia sẻ|ถูกใจ|ความคิดเห็น|แชร์|προβολ|лайк|реакци|curtidas|compartilhament|mi piace|aprecieri|vizualiz"
    # ... and reads and views in Basque, Catalan, Kazakh, Ukrainian, Belarusian, Finnish, Swedish,
    # Icelandic, Croatian/Serbian/Slovene, Albanian, Welsh, Swahili, Georgian, Armenian
    "|irakur|ikustaldi|lectures|visites|қаралды|оқылды|көрілді|перегляд|прагляд|luettu|lukukert|katselu"
    "|läsning|lestr|pregled|ogled|shikim|lexim|darllen|imesomwa|ნახვ|դիտում"
)
#: The heading of the box of readers' comments under a report, with their count: "Comments (2)",
#: "Коментари (2)", "Kommentare: 14", "12 comments", "댓글 3" (the word alone may head a report's part).
_COMMENTS_LABEL = re.compile(
    rf"^(?:\d[\d.,]*\s*(?i:{_COMMENT_WORDS})[^\W\d_]*|(?i:{_COMMENT_WORDS})[^\W\d_]*\s*(?:[(\[]\s*\d[\d.,]*\s*[)\]]|[:：]?\s*\d[\d.,]*))$")


def is_comments_label(text: str) -> bool:
    """Whether *text* is the heading of a report's box of readers' comments, their count with it
    (:data:`_COMMENTS_LABEL`): the word for comments in one of many languages (:data:`_COMMENT_WORDS`)."""
    return _COMMENTS_LABEL.match(" ".join(text.split())) is not None


#: The page's buttons a counter line may close with ("1 203 reads · Print", "Views: 12 Share"): a share bar's items.
_COUNTER_BUTTONS = rf"(?:\s*(?:[·|•]\s*)?(?i:{_SHARE_ITEM})(?:{_SHARE_SEP}(?i:{_SHARE_ITEM}))*)?"
#: A block that is an agency's credit alone in brackets ("(ANSA).", "(©NTB)", "(dpa/AFP)", "(Nusantara Berita/ras)"), a blog's feed link, a wire's
#: end mark ("Enditem", "(END)") or its desk's initials ("ABC // XYZ", Lusa's), an editor's credit
#: on a Chinese page ("责任编辑：王例"), or an advert's
#: label alone, in any of many languages ("Annonse", "Anzeige", "Reklama", "광고").
_CREDIT_OR_AD_BLOCK = re.compile(
    rf"^{_END_MARKS}$|^[A-Za-z]{{2,4}}\s*//\s*[A-Za-z]{{2,4}}$"
    # a Chinese page's editor credit ("责任编辑：王例", "（编辑：李例）")
    r"|^[（(\[【]?(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核)[:：]\s*[^\s，。]{1,12}[）)\]】]?$"
    # an agency's name alone in brackets, whatever its case ("(Belga)", "(ats)", "(dpa/AFP)"): one
    # word of letters, or a few joined by slashes (not "(MAWD-lin)", "(wird fortgesetzt)")
    r"|^\(\s*©?\s*[^\W\d_]{2,15}(?:\s*/\s*©?\s*[^\W\d_]{2,15}){0,2}\s*\)\.?$"
    # ... or an agency's name of a few words over the desk's initials ("(Nusantara Berita/ras)", "(Antara News/abc/def)")
    r"|^\(\s*©?\s*[^\W\d_]{2,15}(?:\s+[^\W\d_]{2,15}){1,2}(?:\s*/\s*[^\W\d_]{2,15}){1,2}\s*\)\.?$"
    # a blog's link to its feed ("Subscribe to: Posts (Atom)", "Inscription à : Publier les commentaires (Atom)")
    r"|^[^.!?]{0,60}\((?:Atom|RSS)\)$"
    r"|^[-–—\s]*(?i:advertisements?|advertising|annonse|annons|annonce|anzeige|werbung|publicité|publicidad|publicidade|pubblicità"
    r"|reklama|reklam|mainos|hirdetés|advertentie|реклама|iklan|quảng cáo|광고|広告|广告"
    # ... in Welsh, Irish, Scottish Gaelic, Icelandic, Estonian, Latvian, Albanian, Croatian and
    # Slovene, Greek, Georgian, Armenian, Kazakh, Mongolian, Arabic, Persian, Hebrew, Hindi, Bengali, Thai
    r"|hysbyseb|fógra|fógraíocht|sanas|auglýsing|reklaam|reklāma|reklamë|oglas|διαφήμιση|რეკლამა|գովազդ|жарнама"
    r"|сурталчилгаа|إعلان|اعلان|تبلیغات|פרסומת|विज्ञापन|বিজ্ঞাপন|โฆษณา"
    # ... and Telugu, Tamil, Kannada, Malayalam, Marathi, Gujarati, Punjabi, Odia, Urdu, Sinhala,
    # Burmese, Lao, Amharic, Swahili, Romanian, Lithuanian, Tagalog, Chinese (traditional)
    r"|ప్రకటన|விளம்பரம்|ಜಾಹೀರಾತು|പരസ്യം|जाहिरात|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|ବିଜ୍ଞାପନ|اشتہار|දැන්වීම|ကြော်ငြာ|ໂຄສະນາ|ማስታወቂያ"
    r"|tangazo|publicitate|patalastas|廣告)[-–—\s]*$"  # ("- Advertisement -")
    # a post's counters alone: "12 views 0 comments", "12 peržiūros0 komentarų", "1 204 прочитания"
    rf"|^(?:\d[\d\s.,]*\s*(?i:k|m|tis\.)?\s*(?i:{_COUNTER_WORDS})[^\W\d_]*\s*[·|•]?\s*){{1,4}}{_COUNTER_BUTTONS}$"
    # ... or each counter's label before its number, two or more of them ("박수 128 응답 7", "Claps 12 · Responses 3"),
    # or one with the page's buttons after it ("Views: 1 842 Print")
    rf"|^(?:(?i:{_COUNTER_WORDS})[^\W\d_]*\s*[:：]?\s*\d[\d.,]*\s*(?i:k|m)?\s*[·|•]?\s*){{2,4}}{_COUNTER_BUTTONS}$"
    rf"|^(?i:{_COUNTER_WORDS})[^\W\d_]*\s*[:：]?\s*\d[\d\s.,]*?\s*(?:[·|•]\s*)?(?i:{_SHARE_ITEM})(?:{_SHARE_SEP}(?i:{_SHARE_ITEM}))*$"
)
#: A block that is an e-mail address alone, or a name and one (a reporter's: "gildong@yna.co.kr").
_MAIL_BLOCK = re.compile(rf"^(?:[^\W\d_][\w.'’-]*\s+){{0,4}}[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*{_END_MARKS})?$")
#: An old site's notice of the browser or screen it was made for, in any of several languages:
#: "Best viewed in 800x600.", "Site best viewed with Netscape 4", "Optimised for Internet Explorer
#: at 1024x768", "Am besten mit ... betrachtet", "Optimisé pour ...", "Melhor visualizado em ...".
#: "Best viewed" says so alone; "optimised for" and the like need a browser's name or a screen's
#: size ("optimised for small farms" is a report's).
_SCREEN = (r"(?:\d{3,4}\s?[x×]\s?\d{3,4}|browser|navigateur|navegador|navigator|explorer|netscape|firefox|chrome|opera|safari"
           r"|resolution|résolution|resolución|resolução|risoluzione|auflösung|resolutie|rozdzielczoś)")
_BROWSER_NOTICE = re.compile(
    r"^(?:this |the )?(?:site |page |website )?(?:is )?(?:best|optimally) (?:viewed|seen|displayed)\b"
    r"|^(?:am besten|optimal) (?:\w+ ){0,4}(?:betrachtet|dargestellt|anzusehen)\b"
    r"|^(?:melhor|mejor) visualizad[oa]\b"
    rf"|^(?:this |the )?(?:site |page |website )?(?:is )?(?:optimi[sz]ed|designed|best) (?:for|with)\b.{{0,60}}{_SCREEN}"
    rf"|^(?:site |page )?(?:optimisé|conçu|optimizado|otimizado|ottimizzato|optimiert|geoptimaliseerd|zoptymalizowan[ay])\b.{{0,60}}{_SCREEN}"
    rf"|^(?:meilleur(?:e)? (?:affichage|visualisation|rendu)|visualización óptima|visualizzazione ottimale|het best te (?:bekijken|zien))\b",
    re.I,
)
#: A page's address after a label and nothing else, as a print view or a feed's footer gives it:
#: "Article URL: https://...", "Permalink: https://...", "Printed from: https://...", "Link: www...",
#: "Quelle: https://..." (a label of up to four words, in any language).
_LABELLED_URL = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3}\s*[:：]\s*<?(?:https?://|www\.)\S+?>?\.?$", re.I)
#: The label of a box that gives the page's own address to copy (the address in a form's field, no
#: text), in the languages of news sites: "Short link:", "Permalink:", "Link to this article:",
#: "Kurzlink:", "Lien court :", "Enlace corto:", "Link curto:", "Link breve:", "Krótki link:", "Kısa
#: link:", "Короткая ссылка:", "لینک کوتاه:", "الرابط المختصر:", "קישור קצר:", "短链接：", "단축 URL:".
_ADDRESS_LABEL_ALONE = re.compile(
    r"^(?:short ?(?:link|url)|permalink|permanent link|link to this (?:article|page|story|post)|(?:article|page|story) (?:link|url)"
    r"|copy (?:the )?link|share (?:this )?link|kurzlink|kurz-url|permanenter link|lien (?:court|permanent|de l['’]article)"
    r"|enlace (?:corto|permanente)|link (?:curto|permanente|breve|corto)|korte link|krótki link|odkaz na článok|krátký odkaz"
    r"|rövid link|scurtătură|kısa (?:link|bağlantı)|короткая ссылка|постоянная ссылка|ссылка на (?:статью|новость|материал)"
    r"|коротке посилання|посилання на (?:статтю|новину)|кратка връзка|pautan pendek|tautan (?:pendek|singkat)|link rút gọn"
    r"|لینک (?:کوتاه|خبر|مطلب)|نشانی (?:کوتاه|خبر)|(?:ال)?رابط (?:ال)?مختصر|رابط الخبر|קישור (?:קצר|לכתבה)|लघु लिंक|ছোট লিংক"
    r"|短(?:链接|網址|网址|連結)|短縮URL|단축 ?(?:URL|주소))\s*[:：]?$",
    re.I,
)
#: An editor's or compiler's credit standing alone, closing a report: Polish "Oprac. Ana Example",
#: "Opracowanie: ...", "Red. ...", Spanish "Edición: ...", Portuguese "Edição: ...", Italian "A cura di
#: ...", "Redazione ...", German "Bearbeitung: ...", "Redaktion: ...", "(Edited by Ana Example)", Czech
#: "Zpracoval ...": the label, then one to three names (capitalised words) and nothing else. Who
#: edited the copy is credited, not its author.
_EDIT_CREDIT = re.compile(
    r"^[(\[]?\s*(?i:oprac\.|opr\.|opracowa(?:nie|ł|ła)|red\.|redakcja|edycja|edición(?: de)?|editado por|edição(?: de)?"
    r"|editad[oa] por|a cura di|redazione|bearbeitung|redaktion|bearbeitet von|redigering|redigeret af|redigert av"
    r"|edited by|compiled by|zpracoval[a]?|zprac\.|uredio|uredila|uredil[a]?|szerkesztette|düzenleyen|penyunting)"
    rf"\s*[:.]?\s*(?:[{_CAPITALS}][\w'’.-]*(?: [{_CAPITALS}][\w'’.-]*){{0,3}})"
    rf"(?:\s*(?:,|;|/| i | e | y | und | and | et | a | og | och )\s*[{_CAPITALS}][\w'’.-]*(?: [{_CAPITALS}][\w'’.-]*){{0,3}}){{0,2}}"
    r"\s*[)\]]?\.?$"
)
#: A printer-friendly page's footer: its page count, maybe with when it was printed ("Page 1 of 1
#: Printed: 04/03/2026 09:12", "Seite 1 von 2", "Página 1 de 3"), or the print time alone ("Printed on 4 March 2026").
_PRINT_FOOTER = re.compile(
    r"^(?:page|seite|página|pagina|strona|strana|sida|side|sivu|oldal) \d{1,3} (?:of|von|de|di|z|ze|av|af|/|-) \d{1,3}\b"
    r"|^(?:printed|gedruckt|impreso|imprimé|stampato|wydrukowano|vytištěno|utskriven)(?: (?:on|at|am|el|le|il|dnia))?\s*:?\s*\d",
    re.I,
)
#: The most words of such a notice or credit.
NOTICE_WORDS = 16


#: A paged report's words for "page" and for "goes on" ("continued"), by language: the start of
#: each word, its cases and endings after it (Czech "strana, straně", Polish "strona, stronie",
#: Croatian/Slovene "strani"). The note names one of the page words; one that does not open in
#: brackets opens with a "goes on" phrase.
_PAGE_NOTE_TABLE: dict[str, tuple[str, str]] = {
    "en": (r"pages?", r"continued|cont['’]?d|continues"),
    "fr": (r"pages?", r"suite"),
    "de": (r"seite", r"fortsetzung|forts\.?"),
    "es": (r"página", r"continúa|sigue"),
    "pt": (r"página", r"continuação|continua|segue"),
    "it": (r"pagina", r"continua|segue"),
    "pl": (r"stron", r"ciąg dalszy"),
    "cs": (r"stran|strán", r"pokračování"),
    "sk": (r"stran|strán", r"pokračovanie"),
    "hr": (r"stran|stranic", r"nastavak"),
    "sl": (r"stran", r"nadaljevanje"),
    "lv": (r"lap[aāuāsē]", r"turpinājums"),
    "et": (r"lehek", r"järg"),
    "lt": (r"puslap", r"tęsinys"),
    "fi": (r"sivu", r"jatkuu"),
    "sv": (r"sida", r"forts\.?|fortsättning"),
    "da": (r"side", r"fortsat|forts\.?"),
    "hu": (r"oldal", r"folytatás"),
    "ru": (r"страниц", r"продолжение"),
    "uk": (r"сторінц", r"продовження"),
    "tr": (r"sayfa", r"devamı"),
    "el": (r"σελίδ", r"συνέχεια"),
    "eu": (r"orri", r"jarraipena"),
    "cy": (r"tudalen", r"parhad"),
    "ga": (r"leathanach", r"ar lean"),
    "is": (r"síð", r"framhald"),
    "ha": (r"shafi", r"ci gaba"),
}
#: The word "page" in the languages of :data:`_PAGE_NOTE_TABLE`.
_PAGE_WORDS = "|".join(dict.fromkeys(page for page, _ in _PAGE_NOTE_TABLE.values()))
#: "Goes on" in the languages of :data:`_PAGE_NOTE_TABLE`.
_GOES_ON_WORDS = "|".join(dict.fromkeys(goes for _, goes in _PAGE_NOTE_TABLE.values()))
#: A printed or paged report's note of where it goes on or came from, alone: one in brackets that
#: names a page ("(Continued from page 1)", "(Sākums iepriekšējā lapā)", "(Fortsetzung auf Seite 3)",
#: "[Page 2]"), or one that says "continued" and a page ("Continued on page 4", "Suite page 3",
#: "Pokračování na straně 8", Hausa "Ci gaba da karantawa a shafi na 2"), maybe with the headline
#: the report goes on under after a colon or a dash (group ``headline``).
_PAGE_NOTE = re.compile(
    rf"^[(\[]\s*[^()\[\]]{{0,50}}?(?<!\w)(?:{_PAGE_WORDS})[^\W\d_]*[^()\[\]]{{0,30}}[)\]][.:]?$"
    rf"|^(?:{_GOES_ON_WORDS})\b[^.!?]{{0,30}}(?<!\w)(?:{_PAGE_WORDS})[^\W\d_]*"
    rf"(?:\s+(?:na|nr\.?|no\.?|n[º°]|č\.))?\s*\d*(?:\W*$|(?<=\d)\s*[:–—-]\s*(?P<headline>[^.!?]{{1,80}})[.!?]?$)",
    re.I,
)


#: A page's tools around its article that say what they do, no text of the report. An audio
#: player's or a text-to-speech button's label, its length after it ("Listen (2 min)", "Listen to
#: this article", German "Artikel anhören", "Vorlesen", French "Écouter l'article", Spanish
#: "Escuchar", Catalan "Escolta", Portuguese "Ouvir", Italian "Ascolta", Dutch "Beluister",
#: Nordic "Lyssna", "Lytt", "Lyt", Finnish "Kuuntele", Estonian "Kuula", Latvian "Klausīties",
#: Lithuanian "Klausyti", Polish "Posłuchaj", "Odsłuchaj", Czech "Poslechnout", Hungarian
#: "Meghallgatom", Romanian "Ascultă", Russian "Слушать", "Прослушать", Ukrainian "Слухати",
#: Turkish "Dinle", Indonesian "Dengarkan", Swahili "Sikiliza", Vietnamese "Nghe", Korean "듣기",
#: Japanese "読み上げ", Chinese "收听", "朗读") ...
_LISTEN_LABEL = (
    r"listen(?: (?:to )?(?:this |the )?(?:article|story|now))?|(?:artikel |beitrag )?(?:anhören|vorlesen(?: lassen)?)|écouter(?: l'article| cet article)?"
    r"|escuchar(?: (?:el |este )?(?:artículo|noticia))?|escolta(?:r)?(?: l'article)?|ouvir(?: (?:o |este )?(?:artigo|notícia))?|ascolta(?:re)?(?: l'articolo)?"
    r"|(?:artikel )?beluisteren|beluister|luister(?: naar dit artikel)?|lyssna(?: på artikeln)?|lytt(?: til artikkelen)?|lyt(?: til artiklen)?"
    r"|kuuntele(?: artikkeli)?|kuula(?: artiklit)?|klausīties(?: rakstu)?|klausyti(?: straipsnio)?|posłuchaj(?: artykułu)?|odsłuchaj"
    r"|poslechnout(?: si)?(?: článek)?|vypočuť(?: si)?(?: článok)?|meghallgatom|cikk meghallgatása|ascultă(?: articolul)?"
    r"|слушать(?: статью)?|прослушать(?: статью)?|послушать|слухати|прослухати|dinle|haberi dinle|dengarkan(?: artikel)?|sikiliza"
    r"|nghe(?: bài viết)?|(?:음성으로 |기사 )?듣기|読み上げ|音声で聞く|收听|朗读|听新闻"
)
#: ... an extra line of the player: its length and the voice's kind ("3 min", "Hääl:
#: tehisintellekt"), which the player's box prints beside its label.
_LISTEN_BUTTON = re.compile(
    rf"^[▶►▷⏵🔊🎧\s]*(?:{_LISTEN_LABEL})\b\W*(?:\(?\d{{1,3}}(?:[:.]\d\d)?\s*(?:min\.?|minutes?|minuti|minutos|minuten|minuter|minutter|minuuttia|minutit|мин\.?|분|分)\)?)?\W*$",
    re.I,
)
#: A box's note that its text was made by a language model ("Summary created with AI", "This
#: summary was generated by AI and reviewed by an editor"), in the languages of news sites: the
#: words for artificial intelligence or "AI" in them (German "KI", French and Spanish "IA",
#: "künstliche Intelligenz", "intelligence artificielle", "inteligencia artificial", "inteligência
#: artificial", "intelligenza artificiale", "kunstmatige intelligentie", "artificiell intelligens",
#: "kunstig intelligens", "tekoäly", "tehisintellekt", "mākslīgais intelekts", "dirbtinis intelektas",
#: "sztuczna inteligencja", "umělá inteligence", "mesterséges intelligencia", "inteligență
#: artificială", "искусственный интеллект", "штучний інтелект", "yapay zeka", "kecerdasan buatan",
#: "trí tuệ nhân tạo", "인공지능", "人工知能", "人工智能") beside a word for a summary.
_AI_WORDS = (
    r"\b(?-i:AI|KI|IA|A\.I\.|GenAI|ChatGPT|LLM)\b|artificial intelligence|künstliche[rn]? intelligenz|intelligence artificielle|inteligencia artificial"
    r"|inteligência artificial|intelligenza artificiale|kunstmatige intelligentie|artificiell intelligens|kunstig intelligens|tekoäly"
    r"|tehisintellekt|mākslīg\w+ intelekt|dirbtin\w+ intelekt|sztuczn\w+ inteligencj|uměl\w+ inteligenc|mesterséges intelligencia"
    r"|inteligen\w+ artificial|искусственн\w+ интеллект|штучн\w+ інтелект|yapay zek|kecerdasan buatan|trí tuệ nhân tạo|인공지능|人工知能|人工智能"
)
_AI_SUMMARY = (
    r"summary|summari[sz]ed|key points|zusammenfassung|zusammengefasst|résumé|resumen|resumid[oa]|resumo|riassunto|samenvatting"
    r"|sammanfattning|oppsummering|resumé|opsummering|tiivistelmä|kokkuvõte|kopsavilk|santrauk|podsumowani|shrnutí|összefoglal"
    r"|rezumat|кратко|резюме|підсумок|özet|ringkasan|tóm tắt|요약|要約|摘要|总结|總結"
)
_AI_NOTE = re.compile(rf"(?:{_AI_WORDS}).*(?:{_AI_SUMMARY})|(?:{_AI_SUMMARY}).*(?:{_AI_WORDS})", re.I | re.S)
#: The most words of such a note.
AI_NOTE_WORDS = 30
#: ... and a component's message that what it was to show could not be loaded ("Could not load
#: related stories", "Failed to load comments", German "konnte nicht geladen werden", French
#: "Impossible de charger", Spanish "No se pudo cargar", Portuguese "Não foi possível carregar",
#: Italian "Impossibile caricare", Dutch "kon niet worden geladen", Polish "Nie udało się załadować",
#: Russian "Не удалось загрузить", Turkish "yüklenemedi", Indonesian "gagal dimuat", Vietnamese
#: "Không thể tải", Amharic "መጫን አልተቻለም", Korean "불러오지 못했습니다", Japanese "読み込めませんでした",
#: Chinese "加载失败").
_LOAD_FAILED = re.compile(
    r"\b(?:could not|couldn't|can ?not|cannot|unable to|failed to) (?:be )?load|\bfailed to load|konnte(?:n)? nicht geladen werden|nicht geladen werden"
    r"|impossible de charger|n'a pas pu être chargée?|no se (?:pudo|pudieron|ha podido) cargar|não foi possível carregar|impossibile caricare"
    r"|kon(?:den)? niet (?:worden )?geladen|nie udało się (?:za)?ładować|не удалось загрузить|не вдалося завантажити|yüklenemedi"
    r"|gagal dimuat|tidak dapat dimuat|không thể tải|መጫን አልተቻለም|불러오지 못했|불러올 수 없|読み込めませんでした|読み込みに失敗|加载失败|載入失敗|无法加载|無法載入",
    re.I,
)
#: The most words of such a message.
LOAD_FAILED_WORDS = 12


def is_page_tool(text: str) -> bool:
    """Whether *text*, a line or a box of a page, is one of the page's tools around its article, no
    text of the report: an audio player's label (:data:`_LISTEN_BUTTON`: "Listen (2 min)", "Kuula
    artiklit"), a note that a box was written by AI (:data:`_AI_NOTE`: "Kokkuvõte on loodud
    tehisintellekti abil"), or a component's message that it could not load (:data:`_LOAD_FAILED`)."""
    line = " ".join(text.split())
    words = word_count(line)
    return bool(line) and (
        words <= 8 and _LISTEN_BUTTON.match(line) is not None
        or words <= AI_NOTE_WORDS and is_ai_note(line)
        or words <= LOAD_FAILED_WORDS and _LOAD_FAILED.search(line) is not None
    )


def is_ai_note(text: str) -> bool:
    """Whether *text* (of :data:`AI_NOTE_WORDS` words at most) says a language model made a box of
    the page, a summary or a text (:data:`_AI_NOTE`)."""
    line = " ".join(text.split())
    return word_count(line) <= AI_NOTE_WORDS and _AI_NOTE.search(line) is not None


def is_page_notice(text: str) -> bool:
    """Whether a short block or line is a page's notice or credit that is no report's text: an old
    site's browser notice (:data:`_BROWSER_NOTICE`), a labelled address (:data:`_LABELLED_URL`) or
    the label of one left without it (:data:`_ADDRESS_LABEL_ALONE`: "Short link:"),
    an editor's credit (:data:`_EDIT_CREDIT`), a print view's footer (:data:`_PRINT_FOOTER`), or a
    paged report's note of where it goes on (:data:`_PAGE_NOTE`: "(Continued from page 1)", at most
    :data:`PAGE_NOTE_WORDS` words); at most :data:`NOTICE_WORDS` words."""
    line = " ".join(text.split())
    return bool(line) and word_count(line) <= NOTICE_WORDS and bool(
        _BROWSER_NOTICE.match(line) or _LABELLED_URL.match(line) or _ADDRESS_LABEL_ALONE.match(line) or _EDIT_CREDIT.match(line) or _PRINT_FOOTER.match(line)
        or _is_page_note(line))


def _is_page_note(line: str) -> bool:
    """Whether a line is a paged report's note of where it goes on (:data:`_PAGE_NOTE`): at most
    :data:`PAGE_NOTE_WORDS` words, or :data:`NOTICE_WORDS` with the headline it goes on under."""
    match = _PAGE_NOTE.match(line)
    if not match:
        return False
    headline = match.group("headline")
    return word_count(line) - (word_count(headline) if headline else 0) <= PAGE_NOTE_WORDS


#: The most words a note of where a paged report goes on (:data:`_PAGE_NOTE`) has.
PAGE_NOTE_WORDS = 8


#: A block this short that says one furniture phrase is a notice or a button.
FURNITURE_BLOCK_WORDS = 30


#: A wire report's credits standing alone as a block: "(Reporting by Anders Holm; Editing by
#: Clara Mbeki)", "Additional reporting by Ana Ruiz in Lima". Furniture on every site that runs
#: agency copy; a sentence that only uses the words ("Reporting by local media suggested...")
#: goes on, as it is not a list of names.
_WIRE_CREDIT_BLOCK = re.compile(
    r"^\(?\s*(?:(?i:(?:additional |further )?(?:reporting|writing|editing|compiled|graphics|fact-checking) by) "
    r"(?:{name}(?:(?:,| and| &) {name})*)(?: (?i:in|from) {name})?\s*(?:[;,]\s*|(?i:and)\s+|$|\)))+\)?\.?$".format(
        name=r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    ),
)


#: The roles a wire report's credit line names, and whether the people in each wrote the report:
#: "Reporting by", "Writing by" name its authors (:data:`_AUTHOR_ROLES`); "Editing by", "Graphics by",
#: "Photographs by" do not.
_AUTHOR_ROLES = "reporting|writing|written"
#: The same credits as agencies print them in the other languages the reader knows, each phrase
#: with its own word for "by" (or a colon after it): who reported or wrote the report, its
#: authors (German "Bericht von", "Berichterstattung:", French "Reportage", "Rédigé par", Spanish
#: "Información de", "Reporte de", Portuguese "Reportagem de", Italian "Servizio di", Dutch
#: "Verslaggeving door", Nordic "Rapportering av", Indonesian and Malay "Dilaporkan oleh",
#: Welsh "Adrodd gan", Catalan "Informació de", Swahili "Imeripotiwa na" ...) ...
_CREDIT_AUTHOR_PHRASES = (
    "bericht von|berichterstattung(?: von|:)|geschrieben von|verfasst von|reportage(?: de| par|:)?|rédigé par|écrit par"
    "|información de|informaci[oó]n:|reporte de|reportaje de|escrito por|reportagem de|reportagem:|servizio di|scritto da"
    "|verslaggeving(?: door|:)|geschreven door|rapportering(?: av|:)|skrevet av|skriven av|skrevet af|dilaporkan oleh"
    "|ditulis oleh|laporan oleh|adrodd gan|ysgrifennwyd gan|informació de|escrit per|redactat per|imeripotiwa na|imeandikwa na"
)
#: ... and who edited, translated or added to it, named but no authors ("Redigiert von", "Édité
#: par", "Version française", "Editado por", "Edición de", "Edição de", "A cura di", "Bewerkt door",
#: "Redigert av", "Disunting oleh", "Golygu gan", "Edició de", "Imehaririwa na"; "Información
#: adicional de", "Zusätzliche Berichterstattung von", "Ripoti ya ziada na" ...).
_CREDIT_OTHER_PHRASES = (
    "redigiert von|bearbeitet von|übersetzt von|redaktion:|mitarbeit(?: von|:)|zusätzliche berichterstattung(?: von|:)"
    "|édité par|édition(?: de|:)|version française(?: de)?|traduit par|traduction(?: de|:)|révisé par|reportage complémentaire(?: de)?"
    "|editado(?: en español)? por|edición(?: de|:)|traducido por|traducción(?: de|:)|información adicional de|con información de"
    "|edição(?: de|:)|editado por|tradução(?: de|:)|reportagem adicional de|com informações de|a cura di|editing di|tradotto da"
    "|hanno collaborato|bewerkt door|geredigeerd door|vertaald door|(?:eind)?redactie(?: door|:)|aanvullende verslaggeving door"
    "|redigerad av|redigert av|redigeret af|översatt av|oversatt av|oversat af|disunting oleh|diedit oleh|penyunting:"
    "|diterjemahkan oleh|laporan tambahan oleh|golygu gan|golygwyd gan|cyfieithwyd gan|adrodd ychwanegol gan|edició de"
    "|editat per|traduït per|informació addicional de|imehaririwa na|imetafsiriwa na|ripoti ya ziada na|taarifa za ziada na"
)
_CREDIT_ROLE = re.compile(
    rf"^(?:(?P<more>(?:additional|further|other|extra) )?(?P<role>{_AUTHOR_ROLES}|editing|edited|compiled|"
    r"graphics|fact-checking|fact-checked|reviewed|research|translation|translated|production|produced|"
    r"photographs|photos|photography|illustrations?|illustrated|video|design|designed"
    # the labels of a credit's lines with a colon: "Reporter: A", Antara's "Pewarta: A / Editor: B"
    r"|(?:reporter|pewarta|wartawan|penulis|editor|redaktur)(?=:))(?: by)?:?"
    rf"|(?P<wrote>{_CREDIT_AUTHOR_PHRASES})|(?P<other>{_CREDIT_OTHER_PHRASES}))\s+(?P<names>\S.*)$",
    re.I,
)
#: Where a credit line's parts meet: "; ", or ", " before the next role ("Reporting by A, editing by B",
#: "Bericht von A, redigiert von B").
_CREDIT_PARTS = re.compile(
    r"\s*;\s*|,?\s+(?=(?i:(?:additional |further )?(?:editing|edited|writing|graphics) by)\b)"
    rf"|,\s+(?=(?i:{_CREDIT_OTHER_PHRASES})\s)"
)
#: The words that say where a credited person reported from, before the place: English "in",
#: "from", "at", and those of the languages of :data:`_CREDIT_AUTHOR_PHRASES` (German "aus",
#: French "à", Spanish "en", "desde", Portuguese "em", Dutch "uit", Nordic "i", "från", Indonesian
#: "di", "dari", Welsh "yng", "ym", Swahili "mjini", "jijini", "huko" ...).
_CREDIT_AT = "in|from|at|aus|à|en|desde|em|uit|i|från|fra|di|dari|yng|ym|yn|mjini|jijini|huko|a|da"
#: One name in a credit, with where the person reported from ("Ana Ruiz in Lima"): capitalised
#: words (particles such as "de" and "van" between them).
_CREDIT_NAME = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|(?:de|da|van|von|der|den|del|di|le|la|al|bin)(?= [A-Z])))"
    rf"{{0,4}})(?: (?:{_CREDIT_AT}) [A-Z][\w.'’-]*(?:[ ,/] ?[A-Z][\w.'’-]*){{0,3}})?$"
)
#: An agency's or a paper's people as a whole in a credit line, not a person: "Nordpress staff",
#: "the Bengaluru newsroom", "AFP reporters", "our Lima bureau", "Gdansk Newsroom".
_CREDIT_DESK = re.compile(
    r"^(?:(?i:the|our) )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} (?i:staff|newsroom|bureau|desk|team|reporters|"
    r"correspondents|journalists)$"
)
#: What may stand around a credit line: a dash or two, brackets, a closing full stop.
_CREDIT_FRAME = re.compile(r"^(?:[-–—]+\s*)?\(?\s*(?P<inner>.*?)\s*\)?\.?$", re.S)


def wire_credit(text: str) -> tuple[str, ...] | None:
    """The reporters a wire report's credit line names, or None when *text* is no credit line.

    A credit line is a list of roles and names and nothing else, in the shape agencies print
    after a report: "(Reporting by Elena Brandt; Editing by Tom Reyes)", "Reporting by A and B;
    Writing by C; Editing by D", "-- Reporting by A in Lima, editing by B". The names given
    are those of "Reporting by" (the authors), else of "Writing by"; "Additional reporting" and
    the editors are credited, not authors, so a line of those alone gives an empty tuple.
    """
    text = " ".join(text.split())
    if not text or word_count(text) > FURNITURE_BLOCK_WORDS:
        return None
    framed = _CREDIT_FRAME.match(text)
    inner = framed["inner"] if framed else text
    if _CONTRIBUTED.match(text) or _CONTRIBUTED.match(inner):
        return ()  # who else contributed ("With files from AP", "(With reporting by Anadolu Agency)"): credited, no author
    reporters: list[str] = []
    writers: list[str] = []
    for part in (p for p in _CREDIT_PARTS.split(inner.strip(" .")) if p):
        role = _CREDIT_ROLE.match(part)
        if role is None:
            return None
        names = []
        for piece in _credit_pieces(role["names"].strip(" .")):
            if _CREDIT_DESK.match(piece):
                continue  # "Reporting by Reuters staff", "Compiled by the Bengaluru newsroom": credited, no one named
            found = _CREDIT_NAME.match(piece)
            if found is None:
                return None
            names.append(found["name"])
        kind = (role["role"] or "").lower()
        if role["wrote"] is not None or role["more"] is None and kind in ("reporting", "reporter", "pewarta", "wartawan"):
            reporters.extend(names)
        elif role["more"] is None and kind in ("writing", "written", "penulis"):
            writers.extend(names)
    return tuple(dict.fromkeys(reporters or writers))


#: The words for "and" between two names of a credit in the languages of its phrases (German "und",
#: French "et", Spanish "y", Catalan "i", Portuguese and Italian "e", Dutch "en", Nordic "og",
#: "och", Indonesian "dan", Welsh "a", "ac", Swahili "na"), before a capital.
_CREDIT_JOINTS = "und|et|y|i|e|en|og|och|dan|a|ac|na"


def _credit_pieces(names: str) -> list[str]:
    """The names of one role of a credit line, each with where they reported from: "Tom Hals in
    Wilmington, Delaware and Ana Ruiz" gives "Tom Hals in Wilmington, Delaware" and "Ana Ruiz". A
    piece after a comma that names no one is the region of the place before it: one word, or
    two closing the list ("in Wilmington, North Carolina"), not a person's name."""
    pieces: list[str] = []
    parts = re.split(rf"(,\s*(?:and\s+)?|\s+(?:and|&|{_CREDIT_JOINTS})\s+(?=[A-Z]))", names)
    for at in range(0, len(parts), 2):
        piece = parts[at].strip()
        joint = parts[at - 1] if at else ""
        last = at == len(parts) - 1
        placed = bool(pieces) and re.search(rf" (?:{_CREDIT_AT}) [A-Z]", pieces[-1]) is not None
        if placed and joint.strip() == "," and not re.search(rf" (?:{_CREDIT_AT}) ", piece) and (
            len(piece.split()) == 1 or len(piece.split()) == 2 and last
        ):
            pieces[-1] += ", " + piece
        elif pieces and re.fullmatch(rf"\s+(?:{_CREDIT_AT})\s+", joint) and len(piece.split()) == 1:
            pieces[-1] += joint + piece  # "Ana Ruiz en Lima": where she reported from (Spanish "en"), not a second name
        else:
            pieces.append(piece)
    return pieces


#: A credit in brackets closing a paragraph: "... the spokesman said. (Reporting by A; Editing by B)".
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”’'])\s+(?P<credit>\([^()]{8,}\))\s*$")


def split_credit(paragraph: str) -> tuple[str, tuple[str, ...] | None]:
    """*paragraph* without a wire credit line, and the reporters it names (:func:`wire_credit`).

    A paragraph that is a credit line gives "" (it is metadata, not the report); one that
    closes with a credit in brackets after its last sentence (a scrape that joined the two)
    gives its sentences. None where there is no credit.
    """
    whole = wire_credit(paragraph)
    if whole is not None:
        return "", whole
    tail = _TRAILING_CREDIT.search(paragraph)
    if tail is not None:
        names = wire_credit(tail["credit"])
        if names is not None:
            return paragraph[: tail.start()].rstrip(), names
    return paragraph, None


#: Page chrome in Chinese, Japanese and Korean, found inside a run of characters (no \b there): a
#: user bar's greeting and sign-in ("您好，游客！登录 | 注册"), an app's download link, a home-page
#: and bookmark button, a trail's "you are here" (:data:`_HERE_LABEL`), share buttons. Two of them
#: in a block that is no sentence make it furniture; one is a word a report may use.
_UNSPACED_CHROME = re.compile(
    "您好|游客|遊客|登录|登錄|登入|注册|註冊|退出登录|客户端下载|下载客户端|下載客戶端|设为首页|設為首頁|加入收藏|网站地图|網站地圖"
    "|分享到|分享至|ログイン|ログアウト|会員登録|新規登録|マイページ|로그인|로그아웃|회원가입|마이페이지"
    "|当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|現在位置|現在の位置|현재 ?위치"
)
#: A prompt of an app's or a messenger's page around a report, in the languages written without
#: spaces: WeChat's "阅读原文" (read the original) and "微信扫一扫 关注该公众号" (scan to follow the
#: account), "长按识别二维码", an aggregator's "アプリをダウンロード" (download the app), "アプリで読む",
#: Korean "앱 다운로드", "下载客户端". One in a short block (:data:`UNSPACED_PROMPT_CHARS`) is furniture.
_UNSPACED_PROMPT = re.compile(
    "阅读原文|閱讀原文|微信扫一扫|微信掃一掃|扫码关注|掃碼關注|长按识别|長按識別|长按二维码|長按二維碼|关注该公众号|關注該公眾號"
    "|アプリ(?:を|の)?ダウンロード|アプリで(?:読む|開く|見る)|앱 ?다운로드|앱에서 (?:보기|읽기)|下载(?:客户端|APP|App|app)|下載(?:客戶端|APP|App|app)"
)
#: The most characters of a block that such a prompt makes furniture.
UNSPACED_PROMPT_CHARS = 40
#: The label of a site's trail, "you are here", over its links: "当前位置：首页 > 本地 > 正文".
_HERE_LABEL = re.compile(
    r"^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|現在位置|現在の位置|현재 ?위치|"
    r"you are here|vous êtes ici|sie sind hier|usted está aquí|estás aquí|você está aqui|ti trovi in)\s*[:：]\s*\S.{0,80}[>»›/]",
    re.I,
)


#: The label that opens a financial site's risk warning: "Risk warning:", "Capital at risk.",
#: "Investment warning -", "Important risk information:", "Not investment advice:".
_RISK_LABEL = re.compile(
    r"^(?:(?:important |investment )?risk (?:warning|disclosure|information)|investment warning|(?:your )?capital (?:is )?at risk"
    r"|financial promotion|not (?:financial|investment) advice)\s*[:.!–—-]", re.I)
#: The regulator's set phrases a risk warning opens with: "The value of investments can go down
#: as well as up", "Past performance is not a reliable indicator of future results", "You may get
#: back less than you invest".
_RISK_PHRASE = re.compile(
    r"^(?:the value of (?:your |an |any )?investments?\b[^.]{0,60}?\b(?:go|fall) down as well as\b"
    r"|past performance is (?:not|no) (?:a )?(?:reliable |good )?(?:guide|indicator|indication|guarantee)\b"
    r"|you (?:may|could|might) (?:get back|lose) (?:less than|all of|some of|more than)\b)", re.I)
#: A site's word that it gives no advice: "... is not regulated to give investment advice", "...
#: does not constitute financial advice", "... is for information only and is not a recommendation
#: to buy or sell"; :func:`is_risk_warning` wants the site (a name, "this article") as its subject.
_NO_ADVICE = re.compile(
    r"\b(?:is|are) not (?:authori[sz]ed|regulated|licen[sc]ed|registered|qualified)\b[^.]{0,40}?\bto (?:give|provide|offer) (?:\w+ ){0,2}advice\b"
    r"|\b(?:does|do|should) not (?:constitute|represent|amount to|be (?:taken|construed|considered|relied (?:up)?on) as)\b[^.]{0,30}?"
    r"\b(?:financial|investment|tax|legal) advice\b"
    r"|\b(?:is|are) (?:for )?(?:general )?information(?:al)? (?:purposes )?only\b"
    r"|\b(?:is|are) not (?:a |an )?(?:personal |investment )?(?:recommendation|solicitation|offer) to (?:buy|sell)\b", re.I)
#: Who a site's no-advice sentence is about: a name in capitals ("The Ledger", "Kestrel Research"),
#: maybe with what of it ("Kestrel content"), or "this article", "our analysis" (not "Many influencers").
_NO_ADVICE_SUBJECT = re.compile(
    r"^(?:(?:(?:[Tt]his|[Oo]ur|[Tt]he|[Aa]ll|[Aa]ny) )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}"
    r"(?: (?:content|articles?|material|commentary|analysis|newsletters?|services?|website|site|podcast|app|team))?"
    r"|(?:[Tt]his|[Oo]ur|[Tt]he) (?:content|articles?|material|commentary|analysis|newsletters?|information|website|site|page|report"
    r"|publication|service|post|podcast|blog|email))$")
#: The most words of a no-advice sentence standing alone as a risk warning.
NO_ADVICE_WORDS = 40
#: Quotation marks, straight and curly: a block that quotes someone is a report's.
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")


def is_risk_warning(text: str) -> bool:
    """Whether a block is a financial site's risk warning or disclaimer of advice, the same under
    every report it runs: opened by its label (:data:`_RISK_LABEL`, "Risk warning: ...") or by
    the regulator's set phrase (:data:`_RISK_PHRASE`, "The value of investments can go down as
    well as up"), of at most :data:`DISCLAIMER_WORDS` words; or a short block whose sentences
    say, each of the site itself (a name, "this article"), that it gives no advice
    (:data:`_NO_ADVICE`: "The Ledger is not regulated to give investment advice."). A report's
    sentence on a risk or on advice ("Many influencers are not authorised to give financial
    advice", "Savers were warned that ...") is none."""
    line = " ".join(text.split())
    words = word_count(line)
    if not line or words > DISCLAIMER_WORDS:
        return False
    if _RISK_LABEL.match(line) or _RISK_PHRASE.match(line):
        return True
    if words > NO_ADVICE_WORDS or _QUOTE_MARKS.search(line):
        return False
    sentences = [s for s in SENTENCE_BREAK.split(line) if s.strip()]
    return bool(sentences) and all(
        (found := _NO_ADVICE.search(s)) is not None and _NO_ADVICE_SUBJECT.match(s[: found.start()].strip()) is not None
        for s in sentences)


#: The heading of a press release's contacts, alone: "Enquiries", "Media contacts", "Investor
#: relations enquiries:", "For further information, please contact:".
_CONTACTS_HEAD = re.compile(
    r"^(?:(?:(?:media|press|investor|analyst|news)(?: relations)?(?:(?: and|,| &| /) (?:media|press|investor|analyst)s?)? )?"
    r"(?:enquiries|inquiries|contacts?)(?: details)?"
    r"|for (?:further|more|additional) (?:information|details|enquiries|inquiries)(?:,? (?:please )?contact)?)\s*[:.]?$", re.I)
#: A telephone number as a press release's contacts print it: international ("+44 20 7946 0321"),
#: with an area code in brackets ("(0121) 496 0018", "(212) 555-0143"), or national ("020 7946 0321").
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}(?:[ -]?\(?\d{1,5}\)?){2,6}|\(\d{2,5}\) ?\d{3,4}[ -]?\d{3,4}|0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}"
    r"|\d{3}-\d{3}-\d{4})(?![\w%]|[.,]\d)")
#: A contact's line opening with its label, the contact after a colon: "Press contact: ...",
#: "Media enquiries: ...", "Contact: ..." (:func:`is_contact_block` asks for a number or an address in it).
_CONTACTS_LABEL = re.compile(
    r"^(?:(?:media|press|investor|news)(?: relations)?(?: office)? )?(?:contacts?|enquiries|inquiries)(?: for (?:media|press|journalists))?\s*:\s*\S", re.I)
#: An e-mail address.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: The fewest digits of a telephone number (:data:`_PHONE`).
PHONE_DIGITS = 9
#: A security's or an issuer's identifier after its label, alone: "LEI: 2138009XMWKQ7G2M5K31",
#: "ISIN: GB00B1234567; LEI: ...", a press release's last lines.
_IDENTIFIER_LINE = re.compile(
    r"^(?:(?:LEI|ISIN|SEDOL|CUSIP|WKN|legal entity identifier)(?: code| number| no\.?)?\s*[:：]?\s*[A-Z0-9]{6,20}\s*[;,|·]?\s*)+\.?$", re.I)


def is_contact_block(text: str) -> bool:
    """Whether a block is a press release's closing boilerplate: the heading of its contacts
    (:data:`_CONTACTS_HEAD`, "Enquiries", "Media contacts"), a contact's line (a name, a firm
    and a telephone number, :data:`_PHONE`; no sentence), or an identifier's line
    (:data:`_IDENTIFIER_LINE`, "LEI: 2138009XMWKQ7G2M5K31"). A report's sentence that gives a
    number to call ("Anyone with information should call 020 7946 0000.") is the report's."""
    line = " ".join(text.split())
    if not line or word_count(line) > FURNITURE_BLOCK_WORDS:
        return False
    if _CONTACTS_HEAD.match(line) or _IDENTIFIER_LINE.match(line):
        return True
    phoned = any(sum(c.isdigit() for c in m[0]) >= PHONE_DIGITS for m in _PHONE.finditer(line))
    if _CONTACTS_LABEL.match(line) and (phoned or _EMAIL.search(line)):
        return True  # "Press contact: Press office, press@example.org, +47 000 00 000." (a full stop or not)
    return not is_sentence(line) and phoned


#: The most words of a line of a contact's card that gives a way to reach them ("+372 625 6300",
#: "Tel. 030 1234 5678", "ana.example@ministry.example").
CONTACT_LINE_WORDS = 6


def is_contact_line(text: str) -> bool:
    """Whether a line is a telephone number (:data:`_PHONE`, :data:`PHONE_DIGITS` digits or more)
    or an e-mail address (:data:`_EMAIL`) alone, maybe with its label ("Tel.:", "E-post:"), in
    at most :data:`CONTACT_LINE_WORDS` words and no sentence: a contact card's line."""
    line = " ".join(text.split())
    if not line or word_count(line) > CONTACT_LINE_WORDS or is_sentence(line):
        return False
    return bool(_EMAIL.search(line)) or any(sum(c.isdigit() for c in m[0]) >= PHONE_DIGITS for m in _PHONE.finditer(line))


#: A line of hashtags alone ("#Portsea #HarbourBridge", "#flood, #rescue"): each a word with a
#: letter in it ("#1" is a rank), parted by spaces, commas or dots.
_HASHTAG_LINE = re.compile(r"^#\w*[^\W\d_]\w*(?:[\s,;·|•]+#\w*[^\W\d_]\w*)*[\s,;·|•.]*$")


#: The most words after a pictograph in a label: "📌 Pinned", "🔴 Live now", "⭐ Editor's pick".
ICON_LABEL_WORDS = 2


def is_icon_label(text: str) -> bool:
    """Whether *text* is a label a page sets with a pictograph in front: an emoji or a symbol
    (Unicode's "other symbol": "📌", "★", "🔔") and at most :data:`ICON_LABEL_WORDS` words after
    it, no figure and no sentence's end ("📌 Pinned", "🔴 Live", "⭐ Top story"): a badge on an
    update or a box, no words of the report. The copyright and registered signs are a notice's
    ("© Reuters"), not an icon's."""
    line = " ".join(text.split())
    if not line or unicodedata.category(line[0]) != "So" or line[0] in "©®℗":
        return False
    rest = line.lstrip("".join(c for c in line if unicodedata.category(c) in ("So", "Mn", "Cf", "Sk")) + " ")
    return (bool(rest) and len(rest.split()) <= ICON_LABEL_WORDS and not any(c.isdigit() for c in rest)
            and not is_sentence(rest) and bool(re.search(r"[^\W\d_]", rest)))


def is_hashtag_line(text: str) -> bool:
    """Whether *text* is a line of hashtags alone (:data:`_HASHTAG_LINE`), as a social post closes on
    them: the post's tags, links to its topics, no text of the report."""
    return bool(_HASHTAG_LINE.match(" ".join(text.split())))


def is_furniture_block(text: str) -> bool:
    """Whether a block an extractor kept is furniture on any site (a paywall notice, a share line).

    One phrase of the furniture vocabulary in a block of at most FURNITURE_BLOCK_WORDS
    words, or two distinct phrases in a longer one; or, alone in a block of that length, a wire
    report's credits, an agency's credit in brackets or an advert's label, a report's label in
    brackets ("【速報】": :func:`is_bracket_label`), a site's copyright
    notice, a reporter's e-mail address, a widget's label ("Share", "Print", "1/5") or the
    label of a link to the rest of a report ("Read the full story": :func:`is_read_on`); or a
    sponsor's box (:func:`is_sponsor_line`); or an e-mail's legal notice (:func:`is_disclaimer`); or a page's notice or an editor's credit (:func:`is_page_notice`:
    "Best viewed in 800x600.", "Article URL: https://...", "Oprac. Ana Example"); or a CMS's line of
    who posted the page and when (:func:`is_submitted_line`), a page's reading time
    (:func:`is_reading_time`) or its stats line (:func:`is_stats_line`); or a byline's words left without its names
    ("By •" where the extractor took out the author's element and the time).

    Also a financial site's risk warning (:func:`is_risk_warning`), a press release's contacts
    or identifier's line (:func:`is_contact_block`), and a badge set with a pictograph
    (:func:`is_icon_label`: "📌 Pinned").
    """
    text = text.replace("İ", "I")  # Turkish capitals: "İLGİLİ HABER:" is "ilgili haber:" to the patterns
    if is_risk_warning(text) or is_contact_block(text) or is_hashtag_line(text) or is_icon_label(text):
        return True  # a financial site's risk warning; a press release's contacts and identifiers; a badge ("📌 Pinned")
    if is_submitted_line(text) or is_reading_time(text) or is_stats_line(text) or is_page_notice(text) or is_share_line(text) or is_greeting(text) or is_sponsor_line(text) or is_disclaimer(text) or is_bracket_label(text) or opens_byline(text) and not re.search(r"\w", _BY.sub("", " ".join(text.split()), count=1)):
        return True
    if word_count(text) <= FURNITURE_BLOCK_WORDS and (
        _WIRE_CREDIT_BLOCK.match(text.strip()) or _CHROME_LINE.match(text.strip()) or _COPYRIGHT_NOTICE.search(text.strip())
        or is_rights_notice(text)
        or is_read_on(text) or _MAIL_BLOCK.match(text.strip()) or _CREDIT_OR_AD_BLOCK.match(text.strip())
    ):
        return True
    if not is_sentence(text) and (len(set(_UNSPACED_CHROME.findall(text))) >= 2 or _HERE_LABEL.match(text.strip())):
        return True  # a user bar, a trail: "您好，游客！登录 | 注册 ... 当前位置：首页 > 本地 > 正文"
    if len(text.strip()) <= UNSPACED_PROMPT_CHARS and _UNSPACED_PROMPT.search(text):
        return True  # an app's prompt: "点击“阅读原文”了解更多", "アプリをダウンロード"
    hits = _furniture_phrases(text)
    return bool(hits) and (word_count(text) <= FURNITURE_BLOCK_WORDS or len(hits) >= 2)


#: How a live page closes its coverage: "That is all from us for now", "We're pausing our live coverage".
_SIGNOFF = re.compile(
    r"^(?:that(?:'s| is|’s) (?:all|it) (?:from (?:us|me)|for (?:now|today|tonight))"
    r"|we(?:'re| are|’re) (?:pausing|ending|closing|wrapping up) (?:our|this) (?:live )?(?:coverage|blog|updates)"
    r"|this live (?:blog|page|coverage) (?:is|has) (?:now )?(?:closed|ended)|thanks? (?:you )?for following)",
    re.I,
)


#: A live page's closing words in any phrasing: its coverage (blog, page, updates, ticker) and a
#: verb that ends or pauses it in one sentence ("Our live coverage has ended", "We are now pausing
#: this live blog", "That wraps up our live coverage"), and the same in German, French and Spanish.
_LIVE_THING = re.compile(r"\b(?:live(?:blog|ticker)?|coverage|blog|updates)\b", re.I)
_CLOSING = re.compile(
    r"\b(?:end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|paus(?:e|es|ed|ing)|wrap(?:s|ped|ping)?(?: up)?|finish(?:es|ed|ing)?|over)\b", re.I
)
_SIGNOFF_OTHER = re.compile(
    r"\bthanks? (?:you )?for (?:following|joining|reading)|\b(?:we|i)(?:'ll|’ll| will) be back (?:tomorrow|later|soon|on|with)"
    # the coverage going on another day: "Our coverage continues tomorrow", "Join us again from 6am"
    r"|^(?:our|this|the) (?:live )?(?:coverage|blog|updates) (?:continues?|resumes?|will (?:continue|resume|return)|returns?)"
    r" (?:tomorrow|later|on|at|from|in the morning)\b|^join us (?:again )?(?:tomorrow|later|on|at|from)\b"
    r"|\b(?:beenden|schließen) wir (?:unseren|den|diesen) (?:live-?)?(?:ticker|blog)|\bmettons fin à (?:ce|notre) direct"
    r"|\bmerci de (?:nous |l['’])avoir suivie?s?|\b(?:ce|notre) direct est (?:désormais |maintenant )?(?:terminé|clos|fermé)"
    r"|\b(?:cerramos|terminamos|finalizamos) (?:este|nuestro|aquí (?:este|nuestro)) directo"
    r"|\bgracias por (?:seguirnos|acompañarnos)|\b(?:este|nuestro) directo (?:ha )?(?:terminado|finalizado)"
    r"|\bder (?:live-?)?(?:ticker|blog) (?:ist )?(?:beendet|geschlossen)|\b(?:vielen )?danke? (?:fürs|für's|für das|für ihr) (?:mitlesen|dabeisein|interesse)"
    r"|^das war(?:'s|’s|s| es) (?:für heute|für jetzt|von uns|vorerst)"
    r"|\bgrazie per (?:averci|aver) seguit|\bla diretta (?:è )?(?:terminata|conclusa)"
    r"|\bobrigad[oa] por (?:nos )?acompanhar|\bdank (?:je|u) (?:wel )?voor het volgen"
    # Vietnamese, Indonesian, Turkish, Polish, Swedish, Russian
    r"|\bcảm ơn (?:quý )?(?:độc giả|bạn đọc|các bạn) đã theo dõi|\b(?:tường thuật|trực tiếp) (?:xin )?(?:tạm )?(?:dừng|kết thúc)"
    r"|\bterima kasih (?:telah|sudah) mengikuti|\btakip ettiğiniz için teşekkür|\bdziękujemy za (?:uwagę|śledzenie|wspólne)"
    r"|^to (?:wszystko|tyle) na (?:dziś|dzisiaj|teraz)\b|\bdziękujemy, że (?:byli państwo|byliście) z nami"
    r"|\btack för att (?:du|ni) (?:följt|har följt)|\bспасибо, что (?:были|следили|читали)"
    # Danish and Norwegian, Slovak
    r"|\bvi (?:lukker|stopper|afslutter|avslutter|slutter) (?:liveblog(?:gen)?|live-?bloggen|direkten|dækningen|dekningen)"
    r"|\btakk? (?:fordi|for at) (?:du|i|dere) (?:fulgte|har fulgt) med"
    r"|\btýmto (?:končíme|ukončujeme) (?:náš |dnešný )?(?:online |živý )?(?:prenos|reportáž)|\bďakujeme, že ste (?:boli s nami|nás sledovali)"
    # "this ends our live coverage" in Polish, Czech, Slovak, Croatian/Serbian/Bosnian, Slovenian, Hungarian
    r"|\bna tym kończymy (?:naszą |dzisiejszą )?relację|\btímto (?:naši |dnešní )?(?:on-?line |živou )?reportáž (?:končíme|ukončujeme)"
    r"|\b(?:děkujeme|díky|dík|ďakujeme|vďaka) za (?:(?:vaši |vašu )?pozornost|přízeň|sledování|sledovanie)"
    # Dutch, Romanian: "this liveblog is no longer updated", "thanks for reading along", "here we end the broadcast"
    r"|\b(?:dit|deze) liveblog wordt niet meer bijgewerkt|\bbedankt voor het (?:meelezen|volgen)|\bhiermee sluiten we"
    r"|\b(?:aici încheiem|încheiem aici) (?:transmisiunea|relatarea|live)|\bvă mulțumim (?:că ne-ați urmărit|pentru atenție)"
    r"|\b(?:ovime|ovim|ovdje|ovde) (?:završavamo|zaključujemo) (?:naš |današnji )?(?:prijenos|prenos|praćenje)"
    r"|\btukaj (?:zaključujemo|končujemo)|\bitt zárjuk (?:a )?(?:percről percre|élő)"
    # thanks for following in Hungarian, Ukrainian, Bulgarian, Greek, Finnish, Estonian
    r"|\bköszönjük, hogy (?:velünk tartott|követt)|\bдякуємо, що (?:були|стежили|читали)|\bблагодарим(?: ви)?, че (?:бяхте|следихте)"
    r"|\bσας ευχαριστούμε (?:που|για την παρακολούθηση)|\bkiitos, että (?:seurasit|olit)|\baitäh, et (?:jälgisite|olite)"
    # thanks for following in Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Thai, Japanese, Chinese
    r"|شكر[اًا]{0,2} (?:لمتابعتك|لكم على (?:المتابعة|متابعتك))|نشكركم على (?:المتابعة|متابعتك)"
    r"|(?:سپاس|ممنون|متشکریم) (?:از|بابت) همراهی|از همراهی (?:شما|تان) (?:سپاس|ممنون|متشکر)|ساتھ رہنے کا شکریہ"
    r"|תודה (?:שעקבתם|שהייתם איתנו|על המעקב)|(?:साथ|जुड़े) (?:बने )?रहने के लिए (?:धन्यवाद|शुक्रिया)"
    r"|সঙ্গে থাকার জন্য ধন্যবাদ|ขอบคุณ(?:ที่|ทุกท่านที่)ติดตาม|(?:ご覧|お付き合い)いただき、?(?:誠に)?ありがとうございました"
    r"|感[谢謝](?:您的|大家的|各位的)?(?:关注|關注|收看|阅读|閱讀)"
    # Swahili, Korean, Tamil: "thank you for being with us", "thank you for following"
    r"|\basante(?:ni)? (?:kwa kuwa nasi|kwa kutufuatilia|kwa kufuatilia)|(?:함께해|지켜봐|시청해) 주(?:신|셔서)[^.]{0,20}감사"
    r"|(?:எங்களுடன் )?இணைந்திருந்ததற்கு நன்றி|பின்தொடர்ந்ததற்கு நன்றி"
    # Nepali: "thank you for joining us", "for staying with us"
    r"|(?:जोडिनुभएकोमा|साथ दिनुभएकोमा|हेर्नुभएकोमा|पढ्नुभएकोमा) (?:धन्यवाद|आभार)",
    re.I,
)
#: The same closing in other languages, by the stems of both words (no English word's: "transmission
#: ... concluded" is news): the coverage (Hungarian
#: "tudósítás", Ukrainian "трансляція", Greek "ενημέρωση", Finnish "seuranta", Hindi "लाइव", Nepali "लाइभ", ...) and a verb
#: that ends it ("befejezzük", "завершуємо", "ολοκληρώνεται", "päätämme", ...), in one short
#: first sentence: "Percről percre tudósításunkat itt befejezzük", "Εδώ ολοκληρώνεται η ζωντανή
#: μας ενημέρωση", "На цьому ми завершуємо нашу онлайн-трансляцію".
_LIVE_THING_OTHER = re.compile(
    r"(?<!\w)(?:liveblog|live-?ticker|ticker|direkt|directo|direto|diretta|(?:ce|notre|le) direct|couverture|cobertura"
    r"|transmisiun|transmisión|transmissão|transmissione|transmisj|relac|přenos|prenos|reportáž|zpravodajstv|tudósítás|közvetítés|percről percre|élő"
    r"|prijenos|praćenj|poročanj|berichterstattung|verslaggeving|трансляц|онлайн|репортаж|эфир|ефір|блог|ενημέρωσ|ζωντανή"
    r"|κάλυψ|μετάδοσ|canlı|yayın|liputan|siaran|tường thuật|trực tiếp|seurant|seurann|suora|direkte|dekning|dækning|otseblogi"
    r"|ülekan|tiešraid|tiesiogin|transliacij|v živo|uživo|naživo|na żywo|živě|spremljanj|izvještavanj|izveštavanj"
    r"|التغطية|تغطيت|البث|پوشش|پخش زنده|הסיקור|השידור|העדכונים|סיקור|שידור|הבלוג|לייב"
    r"|लाइव|लाइभ|कवरेज|ब्लॉग|লাইভ|நேரலை|లైవ్|લાઇવ|ಲೈವ್|ലൈവ്|ਲਾਈਵ|لائیو|براہ راست|생중계|중계|라이브"
    r"|matangazo|moja kwa moja|mubashara)"
    # in the scripts no space parts, a word of its own anywhere in a line: Japanese, Chinese, Thai
    r"|ライブ|中継|実況|直播|[滚滾]动|[滚滾]動|[实實][时時]|[图圖]文|ไลฟ์|รายงานสด|ถ่ายทอดสด",
    re.I,
)
_CLOSING_OTHER = re.compile(
    r"(?<!\w)(?:beend|schließ|abgeschlossen|terminé|terminons|terminamos|terminado|terminada|terminata|terminiamo|cerramos"
    r"|finalizamos|finalizam|conclu(?:imos|ímos|ons|diamo)|encerr|chiud|mettons fin|sluit|beëindig|kończ|zakończ|konč|ukonč|befejez|zárj|lezár|véget"
    r"|încheie|închid|završ|zaključ|konču|заверш|закінч|законч|заканчива|закрыва|закрива|приключ|ολοκληρ|τελει|κλείν"
    r"|sonlandır|bitir|sona er|mengakhiri|berakhir|menutup|kết thúc|dừng|päät|lopet|avslut|afslut|lukk|stäng|steng|slutt"
    r"|lõpeta|beidz|noslēdz|baig|نختتم|نختم|ننهي|ننتهي|انتهت|انتهى|تنتهي|نتوقف|پایان|خاتمه|متوقف|ختم"
    r"|מסיימים|נסגר|מסכמים|נועלים|מסתיים|הסתיים|נסיים|समाप्त|(?:ख|ख\u093c|\u0959)त्म|বন্ধ|শেষ|முடி|ముగ|પૂર્ણ|ಮುಕ್ತಾಯ|അവസാനി|ਸਮਾਪਤ"
    r"|마칩|마치겠|마무리|종료|끝냅|끝내겠|mwisho|tunahitimisha|tunafunga|tunamaliza|tunakomea)"
    r"|終了|終わ|終え|締め|閉じ|[结結]束|告一段落|[暂暫]停|สิ้นสุด|ปิด|จบ|ยุติ",
    re.I,
)
#: The most words of such a first sentence: a sign-off says only that.
SIGNOFF_SENTENCE_WORDS = 15
#: An update's own time opening its text ("16:10 На цьому ми завершуємо ..."): not the sign-off's words.
_OPENING_CLOCK = re.compile(rf"^(?:{CLOCK_STAMP})\s*[|–—:-]?\s+(?=\S)", re.I)


def is_signoff(text: str, *, live: bool = False) -> bool:
    """Whether a block is a live page's sign-off, which is not news (and not the lead): a short
    block that opens as sign-offs do (:data:`_SIGNOFF`); on a *live* page also one whose first
    sentence closes the coverage (a word of the coverage and a closing verb together,
    :data:`_LIVE_THING`, :data:`_CLOSING`; in other languages :data:`_LIVE_THING_OTHER`,
    :data:`_CLOSING_OTHER`) or that thanks readers for following (:data:`_SIGNOFF_OTHER`). A
    time opening the block is the update's stamp ("16:10 We are ending ...")."""
    if word_count(text) > 40:
        return False
    text = _OPENING_CLOCK.sub("", text, count=1)  # the time a sign-off carries as an update does
    if _SIGNOFF.match(text):
        return True
    if not live:
        return False
    if _SIGNOFF_OTHER.search(text):
        return True
    first = re.split(r"(?<=[.!?؟।])\s|(?<=[。！？])", text, maxsplit=1)[0]
    # (a character of Japanese or Chinese is a word: such a sentence has twice as many)
    most = SIGNOFF_SENTENCE_WORDS * (2 if _UNSPACED_CHAR.search(first) else 1)
    if _LIVE_THING_OTHER.search(first) and _CLOSING_OTHER.search(first) and word_count(first) <= most:
        return True
    return bool(_LIVE_THING.search(first) and _CLOSING.search(first) and re.match(r"(?i)(?:we|our|this|that|i)\b", first))


#: The fewest words the sentences of a sign-off's block that are no sign-off hold to be kept, a
#: sentence of news ("Vardo Cargo has promised a full statement on Wednesday."): fewer are its
#: greeting ("See you then.").
SIGNOFF_NEWS_WORDS = 5


def _names_something(text: str) -> bool:
    """Whether *text* names what news names and a sign-off does not: a figure, or a word in
    capitals other than a sentence's first ("Vardo Cargo", "Wednesday"); a sign-off speaks of its
    own coverage ("We are closing our live page here.")."""
    words = text.split()
    return any(c.isdigit() for c in text) or any(
        # (a word of two letters or more: English's "I" is none)
        (bare := word.strip("\"'“”‘’«»„(),;"))[:1].isupper() and len(bare) > 1 and not before.endswith((".", "!", "?", ":"))
        for before, word in zip(words, words[1:]))


def without_signoff(text: str, *, live: bool = False) -> str:
    """*text*, a block of a live page, without its sentences that are a sign-off
    (:func:`is_signoff`): "That is all from us today. Vardo Cargo has promised a full statement on
    Wednesday. Our coverage continues tomorrow." keeps its news, "Vardo Cargo has promised ...";
    "" where what is left is no sentence of :data:`SIGNOFF_NEWS_WORDS` words or more. A time
    opening the block (the update's stamp) stays before what is kept."""
    clock = _OPENING_CLOCK.match(text)
    opening, text = (clock[0], text[clock.end():]) if clock else ("", text)
    bounds = [0, *sentence_starts(text), len(text)]
    kept = " ".join(sentence for start, end in zip(bounds, bounds[1:])
                    if (sentence := text[start:end].strip()) and not is_signoff(sentence, live=live))
    news = word_count(kept) >= SIGNOFF_NEWS_WORDS and is_sentence(kept) and _names_something(kept)
    return f"{opening}{kept}" if news else ""


#: A live page's label "LIVE" in its language, before its header's counter ("AO VIVO · 4 atualizações").
_LIVE_LABEL = (r"live|en vivo|ao vivo|en direct|in diretta|diretta|direkt|live-?ticker|na żywo|živě|naživo|v živo|uživo|élő|canlı"
               r"|suora|tiesiogiai|tiešraidē|otse|ζωντανά|прямой эфир|онлайн|наживо|실시간|trực tiếp|langsung")
#: The updates a live page's header counts, in its language (the plural, or the case a number
#: governs): "updates", "atualizações", "aggiornamenti", "Einträge", "wpisów", "posodobitev", "업데이트".
_UPDATE_WORDS = (r"updates?|posts?|entries|atualizaç(?:ões|ão)|actualizaci(?:ones|ón)|aggiornament[io]|mises? à jour"
                 r"|aktualisierung(?:en)?|einträge|beiträge|oppdateringer|uppdateringar|opdateringer|päivity(?:stä|kset|s)"
                 r"|aktualizacj[ie]|aktualizace|aktualizací|aktualizáci[ei]|aktualizácií|wpis(?:y|ów)|příspěvk(?:y|ů)"
                 r"|posodobit(?:ev|vi|ve)|ažuriranj[ae]|frissítés|actualizări|ενημερώσεις|обновлени[йяе]|оновлен(?:ь|ня)"
                 r"|atnaujinim(?:ai|ų)|atjauninājum(?:i|u)|uuendus(?:t|ed)|güncelleme|pembaruan|cập nhật|업데이트|更新|publicaç(?:ões|ão)|publicaciones")
#: A live page's header counter: "AO VIVO · 4 atualizações", "12 new updates", "업데이트 4건".
_LIVE_COUNTER = re.compile(
    rf"^(?:(?:{_LIVE_LABEL})\s*[·•|:–—-]?\s*)?(?:\d+\s+(?:new|neue|nuevas?|novas?|nouvelles?|nuov[ie]|nowe|nye|nya|uusia)?\s*"
    rf"(?:{_UPDATE_WORDS})|(?:{_UPDATE_WORDS})\s*\d+\s*(?:건|개|件)?)$",
    re.I,
)
#: A timeline's sort or filter label, its options after it or not: "Sort by:", "Razvrsti:",
#: "Ordenar por: Más recientes", "Sortieren nach", "정렬".
_SORT_LABEL = re.compile(
    # with the word "by" after it, its options may follow without a colon: "Sort by newest"
    r"^(?:(?:sort(?:ed)? by|order by|sortieren nach|trier par|ordenar por|ordina per|sorteer op|sorter etter|sortera efter"
    r"|filter by)(?:\s*:)?(?:\s+\S+){0,2}"
    r"|(?:sort|order|sortieren|sortierung|trier|ordenar|ordina|sorteer|sorter|sortera|sortér|lajittele|järjestä|sortuj|sortowanie"
    r"|řadit|seřadit|zoradiť|razvrsti|sortiraj|poredaj|rendezés|сортировать|сортировка|сортувати|сортування|подреди|rūšiuoti"
    r"|kārtot|sırala|urutkan|sắp xếp|정렬|並べ替え|排序|filter|filtern|filtrer|filtrar|filtra|filtruj|szűrés|фильтр)"
    r"(?:\s*:(?:\s*\S+){0,3})?)\s*$",
    re.I,
)


def is_live_chrome(text: str) -> bool:
    """Whether a block is a live timeline's own controls, no update: its header's counter of
    updates in any language ("AO VIVO 4 atualizações", "12 updates"), or its sort or filter
    label ("Razvrsti:", "Sort by: Newest")."""
    text = " ".join(text.split())
    if word_count(text) > 6 or is_sentence(text) and not text.endswith(":"):
        return False
    return bool(_LIVE_COUNTER.match(text) or _SORT_LABEL.match(text))


#: What a press release calls its statements of the future: the subject of its legal close.
_FORWARD_LOOKING = (
    r"forward[-‑‐ ]looking (?:statements?|information)|zukunftsgerichtete[n]? aussagen|zukunftsbezogene[n]? aussagen"
    r"|in die zukunft gerichtete[n]? aussagen"
    r"|déclarations prospectives|énoncés prospectifs|declaraciones (?:prospectivas|a futuro)|dichiarazioni previsionali"
)
#: The heading of a press release's legal close, the same in every release of every firm
#: ("Forward-Looking Statements", "Cautionary Note Regarding ...", "Special Note Regarding ...",
#: "Disclaimer Concerning ...", "Safe Harbor Statement").
_LEGAL_HEAD = (
    r"(?:(?:special |cautionary |important )?(?:note|notice|statement|information|disclaimer|language)s? "
    rf"(?:regarding|concerning|about|on|relating to) )?(?:{_FORWARD_LOOKING})(?: disclaimer)?"
    r"|(?:safe harbou?r|cautionary)(?: statements?)?"
)
_FORWARD_LOOKING_WORDS = re.compile(_FORWARD_LOOKING, re.I)
#: The heading of a block of links to other reports, after which a page's report is over.
_TEASER_HEAD = re.compile(
    r"^(?:read more|related(?: \w+)?|more (?:from|on|stories|columns|news)\b.*|other (?:columns|stories)\b.*"
    r"|most (?:read|popular|viewed)|you (?:might|may) (?:also )?like|recommended(?: for you)?|top stories|trending(?: now)?"
    rf"|(?:{_LABEL_OPEN})?(?:{_READ_ALSO})(?:{_LABEL_CLOSE})?|{_LEGAL_HEAD})"
    r"\s*[:?：]?$",
    re.I,
)
_LEGAL_HEADING = re.compile(rf"^(?:{_LEGAL_HEAD})\s*:?$", re.I)
#: The words only a legal close uses of those statements: a statute ("within the meaning of
#: Section 27A", "the Private Securities Litigation Reform Act", "the safe harbor provisions of"),
#: or the firm's disclaimer of any duty to update them, in English, German, French, Spanish or
#: Italian ("undertakes no obligation", "übernimmt keine Verpflichtung", "n'assume aucune
#: obligation", "no asume ninguna obligación", "non si assume alcun obbligo"). A report on a firm's
#: forecasts speaks of them in none of these words.
_LEGAL_MARK = re.compile(
    r"within the meaning of|private securities litigation reform act|safe[- ]harbou?r provisions?"
    r"|(?:undertakes?|assumes?|disclaims?) (?:no|any) (?:obligation|duty|intention)"
    r"|übernimmt keine verpflichtung|n['’]assume aucune obligation|ne s['’]engage (?:aucunement|nullement|pas)"
    r"|no asume ninguna obligación|non si assume alcun obbligo",
    re.I,
)


#: The heading of a press release's notes at its end, alone (:func:`releases_notes`): its notes to
#: editors in the languages of releases (:data:`_DISCLAIMER_LABEL`), "Background information",
#: "Editor's notes", "Über ...", "À propos de ...", "About ..." (the company's boilerplate).
_NOTES_HEAD = re.compile(
    rf"^(?:{_DISCLAIMER_LABEL}|editor['’]?s notes?|notes? for (?:the )?media|hinweise? für (?:die )?redaktion(?:en)?"
    r"|noot voor de redactie|nota (?:per|alla) (?:la )?redazione|notas? (?:para|aos?) (?:os )?(?:editores|redatores|jornalistas)"
    r"|nota para (?:la )?redacción|uwagi dla redakcji|poznámky pro redakci|tiedoksi toimituksille|info till redaktionen)\s*[:：]?$",
    re.I,
)
#: "About X" over a company's boilerplate, in the languages of releases: "About Veldan Rail", "Über
#: die Beispiel AG", "À propos de", "Acerca de", "Sobre", "Informazioni su", "Over", "Om", "O firmie".
_ABOUT_HEAD = re.compile(
    r"^(?:about|über|à propos d[e'’]|a propos d[e'’]|acerca de|sobre|informazioni su|chi è|over|om|tietoa|o)\s*(?P<name>\S.{1,50}?)\s*:?$",
    re.I,
)


def releases_notes(line: str, after: Sequence[str] = ()) -> bool:
    """Whether *line*, a paragraph of a report with *after* below it, heads a press release's notes
    at its end, which are the sender's own under each of its releases, no part of the report: its
    notes to editors (:data:`_NOTES_HEAD`: "Notes to editors", "Hinweis an die Redaktion"), or
    "About X" over one or two paragraphs about X alone, the first opening with its name or naming
    it in its first sentence ("About Veldan Rail" over "Veldan Rail is the state-owned operator
    ...", or "Founded in 1921, Veldan Rail is ..."). A subhead "About the
    victims" over more of the report is no such heading."""
    line = " ".join(line.split())
    if word_count(line) > 8:
        return False
    if _NOTES_HEAD.match(line):
        return bool(after)
    about = _ABOUT_HEAD.match(line)
    if about is None or not 1 <= len(after) <= 2:
        return False
    name = re.sub(r"^(?:the|die|der|das|la|le|les|el|os|as|de|het)\s+", "", about["name"], flags=re.I)
    # (its name opening the paragraph, or in its first sentence: "Founded in 1921, Veldan Rail is ...")
    first = SENTENCE_BREAK.split(" ".join(after[0].split()), maxsplit=1)[0]
    return name[:1].isupper() and (fold_words(after[0]).startswith(fold_words(name))
                                   or re.search(rf"(?<!\w){re.escape(fold_words(name))}(?!\w)", fold_words(first)) is not None)


def is_legal_close(paragraph: str) -> bool:
    """Whether *paragraph* opens a press release's legal close: a heading of it (:data:`_LEGAL_HEAD`,
    "Forward-Looking Statements"), or a paragraph whose first sentence speaks of the release's
    forward-looking statements (:data:`_FORWARD_LOOKING`, in English, German, French, Spanish or
    Italian) in a statute's or a disclaimer's words (:data:`_LEGAL_MARK`: "within the meaning of
    the Private Securities Litigation Reform Act", "undertakes no obligation to update"). Every
    release of every firm prints it alike, so it is no part of the report: two unrelated firms'
    one-paragraph releases joined one story as copies of it."""
    if word_count(paragraph) <= 8:
        return bool(_LEGAL_HEADING.match(paragraph.strip()))
    first = SENTENCE_BREAK.split(paragraph, maxsplit=1)[0]
    return bool(_FORWARD_LOOKING_WORDS.search(first)) and bool(_LEGAL_MARK.search(paragraph))


#: A heading over teasers of other reports that heads no digest's items: "More from NordWire",
#: "Related stories", "Other stories".
_OTHER_REPORTS = re.compile(r"^\s*(?:more (?:from|stories|news)\b.*|related(?: \w+)?|other stories\b.*)\s*:?$", re.I)


def ends_report(text: str, *, heading: bool = False) -> bool:
    """Whether a block opens the teasers of other reports ("More from this columnist", "Related"),
    or a press release's legal close ("Forward-Looking Statements", "Safe Harbor Statement"),
    which every release of every firm prints alike: no part of the report.

    A *heading* must be such a label and nothing more: a subhead "More on the council's
    decision" goes on with the report.
    """
    if heading and re.match(r"more on \S", text, re.I):
        return False
    return word_count(text) <= 8 and bool(_TEASER_HEAD.match(text))


#: "See also" and "Also read" as a label alone: over links to other reports, or over a document's
#: own list of references (a README's "See also"), so no end of the report (:func:`ends_report`).
_SEE_ALSO = re.compile(rf"^(?:{_READ_ALSO_EN})\s*[:?：]?$", re.I)


def is_see_also(text: str, *, heading: bool = False) -> bool:
    """Whether a block is a label over links to other reports: one that ends the report
    (:func:`ends_report`: "Related", "Lees ook", "Leia também", "More from NordWire") or "See
    also", "Also read"; not a press release's legal close, which heads its own text."""
    if word_count(text) > 8 or is_legal_close(text):
        return False
    return ends_report(text, heading=heading) or bool(_SEE_ALSO.match(text.strip()))


# --- metadata: titles, bylines, times ---------------------------------------------

#: What separates a headline from the site's or author's name in a page title (a box-drawing
#: bar "│", or the full-width bar "｜" of Chinese and Japanese titles, with or without spaces: no
#: headline uses one).
TITLE_SEPARATOR = re.compile(
    rf"\s*[│｜丨]\s*|\s+(?:\||-|–|—|::|·|»|/|•)\s+"
    rf"|(?<=[{UNSPACED}])_(?=[{UNSPACED}])"  # a Chinese title's "…_新浪新闻", unspaced
)
#: A Chinese or Japanese title's site name, joined without spaces ("武汉的声音……！-新华网", "…_新浪新闻").
_UNSPACED_SITE = re.compile(f"(?<=[{UNSPACED}！？。」』”）])\\s*[-_｜|]\\s*[{UNSPACED}A-Za-z0-9]{{1,8}}$")


#: What joins a site's name and a section in a feed's title: "Gazette - Ports", "Gazette | World",
#: "Gazette: Business", "Gazette > Local", "Gazette » Sport" (spaced; "Radio-Canada" is one name).
_FEED_SEPARATOR = re.compile(r"\s+(?:-|–|—|\||>|»|::|·)\s+|:\s+|\s*｜\s*")


def feed_outlet(title: str, *, image: str | None = None, link: str | None = None, generator: str | None = None) -> str:
    """A feed's title as its outlet's name, without the section it names: "Gazette - Ports" is "Gazette".

    A feed titles itself with its site's name and, after a separator (" - ", " | ", " — ",
    " – ", ": ", " > ", " » "), the section it carries. The site's name is the part that the
    feed's logo title (*image*, ``<image><title>``) or the host of its home page (*link*) names;
    else the first part that is not only menu words ("News - Gazette" names "Gazette"). A title
    without a separator is kept whole. The platform that made the feed (*generator*,
    ``<generator>``: "Suara Pantai & Rakyat - Medium" on Medium's host) names no outlet.
    """
    parts = [p.strip() for p in _FEED_SEPARATOR.split(title) if p.strip()]
    if generator and len(parts) >= 2:
        platform = fold_words(generator.split()[0]) if generator.split() else ""
        parts = [p for p in parts if fold_words(p) != platform] or parts
    if len(parts) < 2:
        return parts[0] if parts else title
    host = (urlsplit(link).hostname or "").removeprefix("www.") if link and "://" in link else None
    for part in parts:
        if image and fold_words(part) == fold_words(image) or names_host(part, host):
            return part
    named = [p for p in parts if not all(_MENU_WORD.match(w) or w.lower() in _FEED_SECTION_WORDS for w in p.split())]
    return named[0] if named else parts[0]


#: Words of a feed's section besides the menu's ("Lowland Gazette - Top Headlines RSS").
_FEED_SECTION_WORDS = frozenset({"news", "rss", "feed", "stories", "headlines"})


def fold_words(text: str) -> str:
    """*text* as lines, titles and labels are compared: its words case folded, each run of other
    characters between them one space ("Read more »" and "READ MORE" are "read more")."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def _is_label(part: str, labels: list[str]) -> bool:
    folded = fold_words(part)
    if not folded:
        return True
    for label in labels:
        other = fold_words(label)
        if other and (folded == other or (other in folded and word_count(part) <= word_count(label) + 2)):
            return True
    # A date alone ("23.01.2022 - Headline") dates the page; it is no part of the headline.
    dated = find_date(part)
    if dated is not None and not fold_words(part[: dated[1][0]] + part[dated[1][1] :]):
        return True
    # A site's name, its address, or a section of its menu ("News", "Sport").
    section = part.strip()
    return is_outlet_name(part) or bool(_DOMAIN_NAME.match(section)) or (
        (bool(_MENU_WORD.match(section)) or section.lower() == "news") and not section.isupper()
    )


#: The last part of a title after "|", "–", "—", "·", "»" or "::", in at most three words.
_SHORT_TAIL = re.compile(r"\s+(?:\||–|—|·|»|::)\s+(?:\S+\s*){1,3}$")
_DOMAIN_NAME = re.compile(r"^(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.I)


#: The separators before a name a title ends with ("Headline | Author", "Headline — Site").
_NAME_SEPARATOR = r"\s+[-–—|·:»]\s+"
_TRAILING_PART = re.compile(_NAME_SEPARATOR + r"(?P<name>[^-–—|·:»]+?)\s*$")


def without_names(title: str | None, names: Iterable[str | None], *, host: str | None = None) -> str | None:
    """*title* without the names appended to it after separators: the site's, the outlet's or an
    author's ("Senate passes bill | Ana Muestra | Bay Times", as news aggregators, scrapers' records
    and feeds' SEO titles give them), or a name of the page's *host* ("Bay Times" on
    baytimes.example). Unchanged where it does not end so; never cut to nothing.
    """
    if not title:
        return title
    ends = [re.compile(rf"{_NAME_SEPARATOR}{re.escape(n.strip())}\s*$", re.I) for n in names if n and n.strip()]
    while True:
        found = next((m for end in ends if (m := end.search(title)) and m.start() > 0), None)
        if found is None and (last := _TRAILING_PART.search(title)) and last.start() > 0 and names_host(last["name"], host):
            found = last
        if found is None:
            return title
        title = title[: found.start()]


#: What follows a writer's name where a language puts its "by" after the name, a part of a title
#: that signs it ("Headline – Kovács Péter írása", "– Ayşe Örnek'in köşe yazısı", "– 홍길동 기자"):
#: a piece of writing and its kinds (Hungarian possessives, Turkish, Korean, Hindi, Urdu), and "X
#: writes" in many languages. Only after the byline's own names (:func:`without_signature`).
_SIGNED_AFTER = frozenset(map(fold_words, (
    # Hungarian: his or her piece, article, note, column, comment, opinion, analysis, gloss, essay, letter
    "írása", "cikke", "jegyzete", "publicisztikája", "kommentárja", "véleménye", "elemzése", "glosszája", "tárcája",
    "esszéje", "levele", "rovata", "írja",
    # Turkish: (the) writing of, column (writing), comment, analysis, from the pen of; wrote, writes
    "yazısı", "köşe yazısı", "yorumu", "analizi", "değerlendirmesi", "kaleminden", "yazdı", "yazıyor",
    # Korean (reporter, correspondent, column, contribution, view), Japanese (reporter, contribution), Hindi and Urdu
    "기자", "특파원", "칼럼", "기고", "논설위원", "시선", "記者", "寄稿", "特派員",
    "लेख", "ब्लॉग", "कॉलम", "कलम से", "کالم", "تحریر", "بلاگ",
    # a name in the genitive before the word for the piece, in Finnish, Estonian, Latvian, Lithuanian and
    # English (column, comment, opinion, analysis, blog, essay): "Matti Esimerkin kolumni", "Mari Näidise
    # arvamus", "Jāņa Bērziņa viedoklis", "Jono Pavyzdžio komentaras", "Ana Example's column"
    "kolumni", "kommentti", "mielipide", "analyysi", "blogi", "essee", "arvamus", "kolumn", "kommentaar", "analüüs",
    "viedoklis", "komentārs", "sleja", "analīze", "blogs", "komentaras", "nuomonė", "skiltis", "tinklaraštis",
    "column", "opinion", "comment", "analysis", "blog", "essay",
    # "X writes"
    "writes", "schreibt", "schrijft", "skriver", "kirjoittaa", "kirjutab", "raksta", "rašo", "pisze", "píše", "piše",
    "escribe", "scrive", "escreve", "écrit", "scrie", "γράφει", "пишет", "пише", "пишува",
)))
#: What may join a name to the word after it: a genitive ending apart after an apostrophe ("Ana
#: Example's", "Örnek'in"), or a particle (Hindi का/की/के, Urdu کا/کی/کے, Korean 의, Japanese の).
_GENITIVE = frozenset(map(fold_words, "s in ın un ün nin nın nun nün का की के کا کی کے 의 の".split()))


def _signed_after(tail: str, name: str) -> bool:
    """Whether folded *tail* is folded *name* (each word as written or in another case, whose
    stem may change: Estonian "Näide", genitive "Näidise") and then a word that signs a piece with
    it (:data:`_SIGNED_AFTER`); in a script written without spaces ("山田太郎記者") the word may
    follow the name unspaced."""
    said, named = tail.split(), name.split()
    if len(said) > len(named) and all(_stem_close(a, b) for a, b in zip(said, named)):
        rest = said[len(named):]
    elif "".join(said).startswith("".join(named)) and len("".join(said)) > len("".join(named)):
        rest = ["".join(said)[len("".join(named)):]]
        rest[0] = rest[0][1:] if rest[0][:1] in ("의", "の") else rest[0]
    else:
        return False
    rest = rest[1:] if len(rest) > 1 and rest[0] in _GENITIVE else rest
    return " ".join(rest) in _SIGNED_AFTER


def without_signature(title: str | None, byline: str | None) -> str | None:
    """*title* without a last part, after a separator, that signs it with its byline's names after
    a word or two ("Headline - opinie de Andrei Exemplu", "Headline – Krönika av Ana Example"), or
    before a word that says so where a language puts it after the name (:data:`_SIGNED_AFTER`:
    "Headline – Kovács Péter írása"), as a headline printed on the page may carry it; unchanged
    where it ends otherwise."""
    if not title or not byline:
        return title
    people = [n.strip() for n in _NAME_JOINT.split(byline) if n.strip()]
    parts = list(re.finditer(_NAME_SEPARATOR, title))
    if not parts or not people:
        return title
    last = parts[-1]
    head, tail = title[: last.start()].strip(), title[last.end() :]
    # the names close it, a word or two before them ("opinie de", "Krönika av"): not "Ana Muestra says no"
    # (the names in another case, as Czech, Slovak, Polish and Greek sign a column: "Komentář Jany
    # Příkladové" for Jana Příkladová)
    signed = any(fold_words(name) and (_names_close(fold_words(tail), fold_words(name)) and word_count(tail) <= word_count(name) + 2
                                  or _signed_after(fold_words(tail), fold_words(name)))
                 for name in (byline, *people))
    # the byline's people joined as the title's language joins them ("– por Ana Exemplo e João Exemplo")
    said = [n.strip() for n in _NAME_JOINT.split(tail) if n.strip()]
    signed = signed or len(people) >= 2 and len(said) == len(people) and all(
        _names_close(fold_words(a), fold_words(b)) and word_count(a) <= word_count(b) + (2 if not at else 0)
        for at, (a, b) in enumerate(zip(said, people)))
    return head if signed and word_count(head) >= 3 else title


def _names_close(text: str, name: str) -> bool:
    """Whether folded *text* ends with folded *name*, each of its words as written or in another
    case: words of four letters or more that differ only in their last two ("jany prikladove"
    ends "jana prikladova"); only a title's signed last part is asked (:func:`without_signature`)."""
    said, named = text.split(), name.split()
    if not named or len(said) < len(named):
        return False
    return all(_word_close(a, b) for a, b in zip(said[-len(named):], named))


def _stem_close(a: str, b: str) -> bool:
    """Whether folded words *a* and *b* are one word in two cases where the stem may change before
    the ending ("näidise" and "näide", "pavyzdžio" and "pavyzdys"): they share all but the last two
    letters of the shorter, and three letters at least, their marks aside ("jāņa" and "jānis")."""
    bare = ["".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)) for w in (a, b)]
    shared = len(os.path.commonprefix(bare))
    return _word_close(a, b) or shared >= max(3, min(map(len, bare)) - 2)


def _word_close(a: str, b: str) -> bool:
    """Whether folded words *a* and *b* are one, or of four letters or more and differ only in their last two."""
    return a == b or min(len(a), len(b)) >= 4 and abs(len(a) - len(b)) <= 2 and a[: max(len(a), len(b)) - 2] == b[: max(len(a), len(b)) - 2]


#: A printer-friendly page's label, which its title opens with ("Print - Headline - Site"), in the
#: languages of news sites: "Print", "Printer-friendly version", "Druckversion", "Imprimir", "Stampa".
_PRINT_VIEW = re.compile(
    r"(?:print(?:er[- ]friendly|able)?(?: (?:version|view|page|this page|article))?|druck(?:en|version|ansicht)"
    r"|imprimir|versi[óo]n (?:para )?imprimir|vers[ãa]o (?:para )?impress[ãa]o|imprimer|version imprimable|stampa|versione stampabile"
    r"|afdrukken|printversie|drukuj|wersja do druku|tisk|verze pro tisk|utskrift|skriv ut|tulosta)",
    re.I,
)


def strip_title(title: str, labels: list[str], *, host: str | None = None) -> str:
    """A page title without the site's or author's name joined to it ("Headline | Site | Author").

    A part names the site when it is one of *labels*, shaped like an outlet's name or an
    address, a menu section, or the name of the page's *host* ("Brand Eins" on brandeins.de).
    """
    suffix = _UNSPACED_SITE.search(title)
    if suffix and len(title) >= 3 * (suffix.end() - suffix.start()):
        title = title[: suffix.start()]
    # A name with a separator of its own at the end ("Headline - Salsa Notes - Valley" by "Salsa Notes - Valley").
    folded_labels = {fold_words(label) for label in labels if TITLE_SEPARATOR.search(label)}
    cut = next((m for m in TITLE_SEPARATOR.finditer(title) if fold_words(title[m.end() :]) in folded_labels), None)
    if cut is not None and fold_words(title[: cut.start()]):
        title = title[: cut.start()]
    parts = TITLE_SEPARATOR.split(title)
    # The site's name and what follows it, its tagline ("Headline | site.ch | Your fishing magazine").
    site = [_is_label(part, labels) or names_host(part, host) for part in parts]
    first = next((k for k, named in enumerate(site) if not named), len(parts))
    named = next((k for k in range(first + 1, len(parts)) if site[k]), None)
    if named is not None:
        # A short part of words between the headline and the site's name is the page's section
        # ("Headline - Club news - Site"); a number makes it the headline's own ("Part 2").
        short = parts[named - 1]
        if named - 1 > first and word_count(short) <= 3 < word_count(parts[first]) and not re.search(r"\d", short):
            named -= 1
        del parts[named:]
    # A short name after a bar or a dash that no headline uses ("Headline – My website"),
    # when the headline before it is a headline's length; a hyphen may join a headline's own parts.
    last = _SHORT_TAIL.search(title[: title.rfind(parts[-1]) + len(parts[-1])]) if len(parts) > 1 else None
    if last and word_count(title[: last.start()]) >= 4:
        parts.pop()
    if len(parts) > 1 and _PRINT_VIEW.fullmatch(parts[0].strip()):
        parts.pop(0)  # a print view's label before the headline ("Print - Headline - Site")
    leading = len(parts)
    while len(parts) > 1 and (_is_label(parts[0], labels) or names_host(parts[0], host)):
        parts.pop(0)
    # ... and a short part between the site's name first and the headline, the page's section
    # ("Site | Regio | Headline"), as between the headline and the site's name after it
    if len(parts) < leading and len(parts) > 1 and word_count(parts[0]) <= 3 < word_count(parts[1]) and not re.search(r"\d", parts[0]):
        parts.pop(0)
    # What the separators joined and no label explains stays joined (" - " inside a headline).
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(parts)


#: A copyright notice around a site's name: "Copyright © 2003 - 2019 by", "(C) 2020 By", "All rights reserved".
_COPYRIGHT = re.compile(
    r"^(?:(?:copyright|\(c\)|©)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?|[\s.,]*all rights reserved\.?$", re.I
)
#: The most words a site's name has; a longer one is a headline or a tagline.
SITE_NAME_WORDS = 8


def clean_site(name: str | None) -> str | None:
    """A site's name as a page or an extractor gives it, or None where it is no name.

    A copyright notice around it goes ("Copyright © 2003 - 2019 by Example GbR" is Example
    GbR; "Copyright © 2001-2009" alone names nobody), an address gives its host, and what
    runs past :data:`SITE_NAME_WORDS` words is a headline or a tagline, not a name.
    """
    if not name:
        return None
    name = " ".join(name.split())
    if re.search(r"&#?\w{2,8};", name):  # an entity escaped twice ("Gazette &amp;amp; Friends"), left after one unescaping
        import html

        name = html.unescape(name)
    if re.match(r"https?://", name, re.I):
        return (urlsplit(name).hostname or "").removeprefix("www.") or None
    name = _COPYRIGHT.sub("", name).strip(" ,-–|·")
    if not re.search(r"[^\W\d_]", name) or name.startswith("@") or word_count(name) > SITE_NAME_WORDS:
        return None
    return name


def _squash(text: str) -> str:
    """Letters and digits only, case folded and without accents: "Brand Eins" and "brandeins.de"
    meet as "brandeins", "Balatoni Hírlap" and "balatonihirlap.example" as "balatonihirlap" (an
    address spells a name's accented letters without their accents)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def _host_label(host: str | None) -> str:
    """The name part of a host ("brandeins" of "www.brandeins.de"); "" when too short to judge by."""
    parts = (host or "").casefold().removeprefix("www.").split(".")
    name = max(parts[:-1], key=len, default="") if len(parts) > 1 else ""
    return _squash(name) if len(name) >= 4 else ""


def spells_host(name: str, host: str | None) -> bool:
    """Whether *name* is the name the site's address squashes, whole or with words left out
    ("Marmara Ledger" on marmaraledger.example, "Tidewater Public Radio" on tidewaterradio.example):
    at least two of its words, in order, make the address's name."""
    label = _host_label(host)
    words = [_squash(w) for w in name.split() if _squash(w)]
    if not label or not 2 <= len(words) <= SITE_NAME_WORDS:
        return False
    if label == "".join(words):
        return True
    from itertools import combinations

    return any("".join(kept) == label for size in range(2, len(words)) for kept in combinations(words, size))


def names_host(part: str, host: str | None) -> bool:
    """Whether a short part of a title names the site by its address ("Brand Eins Online", brandeins.de)."""
    label = _host_label(host)
    squashed = _squash(part)
    if not label or not squashed or word_count(part) > 4:
        return False
    # The address's name, whole or with a word or two around it ("Brand Eins Online"), or a part of it.
    return label in squashed and len(label) >= 0.6 * len(squashed) or squashed in label and len(squashed) >= 4


#: What a headline's kicker, or a site's name, is joined by inside a page title: the separators,
#: and a colon (a kicker: "Obituary: ...", "SITE: Headline").
_TITLE_JOINT = re.compile(r"\s+(?:\||-|–|—|::|·|»|«|/|•|›|ǀ|│|:)\s+|\s*[:|│]\s+")


def _contained(heading: str, title: str) -> tuple[str, str] | None:
    """What *title* holds before and after *heading*, when it holds it whole at word bounds (folded)."""
    words = list(re.finditer(r"\w+", title))  # the words fold_words keeps, in the title's own characters
    folded, wanted = [w.group(0).casefold() for w in words], fold_words(heading).split()
    n = len(wanted)
    if not n or n >= len(folded):
        return None
    for at in range(len(folded) - n + 1):
        if folded[at : at + n] == wanted:
            before = title[: words[at].start()] if at else ""
            after = title[words[at + n - 1].end() :] if at + n < len(folded) else ""
            return before, after
    return None


#: Marks that open or close a heading ("»Keep it clean!«", "“Quote”"), not part of a title's joints.
_MARKS = "»«„“”‘’‚\"'!?.…()[]"


def _heads_title(heading: str, title: str, labels: list[str], host: str | None) -> bool:
    """Whether a page title is *heading* with a kicker or a site's name joined to it.

    The title must hold the heading whole, and every other part of the title (split at its
    separators) must be joined to it by a separator and be shorter than the heading or name the
    site (its name, its author, its address): "Obituary: Ann Example", "X | Site" hold "Ann
    Example" and "X";
    "Site Name » Blog » A long headline" does not make "Site Name" the headline.
    """
    around = _contained(heading, title)
    if around is None:
        return False
    # The heading's own marks at its ends ("»Keep it clean!« - Blog") are no joint.
    marks = heading.strip(" ")
    before = around[0].rstrip(marks[: len(marks) - len(marks.lstrip(_MARKS))])
    after = around[1].lstrip(marks[len(marks.rstrip(_MARKS)) :])
    around = (before, after)
    if before and not re.search(r"[:|\-–—·»«/•›ǀ│]\s*$", before) or after and not re.match(r"\s*[:|\-–—·»«/•›ǀ│]", after):
        return False  # words joined by a space only are the headline's own ("Site privacy policy", "... [Site]")
    for side in around:
        for part in _TITLE_JOINT.split(side.strip(" :|-–—·»«/•›")):
            part = part.strip(" :|-–—·»«/•›")
            if part and len(part) >= len(heading) and not (_is_label(part, labels) or names_host(part, host)):
                return False
    return True


def _names_site(title: str, names: list[str], host: str | None, printed: list[str]) -> bool:
    """Whether *title* names the site and nothing more: one of its parts (at its joints, a colon
    too) is one of *names* (the site's, a heading's linked to the home page) or its *host*'s,
    and the others are of two words at most and none of the headings the page prints
    (*printed*: "Muffin basics : Muffin Recipes" over an <h2> "Muffin basics" names a report):
    "Harbour Post : Mobile", "Home | Harbour Post"."""
    parts = [p for p in (part.strip() for part in _TITLE_JOINT.split(title)) if p]
    site = [bool(fold_words(p)) and any(fold_words(p) == fold_words(n) for n in names if n) or names_host(p, host) for p in parts]
    headings = {fold_words(h) for h in printed}
    return any(site) and all(named or word_count(p) <= 2 and fold_words(p) not in headings for p, named in zip(parts, site))


def _padded(heading: str, title: str) -> bool:
    """Whether one part of *title*, a title of several parts ("... Recipe | Site"), is *heading*
    with one or two words more at its start or end. A title of one part is the page's own
    wording ("Valley privacy notice" over an <h1> "privacy notice")."""
    parts = _TITLE_JOINT.split(title)
    for part in parts if len(parts) > 1 else ():
        around = _contained(heading, part)
        if around is not None:
            extra = len(fold_words(around[0]).split()) + len(fold_words(around[1]).split())
            if 1 <= extra <= 2:
                return True
    return False


def _printed_part(title: str, subheads: list[str], labels: list[str], host: str | None) -> str | None:
    """The one part of *title* (split at its joints) of two words or more that the page prints as
    a lesser heading, when *title* has other parts; None when none or several are. A part may hold
    a colon of its own ("Print - Notice of hearing: A v. B - Court" over the <h2> "Notice of hearing: A v. B")."""
    joints = [p.strip() for p in _TITLE_JOINT.split(title) if p.strip()]
    if len(joints) < 2:
        return None
    parts = [*joints, *(p.strip() for p in TITLE_SEPARATOR.split(title) if p.strip())]
    printed = {fold_words(h): h for h in subheads if word_count(h) >= 2}
    found = {printed[fold_words(p)] for p in parts if fold_words(p) in printed and not (_is_label(p, labels) or names_host(p, host))}
    return found.pop() if len(found) == 1 else None


def _rewords(title: str, heading: str) -> bool:
    """Whether *title* is *heading* reworded a little ("Seven secrets ..." and "The seven secrets ..."):
    not the same, not *heading* with words around it, and rapidfuzz's normalised Indel
    similarity of the folded texts at least 0.8."""
    from rapidfuzz.distance import Indel

    a, b = fold_words(title), fold_words(heading)
    return a != b and f" {b} " not in f" {a} " and Indel.normalized_similarity(a, b) >= 0.8


#: UTF-8 read as cp1252 or Latin-1 (and written so): "Ã©" for "é", "Â´" for "´", "â€™" for "’".
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|\u00e2\u20ac")


def unmojibake(text: str) -> str:
    """*text* as written where it is UTF-8 that was read as cp1252 or Latin-1 once too often
    ("CafÃ© reopens" is "Café reopens"); unchanged where that reading does not undo whole.

    Only a text showing the two-character sequences such a misreading makes is tried, and only
    a round trip through one of the two encodings that gives valid UTF-8 is kept (the method of
    ftfy's single-step repair, without its heuristics for mixed text).
    """
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


#: The most words of each part of a tab title made of labels (a section's name, a site's): "Press
#: releases - Ministry of Environment".
TAB_LABEL_WORDS = 3


def clean_title(
    candidates: list[str], headings: list[str], *, site: str | None, authors: list[str], guess: str | None = None,
    host: str | None = None, logos: list[str] | None = None, subheads: list[str] | None = None,
    home: list[str] | None = None, tab: str | None = None,
) -> str | None:
    """The report's headline, chosen by agreement between what a page says its title is and
    what it prints.

    Args:
        candidates: the page's titles, best first (JSON-LD headline, dc/og/twitter titles, <title>).
        headings: its visible headings (<h1>s and headline-class elements) outside a logo.
        site, authors: names that a title may carry besides the headline ("| Site", "| Author").
        guess: an extractor's guess, used when the page gives nothing else.
        host: the page's host ("gazette.example"), whose name a title may carry too.
        logos: headings inside a logo or site header, which are the headline only where a
            title holds them.
        subheads: the page's lesser headings (<h2>, <h3>), the headline only where they are one
            of a title's parts ("Muffin basics : Muffin recipes" over an <h2> "Muffin basics").
        home: headings whose text is a link to the site's home page (a blog's name in its
            header): a title that is one of them names the site, not the report.
        tab: the page's <title> (one of *candidates*), a name for its browser tab rather than
            a declaration for sharing or search (dc, og, JSON-LD).

    A visible heading that a title holds whole, with only a kicker or the site's name around
    it ("Obituary: Ann Example - Gazette" and the <h1> "Ann Example"), is the headline;
    else a heading that is one of a title's parts, or that a title is cut short of; else the first title of a headline's length without the site's or author's name; else
    the first heading; else the extractor's *guess*. A page that prints no heading (its <h1> is
    its logo) and whose every title names the site alone ("Harbour Post : Mobile") is headed
    by its first lesser heading of three words or more.
    """
    import html

    # the authors as a title may join them ("Headline | Ana Example and Bo Lind"), where the page
    # lists them apart
    people = [n.strip() for a in authors for n in _NAME_JOINT.split(a) if n.strip()]
    together = [joint.join(people) for joint in (" and ", " & ", " y ", " und ", " et ", ", ")] if len(people) >= 2 else []
    labels = [x for x in (site, *authors, *together) if x]

    def read(title: str) -> str:
        # An entity escaped twice shows as "&#038;" after one unescaping: unescape once more.
        return unmojibake(html.unescape(title) if re.search(r"&#?\w{2,8};", title) else title)

    candidates = [read(c) for c in candidates if c]
    raw = [" ".join(c.split()) for c in candidates if c and c.split()]
    tab = " ".join(read(tab).split()) if tab else None
    # Each title as the page gives it and without the site's or author's name.
    # A title that is the site's own name is its logo or home page, not a headline.
    given = [(r, strip_title(r, labels, host=host)) for r in raw]
    given = [(r, t) for r, t in given if not (site and fold_words(t) == fold_words(site))]
    # So is a title that is the name its logo or its address gives ("Riverside Notes" on
    # riversidenotes.example), where the page prints a heading to take instead.
    if headings:
        names = {fold_words(name) for name in home or ()}
        given = [(r, t) for r, t in given if fold_words(t) not in names and not names_host(t, host)]
    titles = [t for _, t in given]
    headings = [h for h in headings if not (site and fold_words(h) == fold_words(site))]
    named: list[str] = [h for h in [*headings, *(logos or [])] if not (site and fold_words(h) == fold_words(site))]
    # Where the page prints no headline as a heading (its <h1> is its logo, an AMP page's) and
    # every title is the site's name with a word or two besides ("Harbour Post : Mobile",
    # "Harbour Post | Home"), the headline is the first lesser heading of a headline's length
    # (the AMP page's <h2 class=amp-title>).
    # (not a logo's text: a logo's box may hold the headline)
    site_names = [*labels, *(home or ())]
    if not headings and given and all(_names_site(r, site_names, host, subheads or []) for r, _ in given):
        lesser = next((h for h in subheads or () if word_count(h) >= 3 and not _is_label(h, site_names)), None)
        if lesser:
            return lesser
    # Two of the titles printed as headings, one with a kicker and one without ("Flood week: Gates
    # open" and "Gates open"): the page says both are the headline, and its first heading is it.
    printed_titles = [h for h in headings if word_count(h) >= 2 and any(fold_words(h) == fold_words(t) for t in titles)]
    if len({fold_words(h) for h in printed_titles}) >= 2:
        return printed_titles[0]
    for heading in named:
        if (word_count(heading) >= 2 or len(heading) >= 6) and any(_heads_title(heading, t, labels, host) for t in raw):
            if titles and _rewords(titles[0], heading):
                break  # the page's first title rewords the printed one: both are the headline, the declared one wins
            return heading
    # A page that declares one title only, made of a name and the site's ("Boat hire - opening
    # times | Valley Notes": a template's tab title), and prints one heading that shares a word
    # with it, or among others ("My account") the one that shares two: the heading is the
    # report's headline, the title the page's label in a menu. So where the title joins two
    # phrases for search engines ("Boat hire » What does a mooring cost?") and the heading shares
    # two of its words. (A heading that holds the title or that the title holds is the same
    # headline: the rules below.)
    joined = len(given) == 1 and len(TITLE_SEPARATOR.split(given[0][1])) > 1
    # A tab title of labels alone, each a few words ("Press releases - Ministry of the Environment":
    # a section's and the site's names), over a printed headline that shares no word with it:
    # the tab names the page's place, the heading the report.
    if joined and given[0][0] == tab and headings and word_count(headings[0]) >= 3 \
            and all(word_count(part) <= TAB_LABEL_WORDS for part in TITLE_SEPARATOR.split(given[0][1])) \
            and not {w for w in fold_words(headings[0]).split() if len(w) >= 4} & set(fold_words(given[0][1]).split()):
        return headings[0]
    if len(given) == 1 and (given[0][0] != given[0][1] or joined):
        named_as = f" {fold_words(given[0][1])} "
        least = 1 if len(headings) == 1 and given[0][0] != given[0][1] else 2
        sharing = [h for h in headings
                   if word_count(h) >= 2 and len({w for w in fold_words(h).split() if len(w) >= 4} & set(named_as.split())) >= least]
        heading = f" {fold_words(sharing[0])} " if len(sharing) == 1 else named_as
        if heading not in named_as and named_as not in heading:
            return sharing[0]
    for page_title, title in given:
        # The visible headline where this title is it, or holds it as one of its parts
        # ("Blog » Headline", "Headline - Section - Site").
        parts = {fold_words(part) for part in TITLE_SEPARATOR.split(title)} | {fold_words(title)}
        match = next((h for h in headings if fold_words(h) in parts and word_count(h) >= 2 or fold_words(h) == fold_words(title)), None)
        if match:
            return match
        # A title cut short of the printed headline ("Storm closes schools" or "Storm closes
        # schools across…" over the <h1> "Storm closes schools across the valley"): the whole one.
        start = fold_words(title.rstrip(" .…"))
        whole = next((h for h in headings if word_count(title) >= 3 and fold_words(h).startswith(start + " ")), None)
        if whole:
            return whole
        # The printed headline with a word or two more in the title ("... Rice Recipe | Site",
        # "Recipe of ...", "... (40222)"): the words search engines are given, not the reader.
        padded = next((h for h in headings if word_count(h) >= 2 and _padded(h, page_title)), None)
        if padded:
            return padded
        # A lesser heading that is one of the page title's parts, the others the site's: the
        # headline of a page that prints it below an <h1> logo or in an <h2> ("Post » Blog name").
        printed = _printed_part(page_title, subheads or [], labels, host)
        if printed:
            return printed
        # A printed heading, the lesser ones too, with a number in brackets after it in the title
        # ("Harbour walks (2021/5)": an issue's, an edition's or a database's number).
        bare = re.sub(r"\s*\([\d\s/.,:#–-]+\)$", "", title)
        printed_as: list[str] = [*headings, *(subheads or [])] if bare != title else []
        numbered = next((h for h in printed_as if fold_words(h) == fold_words(bare)), None)
        if numbered and re.search(r"\d", title[len(bare) :]):
            return numbered
        # A title of two words is the headline where the page declares it in its metadata (dc,
        # og, JSON-LD) rather than only in its tab (a <title> "Press releases" names a section).
        if word_count(title) >= 3 or word_count(title) == 2 and page_title != tab:
            return title  # a title of a headline's length that no heading repeats: the page's own word
    if headings and word_count(headings[0]) >= 3:
        return headings[0]  # the titles name a section ("Press releases"); the page prints the headline
    if titles:
        return titles[0]
    guessed = strip_title(guess, labels, host=host) if guess else None
    if not headings and candidates and (not guessed or site and fold_words(guessed) == fold_words(site)):
        # every title names the site, as its logo's <h1> does (a Bootstrap page's "navbar-brand"):
        # the headline is the first lesser heading of a headline's length (the card's <h2>)
        lesser = next((h for h in subheads or () if word_count(h) >= 3 and not (site and fold_words(h) == fold_words(site))), None)
        if lesser:
            return lesser
    return headings[0] if headings else guessed


#: "User" in a user menu, and in the name a word processor or a computer gives its account where
#: its user set none, in many languages ("Benutzer", "Utilisateur", "Gebruiker").
_USER_WORD = (
    r"username|user|admin|administrator|owner|guest"
    r"|пользователь|гость|benutzer|nutzer|gast|usuario|usuário|utilizador|utilisateur|utente|gebruiker"
    r"|użytkownik|kullanıcı|misafir|uživatel|felhasználó|utilizator|pengguna|tamu|χρήστης|επισκέπτης|người dùng|khách"
    r"|потребител|користувач|korisnik|uporabnik|používateľ|lietotājs|vartotojas|kasutaja|käyttäjä|notandi|mtumiaji"
    r"|användare|bruker|bruger|administrateur|administrador|amministratore|beheerder|администратор"
    r"|მომხმარებელი|משתמש|مستخدم|کاربر|ユーザー|用户|使用者|사용자"
)
#: The software or machine an account's default name names with "User" ("Windows User", "Microsoft
#: Office User", "Microsoft Office-Benutzer", "Utilisateur de Microsoft Office", "Usuario de Windows").
_ACCOUNT_MAKER = r"(?:microsoft(?:\s+office)?|windows|office|mac|macintosh|apple|pc|libreoffice|openoffice)"
#: Names that stand in a byline's place without being anyone's.
_NOT_A_NAME = re.compile(
    rf"^(?:{_ACCOUNT_MAKER}[\s-]+)?(?:{_USER_WORD})(?:\s+(?:(?:de|di|do|da|del|van|von|des|du)\s+)?{_ACCOUNT_MAKER})?$"
    r"|^(?:anonymous|unknown|author|editor|staff|null|none|by|"
    r"posted by|written by|webmaster|team|desk|subscriber|member|my account|account|my profile|profile|sign in|log in|"
    r"follow|name|datum|date|no author|not available|n/a|autor|autoren|authors|"
    r"courtesy|cortesía|cortesia|foto|fotos|photo|photos|bild|archiv|archive|handout"  # a picture's credit; a user menu's word
    r"|войти)$"
    r"|\b(?:ago|yesterday|today|just now|minutes?|hours?|days?)\b|@|https?:|\d"
    # where the writer reports from, after the name ("Joana Exemplo, de Santos", "Ana Example, in Lima")
    r"|^(?-i:(?:de|em|in|from|aus|en|desde|à|a|z|iz|iš|från|fra|vanuit|depuis|da|dal|dalla|dallo) [A-ZÀ-ÖØ-Þ])",
    re.I,
)
#: A Chinese or Japanese label of the writer, alone or with the other roles the person had ("文：",
#: "文・写真：", "取材・文：", "撰文：", "图文｜", "文/记者 ", "文｜记者 ", "記者／"): a role that writes (:data:`_CJK_WRITES`)
#: among others (:data:`_CJK_ROLES`), joined by "・", "/", "｜" or nothing, then a colon, a slash, a bar or
#: an equals sign ("文＝"), or a space after "记者"/"記者" joined to the label ("文/记者 张三"); or the
#: space after a label of two roles or more (the ideographic one, U+3000, as pages set it: "文・写真　山本 結衣").
_CJK_WRITES = "撰文|撰稿|文字|文|记者|記者|执笔|執筆|作者|采写|採寫"
_CJK_ROLES = "写真|撮影|取材|構成|編集|摄影|攝影|图|圖|编辑|編輯|采访|採訪|整理|翻译|翻譯|翻訳"
_CJK_WRITER_LABEL = (rf"(?:(?:{_CJK_ROLES})[・･/／、｜|]?)*(?:{_CJK_WRITES})(?:[・･/／、｜|]?(?:{_CJK_ROLES}|{_CJK_WRITES}))*"
                     r"(?:\s*(?=[:：])|(?=[／/｜|＝=])|(?<=[/／・･｜|][记記]者)(?=\s)|(?:(?<=[・･、][\u3400-\u9fff])|(?<=[・･、][\u3400-\u9fff]{2}))(?=\s))")
#: What opens a byline, to take it off: the words of BYLINE_OPENING whatever follows them, "Text
#: von", "Geschrieben von", or a label ("Author:", "Autorin:", "Auteur :").
_BY = re.compile(
    rf"^(?:{_BY_GLUED}|(?:{_BY_ENGLISH}|{_POSTED_BY}|{_INTERVIEWED_BY}|{_POSTED_LABELS}|(?:text|geschrieben|verfasst|erstellt|beitrag) von"
    rf"|{'|'.join(_BY_ELSEWHERE_WORDS)}|{_BY_GREEK}|{_BY_UNCASED}|{_BY_SMALL}(?=\s+(?-i:[{_CAPITALS}]))"
    r"|(?:authors?|autor(?:in|en|innen|i|ři|zy|es)?|auteur(?:e|s|\(s\))?|autore|verfasser(?:in)?)(?:\s*(?=:)|(?=\s+(?-i:[A-Z])))"
    # the label in other scripts and languages, with its colon: "Автор: ", "Yazar: ", "作者：", "Szerző:",
    # "Pewarta:" (Antara's reporter), "Scris de:", "Napisał:", "Autorka:", "Κείμενο:" and "Text:" (the writer, beside "Foto:"), "Piše:", "Pisze:", "Írta:" (writes, wrote)
    # (the author's nouns that are a header field's label too are :data:`_AUTHOR_LABELS`, below)
    r"|(?:авторы|текст|тэкст|yazan|συντάκτρια|作者|记者|記者|撰文|pewarta|scris de|napisał|napisała"
    r"|κείμενο|text|piše|pisze|írta"
    # and Finnish, Icelandic, Georgian, Turkish (plural), Persian, Hindi, Swahili;
    # the plurals and the women's forms ("Autoriai: A, B ir C", "Autorė:", "Avtorji:", "Szerzők:")
    r"|kirjoittaja|höfundur|ავტორი|ავტორები|yazarlar|نویسنده|लेखक|mwandishi"
    r"|autoriai|autorė|autorės|autorid|kirjoittajat|höfundar|avtor|avtorji|avtorica|avtorja|autorice|szerzők|авторка"
    r"|συντάκτες|forfattere|waandishi|người viết|작성자|글"
    # and the author's noun in more languages (:data:`_AUTHOR_LABELS`: "Автор:", "Yazar:", "Аутор:", "Muallif:"); Serbo-Croatian
    # "Napisao:" (wrote), Serbian "Пише:" and "Написао:", Macedonian "Пишува:"; Ukrainian "Кореспондент:"
    rf"|{_AUTHOR_LABELS}|napisao|napisala|пише|написао|написала|пишува|кореспондент"
    # "report", "reporter", "correspondent", "written by" in the Indian languages (Hindi "रिपोर्ट:",
    # Bengali "প্রতিবেদক:", Tamil "செய்தியாளர்:", Urdu "رپورٹ:", ...), Arabic, Persian, Hebrew,
    # Chinese, Thai, Turkish, Russian, Vietnamese and the "Reporter:" of Indonesian sites; Armenian sets a label apart with "՝" where others write a colon ("Հեղինակ՝ ...")
    r"|रिपोर्ट|रिपोर्टर|संवाददाता|प्रतिनिधी|वार्ताहर|लेखन|প্রতিবেদক|প্রতিবেদন|রিপোর্ট|প্রতিনিধি|লেখক|செய்தியாளர்|நிருபர்|எழுதியவர்"
    r"|రిపోర్టర్|రిపోర్ట్|విలేకరి|రచయిత|રિપોર્ટ|રિપોર્ટર|સંવાદદાતા|લેખક|ವರದಿ|ವರದಿಗಾರ|ಲೇಖಕ|റിപ്പോർട്ട്|റിപ്പോർട്ടർ|ലേഖകൻ|ലേഖിക"
    r"|ਰਿਪੋਰਟ|ਰਿਪੋਰਟਰ|ਲੇਖਕ|ਪੱਤਰਕਾਰ|رپورٹ|رپورٹر|تحریر|نامہ نگار|كتب|كتبت|إعداد|اعداد|تقرير|مراسل|المراسل|گزارش|خبرنگار"
    r"|כתב|כתבת|כתיבה|撰稿|采写|採寫|通讯员|通訊員|ผู้เขียน|เรื่อง|รายงาน|ผู้สื่อข่าว|muhabir|корреспондент|phóng viên"
    r"|wartawan|kontributor|correspondent"
    # and Odia, Assamese, Sinhala, Khmer, Lao, Myanmar, Amharic, Vietnamese ("ଲେଖା:" writing, "ଲେଖକ:",
    # "প্ৰতিবেদক:", "වාර්තාකරු:", "អ្នកយកព័ត៌មាន:", "ນັກຂ່າວ:", "သတင်းထောက်:", "ዘጋቢ:", "Bài:" the
    # report, "Bài và ảnh:" its text and photos), Sindhi's "تحرير" written with Arabic's yeh, Korean's
    # "글=" (text, with an equals sign as CJK labels have: "글=NAME 기자")
    r"|ଲେଖା|ଲେଖକ|ଲେଖିକା|ରିପୋର୍ଟ|ସମ୍ବାଦଦାତା|প্ৰতিবেদক|সংবাদদাতা|লেখা|ලේඛක|වාර්තාකරු|អ្នកយកព័ត៌មាន|អត្ថបទ|ນັກຂ່າວ"
    r"|သတင်းထောက်|ዘጋቢ|bài|تحرير)\s*(?=[:：՝]|(?<=[\uac00-\ud7af])[=＝])"
    rf"|{_CJK_WRITER_LABEL})(?:[:：՝\s]|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[／/｜|＝=])\s*"
    # (a dash after the word, as the scripts with no capitals may set it: "සටහන - චමිලා උදාහරණ")
    rf"(?:(?<=\s)[-–—]\s+(?=[{_UNCASED_LETTERS}]))?)",
    re.I,
)
#: The word for "by" where a language puts it after the name, closing a byline, with "written" or
#: "posted" after it: Hindi, Marathi "द्वारा" ("सीमा उदाहरण द्वारा", "... द्वारा लिखित"), Bengali
#: "দ্বারা", Telugu, Kannada, Punjabi, Gujarati, Tamil "மூலம்", Turkish "tarafından", Japanese "著"
#: and "文", Korean "글" and "씀", Urdu "کی طرف سے" (a space before it: "李文" is a name); and the
#: reporter's role that Korean and Japanese write after the name ("정예시 기자", "山田太郎 記者", "특파원"
#: the correspondent). Taken off a byline's names by :func:`clean_byline`.
_BY_AFTER = re.compile(
    r"(?<=\S)\s+(?:द्वारा|দ্বারা|ద్వారా|ದ್ವಾರಾ|ਦੁਆਰਾ|દ્વારા|மூலம்|tarafından|著|文|글|씀|کی طرف سے|기자|특파원|記者)"
    r"(?:\s+(?:लिखित|पोस्ट किया गया|प्रकाशित|লিখিত|প্রকাশিত|yazıldı|yayınlandı))?\s*$",
    re.I,
)
#: The openers of _BY that are no English word: what follows them is a name only where it is
#: written like one ("Von Ana Example", not "Von hier aus gesehen", a sentence).
_BY_ELSEWHERE = re.compile(rf"^(?:{'|'.join(_BY_ELSEWHERE_WORDS)}|{_BY_SMALL}|authors?|autor\w*|auteurs?|verfasser\w*)\s", re.I)
#: The words that join two names of a printed byline: "Ana Example und Bo Lind" stays as printed
#: (Dutch "en", Norwegian and Danish "og", Swedish "och" too). Before a capital only, the joining
#: words that are words of a sentence too: Czech, Slovak and Welsh "a", Polish and Serbo-Croatian
#: "i", Italian and Portuguese "e", Turkish "ve", Hungarian "és", Indonesian and Malay "dan",
#: Finnish and Estonian "ja", Latvian "un", Lithuanian "ir", Romanian "și", Welsh "ac", Russian and
#: Bulgarian "и", Ukrainian "і", Greek "και" ("Ján Príklad a Eva Vzorová", "Ayşe Örnek ve Mehmet
#: Örnek"); Vietnamese "và", Azerbaijani "və", Uzbek "va", Albanian "dhe", Swahili "na", Basque
#: "eta", Irish "agus", Kazakh "және" ("Nguyễn Văn An và Trần Thị Bình"); and the "and" of the
#: scripts with no capitals (:data:`_UNCASED_JOINTS`).
_CAPITAL_JOINTS = ("a", "i", "e", "ve", "és", "dan", "ja", "un", "ir", "și", "ac", "и", "і", "και",
                   "và", "və", "va", "dhe", "na", "eta", "agus", "және")
#: "and" between two names in the scripts with no capitals: Georgian "და", Odia "ଓ", Bengali and
#: Assamese "ও", "এবং", Assamese "আৰু", Hindi "और", "व", Marathi "आणि", Nepali "र", Gujarati "અને",
#: Punjabi "ਅਤੇ", Tamil "மற்றும்", Telugu "మరియు", Kannada "ಮತ್ತು", Sinhala "සහ", Thai "และ", Lao
#: "ແລະ", Khmer "និង", Amharic "እና", Arabic, Persian and Urdu "و" ("ଅନିତା ପରୀକ୍ଷା ଓ ସୁରେଶ ନମୁନା").
_UNCASED_JOINTS = ("და", "ଓ", "ଏବଂ", "ও", "এবং", "আৰু", "और", "व", "आणि", "र", "અને", "ਅਤੇ", "மற்றும்", "మరియు",
                   "ಮತ್ತು", "සහ", "และ", "ແລະ", "និង", "እና", "و")
_JOINT_WORDS = frozenset({"and", "&", "und", "et", "y", "en", "og", "och", *_UNCASED_JOINTS, *_CAPITAL_JOINTS})
_NAME_JOINT = re.compile(
    rf"\s*(?:,|;| and | & | und | et | y | en | og | och | (?:{'|'.join(_UNCASED_JOINTS)}) "
    rf"| (?:{'|'.join(_CAPITAL_JOINTS)}) (?=[{_CAPITALS}])|·"
    r"|(?i: im gespräch mit | in conversation with ))\s*"
)
#: An article opening a line after "By": a title ("Par les temps qui courent"), not a name.
_ARTICLE_WORD = frozenset("the les los las der die das den dem des ein eine un une el il lo gli het een".split())
#: An author value that names a newsroom, not a person: "Valley Courier Staff", "News Desk", "AFP team".
_NEWSROOM = re.compile(r"\b(?:staff|team|desk|newsroom|redaktion|rédaction|redacción|redação|redazione|agencies|editors|reporters)\b", re.I)


def is_newsroom(name: str, site: str | None = None) -> bool:
    """Whether an author value names a newsroom or the outlet itself rather than a person."""
    return bool(_NEWSROOM.search(name)) or bool(site) and fold_words(str(site)) in fold_words(name)


#: A newsroom's own word in a credit line that names no person, in the languages of news sites:
#: the newsroom ("Redazione / AGX", "Redação | Lusa", "Redacción · EFE", "Rédaction, AFP",
#: "Redaktion/dpa", "Redactie", "Redakcja", "Newsroom / Reuters", "News Desk"), its staff ("Staff
#: and agencies") and the agencies its copy comes from.
_NEWSROOM_WORD = re.compile(
    r"staff|newsroom|desk|redazione|redação|redacao|redacción|redaccion|rédaction|redaction|redaktion|redactie|redakcja|redakce"
    r"|redakcia|redakcija|redaksiyon|redaksi|redacția|redacţia|uredništvo|toimitus|szerkesztőség|agencies|agences|agencias"
    r"|agenzie|agências|agenturen"
    # in the scripts without capitals: Bengali "নিজস্ব" (own: "নিজস্ব প্রতিবেদক", staff reporter), "স্টাফ",
    # "ডেস্ক"; Hindi "निज" ("निज संवाददाता"), "स्टाफ", "डेस्क"; Urdu "اسٹاف", "ڈیسک"; Tamil "நமது" (our: "நமது நிருபர்")
    r"|নিজস্ব|স্টাফ|ডেস্ক|निज|स्टाफ|डेस्क|اسٹاف|ڈیسک|நமது",
    re.I,
)
#: The most words of a newsroom's part of a credit line ("Redazione Gazzetta del Golfo").
NEWSROOM_CREDIT_WORDS = 4


def is_newsroom_credit(part: str) -> bool:
    """Whether *part*, one name of a credit line, names a newsroom: its word for the newsroom
    (:data:`_NEWSROOM_WORD`) alone ("Redazione", "Staff", "agencies"), or opening or closing the
    outlet's name or a role ("Redazione Gazzetta", "Valley Courier Staff", "নিজস্ব প্রতিবেদক": capitalised
    words, :func:`is_capitalised`), at most
    :data:`NEWSROOM_CREDIT_WORDS` words; no sentence."""
    words = part.split()
    if not 1 <= len(words) <= NEWSROOM_CREDIT_WORDS or is_sentence(part):
        return False
    own = [n for n, w in enumerate(words) if _NEWSROOM_WORD.fullmatch(w)]
    return len(own) == 1 and own[0] in (0, len(words) - 1) and all(
        n in own or is_capitalised(w) or w[0].isdigit() or w.lower() in ("of", "del", "de", "di", "du", "da", "the")
        for n, w in enumerate(words))


def is_capitalised(word: str) -> bool:
    """Whether *word* opens as a name does: in a capital, or in a letter of a script without
    capitals (Bengali, Devanagari, Arabic, CJK ...), where every word may be a name's."""
    first = word[:1]
    return first.isupper() or first.isalpha() and not first.islower()


#: An organisation's legal form or kind in its name: "Bund der Example e.V.", "Example GmbH", "Example
#: Inc.", "Deutscher Examplebund", "Example-Stiftung".
_ORGANISATION = re.compile(
    r"\b(?:e\.\s?V\b|g?GmbH|AG|SE|KG|Inc\b|Ltd\b|LLC|Corp\b|plc|S\.A\b)"
    r"|(?i:(?:verband|verein|stiftung|gesellschaft|institut|foundation|association)(?:es|s)?\b)"
)
#: A word naming a publication's kind, in the languages of _BY: "Das Magazin für ...", "Example Zeitung".
_OUTLET_KIND = re.compile(
    rf"(?<![^\W\d_])(?:{_GENERIC_OUTLET_WORDS}|magazin|zeitung|zeitschrift|verlag|portal|online|revue|journal|rivista|krant|tidning|avis)\b",
    re.I,
)
#: A web address or a host's name in an author value: "Example News (www.example.com)", "example.de".
_WEB_NAME = re.compile(r"(?i:\bwww\.|\b[\w-]+\.(?:com|org|net|info|de|at|ch|fr|it|es|nl|eu|io|co\.uk|uk)\b)")


def is_organisation(name: str, *, site: str | None = None, host: str | None = None) -> bool:
    """Whether an author value names an organisation rather than a person: a newsroom or the
    outlet (:func:`is_newsroom`), a legal form or kind of body ("e.V.", "GmbH", "Stiftung"),
    a web address, or the page's *host* ("example.de")."""
    if is_newsroom(name, site) or _ORGANISATION.search(name) or _WEB_NAME.search(name):
        return True
    if not is_person_name(name) and (is_outlet_name(name) or _OUTLET_KIND.search(name)):
        return True  # "Valley Post", "Example – Das Magazin für Examples"
    label = re.sub(r"\W", "", fold_words(host.removeprefix("www.").split(".")[0])) if host else ""
    if len(label) >= 4 and label in re.sub(r"\W", "", fold_words(name)):
        return True  # "Example" on example.de, "Valley Post" on valley-post.example
    return bool(site) and fold_words(name) in fold_words(str(site))


def byline_people(byline: str) -> list[str]:
    """The names of a byline as :func:`clean_byline` gives it, as printed, whatever joins them
    ("Ana Example und Bo Lind": ["Ana Example", "Bo Lind"]); of one that labels its people's roles,
    the writers' (:func:`writing_credit`: "Text: Ana Example, photos: Bo Lind" is ["Ana Example"])."""
    credit = writing_credit(byline)
    return [n for n in _NAME_JOINT.split(", ".join(credit) if credit is not None else byline) if n.strip()]


def byline_names(byline: str) -> frozenset[str]:
    """The names of a byline as :func:`clean_byline` gives it, folded, whatever joins them
    ("Ana Example und Bo Lind" and "Ana Example, Bo Lind" name the same people)."""
    return frozenset(fold_words(n) for n in byline_people(byline) if fold_words(n))


def opens_byline(text: str, *, language: str | None = None) -> bool:
    """Whether a line of a page opens as a byline does: "By ...", "Von ...", "Autor: ...", or
    gives the post's date first ("Posted on 12 February 2026 by ...": :func:`after_post_date`);
    on a page in *language*, with that language's own word ("Per Jordi Puig" in Catalan:
    :func:`language_byline`), or labels its writer's role ("Words and pictures by ...", "Texto y
    fotos: ...": :func:`writing_credit`)."""
    line = after_post_date(" ".join(text.split()))
    return bool(_BY.match(line)) or language_byline(text, language) is not None or bool(writing_credit(line, line=True))


#: The most words of the names a byline's label alone on its line stands over ("Аутор:" /
#: "Марко Пример"): a longer line is no byline's.
LABELLED_NAME_WORDS = 6


def byline_label(line: str) -> bool:
    """Whether *line* is a byline's opener and nothing more (:data:`_BY`: "Author:", "By", "Аутор:",
    "Muallif:", "作者："), whose names stand on the line, or in the element, after it."""
    line = " ".join(line.split())
    found = _BY.match(f"{line} ") if line else None
    return found is not None and found.end() >= len(line)


#: A line that gives when a post was posted before who wrote it: "Posted on 12 February 2026 by
#: Ana Example" (WordPress's default), "Published March 3, 2026 by ...", "Veröffentlicht am 3. März
#: 2026 von ...", "2026. március 3., kedd 14:30 | Szerző: ...": the words before its date, the
#: date (with a weekday, a time), a separator, and the opener of _BY.
_POST_DATE = re.compile(
    r"^(?:(?:posted|published|submitted|written|veröffentlicht|publié|publicado|pubblicato)\s+)?(?:(?:on|am|le|el|il)\s+)?"
    r"(?P<date>\S.{4,60}?)\s+(?:[|·•]\s+)?(?=" + _BY.pattern.removeprefix("^") + ")",
    re.I,
)


def after_post_date(line: str) -> str:
    """*line* from its "by" where it opens with the date of a post and only that ("Posted on
    12 February 2026 by Ana Example" is "by Ana Example"; "Posted on Tue, 03/03/2026 - 14:22 by
    ..." too: a weekday and a time may stand with the date, and nothing else: "Bern, 17.08.2007 -
    Rede von ..." is no post's date); else *line* unchanged."""
    found = _POST_DATE.match(line)
    if found is None:
        return line
    # (a blog theme's reading time may stand with the date: "May 16, 2026 · 2 min · Author: ...")
    parts = [p.strip() for p in _STAMP_SEPARATOR.split(found["date"]) if p.strip()]
    dated = _a_date_only(found["date"]) or any(_a_date_only(p) for p in parts) and all(
        _a_date_only(p) or is_reading_time(p) or _BARE_MINUTES.match(p) for p in parts)
    return line[found.end() :] if dated else line


#: The words of a blog theme's entry-meta line (:func:`entry_meta`), by language, as themes are
#: translated: (1) a participle that opens the post's date, writer or categories ("Posted",
#: "Veröffentlicht", "Opublikowano"), (2) the "on" between it and the date ("Posted on", "Publié
#: le"), (3) the "by" before the writer, (4) the "in" or "under" before its categories, (5) "and"
#: before its tags, (6) "tagged", (7) the labels of categories and tags before a colon ("Category:",
#: "Tags:", "Kategorie:", "タグ："). Regular expressions' alternations (empty: the language has none
#: of that field, or writes it after the value).
_META_WORDS: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "en": ("posted|published|updated|written|submitted|filed", "on", "by", "in|under", "and", "tagged(?:\\s+with)?",
           "categor(?:y|ies)|tags?|topics?|sections?|labels?"),
    "de": ("veröffentlicht|aktualisiert|abgelegt|geschrieben", "am", "von", "in|unter", "und", "verschlagwortet(?:\\s+mit)?",
           "kategorien?|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|schlagworte|themen"),
    "fr": ("publié|publiée|mis à jour|classé|classée|posté|postée", "le", "par", "dans|sous", "et", "étiqueté|étiquetée|taggé",
           "cat[ée]gories?|[ée]tiquettes?|mots-cl[ée]s|rubriques?"),
    "es": ("publicado|publicada|actualizado|actualizada|archivado|archivada", "el", "por", "en", "y", "etiquetado|etiquetada",
           "categor[íi]as?|etiquetas|temas|secci[óo]n"),
    "it": ("pubblicato|pubblicata|aggiornato|aggiornata|archiviato|archiviata|postato", "il", "di", "in|nel|nella|sotto", "e",
           "taggato|taggata|etichettato|etichettata", "categori[ae]|tag|etichette|argomenti"),
    "pt": ("publicado|publicada|atualizado|atualizada|arquivado|arquivada|postado|postada", "", "por", "em|no|na", "e",
           "marcado|marcada|etiquetado|etiquetada", "categorias?|etiquetas|tags|marcadores"),
    "ca": ("publicat|publicada|actualitzat|actualitzada|arxivat|arxivada", "el", "per", "en", "i", "etiquetat|etiquetada",
           "categories|categoria|etiquetes"),
    "ro": ("publicat|publicată|actualizat|actualizată|postat|postată", "pe", "", "în", "și", "etichetat|etichetată",
           "categorii|categorie|etichete|rubrici|rubrica"),
    "nl": ("gepubliceerd|geplaatst|bijgewerkt|gearchiveerd", "op", "door", "in|onder", "en", "getagd(?:\\s+met)?",
           "categorieën|categorie|trefwoorden|onderwerpen"),
    "sv": ("publicerad|publicerat|uppdaterad|uppdaterat|postad|postat", "den", "av", "i|under", "och", "taggad(?:\\s+med)?|märkt",
           "kategorier|kategori|taggar|etiketter|ämnen"),
    "da": ("udgivet|offentliggjort|opdateret|postet|indsendt", "den", "af", "i|under", "og", "tagget(?:\\s+med)?",
           "kategorier|kategori|emner|nøgleord"),
    "nb": ("publisert|oppdatert|postet|lagt inn", "den", "av", "i|under", "og", "merket(?:\\s+med)?|tagget(?:\\s+med)?",
           "kategorier|kategori|stikkord|emner|tagger"),
    "fi": ("julkaistu|päivitetty|kirjoitettu", "", "", "kategoriassa|kategorioissa", "ja", "avainsanoilla",
           "kategoriat|kategoria|avainsanat|tagit|aiheet"),
    "et": ("avaldatud|uuendatud|postitatud", "", "", "kategoorias|rubriigis", "ja", "sildistatud", "kategooriad|kategooria|sildid|märksõnad|teemad"),
    "lt": ("paskelbta|atnaujinta|publikuota", "", "", "kategorijoje|kategorijose", "ir", "pažymėta", "kategorijos|kategorija|žymos|žymės|temos"),
    "lv": ("publicēts|publicēta|atjaunots|atjaunināts", "", "", "kategorijā|sadaļā", "un", "atzīmēts", "kategorijas|kategorija|birkas|tagi|tēmas"),
    "hu": ("közzétéve|közzétett|frissítve|beküldve", "", "", "kategóriában|rovatban", "és", "címkézve|címkék", "kategóriák|kategória|címkék|rovat|témák"),
    "pl": ("opublikowano|opublikowany|opublikowane|zaktualizowano|dodano|dodany", "dnia", "przez", "w|we", "i", "otagowano|oznaczone",
           "kategori[ae]|kategorie|tagi|etykiety|tematy|działy?"),
    "cs": ("publikováno|zveřejněno|aktualizováno|vloženo|přidáno", "dne", "", "v|ve", "a", "označeno|oštítkováno",
           "kategorie|rubriky?|štítky|témata"),
    "sk": ("publikované|zverejnené|aktualizované|pridané", "dňa", "", "v|vo", "a", "označené", "kategórie|kategória|rubriky?|štítky|značky|témy"),
    "sl": ("objavljeno|posodobljeno|dodano", "dne", "", "v", "in", "označeno", "kategorije|kategorija|oznake|teme|rubrike?"),
    "sh": ("objavljeno|ažurirano|dodano|dodato", "", "", "u", "i", "označeno", "kategorije|kategorija|oznake|tagovi|teme|rubrike?"),
    "tr": ("yayınlandı|yayınlanma tarihi|güncellendi|gönderildi", "", "", "", "ve", "etiketlendi", "kategoriler|kategori|etiketler|etiket|konular"),
    "id": ("diposting|diterbitkan|dipublikasikan|diperbarui|ditulis", "pada", "oleh", "dalam", "dan", "ditandai|ditag",
           "kategori|tag|label|topik|rubrik"),
    "vi": ("đăng|đăng ngày|cập nhật|cập nhật lúc", "ngày|lúc", "bởi", "trong|vào", "và", "gắn thẻ", "chuyên mục|danh mục|thẻ|từ khóa|chủ đề"),
    "tl": ("inilathala|nai-post|na-update", "noong", "", "sa", "at", "", "kategorya|mga kategorya|mga tag"),
    "sw": ("imechapishwa|imesasishwa|imetumwa", "", "", "katika|kwenye", "na", "", "kategoria|vitambulisho|lebo|mada"),
    "el": ("δημοσιεύθηκε|δημοσιεύτηκε|ενημερώθηκε|αναρτήθηκε", "στις", "από", "στην|στο|στα", "και", "",
           "κατηγορίες|κατηγορία|ετικέτες|θέματα"),
    "ru": ("опубликовано|обновлено|размещено|добавлено", "", "", "в|во", "и", "", "рубрики|рубрика|категории|категория|метки|теги|темы"),
    "uk": ("опубліковано|оновлено|додано|розміщено", "", "", "в|у", "і", "", "рубрики|рубрика|категорії|категорія|мітки|теги|теми"),
    "be": ("апублікавана|абноўлена|дададзена", "", "", "у|ў", "і", "", "рубрыкі|рубрыка|катэгорыі|катэгорыя|меткі|тэгі|тэмы"),
    "bg": ("публикувано|обновено|добавено", "на", "", "в|във", "и", "", "категории|категория|етикети|теми|рубрики|рубрика"),
    "sr": ("објављено|ажурирано|додато", "", "", "у", "и", "", "категорије|категорија|ознаке|теме|рубрике|рубрика"),
    "mk": ("објавено|ажурирано|додадено", "на", "", "во", "и", "", "категории|категорија|ознаки|теми|рубрики|рубрика"),
    "hy": ("հրապարակված է|հրապարակվել է|թարմացված է", "", "", "", "", "", "բաժին|բաժիններ|պիտակներ|կատեգորիա|կատեգորիաներ"),
    "ka": ("გამოქვეყნებულია|განახლებულია", "", "", "", "", "", "კატეგორია|კატეგორიები|ტეგები|თეგები|რუბრიკა"),
    "he": ("פורסם|פורסמה|עודכן|עודכנה", "", "", "", "", "", "קטגוריות|קטגוריה|תגיות|תגית|נושאים"),
    "ar": ("نشر|نُشر|تم النشر|نشرت|تحديث|آخر تحديث", "", "", "في|ضمن", "", "", "التصنيفات|التصنيف|تصنيف|الوسوم|وسوم|الأقسام|القسم|الكلمات المفتاحية"),
    "fa": ("منتشر شده|ارسال شده|به‌روزرسانی", "", "", "در", "", "", "دسته‌بندی‌ها|دسته‌بندی|دسته|برچسب‌ها|برچسب|موضوعات"),
    "ur": ("شائع|شائع شدہ|اپ ڈیٹ", "", "", "", "", "", "زمرہ|زمرے|ٹیگز|ٹیگ"),
    "hi": ("प्रकाशित|अपडेट", "", "", "", "", "", "श्रेणी|श्रेणियाँ|श्रेणियां|टैग|टैग्स|विषय|कैटेगरी"),
    "th": ("โพสต์เมื่อ|เผยแพร่|อัปเดต", "", "", "", "", "", "หมวดหมู่|แท็ก|ป้ายกำกับ"),
    "ja": ("投稿日|公開日|更新日", "", "", "", "", "", "カテゴリー|カテゴリ|タグ|ジャンル"),
    "zh": ("发布于|發佈於|发表于|發表於|更新于|更新於|发布时间|發佈時間", "", "", "", "", "", "分类|分類|标签|標籤|栏目|欄目"),
    "ko": ("게시일|작성일|등록일|수정일", "", "", "", "", "", "카테고리|분류|태그"),
}


def _meta_words(field: int) -> str:
    """One field of :data:`_META_WORDS` of every language, as one alternation."""
    return "|".join(dict.fromkeys(words[field] for words in _META_WORDS.values() if words[field]))


#: The words that open a post's date with no participle before them ("on 3 March 2026", "am 3. März").
_META_ON_ALONE = "on|am|le|op"
_META_DATE_WORDS = rf"(?:(?:{_meta_words(0)})(?:\s+(?:{_meta_words(1)}))?|{_META_ON_ALONE})"
_META_BY_WORDS = rf"(?:{_meta_words(2)})"
_META_TERM_WORDS = (
    rf"(?:(?:(?:{_meta_words(4)})\s+)?(?:{_meta_words(5)})"
    rf"|(?:{_meta_words(6)})\s*[:：]"
    rf"|{_meta_words(3)})"
)
#: A word of an entry-meta line: the date's, the writer's or the terms', after a space or at the
#: field's start, before a space or the line's end; a label's colon may run on into its value ("タグ：渡し船").
_META_WORD = re.compile(
    rf"(?:^|(?<=\s))(?:(?P<date>{_META_DATE_WORDS})|(?P<by>{_META_BY_WORDS})|(?P<terms>{_META_TERM_WORDS}))(?:\s*:)?"
    r"(?:(?<=[:：])|(?=\s|$))",
    re.I,
)
#: A field of an entry-meta line that is the post's comments or permalink link: "Leave a comment",
#: "3 Comments", "No comments yet", "Comments off", "Bookmark the permalink".
_META_LINK = re.compile(
    r"^(?:leave a (?:comment|reply)|(?:no|\d+|one) (?:comments?|responses?|replies)(?: yet)?|comments? (?:off|closed)"
    r"|bookmark the permalink|permalink|kommentare? (?:schreiben|hinterlassen)|laisser un commentaire|deja un comentario)$",
    re.I,
)
#: The opening of a theme's entry-meta sentence ("This entry was posted in ...").
_META_SENTENCE = re.compile(r"^(?:this (?:entry|post|article) (?:was|is)|dieser (?:eintrag|beitrag) wurde)\s+", re.I)
#: What parts the fields of an entry-meta line: a bar, a dot, a sentence's stop.
_META_FIELDS = re.compile(r"\s*[|·•]\s*|(?<=[^\W\d_]{2})\.\s+")
#: The most words of one category or tag.
TERM_WORDS = 3
#: The most characters of one category or tag written with no spaces ("地域ニュース").
TERM_CHARACTERS = 12
#: What parts a post's categories or tags: commas (of any script: "、", "،"), "&", slashes, and
#: the languages' "and" (:data:`_META_WORDS`).
_TERM_JOINT = re.compile(rf"\s*(?:[,，、،&/]|(?<!\w)(?:{_meta_words(4)})(?!\w))\s*", re.I)
#: The words a category's or tag's name does not open with: a sentence's articles ("Posted in the
#: harbour at dawn, ..." is a report's sentence).
_NO_TERM_OPENING = re.compile(r"^(?:the|a|an|this|that|der|die|das|le|la|les|el|los|las|il|lo|un|une|ein|eine)\b", re.I)


@dataclass(frozen=True)
class EntryMeta:
    """What a blog post's entry-meta line gives (:func:`entry_meta`)."""

    published: str | None  # the post's day, ISO 8601 ("2026-03-03"), where the line gives it
    byline: str | None  # its writer, as :func:`clean_byline` gives the name, where the line names one


def _terms(value: str) -> bool:
    """Whether *value* is a list of a post's categories or tags: short names parted by commas, "and",
    "&" or slashes ("News, Local", "ferry and harbour"), no sentence, no figure but a year's."""
    parts = [p.strip() for p in _TERM_JOINT.split(value.strip(" .:"))]
    return bool(parts) and all(p and (1 <= word_count(p) <= TERM_WORDS or " " not in p and len(p) <= TERM_CHARACTERS)
                               and not is_sentence(p) and not re.search(r"[!?;:]", p)
                               and not _NO_TERM_OPENING.match(p) for p in parts)


#: The bare prepositions that put a post in its categories ("in News, Local"): beside a labelled
#: date or writer only, as a line of their own they open headings as often ("In brief").
_META_IN = frozenset(_meta_words(3).split("|"))


def entry_meta(line: str) -> EntryMeta | None:
    """What *line* says where it is a blog theme's entry-meta line and nothing else, as WordPress's
    and other themes print it above or under a post: fields parted by bars, dots or a sentence's
    stop, each the post's date after its word ("Posted on 3 March 2026"), its writer ("by Ana
    Example"), its categories or tags after theirs ("in News, Local", "Filed under: News",
    "Tagged ferry, harbour", "Tags: ..."), a link to its comments or permalink ("Leave a comment",
    "Bookmark the permalink"), or, beside a labelled date, a name alone ("Published 3 March 2026
    | News": the category); in one sentence too ("This entry was posted in News and tagged ferry.").
    Its date and byline (None where it gives none); None for any other line, and for a line that
    is only a byline or only a date, which other readers take (:func:`opens_byline`, :func:`is_stamp_block`)."""
    line = " ".join(line.split())
    text = _META_SENTENCE.sub("", line, count=1)
    if not text or word_count(text) > 40:
        return None
    # (a sentence only as a theme writes one: "This entry was posted in ...", "... Bookmark the permalink.")
    sentence = is_sentence(line) and text == line
    published: str | None = None
    byline: str | None = None
    labelled = terms = False  # a labelled date or a writer; categories or tags
    own = False  # a field a theme alone writes: a link, or terms after their own word ("Tags:", "Filed under:")
    bare: list[str] = []
    for field in (f for f in _META_FIELDS.split(text) if f.strip(" .")):
        field = field.strip(" .")
        if _META_LINK.match(field):
            terms, sentence, own = True, False, True
            continue
        words = list(_META_WORD.finditer(field))
        if not words or words[0].start() > 0:
            bare.append(field)
            continue
        for n, word in enumerate(words):
            value = field[word.end() : words[n + 1].start() if n + 1 < len(words) else len(field)].strip(" ,")
            if word["terms"] and n and words[n - 1]["date"] and not published and value and (
                    on := find_date(value)) is not None and _a_date_only(value):
                published, labelled = on[0].isoformat(), True
                continue  # "Publicado em 3 de março de 2026": a word that is "in" and "on" both, before a date
            if word["date"]:
                if not value and n + 1 < len(words):
                    own = True
                    continue  # "Posted in", "Posted by": the verb before another word
                dated = find_date(value) if value else None
                if dated is None or not _a_date_only(value):
                    return None
                published, labelled = published or dated[0].isoformat(), True
            elif word["by"]:
                named = clean_byline([f"By {value}"], line=True) if value else None
                if named is None:
                    return None
                byline, labelled = byline or named, True
            elif not _terms(value) or find_date(value):
                return None  # ("In brief, February 9": a page's title, no categories)
            else:
                terms = True
                own = own or word["terms"].casefold() not in _META_IN
    if terms and not (labelled or own):
        return None  # categories after a bare "in" alone ("In brief", "In pictures"): a heading as well
    if bare:
        # (a name alone beside a labelled date: the post's category, or its writer)
        if not labelled or len(bare) > 2 or not all(_terms(b) and not find_date(b) for b in bare):
            return None
        byline = byline or next((b for b in bare if is_person_name(b)), None)
        terms = True
    return EntryMeta(published, byline) if terms and not sentence else None


def _a_date_only(text: str, *, time: bool = False) -> bool:
    """Whether *text* gives a date (:func:`find_date`), or with *time* a clock time, and nothing
    else but a weekday, a time and the words that tie them ("Tue, 03/03/2026 - 14:22", "12
    February 2026 at 9.30 pm", "Do., 05.03.26", with *time* "13:10 Uhr")."""
    dated = find_date(text)
    if dated is not None:
        start, end = dated[1]
        text = f"{text[:start]} {text[end:]}"
    elif not (time and _CLOCK_TIME.search(text)):
        return False
    # (the clock's zone after it too, where there is a clock: "11:40 CET")
    zones = {z.lower() for z in (*ZONE_HOURS, *ZONE_PLACES)} if time and _CLOCK_TIME.search(text) else set()
    words = re.findall(r"[^\W\d_]+", _CLOCK_TIME.sub(" ", text).lower())
    return all(w in _WEEKDAY_WORDS or w in _AT_WORDS or w in _weekday_names() or w in zones for w in words)


#: The languages whose weekdays' names (CLDR's, through babel) may stand beside a date a page
#: prints; :data:`_WEEKDAY_WORDS` has the languages whose abbreviations it reads too.
_WEEKDAY_LANGUAGES = "hu pl cs sk ro tr el ru uk bg sr hr sl pt sv da nb fi et lv lt id ms vi ca mk be mt"


@functools.cache
def _weekday_names() -> frozenset[str]:
    """The weekdays' full names, lower case, in :data:`_WEEKDAY_LANGUAGES` ("kedd", "wtorek"); a
    name CLDR gives with its article ahead of a hyphen, also without it (Maltese "Il-Ħamis" is
    printed "Ħamis, 29 ta' Jannar 2026" too)."""
    from babel import Locale

    return frozenset(
        form for code in _WEEKDAY_LANGUAGES.split()
        for name in Locale.parse(code).days["format"]["wide"].values() for word in name.lower().split()
        for form in {word, word.rpartition("-")[2]}
    )


def is_weekday_name(word: str) -> bool:
    """Whether *word* is a weekday's name or abbreviation a page prints beside a date, in any
    language read here (:data:`_WEEKDAY_WORDS`, :func:`_weekday_names`, and dateparser's languages'
    :func:`~core.calendar_words.weekdays_anywhere`: "Thu", "Kamis", "csütörtök", "torstai"), its full
    stop aside: no place's nor a person's name ("Kamis, 3 Desember 2026" is dated, not filed from
    somewhere). Of the hundreds of languages dateparser knows, a name that is a place's too is
    none ("China" names a day in one of them)."""
    from core.calendar_words import weekdays_anywhere

    folded = word.lower().strip(".,")
    return folded in _WEEKDAY_WORDS or folded in _weekday_names() or folded in weekdays_anywhere() and not known_place(word.strip(".,"))


#: The breaks between the parts of a line of a name and a date: "Aud Fenner | Do., 05.03.26".
_PART_BREAK = re.compile(r"\s+[-–—]\s+|\s*[|·•]\s*")
#: The minutes alone, as a post's meta line gives its reading time beside its date ("3 min", "5 mins").
_MINUTES_ALONE = re.compile(rf"^~?\d{{1,3}}\s*{_READING_MINUTES}$", re.I)


def _undated_part(line: str, *, first: bool = False) -> str | None:
    """The one part of *line* that is no date, where the others give a date (and a weekday or a
    time): "Aud Fenner" of "Aud Fenner | Do., 05.03.26"; the first part only where *first*. None
    for any other line."""
    if not any(c.isdigit() for c in line):
        return None  # no date: the most lines of a page, said at once
    # (a reading time among the parts is no name: "March 3, 2026 · 3 min · Ana Example", Hugo's meta line)
    parts = [p for p in (part.strip(" ,") for part in _PART_BREAK.split(" ".join(line.split())))
             if p and not is_reading_time(p) and not _MINUTES_ALONE.match(p)]
    if not 2 <= len(parts) <= 4 or not any(find_date(p) for p in parts):
        return None
    names = [p for p in parts if not _a_date_only(p, time=True)]
    return names[0] if len(names) == 1 and (not first or names[0] == parts[0]) else None


def section_dated(line: str, sections: frozenset[str] = frozenset()) -> bool:
    """Whether *line* gives the report's section and its date and nothing else ("World | 3 March
    2026", "კულტურა და ხელოვნება · 3 მარტი, 2026, 09:15": :func:`is_section_label`, or one of the
    page's own *sections*, folded), a date line and no byline."""
    section = _undated_part(line)
    return section is not None and (is_section_label(section) or fold_words(section) in sections)


def dated_place(line: str) -> str | None:
    """The place of a line that gives where and when a report was filed, the place first, as a
    dateline: "North Harbour - 27 nov 2026 - 11:40 CET", "Valletta | 3 March 2026" (a place's
    shape: one to four words, each opening as a name does); None for any other line."""
    place = _undated_part(line, first=True)
    if place is None or not _BYLINE_PLACE.match(place) or is_outlet_name(place) or is_weekday_name(place):
        return None  # (a weekday is no place: "Kamis | 3 Desember 2026")
    words = place.split()
    if not all(opens_as_name(w) or 0 < n < len(words) - 1 and w in _PLACE_PARTICLES for n, w in enumerate(words)):
        return None
    return place


def dated_name(line: str) -> str | None:
    """The person's name of a line that gives a name and a date and nothing else: "Aud Fenner |
    Do., 05.03.26", "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "25.10.2022 - Ana Example" (a
    weekday and a time may stand with the date: :func:`_a_date_only`); None for any other line,
    and where the name is a place's (:func:`known_place`) or an outlet's ("Valley Post | 3 March
    2026", "HRT World | ..."), or no person's shape (:func:`is_person_name`)."""
    name = _undated_part(line)
    if name is None:
        return None
    words = name.split()
    if is_weekday_name(words[-1]):
        return None  # "Kingston Wed | Apr 27, 2022": a weather box's place and day
    if is_section_label(name):
        return None  # "World News | 3 March 2026", "ახალი ამბები · 3 მარტი, 2026": the report's section over its date
    if not in_capitals(name) and any(len(w) > 1 and w.isupper() for w in words):
        return None  # "HRT World | 28 November 2026": a broadcaster's letters, no person's name
    return name if (is_person_name(name) or is_uncased_name(name)) and not known_place(name) and not kind_named_place(name) else None


def masthead_line(line: str) -> tuple[str, str] | None:
    """The outlet's and the writer's names of a masthead line that gives an outlet, a date and a
    writer, parted by bars, dots or dashes: ("Harbour Gazette", "Ana Example") of "Harbour Gazette |
    27 November 2026 | Ana Example", "Gazeta Przykład · 27 listopada 2026 · Jan Przykład" (a weekday
    and a time may stand with the date: :func:`_a_date_only`). The outlet is the part shaped as an
    outlet's name (:func:`is_outlet_name`), else the first where it is two names or more: a masthead
    opens with its paper's name; the writer is the other, a person's name (:func:`is_person_name`).
    None for any other line: a place's name in either or one word first ("Valdemora | 3 March 2026 |
    Ana Example" is a dateline and a byline), a section's label first ("Sports | ...")."""
    if not any(c.isdigit() for c in line):
        return None
    parts = [p for p in (part.strip(" ,") for part in _PART_BREAK.split(" ".join(line.split()))) if p]
    names = [p for p in parts if not _a_date_only(p, time=True)]
    if not 3 <= len(parts) <= 4 or len(names) != 2 or not find_date(line) or not _a_date_only(parts[1], time=True):
        return None
    if any(known_place(n) or kind_named_place(n) or is_sentence(n) for n in names):
        return None
    outlet, writer = names[::-1] if is_outlet_name(names[1]) and not is_outlet_name(names[0]) else names
    if not is_person_name(writer) or is_outlet_name(writer) or is_section_label(outlet) or not (
            is_outlet_name(outlet) or len(outlet.split()) >= 2 and _all_names(outlet)):
        return None  # (a section's label, "Sports | ...", or one word, a place's as often: "Valdemora | ...")
    return outlet, writer


def is_uncased_name(text: str) -> bool:
    """Whether *text* is shaped as a person's name in a script that writes no capitals (Georgian,
    Hebrew, Arabic, the Indian scripts: "ნინო მაგალითი"), which :func:`is_person_name` cannot tell by
    its capitals: two or three words of letters (and their marks) only, no placeholder's."""
    words = text.split()
    return 2 <= len(words) <= 3 and not _NOT_A_NAME.search(text) and all(
        opens_as_name(w) and not w[0].isupper() and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in w)
        for w in words)


def signed_dateline(line: str) -> tuple[str, str] | None:
    """The writer's name and the place of a credit line that gives who, where and when, in that
    order, parted by dots, bars or dashes (where and when may share a part, as a dateline:
    :func:`placed_stamp`), with a "By" word before the name or none: ("Ana
    Example", "North Harbour") of "By Ana Example | North Harbour | March 3, 2026", "Ana Ejemplo ·
    Valdemora · 3 de marzo de 2026", "Ana Example - Port Elwin - 3 March 2026 - 09:15 CET" (the
    date last, a weekday or a time beside it: :func:`_a_date_only`). None for any other line: no
    person's name first (:func:`is_person_name`; "Salud · Sociedad · ...", an outlet's name), no
    place's shape second (:func:`dated_place`) or a second person's name there, not a known place's
    ("Ana Example · Bo Lind · ..."), or parts that are no date after them."""
    if not any(c.isdigit() for c in line):
        return None
    parts = [p for p in (part.strip(" ,") for part in _PART_BREAK.split(" ".join(line.split()))) if p]
    if len(parts) == 2 and (placed := placed_stamp(parts[1])) is not None:
        # the place and the date in one part, as a dateline prints them ("Por Marta Ejemplo |
        # Valdemora (Ostria), 3 de marzo de 2026")
        name = _BY.sub("", parts[0], count=1).strip() if _BY.match(parts[0]) else parts[0]
        if is_person_name(name) and not known_place(name) and not kind_named_place(name):
            return name, placed[0]
        return None
    if not 3 <= len(parts) <= 5 or not all(_a_date_only(p, time=True) for p in parts[2:]) or not find_date(" ".join(parts[2:])):
        return None
    name = _BY.sub("", parts[0], count=1).strip() if _BY.match(parts[0]) else parts[0]
    if not is_person_name(name) or known_place(name) or kind_named_place(name):
        return None
    place = dated_place(f"{parts[1]} | {' | '.join(parts[2:])}")
    if place is None or is_person_name(place) and not (known_place(place) or kind_named_place(place)):
        return None  # (a second writer's name: "Ana Example · Bo Lind · March 3, 2026")
    return name, place


#: A clock time ("10:15", "9.30am", "14h05", "2:33 p.m."), beside a post's date.
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\b\.?)?", re.I)
#: The words that tie a time or a weekday to a post's date: "at", "um ... Uhr", "à", "a las", "alle", "om", "kl.".
_AT_WORDS = frozenset("at um uhr à a las alle ore om kl klo o".split())
#: A weekday's name or abbreviation before a byline's date ("By Ana Example Mon, March 2", "Von
#: Ana Example Fr, 18. Oktober", "Par Ana Example lun. 2 mars": :data:`_WEEKDAY_WORDS`), with the
#: word after it.
_WEEKDAY_BEFORE = re.compile(rf"[\s,]+(?:{_WEEKDAY_WORD})\.?,?\s+(?P<next>[^\s,]+)", re.I)


def before_weekday(text: str) -> str:
    """*text* cut before a weekday that a day's number or a month's name follows ("Ana Example Fr, 18.
    Oktober 2019" is "Ana Example"); unchanged where none does."""
    for found in _WEEKDAY_BEFORE.finditer(text):
        following = found["next"].strip(".")
        if following[:1].isdigit() or month_number(following) is not None:
            return text[: found.start()]
    return text


#: What follows a byline's names on its line: a separator (" - ", " -Updated"), "published ..." (in
#: the languages of :data:`~core.stamps.STAMP_WORDS`: ", publié le 3 mars", ", veröffentlicht am ..."), a time
#: ("Posted by Ana Example at 09:15 AM in People", "Von Ana Beispiel um 14:30"), where
#: the writer is or what the post is filed under ("Ana Example in Kyiv", "... IN Fashion"), a "Follow"
#: button, or the next label of a line of labels ("Autor: Ana Example Quelle: Valley Post").
_BYLINE_TAIL = re.compile(rf"\s*(?:[|·•]|\s[-–—]|,?\s+(?:{STAMP_WORDS}|on|in|follow|folgen|suivre|seguir)\b|,?\s+(?:(?:at|um|à|às|a las|alle|om|kl\.?)\s+)?\d{{1,2}}[:h]\d{{2}}\b|\s+[^\W\d_][\w()]*\s?:(?:\s|$)).*$", re.I)


#: A label before a colon opening a byline's text, in whatever language the page prints it: "Haber:
#: Elif Örnek" (Turkish "news"), "Texto: Ana Ejemplo", "Reportage: ...", "Tekst: ...", "Written by:
#: ...", "Words: ...": one or two words of letters, then the colon.
_NAME_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)\s?[:：]\s+(?P<rest>\S.*)$")
#: The words for a photograph or a picture, by language, as a credit prints them before who took or
#: supplied it ("Foto: dpa", "Photo: AFP", "Fot. Jan Przykład", "Ảnh: TTXVN", "사진 홍길동"): regular
#: expressions' alternations of whole words. One table for every reader of such credits: a byline's
#: roles of others (:data:`_OTHER_ROLES`, which reads them as openings: "Fotos", "photographer"), a
#: picture's caption line and the credit that ends a caption, and a copyright notice that is a
#: picture's, not the site's (core.reading.html).
PICTURE_WORDS: dict[str, str] = {
    "en": "photo|photos|photograph|photographs|photography|picture|pictures|pic|pics|image|images",
    "de": "foto|fotos|fotografie|bild|bilder",
    "fr": "photo|photos|image|images",
    "es": "foto|fotos|fotografía|fotografías|imagen",
    "it": "foto|fotografia|immagine|immagini",
    "pt": "foto|fotos|fotografia|imagem|imagens",
    "nl": "foto|foto's",
    "tr": "fotoğraf|fotoğraflar",
    "pl": "fot\\.?|zdjęcie|zdjęcia|zdjęć",  # "fot." abbreviates "fotografia"
    "cs": "foto|fotka|fotky|snímek",
    "hu": "fotó|kép|képek",
    "fi": "kuva|kuvat",
    "eu": "argazki|argazkia|argazkiak",
    "lt": "nuotr|nuotrauka|nuotraukos",  # "Nuotr." abbreviates "nuotrauka"
    "is": "ljósmynd|ljósmyndir|myndir",
    "ru": "фото",
    "uk": "фото|світлина",
    "bg": "снимка|фото",
    "or": "ଫଟୋ|ଛବି",
    "bn": "ফটো|ছবি",
    "hi": "फोटो|फ़ोटो|तस्वीर",
    "pa": "ਫੋਟੋ",
    "gu": "ફોટો",
    "ta": "புகைப்பட|புகைப்படம்|படம்|படங்கள்",  # "புகைப்பட" opens "photograph" and its forms
    "te": "ఫోటో|ఫొటో",
    "kn": "ಫೋಟೋ",
    "ml": "ഫോട്ടോ",
    "si": "ඡායාරූප",
    "th": "ภาพ",
    "lo": "ຮູບ",
    "km": "រូបថត",
    "my": "ဓာတ်ပုံ",
    "am": "ፎቶ",
    "ko": "사진",
    "vi": "ảnh",
    "ar": "تصوير|صور|صورة",
    "fa": "عکس|تصویر",
    "he": "צילום",
}
#: Every language's words of :data:`PICTURE_WORDS`, as one alternation.
PICTURE_WORD = "|".join(dict.fromkeys(word for words in PICTURE_WORDS.values() for word in words.split("|")))
#: The roles of others a byline or a page credits beside its writer, by how their words open: who
#: took the picture (:data:`PICTURE_WORDS`) or the video, drew the graphic or the illustration, edited,
#: translated, produced, compiled, fact-checked or researched it ("Foto", "Fotoğraf", "Bilder",
#: "zdjęcia", "Photographs", "pictures", "Grafik", "Editing", "Übersetzung"). Their people wrote nothing.
_OTHER_ROLES = (
    rf"{PICTURE_WORD}|vid|kamera|camera|cámara|câmera|grafi|graphi|infogr"
    r"|illustr|ilustr|karikat|cartoon|design|layout|montage|schnitt|ton\b|sound|edit|edição|ediç|düzen|penyunting|szerkeszt"
    r"|producer|produc|prod\b|regie|director|dirección|translat|übersetz|tradu|çevir|terjemah|przekł|compil|fact-?check|research"
    # video and editing in the scripts without capitals and in Vietnamese: Odia "ସମ୍ପାଦନା", Hindi
    # "संपादन", Korean "편집", "영상", Vietnamese "biên tập", Persian "ویرایش", Hebrew "עריכה" ...
    r"|ସମ୍ପାଦନ|সম্পাদন|संपादन|सम्पादन|ਸੰਪਾਦਨ|સંપાદન|편집|영상|biên tập|ویرایش|עריכה"
)
#: The labels of others a page credits beside its writer, as it prints them before a name: the
#: roles of :data:`_OTHER_ROLES`, who interviewed or moderated, the source, and
#: the labels of a post's other facts (its date, place, category, contact), in the languages of
#: news sites ("Foto:", "Fotoğraf:", "Bild:", "Editor:", "Quelle:", "Fuente:", "Übersetzung:").
_OTHER_CREDIT_LABEL = re.compile(
    rf"^(?:{_OTHER_ROLES}|moderat|interview|entrevista"
    r"|source|sources|quelle|quellen|fuente|fonte|kaynak|sumber|źródł|zdroj|forrás|kilde|källa|lähde|bron\b|источник|джерело"
    r"|date|datum|fecha|data\b|tarih|tanggal|updated?|aktualis|publi|posted|veröffentlicht|erschienen|categor|kategor|tags?\b"
    r"|etiket|schlagw|ort\b|place|location|lugar|local\b|yer\b|lokasi|contact|kontakt|contacto|tel|phone|e-?mail|mail)",
    re.I,
)


def unlabelled(line: str) -> str:
    """*line* without a label before a colon that opens it (:data:`_NAME_LABEL`: "Haber: Elif Örnek"
    is "Elif Örnek", "Texto: Ana Ejemplo y Bo Lind" is "Ana Ejemplo y Bo Lind"), where what follows
    names people only (each shaped as a person's name: :func:`is_person_name`) and the label is no
    other credit's or fact's (:data:`_OTHER_CREDIT_LABEL`: "Foto: Bo Lind" names who took the
    picture); else *line* unchanged ("Ana Example: Chief Reporter", "Update: 3 March")."""
    found = _NAME_LABEL.match(" ".join(line.split()))
    if found is None or _OTHER_CREDIT_LABEL.match(found["label"]) or is_person_name(found["label"]):
        return line
    rest = found["rest"].strip()
    names = [n for n in _NAME_JOINT.split(rest) if n.strip()]
    return rest if names and all(is_person_name(n.strip(" .")) for n in names) else line


#: The writer's role among a byline's roles, as its label names it: the English words of "Words by"
#: (:data:`_WRITER_WORDS`) and of a wire's credit (:data:`_AUTHOR_ROLES`: "Reporting and photography
#: by"), and the writer's "text" or "report" in other languages ("Texto y fotos:", "Text und Fotos:",
#: "Texte et photos :", "Testo e foto di", "Tekst en foto's:", "Tekst i zdjęcia:", Icelandic "Texti:", Basque "Testua:").
_WRITING_ROLES = (
    rf"{_WRITER_WORDS}|{_AUTHOR_ROLES}|writer|reporter|author"
    r"|texto|texte|testo|tekst|teksti|tekstas|teksts|texti|testua|szöveg|metin|текст|тэкст|κείμενο|reportage|reportaje|reportagem|wort"
    # and in the scripts without capitals and Vietnamese: Odia "ଲେଖା", Bengali "লেখা", Hindi "लेख" and
    # "लेखन", Korean "글" and "취재", Vietnamese "bài" (the report) and "nội dung", Thai "เรื่อง", Khmer "អត្ថបទ"
    r"|ଲେଖା|ଲେଖକ|লেখা|লেখক|लेख|लेखन|लेखक|글|취재|bài|nội dung|เรื่อง|អត្ថបទ|تحرير|تحریر|כתיבה"
)
#: One role's word in a byline's label: the writer's (:data:`_WRITING_ROLES`), or another's by how it
#: opens (:data:`_OTHER_ROLES`: "photos", "Fotos", "foto's", "pictures", "video", "editing").
_ROLE_WORD = rf"(?:(?:{_WRITING_ROLES})(?![\w'’-])|(?:{_OTHER_ROLES})[\w'’-]*)"
#: A byline's label of roles before the names that hold them, up to its "by" or its colon: one role
#: or a few joined by "and" in the byline's language (:data:`_JOINT_WORDS`), "&", "+", "/" or a
#: comma ("Photographs and words by", "Texto y fotos:", "Testo e foto di", "photos:"); "additional"
#: before it makes its people helpers, as in a wire's credit ("additional reporting by").
_ROLE_LABEL = re.compile(
    rf"(?:^|(?<=[\s,;|/·•(]))(?P<more>(?:additional|further|other|extra)\s+)?"
    rf"(?P<roles>{_ROLE_WORD}(?:\s*(?:[,&+/]|\s(?:{'|'.join(w for w in _JOINT_WORDS if w != '&')})\s)\s*{_ROLE_WORD}){{0,3}})"
    rf"(?:\s*[:：]|(?<=[\uac00-\ud7af])[=＝]|\s+(?:by|{'|'.join(_BY_ELSEWHERE_WORDS)}|de|da|przez)(?=\s))\s*",
    re.I,
)
#: What joins a byline's names to the next role's label: a separator or a joining word ("By Ana
#: Example and photos by ...", "... with photos by ...", "Text: Ana Example, Fotos: ...").
_BEFORE_ROLE = re.compile(
    rf"(?:[\s,;|/·•.–—-]|\s(?:{'|'.join(w for w in _JOINT_WORDS if w != '&')}|&|with|mit|avec|con|com|met|med|z|ze|cu|ile))+$",
    re.I,
)


def writing_credit(text: str, *, line: bool = False) -> tuple[str, ...] | None:
    """The writers a byline names by their roles, where it labels them so: the names that hold a
    writing role (:data:`_WRITING_ROLES`), each role's names as printed ("Photographs and words by
    Sol Example" is ("Sol Example",); "By Ana Example and photos by Bo Lind", "Text: Ana Example |
    Fotos: Bo Lind" are ("Ana Example",): the names before the first label, after "By" or alone,
    are the writer's); () where its labels name other roles only ("Photos and video by Bo Lind":
    credited, no author, whoever they are: "Fotos: dpa"). None where *text* labels no role
    (:data:`_ROLE_LABEL`), or the writer's part is more than names (:func:`_all_names`: "Storm in
    pictures: Bo Lind", "Words and pictures by the sea").
    With *line*, a line of a page, it opens with "By" or a label."""
    text = " ".join(text.split())
    opener = _BY.match(text)
    rest = text[opener.end() :] if opener else text
    labels = list(_ROLE_LABEL.finditer(rest))
    if not labels or line and opener is None and labels[0].start() > 0:
        return None
    # the names before the first label hold the writer's role: "By" names the writer
    parts = [(True, rest[: labels[0].start()])] if labels[0].start() > 0 else []
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(rest)
        writing = label["more"] is None and any(
            re.fullmatch(_WRITING_ROLES, w, re.I) for w in re.findall(_ROLE_WORD, label["roles"], re.I))
        parts.append((writing, rest[label.end() : end]))
    writers = []
    for n, (writing, part) in enumerate(parts):
        names = _BEFORE_ROLE.sub("", part)
        if n == len(parts) - 1:  # what follows the last names: "Bo Lind | 3 March 2026", "Bo Lind Wed, March 4"
            names = before_weekday(byline_head(names))
            dated = find_date(names)
            names = _BEFORE_ROLE.sub("", names[: dated[1][0]] if dated else names)
        if not writing:  # who took the pictures, a person or an agency ("Fotos: dpa"): no author either way
            if not names or word_count(names) > 12:
                return None
            continue
        # (where the writer is, "Ana Example in Oslo"; not a title's article, "Words and pictures by the sea")
        if not _all_names(_WHERE_FROM.sub("", names)) or names.split()[0].lower() in _ARTICLE_WORD:
            return None
        writers.append(names)
    return tuple(dict.fromkeys(writers))


def byline_head(line: str) -> str:
    """A byline line without what follows its names: a separator and a time stamp, a label
    ("By Ana Example | Updated 3:45 p.m. EST" is "By Ana Example")."""
    return _BYLINE_TAIL.sub("", line)
#: The word that tied a byline's names to the date cut off after them: "Von Ana Example am
#: 07.08.2013", "Par Ana Example le 7 mai", "By Ana Example at 2:33 PM".
_BEFORE_DATE = re.compile(r",?\s+(?:am|um|at|le|el|il|op|den)$", re.I)

#: Where the writer files from, after a name in an author value, up to the next name: "Nils Example
#: in Oslo" (the Guardian's bylines), "Ana Example in Lima and Bo Lind in Quito": one to three
#: capitalised words that end the name; not a small word of the name ("Sophie in 't Veld"), nor
#: an organisation's seat ("Historische Wehranlage in Horka e.V.", "... in Berlin - Vinos Y Tapas").
_WHERE_FROM = re.compile(r"\s+in(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}(?=\s+(?:and|&)\s+|\s*[,;]|$)")
#: A note in round brackets after a name, up to the next name or the line's end, that opens in
#: small letters, a figure or a handle's "@": when or where the person wrote, not who they are (a
#: live page's "Ana Example (now) and Bo Lind (earlier)", "Ana Example (until 14:00)", "Bo Lind
#: (@bolind)"). A note that opens with a capital may be a credit and stays ("Ana Example (AP)").
_NAME_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{1,30})\)(?=\s+(?:and|&|und|et|y|en|og|och)\s+|\s*[,;·|]|\s*$)")
#: A metadata value that is one name written surname first: "Lind, Nora", "Berg, J.", "Jong, Ana de".
_INVERTED_NAME = re.compile(r"^[^\W\d_][\w'’-]+, (?:[^\W\d_][\w'’-]*\.?)(?: [^\W\d_][\w'’-]*\.?){0,2}$")


def without_role(text: str) -> str:
    """*text*, a byline's names, without the role and the place it is held in that follow them
    after a comma (:data:`_ROLE_AFTER_NAMES`: "Claire Dumontel, envoyée spéciale à Oskaryn" is
    "Claire Dumontel", "Ana Ejemplo, corresponsal en Lima" is "Ana Ejemplo")."""
    return _ROLE_AFTER_NAMES.sub("", text)


def without_name_notes(text: str) -> str:
    """*text*, a byline or an author value, without the notes in brackets after its names that say
    when or where the person wrote (:data:`_NAME_ASIDE`)."""
    return _NAME_ASIDE.sub(lambda m: m[0] if m["aside"][:1].isupper() else "", text)


def opens_as_name(word: str) -> bool:
    """Whether *word* opens as a name does: with a capital, or with a letter of a script that
    has no capitals (Hebrew, Arabic, Chinese: "דנה", "سلمى")."""
    first = word[:1]
    # (Georgian's letters are small ones to Unicode, whose capitals, Mtavruli, no name is written in)
    return first.isupper() or first.isalpha() and (not first.islower() or "\u10d0" <= first <= "\u10ff")


#: A letter of a script written without capitals whose letters join vowel signs and marks that
#: :func:`word_count` parts words at (Myanmar, Khmer, Lao, Tibetan): a name there has as many words
#: as its spaces part ("မောင်မောင် နမူနာ" is two).
_SPACED_MARKED_SCRIPT = re.compile(r"[\u0e80-\u0fff\u1000-\u109f\u1780-\u17ff]")


def _name_words(name: str) -> int:
    """How many words a byline's name has: :func:`word_count`, or its spaced words in a script whose
    marks that count parts words at (:data:`_SPACED_MARKED_SCRIPT`)."""
    return len(name.split()) if _SPACED_MARKED_SCRIPT.search(name) else word_count(name)


#: The networks a writer keeps a profile on, whose names (their links' text, an icon's label) a
#: byline box prints after the writer's name: no word of the name ("Ana Example X LinkedIn").
PROFILE_NETWORK = (
    r"facebook|twitter|x|linkedin|instagram|youtube|tiktok|bluesky|mastodon|threads|whatsapp|telegram|signal"
    r"|e-?mail|github|substack|website|rss"
)
#: The names of :data:`PROFILE_NETWORK` that are people's names or words of them too ("Malcolm X").
_NAME_LIKE_NETWORK = frozenset({"x", "signal", "threads"})
#: A run of network names, maybe parted by dots or bars, that ends a byline.
_NETWORKS_AFTER = re.compile(rf"(?:\s*[·•|,/]?\s+(?:{PROFILE_NETWORK}))+[\s·•|,/]*$", re.I)


def without_networks(text: str) -> str:
    """*text*, a byline, without the names of networks after its names (:data:`_NETWORKS_AFTER`:
    "Ana Example · X · LinkedIn", "By Ana Example Twitter Email" end with the name), where one of them
    at least is no word of a name (:data:`_NAME_LIKE_NETWORK`: "Malcolm X" stays) and a name is left."""
    found = _NETWORKS_AFTER.search(text)
    if found is None or not found.start() or not any(
            w.lower() not in _NAME_LIKE_NETWORK for w in re.findall(rf"(?<!\w)(?:{PROFILE_NETWORK})(?!\w)", found[0], re.I)):
        return text
    return text[: found.start()]


#: A date by its shape, closing a byline's line, where its month's name is in a language no month
#: table holds (:func:`month_number`): a day, a word and a year ("21 آگسٽ 2026"), or a word, a day
#: and a year ("Agustus 21, 2026"), maybe a clock time after it. Read only after a byline's label.
_DATE_SHAPED = re.compile(
    r"(?:^|(?<=[\s,|·•–—-]))[\s,|·•–—-]*(?:\d{1,2}\.?\s+[^\W\d_][^\W\d]{2,}\.?|[^\W\d_][^\W\d]{2,}\.?\s+\d{1,2}\.?),?\s+(?:19|20)\d\d\b"
    r"(?:[\s,|·•–—-]*\d{1,2}[:.]\d\d)?\W*$")


def clean_byline(
    names: list[str], *, line: bool = False, known: list[str] | None = None, language: str | None = None,
) -> str | None:
    """The people a byline names, each once, joined with ", " (with "; " where a name is written
    "Surname, Given"); None when it names no one.

    *names* are author values (metadata), or with *line* one line of a page, which is a
    byline only when it starts with "By" (or, on a page in *language*, its own word for it:
    :func:`language_byline`) or is a name the metadata gave (*known*). A byline that labels its
    people's roles names its writers (:func:`writing_credit`: "Words and pictures by Ana Example";
    "By Ana Example and photos by Bo Lind" names Ana Example), and none where it labels others
    only ("Photos by Bo Lind"). A
    value that is a placeholder ("Username"), a relative time ("2 hours ago") or an
    address is no one's name, and a terminal's escape sequence is none of a name's words.
    """
    people: list[str] = []
    printed: str | None = None  # a line's names as it prints them, joined by its own words
    for raw in names:
        # An escape sequence's parameters are no names ("Mallory ␛]52;c;Zm9v␇" was "c").
        # (the invisible marks that set a name's direction in a line of another are none of its letters:
        # "מאת \u200fרונית אלמוג\u200f")
        text = without_networks(without_name_notes(" ".join(
            without_escape_sequences(sanitize(str(raw))).translate(_NO_DIRECTION_MARKS).split())))
        if not line and (credit := writing_credit(text)) is not None:
            if not credit:
                continue  # "Photos by Bo Lind": who took the pictures, no author
            text = ", ".join(credit)  # "Ana Example, photos: Bo Lind": the writer's names
        if line:
            text = dashed_names(after_post_date(text))
            elsewhere = bool(_BY_ELSEWHERE.match(text))
            opened = bool(_BY.match(text))
            if (credit := writing_credit(text, line=True)) is not None:
                if not credit:
                    return None  # "Photos and video by Bo Lind": other roles only name no author
                text, opened = ", ".join(credit), True  # "Photographs and words by Sol Example": the writer's names
            elif not opened and (own := language_byline(text, language)) is not None:
                text, opened = own, True  # "Per Jordi Puig" on a Catalan page
                elsewhere = True
            elif opened:
                text = _BY.sub("", text, count=1)
                if text.endswith(":") or (text.split()[0].lower() in _ARTICLE_WORD if text else False):
                    return None  # "By the numbers:", "PAR LES TEMPS QUI COURENT": a label or a title
            elif (name := dated_name(text) or (signed[0] if (signed := signed_dateline(text)) else None)
                    or (masthead[1] if (masthead := masthead_line(text)) else None)) is not None:
                text = name  # "Ana Example | Do., 05.03.26", "Ana Example · Valdemora · 3 March 2026",
                # "Harbour Gazette | 27 November 2026 | Ana Example"
            elif (reporter := reporter_credit(text)) is not None:
                text = reporter  # "김예시 기자(kim@yesi.example)", "山田太郎 記者"
            elif not any(fold_words(t) == fold_words(k) for k in known or () for t in (text, unlabelled(text))):
                return None  # (a name the metadata gives after a label: "Haber: Elif Örnek")
            text = byline_head(text)
            text = before_weekday(text)  # "Nathan Willis Wed, March 25, 2015"
            dated = find_date(text)
            text = text[: dated[1][0]] if dated else text  # "Nathan Willis March 25, 2015"
            if dated is None and (shaped := _DATE_SHAPED.search(text)) is not None:
                text = text[: shaped.start()]  # a date whose month no table names: "تحرير: عائشه مثال 21 آگسٽ 2026"
            text = _BEFORE_DATE.sub("", text.rstrip(" ,"))  # "Ana Example am" (07.08.2013)
            if word_count(text) > 12:
                return None
            first = _NAME_JOINT.split(text)[0].split()
            if opened and (elsewhere or len(first) > 1) and not all(
                opens_as_name(w) or w.lower() in _NAME_PARTICLES or w.lower() in _JOINT_WORDS for w in first
            ):
                return None  # "Von Anfang bis Ende", "By Course or Type": words of a sentence or a menu, not names
                # (a handle alone may be written small: "Posted by kestrel")
        if not line and (own := language_byline(text, language)) is not None and is_person_name(own):
            text = own  # an author element's "Per Jordi Puig" on a Catalan page (not "Per Lind", a name)
        # "Surname, Given names" in one value of metadata is one person ("Lind, Nora M.", "Berg, Jan van").
        inverted = not line and _INVERTED_NAME.match(text)
        text = dashed_names(text)
        # "Nils Example in Oslo": where the writer is; "Haber: Elif Örnek": a label before the name
        text = _WHERE_FROM.sub("", unlabelled(_BY_AFTER.sub("", _BY.sub("", text))))
        if not inverted:
            text = without_role(text)  # "Claire Dumontel, envoyée spéciale à Oskaryn": her role and where
        parts = [text] if inverted else _NAME_JOINT.split(text)
        kept = 0
        for n, name in enumerate(parts):
            name = name.strip(" ,.|-")
            if not name or _NOT_A_NAME.search(name) or _name_words(name) > 5 or n and JOB_TITLE.search(name):
                continue  # no one's name, or a job title after one ("Ana Example, Chief Reporter")
            kept += 1
            if all(fold_words(name) != fold_words(p) for p in people):
                people.append(name)
        if len(names) == 1 and kept == len(parts) > 1 and not re.search(r"[;·]", text):
            printed = text.strip(" ,.|-–—")  # every part a name: "Ana Example und Bo Lind", as printed
    if printed and len(people) > 1:
        return printed
    # Names written surname first hold a comma: then the people are told apart by semicolons.
    return ("; " if any("," in p for p in people) else ", ").join(people) or None


#: A spaced dash in a byline: between two people's names, a joint ("Nguyễn Văn An - Trần Thị Bình", as
#: Vietnamese papers sign a report by two), else what follows the names ("Ana Example - Valley Post").
_NAME_DASH = re.compile(r"\s+[-–]\s+")


def dashed_names(text: str) -> str:
    """*text* with its names joined by a comma where a spaced dash joins people's names only, each
    shaped as one (:func:`is_person_name`, no place's: "Ana Example - New York" is where she is);
    else unchanged."""
    parts = _NAME_DASH.split(text)
    if len(parts) < 2 or not all(is_person_name(p) and not known_place(p) for p in parts):
        return text
    return ", ".join(parts)


#: Small words inside people's names ("Ana de Souza", "Jan van der Berg").
_NAME_PARTICLES = frozenset("de da do dos das di del della van von der den ter le la al el bin ibn y e".split())


#: Articles that open the name of a paper, never a person's ("The Hindu", "Die Zeit"); not "El"
#: nor "Les", which open people's names too ("Les Murray").
_ARTICLES = frozenset("the der die das los las il".split())


#: The names a word processor gives a document's author where its user set none, or an account's:
#: no writer's name ("Windows User", "Microsoft Office User", "Admin").
_ACCOUNT_WORDS = re.compile(r"\b(?:user|admin|administrator|owner|guest|microsoft|windows|office)\b", re.I)


def office_author(name: str) -> str | None:
    """*name*, the author an office document's properties give (a .docx's ``dc:creator``, a Word
    page's ``<o:Author>``), spaces folded, where it is a person's name (:func:`is_person_name`) and
    no account's (:data:`_ACCOUNT_WORDS`: "Windows User"); else None."""
    name = " ".join(name.split())
    return name if is_person_name(name) and not _ACCOUNT_WORDS.search(name) else None


def is_person_name(text: str) -> bool:
    """Whether *text* alone is shaped like a person's name: two to four words, each capitalised
    (an initial "M." counts; particles such as "de" and "van" may stand between), no digits,
    not a placeholder ("Staff Writer") and not an outlet's name ("Valley Post", "The Hindu")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or _NOT_A_NAME.search(text) or is_outlet_name(text):
        return False
    if words[0].lower() in _NAME_PARTICLES or words[-1].lower() in _NAME_PARTICLES or words[0].lower() in _ARTICLES:
        return False
    return all(
        w.lower() in _NAME_PARTICLES or (w[0].isupper() and all(c.isalpha() or c in ".'’-" for c in w)) for w in words
    ) and not re.search(rf"\b(?:{_ROLES}|staff|team|desk|writer)\b", text, re.I)


def iso_datetime(text: str) -> str | None:
    """A time stamp as ISO 8601, with its hour and zone when *text* has them ("2026-03-03T10:42:00+00:00"),
    else its day ("2026-03-03"); None when it holds no date. Reads ISO 8601 and RFC 822
    ("Tue, 03 Mar 2026 10:42:00 GMT"), a whole stamp with its zone in another shape ("Tue Jan 28
    15:28:56 CET 2020", by dateutil), then the date shapes of :func:`find_datetime`."""
    from email.utils import parsedate_to_datetime

    text = " ".join((text or "").split())
    if not text:
        return None
    text = _calendar_day(text)
    # (a zone a space apart, as Currents writes it: "2026-03-03 14:30:00 +0000")
    iso = re.match(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?: ?(?:Z|[+-]\d\d:?\d\d))?)?", text)
    if iso:
        try:
            stamp = datetime.fromisoformat(iso.group(0).replace("Z", "+00:00").replace(" +", "+").replace(" -", "-"))
        except ValueError:
            stamp = None
        if stamp is not None:
            return stamp.date().isoformat() if len(iso.group(0)) == 10 else stamp.isoformat()
    if _RFC822.match(text):
        try:
            stamp = parsedate_to_datetime(_rfc822_offset(text))
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None:  # "-0000" says the zone is unknown: the day alone, as find_datetime gives it
            return stamp.isoformat() if stamp.tzinfo is not None else stamp.date().isoformat()
    stamp = _zoned_stamp(text)
    return stamp.isoformat() if stamp is not None else find_datetime(text)


#: ISO 8601's rarer forms of a day: a week date ("2026-W10-4", Thursday of week 10) and an ordinal
#: date ("2026-064", the 64th day; with its hyphen, as seven digits may be anything), either with its time after it.
_WEEK_DATE = re.compile(r"(\d{4})-?W(\d\d)-?([1-7])(?=$|[T ])")
_ORDINAL_DATE = re.compile(r"(\d{4})-(\d{3})(?=$|[T ])")


def _calendar_day(text: str) -> str:
    """*text* with a leading ISO 8601 week date or ordinal date written as its calendar day
    ("2026-W10-4T09:00:00Z", "2026-064T09:00:00Z" -> "2026-03-05T09:00:00Z"); any other *text*,
    and a week or day the year has not (week 54, day 367), as it is."""
    try:
        if week := _WEEK_DATE.match(text):
            day = date.fromisocalendar(int(week[1]), int(week[2]), int(week[3]))
        elif ordinal := _ORDINAL_DATE.match(text):
            day = date(int(ordinal[1]), 1, 1) + timedelta(days=int(ordinal[2]) - 1)
            if day.year != int(ordinal[1]) or int(ordinal[2]) == 0:
                return text
        else:
            return text
    except ValueError:
        return text
    matched = week or ordinal
    assert matched is not None
    return day.isoformat() + text[matched.end() :]


def _zoned_stamp(text: str) -> datetime | None:
    """A whole time stamp with its zone in another fixed shape ("Tue Jan 28 15:28:56 CET 2020",
    Java's and C's), read by dateutil; None unless it has a year, a month and a zone (dateutil
    fills what is missing from today, so anything less is no stamp)."""
    if not (re.search(r"\b(?:19|20)\d\d\b", text) and re.search(r"\d:\d\d", text) and _A_MONTH.search(text)
            and _ZONE_NAME.search(text)):
        return None
    from dateutil import parser

    try:
        with warnings.catch_warnings():  # a zone it does not know ("IST": two meanings) leaves the stamp without one
            warnings.simplefilter("ignore")
            stamp = parser.parse(text, tzinfos={k: int(v * 3600) for k, v in ZONE_HOURS.items()})
    except (ValueError, OverflowError):
        return None
    return stamp if stamp.tzinfo is not None else None


#: A zone's name in a time stamp, no offset after it: dateutil reads "GMT-5" as POSIX does (five
#: hours east) and "9:00-11:00" as a time at UTC-11, so a stamp with an offset is find_datetime's.
_ZONE_NAME = re.compile(r"\b(?:" + "|".join(ZONE_HOURS) + r")\b(?!\s?[+-]\d)")
#: A month in a time stamp: its English name or abbreviation, or a numeric date.
_A_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b", re.I)


def _rfc822_offset(text: str) -> str:
    """An RFC 822 stamp with the zone at its end written as the numeric offset the e-mail parser
    reads: a zone name RFC 822 does not list but pages print (:data:`ZONE_HOURS`: "14:30:00 CET" ->
    "14:30:00 +0100"), and an offset written after "GMT" or "UTC" ("GMT+0100", "UTC+01:00", as
    JavaScript's Date and many CMSs write it; hours east, not POSIX's "GMT+1" of dateutil);
    any other *text* as it is (unread, the stamp keeps its day and loses its time)."""
    tail = _RFC822_ZONE.search(text)
    if tail is None:
        return text
    if tail["sign"]:
        offset = f"{tail['sign']}{int(tail['hours']):02d}{tail['minutes'] or '00'}"
    elif (hours := ZONE_HOURS.get(tail["name"].upper())) is not None:
        minutes = round(abs(hours) * 60)
        offset = f"{'-' if hours < 0 else '+'}{minutes // 60:02d}{minutes % 60:02d}"
    else:
        return text
    return text[: tail.start()] + " " + offset


#: The zone after an RFC 822 stamp's time: a name, or an offset after "GMT"/"UTC" (its hours in
#: one or two digits, its minutes after an optional colon), maybe with a comment after it ("(CET)").
_RFC822_ZONE = re.compile(
    r"(?<=\d:\d\d)(?::\d\d)?\s*\b(?:(?:GMT|UTC)\s?(?P<sign>[+-])(?P<hours>\d\d?)(?::?(?P<minutes>\d\d))?"
    r"|(?P<name>[A-Za-z]{1,5}))(?:\s*\([^()]*\))?\s*$"
)
#: RFC 822's shape ("Tue, 03 Mar 2026 10:42:00 GMT"): the e-mail parser reads looser text too,
#: taking a figure after a date for its time ("March 3, 2026, 12.50 million").
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d\d")
