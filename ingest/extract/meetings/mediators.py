"""States a meeting sentence names as its mediators ('unter Vermittlung des Golfstaats Oman',
'mediated by Oman', 'Katar, Ägypten und die USA als Vermittler'): a mediator that takes part is
a party, though it leads no side (see the annotation rules)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.parties import marked_states, rekey
from ingest.extract.mentions import CountryMention
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Meeting

# The rule of a meeting's evidence that names a state mediating it ('meeting-mediator:OM'): the
# heads named for the other sides do not make it a state only mentioned.
MEDIATOR = "meeting-mediator:"

_FIRST_REACH = 24  # characters from the phrase to the first state: 'des Golfstaats Oman'
_GAP_WORDS = re.compile(r"[\w'\u2019]+|[^\w\s]")  # words, with elided articles (l'), and marks


@lru_cache(maxsize=8)
def _phrases(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("mediated_by_phrases")), phrase_regex(
        lex.words("mediating_phrases")
    )


def mediators(ctx: SentenceContext) -> set[str]:
    """The states the sentence lists right after a phrase naming its mediators ('under the
    mediation of'), or right before one ('als Vermittler', 'vom Oman vermittelt')."""
    by, mediating = _phrases(ctx.lang)
    names = sorted((c for c in ctx.mentions.countries if c.kind == "name"), key=lambda c: c.start)
    if not names:
        return set()
    base, text = ctx.sentence.start, ctx.sentence.text
    found: set[str] = set()
    for m in by.finditer(text):
        after = [c for c in names if c.start >= base + m.end()]
        if after and after[0].start - base - m.end() <= _FIRST_REACH:
            found |= _chain(ctx, after)
    for m in mediating.finditer(text):
        before = [c for c in names if c.end <= base + m.start()]
        if before and not text[before[-1].end - base : m.start()].strip():
            found |= _chain(ctx, list(reversed(before)))
    return found


def _chain(ctx: SentenceContext, states: list[CountryMention]) -> set[str]:
    """The first state and those listed with it ('Argentinien, Brasilien, Chile und den USA'),
    `states` ordered from the phrase outwards: between two of them only list joiners and
    articles."""
    joiners = _joiners(ctx.lang)
    found = {states[0].code}
    for near, far in pairwise(states):
        lo, hi = (far.end, near.start) if far.start < near.start else (near.end, far.start)
        if any(w.lower() not in joiners for w in _GAP_WORDS.findall(ctx.local(lo, hi))):
            break
        found.add(far.code)
    return found


@lru_cache(maxsize=8)
def _joiners(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("list_joiners", "definite_articles")


def add_mediators(meetings: list[Meeting]) -> None:
    """The states marked as mediating a meeting take part in it: added once its sides and their
    heads are settled, since the heads named for the other sides would leave them out as states
    only mentioned, and a mediator heads no side."""
    for meeting in meetings:
        mediating = marked_states(meeting.evidence, MEDIATOR) - set(meeting.parties)
        if mediating and len(meeting.parties) >= 2:
            meeting.parties = sorted({*meeting.parties, *mediating})
            rekey(meeting)
