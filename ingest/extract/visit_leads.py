"""The head of a visit, named as the one who travels: 'President X arrived in Washington',
'Ministerpräsident X reist in die Republik Indien', 'X entame une visite d'État en Chine',
'Minister X brengt een bezoek aan Cuba'.

A visit's report seldom says 'led by': the person the travel sentence is about (its first named
person, before the travel verb or the visit noun) heads their state's side. The leader model
scores many such pairs low, since its features do not tell the traveller from the one visited;
the sentence does when it names where the person goes, a state other than their own, and no
one receives anyone in it. Being its subject says less than 'led by', so it only fills a side
nothing else has led.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegations import LeadFinding
from ingest.extract.mentions import PersonMention
from ingest.extract.mission_leads import no_head
from ingest.extract.officeholders import known_state
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import filled_side, open_meeting
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Delegation, Meeting
from ingest.text.whole_words import find_whole

_REACH = 100  # characters from the person to the travel word: it stands in their own clause
_MAX_PEOPLE = 2  # a sentence naming more lists a visit's party or its hosts, not who travels


@dataclass(frozen=True)
class VisitWords:
    travel: re.Pattern[str]  # 'arrived in', 'reist', 'visite d'État': a visit's own words
    received: re.Pattern[str]  # 'received', 'empfing': someone in the sentence hosts
    said: re.Pattern[str]  # 'said': the subject speaks of a visit, not on one
    members: re.Pattern[str]  # 'accompanied by X': X is a member, not the head
    pronouns: re.Pattern[str]  # 'he', 'er': the subject is one named before
    invited: re.Pattern[str]  # 'at the invitation of X': X is the host
    stops: frozenset[str]  # 'not', 'and', 'who' between the person and the word: not theirs
    hedges: re.Pattern[str]  # 'wants to', 'wil': a visit only wished for
    earlier: re.Pattern[str]  # 'after', 'na': a visit told as the time of another event


@lru_cache(maxsize=8)
def visit_words(lang: str) -> VisitWords:
    lex = load_lexicon(lang)
    kinds = {**lex.mapping("meeting_verbs"), **lex.mapping("meeting_nouns")}
    return VisitWords(
        travel=phrase_regex([w for w, kind in kinds.items() if kind == "visit"]),
        received=phrase_regex(lex.words("reception_verbs")),
        said=phrase_regex(lex.words("speech_verbs")),
        members=phrase_regex(lex.words("member_phrases")),
        pronouns=phrase_regex(lex.words("pronouns")),
        invited=phrase_regex(lex.words("invitation_words")),
        stops=frozenset(w.lower() for w in (*lex.words("relative_pronouns"),
                        *lex.words("negation_words"), *lex.words("side_gap_stops"))),
        hedges=phrase_regex(lex.words("hedge_words")),
        earlier=phrase_regex(lex.words("earlier_stop_words")),
    )  # fmt: skip


def visit_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states no leading phrase, model pair or mission sentence gave a head,
    headed by the person a travel sentence is about, for a meeting of their state's or of the
    state they go to (a visit's guest side may be added to it only later), else one whose
    sides are not known yet: a trip the article's meetings do not touch is told by the way."""
    led = {d.country for d in delegations}
    out: list[Delegation] = []
    for ctx in art.sentences:
        for lead, goes in visit_leads(ctx, art, registry, meetings):
            country, person = lead.country, registry.find(lead.leader.name)
            if country in led or person is None or person.title is None:
                continue
            meeting = open_meeting(meetings, country, goes)
            if meeting is None and meetings:
                continue  # the article's meetings are others: the trip is told by the way
            led.add(country)
            evidence = ctx.evidence(lead.rule, lead.confidence)
            out.append(filled_side(country, person, meeting, evidence))
    return out


