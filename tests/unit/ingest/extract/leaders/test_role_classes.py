"""The role classes the leader model reads (`roles.json`): a counterpart is a class of its own,
neither a diplomat nor a principal: it holds whatever office the one it is matched to holds."""

from __future__ import annotations

import pytest

from ingest.extract.leaders.features import _role_class
from ingest.extract.leaders.kinds import mark_kinds
from ingest.extract.leaders.model import Candidate
from ingest.models import Meeting, Person


@pytest.mark.parametrize(
    ("role", "feature"),
    [("counterpart", "role:counterpart"), ("ambassador", "role:diplomat"),
     ("foreign minister", "role:principal"), ("spokesperson", "role:staff")],
)  # fmt: skip
def test_each_role_has_its_class(role: str, feature: str) -> None:
    assert set(_role_class(role)) == {feature}


def test_the_counterpart_class_is_crossed_with_the_kind_of_the_main_meeting() -> None:
    cand = Candidate(
        Person(id="person:x", name="Luis Vega"), "PE", dict(_role_class("counterpart"))
    )
    mark_kinds([cand], [Meeting(id="m0", kind="visit", parties=["CL", "PE"])])
    assert cand.features.get("x_visit_counterpart") == 1.0
    assert "x_visit_diplomat" not in cand.features
