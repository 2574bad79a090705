"""Figures: when a figure is given for, estimates and ranges as other languages write them, and a
sum of one thing across two languages' reports (trial 40 F4, F18)."""

from __future__ import annotations

from core.linking.story import Story
from core.model import Article, article_id
from core.views.figures import compare, extract, values_text


def _article(outlet: str, *paragraphs: str, title: str = "") -> Article:
    return Article(article_id(outlet, outlet, paragraphs), "", outlet, title or outlet, paragraphs)


def _rows(story: Story) -> list[tuple[str, list[tuple[str, float]]]]:
    return [(g.kind, sorted((story.article(f.ref.article).outlet, f.value) for f in g.figures)) for g in compare(story)]


def _when(sentence: str, figure: str):  # type: ignore[no-untyped-def]
    from core.quantities import when_of

    start = sentence.index(figure)
    return when_of(sentence, start, start + len(figure))


def test_a_figure_says_the_day_and_the_point_of_the_day_it_is_given_for() -> None:
    from core.quantities import other_time

    wire = "Tollan shares were down 6.1% at 387 pence by 1200 GMT, adding to Tuesday's 31% slump, when it cut its forecast."
    assert _when(wire, "387 pence").point == "12:00 GMT" and not _when(wire, "387 pence").days
    assert _when(wire, "31%").days == {("weekday", "tuesday")}  # "Tuesday's": of the slump after it only
    assert _when("By the close, the shares were down 31% at 412p.", "412p").point == "close"
    assert _when("The shares ended the day down 32.6 percent at 402p.", "402p").point == "close"
    assert _when("It sent its shares down as much as 34 percent to 394p.", "34 percent").point == "extreme"
    assert _when("At its height, the fire forced 6,000 people from their homes.", "6,000").point == "extreme"
    assert _when("As of Thursday, 14 people were missing.", "14").days == {("weekday", "thursday")}
    closed, midday = _when("The shares closed at 412 pence.", "412"), _when("The shares were at 387p by midday.", "387p")
    assert other_time(closed, midday) and not other_time(closed, _when("The shares were at 412p.", "412p"))
    # a weekday is never weighed against a date: "Tuesday" and "November 10" may be one day
    assert not other_time(_when("It fell 31% on Tuesday.", "31%"), _when("It fell 31% on November 10.", "31%"))


def test_a_value_for_another_time_of_day_or_another_day_is_another_quantity() -> None:
    # trial 40 F4: the next day's midday price (387 pence "by 1200 GMT") stood in the row of the
    # day's close, and an intraday fall of "as much as 34 percent" was an outlier against the close
    story = Story.build([
        _article("Alpha", "Shares in Tollan Brewing fell 31% on Tuesday after the brewer cut its profit forecast.",
                 "The Tollan shares closed at 412 pence, their lowest since 2020."),
        _article("Beta", "Tollan Brewing's chief quit on Tuesday as the brewer cut its profit forecast, sending its shares "
                         "down as much as 34 percent."),
        _article("Gamma", "Shares in Tollan Brewing fell 31% on Tuesday after the brewer cut its profit forecast.",
                 "The Tollan shares ended the day at 402 pence, their lowest since 2020."),
        _article("Delta", "Tollan shares were down 6.1% at 387 pence by 1200 GMT, their lowest since 2020, a day after "
                          "the brewer cut its profit forecast."),
    ])
    rows = _rows(story)
    [closes] = [r for kind, r in rows if kind == "money"]
    assert closes == [("Alpha", 412), ("Gamma", 402)]  # each report's close: one quantity; never the next midday's
    [falls] = [r for kind, r in rows if kind == "share"]
    assert ("Beta", 34) not in falls  # the day's extreme is no value of its close
    # counts told "as of" two days are two quantities; one value on two days is one quantity whose day differs
    # (copy edited from one sentence, "as of Tuesday" put for "as of Thursday", is one quantity changed)
    told = Story.build([
        _article("Alpha", "Rescuers said 12 climbers of the Varna expedition were missing as of Tuesday on the glacier."),
        _article("Beta", "As of Thursday, 14 climbers of the Varna expedition were still missing, mountain rescue teams reported."),
    ])
    assert not any(g.kind == "count" for g in compare(told))
    same = Story.build([
        _article("Alpha", "Rescuers said 12 climbers of the Varna expedition were missing as of Tuesday on the glacier."),
        _article("Beta", "As of Thursday, 12 climbers of the Varna expedition were still missing, mountain rescue teams reported."),
    ])
    assert [kind for kind, _ in _rows(same) if kind == "count"] == ["count"]


