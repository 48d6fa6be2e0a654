"""Meetings: talks, rounds, summits, visits and calls, merged across the article's sentences.

A sentence yields a meeting candidate when a trigger word comes with a place or with two
parties; later candidates merge into an earlier meeting unless the place, parties or month
disagree. Sentences with a trigger but neither only add detail to the current meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.calls import per_counterpart
from ingest.extract.meetings.candidates import (
    Candidate,
    Place,
)
from ingest.extract.meetings.clause_parties import clause_parties, pair_before
from ingest.extract.meetings.collector import Collector
from ingest.extract.meetings.counterparts import further_marked
from ingest.extract.meetings.details import CLAUSE_END, details, to_summit
from ingest.extract.meetings.itinerary import itinerary_visits
from ingest.extract.meetings.listed_dates import listed_dates
from ingest.extract.meetings.margins import add_summit, summit_beside
from ingest.extract.meetings.marks import mark
from ingest.extract.meetings.mediators import MEDIATOR, mediators
from ingest.extract.meetings.parties import meeting_key, place_country
from ingest.extract.meetings.patterns import Patterns, patterns
from ingest.extract.meetings.people_sides import Pending, clause_people, pending_of
from ingest.extract.meetings.places import (
    city_in,
    stops_named,
    topic_start,
)
from ingest.extract.meetings.premises import mark_premises
from ingest.extract.meetings.segments import SegmentRole, round_of_other, segments
from ingest.extract.meetings.summons import (
    denied,
    envoy_states,
    is_summons,
    summoning,
    summons,
    unresolved_seat,
)
from ingest.extract.meetings.tours import dateline_place, earlier_stops, tour_visits
from ingest.extract.meetings.years import earlier_years
from ingest.lang.lexicon import Lexicon, capital_of
from ingest.models import Meeting

# CAMEO code and PLOVER type per meeting kind (CAMEO 04x: consult; 046: negotiate).
EVENT_CODES = {
    "talks": ("046", "CONSULT"), "negotiations": ("046", "CONSULT"),
    "consultations": ("040", "CONSULT"), "meeting": ("040", "CONSULT"),
    "summit": ("043", "CONSULT"), "visit": ("042", "CONSULT"), "call": ("041", "CONSULT"),
}  # fmt: skip


def _candidate(
    ctx: SentenceContext, lo: int, hi: int, art: ArticleContext, *, role: SegmentRole
) -> Candidate | None:
    """The meeting `ctx` tells between `lo` and `hi`; `role` says whether the segment turns to
    an earlier round ('previous') or a further one ('next'), which need no meeting word."""
    lex, pats = art.lex, patterns(art.lex.lang)
    previous, follow = role != "", role == "next"
    text = ctx.local(lo, hi)
    trigger = _trigger(text, pats, lex.lang, _signatories(ctx, lo, hi))
    if trigger is None and not previous:
        return None
    if trigger and _round_of_other(text, trigger, pats):
        return None  # 'die nächste Runde der Sanktionen': a round of something else
    kind = _kind(text, trigger, pats)
    earlier = earlier_stops(ctx, lo, hi, pats)
    topic = min(topic_start(ctx, lo + trigger.end(), hi, lex) if trigger else hi, earlier)
    cand = Candidate(
        kind=kind, previous=previous, parties=clause_parties(ctx, lo, hi, art, kind, topic)
    )
    cand.people, cand.words = clause_people(ctx, lo, topic)
    pair = pair_before(ctx, hi, pats) if trigger else None
    if pair:  # 'the first EU-Moldova summit ... that Brussels fears Moscow will sway'
        cand.parties = pair
    elif trigger is not None:
        per_counterpart(cand, ctx, (lo, lo + trigger.start()), art)
    if trigger is not None:
        mark(cand, text, trigger, pats)
    at = (lo + trigger.start(), lo + trigger.end()) if trigger else (lo, lo)
    city = _city(cand, ctx, (lo, hi), at, art)
    if trigger is not None:
        denial, city = _sides(cand, ctx, art, (lo, text, trigger, earlier), city)
        if denial:
            return None
    _place(cand, city, ctx, hi, pats)
    details(cand, text, follow or bool(pats.future.search(ctx.local(ctx.sentence.start, hi))), art)
    if trigger is not None and not previous:
        _more_dates(cand, text, trigger, art)
    cand.evidence.append(ctx.evidence(f"meeting-trigger:{kind}", 0.8 if city else 0.6))
    mark_premises(cand, ctx, (lo, hi), trigger, pats)
    return cand


def _round_of_other(text: str, trigger: re.Match[str], pats: Patterns) -> bool:
    """Whether the meeting word is a round of something else ('die nächste Runde der
    Sanktionen')."""
    return bool(pats.round_nouns.search(trigger.group())) and round_of_other(
        text, trigger.end(), pats
    )


def _city(
    cand: Candidate,
    ctx: SentenceContext,
    clause: tuple[int, int],
    at: tuple[int, int],
    art: ArticleContext,
) -> Place | None:
    """The place the clause names for the meeting whose word stands at `at`; else, for a clause
    that opens its sentence, the dateline's. A call happens nowhere."""
    lo, hi = clause
    city = city_in(ctx, lo, hi, art.lex, patterns(art.lex.lang), at)
    if city is None and cand.kind != "call" and lo == ctx.sentence.start:
        city = dateline_place(cand, ctx, at[1], hi)
    return city


def _more_dates(cand: Candidate, text: str, trigger: re.Match[str], art: ArticleContext) -> None:
    """The years the clause names for a meeting with no date ('in 1998 and 2003'), or the
    further dates it lists beside a dated one."""
    if cand.date is None:
        years = earlier_years(text, trigger.span(), art.lex.lang, art.published)
        cand.year, cand.more_years = (years[0], tuple(years[1:])) if years else (None, ())
    elif cand.date:
        cand.more_dates = listed_dates(text, cand.date, art.lex)


def _trigger(text: str, pats: Patterns, lang: str, signatories: bool) -> re.Match[str] | None:
    """The meeting word of a clause, unless the clause says no meeting took place. A signing
    verb opens a meeting only where the clause names the signatories and the place ('Antall und
    Kohl unterzeichnen in Budapest'): 'the treaty both states signed in 1998' tells a signing in
    passing. Only the meeting rules read it: to the other readers of meeting words
    (`Patterns.trigger`: places, asides, leader features) a signing verb is none."""
    trigger = pats.trigger(text)
    if trigger is None or not is_summons(trigger.group(), lang):
        trigger = summoning(text, lang) or trigger
    signing = pats.signing.search(text) if signatories else None
    if signing is not None and (trigger is None or signing.start() < trigger.start()):
        trigger = signing
    return None if trigger is not None and _no_meeting(pats, text, trigger) else trigger


# People a signing clause names for it to tell a meeting: one signatory per side.
_SIGNATORIES = 2


def _signatories(ctx: SentenceContext, lo: int, hi: int) -> bool:
    """Whether the clause names two people or more and a place: a signing ceremony."""
    people = sum(lo <= p.start < hi for p in ctx.mentions.people)
    return people >= _SIGNATORIES and any(lo <= p.start < hi for p in ctx.mentions.places)


def _kind(text: str, trigger: re.Match[str] | None, pats: Patterns) -> str:
    kind = pats.trigger_kind(text, trigger) if trigger else "meeting"
    if trigger and kind in {"talks", "meeting"} and pats.call_after(text, trigger):
        kind = "call"  # "s'est entretenu ce jour par téléphone avec"
    if trigger and kind == "visit" and to_summit(text, trigger, pats):
        kind = "summit"
    return kind


def _sides(
    cand: Candidate,
    ctx: SentenceContext,
    art: ArticleContext,
    clause: tuple[int, str, re.Match[str], int],
    city: Place | None,
) -> tuple[bool, Place | None]:
    """The sides a summons, envoys received or a visit name, and the city they place the meeting
    in; True first when the clause denies the summons ('was not summoned')."""
    lo, text, trigger, earlier = clause
    lang, pats = art.lex.lang, patterns(art.lex.lang)
    summoning = cand.summons = is_summons(trigger.group(), lang)
    if summoning and denied(text[: trigger.start()], lang):
        return True, city
    summoned = summons(ctx, art) if summoning else None
    if summoning and pats.repeat.search(_clause_of(text, trigger.end())):
        cand.repeated = True
        cand.evidence.append(ctx.evidence("meeting-repeat", 0.8))
    if summoned:  # 'summoned the X ambassador after ...': the summoner's seat, not the 'after'
        (cand.parties, city), *cand.also = summoned
        cand.evidence.append(ctx.evidence("meeting-summons", 0.8))
    elif summoning and (seat := unresolved_seat(ctx, art, cand.parties)):
        city = seat
    elif envoys := envoy_states(ctx, lang):
        seat = _envoys(cand, envoys)
        city = city or seat
        cand.evidence.append(ctx.evidence("meeting-envoys", 0.8))
    elif cand.kind == "visit":
        span = (lo, lo + trigger.start(), lo + trigger.end())
        city = tour_visits(cand, ctx, span, earlier) or city
        cand.evidence.append(ctx.evidence("meeting-visit", 0.8))
    return False, city


def _place(
    cand: Candidate, city: Place | None, ctx: SentenceContext, hi: int, pats: Patterns
) -> None:
    if city:
        cand.city, cand.city_country, cand.city_capital = city
        cand.city_capital &= not pats.sidelines.search(ctx.local(ctx.sentence.start, hi))


def _clause_of(text: str, at: int) -> str:
    """The text up to the end of the clause going on at `at`: 'summoned the envoy, demanding
    it never happen again' repeats nothing."""
    end = CLAUSE_END.search(text, at)
    return text[: end.start()] if end else text


def _envoys(cand: Candidate, envoys: list[str]) -> Place | None:
    """One meeting per envoy's state, each with the states named besides the envoys (the host,
    or none yet: the article's own country is found once the delegations are known); the
    host's seat, where envoys are received."""
    hosts = cand.parties - set(envoys)
    cand.parties, *others = [hosts | {e} for e in envoys]
    cand.also = [(parties, None) for parties in others]
    cand.one_side_kept = True
    host = next(iter(hosts)) if len(hosts) == 1 else None
    seat = capital_of(host) if host else None
    return (seat, host, True) if seat and host else None  # envoys are received at its seat


def _collect(art: ArticleContext) -> Collector:
    p = art.published
    collector = Collector(month=f"{p.year:04d}-{p.month:02d}" if p.year and p.month else "")
    for ctx in art.sentences:
        told = False
        for lo, hi, role in segments(ctx, art.lex):
            cand = _candidate(ctx, lo, hi, art, role=role)
            told |= cand is not None
            if cand is not None and role == "next":
                cand.previous, cand.follow_up = False, True
            if cand is not None:
                beside = summit_beside(cand, ctx.local(lo, hi), patterns(art.lex.lang))
                cand.further = further_marked(ctx, (lo, hi), art.lex, collector.sides())
                collector.add(cand)
                add_summit(collector.meetings, beside)
                for parties, place in cand.also:  # 'the ambassadors of A, B and C', a tour
                    other = replace(cand, parties=parties, evidence=list(cand.evidence), also=[])
                    if place:
                        other.city, other.city_country, other.city_capital = place
                    collector.add(other)
        _further_stops(collector, ctx, art.lex)
        collector.meetings += itinerary_visits(
            collector.meetings, collector.current or collector.lone, ctx
        )
        host = _host_named(ctx, patterns(art.lex.lang))
        if host and collector.current is not None and collector.current.status == "held":
            collector.current.parties.add(host)
            collector.current.hosts.add(host)
        if told and collector.current is not None:
            _mediated(collector.current, ctx)
    return collector


def _mediated(meeting: Candidate, ctx: SentenceContext) -> None:
    """'Es ist die zweite Runde indirekter Gespräche, unter Vermittlung des Golfstaats Oman':
    the mediating state takes part; it joins once the sides and their heads are settled
    (`add_mediators`), as it heads no side."""
    for code in sorted(mediators(ctx)):
        meeting.evidence.append(ctx.evidence(f"{MEDIATOR}{code}", 0.7))


def _further_stops(collector: Collector, ctx: SentenceContext, lex: Lexicon) -> None:
    """'Wadephul trifft zunächst in Peking ein, am Abend reist er weiter nach Guangzhou': a
    further city of the visited state is a further stop of the visit, a visit of its own
    between the same states."""
    visit = collector.current
    if visit is None or visit.kind != "visit" or visit.city is None or len(visit.parties) != 2:
        return
    host = visit.city_country
    seen = {m.city for m in collector.meetings}
    if all(p.country != host or p.name in seen for p in ctx.mentions.places):
        return  # most sentences name no further city: skip the locative scan
    for place in stops_named(ctx, lex, patterns(lex.lang)):
        if place.country == host and place.name not in seen:
            stop = replace(
                visit, parties=set(visit.parties), evidence=list(visit.evidence), also=[]
            )
            stop.city, stop.city_capital, stop.date = place.name, place.capital, None
            collector.meetings.append(stop)
            seen.add(place.name)


def _host_named(ctx: SentenceContext, pats: Patterns) -> str | None:
    """'Turkije trad op als gastheer', 'Die Schweiz tritt als Gastgeberin auf': the country
    hosting the meeting being described, in a sentence of its own."""
    if not ctx.mentions.countries:
        return None  # the host is a state the sentence names
    match = pats.host.search(ctx.sentence.text)
    if match is None or pats.future.search(ctx.sentence.text):
        return None
    at = ctx.sentence.start + match.start()
    found = [c for c in ctx.mentions.countries if c.kind != "adjective" and 0 <= at - c.end <= 3]
    return found[-1].code if found else None


def _fill_bilateral(meetings: list[Candidate]) -> None:
    """A one-sided visit in an article about a two-country relation involves the other side too."""
    if not meetings or len(meetings[0].parties) != 2:
        return
    for meeting in meetings[1:]:
        if len(meeting.parties) < 2 and meeting.parties <= meetings[0].parties:
            meeting.parties |= meetings[0].parties


def _to_model(cand: Candidate, index: int) -> Meeting:
    cameo, plover = EVENT_CODES.get(cand.kind, ("040", "CONSULT"))
    parties = sorted(cand.parties)
    return Meeting(
        id=node_id(Label.MEETING, str(index)),
        kind=cand.kind, round=cand.round, summons=cand.summons, parties=parties, city=cand.city,
        venue=cand.venue, date=cand.date, time=cand.time, expected_duration=cand.expected_duration,
        past_duration=cand.past_duration, status="cancelled" if cand.status == "cancelled" else
        ("planned" if cand.status == "planned" else "held"), cameo=cameo, plover=plover,
        key_hint=meeting_key(parties, cand.city, cand.date, cand.round), evidence=cand.evidence,
    )  # fmt: skip


def _inherited_parties(earlier: Candidate, follower: Meeting, lang: str) -> set[str]:
    """An earlier round names no parties: the follower's, less the follower's host when the
    earlier round was held elsewhere ('with Swiss hosts in Geneva; the previous round, held in
    Almaty')."""
    parties = set(follower.parties)
    host = place_country(follower.city or "", lang)
    if earlier.city and follower.city and earlier.city != follower.city and len(parties) > 2:
        parties.discard(host or "")
    return parties


def extract_meetings(
    art: ArticleContext,
) -> tuple[list[Meeting], Meeting | None, list[Pending], list[Pending]]:
    """Meetings in article order; earlier rounds follow, linked from the round they precede (held
    even when the text gives one neither date nor place, if it names its own two sides: 'the
    previous round between Russia and Ukraine'; one told only in passing, 'not as long as the
    previous round', is not kept).
    Second, when there is none, the first meeting the article names with one side only: its
    other side may be found once the heads of delegations are known. Third, the meetings told
    with fewer than two states and no place, with the people their clauses name (`people_sides`).
    Fourth, the meetings found with the people their first clauses name (`named_sides`)."""
    collector = _collect(art)
    found, earlier = collector.meetings, collector.earlier
    lone = _to_model(collector.lone, 0) if collector.lone and not found else None
    _fill_bilateral(found)
    models = [_to_model(c, i) for i, c in enumerate(found)]
    by_candidate = {id(c): m for c, m in zip(found, models, strict=True)}
    for cand, later in earlier:
        follower = (
            by_candidate.get(id(later)) if later is not None else (models[0] if models else None)
        )
        own_sides = len(cand.parties) >= 2
        if follower is not None:
            follower.refers_to_previous_round = True
            if len(cand.parties) < 2:  # 'de eerste ronde ... de Russische delegatie'
                cand.parties |= _inherited_parties(cand, follower, art.lex.lang)
                cand.parties -= later.hosts if later is not None else set()
            if cand.round is None and follower.round:
                cand.round = follower.round - 1
        if cand.date or cand.city or own_sides:
            model = _to_model(cand, len(models))
            model.status = "held"
            models.append(model)
            if follower is not None:
                follower.previous = model.id
    sideless = pending_of(collector.sideless)
    pending = [(_to_model(c, len(models) + k), c.people, c.words) for k, c in enumerate(sideless)]
    named = [(by_candidate[id(c)], c.people, c.words) for c in found if c.people or c.words]
    return models, lone, pending, named


def _no_meeting(pats: Patterns, text: str, trigger: re.Match[str]) -> bool:
    """A meeting word that urges ('called on'), names a recall ('for consultations') or sits in a
    set phrase ('in top') tells of no meeting."""
    return (
        pats.is_appeal(text, trigger)
        or pats.is_recall(text, trigger)
        or pats.is_idiom(text, trigger)
    )
