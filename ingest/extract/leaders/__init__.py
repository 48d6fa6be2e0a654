"""Leaders of every side: the person who heads a side of a meeting leads that side's delegation,
even when the text never says "delegation" ('Scholz and Putin spoke by phone', 'Rutte received
Xi').

The rules in `ingest.extract.delegations` read explicit leading phrases; this package proposes every
named person of the article paired with each state they may stand for (`features`), describes each
pair by a few features (the rank their title states, where and how often they are named, how close
they stand to a meeting word, whether the state takes part), and a logistic model fitted on the dev
part of the real gold decides (`model`, `leader_model.json`, fitted by `make leader-model`).
Precision first: a pair must clear the model's threshold, each person leads at most one side and
each state gets at most one leader. Beside the model, a pair the text ties to a side (the one met
after 'met', 'received by', a counterpart, the envoy summoned, the subject of a meeting word) leads
a state the model left without a leader (`tied`): the model scores such a person low when he is
named once and his state many times. A chosen person named in no sentence telling his side's
meeting gives way to a titled pair of his state named there as its subject (`away`). Once every
rule has run, a side of the main meeting still unled takes the one minister the pairs give its
state (`sole`), on half the party threshold, when the other side is led or he is a deputy, or its
best pair when that is one named without a title whom the officeholder file knows for the state.
In an article without a meeting, two unled states whose best pairs are each named with another
person where a meeting word is lead their sides (`unmet`).
"""

from __future__ import annotations

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext
from ingest.extract.leaders.absentees import (
    credit_only,
    former,
    on_behalf,
    posted_home,
    recalled,
    receives_credentials,
)
from ingest.extract.leaders.away import met_over_away
from ingest.extract.leaders.bystanders import accompanying, bystander, mediator, posted_away
from ingest.extract.leaders.common_words import common_word_people
from ingest.extract.leaders.cotitled import cotitled_sides
from ingest.extract.leaders.descriptions import federal_titles, link_descriptions, remaining_side
from ingest.extract.leaders.facing import facing_sides
from ingest.extract.leaders.features import (
    candidates,
    head_roles,
    heir_roles,
    press_roles,
    rankless_roles,
)
from ingest.extract.leaders.kinds import mark_kinds
from ingest.extract.leaders.known import known_states, office_years
from ingest.extract.leaders.model import Candidate, LeaderModel, choose, load_model
from ingest.extract.leaders.names import bare_people
from ingest.extract.leaders.outranked import head_over_minister
from ingest.extract.leaders.possessive import mark_possessive
from ingest.extract.leaders.secretaries import secretary_sides
from ingest.extract.leaders.side_phrases import side_phrase_states
from ingest.extract.leaders.sides import implied_states
from ingest.extract.leaders.sole import opening_person, sole_ministers
from ingest.extract.leaders.surnames import surname_index
from ingest.extract.leaders.tied import Ties, find_ties, tied_sides
from ingest.extract.leaders.unmet import paired_sides
from ingest.extract.leaders.unreal import mark_unreal
from ingest.extract.officeholders import known_state, may_hold_office
from ingest.extract.people_registry import PeopleRegistry
from ingest.models import Delegation, Meeting, Person
from ingest.text.slug import local_slug


def leader_candidates(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Candidate]:
    """Every (person, state) pair the model decides on: titled people who lead nothing yet, and
    people named without a known title; none when every meeting was called off (it has no sides),
    no envoy for his own state at a meeting held there, and no staff ('adviser', 'spokesperson',
    'mediator'): they head a side only where the text says so, which the lead rules read."""
    live = [m for m in meetings if m.status != "cancelled"]
    if meetings and not live:
        return []
    home = art.outlet_country
    home_codes = frozenset(art.lex.words("home_countries"))
    leaders = {d.leader for d in delegations}
    free = [p for p in registry.people if p.id not in leaders]
    bare = bare_people(art, registry.people)
    federal_titles(art, registry.people, bare, home)
    link_descriptions(art, bare, registry.people)
    side_phrase_states(art, registry.people + bare)
    remaining_side(art, registry.people + bare, meetings)
    implied = implied_states(art, registry.people + bare, meetings, home)
    years = office_years(art, live)
    known = known_states(registry.people + bare, years)
    cotitled_sides(art, registry.people + bare, meetings, implied)
    free += bare
    words = frozenset(w for p in free for w in p.name.split())
    index = surname_index(art, {p.name.split()[-1] for p in free}, words)
    cands = candidates(art, free, meetings, home, home_codes, index, implied, known)
    mark_unreal(art, cands, index.words)
    mark_possessive(art, cands, index.words)
    mark_kinds(cands, live)
    sides = _fully_led(live, {d.country for d in delegations})
    return _kept(cands, art, (live, years), sides, _headed_states(registry.people + bare))


