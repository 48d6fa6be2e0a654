"""The state of a venue that only hosts two other states' meeting is no party (the annotation
rules count hosts that take part, never a state merely mentioned): 'the Swiss city of Montreux',
'dans la capitale saoudienne', 'la Suisse accueille ces négociations'. A host whose minister is
present, that invites, or that belongs to the named group keeps its place."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties


def test_a_city_locator_names_no_party() -> None:
    text = (
        "Iranian and US delegations wrapped up a fourth round of negotiations in the Swiss city "
        "of Montreux on Thursday."
    )
    assert ("Montreux", ["IR", "US"]) in places_and_parties(text, "en")


def test_the_capital_of_the_venue_names_no_party() -> None:
    text = (
        "Les hauts responsables américains et russes se réunissent mardi à Ryad. La réunion "
        "devrait avoir lieu mardi matin dans la capitale saoudienne."
    )
    rows = places_and_parties(text, "fr")
    assert rows and all("SA" not in parties for _, parties in rows)


def test_a_host_minister_present_takes_part() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony Blinken met in "
        "Geneva, where Swiss President Guy Parmelin welcomed them."
    )
    assert ("Geneva", ["CH", "RU", "US"]) in places_and_parties(text, "en")


def test_a_host_that_invites_takes_part() -> None:
    text = (
        "Talks between Russia and Ukraine opened in Istanbul on Tuesday at the invitation of "
        "Turkey."
    )
    assert ("Istanbul", ["RU", "TR", "UA"]) in places_and_parties(text, "en")


def test_a_state_named_among_the_sides_takes_part() -> None:
    text = "Frankrijk, Duitsland en Polen hielden overleg in Parijs over de oorlog."
    rows = places_and_parties(text, "nl")
    assert ("Paris", ["DE", "FR", "PL"]) in rows
