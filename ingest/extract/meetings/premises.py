"""A meeting word that also names premises ('trade mission', 'mission commerciale',
'handelsmissie', 'Handelsmission') names the premises when a city follows it: 'its trade mission
in Washington', 'sa mission commerciale à Washington' tell of no visit. Its clause is marked when
read and the meeting it alone tells is dropped once the leaders are chosen, so that the leader
model's candidate pairs stay as they were fitted."""

from __future__ import annotations

from ingest.models import Delegation, Meeting

# The rule of a meeting's evidence whose meeting word names premises in a city.
PREMISES = "meeting-premises"


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