def _kept(
    cands: list[Candidate],
    art: ArticleContext,
    held: tuple[list[Meeting], frozenset[int]],
    sides: frozenset[str] | None,
    headed: frozenset[str],
) -> list[Candidate]:
    """The pairs the gates keep: no envoy at home, no absent person, no staff, no holder in
    office elsewhere in the meetings' years (`held`: the meetings not called off and their
    years), no heir beside his state's head, and only the sides of fully led meetings."""
    live, years = held
    absent: dict[int, bool] = {}  # per person object: the gates that read only it, asked once
    return [
        c for c in cands
        if not posted_home(c, live)
        and not _absent(c, art, absent)
        and not _gated(c)
        and not _held_elsewhere(c, years)
        and not _heir_beside_head(c, headed)
        and (sides is None or c.country in sides)
    ]  # fmt: skip


def _held_elsewhere(cand: Candidate, years: frozenset[int]) -> bool:
    """A pair whose person the officeholder file knows as another state's head, foreign
    minister or royal in the article's years ('President Uhuru Kenyatta' for Israel, at
    Netanyahu's visit to Nairobi) leads no side of that state. Only for a person whose role the
    file may list: an ambassador who shares a minister's surname is someone else."""
    if not may_hold_office(cand.person.role):
        return False
    state = known_state(cand.person.name, years)
    return state is not None and state != cand.country


def _headed_states(people: list[Person]) -> frozenset[str]:
    """The states whose head of state or government the article names."""
    heads = head_roles()
    return frozenset(p.country for p in people if p.country and (p.role or "").lower() in heads)


def _head_surnames(people: list[Person]) -> dict[str, str | None]:
    """The surnames of the heads of state or government the article names, with their states."""
    heads = head_roles()
    return {p.name.split()[-1]: p.country for p in people if (p.role or "").lower() in heads}


def _heir_beside_head(cand: Candidate, headed: frozenset[str]) -> bool:
    """A crown prince beside a head of his own state ('King Salman called ... the crown prince
    was present') leads no side: the head does."""
    return (cand.person.role or "").lower() in heir_roles() and cand.country in headed


def _absent(cand: Candidate, art: ArticleContext, seen: dict[int, bool]) -> bool:
    """Whether the person leads no side whatever the state: a former holder, a recalled envoy,
    one named only as the principal of another, or in credit lines only."""
    person = cand.person
    found = seen.get(id(person))
    if found is None:
        found = seen[id(person)] = (
            former(cand)
            or recalled(cand, art)
            or on_behalf(cand, art)
            or credit_only(cand)
            or receives_credentials(cand, art)
        )
    return found


