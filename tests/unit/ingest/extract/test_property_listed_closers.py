"""States listed right before the word that opens or closes a building whose owner the text
leaves out each open or close one of their own ('Denemarken en Noorwegen sluiten ambassade');
not a state that hosts it, nor a list too far before the word to be its subject."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _properties(language: str, text: str) -> list[tuple[str | None, str | None, str | None]]:
    facts = extract_article(text, language=language, published="2021-08-14").facts
    return sorted((p.owner_country, p.location, p.restricted_by) for p in facts.properties)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Denemarken en Noorwegen sluiten ambassade in Kaboel."),
        ("en", "Denmark and Norway closed embassies in Kabul on Friday."),
        ("de", "Dänemark und Norwegen schließen Botschaften in Kabul."),
        ("fr", "Le Danemark et la Norvège ont fermé des ambassades à Kaboul."),
    ],
)  # fmt: skip
def test_each_listed_state_closes_a_building_of_its_own(language: str, text: str) -> None:
    assert _properties(language, text) == [("DK", "Kabul", "DK"), ("NO", "Kabul", "NO")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Burkina Faso, la Guinée équatoriale et le Gabon ont ouvert des consulats "
               "généraux dans la ville."),
        ("en", "Burkina Faso, Equatorial Guinea and Gabon opened consulates in the city."),
    ],
)  # fmt: skip
def test_each_listed_state_opens_one_unplaced(language: str, text: str) -> None:
    assert _properties(language, text) == [
        ("BF", None, None),
        ("GA", None, None),
        ("GQ", None, None),
    ]


def test_a_listed_host_owns_none() -> None:
    owners = [o for o, _, _ in _properties("en", "Spain and Morocco closed embassies in Rabat.")]
    assert "ES" not in owners or "MA" not in owners
