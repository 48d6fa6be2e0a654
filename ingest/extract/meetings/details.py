"""Details of a meeting told in one segment of a sentence: date, time, round, venue, duration
and status (an earlier round's duration is past, one in the future tense expected)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.dates import find_date, find_duration, find_time
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.patterns import Patterns, patterns
from ingest.lang.lexicon import Lexicon, every_language, load_lexicon

_VENUE_NOUNS = frozenset(every_language("venue_nouns"))  # in any language: 'Hotel Adlon'
CLAUSE_END = re.compile(
    r"[,;:]|\s(?:" + "|".join(map(re.escape, every_language("clause_end_words"))) + r")\s"
)


def _round(text: str, lex: Lexicon, pats: Patterns) -> int | None:
    """'second round', 'sixth ... meeting'; 'first' only with a round noun ('first summit in
    two years' numbers nothing)."""
    ordinals = _ordinals(lex.lang)
    for match in pats.ordinal.finditer(text):
        following = " ".join(text[match.end() : match.end() + 60].split()[:4])
        number = int(ordinals[match.group().lower()])
        wanted = pats.round_nouns if number == 1 else pats.triggers
        if wanted.search(following) or (number > 1 and pats.trigger(following)):
            return number
    return None


@lru_cache(maxsize=8)
def _ordinals(lang: str) -> dict[str, int]:
    """Lower-cased ordinal word -> number, once per language (callers only read it)."""
    return {k.lower(): int(v) for k, v in load_lexicon(lang).mapping("ordinals").items()}


def _venue(text: str, pats: Patterns) -> str | None:
    for match in pats.venue_prep.finditer(text):
        rest = text[match.end() :].lstrip()
        end = CLAUSE_END.search(rest)
        phrase = rest[: end.start()] if end else rest.rstrip(".")
        words = phrase.lower().replace("-", " ").split()
        if 1 <= len(words) <= 12 and any(
            w in _VENUE_NOUNS or w.endswith(pats.buildings) for w in words[:6]
        ):
            return phrase.strip()
    return None


def details(cand: Candidate, text: str, future: bool, art: ArticleContext) -> None:
    """Date, time, round, venue, duration and status of the segment: a duration of an earlier
    round is past, one in the future tense is expected."""
    lex, pats = art.lex, patterns(art.lex.lang)
    cand.date = find_date(text, lex, art.published, future=future)
    cand.time = find_time(text)
    cand.round = _round(text, lex, pats)
    cand.venue = _venue(text, pats)
    duration = find_duration(text, lex)
    if cand.previous:
        cand.past_duration = duration
    else:
        cand.expected_duration = duration if future else None
        cand.past_duration = None if future else duration
    if pats.cancel.search(text):
        cand.status = "cancelled"
    elif future:
        cand.status = "planned"


_SUMMIT_REACH = 80  # characters: 'arriving in Addis Ababa to take part in the 33rd AU Summit'
_CLAUSE_BREAK = re.compile(r"[;:]")  # not 'for', 'to' (`CLAUSE_END`): 'arrived for the summit'


def to_summit(text: str, trigger: re.Match[str], pats: Patterns) -> bool:
    """'arrived in Riyadh for the summit', 'est arrivé pour le sommet': a journey whose own clause
    goes on to a summit is the summit, the travellers' states its sides (not the host, unless
    named so). A summit in a later clause is another event ('bezoek komt ...: net na de top')."""
    after = text[trigger.end() : trigger.end() + _SUMMIT_REACH]
    after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    later = pats.trigger(after)
    return later is not None and pats.trigger_kind(after, later) == "summit"
