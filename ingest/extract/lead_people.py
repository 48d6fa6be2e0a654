"""Who stands right after a leading phrase ('led by', 'geleid door', 'sous la conduite de'): the
titled person there, the holder of a run of stacked titles, or a bare name."""

from __future__ import annotations

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.mentions import PersonMention

GAP = 14  # characters allowed between a phrase and the person ('door de', 'by the')


def person_at(ctx: SentenceContext, position: int) -> PersonMention | None:
    """The titled person right after `position`, else a bare name there ('geleid door Van Dijk').

    A bare name has no title; the caller accepts it only for a person the article has already
    introduced with a title.
    """
    for person in ctx.mentions.people:
        if position <= person.span_start <= position + GAP:
            return person
    return _past_stacked_titles(ctx, position) or _bare_name_at(ctx, position)


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
        after = tokens[comma + 1].start
        person = next((p for p in ctx.mentions.people if p.span_start == after), None)
        if person is not None:
            return person
        at = comma + 1 if comma + 1 in ends else None
    return None


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
