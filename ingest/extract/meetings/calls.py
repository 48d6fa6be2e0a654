"""A call has two sides: a caller speaking with several states makes one call with each
('Lawrow telefonierte jeweils mit Kerry sowie al-Jubeir': Russia-US and Russia-Saudi Arabia),
while callers of several states speaking with one make one call of them all ('Scholz und
Macron telefonierten mit Putin')."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.clause_parties import clause_parties
from ingest.lang.lexicon import load_lexicon, phrase_regex


def per_counterpart(
    cand: Candidate, ctx: SentenceContext, clause: tuple[int, int], art: ArticleContext
) -> None:
    """Splits a call of three or more states whose clause names one state before its meeting
    word or its first 'with' ('mit', 'met', 'avec'; `clause`: where the clause and its meeting
    word start) into one call per state after it, in the order the text names them; the others
    go to `cand.also`."""
    lo, at = clause
    if cand.kind != "call" or len(cand.parties) < 3:
        return
    at = _first_marker(ctx, lo, at, art.lex.lang)
    callers = clause_parties(ctx, lo, at, art, cand.kind)
    others = cand.parties - callers
    if len(callers) != 1 or len(others) < 2:
        return
    first = {c.code: c.start for c in reversed(ctx.mentions.countries) if c.start >= at}
    ordered = sorted(others, key=lambda code: (first.get(code, ctx.sentence.end), code))
    cand.parties, *rest = [callers | {code} for code in ordered]
    cand.also = [(parties, None) for parties in rest]


_CLAUSE_ENDS = (",", ";", ":", "(")  # where a clause, and its callees, end


def _first_marker(ctx: SentenceContext, lo: int, at: int, lang: str) -> int:
    """Where the callees start: at the first 'with' before the meeting word ('hat mit Kerry
    sowie al-Jubeir telefoniert'), else at the first one after it, the caller standing between
    the two where the verb comes second ('Gisteren belde premier X met ...', 'telefonierte
    Bundesaußenminister Westerwelle mit ...'), else at the meeting word."""
    markers = _markers(lang)
    before = markers.search(ctx.local(lo, at))
    if before:
        return lo + before.start()
    after = markers.search(ctx.local(at, ctx.sentence.end))
    if after and not any(c in ctx.local(at, at + after.start()) for c in _CLAUSE_ENDS):
        return at + after.start()
    return at


@lru_cache(maxsize=8)
def _markers(lang: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words("counterpart_markers"))
