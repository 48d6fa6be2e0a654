"""Two heads that one leading phrase names: 'geleid door de Amerikaanse adjunct-minister Wendy
Sherman en haar Russische ambtsgenoot Sergej Rjabkov', 'werden von ... Wendy Sherman und
ihrem russischen Amtskollegen Sergej Rjabkow geleitet': each leads their own state's side."""

from __future__ import annotations

import re

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.mentions import PersonMention
from ingest.lang.lexicon import load_lexicon


def other_side_head(
    ctx: SentenceContext, first: PersonMention, country: str | None
) -> PersonMention | None:
    """The titled person joined to `first` by 'and', with only a possessive or a determiner
    between, whose state is known and is not `country` (the first's side); a second head of
    the same state is a co-head or a member, and leads no side of its own."""
    scan = scanner(ctx.lang)
    after = next((p for p in ctx.mentions.people if p.span_start >= first.span_end), None)
    if after is None or not after.title or after.country in (None, country):
        return None
    words = ctx.local(first.span_end, after.span_start).lower().split()
    if not words or words[0] not in scan.joiners or words[0] == ",":
        return None
    return after if all(w in scan.possessives or w in scan.dets for w in words[1:]) else None


_ELIDED_REACH = 40  # characters of the elided clause's subject ('and the Kazakh side')


def elided_side_head(
    ctx: SentenceContext, first: PersonMention, country: str | None
) -> tuple[str, PersonMention] | None:
    """The head of a second clause that leaves out the leading verb ('headed by A, the American
    one by B', 'represented by A, and the Kazakh side by B', 'représentée par A et l'Union
    européenne par B'): its subject names another state, and the phrase's own preposition
    ('by', 'par') then reaches the titled head."""
    from ingest.extract.lead_people import person_at  # lead_people reads no pair: no cycle

    rest = ctx.sentence.text[first.span_end - ctx.sentence.start :]
    words = load_lexicon(ctx.lang).words("lead_elided_preps")
    if not words:
        return None
    joiners = "|".join(map(re.escape, scanner(ctx.lang).joiners - {","}))
    preps = "|".join(map(re.escape, words))
    clause = rf"\s*,?\s*(?:(?:{joiners})\s+)?([^,;:.()]{{1,{_ELIDED_REACH}}}?)\s(?:{preps})\s"
    m = re.match(clause, rest, re.I)
    if m is None:
        return None
    lo, hi = first.span_end + m.start(1), first.span_end + m.end(1)
    states = [c.code for c in ctx.mentions.countries if lo <= c.start < hi]
    inside = any(lo <= p.span_start < hi for p in ctx.mentions.people)
    if len(states) != 1 or states[0] == country or inside:
        return None
    second = person_at(ctx, first.span_end + m.end())
    return (states[0], second) if second is not None and second.title else None
