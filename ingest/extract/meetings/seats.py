"""Where a meeting was held, settled once its parties are known: a summons at the summoning
state's seat, a meeting placed by the article's other places, at a capital shared by two
parties, or at the seat of the state that receives an envoy."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ingest.extract.meetings.parties import (
    GOES_TO,
    SETS_OUT_FROM,
    host_of,
    marked_states,
    rekey,
    within,
)
from ingest.extract.meetings.summons import seat_of
from ingest.lang import gazetteer
from ingest.models import Delegation, Meeting


def summons_at_seat(meetings: list[Meeting], lang: str) -> None:
    """A summons is held at the summoning ministry: one placed in a town of one of its states
    that is not its seat of government ('le Consul Général Adjoint du Maroc à Oran') is held at
    the seat ('Algiers')."""
    for meeting in meetings:
        state = host_of(meeting, lang) if meeting.summons and meeting.city else None
        seat = seat_of(state) if state in meeting.parties and state else None
        if seat is not None and seat != meeting.city:
            meeting.city = seat
            rekey(meeting)


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
