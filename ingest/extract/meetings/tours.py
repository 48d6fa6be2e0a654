"""Tours: 'reiste nach Paris, Brüssel und Warschau', 'het bezoek aan Den Haag, Brussel en
Luxemburg'. Each city of the list is a visit of its own, between the visitor's state and the
city's; a capital after the first is no visiting state ('Brüssel' read as Belgium)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.mentions import PlaceMention
from ingest.lang.lexicon import load_lexicon

_PREP_LETTERS = 4  # 'nach', 'naar', 'aan', 'to', 'à': a short lower-case word opens the list
_LIST_WORD = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=8)
def _fillers(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    words = lex.words("list_joiners") + lex.words("determiners") + lex.words("locative_preps")
    return frozenset(w.lower() for w in words)


def _joined(between: str, fillers: frozenset[str]) -> bool:
    words = _LIST_WORD.findall(between.lower())
    return bool(words) and all(w in fillers for w in words)


def _opened(ctx: SentenceContext, place: PlaceMention) -> bool:
    k = ctx.mentions.index_past(place.start)
    before = ctx.mentions.tokens[max(0, k - 1) : k]
    return bool(before) and before[0].text.islower() and len(before[0].text) <= _PREP_LETTERS


def tour_stops(ctx: SentenceContext, after: int, hi: int) -> list[PlaceMention]:
    """The cities of the first list of two or more after `after` (the visit word) and before
    `hi`, opened by a preposition; empty when there is none."""
    places = [p for p in ctx.mentions.places if after <= p.start < hi]
    fillers = _fillers(ctx.lang)
    for i, first in enumerate(places):
        if not _opened(ctx, first):
            continue
        run = [first]
        for nxt in places[i + 1 :]:
            if not _joined(ctx.local(run[-1].end, nxt.start), fillers):
                break
            run.append(nxt)
        if len({p.name for p in run}) > 1:
            return list({p.name: p for p in run}.values())
    return []


def tour_parties(parties: set[str], stops: list[PlaceMention]) -> list[set[str]]:
    """The parties of each stop: the states named besides the stops' own, with each stop's."""
    visitors = parties - {p.country for p in stops}
    return [visitors | {p.country} for p in stops]
