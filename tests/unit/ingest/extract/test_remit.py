"""Titles that carry a remit or an office ('for the dialogue', 'du Bureau pour ...'), appositions
with 'the country's', and sides named by a hyphenated pair before a trigger."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract.pipeline import extract_article
from tests.unit.ingest.extract.people_reader import people_of


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


def _people(lang: str, text: str) -> list[tuple[str, str | None]]:
    found = people_of(lang, text)
    return [(p.name, p.title) for p in found]


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        ("de", "Sie traf den Hohen Vertreter der EU für Außen- und Sicherheitspolitik, "
         "Maria Kern, in Brüssel.", "Maria Kern",
         "Hohen Vertreter der EU für Außen- und Sicherheitspolitik"),
        ("de", "Das sagte der Präsident der Kommission des Landtags, Jonas Reiter, am Montag.",
         "Jonas Reiter", "Präsident der Kommission des Landtags"),
        ("fr", "Il a reçu le chef d'Etat de transition malien, Paul Sanou, à Bamako.",
         "Paul Sanou", "chef d'Etat de transition malien"),
        ("fr", "Ils ont rencontré l'Envoyé personnel pour le Sahel occidental, M. Karl Lind.",
         "Karl Lind", "Envoyé personnel pour le Sahel occidental"),
        ("en", "They met the chairman of the joint trade commission, Rosa Vidal, on Monday.",
         "Rosa Vidal", "chairman of the joint trade commission"),
        ("nl", "Hij sprak met de voorzitter van de vaste commissie voor handel, Anna de Vries.",
         "Anna de Vries", "voorzitter van de vaste commissie voor handel"),
    ],
)  # fmt: skip
def test_a_remit_the_title_scan_stops_in_runs_on_to_the_comma_and_the_name(
    lang: str, text: str, name: str, title: str
) -> None:
    assert (name, title) in _people(lang, text)


def test_a_remit_ends_at_a_bracket_closing_round_the_title() -> None:
    text = "Il voit Ivan Petrov (président du Soviet suprême), Oleg Sokolov (ministre)."
    assert ("Oleg Sokolov", "président du Soviet suprême)") not in _people("fr", text)


def test_a_verb_after_the_title_is_no_remit() -> None:
    text = "Le ministre a reçu lundi et mardi, Jean Dupont, le maire."
    assert ("Jean Dupont", "ministre") not in _people("fr", text)


def test_a_remit_before_a_clause_comma_gives_the_subject_no_title() -> None:
    text = "Après sa rencontre avec le chef de la police à sa résidence, Paul Sanou a écrit."
    assert [name for name, _ in _people("fr", text)] == []
