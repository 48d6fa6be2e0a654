"""The model's choice of a state, named in no sentence telling its side's meeting, gives way to a
titled pair of that state named there as the meeting's subject; not when the choice is named
there too, when the rival is weak or untitled, nor between two readings of one person."""

from __future__ import annotations

from ingest.extract.leaders.away import met_over_away
from ingest.extract.leaders.model import Candidate
from ingest.models import Evidence, Meeting, Person

PARTY_THRESHOLD = 0.40
# The meeting is told in the sentence at 100-200; another event at 0-90.
MEETING = Meeting(
    id="meeting:0", kind="talks", parties=["CN", "US"],
    evidence=[Evidence(sentence="...", start=100, end=200, rule="m", confidence=1.0)],
)  # fmt: skip
AT_MEETING, AWAY = 120, 10


def _pair(name: str, score: float, at: int, role: str | None = "minister", **f: float) -> Candidate:
    ev = Evidence(sentence="...", start=at, end=at + 30, rule="p", confidence=1.0)
    pid = f"person:{name.lower().replace(' ', '-')}"
    person = Person(id=pid, name=name, role=role, evidence=[ev])
    return Candidate(person, "CN", {"main_party": 1.0, **f}, score)


def _swap(chosen: Candidate, *rivals: Candidate) -> str:
    out = met_over_away([chosen], [chosen, *rivals], [MEETING], PARTY_THRESHOLD)
    return out[0].person.name


def test_the_subject_of_the_meeting_heads_over_a_head_named_away() -> None:
    xi = _pair("Xi Jinping", 0.72, AWAY, "president")
    qin = _pair("Qin Gang", 0.16, AT_MEETING, subject_near=1.0)
    assert _swap(xi, qin) == "Qin Gang"


def test_a_choice_named_at_the_meeting_stays() -> None:
    xi = _pair("Xi Jinping", 0.72, AT_MEETING + 40, "president")
    qin = _pair("Qin Gang", 0.16, AT_MEETING, subject_near=1.0)
    assert _swap(xi, qin) == "Xi Jinping"


def test_a_weak_untitled_or_unplaced_rival_leaves_the_choice() -> None:
    xi = _pair("Xi Jinping", 0.72, AWAY, "president")
    weak = _pair("Qin Gang", 0.05, AT_MEETING, subject_near=1.0)
    untitled = _pair("Nachmittag", 0.3, AT_MEETING, None, subject_near=1.0)
    not_subject = _pair("Wang Yi", 0.3, AT_MEETING)
    assert _swap(xi, weak, untitled, not_subject) == "Xi Jinping"


def test_two_readings_of_one_person_are_no_rivals() -> None:
    short = _pair("Qin", 0.5, AWAY)
    full = _pair("Qin Gang", 0.3, AT_MEETING, subject_near=1.0)
    assert _swap(short, full) == "Qin"


def test_a_met_counterpart_heads_his_side_over_the_model_choice() -> None:
    head = _pair("Hailemariam Desalegn", 0.97, AT_MEETING + 40, "prime minister")
    counterpart = _pair(
        "Tedros Adhanom", 0.94, AT_MEETING, "counterpart", in_meeting=1.0, trigger=1.0, subject=1.0
    )
    assert _swap(head, counterpart) == "Tedros Adhanom"
    after_with = _pair(
        "Tedros Adhanom",
        0.5,
        AT_MEETING,
        "counterpart",
        in_meeting=1.0,
        trigger=1.0,
        after_with=1.0,
    )
    assert _swap(head, after_with) == "Tedros Adhanom"


def test_a_counterpart_not_met_weak_or_beside_a_chosen_counterpart_leaves_the_choice() -> None:
    head = _pair("Hailemariam Desalegn", 0.97, AT_MEETING + 40, "prime minister")
    told = {"in_meeting": 1.0, "trigger": 1.0}
    described = _pair("Tedros Adhanom", 0.9, AT_MEETING, "counterpart", **told)
    weak = _pair("Tedros Adhanom", 0.3, AT_MEETING, "counterpart", subject=1.0, **told)
    untold = _pair("Tedros Adhanom", 0.9, AT_MEETING, "counterpart", subject=1.0)
    for rival in (described, weak, untold):
        assert _swap(head, rival) == "Hailemariam Desalegn"
    chosen = _pair("Wang Yi", 0.9, AT_MEETING, "counterpart", subject=1.0, **told)
    other = _pair("Qin Gang", 0.95, AT_MEETING, "counterpart", subject=1.0, **told)
    assert _swap(chosen, other) == "Wang Yi"
