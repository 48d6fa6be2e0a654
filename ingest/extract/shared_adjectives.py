"""Adjectives two states share ('congolais', 'Congolese': the Republic of the Congo's as much as
the Democratic Republic's), read as the one the article names.

The country table gives each adjective to one state. An article that names only the other one
('la République du Congo', 'Brazzaville') and never the first by name or capital means that
other state by the adjective ('la délégation congolaise'); an article naming both, or neither,
keeps the table's reading."""

from __future__ import annotations

from ingest.extract.context import SentenceContext
from ingest.lang.lexicon import Lexicon

_TOLD = {"name", "capital"}  # the mention kinds that say which state the article is about


def read_shared_adjectives(sentences: list[SentenceContext], lex: Lexicon) -> None:
    """Swap the shared adjectives' state where the article names only the other state."""
    shared = lex.mapping("shared_adjectives")
    if not shared:
        return
    told = {c.code for s in sentences for c in s.mentions.countries if c.kind in _TOLD}
    for table_state, other in shared.items():
        if other not in told or table_state in told:
            continue
        for s in sentences:
            for c in s.mentions.countries:
                if c.code == table_state and c.kind == "adjective":
                    c.code = other
            for p in s.mentions.people:  # 'le ministre congolais X': his state by the adjective
                if p.country == table_state:
                    p.country = other
