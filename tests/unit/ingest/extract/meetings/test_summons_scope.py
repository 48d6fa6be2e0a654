"""Summonses a negation in another clause does not deny, and summoners an outlet abroad does
not name."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _meetings(text: str, lang: str, url: str | None = None) -> list[tuple[str | None, list[str]]]:
    facts = extract_article(text, language=lang, published="2025-06-10", url=url).facts
    return [(m.city, m.parties) for m in facts.meetings]


def test_a_negation_before_a_quote_or_a_new_clause_denies_no_summons() -> None:
    fr = (
        "Le Quai d'Orsay n'a pas tardé à réagir, ajoutant : « L'ambassadeur de Syrie en "
        "France est convoqué au Quai d'Orsay »."
    )
    assert _meetings(fr, "fr") == [("Paris", ["FR", "SY"])]
    en = "It is not the first time that Britain has summoned the Iranian ambassador."
    assert _meetings(en, "en") == [("London", ["GB", "IR"])]
    assert _meetings("Britain has not summoned the Iranian ambassador.", "en") == []


def test_an_outlets_state_the_article_never_names_gives_way_to_the_one_it_names_most() -> None:
    en = (
        "New Zealand's foreign minister spoke on Monday. Following the publication, we called "
        "in the Iranian Ambassador to express our disappointment. Hate speech has no place in "
        "New Zealand."
    )
    assert _meetings(en, "en", "https://news.example.com.au/story") == [
        ("Wellington", ["IR", "NZ"])
    ]
