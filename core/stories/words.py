"""The words the stories stage must not take for names, and the scales of figures.

Data only, each list with what it is for. Everything is folded to lower case. These are
general newsroom vocabulary, not words of particular reports.
"""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "CORPORATE_SUFFIXES", "CURRENCIES", "DEMONYMS", "NOT_NAMES", "NAME_JOINERS", "SCALES", "TITLE_WORDS"]

#: Corporate and legal suffixes: "Harbour Foods Inc" and "Coastline Bank Inc" share no firm.
CORPORATE_SUFFIXES = frozenset(
    "inc incorporated corp corporation co cos company companies ltd limited llc llp lp plc ag sa se nv bv "
    "gmbh kg spa srl oy ab asa as pty pte bhd kk holding holdings group grp trust fund funds partners "
    "international intl".split()
)
#: Honorifics and titles written before a name: they say what someone is, not who.
TITLE_WORDS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother "
    "president vice prime minister ministers secretary senator sen rep representative congressman "
    "congresswoman gov governor mayor judge justice chief chairman chairwoman chair ceo cfo coo "
    "director executive officer officers spokesman spokeswoman spokesperson general gen col colonel "
    "capt captain lt lieutenant sgt sergeant cmdr commander adm admiral maj major cpl private "
    "detective inspector superintendent sheriff deputy king queen prince princess duke duchess "
    "emperor pope bishop archbishop cardinal imam rabbi sheikh ambassador envoy chancellor "
    "attorney prosecutor coach manager striker midfielder defender goalkeeper star actor actress "
    "singer rapper jr sr "
    # a ship's prefix: "MV Lindqvist Star" and "the Lindqvist Star" are one ship
    "mv ms ss hms rms uss fv".split()
)
#: Abbreviations written with a full stop as a name's first word ("St. Birgitta", "Mt. Kenya",
#: "Ft. Worth"): that stop ends no sentence. A title's ("Dr.", "Gen.") still does: it is no part
#: of the name, and reading on through it grouped the public event set's reports worse.
ABBREVIATIONS = frozenset("st ste mt ft".split())
#: Days, and the parts of a date and time written with capitals.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "today yesterday tomorrow tonight am pm gmt utc bst est edt cst cdt pst pdt cet cest et pt "
    "christmas easter".split()
)
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
#: Every word that is never a name (or part of one) on its own.
NOT_NAMES = CORPORATE_SUFFIXES | TITLE_WORDS | CALENDAR | NEWSROOM | COMMON
#: Small words that may stand inside a name ("Bank of England", "Charles de Gaulle").
NAME_JOINERS = frozenset("of de del della der di du la le van von bin al el da dos das y".split())
#: Words after a number that give its scale (and how a figure is written down).
SCALES = {
    "percent": "percent", "pct": "percent", "%": "percent", "per": "percent",
    "thousand": "thousand", "k": "thousand",
    "million": "million", "mln": "million", "mn": "million", "m": "million",
    "billion": "billion", "bln": "billion", "bn": "billion", "b": "billion",
    "trillion": "trillion", "tln": "trillion", "tn": "trillion",
}
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
