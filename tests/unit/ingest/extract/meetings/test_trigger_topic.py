"""The topic of a meeting ('talks on trade') starts after the meeting word: the 'on' of
'called on' opens none, so the place after the one called on places the meeting; calling on
someone is a meeting, not a phone call, and calling on a state to act is none."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language="en", published="2025-04-19").facts
    return [(m.city, sorted(m.parties)) for m in facts.meetings]


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD: Pakistan's Foreign Minister Ishaq Dar called on Afghan Prime Minister "
        "Hassan Akhund in Kabul.",
        "ISLAMABAD: Pakistan's Foreign Minister Ishaq Dar called on the acting Afghan Prime "
        "Minister Mullah Hassan Akhund on Saturday in Kabul.",
    ],
)
def test_the_place_after_the_one_called_on_places_the_meeting(text: str) -> None:
    assert _meetings(text) == [("Kabul", ["AF", "PK"])]


def test_a_place_in_the_topic_still_places_nothing() -> None:
    found = _meetings(
        "The Egyptian minister held talks in Cairo with his Jordanian counterpart on the "
        "situation in Gaza."
    )
    assert found == [("Cairo", ["EG", "JO"])]


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian minister will call on Pakistani Prime Minister Shehbaz Sharif in Islamabad.",
        "The Iranian minister calls on Pakistani Prime Minister Shehbaz Sharif in Islamabad.",
    ],
)
def test_calling_on_someone_is_a_meeting_not_a_phone_call(text: str) -> None:
    facts = extract_article(text, language="en", published="2023-05-04").facts
    assert [(m.kind, m.city, sorted(m.parties)) for m in facts.meetings] == [
        ("meeting", "Islamabad", ["IR", "PK"])
    ]


def test_calling_on_a_state_to_act_is_no_meeting() -> None:
    assert _meetings("Germany is calling on Iran to release the prisoners.") == []
