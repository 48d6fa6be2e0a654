"""An article whose only meeting names one side: the other is the head of another side."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("lang", "url", "text", "parties"),
    [
        ("nl", "https://www.example.nl/buitenland/1",
         "De handelsdelegatie brengt deze week een bezoek aan China. De Verenigde Staten hopen op "
         "lagere invoerheffingen. Volgens de Verenigde Staten is de tijd rijp.", ["CN", "US"]),
        ("en", "https://www.example.co.uk/world/1",
         "The trade delegation begins a visit to China this week. The United States hopes for "
         "lower tariffs. According to the United States, the time is right.", ["CN", "US"]),
        ("de", "https://www.example.at/welt/1",
         "Die Wirtschaftsdelegation beginnt am Montag einen Besuch in Indien. Japan will den "
         "Handel ausbauen. Für Japan ist Indien ein wichtiger Partner.", ["IN", "JP"]),
        ("fr", "https://www.exemple.fr/monde/1",
         "La délégation commerciale entame cette semaine une visite en Chine. Les États-Unis "
         "espèrent des droits de douane plus bas. Selon les États-Unis, le moment est venu.",
         ["CN", "US"]),
    ],
)  # fmt: skip
def test_a_lone_visit_takes_the_state_named_most_not_an_outlets_state_never_named(
    lang: str, url: str, text: str, parties: list[str]
) -> None:
    """The visitor the text names most, by a clear margin, goes before the outlet's state that
    the text never names: the domain alone does not make the article's protagonist."""
    assert _parties(text, lang, url) == [("visit", parties)]
