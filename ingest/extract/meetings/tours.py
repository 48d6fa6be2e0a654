"""Tours: 'reiste nach Paris, Brüssel und Warschau', 'het bezoek aan Den Haag, Brussel en
Luxemburg'. Each city of the list is a visit of its own, between the visitor's state and the
city's; a capital after the first is no visiting state ('Brüssel' read as Belgium). A word of
sequence ('and then', 'puis', 'sowie') or a bracketed state ('Djidda (Saudi-Arabien)') keeps
the list going; a verb that ends its clause takes the list before it ('wird nach Chile und Peru
reisen'). Where a visit goes: the state named right after the visit word, which a dateline in
another state does not place."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.candidates import Candidate, Place, merge
from ingest.extract.meetings.parties import GOES_TO, SETS_OUT_FROM, TOUR_OF
from ingest.extract.meetings.patterns import Patterns
from ingest.extract.meetings.places import dateline_city
from ingest.extract.mentions import CountryMention, PlaceMention
from ingest.lang.lexicon import load_lexicon, phrase_regex

Stop = tuple[str | None, str, bool]  # a stop's city (None: its state alone), state, capital

_PREP_LETTERS = 4  # 'nach', 'naar', 'aan', 'to', 'à': a short lower-case word opens the list
_LIST_WORD = re.compile(r"\w+|[^\w\s]")
_DAY = re.compile(r"\b\d{1,2}\b\.?")  # a stop's day of the month: 'am 30. Oktober', 'on 12 May'


@lru_cache(maxsize=8)
def _fillers(lang: str) -> frozenset[str]:
    """Words a list of stops may hold between two of them: joiners, articles, prepositions and
    the day of a stop ('Namibia on Friday and Botswana on Saturday', 'nach Kenia und am 30.
    Oktober weiter nach Tansania')."""
    lex = load_lexicon(lang)
    words = lex.words("list_joiners") + lex.words("determiners") + lex.words("locative_preps")
    words += lex.words("weekday_preps") + list(lex.mapping("weekdays"))
    words += list(lex.mapping("months"))
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=8)
def _sequencers(lang: str) -> re.Pattern[str]:
    """Words of sequence between two stops ('Jakarta and then Abu Dhabi', 'à Alger puis au
    Maroc', 'Riad sowie Abu Dhabi'): the list of stops goes on past them."""
    return phrase_regex(load_lexicon(lang).words("stop_sequencers"))


# A state named in brackets after a stop, or a stop's cities after its state: 'Djidda
# (Saudi-Arabien) sowie Abu Dhabi', 'in die Volksrepublik China (Peking, Shanghai)'.
_BRACKETED = re.compile(r"\([^()]{0,60}\)")


def _joined(between: str, fillers: frozenset[str], lang: str = "") -> bool:
    """Whether only list words (or a word of sequence, in `lang`) stand between two stops."""
    bare = _sequencers(lang).sub(" ", between) if lang else between
    words = _LIST_WORD.findall(_DAY.sub(" ", bare).lower())
    return bool(words or bare != between) and all(w in fillers for w in words)


def _bare(ctx: SentenceContext, start: int, end: int) -> str:
    """The text between two stops, without a bracketed state ('(Saudi-Arabien)') or the
    brackets around a state's cities ('China (Peking, Shanghai) und Korea (Seoul)'): those
    tell where the stops lie, not another stop. Other brackets are kept, and break the list."""
    text = ctx.local(start, end)
    if "(" not in text and ")" not in text:
        return text
    for c in ctx.mentions.countries:
        if start <= c.start and c.end <= end:
            lo, hi = c.start - start, c.end - start
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    if any(any(ch.isalpha() for ch in m.group()) for m in _BRACKETED.finditer(text)):
        return ctx.local(start, end)
    return text.replace("(", " ").replace(")", " ")


def _opened(ctx: SentenceContext, place: PlaceMention) -> bool:
    """Whether a short lower-case word ('nach', 'to') opens the list at `place`, or a bracket
    right after a state's name: 'in die Volksrepublik China (Peking, Shanghai, Hangzhou)'."""
    k = ctx.mentions.index_past(place.start)
    before = ctx.mentions.tokens[max(0, k - 1) : k]
    if before and before[0].text == "(":
        at = before[0].start
        return any(c.kind == "name" and 0 <= at - c.end <= 1 for c in ctx.mentions.countries)
    return bool(before) and before[0].text.islower() and len(before[0].text) <= _PREP_LETTERS


def tour_stops(
    ctx: SentenceContext, after: int, hi: int, *, goal: bool = False
) -> list[PlaceMention]:
    """The cities of the first list of two or more after `after` (the visit word) and before
    `hi`, opened by a preposition (with `goal`, one of place or destination); empty when there
    is none."""
    places = [p for p in ctx.mentions.places if after <= p.start < hi]
    fillers = _fillers(ctx.lang)
    for i, first in enumerate(places):
        if not _opened(ctx, first) or (goal and not _goal_opened(ctx, first.start)):
            continue
        run = [first]
        for nxt in places[i + 1 :]:
            if not _joined(_bare(ctx, run[-1].end, nxt.start), fillers, ctx.lang):
                break
            run.append(nxt)
        if len({p.name for p in run}) > 1:
            return list({p.name: p for p in run}.values())
    return []


