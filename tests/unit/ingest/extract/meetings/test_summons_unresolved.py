"""Summonses whose summoner is told only by an adjective, a list, or not by an envoy noun: held
at the summoning ministry's seat, not at a place the sentence names for the cause."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str) -> list[tuple[str, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return sorted((m.city or "", m.parties) for m in facts.meetings)


def test_an_adjective_on_the_subject_names_the_summoner() -> None:
    fr = (
        "Le gouvernement français a convoqué mardi le chargé d'affaires du Pérou, une mesure "
        "que l'Espagne a prise aussi."
    )
    assert _meetings(fr, "fr") == [("Paris", ["FR", "PE"])]
    nl = (
        "De Belgische regering heeft de Chileense ambassadeur op het matje geroepen, net als "
        "Argentinië eerder deze week."
    )
    assert _meetings(nl, "nl") == [("Brussels", ["BE", "CL"])]


def test_each_state_of_a_list_ending_before_the_verb_summons_its_own_envoy() -> None:
    fr = "Lundi, Madrid et Lisbonne ont convoqué les chargés d'affaires péruviens."
    assert _meetings(fr, "fr") == [("Lisbon", ["PE", "PT"]), ("Madrid", ["ES", "PE"])]


def test_a_summons_naming_no_envoy_noun_is_held_at_the_subjects_seat() -> None:
    en = (
        "Kenya summoned the most senior Ugandan diplomat in Nairobi over an attack on the "
        "Kenyan high commission in Kampala."
    )
    assert _meetings(en, "en") == [("Nairobi", ["KE", "UG"])]
