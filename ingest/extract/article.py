"""Stage 4: entities and relations of one article, from its split sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ingest.extract.accompanied_heads import accompanied_heads
from ingest.extract.agent_leads import agent_heads
from ingest.extract.context import ArticleContext, build_sentence, scanner
from ingest.extract.counterpart_sides import counterpart_sides
from ingest.extract.credential_heads import credential_heads
from ingest.extract.dates import parse_published
from ingest.extract.delegation_builder import sentence_delegations
from ingest.extract.envoy_meetings import split_envoy_heads
from ingest.extract.headline_names import drop_headline_names
from ingest.extract.host_leads import host_heads
from ingest.extract.lead_role_heads import lead_role_heads
from ingest.extract.leaders import scored_principals, sole_minister_heads
from ingest.extract.leaders.descriptions import described_heads
from ingest.extract.leaders.envoys import is_envoy_role
from ingest.extract.leaders.known import office_years
from ingest.extract.leaders.late import gained_side_heads
from ingest.extract.leaders.listed import listed_head_sides
from ingest.extract.leaders.sole import seated
from ingest.extract.long_title_heads import long_title_heads
from ingest.extract.meeting_pairs import meeting_pairs
from ingest.extract.meetings.arrivals import join_arrivals
from ingest.extract.meetings.further import EARLIER
from ingest.extract.meetings.guests import add_guests
from ingest.extract.meetings.mediators import add_mediators
from ingest.extract.meetings.meetings import extract_meetings
from ingest.extract.meetings.parties import (
    add_callees,
    as_of_year,
    drop_mentioned,
    fill_bilateral,
    past_states,
    place_country,
    visit_sides,
    wants_callee,
)
from ingest.extract.meetings.people_sides import (
    Pending,
    named_sides,
    people_sides,
    person_sided,
)
from ingest.extract.meetings.placeless import two_most_named
from ingest.extract.meetings.places import seat_states
from ingest.extract.meetings.premises import drop_premises
from ingest.extract.meetings.seats import seat_envoys_meetings, seat_named, summons_at_seat
from ingest.extract.meetings.venue_hosts import drop_idle_hosts
from ingest.extract.met_heads import met_heads
from ingest.extract.mission_leads import mission_heads
from ingest.extract.one_sided import (
    fill_article_cities,
    home_visits,
    lone_meeting,
    tour_stops,
    two_sided,
)
from ingest.extract.people_carried_titles import add_carried_people
from ingest.extract.people_name_forms import clean_name_forms
from ingest.extract.people_org_tails import drop_org_tails
from ingest.extract.people_place_names import drop_place_names
from ingest.extract.people_quoted import add_quoted_people
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.people_remit_added import join_remit_people, remit_people
from ingest.extract.people_short_forms import merge_short_forms
from ingest.extract.properties import extract_properties
from ingest.extract.relations import entity_relations
from ingest.extract.roster_heads import roster_heads
from ingest.extract.shared_adjectives import read_shared_adjectives
from ingest.extract.statements import extract_statements, extract_topics
from ingest.extract.untitled_heads import untitled_heads
from ingest.extract.visit_leads import visit_heads
from ingest.lang.lexicon import load_lexicon
from ingest.models import Delegation, Entities, Meeting, Relation, SplitDocument

MAX_SENTENCES = 3000  # bounds time and memory on a runaway (e.g. 5 MB) article


def article_context(split: SplitDocument) -> ArticleContext:
    lex = load_lexicon(split.language)
    scan = scanner(split.language)
    published = split.document.published
    sentences = [build_sentence(s, lex, scan) for s in split.sentences[:MAX_SENTENCES]]
    drop_headline_names(sentences, split.language)
    read_shared_adjectives(sentences, lex)
    return ArticleContext(
        lex, scan, parse_published(published), published, sentences, split.document.url
    )


def _delegations_join_meetings(
    delegations: list[Delegation], found: Found, art: ArticleContext, years: frozenset[int]
) -> None:
    """A delegation's country is a party to its meeting, and a meeting whose heads of two or more
    sides are named has those sides as its parties (a state only mentioned there is none); a
    one-sided meeting whose clause names a person of another state is that state's too
    (`named_sides`); one-sided meetings of a two-country article then involve the other side.
    Envoys of several states heading one meeting are each received on their own first."""
    meetings = split_envoy_heads(found.entities.meetings, delegations, art.lex.lang)
    found.entities.meetings = meetings
    by_id = {m.id: m for m in meetings}
    sides: dict[str, set[str]] = {}
    for d in delegations:
        if d.meeting in by_id:
            sides.setdefault(d.meeting or "", set()).add(d.country)
    for meeting_id, countries in sides.items():
        meeting = by_id[meeting_id]
        if meeting.kind == "call" and len(meeting.parties) == 2:
            continue  # the caller and the called, named in the call's own sentence
        at = countries & {*meeting.parties, place_country(meeting.city or "", art.lex.lang)}
        if len(at) >= 2:  # heads of the sides named there and of its host; no other head
            meeting.parties = sorted(at)
        elif len(countries) >= 2:  # the states whose heads are named are the parties
            meeting.parties = sorted(countries)
        else:
            meeting.parties = sorted({*meeting.parties, *countries})
    named_sides(found.named, found.registry, delegations, years)
    fill_bilateral(meetings, art.lex.lang, {d.country for d in delegations})
    leading = frozenset(d.country for d in delegations)
    # Heads only described count as sides when no head of a side is named with a state.
    described = frozenset() if delegations else described_heads(art)
    add_guests(meetings, art.country_counts, art.lex.lang, art.outlet_country, leading, described)
    if any(wants_callee(m) for m in meetings):  # the seats and places named: only if asked
        add_callees(meetings, seat_states(art.sentences, art.lex.lang))
    # An envoy is met at his posting's seat: the article's other places are the cause's.
    seat_envoys_meetings(meetings, delegations, is_envoy_role)
    fill_article_cities(meetings, art)
    named = {c.code for ctx in art.sentences for c in ctx.mentions.countries if c.kind != "capital"}
    seat_named(meetings, named)


def _without_repeats(meetings: list[Meeting], delegations: list[Delegation]) -> list[Meeting]:
    """A meeting told again once its sides are settled (same kind, place and parties, no other
    date, neither an earlier round) is the one already found: its delegations join that one."""
    rounds = {m.previous for m in meetings} | {m.id for m in meetings if m.previous}
    kept: list[Meeting] = []
    moved: dict[str, str] = {}
    for m in meetings:
        same = next((k for k in kept if _repeats(k, m) and not {k.id, m.id} & rounds), None)
        if same is None:
            kept.append(m)
        else:
            moved[m.id] = same.id
            same.date = same.date or m.date
            same.evidence.extend(m.evidence)
    for d in delegations:
        d.meeting = moved.get(d.meeting or "", d.meeting)
    return kept


def reported(meetings: list[Meeting]) -> list[Meeting]:
    """The meetings the article reports, whose sides the leaders head: not those it dates to an
    earlier year alone ('bij het laatste staatsbezoek, in 2006'), told as background
    (`meetings.years`)."""
    return [m for m in meetings if m.date is None or len(m.date) != len("YYYY")]


def _repeats(first: Meeting, later: Meeting) -> bool:
    """`later` tells `first` again, unless it says it happened again ('summoned again')."""
    return (
        not any(e.rule == "meeting-repeat" for e in later.evidence)
        and not any(e.rule == EARLIER for e in [*first.evidence, *later.evidence])
        and (first.kind, first.city, first.parties, first.status)
        == (later.kind, later.city, later.parties, later.status)
        and bool(first.parties)
        and (first.date is None or later.date is None or first.date == later.date)
    )


@dataclass
class Found:
    """What the extractors have found in one article so far; each adds its own facts."""

    registry: PeopleRegistry
    entities: Entities = field(default_factory=Entities)
    lone: Meeting | None = None  # the only meeting the article names, with one side only
    # meetings told with fewer than two states, and the people their clauses name
    pending: list[Pending] = field(default_factory=list)
    # the meetings found, and the people their first clauses name
    named: list[Pending] = field(default_factory=list)

    @property
    def main_meeting(self) -> str | None:
        return self.entities.meetings[0].id if self.entities.meetings else None


class Extractor(Protocol):
    """One fact type: read the article, add what it states to `found`."""

    def __call__(self, art: ArticleContext, found: Found, /) -> None: ...


def _meetings(art: ArticleContext, found: Found) -> None:
    found.entities.meetings, found.lone, found.pending, found.named = extract_meetings(art)


def _people_and_delegations(art: ArticleContext, found: Found) -> None:
    # The states the leader model reads, taken before the settling gives the meetings more sides.
    reported_states = {c for m in reported(found.entities.meetings) for c in m.parties}
    delegations = _delegations(art, found)
    _settle_meetings(art, found, delegations)
    meetings = found.entities.meetings
    delegations += gained_side_heads(art, found.registry, meetings, delegations, reported_states)
    delegations += untitled_heads(art, found.registry, meetings, delegations)
    delegations += roster_heads(art, found.registry, meetings, delegations)
    _settle_people(art, found.registry, delegations)
    found.entities.people = found.registry.people
    found.entities.delegations = delegations


def _delegations(art: ArticleContext, found: Found) -> list[Delegation]:
    """The delegations of the article's meetings: those its sentences tell, then the heads
    each later rule finds beside the ones found before it."""
    registry = found.registry
    told = reported(found.entities.meetings)
    delegations = sentence_delegations(art, registry, told)
    led, pairs = scored_principals(art, registry, told, delegations)
    delegations += led
    delegations += agent_heads(art, registry, told, delegations)
    delegations += mission_heads(art, registry, told, delegations)
    delegations += visit_heads(art, registry, told, delegations)
    delegations += host_heads(art, registry, told, delegations)
    delegations += credential_heads(art, registry, told, delegations)
    delegations += met_heads(art, registry, told, delegations)
    delegations += accompanied_heads(art, registry, told, delegations)
    delegations += lead_role_heads(art, registry, told, delegations)
    delegations += long_title_heads(art, registry, told, delegations)
    delegations += sole_minister_heads(art, registry, told, delegations, pairs)
    delegations += listed_head_sides(art, registry, told, delegations, pairs)
    return delegations


def _settle_meetings(art: ArticleContext, found: Found, delegations: list[Delegation]) -> None:
    """The meetings once their delegations are known: joined, completed with the sides, places
    and stops the delegations tell, and given the states of the article's year."""
    registry, meetings = found.registry, found.entities.meetings
    # The meetings' dates are read with the meetings and no later step sets one; a meeting told
    # again is merged only when it gives no other date: one set of years serves both steps.
    years = office_years(art, meetings)
    drop_mentioned(meetings, delegations)  # after the leaders: their candidate pairs stay
    found.entities.meetings = meetings = drop_premises(meetings, delegations)  # as well
    _delegations_join_meetings(delegations, found, art, years)  # may split a meeting
    found.entities.meetings = meetings = _without_repeats(found.entities.meetings, delegations)
    added = people_sides(found.pending, meetings, registry, delegations, years)
    fill_article_cities(added, art)
    found.entities.meetings = meetings = meetings + added
    if not meetings and found.lone is not None:
        found.entities.meetings = meetings = lone_meeting(found.lone, delegations, art)
    if not meetings and found.lone is None:
        sided = person_sided(found.pending, registry, delegations, years)
        found.entities.meetings = meetings = lone_meeting(sided, delegations, art) if sided else []
    found.entities.meetings = meetings = meetings + home_visits(found.pending, meetings, art)
    seat_envoys_meetings(meetings, delegations, is_envoy_role)  # and a lone meeting made just now
    visit_sides(meetings, delegations, art.lex.lang)
    summons_at_seat(meetings, art.lex.lang)
    found.entities.meetings = meetings = two_sided(meetings, delegations, art)
    two_most_named(meetings, art.country_counts)
    found.entities.meetings = meetings = meetings + tour_stops(found.pending, meetings)
    found.entities.meetings = meetings = join_arrivals(meetings, delegations, art.lex.lang)
    found.entities.meetings = meetings = counterpart_sides(
        art, registry.people, meetings, delegations
    )
    meeting_pairs(art, registry.people, meetings, delegations)
    add_mediators(meetings)
    drop_idle_hosts(meetings, art)  # once the mediators are in: a host that mediates stays
    as_of_year(meetings, delegations, _era_year(art))


