"""Meetings a person is named with only as unreal: denied, refused, called off or merely
speculated about ('not to meet with President X', 'a possible summit between X and Y', 'kein
Treffen mit', 'un éventuel sommet'). The gold counts no such meeting, so a person named only
there heads no side; the leader model weighs it (feature `unreal`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.model import Candidate
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.lang.lexicon import load_lexicon, phrase_regex

_BEFORE = 40  # characters from a hedge to the meeting word it qualifies ('no plans to schedule a')
_AFTER = 30  # 'a summit is not planned', 'un sommet éventuel'


@lru_cache(maxsize=8)
def _hedges(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    return phrase_regex([*lex.words("hedge_words"), *lex.words("cancel_words")])


def mark_unreal(art: ArticleContext, cands: list[Candidate]) -> None:
    """Sets `unreal` on each pair whose person is named with a meeting word, where in every
    sentence naming him the meeting word nearest to him is hedged, denied or called off."""
    found: dict[str, float] = {}
    for cand in cands:
        surname = cand.person.name.split()[-1]
        if surname not in found:
            told = [_nearest_hedged(ctx, surname, art.lex.lang) for ctx in art.sentences]
            said = [t for t in told if t is not None]
            found[surname] = float(bool(said) and all(said))
        cand.features["unreal"] = found[surname]


def _nearest_hedged(ctx: SentenceContext, surname: str, lang: str) -> bool | None:
    """Whether the meeting word nearest the surname is hedged (a hedge stands right before or
    after it); None where the sentence does not name him or tells no meeting."""
    at = [t.start - ctx.sentence.start for t in ctx.mentions.tokens if t.base == surname]
    text = ctx.sentence.text
    words = list(meeting_patterns(lang).triggers.finditer(text)) if at else []
    if not words:
        return None
    near = min(words, key=lambda m: min(abs(m.start() - a) for a in at))
    return any(
        near.start() - _BEFORE <= h.end() and h.start() <= near.end() + _AFTER
        for h in _hedges(lang).finditer(text)
    )
