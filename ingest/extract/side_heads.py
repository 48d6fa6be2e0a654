"""Heads of sides settled after the leader model (`counterpart_sides`, `meeting_pairs`): a person
the clause's construction makes the head of his state's side leads it only where no one leads
that state yet and he leads nothing else, so these rules fill gaps and never overrule."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.officeholders import known_state
from ingest.models import Delegation, Evidence, Meeting, Person
from ingest.text.slug import local_slug


def by_surname(people: list[Person]) -> dict[str, Person]:
    """The people of the article under their surname, lower case, as a sentence names them."""
    return {p.name.split()[-1].lower(): p for p in people}


def named_in(ctx: SentenceContext, surnames: dict[str, Person]) -> list[Person]:
    """The people the sentence names by a capitalised surname, in order; a person named twice
    running counts once ('Saar ... Saar'), one named again after another counts again."""
    order: list[Person] = []
    for token in ctx.mentions.tokens:
        person = surnames.get(token.lower) if token.text[:1].isupper() else None
        if person is not None and (not order or order[-1] is not person):
            order.append(person)
    return order


def told_in(meeting: Meeting, sentence_start: int) -> bool:
    """Whether the meeting is told in the sentence that starts there."""
    return any(e.start == sentence_start for e in meeting.evidence)


def undenied_tellings(
    art: ArticleContext, meetings: list[Meeting]
) -> Iterator[tuple[SentenceContext, list[Meeting]]]:
    """The sentences that tell one of `meetings` and deny nothing, each with the meetings it
    tells: 'ein Treffen mit X werde nicht zustande kommen' tells no meeting held, whatever status
    the meeting found elsewhere has."""
    negations = art.lex.word_set("negation_words")
    for ctx in art.sentences:
        told = [m for m in meetings if told_in(m, ctx.sentence.start)]
        if told and not negations & {t.lower for t in ctx.mentions.tokens}:
            yield ctx, told


def told_meeting(country: str, sentences: set[int], meetings: list[Meeting]) -> Meeting | None:
    """The meeting a head found in those sentences (their starts) heads a side of: of those they
    tell, the first his state is a party to, else the first they tell (a meeting told with only
    the other side's state: 'talks with President X'); where they tell none, his state's first
    meeting; None where the article has neither."""
    told = [m for m in meetings if any(e.start in sentences for e in m.evidence)]
    own = [m for m in meetings if country in m.parties]
    first = next((m for m in told if country in m.parties), None)
    return first or next(iter(told or own), None)


def open_meeting(meetings: list[Meeting], *states: str) -> Meeting | None:
    """The meeting a side filled after the model joins: the first of the first of `states` that
    has one (the head's own, then, for a trip, the state it goes to), else one whose sides are
    not known yet; None when neither is there (`host_leads`, `visit_leads`: where the article
    has meetings, they are others, and the sentence tells its event by the way)."""
    for state in states:
        meeting = next((m for m in meetings if state in m.parties), None)
        if meeting is not None:
            return meeting
    return next((m for m in meetings if not m.parties), None)


def head_side(
    person: Person, state: str, meeting: Meeting, delegations: list[Delegation], rule: str
) -> None:
    """Adds the delegation of `state` led by `person` at `meeting`, unless the state is led or
    the person leads another side."""
    if any(d.country == state or d.leader == person.id for d in delegations):
        return
    evidence = [e.model_copy(update={"rule": rule}) for e in person.evidence[:1]]
    delegation = Delegation(
        id=node_id(Label.DELEGATION, state, local_slug(person.name)),
        country=state, leader=person.id, leader_title=person.title,
        leader_role=person.role, meeting=meeting.id, evidence=evidence,
    )  # fmt: skip
    delegations.append(delegation)


def filled_side(
    state: str, person: Person, meeting: Meeting | None, evidence: Evidence
) -> Delegation:
    """The delegation of `state` led by `person` at `meeting` (none where the article has no
    meeting yet), which a rule after the leader model adds for a state nothing else has led
    (`mission_leads`, `visit_leads`, `host_leads`, `met_heads`,
    `credential_heads`, `accompanied_heads`, `lead_role_heads`)."""
    return Delegation(
        id=node_id(Label.DELEGATION, state, local_slug(person.name)),
        country=state, leader=person.id, leader_title=person.title,
        leader_role=person.role, meeting=meeting.id if meeting else None, evidence=[evidence],
    )  # fmt: skip


@dataclass(slots=True)
class OpenSides:
    """The sides a rule after the leader model may still fill: a state no delegation has, headed
    by a person who leads none. Each filled side closes its state and its head for the rest of
    the article, so one rule never gives a state two heads or a person two sides."""

    led: set[str]
    leaders: set[str | None]
    filled: list[Delegation] = field(default_factory=list)

    @classmethod
    def after(cls, delegations: list[Delegation], closed: Iterable[str] = ()) -> OpenSides:
        """The sides the delegations found so far leave open; `closed` states are never open."""
        return cls({d.country for d in delegations} | set(closed), {d.leader for d in delegations})

    def open(self, state: str | None, person: Person) -> bool:
        """Whether `person` may head the side of `state`."""
        return state is not None and state not in self.led and person.id not in self.leaders

    def fill(self, state: str, person: Person, meeting: Meeting | None, evidence: Evidence) -> None:
        """Adds the side of `state` headed by `person` and closes both."""
        self.led.add(state)
        self.leaders.add(person.id)
        self.filled.append(filled_side(state, person, meeting, evidence))

    def head_told(
        self,
        ctx: SentenceContext,
        person: Person,
        stated: str | None,
        years: frozenset[int],
        meetings: list[Meeting],
        rule: str,
    ) -> None:
        """Fills the side `person`, named in the sentence of `ctx`, heads at the meeting that
        sentence tells, where it is open: his state is the one the sentence states, else his
        own, else the one the officeholder file knows him for in the article's `years`."""
        state = stated or person.country or known_state(person.name, years)
        if state is None or not self.open(state, person):
            return
        meeting = told_meeting(state, {ctx.sentence.start}, meetings)
        self.fill(state, person, meeting, ctx.evidence(rule, 0.7))
