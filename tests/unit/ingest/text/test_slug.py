"""Canonical id parts: readable, accent-free, and never one shared id for names in other scripts."""

from __future__ import annotations

from ingest.resolve.ids import person_id
from ingest.text.slug import slug


def test_latin_names_keep_their_readable_slug() -> None:
    assert slug("Genève") == "geneve"
    assert person_id("Alexander Darchiev") == "person:alexander-darchiev"


def test_cyrillic_and_greek_names_are_spelt_in_latin_letters() -> None:
    assert person_id("Сергей Лавров") == person_id("Sergei Lavrov") == "person:sergei-lavrov"
    assert slug("Αθήνα") == "athina"


def test_names_with_no_latin_form_get_ids_of_their_own() -> None:
    ids = {person_id(name) for name in ("李强", "王毅", "习近平")}
    assert len(ids) == 3
    assert person_id("李强") == person_id("李强")  # a function of the name alone
    assert "person:unnamed" not in ids
