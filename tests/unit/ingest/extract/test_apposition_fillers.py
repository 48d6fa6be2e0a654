"""A title after a name's comma names it past the words an apposition puts between them (a time
adverb, a year after 'since', a possessive, plain modifiers), and past a single initial."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _names(lang: str, text: str) -> list[str]:
    return [p.name for p in people_of(lang, text)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Sein Nachfolger ist Ulrich Sahm, bisher Ministerialdirektor im Kanzleramt.",
         "Ulrich Sahm"),
        ("de", "Thomas Bagger, seit 2023 Staatssekretär des Auswärtigen Amts, sprach.",
         "Thomas Bagger"),
        ("de", "Er traf Sheila Dikshit, seiner indischen Amtskollegin in Delhi.", "Sheila Dikshit"),
        ("nl", "Ed Kronenburg, nu ambassadeur in Parijs, was erbij.", "Ed Kronenburg"),
        ("nl", "Pieter De Crem, federaal staatssecretaris voor Buitenlandse Handel, reist mee.",
         "Pieter De Crem"),
        ("en", "Tapas Adhikari, joint secretary of the ministry, led the team.", "Tapas Adhikari"),
        ("en", "Marta Lopez, now ambassador to Peru, spoke.", "Marta Lopez"),
        ("fr", "Marta Lopez, actuellement ambassadrice au Pérou, a parlé.", "Marta Lopez"),
    ],
)  # fmt: skip
def test_words_between_the_comma_and_the_title(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", '"No differences," said V. Yermolov, deputy head of the Russian delegation.',
         "V. Yermolov"),
        ("nl", "H. Jonkman, hoofdonderhandelaar van de Nederlandse regering, leidt de delegatie.",
         "H. Jonkman"),
        ("fr", "Xuan Thuy et A. Harriman, délégué américain, se serrent la main.", "A. Harriman"),
    ],
)  # fmt: skip
def test_an_initial_and_its_point_open_the_name_before_a_title(
    lang: str, text: str, name: str
) -> None:
    assert name in _names(lang, text)


def test_a_verb_before_a_determiner_is_no_filler() -> None:
    assert _names("en", "Trump met Angela Merkel, welcomed the minister.") == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Déclaration de M. Hubert Védrine, ministre des affaires étrangères, à Paris.",
         "Hubert Védrine"),
        ("en", "The talks were led by Captain D. Gualter Oscar Allara, Under-Secretary for "
         "Foreign Relations of Argentina.", "Gualter Oscar Allara"),
    ],
)  # fmt: skip
def test_no_initial_before_an_honorific_or_a_full_name(lang: str, text: str, name: str) -> None:
    assert _names(lang, text) == [name]
