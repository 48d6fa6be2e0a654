"""Meetings whose clause names the people but not both states ('Baker sprak met president
Hafez al-Assad', 'Außenminister Kurz trifft kasachischen Außenminister Idrissow'): once the
article's people and the heads of its delegations are known, the states of the people the
clause names complete its sides."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.parties import TOUR_OF, rekey, settle, within
from ingest.extract.officeholders import known_state, may_hold_office
from ingest.extract.people_registry import PeopleRegistry
from ingest.lang.roles import past_role, role_list
from ingest.models import Delegation, Meeting, Person

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
    years: frozenset[int] = frozenset(),
) -> list[Meeting]:
    """The pending meetings that the states of the people their clauses name make two-sided,
    unless a meeting of those states is told already (the clause tells it again). A person the
    article ties to no state is of the one state whose officeholder the file knows him as in
    the article's `years` ('Bush en Gorbatsjov hebben elkaar ... gesproken' in 1991). Two
    states of a summit told already meet on its margins ('Anschließend führte Erdogan ein
    Gespräch mit seinem russischen Amtskollegen Putin'): a meeting of their own."""
    states_of = _clause_states(registry, delegations, years)
    added: list[Meeting] = []
    for meeting, names, words in pending:
        parties = set(meeting.parties) | states_of(names, words)
        if len(parties) != _SIDES or within(parties, set(meeting.parties)):
            continue  # no state added, or the same state in another era's name ('RU', 'SU')
        # a meeting of more states is a gathering: two of its people met on its margins
        if settle(meeting, parties, [m for m in [*meetings, *added] if len(m.parties) <= _SIDES]):
            added.append(meeting)
    return added


def named_sides(
    named: list[Pending],
    registry: PeopleRegistry,
    delegations: list[Delegation],
    years: frozenset[int],
) -> None:
    """A meeting found with one side ('Zelensky heeft met Donald Trump gebeld', 'Merkel führte
    Telefonate mit EU-Kommissionschef Juncker'), its other side still unknown once the heads of
    delegations have joined it, takes the state of the person its clause names: who takes part
    there, rather than the article's own country or its main meeting's other side."""
    states_of = _clause_states(registry, delegations, years)
    for meeting, names, words in named:
        if len(meeting.parties) != 1:
            continue
        parties = set(meeting.parties) | states_of(names, words)
        if len(parties) == _SIDES and not within(parties, set(meeting.parties)):
            meeting.parties = sorted(parties)
            rekey(meeting)


def person_sided(
    pending: list[Pending],
    registry: PeopleRegistry,
    delegations: list[Delegation],
    years: frozenset[int] = frozenset(),
) -> Meeting | None:
    """For an article with no meeting found and none told with one state: the first pending
    meeting whose clause names no state but people of one state ('vous avez rencontré le
    président Carter', 'wo Bundeskanzler Helmut Kohl seinen Gast empfängt'), as a copy with that
    state as its one side; its other side is then found as the article's only meeting's is
    (`one_sided.lone_meeting`). Two people of that one state are a meeting at home. The pending
    meeting itself is left as it was for the steps that read it later."""
    states_of = _clause_states(registry, delegations, years)
    for meeting, names, words in pending:
        if meeting.parties or not (names or words):
            continue
        states = states_of(names, words)
        if len(states) == 1 and not _compatriots(names, words, states, states_of):
            sided = meeting.model_copy(update={"parties": sorted(states)}, deep=True)
            rekey(sided)
            return sided
    return None


def _compatriots(
    names: list[str],
    words: list[str],
    states: set[str],
    states_of: Callable[[list[str], list[str]], set[str]],
) -> bool:
    """Whether the clause names two people or more of the one state, by name or by a bare
    name among its capitalised words: a meeting at home ('Maandag ontvangt Willem-Alexander
    premier Mark Rutte'), not one side of a meeting abroad."""
    found = [states_of([name], []) for name in names] + [states_of([], [w]) for w in words]
    return sum(side == states for side in found) >= _SIDES


def _clause_states(
    registry: PeopleRegistry, delegations: list[Delegation], years: frozenset[int]
) -> Callable[[list[str], list[str]], set[str]]:
    """The states of the people a clause names (`clause_people`): of the names and of the
    capitalised words outside them."""
    led = {d.leader: d.country for d in delegations if d.leader}
    known = _by_surname(registry, led)

    def states_of(names: list[str], words: list[str]) -> set[str]:
        states = {s for n in names if (s := _named_state(n, registry, led, known, years))}
        return states.union(*(_word_states(w, registry, known, years) for w in words))

    return states_of


def _named_state(
    name: str,
    registry: PeopleRegistry,
    led: dict[str, str],
    known: dict[str, str],
    years: frozenset[int],
) -> str | None:
    """The state of a person the clause names: the one the article ties him to (`_state`), else
    the one his surname is tied to, else his office's (`_office_state`)."""
    stated = _state(name, registry, led) or known.get(_last(name))
    return stated or _office_state(name, registry, years)


def _word_states(
    words: str, registry: PeopleRegistry, known: dict[str, str], years: frozenset[int]
) -> set[str]:
    """The states of capitalised words the clause names outside a person's name: those the
    surnames among them are tied to ('traf Omamo Hagiuda': two people), else the officeholder's
    the words name whole ('Donald Trump')."""
    stated = {known[w] for w in words.split() if w in known}
    office = None if stated else _office_state(words, registry, years)
    return stated | ({office} if office else set())


def _state(name: str, registry: PeopleRegistry, led: dict[str, str]) -> str | None:
    """The state the article ties the person to: the one whose side they lead, else the one
    stated on them (a title, an adjective, an earlier sentence); a side settled by the heads
    of delegations outweighs a title read alone ('der Schweizer Bundespräsident')."""
    person = registry.find(name)
    if person is None:
        return None
    return led.get(person.id) or person.country


def _office_state(name: str, registry: PeopleRegistry, years: frozenset[int]) -> str | None:
    """The state whose officeholder the name is in the article's years, for one the article
    names untitled or with a title that may be an officeholder's; a spokesman, an adviser or an
    envoy speaks or is posted for a state but is none of the file's officeholders."""
    if not years:
        return None  # an undated article: the file's terms span every era
    person = registry.find(name)
    if person is not None and (not may_hold_office(person.role) or _no_side(person)):
        return None
    return known_state(name, years)


def _no_side(person: Person) -> bool:
    """A journalist or one whose title is past ('former') takes no side in the meeting."""
    role = (person.role or "").lower()
    return role in role_list("press_roles") or past_role(role)


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
    """The people named between `lo` and `hi`, and the capitalised words outside their names (a
    surname the sentence gives bare), those that follow one another joined into one name ('Donald
    Trump', 'Stuart Getrouw': a first name alone is no one's)."""
    people = [p for p in ctx.mentions.people if lo <= p.start < hi]
    words: list[str] = []
    end = -1
    for t in ctx.mentions.tokens:
        if not lo <= t.start < hi or not t.text[:1].isupper():
            continue
        if any(p.start <= t.start < p.end for p in people):
            continue
        if words and t.start == end + 1 and ctx.local(end, t.start) == " ":
            words[-1] += f" {t.text}"
        else:
            words.append(t.text)
        end = t.end
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
