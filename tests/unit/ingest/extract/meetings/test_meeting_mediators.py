"""Parties that a side's state or a city alone does not give: a state named as mediating the talks
takes part though it leads no side; Moscow or 'Russian' in a clause naming the Soviet Union is
the Soviet Union; Brussels standing for the European Union, which the text names, is no Belgian
side."""

from __future__ import annotations

from tests.unit.ingest.extract.meetings.extracted import places_and_parties as _meetings

_MEDIATED = {
    "en": (
        "Kenya and Ethiopia held a new round of talks in Nairobi on Monday, mediated by "
        "Tanzania. Kenyan Foreign Minister Ana Ruto and Ethiopian Foreign Minister Lev Abebe "
        "led the talks."
    ),
    "de": (
        "Kenia und Äthiopien haben am Montag in Nairobi eine neue Gesprächsrunde abgehalten, "
        "unter Vermittlung von Tansania."
    ),
}


def test_a_mediating_state_takes_part() -> None:
    for lang, text in _MEDIATED.items():
        assert _meetings(text, lang) == [("Nairobi", ["ET", "KE", "TZ"])], lang


def test_the_soviet_capital_is_no_russian_side() -> None:
    text = (
        "The American secretary of state Tom Keller will visit Moscow in May to prepare a visit "
        "by President Ray Dunn to the Soviet capital."
    )
    assert _meetings(text, "en") == [("Moscow", ["SU", "US"])]


def test_brussels_standing_for_the_union_is_no_belgian_side() -> None:
    text = (
        "An agreement was reached between Brussels and London to hold a summit between the "
        "European Union and Britain in Brussels next month."
    )
    assert _meetings(text, "en") == [("Brussels", ["EU", "GB"])]
