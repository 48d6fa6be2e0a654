"""A summons is held at the summoning ministry, in the seat of government: a town of the
summoning state that the sentence names for another reason is not where it is held."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


def test_a_summons_is_held_at_the_seat_of_government() -> None:
    text = (
        "Le ministère des affaires étrangères a convoqué, ce jeudi, le Gérant intérimaire du "
        "Consulat Général du Maroc en Algérie, M. Khalid Chihani, pour l'informer de la décision "
        "de l'Algérie de déclarer le Consul Général Adjoint du Maroc à Oran persona non grata."
    )
    assert places_and_parties(text, "fr", "2025-04-17") == [("Algiers", ["DZ", "MA"])]
