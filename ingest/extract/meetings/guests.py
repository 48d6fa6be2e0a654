"""The side a one-sided meeting lacks: the visitor to a host the text names alone, the host
that receives envoys, the article's own country; and the sides of talks on neutral ground."""

from __future__ import annotations

from collections import Counter

from ingest.extract.meetings.parties import host_of, rekey, within
from ingest.lang.lexicon import capital_of, load_lexicon, phrase_regex
from ingest.models import Meeting


def _summoner(meeting: Meeting, lang: str) -> str | None:
    summoned = any(e.rule == "meeting-summons" for e in meeting.evidence)
    return host_of(meeting, lang) if summoned else None


def _guest(
    meeting: Meeting, main: Meeting | None, home: str | None, lang: str, sides: frozenset[str]
) -> str | None:
    """Who travels to (or calls) the one country a meeting names: the main meeting's guest,
    else its other side, else the article's own country."""
    own = set(meeting.parties)
    if main is not None and main is not meeting and _summoner(main, lang) not in {None, *own}:
        return _summoner(main, lang)  # the summoner is the article's protagonist, not the envoy
    if main is not None and main is not meeting:
        guests = set(main.parties) - own - {host_of(main, lang)}
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
    home, named_home = _homes(counts, {*received, *(host_of(m, lang) for m in meetings)}, outlet)
    receiver: str | None = None
    for meeting in meetings:
        host = host_of(meeting, lang)
        if _neutral_ground(meeting, host, described):
            _join(meeting, described, seat=False, only=True)
            continue
        if pair := _neutral_pair(meeting, host, counts):  # not the host's talks: others'
            _join(meeting, pair, seat=False, only=True)
            continue
        _add_host(meeting, host)
        if not _one_sided(meeting, host):
            continue
        main = next((m for m in meetings if len(m.parties) >= 2), None)
        envoys = _envoys_received(meeting)
        guest = (home or receiver) if envoys else None
        own = home if _outlet_side(meeting, lang) else named_home
        guest = guest or _guest(meeting, main, own, lang, sides)
        receiver = receiver or (guest if envoys else None)  # one host receives all the envoys
        if guest is not None and guest not in meeting.parties:
            _join(meeting, {guest}, seat=envoys)


def _add_host(meeting: Meeting, host: str | None) -> None:
    """The state of the meeting's city as a side: of talks with no side named ('talks in Bonn'),
    or of a meeting that names one other side and is no call or talks ('received in Weimar')."""
    # The Soviet Union received in Moscow is the host already: Russia is no other side.
    hosting = host is not None and within({host}, set(meeting.parties))
    if not meeting.parties and host and meeting.kind != "call":
        meeting.parties = [host]  # 'talks in Bonn' with no side named: Bonn's state hosts
    elif len(meeting.parties) == 1 and host and meeting.kind not in _HOSTLESS and not hosting:
        meeting.parties = sorted({*meeting.parties, host})  # 'received in Weimar': the host


def _one_sided(meeting: Meeting, host: str | None) -> bool:
    """Whether the meeting lacks a guest: a call with one side, a meeting held in its one
    side's city, or envoys received."""
    return len(meeting.parties) == 1 and bool(
        meeting.kind == "call"
        or (meeting.city and host is not None and within({host}, set(meeting.parties)))
        or _envoys_received(meeting)
    )


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
