"""An official's state read from the institution inside their title: a body that belongs to one
state ('beim Auswärtigen Amt', 'EDA-Staatssekretär', 'at the Foreign and Commonwealth Office'),
and the state of a ministry genitive whose remit runs on ('des österreichischen
Bundesministeriums für europäische und internationale Angelegenheiten, X')."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _states(text: str, language: str) -> dict[str, str | None]:
    result = extract_article(text, language=language, published="2020-03-05")
    return {o.name: o.country for o in result.facts.officials}


def test_german_body_before_the_name() -> None:
    text = (
        "Botschafterin Ksenija Škrilec empfing die Europadirektorin beim Auswärtigen Amt, "
        "Botschafterin Sibylle Sorg, zu Konsultationen in Ljubljana."
    )
    assert _states(text, "de")["Sibylle Sorg"] == "DE"


def test_german_body_fused_to_the_title() -> None:
    assert _states("EDA-Staatssekretär Alexandre Fasel traf in Bern Kollegen.", "de") == {
        "Alexandre Fasel": "CH"
    }
    assert _states("Gespräch mit KPdSU-Generalsekretär Breshnew in Moskau.", "de") == {
        "Breshnew": "SU"
    }


def test_german_ministry_genitive_past_a_remit() -> None:
    text = (
        "Fasel sprach mit dem Generalsekretär des österreichischen Bundesministeriums für "
        "europäische und internationale Angelegenheiten (BMEIA), Nikolaus Marschik, in Bern."
    )
    assert _states(text, "de")["Nikolaus Marschik"] == "AT"


def test_english_office_of_one_state() -> None:
    text = (
        "The Deputy Under-Secretary of State at the Foreign and Commonwealth Office, "
        "H. A. H. Cortazzi, met Captain Allara in Rome."
    )
    assert _states(text, "en")["H. A. H. Cortazzi"] == "GB"


def test_french_and_dutch_bodies() -> None:
    text = "Le porte-parole de la Maison Blanche, Sean Spicer, a parlé à Paris."
    assert _states(text, "fr")["Sean Spicer"] == "US"
    text = (
        "De directeur bij het Auswärtiges Amt, Sibylle Sorg, ontmoette in Ljubljana "
        "ambassadeur Ksenija Škrilec."
    )
    assert _states(text, "nl")["Sibylle Sorg"] == "DE"


def test_a_state_the_title_names_comes_first() -> None:
    text = "The German Foreign Office's spokesman Martin Schäfer said the talks went well."
    assert _states(text, "en")["Martin Schäfer"] != "GB"
