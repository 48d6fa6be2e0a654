"""A courtesy form before a name with no title in reach keeps the name as a person."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


def _people(lang: str, text: str) -> list[tuple[str, str | None, str]]:
    found = people_of(lang, text)
    return [(p.name, p.title, p.rule) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Le président a ensuite reçu M. Karim Benali au palais.", "Karim Benali"),
        ("fr", "Le ministre s'est entretenu avec monsieur Petrov.", "Petrov"),
        ("en", "The envoy later met Mr. Tom Hadley in the capital.", "Tom Hadley"),
        ("nl", "De minister sprak daarna met de heer Van Loon.", "Van Loon"),
        ("de", "Im Anschluss sprach Herr Jan Kessler.", "Jan Kessler"),
        ("fr", "Elle a reçu Mme Claire Benali, venue de Rabat.", "Claire Benali"),
        ("nl", "De koning ontving mevrouw Anna de Wit op het paleis.", "Anna de Wit"),
    ],
)
def test_a_courtesy_form_keeps_an_untitled_name(lang: str, text: str, name: str) -> None:
    assert (name, None, "honorific-name") in _people(lang, text)


def test_a_titled_name_is_not_found_twice() -> None:
    found = _people("fr", "Il a reçu le ministre des Affaires étrangères, M. Karim Benali.")
    assert [n for n, _, _ in found] == ["Karim Benali"]
    assert found[0][1] is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The president arrived with his wife Mrs. Anna Hadley."),
        ("de", "Der Präsident wird von seiner Frau Brigitte begleitet."),
        ("fr", "Le président est accompagné de son épouse, Mme Claire Benali."),
    ],
)
def test_a_spouse_is_no_person_of_the_talks(lang: str, text: str) -> None:
    assert _people(lang, text) == []
