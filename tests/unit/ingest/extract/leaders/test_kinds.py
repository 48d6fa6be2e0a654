"""The role class of a pair crossed with the kind of the article's main meeting: a minister at a
summons is told apart from a minister on a call."""

from __future__ import annotations

import pytest

from ingest.extract.leaders.kinds import main_kind, mark_kinds
from ingest.extract.leaders.model import Candidate
from ingest.models import Meeting, Person
from tests.unit.ingest.extract.leaders.candidates import candidates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Chili a convoqué l'ambassadeur péruvien à Santiago lundi pour protester contre "
         "les propos du ministre péruvien des Affaires étrangères, Luis Vega."),
        ("de", "Chile hat am Montag in Santiago den peruanischen Botschafter einbestellt, nach "
         "Äußerungen des peruanischen Außenministers Luis Vega."),
    ],
)  # fmt: skip
def test_a_minister_at_a_summons_is_marked_with_the_kind(lang: str, text: str) -> None:
    vega = [c for c in candidates(lang, text) if c.person.name == "Luis Vega"]
    marks = {k for c in vega for k, v in c.features.items() if k.endswith("_principal") and v}
    assert "x_summons_principal" in marks
    assert "x_call_principal" not in marks


def _meeting(kind: str, summons: bool = False) -> Meeting:
    return Meeting(id="m", kind=kind, summons=summons, parties=["CL", "PE"])


@pytest.mark.parametrize(
    ("meetings", "kind"),
    [([_meeting("negotiations")], "talks"), ([_meeting("summit")], "meeting"),
     ([_meeting("meeting", summons=True)], "summons"),
     ([_meeting("call"), _meeting("visit")], "call"), ([], None)],
)  # fmt: skip
def test_the_main_meeting_gives_the_kind(meetings: list[Meeting], kind: str | None) -> None:
    assert main_kind(meetings) == kind


@pytest.mark.parametrize(
    ("role_class", "marked"),
    [("role:none", "x_call_none"), ("role:outsider", "x_call_outsider"),
     ("role:subordinate", "x_call_subordinate"), ("role:other", None)],
)  # fmt: skip
def test_each_class_that_may_lead_gets_its_kind(role_class: str, marked: str | None) -> None:
    cand = Candidate(Person(id="p", name="Luis Vega"), "CL", {role_class: 1.0})
    mark_kinds([cand], [_meeting("call")])
    assert {k for k in cand.features if k.startswith("x_")} == ({marked} if marked else set())


def test_a_speaker_gets_the_kind() -> None:
    cand = Candidate(Person(id="p", name="Luis Vega"), "CL", {"speaker": 1.0, "subject": 0.0})
    mark_kinds([cand], [_meeting("negotiations")])
    assert {k for k in cand.features if k.startswith("x_")} == {"x_talks_speaker"}
