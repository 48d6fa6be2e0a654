"""The extractor run on one short article, as the leader tests read it: the delegations' states
and leaders."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def leaders_of(text: str, lang: str, published: str = "2025-03-04") -> set[tuple[str, str | None]]:
    """The (state, leader) of every delegation `extract_article` finds in `text`."""
    facts = extract_article(text, language=lang, published=published).facts
    return {(d.country, d.leader) for d in facts.delegations}
