"""At a summons the envoy stands for his state; any other titled person of that state (the head of
its diplomacy whose remarks caused the summons) is marked for the model, whatever class his title
has."""

from __future__ import annotations

import pytest

from ingest.extract.leaders.envoys import not_envoy
from ingest.models import Person
from tests.unit.ingest.extract.leaders.candidates import candidates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Chili a convoqué l'ambassadeur péruvien à Santiago lundi pour protester contre "
         "les propos du chef de la diplomatie péruvienne, Luis Vega."),
        ("nl", "Chili heeft maandag in Santiago de Peruaanse ambassadeur ontboden na uitspraken "
         "van de Peruaanse secretaris-generaal van Buitenlandse Zaken, Luis Vega."),
    ],
)  # fmt: skip
def test_the_head_of_the_envoys_diplomacy_is_marked(lang: str, text: str) -> None:
    marks = {c.country: c.features["x_summoned_not_envoy"] for c in candidates(lang, text)
             if c.person.name == "Luis Vega"}  # fmt: skip
    assert marks.get("PE") == 1.0


@pytest.mark.parametrize(
    ("role", "envoy"),
    [("ambassador", True), ("chargé d'affaires", True), ("top diplomat", True),
     ("head", False), ("foreign minister", False)],
)  # fmt: skip
def test_envoys_by_their_roles_last_words(role: str, envoy: bool) -> None:
    assert not_envoy(Person(id="p", name="Luis Vega", role=role)) is not envoy


def test_a_person_without_a_title_is_not_marked() -> None:
    assert not not_envoy(Person(id="p", name="Luis Vega"))
