"""Names that name a region or a body, not a person.

A capitalised run after a title is read as its holder's name, and a region's name or a region's
adjective is capitalised like one: 'minister van Buitenlandse Zaken ... Westelijk Nieuw-Guinea',
'Verband Südostasiatischer Staaten', 'premier ministre Sud Coréen', 'director general of the
foreign ministry's Southeast Asia'; a body's name reads so too ('Chairman of the Joint Chiefs',
'spokesman for the Red Cross'). No person's name has such a word (`region_words`, `body_words`),
so such a 'person' is no official and leads or joins no delegation (the delegation, a state's,
stays). This runs after the leader stage, so the candidate pairs the leader model reads stay as
they are.
"""

from __future__ import annotations

import re

from ingest.extract.context import ArticleContext
from ingest.lang.lexicon import NAME_VETO_KEYS
from ingest.models import Delegation, Person

_WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]+")  # 'Zuidoost-Azië', 'Sud-Coréen'


def drop_place_names(
    art: ArticleContext, people: list[Person], delegations: list[Delegation]
) -> list[Person]:
    """`people` less those with a region's or a body's word in their name, taken out of
    `delegations` too (in place: the delegations are the article's own)."""
    words = art.lex.word_set(*NAME_VETO_KEYS)
    gone = {p.id for p in people if place_name(p.name, words)}
    if not gone:
        return people
    for d in delegations:
        if d.leader in gone:
            d.leader = d.leader_title = d.leader_role = None
        d.members = [m for m in d.members if m not in gone]
    return [p for p in people if p.id not in gone]


def place_name(name: str, words: frozenset[str]) -> bool:
    """Whether a word of `name`, or a hyphened part of one, is a region's or a body's word."""
    return any(w.lower() in words for w in _WORD_BREAK.split(name) if w)
