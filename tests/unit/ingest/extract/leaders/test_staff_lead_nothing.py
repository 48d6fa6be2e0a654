"""Staff (an adviser, a spokesperson, a mediator) head no side the text does not say they lead:
the leader model never proposes them."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def _leaders(text: str, lang: str) -> list[tuple[str, str]]:
    facts = extract_article(text, language=lang, published="2025-06-10").facts
    return [(d.country, d.leader) for d in facts.delegations]


def test_an_adviser_who_reports_on_a_call_leads_no_side() -> None:
    fr = (
        "La conversation téléphonique entre Donald Trump et Vladimir Poutine se passe bien, a "
        "indiqué mardi Dan Scavino, un proche conseiller du président américain."
    )
    assert ("US", "Dan Scavino") not in _leaders(fr, "fr")
    de = (
        "Das Telefonat zwischen Donald Trump und Wladimir Putin verläuft gut, sagte Dan Scavino, "
        "ein enger Berater des amerikanischen Präsidenten."
    )
    assert ("US", "Dan Scavino") not in _leaders(de, "de")
