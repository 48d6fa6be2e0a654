"""The generated gazetteer: which written forms name a state."""

from __future__ import annotations

from ingest.extract.mentions import find_countries
from ingest.lang.lexicon import load_lexicon


def _codes(text: str) -> list[str]:
    return [c.code for c in find_countries(text, 0, load_lexicon("nl"))]


def test_dutch_uninflected_european_before_a_title_is_the_eu() -> None:
    assert _codes("Europees commissaris Wopke Hoekstra sprak maandag.") == ["EU"]
    assert _codes("De Europese Unie en Turkije spraken.") == ["EU", "TR"]


def test_dutch_inflected_european_is_the_continent() -> None:
    assert "EU" not in _codes("Hij is in Hongarije voor een bijeenkomst van de Europese Raad.")
    assert "EU" not in _codes("Macron noemde de heffingen op Europese metalen een fout.")


def test_french_names_are_read_in_title_case_too() -> None:
    lex = load_lexicon("fr")
    text = "L'Arabie Saoudite, l'Union Européenne et la République Centrafricaine ont signé."
    assert [c.code for c in find_countries(text, 0, lex)] == ["SA", "EU", "CF"]
    assert [c.code for c in find_countries("la Côte d'Ivoire", 0, lex)] == ["CI"]
