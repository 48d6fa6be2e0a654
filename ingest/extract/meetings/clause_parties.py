"""The states a meeting clause names as its sides: countries and nationalities outside its
topic and its asides, fixed groups of states ('the P5+1'), the states of the people it names,
and a hyphenated pair right before the trigger ('EU-Moldova summit')."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.asides import (
    call_topic_preps,
    fought_over,
    located,
    locative_preps,
    set_aside,
)
from ingest.extract.meetings.parties import states_of_era
from ingest.extract.meetings.patterns import Patterns, patterns
from ingest.extract.meetings.places import dateline_state
from ingest.extract.mentions import CountryMention, PersonMention
from ingest.extract.officeholders import known_state, may_hold_office
from ingest.lang.lexicon import load_lexicon, phrase_regex

_VISIT_KINDS = {"visit", "call"}  # a visit 'to China' names its host
_DASHES = {"-", "\u2013"}


def clause_parties(
    ctx: SentenceContext,
    lo: int,
    hi: int,
    art: ArticleContext,
    kind: str = "meeting",
    topic: int | None = None,
) -> set[str]:
    """States named in the clause, less those in its subject ('spoke about ... in Syria')."""
    preps = _preps(art.lex.lang, kind)
    topic = hi if topic is None else topic
    named = [
        c for c in ctx.mentions.countries
        if lo <= c.start < topic and not (preps and located(ctx, c, preps))
        and not set_aside(ctx, c.start, c.end, art.lex.lang)
        and not fought_over(ctx, c, art.lex.lang)
        and not _summit_place(ctx, c, art.lex.lang)
        and not dateline_state(ctx, c)
    ]  # fmt: skip
    found = {c.code for c in named} | _group_members(ctx.local(lo, topic), art.lex.lang)
    found -= _capital_of_era(named)
    known = art.surname_countries()  # 'Morita met ...': the country stated on him earlier
    found |= {
        country for p in ctx.mentions.people if lo <= p.start < hi
        and (country := p.country or known.get(p.name.split()[-1]) or _officeholder(p, art, kind))
    }  # fmt: skip
    if kind == "call":
        found |= _bare_heads(ctx, lo, hi, art)
    if not known:
        return found  # no surname the article ties to a state: no token to look up
    surnames = {p.name.split()[-1] for p in ctx.mentions.people if lo <= p.start < hi}
    found |= {known[t.text] for t in ctx.mentions.tokens
              if t.text in known and lo <= t.start < hi and t.text not in surnames
              and not _speaker(ctx.local(t.end, hi).lstrip(), art.lex.lang)}  # fmt: skip
    return found


@lru_cache(maxsize=8)
def _summit_places(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    words = load_lexicon(lang).mapping("summit_place_nouns")
    nouns = phrase_regex(list(words.get("nouns", [])))
    return nouns, frozenset(words.get("own_summits", []))


def _summit_place(ctx: SentenceContext, country: CountryMention, lang: str) -> bool:
    """'since the Iceland summit', 'seit dem Island-Gipfel': a state's name standing before a
    summit noun names where the summit was held, as a city would ('the Geneva summit'), and
    the host of two others' summit takes no part; a union's summit is its own ('EU summit')."""
    nouns, own = _summit_places(lang)
    if country.kind != "name" or country.code in own:
        return False
    after = ctx.local(country.end, ctx.sentence.end)
    return after[:1] in {" ", "-"} and nouns.match(after[1:]) is not None


def _capital_of_era(named: list[CountryMention]) -> set[str]:
    """'a visit by President Nixon to the Soviet capital ... Moscow': a clause naming the Soviet
    Union tells of its era, so 'Moscow' or 'Russian' there is the Soviet Union's, not Russia
    beside it (Russia named by its name stays: Yeltsin's Russia beside Gorbachev's Union)."""
    by_name = {c.code for c in named if c.kind == "name"}
    capitals = {c.code for c in named if c.kind != "name"} - by_name
    return states_of_era(by_name | capitals) & capitals


def _preps(lang: str, kind: str) -> frozenset[str]:
    """Prepositions placing a state where, not who: a call happens nowhere, so a state it is
    told 'in' ('die Lage in Kirgisistan', 'la situation en Libye') is its topic; 'to' may name
    its callee, as it names a visit's host."""
    if kind == "call":
        return call_topic_preps(lang)
    return locative_preps(lang) if kind not in _VISIT_KINDS else frozenset()


