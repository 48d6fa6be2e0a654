"""`seats.json`: every state and town it names is one the gazetteer knows, eras in order."""

from __future__ import annotations

from ingest.lang import gazetteer


def test_seats_name_known_states_and_towns() -> None:
    countries, cities = gazetteer.countries(), gazetteer.cities()
    for code, town in gazetteer.seats_of_government().items():
        assert code in countries
        assert cities[town]["country"] == code
    for code, eras in gazetteer.embassy_seats().items():
        assert code in countries
        starts = [start for start, _ in eras]
        assert starts == sorted(starts) and starts[0] == 0, code
        for _, town in eras:
            assert town is None or cities[town]["country"] == code, (code, town)


def test_a_seat_outside_the_capital_differs_from_it() -> None:
    countries = gazetteer.countries()
    for code, town in gazetteer.seats_of_government().items():
        assert countries[code]["capital"] != town
