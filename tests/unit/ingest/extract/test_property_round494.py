"""Round 494: premise nouns the extractor did not read ('Auslandsvertretung', 'ambassadekantoor',
'embassy office', 'centre consulaire'), and an owner adjective must stand against the noun: one a
word away qualifies someone else ('des étudiants iraniens attaquent l'ambassade')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(language: str, text: str) -> set[tuple[str | None, str | None]]:
    facts = extract_article(text, language=language, published="2024-03-02").facts
    return {(p.owner_country, p.location) for p in facts.properties}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die deutsche Auslandsvertretung in Kabul bleibt bis auf Weiteres geschlossen.",
         ("DE", "Kabul")),
        ("nl", "Het Nederlandse ambassadekantoor in Tripoli gaat volgende week open.",
         ("NL", "Tripoli")),
        ("en", "The Danish embassy office in Kabul will reopen next month.", ("DK", "Kabul")),
        ("fr", "Le centre consulaire algérien de Lyon restera fermé jusqu'à lundi.",
         ("DZ", "Lyon")),
    ],
)  # fmt: skip
def test_a_premise_noun_is_read(language: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in _props(language, text)


def test_an_adjective_a_word_away_owns_no_building() -> None:
    found = _props("fr", "Des étudiants iraniens attaquent l'ambassade britannique à Téhéran.")
    assert {owner for owner, _ in found} == {"GB"}


def test_a_two_word_adjective_still_owns_the_building() -> None:
    text = "Protesters gathered outside the Saudi Arabian embassy in Paris."
    assert ("SA", "Paris") in _props("en", text)
