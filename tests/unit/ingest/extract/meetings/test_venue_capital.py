"""A meeting, summit or talks held in a capital name a venue: only a visit makes the capital's
state a side ('Kim and Trump met in Singapore' is no meeting with Singapore)."""

from __future__ import annotations

from functools import partial

from tests.unit.ingest.extract.meetings.extracted import places_and_parties

_meetings = partial(places_and_parties, published="2025-04-10")


def test_a_meeting_in_a_capital_does_not_make_its_state_a_side() -> None:
    en = (
        "The American president met his North Korean counterpart on Monday. On Tuesday, the "
        "North Korean leader held a second meeting in Singapore."
    )  # two days, two meetings: neither makes Singapore a side
    assert _meetings(en, "en") == [("", ["KP", "US"]), ("Singapore", ["KP", "US"])]
    nl = (
        "De Amerikaanse president ontmoette maandag de Noord-Koreaanse leider. Dinsdag had de "
        "Noord-Koreaanse leider een tweede ontmoeting in Singapore."
    )
    assert _meetings(nl, "nl") == [("", ["KP", "US"]), ("Singapore", ["KP", "US"])]


def test_a_visit_to_a_capital_makes_its_state_a_side() -> None:
    en = "The North Korean leader arrived in Singapore on Tuesday for a state visit."
    assert _meetings(en, "en") == [("Singapore", ["KP", "SG"])]
