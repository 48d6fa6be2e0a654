"""Heads named without any title in the sentence that tells their meeting: 'Emmanuel Macron et
Vladimir Poutine doivent s'appeler ce vendredi', 'A Paris, George Bush et François Mitterrand ont
souligné ... après leur entretien', 'Yoon Suk Yeol a tout d'abord félicité Shigeru Ishiba'.

An outlet names the heads and foreign ministers of its day by name alone, often in no construction
the title or side rules read (a modal before the verb, a verb that is no meeting word, a name
after a comma). Such a name is read as no person at all, so the leader model never weighs him and
his state's side stays unled. The officeholder file knows whose officeholder the name is in the
article's years (docs/officeholders.md): a full name it lists, in a sentence that tells a meeting
his state is a party to (the article's main meeting), heads that state's side where nothing else
has led it and its other sides are led by people of his rank, heads or ministers, or named the
same way beside him ('Macron et Merkel se sont entretenus'). Only one such
name for a state: two (a head and his predecessor, a head and his minister) say nothing of which
one takes part. Not a name after a genitive ('la présidence de Donald Trump', 'the government of
X': named, not met), nor in a sentence that denies ('ein Treffen mit X werde nicht zustande
kommen'); at a summons only a foreign minister, as `leaders/sole.py` reads it. The person is added
after the leader model, so no candidate pair moves.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.features import is_head_role
from ingest.extract.leaders.known import office_years
from ingest.extract.mentions import PersonMention
from ingest.extract.officeholders import FOREIGN_MINISTER, known_state, offices_of
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.person_names import name_run
from ingest.extract.side_heads import OpenSides, told_in, undenied_tellings
from ingest.models import Delegation, Meeting
from ingest.text.slug import local_slug

RULE = "lead-untitled-officeholder"
_MIN_WORDS = 2  # a lone family name may be anyone's; the file's full forms name one person

_Hit = tuple[SentenceContext, int, int]  # the sentence and the name's span in the text


def untitled_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the unled parties of the article's meetings, headed by the one untitled
    officeholder of that state named where one of its meetings is told."""
    # The main meeting only: the article's story, which its heads' names tell.
    live = [m for m in meetings[:1] if m.status != "cancelled" and m.parties]
    sides = OpenSides.after(delegations)
    parties = {c for m in live for c in m.parties} - sides.led
    if not parties:
        return []
    years = office_years(art, meetings)
    ranks = _leader_ranks(registry, delegations, years)
    hits: dict[str, dict[str, _Hit]] = {}
    for ctx, told in undenied_tellings(art, live):
        named = _named_officeholders(ctx, art, registry, parties, years)
        # Two untitled heads the sentence names lead each other's other side: 'Macron et
        # Merkel se sont entretenus'.
        here = ranks | {
            state: _is_head(name, state, years) for state, (name, _, _) in named.items()
        }
        for state, (name, start, stop) in named.items():
            others = {c: r for c, r in here.items() if c != state}
            if _may_head(name, state, told, years, others):
                hits.setdefault(state, {}).setdefault(local_slug(name), (ctx, start, stop))
    _fill(hits, registry, live, sides)
    return sides.filled


def _fill(
    hits: dict[str, dict[str, _Hit]],
    registry: PeopleRegistry,
    live: list[Meeting],
    sides: OpenSides,
) -> None:
    """Each state named by one such name alone gets him as its head, added as a person."""
    for state, names in sorted(hits.items()):
        if len(names) != 1:
            continue  # a head and his predecessor, a head and his minister: which one met?
        ctx, start, stop = next(iter(names.values()))
        mention = PersonMention(name=ctx.local(start, stop), start=start, end=stop, rule=RULE)
        person = registry.add(mention, ctx)
        person.country = person.country or state
        if sides.open(state, person):
            meeting = next(m for m in live if state in m.parties and told_in(m, ctx.sentence.start))
            sides.fill(state, person, meeting, ctx.evidence(RULE, 0.6))


