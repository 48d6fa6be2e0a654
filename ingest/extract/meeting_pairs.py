"""Two people of two states named in the sentence that tells a meeting of exactly those two
states ('telefoongesprek tussen de Turkse president Erdogan en koning Salman', 'discussions
between Prime Minister Singh and Chinese Premier Wen', 'Škrilec empfing Sorg', 'Lwin Oo met Md
Delwar Hossain'): each heads his state's side. One of the two named without a state, beside one
of a known state ('Minister of Industry and Trade X had a working session with Indonesian Minister
of Trade Y', in the outlet's own words), is of the meeting's other state: the leader model scores
such a head low, his state being only the one the meeting leaves. Not where one of the two is
named as accompanying the other ('President X, accompanied by Moldovan minister Y'): both are then
of one side, the member's.

Read once the meetings and their sides are settled, like the counterpart phrases: only a state no
one leads yet gets its leader here, only a person who leads nothing else, and only at the first
meeting of the two states (the gold keeps one delegation per state: the first meeting's)."""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegation_members import find_members
from ingest.extract.leaders.features import posted_roles, role_classes
from ingest.extract.leaders.known import office_years
from ingest.extract.officeholders import known_state
from ingest.extract.side_heads import by_surname, head_side, named_in, told_in
from ingest.lang import gazetteer
from ingest.lang.lexicon import phrase_regex
from ingest.lang.roles import past_role
from ingest.models import Delegation, Meeting, Person

RULE = "meeting-pair"
_SIDE_CLASSES = ("principal", "diplomat", "counterpart")  # offices that head a side


def meeting_pairs(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> None:
    """Adds to `delegations` the sides the two people of a two-state meeting's sentence head."""
    surnames = by_surname(people)
    invited = phrase_regex(art.lex.words("invitation_words"))
    told = {e.start for m in meetings for e in m.evidence}
    years = office_years(art, meetings)
    for ctx in art.sentences:
        if ctx.sentence.start not in told:
            continue  # a sentence that tells no meeting gives no pair to head it
        if invited.search(ctx.sentence.text):
            continue  # the one who invites hosts; the text says not that he heads a side
        named = _once_each(named_in(ctx, surnames))
        led = {d.leader: d.country for d in delegations if d.leader}
        states = [p.country or led.get(p.id) for p in named]
        if (
            len(named) == 2 and states.count(None) == 1 and _unplaced(named, states, years)
            and not _accompanying(ctx, named)
        ):  # fmt: skip
            states = _other_party(states, ctx.sentence.start, meetings, art.outlet_country)
        if len(named) != 2 or None in states or states[0] == states[1]:
            continue
        meeting = _first_meeting({s for s in states if s}, meetings)
        if (
            meeting is None
            or not told_in(meeting, ctx.sentence.start)
            or not all(map(_side_office, named))
        ):
            continue
        for person, state in zip(named, states, strict=True):
            if not _posted_home(person, state or "", meeting):
                head_side(person, state or "", meeting, delegations, RULE)


def _unplaced(named: list[Person], states: list[str | None], years: frozenset[int]) -> bool:
    """Whether the one of the two with no state is titled and not an officeholder the file
    knows (whose state it would be, not the one the meeting leaves)."""
    person = named[states.index(None)]
    role = person.role or ""
    if not role.split() or past_role(role):
        return False  # 'the former vice-president X': the talks' topic, not a side's head
    return known_state(person.name, years) is None


def _accompanying(ctx: SentenceContext, named: list[Person]) -> bool:
    """Whether the sentence names one of the two right after a phrase that opens a delegation's
    members ('accompanied by', 'vergezeld door', 'begleitet von', 'accompagné de'): a member
    travels with the one he accompanies, not across the table from him."""
    surnames = {p.name.split()[-1] for p in named}
    return any(
        m.name.split()[-1] in surnames
        for found in find_members(ctx, ctx.lang)
        for m in found.members
    )


def _other_party(
    states: list[str | None], sentence: int, meetings: list[Meeting], outlet: str | None
) -> list[str | None]:
    """The states of two people, the unknown one the other party of the two-state meetings the
    sentence tells with the known one's ('Minister X had a working session with Indonesian
    Minister Y'): one of two named at a meeting of two states is the other state's, the
    outlet's own minister named without his state. Unknown where those meetings disagree, where
    the other party is not the outlet's state (the one named without a state is then the
    outlet's, of the known one's side: 'Präsident Kurz und Leitl in Südafrika'), and at a
    summons, whose sentence names beside the envoy whom the protest is about."""
    known = next(s for s in states if s)
    others = {
        p for m in meetings
        if told_in(m, sentence) and len(set(m.parties)) == 2 and known in m.parties
        and not m.summons
        for p in m.parties if p != known
    }  # fmt: skip
    if len(others) != 1 or outlet not in (None, *others):
        return states
    other = others.pop()
    return [s or other for s in states]


def _once_each(named: list[Person]) -> list[Person]:
    """The people in the order first named, each once."""
    order: list[Person] = []
    for person in named:
        if person not in order:
            order.append(person)
    return order


@lru_cache(maxsize=1)
def _side_roles() -> tuple[str, ...]:
    return tuple(r for name, roles in role_classes() if name in _SIDE_CLASSES for r in roles)


def _side_office(person: Person) -> bool:
    """No title, or one of an office that heads a side: a meeting the sentence tells of a
    senator's, an adviser's, a mayor's is not one of two heads of sides."""
    role = (person.role or "").lower()
    return not role or any(role == r or role.endswith(f" {r}") for r in _side_roles())


def _posted_home(person: Person, state: str, meeting: Meeting) -> bool:
    """An envoy at a meeting in his own state ('access to Indian High Commissioner X' at a
    summons in New Delhi) represents his state abroad: at home he heads no side."""
    if (person.role or "").lower() not in posted_roles():
        return False
    home: str | None = gazetteer.cities().get(meeting.city or "", {}).get("country")
    return home == state


def _first_meeting(pair: set[str], meetings: list[Meeting]) -> Meeting | None:
    return next((m for m in meetings if set(m.parties) == pair and m.status != "cancelled"), None)
