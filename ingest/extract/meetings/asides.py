"""States a meeting sentence names without making them parties: where the meeting is held ('in
Saudi-Arabien', 'Genf, Schweiz', 'the Turkish capital') and states it leaves out ('without Ukraine',
'Ukraine is not on the agenda')."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.patterns import patterns
from ingest.extract.mentions import CountryMention, drop_elision
from ingest.lang.lexicon import load_lexicon, phrase_regex


def located(ctx: SentenceContext, c: CountryMention, preps: frozenset[str]) -> bool:
    """'talks in Saudi Arabia', 'Gipfel in Singapur', 'in Riad, der Hauptstadt von
    Saudi-Arabien', 'in der Schweiz', 'in the Turkish capital', 'Genf, Schweiz', 'Genf (Schweiz)',
    'in the south of Belarus': the state names where, not who."""
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_from(c.start)
    before, after = tokens[max(0, k - 3) : k], tokens[k + 1 : k + 2]
    if before and before[-1].lower in preps and c.kind == "name":
        return True
    article = len(before) > 1 and before[-1].lower in patterns(ctx.lang).definite
    if article and before[-2].lower in preps and c.kind == "name":  # 'in der Schweiz'
        return True
    capitals = _capital_nouns(ctx.lang)
    if any(t.lower in capitals for t in (*before, *after)):
        return True
    if any(t.text in _region_nouns(ctx.lang) for t in before):  # 'in het zuidoosten van Belarus'
        return True  # as spelt: 'North and South Korea' names two states
    if before and before[-1].text in {",", "("} and c.kind == "name":  # 'Genf, Schweiz'
        return any(p.end <= before[-1].start <= p.end + 1 for p in ctx.mentions.places)
    return False


@lru_cache(maxsize=8)
def _capital_nouns(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("capital_nouns")


@lru_cache(maxsize=8)
def _region_nouns(lang: str) -> frozenset[str]:
    return frozenset(load_lexicon(lang).words("region_nouns"))


@lru_cache(maxsize=8)
def locative_preps(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("locative_preps")


@lru_cache(maxsize=8)
def call_topic_preps(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("call_topic_preps")


@lru_cache(maxsize=8)
def _aside(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("exclusion_words")), phrase_regex(lex.words("agenda_phrases"))


_ASIDE_REACH = 60  # characters between 'without' and the state it leaves out
_AGENDA_REACH = 36  # 'Ukraine is not on the agenda': the state opens the clause
_CLAUSE_MARK = re.compile(r"[,;:.]")


def set_aside(ctx: SentenceContext, start: int, end: int, lang: str) -> bool:
    """'without the participation of Ukraine', 'Ukraine is not on the agenda': a state the
    sentence leaves out of the meeting or names as its subject only."""
    exclusion, agenda = _aside(lang)
    text = ctx.sentence.text
    at, stop = start - ctx.sentence.start, end - ctx.sentence.start
    if _stop_in_time(text[:at], text[stop:], lang):
        return True
    before = text[max(0, at - _ASIDE_REACH) : at]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    if exclusion.search(before[cut + 1 :]):
        return True
    after = _CLAUSE_MARK.split(text[stop : stop + _AGENDA_REACH], maxsplit=1)[0]
    return bool(agenda.search(after))


@lru_cache(maxsize=8)
def _time_openers(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon(lang)
    return lex.word_set("stop_time_openers"), lex.word_set("determiners")


def _stop_in_time(before: str, after: str, lang: str) -> bool:
    """'Following Angola, the leader will head to ...', 'Avant le Brésil, elle s'était rendue
    au Mexique': a state that opens the sentence after a word of time, before a comma, is the
    stop before or after the one told, no party of it."""
    if not after.lstrip().startswith(","):
        return False
    words = before.lower().split()
    openers, articles = _time_openers(lang)
    return bool(words) and words[0] in openers and all(w in articles for w in words[1:])


_CONFLICT_REACH = 6  # tokens between 'war' and the state it is fought in or against
_NEXT_WORD = re.compile(r"[-\s](\w+)")


@lru_cache(maxsize=8)
def _conflict_nouns(lang: str) -> frozenset[str]:
    return frozenset(load_lexicon(lang).words("conflict_nouns"))


def fought_over(ctx: SentenceContext, c: CountryMention, lang: str) -> bool:
    """'the war in Ukraine', 'Ende des Ukraine-Krieges', 'l'agression russe contre l'Ukraine':
    a state named as where or against whom a war is fought is what the meeting is about. Only
    a name: an adjective ('russe') is the side that wages it; and 'crisis talks between A and
    B' names the sides after the meeting word."""
    if c.kind != "name":
        return False
    nouns = _conflict_nouns(lang)
    following = _NEXT_WORD.match(ctx.local(c.end, c.end + 40))
    if following and following.group(1).lower() in nouns:
        return True
    tokens = ctx.mentions.tokens
    k = ctx.mentions.index_from(c.start)  # the state's first token, by bisection
    for t in reversed(tokens[max(0, k - _CONFLICT_REACH) : k]):
        if _CLAUSE_MARK.fullmatch(t.text):
            return False
        if drop_elision(t.lower) in nouns:  # "l'agression": the article is elided onto it
            return patterns(lang).trigger(ctx.local(t.end, c.start)) is None
    return False
