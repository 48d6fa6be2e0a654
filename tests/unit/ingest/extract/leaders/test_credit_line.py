"""A name met only in a line without a lowercase word ('20.03.2023, Nova Presse') is a credit or
a dateline, not a candidate leader, even when a later description ('the Chilean president')
would link to it."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def _people(lang: str, text: str) -> set[str]:
    split = split_sentences(normalise(text, language=lang), language=lang)
    art, registry, meetings, delegations = rule_findings(split)
    return {c.person.name for c in leader_candidates(art, registry, meetings, delegations)}


def test_a_credit_line_names_no_candidate() -> None:
    text = (
        "Ana Soto est arrivée au Pérou pour une visite d'État.\n\n"
        "Ce 20 mars, Ana Soto a atterri à Lima. 20.03.2023, Nova Presse\n\n"
        "La présidente chilienne est arrivée ce lundi pour une visite d'État au Pérou."
    )
    assert "Nova Presse" not in _people("fr", text)
