"""German titles in the genitive ('des Botschafters X') and titles that share their head with a
truncated compound before them ('Staats- und Parteichef'); an apposition with an adjective
('X, dem langjährigen Berater') and a lone capital that is no initial ('auf X Dan Scavino')."""

from __future__ import annotations

from tests.unit.ingest.extract.people_reader import people_of


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = people_of("de", text)
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


def test_an_adjective_between_article_and_title_keeps_the_apposition() -> None:
    text = "Er kam mit Peter Brandl, dem langjährigen Berater des Kanzlers."
    assert [(n, t) for n, t, _, _ in _people(text)] == [("Peter Brandl", "Berater des Kanzlers")]


def test_a_lone_capital_before_a_name_is_no_initial() -> None:
    text = "Il l'a dit sur X Dan Scavino, un proche conseiller du président."
    found = people_of("fr", text)
    assert [p.name for p in found] == ["Dan Scavino"]
