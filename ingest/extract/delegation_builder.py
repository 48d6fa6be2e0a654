"""An article's delegations as its sentences name them: each sentence's leads, sides and members,
in the order their leaders are first named, joined to the meeting being described."""

from __future__ import annotations

from dataclasses import replace

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegation_members import MemberFinding, find_members
from ingest.extract.delegation_states import noun_states
from ingest.extract.delegations import LeadFinding, find_leads
from ingest.extract.lead_relative import relative_leads
from ingest.extract.meetings.parties import (
    summoned_side,
)
from ingest.extract.people_described import add_described
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.sides import delegation_heads, own_delegation, side_leads
from ingest.extract.summoned import summoned_envoys
from ingest.lang.roles import role_list
from ingest.models import Delegation, Meeting, Person
from ingest.text.slug import local_slug


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


def sentence_delegations(
    art: ArticleContext, registry: PeopleRegistry, meetings: list[Meeting]
) -> list[Delegation]:
    builder = _DelegationBuilder(registry, meetings, art.outlet_country)
    for ctx in art.sentences:
        builder.sentence(ctx, art.lex.lang)
    add_described(art, registry)
    return list(builder.by_country.values())
