"""A building 'in the US city of Houston' stands in Houston: a city noun, with the state's
adjective or name before it and the 'of' after it, is read past as a capital noun is; a city
whose name holds such a noun ('Kuwait City') stays whole, and a city noun alone names none."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _places(language: str, text: str) -> list[tuple[str | None, str | None]]:
    facts = extract_article(text, language=language, published="2020-07-24").facts
    return [(p.location, p.owner_country) for p in facts.properties]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Chinese consulate in the US city of Houston was broken into."),
        ("en", "The Chinese consulate in the American city of Houston was broken into."),
        ("nl", "Het Chinese consulaat in de Amerikaanse stad Houston is opengebroken."),
        ("fr", "Le consulat chinois dans la ville américaine de Houston a été fermé."),
        ("de", "Das chinesische Konsulat in der amerikanischen Stadt Houston wurde geschlossen."),
    ],
)
def test_a_building_in_a_named_city_stands_there(language: str, text: str) -> None:
    assert _places(language, text) == [("Houston", "CN")]


def test_a_city_named_with_a_city_noun_stays_whole() -> None:
    found = _places("en", "The US Embassy in Kuwait City was surrounded by troops.")
    assert found == [("Kuwait City", "US")]


def test_a_city_noun_alone_places_nothing() -> None:
    assert _places("en", "The Chinese consulate in the city was broken into.") == [(None, "CN")]
