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

A side of the main meeting may also be left to one named without any title whom the officeholder
file knows as that state's officeholder in the article's years (the pair's `known` feature:
'Reynders a convoqué l'ambassadeur', 'la rencontre entre Mitterrand et Biya'): an outlet names a
head or a minister of its day by his name alone, and the file says which state he stands for. He
heads that side when his is the best pair of the state, on the same share of the threshold; the
other side need not be led, since the file, not the text, vouches for his state. But the file says
only who held office, not who met: he must be named where the text tells a meeting (a sentence
with its word or its telling), not only beside it ('Zoals midden april beloofd aan Joseph Kabila',
'bei einem Zusammentreffen mit Stoph', the heads' meeting the negotiators prepare). And a summons
is the ministry's, told to an envoy: there the file must know him as a foreign minister
('Reynders a convoqué'), never as a head ('die Regierung Ponta', named beside the summons).

And a side of the main meeting is left to its head of state or government whom the article opens
with: the first person it names (`opener`), in its lead, where a meeting is told, for the state
stated for him, named right beside him or the outlet's own ('Koning Filip en koningin
Mathilde vertrekken vandaag naar Griekenland voor een driedaags staatsbezoek', 'King Charles
arrives in Kenya for a state visit'). A state visit is the head's own, and the text names him
first as the one who makes or hosts it; the model scores him low when he is named once and his
state is the article's home. He needs the same share of the threshold.

Pairs are only read, never rescored: the model's inputs stay as they were fitted."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.features import is_head_role
from ingest.extract.leaders.model import Candidate, pair_rank
from ingest.extract.leaders.tied import named, principal_of
from ingest.extract.officeholders import FOREIGN_MINISTER, offices_of
from ingest.models import Delegation, Meeting, Person

# The share of the party threshold a minister's pair needs here: half the evidence, since the
# side exists and he is the only one who may head it.
SHARE = 0.5
# Where the text tells a meeting: a sentence of its telling, or one with a meeting word.
_TOLD = ("in_meeting", "trigger")
# The head the article opens with: its first person, in its lead, of a party of the main meeting.
_OPENS = ("lead", "main_party")
# His state: the one stated for him, named right beside him, or the outlet's own.
_HIS = ("own", "adjacent", "home")


def sole_ministers(
    pairs: list[Candidate],
    meetings: list[Meeting],
    delegations: list[Delegation],
    party_threshold: float,
    years: frozenset[int] = frozenset(),
    opener: str | None = None,
) -> list[Candidate]:
    """The minister, or the known untitled officeholder, or the opening head, of each unled side
    of the main meeting, as described above (`years`: those whose officeholders the article may
    name; `opener`: the id of the article's first named person)."""
    taken = {d.country for d in delegations}
    used = seated(delegations)
    led = set(taken)
    out: list[Candidate] = []
    for state, group in sorted(state_groups(pairs).items()):
        best = max(group, key=pair_rank)
        if state in taken or best.person.id in used or best.score < SHARE * party_threshold:
            continue
        if (
            _known_untitled(best, state, meetings, years)
            or _opening_head(best, opener)
            or (
                _sole_minister(best, group)
                and (_deputy(best) or _faces_led_side(state, meetings, led))
            )
        ):
            out.append(best)
            taken.add(state)
            used.add(best.person.id)
    return out


def _sole_minister(best: Candidate, group: list[Candidate]) -> bool:
    """A named minister of a main party, the only principal the pairs give his state."""
    if best.features.get("main_party", 0.0) <= 0 or not (principal_of(best) and named(best)):
        return False
    if is_head_role(best.person.role):
        return False
    return not any(principal_of(c) for c in group if c.person.id != best.person.id)


def _opening_head(best: Candidate, opener: str | None) -> bool:
    """A head of a main party, the article's first person, named in its lead where a meeting is
    told, for a state stated for him, named beside him or the outlet's own."""
    f = best.features
    if best.person.id != opener or not is_head_role(best.person.role):
        return False
    opens = all(f.get(k, 0.0) > 0 for k in _OPENS) and any(f.get(k, 0.0) > 0 for k in _TOLD)
    return opens and any(f.get(k, 0.0) > 0 for k in _HIS)


def opening_person(art: ArticleContext, people: list[Person]) -> str | None:
    """The id of the person whose surname the text names first; None when that surname is
    shared by two people."""
    by_surname: dict[str, list[str]] = {}
    for person in people:
        by_surname.setdefault(person.name.split()[-1], []).append(person.id)
    for ctx in art.sentences:
        for token in ctx.mentions.tokens:
            ids = by_surname.get(token.base)
            if ids:
                return ids[0] if len(set(ids)) == 1 else None
    return None


def _known_untitled(
    best: Candidate, state: str, meetings: list[Meeting], years: frozenset[int]
) -> bool:
    """One named without a title, where a meeting is told, whom the officeholder file knows for a
    party of a live main meeting; at a summons, only as a foreign minister."""
    if best.features.get("main_party", 0.0) <= 0:
        return False
    return known_untitled(best, state, meetings, years)


def known_untitled(
    best: Candidate, state: str, meetings: list[Meeting], years: frozenset[int]
) -> bool:
    """One named without a title, where a meeting is told, whom the officeholder file knows for a
    party of a live meeting; at a summons, only as a foreign minister."""
    f = best.features
    if best.person.role or f.get("known", 0.0) <= 0:
        return False
    if not any(f.get(k, 0.0) > 0 for k in _TOLD):
        return False
    live = live_meetings(meetings, state)
    if any(m.summons for m in live):
        return offices_of(best.person.name, state, years) == {FOREIGN_MINISTER}
    return bool(live)


def _deputy(cand: Candidate) -> bool:
    return cand.features.get("role:subordinate", 0.0) > 0


def _faces_led_side(state: str, meetings: list[Meeting], led: set[str]) -> bool:
    """Whether a live meeting of the state has other parties, all of them led."""
    for meeting in live_meetings(meetings, state):
        others = set(meeting.parties) - {state}
        if others and others <= led:
            return True
    return False


def live_meetings(meetings: list[Meeting], state: str) -> list[Meeting]:
    """The meetings the state takes part in, less the cancelled ones."""
    return [m for m in meetings if m.status != "cancelled" and state in m.parties]


def seated(delegations: list[Delegation]) -> set[str]:
    """The people the delegations already hold, as leaders or members: none heads another side."""
    return {d.leader for d in delegations if d.leader} | {m for d in delegations for m in d.members}


def state_groups(pairs: list[Candidate]) -> dict[str, list[Candidate]]:
    """The pairs of each state."""
    groups: dict[str, list[Candidate]] = {}
    for cand in pairs:
        groups.setdefault(cand.country, []).append(cand)
    return groups
