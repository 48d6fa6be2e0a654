"""The two sides a counterpart phrase names ('Minister Veldkamp sprak met zijn Israëlische
ambtgenoot Saar', 'Baerbock traf ihren Amtskollegen Rau', 'Le Hoai Trung held calls with his
Malaysian and Lao counterparts X and Y', 'Emmanuel Macron et son homologue comorien X'): the
owner of the phrase and the counterpart meet, each for his state, and each heads his side.

Read once the meetings and their sides are settled: the owner's state is often only implied
(the outlet's own foreign minister, named without a state), which the leader model weighs but
does not settle, and the meeting of the two states is often completed late (from the people its
clause names). Only a state no one leads yet gets its leader here, only at a meeting of the two
states, and only a person who leads nothing else.

A meeting told in the phrase's own sentence that holds the counterparts' states but not the
owner's (a call 'with Malaysian and Lao counterparts' read as one call of Malaysia and Laos) is
one meeting of the owner's state with each counterpart's. A counterpart the sentence names
first, his owner only a pronoun ('His Ghanaian counterpart, X, said'), heads his stated state's
side all the same."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.descriptions import principal
from ingest.extract.leaders.features import press_roles
from ingest.extract.leaders.known import office_years
from ingest.extract.leaders.names import bare_people
from ingest.extract.leaders.sides import home_offices
from ingest.extract.meetings.parties import rekey
from ingest.extract.officeholders import known_state
from ingest.extract.side_heads import by_surname, head_side, named_in, told_in
from ingest.lang.lexicon import phrase_regex
from ingest.models import Delegation, Meeting, Person

COUNTERPART = "counterpart"
RULE = "counterpart-side"


@dataclass(frozen=True)
class Phrase:
    """One counterpart phrase: its sentence, its owner with his state, its counterparts."""

    sentence: int  # where the sentence starts
    owner: Person
    state: str
    counterparts: tuple[Person, ...]


def counterpart_sides(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Meeting]:
    """The meetings, with the owner's state joined to those told without it, and the
    delegations (added to `delegations`) that counterpart phrases give; a leader named without
    a title joins `people`."""
    phrases = _phrases(art, people, meetings, delegations)
    for phrase in phrases:
        meetings = _owner_joins(phrase, meetings, delegations)
    for phrase in phrases:
        _lead_sides(phrase, meetings, delegations)
    _unowned_sides(art, people, meetings, delegations)
    leaders = {d.leader for d in delegations}
    for person in (p for ph in phrases for p in (ph.owner, *ph.counterparts)):
        if person.id in leaders and all(p.id != person.id for p in people):
            people.append(person)  # a leader named without a title ('Emmanuel Macron et son')
    return meetings


def _phrases(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Phrase]:
    """Each sentence's counterparts of a stated state, with the person named nearest before
    them who is no counterpart: the owner, when the text states or implies his state."""
    if not any(map(_counterpart, people)):
        return []  # most articles name no counterpart: spare the state lookups and the scan
    everyone = people + bare_people(art, people)
    surnames = by_surname(everyone)
    states = _owner_states(art, everyone, meetings, delegations)
    found: list[Phrase] = []
    for ctx in art.sentences:
        phrase = _phrase(ctx, named_in(ctx, surnames), states, meetings)
        if phrase is not None:
            found.append(phrase)
    return found


def _phrase(
    ctx: SentenceContext, order: list[Person], states: dict[str, str], meetings: list[Meeting]
) -> Phrase | None:
    for k, person in enumerate(order):
        if not _counterpart(person) or k == 0:
            continue
        owner = order[k - 1]
        state = states.get(owner.id) or _side_left(owner, person, meetings)
        if _counterpart(owner) or state is None:
            return None
        run = [p for p in _run(order, k) if p.country and p.country != state]
        return Phrase(ctx.sentence.start, owner, state, tuple(run)) if run else None
    return None


def _side_left(owner: Person, counterpart: Person, meetings: list[Meeting]) -> str | None:
    """A titled owner of no known state stands for the side facing the counterpart's: the one
    other party of every meeting of two states the counterpart's state takes part in."""
    if not principal((owner.role or "").lower()) or counterpart.country is None:
        return None
    others = {
        code for m in meetings if len(set(m.parties)) == 2 and counterpart.country in m.parties
        for code in m.parties if code != counterpart.country
    }  # fmt: skip
    return next(iter(others)) if len(others) == 1 else None


