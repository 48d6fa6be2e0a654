"""Visits, calls and honorifics: who travels, where each leg of a trip happens."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-03-04").facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_a_visit_naming_only_the_host_gets_the_articles_own_country() -> None:
    text = (
        "Britain and its partners. The foreign secretary held talks in Abuja on Monday with "
        "Nigeria's foreign minister, Ada Obi. Britain wants a deal, London said."
    )
    assert ("Abuja", ["GB", "NG"]) in _meetings(text, "en")


def test_one_sentence_with_two_legs_of_a_trip_gives_two_meetings() -> None:
    text = (
        "Minister Jan de Boer sprak maandag in Nairobi met de Keniaanse president. "
        "De minister reist daarna naar Kampala, en eindigt de reis in Kigali, waar hij de "
        "Rwandese president ontmoet."
    )
    cities = {city for city, _ in _meetings(text, "nl")}
    assert {"Nairobi", "Kigali"} <= cities


def test_capital_in_apposition_is_the_meeting_place() -> None:
    text = (
        "In der Hauptstadt Lomé traf die deutsche Außenministerin Eva Berg am Dienstag ihren "
        "Amtskollegen."
    )
    assert [city for city, _ in _meetings(text, "de")] == ["Lomé"]


def test_a_call_naming_one_side_takes_the_other_from_the_article() -> None:
    text = (
        "Le ministre, M. Paul Roche, s'est entretenu ce jour par téléphone avec son homologue "
        "iranien, M. Ali Rezaei. La France demande la libération de ses ressortissants. "
        "La France reste disponible."
    )
    facts = extract_article(text, language="fr", published="2025-01-15").facts
    assert [(m.kind, m.parties) for m in facts.meetings] == [("call", ["FR", "IR"])]
    assert {o.name for o in facts.officials} >= {"Paul Roche", "Ali Rezaei"}


def test_a_definite_reference_to_the_talks_is_no_new_meeting() -> None:
    text = (
        "CAIRO (Reuters) - Egypt hosted talks in Cairo on Tuesday between Sudan and Chad. "
        "U.S. envoy Tom Hill, who joined part of the talks by video link, said Washington "
        "backed them."
    )
    assert len(_meetings(text, "en")) == 1


def test_at_the_head_of_a_delegation_leads_it_in_french() -> None:
    text = (
        "Le ministre des Affaires étrangères Ade Bello, à la tête d'une délégation nigériane, "
        "est arrivé à Pékin pour des pourparlers."
    )
    facts = extract_article(text, language="fr", published="2025-03-04").facts
    assert [(d.country, d.leader) for d in facts.delegations] == [("NG", "Ade Bello")]


def test_a_french_chancellor_or_federal_minister_names_the_state() -> None:
    cases = [
        (
            "Le chancelier Hans Weber est arrivé lundi à Paris, où il s'est entretenu avec le "
            "président français Jean Martin.",
            None,
            ("DE", "Hans Weber"),
        ),
        (
            "La ministre fédérale des Affaires étrangères, Marie Tremblay, a rencontré à Paris "
            "le ministre français des Affaires étrangères Jean Martin.",
            "https://www.exemple.ca/actualites/1",
            ("CA", "Marie Tremblay"),
        ),
    ]
    for text, url, lead in cases:
        facts = extract_article(text, language="fr", published="2025-03-04", url=url).facts
        assert lead in [(d.country, d.leader) for d in facts.delegations], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenyan President Wanjiru Kamau landed in Accra on Monday."),
        ("fr", "Le président kényan Wanjiru Kamau séjourne au Ghana depuis lundi."),
        ("nl", "De Keniaanse president Wanjiru Kamau is maandag in Ghana geland."),
        ("de", "Der kenianische Präsident Wanjiru Kamau ist am Montag in Ghana gelandet."),
    ],
)
def test_an_arrival_is_a_visit_of_the_visitors_state_and_the_host(lang: str, text: str) -> None:
    assert [sorted(parties) for _, parties in _meetings(text, lang)] == [["GH", "KE"]]
