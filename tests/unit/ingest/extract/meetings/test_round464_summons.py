"""Round 464: summonses. The envoy is the one in the summoning verb's clause, and a state before
him across a comma is another clause's; towns listed right after the verb are each a summoner's
seat; a ministry the outlet calls its own summons for the outlet's state; a meeting word before
the summoning verb does not hide the summons; 'summoned home' is a recall."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.meetings.extracted import places_and_parties


def test_the_envoy_is_the_one_in_the_summoning_clause() -> None:
    fr = ("Retrait des ambassadeurs du Pérou et de l'Équateur, ambassadeurs d'Italie convoqués à "
          "Lisbonne, Madrid et Athènes.")  # fmt: skip
    assert places_and_parties(fr, "fr") == [
        ("Athens", ["GR", "IT"]),
        ("Lisbon", ["IT", "PT"]),
        ("Madrid", ["ES", "IT"]),
    ]


def test_a_state_before_the_envoy_across_a_comma_is_not_the_envoys() -> None:
    fr = ("Deux jours après les sanctions visant des dirigeants algériens, le chargé d'affaires "
          "de l'ambassade d'Italie est convoqué au ministère des Affaires étrangères.")  # fmt: skip
    assert places_and_parties(fr, "fr") == [("Algiers", ["DZ", "IT"])]


def test_a_ministry_the_outlet_calls_its_own_summons_for_its_state() -> None:
    nl = ("Net als de Duitse en de Oostenrijkse regering heeft ook onze minister van "
          "Buitenlandse Zaken de Iraanse ambassadeur op het tapijt geroepen. "
          "België is verontwaardigd.")  # fmt: skip
    facts = extract_article(
        nl, language="nl", published="2025-06-10", url="https://www.standaard.be/x"
    ).facts
    assert [(m.city, m.parties) for m in facts.meetings] == [("Brussels", ["BE", "IR"])]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("de", "Der kubanische Botschafter wurde zum Gespräch ins Auswärtige Amt gebeten.",
         [("Berlin", ["CU", "DE"])]),
        ("de", "Das EDA hat den kubanischen Botschafter in Bern zu einem Gespräch aufgeboten.",
         [("Bern", ["CH", "CU"])]),
    ],
)  # fmt: skip
def test_a_talk_the_envoy_is_called_to_is_the_summons(
    lang: str, text: str, found: list[tuple[str, list[str]]]
) -> None:
    assert places_and_parties(text, lang) == found


def test_an_envoy_summoned_home_is_recalled() -> None:
    en = "Chile's ambassador in Lima, Jorge Pérez, has been summoned home for talks."
    assert places_and_parties(en, "en") == []
