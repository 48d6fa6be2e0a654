"""Parties of the meetings an article mentions without naming both sides, settled once the
delegations are known; and the key that identifies a meeting across articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from ingest.extract.meetings.summons import seat_of
from ingest.lang import gazetteer
from ingest.lang.lexicon import capital_of, load_lexicon, phrase_regex
from ingest.models import Delegation, Evidence, Meeting

# States that stood in for today's before a year: Russia's meetings before 1992 were the
# Soviet Union's ('Gromyko's visit to The Hague' in 1972, a 1983 visit to Moscow).
_PREDECESSORS = {"RU": ("SU", 1992)}


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
    """States of the article's year: Russia before 1992 is the Soviet Union."""
    for m in meetings:
        m.parties = as_of(m.parties, year)
        rekey(m)
    for d in delegations:
        country = as_of([d.country], year)[0]
        if country != d.country:  # the id names the country: 'delegation:SU:gromyko'
            prefix, _, rest = d.id.partition(":")
            d.id = ":".join((prefix, country, rest.partition(":")[2]))
            d.country = country


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


def _host(meeting: Meeting, lang: str) -> str | None:
    return place_country(meeting.city or "", lang)


def _summoner(meeting: Meeting, lang: str) -> str | None:
    summoned = any(e.rule == "meeting-summons" for e in meeting.evidence)
    return _host(meeting, lang) if summoned else None


def visit_sides(meetings: list[Meeting], delegations: list[Delegation], lang: str) -> None:
    """A visit is a meeting of the visitor's state and the host's: one held in a city that was
    given more states (states the text mentions around it, 'talks with the leaders of Benin,
    Angola and Cameroon') keeps the city's state and the one other state whose delegation
    belongs to it, when there is exactly one."""
    for meeting in meetings:
        if meeting.kind != "visit" or len(meeting.parties) < 3 or meeting.city is None:
            continue
        host, parties = _host(meeting, lang), set(meeting.parties)
        visitors = {d.country for d in delegations if d.meeting == meeting.id} & parties - {host}
        if host is not None and host in parties and len(visitors) == 1:
            meeting.parties = sorted({host, *visitors})
            rekey(meeting)


def summons_at_seat(meetings: list[Meeting], lang: str) -> None:
    """A summons is held at the summoning ministry: one placed in a town of one of its states
    that is not its seat of government ('le Consul Général Adjoint du Maroc à Oran') is held at
    the seat ('Algiers')."""
    for meeting in meetings:
        state = _host(meeting, lang) if meeting.summons and meeting.city else None
        seat = seat_of(state) if state in meeting.parties and state else None
        if seat is not None and seat != meeting.city:
            meeting.city = seat
            rekey(meeting)


def summoned_side(meeting: Meeting | None, lang: str) -> str | None:
    """The side a summons summons: of its two states, the one whose city it is not held in
    ('Deputy High Commissioner Syed Haider Shah was summoned' in New Delhi: Pakistan)."""
    if meeting is None or not meeting.summons or len(meeting.parties) != 2:
        return None
    summoner = _host(meeting, lang)
    others = set(meeting.parties) - {summoner}
    return others.pop() if summoner in meeting.parties and len(others) == 1 else None


def _guest(
    meeting: Meeting, main: Meeting | None, home: str | None, lang: str, sides: frozenset[str]
) -> str | None:
    """Who travels to (or calls) the one country a meeting names: the main meeting's guest,
    else its other side, else the article's own country."""
    own = set(meeting.parties)
    if main is not None and main is not meeting and _summoner(main, lang) not in {None, *own}:
        return _summoner(main, lang)  # the summoner is the article's protagonist, not the envoy
    if main is not None and main is not meeting:
        guests = set(main.parties) - own - {_host(main, lang)}
        if len(guests) != 1:
            guests = set(main.parties) - own
        if len(guests) == 1:
            return guests.pop()
    if len(sides - own) == 1:  # the one state whose head leads a side elsewhere in the article
        return next(iter(sides - own))
    return home if home and home not in own else None


# The meeting kinds the outlet's state takes part in though the text never names it: its minister
# goes abroad and meets there ('The trade minister met Kenyan officials in Nairobi' on a .ca
# site), its premier calls out. A summit told with one state named is others' news ('le sommet
# de Kinshasa' on a .fr site), as is a meeting of 'the two' ('les deux ministres se sont réunis
# à Lima'): as for the article's only meeting (`one_sided.lone_meeting`), the article's own
# country there is the one it names most.
_OUTLET_SIDE_KINDS = {"visit", "call", "talks", "negotiations", "consultations", "meeting"}

