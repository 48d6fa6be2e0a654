"""A person named only as the one on whose behalf another acts ('on behalf of President X') is
absent from the meeting and no candidate leader."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean Foreign Minister Ana Soto met the Peruvian ambassador in Santiago on "
         "Monday. Soto thanked him on behalf of the president of Chile, Luis Vega."),
        ("nl", "De Chileense minister van Buitenlandse Zaken Ana Soto ontmoette maandag in "
         "Santiago de Peruaanse ambassadeur. Soto dankte hem namens de president van Chili, "
         "Luis Vega."),
        ("fr", "La ministre chilienne des Affaires étrangères Ana Soto a rencontré lundi à "
         "Santiago l'ambassadeur péruvien. Soto l'a remercié au nom du président chilien, "
         "Luis Vega."),
    ],
)  # fmt: skip
def test_the_one_acted_for_is_no_candidate(lang: str, text: str) -> None:
    assert "Luis Vega" not in candidate_names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean President Ana Soto called Argentine President Juan Paz on Monday at the "
         "request of her Peruvian counterpart Luis Vega."),
        ("fr", "La présidente chilienne Ana Soto a appelé lundi le président argentin Juan Paz à "
         "la demande de son homologue péruvien Luis Vega."),
    ],
)  # fmt: skip
def test_the_one_who_asked_is_no_candidate(lang: str, text: str) -> None:
    assert "Luis Vega" not in candidate_names(lang, text)


def test_a_president_named_otherwise_stays_a_candidate() -> None:
    text = (
        "Chilean Foreign Minister Ana Soto met the Peruvian ambassador in Santiago on Monday. "
        "Soto thanked him together with the president of Chile, Luis Vega."
    )
    assert "Luis Vega" in candidate_names("en", text)
