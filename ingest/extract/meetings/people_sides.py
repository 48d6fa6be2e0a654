"""Meetings whose clause names the people but not both states ('Baker sprak met president
Hafez al-Assad', 'Außenminister Kurz trifft kasachischen Außenminister Idrissow'): once the
article's people and the heads of its delegations are known, the states of the people the
clause names complete its sides."""

from __future__ import annotations

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.parties import TOUR_OF, settle, within
from ingest.extract.people_registry import PeopleRegistry
from ingest.models import Delegation, Meeting

# A meeting told with fewer than two states and no place, the names of the people its clause
# names and its other capitalised words (a bare surname: 'Honecker traf ... Weizsäcker').
Pending = tuple[Meeting, list[str], list[str]]
# A clause naming people of more states than two is a list of who was there, not the two sides.
_SIDES = 2


def people_sides(
    pending: list[Pending],
    meetings: list[Meeting],
    registry: PeopleRegistry,
    delegations: list[Delegation],
) -> list[Meeting]:
    """The pending meetings that the states of the people their clauses name make two-sided,
    unless a meeting of those states is told already (the clause tells it again)."""
    led = {d.leader: d.country for d in delegations if d.leader}
    known = _by_surname(registry, led)
    added: list[Meeting] = []
    for meeting, names, words in pending:
        states = {s for n in names if (s := _state(n, registry, led) or known.get(_last(n)))}
        states |= {known[w] for w in words if w in known}
        parties = set(meeting.parties) | states
        if len(parties) != _SIDES or within(parties, set(meeting.parties)):
            continue  # no state added, or the same state in another era's name ('RU', 'SU')
        if settle(meeting, parties, [*meetings, *added]):
            added.append(meeting)
    return added


def _state(name: str, registry: PeopleRegistry, led: dict[str, str]) -> str | None:
    """The state the article ties the person to: stated on them (a title, an adjective, an
    earlier sentence), else the state whose side they lead."""
    person = registry.find(name)
    if person is None:
        return None
    return person.country or led.get(person.id)


def _by_surname(registry: PeopleRegistry, led: dict[str, str]) -> dict[str, str]:
    """Surname -> state for the people of the article tied to one state: 'Santokhi' is the
    'President Chandrikapersad Santokhi van Suriname' named before."""
    seen: dict[str, set[str]] = {}
    for person in registry.people:
        if state := person.country or led.get(person.id):
            seen.setdefault(_last(person.name), set()).add(state)
    return {name: next(iter(states)) for name, states in seen.items() if len(states) == 1}


def _last(name: str) -> str:
    return name.split()[-1] if name.split() else name


def clause_people(ctx: SentenceContext, lo: int, hi: int) -> tuple[list[str], list[str]]:
    """The people named between `lo` and `hi`, and the capitalised words outside their names
    (a surname the sentence gives bare)."""
    people = [p for p in ctx.mentions.people if lo <= p.start < hi]
    words = [
        t.text for t in ctx.mentions.tokens
        if lo <= t.start < hi and t.text[:1].isupper()
        and not any(p.start <= t.start < p.end for p in people)
    ]  # fmt: skip
    return [p.name for p in people], words


def pending_of(cands: list[Candidate]) -> list[Candidate]:
    """The candidates that may still become meetings: held or planned, naming people, and not
    told as known ('began their talks', 'these talks': the meeting already described)."""
    return [
        c for c in cands
        if (c.people or c.words or _tour_stop(c)) and not c.previous
        and c.status != "cancelled" and not (c.definite or c.pointing)
    ]  # fmt: skip


def _tour_stop(cand: Candidate) -> bool:
    """A stop of a tour whose visitor its clause does not name (`one_sided.tour_stops`)."""
    return any(e.rule.startswith(TOUR_OF) for e in cand.evidence)