@lru_cache(maxsize=8)
def _groups(lang: str) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    groups = load_lexicon(lang).mapping("state_groups")
    return phrase_regex(list(groups)), {k.lower(): v for k, v in groups.items()}


def _officeholder(person: PersonMention, art: ArticleContext, kind: str) -> str | None:
    """'mit Präsident Putin telefoniert': a head a call clause names without his state takes part
    for the state the officeholder file knows him by. A call is made by its two sides' heads; the
    clause of a visit, a meeting or a ceremony names many who take no side (for those, the file's
    states named more non-leaders on the dev or the check part)."""
    if kind != "call" or not may_hold_office(person.role):
        return None
    return known_state(person.name, art.years)


def _bare_heads(ctx: SentenceContext, lo: int, hi: int, art: ArticleContext) -> set[str]:
    """'Scholz hatte vorher mit ... Selenskyj telefoniert', 'Bush heeft getelefoneerd met',
    'met Donald Trump gebeld': a call's side named without title is no person mention, yet the
    officeholder file knows the name (a run of capitalised words) for the article's years. A
    call is made by its sides' heads; one who only speaks of it ('Scholz said') is no side."""
    people = [(p.start, p.end) for p in ctx.mentions.people]
    found: set[str] = set()
    for start, end, name in _capitalised_runs(ctx, lo, hi):
        named = any(s <= start < e for s, e in people)
        if named or _speaker(ctx.local(end, hi).lstrip(), art.lex.lang):
            continue
        if state := known_state(name, art.years):
            found.add(state)
    return found


def _capitalised_runs(ctx: SentenceContext, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The runs of capitalised words from `lo` to `hi`, one space apart ('Donald Trump')."""
    runs: list[tuple[int, int, str]] = []
    for t in ctx.mentions.tokens:
        if not (lo <= t.start < hi and t.text[:1].isupper() and t.text.isalpha()):
            continue
        if runs and t.start == runs[-1][1] + 1:
            start, _, name = runs[-1]
            runs[-1] = (start, t.end, f"{name} {t.text}")
        else:
            runs.append((t.start, t.end, t.text))
    return runs


def _group_members(text: str, lang: str) -> set[str]:
    """'the P5+1', 'Zwei-plus-Vier-Gespräche': a fixed group of states takes part, all of it."""
    regex, members = _groups(lang)
    return {code for m in regex.finditer(text) for code in members[m.group().lower()]}


def _speaker(after: str, lang: str) -> bool:
    """'Tanaka told reporters': a speaker, not a side; 'Scholz spoke by phone with' is one."""
    pats = patterns(lang)
    if not pats.speech.match(after):
        return False
    trigger = pats.trigger(after[:40])
    return trigger is None or trigger.start() > 0


def pair_before(ctx: SentenceContext, hi: int, pats: Patterns) -> set[str] | None:
    """'EU-Moldova summit', 'Serbie-Kosovo : un cycle': two countries joined by a hyphen right
    before a trigger name the sides outright."""
    found = sorted((c for c in ctx.mentions.countries if c.end <= hi), key=lambda c: c.start)
    for first, second in pairwise(found):
        if first.code == second.code or ctx.local(first.end, second.start).strip() not in _DASHES:
            continue
        after = ctx.local(second.end, hi)
        trigger = pats.trigger(after)
        if trigger is None:
            continue
        gap = after[: trigger.start()]
        if not gap.strip(" -:") or _topic_only(ctx, gap, second.end, found):
            return {first.code, second.code}
    return None


def _topic_only(ctx: SentenceContext, gap: str, at: int, found: list[CountryMention]) -> bool:
    """'U.S.-Russia Syria talks', 'Russisch-Amerikaanse Oekraïne-overleg': one state named
    between the pair and the meeting word, after a space (a third hyphened state,
    'US-Russia-Ukraine talks', is a side), is what the talks are about."""
    if not gap[:1].isspace():
        return False
    inside = [c for c in found if at < c.start and c.end <= at + len(gap)]
    if len(inside) != 1:
        return False
    topic = inside[0]
    rest = ctx.local(at, topic.start) + ctx.local(topic.end, at + len(gap))
    return not rest.strip(" -:")
