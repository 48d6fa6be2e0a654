"""Forms of address for envoys and heads ('His Excellency', 'H.E.', 'S.E.') stand before a
name and are no part of it."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(text: str, lang: str) -> set[str]:
    facts = extract_article(text, language=lang, published="2022-01-11").facts
    return {o.name for o in facts.officials}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The President received His Excellency Takahisa Tsugawa, Ambassador of Japan.",
         "Takahisa Tsugawa"),
        ("fr", "Réunion bilatérale avec le ministre des Affaires étrangères néerlandais, S.E. "
         "Wopke Hoekstra.", "Wopke Hoekstra"),
        ("de", "Der Bundespräsident empfing Seine Exzellenz Takahisa Tsugawa, Botschafter von "
         "Japan.", "Takahisa Tsugawa"),
    ],
)  # fmt: skip
def test_a_form_of_address_is_no_part_of_the_name(lang: str, text: str, name: str) -> None:
    assert name in _officials(text, lang)
