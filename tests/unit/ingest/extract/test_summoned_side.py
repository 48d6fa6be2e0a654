"""The envoy summoned whose state the text leaves out is of the summoned side: of the summons's
two states, the one whose city it is not held in."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text", "envoy", "state"),
    [
        ("en", "New Delhi : India summoned Pakistan's Deputy High Commissioner and lodged a "
               "strong protest.\n\nDeputy High Commissioner Syed Haider Shah was summoned and a "
               "protest was lodged.", "Syed Haider Shah", "PK"),
        ("fr", "Alger a convoqué le chargé d'affaires du Maroc au ministère à Alger.\n\nLe "
               "chargé d'affaires Khalid Chihani a été convoqué au ministère.",
         "Khalid Chihani", "MA"),
    ],
)  # fmt: skip
def test_the_envoy_summoned_leads_the_summoned_side(
    lang: str, text: str, envoy: str, state: str
) -> None:
    result = extract_article(text, language=lang, published="2018-04-15")
    assert (state, envoy) in {(d.country, d.leader) for d in result.facts.delegations}
    # read by the summons rule itself, not left to the leader model
    rules = {e.rule for d in result.entities.delegations if d.country == state for e in d.evidence}
    assert "lead-summoned" in rules
