"""Round 495: a meeting told as held keeps its sides. A later line calling off another kind of
meeting does not undo a held one ('they spoke by phone ... the commission's consultations were
postponed'): that is another event, and the call's sides still have their leaders."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean Foreign Minister Ana Soto spoke by phone with Peruvian Foreign Minister "
         "Luis Vega on Tuesday. The consultations of the joint commission were postponed."),
        ("nl", "De Chileense minister van Buitenlandse Zaken Ana Soto heeft dinsdag gebeld met de "
         "Peruaanse minister van Buitenlandse Zaken Luis Vega. De consultaties van de gemengde "
         "commissie werden uitgesteld."),
        ("de", "Die chilenische Außenministerin Ana Soto hat am Dienstag mit dem peruanischen "
         "Außenminister Luis Vega telefoniert. Die Konsultationen der gemeinsamen Kommission "
         "wurden verschoben."),
        ("fr", "La ministre chilienne des Affaires étrangères Ana Soto s'est entretenue mardi par "
         "téléphone avec le ministre péruvien des Affaires étrangères Luis Vega. Les "
         "consultations de la commission mixte ont été reportées."),
    ],
)  # fmt: skip
def test_a_held_call_stays_held_when_other_talks_are_postponed(lang: str, text: str) -> None:
    result = extract_article(text, language=lang, published="2024-03-14")
    assert [(m.kind, m.status) for m in result.facts.meetings] == [("call", "held")]
    assert {(d.country, d.leader) for d in result.facts.delegations} == {
        ("CL", "Ana Soto"), ("PE", "Luis Vega"),
    }  # fmt: skip
