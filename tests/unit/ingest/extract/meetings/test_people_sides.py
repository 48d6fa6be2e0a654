"""A meeting clause naming the people but not their states: the states of those people, known
once the heads of delegations are known, complete its sides (`meetings.people_sides`)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

_LED = {
    "en": "The Kenyan delegation is led by Raychelle Omamo. Japan's delegation is headed by "
    "Koichi Hagiuda. On Tuesday Omamo met Hagiuda.",
    "nl": "De Keniaanse delegatie staat onder leiding van Raychelle Omamo. De Japanse delegatie "
    "wordt geleid door Koichi Hagiuda. Dinsdag ontmoette Omamo Hagiuda.",
    "de": "Die kenianische Delegation unter Leitung von Raychelle Omamo kam am Montag an. Die "
    "japanische Delegation, angeführt von Koichi Hagiuda, kam am Dienstag an. Am Mittwoch traf "
    "Omamo Hagiuda.",
    "fr": "La délégation kényane est conduite par Raychelle Omamo. La délégation japonaise est "
    "dirigée par Koichi Hagiuda. Mardi, Omamo a rencontré Hagiuda.",
}


@pytest.mark.parametrize("lang", sorted(_LED))
def test_the_heads_met_complete_the_sides(lang: str) -> None:
    facts = extract_article(_LED[lang], language=lang, published="2021-05-04").facts
    assert [m.parties for m in facts.meetings] == [["JP", "KE"]]


def test_a_colleague_leading_a_side_is_that_sides_state() -> None:
    text = (
        "De Amerikaanse minister van Buitenlandse Zaken James Baker is maandag in Damascus "
        "aangekomen voor besprekingen met de Syrische president Hafez al-Assad. Baker vertrok "
        "vervolgens naar de Sovjet-Unie, waar hij in de Kaukasus zijn collega Bessmertnych zal "
        "ontmoeten."
    )
    facts = extract_article(text, language="nl", published="1991-04-22").facts
    assert {tuple(m.parties) for m in facts.meetings} == {("SY", "US"), ("SU", "US")}


def test_talks_told_as_known_add_no_meeting() -> None:
    """'began their talks': the meeting already described, not a second one."""
    text = (
        "The summit took place in Geneva. President Ronald Reagan and Mikhail Gorbachev, the "
        "general secretary of the Soviet Communist Party, began their talks at a chateau."
    )
    facts = extract_article(text, language="en", published="1985-11-19").facts
    assert len(facts.meetings) == 1


def test_a_person_of_a_third_state_makes_no_meeting() -> None:
    """A clause naming people of three states is a list of who was there, not two sides."""
    text = (
        "The Kenyan delegation is led by Raychelle Omamo. Japan's delegation is headed by "
        "Koichi Hagiuda. The Indian delegation is led by Piyush Goyal. On Tuesday Omamo met "
        "Hagiuda and Goyal."
    )
    facts = extract_article(text, language="en", published="2021-05-04").facts
    assert facts.meetings == []
