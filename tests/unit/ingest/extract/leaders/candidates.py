"""The (person, state) pairs the leader model would be asked about in a short text: the
candidates that survive the gates of `leader_candidates`, for tests of those gates and of the
states the text implies."""

from __future__ import annotations

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.extract.leaders.model import Candidate
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences


def candidates(
    lang: str, text: str, url: str | None = None, published: str | None = None
) -> list[Candidate]:
    doc = normalise(text, language=lang, url=url, published=published)
    art, registry, meetings, delegations = rule_findings(split_sentences(doc, language=lang))
    return leader_candidates(art, registry, meetings, delegations)


def candidate_names(lang: str, text: str) -> set[str]:
    return {c.person.name for c in candidates(lang, text)}


def candidate_states(lang: str, text: str, url: str | None = None) -> dict[str, str | None]:
    """Per candidate person: the state set on them (None while the text leaves it open)."""
    return {c.person.name: c.person.country for c in candidates(lang, text, url)}
