"""A connector inside a head of several words ('négociateur en chef', 'Secretary of State') ties
the title to no place or body: a state adjective after it is the holder's, and 'State' is no
organisation."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _officials(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = extract_article(text, language=lang, published="1972-09-01").facts
    return [(o.name, o.country, o.organization) for o in facts.officials]


def test_the_adjective_after_a_head_with_a_connector_names_the_holders_state() -> None:
    text = "Le négociateur en chef allemand Berndt von Staden est arrivé à Pékin."
    assert _officials("fr", text) == [("Berndt von Staden", "DE", None)]


def test_a_head_with_a_connector_names_no_organisation() -> None:
    text = "US Secretary of State Antony Blinken arrived in Beijing."
    assert _officials("en", text) == [("Antony Blinken", "US", None)]


def test_a_connector_outside_a_head_still_ties_the_title_to_a_place() -> None:
    assert _officials("fr", "L'ambassadeur en France Jean Dupont a parlé.") == [
        ("Jean Dupont", None, None)
    ]
