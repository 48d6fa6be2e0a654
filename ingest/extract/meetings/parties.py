"""Parties of the meetings an article mentions without naming both sides, settled once the
delegations are known; the states of an era; and the key that identifies a meeting across
articles. Where a meeting is held is `seats`; the side a one-sided meeting lacks is `guests`."""

from __future__ import annotations

from functools import lru_cache

from ingest.lang import gazetteer
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Delegation, Evidence, Meeting

# States that stood in for today's before a year: Russia's meetings before 1992 were the
# Soviet Union's ('Gromyko's visit to The Hague' in 1972, a 1983 visit to Moscow); Serbia's
# (Belgrade's) before 1992 Yugoslavia's, Czechia's (Prague's) before 1993 Czechoslovakia's.
_PREDECESSORS = {"RU": ("SU", 1992), "RS": ("YU", 1992), "CZ": ("CS", 1993)}


def past_states() -> frozenset[str]:
    """The states of the past that stood for today's: the Soviet Union, Yugoslavia..."""
    return frozenset(old for old, _ in _PREDECESSORS.values())


def as_of(codes: list[str], year: int | None) -> list[str]:
    """`codes` with each state replaced by the one that stood for it in `year`."""
    if year is None:
        return codes
    swap = {code: old for code, (old, until) in _PREDECESSORS.items() if year < until}
    return sorted({swap.get(code, code) for code in codes}) if swap else codes


def states_of_era(codes: set[str]) -> set[str]:
    """Today's states of `codes` whose predecessor `codes` names as well (Russia beside the
    Soviet Union): the same side, told once by its city and once by its name."""
    return {code for code, (old, _) in _PREDECESSORS.items() if code in codes and old in codes}


def within(codes: set[str], others: set[str]) -> bool:
    """Whether every state of `codes` is one of `others` in some era ('SU' is 'RU' of 1983)."""
    return set(as_of(sorted(codes), 0)) <= set(as_of(sorted(others), 0))


def as_of_year(meetings: list[Meeting], delegations: list[Delegation], year: int | None) -> None:
    """States of each meeting's year, its date's or else the article's `year`: Russia before
    1992 is the Soviet Union, in a 2017 article recalling a visit to Moscow in 1955 as well. A
    delegation takes the year of its meeting."""
    years: dict[str, int | None] = {}
    for m in meetings:
        years[m.id] = own = year_of(m.date) or year
        m.parties = as_of(m.parties, own)
        rekey(m)
    for d in delegations:
        country = as_of([d.country], years.get(d.meeting or "", year))[0]
        if country != d.country:  # the id names the country: 'delegation:SU:gromyko'
            prefix, _, rest = d.id.partition(":")
            d.id = ":".join((prefix, country, rest.partition(":")[2]))
            d.country = country


def year_of(date: str | None) -> int | None:
    """The year of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def meeting_key(parties: list[str], city: str | None, date: str | None, round_: int | None) -> str:
    return "|".join(["-".join(parties), city or "", date or "", str(round_ or "")])


def rekey(meeting: Meeting) -> None:
    """The meeting's key again, once its parties, city, date or round changed."""
    meeting.key_hint = meeting_key(meeting.parties, meeting.city, meeting.date, meeting.round)


def settle(meeting: Meeting, parties: set[str], told: list[Meeting]) -> bool:
    """Gives a pending meeting `parties`, unless a meeting of those states is among `told`
    already (its clause tells that meeting again); whether it did."""
    if any(within(parties, set(m.parties)) for m in told):
        return False
    meeting.parties = sorted(parties)
    rekey(meeting)
    return True


def fill_bilateral(meetings: list[Meeting], lang: str, sides: set[str] | None = None) -> None:
    """Once delegations have joined their meetings: one-sided meetings of the article involve
    the main meeting's parties too (see `meetings._fill_bilateral`); 'between the two
    ministers' involves the two countries that sent delegations (a mediator sends none)."""
    main = next((m for m in meetings if len(m.parties) >= 2), None)
    if main is None:
        return
    pair = phrase_regex(load_lexicon(lang).words("pair_words"))
    for meeting in meetings:
        if len(meeting.parties) >= 2 or not set(meeting.parties) <= set(main.parties):
            continue
        core = set(main.parties)
        evidence = meeting.evidence[0].sentence if meeting.evidence else ""
        if sides and len(sides) == 2 and sides <= core and pair.search(evidence):
            core = sides
        meeting.parties = sorted(core)
    for meeting in meetings:
        rekey(meeting)


