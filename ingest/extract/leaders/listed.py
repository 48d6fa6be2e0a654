"""Heads listed beside heads who lead: after every rule and the leader model have chosen, a
summit's report often names its attendees in one list ('l'on note la présence des présidents
Joao Lourenço (Angola), Faustin Archanges Touadera (Centrafrique) ... et Denis Sassou Nguesso').
The model leads one or two of them, the host and the one named most, and scores the rest low:
each is named once, beside his own state, among many states.

A head of state or government so listed heads his state's side when:

- his state is the one the text gives him ('own': 'president Duda van Polen', 'Touadera
  (Centrafrique)'), and that side is still unled, and he leads no other;
- a sentence names him with people of at least two other states, each a leader of a side found
  (of that side's state) or a head named beside his state, and the leaders already found stand
  for two of those states or more: then the list is the gathering's roster. With one leader in
  it, the list may be background to his meeting ('Putin, who hosted Erdogan and Rouhani'), so
  'Naast minister-president Rutte zijn dit president Iohannis van Roemenië, ...' stays with the
  host alone (on the check part, rosters of one leader added two non-leaders); with
  one other person only, the sentence pairs him with a leader ('Santokhi met Ali'): of 22 such
  pairs on the rules part, half A and dev, 5 lead;
- the text does not keep him beside the meeting (`bystanders`: one who stays away or is listed
  as absent, 'one prominent absentee being', 'sont absents', 'liet verstek gaan').

A gathering's own officials (the chair of its commission) stand for no state, and a host who only
welcomes is named alone, not in the list: neither is read here.

Pairs are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders import heads_of
from ingest.extract.leaders.features import head_roles
from ingest.extract.leaders.model import Candidate, pair_rank
from ingest.extract.leaders.sole import seated, state_groups
from ingest.extract.people_registry import PeopleRegistry
from ingest.models import Delegation, Meeting, Person
from ingest.text.whole_words import find_whole

# The other states a sentence must name people of beside him, and lead already, to be a roster.
_OTHERS = 2


def listed_head_sides(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
    pairs: list[Candidate],
) -> list[Delegation]:
    """The delegations the listed heads lead, less those the text keeps beside the meeting."""
    found = listed_heads(art, pairs, registry.people, delegations)
    return heads_of(art, registry, meetings, found)


def listed_heads(
    art: ArticleContext,
    pairs: list[Candidate],
    people: list[Person],
    delegations: list[Delegation],
) -> list[Candidate]:
    """The listed head of each unled state, as described above (`people`: the article's)."""
    if not delegations:
        return []
    named = _states(people + [c.person for c in pairs], delegations)
    taken = {d.country for d in delegations}
    used = seated(delegations)
    leading = {d.leader for d in delegations if d.leader}
    rows = _sentence_rows(art, named)
    out: list[Candidate] = []
    for state, group in sorted(state_groups(pairs).items()):
        best = max((c for c in group if _own_head(c)), key=pair_rank, default=None)
        if best is None or state in taken or best.person.id in used:
            continue
        if any(_listed(best, row, leading) for row in rows):
            out.append(best)
            taken.add(state)
            used.add(best.person.id)
    return out


def _own_head(cand: Candidate) -> bool:
    """A head of state or government paired with the state the text gives him; not one whose
    title names an organisation ('président de la Commission de l'Union africaine'): the
    gathering's own officials stand for no state."""
    person = cand.person
    role = (person.role or "").lower()
    return person.country == cand.country and role in head_roles() and not person.organization


def _states(people: list[Person], delegations: list[Delegation]) -> dict[str, tuple[str, str]]:
    """Per surname, the person and the state of those who may stand in a list of attendees: the
    leaders of the sides found (their side's state), and the heads of state or government named
    with a state."""
    heads = head_roles()
    by_id = {p.id: p for p in people}
    out: dict[str, tuple[str, str]] = {}
    for d in delegations:
        leader = by_id.get(d.leader or "")
        if leader is not None:
            out.setdefault(leader.name.split()[-1], (leader.id, d.country))
    for p in people:
        if p.country and (p.role or "").lower() in heads:
            out.setdefault(p.name.split()[-1], (p.id, p.country))
    return out


def _sentence_rows(
    art: ArticleContext, named: dict[str, tuple[str, str]]
) -> list[list[tuple[str, str]]]:
    """Per sentence naming three of them or more, those it names (person id and state)."""
    rows = []
    for ctx in art.sentences:
        text = ctx.sentence.text
        # The whole name as written: 'Li' is no part of 'Libya', nor of the initials 'N.Li'.
        row = [w for s, w in named.items() if find_whole(text, s, not_after=".") >= 0]
        if len(row) > _OTHERS:
            rows.append(row)
    return rows


def _listed(cand: Candidate, row: list[tuple[str, str]], leading: set[str]) -> bool:
    """Whether the sentence (`row`) lists him with people of two other states or more, two of
    those states' people leading a side (`leading`: the leaders' ids)."""
    if not any(pid == cand.person.id for pid, _ in row):
        return False
    others = [(pid, state) for pid, state in row if state != cand.country]
    states = {state for _, state in others}
    led = {state for pid, state in others if pid in leading}
    return len(states) >= _OTHERS and len(led) >= _OTHERS
