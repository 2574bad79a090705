"""The words the stories stage must not take for names, and the scales of figures.

Data only, each list with what it is for. Everything is folded to lower case. These are
general newsroom vocabulary, not words of particular reports.
"""

from __future__ import annotations

import re

from core.text import MONTHS_ABROAD

__all__ = [
    "ABBREVIATIONS", "FIRM_WORDS", "CALENDAR", "LEAD_MONTHS", "LEAD_WEEKDAYS", "COMMON_PARTS", "CORPORATE_SUFFIXES", "CURRENCIES", "CURRENCY_CODES", "DEMONYMS", "MONTHS_ABROAD", "NOT_NAMES",
    "NAME_JOINERS", "NOUN_ENDINGS", "NOUN_LANGUAGES", "NOUN_MARKERS", "PERCENT_PHRASES", "PERIOD", "PLACE_KINDS", "PLACE_WORDS", "RANKS", "SETTING_WORDS", "SCALES", "SPEECH_VERBS", "TIME_UNITS", "TITLE_WORDS", "UNSPACED_COMMON", "UNSPACED_FUNCTION", "WHEN_WHERE",
]

#: Corporate and legal suffixes: "Harbour Foods Inc" and "Coastline Bank Inc" share no firm.
CORPORATE_SUFFIXES = frozenset(
    "inc incorporated corp corporation co cos company companies ltd limited llc llp lp plc ag sa se nv bv "
    "gmbh kg spa srl oy ab asa as pty pte bhd kk holding holdings group grp trust fund funds partners "
    "international intl".split()
)
#: Police and courts ranks written before a name ("Sheriff Dana Holt", "Trooper Ian Vale", "Judge
#: Mara Lind"): what someone is, not who. One list, for the names of stories (:data:`TITLE_WORDS`)
#: and of speakers and the why line's whole names (:func:`core.quotations.is_title`).
RANKS = frozenset(
    "sheriff undersheriff deputy trooper patrolman sergeant sgt corporal cpl constable inspector superintendent "
    "detective marshal judge justice magistrate".split()
)
#: Honorifics and titles written before a name: they say what someone is, not who.
TITLE_WORDS = RANKS | frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother "
    "president vice prime minister ministers secretary senator sen rep representative congressman "
    "congresswoman gov governor mayor chief chairman chairwoman chair ceo cfo coo "
    "director executive officer officers spokesman spokeswoman spokesperson general gen col colonel "
    "capt captain lt lieutenant cmdr commander adm admiral maj major private "
    "king queen prince princess duke duchess "
    "emperor pope bishop archbishop cardinal imam rabbi sheikh ambassador envoy chancellor "
    "attorney prosecutor coach manager striker midfielder defender goalkeeper star actor actress "
    "singer rapper jr sr "
    # a ship's prefix: "MV Lindqvist Star" and "the Lindqvist Star" are one ship
    "mv ms ss hms rms uss fv".split()
)
#: Verbs that give words to a speaker ("Lin said", "said Governor Örnekçi", "Lin told a briefing",
#: "according to Lin"; Indonesian and Malay "Budi mengatakan", "menurut Budi"): a name beside one is
#: who tells the news, which may be a spokesperson's or a governor's of many events that day, not a
#: party of what happened.
SPEECH_VERBS = frozenset(
    "said says told tells announced announces added adds stated states noted notes explained explains "
    "wrote writes declared declares confirmed confirms according "
    # Indonesian and Malay: "Budi mengatakan", "kata Budi", "menurut Budi" (according to)
    "mengatakan menyatakan menjelaskan ujar kata menurut".split()
)
#: Labels a report gives a paragraph of its own to say what kind of news it is ("BREAKING: The bank
#: raises ...", "Update: ...", "Eilmeldung: ...", "Pilne: ..."), in the languages read most: a
#: paragraph under one is no roundup's item (core.stories.cluster._item_label): a live blog's
#: "BREAKING:" tells its own event's news, not another event's.
REPORT_LABELS = frozenset(
    "breaking news update updated latest exclusive analysis opinion correction corrected clarification "
    "watch live video photos factbox explainer flash newsflash urgent bulletin alert advisory refile just in "
    "eilmeldung aktualisierung exklusiv dernière heure exclusif última hora exclusiva actualización "
    "pilne aktualizacja ultim'ora aggiornamento".split()
)
#: Abbreviations written with a full stop as a name's first word ("St. Birgitta", "Mt. Kenya",
#: "Ft. Worth"): that stop ends no sentence. A title's ("Dr.", "Gen.") still does: it is no part
#: of the name, and reading on through it grouped the public event set's reports worse.
ABBREVIATIONS = frozenset("st ste mt ft".split())
#: Days written in two words, the second capitalised ("thứ Ba", Tuesday, in Vietnamese; "Chủ nhật", Sunday),
#: folded: no name, though a word of them alone may be one elsewhere ("Ba", "Hai").
CALENDAR_PAIRS = frozenset({
    ("thứ", "hai"), ("thứ", "ba"), ("thứ", "tư"), ("thứ", "năm"), ("thứ", "sáu"), ("thứ", "bảy"), ("chủ", "nhật"),
})
#: Days, and the parts of a date and time written with capitals.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays mon tue tues wed thu thur thurs fri sat sun "
    "today yesterday tomorrow tonight am pm gmt utc bst est edt cst cdt pst pdt cet cest et pt "
    "christmas easter "
    # the days and months of the other languages news is read in, which capitalise them ("am
    # Dienstag", "im März") or open sentences with them; not those that are names too ("Mars",
    # "Mayo", "Domingo", "Julio", "Avril", "Augustus", "Domenica", "Quinta")
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar märz juni juli "
    "oktober dezember heute gestern "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février juin juillet août "
    "septembre octobre novembre décembre "
    "lunes martes miércoles jueves viernes sábado enero febrero marzo junio agosto "
    "septiembre setiembre octubre noviembre diciembre "
    "lunedì martedì mercoledì giovedì venerdì gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre "
    "janeiro fevereiro março junho julho setembro outubro novembro "
    "dezembro "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei "
    # Greek capitalises its days and months wherever they stand ("την Τετάρτη", "3 Μαρτίου"), in
    # every case a date puts them in; Turkish, Indonesian and Malay, Swahili and Tagalog do in a date
    # ("3 Mart Salı", "pada Selasa, 3 Maret"). Κυριακή and Παρασκευή are women's names too, but a
    # woman so named is named with her surname, which stays a name
    "δευτέρα δευτέρας δευτέρες τρίτη τρίτης τρίτες τετάρτη τετάρτης τετάρτες πέμπτη πέμπτης πέμπτες "
    "παρασκευή παρασκευής παρασκευές σάββατο σαββάτου σάββατα σαββάτων κυριακή κυριακής κυριακές "
    "σαββατοκύριακο σαββατοκύριακου σαββατοκύριακα σήμερα χθες χτες αύριο πάσχα πάσχας χριστούγεννα χριστουγέννων "
    "ιανουάριος ιανουαρίου ιανουάριο φεβρουάριος φεβρουαρίου φεβρουάριο μάρτιος μαρτίου μάρτιο "
    "απρίλιος απριλίου απρίλιο μάιος μαΐου μάιο ιούνιος ιουνίου ιούνιο ιούλιος ιουλίου ιούλιο "
    "αύγουστος αυγούστου αύγουστο σεπτέμβριος σεπτεμβρίου σεπτέμβριο οκτώβριος οκτωβρίου οκτώβριο "
    "νοέμβριος νοεμβρίου νοέμβριο δεκέμβριος δεκεμβρίου δεκέμβριο "
    "γενάρης γενάρη φλεβάρης φλεβάρη μάρτης μάρτη απρίλης απρίλη μάης μάη ιούνης ιούνη ιούλης ιούλη "
    "σεπτέμβρης σεπτέμβρη οκτώβρης οκτώβρη νοέμβρης νοέμβρη δεκέμβρης δεκέμβρη "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart mayıs haziran temmuz ağustos ekim aralık "
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad isnin khamis jumaat "
    "maret agustus desember julai ogos disember "
    "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili machi aprili agosti septemba oktoba novemba desemba "
    "miyerkules huwebes biyernes sabado linggo pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre "
    # The languages written in Cyrillic letters write them in small letters, and capitalise them where a
    # sentence or a headline opens ("Вівторок, 3 березня"); so do these others. The cases a date puts
    # them in: a case ending is no stem there ("Τρίτη", "Σάββατο" stem to "τριτ", "σαββατ" as a name
    # would). Not those that are surnames too ("Середа", "Sobota", "Piątek", "Péntek"), nor first
    # names (Turkish "Nisan", "Eylül", "Kasım"; "Мая", "Maj", "Joi")
    "понедельник понедельника вторник вторника среда среду среды четверг четверга пятница пятницу пятницы "
    "суббота субботу субботы воскресенье воскресенья январь января февраль февраля март марта апрель апреля "
    "июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря "
    "понеділок понеділка вівторок вівторка четвер четверга п'ятниця п'ятницю п'ятниці субота суботу суботи "
    "неділя неділю неділі січень січня лютого березень березня квітень квітня травень травня червень червня "
    "липень липня серпень серпня вересень вересня жовтень жовтня листопада грудень грудня "
    "понеделник сряда четвъртък петък събота неделя януари февруари април юни юли септември октомври ноември декември "
    "понедељак уторак четвртак субота недеља јануар фебруар мај јун јул септембар октобар новембар децембар "
    "måndag tisdag onsdag torsdag fredag lördag söndag augusti mandag tirsdag lørdag søndag marts "
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai tammikuu helmikuu maaliskuu huhtikuu "
    "toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu "
    "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev jaanuar veebruar märts aprill juuni juuli oktoober detsember "
    "luni marți marţi miercuri vineri sâmbătă duminică ianuarie februarie martie aprilie iunie iulie septembrie "
    "octombrie noiembrie decembrie "
    "dilluns dimarts dimecres dijous divendres dissabte diumenge gener febrer març maig juny juliol agost setembre "
    "hétfő kedd szerda csütörtök vasárnap január február március április május június július augusztus szeptember október "
    "pondělí úterý čtvrtek neděle leden ledna únor února březen března duben dubna květen května červen června "
    "červenec července srpen srpna září říjen října listopadu prosinec prosince "
    "pondelok utorok štvrtok nedeľa januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra "
    "poniedziałek wtorek środa środę czwartek niedziela styczeń stycznia luty lutego kwiecień kwietnia czerwca "
    "sierpień sierpnia wrzesień września październik października listopada grudzień grudnia "
    "ponedjeljak ponedeljak utorak srijeda četvrtak nedjelja siječanj siječnja veljača veljače ožujak ožujka "
    "travanj travnja svibanj svibnja lipanj lipnja srpanj srpnja kolovoz kolovoza rujan rujna studeni studenoga "
    "prosinca septembar oktobar novembar decembar ponedeljek torek četrtek junij julij "
    "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis sausio vasario "
    "kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio "
    "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena janvāris februāris aprīlis maijs "
    "jūnijs jūlijs augusts septembris oktobris novembris decembris".split()
)
#: The weekdays of the languages whose leads core.text.WEEKDAYS_ABROAD does not date, Monday first, by the
#: code core.text.language_of tells (the cases a lead puts a day in, "/" between them: "τη Δευτέρα", "в
#: понедельник", "w poniedziałek"): a lead in one of them dates what it tells by its weekday (see
#: core.stories.cluster._lead_days), as a lead in English does ("on Monday"). Read only in a report told
#: to be in that language (another language's word may be a weekday's: "kedd", "pazar"). A day written
#: here with a capital is one only so written, where the small word is another ("τρίτη φορά", a third
#: time; "dua minggu", two weeks; Tagalog "linggo", a week; Turkish "pazar", a market); left out are
#: those that are another word too however written (Russian "среда", an environment; Czech "ve středu",
#: in the centre; Romanian "luni", months).
LEAD_WEEKDAYS: dict[str, str] = {
    "el": "Δευτέρα/Δευτέρας Τρίτη/Τρίτης Τετάρτη/Τετάρτης Πέμπτη/Πέμπτης Παρασκευή/Παρασκευής Σάββατο/Σαββάτου "
          "Κυριακή/Κυριακής",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi Pazar",
    "ru": "понедельник/понедельника вторник/вторника среду четверг/четверга пятница/пятницу/пятницы "
          "суббота/субботу/субботы воскресенье/воскресенья",
    "uk": "понеділок/понеділка вівторок/вівторка середа/середу/середи четвер/четверга п'ятниця/п'ятницю/п'ятниці "
          "субота/суботу/суботи неділя/неділю/неділі",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "pl": "poniedziałek/poniedziałku wtorek/wtorku środa/środę/środy czwartek/czwartku piątek/piątku "
          "sobota/sobotę/soboty niedziela/niedzielę/niedzieli",
    "cs": "pondělí úterý středa čtvrtek pátek sobota/sobotu neděle/neděli",
    "sk": "pondelok utorok streda štvrtok piatok sobota/sobotu nedeľa/nedeľu",
    "sh": "ponedjeljak/ponedeljak/ponedjeljka/ponedeljka utorak/utorka srijeda/sreda/srijedu/sredu četvrtak/četvrtka "
          "petak/petka subota/subotu nedjelja/nedelja/nedjelju/nedelju",
    "sl": "ponedeljek torek sreda/sredo četrtek petek sobota/soboto nedelja/nedeljo",
    "hu": "hétfő/hétfőn kedd/kedden szerda/szerdán csütörtök/csütörtökön péntek/pénteken szombat/szombaton "
          "vasárnap",
    "fi": "maanantai/maanantaina tiistai/tiistaina keskiviikko/keskiviikkona torstai/torstaina perjantai/perjantaina "
          "lauantai/lauantaina sunnuntai/sunnuntaina",
    "et": "esmaspäev/esmaspäeval teisipäev/teisipäeval kolmapäev/kolmapäeval neljapäev/neljapäeval reede/reedel "
          "laupäev/laupäeval pühapäev/pühapäeval",
    "ro": "Luni marți/marţi miercuri joi vineri sâmbătă duminică",
    "sv": "måndag/måndags tisdag/tisdags onsdag/onsdags torsdag/torsdags fredag/fredags lördag/lördags söndag/söndags",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    "lt": "pirmadienį/pirmadienis antradienį/antradienis trečiadienį/trečiadienis ketvirtadienį/ketvirtadienis "
          "penktadienį/penktadienis šeštadienį/šeštadienis sekmadienį/sekmadienis",
    "lv": "pirmdien/pirmdiena otrdien/otrdiena trešdien/trešdiena ceturtdien/ceturtdiena piektdien/piektdiena "
          "sestdien/sestdiena svētdien/svētdiena",
    "id": "Senin Selasa Rabu Kamis Jumat/Jum'at Sabtu Minggu",
    "sw": "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili",
    "tl": "Lunes Martes Miyerkules Huwebes Biyernes Sabado Linggo",
}
#: The months of the languages whose dates core.text.MONTHS_ABROAD does not read, January first, as a
#: date writes them after its day ("2 Νοεμβρίου", "2 Kasım'da", "2 ноября", "2. marraskuuta", "2
#: listopada"), by the code core.text.language_of tells: a lead in one of them dates what it tells by
#: such a date too (see core.stories.cluster._lead_days). Read only in a report told to be in that language.
LEAD_MONTHS: dict[str, str] = {
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου/μαίου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
          "νοεμβρίου δεκεμβρίου",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "sh": "siječnja/januara veljače/februara ožujka/marta travnja/aprila svibnja/maja lipnja/juna srpnja/jula "
          "kolovoza/avgusta/augusta rujna/septembra listopada/oktobra studenoga/studenog/novembra prosinca/decembra",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "et": "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
}
#: Words of the newsroom and of the page around a report: agencies' credits, desks, bylines,
#: sections, and the furniture of a news site.
NEWSROOM = frozenset(
    "reuters ap afp upi dpa ansa efe xinhua kyodo tass bloomberg pti ians "
    "associated press agence france presse news newswire wire service services agency staff writer "
    "writers reporter reporters correspondent correspondents editor editors editing reporting writing "
    "additional contributed contributing compiled desk bureau report reports reported update updated "
    "updates breaking exclusive analysis opinion comment editorial column photo photos picture pictures "
    "image images video videos file getty afp/getty caption copyright rights reserved source sources "
    "advertisement sponsored read more click share tweet email print subscribe newsletter sign login "
    "home page section world business markets market technology tech sport sports politics health science "
    "entertainment lifestyle travel weather local national international top stories story latest live "
    "follow twitter facebook instagram youtube linkedin whatsapp telegram tiktok".split()
)
#: Capitalised words that open or fill sentences without naming anyone: pronouns, determiners,
#: conjunctions, and common words that newsroom style capitalises ("Government", "State").
COMMON = frozenset(
    "i we you he she it they me him her us them my our your his its their this that these those there here "
    "the a an and or but nor so yet if then than when while where what which who whom whose why how "
    "as at by for from in into of on onto to with without about after before during since until over "
    "under up down out off all any both each every few many most much no none not only other some such "
    "also just even still yes oh ok okay please thanks thank "
    "government state states federal city county district region province capital country nation "
    "north south east west northern southern eastern western central new old "
    "first second third last next one two three four five six seven eight nine ten hundred thousand "
    "million billion trillion percent per cent "
    "mr. mrs. dr. st. no. vs. inc. corp. co. ltd. jr. sr.".split()
)
#: Nationalities and the adjectives of countries and regions ("Chinese", "French", "Asian"): they
#: say where someone is from, not who; inside a run of names they stay ("French Open").
DEMONYMS = frozenset(
    "afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian "
    "azerbaijani azeri bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese "
    "bolivian bosnian botswanan brazilian british briton bruneian bulgarian burkinabe burmese burundian "
    "cambodian cameroonian canadian chadian chilean chinese colombian comoran congolese rican croatian "
    "cuban cypriot czech danish djiboutian dominican dutch ecuadorian egyptian emirati english eritrean "
    "estonian ethiopian fijian filipino finnish french gabonese gambian georgian german ghanaian greek "
    "grenadian guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian "
    "iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean "
    "kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian "
    "malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque "
    "mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien "
    "norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian "
    "russian rwandan salvadoran samoan saudi scottish senegalese serbian seychellois singaporean slovak "
    "slovenian somali sudanese spanish lankan swazi swedish swiss syrian taiwanese tajik tanzanian "
    "thai tibetan togolese tongan trinidadian tunisian turkish turkmen ugandan ukrainian uruguayan uzbek "
    "venezuelan vietnamese welsh yemeni zambian zimbabwean "
    "african asian european arab arabian latin scandinavian nordic baltic balkan caribbean "
    "persian kurdish catalan basque flemish hispanic".split()
)
#: The codes of currencies (ISO 4217), written in capitals before an amount ("EUR 300 mln",
#: "USD1.1bn", "GBP 300m"): they say in what money, not who. Codes that are also words ("ALL",
#: "TRY", "MAD", "TOP", "CUP") or names ("RON", "PEN", "ARS", "RUB", "COP") are left out.
CURRENCY_CODES = frozenset(
    "eur usd gbp jpy cny cnh chf inr sek nok dkk isk aud nzd cad hkd sgd twd krw idr myr thb php vnd "
    "uah pln czk huf bgn rsd ils sar aed qar kwd bhd omr egp ngn kes zar ghs brl mxn clp uyu xau xag".split()
)
#: A reporting period's label ("Q3", "3Q", "H1", "1H", "9M", "FY", "FY2026", "FY26", "Q3/26",
#: "CY2025"): every firm's results of that quarter give it.
PERIOD = re.compile(r"(?:q[1-4]|[1-4]q|h[12]|[12]h|[1-9]m|fy|cy)(?:[/-]?\d{2}|[/-]?\d{4})?|(?:fy|cy)\d{2}(?:\d{2})?")
#: Words that name a kind of firm or body and end many names ("Halvard Bank", "Nordic Airlines"):
#: inside a run of names they are part of it, but alone they name no one ("Bank" of two banks'
#: results is shared by both). A word the report also writes in lower case ("the bank said")
#: counts so too (see core.stories.cluster.profile); these are the ones a short flash, written
#: all in names, may never write so.
COMMON_PARTS = frozenset(
    "bank banks bancorp bancshares banca banco airline airlines airways motors insurance assurance "
    "financial securities investments investment industries technologies pharmaceuticals resources "
    "mining telecom telecommunications utilities energy petroleum properties realty".split()
)
#: Words for the kind of place a report is from and for the people who live there ("town", "village",
#: "residents"), in the languages read most: the frame of any report from a place, as "city" and
#: "region" are (:data:`COMMON`), not what happened there: no event words (``e:``, see
#: core.stories.cluster.EVENT_AGREE). They stay names' words: "Cape Town" is a name.
PLACE_WORDS = frozenset(
    "town towns village villages township hamlet borough municipality suburb neighbourhood neighborhood "
    "resident residents inhabitant inhabitants locals townspeople villagers "
    "pueblo localidad municipio vecinos habitantes ville commune habitants stadt dorf gemeinde einwohner "
    "paese comune abitanti cidade vila moradores dorp gemeente inwoners".split()
)
#: Words for the setting of a place's news, the body or the ground where things happen to many, one
#: after another ("the port", "the court", "the council"), in the languages read most: two events at
#: one port (a warehouse fire, a dockers' pay deal) or before one court (two verdicts of a day) share
#: them, as two events of one town share "town". The frame, not what happened: no event words (``e:``,
#: see core.stories.cluster.EVENT_AGREE). They stay names' words: "Harrowgate Crown Court" is a name, and
#: a name built on one ("Harrowgate Crown Court", "Autoritat Portuària", "Kelby Airport", "St Olav's
#: Hospital") is the setting's: where things happen, not who takes part (``p:`` marks, see
#: core.stories.cluster.profile).
SETTING_WORDS = frozenset(
    "port ports harbour harbor dock docks quay wharf terminal court courts courthouse courtroom council councils "
    "airport airports hospital hospitals museum museums gallery galleries market markets bazaar "
    "station stadium "
    "puerto puertos muelle tribunal tribunales juzgado ayuntamiento porto portos cais tribunale câmara "
    "moll consell ajuntament conseil mairie hafen gericht rechtbank "
    "aeropuerto aeroport aéroport aeroporto flughafen luchthaven hôpital ospedale krankenhaus ziekenhuis "
    "museo museu musée galería galeria galerie galleria mercado mercat marché markt mercato "
    "çarşı çarşısı pazar pazarı estación estació gare bahnhof stazione estádio estadio stade "
    "stadion "
    "portuària portuari portuaria portuario portuaire portuale portuário portuária".split()
)
#: Words for a firm itself, as "the company" ("perusahaan", "l'entreprise") calls it: the backdrop of
#: each of its announcements, as "town" is of a town's events (the corporate suffixes, "company",
#: "group", are such words too): no event words (``e:``, see core.stories.cluster.EVENT_AGREE).
FIRM_WORDS = frozenset(
    "firm firms business businesses "
    "perusahaan syarikat empresa empresas entreprise société unternehmen firma bedrijf onderneming azienda "
    "società companhia företag bolag selskab selskap yritys şirket".split()
)
#: Words of when and where that are no weekday nor kind of town: spans and times of day ("three days
#: of rain", "the day's top price", "before dawn", "five years in prison", "a 58-year-old man") and the
#: land ("the slopes of the mountain"). Two events of one district and one day both give them; they are
#: the frame, not what happened: no event words (``e:``, see core.stories.cluster.EVENT_AGREE).
WHEN_WHERE = frozenset(
    "day days week weeks month months year years hour hours morning mornings evening evenings night nights "
    "dawn dusk noon midnight "
    "slope slopes hill hills hillside mountain mountains valley valleys plain plains".split()
)
#: Units of time a figure counts, each by the one unit its spellings are ("48 hours", "a 48-hour strike"):
#: two reports' figures of one value are one figure only where they count one unit, or where one gives
#: none ("48 hours" of a strike and "48 nights" of a concert series are two; see core.stories.cluster.evidence).
TIME_UNITS = {
    word: unit
    for unit, spellings in {
        "second": "second seconds", "minute": "minute minutes", "hour": "hour hours", "day": "day days",
        "night": "night nights", "week": "week weeks", "month": "month months", "year": "year years",
        "decade": "decade decades",
    }.items()
    for word in spellings.split()
}
#: Words for a kind of place written beside a place's name: after it ("Mlimani district", "Kivuko
#: village"), before it with "of" ("the village of Kivuko"), or opening it ("Mount Kilele", "Lake
#: Tarn"): the name is a place's (``p:`` marks, see core.stories.cluster.evidence).
PLACE_KINDS = frozenset(
    "district districts province county region state village town city municipality borough township suburb "
    "island islands river lake mount mountain valley bay peninsula port harbour harbor".split()
)
#: Determiners and quantifiers that open a sentence before a name ("Every Harwick Valley Health service
#: is running again", "Each Orvane Water plant", "Alle Kessel-Werke", "Chaque hôpital"), in the
#: languages read most: the capital is the sentence's, and the word is no part of the name after it.
QUANTIFIERS = frozenset(
    "every each all any both no some either neither several many most much few another other such this these those "
    "jede jeder jedes jeden alle beide einige viele kein keine keiner manche "
    "chaque tout tous toute toutes aucun aucune plusieurs certains certaines "
    "cada todo todos toda todas ningún ninguno ninguna algunos algunas varios varias "
    "ogni tutti tutte nessun nessuno nessuna alcuni alcune "
    "elke ieder iedere geen sommige enkele "
    "nenhum nenhuma alguns algumas "
    "każdy każda każde wszystkie wszyscy żaden żadna żadne niektóre".split()
)
#: What a report says to deny a connection, in the languages read most ("not thought to be linked to",
#: "unrelated to", "no connection with", "nothing to do with", "sin relación con", "n'a rien à voir avec",
#: "steht in keinem Zusammenhang mit", "heeft niets te maken met", "nessun legame con", "não está
#: ligado a", "nie ma związku z"), as patterns of words: what follows it in its sentence is what the
#: report is not about (see core.stories.cluster._undenied).
DENIALS = (
    r"not\s+(?:\w+\s+){0,3}?(?:linked|connected|related|tied)\s+(?:to|with)",
    r"un(?:related|connected)\s+(?:to|with)",
    r"no\s+(?:\w+\s+)?(?:connection|link|links|relation|relationship)\s+(?:to|with|between)",
    r"(?:den(?:y|ies|ied)|rul(?:e|es|ed)\s+out)\s+any\s+(?:\w+\s+)?(?:connection|link|links|involvement)\s+(?:to|with|in)",
    r"nothing\s+to\s+do\s+with",
    r"no\s+(?:\w+\s+){0,3}?(?:relacionad|vinculad|conectad|ligad)[oa]s?\s+con",
    r"(?:sin|ning[uú]n[oa]?)\s+(?:\w+\s+)?(?:relaci[oó]n|v[ií]nculo|conexi[oó]n|nexo)\s+con",
    r"nada\s+que\s+ver\s+con",
    r"(?:sans|aucun)\s+(?:aucun\s+)?(?:lien|rapport|relation)\s+avec",
    r"rien\s+(?:à|a)\s+voir\s+avec",
    r"pas\s+(?:\w+\s+){0,2}?li[ée]e?s?\s+(?:à|au|aux|avec)",
    r"kein(?:en)?\s+Zusammenhang\s+mit",
    r"(?:nicht|keinem)\s+(?:\w+\s+){0,2}?(?:Zusammenhang|Verbindung)\s+mit",
    r"nichts\s+mit",
    r"geen\s+(?:\w+\s+)?verband\s+(?:met|tussen)",
    r"niets\s+te\s+maken\s+met",
    r"niet\s+(?:\w+\s+){0,2}?(?:gelinkt|verbonden|gerelateerd)\s+(?:aan|met)",
    r"st(?:aat|aan)\s+los\s+van",
    r"non\s+(?:\w+\s+){0,3}?(?:collegat|legat|conness)[oaie]\s+(?:a|al|alla|ai|alle|allo|con)",
    r"nessun\s+(?:legame|collegamento|nesso|rapporto)\s+con",
    r"niente\s+a\s+che\s+(?:fare|vedere)\s+con",
    r"(?:sem|nenhuma?)\s+(?:qualquer\s+)?(?:rela[çc][ãa]o|liga[çc][ãa]o|conex[ãa]o)\s+com",
    r"nada\s+a\s+ver\s+com",
    r"n[ãa]o\s+(?:\w+\s+){0,3}?(?:ligad|relacionad|conectad)[oa]s?\s+(?:a|ao|à|aos|às|com)",
    r"(?:nie\s+ma|bez)\s+(?:\w+\s+)?zwi[ąa]zku\s+z",
    r"(?:nie\s+(?:\w+\s+)?zwi[ąa]zan|niezwi[ąa]zan)\w*\s+z",
)
#: How a clause placing a report's news after another happening opens, days or more later (", two days after
#: reporting a 14% fall", ", a week after the deadly Belsk quake"), in the languages read most: what follows
#: names the earlier happening, another event's (see core.stories.cluster._unrecalled). Not a day or hours
#: after, which tell of the same event's hours ("hours after the quake, rescuers ...").
RECALL_INTERVALS = (
    r"(?:(?:just|only|barely|some|about|nearly|almost|more\s+than)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|[2-9]|[1-9]\d)\s+(?:days|weeks|months)\s+after",
    r"(?:(?:just|only|barely|some|about|nearly|almost|more\s+than)\s+)?(?:a|one)\s+(?:week|month)\s+after",
    r"(?:days|weeks|months)\s+after",
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|[2-9]|[1-9]\d)\s+(?:jours|semaines|mois)\s+apr[èe]s",
    r"(?:une\s+semaine|un\s+mois)\s+apr[èe]s",
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einige|mehrere|wenige|[2-9]|[1-9]\d)\s+(?:Tage|Wochen|Monate)\s+nach",
    r"(?:eine\s+Woche|einen\s+Monat)\s+nach",
    r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|unos|unas|[2-9]|[1-9]\d)\s+(?:días|semanas|meses)\s+despu[ée]s\s+de",
    r"(?:una\s+semana|un\s+mes)\s+despu[ée]s\s+de",
)
#: Prepositions that put a name where something happens ("in Bucharest", "near Orbeck", "at Dravik"), in
#: the languages read most: a name after one is a place's (see core.stories.cluster._located).
LOCATIVES = frozenset(
    "in at near outside inside around across en à près dans bei nahe im bij nabij em no na nos nas w we pod presso nel nella".split()
)
#: Every word that is never a name (or part of one) on its own.
NOT_NAMES = CORPORATE_SUFFIXES | TITLE_WORDS | CALENDAR | NEWSROOM | COMMON | CURRENCY_CODES
#: Small words that may stand inside a name ("Bank of England", "Charles de Gaulle").
NAME_JOINERS = frozenset("of de del della der den di du do la le van von ter ten bin al el da dos das y am".split())
#: The words that mark a number as a thing's designation ("Shaft No. 4", "Gate Nr. 3", "Pozo núm. 2"), folded:
#: the capitalised word before them names a kind of thing, not someone or somewhere.
NUMBER_MARKS = frozenset("no nr nº núm num".split())
#: Words after a number that give its scale (and how a figure is written down).
SCALES = {
    "percent": "percent", "pct": "percent", "%": "percent", "per": "percent",
    "thousand": "thousand", "k": "thousand",
    "million": "million", "mln": "million", "mn": "million", "m": "million",
    "billion": "billion", "bln": "billion", "bn": "billion", "b": "billion",
    "trillion": "trillion", "tln": "trillion", "tn": "trillion",
    # the other languages' words and abbreviations (and, where a report's words are stemmed for their
    # case endings, their stems: "миллиона", "миллион"): "8 млн тонн" is the "8 million tonnes" of another
    "тыс": "thousand", "тысяч": "thousand", "тысяча": "thousand", "тис": "thousand", "тисяч": "thousand",
    "млн": "million", "миллион": "million", "миллиона": "million", "миллионов": "million", "мільйонів": "million",
    "млрд": "billion", "миллиард": "billion", "миллиарда": "billion", "миллиардов": "billion", "мільярдів": "billion",
    "трлн": "trillion", "триллион": "trillion",
    "tys": "thousand", "mld": "billion", "mio": "million", "mrd": "billion", "mia": "billion", "mds": "billion",
    "millionen": "million", "milliarde": "billion", "milliarden": "billion",
    "millions": "million", "milliard": "billion", "milliards": "billion",
    "millones": "million", "millón": "million", "milhões": "million", "milhão": "million", "bilhões": "billion",
    "milioni": "million", "miliardi": "billion", "miliardo": "billion", "miliony": "million", "milionów": "million",
    "miliardów": "billion", "miljoen": "million", "miljard": "billion", "miljoner": "million", "miljarder": "billion",
    "miljoonaa": "million", "miljardia": "billion", "milyon": "million", "milyar": "billion",
    # Turkish "bin" ("2 bin kişi"), Indonesian and Malay "ribu", "juta", "miliar"/"bilion" ("15 ribu orang")
    "bin": "thousand", "ribu": "thousand", "juta": "million", "miliar": "billion", "bilion": "billion",
    # "18 Prozent", "18 procent", "18 prosent", "18 procento": the "18 percent" of another report
    "prozent": "percent", "procent": "percent", "prosent": "percent", "procento": "percent", "prozenten": "percent",
    # Polish, Czech and Slovak, as their reports write it after a figure: "4,50 proc.", "2 procenty", "5 procentów",
    # "3 procenta", "3 percentá"
    "proc": "percent", "procenty": "percent", "procentów": "percent", "procenta": "percent",
    "percenta": "percent", "percentá": "percent",
}
#: The two words after a number that make a share in the languages that write it so ("18 por
#: ciento", "18 pour cent", "18 por cento"; Italian's "per cento" is "per" of :data:`SCALES`).
PERCENT_PHRASES = frozenset({("por", "ciento"), ("pour", "cent"), ("por", "cento")})
#: The languages (codes of core.text.language_of) that capitalise every noun: a capital says there
#: that a word is a noun, not that it is a name ("die Einigung", "18 Prozent").
NOUN_LANGUAGES = frozenset({"de", "lb"})
#: ... where a capitalised word after one of these (an article, a determiner, a contraction of a
#: preposition and an article, a possessive, a quantifier or a number in words) is a noun: "den
#: Fang", "im Hafen", "fünf Jahren" (a number in digits, "18 Prozent", is one too).
NOUN_MARKERS = frozenset(
    "der die das den dem des ein eine einer einem einen eines kein keine keiner keinem keinen keines "
    "im am zum zur vom beim ins ans aufs durchs fürs übers ums unters vors "
    "dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden "
    "welcher welche welches welchem welchen solcher solche solches "
    "mein meine meiner meinem meinen dein deine sein seine seiner seinem seinen seines "
    "ihr ihre ihrer ihrem ihren ihres unser unsere unserer unserem unseren euer eure "
    "alle allen aller beide beiden einige einigen mehrere mehreren viele vielen wenige wenigen manche "
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend".split()
)
#: ... and a capitalised word of this ending is a noun ("Einigung", "Sicherheit", "Wissenschaft",
#: "Organisation", "Mehrheit"), when it is this long at least.
NOUN_ENDINGS = (("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ität", "ismus"), 7)
#: The common words of news written without spaces (Chinese, Japanese), whose characters are read
#: in pairs as names are (core.stories.cluster): the agencies' names and credits, the newsroom's
#: words ("reporter", "learned from", "according to", "an official in charge said"), verbs of
#: speech, days and times of day, and pronouns and conjunctions, in simplified and traditional
#: characters. Every brief of one agency, or of one language, writes them: they say nothing of which
#: event, as "said", "Monday" and "Reuters" do not in English (see NOT_NAMES).
UNSPACED_COMMON = frozenset(
    # agencies and their credits
    "新华社 新華社 新华网 中新社 中新网 中国新闻网 中央社 人民网 人民日报 央视 央视网 共同通信 共同社 时事通信 時事通信 "
    "韩联社 韓聯社 法新社 路透社 美联社 美聯社 塔斯社 电讯 電訊 通讯员 通訊員 记者 記者 编辑 編輯 责任编辑 "
    "本报讯 本報訊 来源 來源 原标题 原標題 "
    # the newsroom's telling of it
    "获悉 獲悉 据悉 據悉 了解 据了解 據了解 报道 報道 報導 消息 新闻 新聞 介绍 介紹 表示 指出 认为 認為 称 稱 "
    "宣布 透露 强调 強調 说 說 提到 告诉 告訴 发布 發佈 发表 発表 明らか 関係者 担当者 "
    "负责人 負責人 有关 有關 相关 相關 方面 部门 部門 工作人员 工作人員 人士 官员 官員 "
    # time words
    "今天 昨天 明天 当天 當天 当日 當日 同日 今日 昨日 日前 近日 近期 目前 此前 今年 去年 明年 昨年 来年 "
    "今月 先月 来月 上午 下午 晚上 凌晨 午前 午後 星期 周一 周二 周三 周四 周五 周六 周日 "
    # pronouns, conjunctions, the commonest verbs and adverbs
    "我们 我們 他们 他們 她们 这个 這個 这些 這些 那些 一个 一個 一些 此外 同时 同時 其中 以及 并且 並且 但是 "
    "因为 因為 所以 如果 已经 已經 继续 繼續 进一步 進一步 将会 將會 正在 进行 進行 开展 開展 预计 預計 计划 計劃 "
    "主要 可以 能够 能夠 需要 通过 通過 根据 根據 按照 对于 對於 关于 關於 由于 由於 "
    "予定 方針".split()
)
#: The function characters of Chinese (particles, prepositions, pronouns), which stand between
#: the words of a sentence: a pair of characters across one (the "日从" of "3日从") is no word.
#: Not those that often end a name ("都" of 成都, "所" of 研究所, "以" of 以色列, "于" a surname).
UNSPACED_FUNCTION = frozenset("的了是在从從对對将將被把向也就并而但其这這该該此之已着著过過们們我你他她它据據与與及或为為和由让讓给給还還又很再")
#: Currencies, as a word after an amount ("12 euros", "a 12-euro fee", "5 dlrs") or a sign before it
#: ("$5", "€12"): an amount of money, however small, is a figure of the event (a fee, a fine, a
#: price), where a small bare number ("3 people", "two") is too common to tell events apart.
CURRENCIES = frozenset(
    "euro euros eur dollar dollars dlrs usd pound pounds sterling gbp pence cent cents yen jpy yuan cny "
    "renminbi franc francs chf rupee rupees inr krona kronor krone kroner sek nok dkk rouble roubles "
    "ruble rubles rand zloty zlotys forint lira lire peso pesos shekel shekels dinar dinars dirham "
    "dirhams riyal riyals ringgit baht won "
    "$ € £ ¥ ₹ ₩ ₽ ₺".split()
)
