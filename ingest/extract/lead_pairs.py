"""Two heads that one leading phrase names: 'geleid door de Amerikaanse adjunct-minister Wendy
Sherman en haar Russische ambtsgenoot Sergej Rjabkov', 'werden von ... Wendy Sherman und
ihrem russischen Amtskollegen Sergej Rjabkow geleitet': each leads their own state's side."""

from __future__ import annotations

from ingest.extract.context import SentenceContext, scanner
from ingest.extract.mentions import PersonMention


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
