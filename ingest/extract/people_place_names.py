"""Names that name a region or a body, not a person.

A capitalised run after a title is read as its holder's name, and a region's name or a region's
adjective is capitalised like one: 'minister van Buitenlandse Zaken ... Westelijk Nieuw-Guinea',
'Verband Südostasiatischer Staaten', 'premier ministre Sud Coréen', 'director general of the
foreign ministry's Southeast Asia'; a body's name reads so too ('Chairman of the Joint Chiefs',
'spokesman for the Red Cross'). No person's name has such a word (`region_words`, `body_words`),
so such a 'person' is no official and leads or joins no delegation. A delegation that keeps
members stays, a state's; one that had only that 'person' goes too: it was read from the name
alone (the model's pair, 'Tokios Protest' for China), and a delegation with no one named in it
is none the text describes. This runs after the leader stage and after the meetings are made, so
the candidate pairs the leader model reads and the meetings stay as they are.

So is a name with a word that only a place or a noun writes so: a known place's genitive or
adjective ('Tokios Protest', 'Vertreter Belgrads', 'Wiener Übereinkommen': `place_form_endings`),
a word with a noun's ending ('Verantwortung Ron Dermer': `noun_endings`), a noun no name has
('Ohne Erfolg', 'Chief Executive Officer': `name_nouns`); and a name of forms of address alone,
in any case ('advocaat Mr. van Empel' read as 'Mr'), even one that leads a delegation; and a
name that is a state's or a place's ('Sainte Lucie'). Such a word at a name's edge, or a word
glued to its head ('AffairsBui Thanh Son'), is cut off when two name words are left.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.mentions import Token
from ingest.lang.lexicon import NAME_VETO_KEYS, Lexicon, load_lexicon
from ingest.models import Delegation, Person

_WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]+")  # 'Zuidoost-Azië', 'Sud-Coréen'
# 'Verantwortung', 'Priorität': a short word with such an ending may be a name ('Jung')
_NOUN_LENGTH = 8
# 'AffairsBui', 'SovietNew': a word glued to the next without its space; 'McEwen', 'MacArthur',
# 'FitzGerald' have fewer small letters before their second capital
_GLUED = re.compile(r"^([A-Z][a-z]{4,})([A-Z][a-z]+)$")


def drop_place_names(
    art: ArticleContext, people: list[Person], delegations: list[Delegation]
) -> list[Person]:
    """`people` less those with a region's or a body's word in their name, or another word no
    name has, taken out of `delegations` too (in place: the delegations are the article's own),
    with a delegation left with no one in it; a name with such a word at its edge loses the word
    instead (`_trim`)."""
    words = art.lex.word_set(*NAME_VETO_KEYS)
    gone = {p.id for p in people if _trim(p, art, words)}
    if not gone:
        return people
    for d in delegations:
        d.members = [m for m in d.members if m not in gone]
    delegations[:] = [d for d in delegations if d.members or d.leader not in gone]
    for d in delegations:
        if d.leader in gone:
            d.leader = d.leader_title = d.leader_role = None
    return [p for p in people if p.id not in gone]


def _no_person(name: str, lex: Lexicon, words: frozenset[str]) -> bool:
    """A region's or a body's word, a place's form or a noun in `name`, or `name` of two words or
    more a state's or a known place's own ('Sainte Lucie' for 'Sainte-Lucie'); one word may be a
    given name too ('Victoria', 'Jordan')."""
    if place_name(name, words) or no_name(name, lex):
        return True
    joined = name.replace(" ", "-")
    return " " in name and any(n in lex.countries or n in lex.places for n in (name, joined))


def _trim(person: Person, art: ArticleContext, words: frozenset[str]) -> bool:
    """'Verantwortung Ron Dermer', 'Robert Mugabe zu Wort', 'AffairsBui Thanh Son': a name with
    a word no name has at its edge, or a word glued to its head, is the name without it (and
    without a particle the cut leaves at its end), when two words are left. True when the
    person is none, before the cut or after it ('SovietNew Zealand')."""
    parts = person.name.split()
    glued = _GLUED.match(parts[0]) if parts else None
    if glued and not art.scan.name_token(Token(glued.group(1), 0, 0)):
        parts[0] = glued.group(2)
    while parts and _no_word(parts[0], art.lex, words):
        parts.pop(0)
    while parts and _no_word(parts[-1], art.lex, words):
        parts.pop()
        while parts and parts[-1].lower() in art.scan.particles:
            parts.pop()
    name = " ".join(parts)
    if name == person.name or len(parts) < 2:
        return _no_person(person.name, art.lex, words)
    if _no_person(name, art.lex, words):
        return True
    person.aliases.append(person.name)
    person.name = name
    return False


def _no_word(word: str, lex: Lexicon, words: frozenset[str]) -> bool:
    return place_name(word, words) or _place_form(word, lex) or _noun_ending(word, lex.lang)


def place_name(name: str, words: frozenset[str]) -> bool:
    """Whether a word of `name`, or a hyphened part of one, is a region's or a body's word."""
    return any(w.lower() in words for w in _WORD_BREAK.split(name) if w)


def no_name(name: str, lex: Lexicon) -> bool:
    """Whether `name` is forms of address alone, or has a word that is a known place's genitive
    or adjective or that ends as a noun does."""
    words = [w for w in _WORD_BREAK.split(name) if w]
    forms = lex.word_set("honorifics")
    if words and all(w.rstrip(".").lower() in forms for w in words):
        return True
    return any(_place_form(w, lex) or _noun_ending(w, lex.lang) for w in words)


def _place_form(word: str, lex: Lexicon) -> bool:
    """'Tokios', 'Ankaras', 'Wiener': a known place's name with a genitive's or an adjective's
    ending."""
    return any(
        word.endswith(e) and word[: -len(e)] in lex.places
        for e in _endings(lex.lang, "place_form_endings")
    )


def _noun_ending(word: str, lang: str) -> bool:
    endings = _endings(lang, "noun_endings")
    return len(word) >= _NOUN_LENGTH and bool(endings) and word.lower().endswith(endings)


@lru_cache(maxsize=16)
def _endings(lang: str, key: str) -> tuple[str, ...]:
    return tuple(load_lexicon(lang).words(key))