def _era_year(art: ArticleContext) -> int | None:
    """The year whose states the article's meetings hold: its own; an undated article that
    names a state of the past (the Soviet Union) is as late as the latest year it names ('der
    Wiener Gipfel 1961'). Without one a year dates nothing: 'the Vienna Convention of 1963' in
    a report on today's Russia."""
    if art.published.year or not past_states() & set(art.country_counts):
        return art.published.year
    return max(art.years, default=None)


def _settle_people(
    art: ArticleContext, registry: PeopleRegistry, delegations: list[Delegation]
) -> None:
    """The people once the delegations are known: a leader's country is his delegation's;
    place names, organisation tails and short forms tidied; officials and speakers added."""
    for d in delegations:
        person = next((p for p in registry.people if p.id == d.leader), None)
        if person is not None and person.country is None:
            person.country = d.country
    remit = remit_people(art, registry)
    registry.people = drop_place_names(art, registry.people, delegations)
    kept = seated(delegations)
    registry.people = clean_name_forms(art, drop_org_tails(art, registry.people, kept), kept)
    registry.people = merge_short_forms(registry.people, delegations, art.scan.particles)
    join_remit_people(art, registry, remit)  # after the leaders and their names: officials only
    add_quoted_people(art, registry)  # after the leaders: a quoted speaker leads nothing
    add_carried_people(art, registry)  # after the leaders: a described role leads nothing


