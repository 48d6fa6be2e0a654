"""The names the leader model would be asked about in a short text: the candidate pairs that
survive the gates of `leader_candidates`, for tests of those gates."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def candidate_names(lang: str, text: str) -> set[str]:
    split = split_sentences(normalise(text, language=lang), language=lang)
    art, registry, meetings, delegations = rule_findings(split)
    return {c.person.name for c in leader_candidates(art, registry, meetings, delegations)}
