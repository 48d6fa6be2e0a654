"""The heads of the two sides a meeting verb names: 'X met Y', 'X and Y held talks'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _side_leads(text: str, lang: str) -> set[tuple[str, str]]:
    """(state, leader name) of the delegations the side rule found."""
    entities = extract_article(text, language=lang, published="2025-03-04").entities
    names = {p.id: p.name for p in entities.people}
    return {
        (d.country, names[d.leader or ""])
        for d in entities.delegations
        if d.evidence and d.evidence[0].rule == "lead-sides"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean President Ana Soto and Peruvian President Luis Vega held talks in Lima."),
        ("en", "Chilean President Ana Soto on Monday welcomed Peruvian President Luis Vega."),
        ("en", "Peruvian President Luis Vega was received by Chilean President Ana Soto in Lima."),
        ("nl", "De Chileense president Ana Soto ontving de Peruaanse president Luis Vega in Lima."),
        (
            "de",
            "Die chilenische Präsidentin Ana Soto empfing den peruanischen Präsidenten Luis Vega.",
        ),
        ("fr", "La présidente chilienne Ana Soto a reçu le président péruvien Luis Vega à Lima."),
    ],
)
def test_a_meeting_verb_between_two_heads_gives_each_their_side(lang: str, text: str) -> None:
    assert _side_leads(text, lang) == {("CL", "Ana Soto"), ("PE", "Luis Vega")}


def test_two_people_of_one_state_lead_nothing_by_meeting() -> None:
    text = "Chilean President Ana Soto met Chilean Foreign Minister Rosa Diaz in Lima."
    assert _side_leads(text, "en") == set()


def test_a_denied_meeting_ties_no_one_to_a_side() -> None:
    text = "Chilean President Ana Soto did not meet Peruvian President Luis Vega in Lima."
    assert _side_leads(text, "en") == set()


def test_a_head_of_no_known_state_is_left_to_the_model() -> None:
    text = "Foreign Minister Rosa Diaz met her Peruvian counterpart Luis Vega in Santiago."
    assert _side_leads(text, "en") == {("PE", "Luis Vega")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die chilenische Präsidentin Ana Soto (PS) hat am Freitag mit dem peruanischen "
         "Präsidenten Luis Vega telefoniert."),
        ("nl", "De Chileense president Ana Soto heeft zaterdag met de Peruaanse president Luis "
         "Vega gebeld."),
    ],
)  # fmt: skip
def test_a_split_verb_around_the_second_head_ties_both(lang: str, text: str) -> None:
    assert _side_leads(text, lang) == {("CL", "Ana Soto"), ("PE", "Luis Vega")}


@pytest.mark.parametrize(
    "text",
    [
        "La ministre chilienne des Affaires étrangères, Ana Soto, a reçu, lundi, le ministre "
        "péruvien des Affaires étrangères, Luis Vega.",
        "Ana Soto, ministre chilienne des Affaires étrangères, s'était entretenue avec le "
        "ministre péruvien Luis Vega.",
        "La présidente chilienne Ana Soto et son homologue péruvien Luis Vega se sont entretenus "
        "à Lima.",
    ],
)
def test_french_appositions_and_counterparts_tie_both_heads(text: str) -> None:
    assert _side_leads(text, "fr") == {("CL", "Ana Soto"), ("PE", "Luis Vega")}


def test_a_name_before_a_comma_that_closes_no_apposition_heads_no_side() -> None:
    text = "Selon Ana Soto, il a reçu le président péruvien Luis Vega à Lima."
    assert ("CL", "Ana Soto") not in _side_leads(text, "fr")


def _head_leads(text: str, lang: str) -> set[tuple[str, str]]:
    entities = extract_article(text, language=lang, published="2025-03-04").entities
    names = {p.id: p.name for p in entities.people}
    return {
        (d.country, names[d.leader or ""])
        for d in entities.delegations
        if d.evidence and d.evidence[0].rule == "lead-head-of"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Talks resumed in Lima. The head of the Chilean delegation, Ana Soto, was upbeat."),
        ("en", "Talks resumed in Lima, said Ana Soto, head of the Chilean delegation, on Monday."),
        ("de", "Die Gespräche in Lima begannen. Leiter der chilenischen Delegation ist Ana Soto."),
        (
            "fr",
            "Les pourparlers ont repris, a dit le chef de la délégation chilienne, Ana Soto.",
        ),
        (
            "nl",
            "De gesprekken zijn hervat. Het hoofd van de Chileense delegatie, Ana Soto, is blij.",
        ),
    ],
)
def test_the_head_of_a_states_delegation_leads_it(lang: str, text: str) -> None:
    assert _head_leads(text, lang) == {("CL", "Ana Soto")}


def test_a_titled_person_named_again_by_surname_heads_their_side() -> None:
    text = (
        "Pakistani Foreign Minister Shah Qureshi arrived in Beijing on Sunday. "
        "On Monday, Qureshi met Chinese Foreign Minister Wang Yi."
    )
    assert _side_leads(text, "en") == {("PK", "Shah Qureshi"), ("CN", "Wang Yi")}


def test_a_leader_named_more_fully_later_is_named_so() -> None:
    text = (
        "Chilean President Soto meets Chinese Premier Li. "
        "Chilean President Ana Soto met Chinese Premier Li Qiang in Beijing on Monday."
    )
    facts = extract_article(text, language="en", published="2025-03-04").facts
    assert {(d.country, d.leader) for d in facts.delegations} == {
        ("CL", "Ana Soto"),
        ("CN", "Li Qiang"),
    }


def _own_leads(text: str, lang: str) -> set[tuple[str, str]]:
    entities = extract_article(text, language=lang, published="2025-03-04").entities
    names = {p.id: p.name for p in entities.people}
    return {
        (d.country, names[d.leader or ""])
        for d in entities.delegations
        if d.evidence and d.evidence[0].rule == "lead-own-delegation"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Chilean President Ana Soto arrived in Lima. Soto and her delegation toured the port.",
        ),
        ("en", "Chilean President Ana Soto is accompanied by a high-level delegation."),
        ("nl", "De Chileense president Ana Soto en haar delegatie bezochten de haven van Lima."),
        ("de", "Die chilenische Präsidentin Ana Soto und ihre Delegation besuchten den Hafen."),
        (
            "fr",
            "La présidente chilienne Ana Soto, accompagnée d'une délégation, est arrivée à Lima.",
        ),
    ],
)
def test_a_person_with_their_own_delegation_leads_it(lang: str, text: str) -> None:
    assert _own_leads(text, lang) == {("CL", "Ana Soto")}


def test_a_delegation_someone_meets_is_not_their_own() -> None:
    text = "Chilean President Ana Soto met a delegation of Peruvian businessmen in Lima."
    assert _own_leads(text, "en") == set()


def _summoned(text: str, lang: str) -> set[tuple[str, str]]:
    entities = extract_article(text, language=lang, published="2025-03-04").entities
    names = {p.id: p.name for p in entities.people}
    return {
        (d.country, names[d.leader or ""])
        for d in entities.delegations
        if d.evidence and d.evidence[0].rule == "lead-summoned"
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Foreign Office in Santiago summoned the Peruvian ambassador Luis Vega."),
        ("nl", "Chili heeft de Peruaanse ambassadeur Luis Vega ontboden."),
        ("de", "Das Außenministerium in Santiago hat den peruanischen Botschafter Luis Vega "
         "einbestellt."),
        ("fr", "L'ambassadeur du Pérou au Chili, Luis Vega, a été convoqué au ministère."),
    ],
)  # fmt: skip
def test_the_envoy_summoned_heads_their_states_side(lang: str, text: str) -> None:
    assert _summoned(text, lang) == {("PE", "Luis Vega")}


def test_a_minister_named_with_a_summons_is_no_summoned_envoy() -> None:
    text = "Chilean Foreign Minister Ana Soto summoned the envoy of Peru on Monday."
    assert _summoned(text, "en") == set()
