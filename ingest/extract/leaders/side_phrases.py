"""People named after a side phrase stand for its state: 'Auf russischer Seite leitet
Außenminister Lawrow die Gespräche', 'Du côté américain, le secrétaire d'État Rubio ...', 'Aan
Surinaamse zijde zijn aanwezig: minister Ramdin, ...', 'On the Indian side, Minister X ...'."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.models import Person


def side_phrase_states(art: ArticleContext, people: list[Person]) -> None:
    """Each person of no state named after a side phrase in its sentence (before the next one),
    or whose title the phrase closes ('John Kolader, delegatieleider aan Surinaamse zijde'),
    takes the phrase's state."""
    nouns = art.lex.word_set("side_nouns")
    by_surname = {p.name.split()[-1].lower(): p for p in people}
    for ctx in art.sentences:
        phrases = _phrases(ctx, nouns)
        if not phrases:
            continue
        ends = [end for _, end, _ in phrases]
        for mention in ctx.mentions.people:
            person = by_surname.get(mention.name.split()[-1].lower()) if mention.name else None
            if person is None or person.country is not None:
                continue
            at = bisect_right(ends, mention.start) - 1
            closing = _closing(ctx, mention.span_end, phrases)
            if closing is not None:
                person.country = closing
            elif at >= 0:
                person.country = phrases[at][2]


def _closing(ctx: SentenceContext, end: int, phrases: list[tuple[int, int, str]]) -> str | None:
    """The state of a side phrase that follows a title's end with one word at most between
    ('delegatieleider aan Surinaamse zijde', 'Delegationsleiter auf surinamischer Seite')."""
    for start, _, code in phrases:
        gap = ctx.local(end, start).split() if start >= end else None
        if gap is not None and len(gap) <= 1 and not any("," in w for w in gap):
            return code
    return None


def _phrases(ctx: SentenceContext, nouns: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end offset, state) of each state named right beside a side noun, in order."""
    if not ctx.mentions.countries:
        return []  # most sentences name no state: their token offsets are not needed
    tokens = ctx.mentions.tokens
    starts = ctx.mentions.starts()  # built once per sentence, shared with the other rules
    out: list[tuple[int, int, str]] = []
    for country in ctx.mentions.countries:
        first = bisect_left(starts, country.start)
        last = bisect_left(starts, country.end) - 1
        for k in (first - 1, last + 1):
            if 0 <= k < len(tokens) and tokens[k].lower in nouns:
                start, end = min(country.start, tokens[k].start), max(country.end, tokens[k].end)
                out.append((start, end, country.code))
                break
    return sorted(out)
