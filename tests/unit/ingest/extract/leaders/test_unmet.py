"""In an article without a meeting, the best pairs of two unled states, each named with another
person where a meeting word is, lead their sides on two fifths of the party threshold; one such
pair alone, a pair named with no one, a weak pair, a person best for two states or an article
with a meeting leaves the choice to the model."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.unmet import paired_sides
from ingest.models import Delegation, Meeting, Person

PARTY_THRESHOLD = 0.40


def _pair(name: str, state: str, score: float, *, paired: bool = True) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=name, role="president", country=state)
    features = {"own": 1.0, "paired": float(paired)}
    return Candidate(person=person, country=state, features=features, score=score)


def _sides(
    cands: list[Candidate],
    meetings: list[Meeting] | None = None,
    led: list[Delegation] | None = None,
) -> set[tuple[str, str]]:
    chosen = paired_sides(cands, meetings or [], led or [], PARTY_THRESHOLD)
    return {(c.country, c.person.name) for c in chosen}


def test_two_paired_heads_of_an_article_without_a_meeting_lead_their_sides() -> None:
    cands = [_pair("Buhari", "NG", 0.39), _pair("Embalo", "GW", 0.35), _pair("Buhari", "GW", 0.1)]
    assert _sides(cands) == {("NG", "Buhari"), ("GW", "Embalo")}


def test_one_paired_head_facing_a_led_side_is_left_to_the_model() -> None:
    led = [Delegation(id="delegation:nl", country="NL", leader="person:lubbers")]
    assert _sides([_pair("Gorbatsjov", "SU", 0.42)], led=led) == set()


def test_an_article_with_a_meeting_is_left_to_the_model() -> None:
    meeting = Meeting(id="meeting:1", kind="talks", parties=["NG"])  # type: ignore[arg-type]
    assert _sides([_pair("Buhari", "NG", 0.39), _pair("Embalo", "GW", 0.35)], [meeting]) == set()


def test_a_weak_or_unpaired_pair_leads_nothing() -> None:
    weak = [_pair("Buhari", "NG", 0.39), _pair("Embalo", "GW", 0.15)]
    assert _sides(weak) == set()
    alone = [_pair("Buhari", "NG", 0.39), _pair("Embalo", "GW", 0.35, paired=False)]
    assert _sides(alone) == set()


def test_a_person_best_for_two_states_leads_neither() -> None:
    cands = [_pair("Petro", "CO", 0.3), _pair("Petro", "VE", 0.3), _pair("Maduro", "EC", 0.3)]
    assert _sides(cands) == set()
