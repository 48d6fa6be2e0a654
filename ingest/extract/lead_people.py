"""Who stands right after a leading phrase ('led by', 'geleid door', 'sous la conduite de'): the
titled person there, the holder of a run of stacked titles, or a bare name."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.mentions import PersonMention
from ingest.lang.lexicon import load_lexicon

GAP = 14  # characters allowed between a phrase and the person ('door de', 'by the')
# Characters that words qualifying a title may fill before its holder ('led by Honourable Ms
# Lindiwe Sisulu', 'headed by Water Resource Minister X', 'conduite par le vice-président de la
# Commission militaire centrale X'): a longer run is another clause.
WIDE = 60


def person_at(ctx: SentenceContext, position: int) -> PersonMention | None:
    """The titled person right after `position`, else a bare name there ('geleid door Van Dijk').

    A bare name has no title; the caller accepts it only for a person the article has already
    introduced with a title.
    """
    for person in ctx.mentions.people:
        if position <= person.span_start <= position + GAP:
            return person
    return (
        _past_stacked_titles(ctx, position)
        or _past_title_words(ctx, position)
        or _bare_name_at(ctx, position)
    )


_STACKED = 3  # titles one holder is given in a row ('ministre d'État, ministre de ..., X')


def _past_stacked_titles(ctx: SentenceContext, position: int) -> PersonMention | None:
    """The titled person after titles with no name of their own, each closed by a comma ('le
    vice-Premier ministre, ministre des Affaires étrangères, Ramtane Lamamra'): the holder of
    them all."""
    tokens, titles = ctx.mentions.tokens, ctx.mentions.titles
    ends = dict(titles)  # a title's first token -> its last
    at = next((a for a, _ in titles if position <= tokens[a].start <= position + GAP), None)
    for _ in range(_STACKED):
        if at is None:
            return None
        comma = ends[at] + 1
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            return None
        k = comma + 1  # 'ministre de la Défense, le général X': a determiner may open the next
        if k + 1 < len(tokens) and tokens[k].lower in scanner(ctx.lang).dets:
            k += 1
        after = tokens[k].start
        person = next((p for p in ctx.mentions.people if p.span_start == after), None)
        if person is not None:
            return person
        at = comma + 1 if comma + 1 in ends else None
    return None


def _past_title_words(ctx: SentenceContext, position: int) -> PersonMention | None:
    """The first titled person after `position` when only words that qualify his title stand
    before it (an honorific, a portfolio, an agency's name): no punctuation, no clause word
    ('and', 'said', 'with') and nobody else between, so the phrase still reaches him."""
    person = min(
        (p for p in ctx.mentions.people if p.span_start >= position),
        key=lambda p: p.span_start, default=None,
    )  # fmt: skip
    if person is None or not person.title or person.span_start > position + WIDE:
        return None
    gap = ctx.local(position, person.span_start)
    if _GAP_MARKS.search(gap):
        return None
    return None if set(re.findall(r"\w+", gap.lower())) & _gap_stops(ctx.lang) else person


_GAP_MARKS = re.compile(r"[,;:.!?\"«»“”()\[\]]")


@lru_cache(maxsize=8)
def _gap_stops(lang: str) -> frozenset[str]:
    """Words that end a title's run: a new clause or another party."""
    lex = load_lexicon(lang)
    words = [*lex.words("side_gap_stops"), *lex.words("counterpart_markers")]
    return frozenset(w.lower() for w in words if " " not in w)


def _bare_name_at(ctx: SentenceContext, position: int) -> PersonMention | None:
    scan = scanner(ctx.lang)
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_from(position)
    while k < len(tokens) and tokens[k].lower in scan.dets and tokens[k].start < position + GAP:
        k += 1
    run: list[int] = []
    while k < len(tokens) and len(run) < 4:
        token = tokens[k]
        capital = scan.name_token(token) or (
            token.text[:1].isupper() and token.lower in scan.particles
        )
        if not (capital or (run and token.lower in scan.particles)):
            break
        run.append(k)
        k += 1
    while run and not scan.name_token(tokens[run[-1]]):
        run.pop()
    if not run or tokens[run[0]].start > position + GAP:
        return None
    first, last = tokens[run[0]], tokens[run[-1]]
    name = ctx.local(first.start, last.end)
    return PersonMention(
        name=name, start=first.start, end=last.end, span_start=first.start, span_end=last.end,
        rule="bare-name",
    )  # fmt: skip
