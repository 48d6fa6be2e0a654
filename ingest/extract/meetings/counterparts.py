"""A further meeting with another counterpart while a meeting at a place is described.

'After his talks with Li, he is also scheduled to meet President Xi Jinping later', 'Later op de
dag zal Pompeo ook kroonprins Mohammed bin Salman ontmoeten', 'Anschließend wird Kono Präsident
Moon Jae-in einen Besuch abstatten': a clause that tells a meeting as a further one (`further_
meeting_markers`: 'also', 'ook', 'anschließend', 'ensuite') and names a person the article has
not named before meets someone else than the meeting described: a meeting of its own, at the same
place and between the same states. The first talks of a visit, told without such a word, stay
the visit's detail; so do clauses naming only people already met.
"""

from __future__ import annotations

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.lang.lexicon import Lexicon, phrase_regex

# Kinds a further meeting with a counterpart is told in ('meet', 'talks', 'einen Besuch abstatten').
_WITH_COUNTERPART = frozenset({"meeting", "talks", "visit", "negotiations", "consultations"})


def further_marked(
    ctx: SentenceContext, span: tuple[int, int], lex: Lexicon, sides: set[str]
) -> bool:
    """Whether the clause in `span` tells its meeting as a further one ('also', 'ook', 'ensuite')
    and names no state or place but of `sides` (the meeting described): 'vertrok vervolgens
    naar de Sovjet-Unie, waar hij zijn collega zal ontmoeten' goes elsewhere."""
    lo, hi = span
    mentions = ctx.mentions
    named = {c.code for c in mentions.countries if lo <= c.start < hi and c.kind != "adjective"}
    named |= {p.country for p in mentions.places if lo <= p.start < hi}
    if not named <= sides:
        return False
    markers = phrase_regex(lex.words("further_meeting_markers"))
    return markers.search(ctx.local(lo, hi)) is not None


def surnames(people: list[str]) -> set[str]:
    """The last word of each name, lower-cased: how a person is named again ('Li', 'Pompeo')."""
    return {name.split()[-1].lower() for name in people if name.split()}


def other_counterpart(cand: Candidate, current: Candidate, named: set[str]) -> bool:
    """Whether `cand` is a further meeting with a person not named before (`named`: surnames of
    the article so far) while `current`, a meeting at a place, is described; if so it is placed
    there, between the same states."""
    if not cand.further or current.city is None or current.kind not in _WITH_COUNTERPART:
        return False
    if cand.kind not in _WITH_COUNTERPART or cand.previous or cand.follow_up:
        return False
    if cand.anaphoric or cand.pointing or cand.there or cand.summons or cand.repeated:
        return False
    if cand.city is not None:
        return False  # placed by itself: the meeting rules tell whether it is another
    if not cand.parties <= current.parties and max(len(cand.parties), len(current.parties)) >= 2:
        return False  # sides of its own, or a state besides the two sides: another relation
    if cand.kind == "visit" and len(current.parties) < 2:
        return False  # 'besucht Kanada': a visit to a state, unless paid to a person of a side
    if not surnames(cand.people) - named:
        return False  # only people already met
    cand.city, cand.city_country = current.city, current.city_country
    cand.city_capital = current.city_capital
    cand.parties |= current.parties
    return True
