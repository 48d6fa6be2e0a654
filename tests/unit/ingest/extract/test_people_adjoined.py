"""Name forms and title positions the title finder once missed: initials with points before an
apposition, and a title in lower case right after a full name with no comma."""

from __future__ import annotations

import pytest

from ingest.extract.mentions import PersonMention
from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[PersonMention]:
    return people_of(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "de",
            "Die Gespräche führte K.P. Petrow, Außenminister der UdSSR, in Bonn.",
            "K.P. Petrow",
        ),
        ("en", "Talks were led by R.K. Menon, the foreign secretary, on Monday.", "R.K. Menon"),
    ],
)
def test_initials_open_a_name_before_its_title(lang: str, text: str, name: str) -> None:
    assert [p.name for p in _people(lang, text)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("fr", "Il a rencontré Jean Dupuis premier ministre belge hier.", "Jean Dupuis", "BE"),
        ("nl", "Hij sprak met Piet Jansen premier van België over handel.", "Piet Jansen", "BE"),
    ],
)
def test_a_lower_case_title_right_after_a_full_name_is_its_own(
    lang: str, text: str, name: str, country: str
) -> None:
    found = _people(lang, text)
    assert [(p.name, p.country) for p in found] == [(name, country)]


def test_each_name_of_a_list_holds_the_title_right_after_it() -> None:
    text = (
        "La délégation comprenait Paul Martin ministre des mines, de l'énergie et de l'eau, "
        "Luc Blanc ministre de l'agriculture, et Anne Noir ministre de la santé."
    )
    found = [(p.name, p.title) for p in _people("fr", text)]
    assert found == [
        ("Paul Martin", "ministre des mines"),
        ("Luc Blanc", "ministre de l'agriculture"),
        ("Anne Noir", "ministre de la santé"),
    ]


def test_a_capitalised_title_after_a_name_without_comma_is_not_taken() -> None:
    found = _people("en", "Talks with Jean Dupuis President Smith of Ruritania began.")
    assert all(p.name != "Jean Dupuis" for p in found)


def test_a_list_of_portfolios_after_an_apposition_title_is_no_name() -> None:
    text = "Meanwhile, Ann Lee, the Minister of Trade, Export Growth, and Fisheries, will travel."
    assert [(p.name, p.rule) for p in _people("en", text)] == [("Ann Lee", "name-comma-title")]


def test_a_second_title_after_a_joiner_keeps_the_name_before_it() -> None:
    text = (
        "Der Präsident des Rates, Hans Meier, der Präsident der Kommission, Eva Roth und "
        "Chinas Premierminister Li Wei sprachen."
    )
    assert "Eva Roth" in [p.name for p in _people("de", text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Geschäftsführer des Verbandes der Deutschen Industrie (VDI), Jan Roth, reiste.",
            "Jan Roth",
        ),
        ("Sie traf den Geschäftsführer Paul Weber in Bagdad.", "Paul Weber"),
    ],
)
def test_a_managing_director_and_an_acronym_after_the_title(text: str, name: str) -> None:
    assert [p.name for p in _people("de", text)] == [name]


def test_a_bracketed_word_without_a_comma_stays_out_of_the_title() -> None:
    found = _people("en", "He met the French president (PS) Jean Dupont.")
    assert all("(PS)" not in (p.title or "") for p in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Il a vu ses homologues chiliens Ana Soto, et péruvien Luis Vega."),
        ("en", "He met foreign ministers Ana Soto of Chile and Peruvian Luis Vega."),
    ],
)
def test_a_nationality_before_a_listed_name_is_its_own(lang: str, text: str) -> None:
    found = [(p.name, p.country) for p in _people(lang, text)]
    assert found == [("Ana Soto", "CL"), ("Luis Vega", "PE")]


def test_a_common_misspelling_of_a_title() -> None:
    found = _people("en", "Talks with visiting British Prime Minster Ann Lee began.")
    assert [(p.name, p.country) for p in found] == [("Ann Lee", "GB")]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman of the ministry \u2013 Ann Lee \u2013 said so.",
        "The foreign minister \u2014 Ann Lee \u2014 said so.",
        "The foreign minister -- Ann Lee -- said so.",
    ],
)
def test_a_dash_after_a_title_is_a_comma(text: str) -> None:
    assert [p.name for p in _people("en", text)] == ["Ann Lee"]


def test_a_lone_hyphen_after_a_title_is_no_pause() -> None:
    assert _people("en", "The minister - Ann Lee said so.") == []
