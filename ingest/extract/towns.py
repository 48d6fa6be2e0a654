"""Towns the city table leaves out ('in Kassel', 'à Biarritz', 'te Voorburg'), from GeoNames
(`ingest/lang/towns.json`, built by `build_towns.py`).

A town is read only where the text places something in it, after a locative preposition of
the language, and only where nothing else (a country, a known place, a person) was read in its
words: the table holds thirty thousand names, some of them words or names elsewhere.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ingest.extract.mentions import PlaceMention, SentenceMentions
from ingest.lang import gazetteer
from ingest.lang.lexicon import load_lexicon

_MAX_WORDS = 5  # 'Saint-Laurent-du-Maroni', 'São João da Boa Vista'
_WORD = r"[\w'\u2019.]+"


@lru_cache(maxsize=8)
def _after_prep(lang: str) -> re.Pattern[str]:
    """A locative preposition, then up to `_MAX_WORDS` words from a capital letter on."""
    preps = "|".join(re.escape(p) for p in load_lexicon(lang).words("locative_preps"))
    return re.compile(
        rf"(?<!\w)(?i:{preps})\s+"  # the words are looked ahead at: 'à Paris et à Voorburg'
        rf"(?=([A-Z\u00c0-\u00de]{_WORD[:-1]}*(?:[ -]{_WORD}){{0,{_MAX_WORDS - 1}}}))"
    )


@cache
def _upper_towns() -> dict[str, str]:
    return {name.upper(): name for name in gazetteer.towns()}


def town_named(words: str) -> str | None:
    """The longest run of `words`' first words that names a town, or None."""
    towns = gazetteer.towns()
    parts = re.split(r"([ -])", words)
    for n in range(len(parts), 0, -2):
        name = "".join(parts[:n]).rstrip(".")  # 'St.' inside a name, a full stop after one
        if name in towns:
            return name
    return None


def upper_town(name: str) -> tuple[str, str, bool] | None:
    """A dateline's town written in capitals ('KASSEL, 3. März (dpa) -')."""
    town = _upper_towns().get(name)
    return (town, gazetteer.towns()[town], False) if town else None


def find_towns(text: str, offset: int, lang: str, mentions: SentenceMentions) -> list[PlaceMention]:
    taken = [(p.start, p.end) for p in mentions.places]
    taken += [(c.start, c.end) for c in mentions.countries]
    taken += [(p.start, p.end) for p in mentions.people]
    found: list[PlaceMention] = []
    for match in _after_prep(lang).finditer(text):
        name = town_named(match.group(1))
        if name is None:
            continue
        start = offset + match.start(1)
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(PlaceMention(name, gazetteer.towns()[name], False, start, end))
    return found
