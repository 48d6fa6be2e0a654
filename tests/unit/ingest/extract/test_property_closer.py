"""A state that closes or reopens a building whose owner the text leaves out, standing in another
state, closes or reopens its own; a state acting on a building in its own land owns nothing."""

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
    ],
)
def test_a_state_acting_in_its_own_land_owns_nothing(text: str) -> None:
    assert [owner for _, owner, _ in _properties("en", text)] == [None]
