"""Every slug in one place: readable, accent-free id parts ('Genève' -> 'geneve').

`slug` makes the graph's canonical ids. `local_slug` makes the extraction's article-local ids
(`person:...`, `delegation:...` in `dipgraph extract` output) and tells people apart within an
article; it drops letters that have no ASCII decomposition ('Løkke' -> 'lkke') where `slug`
cuts there ('l-kke'). Kept apart so neither the graph's ids nor the extract output change.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ingest.text.search_keys import search_key

NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: 'Genève' and 'geneve' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    """The id part of a canonical graph id ('Alexander Darchiev' -> 'alexander-darchiev').
    Cyrillic and Greek are spelt in Latin letters ('Сергей Лавров' -> 'sergei-lavrov'); text
    with no letter that has a Latin form gets a digest of itself, so two such names never
    share one node."""
    made = NON_WORD.sub("-", fold(text)).strip("-")
    if made or not text.strip():
        return made or "unnamed"
    made = NON_WORD.sub("-", search_key(text)).strip("-")
    return made or "x" + hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:12]


# The people of an article are matched by comparing every new name with each known one's slug:
# the same few names are slugged again and again.
@lru_cache(maxsize=4096)
def local_slug(text: str) -> str:
    """The id part of an extraction-local id; '' when nothing ASCII is left."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return NON_WORD.sub("-", plain).strip("-")
