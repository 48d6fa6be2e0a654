"""Round 475: trade missions told in more ways. A tour whose clause names no visitor ('Ze reist
naar A, B en C') makes a visit of every stop once one stop has its visitor; earlier missions
listed by their years ('in 2009, 2013 and 2017') are one meeting a year; plural mission nouns
open a meeting; a French mission 'repoussée' (postponed) is no earlier meeting held."""

from __future__ import annotations

from ingest.extract.dates import parse_published
from ingest.extract.meetings.years import earlier_years
from ingest.extract.pipeline import extract_article

Row = tuple[str | None, tuple[str, ...], str | None]


def _meetings(text: str, lang: str, published: str = "2024-05-02") -> list[Row]:
    facts = extract_article(text, language=lang, published=published, url=None).facts
    return sorted(((m.city, tuple(sorted(m.parties)), m.date) for m in facts.meetings), key=str)


def test_every_stop_of_a_tour_takes_the_visitor_of_one() -> None:
    text = (
        "De Nederlandse minister Eva Jansen bezoekt volgende week Marokko. "
        "Ze reist met een handelsdelegatie naar Marokko, Ghana en Senegal."
    )
    parties = {p for _, p, _ in _meetings(text, "nl")}
    assert parties == {("MA", "NL"), ("GH", "NL"), ("NL", "SN")}


def test_years_listed_together_are_one_earlier_meeting_each() -> None:
    text = (
        "Belgian minister Paul Dumont will travel to India in June. "
        "Belgium already sent three economic missions to India, in 2009, 2013 and 2017."
    )
    dates = {d for _, p, d in _meetings(text, "en") if p == ("BE", "IN")}
    assert {"2009", "2013", "2017"} <= dates


def test_earlier_years_keep_to_a_list() -> None:
    published = parse_published("2024-05-02")
    text = "a visit in 2010 and 2012, after the crisis of 1998"
    at = (2, 7)
    assert earlier_years(text, at, "en", published) == ["2010", "2012"]


def test_a_postponed_french_mission_is_not_held() -> None:
    text = (
        "La princesse belge Claire Martin est arrivée lundi à Madrid pour une mission économique. "
        "La mission économique de mars 2021 avait été repoussée en raison de la pandémie."
    )
    assert [d for _, _, d in _meetings(text, "fr")] == ["2024-04-29"]
