"""A meeting word that also names premises ('trade mission', 'mission commerciale',
'handelsmissie', 'Handelsmission') names the premises when a city follows it: 'its trade mission
in Washington', 'sa mission commerciale à Washington' tell of no visit. Its clause is marked when
read and the meeting it alone tells is dropped once the leaders are chosen, so that the leader
model's candidate pairs stay as they were fitted."""

from __future__ import annotations

import re

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.patterns import Patterns
from ingest.models import Delegation, Meeting

# The rule of a meeting's evidence whose meeting word names premises in a city.
PREMISES = "meeting-premises"


def mark_premises(
    cand: Candidate,
    ctx: SentenceContext,
    span: tuple[int, int],
    trigger: re.Match[str] | None,
    pats: Patterns,
) -> None:
    """Mark a meeting word that names a building ('its trade mission in Washington'): no
    meeting, dropped after the leaders are chosen (`drop_premises`), so their pairs stay."""
    if trigger is None:
        return
    lo, hi = span
    places = frozenset(p.start - lo for p in ctx.mentions.places if lo <= p.start < hi)
    if pats.is_premises(ctx.local(lo, hi), trigger, places):
        cand.evidence.append(ctx.evidence(PREMISES, 0.8))


def drop_premises(meetings: list[Meeting], delegations: list[Delegation]) -> list[Meeting]:
    """The meetings but those whose every sentence names premises (`PREMISES`); a delegation
    of a dropped one belongs to none."""
    dropped = {m.id for m in meetings if _premises_only(m)}
    if not dropped:
        return meetings
    for d in delegations:
        if d.meeting in dropped:
            d.meeting = None
    return [m for m in meetings if m.id not in dropped]


def _premises_only(meeting: Meeting) -> bool:
    marked = {e.start for e in meeting.evidence if e.rule == PREMISES}
    return bool(marked) and all(e.start in marked for e in meeting.evidence)
