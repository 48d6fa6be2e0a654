"""Honorifics are no part of a name ('Zijne Excellentie Ronnie Brunswijk', 'Cde Henry
Mukonoweshuro', 'Shri Pranab Mukherjee', 'Sa Majesté Norodom Sihamoni'), and 'Amb' titles an
ambassador ('Amb James Manzou')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _officials(text: str, lang: str) -> dict[str, str | None]:
    facts = extract_article(text, language=lang, published="2020-02-20").facts
    return {o.name: o.title for o in facts.officials}


def test_zijne_excellentie_is_no_part_of_the_name() -> None:
    text = "Waarnemend president Zijne Excellentie Ronnie Brunswijk ontmoette president Irfaan Ali."
    assert "Ronnie Brunswijk" in _officials(text, "nl")


def test_comrade_and_amb() -> None:
    text = "Also present were Cde Henry Mukonoweshuro, special advisor, and Amb James Manzou."
    found = _officials(text, "en")
    assert found.get("Henry Mukonoweshuro") == "special advisor"
    assert found.get("James Manzou") == "Amb"


def test_shri_and_sa_majeste() -> None:
    text = "Shri Pranab Mukherjee, Minister of External Affairs, received the delegation."
    assert "Pranab Mukherjee" in _officials(text, "en")
    text = "Sa Majesté Norodom Sihamoni, Roi du Cambodge, a reçu le président laotien."
    assert "Norodom Sihamoni" in _officials(text, "fr")
