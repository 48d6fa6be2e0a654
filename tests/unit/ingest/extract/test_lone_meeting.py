"""An article whose only meeting names one side: the other is the head of another side."""

from __future__ import annotations

from ingest.extract.article import _lone_meeting, article_context
from ingest.extract.context import ArticleContext
from ingest.models import Delegation, Meeting
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

_TEXT = (
    "NEW DELHI, May 4 - The prime minister has begun talks with his Chinese counterpart. "
    "The talks are about the border."
)


def _art() -> ArticleContext:
    return article_context(split_sentences(normalise(_TEXT, language="en"), language="en"))


def _delegation(country: str) -> Delegation:
    return Delegation(id=f"delegation:{country}", country=country, leader=f"person:{country}")


def test_the_one_other_state_leading_a_side_is_the_other_party() -> None:
    lone = Meeting(id="meeting:0", kind="talks", parties=["CN"])
    delegations = [_delegation("IN"), _delegation("CN")]
    found = _lone_meeting(lone, delegations, _art())
    assert [(m.city, m.parties) for m in found] == [("New Delhi", ["CN", "IN"])]
    assert {d.meeting for d in delegations} == {"meeting:0"}


def test_no_meeting_when_the_other_side_is_unclear() -> None:
    lone = Meeting(id="meeting:0", kind="talks", parties=["CN"])
    assert _lone_meeting(lone, [_delegation("IN"), _delegation("PK")], _art()) == []
    assert _lone_meeting(lone, [], _art()) == []
