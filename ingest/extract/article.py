"""Stage 4: entities and relations of one article, from its split sentences."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext, build_sentence, scanner
from ingest.extract.dates import parse_published
from ingest.extract.delegation_members import MemberFinding, find_members
from ingest.extract.delegation_states import noun_states
from ingest.extract.delegations import LeadFinding, find_leads
from ingest.extract.headline_names import drop_headline_names
from ingest.extract.lead_relative import relative_leads
from ingest.extract.leaders import lead_principals
from ingest.extract.leaders.descriptions import described_heads
from ingest.extract.leaders.envoys import is_envoy_role
from ingest.extract.meetings.meetings import extract_meetings
from ingest.extract.meetings.parties import (
    add_callees,
    add_guests,
    as_of_year,
    fill_bilateral,
    place_country,
    seat_envoys_meetings,
    seat_named,
    summoned_side,
    summons_at_seat,
    visit_sides,
    wants_callee,
)
from ingest.extract.meetings.people_sides import Pending, people_sides
from ingest.extract.meetings.places import seat_states
from ingest.extract.one_sided import fill_article_cities, lone_meeting, two_sided
from ingest.extract.people_described import add_described
from ingest.extract.people_name_forms import clean_name_forms
from ingest.extract.people_org_tails import drop_org_tails
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.people_short_forms import merge_short_forms
from ingest.extract.properties import extract_properties
from ingest.extract.relations import entity_relations
from ingest.extract.sides import (
    delegation_heads,
    own_delegation,
    side_leads,
    summoned_envoys,
)
from ingest.extract.statements import extract_statements, extract_topics
from ingest.lang.lexicon import load_lexicon
from ingest.lang.roles import role_list
from ingest.models import Delegation, Entities, Meeting, Person, Relation, SplitDocument
from ingest.text.slug import local_slug

MAX_SENTENCES = 3000  # bounds time and memory on a runaway (e.g. 5 MB) article


def article_context(split: SplitDocument) -> ArticleContext:
    lex = load_lexicon(split.language)
    scan = scanner(split.language)
    published = split.document.published
    sentences = [build_sentence(s, lex, scan) for s in split.sentences[:MAX_SENTENCES]]
    drop_headline_names(sentences, split.language)
    return ArticleContext(
        lex, scan, parse_published(published), published, sentences, split.document.url
    )


def _meeting_for(country: str, meetings: list[Meeting], current: Meeting | None) -> Meeting | None:
    """The meeting being described where the delegation is named, when the country fits it;
    else the first held meeting of that country, else the first meeting."""
    if current is not None and (country in current.parties or len(current.parties) < 2):
        return current
    ranked = sorted(meetings, key=lambda m: (m.status != "held", country not in m.parties))
    return ranked[0] if ranked else None


class _DelegationBuilder:
    """Delegations of one article, in the order their leaders are first named."""

    def __init__(
        self, registry: PeopleRegistry, meetings: list[Meeting], home: str | None = None
    ) -> None:
        self.registry = registry
        self.home = home  # the outlet's state: whose delegation it is when no sentence says
        self.meetings = meetings
        self.by_country: dict[str, Delegation] = {}
        self.current: Meeting | None = None
        self._words: set[str] = set()  # words of the known names
        self._known = 0
        self.subject_person: Person | None = None  # first person of the last sentence naming one
        self._read: list[SentenceContext] = []  # the sentences before the current one
        earlier = {m.previous for m in meetings if m.previous}  # 'the first round was held in'
        self._meeting_at = {e.start: m for m in meetings if m.id not in earlier for e in m.evidence}

    def sentence(self, ctx: SentenceContext, lang: str) -> None:
        self.current = self._meeting_at.get(ctx.sentence.start, self.current)
        for mention in ctx.mentions.people:
            self.registry.add(mention, ctx)
        leads = [self._lead(lead, ctx) for lead in find_leads(ctx, lang)]
        self._read.append(ctx)
        leads += self._negotiators(ctx) + self._sides(ctx, lang)
        for found in find_members(ctx, lang):
            self._members(found, ctx, [d for d in leads if d is not None])
        subject = self._sentence_subject(ctx)
        if subject is not None or ctx.mentions.people:
            self.subject_person = subject

    def _negotiators(self, ctx: SentenceContext) -> list[Delegation | None]:
        """A country's chief negotiator, or the head of its delegation ('Delegationsleiter'),
        leads its side at the talks the article reports."""
        found: list[Delegation | None] = []
        leading = tuple(role_list("lead_roles"))
        for mention in ctx.mentions.people:
            role, country = mention.role or "", mention.country
            if self.meetings and country and role.endswith(leading):
                person = self.registry.add(mention, ctx)
                found.append(self._delegation(country, person, ctx, "lead-chief-negotiator", 0.75))
        return found

    def _sides(self, ctx: SentenceContext, lang: str) -> list[Delegation | None]:
        leads = delegation_heads(ctx, lang) + relative_leads(ctx, lang)
        leads += side_leads(ctx, lang, self._state_of)
        leads += own_delegation(ctx, lang, self._state_of)
        leads += summoned_envoys(
            ctx, lang, lambda name: self._state_of(name) or summoned_side(self.current, lang)
        )
        return [self._lead(lead, ctx) for lead in leads]

    def _state_of(self, name: str) -> str | None:
        known = self.registry.find(name)
        return known.country if known else None

    def _lead(self, lead: LeadFinding, ctx: SentenceContext) -> Delegation | None:
        if lead.rule in {"lead-sent", "lead-on-behalf"} and not self.meetings:
            return None  # sending someone, or signing for a country, leads only at a meeting
        if not lead.country:  # 'The delegation was led by X': the delegation named before,
            state = self._noun_state_before() or self.home  # else the outlet's state's
            if state is None:
                return None
            lead = replace(lead, country=state)
        person = self._leading_person(lead, ctx)
        if person is None:
            return None
        if person.country is None:
            person.country = lead.country
        delegation = self._delegation(lead.country, person, ctx, lead.rule, lead.confidence)
        if delegation.leader == person.id and lead.leader.title:
            delegation.leader_title = lead.leader.title  # the title as the lead sentence writes it
            delegation.leader_role = lead.leader.role or delegation.leader_role
        return delegation

    def _noun_state_before(self) -> str | None:
        """The state of the last delegation noun an earlier sentence names with one ('A
        Chinese trade mission ...'), read only when a lead needs it: few do."""
        for ctx in reversed(self._read):
            states = noun_states(ctx)
            if states:
                return states[-1]
        return None

    def _leading_person(self, lead: LeadFinding, ctx: SentenceContext) -> Person | None:
        """The person a lead names: titled here or earlier in the article, or a full name right
        after 'the delegation was led by' (the phrase says who leads), never another bare name."""
        if lead.leader.title is not None:
            return self.registry.add(lead.leader, ctx)
        known = self.registry.find(lead.leader.name)
        if known is not None and known.title is not None:
            return known
        if lead.rule.startswith("lead-passive") and " " in lead.leader.name:
            return self.registry.add(lead.leader, ctx)
        return None

    def _delegation(
        self, country: str, person: Person, ctx: SentenceContext, rule: str, confidence: float
    ) -> Delegation:
        if country in self.by_country:
            return self._fuller(self.by_country[country], person)
        meeting = _meeting_for(country, self.meetings, self.current)
        delegation = Delegation(
            id=node_id(Label.DELEGATION, country, local_slug(person.name)),
            country=country, leader=person.id,
            leader_title=person.title, leader_role=person.role,
            meeting=meeting.id if meeting else None, evidence=[ctx.evidence(rule, confidence)],
        )  # fmt: skip
        self.by_country[country] = delegation
        return delegation

    def _fuller(self, delegation: Delegation, person: Person) -> Delegation:
        """The leader named again more fully ('Li' in a headline, 'Li Keqiang' after) is named
        so: the gold wants the fullest form of the name."""
        short = next(
            (p.name.split() for p in self.registry.people if p.id == delegation.leader), []
        )
        if short and set(short) < set(person.name.split()):
            delegation.leader = person.id
            delegation.id = node_id(Label.DELEGATION, delegation.country, local_slug(person.name))
        return delegation

    def _sentence_subject(self, ctx: SentenceContext) -> Person | None:
        """The first person a sentence names: a titled mention, or a known surname ('Kuipers
        sprak ... met de Syrische minister, Y')."""
        first = ctx.mentions.people[0] if ctx.mentions.people else None
        if self._known != len(self.registry.people):  # a cheap set before the fuzzy find
            self._known = len(self.registry.people)
            self._words = {w for p in self.registry.people for w in p.name.split()}
        words = self._words
        if first is None and not words:
            return None  # no titled mention and no known name to find
        for token in ctx.mentions.tokens:
            if first is not None and token.start >= first.span_start:
                return self.registry.find(first.name)
            if token.base in words and (known := self.registry.find(token.base)) is not None:
                return known
        return None

    def _member_subject(self, found: MemberFinding) -> Person | None:
        """Who the members accompany: the titled person before the phrase; for 'Hij werd
        vergezeld door' the previous sentence's subject (its first person, not its last: 'X
        sprak met de Syrische minister Y. Hij werd vergezeld door ...'); a phrase with a noun
        subject ('De Belgische delegatie bestond verder uit') names no person."""
        if found.before is not None:
            return self.registry.find(found.before.name)
        return self.subject_person if found.pronoun else None

    def _members(self, found: MemberFinding, ctx: SentenceContext, leads: list[Delegation]) -> None:
        """Members join the delegation led in this sentence, else the one its leader heads
        ('X, accompanied by ...', 'Il était accompagné de ...'), else the delegation just named."""
        delegation = leads[-1] if leads else None
        if delegation is None and found.before is None and not found.pronoun and self.by_country:
            delegation = list(self.by_country.values())[-1]  # 'De delegatie bestond verder uit'
        leader = self._member_subject(found)
        if delegation is None and leader is not None:
            delegation = next((d for d in self.by_country.values() if d.leader == leader.id), None)
            if delegation is None and leader.country and self.meetings and leader.title:
                delegation = self._delegation(leader.country, leader, ctx, "lead-accompanied", 0.7)
        if delegation is None:
            return
        for mention in found.members:
            person = self.registry.find(mention.name)
            if person is not None and person.id != delegation.leader:
                if person.id not in delegation.members:
                    delegation.members.append(person.id)
                delegation.evidence.append(ctx.evidence("delegation-members", 0.75))


def _delegations(
    art: ArticleContext, registry: PeopleRegistry, meetings: list[Meeting]
) -> list[Delegation]:
    builder = _DelegationBuilder(registry, meetings, art.outlet_country)
    for ctx in art.sentences:
        builder.sentence(ctx, art.lex.lang)
    add_described(art, registry)
    return list(builder.by_country.values())


def _delegations_join_meetings(
    delegations: list[Delegation], meetings: list[Meeting], art: ArticleContext
) -> None:
    """A delegation's country is a party to its meeting, and a meeting whose heads of two or more
    sides are named has those sides as its parties (a state only mentioned there is none);
    one-sided meetings of a two-country article then involve the other side too."""
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


def _repeats(first: Meeting, later: Meeting) -> bool:
    """`later` tells `first` again, unless it says it happened again ('summoned again')."""
    return (
        not any(e.rule == "meeting-repeat" for e in later.evidence)
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

    @property
    def main_meeting(self) -> str | None:
        return self.entities.meetings[0].id if self.entities.meetings else None


class Extractor(Protocol):
    """One fact type: read the article, add what it states to `found`."""

    def __call__(self, art: ArticleContext, found: Found, /) -> None: ...


def _meetings(art: ArticleContext, found: Found) -> None:
    found.entities.meetings, found.lone, found.pending = extract_meetings(art)


def _people_and_delegations(art: ArticleContext, found: Found) -> None:
    registry, meetings = found.registry, found.entities.meetings
    delegations = _delegations(art, registry, meetings)
    delegations += lead_principals(art, registry, meetings, delegations)
    _delegations_join_meetings(delegations, meetings, art)
    found.entities.meetings = meetings = _without_repeats(meetings, delegations)
    added = people_sides(found.pending, meetings, registry, delegations)
    fill_article_cities(added, art)
    found.entities.meetings = meetings = meetings + added
    if not meetings and found.lone is not None:
        found.entities.meetings = meetings = lone_meeting(found.lone, delegations, art)
    seat_envoys_meetings(meetings, delegations, is_envoy_role)  # and a lone meeting made just now
    visit_sides(meetings, delegations, art.lex.lang)
    summons_at_seat(meetings, art.lex.lang)
    found.entities.meetings = meetings = two_sided(meetings, delegations, art)
    as_of_year(meetings, delegations, art.published.year)
    for d in delegations:
        person = next((p for p in registry.people if p.id == d.leader), None)
        if person is not None and person.country is None:
            person.country = d.country
    kept = {d.leader for d in delegations if d.leader} | {m for d in delegations for m in d.members}
    registry.people = clean_name_forms(art, drop_org_tails(art, registry.people, kept), kept)
    registry.people = merge_short_forms(registry.people, delegations, art.scan.particles)
    found.entities.people = registry.people
    found.entities.delegations = delegations


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
    return (
        art,
        found.registry,
        found.entities.meetings,
        _delegations(art, found.registry, found.entities.meetings),
    )


def extract_entities(split: SplitDocument) -> tuple[Entities, list[Relation]]:
    art = article_context(split)
    found = Found(PeopleRegistry(split.document.published))
    for extractor in EXTRACTORS:
        extractor(art, found)
    return found.entities, entity_relations(found.entities)
