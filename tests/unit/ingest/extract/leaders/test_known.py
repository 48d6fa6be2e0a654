"""Officeholders the text names without their state: the file tells whose head or minister they
are in the article's year, and the leader model weighs that state."""

from __future__ import annotations

import pytest

from ingest.extract.officeholders import known_state
from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.leaders.candidates import candidates


@pytest.mark.parametrize(
    ("name", "years", "state"),
    [
        ("Vladimir Poutine", {2022}, "RU"),  # a French spelling
        ("Poetin", {2014}, "RU"),  # a Dutch short form
        ("Leonid Iljitsch Breschnew", {1973}, "SU"),  # a patronymic between name and short form
        ("Gorbatchev", {1987}, "SU"),
        ("Jean-Noel Barrot", {2025}, "FR"),  # accents and hyphens aside
        ("Willem-Alexander", {2018}, "NL"),
        ("Putin", set(), "RU"),  # no year known: every term counts
    ],
)
def test_a_listed_name_gets_its_state(name: str, years: set[int], state: str) -> None:
    assert known_state(name, frozenset(years)) == state


@pytest.mark.parametrize(
    ("name", "years"),
    [
        ("Putin", {1985}),  # out of office that year
        ("Fischer", {2004}),  # Joschka Fischer (DE) and Heinz Fischer (AT): ambiguous
        ("Ivan Breschnew", {1973}),  # the short form after another first name
        ("Anna Smith", {2020}),  # nobody the file lists
    ],
)
def test_an_unlisted_or_ambiguous_name_gets_none(name: str, years: set[int]) -> None:
    assert known_state(name, frozenset(years)) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le président Emmanuel Macron a reçu jeudi à l'Élysée le chancelier Olaf Scholz "
         "pour un dîner de travail.", {("FR", "Emmanuel Macron"), ("DE", "Olaf Scholz")}),
        ("nl", "Premier Rutte ontving dinsdag in het Catshuis president Zelensky voor overleg over "
         "de oorlog.", {("NL", "Rutte"), ("UA", "Zelensky")}),
        ("en", "Prime Minister Modi held talks with President Biden at the White House on "
         "Thursday.", {("IN", "Modi"), ("US", "Biden")}),
        ("de", "Bundeskanzler Scholz hat am Freitag mit Präsident Putin telefoniert. Das Gespräch "
         "dauerte eine Stunde.", {("DE", "Scholz"), ("RU", "Putin")}),
    ],
)  # fmt: skip
def test_heads_named_without_their_state_lead_their_sides(
    lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    facts = extract_article(text, language=lang, published="2022-06-10").facts
    assert {(d.country, d.leader) for d in facts.delegations} == expected


def test_an_ambassador_sharing_a_ministers_surname_gets_no_state_from_the_file() -> None:
    text = (
        "The Dutch foreign minister met the Chilean foreign minister in Santiago on Monday. "
        "Ambassador Lavrov of the embassy attended."
    )
    assert known_state("Lavrov", frozenset()) == "RU"
    cands = candidates("en", text)
    assert all(c.features.get("known", 0.0) == 0.0 for c in cands if c.person.name == "Lavrov")


def test_a_consort_beside_the_monarch_gets_no_state_from_the_file() -> None:
    text = (
        "Koning Willem-Alexander en koningin Máxima ontvingen dinsdag de Portugese president "
        "Marcelo Rebelo de Sousa in Den Haag."
    )
    assert known_state("Máxima", frozenset()) == "NL"
    cands = candidates("nl", text)
    assert not any(c.features.get("known", 0.0) > 0 for c in cands if c.person.name == "Máxima")


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        ("de", "Bundeskanzler Scholz hat am Freitag mit Präsident Putin telefoniert. Das Gespräch "
         "dauerte eine Stunde.", ["DE", "RU"]),
        ("fr", "Le président Macron s'est entretenu mardi par téléphone avec le président "
         "Tebboune.", ["DZ", "FR"]),
        ("en", "President Biden spoke by phone with President Xi on Monday.", ["CN", "US"]),
    ],
)  # fmt: skip
def test_a_call_between_heads_named_without_their_states_is_a_call_of_their_states(
    lang: str, text: str, parties: list[str]
) -> None:
    facts = extract_article(text, language=lang, published="2022-06-10").facts
    assert [(m.kind, m.parties) for m in facts.meetings] == [("call", parties)]


def test_another_states_officeholder_leads_no_side_of_this_state() -> None:
    """The file knows Kenyatta as Kenya's president in 2016: at Netanyahu's visit to Nairobi he
    is no candidate for Israel, only for Kenya."""
    text = (
        "Israeli Prime Minister Benjamin Netanyahu arrived in Nairobi on Tuesday for a state "
        "visit. He held talks with President Uhuru Kenyatta at State House. Israel and Kenya "
        "signed agreements on water and security."
    )
    states = {c.country for c in candidates("en", text) if c.person.name == "Uhuru Kenyatta"}
    assert states == {"KE"}


def test_an_envoy_sharing_an_officeholders_name_keeps_his_pairs() -> None:
    """'Ambassador Lavrov' shares the Russian minister's surname, not his office."""
    text = (
        "The Chilean ambassador, Ambassador Lavrov, was received by the Dutch foreign minister "
        "in The Hague on Monday."
    )
    assert any(c.country != "RU" for c in candidates("en", text) if c.person.name == "Lavrov")


def test_a_retrospective_names_the_officeholders_of_the_year_it_tells() -> None:
    # Published in 2016 about a 1985 summit: 'President' alone gives no state, and Reagan held
    # office in 1985, not in 2016.
    text = (
        "Superpower leaders meet in Geneva, Nov. 19, 1985\n\nThe summit took place in Geneva. "
        "President Ronald Reagan and Mikhail Gorbachev, the general secretary of the Soviet "
        "Communist Party, began their talks at a lakeside chateau."
    )
    facts = extract_article(text, language="en", published="2016-11-19").facts
    assert [m.date for m in facts.meetings] == ["1985-11-19"]
    assert ("US", "Ronald Reagan") in {(d.country, d.leader) for d in facts.delegations}
