"""Co-holders of one plural title ('de premiers Balkenende en Verhofstadt', 'les Présidents Traoré
et Bio', 'the foreign ministers, A and B') hold one office each for as many states: at a meeting
of exactly that many states, when all holders but one stand for distinct parties, the one left
stands for the party left over."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
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
        for holders in groups.values():
            if len({p.id for p in holders}) == len(holders) > 1:
                _left_over(holders, meetings, implied)


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
