"""Itineraries: 'Stationen der Reise sind Neu Delhi, Pune und Ahmedabad', 'Weitere Ziele sind
Italien und die Türkei', 'Letztes Ziel des Staatsbesuchs wird Chennai sein'. A stop noun joined by
a copula to a list of places or states names further stops of the trip being told: each a visit of
its own, between the trip's visitor and the stop's state, in the stop's city where one is named.
German tells a trip's programme so more than any other language; the words are in every file."""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.candidates import Candidate
from ingest.extract.meetings.parties import GOES_TO, marked_states
from ingest.extract.mentions import Token
from ingest.lang.lexicon import load_lexicon

Stop = tuple[str | None, str, bool]  # the city (None: a state named alone), its state, capital

# Words between the stop noun and its copula: 'Stationen des knapp dreitägigen Besuchs werden'.
_NOUN_REACH = 6


@lru_cache(maxsize=8)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The stop nouns, their copulas, and the words a list of stops holds between two stops."""
    lex = load_lexicon(lang)
    fillers = lex.word_set("list_joiners", "determiners", "capital_nouns")
    return lex.word_set("stop_nouns"), lex.word_set("stop_copulas"), fillers


def _copula(tokens: list[Token], noun: int, copulas: frozenset[str]) -> int | None:
    """The copula that follows the stop noun in the same clause, within `_NOUN_REACH` words."""
    for k in range(noun + 1, min(len(tokens), noun + 1 + _NOUN_REACH)):
        if not tokens[k].text[:1].isalnum():
            return None  # 'Ziel: Verhandlungen', 'Stationen, die': no copula joins a list
        if tokens[k].lower in copulas:
            return k
    return None


def _listed(ctx: SentenceContext, tokens: list[Token], fillers: frozenset[str]) -> list[Stop]:
    """The places and states listed from the first of `tokens` on. A capitalised word between
    two known stops is a stop the gazetteer lacks ('Neu Delhi, Pune und Ahmedabad'); any other
    word ends the list ('wird Chennai sein', 'ist es, ...')."""
    places = {p.start: p for p in ctx.mentions.places}
    states = {c.start: c for c in ctx.mentions.countries if c.kind == "name"}
    stops: list[Stop] = []
    at = tokens[0].start if tokens else 0
    for tok in tokens:
        if tok.start < at:
            continue  # inside a place's name already taken
        if (place := places.get(tok.start)) is not None:
            stops.append((place.name, place.country, place.capital))
            at = place.end
        elif (state := states.get(tok.start)) is not None:
            stops.append((None, state.code, False))
            at = state.end
        elif tok.lower not in fillers and not (stops and tok.text[:1].isupper()):
            break
    return list(dict.fromkeys(stops))


def listed_stops(ctx: SentenceContext) -> list[Stop]:
    """The stops a sentence lists after a stop noun and its copula; empty when it lists none
    ('Ziel des Besuchs ist es, ...')."""
    nouns, copulas, fillers = _words(ctx.lang)
    tokens = ctx.mentions.tokens
    for i, tok in enumerate(tokens):
        if tok.lower not in nouns:
            continue
        k = _copula(tokens, i, copulas)
        stops = _listed(ctx, tokens[k + 1 :], fillers) if k is not None else []
        if stops:
            return stops
    return []


def _visitor(trip: Candidate | None, states: set[str]) -> set[str]:
    """The trip's sides less its host (the state of its city, or the one it goes to) and the
    stops' states; empty when the host is not known ('zum Auftakt seines Deutschland-Besuchs')."""
    if trip is None:
        return set()
    goals = marked_states(trip.evidence, GOES_TO)
    host = {trip.city_country} if trip.city_country and len(trip.parties) > 1 else goals
    visitor = trip.parties - host - states
    return visitor if len(visitor) == 1 else set()


def itinerary_visits(
    meetings: list[Candidate], trip: Candidate | None, ctx: SentenceContext
) -> list[Candidate]:
    """The visits a sentence lists as further stops of `trip` (the meeting being described),
    each new one between the trip's visitor and the stop's state. A state makes a visit only in
    a list and with its visitor known; a city makes one still (the other side may be found once
    the heads of delegations are known), or places the trip itself when that has no place yet."""
    stops = listed_stops(ctx)
    trip = trip or (meetings[-1] if meetings else None)
    visitor = _visitor(trip, {state for _, state, _ in stops})
    cities = {m.city for m in meetings if m.city}
    found: list[Candidate] = []
    for city, state, capital in stops:
        parties = visitor | {state}
        if city in cities or (city is None and not _state_stop(visitor, parties, stops, meetings)):
            continue
        if city and trip is not None and _placeless(trip, state, meetings):
            # its first stop: where the trip itself goes
            trip.city, trip.city_country, trip.city_capital = city, state, capital
            cities.add(city)
            continue
        found.append(_stop_visit(ctx, (city, state, capital), parties, trip))
    return found


def _stop_visit(
    ctx: SentenceContext, stop: Stop, parties: set[str], trip: Candidate | None
) -> Candidate:
    city, state, capital = stop
    visit = Candidate(kind="visit", city=city, city_capital=capital, parties=parties)
    visit.city_country = state if city else None
    visit.status = trip.status if trip is not None else "held"
    visit.evidence.append(ctx.evidence("meeting-itinerary-stop", 0.6))
    if city is None:  # a city found later for it lies in the stop's state, not at home
        visit.evidence.append(ctx.evidence(f"{GOES_TO}{state}", 0.6))
    return visit


def _placeless(trip: Candidate, state: str, meetings: list[Candidate]) -> bool:
    """Whether the trip is a meeting told without a place, going to the stop's state."""
    return trip.city is None and state in trip.parties and any(m is trip for m in meetings)


def _state_stop(
    visitor: set[str], parties: set[str], stops: list[Stop], meetings: list[Candidate]
) -> bool:
    """Whether a state named alone is a visit of its own: the visitor known, the state one of a
    list ('Stationen ... sind Kenia, Angola und Nigeria'; a state named alone, 'Erste Station der
    Reise ist Albanien', is mostly the trip's own destination, told already), not told yet."""
    told = any(m.parties == parties for m in meetings)
    return bool(visitor) and len(stops) > 1 and not told