@lru_cache(maxsize=8)
def _place_countries(lang: str) -> dict[str, str]:
    return {p.name: p.country for p in load_lexicon(lang).places.values()}


def place_country(city: str, lang: str) -> str | None:
    return _place_countries(lang).get(city) or gazetteer.towns().get(city)


def host_of(meeting: Meeting, lang: str) -> str | None:
    """The state of the city the meeting is held in."""
    return place_country(meeting.city or "", lang)


def visit_sides(meetings: list[Meeting], delegations: list[Delegation], lang: str) -> None:
    """A visit is a meeting of the visitor's state and the host's: one held in a city that was
    given more states (states the text mentions around it, 'talks with the leaders of Benin,
    Angola and Cameroon') keeps the city's state and the one other state whose delegation
    belongs to it, when there is exactly one."""
    for meeting in meetings:
        if meeting.kind != "visit" or len(meeting.parties) < 3 or meeting.city is None:
            continue
        host, parties = host_of(meeting, lang), set(meeting.parties)
        visitors = {d.country for d in delegations if d.meeting == meeting.id} & parties - {host}
        if host is not None and host in parties and len(visitors) == 1:
            meeting.parties = sorted({host, *visitors})
            rekey(meeting)


def summoned_side(meeting: Meeting | None, lang: str) -> str | None:
    """The side a summons summons: of its two states, the one whose city it is not held in
    ('Deputy High Commissioner Syed Haider Shah was summoned' in New Delhi: Pakistan)."""
    if meeting is None or not meeting.summons or len(meeting.parties) != 2:
        return None
    summoner = host_of(meeting, lang)
    others = set(meeting.parties) - {summoner}
    return others.pop() if summoner in meeting.parties and len(others) == 1 else None


# The rule of a meeting's evidence that names a state a line merged into it mentions besides both
# its sides, in no place (`collector._further_states`): 'meeting-mentions-only:TR'.
MENTIONED_ONLY = "meeting-mentions-only:"
# The rule of a visit's evidence that names the state it sets out from (a dateline in the
# visitor's own state: 'NEW DELHI (Reuters) - Prime Minister Narendra Modi will visit Japan').
SETS_OUT_FROM = "meeting-sets-out-from:"
# The rule of a visit's evidence that names the one state it goes to ('a 5-day trade mission to
# Zambia'): the article's places elsewhere are the visitor's ('from Cape Town').
GOES_TO = "meeting-goes-to:"
# The rule of a tour stop's evidence that names all the tour's states, when its clause names no
# visitor ('Ze reist naar Marokko, Tunesië en Algerije'): 'meeting-tour-of:DZ,MA,TN'.
TOUR_OF = "meeting-tour-of:"


def marked_states(evidence: list[Evidence], mark: str) -> set[str]:
    """The states the evidence rules of a meeting mark with `mark` (`SETS_OUT_FROM`,
    `GOES_TO`: 'meeting-goes-to:ZM')."""
    return {e.rule.removeprefix(mark) for e in evidence if e.rule.startswith(mark)}


def unmarked(evidence: list[Evidence], mark: str, states: set[str]) -> list[Evidence]:
    """The evidence without the rules that mark one of `states` with `mark` (`marked_states`
    reads them)."""
    return [
        e for e in evidence if not (e.rule.startswith(mark) and e.rule.removeprefix(mark) in states)
    ]


def wants_callee(meeting: Meeting) -> bool:
    """Whether `add_callees` may complete the meeting: a call with one side known."""
    return meeting.kind == "call" and len(meeting.parties) == 1


def add_callees(meetings: list[Meeting], seats: set[str]) -> None:
    """A call of which one side is known, in an article naming the seat of one other state's
    government ('a fait savoir l'Elysée ... à la Maison Blanche'): that state is the other side."""
    for meeting in meetings:
        others = seats - set(meeting.parties)
        if wants_callee(meeting) and len(others) == 1:
            meeting.parties = sorted({*meeting.parties, *others})
            rekey(meeting)


def drop_mentioned(meetings: list[Meeting], delegations: list[Delegation]) -> None:
    """Once the leaders are chosen: the states only mentioned beside a meeting's two sides
    (`MENTIONED_ONLY`) are no parties of it, unless a delegation of theirs joined it."""
    for meeting in meetings:
        mentioned = marked_states(meeting.evidence, MENTIONED_ONLY)
        mentioned -= {d.country for d in delegations if d.meeting == meeting.id}
        if mentioned & set(meeting.parties):
            meeting.parties = sorted(set(meeting.parties) - mentioned)
            rekey(meeting)
