"""A meeting candidate found in one sentence, and when two candidates are one meeting.

Later candidates merge into an earlier meeting unless the place, parties, month, day (but for
a visit) or status disagree, or one is a visit and the other talks held during it or a call
(two meetings)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.meetings.parties import within
from ingest.models import Evidence

Place = tuple[str, str, bool]  # a city, its state, whether it is the capital


@dataclass
class Candidate:
    kind: str
    city: str | None = None
    city_country: str | None = None
    city_capital: bool = False
    parties: set[str] = field(default_factory=set)
    date: str | None = None
    year: str | None = None  # 'in 2006', 'last year' by its word: an earlier one's (`years`)
    more_years: tuple[str, ...] = ()  # 'en 2005, 2008 et 2011': the years listed after `year`
    more_dates: tuple[str, ...] = ()  # 'im Mai und Juni': the dates listed after `date`
    round: int | None = None
    status: str = "held"
    venue: str | None = None
    time: str | None = None
    expected_duration: str | None = None
    past_duration: str | None = None
    previous: bool = False
    hosted: bool = False  # a visit or a reception: a capital it names is a side's seat
    pointing: bool = False  # 'these bilateral talks': points back at a meeting told
    follow_up: bool = False  # 'agreed to hold another meeting in October': one of its own
    anaphoric: bool = False  # 'joined part of the talks': the meeting already described
    # told as known ('the call', 'des Telefonats', 'zijn telefoongesprek'), whatever its kind
    definite: bool = False
    hosts: set[str] = field(default_factory=set)  # named only as host ('trad op als gastheer')
    also: list[tuple[set[str], Place | None]] = field(default_factory=list)  # further summonses
    repeated: bool = False  # 'summoned again': a summons besides the one already told
    stops: frozenset[str] = frozenset()  # the states of the tour it is one stop of
    summons: bool = False  # told with a summoning verb ('summoned', 'einbestellt', 'convoqué')
    one_side_kept: bool = False  # one of several envoys received: a meeting though one-sided
    further: bool = False  # 'also', 'anschließend': told as a further meeting (`counterparts`)
    there: bool = False  # 'Daar spreekt ze met', 'spreekt er met': told as the visit's programme
    people: list[str] = field(default_factory=list)  # named in the clause before its topic
    words: list[str] = field(default_factory=list)  # its other capitalised words: surnames?
    evidence: list[Evidence] = field(default_factory=list)


def compatible(m: Candidate, c: Candidate) -> bool:
    if m.city and c.city and m.city != c.city:
        return False
    if m.city and c.city and _visit_and_talks(m, c):
        return False
    if c.repeated or {m.kind, c.kind} == {"call", "visit"}:
        return False  # a visit is made in person: the call before or during it is another
    if m.parties and c.parties and not (m.parties <= c.parties or c.parties <= m.parties):
        return False
    if ((m.city is None and m.kind == "call") or (c.city is None and c.kind == "call")) and (
        m.city or c.city
    ):
        return False  # a call happens nowhere: never merge a place
    if (m.status == "cancelled") != (c.status == "cancelled") and (
        (m.city is None) != (c.city is None) or {m.status, c.status} == {"held", "cancelled"}
    ):
        return False  # 'a round planned in X was cancelled' is not the meeting that was held
    if _other_day(m, c):
        return False
    return not (m.date and c.date and m.date[:7] != c.date[:7])


def _other_day(m: Candidate, c: Candidate) -> bool:
    """Two meetings dated to different days ('Le 17 février ... s'entretient avec Gromyko. Le 21
    ... rencontre Andropov', 'met on Monday ... a second meeting on Tuesday'): two meetings,
    unless one is a visit, which spans its days."""
    days = len(m.date or "") == len(c.date or "") == len("YYYY-MM-DD")
    return days and m.date != c.date and "visit" not in {m.kind, c.kind}


def _visit_and_talks(m: Candidate, c: Candidate) -> bool:
    """'Guelleh arrived in Conakry for a state visit ... the two presidents held talks in
    Conakry': the visit and the talks held during it are two meetings."""
    return "visit" in {m.kind, c.kind} and bool({m.kind, c.kind} & _TALK_KINDS)


_TALK_KINDS = frozenset({"talks", "meeting", "negotiations"})
# Told with no place while a visit is described: talks held during it. A bare 'meeting' is not:
# 'was received', 'met' there are mostly the visit itself.
_HELD_DURING = _TALK_KINDS - {"meeting"}


def during_visit(cand: Candidate, visit: Candidate) -> None:
    """'Conille arrived in Nairobi for a State visit ... The two leaders then held talks':
    talks told without a place while a visit is being described are held during it, in the
    visited city between the same states (a meeting of their own, not a detail of the visit).
    'The talks' (told already) and talks placed only by 'there' ('Daar spreekt ze met') are the
    visit's own programme."""
    if visit.kind != "visit" or visit.city is None or visit.status != cand.status:
        return
    if cand.city is not None or cand.previous or cand.anaphoric or cand.there:
        return
    if cand.kind not in _HELD_DURING:
        return
    if not cand.parties <= visit.parties:
        return
    cand.city, cand.city_country = visit.city, visit.city_country
    cand.city_capital = visit.city_capital
    cand.parties |= visit.parties


def _visited(m: Candidate, tour: bool) -> bool:
    """A visit; for a tour of several stops ('to visit Venezuela, Cuba and Nicaragua') also
    talks or a meeting held in one side's state ('Lavrov and Vieira met in Brasilia'): the
    other side travelled there. A summons names no traveller: the envoy is posted there."""
    return m.kind == "visit" or (tour and m.kind in _HOSTED and not m.summons)


_HOSTED = frozenset({"meeting", "talks"})


def next_stop(cand: Candidate, meetings: list[Candidate]) -> None:
    """'Lavrov arrived in Brasilia ... The minister is also scheduled to visit Venezuela, Cuba
    and Nicaragua': a visit told with its destination alone, while the article describes a
    visit of two states (the last of `meetings` whose city names its host; for a tour, talks
    or a meeting there too), is the same visitor's next stop; the visitor is that visit's side
    other than the state of its city."""
    if cand.kind != "visit" or cand.previous or cand.anaphoric:
        return
    visit = next(
        (
            m for m in reversed(meetings)
            if _visited(m, len(cand.stops) > 1) and len(m.parties) == 2
            and m.city_country in m.parties
        ),
        None,
    )  # fmt: skip
    if visit is None:
        return
    if len(cand.parties) != 1 or within(cand.parties, visit.parties):
        return  # the visited state itself, in any era's name ('U.R.S.S.' of a visit to Moscow)
    cand.parties |= visit.parties - {visit.city_country}


def call_after_call(cand: Candidate, current: Candidate) -> bool:
    """'Die Lage in der Ukraine seien weitere Themen des Telefonats gewesen': 'the call' told
    while a call between two states is being described is that call; the states it mentions
    are its topics, not the sides of another call."""
    return cand.kind == "call" and cand.definite and _two_sided_call(current)


def summons_again(cand: Candidate, current: Candidate) -> bool:
    """'During the meeting in the afternoon, the Pakistan envoy was told ... the high commissioner
    of Bangladesh in Islamabad', 'la raison de la convocation ... à Barcelone': a meeting word told
    as known while a summons of two states is described is that summons, and one naming no state
    but the summoner placed in the summoned state ('hatte den Aktivisten ... in Berlin getroffen',
    'Ankara hatte Erdmann vorgeladen und gegen eine Demonstration in Köln protestiert') tells its
    cause. A summons is held at the summoning ministry: the places either names make no second
    meeting. A summons told as known naming the summoner alone summons the summoner's envoy in
    turn ('Ankara reagierte damit auf die Einbestellung des türkischen Botschafters in Berlin')."""
    if not current.summons or len(current.parties) != 2 or cand.repeated or cand.follow_up:
        return False
    summoned = current.parties - {current.city_country}
    if cand.anaphoric or cand.pointing:  # but 'die Einbestellung des türkischen Botschafters'
        reverse = cand.summons and cand.parties == current.parties - summoned
        return cand.parties <= current.parties and not reverse
    own = cand.parties <= current.parties - summoned  # none, or the summoner alone
    return own and len(summoned) == 1 and cand.city_country in summoned


def _two_sided_call(m: Candidate) -> bool:
    return m.kind == "call" and len(m.parties) >= 2


def merge(into: Candidate, other: Candidate, *, detail_only: bool = False) -> None:
    for name in ("venue", "round", "time", "expected_duration", "past_duration"):
        if detail_only and name == "venue":
            continue  # a venue in a sentence naming no place may be anywhere
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    if other.status == "cancelled" and not (
        detail_only and into.status == "held" and other.kind != into.kind
    ):  # a later line calling off another kind of meeting ('they spoke by phone ... the
        # consultations were postponed') tells another event: the held one stays held
        into.status = "cancelled"
    into.summons |= other.summons
    into.evidence.extend(other.evidence)
    if detail_only:
        return
    if not _two_sided_call(into):  # a call's two sides are set: later states are mentions
        into.parties |= other.parties
    for name in ("city", "city_country", "date"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
