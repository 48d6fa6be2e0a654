"""The building of 'his country': 'l'ambassade de son pays à Téhéran', 'die Botschaft ihres
Landes an der Spree', 'the embassy of his country'. The words after the noun
(`property_home_phrases`) name the home state of the person the sentence is about; that state
is the one state whose adjective the sentence gives before the noun ('Le chef de la diplomatie
britannique Philip Hammond a rouvert l'ambassade de son pays à Téhéran'). Where the sentence
gives no such adjective, or several, the building keeps no owner from these words."""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import Token
from ingest.lang.lexicon import load_lexicon


@lru_cache(maxsize=8)
def _phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """The home phrases of a language as word tuples, longest first."""
    found = {tuple(p.lower().split()) for p in load_lexicon(lang).words("property_home_phrases")}
    return tuple(sorted(found, key=len, reverse=True))


def home_owner(
    tokens: list[Token], noun: tuple[int, int], ctx: SentenceContext, art: ArticleContext
) -> tuple[str | None, int]:
    """The home state that owns the building noun spanning `noun` ('de son pays'), or None,
    and the last token of the noun with the home phrase after it, so that its place is read
    past the phrase ('à Téhéran')."""
    i, last = noun
    words = tuple(t.lower for t in tokens[last + 1 : last + 5])
    phrase = next((p for p in _phrases(art.lex.lang) if words[: len(p)] == p), None)
    if phrase is None:
        return None, last
    states = {
        c.code for c in ctx.mentions.countries
        if c.kind == "adjective" and c.end <= tokens[i].start
    }  # fmt: skip
    return (states.pop() if len(states) == 1 else None), last + len(phrase)
