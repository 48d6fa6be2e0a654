"""Round 474: an embassy whose staff is named is a building, one that speaks is none; a state
named right after the noun with no tie is a headline's place; one building named twice, first by
its owner, then by its town; 'in A, B, and C' lists three towns."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    facts = extract_article(text, language=lang, published="2021-03-04").facts
    return sorted(((p.owner_country, p.location) for p in facts.properties), key=str)


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("en", "Three employees of the Chilean embassy were expelled on Friday.", "CL"),
        ("fr", "Deux diplomates de l'ambassade chilienne ont été expulsés vendredi.", "CL"),
        ("nl", "Drie medewerkers van de Chileense ambassade zijn uitgewezen.", "CL"),
        ("de", "Drei Mitarbeiter der chilenischen Botschaft wurden ausgewiesen.", "CL"),
    ],
)  # fmt: skip
def test_an_embassy_whose_staff_is_named_is_a_building(lang: str, text: str, owner: str) -> None:
    assert _props(text, lang) == [(owner, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At the invitation of the Chilean embassy, artists performed in the park."),
        ("en", "The Chilean embassy's spokeswoman declined to comment on Friday."),
        ("fr", "Une déclaration de l'ambassade chilienne a démenti l'information."),
    ],
)  # fmt: skip
def test_an_embassy_that_speaks_or_invites_is_no_building(lang: str, text: str) -> None:
    assert _props(text, lang) == []


def test_a_state_right_after_the_noun_in_a_headline_is_no_owner() -> None:
    text = "Ook Noorwegen sluit ambassade Soedan\n\nDe Noorse ambassade in Soedan gaat dicht."
    assert [owner for owner, _ in _props(text, "nl")] == ["NO"]


def test_a_german_genitive_right_after_the_noun_owns_it() -> None:
    assert _props("Demonstranten besetzten die Botschaft Chiles in Bern.", "de") == [("CL", "Bern")]


def test_an_owned_embassy_named_again_by_its_town_is_one_building() -> None:
    text = (
        "Protesters gathered outside the Chilean embassy on Friday. "
        "Police closed the streets around the embassy in Lima."
    )
    assert _props(text, "en") == [("CL", "Lima")]


def test_a_list_with_a_comma_before_and_names_every_town() -> None:
    text = "Chile will close its consulates in Lyon, Marseille, and Bordeaux."
    assert [place for _, place in _props(text, "en")] == ["Bordeaux", "Lyon", "Marseille"]
