"""Where a name starts and ends: a word that is no name word is not read at its head (a German
noun for a person's relation, a form of address), and a name's last word that reads as an
article or a possessive ('Son' in French) is not cut off."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _official_names(language: str, text: str) -> list[str]:
    facts = extract_article(text, language=language, published="2020-01-10").facts
    return sorted(o.name for o in facts.officials)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a German noun naming a person's relation before the name
        ("de", "Die Gespräche führte sein Nachfolger Tomas Lindqvist, der Außenminister"
         " Schwedens, in Berlin.", "Tomas Lindqvist"),
        # forms of address the lists lacked
        ("en", "The Indian delegation was led by Sri R.K. Menon, Principal Secretary to the"
         " Prime Minister.", "R.K. Menon"),
        ("fr", "Visite du roi d'Afghanistan SM Ahmed Karim Shah à Paris.", "Ahmed Karim Shah"),
        # a name's last word that reads as a French possessive
        ("fr", "Le ministre vietnamien Dao Minh Son a reçu la délégation.", "Dao Minh Son"),
    ],
)  # fmt: skip
def test_a_name_is_read_whole_and_alone(language: str, text: str, name: str) -> None:
    assert name in _official_names(language, text)


def test_a_capitalised_article_before_a_capitalised_word_is_no_name_word() -> None:
    """In a headline's capitals an article after a name opens the next words."""
    names = _official_names("en", "President Joe Biden The Next Day met Xi Jinping.")
    assert "Joe Biden The" not in names
