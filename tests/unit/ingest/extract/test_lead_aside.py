"""A leading verb's subject stands before an aside between commas: 'Wendy Sherman, effectively
the State Department's third-ranking diplomat, is leading the U.S. delegation'."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


def _leaders(text: str, lang: str) -> set[tuple[str, str | None]]:
    facts = extract_article(text, language=lang, published="2025-03-04").facts
    return {(d.country, d.leader) for d in facts.delegations}


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("en", "Undersecretary of State Wendy Sherman, effectively the State Department's "
         "third-ranking diplomat, is leading the U.S. delegation.", ("US", "Wendy Sherman")),
        ("de", "Staatssekretär Thomas Bagger, der am Montag in Genf eintraf, leitet die deutsche "
         "Delegation.", ("DE", "Thomas Bagger")),
        ("fr", "Le secrétaire d'État Jean-Noël Barrot, arrivé lundi à Genève, conduit la "
         "délégation française.", ("FR", "Jean-Noël Barrot")),
    ],
)  # fmt: skip
def test_the_subject_before_an_aside_leads(lang: str, text: str, leader: tuple[str, str]) -> None:
    assert leader in _leaders(text, lang)


def test_an_aside_with_a_clause_of_its_own_keeps_its_limit() -> None:
    """A semicolon ends the aside: the person before it is no subject of the verb after it."""
    text = (
        "Undersecretary of State Wendy Sherman spoke first; a second official, "
        "unnamed here, is leading the U.S. delegation."
    )
    assert ("US", "Wendy Sherman") not in _leaders(text, "en")
