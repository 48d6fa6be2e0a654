"""A side a meeting gains once the meetings are settled takes its best scored pair when it clears
the model's threshold for a state beside the meeting, its person is named with another where a
meeting word is, and every other side of that meeting is led or gained too; a side the model saw
and left unled keeps its other sides from a head found now."""

from __future__ import annotations

from ingest.extract.leaders.late import gained_heads, gained_states, known_gained_heads
from ingest.extract.leaders.model import Candidate, LeaderModel
from ingest.models import Delegation, Meeting, Person

THRESHOLD = 0.48


def _pair(name: str, state: str, score: float, *, paired: bool = True) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=f"Ana {name}", role="president")
    features = {"main_party": 1.0, "paired": float(paired)}
    return Candidate(person=person, country=state, features=features, score=score)


def _meeting(parties: list[str]) -> Meeting:
    return Meeting(id="meeting:1", kind="visit", parties=parties)


def _led(state: str, leader: str = "person:rutte") -> Delegation:
    return Delegation(id=f"delegation:{state}", country=state, leader=leader)


def _heads(pairs: list[Candidate], parties: list[str], led: list[Delegation]) -> set[str]:
    meetings = [_meeting(parties)]
    gained = gained_states(meetings, led, ["NL"])
    return {c.person.name for c in gained_heads(pairs, meetings, led, gained, THRESHOLD)}


def test_the_host_a_visit_gains_takes_its_paired_head() -> None:
    pairs = [_pair("Xi", "CN", 0.76), _pair("Li", "CN", 0.14)]
    assert _heads(pairs, ["CN", "NL"], [_led("NL")]) == {"Ana Xi"}


def test_a_pair_under_the_threshold_for_a_state_beside_the_meeting_heads_nothing() -> None:
    assert _heads([_pair("Ho", "VN", 0.44)], ["NL", "VN"], [_led("NL")]) == set()


def test_a_person_named_with_no_one_where_a_meeting_word_is_heads_nothing() -> None:
    assert _heads([_pair("Xi", "CN", 0.76, paired=False)], ["CN", "NL"], [_led("NL")]) == set()


def test_a_reported_side_left_unled_keeps_a_gained_side_unled() -> None:
    assert _heads([_pair("Xi", "CN", 0.76)], ["CN", "NL"], []) == set()


def test_two_gained_sides_of_a_call_take_their_heads() -> None:
    pairs = [_pair("Macron", "FR", 0.59), _pair("Poutine", "RU", 0.59)]
    meetings = [_meeting(["FR", "RU"])]
    gained = gained_states(meetings, [], [])
    chosen = gained_heads(pairs, meetings, [], gained, THRESHOLD)
    assert {c.country for c in chosen} == {"FR", "RU"}


def test_a_side_already_led_or_reported_is_not_gained() -> None:
    meetings = [_meeting(["CN", "NL", "BE"])]
    assert gained_states(meetings, [_led("BE", "person:filip")], ["NL"]) == {"CN"}


def _known(name: str, state: str, score: float, *, role: str | None = None) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=name, role=role)
    features = {"known": 1.0, "trigger": 1.0}
    return Candidate(person=person, country=state, features=features, score=score)


def _known_heads(pairs: list[Candidate], led: list[Delegation]) -> set[str]:
    meetings = [_meeting(["NL", "US"])]
    gained = gained_states(meetings, led, ["NL"])
    model = LeaderModel(weights={}, bias=0.0, threshold=THRESHOLD, party_threshold=0.4)
    chosen = known_gained_heads(pairs, meetings, (led, []), gained, (model, frozenset()))
    return {c.person.name for c in chosen}


def test_a_known_untitled_officeholder_heads_a_gained_side_on_half_the_party_threshold() -> None:
    assert _known_heads([_known("Kennedy", "US", 0.24)], [_led("NL")]) == {"Kennedy"}


def test_a_titled_or_weak_pair_heads_no_gained_side_by_the_file() -> None:
    titled = _known("Kennedy", "US", 0.3, role="president")
    assert _known_heads([titled], [_led("NL")]) == set()
    assert _known_heads([_known("Kennedy", "US", 0.15)], [_led("NL")]) == set()


def test_a_gained_side_facing_an_unled_side_stays_unled() -> None:
    assert _known_heads([_known("Kennedy", "US", 0.3)], []) == set()
