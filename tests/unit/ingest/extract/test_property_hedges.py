"""A hedge between a building's tie and its list of owners ('de ambassades van onder meer
Tsjechië, Portugal en Nieuw-Zeeland') is read past, and left out of the buildings' names."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De ambassades van onder meer Tsjechië, Portugal en Nieuw-Zeeland in Teheran."),
        ("de", "Die Botschaften unter anderem Tschechiens, Portugals und Neuseelands in Teheran."),
        ("fr", "Les ambassades notamment de Tchéquie, du Portugal "
               "et de Nouvelle-Zélande à Téhéran"),
    ],
)  # fmt: skip
def test_a_hedged_list_of_owners_gives_each_its_building(language: str, text: str) -> None:
    facts = extract_article(text, language=language, published="2025-06-20").facts
    assert sorted((p.owner_country, p.location) for p in facts.properties) == [
        ("CZ", "Tehran"), ("NZ", "Tehran"), ("PT", "Tehran")
    ]  # fmt: skip
    assert not any(" meer " in p.name or "anderem" in p.name for p in facts.properties)
