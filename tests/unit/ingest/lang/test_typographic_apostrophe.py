"""Names written with an apostrophe are read whichever apostrophe the text types: the
typographic one (U+2019) most French articles use, or the typewriter one."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.lang.lexicon import load_lexicon

TYPED = "\u2019"


@pytest.mark.parametrize(
    ("language", "form", "code"),
    [
        ("fr", "Côte d'Ivoire", "CI"),
        ("en", "Côte d'Ivoire", "CI"),
        ("fr", "Allemagne de l'Est", "DD"),
    ],
)
def test_a_state_is_read_with_either_apostrophe(language: str, form: str, code: str) -> None:
    countries = load_lexicon(language).countries
    assert countries[form][0] == code
    assert countries[form.replace("'", TYPED)][0] == code


def test_a_city_is_read_with_either_apostrophe() -> None:
    places = load_lexicon("fr").places
    assert places[f"N{TYPED}Djamena"] == places["N'Djamena"]


def test_an_embassy_of_cote_d_ivoire_typed_as_the_press_types_it_is_owned() -> None:
    text = f"Le Maroc a inauguré le consulat de la Côte d{TYPED}Ivoire à Dakhla."
    facts = extract_article(text, language="fr", published="2020-03-02").facts
    assert [p.owner_country for p in facts.properties] == ["CI"]