def test_estimates_bounds_and_scales_as_other_languages_write_them() -> None:
    german = _article("Tagesblatt", "Tollan kündigte eine einmalige Belastung von rund 25 Millionen Pfund an, etwa 300 Stellen, "
                                    "knapp 40 Prozent, mehr als 12 Filialen und 1,2 Mrd. Euro Umsatz.",
                      "Der Konzern beschäftigt weltweit rund 7400 Mitarbeiter und baut sein Werk für 14 Mio. Euro aus.",
                      title="Tollan senkt die Prognose und streicht Stellen in der Brauerei")
    got = [(f.text, f.value, f.unit, f.qualifier) for f in extract([german])]
    assert ("rund 25 Millionen Pfund", 25e6, "pound", "about") in got
    assert ("etwa 300 Stellen", 300, "stelle", "about") in got or ("etwa 300 Stellen", 300, "stellen", "about") in got
    assert ("knapp 40 Prozent", 40, "%", "nearly") in got
    assert ("1,2 Mrd. Euro", 1.2e9, "euro", None) in got and ("14 Mio. Euro", 14e6, "euro", None) in got
    assert any(f.value == 12 and f.qualifier == "more than" for f in extract([german]))
    others = _article("Autres", "Le groupe compte environ 300 usines et près de 40 pour cent des ventes; la empresa tiene "
                                "alrededor de 300 tiendas y casi 40 por ciento, cerca de 25 millones de euros; circa 30 "
                                "negozi, quasi 40 per cento.")
    said = {(f.text.split()[0].lower(), f.qualifier) for f in extract([others])}
    assert {("environ", "about"), ("près", "nearly"), ("alrededor", "about"), ("casi", "almost"), ("cerca", "about"),
            ("circa", "about"), ("quasi", "almost")} <= said


def test_a_range_in_words_keeps_its_bottom_end() -> None:
    found = extract([_article("A", "Profit will be between 40 and 45 million dollars, down from 118 million to 124 million "
                                   "pounds, or 118 bis 124 Millionen Pfund; the talks took 5-6 hours. The vote was 5 to 4, "
                                   "and output grew by 0.25 to 3.5 million tonnes.")])
    assert [(f.value, f.unit) for f in found] == [
        (40e6, "dollar"), (45e6, "dollar"), (118e6, "pound"), (124e6, "pound"), (118e6, "pound"), (124e6, "pound"),
        (5, "hour"), (6, "hour"), (3.5e6, "tonne")]
    story = Story.build([
        _article("Alpha", "Tollan Brewing now expects profit of between 40 and 45 million dollars this year, after its chief quit."),
        _article("Beta", "Tollan Brewing now expects profit of 40 million to 48 million dollars this year, after its chief quit."),
    ])
    groups = compare(story)
    assert sorted(sorted(f.value for f in g.figures) for g in groups if g.kind == "money") == [[40e6, 40e6], [45e6, 48e6]]
    assert "$40 million" in " ".join(values_text(g) for g in groups)


