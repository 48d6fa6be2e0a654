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
    marker = _markers(art.lex.lang).search(ctx.local(lo, at))
    at = lo + marker.start() if marker else at  # 'hat mit Kerry sowie al-Jubeir telefoniert'
    callers = clause_parties(ctx, lo, at, art, cand.kind)
    others = cand.parties - callers
    if len(callers) != 1 or len(others) < 2:
        return
    first = {c.code: c.start for c in reversed(ctx.mentions.countries) if c.start >= at}
    ordered = sorted(others, key=lambda code: (first.get(code, ctx.sentence.end), code))
    cand.parties, *rest = [callers | {code} for code in ordered]
    cand.also = [(parties, None) for parties in rest]


@lru_cache(maxsize=8)
def _markers(lang: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words("counterpart_markers"))
