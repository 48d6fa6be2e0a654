"""A state or town that tells the clock ('16h30 heure de Paris', 'heure française', 'Washington
time', 'Moskauer Zeit', 'Nederlandse tijd') is no mention: no side, no place."""

from __future__ import annotations

import pytest

from ingest.extract.mentions import find_countries, find_places
from ingest.extract.pipeline import extract_article
from ingest.lang.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La cérémonie a commencé à 16h30 heure de Paris."),
        ("fr", "Le changement s'est opéré à 00h01 précises (06h01, heure française)."),
        ("en", "The call began at 8:33 am Washington time."),
        ("de", "Das Gespräch begann um 11 Uhr Moskauer Zeit."),
        ("nl", "Het gesprek begon om 20.00 uur Nederlandse tijd."),
    ],
)
def test_a_clock_time_names_no_state_or_town(lang: str, text: str) -> None:
    lex = load_lexicon(lang)
    assert find_countries(text, 0, lex) == []
    assert find_places(text, 0, lex) == []


def test_the_same_words_still_name_a_state_elsewhere() -> None:
    lex = load_lexicon("fr")
    text = "Le ministre s'est rendu à Paris, puis en Allemagne."
    assert [p.name for p in find_places(text, 0, lex)] == ["Paris"]
    assert [c.code for c in find_countries(text, 0, lex)] == ["DE"]


def test_a_visit_told_in_paris_time_has_no_french_side() -> None:
    text = (
        "Quelques heures plus tard, à 16h30 heure de Paris, le drapeau a été hissé lors d'une "
        "visite officielle du ministre cubain Bruno Rodriguez à Washington."
    )
    facts = extract_article(text, language="fr", published="2015-07-20").facts
    assert [(m.city, sorted(m.parties)) for m in facts.meetings] == [("Washington", ["CU", "US"])]
