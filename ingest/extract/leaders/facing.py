"""The side facing a led side: a meeting of two states whose one side has a leader surely has the
other side too ('Gromyko held talks in New York with Israel's envoy X'), so the best pair of that
state needs only the evidence a pair of the main meeting's parties needs (the model's
`party_threshold`), not the higher threshold for a state that may take no part at all."""

from __future__ import annotations

from ingest.extract.leaders.model import Candidate, pair_rank
from ingest.extract.meetings.parties import place_country
from ingest.models import Meeting


def facing_sides(
    cands: list[Candidate],
    meetings: list[Meeting],
    taken: set[str],
    used: set[str],
    threshold: float,
    lang: str,
) -> list[Candidate]:
    """For each live meeting of exactly two states, one led (in `taken`) and one not, the best
    pair of the unled state whose person leads nothing yet (`used`), if it clears `threshold`.
    `taken` and `used` grow with each side filled, so one person leads one side and a state
    gets one leader."""
    out: list[Candidate] = []
    for meeting in meetings:
        state = _facing_state(meeting, taken, lang)
        if state is None:
            continue
        best = max(
            (c for c in cands if c.country == state and c.person.id not in used),
            key=pair_rank,
            default=None,
        )
        if best is None or best.score < threshold:
            continue
        out.append(best)
        taken.add(state)
        used.add(best.person.id)
    return out


def _facing_state(meeting: Meeting, taken: set[str], lang: str) -> str | None:
    """The unled state of a live two-state meeting whose other state is led. A meeting that
    names one state and is held in another's city ('talks in Bonn' with the Soviet deputy
    premier) is one of those two: the city's state is its other side."""
    parties = set(meeting.parties)
    host = place_country(meeting.city, lang) if meeting.city and len(parties) == 1 else None
    parties |= {host} if host else set()
    if meeting.status == "cancelled" or len(parties) != 2:
        return None
    free = parties - taken
    return next(iter(free)) if len(free) == 1 else None