def visit_leads(
    ctx: SentenceContext, art: ArticleContext, registry: PeopleRegistry, meetings: list[Meeting]
) -> list[tuple[LeadFinding, str]]:
    """The sentence's first named person travels to the first state it names after them (the
    second of each pair), and heads their own state's side: the one the sentence or the
    article gives them, the one they hold office in, else the home side of the trip
    (`_home_side`)."""
    people = _people(ctx, registry)
    if not people or len(people) > _MAX_PEOPLE:
        return []
    words = visit_words(art.lex.lang)
    s = ctx.sentence
    if words.received.search(s.text):
        return []  # someone is received: the subject may be the host
    person = people[0]
    word = words.travel.search(s.text, person.span_end - s.start)
    if word is None or word.start() + s.start - person.span_end > _REACH:
        return []
    at = s.start + word.start()
    if no_head(person) or _aside(ctx, person, at, words):
        return []
    goes = _destination(ctx, person.span_end)
    if goes is None:
        return []
    known = registry.find(person.name)
    states = (person.country, known.country if known else None,
              known_state(person.name, art.years), _home_side(art, meetings, goes))  # fmt: skip
    country = next((c for c in states if c), None)
    if country is None or goes == country:
        return []
    return [(LeadFinding(country, person, "lead-visit", 0.7), goes)]


def _home_side(art: ArticleContext, meetings: list[Meeting], goes: str) -> str | None:
    """The state a traveller of no stated state stands for: the outlet's, as a trip abroad is
    news at home; but where the article names the outlet's state nowhere (it tells of others'
    affairs) and its meetings in the state he goes to face one other state, that one (an
    almanac's 'X, secrétaire au Commerce, se rend dans la capitale soviétique', at the American
    president's meetings in Moscow)."""
    outlet = art.outlet_country
    sides = {p for m in meetings if goes in m.parties for p in m.parties} - {goes}
    unnamed = outlet is not None and not art.country_counts[outlet]
    return sides.pop() if unnamed and len(sides) == 1 and outlet not in sides else outlet


def _people(ctx: SentenceContext, registry: PeopleRegistry) -> list[PersonMention]:
    """The sentence's titled people, and the article's titled people it names by their full
    name alone ('Patrice TALON entame une visite d'État', titled in the sentence before): a
    title stated once holds for the article. In order."""
    found = list(ctx.mentions.people)
    s = ctx.sentence
    for person in registry.people:
        if not person.title or " " not in person.name:
            continue
        at = find_whole(s.text, person.name)
        if at < 0:
            continue
        lo, hi = s.start + at, s.start + at + len(person.name)
        if any(p.span_start < hi and lo < p.span_end for p in found):
            continue
        found.append(PersonMention(
            name=person.name, start=lo, end=hi, span_start=lo, span_end=hi, title=person.title,
            role=person.role, country=person.country, rule="article-name",
        ))  # fmt: skip
    return sorted(found, key=lambda p: p.span_start)


def _destination(ctx: SentenceContext, after: int) -> str | None:
    """The first state named after the traveller, by its name, its capital or a town."""
    found = [(c.start, c.code) for c in ctx.mentions.countries
             if c.start >= after and c.kind != "adjective"]  # fmt: skip
    found += [(p.start, p.country) for p in ctx.mentions.places if p.start >= after]
    return min(found)[1] if found else None


def _aside(ctx: SentenceContext, person: PersonMention, word: int, words: VisitWords) -> bool:
    """'X said the visit ...': a speaker tells of a visit; 'accompanied by X', 'at the
    invitation of X', 'he and X': X is a member, the host or not the subject; 'X's visit',
    'X accompanied Y on a visit', 'X, who never visited', 'X and Y travel', 'X wants to
    visit', 'after X came here': a visit told of by the way (often another, earlier one),
    another's, denied, wished for, or not X's alone."""
    s = ctx.sentence
    if words.said.search(ctx.local(s.start, word)) is not None:
        return True
    if any(t.possessive and t.end == person.span_end for t in ctx.mentions.tokens):
        return True
    if any(person.span_end <= p.start < word for p in ctx.mentions.people):
        return True
    gap = ctx.mentions.tokens[ctx.mentions.index_from(person.span_end) :]
    if any(t.lower in words.stops for t in gap if t.start < word):
        return True
    if words.hedges.search(ctx.local(person.span_end, word)) is not None:
        return True
    before = ctx.local(s.start, person.span_start)
    cues = (words.members, words.pronouns, words.invited, words.earlier)
    return any(p.search(before) is not None for p in cues)
