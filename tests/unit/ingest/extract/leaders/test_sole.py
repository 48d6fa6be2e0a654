"""The one minister of an unled side of the main meeting heads it, on half the party threshold,
when the other side is led or he is a deputy; a head of state or government, a minister beside
another principal of his state, a side of no main meeting or a weak pair leads nothing. One named
without a title whom the officeholder file knows for the state heads it too, on the same share,
when he is named where the meeting is told; at a summons only a known foreign minister does."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.sole import sole_ministers
from ingest.models import Delegation, Meeting, Person

PARTY_THRESHOLD = 0.40


def _pair(name: str, state: str, role: str, score: float, *, main: bool = True) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=f"Ana {name}", role=role, country=state)
    features = {"own": 1.0, "full_name": 1.0, "main_party": float(main)}
    if role.split()[0] in {"deputy", "vice"}:
        features["role:subordinate"] = 1.0
    return Candidate(person=person, country=state, features=features, score=score)


def _meeting(parties: list[str], status: str = "held") -> Meeting:
    return Meeting(id="meeting:1", kind="talks", parties=parties, status=status)  # type: ignore[arg-type]


def _led(state: str, leader: str = "person:zene") -> Delegation:
    return Delegation(id=f"delegation:{state}", country=state, leader=leader)


def _heads(cands: list[Candidate], parties: list[str], led: list[Delegation]) -> set[str]:
    chosen = sole_ministers(cands, [_meeting(parties)], led, PARTY_THRESHOLD)
    return {c.person.name for c in chosen}


def test_the_only_minister_of_the_side_facing_a_led_one_heads_it() -> None:
    cands = [_pair("Mbella", "CM", "foreign minister", 0.25)]
    assert _heads(cands, ["CM", "TD"], [_led("TD")]) == {"Ana Mbella"}


def test_a_deputy_minister_heads_his_side_though_the_other_is_unled() -> None:
    cands = [_pair("Dung", "VN", "deputy foreign minister", 0.3)]
    assert _heads(cands, ["MN", "VN"], []) == {"Ana Dung"}


def test_a_minister_facing_no_led_side_leads_nothing() -> None:
    assert _heads([_pair("Mbella", "CM", "foreign minister", 0.3)], ["CM", "TD"], []) == set()


def test_a_pair_under_half_the_party_threshold_leads_nothing() -> None:
    cands = [_pair("Mbella", "CM", "foreign minister", 0.19)]
    assert _heads(cands, ["CM", "TD"], [_led("TD")]) == set()


def test_a_head_of_state_or_government_is_left_to_the_model() -> None:
    for role in ("president", "prime minister", "vice president"):
        cands = [_pair("Orban", "HU", role, 0.3)]
        assert _heads(cands, ["HU", "VN"], [_led("VN")]) == set()


def test_a_minister_beside_another_principal_of_his_state_leads_nothing() -> None:
    cands = [_pair("Mbella", "CM", "foreign minister", 0.3), _pair("Biya", "CM", "minister", 0.1)]
    assert _heads(cands, ["CM", "TD"], [_led("TD")]) == set()


def test_a_side_led_already_or_of_no_main_meeting_gets_no_one() -> None:
    cands = [_pair("Mbella", "CM", "foreign minister", 0.3)]
    assert _heads(cands, ["CM", "TD"], [_led("TD"), _led("CM", "person:x")]) == set()
    cands = [_pair("Mbella", "CM", "foreign minister", 0.3, main=False)]
    assert _heads(cands, ["CM", "TD"], [_led("TD")]) == set()


def _untitled(
    name: str, state: str, score: float, *, known: bool = True, told: bool = True
) -> Candidate:
    """A pair of one named without a title ('Reynders a convoqué ...'), known or not by the
    officeholder file for the pair's state, named where the meeting is told or only beside it;
    no state stated in the text."""
    person = Person(id=f"person:{name.lower()}", name=name, role=None, country=None)
    features = {"full_name": 1.0, "main_party": 1.0, "known": float(known)}
    features["in_meeting"] = float(told)
    return Candidate(person=person, country=state, features=features, score=score)


def test_an_untitled_officeholder_the_file_knows_heads_his_unled_side() -> None:
    cands = [_untitled("Didier Reynders", "BE", 0.28)]
    assert _heads(cands, ["BE", "RW"], []) == {"Didier Reynders"}


def test_an_untitled_person_the_file_does_not_know_leads_nothing() -> None:
    assert _heads([_untitled("Jan Peeters", "BE", 0.3, known=False)], ["BE", "RW"], []) == set()


def test_an_untitled_officeholder_weakly_scored_or_beside_a_stronger_pair_waits() -> None:
    assert _heads([_untitled("Didier Reynders", "BE", 0.15)], ["BE", "RW"], []) == set()
    cands = [_untitled("Didier Reynders", "BE", 0.25), _pair("Peeters", "BE", "ambassador", 0.3)]
    assert _heads(cands, ["BE", "RW"], []) == set()


def test_an_untitled_officeholder_of_a_called_off_meeting_leads_nothing() -> None:
    chosen = sole_ministers(
        [_untitled("Didier Reynders", "BE", 0.3)], [_meeting(["BE", "RW"], "cancelled")], [], 0.4
    )
    assert chosen == []


def test_an_untitled_officeholder_named_only_beside_the_meeting_leads_nothing() -> None:
    cands = [_untitled("Joseph Kabila", "CD", 0.3, told=False)]
    assert _heads(cands, ["BE", "CD"], []) == set()


def _summons_heads(name: str, state: str) -> set[str]:
    summons = Meeting(id="meeting:1", kind="meeting", summons=True, parties=[state, "HU"])
    chosen = sole_ministers([_untitled(name, state, 0.3)], [summons], [], 0.4, frozenset({2014}))
    return {c.person.name for c in chosen}


def test_at_a_summons_a_known_foreign_minister_heads_his_side_a_known_head_does_not() -> None:
    assert _summons_heads("Didier Reynders", "BE") == {"Didier Reynders"}
    assert _summons_heads("Ponta", "RO") == set()