def _named_officeholders(
    ctx: SentenceContext,
    art: ArticleContext,
    registry: PeopleRegistry,
    parties: set[str],
    years: frozenset[int],
) -> dict[str, tuple[str, int, int]]:
    """State -> the untitled name the sentence gives that the file knows as an officeholder of
    that unled party, with its span: the first such name of each state."""
    out: dict[str, tuple[str, int, int]] = {}
    for spans in _untitled_names(ctx, art, registry):
        for start, stop in spans:
            name = ctx.local(start, stop)
            state = known_state(name, years)
            if state in parties:
                out.setdefault(state, (name, start, stop))
                break
    return out


def _may_head(
    name: str, state: str, told: list[Meeting], years: frozenset[int], ranks: dict[str, bool]
) -> bool:
    """Whether the officeholder may head his state's side of a meeting the sentence tells whose
    other sides are all led by one of his rank, head or minister: a head named where ministers
    meet is its background ('Rubio und Lawrow bereiten ein Treffen von Trump und Putin vor');
    at a summons, the ministry's side, only as its foreign minister ('Reynders a convoqué'),
    never as a head named beside it."""
    head = _is_head(name, state, years)
    own = [m for m in told if state in m.parties and len(m.parties) > 1]
    if not any(all(ranks.get(c) is head for c in set(m.parties) - {state}) for m in own):
        return False
    if any(m.summons for m in own):
        return offices_of(name, state, years) == {FOREIGN_MINISTER}
    return True


def _is_head(name: str, state: str, years: frozenset[int]) -> bool:
    """Whether the file knows the name as a head of the state (not only its foreign minister)."""
    return bool(offices_of(name, state, years) - {FOREIGN_MINISTER})


def _leader_ranks(
    registry: PeopleRegistry, delegations: list[Delegation], years: frozenset[int]
) -> dict[str, bool]:
    """State -> whether its side's leader is a head (by his title, else by the file)."""
    people = {p.id: p for p in registry.people}
    ranks: dict[str, bool] = {}
    for d in delegations:
        person = people.get(d.leader or "")
        if person is None:
            continue
        titled = is_head_role(person.role)
        ranks[d.country] = titled or (not person.role and _is_head(person.name, d.country, years))
    return ranks


def _untitled_names(
    ctx: SentenceContext, art: ArticleContext, registry: PeopleRegistry
) -> list[list[tuple[int, int]]]:
    """The full names the sentence gives that no rule read as a person, and that name no state
    or place: for each run of name words, its spans less none, one, two ... leading words,
    which may be no name ('Américain John Kerry'), of two words at least."""
    m = ctx.mentions
    tokens = m.tokens
    genitive = art.lex.word_set("genitive_preps")
    taken = [(p.span_start, p.span_end) for p in m.people]
    taken += [(c.start, c.end) for c in m.countries] + [(p.start, p.end) for p in m.places]
    out: list[list[tuple[int, int]]] = []
    j = 0
    while j < len(tokens):
        if not tokens[j].text[:1].isupper():
            j += 1  # a full name opens with a capital: reading a run at every word is the cost
            continue
        end = name_run(tokens, j, art.scan)
        if end - j < _MIN_WORDS:
            j += 1
            continue
        if j and tokens[j - 1].lower in genitive:
            j = end
            continue  # 'la présidence de Donald Trump', 'the government of X': named, not met
        stop = tokens[end - 1].end
        spans = [(tokens[k].start, stop) for k in range(j, end - _MIN_WORDS + 1)]
        out.append([(a, b) for a, b in spans if _free(a, b, taken, ctx, registry)])
        j = end
    return out


def _free(
    start: int,
    stop: int,
    taken: list[tuple[int, int]],
    ctx: SentenceContext,
    registry: PeopleRegistry,
) -> bool:
    """Whether the span overlaps no person, state or place read there and names no known person."""
    if any(a < stop and start < b for a, b in taken):
        return False
    return registry.find(ctx.local(start, stop)) is None
