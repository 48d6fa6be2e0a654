"""A meeting sentence cut into the parts that tell different meetings: where it turns to an
earlier round ('maar ... de vorige ronde'), to a further one ('and decided to hold another
meeting in October'), and where it moves on to a second meeting place."""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.patterns import Patterns, patterns
from ingest.extract.meetings.places import place_cuts
from ingest.lang.lexicon import Lexicon

# What a part of a sentence tells: the meeting at hand (''), an earlier round, a further one.
SegmentRole = Literal["", "previous", "next"]


def segments(ctx: SentenceContext, lex: Lexicon) -> list[tuple[int, int, SegmentRole]]:
    """The sentence, cut where it turns to an earlier round ('maar ... de vorige ronde'), to a
    further one ('and decided to hold another meeting in October') and where it moves on to a
    second meeting place; each part with its role: '', 'previous' or 'next'."""
    s = ctx.sentence
    pats = patterns(lex.lang)
    match = pats.previous.search(s.text)
    end = s.start + match.start() if match else s.end
    ahead = pats.following.search(s.text, 0, end - s.start)
    if ahead and round_of_other(s.text, ahead.end(), pats):
        ahead = None
    cut = s.start + ahead.start() if ahead else end
    bounds = [s.start, *(c for c in place_cuts(ctx, lex, pats) if c < cut), cut]
    parts: list[tuple[int, int, SegmentRole]] = [(a, b, "") for a, b in pairwise(bounds)]
    if ahead:
        parts.append((cut, end, "next"))
    return parts + ([(end, s.end, "previous")] if match else [])


def round_of_other(text: str, at: int, pats: Patterns) -> bool:
    """'the next round of sanctions', 'die nächste Runde der Zölle': a round of something
    other than talks is no meeting."""
    words = text[at : at + 60].replace("\u2019", "'").split()
    if not words or words[0].lower() not in pats.of_words:
        return False
    return pats.trigger(" ".join(words[1:4])) is None
