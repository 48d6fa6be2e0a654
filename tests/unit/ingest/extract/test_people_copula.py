"""A title after a copula, or after a phrase of capacity, names the person before it."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.title, p.country) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "They last met in 1989, when P V Narasimha Rao was India's external affairs "
         "minister.", ("P V Narasimha Rao", "external affairs minister", "IN")),
        ("en", "In 1989 Sahibzada Yaqub Khan was his Pakistani counterpart.",
         ("Sahibzada Yaqub Khan", "Pakistani counterpart", "PK")),
        ("nl", "Sophie Wilmès is de Belgische premier sinds oktober.",
         ("Sophie Wilmès", "Belgische premier", "BE")),
        ("de", "Sergej Lawrow ist der russische Außenminister.",
         ("Sergej Lawrow", "russische Außenminister", "RU")),
        ("fr", "Jean-Yves Le Drian est le ministre français des Affaires étrangères.",
         ("Jean-Yves Le Drian", "ministre français des Affaires étrangères", "FR")),
    ],
)  # fmt: skip
def test_a_title_after_a_copula_names_the_person_before_it(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _people(lang, text)


def test_a_name_before_another_verb_is_no_holder() -> None:
    assert _people("en", "Yesterday Sahibzada Yaqub Khan met the Pakistani counterpart.") == []


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fr", "Rosa Vidal a présenté ses lettres de créance en qualité d'ambassadeur du Chili.",
         "CL"),
        ("fr", "Il a reçu SEM Rosa Vidal, en sa qualité d\u2019ambassadrice du Chili.", "CL"),
        ("en", "Rosa Vidal spoke in her capacity as Chile's ambassador to Peru.", "CL"),
        ("de", "Rosa Vidal sprach in ihrer Eigenschaft als chilenische Botschafterin.", "CL"),
    ],
)  # fmt: skip
def test_a_capacity_phrase_titles_the_name_before_it(lang: str, text: str, country: str) -> None:
    assert [(n, c) for n, _, c in _people(lang, text)] == [("Rosa Vidal", country)]


def test_a_capacity_phrase_skips_a_titled_name() -> None:
    text = (
        "Rosa Vidal a remis au président Juan Soto ses lettres en qualité d'ambassadrice du Chili."
    )
    assert [(n, c) for n, _, c in _people("fr", text)] == [
        ("Juan Soto", None),
        ("Rosa Vidal", "CL"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "À Moscou, il rencontre Alexis Kossyguine (président du Conseil des ministres) "
         "et Andreï Gromyko (ministre des Affaires étrangères).",
         ("Andreï Gromyko", "ministre des Affaires étrangères", None)),
        ("de", "Sergej Lawrow (Außenminister) sagte, die Gespräche seien gut verlaufen.",
         ("Sergej Lawrow", "Außenminister", None)),
        ("nl", "Stef Blok (minister van Buitenlandse Zaken) sprak met de pers.",
         ("Stef Blok", "minister van Buitenlandse Zaken", None)),
        ("en", "Jake Sullivan (national security adviser) joined the talks.",
         ("Jake Sullivan", "national security adviser", None)),
    ],
)  # fmt: skip
def test_a_title_in_brackets_after_a_name_is_its_apposition(
    lang: str, text: str, expected: tuple[str, str, None]
) -> None:
    assert expected in _people(lang, text)
