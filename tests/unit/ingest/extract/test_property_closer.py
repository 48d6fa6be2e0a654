"""A state that opens, closes or reopens a building whose owner the text leaves out, standing in
another state, acts on its own; a state acting on a building in its own land owns nothing.
Opening tells the owner and restricts nothing."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _properties(language: str, text: str) -> list[tuple[str | None, str | None, str | None]]:
    facts = extract_article(text, language=language, published="2022-02-14").facts
    return [(p.location, p.owner_country, p.restricted_by) for p in facts.properties]


@pytest.mark.parametrize(
    ("language", "text", "owner", "place"),
    [
        ("en", "Australia will close the embassy in the Ukrainian capital.", "AU", "Kyiv"),
        ("nl", "Australië gaat de ambassade in de Oekraïense hoofdstad sluiten.", "AU", "Kyiv"),
        ("de", "Australien hat angekündigt, die Botschaft in Kiew zu schließen.", "AU", "Kyiv"),
        ("fr", "Londres a rouvert l'ambassade à Téhéran.", "GB", "Tehran"),
        ("en", "Britain reopened the embassy in Tehran on Sunday.", "GB", "Tehran"),
    ],
)  # fmt: skip
def test_a_state_closing_a_building_abroad_owns_it(
    language: str, text: str, owner: str, place: str
) -> None:
    assert _properties(language, text) == [(place, owner, owner)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia closed the consulate in Saint Petersburg.",  # the host closes another's
        "The United States closed the consulate in Houston.",
        "Iran seized the embassy in Tehran.",  # seizing is done to another's building
        "Rwanda opened the conference centre next to the embassy in Kigali.",
    ],
)
def test_a_state_acting_in_its_own_land_owns_nothing(text: str) -> None:
    assert [owner for _, owner, _ in _properties("en", text)] == [None]


@pytest.mark.parametrize(
    ("language", "text", "owner", "place"),
    [
        ("en", "India opened an embassy in Kigali on Monday.", "IN", "Kigali"),
        ("en", "Japan inaugurated the embassy in Kigali.", "JP", "Kigali"),
        ("fr", "Le Gabon a ouvert une antenne consulaire à Dakar.", "GA", "Dakar"),
        ("de", "Deutschland eröffnet ein Generalkonsulat in Lagos.", "DE", "Lagos"),
        ("nl", "Nederland opent een ambassade in Kigali.", "NL", "Kigali"),
    ],
)  # fmt: skip
def test_a_state_opening_a_building_abroad_owns_it_and_restricts_nothing(
    language: str, text: str, owner: str, place: str
) -> None:
    assert _properties(language, text) == [(place, owner, None)]


def test_an_action_that_restricts_outweighs_an_opening_word() -> None:
    text = "Despite the open hostility, Russia closed the US consulate in Yekaterinburg."
    assert _properties("en", text) == [("Yekaterinburg", "US", "RU")]
