"""People named after a side phrase in its sentence stand for its state."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidate_states


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Gespräche in Lima beginnen am Montag. Auf chilenischer Seite leitet "
         "Außenminister Juan Soto die Gespräche."),
        ("fr", "Les pourparlers de Lima commencent lundi. Du côté chilien, le ministre des "
         "Affaires étrangères Juan Soto y participera."),
        ("nl", "De besprekingen in Lima beginnen maandag. Aan Chileense zijde is minister Juan "
         "Soto aanwezig."),
    ],
)  # fmt: skip
def test_a_person_after_a_side_phrase_stands_for_its_state(lang: str, text: str) -> None:
    assert candidate_states(lang, text)["Juan Soto"] == "CL"


def test_a_person_before_the_side_phrase_keeps_no_state() -> None:
    text = "Minister Juan Soto sprak maandag in Lima, aan Chileense zijde was Ana Ruiz aanwezig."
    assert candidate_states("nl", text).get("Juan Soto") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "De besprekingen in Lima begonnen maandag. Juan Soto, delegatieleider aan Chileense "
         "zijde, merkte op dat het overleg goed verliep."),
        ("de", "Die Gespräche in Lima begannen am Montag. Juan Soto, Delegationsleiter auf "
         "chilenischer Seite, sagte, sie seien gut verlaufen."),
    ],
)  # fmt: skip
def test_a_side_phrase_that_closes_a_title_names_its_holders_state(lang: str, text: str) -> None:
    assert candidate_states(lang, text)["Juan Soto"] == "CL"
