"""A call, meeting or visit told without a place and with three states or more has collected the
states its sentences mention: its sides are the two the article names most, when they stand
clear of the rest. Talks, negotiations and summits keep their lists; so does a meeting placed
somewhere, and one whose second and third states are named as often."""

from __future__ import annotations

from collections import Counter

import pytest

from ingest.extract.meetings.placeless import two_most_named
from ingest.extract.pipeline import extract_article
from ingest.models import Meeting


def _cut(
    kind: str, parties: list[str], counts: dict[str, int], city: str | None = None
) -> list[str]:
    meeting = Meeting(id="meeting:0", kind=kind, parties=parties, city=city)
    two_most_named([meeting], Counter(counts))
    return meeting.parties


@pytest.mark.parametrize("kind", ["meeting", "call", "visit"])
def test_the_two_states_named_most_are_the_sides(kind: str) -> None:
    counts = {"DE": 6, "VN": 5, "FR": 1, "GB": 1}
    assert _cut(kind, ["DE", "FR", "GB", "VN"], counts) == ["DE", "VN"]


@pytest.mark.parametrize("kind", ["talks", "negotiations", "summit"])
def test_gatherings_keep_their_states(kind: str) -> None:
    counts = {"ID": 5, "NL": 4, "US": 1}
    assert _cut(kind, ["ID", "NL", "US"], counts) == ["ID", "NL", "US"]


def test_a_meeting_with_a_place_keeps_its_states() -> None:
    counts = {"BE": 3, "LU": 2, "NL": 1}
    assert _cut("meeting", ["BE", "LU", "NL"], counts, "Brussels") == ["BE", "LU", "NL"]


def test_no_clear_pair_keeps_the_states() -> None:
    counts = {"CO": 4, "EC": 2, "US": 2}
    assert _cut("meeting", ["CO", "EC", "US"], counts) == ["CO", "EC", "US"]


def test_two_states_stay_as_they_are() -> None:
    assert _cut("call", ["FR", "RW"], {"FR": 1, "RW": 1}) == ["FR", "RW"]


def test_in_an_article() -> None:
    text = (
        "Staatssekretär Andreas Michaelis empfing am 12.9. den vietnamesischen Minister Hoang "
        "Binh Quan zu einem Gespräch. Deutschland und Vietnam gehören beide dem Sicherheitsrat "
        "an. Wichtiges Thema bei der ersten Begegnung von Herrn Michaelis und Herrn Quan war "
        "auch die Lage im Südchinesischen Meer, zu der sich Deutschland zusammen mit Frankreich "
        "und Großbritannien geäußert hat. Vietnam begrüßte die Erklärung."
    )
    facts = extract_article(text, language="de", published="2019-09-13").facts
    assert [(m.city, m.parties) for m in facts.meetings] == [(None, ["DE", "VN"])]
