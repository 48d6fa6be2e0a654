"""Round 484: Dutch forms the lists lacked: a perfect with its participle closing the clause
('heeft ... met X overlegd', 'gepraat'), the separable 'reisde ... af naar', the plural
'vertrekken naar', 'op visite', 'welkom geheten', 'van gedachten wisselen', the archive verb
'confereren', and compound delegation nouns ('onderhandelingsdelegatie', 'kabinetsdelegatie')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.models import Facts


def _facts(text: str) -> Facts:
    return extract_article(text, language="nl", published="2023-05-16").facts


def _met(facts: Facts, pair: list[str]) -> bool:
    return any(sorted(m.parties) == pair for m in facts.meetings)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Noorse minister Anniken Huitfeldt heeft woensdag in Oslo met haar Poolse "
        "ambtgenoot Zbigniew Rau gepraat.",
        "De Noorse minister Anniken Huitfeldt heeft woensdag met de Poolse minister "
        "Zbigniew Rau overlegd.",
        "De Noorse minister Anniken Huitfeldt wil woensdag met de Poolse minister Zbigniew "
        "Rau van gedachten wisselen.",
        "De Noorse premier Jonas Gahr Støre confereerde woensdag met de Poolse premier "
        "Mateusz Morawiecki.",
        "De Noorse premier Jonas Gahr Støre werd woensdag in Warschau welkom geheten door de "
        "Poolse premier Mateusz Morawiecki.",
        "De Poolse premier Mateusz Morawiecki krijgt woensdag de Noorse premier Jonas Gahr "
        "Støre op visite.",
    ],
)
def test_dutch_meeting_forms(sentence: str) -> None:
    assert _met(_facts(sentence), ["NO", "PL"])


@pytest.mark.parametrize(
    "sentence",
    [
        "De Noorse minister Anniken Huitfeldt reisde woensdag af naar Polen.",
        "De Noorse koning Harald en koningin Sonja vertrekken woensdag naar Polen.",
    ],
)
def test_dutch_departures_are_visits(sentence: str) -> None:
    facts = _facts(sentence)
    assert any(m.kind == "visit" and sorted(m.parties) == ["NO", "PL"] for m in facts.meetings)


@pytest.mark.parametrize("noun", ["onderhandelingsdelegatie", "kabinetsdelegatie"])
def test_compound_delegation_nouns_take_a_leader(noun: str) -> None:
    facts = _facts(
        f"De Noorse {noun}, onder leiding van oud-premier Kjell Bondevik, legde woensdag "
        "een voorstel op tafel."
    )
    assert any(d.country == "NO" and d.leader == "Kjell Bondevik" for d in facts.delegations)
