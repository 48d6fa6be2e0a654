"""The meetings the whole pipeline extracts from a short text, as (city, parties) rows: one
helper for the meeting tests that assert where a meeting was and who took part."""

from __future__ import annotations

from ingest.extract.pipeline import extract_article


def places_and_parties(
    text: str, lang: str, published: str = "2025-06-10"
) -> list[tuple[str, list[str]]]:
    """Sorted (city or '', parties) of each meeting extracted from `text`."""
    facts = extract_article(text, language=lang, published=published).facts
    return sorted((m.city or "", m.parties) for m in facts.meetings)
