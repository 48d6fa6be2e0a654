"""The host of a reception told in the passive: 'Y was received by President X', 'Y wurde von
Präsident X empfangen', 'Y a été reçu par son homologue, X', 'Y werd ontvangen door X'.

The one named after the agent word ('by', 'von', 'par', 'door') receives the guest for their
state, and heads its side when they are its only principal the article names (a minister who
receives beside a named head or foreign minister of their state hosts a stop, and leads no
side). The leader model scores such pairs low when the host is named once and the state many
times, and the tied sides read 'received by' only at a meeting held in the host's capital.
Being named so says less than 'led by', so it only fills a side nothing else has led.

The guest a counterpart receives ('X a été reçu par son homologue, Y') heads his own side too:
the model often scores the guest low where the host's state is named more than his own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegations import LeadFinding
from ingest.extract.leaders.features import role_features
from ingest.extract.meetings.parties import place_country
from ingest.extract.mentions import PersonMention
from ingest.extract.mission_leads import no_head
from ingest.extract.officeholders import known_state
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import filled_side, open_meeting
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Delegation, Meeting, Person
from ingest.text.whole_words import find_whole

_REACH = 80  # characters between the participle and the agent word: one clause
_AGENT_GAP = 40  # characters from the agent word to the host's name: a title at most
_MAX_PEOPLE = 3  # a sentence naming more lists hosts or guests, not who heads a side
PEER = "counterpart"  # the role of the titles that name the host as the guest's peer


@dataclass(frozen=True)
class HostWords:
    participles: re.Pattern[str]  # 'received', 'empfangen', 'reçu': a reception told passively
    agents: re.Pattern[str]  # 'by', 'von', 'par': the one who receives follows
    hedges: re.Pattern[str]  # 'wants to', 'souhaite': a reception only wished for
    stops: re.Pattern[str]  # 'he', 'who': a clause of its own begins
    peers: re.Pattern[str]  # 'counterpart', 'homologue': the host is the guest's peer


@lru_cache(maxsize=8)
def host_words(lang: str) -> HostWords:
    lex = load_lexicon(lang)
    return HostWords(
        participles=phrase_regex(lex.words("reception_participles")),
        agents=phrase_regex(lex.words("passive_agents")),
        hedges=phrase_regex(lex.words("hedge_words")),
        stops=phrase_regex([*lex.words("pronouns"), *lex.words("relative_pronouns")]),
        peers=phrase_regex([t for t, r in lex.mapping("title_heads").items() if r == PEER]),
    )


def host_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states nothing else gave a head, headed by the host of a reception told
    in the passive, for a meeting of their state's, else one whose sides are not known yet."""
    led = {d.country for d in delegations}
    out: list[Delegation] = []
    hosts = [c for m in meetings if (c := place_country(m.city or "", art.lex.lang))]
    for ctx in art.sentences:
        for lead in reception_leads(ctx, art, registry, hosts):
            country, person = lead.country, registry.find(lead.leader.name)
            if country in led or person is None or person.title is None:
                continue
            meeting = open_meeting(meetings, country)
            if meeting is None and meetings:
                continue  # the article's meetings are others: the reception is told by the way
            led.add(country)
            evidence = ctx.evidence(lead.rule, lead.confidence)
            out.append(filled_side(country, person, meeting, evidence))
        out += _guest_sides(ctx, art, (registry, hosts), meetings, [*delegations, *out])
        led |= {d.country for d in out}
    return out