# A call happens nowhere; talks in a city may sit on neutral ground ('Syria talks in Geneva').
_HOSTLESS = {"call", "talks", "negotiations"}


def home_country(counts: Counter[str], hosts: set[str | None], outlet: str | None) -> str | None:
    """The article's own country: the outlet's (a country-code domain), else the one it names
    most often outside the hosts, by a clear margin; or the only one it names besides them."""
    ranked = [(c, n) for c, n in counts.most_common() if c not in hosts]
    home = ranked[0][0] if ranked and (len(ranked) == 1 or (
        ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]
    )) else None  # fmt: skip
    return outlet if outlet and outlet not in hosts else home


def _envoys_received(meeting: Meeting) -> bool:
    """Envoys of several states received at once: each envoy's state is one side, the host the
    other (the article's own country when no other is named)."""
    return any(e.rule == "meeting-envoys" for e in meeting.evidence)


def add_guests(
    meetings: list[Meeting],
    counts: Counter[str],
    lang: str,
    outlet: str | None = None,
    sides: frozenset[str] = frozenset(),
    described: frozenset[str] = frozenset(),
) -> None:
    """'The foreign secretary held talks in Abuja', 'reist door naar Kigali': a visit names the
    host only, and the visitor is the article's protagonist. The article's own country is the
    outlet's (a country-code domain), else the one it names most often outside the hosts and
    the envoys' states, by a clear margin; it receives envoys named with no host. `described`:
    the states whose heads the article describes but ties to no name (see `_neutral_ground`)."""
    received = {
        p for m in meetings if _envoys_received(m) and len(m.parties) == 1 for p in m.parties
    }
    home, named_home = _homes(counts, {*received, *(_host(m, lang) for m in meetings)}, outlet)
    receiver: str | None = None
    for meeting in meetings:
        host = _host(meeting, lang)
        if _neutral_ground(meeting, host, described):
            _join(meeting, described, seat=False, only=True)
            continue
        if pair := _neutral_pair(meeting, host, counts):  # not the host's talks: others'
            _join(meeting, pair, seat=False, only=True)
            continue
        # The Soviet Union received in Moscow is the host already: Russia is no other side.
        hosting = host is not None and within({host}, set(meeting.parties))
        if not meeting.parties and host and meeting.kind != "call":
            meeting.parties = [host]  # 'talks in Bonn' with no side named: Bonn's state hosts
        elif len(meeting.parties) == 1 and host and meeting.kind not in _HOSTLESS and not hosting:
            meeting.parties = sorted({*meeting.parties, host})  # 'received in Weimar': the host
        one_sided = len(meeting.parties) == 1 and (
            meeting.kind == "call"
            or (meeting.city and host is not None and within({host}, set(meeting.parties)))
            or _envoys_received(meeting)
        )
        if not one_sided:
            continue
        main = next((m for m in meetings if len(m.parties) >= 2), None)
        envoys = _envoys_received(meeting)
        guest = (home or receiver) if envoys else None
        own = home if _outlet_side(meeting, lang) else named_home
        guest = guest or _guest(meeting, main, own, lang, sides)
        receiver = receiver or (guest if envoys else None)  # one host receives all the envoys
        if guest is not None and guest not in meeting.parties:
            _join(meeting, {guest}, seat=envoys)


def _outlet_side(meeting: Meeting, lang: str) -> bool:
    """Whether the outlet's state the text never names may be the meeting's other side."""
    evidence = meeting.evidence[0].sentence if meeting.evidence else ""
    pair = phrase_regex(load_lexicon(lang).words("pair_words"))
    return meeting.kind in _OUTLET_SIDE_KINDS and not pair.search(evidence)


def _homes(
    counts: Counter[str], hosts: set[str | None], outlet: str | None
) -> tuple[str | None, str | None]:
    """The article's own country (`home_country`), and the one it stands for where the outlet's
    state the text never names takes no side (see `_OUTLET_SIDE_KINDS`): the one it names most."""
    home = home_country(counts, hosts, outlet)
    unnamed = outlet is not None and home == outlet and not counts[outlet]
    return home, home_country(counts, hosts, None) if unnamed else home


def _neutral_pair(meeting: Meeting, host: str | None, counts: Counter[str]) -> set[str]:
    """Talks told only by a city whose state the article never names ('die Gespräche in Genf')
    sit on neutral ground: their sides are the two states it names most, if two stand out."""
    ranked = [n for _, n in counts.most_common(3)] + [0, 0, 0]
    if host is None or meeting.parties or meeting.kind not in _HOSTLESS - {"call"}:
        return set()
    named = any(n and within({host}, {c}) for c, n in counts.items())
    return set() if named or ranked[1] <= ranked[2] else {c for c, _ in counts.most_common(2)}


