"""Co-holders of one plural title ('de premiers Balkenende en Verhofstadt', 'les Présidents Traoré
et Bio', 'the foreign ministers, A and B') hold one office each for as many states: at a meeting
of exactly that many states, when all holders but one stand for distinct parties, the one left
stands for the party left over; holders none of whom has a state, after as many states named
in their sentence, stand for them in order."""

from __future__ import annotations

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.models import Meeting, Person


def cotitled_sides(
    art: ArticleContext, people: list[Person], meetings: list[Meeting], implied: dict[str, str]
) -> None:
    """Sets the state of the one co-holder of a plural title left without one; `implied` gives
    the states the text implies (an outlet's own minister), which count as known here."""
    by_surname = {p.name.split()[-1].lower(): p for p in people}
    for ctx in art.sentences:
        groups: dict[tuple[int, int], list[Person]] = {}
        for mention in ctx.mentions.people:
            person = by_surname.get(mention.name.split()[-1].lower()) if mention.name else None
            if mention.title_tokens is not None and person is not None:
                groups.setdefault(mention.title_tokens, []).append(person)
        for title, holders in groups.items():
            if len({p.id for p in holders}) == len(holders) > 1:
                _in_order(ctx, title, holders, meetings)
                _left_over(holders, meetings, implied)


def _in_order(
    ctx: SentenceContext, title: tuple[int, int], holders: list[Person], meetings: list[Meeting]
) -> None:
    """Holders none of whom has a state, after as many states named in their sentence, the
    parties of one meeting ('les délégations de l'Égypte et de la Syrie, dirigées par les
    ministres A et B'): each holder stands for the state named in the same place."""
    start = ctx.mentions.tokens[title[0]].start
    states = list(dict.fromkeys(c.code for c in ctx.mentions.countries if c.end <= start))
    if any(p.country for p in holders) or len(states) != len(holders):
        return
    if any(set(states) == set(m.parties) for m in meetings):
        for person, state in zip(holders, states, strict=True):
            person.country = state


def _left_over(holders: list[Person], meetings: list[Meeting], implied: dict[str, str]) -> None:
    states = {p.id: p.country or implied.get(p.id) for p in holders}
    known = {s for s in states.values() if s}
    open_ = [p for p in holders if not states[p.id]]
    if len(open_) != 1 or len(known) != len(holders) - 1:
        return
    fits = {
        frozenset(m.parties) for m in meetings
        if len(set(m.parties)) == len(holders) and known < set(m.parties)
    }  # fmt: skip
    if len(fits) == 1:
        open_[0].country = next(iter(next(iter(fits)) - known))
