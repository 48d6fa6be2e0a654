"""The building of 'his country' ('l'ambassade de son pays', 'die Botschaft ihres Landes')
belongs to the one state whose adjective its sentence gives before it, and stands where the
words past the phrase place it; with no such adjective, or several, it has no owner."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    result = extract_article(text, language=language, published="2024-05-07")
    return [(p.name, p.location, p.owner_country) for p in result.facts.properties]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le chef de la diplomatie britannique Philip Hammond a rouvert dimanche "
            "l'ambassade de son pays à Téhéran.",
            [("ambassade in Tehran", "Tehran", "GB")],
        ),
        (
            "de",
            "Die niederländische Königin hat die neue Botschaft ihres Landes in Berlin eröffnet.",
            [("Botschaft in Berlin", "Berlin", "NL")],
        ),
        (
            "de",
            "Der Außenminister sagte, das Konsulat seines Landes in Bogotá sei verwüstet worden.",
            [("Konsulat in Bogotá", "Bogotá", None)],
        ),
    ],
)
def test_home_state_owns(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _props(text, language) == expected


def test_two_adjectives_name_no_owner() -> None:
    found = _props(
        "Der französische Minister traf den britischen Botschafter in der Botschaft seines "
        "Landes in Berlin.",
        "de",
    )
    assert all(owner is None for _, _, owner in found)
