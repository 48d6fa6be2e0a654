"""Heads a leading phrase names where the sentence rules (`delegations`) do not read it:

- a fronted phrase, the group it leads after its head: 'Conduite par le président X, cette
  mission regroupe', 'Led by Minister X, the delegation will', 'Onder leiding van minister X
  heeft de missie', 'Angeführt von X, reiste die Delegation';
- a phrase a complement splits: 'La délégation russe est conduite à ces négociations par X',
  'the team was led at the talks by X';
- a group the delegation nouns leave out: 'La mission luxembourgeoise dirigée par X';
- a pronoun for the group an earlier sentence names: 'Elle est dirigée par ...'.

Each may name its heads after a colon ('dirigée par deux diplomates chevronnés : le vice-ministre
X, 62 ans, et l'ambassadeur Y'): the first named there heads the group.

The sentence rules feed the leader model, which is fitted on the pairs they leave; reading these
forms there would move its pairs. Read after it, they fill only a state nothing else has led,
with a titled head who leads no other side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.delegation_states import noun_state
from ingest.extract.lead_people import person_at
from ingest.extract.mentions import PersonMention
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.side_heads import OpenSides, told_meeting
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Delegation, Meeting

RULE = "lead-agent"
_BEFORE = 90  # characters a phrase looks back for its group noun (as `delegations` does)
_NOUN_GAP = 4  # words between the group noun and the split phrase ('délégation russe est')
_AFTER = 80  # characters from a fronted phrase's head to the noun of the group he leads
_OWN = 30  # characters before a group noun where its state's adjective or name stands
_COLON = 40  # characters from the phrase to a colon that opens the list of heads
_EARLIER = 2  # sentences back where a pronoun's group is named
_OPENERS = " \"'\u00ab\u201c\u2018-\u2014\u2013"  # quotes and dashes that may open a sentence
_CLOSE = 4  # characters from the head's name to the verb that closes a split phrase
_CLOSER_REACH = 24  # characters after the head's name searched for that verb ('geleitet')
_OWN_AFTER = 25  # characters after a fronted phrase's group noun where its own state is named
_PRONOUN_WORDS = 3  # 'Elle est', 'It was', 'Ze wordt': the pronoun and its auxiliaries


@dataclass(frozen=True)
class AgentWords:
    phrases: re.Pattern[str]  # the leading phrases ('conduite par', 'led by')
    split: re.Pattern[str]  # a participle, a complement, the agent word
    nouns: re.Pattern[str]  # the groups a head leads ('délégation', 'mission')
    extra: re.Pattern[str]  # the group nouns only this module reads
    pronouns: frozenset[str]  # 'elle', 'it': a group named before
    split_pairs: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # 'wird von' ... 'geleitet'
    # Every pair's opener in one list: a sentence it finds nothing in asks no pair (most do not).
    split_openers: re.Pattern[str]


@lru_cache(maxsize=8)
def agent_words(lang: str) -> AgentWords:
    lex = load_lexicon(lang)
    phrases = lex.words("lead_passive")
    agents = {w.lower() for w in lex.words("passive_agents")}
    # A participle and its agent alone ('conduite par', 'led by'): a longer phrase's word before
    # its agent may be an adverb ('led respectively by') or an auxiliary ('geleid worden door').
    pairs = [p.lower().split() for p in phrases]
    participles = {w[0] for w in pairs if len(w) == 2 and w[1] in agents}
    alt = "|".join(re.escape(w) for w in sorted(participles, key=len, reverse=True)) or "(?!x)x"
    agent = "|".join(re.escape(w) for w in sorted(agents)) or "(?!x)x"
    extra = lex.words("led_group_nouns")
    return AgentWords(
        phrases=phrase_regex(phrases),
        split=re.compile(rf"\b(?:{alt})(?:\s+[^\W\d_][\w'\u2019-]*){{1,4}}?\s+(?:{agent})\b", re.I),
        nouns=phrase_regex([*lex.words("delegation_nouns"), *extra]),
        extra=phrase_regex(extra),
        pronouns=lex.word_set("group_pronouns"),
        split_pairs=tuple(
            (phrase_regex([row[0]]), phrase_regex([row[1]]))
            for row in lex.data.get("lead_split", [])
        ),
        split_openers=phrase_regex([row[0] for row in lex.data.get("lead_split", [])]),
    )


@dataclass(frozen=True)
class AgentLead:
    leader: PersonMention
    state: str | None  # None: the group an earlier sentence names
    form: str


def agent_heads(
    art: ArticleContext,
    registry: PeopleRegistry,
    meetings: list[Meeting],
    delegations: list[Delegation],
) -> list[Delegation]:
    """Delegations of the states nothing else led, headed by the titled person one of the
    forms above names."""
    sides = OpenSides.after(delegations)
    for k, ctx in enumerate(art.sentences):
        for lead in agent_leads(ctx):
            person = registry.find(lead.leader.name)
            if person is None or not person.title:
                continue
            state = lead.state or person.country
            state = state or _earlier_state(art.sentences[:k])
            if state is None or not sides.open(state, person):
                continue
            meeting = told_meeting(state, {ctx.sentence.start}, meetings)
            sides.fill(state, person, meeting, ctx.evidence(f"{RULE}:{lead.form}", 0.8))
    return sides.filled


def _earlier_state(read: list[SentenceContext]) -> str | None:
    """The state of the group the nearest sentence before names ('La délégation du gouvernement
    de Damas ... est arrivée. Elle est dirigée par'); none where it names the group without one
    (the outlet's state, a guess there, heads sides the text gives to others)."""
    for ctx in reversed(read[-_EARLIER:]):
        nouns = list(agent_words(ctx.lang).nouns.finditer(ctx.sentence.text))
        if not nouns:
            continue
        base = ctx.sentence.start
        states = [_own_state(ctx, base + n.start(), base + n.end()) for n in nouns]
        return next((s for s in reversed(states) if s), None)
    return None


def _own_state(ctx: SentenceContext, start: int, end: int) -> str | None:
    """A group's own state: an adjective right before its noun ('een Nederlandse missie'), or
    one in its phrase after it ('la délégation du gouvernement de Damas'); never a name before
    it, which is where a visit goes ('het staatsbezoek aan Zuid-Afrika vindt er een missie')."""
    for c in reversed(ctx.mentions.countries):
        gap = ctx.local(c.end, start)
        if c.end <= start and c.kind == "adjective" and "," not in gap and len(gap.split()) <= 2:
            return c.code
    return noun_state(ctx, (start, end), (end, end + _OWN))


def agent_leads(ctx: SentenceContext) -> list[AgentLead]:
    """The heads the sentence's leading phrases name in the forms above, with the state their
    group's phrase gives (None where an earlier sentence must give it)."""
    words = agent_words(ctx.lang)
    s = ctx.sentence
    out: list[AgentLead] = []
    for match in words.phrases.finditer(s.text):
        leader = _head_after(ctx, s.start + match.end())
        if leader is None:
            continue
        before = s.text[: match.start()]
        if not before.strip(_OPENERS):
            out += _fronted(ctx, leader, words)
        elif _pronoun(before, words):
            out.append(AgentLead(leader, leader.country, "pronoun"))
        else:
            out += _group_before(ctx, leader, s.start + match.start(), words, only_extra=True)
    for match in words.split.finditer(s.text):
        leader = _head_after(ctx, s.start + match.end())
        if leader is not None:
            out += _group_before(ctx, leader, s.start + match.start(), words, only_extra=False)
    return out + _pronoun_split(ctx, words)


def _pronoun_split(ctx: SentenceContext, words: AgentWords) -> list[AgentLead]:
    """'Sie wird vom Nationalen Sicherheitsberater X geleitet': a pronoun's group, the phrase
    split around its head, the closing verb right after him."""
    s = ctx.sentence
    out: list[AgentLead] = []
    if words.split_openers.search(s.text) is None:
        return out
    for opener, closer in words.split_pairs:
        for match in opener.finditer(s.text):
            leader = _head_after(ctx, s.start + match.end())
            if leader is None or not _pronoun(s.text[: match.start()], words):
                continue
            close = closer.search(ctx.local(leader.span_end, leader.span_end + _CLOSER_REACH))
            if close is not None and close.start() <= _CLOSE:
                out.append(AgentLead(leader, leader.country, "pronoun"))
    return out


def _head_after(ctx: SentenceContext, at: int) -> PersonMention | None:
    """The person the phrase names, or the first of those it lists after a colon."""
    person = person_at(ctx, at)
    if person is not None:
        return person
    gap = ctx.local(at, at + _COLON)
    colon = gap.find(":")
    if colon < 0 or re.search(r"[,;.!?()\"«»“”]|\b[^\W\d_]*[A-Z]", gap[:colon]):
        return None  # another clause, or a name, before the colon
    return person_at(ctx, at + colon + 1)


def _fronted(ctx: SentenceContext, leader: PersonMention, words: AgentWords) -> list[AgentLead]:
    """'Conduite par X, cette mission ...': the group is the first noun after its head."""
    end = leader.span_end - ctx.sentence.start
    noun = words.nouns.search(ctx.sentence.text, end, end + _AFTER)
    if noun is None or re.search(r"[;.!?]", ctx.sentence.text[end : noun.start()]):
        return []
    n_start, n_end = ctx.sentence.start + noun.start(), ctx.sentence.start + noun.end()
    comma = ctx.sentence.text.rfind(",", end, noun.start())
    lo = max(n_start - _OWN, ctx.sentence.start + (comma + 1 if comma >= 0 else end))
    state = noun_state(ctx, (n_start, n_end), (lo, n_end + _OWN_AFTER), leader.country)
    return [AgentLead(leader, state or leader.country, "fronted")]


def _pronoun(before: str, words: AgentWords) -> bool:
    """'Elle est dirigée par': a pronoun and its auxiliaries stand for a group named before."""
    found = re.findall(r"[^\W\d_]+", before.lower())
    return 0 < len(found) <= _PRONOUN_WORDS and found[0] in words.pronouns


def _group_before(
    ctx: SentenceContext, leader: PersonMention, at: int, words: AgentWords, *, only_extra: bool
) -> list[AgentLead]:
    """'La délégation russe est conduite à ces négociations par X', 'La mission luxembourgeoise
    dirigée par X': the group noun stands a few words before the phrase, nobody between."""
    s = ctx.sentence
    window = s.text[max(0, at - s.start - _BEFORE) : at - s.start]
    nouns = list(words.nouns.finditer(window))
    if not nouns:
        return []
    noun = nouns[-1]
    if only_extra and not words.extra.fullmatch(noun.group()):
        return []  # a delegation noun: the sentence rules read the phrase
    base = s.start + max(0, at - s.start - _BEFORE)
    n_start, n_end = base + noun.start(), base + noun.end()
    between = ctx.local(n_end, at)
    if len(between.split()) > _NOUN_GAP or re.search(r"[,;:.!?()]", between):
        return []
    if any(n_end <= p.span_start < at for p in ctx.mentions.people):
        return []
    state = noun_state(ctx, (n_start, n_end), (n_start - _OWN, at), leader.country)
    return [AgentLead(leader, state or leader.country, "split" if not only_extra else "group")]
