"""A compass word left hanging before a joined state name stands for its own state: 'North and
South Korean negotiators' are of two states."""

from __future__ import annotations

import pytest

from ingest.extract.elided_states import elided_states
from ingest.extract.pipeline import extract_article
from ingest.lang.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North and South Korean negotiators held talks in Panmunjom on Tuesday."),
        ("en", "Talks between North and South Korea resumed in Panmunjom on Tuesday."),
        ("nl", "Noord- en Zuid-Koreaanse afgevaardigden hebben gesprekken gevoerd in Panmunjom."),
        ("de", "Nord- und südkoreanische Unterhändler haben in Panmunjom Gespräche geführt."),
        ("fr", "Des négociateurs nord- et sud-coréens ont tenu des pourparlers à Panmunjom."),
    ],
)
def test_a_hanging_compass_word_names_its_own_state(lang: str, text: str) -> None:
    facts = extract_article(text, language=lang, published="2018-01-09").facts
    assert [(m.city, sorted(m.parties)) for m in facts.meetings] == [("Panmunjom", ["KP", "KR"])]


def _elided(text: str, form: str) -> list[tuple[str, str, int, int]]:
    return elided_states(text, text.index(form), form, load_lexicon("en"))


def test_the_hanging_word_is_where_its_state_is_named() -> None:
    text = "North and South Korean negotiators met."
    assert _elided(text, "South Korean") == [("KP", "adjective", 0, 5)]


def test_a_hanging_word_that_makes_no_state_name_names_none() -> None:
    assert _elided("East and South African ministers met.", "South African") == []
    assert _elided("Ghana and South Africa met.", "South Africa") == []
