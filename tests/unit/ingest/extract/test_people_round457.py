"""Round 457: named people whose role the text states in ways the person reader missed: in a
relative clause, after 'as', after a possessor ('President X's adviser'), with a given name in
brackets or a double name split by a dash, a remit with no title of its own, and role nouns the
lists lacked."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _names(lang: str, text: str) -> list[str]:
    return [p.name for p in people_of(lang, text)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nl", "De prijs ging naar Karel Wouters die toen ambassadeur was.", "Karel Wouters"),
        ("fr", "On se souvient de Paul Marchal, qui était consul à Bergen.", "Paul Marchal"),
        ("en", "She thanked Ruth Obi, who is the town mayor.", "Ruth Obi"),
        ("de", "Er lobte Anna Kessler, die damals Botschafterin war, sehr.", "Anna Kessler"),
    ],
)  # fmt: skip
def test_a_title_in_a_relative_clause_names_the_person_before_it(
    lang: str, text: str, name: str
) -> None:
    assert name in _names(lang, text)


def test_a_relative_clause_with_another_verb_names_no_holder() -> None:
    assert _names("de", "Er lobte Anna Kessler, die den Botschafter traf.") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La réélection de Pablo Ortiz comme président a surpris."),
        ("de", "Nach dem Amtsantritt von Pablo Ortiz als Präsident kam die Wende."),
        ("nl", "De keuze voor Pablo Ortiz als president viel goed."),
    ],
)  # fmt: skip
def test_a_title_after_as_names_the_full_name_before_it(lang: str, text: str) -> None:
    assert _names(lang, text) == ["Pablo Ortiz"]


def test_a_possessor_between_the_comma_and_the_title_is_passed_over() -> None:
    text = "Tom Reed, President Lowe's security adviser, flew in."
    assert "Tom Reed" in _names("en", text)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Minister (Hanna) Lind spoke first.", "Hanna Lind"),
        ("de", "Ministerin Eva- Maria Lind sprach zuerst.", "Eva- Maria Lind"),
        ("fr", "Le ministre, Jean \u2014 Luc Morel, a parlé.", "Jean \u2014 Luc Morel"),
    ],
)  # fmt: skip
def test_a_bracketed_given_name_or_a_split_double_name_is_one_name(
    lang: str, text: str, name: str
) -> None:
    assert _names(lang, text) == [name]


def test_a_dash_between_two_single_names_parts_them() -> None:
    assert "Lind \u2013 Morel" not in " ".join(_names("en", "Minister Lind \u2013 Morel spoke."))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Omar Haddad, Deputy for Consular Affairs, arrived.", "Omar Haddad"),
        ("en", "She met Omar Haddad, director of the ministry's Asia desk, today.", "Omar Haddad"),
        ("de", "Der Richter Tomas Berg schwieg.", "Tomas Berg"),
        ("de", "Dabei war Lena Roth, Vorstand der Firma Alpha, mit.", "Lena Roth"),
        ("de", "Neben Gastgeber Uwe Brandt kamen viele.", "Uwe Brandt"),
        ("nl", "De Deense staatsman Lars Holm sprak.", "Lars Holm"),
    ],
)  # fmt: skip
def test_roles_the_reader_missed_name_their_holder(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)