_COUNTRY_REACH = 3  # words between the visit word and the first state: 'naar', 'to the'


def destination(ctx: SentenceContext, after: int, hi: int) -> CountryMention | None:
    """'will visit Japan', 'reist am Montag nach Indien': the state named right after the visit
    word, where the visit goes."""
    names = [c for c in ctx.mentions.countries if after <= c.start < hi and c.kind == "name"]
    if not names or len(ctx.local(after, names[0].start).split()) > _COUNTRY_REACH:
        return None
    return names[0]


def goes_to(cand: Candidate, ctx: SentenceContext, after: int, hi: int) -> None:
    """'a 5-day trade mission to Zambia', 'op werkbezoek naar Brazilië', 'will visit Japan': the
    state a visit goes to, named right after the visit word or a preposition of place, marked
    in its evidence; not 'Arbeitsbesuch des Aussenministers der Republik Peru', the visitor's."""
    goal = destination(ctx, after, hi)
    if goal is None:
        return
    k = ctx.mentions.index_past(goal.start)
    words = [t.lower for t in ctx.mentions.tokens[:k] if t.start >= after]
    lex = load_lexicon(ctx.lang)
    while words and words[-1] in lex.word_set("determiners"):
        words.pop()
    if not words or words[-1] in lex.word_set("destination_preps", "locative_preps"):
        cand.evidence.append(ctx.evidence(f"{GOES_TO}{goal.code}", 0.6))


def dateline_place(cand: Candidate, ctx: SentenceContext, after: int, hi: int) -> Place | None:
    """The dateline's city places the meeting, but for a visit to another state ('NEW DELHI
    (Reuters) - Prime Minister Narendra Modi will visit Japan'): there it names where the
    visitor sets out from, so only the visitor's state. So too for leaders travelling to a
    summit."""
    city = dateline_city(ctx, ctx.lang)
    journey = cand.kind in {"visit", "summit"}  # 'arrived in Saudi Arabia for the summit'
    goal = destination(ctx, after, hi) if city is not None and journey else None
    if city is None or goal is None or goal.code == city[1]:
        return city
    if cand.kind == "summit":
        return None  # the summit is held where they travel to; the dateline's state is no side
    cand.parties |= {goal.code, city[1]}
    cand.evidence.append(ctx.evidence(f"{SETS_OUT_FROM}{city[1]}", 0.6))
    return None


def _goal_opened(ctx: SentenceContext, at: int) -> bool:
    """Whether a preposition of place or destination (after any article) opens the list at
    `at`, or a bracket after a state's name: 'nach Chile und Peru', 'China (Peking, ...)'."""
    k = ctx.mentions.index_past(at)
    lex = load_lexicon(ctx.lang)
    openers = lex.word_set("destination_preps", "locative_preps")
    articles = lex.word_set("determiners")
    while k > 0 and ctx.mentions.tokens[k - 1].lower in articles:
        k -= 1
    return k > 0 and ctx.mentions.tokens[k - 1].lower in openers | {"("}


# Verb-final clauses: 'wird nach Chile und Peru reisen', 'zal naar Marokko en Tunesië reizen'.
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,;:.!?]|$)")


def stops_before(ctx: SentenceContext, span: tuple[int, int, int], hi: int) -> list[Stop]:
    """The stops listed before a visit verb that ends its clause ('wird ... nach Riad und Abu
    Dhabi reisen'): its cities, else its states, opened by a preposition of place or
    destination; empty when the verb does not end the clause or no such list stands there."""
    lo, start, after = span
    if not _CLAUSE_CLOSE.match(ctx.local(after, hi)):
        return []
    cities = tour_stops(ctx, lo, start, goal=True)
    if cities:
        return [(p.name, p.country, p.capital) for p in cities]
    names = [c for c in ctx.mentions.countries if lo <= c.start < start and c.kind == "name"]
    for i, first in enumerate(names):
        if _goal_opened(ctx, first.start) and (run := _stop_run(ctx, names[i:])):
            return [(None, c.code, False) for c in run]
    return []


def country_stops(ctx: SentenceContext, after: int, hi: int) -> list[CountryMention]:
    """'staatsbezoeken naar Griekenland en Zweden', 'will visit Saudi Arabia and the United
    Arab Emirates': two or more states listed right after the visit word, each a visit of its
    own; empty when there is none."""
    names = [c for c in ctx.mentions.countries if after <= c.start < hi and c.kind == "name"]
    if not names:
        return []
    if len(ctx.local(after, names[0].start).split()) <= _COUNTRY_REACH:
        return _stop_run(ctx, names)
    # farther on, a list its own opener opens: 'a visit to Africa ... talks with the leaders of
    # A, B and C'
    for i, first in enumerate(names):
        if _stop_opened(ctx, after, first) and (run := _stop_run(ctx, names[i:])):
            return run
    return []