def _statements(art: ArticleContext, found: Found) -> None:
    found.entities.statements = extract_statements(art, found.registry, found.main_meeting)


def _topics(art: ArticleContext, found: Found) -> None:
    found.entities.topics = extract_topics(art, found.main_meeting)


def _properties(art: ArticleContext, found: Found) -> None:
    found.entities.properties = extract_properties(art, found.entities.meetings)


# Every extractor, in the order they run: later ones read what earlier ones found (delegations
# join meetings; statements and topics belong to the article's first meeting).
EXTRACTORS: list[Extractor] = [
    _meetings,
    _people_and_delegations,
    _statements,
    _topics,
    _properties,
]


def rule_findings(
    split: SplitDocument,
) -> tuple[ArticleContext, PeopleRegistry, list[Meeting], list[Delegation]]:
    """The meetings and the delegations the leading-phrase rules find, before the leader model
    runs: what the model is fitted on (`ingest.extract.train_leaders`)."""
    art = article_context(split)
    found = Found(PeopleRegistry(split.document.published))
    _meetings(art, found)
    told = reported(found.entities.meetings)
    return art, found.registry, told, sentence_delegations(art, found.registry, told)


def extract_entities(split: SplitDocument) -> tuple[Entities, list[Relation]]:
    art = article_context(split)
    found = Found(PeopleRegistry(split.document.published))
    for extractor in EXTRACTORS:
        extractor(art, found)
    return found.entities, entity_relations(found.entities)