def lead_principals(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """The delegations whose heads the model finds (`scored_principals`)."""
    return scored_principals(art, registry, meetings, delegations)[0]


def scored_principals(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> tuple[list[Delegation], list[Candidate]]:
    """The delegations whose heads the model finds, and the scored pairs it read (without those
    the text keeps beside the meeting), for `sole_minister_heads` once every rule has run; a
    head named without a title joins the article's people."""
    model = load_model()
    if model is None:
        return [], []
    cands = leader_candidates(art, registry, meetings, delegations)
    model.score(cands)
    ties = find_ties(art, registry.people + [c.person for c in cands], meetings)
    sides = (ties, meetings)
    chosen, kept = _present_sides(art, cands, delegations, sides, (model, registry.people))
    _join(registry, chosen)
    return [_delegation(c, meetings) for c in chosen], kept


def sole_minister_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
    pairs: list[Candidate],
) -> list[Delegation]:
    """The minister of a side still unled after every rule (`sole`), and the paired sides of an
    article without a meeting (`unmet`), unless the text keeps him beside the meeting
    (`bystanders`), and the official who meets the other side's head (`secretaries`)."""
    model = load_model()
    if model is None:
        return []
    years = office_years(art, meetings)
    opener = opening_person(art, registry.people + [c.person for c in pairs])
    found = sole_ministers(pairs, meetings, delegations, model.party_threshold, years, opener)
    found += paired_sides(pairs, meetings, delegations, model.party_threshold)
    found += secretary_sides(pairs, meetings, (delegations, found), registry.people, art.lex.lang)
    return heads_of(art, registry, meetings, found)


def heads_of(
    art: ArticleContext, registry: PeopleRegistry, meetings: list[Meeting], found: list[Candidate]
) -> list[Delegation]:
    """The delegations the pairs `found` head, less those whose person the text keeps beside the
    meeting (`bystanders`); a head named without a title joins the article's people."""
    parties = {p for m in meetings for p in m.parties}
    heads = _head_surnames(registry.people)
    chosen = [c for c in found if not _kept_away(art, c, parties, heads)]
    _join(registry, chosen)
    return [_delegation(c, meetings) for c in chosen]


def _kept_away(
    art: ArticleContext, cand: Candidate, parties: set[str], heads: dict[str, str | None]
) -> bool:
    """Whether the text keeps the pair's person beside the meeting (`bystanders`): a witness,
    one posted away from it, a member beside his head (`heads`: the named heads' surnames)."""
    return bystander(art, cand) or posted_away(art, cand, parties) or accompanying(art, cand, heads)


def _join(registry: PeopleRegistry, chosen: list[Candidate]) -> None:
    known = {p.id for p in registry.people}
    registry.people += [c.person for c in chosen if c.person.id not in known]


def _present_sides(
    art: ArticleContext,
    cands: list[Candidate],
    delegations: list[Delegation],
    sides: tuple[Ties, list[Meeting]],
    scoring: tuple[LeaderModel, list[Person]],
) -> tuple[list[Candidate], list[Candidate]]:
    """The scored pairs that lead, and the pairs left once those the text keeps away are gone
    (`kept`): the model's choice, the tied sides and the sides facing a led
    side (`facing`), without the press and without a person the text keeps beside the meeting
    (`bystanders`: a witness, one who stays away, a member beside his head: `heads`, the named
    heads' surnames). His side goes to the next pair, if one clears the threshold or is tied to
    it; the pairs and their scores stay as the model saw them. A
    mediator's state gets no side from them: those with him are his staff ('the Angolan
    president, who mediates, and his foreign minister')."""
    ties, meetings = sides
    model, people = scoring
    away = common_word_people(cands, art.scan)  # "chefs d'Etat": no person
    mediating: set[str] = set()
    parties = {p for m in meetings for p in m.parties}
    heads = _head_surnames([c.person for c in cands] + people)
    while True:
        kept = [c for c in cands if c.person.id not in away and c.country not in mediating]
        taken = {d.country for d in delegations}
        chosen = choose(kept, taken, model.threshold, model.party_threshold)
        chosen += tied_sides(kept, delegations, chosen, ties)
        used = {d.leader for d in delegations if d.leader} | {c.person.id for c in chosen}
        taken |= {c.country for c in chosen}
        chosen += facing_sides(kept, meetings, taken, used, model.party_threshold, art.lex.lang)
        unled = press_roles() | rankless_roles()
        chosen = [c for c in chosen if (c.person.role or "").lower() not in unled]
        chosen = met_over_away(chosen, kept, meetings, model.party_threshold)
        chosen = head_over_minister(art, chosen, kept, model.party_threshold)
        gone = {c.person.id for c in chosen if _kept_away(art, c, parties, heads)}
        if not gone:
            return chosen, kept
        away |= gone
        mediating |= {c.country for c in chosen if c.person.id in gone and mediator(art, c)}


# Pairs that never lead, whatever the model says (see features.py): a head of state or government
# at a summons (a ministry summons: the president the envoy criticised sits in on nothing); a
# quoted person never named where a meeting is told; staff (a spokesperson, an adviser who
# briefs: 1 of 80 such pairs on the dev part leads). An official of the envoy's state at a summons
# is only a feature: as a gate it cost a true leader on dev.
_GATES = ("x_summons_head", "x_quoted_only", "role:staff")
# Where a counterpart is ever named with a meeting: in a sentence that tells one, as the subject
# of its word, or beside 'with' ('had dinner with her Peruvian counterpart X').
_MET = ("in_meeting", "trigger", "after_with", "before_with")


def _gated(cand: Candidate) -> bool:
    return any(cand.features.get(g, 0.0) > 0 for g in _GATES) or _idle_counterpart(cand)


def _idle_counterpart(cand: Candidate) -> bool:
    """A counterpart the text only describes ('Her Peruvian counterpart X, a former fisherman,
    once ran the port') leads no side: the office is matched to the visitor's, not the meeting."""
    features = cand.features
    return features.get("role:counterpart", 0.0) > 0 and not any(features.get(f) for f in _MET)


def _fully_led(meetings: list[Meeting], led: set[str]) -> frozenset[str] | None:
    """The parties of the meetings, when the rules already found a leader for every party of
    every meeting ('X led the Japanese team, Y the Vietnamese delegation. Prime Minister Z of
    Sweden, who attended a dinner, praised the talks'): the sides are all there, and a principal
    of another state named beside them is a guest or a commentator, so only pairs for those
    parties stay. None when a side may be missing (a meeting of one known party)."""
    parties = frozenset(c for m in meetings for c in m.parties)
    two_sided = bool(meetings) and all(len(m.parties) > 1 for m in meetings)
    return parties if two_sided and parties <= led else None


def _delegation(cand: Candidate, meetings: list[Meeting]) -> Delegation:
    """The delegation a chosen pair makes, at the first meeting its state is a party to."""
    person = cand.person
    meeting = next((m for m in meetings if cand.country in m.parties), None)
    meeting = meeting or (meetings[0] if meetings else None)
    evidence = [
        e.model_copy(update={"rule": "lead-principal", "confidence": round(cand.score, 3)})
        for e in person.evidence[:1]
    ]
    return Delegation(
        id=node_id(Label.DELEGATION, cand.country, local_slug(person.name)),
        country=cand.country, leader=person.id, leader_title=person.title,
        leader_role=person.role, meeting=meeting.id if meeting else None, evidence=evidence,
    )  # fmt: skip
