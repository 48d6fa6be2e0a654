"""Towns the city table leaves out, from GeoNames (`towns.json`): read after a locative
preposition or in a dateline, never where the words are something else."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.resolve.ids import city_country


def _cities(text: str, language: str) -> list[tuple[str | None, list[str]]]:
    result = extract_article(text, language=language, published="2020-08-24")
    return [(m.city, sorted(m.parties)) for m in result.facts.meetings]


@pytest.mark.parametrize(
    ("language", "text", "city"),
    [
        ("nl", "Nederland en Suriname willen weer ambassadeurs uitwisselen. Dat hebben de "
               "ministers van Buitenlandse Zaken, Blok en Ramdin, bekendgemaakt na een "
               "ontmoeting in Voorburg.", "Voorburg"),
        ("fr", "Le président français a reçu le chancelier allemand à Biarritz pour des "
               "entretiens.", "Biarritz"),
        ("de", "KASSEL (dpa) - Die Außenminister Deutschlands und Frankreichs haben sich zu "
               "Gesprächen getroffen.", "Kassel"),
    ],
)  # fmt: skip
def test_a_town_after_a_preposition_or_in_a_dateline_places_the_meeting(
    language: str, text: str, city: str
) -> None:
    assert city in [c for c, _ in _cities(text, language)]


def test_a_town_the_text_names_without_a_preposition_places_nothing() -> None:
    text = ("Voorburg heeft een nieuw gemeentehuis. De ministers van Nederland en Suriname "
            "hebben gesproken.")  # fmt: skip
    assert "Voorburg" not in [c for c, _ in _cities(text, "nl")]


def test_a_known_place_is_not_read_again_as_a_town() -> None:
    # 'New York' is the city table's; GeoNames also knows a smaller 'York' elsewhere
    text = "Die Außenminister der USA und Russlands trafen sich in New York zu Gesprächen."
    assert [c for c, _ in _cities(text, "de")] == ["New York"]


def test_a_towns_state_is_its_host_in_the_meeting_id() -> None:
    assert city_country("Voorburg") == "NL"
    assert city_country("Kassel") == "DE"


def test_a_town_named_right_after_a_building_noun_is_its_location() -> None:
    """'Konsulate Kassel und Mosul': a bare apposition takes known places only, towns included."""
    text = "Die Türkei schließt ihre Konsulate Kassel und Mosul."
    facts = extract_article(text, language="de", published="2017-03-13").facts
    assert sorted((p.location, p.owner_country) for p in facts.properties) == [
        ("Kassel", "TR"),
        ("Mosul", "TR"),
    ]
