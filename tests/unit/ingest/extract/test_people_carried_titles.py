"""A full name opening the sentence after one that ends on a nameless title holds that title;
after a plural title, each name listed with it; never a noun phrase or a byline."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(text: str, lang: str) -> list[str]:
    facts = extract_article(text, language=lang, published="2024-03").facts
    return [o.name for o in facts.officials]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "The talks ended late. The foreign minister of Ecuador spoke after the talks in "
            "Quito. Ricardo Paternoster praised his colleagues.",
            "en",
            ["Ricardo Paternoster"],
        ),
        (
            "Le Premier ministre sera accompagné de plusieurs ministres. On peut citer : Amadou "
            "Tallbé (Finances), Aly Ngouille Ndiarre (Intérieur) et Mansour Fayette (Tourisme).",
            "fr",
            ["Amadou Tallbé", "Aly Ngouille Ndiarre", "Mansour Fayette"],
        ),
    ],
)
def test_a_name_after_a_nameless_title_is_an_official(
    text: str, lang: str, names: list[str]
) -> None:
    found = _officials(text, lang)
    assert all(name in found for name in names)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a singular title holds no list
        (
            "Hij sprak met de nieuwe ambassadeur. Joost Flamingo en Daphne Bergmans gaan naar "
            "Italië.",
            "nl",
        ),
        # where nouns are capitalised, a pair opening a sentence may be a noun phrase
        ("Der Premier sprach lange. Tiefe Sorge herrscht in der Hauptstadt.", "de"),
        # a byline is no clause
        ("The ambassador was summoned. By Anil Girard", "en"),
    ],
)
def test_no_holder_is_read_from_a_list_a_noun_phrase_or_a_byline(text: str, lang: str) -> None:
    assert _officials(text, lang) == []
