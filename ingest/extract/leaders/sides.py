"""The state a titled person may stand for when the text leaves it implicit, inferred before the
leader model decides, which weighs it as one feature of the (person, state) pair:

- the outlet's home: an outlet names its own state's premier or foreign minister without a
  nationality ('premier Rutte' in a Dutch outlet, 'Außenminister Wadephul' in a German one);
- an envoy abroad: at a meeting of the outlet's state held in another, an envoy named without a
  nationality is the outlet's own (set as the person's state, not only weighed);
- the side left over: at a meeting of two states, a principal named there without a state stands
  for the party the other people named there do not hold ('President Ruto welcomed his Haitian
  counterpart' in Nairobi, 'Prime Minister Modi received the Portuguese President')."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.leaders.descriptions import principal
from ingest.extract.leaders.features import home_roles, posted_roles
from ingest.extract.meetings.parties import place_country
from ingest.models import Meeting, Person

# Kinds of meeting where many states meet: the two parties found are seldom all of them.
_MANY_SIDED = frozenset({"summit"})


def implied_states(
    art: ArticleContext, people: list[Person], meetings: list[Meeting], home: str | None
) -> dict[str, str]:
    """Person id -> the state the text implies for a person of no stated state."""
    _envoys_abroad(art, people, meetings, home)
    implied = home_offices(people, home)
    _side_left_over(art, people, meetings, home, implied)
    return implied


def _envoys_abroad(
    art: ArticleContext, people: list[Person], meetings: list[Meeting], home: str | None
) -> None:
    """An envoy of no stated state, when the outlet's state meets another in a city of a third
    (or the other) state, is the outlet's own ('ambassadeur Jones-Bos' summoned in Moscow, in a
    Dutch outlet): an outlet names its own envoys without a nationality, and a foreign envoy to
    the outlet's state would meet it there, not abroad."""
    abroad = home is not None and any(
        home in m.parties and m.city and place_country(m.city, art.lex.lang) not in (None, home)
        for m in meetings
    )
    for person in people if abroad else []:
        if person.country is None and (person.role or "").lower() in posted_roles():
            person.country = home


def home_offices(people: list[Person], home: str | None) -> dict[str, str]:
    """A home office ('premier', 'Außenminister') whose holder has no stated state is the outlet's
    own state's, unless someone of the home state holds that office by a stated nationality ('the
    Dutch premier Rutte ... premier Bettel')."""
    if home is None:
        return {}
    roles = home_roles()
    held = {p.role for p in people if p.country == home}
    return {
        p.id: home for p in people
        if p.country is None and (p.role or "") in roles and p.role not in held
    }  # fmt: skip


def _side_left_over(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    home: str | None,
    implied: dict[str, str],
) -> None:
    """At a meeting of two states, the principals its sentences name without a state stand for
    the party the people named there with a state do not hold. Only a hint for the model:
    `descriptions.remaining_side` sets the country itself, and only at calls, where the two
    sides are certain."""
    pairs = [m for m in meetings if len(set(m.parties)) == 2 and m.kind not in _MANY_SIDED]
    starts = {e.start for m in pairs for e in m.evidence}
    words = {
        c.sentence.start: {t.base for t in c.mentions.tokens}
        for c in art.sentences if c.sentence.start in starts
    }  # fmt: skip
    for meeting in pairs:
        parties = set(meeting.parties)
        named = set().union(*(words.get(e.start, set()) for e in meeting.evidence))
        there = [p for p in people if p.name.split()[-1] in named]
        sides = {p.country or implied.get(p.id) for p in there} - {None}
        left = parties - sides
        if len(sides) != 1 or len(left) != 1 or not _plausible(art, meeting, left, home):
            continue
        for person in there:
            role = (person.role or "").lower()
            if person.country is None and person.id not in implied and principal(role):
                implied[person.id] = next(iter(left))


def _plausible(art: ArticleContext, meeting: Meeting, left: set[str], home: str | None) -> bool:
    """The side left over hosts the meeting, if its place is known (elsewhere the person named
    with a visitor is as often the visitor's own: 'the Secretary will lead a mission on the
    President's visit'); and it is not a foreign state while the outlet's own state takes part,
    whose people the outlet names without a nationality."""
    host = place_country(meeting.city, art.lex.lang) if meeting.city else None
    if host is not None and host not in left:
        return False
    return home is None or home not in meeting.parties or home in left
