"""People the leader model may not name whatever their score: the heads of a meeting that was
called off (it has no sides), an envoy at a meeting held in his own state, and a principal of a
third state beside a meeting whose every side the rules already found led."""

from __future__ import annotations

import pytest

from ingest.extract.article import rule_findings
from ingest.extract.leaders import lead_principals
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _leaders(lang: str, text: str) -> tuple[list[str], list[str]]:
    split = split_sentences(normalise(text, language=lang), language=lang)
    art, registry, meetings, delegations = rule_findings(split)
    chosen = lead_principals(art, registry, meetings, delegations)
    return [m.status for m in meetings], [d.leader for d in chosen]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The visit of Peruvian Foreign Minister Luis Vega to Santiago on Tuesday was "
         "cancelled because of changes in the schedule of Chilean Foreign Minister Ana Soto."),
        ("fr", "La visite du ministre péruvien des Affaires étrangères Luis Vega à Santiago a été "
         "annulée. Vega devait s'entretenir avec la ministre chilienne Ana Soto."),
    ],
)  # fmt: skip
def test_nobody_heads_a_called_off_meeting(lang: str, text: str) -> None:
    statuses, leaders = _leaders(lang, text)
    assert statuses and set(statuses) == {"cancelled"}
    assert leaders == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile summoned the Peruvian ambassador Luis Vega in Santiago on Monday. The "
         "Chilean ambassador to Peru, Ana Soto, was detained in Lima on Saturday."),
        ("fr", "Le Chili a convoqué l'ambassadeur péruvien Luis Vega à Santiago lundi. "
         "L'ambassadrice chilienne au Pérou, Ana Soto, a été arrêtée samedi à Lima."),
    ],
)  # fmt: skip
def test_an_envoy_heads_no_side_at_home(lang: str, text: str) -> None:
    """An ambassador represents his state abroad: at a meeting held in his own state he heads
    none of its sides."""
    assert "person:ana-soto" not in _leaders(lang, text)[1]


def test_a_third_state_s_principal_beside_led_sides_leads_nothing() -> None:
    text = (
        "Chilean Ambassador Rosa Vidal heads the Chilean team at the consultations with Peru in "
        "Lima. Peruvian Vice Minister Juan Soto led the Peruvian delegation. Prime Minister Ana "
        "Ruiz of Spain, who attended a dinner, praised the consultations."
    )
    _, chosen = _leaders("en", text)
    assert "person:ana-ruiz" not in chosen
