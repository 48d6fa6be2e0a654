"""A meeting held on the sidelines of a summit, and the summit itself: two meetings.

'En marge du sommet du G20 à Johannesburg, Barrot a rencontré Quirno', 'Parallel zum
Gipfeltreffen ihrer Staatschefs sind auch die Außenminister in Helsinki zusammengekommen': the
bilateral meeting is one meeting, the summit it is held beside another, in the same city and
with the same sides (the summit's other members are not named there). A clause that names the
summit and no meeting of its own ('sagte am Rande des Gipfels') tells the summit alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.patterns import Patterns

# 'on the sidelines of the East Asia Summit', 'en marge du 31ème Sommet': the summit noun
# within a few words after the sidelines phrase.
_SUMMIT_REACH = 48
# Kinds of the meeting held beside a summit: met, talks, negotiations.
_BESIDE = frozenset({"meeting", "talks", "negotiations", "consultations"})
_SUMMIT = "summit"


def summit_beside(cand: Candidate, text: str, pats: Patterns) -> Candidate | None:
    """The summit `cand` is held on the sidelines of, as a meeting of its own, when `text` (the
    candidate's clause) names both; `cand` then takes the kind of its own meeting word
    ('a rencontré'), not the summit's. None when the clause tells no such pair."""
    if cand.city is None or cand.previous or cand.status != "held":
        return None
    side = pats.sidelines.search(text)
    if side is None:
        return None
    summit = _word(text, pats, side.end(), side.end() + _SUMMIT_REACH, {_SUMMIT})
    if summit is None:
        return None
    own = _word(text, pats, 0, len(text), _BESIDE)
    if own is None:
        return None  # 'sagte am Rande des Gipfels': the summit alone
    if cand.kind == _SUMMIT:
        cand.kind = pats.kind(own.group())
    return replace(
        cand, kind=_SUMMIT, parties=set(cand.parties), evidence=list(cand.evidence), also=[]
    )


def add_summit(meetings: list[Candidate], summit: Candidate | None) -> None:
    """The summit a meeting was held beside, unless a summit in its city is known already."""
    if summit and not any(m.kind == _SUMMIT and m.city == summit.city for m in meetings):
        meetings.append(summit)


def _word(
    text: str, pats: Patterns, lo: int, hi: int, kinds: set[str] | frozenset[str]
) -> re.Match[str] | None:
    """The first meeting word between `lo` and `hi` whose kind is one of `kinds`."""
    at = lo
    while (found := pats.triggers.search(text, at, hi)) is not None:
        if pats.kind(found.group()) in kinds:
            return found
        at = found.end()
    return None
