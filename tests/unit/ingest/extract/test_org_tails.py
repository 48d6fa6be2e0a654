"""A word that only ever follows an organisation's first word inside a title is the rest of that
organisation's name ('het Nationale Planbureau'), not the holder's name."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _names(text: str, language: str) -> set[str]:
    result = extract_article(text, language=language, published="1991-03-05")
    return {o.name for o in result.facts.officials}


def test_dutch_organisation_noun_is_no_name() -> None:
    text = (
        "Minister Hans van den Broek sprak in Jakarta met zijn collega Ali Alatas. Over de hulp "
        "beslist volgens Alatas de voorzitter van het Nationale Planbureau."
    )
    names = _names(text, "nl")
    assert "Planbureau" not in names
    assert "Hans van den Broek" in names


def test_english_organisation_noun_is_no_name() -> None:
    text = (
        "Trade Minister Richard Adebayo met traders in Accra on Monday. Also present was the "
        "President of National Association of Nigerian Traders, who said Nigerian Traders "
        "had suffered losses."
    )
    names = _names(text, "en")
    assert "Traders" not in names
    assert "Richard Adebayo" in names


def test_french_organisation_adjective_is_no_name() -> None:
    text = (
        "Le ministre Sofiane Mimouni a ouvert la réunion à Niamey en présence du secrétaire "
        "général de la Commission Mixte. La Commission Mixte se réunit chaque année."
    )
    names = _names(text, "fr")
    assert "Mixte" not in names
    assert "Sofiane Mimouni" in names


def test_a_surname_the_article_writes_apart_stays() -> None:
    text = (
        "De minister van Defensie Bijleveld opende in Den Haag het overleg. Bijleveld zei dat "
        "de gesprekken goed verliepen."
    )
    assert "Bijleveld" in _names(text, "nl")


def test_a_remit_before_a_known_officeholder_stays() -> None:
    text = "In Washington the Secretary of State Pompeo met the visiting delegation on Monday."
    assert "Pompeo" in _names(text, "en")
