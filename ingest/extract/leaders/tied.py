"""Sides the text ties to a person however briefly it names him, which the leader model often
scores under its threshold (the state is named many times, the name once): the one met and the
one who meets him.

- a counterpart of a stated state, named right after a marker of whom one meets ('met his Dutch
  counterpart X', 'ontving zijn Luxemburgse ambtgenoot X', 'a dîné avec son homologue péruvien
  X'): he holds, for the other side, the office the one he meets holds;
- the principal of the state a meeting of two states is held in, named right after such a
  marker or right before it ('was received by President X at State House', 'President X
  received the Ethiopian Prime Minister', in Nairobi): he meets the visitor for his state;
- a principal named before a counterpart of a stated state in one sentence ('Foreign Minister X
  welcomed his Iranian counterpart Y'): he is the one the counterpart's office is matched to;
- an envoy named in full beside his state at a summons of the state he is posted in ('the Dutch
  Embassy's Chargé d'Affaires X was summoned'): the one summoned heads his state's side;
- a principal named right before a meeting word ('Prime Minister X met ...', 'premier X
  ontving ...'): the subject of the meeting heads a side of it.

Each leads his state (stated, or implied by the text: the side left over, the outlet's own
office) when it is a party to a meeting, no one leads it yet and he leads nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.descriptions import principal
from ingest.extract.leaders.features import posted_roles
from ingest.extract.leaders.model import Candidate
from ingest.extract.meetings.parties import place_country
from ingest.models import Delegation, Meeting, Person

COUNTERPART = "counterpart"
BARE_RULE = "bare-name"  # a name read without a title (sides, delegations)


@dataclass(frozen=True)
class Ties:
    hosts: frozenset[str]  # the states meetings of two states are held in
    meet_counterparts: frozenset[str]  # people named before a counterpart of a stated state


def find_ties(art: ArticleContext, people: list[Person], meetings: list[Meeting]) -> Ties:
    hosts = frozenset(
        state for m in meetings
        if m.city and len(set(m.parties)) == 2 and (state := place_country(m.city, art.lex.lang))
    )  # fmt: skip
    return Ties(hosts, _before_counterparts(art, people))


def _before_counterparts(art: ArticleContext, people: list[Person]) -> frozenset[str]:
    by_surname = {p.name.split()[-1].lower(): p for p in people}
    found: set[str] = set()
    for ctx in art.sentences:
        named = [by_surname.get(m.name.split()[-1].lower()) for m in ctx.mentions.people if m.name]
        order = [p for p in named if p is not None]
        for k, person in enumerate(order):
            if (person.role or "").lower() == COUNTERPART and person.country:
                found |= {p.id for p in order[:k] if p.id != person.id}
    return frozenset(found)


def tied_sides(
    cands: list[Candidate], delegations: list[Delegation], chosen: list[Candidate], ties: Ties
) -> list[Candidate]:
    """The pairs the text ties to a side, beyond those the rules and the model chose."""
    taken = {d.country for d in delegations} | {c.country for c in chosen}
    used = {d.leader for d in delegations} | {c.person.id for c in chosen}
    sole = _sole_envoys(cands)
    out: list[Candidate] = []
    for c in cands:
        if c.features.get("party", 0.0) <= 0 or c.country in taken or c.person.id in used:
            continue
        if _met(c, ties) or _envoy_summoned(c, sole) or _meeting_subject(c):
            out.append(c)
            taken.add(c.country)
            used.add(c.person.id)
    return out


def _met(cand: Candidate, ties: Ties) -> bool:
    return _counterpart_met(cand) or _host_met(cand, ties) or _meets_counterpart(cand, ties)


def _counterpart_met(cand: Candidate) -> bool:
    f = cand.features
    role = (cand.person.role or "").lower()
    return role == COUNTERPART and min(f.get("own", 0.0), f.get("after_with", 0.0)) > 0


def _host_met(cand: Candidate, ties: Ties) -> bool:
    met = max(cand.features.get("after_with", 0.0), cand.features.get("before_with", 0.0)) > 0
    return met and cand.country in ties.hosts and principal_of(cand)


def _meets_counterpart(cand: Candidate, ties: Ties) -> bool:
    return cand.person.id in ties.meet_counterparts and principal_of(cand)


def _meeting_subject(cand: Candidate) -> bool:
    """A principal named right before a meeting word ('Prime Minister X met', 'Rutte ontving',
    'Scholz telefonierte mit', 'X a rencontré'): the subject of the meeting heads a side of it."""
    near = cand.features.get("subject_near", 0.0) > 0
    return near and principal_of(cand) and named(cand)


def named(cand: Candidate) -> bool:
    """A full name, or a name a rule other than the bare-name reading found: a capitalised
    noun read as a bare name ('die Tagesordnung') is no one."""
    if cand.features.get("full_name", 0.0) > 0:
        return True
    return any(not e.rule.endswith(BARE_RULE) for e in cand.person.evidence)


def principal_of(cand: Candidate) -> bool:
    """A principal whose state the text states or implies is the pair's."""
    stated = max(cand.features.get("own", 0.0), cand.features.get("implied", 0.0)) > 0
    return stated and principal((cand.person.role or "").lower())


def _envoy_summoned(cand: Candidate, sole: frozenset[str]) -> bool:
    """An envoy, named in full beside his state, at a summons of the state he is posted in ('the
    Dutch Embassy's Chargé d'Affaires X was summoned to the ministry' in Ankara), or the one
    envoy of his state the text names ('den deutschen Botschafter in Ankara ... Martin Erdmann'):
    the one summoned heads his state's side of it."""
    f = cand.features
    summoned = f.get("summoned_side", 0.0) > 0 and named(cand)
    beside = f.get("adjacent", 0.0) > 0 or cand.person.id in sole
    return _posted(cand) and summoned and beside and cand.person.country in (None, cand.country)


def _posted(cand: Candidate) -> bool:
    return (cand.person.role or "").lower() in posted_roles()


def _sole_envoys(cands: list[Candidate]) -> frozenset[str]:
    """The envoys named by a title or in full who are the only envoy the candidates give their
    state."""
    by_state: dict[str, set[str]] = {}
    for c in cands:
        if _posted(c) and named(c) and c.person.country == c.country:
            by_state.setdefault(c.country, set()).add(c.person.id)
    return frozenset(next(iter(ids)) for ids in by_state.values() if len(ids) == 1)