def _stop_run(ctx: SentenceContext, names: list[CountryMention]) -> list[CountryMention]:
    """The states listed from `names[0]` on, joined by list words; empty unless two or more."""
    fillers = _fillers(ctx.lang)
    run = [names[0]]
    for nxt in names[1:]:
        if not _joined(ctx.local(run[-1].end, nxt.start), fillers, ctx.lang):
            break
        run.append(nxt)
    stops = list({c.code: c for c in run}.values())
    return stops if len(stops) > 1 else []


def _stop_opened(ctx: SentenceContext, after: int, first: CountryMention) -> bool:
    """Whether a list of states farther from the visit word is opened as its stops are: by a
    preposition of place or a stop opener ('nach', 'with the leaders of', 'in die Länder')."""
    words = ctx.local(after, first.start).lower().split()
    lex = load_lexicon(ctx.lang)
    while words and words[-1] in lex.word_set("determiners"):
        words.pop()
    openers = lex.word_set("destination_preps", "locative_preps", "stop_openers")
    return bool(words) and (words[-1] in openers or " ".join(words[-2:]) in openers)


_STOP_REACH = 3  # words between 'after' and the visit noun: 'na een officieel bezoek aan'


def earlier_stops(ctx: SentenceContext, lo: int, hi: int, pats: Patterns) -> int:
    """Where 'after visits to A and B', 'na een bezoek aan A' begins: the states named from
    there are earlier stops of the tour, not parties of the visit being told."""
    after = _earlier_words(ctx.lang)
    for t in ctx.mentions.tokens:
        if lo <= t.start < hi and t.lower in after:
            rest = ctx.local(t.end, hi)
            found = pats.trigger(rest)
            if (
                found
                and len(rest[: found.start()].split()) < _STOP_REACH
                and (pats.trigger_kind(rest, found) == "visit")
            ):
                return t.start
    return hi


@lru_cache(maxsize=8)
def _earlier_words(lang: str) -> frozenset[str]:
    return frozenset(load_lexicon(lang).words("earlier_stop_words"))


def tour_visits(
    cand: Candidate, ctx: SentenceContext, span: tuple[int, int, int], hi: int
) -> Place | None:
    """'reiste nach Paris, Brüssel und Warschau': the first city is this visit's, the others
    visits of their own (kept in `also`). `span` is the clause's start and the visit word's."""
    after = span[2]
    places: list[Stop] = [(p.name, p.country, p.capital) for p in tour_stops(ctx, after, hi)]
    if not places and not (places := stops_before(ctx, span, hi)):
        _country_tour(cand, ctx, after, hi)
        return None
    cand.stops = frozenset(country for _, country, _ in places)
    visitors = cand.parties - cand.stops
    _mark_unvisited(cand, ctx, visitors)
    cand.parties, *others = [visitors | {country} for _, country, _ in places]
    cand.also = [
        (parties, (city, country, capital) if city else None)
        for parties, (city, country, capital) in zip(others, places[1:], strict=True)
    ]
    city, country, capital = places[0]
    return (city, country, capital) if city is not None else None


def _country_tour(cand: Candidate, ctx: SentenceContext, after: int, hi: int) -> None:
    """'staatsbezoeken naar Griekenland en Zweden': one visit per state listed, each between
    the visitor and that state, with no city."""
    stops = country_stops(ctx, after, hi)
    if not stops:
        goes_to(cand, ctx, after, hi)  # one state or none: the visit goes there
    else:
        cand.stops = frozenset(c.code for c in stops)
        visitors = cand.parties - cand.stops
        _mark_unvisited(cand, ctx, visitors)
        cand.parties, *others = [visitors | {c.code} for c in stops]
        cand.also = [(parties, None) for parties in others]


def _mark_unvisited(cand: Candidate, ctx: SentenceContext, visitors: set[str]) -> None:
    """'Ze reist naar Marokko, Tunesië en Algerije': a tour whose visitor the clause does not
    name. Its stops are marked with the tour's states, so that the visitor found for one stop
    is the visitor of the others too (`one_sided.tour_stops`)."""
    if not visitors and len(cand.stops) > 1:
        cand.evidence.append(ctx.evidence(f"{TOUR_OF}{','.join(sorted(cand.stops))}", 0.6))


def tour_again(meetings: list[Candidate], cand: Candidate) -> bool:
    """'Scholz reist nach Nigeria und Ghana ... wird er mit dem nigerianischen Präsidenten, dem
    ghanaischen Präsidenten zusammentreffen': a later clause naming two stops of a tour tells
    the tour again, no meeting of the stops with each other; merged, as a detail, into the
    first stop it names."""
    if cand.stops:
        return False  # a stop of a tour itself
    for m in meetings:
        if len(m.stops & cand.parties) > 1 and m.parties & cand.parties & m.stops:
            merge(m, cand, detail_only=True)
            return True
    return False
