"""Leaders arriving at a summit already told: 'President Guelleh and President Mnangagwa arrived
in the capital yesterday', after 'leaders are arriving in Addis Ababa for the AU summit', is the
summit again, with two more states. Joined once the delegations are built, so the leader model
reads the sentences' meetings as it was fitted on them."""

from __future__ import annotations

from ingest.extract.meetings.parties import place_country, rekey
from ingest.models import Delegation, Meeting


def _arrives_at(later: Meeting, summit: Meeting, lang: str) -> bool:
    """A journey to no other place, by states new to the summit and other than its host (one with
    a summit state is a meeting of its own: 'the Iraqi envoy then went on to Yemen'), held or
    planned as the summit (leaders arrive before a summit still to open)."""
    host = place_country(summit.city or "", lang)
    opens_later = summit.status == "planned" and later.status == "held"
    return (
        summit.kind == "summit" and later.kind in {"visit", "summit"} and summit.city is not None
        and later.city in {None, summit.city} and host not in later.parties
        and not set(later.parties) & set(summit.parties)
        and (later.status == summit.status or opens_later)
    )  # fmt: skip


def join_arrivals(
    meetings: list[Meeting], delegations: list[Delegation], lang: str
) -> list[Meeting]:
    """Each meeting told right after a summit as more leaders arriving at it joins that summit:
    its states become the summit's, its delegations the summit's delegations."""
    kept: list[Meeting] = []
    moved: dict[str, str] = {}
    for m in meetings:
        summit = kept[-1] if kept else None
        if summit is not None and _arrives_at(m, summit, lang):
            summit.parties = sorted({*summit.parties, *m.parties})
            summit.evidence.extend(m.evidence)
            rekey(summit)
            moved[m.id] = summit.id
        else:
            kept.append(m)
    for d in delegations:
        d.meeting = moved.get(d.meeting or "", d.meeting)
    return kept
