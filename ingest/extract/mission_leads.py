"""The head of a trade mission, named as the one who travels with it: 'Staatssecretaris X is in
Brazilië op handelsmissie', 'Minister X ist mit einer Wirtschaftsdelegation nach China gereist',
'le premier ministre X a débuté une mission économique en Chine'.

A trade mission is a visitor state's delegation of companies under one official or royal, and
the reports rarely say 'led by': the person the mission sentence is about (its first named
person) heads it. The leader model scores such pairs low, since nothing in its features tells a
trade mission from any visit where the subject may be the host; the sentence here does: the
mission is the subject's own, unless it is received, another state's, or bound for theirs.
Being its subject says less than 'led by', so it only fills a side nothing else has led.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegations import LeadFinding
from ingest.extract.leaders.features import posted_roles, press_roles
from ingest.extract.mentions import PersonMention
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import filled_side
from ingest.extract.sides import staff_role
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.lang.roles import past_role
from ingest.models import Delegation, Meeting

_REACH = 100  # characters from the person to the mission noun: it stands in their own clause
_MAX_PEOPLE = 2  # a sentence naming more lists a mission's participants, not who heads it
_OWN_REACH = 30  # characters before the mission noun where its state's adjective stands
_OWN_WORDS = 3  # words between that adjective and the noun ('Chinese ag trade delegation')


@dataclass(frozen=True)
class MissionWords:
    nouns: re.Pattern[str]  # 'trade mission', 'handelsmissie', 'Wirtschaftsdelegation'
    received: re.Pattern[str]  # 'received', 'ontving': the subject hosts the mission
    said: re.Pattern[str]  # 'said': the subject speaks of a mission, not with it
    members: re.Pattern[str]  # 'accompanied by X': X is a member, not the head
    pronouns: re.Pattern[str]  # 'he', 'er': the subject is one named before
    cues: re.Pattern[str]  # 'including', 'part of': the person is one of the mission's members
    owner: re.Pattern[str]  # 'The sister of King X': the subject is a noun the person qualifies


@lru_cache(maxsize=8)
def mission_words(lang: str) -> MissionWords:
    lex = load_lexicon(lang)
    return MissionWords(
        nouns=phrase_regex(lex.words("trade_mission_nouns")),
        received=phrase_regex(lex.words("reception_verbs")),
        said=phrase_regex(lex.words("speech_verbs")),
        members=phrase_regex(lex.words("member_phrases")),
        pronouns=phrase_regex(lex.words("pronouns")),
        cues=phrase_regex(lex.words("mission_aside_cues")),
        owner=re.compile(
            rf"^\s*(?:{_alt(lex.words('determiners'))})\s+[^\W\d]+\s+"
            rf"(?:{_alt(lex.words('genitive_preps'))})\b",
            re.I,
        ),
    )


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


def mission_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states no leading phrase and no model pair gave a head, headed by the
    person a trade-mission sentence is about. A head of no known state is the outlet's: a trade
    mission is news at home."""
    led = {d.country for d in delegations}
    out: list[Delegation] = []
    states = [lambda n: _state_of(registry, n), lambda _: art.outlet_country]
    for ctx in art.sentences:
        for lead in mission_leads(ctx, art.lex.lang, states):
            country, person = lead.country, registry.find(lead.leader.name)
            if country in led or person is None or person.title is None:
                continue
            led.add(country)
            meeting = next((m for m in meetings if country in m.parties), None)
            meeting = meeting or (meetings[0] if meetings else None)
            evidence = ctx.evidence(lead.rule, lead.confidence)
            out.append(filled_side(country, person, meeting, evidence))
    return out


def _state_of(registry: PeopleRegistry, name: str) -> str | None:
    known = registry.find(name)
    return known.country if known else None


def mission_leads(
    ctx: SentenceContext, lang: str, states: list[Callable[[str], str | None]]
) -> list[LeadFinding]:
    """The sentence's first named person heads the trade mission it names, for their state:
    the one the sentence gives them, the mission's own, else the first of `states` (what the
    article knows of the person, then the outlet's) that the mission does not visit."""
    people = ctx.mentions.people
    if not people or len(people) > _MAX_PEOPLE:
        return []
    words = mission_words(lang)
    s = ctx.sentence
    noun = words.nouns.search(s.text)
    if noun is None or words.received.search(s.text):
        return []  # no trade mission, or one received: its subject hosts it
    person = people[0]
    at = (s.start + noun.start(), s.start + noun.end())
    if not 0 <= at[0] - person.span_end <= _REACH:
        return []  # a person after the noun is a member or another's ('met prins X')
    if no_head(person) or _aside(ctx, person, at[0], words):
        return []
    own = _own_state(ctx, at[0])
    visited = {  # states named after the person are where the mission goes ('in Brazilië')
        c.code for c in ctx.mentions.countries
        if c.start >= person.span_end and c.kind != "adjective" and c.code != own
    }  # fmt: skip
    if (person.country and own and own != person.country) or person.country in visited:
        return []  # 'Minister X met a Chinese trade mission', 'the Chinese minister X in China'
    known = [person.country, own, *(state(person.name) for state in states)]
    country = next((c for c in known if c and c not in visited), None)
    return [LeadFinding(country, person, "lead-mission", 0.75)] if country else []


def no_head(person: PersonMention) -> bool:
    """Staff and the press speak of a mission; an ambassador welcomes it where they are
    posted; a former minister holds no office to lead it in."""
    role = (person.role or "").lower()
    if staff_role(person) or role in posted_roles() | press_roles():
        return True
    return past_role(role)


def _aside(ctx: SentenceContext, person: PersonMention, noun: int, words: MissionWords) -> bool:
    """'X said the trade mission ...': a speaker tells of the mission; 'accompanied by X and a
    trade mission', 'Begleitet wird er von X', 'including X, ... are part of a trade mission':
    X is a member of another's party; 'President X's visit', 'The sister of King X': the
    sentence is about someone else."""
    if words.said.search(ctx.local(ctx.sentence.start, noun)) is not None:
        return True
    if any(t.possessive and t.end == person.span_end for t in ctx.mentions.tokens):
        return True
    before = ctx.local(ctx.sentence.start, person.span_start)
    if words.owner.match(before) or words.cues.search(ctx.local(ctx.sentence.start, noun)):
        return True
    return any(p.search(before) is not None for p in (words.members, words.pronouns))


def _own_state(ctx: SentenceContext, noun: int) -> str | None:
    """The mission's own state, named in its phrase: an adjective ('een Belgische economische
    missie', 'Chinese ag trade delegation') or a name right before it ('U.S. trade mission');
    never a place it stands in ('in Brazilië op handelsmissie')."""
    before = [c for c in ctx.mentions.countries if c.end <= noun]
    if not before or noun - before[-1].end > _OWN_REACH:
        return None
    last = before[-1]
    gap = ctx.local(last.end, noun)
    if "," in gap or len(gap.split()) > _OWN_WORDS:
        return None
    return last.code if last.kind == "adjective" or not gap.strip() else None
