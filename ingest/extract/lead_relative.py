"""Leaders named before a relative clause whose leading verb closes it, as Dutch and German put
it: 'Kofi Mensah, die de Ghanese delegatie leidde', 'Kofi Mensah, der die ghanaische Delegation
leitete'. English and French open the clause with the verb ('who led the Ghanaian delegation'),
which the active rule reads."""

from __future__ import annotations

import re

from ingest.extract.context import SentenceContext
from ingest.extract.delegation_states import noun_state
from ingest.extract.delegations import LeadFinding, lead_patterns

_REACH = 80  # characters from the comma opening the clause to the verb closing it
_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")  # the verb ends the clause


def relative_leads(ctx: SentenceContext, lang: str) -> list[LeadFinding]:
    """Each titled person whose relative clause, closed by a leading verb, names a delegation
    of a state: that state's side is theirs."""
    pats = lead_patterns(lang)
    s = ctx.sentence
    out: list[LeadFinding] = []
    for verb in pats.relative_final.finditer(s.text):
        opened = s.text.rfind(",", max(0, verb.start() - _REACH), verb.start())
        clause = s.text[opened + 1 : verb.start()].split(None, 1)
        if opened < 0 or not _CLOSED.match(s.text, verb.end()) or len(clause) < 2:
            continue
        noun = pats.noun.search(clause[1])
        comma = s.start + opened
        leader = next((p for p in ctx.mentions.people if p.span_end == comma), None)
        if clause[0].lower() not in pats.relative or noun is None or leader is None:
            continue
        at = s.start + verb.start() - len(clause[1]) + noun.start()
        country = noun_state(ctx, (at, at + len(noun.group())), (comma, s.start + verb.start()))
        if country or leader.country:
            out.append(LeadFinding(country or leader.country or "", leader, "lead-relative", 0.85))
    return out
