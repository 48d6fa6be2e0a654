"""A team named for mediation leads no state's side ('une équipe de médiation dirigée par
l'ex-président nigérian Olusegun Obasanjo'); a state's delegation led by the same man does."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'UA a mis sur pied une équipe de médiation dirigée par l'ex-président nigérian "
               "Olusegun Obasanjo."),
        ("en", "The AU set up a mediation team led by former Nigerian President Olusegun "
               "Obasanjo."),
    ],
)  # fmt: skip
def test_a_mediation_team_is_no_states_delegation(lang: str, text: str) -> None:
    facts = extract_article(text, language=lang, published="2022-10-20").facts
    assert facts.delegations == []


def test_a_states_delegation_led_by_him_still_is() -> None:
    text = (
        "A Nigerian delegation led by former President Olusegun Obasanjo arrived in Addis Ababa "
        "for talks."
    )
    facts = extract_article(text, language="en", published="2022-10-20").facts
    assert [(d.country, d.leader) for d in facts.delegations] == [("NG", "Olusegun Obasanjo")]
