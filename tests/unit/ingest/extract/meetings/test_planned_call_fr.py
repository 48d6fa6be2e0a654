"""A call the two leaders are due to make ('X et Y doivent s'appeler vendredi') is a meeting of
their two states, each heading his side."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def test_a_call_the_leaders_are_due_to_make() -> None:
    text = (
        "La tension autour de la crise ukrainienne reste palpable, alors qu'Emmanuel Macron et "
        "Vladimir Poutine doivent s'appeler ce vendredi."
    )
    facts = extract_article(text, language="fr", published="2022-01-28").facts
    assert [(m.kind, sorted(m.parties)) for m in facts.meetings] == [("call", ["FR", "RU"])]
    assert {d.country for d in facts.delegations} == {"FR", "RU"}
