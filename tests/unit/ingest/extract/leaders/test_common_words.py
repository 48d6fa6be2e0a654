"""A bare name that is an elided particle and a common word ("chefs d'Etat": 'État' with the
accent its capital drops) leads no side; a surname after an elided particle ("d'Estaing") may."""

from __future__ import annotations

import pytest

from graph_schema.model import Label, node_id
from ingest.extract.context import scanner
from ingest.extract.leaders.common_words import common_word_people
from ingest.extract.leaders.model import Candidate
from ingest.models import Person

_CURLY = "\u2019"


def _cand(name: str) -> Candidate:
    return Candidate(Person(id=node_id(Label.PERSON, name), name=name), "FR")


@pytest.mark.parametrize("name", ["d'Etat", f"d{_CURLY}Etat", "d'État", f"D{_CURLY}Etat"])
def test_an_elided_common_word_is_no_person(name: str) -> None:
    assert common_word_people([_cand(name)], scanner("fr")) == {_cand(name).person.id}


@pytest.mark.parametrize("name", ["d'Estaing", f"d{_CURLY}Ormesson", "Valéry Giscard d'Estaing"])
def test_an_elided_surname_stays(name: str) -> None:
    assert common_word_people([_cand(name)], scanner("fr")) == set()
