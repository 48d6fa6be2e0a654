"""A call has two sides: a caller speaking with several states makes one call with each
('Lawrow telefonierte jeweils mit Kerry sowie al-Jubeir': Russia-US and Russia-Saudi Arabia),
while callers of several states speaking with one make one call of them all ('Scholz und
Macron telefonierten mit Putin'), and so does a conference ('nimmt an einer Videokonferenz der
Regierungschefs der Visegrad-Staaten teil': one meeting of the five states)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.clause_parties import clause_parties
from ingest.extract.meetings.envoys import joined, list_fillers, name_gap
from ingest.lang.lexicon import load_lexicon, phrase_regex


def per_counterpart(
    cand: Candidate, ctx: SentenceContext, clause: tuple[int, int], art: ArticleContext
) -> None:
    """Splits a call of three or more states whose clause names one state before its meeting
    word or its first 'with' ('mit', 'met', 'avec'; `clause`: where the clause and its meeting
    word start) into one call per state after it, in the order the text names them; the others
    go to `cand.also`. A clause naming no caller but one list of states after it has the
    article's protagonist call each (`_protagonist`)."""
    lo, at = clause
    if cand.kind != "call" or len(cand.parties) < 3:
        return
    if _joint(ctx.local(at, ctx.sentence.end), art):
        return  # a conference: one meeting of every state its clause names
    at = _first_marker(ctx, lo, at, art.lex.lang)
    callers = clause_parties(ctx, lo, at, art, cand.kind)
    if not callers and _one_list(ctx, at, cand.parties, art.lex.lang):
        callers = _protagonist(cand, art)
    others = cand.parties - callers
    if len(callers) != 1 or len(others) < 2:
        return
    cand.parties |= callers
    first = {c.code: c.start for c in reversed(ctx.mentions.countries) if c.start >= at}
    ordered = sorted(others, key=lambda code: (first.get(code, ctx.sentence.end), code))
    cand.parties, *rest = [callers | {code} for code in ordered]
    cand.also = [(parties, None) for parties in rest]


def _joint(text: str, art: ArticleContext) -> bool:
    """Whether `text` opens with a conference word ('videoconference', 'Videoschalte'): all who
    join it meet at once, each with every other."""
    return bool(_joint_nouns(art.lex.lang).match(text))


@lru_cache(maxsize=8)
def _joint_nouns(lang: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words("joint_call_nouns"))


def _one_list(ctx: SentenceContext, at: int, codes: set[str], lang: str) -> bool:
    """Whether the states after `at` are named in one list, their leaders' names and brackets
    aside ('Mit Putin (Russland), Hollande (Frankreich) und mit Abe (Japan)'), not here and
    there in a clause about topics."""
    found = sorted((c for c in ctx.mentions.countries if c.start >= at), key=lambda c: c.start)
    fillers = list_fillers(lang) | load_lexicon(lang).word_set("counterpart_markers")
    n = 1
    while n < len(found) and joined(
        name_gap(ctx, found[n - 1].end, found[n].start, brackets=True), fillers
    ):
        n += 1
    return {c.code for c in found[:n]} == codes


def _protagonist(cand: Candidate, art: ArticleContext) -> set[str]:
    """'Weitere Telefonate: Mit Putin (Russland), Hollande (Frankreich) und mit Abe (Japan)': calls
    with several states whose clause names no caller are the article's own protagonist's, the
    state it names most besides them, by a clear margin."""
    counts = art.country_counts.most_common()
    ranked = [(code, n) for code, n in counts if code not in cand.parties][:2]
    if not ranked or ranked[0][1] < _PROTAGONIST_MENTIONS:
        return set()
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return set()
    return {ranked[0][0]}


_PROTAGONIST_MENTIONS = 2
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
