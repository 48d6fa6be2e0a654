"""An office outside a state's foreign relations (a mayor, a party chair, a prosecutor, a
journalist) is its own role class for the leader model: named beside a meeting, its holder
comments or hosts a stop and leads no side."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.leaders.candidates import candidates


def _classes(lang: str, text: str) -> dict[str, set[str]]:
    return {
        c.person.name: {k for k, v in c.features.items() if k.startswith("role:") and v}
        for c in candidates(lang, text)
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean President Luis Vega met Peruvian President Ana Soto in Lima on Monday. "
         "Mayor Pedro Ruiz welcomed the guests at the town hall."),
        ("nl", "De Chileense president Luis Vega ontmoette maandag in Lima de Peruaanse "
         "president Ana Soto. Burgemeester Pedro Ruiz ontving de gasten op het stadhuis."),
        ("de", "Der chilenische Präsident Luis Vega traf am Montag in Lima die peruanische "
         "Präsidentin Ana Soto. Bürgermeister Pedro Ruiz empfing die Gäste im Rathaus."),
        ("fr", "Le président chilien Luis Vega a rencontré lundi à Lima la présidente "
         "péruvienne Ana Soto. Le maire Pedro Ruiz a accueilli les invités à l'hôtel de ville."),
    ],
)  # fmt: skip
def test_a_mayor_at_a_visit_is_an_outsider(lang: str, text: str) -> None:
    assert _classes(lang, text).get("Pedro Ruiz") == {"role:outsider"}


def test_a_journalist_is_an_outsider() -> None:
    text = (
        "Le Chili a convoqué l'ambassadeur péruvien à Santiago lundi. Le journaliste Pedro "
        "Ruiz a révélé l'affaire."
    )
    assert _classes("fr", text).get("Pedro Ruiz") == {"role:outsider"}
