"""Titles that carry a remit or an office ('for the dialogue', 'du Bureau pour ...'), appositions
with 'the country's', and sides named by a hyphenated pair before a trigger."""

from __future__ import annotations

from typing import Any

from ingest.extract.pipeline import extract_article


def _facts(text: str, lang: str) -> dict[str, Any]:
    return extract_article(text, language=lang, published="2025-04-02").facts.model_dump()


def test_office_name_then_preposition_is_part_of_the_title() -> None:
    text = (
        "La délégation malienne est conduite par le directeur de l'Agence pour le Sahel, "
        "Ibrahim Keita."
    )
    facts = _facts(text, "fr")
    assert [(d["country"], d["leader"]) for d in facts["delegations"]] == [("ML", "Ibrahim Keita")]
    assert "Agence pour le Sahel" in facts["officials"][0]["title"]


def test_remit_after_connector_ends_at_the_comma() -> None:
    text = (
        "L'envoyé spécial de l'ONU pour la région, Karl Lindqvist, a salué la reprise "
        "des discussions."
    )
    facts = _facts(text, "fr")
    assert facts["officials"][0]["name"] == "Karl Lindqvist"
    assert facts["delegations"] == []


def test_apposition_with_the_countrys_title() -> None:
    text = "Chile's delegation is led by Rosa Fuentes, the country's deputy foreign minister."
    facts = _facts(text, "en")
    assert [(d["country"], d["leader"]) for d in facts["delegations"]] == [("CL", "Rosa Fuentes")]


def test_hyphenated_pair_names_the_sides_not_metonymy_later_on() -> None:
    text = (
        "Leaders met in Lisbon on Tuesday for the EU-Canada summit, which Washington "
        "and Beijing will watch closely."
    )
    parties = [m["parties"] for m in _facts(text, "en")["meetings"]]
    assert parties == [["CA", "EU"]]
