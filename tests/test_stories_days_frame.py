"""Stories: days apart, two reports that share only where (the town, a market in it) and the kind
of news (a strike, its ferries, its union) are two events: a fire at a market and, three days later,
a flood there; a strike and, a week later, the deal that ends it, told without the strike's
particulars. A follow-up that repeats the event's own particulars (its union's leader, the
employers' body, its figures) stays with it, however many days later, unless its lead tells of a
happening of a day of its own (the deal signed on Tuesday a week later: a sequel, see
core.stories.cluster.SEQUEL_DAYS)."""

from __future__ import annotations

from core.stories.cluster import evidence, profile
from tests.story_groups import article, stories


#: A fire at the Mercado Velho of Ponte Clara on Monday (two reports), and a flood there on Thursday.
FIRE = [
    article("Incêndio destrói 25 lojas no Mercado Velho de Ponte Clara",
            "Um incêndio destruiu 25 lojas do Mercado Velho de Ponte Clara na noite de segunda-feira, segundo os bombeiros.",
            "Ninguém ficou ferido. O fogo começou numa loja de tecidos e se espalhou pela ala norte.",
            "A prefeitura disse que o mercado ficará fechado por dez dias.",
            outlet="Jornal Um", published="2026-05-04T20:00:00-03:00"),
    article("Fogo atinge Mercado Velho de Ponte Clara e destrói 25 lojas",
            "O fogo atingiu a ala norte do Mercado Velho de Ponte Clara na noite desta segunda-feira e destruiu 25 lojas.",
            "Não houve feridos. Segundo os bombeiros, as chamas começaram numa loja de tecidos.",
            "O mercado deve ficar fechado por dez dias, de acordo com a prefeitura.",
            outlet="Jornal Dois", published="2026-05-04T22:00:00-03:00"),
]
FLOOD = article("Temporal inunda Mercado Velho de Ponte Clara",
                "Um temporal inundou o Mercado Velho de Ponte Clara na manhã de quinta-feira, com água de até meio metro nos corredores.",
                "Os feirantes perderam parte das mercadorias. O mercado tinha reaberto uma parte no dia anterior.",
                "A Defesa Civil registrou 90 milímetros de chuva em três horas.",
                outlet="Rádio Três", published="2026-05-07T11:00:00-03:00")


def test_a_flood_at_the_market_days_after_a_fire_there_is_another_story() -> None:
    assert stories([*FIRE, FLOOD]) == [["Jornal Dois", "Jornal Um"], ["Rádio Três"]]


#: A dock strike at Port Kessel (two reports), and a week later the deal that ends it (two reports),
#: told in the words of any strike (dockworkers, ferries, the union, night shifts) and the town alone.
STRIKE = [
    article("Dock strike at Port Kessel halts 25 ferries",
            "Dockworkers at Port Kessel began an open-ended strike over night shifts on Tuesday, leaving 25 ferries idle in the harbour.",
            "The union wants two more crews on every night shift.",
            "The port authority said it was ready to talk.",
            outlet="Coast Daily", published="2026-05-05T12:00:00+01:00"),
    article("Port Kessel dockworkers strike, 25 ferries stuck",
            "Twenty-five ferries are stuck at Port Kessel after dockworkers walked out on Tuesday in a strike over night shifts.",
            "The union is asking for more crews on each night shift.",
            "The port authority said it was open to a meeting.",
            outlet="Harbour Times", published="2026-05-05T15:00:00+01:00"),
]
DEAL = [
    article("Port Kessel deal ends dock strike",
            "The dockworkers' strike at Port Kessel ended on Tuesday evening after seven days, with a deal that adds one crew to each night shift.",
            "Ferries will sail again from Wednesday morning.",
            "The union called the deal a fair compromise.",
            outlet="Coast Daily", published="2026-05-12T19:00:00+01:00"),
    article("Ferries to sail again as Port Kessel strike ends",
            "Dockworkers and the port authority at Port Kessel signed a deal on Tuesday that ends seven days of strike.",
            "It gives each night shift one more crew; ferries sail again on Wednesday.",
            "The union spoke of a fair compromise.",
            outlet="Harbour Times", published="2026-05-12T21:00:00+01:00"),
]


def test_a_deal_a_week_later_that_shares_only_the_town_is_another_story() -> None:
    for seed in range(3):
        assert stories([*STRIKE, *DEAL], seed) == [["Coast Daily", "Harbour Times"], ["Coast Daily", "Harbour Times"]]
    assert evidence(profile(STRIKE[0]), profile(DEAL[0])).score == 0.0


#: The deal as a follow-up of the strike would tell it: the union's leader, the employers' body and
#: the strike's figure, which the first reports named.
NAMED_STRIKE = [
    article("Dock strike at Port Kessel halts 25 ferries",
            "Dockworkers at Port Kessel began an open-ended strike over night shifts on Tuesday, leaving 25 ferries idle.",
            "Hanna Brekke, who leads the Kessel Dockers Union, said the Kessel Port Employers had ignored them for a year.",
            outlet="Coast Daily", published="2026-05-05T12:00:00+01:00"),
    article("Port Kessel dockworkers strike, 25 ferries stuck",
            "Twenty-five ferries are stuck at Port Kessel after dockworkers walked out on Tuesday.",
            "The Kessel Dockers Union, led by Hanna Brekke, wants more crews from the Kessel Port Employers.",
            outlet="Harbour Times", published="2026-05-05T15:00:00+01:00"),
]
NAMED_DEAL = article("Port Kessel deal ends dock strike",
                     "The Kessel Dockers Union and the Kessel Port Employers signed a deal on Tuesday that ends the strike at Port Kessel after seven days.",
                     "Hanna Brekke said the 25 ferries stuck in the harbour would sail again on Wednesday.",
                     outlet="Bay Wire", published="2026-05-12T19:00:00+01:00")


#: A follow-up a week later that tells of the strike itself, not of a day's happening of its own.
NAMED_FOLLOW_UP = article("Port Kessel dock strike drags on",
                          "The strike by the Kessel Dockers Union at Port Kessel went into its second week, with the Kessel Port "
                          "Employers refusing to meet the union.",
                          "Hanna Brekke said the 25 ferries stuck in the harbour would stay idle until the employers talked.",
                          outlet="Bay Wire", published="2026-05-12T19:00:00+01:00")


def test_a_follow_up_a_week_later_that_names_the_strike_s_own_people_joins_it() -> None:
    assert stories([*NAMED_STRIKE, NAMED_FOLLOW_UP]) == [["Bay Wire", "Coast Daily", "Harbour Times"]]


def test_the_deal_on_a_day_of_its_own_is_a_sequel_even_naming_the_strike_s_own_people() -> None:
    # Its lead tells what happened on Tuesday 12 May, the strike's only in passing: a sequel (SEQUEL_DAYS).
    assert stories([*NAMED_STRIKE, NAMED_DEAL]) == [["Bay Wire"], ["Coast Daily", "Harbour Times"]]
