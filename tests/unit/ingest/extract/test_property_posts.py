"""A diplomatic or consular post named by its generic noun ('diplomatieke post',
'Auslandsvertretung', 'poste consulaire') is a building; a building tied to what is done to it
or a part of it ('la prise de l'ambassade des Etats-Unis', 'de consulaire afdeling van de
Nederlandse ambassade') is a building too, and so is one whose staff the text names ('the chargé
d'affaires of the Dutch embassy'); one that speaks or works ('a statement of the Dutch embassy')
is none."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _props(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    facts = extract_article(text, language=lang, published="2022-06-01").facts
    return [(p.owner_country, p.location) for p in facts.properties]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("nl", "Ook Frankrijk, het Verenigd Koninkrijk en Duitsland hebben hun diplomatieke post "
               "in de Oekraïense hoofdstad heropend.",
         [("FR", "Kyiv"), ("GB", "Kyiv"), ("DE", "Kyiv")]),
        ("en", "Gunmen attacked the American diplomatic post in Benghazi on Tuesday.",
         [("US", "Benghazi")]),
        ("de", "Die deutsche diplomatische Vertretung in Moskau verliert Personal.",
         [("DE", "Moscow")]),
        ("fr", "Le ministère a fermé la chancellerie détachée de Trêves au 31 juillet.",
         [(None, "Trêves")]),
    ],
)  # fmt: skip
def test_a_post_named_by_its_generic_noun_is_a_building(
    lang: str, text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _props(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Moscou a convoqué les chefs des missions diplomatiques de l'Australie, de "
               "l'Albanie et de l'Allemagne."),
        ("nl", "Zij vertrok voor een humanitaire missie naar Irak."),
    ],
)  # fmt: skip
def test_a_mission_in_no_known_place_is_no_building(lang: str, text: str) -> None:
    assert _props(text, lang) == []


def test_a_mission_in_the_town_of_a_named_consulate_is_that_consulate() -> None:
    text = (
        "Les Etats-Unis ont ordonné à la Russie de fermer son consulat à San Francisco. "
        "Moscou dénonce des perquisitions prévues dans sa mission à San Francisco."
    )
    assert _props(text, "fr") == [("RU", "San Francisco")]


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("fr", "Des scènes qui rappellent celles de la prise de l'ambassade des Etats-Unis en "
               "1979.", "US"),
        ("nl", "De consulaire afdeling van de Nederlandse ambassade is nog steeds gesloten.", "NL"),
        ("de", "In der deutschen Botschaft lädt der Präsident zu einem Empfang.", "DE"),
        ("en", "Students took part in the storming of the British embassy.", "GB"),
    ],
)  # fmt: skip
def test_a_building_tied_to_what_is_done_to_it_is_a_building(
    lang: str, text: str, owner: str
) -> None:
    assert [o for o, _ in _props(text, lang)] == [owner]


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("en", "The chargé d'affaires of the Dutch embassy was summoned.", "NL"),
        ("de", "Die Türkei bestellte den Geschäftsträger der niederländischen Botschaft ein.",
         "NL"),
    ],
)  # fmt: skip
def test_an_embassy_known_by_its_staff_is_a_building(lang: str, text: str, owner: str) -> None:
    assert _props(text, lang) == [(owner, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The activities of the Dutch embassy were praised by the minister."),
        ("nl", "Een verklaring van de Nederlandse ambassade noemde het incident ernstig."),
        ("de", "Eine Erklärung der niederländischen Botschaft nannte den Vorfall ernst."),
        ("fr", "Une déclaration de l'ambassade néerlandaise a qualifié l'incident de grave."),
    ],
)  # fmt: skip
def test_an_embassy_that_speaks_or_works_stays_no_building(lang: str, text: str) -> None:
    assert _props(text, lang) == []
