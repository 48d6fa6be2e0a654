"""A state's name that is also a given name, used as a person's first name ('Chad Wolf',
'Maurice Schumann'), is no mention of the state; where it is a place or the state, it still is."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _parties(language: str, text: str, url: str | None = None) -> list[list[str]]:
    facts = extract_article(text, language=language, published="2020-01-10", url=url).facts
    return [sorted(m.parties) for m in facts.meetings]


@pytest.mark.parametrize(
    ("language", "text", "url", "parties"),
    [
        ("en", "Chad Wolf met Mexican officials in Mexico City.", "https://www.example.us/1",
         [["MX", "US"]]),
        ("en", "Jordan Bardella met Italian officials in Rome.", "https://www.example.fr/1",
         [["FR", "IT"]]),
        ("fr", "Maurice Schumann a rencontré Andreï Gromyko à Moscou.", "https://www.example.fr/1",
         [["FR", "RU"]]),
        ("fr", "De Gaulle est arrivé à Moscou avec Maurice Couve de Murville, le ministre.",
         "https://www.example.fr/1", [["FR", "RU"]]),
    ],
)  # fmt: skip
def test_a_country_name_before_a_surname_is_a_first_name(
    language: str, text: str, url: str, parties: list[list[str]]
) -> None:
    """'Chad', 'Jordan', 'Maurice' name no state: the meeting's other side is the outlet's."""
    assert _parties(language, text, url) == parties


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        ("en", "The minister met officials of Chad in Mexico City.", [["MX", "TD"]]),
        ("en", "Jordan hosted talks with Israel in Amman on Monday.", [["IL", "JO"]]),
        # German capitalises every noun: 'Israel Experten' is the state and its experts.
        ("de", "In Warschau hat Israel Experten zu Gesprächen mit Polen entsandt.",
         [["IL", "PL"]]),
    ],
)  # fmt: skip
def test_a_country_name_that_names_the_state_stays(
    language: str, text: str, parties: list[list[str]]
) -> None:
    assert _parties(language, text) == parties
