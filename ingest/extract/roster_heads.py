"""Heads a roster names state by state: 'Y participent pour l'Allemagne, le chancelier Konrad
Adenauer ...; pour la Belgique, Achille Van Acker, Premier ministre, ...; pour l'Italie, Antonio
Segni, ...', 'les cinq grandes puissances étaient représentées par leur ministre des Affaires
étrangères ou leur Premier ministre : Chou Enlai pour la Chine, Molotov pour l'URSS, ...'.

A report of a conference often lists who took part for each state with a preposition of behalf
('pour', the lexicon's `roster_preps`) and the state's name, the person right after it and a
comma ('pour la Belgique, X') or right before it ('X pour la Chine'). The state each person
stands for there is plain, yet the names are often untitled, or titled in an apposition whose
state the title leaves out, so the leader model never sees them or sees them stateless. The
first person a roster names for a state heads its side where nothing else has led it.

A roster holds two items or more, each of another state: a single 'X pour la Syrie' is as often
a remit ('l'envoyé spécial pour la Syrie, X'), and so is an item whose preposition follows a
title word. Only a full name after the state, and a name that a list mark opens before it; a
name that another roster preposition follows is the next item's ('pour la Chine, Molotov pour
l'URSS': Molotov is the Soviet one). The people are added after the leader model, so no
candidate pair moves.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import CountryMention, PersonMention, Token
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.people_titles import country_at
from ingest.extract.person_names import name_run
from ingest.extract.side_heads import OpenSides
from ingest.extract.titles import TitleScanner
from ingest.models import Delegation, Meeting

RULE = "lead-roster"
_MARKS = frozenset({",", ";", ":"})  # what opens a roster item before its name
_MIN_ITEMS = 2  # one item alone may be a remit
_TITLE_REACH = 8  # tokens of determiners and title words between the state's comma and the name

_Item = tuple[str, int, int]  # the state, and the name's span in the text


def roster_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states a roster names, headed by the first person it names for each;
    the people it names join the officials with their state."""
    preps = art.lex.word_set("roster_preps")
    if not preps:
        return []
    sides = OpenSides.after(delegations)
    for ctx in art.sentences:
        if preps.isdisjoint(t.lower for t in ctx.mentions.tokens):
            continue
        items = _items(ctx, art.scan, preps)
        if len({state for state, _, _ in items}) < _MIN_ITEMS:
            continue
        _fill(ctx, items, registry, meetings, sides)
    return sides.filled


def _fill(
    ctx: SentenceContext,
    items: list[_Item],
    registry: PeopleRegistry,
    meetings: list[Meeting],
    sides: OpenSides,
) -> None:
    """Each item's person joins the registry with the state; the first of a state heads it."""
    seen: set[str] = set()
    for state, start, end in items:
        name = ctx.local(start, end)
        person = registry.find(name)
        if person is None:
            person = registry.add(PersonMention(name=name, start=start, end=end, rule=RULE), ctx)
        if person.country not in (None, state) or state in seen:
            continue
        seen.add(state)
        person.country = state
        if sides.open(state, person):
            meeting = next((m for m in meetings if state in m.parties), None)
            sides.fill(state, person, meeting or next(iter(meetings), None),
                       ctx.evidence(RULE, 0.6))  # fmt: skip


def _items(ctx: SentenceContext, scan: TitleScanner, preps: frozenset[str]) -> list[_Item]:
    """The sentence's roster items in order: (state, name start, name end)."""
    tokens, countries = ctx.mentions.tokens, ctx.mentions.countries
    out: list[_Item] = []
    for i, token in enumerate(tokens):
        if token.lower not in preps:
            continue
        state = _state_after(tokens, i + 1, countries, scan)
        if state is None:
            continue
        code, after = state
        span = _name_before(tokens, i, scan, preps) or _name_after(tokens, i, after, scan, preps)
        if span is not None:
            out.append((code, tokens[span[0]].start, tokens[span[1] - 1].end))
    return out


def _state_after(
    tokens: list[Token], j: int, countries: list[CountryMention], scan: TitleScanner
) -> tuple[str, int] | None:
    """The state named by its name right after the preposition (past determiners), and the
    index of the token after it."""
    while j < len(tokens) and tokens[j].lower in scan.dets:
        j += 1
    found = country_at(tokens[j], countries) if j < len(tokens) else None
    if found is None or found.kind != "name":
        return None
    k = j
    while k < len(tokens) and tokens[k].start < found.end:
        k += 1
    return found.code, k


def _name_before(
    tokens: list[Token], i: int, scan: TitleScanner, preps: frozenset[str]
) -> tuple[int, int] | None:
    """'Chou Enlai pour la Chine', ', Molotov pour l'URSS': a name right before the preposition
    that a list mark (or the sentence's start) opens."""
    for start in range(i - 1, max(-1, i - 5), -1):
        if start > 0 and tokens[start - 1].text not in _MARKS:
            continue
        if name_run(tokens, start, scan) == i and not _state_word(tokens, start, i, preps):
            return start, i
    return None


def _name_after(
    tokens: list[Token], i: int, k: int, scan: TitleScanner, preps: frozenset[str]
) -> tuple[int, int] | None:
    """'pour la Belgique, Achille Van Acker, Premier ministre': a full name after the state's
    comma (past determiners and title words), the preposition opening a clause, not a title's
    remit ('l'envoyé spécial pour la Syrie, X')."""
    if i > 0 and not _opens_clause(tokens[i - 1], scan):
        return None
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    j = k + 1
    while j < min(len(tokens), k + _TITLE_REACH) and (
        tokens[j].lower in scan.dets or scan.titleish(tokens[j].lower)
    ):
        j += 1
    end = name_run(tokens, j, scan)
    if end - j < 2 or (end < len(tokens) and tokens[end].lower in preps):
        return None  # a lone word may be anyone; a name before 'pour' opens the next item
    return j, end


def _opens_clause(before: Token, scan: TitleScanner) -> bool:
    """Whether the word before the preposition leaves it opening a clause: a list mark or a
    lower-case word that is no title's ('participent pour', 'et pour'), not 'spécial pour'."""
    return before.text in _MARKS or (before.base.islower() and not scan.titleish(before.lower))


def _state_word(tokens: list[Token], start: int, end: int, preps: frozenset[str]) -> bool:
    """Whether the run holds a roster preposition (never a name's word)."""
    return any(t.lower in preps for t in tokens[start:end])
