"""Heads a leading phrase names past a long title, settled after the leader model: 'la
délégation vietnamienne était dirigée par le vice-ministre des Affaires étrangères et président
du Comité national de la frontière X', 'une délégation russe conduite par le chef de mission
adjoint (chargé d'affaires) de l'ambassade de Russie à Madagascar, X', 'La Mauritanie est
représentée par le conseiller technique du ministre de la Pêche, X'.

The delegation rules take the person the reader finds right after the phrase; past a title the
reader cannot close, it finds none, and the holder is never read (`lead_long_titles`). The
phrase says who leads as surely as with a short title, but the rule runs after the model, so the
pairs the model was fitted on stay as they are: it fills a state's side nothing else has led.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegation_states import noun_state
from ingest.extract.delegations import LeadPatterns, lead_patterns
from ingest.extract.lead_long_titles import holder_past_long_title
from ingest.extract.lead_people import person_at
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import OpenSides, told_meeting
from ingest.lang.lexicon import phrase_regex
from ingest.models import Delegation, Meeting

RULE = "lead-long-title"
WINDOW = 90  # how far back the phrase looks for its delegation noun or its state
STATE_GAP = 25  # characters between a state and 'est représentée par'


def long_title_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states nothing else has led, headed by the holder of a long title a
    leading phrase names, at the meeting the sentence tells (none yet where the article has
    none: as with the rules' leads, the meeting of the sides is made from them later)."""
    pats = lead_patterns(art.lex.lang)
    mediation = phrase_regex(art.lex.words("mediation_words"))
    sides = OpenSides.after(delegations)
    for ctx in art.sentences:
        text, start = ctx.sentence.text, ctx.sentence.start
        for match in [*pats.passive.finditer(text), *pats.represent.finditer(text)]:
            before = text[max(0, match.start() - WINDOW) : match.start()]
            if mediation.search(before) or person_at(ctx, start + match.end()) is not None:
                continue  # a mediators' team leads no side; a holder read is the rules' own
            holder = holder_past_long_title(ctx, start + match.end())
            state = _phrase_state(ctx, pats, start + match.start())
            state = state or (holder.country if holder else None)
            if holder is None or state is None or state in sides.led:
                continue
            person = registry.find(holder.name) or registry.add(holder, ctx)
            if sides.open(state, person):
                meeting = told_meeting(state, {start}, meetings)
                sides.fill(state, person, meeting, ctx.evidence(RULE, 0.8))
    return sides.filled


def _phrase_state(ctx: SentenceContext, pats: LeadPatterns, at: int) -> str | None:
    """The state the phrase at `at` leads for: its delegation noun's ('la délégation
    vietnamienne', 'la partie laotienne'), else the state named right before it ('La Mauritanie
    est représentée par')."""
    s = ctx.sentence
    lo = max(s.start, at - WINDOW)
    nouns = list(pats.noun.finditer(s.text[lo - s.start : at - s.start]))
    if nouns:
        noun = (lo + nouns[-1].start(), lo + nouns[-1].end())
        return noun_state(ctx, noun, (noun[0] - 30, min(noun[1] + 30, at)))
    near = [c for c in ctx.mentions.countries if at - STATE_GAP <= c.end <= at]
    return near[-1].code if near else None
