"""Stories: a firm is the backdrop of its own announcements, as a town is of its events. Two of one
firm's announcements of one day (a new route, a fare rise), each reported by two outlets, share the
firm's name, its chief executive who speaks in each, and the "About the company" paragraph every
report of the firm ends with (its fleet, its country, its trade): none of that says they are one
event. What happened (the lead's words, its figures) tells them apart; the reports of each
announcement are still one story."""

from __future__ import annotations

from core.stories.cluster import SAME_EVENT, evidence, profile
from tests.story_groups import article, stories

DAY = "2026-04-14"


ABOUT = "Tarnwick Ferries Ltd operates 27 ferries on 19 routes along the coast of Orvania."
ROUTE = [
    article("Tarnwick Ferries to open Halsby-Corrin crossing",
            "Tarnwick Ferries will open a new crossing between Halsby and Corrin on June 2, with two ships carrying "
            "700 passengers each.",
            "Chief executive Wenna Paske said the crossing would take nine hours, four times a week.",
            ABOUT, outlet="Harbour Ledger", published=DAY),
    article("New Halsby-Corrin ferry link from June",
            "A new ferry link between Halsby and Corrin starts on June 2, run by Tarnwick Ferries with two ships of 700 "
            "passengers.",
            "According to Wenna Paske, the ships will sail four times a week and take nine hours.",
            ABOUT, outlet="Coast Courier", published=DAY),
]
FARES = [
    article("Tarnwick Ferries raises fares by 12 percent",
            "Tarnwick Ferries is raising fares on all its routes by 12 percent from May 1, blaming the cost of fuel.",
            "Wenna Paske said fuel now made up 55 percent of the company's costs.",
            ABOUT, outlet="Harbour Ledger", published=DAY),
    article("Ferry fares to rise 12 percent in May",
            "Travellers on Tarnwick Ferries will pay 12 percent more from May 1, after the company blamed fuel prices.",
            "Fuel now makes up 55 percent of its costs, Wenna Paske said.",
            ABOUT, outlet="Coast Courier", published=DAY),
]

TENTANG = "PT Arus Teladan Lines mengoperasikan 36 kapal di 24 lintasan di seluruh Nusantara Barat."
LINTASAN = [
    article("Arus Teladan buka lintasan Kelorpura–Tanjung Wera",
            "PT Arus Teladan Lines akan membuka lintasan baru Kelorpura–Tanjung Wera mulai 3 Juni dengan dua kapal "
            "berkapasitas 650 penumpang.",
            "Direktur Utama Arus Teladan, Sari Wibawa, mengatakan perjalanan akan ditempuh dalam 18 jam, empat kali "
            "seminggu.",
            TENTANG, outlet="Kabar Dermaga", published=DAY),
    article("Lintasan baru Kelorpura–Tanjung Wera dilayani mulai Juni",
            "Perusahaan pelayaran Arus Teladan membuka lintasan Kelorpura–Tanjung Wera pada 3 Juni, dilayani dua kapal "
            "berkapasitas 650 penumpang.",
            "Menurut Sari Wibawa, kapal akan berangkat empat kali seminggu dengan waktu tempuh 18 jam.",
            TENTANG, outlet="Suara Pantai", published=DAY),
]
TARIF = [
    article("Arus Teladan naikkan tarif kapal 12 persen",
            "PT Arus Teladan Lines menaikkan tarif di semua lintasan sebesar 12 persen mulai 1 Mei karena kenaikan "
            "harga bahan bakar.",
            "Sari Wibawa mengatakan biaya bahan bakar kini mencapai 55 persen dari biaya operasi perusahaan.",
            TENTANG, outlet="Kabar Dermaga", published=DAY),
    article("Tarif kapal Arus Teladan naik mulai 1 Mei",
            "Penumpang kapal Arus Teladan harus membayar 12 persen lebih mahal mulai 1 Mei, setelah perusahaan menaikkan "
            "tarif karena harga bahan bakar.",
            "Menurut Sari Wibawa, bahan bakar kini menyerap 55 percent biaya operasi.",
            TENTANG, outlet="Suara Pantai", published=DAY),
]


def test_one_firms_two_announcements_are_two_stories() -> None:
    expected = sorted([sorted(a.title for a in ROUTE), sorted(a.title for a in FARES)])
    for seed in range(4):
        assert stories(ROUTE + FARES, seed, by="title") == expected


def test_one_firms_two_announcements_are_two_stories_in_indonesian() -> None:
    expected = sorted([sorted(a.title for a in LINTASAN), sorted(a.title for a in TARIF)])
    for seed in range(4):
        assert stories(LINTASAN + TARIF, seed, by="title") == expected


def test_the_firms_boilerplate_and_officer_are_no_evidence_across_announcements() -> None:
    for one, other in ((ROUTE, FARES), (LINTASAN, TARIF)):
        for a in one:
            for b in other:
                assert evidence(profile(a), profile(b)).score < SAME_EVENT, (a.title, b.title)


def test_each_announcements_reports_still_join() -> None:
    for pair in (ROUTE, FARES, LINTASAN, TARIF):
        assert evidence(profile(pair[0]), profile(pair[1])).score >= SAME_EVENT, pair[0].title
