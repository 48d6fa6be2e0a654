"""'head of', 'chief of', 'hoofd van' head a title of their own when the body named after them
holds no other title word ('Sergei Naryshkin, head of Russia's SVR'); a capitalised body that
runs on into capitalised words is read only after a comma, the holder's name before it."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _officials(language: str, text: str) -> list[tuple[str, str | None]]:
    facts = extract_article(text, language=language, published="2022-03-01").facts
    return [(o.name, o.title) for o in facts.officials]


@pytest.mark.parametrize(
    ("language", "text", "name", "title"),
    [
        ("en", "Sergei Naryshkin, head of Russia's SVR foreign intelligence agency, met him.",
         "Sergei Naryshkin", "head of Russia's"),
        ("en", "The head of the SVR, Sergei Naryshkin, met him.",
         "Sergei Naryshkin", "head of the SVR"),
        ("en", "Roberto Canseco, head of the Mexican consular section in Quito, spoke.",
         "Roberto Canseco", "head of the Mexican"),
        ("en", "Sergei Naryshkin, chief of the SVR, met him.",
         "Sergei Naryshkin", "chief of the SVR"),
        ("nl", "Sergej Narysjkin, hoofd van de Russische buitenlandse inlichtingendienst, zei dat.",
         "Sergej Narysjkin", "hoofd van de Russische buitenlandse"),
    ],
)  # fmt: skip
def test_the_head_of_a_body_is_titled(language: str, text: str, name: str, title: str) -> None:
    assert _officials(language, text) == [(name, title)]


@pytest.mark.parametrize(
    "text",
    [
        "He met Chief of Air Operations Faisal Jalali.",  # 'Operations' would open the name
        "The Chief of the Kenya Defence Forces Peter Otieno spoke.",
        "The delegations will head to Moscow on Monday.",  # a verb, not a title
    ],
)
def test_a_body_whose_end_is_not_told_titles_nobody(text: str) -> None:
    assert _officials("en", text) == []