def _neutral_ground(meeting: Meeting, host: str | None, described: frozenset[str]) -> bool:
    """'Les deux leaders se sont retrouvés à Singapour ... le président américain ... le
    dirigeant nord-coréen': a meeting told only by its place, in an article that describes the
    heads of two other states, is theirs on neutral ground; the host is no side, and the
    outlet's state is no guest."""
    return (
        meeting.kind != "call"
        and host is not None
        and meeting.parties in ([], [host])
        and len(described - {host}) == 2
    )


def _join(
    meeting: Meeting, guests: set[str] | frozenset[str], *, seat: bool, only: bool = False
) -> None:
    """`guests` take part (with `only`, they alone); with `seat`, the meeting is at the guest's
    capital when it names no place (envoys are received at the host's seat)."""
    if meeting.city is None and seat:
        meeting.city = capital_of(next(iter(guests)))
    meeting.parties = sorted({*guests} if only else {*meeting.parties, *guests})
    rekey(meeting)


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


def fill_cities(
    meetings: list[Meeting], places: list[tuple[str, str, bool]], homes: frozenset[str]
) -> None:
    """A meeting whose own sentences name no place happened where the article places things
    in one of its parties' countries ('Delhi' in the next sentence, the dateline): the first
    such place, never in the state a visit sets out from, nor, for a visit, in a state someone
    goes back to (`homes`: the visitor's). A call happens nowhere."""
    for meeting in meetings:
        if not wants_city(meeting):
            continue
        away = marked_states(meeting.evidence, SETS_OUT_FROM)
        away |= homes if meeting.kind == "visit" else set()
        goals = marked_states(meeting.evidence, GOES_TO)
        city = next(
            (
                name
                for name, country, _ in places
                if within({country}, set(meeting.parties))  # Moscow is a Soviet city too
                and country not in away
                and (not goals or within({country}, goals))
                and (not meeting.summons or name == seat_of(country))
            ),
            None,
        )  # a summons is held at a ministry, in a capital: other places are the cause's
        if city is not None:
            meeting.city = city
            rekey(meeting)


def wants_city(meeting: Meeting) -> bool:
    """Whether `fill_cities` may place the meeting: the article's places are gathered only
    for an article with such a meeting."""
    return meeting.city is None and meeting.kind != "call" and len(meeting.parties) >= 2


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


@lru_cache(maxsize=1)
def _shared_capitals() -> dict[str, frozenset[str]]:
    """Cities that are the seat of more than one party: Brussels (Belgium and the EU)."""
    seats: dict[str, set[str]] = {}
    for code, entry in gazetteer.countries().items():
        if entry.get("capital"):
            seats.setdefault(str(entry["capital"]), set()).add(code)
    return {city: frozenset(codes) for city, codes in seats.items() if len(codes) > 1}


def seat_named(meetings: list[Meeting], named: set[str]) -> None:
    """A meeting in a city that is the seat of two parties ('Brussels': Belgium and the EU) is
    hosted by the one the article names; the city alone named the other."""
    for meeting in meetings:
        seated = _shared_capitals().get(meeting.city or "", frozenset())
        hosts = seated & set(meeting.parties)
        other = seated - hosts
        if len(hosts) == 1 and len(other) == 1 and not hosts & named and other <= named:
            meeting.parties = sorted((set(meeting.parties) - hosts) | other)
            rekey(meeting)
        elif len(hosts) == 2 and len(meeting.parties) > 2 and len(hosts - named) == 1:
            # 'between Brussels and London ... the European Union': the city stood for the one
            # the article names; the other state of its seat was never told
            meeting.parties = sorted(set(meeting.parties) - (hosts - named))
            rekey(meeting)


def seat_envoys_meetings(
    meetings: list[Meeting], delegations: list[Delegation], envoy: Callable[[str | None], bool]
) -> None:
    """A meeting that names no place, between an envoy's state and one other, was held at the
    other's seat, where the envoy is posted or summoned ('the Russian Ambassador ... was summoned
    to the Ministry of Foreign Affairs', in a Macedonian outlet: Skopje). A call happens nowhere."""
    for meeting in meetings:
        if meeting.kind == "call" or meeting.city is not None or len(meeting.parties) != 2:
            continue
        led = [d for d in delegations if d.meeting == meeting.id]
        envoys = {d.country for d in led if envoy(d.leader_role)}
        hosts = set(meeting.parties) - envoys
        if len(envoys) != 1 or len(hosts) != 1:
            continue
        seat = seat_of(hosts.pop())
        if seat is not None:
            meeting.city = seat
            rekey(meeting)
