"""A demonstrative pronoun after a building noun counts out more buildings of its kind ('comme
celles de la Grèce, Malte ou l'Egypte', 'bijvoorbeeld die in Parijs, Londen en Berlijn'); one
before a single state or town alone, or repeating another noun, names none."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _found(language: str, text: str) -> set[tuple[str | None, str | None]]:
    facts = extract_article(text, language=language, published="2025-06-20").facts
    return {(p.owner_country, p.location) for p in facts.properties}


def test_listed_states_after_a_pronoun_each_have_a_building() -> None:
    text = ("D'autres ambassades ont annoncé qu'elles rouvriront à Tripoli, comme celles de la "
            "Grèce, de Malte ou de l'Egypte.")  # fmt: skip
    owners = {owner for owner, _ in _found("fr", text)}
    assert {"GR", "MT", "EG"} <= owners


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Ambassades die moeten inkrimpen zijn de grote posten, bijvoorbeeld die in Parijs, "
               "Londen en Berlijn."),
        ("de", "Betroffen sind die großen Botschaften, etwa diejenigen in Paris, London und "
               "Berlin."),
    ],
)  # fmt: skip
def test_listed_places_after_a_pronoun_each_have_a_building(language: str, text: str) -> None:
    assert {"Paris", "London", "Berlin"} <= {place for _, place in _found(language, text)}


def test_a_single_state_alone_names_no_building() -> None:
    text = "La fermeture de l'ambassade de France a suivi celle du Canada."
    assert "CA" not in {owner for owner, _ in _found("fr", text)}


def test_a_relative_clause_names_no_building() -> None:
    text = "De ambassade helpt de Nederlanders die in Parijs en Londen wonen."
    assert not {"Paris", "London"} & {place for _, place in _found("nl", text)}


def test_a_pronoun_of_another_gender_repeats_another_noun() -> None:
    text = ("Les étudiants ont envahi la résidence et remplacé les drapeaux par ceux de l'Iran "
            "et de l'Irak.")  # fmt: skip
    assert not {"IR", "IQ"} & {owner for owner, _ in _found("fr", text)}
