"""An embassy the text places only in a state stands in that state's capital ('the Swiss embassy
in Libya' is in Tripoli), and so is one building with the embassy the text names there; a state's
mission or high commission in a town is its embassy there; and an owner misread as the town's own
state is dropped before buildings merge, so the building merges with its true owner's."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _found(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    facts = extract_article(text, language=lang, published="2016-10-20").facts
    return [(p.location, p.owner_country) for p in facts.properties]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("de", "Die Schweiz hat ihre Botschaft in Libyen geschlossen.", [("Tripoli", "CH")]),
        ("fr", "Le Maroc a rouvert son ambassade en Irak.", [("Baghdad", "MA")]),
        ("nl", "De Nederlandse ambassade in Jemen is gesloten.", [("Sanaa", "NL")]),
        ("en", "The Bangladesh High Commission in Pakistan was closed.", [("Islamabad", "BD")]),
    ],
)
def test_an_embassy_in_a_state_stands_in_its_capital(
    lang: str, text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "published", "town"),
    [
        ("en", "Morocco closed its embassy in the Netherlands.", "2016-10-20", "The Hague"),
        ("de", "Frankreich hat seine Botschaft in der Bundesrepublik Deutschland verstärkt.",
         "1985-03-01", "Bonn"),
        ("de", "Frankreich hat seine Botschaft in Deutschland verstärkt.", "2015-03-01", "Berlin"),
        ("fr", "Le Maroc a fermé son ambassade en Israël.", "2016-10-20", None),
    ],
)  # fmt: skip
def test_an_embassy_stands_where_the_state_keeps_its_embassies_that_year(
    lang: str, text: str, published: str, town: str | None
) -> None:
    facts = extract_article(text, language=lang, published=published).facts
    assert [p.location for p in facts.properties] == [town]


def test_a_state_named_beside_a_town_places_no_second_embassy() -> None:
    text = "Spain has reopened its embassy in Kyiv, France said."
    assert _found(text, "en") == [("Kyiv", "ES")]


def test_the_embassy_in_the_state_and_in_its_capital_are_one() -> None:
    text = (
        "Die Schweiz hat ihre Botschaft in Libyen geschlossen. Die Botschaft in Tripolis bleibt zu."
    )
    assert _found(text, "de") == [("Tripoli", "CH")]


def test_a_consulate_in_a_state_stays_unplaced() -> None:
    assert _found("Les consulats dominicains en Haïti rouvriront.", "fr") == [(None, "DO")]


def test_a_mission_and_a_high_commission_in_one_town_are_one_building() -> None:
    text = (
        "Extremists threatened the Indian High Commission in Dhaka. "
        "They plan a protest around the Indian Mission in Dhaka."
    )
    assert _found(text, "en") == [("Dhaka", "IN")]


def test_a_misread_owner_leaves_the_building_to_its_true_owner() -> None:
    text = (
        "Afghanistan's embassy in Kabul stays open. Soldiers guard the Norwegian embassy in Kabul."
    )
    assert _found(text, "en") == [("Kabul", "NO")]
