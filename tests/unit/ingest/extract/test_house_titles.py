"""Titles the language files hold since round 664: Austrian state governors, hereditary princes
with a house particle of several words ('von und zu'), the Shah, cabinet-minute abbreviations,
'ministre-adjoint', and Dutch compounds on 'baas', which make officials who lead nothing."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(text: str, language: str) -> dict[str, str | None]:
    facts = extract_article(text, language=language, published="2019-05-07").facts
    return {o.name: o.title for o in facts.officials}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "In Graz empfing Landeshauptmann Hermann Schützenhöfer den Gast.",
            "Hermann Schützenhöfer",
        ),
        (
            "de",
            "Erbprinz Alois von und zu Liechtenstein traf den Präsidenten.",
            "Alois von und zu Liechtenstein",
        ),
        ("nl", "Erfprins Alois sprak in Vaduz met de minister.", "Alois"),
        ("fr", "La ministre-adjointe Marie Dupont a reçu l'ambassadeur.", "Marie Dupont"),
        (
            "nl",
            "De sjah Mohammed Reza Pahlavi ontving de minister in Teheran.",
            "Mohammed Reza Pahlavi",
        ),
    ],
)
def test_the_title_makes_an_official(language: str, text: str, name: str) -> None:
    assert name in _officials(text, language)


def test_a_compound_on_baas_is_an_official_who_leads_nothing() -> None:
    text = "NAVO-baas Jens Stoltenberg sprak in Brussel met de Turkse minister Mevlüt Cavusoglu."
    result = extract_article(text, language="nl", published="2019-05-07")
    assert "Jens Stoltenberg" in {o.name for o in result.facts.officials}
    assert "Jens Stoltenberg" not in {d.leader for d in result.facts.delegations}
