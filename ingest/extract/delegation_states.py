"""Whose delegation a delegation noun names: the state in the noun's own phrase ('the Pakistani
delegation', 'la délégation vietnamienne'), never the state it travels to, nor one across a
clause break. The leading-phrase rules (`ingest.extract.delegations`) read it for the sentence
they stand in; the delegation builder reads it for earlier sentences ('A Chinese trade mission
... The delegation was led by X')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.mentions import CountryMention
from ingest.lang.lexicon import load_lexicon, phrase_regex

_DEST_REACH = 12  # 'to', 'naar de', 'en' and an article before the state's name


@dataclass(frozen=True)
class StatePatterns:
    noun: re.Pattern[str]  # the delegation nouns
    breaks: re.Pattern[str]  # 'while', 'terwijl': a clause of another side begins
    destination: re.Pattern[str]  # 'to', 'naar': the state a delegation travels to
    joiners: frozenset[str]  # 'and', ',': a list goes on


@lru_cache(maxsize=8)
def state_patterns(lang: str) -> StatePatterns:
    lex = load_lexicon(lang)
    preps = "|".join(map(re.escape, lex.words("destination_preps"))) or "(?!x)x"
    return StatePatterns(
        noun=phrase_regex(lex.words("delegation_nouns")),
        breaks=phrase_regex(lex.words("clause_breaks")),
        destination=re.compile(rf"\b(?:{preps})\s+$", re.I),
        joiners=lex.word_set("list_joiners"),
    )


def noun_state(
    ctx: SentenceContext, noun: tuple[int, int], window: tuple[int, int], own: str | None = None
) -> str | None:
    """The state a delegation noun belongs to: the country closest to it within `window` in
    its own phrase ('the Pakistani high-level delegation', 'Côté kosovar, la délégation', 'la
    délégation vietnamienne', 'the delegation of Pakistan'); never one after it past a comma,
    never one across a clause break ('led the Pakistani delegation while the Afghan ...') and
    never the state it travels to ('a delegation to China', 'een zending naar Angola'). A phrase
    naming several states is a joint team: `own`, the leader's stated state, when it is one of
    them ('a team of US and Kenya officials led by Kenya's ambassador')."""
    pats = state_patterns(ctx.lang)
    n_start, n_end = noun
    found = []
    for c in ctx.mentions.countries:
        if not window[0] <= c.start < window[1] or _destination(ctx, pats, c):
            continue
        after = c.end > n_start
        between = ctx.local(n_end, c.start) if after else ctx.local(c.end, n_start)
        if pats.breaks.search(between) or (after and ("," in between or ";" in between)):
            continue
        found.append(c)
    if not found:
        return None
    if own is not None and own in {c.code for c in found}:
        return own
    return min(found, key=lambda c: abs(c.start - n_start)).code


def _destination(ctx: SentenceContext, pats: StatePatterns, country: CountryMention) -> bool:
    """Whether a state is one a delegation travels to: after 'to' ('naar Vietnam'), or listed
    after one that is ('naar Vietnam en Maleisië')."""
    before = ctx.local(max(ctx.sentence.start, country.start - _DEST_REACH), country.start)
    if pats.destination.search(before):
        return True
    earlier = [c for c in ctx.mentions.countries if c.end <= country.start]
    if not earlier:
        return False
    gap = ctx.local(earlier[-1].end, country.start).strip()
    return gap.lower() in pats.joiners and _destination(ctx, pats, earlier[-1])


def noun_states(ctx: SentenceContext) -> list[str]:
    """The states of the delegation nouns a sentence names, in order ('a Chinese trade
    mission'): a later 'the delegation was led by X' with no state of its own is theirs."""
    s = ctx.sentence
    out = []
    for noun in state_patterns(ctx.lang).noun.finditer(s.text):
        n_start, n_end = s.start + noun.start(), s.start + noun.end()
        state = noun_state(ctx, (n_start, n_end), (n_start - 30, n_end + 20))
        if state:
            out.append(state)
    return out
