"""Heads of three words or more ('Chief of Staff', 'chef de la mission'), listed in the language
files: the title is read up to them and the name after them is its holder's, with the modifiers
and bodies before them ('acting White House Chief of Staff', 'U.S. Deputy Chief of Mission')."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


@pytest.mark.parametrize(
    ("lang", "text", "name", "title", "role"),
    [
        (
            "en",
            "Acting White House Chief of Staff Mick Mulvaney will attend the talks.",
            "Mick Mulvaney",
            "Acting White House Chief of Staff",
            "acting official",
        ),
        (
            "en",
            "Moscow summoned U.S. Deputy Chief of Mission Richard Combs on Monday.",
            "Richard Combs",
            "U.S. Deputy Chief of Mission",
            "deputy chief",
        ),
        (
            "fr",
            "Elle a reçu le chef de la mission diplomatique Roberto Canseco hier.",
            "Roberto Canseco",
            "chef de la mission diplomatique",
            "head",
        ),
        (
            "fr",
            "Le chef d\u2019état-major des armées Pierre Martin était présent.",
            "Pierre Martin",
            "chef d\u2019état-major des armées",
            "commander",
        ),
        (
            "nl",
            "Daar sprak hij met chef van de staf Jan de Boer over de zaak.",
            "Jan de Boer",
            "chef van de staf",
            "official",
        ),
    ],
)
def test_a_head_of_several_words_holds_the_name_after_it(
    lang: str, text: str, name: str, title: str, role: str
) -> None:
    assert [(p.name, p.title, p.role) for p in people_of(lang, text)] == [(name, title, role)]


def test_a_head_of_two_words_keeps_its_modifier_role() -> None:
    """'première dame' is read as before: a head of three words or more is what takes the role
    over a modifier that opens it."""
    assert [p.name for p in people_of("fr", "Il est arrivé avec la première dame Anne Roy.")] == [
        "Anne Roy"
    ]


def test_a_listed_head_tells_where_the_body_ends() -> None:
    """'Chief of State Protocol' is a head the language file lists: the name after it is told."""
    assert [p.name for p in people_of("en", "He met Chief of State Protocol Faisal Jalali.")] == [
        "Faisal Jalali"
    ]
