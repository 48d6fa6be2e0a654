"""The side facing a led side: a meeting of two states, one of them led, surely has the other side
too, so that state's best pair needs only the party threshold; a meeting that names one state and
is held in another's city has the city's state as its other side."""

from __future__ import annotations

import pytest

from ingest.extract.leaders.facing import facing_sides
from ingest.extract.leaders.model import Candidate
from ingest.models import Meeting, Person

PARTY_THRESHOLD = 0.40


def _pair(name: str, state: str, score: float) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=name, role="prime minister")
    return Candidate(person=person, country=state, score=score)


def _meeting(parties: list[str], city: str | None = None, status: str = "held") -> Meeting:
    return Meeting(id="meeting:1", kind="talks", parties=parties, city=city, status=status)  # type: ignore[arg-type]


def _facing(
    cands: list[Candidate], meeting: Meeting, taken: set[str], lang: str = "en"
) -> set[str]:
    chosen = facing_sides(cands, [meeting], set(taken), set(), PARTY_THRESHOLD, lang)
    return {c.person.name for c in chosen}


def test_the_best_pair_of_the_state_facing_a_led_side_leads_it() -> None:
    cands = [_pair("Kojan", "SU", 0.45), _pair("Mikojan", "SU", 0.41), _pair("Heuss", "EG", 0.9)]
    assert _facing(cands, _meeting(["DE", "SU"]), {"DE"}) == {"Kojan"}


def test_a_pair_under_the_party_threshold_leads_nothing() -> None:
    assert _facing([_pair("Kojan", "SU", 0.39)], _meeting(["DE", "SU"]), {"DE"}) == set()


@pytest.mark.parametrize(
    ("parties", "taken", "status"),
    [
        (["DE", "SU"], set(), "held"),  # neither side led: nothing faces a led side
        (["DE", "SU"], {"DE"}, "cancelled"),  # a called-off meeting has no sides
        (["DE", "GB", "SU"], {"DE"}, "held"),  # three states: which one faces whom is open
    ],
)
def test_no_facing_side(parties: list[str], taken: set[str], status: str) -> None:
    assert _facing([_pair("Kojan", "SU", 0.45)], _meeting(parties, status=status), taken) == set()


@pytest.mark.parametrize("lang", ["en", "nl", "de", "fr"])
def test_the_city_state_is_the_other_side_of_a_meeting_naming_one_state(lang: str) -> None:
    meeting = _meeting(["SU"], city="Bonn")
    assert _facing([_pair("Kojan", "SU", 0.45)], meeting, {"DE"}, lang) == {"Kojan"}


def test_a_person_leads_one_side_and_a_state_gets_one_leader() -> None:
    cands = [_pair("Kojan", "SU", 0.45)]
    meetings = [_meeting(["DE", "SU"]), _meeting(["GB", "SU"])]
    chosen = facing_sides(cands, meetings, {"DE", "GB"}, set(), PARTY_THRESHOLD, "en")
    assert [c.country for c in chosen] == ["SU"]
