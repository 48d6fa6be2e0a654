"""A head of state in an article about envoys presenting their credentials receives them: a
ceremony he hosts, where the envoys, not he, stand for their states."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_names


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Koning Willem-Alexander ontving woensdag op Paleis Noordeinde de ambassadeurs van "
         "Spanje en Iran. Zij kwamen hun geloofsbrieven overhandigen."),
        ("fr", "Le président de la République, Patrice Talon, reçoit ce jeudi plusieurs "
         "diplomates. Ils viennent présenter leurs lettres de créance."),
        ("en", "President Ana Soto received the ambassadors of Spain and Iran on Wednesday, who "
         "presented their credentials."),
    ],
)  # fmt: skip
def test_a_head_receiving_credentials_is_no_candidate(lang: str, text: str) -> None:
    names = candidate_names(lang, text)
    assert not names & {"Willem-Alexander", "Patrice Talon", "Ana Soto"}


def test_a_head_receiving_a_minister_stays_a_candidate() -> None:
    text = "President Ana Soto received the Spanish foreign minister Pedro Rojas on Wednesday."
    assert "Ana Soto" in candidate_names("en", text)
