"""A holder of a past office ('former prime minister X') is no candidate leader: he leads no side
now, whatever the model would say of a prime minister named near a meeting."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean President Ana Soto met Peruvian President Luis Vega in Lima on Monday. "
         "Former Chilean prime minister Pedro Rojas praised the talks."),
        ("nl", "De Chileense president Ana Soto ontmoette maandag in Lima de Peruaanse president "
         "Luis Vega. Voormalig Chileens premier Pedro Rojas prees het overleg."),
        ("de", "Die chilenische Präsidentin Ana Soto traf am Montag in Lima den peruanischen "
         "Präsidenten Luis Vega. Der ehemalige chilenische Ministerpräsident Pedro Rojas lobte "
         "die Gespräche."),
        ("fr", "La présidente chilienne Ana Soto a rencontré lundi à Lima le président péruvien "
         "Luis Vega. L'ancien Premier ministre chilien Pedro Rojas a salué l'entretien."),
        ("en", "Chilean President Ana Soto met Peruvian President Luis Vega in Lima on Monday. "
         "Chilean ex-president Pedro Rojas praised the talks."),
        ("nl", "De Chileense president Ana Soto ontmoette maandag in Lima de Peruaanse president "
         "Luis Vega. De Chileense oud-premier Pedro Rojas prees het overleg."),
        ("de", "Die chilenische Präsidentin Ana Soto traf am Montag in Lima den peruanischen "
         "Präsidenten Luis Vega. Der chilenische Ex-Präsident Pedro Rojas lobte die Gespräche."),
        ("fr", "La présidente chilienne Ana Soto a rencontré lundi à Lima le président péruvien "
         "Luis Vega. L'ex-président chilien Pedro Rojas a salué l'entretien."),
    ],
)  # fmt: skip
def test_a_former_office_holder_is_no_candidate(lang: str, text: str) -> None:
    people = candidate_names(lang, text)
    assert "Pedro Rojas" not in people


def test_a_sitting_office_holder_stays_a_candidate() -> None:
    text = (
        "Chilean President Ana Soto met Peruvian President Luis Vega in Lima on Monday. "
        "Chilean prime minister Pedro Rojas praised the talks."
    )
    assert "Pedro Rojas" in candidate_names("en", text)
