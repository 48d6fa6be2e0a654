"""Pairs the leader model never sees: at a summons, a head of state or government (a ministry
summons); a person quoted but never named where a meeting is told; staff (a spokesperson). An
official of the envoy's state who is no envoy (the minister whose words caused the summons) is
marked for the model."""

from __future__ import annotations

import pytest

from ingest.extract.leaders.model import Candidate
from tests.unit.ingest.extract.leaders.candidates import candidates


def _people(cands: list[Candidate]) -> set[str]:
    return {c.person.name for c in cands}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile summoned the Peruvian ambassador in Santiago on Monday after remarks by "
         "Peruvian Foreign Minister Luis Vega about the border."),
        ("fr", "Le Chili a convoqué l'ambassadeur péruvien à Santiago lundi pour protester contre "
         "les propos du ministre péruvien des Affaires étrangères, Luis Vega."),
    ],
)  # fmt: skip
def test_the_envoys_minister_at_a_summons_is_marked(lang: str, text: str) -> None:
    marks = {c.country: c.features["x_summoned_not_envoy"] for c in candidates(lang, text)}
    assert marks == {"PE": 1.0, "CL": 0.0}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile summoned the Peruvian ambassador Ana Soto in Santiago on Monday after her "
         "remarks about Chilean President Luis Vega."),
        ("fr", "Le Chili a convoqué l'ambassadrice péruvienne Ana Soto à Santiago lundi après ses "
         "propos visant le président chilien Luis Vega."),
    ],
)  # fmt: skip
def test_a_head_of_state_sits_in_on_no_summons(lang: str, text: str) -> None:
    assert "Luis Vega" not in _people(candidates(lang, text))


def test_a_visit_told_first_is_no_summons() -> None:
    """'summoned to meet' in a later sentence leaves a state visit a visit: its host may lead."""
    text = (
        "President Luis Vega welcomed Peruvian Prime Minister Ana Soto in Santiago on Tuesday "
        "for a state visit. Vega said: these are the challenges we are summoned to meet."
    )
    assert "Luis Vega" in _people(candidates("en", text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile and Peru held talks in Santiago on Monday. \"We condemn it\", said the "
         "Bolivian foreign minister, Luis Vega, in a statement."),
        ("fr", "Le Chili et le Pérou ont tenu des pourparlers à Santiago lundi. \"Nous la "
         "condamnons\", a déclaré la ministre bolivienne des Affaires étrangères, Ana Soto."),
    ],
)  # fmt: skip
def test_a_quoted_official_never_named_at_the_meeting_leads_nothing(lang: str, text: str) -> None:
    """The speech verb before the title counts ('said the foreign minister, X')."""
    names = _people(candidates(lang, text))
    assert not names & {"Luis Vega", "Ana Soto"}


def test_a_spokesperson_leads_nothing() -> None:
    text = (
        "Chilean spokesperson Luis Vega confirmed that Chile and Peru held talks in Santiago "
        "on Monday."
    )
    assert "Luis Vega" not in _people(candidates("en", text))
