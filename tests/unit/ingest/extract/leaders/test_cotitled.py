"""Co-holders of one plural title at a meeting of as many states: the one left without a state
stands for the party the others do not hold."""

from __future__ import annotations

from tests.unit.ingest.extract.leaders.candidates import candidate_states


def test_the_co_holder_left_over_takes_the_other_party() -> None:
    text = (
        "Le président chilien Juan Soto est arrivé lundi à Lima pour des entretiens avec le "
        "Pérou. Les présidents Soto et Vidal ont parlé de commerce."
    )
    assert candidate_states("fr", text)["Vidal"] == "PE"


def test_co_holders_at_a_meeting_of_more_states_stay_open() -> None:
    text = (
        "Le président chilien Juan Soto est arrivé lundi à Lima pour des entretiens avec le "
        "Pérou et la Bolivie. Les présidents Soto et Vidal ont parlé de commerce."
    )
    assert candidate_states("fr", text).get("Vidal") is None


def test_co_holders_after_as_many_states_stand_for_them_in_order() -> None:
    text = (
        "Des pourparlers se sont tenus lundi à Lima entre les délégations du Chili et du Pérou, "
        "sous la présidence des ministres Soto et Vidal."
    )
    found = candidate_states("fr", text)
    assert (found["Soto"], found["Vidal"]) == ("CL", "PE")
