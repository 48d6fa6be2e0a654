"""The one minister of an unled side: after every rule and the leader model have chosen, a side
of the article's main meeting may still have no leader although the text names one official of
that state, a minister, whom the model scored under its threshold (he is named once, beside his
state: 'le ministre camerounais des Relations extérieures, Lejeune Mbella Mbella et le ministre
tchadien des Affaires étrangères, chef de la délégation, Chérif Mahamat Zene').

He heads that side when the text gives no other choice and the side surely takes part:

- he is the only principal of his state among the pairs (stated or implied for it), holds a
  minister's rank ('minister', 'vice-ministre', 'Foreign Secretary'), not a head of state or
  government's (a head named beside a ministers' meeting is its background: 'at the invitation of
  Prime Minister X', 'the fall of President X'), and his pair's score clears half the model's
  threshold for a party (`party_threshold`);
- the meeting's other side is led (a meeting with one side surely has the other), or he is a
  deputy ('vice-ministre', 'stellvertretender Handelsminister'): deputies are named where
  deputies meet ('consultations politiques au niveau des vice-ministres'), and he is his
  state's only one there.

Pairs are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from ingest.extract.leaders.features import head_roles
from ingest.extract.leaders.model import Candidate
from ingest.extract.leaders.tied import named, principal_of
from ingest.models import Delegation, Meeting

# The share of the party threshold a minister's pair needs here: half the evidence, since the
# side exists and he is the only one who may head it.
_SHARE = 0.5


def sole_ministers(
    pairs: list[Candidate],
    meetings: list[Meeting],
    delegations: list[Delegation],
    party_threshold: float,
) -> list[Candidate]:
    """The minister of each unled side of the main meeting, as described above."""
    taken = {d.country for d in delegations}
    used = {d.leader for d in delegations if d.leader} | {m for d in delegations for m in d.members}
    led = set(taken)
    by_state: dict[str, list[Candidate]] = {}
    for cand in pairs:
        by_state.setdefault(cand.country, []).append(cand)
    out: list[Candidate] = []
    for state, group in sorted(by_state.items()):
        best = max(group, key=lambda c: (c.score, c.person.id))
        if state in taken or best.person.id in used or best.score < _SHARE * party_threshold:
            continue
        if not _sole_minister(best, group):
            continue
        if _deputy(best) or _faces_led_side(state, meetings, led):
            out.append(best)
            taken.add(state)
            used.add(best.person.id)
    return out


def _sole_minister(best: Candidate, group: list[Candidate]) -> bool:
    """A named minister of a main party, the only principal the pairs give his state."""
    if best.features.get("main_party", 0.0) <= 0 or not (principal_of(best) and named(best)):
        return False
    role = (best.person.role or "").lower()
    if any(role == h or role.endswith(f" {h}") for h in head_roles()):
        return False
    return not any(principal_of(c) for c in group if c.person.id != best.person.id)


def _deputy(cand: Candidate) -> bool:
    return cand.features.get("role:subordinate", 0.0) > 0


def _faces_led_side(state: str, meetings: list[Meeting], led: set[str]) -> bool:
    """Whether a live meeting of the state has other parties, all of them led."""
    for meeting in meetings:
        others = set(meeting.parties) - {state}
        if meeting.status != "cancelled" and state in meeting.parties and others and others <= led:
            return True
    return False
