"""A trade mission in a city is premises there, not a journey: the meeting word that also names
premises tells no visit when a city follows it ('its trade mission in Washington')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str, language: str) -> list[tuple[str, list[str]]]:
    result = extract_article(text, language=language, published="2017-09-05")
    return [(m.kind, sorted(m.parties)) for m in result.facts.meetings]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The US authorities also ordered Russia to halt activity of its trade mission in "
               "Washington and its branch in New York."),
        ("fr", "Les autorités américaines cherchaient à perquisitionner les locaux de sa mission "
               "commerciale à Washington et le consulat général russe à San Francisco."),
        ("nl", "De Amerikaanse autoriteiten sloten de Russische handelsmissie in Washington en het "
               "Russische consulaat in San Francisco."),
        ("de", "Die amerikanischen Behörden schlossen die russische Handelsmission in Washington "
               "und das russische Konsulat in San Francisco."),
    ],
)  # fmt: skip
def test_a_trade_mission_in_a_city_is_no_visit(language: str, text: str) -> None:
    assert _meetings(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "US Commerce Secretary Wilbur Ross will lead a trade mission to China."),
        ("nl", "Minister-president Rutte was in april nog op handelsmissie in China."),
        ("fr", "Le ministre canadien Jacques Daoust dirigera une mission commerciale en Chine."),
    ],
)  # fmt: skip
def test_a_trade_mission_to_a_state_is_a_visit(language: str, text: str) -> None:
    assert [kind for kind, _ in _meetings(text, language)] == ["visit"]
