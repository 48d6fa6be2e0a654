"""A person named only as the complement of a noun that is no meeting word ('the remarks of
President X') is marked for the leader model: such people are seldom heads of a side."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidates


def _complement(lang: str, text: str, name: str) -> float:
    return max(c.features["complement"] for c in candidates(lang, text) if c.person.name == name)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile met the envoy of Peru in Santiago over the remarks of Peruvian "
         "President Luis Vega."),
        ("nl", "Chili sprak met de gezant van Peru in Santiago over de woorden van de Peruaanse "
         "president Luis Vega."),
        ("de", "Chile traf den Gesandten Perus in Santiago wegen der Worte des "
         "peruanischen Präsidenten Luis Vega."),
        ("fr", "Le Chili a reçu l'envoyé du Pérou à Santiago après les propos du président "
         "péruvien Luis Vega."),
    ],
)  # fmt: skip
def test_a_person_named_only_as_a_nouns_complement_is_marked(lang: str, text: str) -> None:
    """(At a summons a head of state is never proposed at all: see test_summons_quotes.py.)"""
    assert _complement(lang, text, "Luis Vega") == 1.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The visit of Peruvian President Luis Vega to Santiago began on Monday."),
        ("en", "Peruvian President Luis Vega arrived in Santiago for talks on Monday."),
        ("fr", "La visite du président péruvien Luis Vega à Santiago a commencé lundi."),
    ],
)
def test_the_complement_of_a_meeting_word_or_a_subject_is_not_marked(lang: str, text: str) -> None:
    assert _complement(lang, text, "Luis Vega") == 0.0
