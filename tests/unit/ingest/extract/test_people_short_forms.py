"""Short forms that hide a titled person: English 'PM' and 'FM', initials without points,
capitalised particles ('Ould', 'El', 'Van der') that are no name words, and an honorific
abbreviation ('Hon.') that must not end the sentence."""

from __future__ import annotations

import pytest

from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences
from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.role, p.country) for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canadian PM Anna Moreau landed in Oslo.", ("Anna Moreau", "prime minister", "CA")),
        ("She met the Kenyan FM Peter Otieno.", ("Peter Otieno", "foreign minister", "KE")),
    ],
)
def test_pm_and_fm_are_titles(text: str, expected: tuple[str, str, str]) -> None:
    assert _people("en", text) == [expected]


def test_pm_after_a_clock_time_titles_nobody() -> None:
    assert _people("en", "The talks ended at 10:30 PM Friday in Oslo.") == []


@pytest.mark.parametrize("initials", ["RK", "YK"])
def test_initials_without_points_open_a_name(initials: str) -> None:
    found = _people("en", f"They briefed Army Chief Gen {initials} Sharma on the talks.")
    assert [n for n, _, _ in found] == [f"{initials} Sharma"]


def test_a_country_in_capitals_is_no_initial() -> None:
    found = _people("en", "Minister Anna Berg met the EU envoy UK Jones.")
    assert "UK Jones" not in [n for n, _, _ in found]


@pytest.mark.parametrize("honorific", ["Hon.", "Maj.", "Adm."])
def test_an_honorific_abbreviation_does_not_end_the_sentence(honorific: str) -> None:
    text = f"The mission is led by Minister of Trade, the {honorific} Carla Ruiz, in Lima."
    split = split_sentences(normalise(text, language="en"), language="en")
    assert len(split.sentences) == 1


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le président, M. Ahmed Ould Sidi El Moctar, a reçu l'envoyé.",
            "Ahmed Ould Sidi El Moctar",
        ),
        ("en", "President Ana Maria Luisa Van der Berg arrived.", "Ana Maria Luisa Van der Berg"),
    ],
)
def test_capitalised_particles_are_no_name_words(lang: str, text: str, name: str) -> None:
    assert name in [n for n, _, _ in _people(lang, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU foreign policy chief Lena Holm met him.", ("Lena Holm", "foreign chief", "EU")),
        ("Kenya's chief delegate Peter Otieno spoke.", ("Peter Otieno", "chief delegate", "KE")),
    ],
)
def test_chief_ends_a_title_and_delegate_is_one(text: str, expected: tuple[str, str, str]) -> None:
    assert _people("en", text) == [expected]


def test_chief_before_a_connector_opens_no_title() -> None:
    found = _people("en", "The Chief of the Kenya Defence Forces Peter Otieno spoke.")
    assert [n for n, _, _ in found] in ([], ["Peter Otieno"])


def test_foreign_secretaries_share_their_plural_title() -> None:
    found = _people("en", "The foreign secretaries, Anil Rao and Tariq Aziz, met in Delhi.")
    assert [(n, r) for n, r, _ in found] == [
        ("Anil Rao", "foreign secretary"),
        ("Tariq Aziz", "foreign secretary"),
    ]


def test_a_capitalised_particle_after_a_title_opens_the_surname() -> None:
    text = (
        "Minister Jansen van Financiën, minister Van Dam van Defensie en de Belgische "
        "minister Peeters."
    )
    assert [(n, c) for n, _, c in _people("nl", text)] == [
        ("Jansen", None),
        ("Van Dam", None),
        ("Peeters", "BE"),
    ]
