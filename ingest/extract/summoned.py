"""The envoy a summons names: 'The Foreign Office summoned the Russian ambassador, P', 'P,
ambassadrice d'Israël, a été convoquée'. The envoy heads their state's side of the summons.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.delegations import LeadFinding
from ingest.extract.sides import person_after, side_words
from ingest.lang.lexicon import load_lexicon, phrase_regex


@dataclass(frozen=True)
class SummonsWords:
    verbs: re.Pattern[str]
    envoys: re.Pattern[str]


@lru_cache(maxsize=8)
def _summons_words(lang: str) -> SummonsWords:
    lex = load_lexicon(lang)
    return SummonsWords(
        phrase_regex(lex.words("summons_verbs")), phrase_regex(lex.words("envoy_nouns"))
    )


# ', has been', ', a été': lower-case words only between the envoy and the verb
_BEFORE_SUMMONS = re.compile(r"[\s,]*(?:[^\W\d_A-Z][\w'\u2019]*\s+){0,3}")


def summoned_envoys(
    ctx: SentenceContext, lang: str, state_of: Callable[[str], str | None]
) -> list[LeadFinding]:
    """'The Foreign Office summoned the Russian ambassador, P', 'P, ambassadrice d'Israël, a été
    convoquée': the envoy summoned heads their state's side of the summons."""
    if not ctx.mentions.people:
        return []  # the envoy is a titled person the sentence names
    words = _summons_words(lang)
    s = ctx.sentence
    out: list[LeadFinding] = []
    for match in words.verbs.finditer(s.text):
        at, end = s.start + match.start(), s.start + match.end()
        after = person_after(ctx, end, side_words(lang))
        before = [
            p for p in ctx.mentions.people
            if p.span_end <= at and _BEFORE_SUMMONS.fullmatch(ctx.local(p.span_end, at))
        ]  # fmt: skip
        for person in [*before[-1:], *([after] if after else [])]:
            country = person.country or state_of(person.name)
            if country and person.title and words.envoys.search(person.title):
                out.append(LeadFinding(country, person, "lead-summoned", 0.8))
    return out
