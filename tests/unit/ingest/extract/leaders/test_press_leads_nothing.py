"""A journalist reports on a meeting and heads no side of it, however near the meeting word he
stands ('De Saoedische journalist Jamal Khashoggi verdween na een bezoek aan het consulaat')."""

from __future__ import annotations

from tests.gold import REAL_RULES_PATH, extract_gold, load_gold


def test_a_journalist_leads_no_side_of_a_call() -> None:
    article_id = "real-nl23-tr-sa-erdogan-salman-call-consulate-2018"
    (article,) = [a for a in load_gold(REAL_RULES_PATH) if a["id"] == article_id]
    facts = extract_gold(article).facts
    assert "Jamal Khashoggi" in {o.name for o in facts.officials}
    assert "Jamal Khashoggi" not in {d.leader for d in facts.delegations}
