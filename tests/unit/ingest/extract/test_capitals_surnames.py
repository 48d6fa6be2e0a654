"""Surnames in capitals as official releases write them: a particle in capitals before a surname
in capitals ('Jean-Yves LE DRIAN') and a two-letter surname in capitals after a plainly written
given name ('Wang YI') belong to the name."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "M. Jean-Yves LE DRIAN, ministre de l'Europe et des affaires étrangères, s'est "
               "entretenu avec son homologue M. Sergueï LAVROV.", "Jean-Yves LE DRIAN"),
        ("en", "Chinese Foreign Minister Wang YI met President Joe Biden in Washington.",
         "Wang YI"),
        ("fr", "Le vice-ministre des affaires étrangères de Chine, Deng LI, a accueilli le "
               "président Patrice TALON à Pékin.", "Deng LI"),
    ],
)  # fmt: skip
def test_a_surname_in_capitals_stays_in_the_name(lang: str, text: str, name: str) -> None:
    facts = extract_article(text, language=lang, published="2018-09-01").facts
    assert name in {o.name for o in facts.officials}


def test_a_country_abbreviation_after_a_name_is_no_surname() -> None:
    text = "President Emmanuel Macron EU summit in Brussels."
    facts = extract_article(text, language="en", published="2018-09-01").facts
    assert "Emmanuel Macron" in {o.name for o in facts.officials}
