"""A country tour listed farther from its visit word: one visit per listed state (round 432)."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_states_listed_after_a_stop_opener_are_visits_of_their_own() -> None:
    en = (
        "The Japanese prime minister began a week-long visit to South America on Monday to hold "
        "talks with the leaders of Chile, Peru and Bolivia."
    )
    assert _meetings(en, "en") == [("", ["BO", "JP"]), ("", ["CL", "JP"]), ("", ["JP", "PE"])]
    de = "Der japanische Minister bricht am Montag zu einer Reise in die Länder Chile und Peru auf."
    assert _meetings(de, "de") == [("", ["CL", "JP"]), ("", ["JP", "PE"])]


def test_a_later_clause_naming_two_stops_tells_the_tour_again() -> None:
    de = (
        "Der japanische Außenminister bricht am Montag zu einer Reise in die Länder Chile und "
        "Peru auf. Während seiner Reise wird der Minister mit dem chilenischen Präsidenten und "
        "dem peruanischen Präsidenten zusammentreffen."
    )
    assert _meetings(de, "de") == [("", ["CL", "JP"]), ("", ["JP", "PE"])]
