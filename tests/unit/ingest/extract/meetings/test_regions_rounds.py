"""A state named by a part of it is where, not who; compound first-round nouns; present-tense
French meeting verbs."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_a_state_named_by_its_region_is_no_party() -> None:
    nl = "De onderhandelingen tussen Rusland en Oekraïne in het zuidoosten van Belarus begonnen."
    assert _meetings(nl, "nl") == [("", ["RU", "UA"])]
    en = "Talks between Russia and Ukraine in the south-east of Belarus began on Monday."
    assert _meetings(en, "en") == [("", ["RU", "UA"])]


def test_a_compound_first_round_is_an_earlier_meeting() -> None:
    nl = (
        "De tweede ronde van onderhandelingen tussen Rusland en Oekraïne is op 9 maart. "
        "De eerste gespreksronde in Gomel op 7 maart werd afgesloten."
    )
    assert _meetings(nl, "nl") == [("", ["RU", "UA"]), ("Gomel", ["RU", "UA"])]


def test_french_present_tense_meeting_verbs() -> None:
    fr = "Les ministres russe et américain se réunissent mardi à Genève."
    assert _meetings(fr, "fr") == [("Geneva", ["RU", "US"])]
