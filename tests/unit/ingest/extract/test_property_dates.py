"""A month or a day after a building's preposition is when, not where: 'the embassy in
November' has no place 'November'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lithuania expelled two diplomats of the Belarusian embassy in November."),
        ("de", "Die Botschaft in Minsk wurde am Montag geschlossen, die Botschaft in Mai geräumt."),
        ("fr", "La Lituanie a expulsé deux diplomates de l'ambassade du Bélarus en Novembre."),
        ("nl", "Litouwen zette in November twee diplomaten van de ambassade in December uit."),
    ],
)
def test_a_month_is_no_place_of_a_building(language: str, text: str) -> None:
    facts = extract_article(text, language=language, published="2012-11-20").facts
    places = {p.location for p in facts.properties}
    assert not places & {"November", "Mai", "Novembre", "December"}


def test_a_town_after_the_building_still_places_it() -> None:
    text = "Lithuania summoned the head of the Belarusian embassy in Vilnius in November."
    facts = extract_article(text, language="en", published="2012-11-20").facts
    assert [(p.owner_country, p.location) for p in facts.properties] == [("BY", "Vilnius")]
