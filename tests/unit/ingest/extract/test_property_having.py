"""A state named right before the words of having a building owns it ('Ook Nederland heeft een
ambassade in Teheran')."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _owners(lang: str, text: str) -> list[str | None]:
    facts = extract_article(text, language=lang, published="2025-06-20").facts
    return [p.owner_country for p in facts.properties]


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        ("nl", "Ook Nederland heeft een ambassade in Teheran.", "NL"),
        ("en", "Australia also has an embassy in Tehran.", "AU"),
        ("de", "Auch Deutschland hat eine Botschaft in Teheran.", "DE"),
        ("fr", "La France a une ambassade à Téhéran.", "FR"),
    ],
)
def test_the_state_that_has_a_building_owns_it(lang: str, text: str, owner: str) -> None:
    assert _owners(lang, text) == [owner]


def test_a_state_with_other_words_before_the_noun_owns_nothing_by_having() -> None:
    assert _owners("nl", "Nederland zegt dat een ambassade in Teheran dichtgaat.") == [None]
