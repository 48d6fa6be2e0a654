"""Itineraries: the stops a trip lists after a stop noun and a copula are visits of their own."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings


def test_each_city_listed_as_a_stop_is_a_visit_of_the_visitor() -> None:
    de = (
        "Der japanische Außenminister traf am Montag zu einem Besuch in Berlin ein. Weitere "
        "Stationen des Besuchs sind Hamburg und München."
    )
    assert _meetings(de, "de") == [
        ("Berlin", ["DE", "JP"]), ("Hamburg", ["DE", "JP"]), ("Munich", ["DE", "JP"])
    ]  # fmt: skip
    en = (
        "The Japanese foreign minister arrived in Berlin on Monday for a visit. Other stops are "
        "Hamburg and Munich."
    )
    assert _meetings(en, "en") == [
        ("Berlin", ["DE", "JP"]), ("Hamburg", ["DE", "JP"]), ("Munich", ["DE", "JP"])
    ]  # fmt: skip
    nl = (
        "De Japanse minister van Buitenlandse Zaken kwam maandag aan in Berlijn voor een bezoek. "
        "Andere etappes zijn Hamburg en München."
    )
    assert _meetings(nl, "nl") == [
        ("Berlin", ["DE", "JP"]), ("Hamburg", ["DE", "JP"]), ("Munich", ["DE", "JP"])
    ]  # fmt: skip
    fr = (
        "Le ministre japonais des Affaires étrangères est arrivé lundi à Berlin pour une visite. "
        "Les autres étapes sont Hambourg et Munich."
    )
    assert _meetings(fr, "fr") == [
        ("Berlin", ["DE", "JP"]), ("Hamburg", ["DE", "JP"]), ("Munich", ["DE", "JP"])
    ]  # fmt: skip


def test_the_last_stop_told_with_a_future_copula_is_a_visit() -> None:
    de = (
        "Der japanische Außenminister traf am Montag zu einem Besuch in Berlin ein. Letztes Ziel "
        "des Besuchs wird Hamburg sein, ein wichtiger Standort der Wirtschaft."
    )
    assert _meetings(de, "de") == [("Berlin", ["DE", "JP"]), ("Hamburg", ["DE", "JP"])]


def test_states_listed_as_stops_are_visits_of_the_visitor() -> None:
    de = (
        "Berlin (dpa) - Bundeskanzlerin Angela Merkel reist heute mit einer Wirtschaftsdelegation "
        "nach Afrika. Die Stationen des dreitägigen Besuches sind Kenia, Angola und Nigeria."
    )
    assert [m for m in _meetings(de, "de") if m[0] != "Berlin"] == [
        ("", ["AO", "DE"]), ("", ["DE", "KE"]), ("", ["DE", "NG"])
    ]  # fmt: skip


def test_an_aim_is_no_stop() -> None:
    de = (
        "Der japanische Außenminister traf am Montag zu einem Besuch in Berlin ein. Ziel des "
        "Besuchs ist es, Hamburg und München als Standorte zu gewinnen."
    )
    assert _meetings(de, "de") == [("Berlin", ["DE", "JP"])]
