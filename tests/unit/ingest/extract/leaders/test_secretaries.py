"""The diplomat-class official of an unled side of a two-party meeting heads it when the sentence
that tells the meeting names him beside the other side's head; an envoy posted abroad, an official
of another stated state, one named apart from the other head, or a side of a meeting of three
leads nothing."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.secretaries import secretary_sides
from ingest.models import Delegation, Evidence, Meeting, Person

MET = "Ambassador Lwin Oo met Delwar Hossain, director general of the foreign ministry, in Dhaka."
APART = "Delwar Hossain, director general of the foreign ministry, spoke to reporters on Sunday."


def _official(role: str, sentence: str = MET, state: str | None = None) -> Candidate:
    evidence = Evidence(sentence=sentence, start=0, end=len(sentence), rule="test", confidence=1.0)
    person = Person(
        id="person:hossain", name="Delwar Hossain", role=role, country=state, evidence=[evidence]
    )
    features = {"inferred": 1.0, "role:diplomat": 1.0}
    return Candidate(person=person, country="BD", features=features, score=0.03)


def _heads(cand: Candidate, parties: list[str]) -> set[str]:
    envoy = Person(id="person:oo", name="Lwin Oo", role="ambassador", country="MM")
    meeting = Meeting(id="meeting:1", kind="summons", parties=parties, status="held")  # type: ignore[arg-type]
    led = [Delegation(id="delegation:MM", country="MM", leader="person:oo")]
    chosen = secretary_sides([cand], [meeting], (led, []), [envoy], "en")
    return {c.person.name for c in chosen}


def test_the_director_general_met_by_the_other_sides_head_heads_his_side() -> None:
    assert _heads(_official("director general"), ["BD", "MM"]) == {"Delwar Hossain"}


def test_an_envoy_posted_abroad_leads_nothing() -> None:
    assert _heads(_official("ambassador"), ["BD", "MM"]) == set()


def test_an_official_the_text_gives_another_state_leads_nothing() -> None:
    assert _heads(_official("director general", state="IN"), ["BD", "MM"]) == set()


def test_an_official_named_apart_from_the_other_head_leads_nothing() -> None:
    assert _heads(_official("director general", sentence=APART), ["BD", "MM"]) == set()


def test_a_side_of_a_meeting_of_three_is_left_alone() -> None:
    assert _heads(_official("director general"), ["BD", "MM", "TH"]) == set()


def test_a_short_surname_inside_another_word_names_no_head() -> None:
    inside = "Delwar Hossain, director general of the ministry, met envoys from Libya in Dhaka."
    envoy = Person(id="person:li", name="Li", role="ambassador", country="MM")
    meeting = Meeting(id="meeting:1", kind="summons", parties=["BD", "MM"], status="held")  # type: ignore[arg-type]
    led = [Delegation(id="delegation:MM", country="MM", leader="person:li")]
    cand = _official("director general", sentence=inside)
    assert secretary_sides([cand], [meeting], (led, []), [envoy], "en") == []
