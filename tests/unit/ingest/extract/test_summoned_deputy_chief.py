"""A deputy chief of mission is an envoy too: summoned in the embassy's name, he heads his state's
side of the summons ('a convoqué le chef adjoint de la mission, X'); the summons is held where the
summoning ministry sits, not in a city the protest is about."""

from __future__ import annotations

import pytest

from ingest.extract.pipeline import extract_article

CASES = [
    (
        "fr",
        "Le ministère russe des Affaires étrangères a convoqué samedi le chef adjoint de la "
        "mission à l'ambassade des États-Unis, Anthony Godfrey, et a protesté.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_deputy_chief_of_mission_heads_the_summoned_side(lang: str, text: str) -> None:
    facts = extract_article(text, language=lang, published="2017-09-02").facts
    assert ("US", "Anthony Godfrey") in [(d.country, d.leader) for d in facts.delegations]


def test_a_summoned_deputy_chief_of_mission_is_met_where_the_ministry_sits() -> None:
    text = (
        "Russia summons U.S. diplomat to protest search of Washington facility\n\n"
        "MOSCOW, (Xinhua) — Russian Foreign Ministry summoned Deputy Chief of Mission at the "
        "U.S. Embassy Anthony Godfrey Saturday and protested U.S. intentions to search a Russian "
        "diplomatic property in Washington."
    )
    facts = extract_article(text, language="en", published="2017-09-02").facts
    assert [(m.city, sorted(m.parties)) for m in facts.meetings] == [("Moscow", ["RU", "US"])]
