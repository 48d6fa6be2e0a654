"""Visits told by travel and arrival verbs or official-trip nouns, and meeting nouns one language
lacked ('onderhoud', 'consultation politique', 'Tagung'), are meetings; the participles and
infinitives that tell of ordinary travellers are not meeting words."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_finite_travel_verbs_tell_a_visit() -> None:
    en = "Two American envoys, Taylor and Clifford, arrive in Canberra tomorrow morning."
    assert _meetings(en, "en") == [("Canberra", ["AU", "US"])]
    en = "The Egyptian president will head to Mozambique and Zambia on Sunday."
    assert _meetings(en, "en") == [("", ["EG", "MZ"]), ("", ["EG", "ZM"])]
    de = "Der deutsche Außenminister flog nach Kairo, sagte ein Sprecher."
    assert _meetings(de, "de") == [("Cairo", ["DE", "EG"])]
    fr = "Le ministre français arrivera à Beyrouth lundi, selon un communiqué."
    assert _meetings(fr, "fr") == [("Beirut", ["FR", "LB"])]
    nl = "De Surinaamse minister vertrok naar Brazilië voor de bespreking."
    assert _meetings(nl, "nl") == [("", ["BR", "SR"])]


def test_official_trip_nouns_tell_visits() -> None:
    nl = "Meer dan 540 Belgische deelnemers gaan op economische zending naar Atlanta en Boston."
    assert _meetings(nl, "nl") == [("Atlanta", ["BE", "US"]), ("Boston", ["BE", "US"])]
    de = "Der französische Außenminister: Seine erste Auslandsreise führte ihn nach Kiew."
    assert _meetings(de, "de") == [("Kyiv", ["FR", "UA"])]
    en = "A South African business delegation left for an investment mission to Chile and Peru."
    assert _meetings(en, "en") == [("", ["CL", "ZA"]), ("", ["PE", "ZA"])]


def test_ordinary_travellers_make_no_visit() -> None:
    en = "Kiwis travelling to Fiji are advised not to expect help from New Zealand."
    assert _meetings(en, "en") == []
    fr = "Londres a demandé à ses ressortissants de ne pas se rendre au Mali."
    assert _meetings(fr, "fr") == []


def test_meeting_nouns_a_language_lacked() -> None:
    nl = "De Belgische minister De Gucht had in Kigali een onderhoud met de Rwandese president."
    assert _meetings(nl, "nl") == [("Kigali", ["BE", "RW"])]
    fr = "La consultation politique entre le Vietnam et le Laos a eu lieu le 22 novembre à Hanoï."
    assert _meetings(fr, "fr") == [("Hanoi", ["LA", "VN"])]
    de = "In Berlin fand die Tagung der deutsch-mongolischen Arbeitsgruppe statt."
    assert _meetings(de, "de") == [("Berlin", ["DE", "MN"])]
