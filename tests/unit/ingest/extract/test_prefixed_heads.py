"""A title modifier fused to a head by a hyphen ('vice-chancelier') is that head, in the
languages whose lists name only some such words."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "name", "title"),
    [
        ("fr", "Je viens de recevoir le chancelier Kohl, ainsi que le vice-chancelier Genscher.",
         "Genscher", "vice-chancelier"),
        ("en", "The deputy-ambassador Jane Smith met the minister.", "Jane Smith",
         "deputy-ambassador"),
    ],
)  # fmt: skip
def test_a_prefixed_head_titles_its_holder(lang: str, text: str, name: str, title: str) -> None:
    facts = extract_article(text, language=lang, published="1989-11-10").facts
    assert (name, title) in {(o.name, o.title) for o in facts.officials}