def _unowned_sides(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> None:
    """'Il a rencontré son homologue X', 'His Ghanaian counterpart, X, said': a counterpart
    the sentence names first has an owner it names by a pronoun only (no phrase above). He still
    heads his state's side of its meeting with another state, of those the sentence tells where
    it tells one."""
    if not any(map(_counterpart, people)):
        return
    surnames = by_surname(people + bare_people(art, people))
    invited = phrase_regex(art.lex.words("invitation_words"))
    for ctx in art.sentences:
        order = named_in(ctx, surnames)
        if not order or not _counterpart(order[0]) or _inviter(ctx, order[0], invited):
            continue
        told = [m for m in meetings if told_in(m, ctx.sentence.start)]
        facing = _facing(order[0], told or meetings)
        if facing is not None:
            head_side(order[0], facing[0], facing[1], delegations, RULE)


def _inviter(ctx: SentenceContext, person: Person, invited: re.Pattern[str]) -> bool:
    """'Sa visite, à l'invitation de son homologue X': the counterpart is named as who invites,
    which tells no meeting of his."""
    named = ctx.sentence.text.find(person.name.split()[-1])
    return invited.search(ctx.sentence.text, 0, max(named, 0)) is not None


def _facing(person: Person, meetings: list[Meeting]) -> tuple[str, Meeting] | None:
    """The counterpart's stated state and its first meeting with one other state. One of no
    stated state is left alone: the meetings' sides are not all known yet, and which of two
    states faces his owner is the owner's to tell."""
    state = person.country
    pairs = [m for m in meetings if len(set(m.parties)) == 2]
    return next(((state, m) for m in pairs if state and state in m.parties), None)


def _run(order: list[Person], k: int) -> list[Person]:
    """The counterparts named one after another from the `k`-th person on."""
    run: list[Person] = []
    for person in order[k:]:
        if not _counterpart(person):
            break
        if person not in run:
            run.append(person)
    return run


def _counterpart(person: Person) -> bool:
    return (person.role or "").lower() == COUNTERPART


def _owner_states(
    art: ArticleContext,
    people: list[Person],
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> dict[str, str]:
    """Person id -> his state: stated, the side he leads, the outlet's own for a home office
    held without a stated state, or the state the officeholder file knows him for."""
    led = {d.leader: d.country for d in delegations if d.leader}
    home = home_offices(people, art.outlet_country)
    years = office_years(art, meetings)
    out: dict[str, str] = {}
    for p in people:
        if (p.role or "").lower() in press_roles():
            continue
        state = p.country or led.get(p.id) or home.get(p.id) or known_state(p.name, years)
        if state is not None:
            out[p.id] = state
    return out


def _owner_joins(
    phrase: Phrase, meetings: list[Meeting], delegations: list[Delegation]
) -> list[Meeting]:
    """A meeting of the phrase's sentence holding only its counterparts' states (two or more)
    becomes one meeting of the owner's state with each of them."""
    others = {p.country for p in phrase.counterparts if p.country}
    if len(others) < 2 or any(phrase.state in m.parties for m in meetings):
        return meetings
    told = [m for m in meetings if told_in(m, phrase.sentence) and set(m.parties) == others]
    if len(told) != 1:
        return meetings
    meeting = told[0]
    order = [p.country for p in phrase.counterparts if p.country]
    split = [_with_parties(meeting, {phrase.state, code}, k) for k, code in enumerate(order)]
    for d in delegations:
        if d.meeting == meeting.id:
            d.meeting = next(m.id for m in split if d.country in m.parties)
    k = meetings.index(meeting)
    return meetings[:k] + split + meetings[k + 1 :]


def _with_parties(meeting: Meeting, parties: set[str], k: int) -> Meeting:
    new = meeting.model_copy(deep=True)
    new.id = meeting.id if k == 0 else f"{meeting.id}-{k}"
    new.parties = sorted(parties)
    rekey(new)
    return new


def _lead_sides(phrase: Phrase, meetings: list[Meeting], delegations: list[Delegation]) -> None:
    """Each side of the phrase (the owner's state, each counterpart's) that no one leads yet
    gets its person, at the meeting of the owner's state and the counterpart's."""
    for counterpart in phrase.counterparts:
        pair = {phrase.state, counterpart.country or ""}
        meeting = _meeting_of(pair, phrase.sentence, meetings)
        if meeting is None:
            continue
        head_side(phrase.owner, phrase.state, meeting, delegations, RULE)
        head_side(counterpart, counterpart.country or "", meeting, delegations, RULE)


def _meeting_of(pair: set[str], sentence: int, meetings: list[Meeting]) -> Meeting | None:
    """The meeting of the two states, the one told in the phrase's sentence first. A meeting
    read as called off still has its sides where the phrase's own sentence tells it ('Lawrow und
    sein marokkanischer Amtskollege Bourita haben telefoniert', a later sentence postponing a
    commission): the phrase names who met, whatever else was put off."""
    both = [
        m for m in meetings
        if pair <= set(m.parties) and (m.status != "cancelled" or told_in(m, sentence))
    ]  # fmt: skip
    told = [m for m in both if told_in(m, sentence)]
    return next(iter(told or both), None)
