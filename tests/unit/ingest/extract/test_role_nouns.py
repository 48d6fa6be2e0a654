"""People with a stated role outside the diplomatic offices are officials too: a researcher, an
expert, a judge, a dictator, a ministry official, the head ('Chef', 'responsable') of a body, a
press secretary. Their role nouns head a title in every language that has them."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _officials(lang: str, text: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published="2020-01-01").facts
    return [(o.name, o.title) for o in facts.officials]


def test_role_nouns_outside_diplomacy_title_their_holder() -> None:
    assert _officials("en", "Mara Tellin, the press secretary, said nothing.") == [
        ("Mara Tellin", "press secretary")
    ]
    assert _officials("en", "Judge Oren Vasko refused the request.") == [("Oren Vasko", "Judge")]
    assert _officials("nl", "De econoom Pieter Vlasbom schreef het rapport.") == [
        ("Pieter Vlasbom", "econoom")
    ]
    assert _officials("de", "Der Chef des Geheimdienstes, Arno Velten, reiste ab.") == [
        ("Arno Velten", "Chef des Geheimdienstes")
    ]
    assert _officials("fr", "Selon le chercheur Paul Mirande, rien ne change.") == [
        ("Paul Mirande", "chercheur")
    ]


def test_an_adjective_official_before_a_name_titles_no_one() -> None:
    text = "The official Kavro agency quoted a ministry official, Lena Brandt."
    assert _officials("en", text) == [("Lena Brandt", "ministry official")]
