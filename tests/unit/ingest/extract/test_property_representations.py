"""A bare German 'Vertretungen' and an English 'annex' name premises: each placed one is a
building ('die Vertretungen in Frankfurt, Hamburg und München', 'the two annexes in Washington
and New York'); one known only by its owner or by nothing is the institution, no building. The
singular 'Vertretung' is no building word yet: as one it stops the bare name 'Vertretung' ('der
Leiter der diplomatischen Vertretung') from being a candidate pair of the leader model, which
then needs refitting."""

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
            "de",
            "Betroffen seien die iranischen Vertretungen in Hamburg und München.",
            [
                ("Vertretungen in Hamburg", "Hamburg", "IR"),
                ("Vertretungen in Munich", "Munich", "IR"),
            ],
        ),
        (
            "en",
            "Russia must also close the two annexes in Washington and New York.",
            [
                ("annexes in Washington", "Washington", "RU"),
                ("annexes in New York", "New York", "RU"),
            ],
        ),
    ],
)
def test_placed_representations(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _props(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die deutsche Vertretung bleibt vorerst geschlossen."),
        ("de", "Der Botschafter eröffnete die Vertretung jetzt feierlich."),
        ("de", "Er ist in Vertretung des Ministers gekommen."),
        ("en", "Israel plans to annex parts of the West Bank."),
    ],
)
def test_unplaced_or_other_senses_are_no_building(language: str, text: str) -> None:
    assert _props(text, language) == []
