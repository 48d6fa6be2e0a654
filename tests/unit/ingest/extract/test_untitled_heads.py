"""A head the officeholder file knows, named with no title in a sentence that tells the main
meeting, heads his state's unled side where the other side is led by one of his rank or named
beside him the same way ('Emmanuel Macron und Wladimir Putin wollen telefonieren'); never
after a genitive ('the government of X') nor in a sentence that denies the meeting
(`ingest.extract.untitled_heads`)."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article
from ingest.extract.untitled_heads import RULE


def _sides(text: str, lang: str, published: str) -> set[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published=published).facts
    return {(d.country, d.leader) for d in facts.delegations}


@pytest.mark.parametrize(
    ("language", "text", "published", "side"),
    [
        ("de", "Emmanuel Macron und Wladimir Putin wollen am Freitag telefonieren.", "2022-02",
         ("RU", "Wladimir Putin")),
        ("fr", "A Paris, hier soir, George Bush et François Mitterrand ont souligné leur "
               "identité de vues après leur entretien.", "1993-02", ("FR", "François Mitterrand")),
    ],
)  # fmt: skip
def test_an_untitled_officeholder_heads_his_side(
    language: str, text: str, published: str, side: tuple[str, str]
) -> None:
    assert side in _sides(text, language, published)


def test_a_name_after_a_genitive_heads_nothing() -> None:
    text = (
        "Rubio und Lawrow sprachen in Riad über die Präsidentschaft von Donald Trump, "
        "die Gespräche dauerten Stunden."
    )
    assert all(leader != "Donald Trump" for _, leader in _sides(text, "de", "2025-02"))


def test_a_denied_meeting_heads_nothing() -> None:
    text = "Emmanuel Macron und Wladimir Putin werden am Freitag nicht telefonieren."
    result = extract_article(text, language="de", published="2022-02")
    assert not any(e.rule == RULE for d in result.entities.delegations for e in d.evidence)
