"""A titled person's state, left implicit by the text, is inferred before the leader model
decides and given to it as a feature of the (person, state) pair: the side left over at a meeting
of two states, and the outlet's own state for a home office named without a nationality."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_states, candidates


def _implied(lang: str, text: str, url: str | None = None) -> dict[str, str]:
    """Per person: the state the text implies for them, as the model is told."""
    return {c.person.name: c.country for c in candidates(lang, text, url) if c.features["implied"]}


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Haitian Prime Minister Pierre Louis arrived in Nairobi on Monday for a state visit to "
         "Kenya. President John Kamau held talks with Louis at State House.", "John Kamau", "KE"),
        ("Portuguese President Jorge Costa arrived in New Delhi on a state visit to India. Prime "
         "Minister Ravi Kumar held talks with Costa on Friday.", "Ravi Kumar", "IN"),
    ],
)  # fmt: skip
def test_a_principal_at_a_meeting_of_two_states_stands_for_the_side_left_over(
    text: str, name: str, state: str
) -> None:
    assert _implied("en", text)[name] == state


def test_a_meeting_held_in_a_third_state_leaves_the_side_open() -> None:
    found = _implied(
        "en", "Haitian Prime Minister Pierre Louis arrived in Geneva on Monday for talks with "
        "Kenya. President John Kamau held talks with Louis.",
    )  # fmt: skip
    assert "John Kamau" not in found


def test_the_side_left_over_is_not_a_foreign_one_when_the_outlets_state_takes_part() -> None:
    text = (
        "The German ambassador Max Weber was received in Tehran on Monday. President Reza "
        "Karimi held talks with Weber."
    )
    assert _implied("en", text)["Reza Karimi"] == "IR"
    assert "Reza Karimi" not in _implied("en", text, "https://www.dw.de/x")


@pytest.mark.parametrize(
    ("lang", "text", "url", "name", "state"),
    [
        ("nl", "Premier Jan Jansen sprak dinsdag met de Belgische premier Piet Peeters over de "
         "grens.", "https://nos.nl/x", "Jan Jansen", "NL"),
        ("de", "Der iranische Außenminister Ali Rezaei kam am Montag zu Gesprächen nach Berlin. "
         "Außenministerin Anna Berg empfing Rezaei.", "https://www.tagesschau.de/x", "Anna Berg",
         "DE"),
    ],
)  # fmt: skip
def test_a_home_office_without_a_nationality_is_the_outlets_states(
    lang: str, text: str, url: str, name: str, state: str
) -> None:
    assert _implied(lang, text, url)[name] == state
    assert name not in _implied(lang, text)  # no outlet, no home


def test_a_president_is_no_home_office() -> None:
    found = _implied(
        "nl", "President Jan Jansen ontving dinsdag de Belgische premier Piet Peeters in Den "
        "Haag.", "https://nos.nl/x",
    )  # fmt: skip
    assert "Jan Jansen" not in found


def test_a_home_office_held_by_a_stated_home_holder_is_no_other_holders_clue() -> None:
    found = _implied(
        "nl", "De Nederlandse premier Jan Jansen sprak met de Belgische premier Piet Peeters. "
        "Premier Karel Smit was er niet bij.", "https://nos.nl/x",
    )  # fmt: skip
    assert "Karel Smit" not in found


def test_an_envoy_at_a_meeting_abroad_of_the_outlets_state_is_its_own() -> None:
    # the description is of another office ('zaakgelastigde'), so it says nothing of his state
    text = (
        "De Nederlandse zaakgelastigde in Peru is op het matje geroepen. Ambassadeur Jan Jansen "
        "moest zich dinsdag melden op het ministerie in Lima."
    )
    assert candidate_states("nl", text, "https://nos.nl/x")["Jan Jansen"] == "NL"
    assert candidate_states("nl", text)["Jan Jansen"] is None  # no outlet, no home
    # a description of his own office names his state, outlet or not
    described = text.replace("zaakgelastigde", "ambassadeur")
    assert candidate_states("nl", described)["Jan Jansen"] == "NL"
