"""A meeting told with no place and three states or more ('Michaelis traf Hoang Binh Quan ...
wie zuvor in Frankreich und Großbritannien', 'Macron a parlé avec Kagame de la médiation de
l'Angola') has mostly collected the states its sentences mention: a call, a meeting or a visit
told without a place is between two sides. Its sides are the two of its states the article
names most, when they stand clear of the rest. Talks, negotiations and summits often gather
many ('the six-party talks', 'les négociations entre l'Indonésie, les Pays-Bas et les
États-Unis'): their lists stay."""

from __future__ import annotations

from collections import Counter

from ingest.extract.meetings.parties import rekey
from ingest.models import Meeting

# Kinds of meeting held between two sides when told without a place.
_TWO_SIDED = frozenset({"call", "meeting", "visit"})
_SIDES = 2


def two_most_named(meetings: list[Meeting], counts: Counter[str]) -> None:
    """Cuts each placeless call, meeting or visit of three states or more to the two states
    the article names most (`counts`), when the second is named more often than the third."""
    for meeting in meetings:
        if meeting.city is not None or meeting.kind not in _TWO_SIDED:
            continue
        if len(meeting.parties) <= _SIDES:
            continue
        ranked = sorted(meeting.parties, key=lambda code: (-counts[code], code))
        if counts[ranked[_SIDES - 1]] > counts[ranked[_SIDES]]:
            meeting.parties = sorted(ranked[:_SIDES])
            rekey(meeting)
