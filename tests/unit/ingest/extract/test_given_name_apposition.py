"""A state's name that is also a given name opens the name before an apposition title."""

from __future__ import annotations

import pytest

from tests.unit.ingest.extract.people_reader import people_of


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Le président, accompagné de Maurice Couve de Murville, le ministre des Affaires "
         "étrangères, a rencontré à Moscou le président soviétique.", "Maurice Couve de Murville"),
        ("fr", "Le président a reçu Israël Katz, le ministre israélien des Affaires étrangères.",
         "Israël Katz"),
        ("en", "The German president met in Berlin with Israel Katz, the Israeli foreign "
         "minister.", "Israel Katz"),
    ],
)  # fmt: skip
def test_a_given_name_state_opens_the_name_before_a_title(lang: str, text: str, name: str) -> None:
    assert name in [p.name for p in people_of(lang, text)]


def test_a_state_before_a_comma_and_a_title_is_no_name() -> None:
    text = "Le président a reçu le ministre de Maurice, le ministre des Affaires étrangères."
    assert all("Maurice" not in p.name for p in people_of("fr", text))
