"""An article whose only meeting names one side: the other is the head of another side."""

from __future__ import annotations

from ingest.extract.article import article_context
from ingest.extract.context import ArticleContext
from ingest.extract.one_sided import lone_meeting
from ingest.extract.pipeline import extract_article
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
    found = lone_meeting(lone, delegations, _art())
    assert [(m.city, m.parties) for m in found] == [("New Delhi", ["CN", "IN"])]
    assert {d.meeting for d in delegations} == {"meeting:0"}


def test_no_meeting_when_the_other_side_is_unclear() -> None:
    lone = Meeting(id="meeting:0", kind="talks", parties=["CN"])
    assert lone_meeting(lone, [_delegation("IN"), _delegation("PK")], _art()) == []
    assert lone_meeting(lone, [], _art()) == []


def _parties(text: str, lang: str, url: str) -> list[tuple[str, list[str]]]:
    facts = extract_article(text, language=lang, published="2024-03-01", url=url).facts
    return [(m.kind, m.parties) for m in facts.meetings]


_SOEDER = (
    "Ministerpräsident Söder reist von Samstag bis Mittwoch in die Republik Indien. "
    "Der Besuch soll ein Signal der Kooperation setzen."
)


def test_a_lone_visit_abroad_is_the_outlets_states_visit() -> None:
    """The outlet's state need not be named: a visitor with no stated state is its own."""
    assert _parties(_SOEDER, "de", "https://www.example.de/soeder") == [("visit", ["DE", "IN"])]


def test_lone_talks_still_need_the_outlets_state_named() -> None:
    text = "Der Minister hat Gespräche mit der indischen Regierung begonnen."
    assert _parties(text, "de", "https://www.example.de/gespraeche") == []
    assert _parties(_SOEDER, "de", "https://www.example.com/soeder") == []
