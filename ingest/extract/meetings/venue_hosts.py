"""The state of a meeting's venue that only hosts it: talks between two other states in 'the
Swiss city of Montreux', in Riyadh 'the Saudi capital', on neutral ground. The annotation rules
count hosts that take part and never a state merely mentioned; a venue's state told only as where
the meeting is held takes no part."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.asides import located, locative_preps
from ingest.extract.meetings.mediators import MEDIATOR
from ingest.extract.meetings.parties import host_of, marked_states, rekey
from ingest.extract.meetings.patterns import patterns
from ingest.extract.mentions import CountryMention
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.models import Meeting

# A visit or a call is the host's own: its host is a side by the annotation rules.
_OWN_KINDS = frozenset({"visit", "call"})
_PLACE_JOINERS = frozenset({",", "(", "/", "-"})  # 'Vienna, Austria', 'Doha/Katar'


def drop_idle_hosts(meetings: list[Meeting], art: ArticleContext) -> None:
    """A meeting of two other states loses the state of its venue when no sentence
    telling it names a person of that state, names the state otherwise than as where the meeting
    is held, names a group it belongs to ('the six-party talks') or an invitation ('at the
    invitation of'), and it mediates nothing: run once the sides and mediators are settled."""
    by_start = {ctx.sentence.start: ctx for ctx in art.sentences}
    for meeting in meetings:
        host = host_of(meeting, art.lex.lang)
        if host is None or host not in meeting.parties or not _between_others(meeting, host):
            continue
        told = [by_start[e.start] for e in meeting.evidence if e.start in by_start]
        if not any(_takes_part(ctx, host) for ctx in told):
            meeting.parties = sorted(set(meeting.parties) - {host})
            rekey(meeting)


def _between_others(meeting: Meeting, host: str) -> bool:
    """A meeting of two other states held at the host's place: exactly two sides besides the
    host and the mediators (a gathering of more, a summit of a group, is its members' own,
    the host's among them), not a visit to it, a call, nor a summons by it; a host that
    mediates stays."""
    mediating = marked_states(meeting.evidence, MEDIATOR)
    sides = set(meeting.parties) - {host} - mediating
    if host in mediating or meeting.kind in _OWN_KINDS or meeting.summons:
        return False
    return len(sides) == 2


def _takes_part(ctx: SentenceContext, host: str) -> bool:
    """Whether the sentence tells the host as one who takes part: a person of its state, the
    state named as more than the venue's place, a group of states it is in, an invitation."""
    if any(p.country == host for p in ctx.mentions.people):
        return True
    if any(c.code == host and not _locator(ctx, c) for c in ctx.mentions.countries):
        return True
    words = _words(ctx.lang)
    if words.invited.search(ctx.sentence.text):
        return True
    named = (m.group().lower() for m in words.group_names.finditer(ctx.sentence.text))
    return any(host in words.groups.get(name, ()) for name in named)


def _locator(ctx: SentenceContext, c: CountryMention) -> bool:
    """'in Switzerland', 'the Saudi capital', 'the Swiss city of Montreux', 'het Zwitserse
    conferentieoord', 'Vienna Austria', 'Doha/Katar': the state tells where, not who; so does
    a capital ('talks in Riyadh'), and a state that only announces or hosts the meeting ('La
    Suisse a annoncé', 'la Suisse accueille ces négociations')."""
    if c.kind == "capital" or located(ctx, c, locative_preps(ctx.lang)):
        return True
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_from(c.start)
    near = [t.text for t in (*tokens[max(0, k - 1) : k], *tokens[k + 1 : k + 2])]
    if any(t in _words(ctx.lang).venues for t in near):
        return True
    if any(_after_place(ctx, p.end, c.start) for p in ctx.mentions.places):
        return True
    after = ctx.local(c.end, ctx.sentence.end).lstrip()
    return patterns(ctx.lang).speech.match(after) is not None or (
        _words(ctx.lang).hosting.match(after) is not None
    )


def _after_place(ctx: SentenceContext, end: int, start: int) -> bool:
    """'Vienna Austria', 'Genf, Schweiz', 'Doha/Katar': a state right after a place names
    the place's state."""
    if not 0 <= start - end <= 2:
        return False
    gap = ctx.local(end, start).strip()
    return not gap or gap in _PLACE_JOINERS


class _Words:
    def __init__(self, lang: str) -> None:
        lex = load_lexicon(lang)
        self.venues = frozenset(lex.words("city_nouns")) | frozenset(lex.words("locality_nouns"))
        self.invited: re.Pattern[str] = phrase_regex(lex.words("invitation_words"))
        self.hosting: re.Pattern[str] = phrase_regex(lex.words("hosting_verbs"))
        groups = lex.mapping("state_groups")
        self.group_names: re.Pattern[str] = phrase_regex(list(groups))
        self.groups = {name.lower(): frozenset(codes) for name, codes in groups.items()}


@lru_cache(maxsize=8)
def _words(lang: str) -> _Words:
    return _Words(lang)