def test_a_sum_of_one_thing_in_another_languages_report_joins_its_row() -> None:
    # trial 40 F18: a German report's one-off charge of "rund 25 Millionen Pfund" (everyone else:
    # 22 million) never showed as a disagreement: reports in two languages share no words
    german = _article("Tagesblatt", "Der Brauer Tollan hat am Dienstag seine Prognose gesenkt und den Rücktritt des Chefs bekanntgegeben.",
                      "Zudem kündigte Tollan eine einmalige Belastung von rund 25 Millionen Pfund an. Die Nettoverschuldung "
                      "soll zum Jahresende bei rund 390 Millionen Pfund liegen, bei einem Umsatz von 1,4 Milliarden Pfund.",
                      title="Tollan senkt die Prognose, der Chef geht")
    wire = _article("Wire", "Tollan Brewing cut its forecast on Tuesday and said its chief executive had stepped down.",
                    "The company will also book a one-off charge of about 22 million pounds.",
                    "Net debt will be about 385 million pounds at the end of the year, on revenue of 1.4 billion pounds.")
    rows = {g.figures[0].value: g for g in compare(Story.build([german, wire])) if g.kind == "money"}
    charge = next(g for g in rows.values() if {f.value for f in g.figures} == {22e6, 25e6})
    assert charge.disagree
    assert {f.value for g in rows.values() for f in g.figures} >= {385e6, 390e6, 1.4e9}
    assert not any({25e6, 385e6} <= {f.value for f in g.figures} for g in rows.values())  # a charge is no net debt
    # a report that gives two charges says not which is the other's: no row
    two = _article("Tagesblatt", "Tollan kündigte eine einmalige Belastung von rund 25 Millionen Pfund an und eine "
                                 "zweite Belastung von 9 Millionen Pfund, nachdem der Brauer die Prognose gesenkt hatte.",
                   title="Tollan senkt die Prognose, der Chef geht")
    assert not any(22e6 in {f.value for f in g.figures} and story_outlets(g) == 2
                   for g in compare(Story.build([two, wire])))


def story_outlets(group) -> int:  # type: ignore[no-untyped-def]
    return len({f.ref.article for f in group.figures})


def test_tolls_of_reports_published_on_two_days_are_two_days_counts() -> None:
    """Trial 41 F3: an outbreak's toll as reports of 27 and 29 November gave it (9, then 11 dead)
    was shown as outlets disagreeing. A count of what happened to people is given for the day its
    report was published, where its words name none; what an event was is the same whenever told."""
    from dataclasses import replace

    def dated(outlet: str, day: str, *paragraphs: str) -> Article:
        return replace(_article(outlet, *paragraphs), published=f"2026-11-{day}T09:00:00+00:00")

    story = Story.build([
        dated("Lake Post", "27", "The outbreak has killed nine people, the ministry said. The talks lasted nearly six hours."),
        dated("Ridge Mail", "27", "Nine people have died of the fever, officials said."),
        dated("Moss Daily", "29", "The outbreak has killed 11 people, the ministry said. The talks lasted 7.5 hours."),
        dated("Vale News", "29", "Eleven people have now died of the fever."),
        dated("Tarn Wire", "29", "The fever has killed 12 people, the hospital said."),
    ])
    rows = _rows(story)
    # the 27th's nine are the row's earlier day (trial 53 F4: a timeline, never against the 29th's
    # count), the 29th's 11 and 12 its day's values, which disagree
    [dead] = [g for g in compare(story) if g.kind == "count"]
    assert sorted((f.value, dead.stage_label(f)) for f in dead.figures) == [
        (9.0, "earlier day 2026-11-27"), (9.0, "earlier day 2026-11-27"), (11.0, ""), (11.0, ""), (12.0, "")]
    assert dead.disagree and {dead.verdict_of(f) for f in dead.figures if f.value == 9} == {"close"}
    assert {dead.verdict_of(f) for f in dead.figures if f.value == 12} == {"differ"}
    # the talks' length is one quantity whenever it was told
    assert any(kind == "duration" and len(values) == 2 for kind, values in rows)
