"""German titles in the genitive ('des Botschafters X') and titles that share their head with a
truncated compound before them ('Staats- und Parteichef')."""

from __future__ import annotations

from ingest.extract.context import scanner
from ingest.extract.mentions import find_countries, tokenize
from ingest.extract.people import find_people


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    scan = scanner("de")
    found = find_people(tokenize(text, 0), scan, find_countries(text, 0, scan.lex))
    return [(p.name, p.title, p.role, p.country) for p in found]


def test_a_genitive_title_is_a_title() -> None:
    found = _people("Das Auto des Botschafters Peter Brandl stand vor der Tür.")
    assert found == [("Peter Brandl", "Botschafters", "ambassador", None)]


def test_a_truncated_compound_joins_the_title() -> None:
    text = "Er ehrte den chilenischen Staats- und Parteichef, Juan Soto, mit einem Essen."
    assert _people(text) == [
        ("Juan Soto", "chilenischen Staats- und Parteichef", "leader", "CL"),
    ]


def test_a_word_in_s_that_is_no_title_stays_no_title() -> None:
    assert _people("Das Grundstück des Kanzleramts Peter Brandl war leer.") == []