def _guest_sides(
    ctx: SentenceContext,
    art: ArticleContext,
    known: tuple[PeopleRegistry, list[str]],
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """The sides the sentence's guests of a counterpart head: of their state, else of the one
    other party of their host's meeting, where nothing leads it and they lead nothing else."""
    out: list[Delegation] = []
    for host, guest in reception_guests(ctx, art, *known):
        state = _state(guest, art) or _other_party(host, meetings)
        if state is None or state == host:
            continue
        if any(d.country == state or d.leader == guest.id for d in [*delegations, *out]):
            continue
        meeting = open_meeting(meetings, state)
        if meeting is None and meetings:
            continue  # the article's meetings are others: the reception is told by the way
        out.append(filled_side(state, guest, meeting, ctx.evidence("lead-guest", 0.7)))
    return out


def reception_guests(
    ctx: SentenceContext, art: ArticleContext, registry: PeopleRegistry, hosts: list[str]
) -> list[tuple[str, Person]]:
    """The host's state and the guest a counterpart receives ('X a été reçu par son homologue,
    Y', 'X was welcomed by his Kenyan counterpart Y'): the one named right before the
    participle. Being received by one's peer ties the guest to the talks as plainly as 'led
    by': he heads his own state's side (`host_heads`)."""
    words = host_words(art.lex.lang)
    s = ctx.sentence
    if words.participles.search(s.text) is None or words.hedges.search(s.text) is not None:
        return []
    named = _named(ctx, registry)
    if not 2 <= len(named) <= _MAX_PEOPLE:
        return []
    out: list[tuple[str, Person]] = []
    for agent in words.agents.finditer(s.text):
        at = s.start + agent.end()
        host = next(((p, h) for p, h in named if p >= at), None)
        peer = words.peers.search(ctx.local(at, min(at + _AGENT_GAP, s.end)))
        if host is None or peer is None or host[0] - at > _AGENT_GAP:
            continue
        guest = _guest(ctx, named, s.start + agent.start(), words)
        state = _state(host[1], art) or _place(ctx, hosts)
        if guest is not None and state and (guest.title or " " in guest.name):
            out.append((state, guest))  # a lone surname may be a spouse's too ('Macron')
    return out


def _other_party(host: str, meetings: list[Meeting]) -> str | None:
    """The guest's state where only the meeting tells it: the other party of the one meeting of
    two states that the host's state takes part in."""
    pairs = [set(m.parties) for m in meetings if host in m.parties and len(set(m.parties)) == 2]
    found = {p for pair in pairs for p in pair} - {host}
    return next(iter(found)) if len(found) == 1 else None


def _guest(
    ctx: SentenceContext, named: list[tuple[int, Person]], agent: int, words: HostWords
) -> Person | None:
    """The last person named before the participle that ends before `agent`, with nobody and
    no clause of its own between."""
    s = ctx.sentence
    parts = [s.start + m.start() for m in words.participles.finditer(s.text)]
    part = max((p for p in parts if 0 <= agent - p <= _REACH), default=None)
    before = [(start, p) for start, p in named if part is not None and start < part]
    if part is None or not before or part - before[-1][0] > _REACH:
        return None
    start, guest = before[-1]
    return None if _clause(ctx.local(start, part), words) else guest


def reception_leads(
    ctx: SentenceContext, art: ArticleContext, registry: PeopleRegistry, hosts: list[str]
) -> list[LeadFinding]:
    """The host named after the agent word of a passive reception, for the state the officeholder
    file or the article gives them, else the place the sentence names, else the one state the
    article's meetings are held in (`hosts`)."""
    words = host_words(art.lex.lang)
    if words.participles.search(ctx.sentence.text) is None:
        return []
    if words.hedges.search(ctx.sentence.text) is not None:
        return []  # a reception only wished for
    named = _named(ctx, registry)
    if not named or len(named) > _MAX_PEOPLE:
        return []
    host = _host(ctx, named, words)
    if host is None:
        return []
    states = (_state(host, art), _place(ctx, hosts))
    country = next((c for c in states if c), None)
    if country is None or not _receives(host, country, registry, art):
        return []
    if any(p.id != host.id and _state(p, art) == country for _, p in named):
        return []  # 'beside President X, also by Prime Minister Y': hosts, none the head
    return [LeadFinding(country, _mention(host), "lead-host", 0.7)]


def _state(person: Person, art: ArticleContext) -> str | None:
    return known_state(person.name, art.years) or person.country


def _receives(host: Person, country: str, registry: PeopleRegistry, art: ArticleContext) -> bool:
    """A counterpart receives for their state, and so does a principal the article names as
    their state's only one (a person of no known state is the outlet's): not a deputy
    ('vice-Premier ministre'), an envoy or staff, nor 'justitieminister X' where the premier Y
    and the foreign minister Z are named too."""
    role = host.role or ""
    f = role_features(role)
    if f.get("role:subordinate") or no_head(_mention(host)):
        return False
    if f.get("role:counterpart"):
        return True
    if not f.get("role:principal"):
        return False
    return not any(
        p.id != host.id and (_state(p, art) or art.outlet_country) == country
        and role_features(p.role or "").get("role:principal") for p in registry.people
    )  # fmt: skip


def _named(ctx: SentenceContext, registry: PeopleRegistry) -> list[tuple[int, Person]]:
    """The article's people this sentence names (by a mention or their name), each at the
    first place it names them, in order."""
    first: dict[str, tuple[int, Person]] = {}
    for m in ctx.mentions.people:
        known = registry.find(m.name)
        if known is not None and known.id not in first:
            first[known.id] = (m.span_start, known)
    text, s = ctx.sentence.text, ctx.sentence.start
    for p in registry.people:
        for form in {p.name, *p.aliases}:
            at = find_whole(text, form)
            if at >= 0 and (p.id not in first or s + at < first[p.id][0]):
                first[p.id] = (s + at, p)
    return sorted(first.values(), key=lambda x: x[0])


def _host(ctx: SentenceContext, named: list[tuple[int, Person]], words: HostWords) -> Person | None:
    """The person right after an agent word of a reception participle: 'received by X' (no one
    named between), 'von X empfangen' (no clause of its own between: 'by his wife X, where he
    was welcomed' is not X's)."""
    s = ctx.sentence
    parts = [m.start() + s.start for m in words.participles.finditer(s.text)]
    for agent in words.agents.finditer(s.text):
        at, begin = s.start + agent.end(), s.start + agent.start()
        after = [(start, p) for start, p in named if start >= at]
        if not after or after[0][0] - at > _AGENT_GAP:
            continue
        first = after[0][0]
        before = any(0 <= begin - p <= _REACH and not any(p < n < begin for n, _ in named)
                     for p in parts)  # fmt: skip
        final = any(first < p <= at + _REACH and not _clause(ctx.local(first, p), words)
                    for p in parts)  # fmt: skip
        if before or final:
            return after[0][1]
    return None


def _clause(gap: str, words: HostWords) -> bool:
    return words.stops.search(gap) is not None


def _place(ctx: SentenceContext, hosts: list[str]) -> str | None:
    """The state of the first place or state the sentence names, else the one state the
    article's meetings are held in."""
    found = [(c.start, c.code) for c in ctx.mentions.countries if c.kind != "adjective"]
    found += [(p.start, p.country) for p in ctx.mentions.places if p.country]
    if found:
        return min(found)[1]
    return hosts[0] if len(set(hosts)) == 1 else None


def _mention(person: Person) -> PersonMention:
    return PersonMention(name=person.name, start=0, end=0, role=person.role,
                         country=person.country)  # fmt: skip
