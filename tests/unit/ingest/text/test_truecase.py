"""Lines set in capitals (telex copy, old communiqués) are read in ordinary case: known words in
their written form, names after an honorific or an officeholder's name after a title
capitalised, any other word in lower case; every word keeps its length."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article
from ingest.text.truecase import shouting, truecase

_COMMUNIQUE = (
    "COMMUNIQUE DE LA PRESIDENCE A L'ISSUE DE LA VISITE EN FRANCE DE M. JAN KOWALSKI, PRESIDENT "
    "DE LA REPUBLIQUE DE POLOGNE, PARIS, LE LUNDI 4 FEVRIER 1980\n\n"
    "M. PIERRE DURAND A REÇU M. JAN KOWALSKI AU PALAIS DE L'ELYSEE. LES DEUX PRESIDENTS ONT EU "
    "DES ENTRETIENS SUR LA SITUATION INTERNATIONALE."
)


def test_only_lines_in_capitals_are_recased() -> None:
    assert shouting("ALLOCUTION DE M. VALERY GISCARD D'ESTAING A ORLY")
    assert not shouting("MAROC")  # a label, too short to say anything
    assert not shouting("Le président a reçu M. KOWALSKI à Paris.")
    mixed = "Le président a reçu M. KOWALSKI à Paris.\nMAROC"
    assert truecase(mixed, "fr") == mixed


def test_known_words_take_their_written_form_and_accents() -> None:
    assert truecase("LE LUNDI 4 FEVRIER 1980 A PARIS, EN FRANCE ET AUX ETATS-UNIS", "fr") == (
        "Le lundi 4 février 1980 à Paris, en France et aux États-Unis"
    )


def test_a_name_after_an_honorific_is_capitalised_with_its_particles() -> None:
    text = "ALLOCUTION DE M. VALERY GISCARD D'ESTAING A L'OCCASION DE L'ARRIVEE DE MONSIEUR NOWAK"
    assert truecase(text, "fr") == (
        "Allocution de M. Valery Giscard d'Estaing à l'occasion de l'arrivée de Monsieur Nowak"
    )


def test_after_a_title_only_an_officeholders_name_is_one() -> None:
    text = "LE DINER OFFERT AU CHANCELIER HELMUT SCHMIDT QUE LE CHANCELIER TIENNENT ENSEMBLE"
    assert truecase(text, "fr") == (
        "Le diner offert au chancelier Helmut Schmidt que le chancelier tiennent ensemble"
    )


def test_every_line_keeps_its_length() -> None:
    cased = truecase(_COMMUNIQUE, "fr")
    assert len(cased) == len(_COMMUNIQUE) and cased != _COMMUNIQUE


def test_a_communique_in_capitals_yields_its_visit_and_leader() -> None:
    result = extract_article(_COMMUNIQUE, language="fr", published="1980-02-04")
    assert [(m.kind, m.city, m.date, sorted(m.parties)) for m in result.facts.meetings] == [
        ("visit", "Paris", "1980-02-04", ["FR", "PL"])
    ]
    assert [(d.country, d.leader) for d in result.facts.delegations] == [("PL", "Jan Kowalski")]
    assert result.text.startswith("Communique de la présidence à l'issue de la visite")


def test_an_officeholders_full_name_and_a_compound_title_open_names() -> None:
    text = "BUNDESKANZLER HELMUT SCHMIDT EMPFING IN BONN DEN STAATSPRÄSIDENTEN VALERY GISCARD"
    assert truecase(text, "de").startswith("Bundeskanzler Helmut Schmidt empfing in Bonn")
    assert truecase("HELMUT SCHMIDT ARRIVED IN PARIS ON MONDAY FOR TALKS", "en").startswith(
        "Helmut Schmidt arrived in Paris"
    )
