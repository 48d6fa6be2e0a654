"""Plural building nouns ('représentations diplomatiques', 'Hochkommissariate',
'ambassadegebouwen', 'embassy buildings') placed in a list of towns: one building per town, of
the state that owns them all."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _found(language: str, text: str) -> set[tuple[str | None, str | None]]:
    facts = extract_article(text, language=language, published="2025-06-20").facts
    return {(p.owner_country, p.location) for p in facts.properties}


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("fr", "Le Portugal a rappelé le personnel de ses représentations diplomatiques à "
               "Beyrouth, à Damas et à Bagdad.",
         {("PT", "Beirut"), ("PT", "Damascus"), ("PT", "Baghdad")}),
        ("de", "Kanada hat seine Hochkommissariate in Nairobi und Accra vorübergehend "
               "geschlossen.", {("CA", "Nairobi"), ("CA", "Accra")}),
        ("nl", "Zweden heeft de ambassadegebouwen in Kaboel en Teheran tijdelijk gesloten.",
         {("SE", "Kabul"), ("SE", "Tehran")}),
        ("en", "Norway has temporarily closed its embassy buildings in Kabul and Tehran.",
         {("NO", "Kabul"), ("NO", "Tehran")}),
    ],
)  # fmt: skip
def test_a_plural_building_noun_has_a_building_in_each_listed_town(
    language: str, text: str, found: set[tuple[str, str]]
) -> None:
    assert _found(language, text) == found
