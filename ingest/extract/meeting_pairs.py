"""Two people of two states named in the sentence that tells a meeting of exactly those two
states ('telefoongesprek tussen de Turkse president Erdogan en koning Salman', 'discussions
between Prime Minister Singh and Chinese Premier Wen', 'Škrilec empfing Sorg', 'Lwin Oo met Md
Delwar Hossain'): each heads his state's side.

Read once the meetings and their sides are settled, like the counterpart phrases: only a state no
one leads yet gets its leader here, only a person who leads nothing else, and only at the first
meeting of the two states (the gold keeps one delegation per state: the first meeting's)."""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.features import posted_roles, role_classes
from ingest.extract.side_heads import by_surname, head_side, named_in, told_in
from ingest.lang import gazetteer
from ingest.lang.lexicon import phrase_regex
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
    for ctx in art.sentences:
        if ctx.sentence.start not in told:
            continue  # a sentence that tells no meeting gives no pair to head it
        if invited.search(ctx.sentence.text):
            continue  # the one who invites hosts; the text says not that he heads a side
        named = _once_each(named_in(ctx, surnames))
        led = {d.leader: d.country for d in delegations if d.leader}
        states = [p.country or led.get(p.id) for p in named]
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
