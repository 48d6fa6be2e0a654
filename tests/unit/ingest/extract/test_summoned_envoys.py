"""At a summons, the one envoy of his state the text names (in full, or after his title:
'ambassadeur Jones-Bos') heads his state's side, though his name stands a sentence away from his
state ('den deutschen Botschafter in Ankara ... Martin Erdmann ... einbestellt'), as in these real
reports of the rules and dev parts."""

from __future__ import annotations

import pytest

from tests.gold import REAL_DEV_PATH, REAL_RULES_PATH, extract_gold, load_gold

LED = {
    "real-de26-spiegel-2017-erdmann-ankara-summons": ("DE", "Martin Erdmann"),
    "real-de22-iran-summons-jugel-2024": ("DE", "Hans Peter Jugel"),
    "real-nl-nos-moskou-wil-uitleg-ambassadeur-2018-10": ("NL", "Jones-Bos"),
}


@pytest.mark.parametrize("article_id", sorted(LED))
def test_the_one_envoy_summoned_leads_his_side(article_id: str) -> None:
    parts = load_gold(REAL_RULES_PATH) + load_gold(REAL_DEV_PATH)
    (article,) = [a for a in parts if a["id"] == article_id]
    facts = extract_gold(article).facts
    assert LED[article_id] in [(d.country, d.leader) for d in facts.delegations]
