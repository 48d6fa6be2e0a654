"""Meetings a person is named with only as unreal: denied, refused, called off or merely
speculated about ('not to meet with President X', 'a possible summit between X and Y', 'kein
Treffen mit', 'un éventuel sommet'). The gold counts no such meeting, so a person named only
there heads no side; the leader model weighs it (feature `unreal`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.model import Candidate
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.lang.lexicon import load_lexicon, phrase_regex

_BEFORE = 40  # characters from a hedge to the meeting word it qualifies ('no plans to schedule a')
_AFTER = 30  # 'a summit is not planned', 'un sommet éventuel'


@lru_cache(maxsize=8)
def _hedges(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    return phrase_regex([*lex.words("hedge_words"), *lex.words("cancel_words")])


def mark_unreal(
    art: ArticleContext, cands: list[Candidate], at: dict[str, list[tuple[int, int]]]
) -> None:
    """Sets `unreal` on each pair whose person is named with a meeting word, where in every
    sentence naming him the meeting word nearest to him is hedged, denied or called off (`at`:
    each surname's (sentence, token) positions, `features.surname_index`)."""
    marks: dict[int, tuple[list[re.Match[str]], list[re.Match[str]]]] = {}
    found: dict[str, float] = {}
    for cand in cands:
        surname = cand.person.name.split()[-1]
        if surname not in found:
            said = [
                hedged
                for i, chars in _by_sentence(art, at.get(surname, [])).items()
                if (hedged := _nearest_hedged(_marks(art, i, marks), chars)) is not None
            ]
            found[surname] = float(bool(said) and all(said))
        cand.features["unreal"] = found[surname]


def _by_sentence(art: ArticleContext, at: list[tuple[int, int]]) -> dict[int, list[int]]:
    """The surname's character offsets within each sentence naming it."""
    out: dict[int, list[int]] = {}
    for i, k in at:
        ctx = art.sentences[i]
        out.setdefault(i, []).append(ctx.mentions.tokens[k].start - ctx.sentence.start)
    return out


def _marks(
    art: ArticleContext, i: int, seen: dict[int, tuple[list[re.Match[str]], list[re.Match[str]]]]
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The meeting words and the hedges of sentence i, found once for every surname in it."""
    if i not in seen:
        text, lang = art.sentences[i].sentence.text, art.lex.lang
        words = list(meeting_patterns(lang).triggers.finditer(text))
        seen[i] = (words, list(_hedges(lang).finditer(text)) if words else [])
    return seen[i]


def _nearest_hedged(
    marks: tuple[list[re.Match[str]], list[re.Match[str]]], at: list[int]
) -> bool | None:
    """Whether the meeting word nearest the surname (at these offsets) is hedged (a hedge
    stands right before or after it); None where the sentence tells no meeting."""
    words, hedges = marks
    if not words:
        return None
    near = min(words, key=lambda m: min(abs(m.start() - a) for a in at))
    return any(
        near.start() - _BEFORE <= h.end() and h.start() <= near.end() + _AFTER for h in hedges
    )
