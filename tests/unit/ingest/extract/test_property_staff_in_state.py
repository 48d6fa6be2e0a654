"""A state's embassy in another state is a building whether or not its staff or the envoy who
heads it is named ('the chargé d'affaires of the Dutch embassy in Turkey')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _owners(text: str, lang: str) -> list[str | None]:
    facts = extract_article(text, language=lang, published="2019-12-12").facts
    return [p.owner_country for p in facts.properties]


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("en", "The Prime Minister met staff of the Vietnam Embassy in Hungary on Monday.", "VN"),
        ("de", "Russland erklärte zwei Mitarbeiter der deutschen Botschaft in Russland zu "
               "unerwünschten Personen.", "DE"),
        ("nl", "Medewerkers van de Nederlandse ambassade in Iran worden tijdelijk verplaatst.",
         "NL"),
        ("fr", "Le ministère a convoqué le gérant du consulat général du Maroc en Algérie.", "MA"),
    ],
)  # fmt: skip
def test_an_embassy_whose_staff_is_named_is_a_building(lang: str, text: str, owner: str) -> None:
    assert owner in _owners(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("en", "The chargé d'affaires of the Dutch embassy in Turkey was summoned.", "NL"),
        ("fr", "L'audience s'est déroulée en présence du chargé d'affaires de l'ambassade du "
               "Sénégal en Mauritanie.", "SN"),
    ],
)  # fmt: skip
def test_an_envoys_post_in_a_state_is_a_building(lang: str, text: str, owner: str) -> None:
    assert _owners(text, lang) == [owner]
