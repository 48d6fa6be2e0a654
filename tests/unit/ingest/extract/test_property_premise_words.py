"""Premise nouns each language reads (legations, trade offices, honorary consulates, inflected
German forms), owners through a possessive before a qualifying word, and a state's formal name
that is no place."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, language: str) -> list[tuple[str | None, str | None]]:
    result = extract_article(text, language=language, published="2024-05-07")
    return [(p.location, p.owner_country) for p in result.facts.properties]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The Swiss legation in Tokyo stayed open.", [("Tokyo", "CH")]),
        ("fr", "La légation suisse à Tokyo est restée ouverte.", [("Tokyo", "CH")]),
        ("nl", "Het Zwitserse gezantschap in Tokio bleef open.", [("Tokyo", "CH")]),
        (
            "de",
            "Österreich schloss die Gesandtschaften in Bern und Prag.",
            [("Bern", "AT"), ("Prague", "AT")],
        ),
        (
            "de",
            "Finnland muss die Türen seines Handelsbüros in Hamburg schließen.",
            [("Hamburg", "FI")],
        ),
        ("de", "Ungarn schließt sein Generalkonsulat in Leipzig.", [("Leipzig", "HU")]),
        ("de", "Schweden öffnet seine neue Botschaft in Kiew.", [("Kyiv", "SE")]),
        ("nl", "Chili opent zijn nieuwe ambassade in Kaboel.", [("Kabul", "CL")]),
        ("en", "The Finnish honorary consulate in Seattle closed.", [("Seattle", "FI")]),
    ],
)
def test_premise_words(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _props(text, language) == expected


def test_formal_state_word_is_no_place() -> None:
    found = _props("L'Ambassade du Royaume est rouverte depuis hier.", "fr")
    assert all(location != "Royaume" for location, _ in found)
