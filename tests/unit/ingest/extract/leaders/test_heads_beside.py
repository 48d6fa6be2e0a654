"""People who stand beside a head and lead no side: a crown prince where the article names a head
of his own state, a head named for an era ('under Prime Minister X'), and a first lady."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_names


def test_an_era_head_is_no_candidate() -> None:
    text = (
        "Japan summoned the Chinese ambassador Cheng Yonghua on Tuesday, the first time under "
        "Prime Minister Kenji Sato's administration. Deputy Foreign Minister Akitaka Saiki "
        "lodged a protest."
    )
    assert "Kenji Sato" not in candidate_names("en", text)


def test_a_head_with_an_under_office_stays_a_candidate() -> None:
    text = (
        "Under Secretary of State Maria Lopez met the Chilean foreign minister Pedro Rojas in "
        "Santiago on Monday."
    )
    assert "Maria Lopez" in candidate_names("en", text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Saudi King Salman called Moroccan King Mohammed VI on Monday. Saudi Crown Prince "
         "Faisal Al Rashid also attended the call."),
        ("fr", "Le roi saoudien Salman a appelé lundi le roi marocain Mohammed VI. Le prince "
         "héritier saoudien Faisal Al Rashid assistait à l'entretien."),
    ],
)  # fmt: skip
def test_a_crown_prince_beside_his_king_is_no_candidate(lang: str, text: str) -> None:
    assert not {n for n in candidate_names(lang, text) if n.startswith("Faisal")}


def test_a_crown_prince_alone_stays_a_candidate() -> None:
    text = "Saudi Crown Prince Faisal Al Rashid met the French foreign minister in Riyadh."
    assert {n for n in candidate_names("en", text) if n.startswith("Faisal")}


def test_a_first_lady_is_no_candidate() -> None:
    text = (
        "Canadian Prime Minister Paul Martin received Belgian Prime Minister Luc Peeters in "
        "Ottawa on Monday with First Lady Anne Martin-Roy."
    )
    assert "Anne Martin-Roy" not in candidate_names("en", text)
