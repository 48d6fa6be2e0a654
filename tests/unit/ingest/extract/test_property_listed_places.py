"""A listed state's building that its own sentence places nowhere stands where the article places
the other buildings of its kind, when it places them all in one town."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _places(language: str, text: str) -> dict[str | None, str | None]:
    facts = extract_article(text, language=language, published="2025-06-20").facts
    return {p.owner_country: p.location for p in facts.properties}


@pytest.mark.parametrize(
    ("language", "text", "owners", "town"),
    [
        ("nl", "Meerdere landen hebben hun ambassades in Teheran gesloten. Ook de ambassades van "
               "Tsjechië en Portugal zijn gesloten.", {"CZ", "PT"}, "Tehran"),
        ("de", "Mehrere Länder schließen ihre Botschaften in Kabul. Mitarbeitende der Botschaften "
               "Deutschlands und Dänemarks werden ausgeflogen.", {"DE", "DK"}, "Kabul"),
        ("en", "Several states closed their embassies in Khartoum. The embassies of Germany and "
               "Italy were evacuated.", {"DE", "IT"}, "Khartoum"),
        ("fr", "Plusieurs pays ont fermé leurs ambassades à Kiev. Les ambassades de Belgique et "
               "d'Italie sont fermées.", {"BE", "IT"}, "Kyiv"),
    ],
)  # fmt: skip
def test_a_listed_building_stands_in_the_one_town_of_its_kind(
    language: str, text: str, owners: set[str], town: str
) -> None:
    places = _places(language, text)
    assert {owner: places.get(owner) for owner in owners} == dict.fromkeys(owners, town)


def test_two_towns_place_no_listed_building() -> None:
    text = (
        "Russia closed the embassy in Oslo and the embassy in Copenhagen. The embassies of "
        "Germany and Italy were evacuated."
    )
    places = _places("en", text)
    assert places.get("DE", "absent") is None and places.get("IT", "absent") is None


@pytest.mark.parametrize(
    ("language", "text", "closer"),
    [
        ("nl", "Ook de ambassades van Tsjechië, Portugal en Nieuw-Zeeland zijn gesloten.", None),
        ("de", "Die Botschaften Deutschlands und Dänemarks wurden geschlossen.", None),
        ("en", "Russia closed the consulates of Germany and France.", "RU"),
    ],
)  # fmt: skip
def test_a_listed_owner_closes_none_of_the_others(
    language: str, text: str, closer: str | None
) -> None:
    facts = extract_article(text, language=language, published="2025-06-20").facts
    assert len(facts.properties) >= 2
    assert {p.restricted_by for p in facts.properties} == {closer}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Colombia will reopen its consulates in the cities of Maracaibo and Caracas."),
        ("fr", "La Colombie rouvrira ses consulats dans les villes de Maracaibo et de Caracas."),
    ],
)
def test_a_plural_city_noun_opens_the_towns_of_the_buildings(language: str, text: str) -> None:
    facts = extract_article(text, language=language, published="2023-02-24").facts
    assert ("CO", "Maracaibo") in [(p.owner_country, p.location) for p in facts.properties]
