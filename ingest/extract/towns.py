"""Towns the city table leaves out ('in Kassel', 'à Biarritz', 'te Voorburg'), from GeoNames
(`ingest/lang/towns.json`, built by `build_towns.py`).

A town is read only where the text places something in it, after a locative preposition of
the language, and only where nothing else (a country, a known place, a person) was read in its
words: the table holds thirty thousand names, some of them words or names elsewhere.
"""

from __future__ import annotations

from functools import cache, lru_cache

from ingest.extract.mentions import PlaceMention, SentenceMentions, Token
from ingest.lang import gazetteer
from ingest.lang.lexicon import load_lexicon

_MAX_TOKENS = 6  # 'Saint-Laurent-du-Maroni' is one, 'São João da Boa Vista' five, 'St. X' three


@lru_cache(maxsize=8)
def _preps(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("locative_preps")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every town's name: most words after 'in' start none."""
    return frozenset(name.split(" ")[0].rstrip(".") for name in gazetteer.towns())  # St. -> St


@cache
def _upper_towns() -> dict[str, str]:
    return {name.upper(): name for name in gazetteer.towns()}


def _town_at(text: str, offset: int, tokens: list[Token], k: int) -> str | None:
    """The longest run of tokens from `k` (a capitalised word) that names a town: words
    joined by single spaces, 'St.' kept."""
    towns = gazetteer.towns()
    last = min(len(tokens), k + _MAX_TOKENS)
    stop = k + 1
    while stop < last and tokens[stop].start - tokens[stop - 1].end <= 1:
        stop += 1  # the run goes on while no more than one space parts two tokens
    for end in range(stop, k, -1):
        name = text[tokens[k].start - offset : tokens[end - 1].end - offset].rstrip(".")
        if name in towns:
            return name
    return None


def upper_town(name: str) -> tuple[str, str, bool] | None:
    """A dateline's town written in capitals ('KASSEL, 3. März (dpa) -')."""
    town = _upper_towns().get(name)
    return (town, gazetteer.towns()[town], False) if town else None


def find_towns(text: str, offset: int, lang: str, mentions: SentenceMentions) -> list[PlaceMention]:
    """Towns right after a locative preposition, where nothing else was read in their words."""
    preps, tokens, first = _preps(lang), mentions.tokens, _first_words()
    found: list[PlaceMention] = []
    for k in range(1, len(tokens)):  # a walk over the tokens costs half a regular expression
        if tokens[k - 1].lower not in preps or tokens[k].text not in first:
            continue
        name = _town_at(text, offset, tokens, k)
        if name is None:
            continue
        start = tokens[k].start
        end = start + len(name)
        if _taken(mentions, start, end):
            continue
        found.append(PlaceMention(name, gazetteer.towns()[name], False, start, end))
    return found


def _taken(mentions: SentenceMentions, start: int, end: int) -> bool:
    """Whether a country, a known place or a person was read in the span."""
    spans = [(p.start, p.end) for p in mentions.places]
    spans += [(c.start, c.end) for c in mentions.countries]
    spans += [(p.start, p.end) for p in mentions.people]
    return any(s < end and start < e for s, e in spans)
