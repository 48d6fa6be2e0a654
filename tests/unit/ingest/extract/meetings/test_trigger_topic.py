"""The topic of a meeting ('talks on trade') starts after the meeting word: the 'on' of
'called on' opens none, so the place after the one called on places the meeting."""

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
    found = _meetings("The Egyptian minister held talks in Cairo on the situation in Gaza.")
    assert found == [("Cairo", ["EG"])]
