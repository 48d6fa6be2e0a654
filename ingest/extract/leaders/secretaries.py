"""The senior official of an unled side who meets the other side's head. After every rule and the
model have chosen, one side of a two-party meeting may still be unled although the text names, in
the sentence that tells the meeting beside the other side's chosen head, an official of the
diplomat class who is not posted abroad: a ministry's secretary or director general ('Lwin Oo met
Md Delwar Hossain, director general of the foreign ministry's Southeast Asia wing'; 'waarnemend
secretaris-generaal H. Heinemann ... meegedeeld aan de Iraakse ambassadeur Al-Salaki, die daartoe
op het ministerie was ontboden'), a party's general secretary ('Generalsekretär Gorbatschow und
US-Präsident Reagan'). The text seldom gives such an official a state of his own (he is of the
host's ministry), so the model reads his pair as `inferred` and scores it far under its threshold:
a diplomat with no stated state is most often a junior one.

He heads that side when:

- his is the best pair of the unled state among the pairs not yet seated, and the text gives him
  no other state;
- his title is of the diplomat class but no post abroad ('ambassador', 'consul': they head no side
  in their own state) and no bare rank ('diplomat');
- a live meeting of that state has exactly two parties and the other one is led;
- he is named in a sentence with a meeting word that also names the other side's head.

Heads of state or government and ministers are left to the model and to `sole`: named beside the
other side's head, they are as often the background of the meeting ('op uitnodiging van president
X', the host of a visit the gold leaves unled) as its side.

Pairs are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from ingest.extract.leaders.features import posted_roles, rankless_roles
from ingest.extract.leaders.model import Candidate, pair_rank
from ingest.extract.leaders.sole import live_meetings, seated, state_groups
from ingest.extract.meetings.patterns import patterns as meeting_patterns
from ingest.models import Delegation, Meeting, Person
from ingest.text.whole_words import find_whole

# The role class of the officials this rule may seat (see roles.json).
_CLASS = "role:diplomat"


def secretary_sides(
    pairs: list[Candidate],
    meetings: list[Meeting],
    chosen: tuple[list[Delegation], list[Candidate]],
    people: list[Person],
    lang: str,
) -> list[Candidate]:
    """The official heading each unled side of a two-party meeting, as described above
    (`chosen`: the delegations and the pairs the earlier rules seated; `people`: the article's,
    for the names of the other sides' heads)."""
    delegations, found = chosen
    names = {p.id: p.name for p in people} | {c.person.id: c.person.name for c in pairs}
    heads = {d.country: names.get(d.leader, "") for d in delegations if d.leader}
    heads |= {c.country: c.person.name for c in found}
    taken = set(heads) | {d.country for d in delegations}
    used = seated(delegations) | {c.person.id for c in found}
    out: list[Candidate] = []
    for state, group in sorted(state_groups(pairs).items()):
        free = [c for c in group if c.person.id not in used]
        if state in taken or not free:
            continue
        best = max(free, key=pair_rank)
        if not _official(best, state):
            continue
        facing = _facing_heads(state, meetings, heads)
        if any(_told_beside(best, head, lang) for head in facing):
            out.append(best)
            used.add(best.person.id)
    return out


def _official(cand: Candidate, state: str) -> bool:
    """A titled official of the diplomat class, not posted abroad, of no other stated state."""
    role = (cand.person.role or "").lower()
    if not role or cand.features.get(_CLASS, 0.0) <= 0 or cand.person.country not in (None, state):
        return False
    barred = posted_roles() | rankless_roles()
    return not any(role == r or role.endswith(f" {r}") for r in barred)


def _facing_heads(state: str, meetings: list[Meeting], heads: dict[str, str]) -> list[str]:
    """The names of the heads of the other side of each live two-party meeting of the state."""
    out: list[str] = []
    for meeting in live_meetings(meetings, state):
        others = set(meeting.parties) - {state}
        if len(meeting.parties) == 2 and len(others) == 1:
            head = heads.get(others.pop(), "")
            if head:
                out.append(head)
    return out


def _told_beside(cand: Candidate, head: str, lang: str) -> bool:
    """Whether a sentence naming the official has a meeting word and the head's surname."""
    surname = head.split()[-1]
    if surname == cand.person.name.split()[-1]:
        return False
    triggers = meeting_patterns(lang).triggers
    # The whole word: 'Li' is no part of 'Libya'.
    return any(
        find_whole(e.sentence, surname, not_after=".") >= 0 and triggers.search(e.sentence)
        for e in cand.person.evidence
    )
