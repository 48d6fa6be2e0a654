"""The envoy's state in a summons: 'the Chinese ambassador', "l'ambassadeur d'Algérie", 'de
ambassadeurs van Nederland, Frankrijk en Polen', and the state he is posted to ('the British
envoy to Iran'), read from the mentions near the envoy noun; the summoning side is `summons`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.context import SentenceContext
from ingest.lang.lexicon import load_lexicon, phrase_regex


@lru_cache(maxsize=8)
def envoy_regex(lang: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words("envoy_nouns"))


@lru_cache(maxsize=8)
def verb_regex(lang: str) -> re.Pattern[str]:
    """The summoning verbs, those that summon only beside a ministry included."""
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("summons_verbs") + lex.words("summons_report_verbs"))


_ENVOY_OF = 30  # "l'ambassadeur de la République islamique d'Iran"


def envoy_country(ctx: SentenceContext, lang: str) -> str | None:
    """The country nearest the envoy noun: 'the Chinese ambassador', "l'ambassadeur d'Algérie".
    One before the noun with the summoning verb between them is the summoner ('Rabat convoque
    le chargé d'affaires de l'ambassade d'Algérie'), not the envoy's."""
    envoy = envoy_noun(ctx, lang)
    return None if envoy is None else _country_of(ctx, lang, envoy)


def envoy_noun(ctx: SentenceContext, lang: str) -> re.Match[str] | None:
    """The envoy noun the summons is about: the first in the summoning verb's clause ('Rappel
    des ambassadeurs de la Nouvelle-Zélande, ambassadeurs de France convoqués': the recalled
    envoys are another clause's), else the sentence's first."""
    text = ctx.sentence.text
    nouns = list(envoy_regex(lang).finditer(text))
    verb = verb_regex(lang).search(text)
    if verb is None or len(nouns) < 2:
        return nouns[0] if nouns else None
    same = [
        m for m in nouns
        if not CLAUSE_MARK.search(text[min(m.end(), verb.end()) : max(m.start(), verb.start())])
    ]  # fmt: skip
    return (same or nouns)[0]


def other_envoys(ctx: SentenceContext, lang: str, first: str) -> list[str]:
    """'Naast de Nederlandse ambassadeur moest ook de Zwitserse ambassadeur zich melden': each
    later envoy noun of the sentence with a state of its own is summoned too."""
    chosen = envoy_noun(ctx, lang)
    at = chosen.start() if chosen else 0
    found = [
        _country_of(ctx, lang, m)
        for m in envoy_regex(lang).finditer(ctx.sentence.text)
        if m.start() > at
    ]
    return [code for code in dict.fromkeys(found) if code is not None and code != first]


def _country_of(ctx: SentenceContext, lang: str, envoy: re.Match[str]) -> str | None:
    at, end = ctx.sentence.start + envoy.start(), ctx.sentence.start + envoy.end()
    verb = verb_regex(lang)
    near = [
        (min(abs(c.end - at), abs(c.start - end)), c.code)
        for c in ctx.mentions.countries
        if (at - 30 <= c.end <= at and not _cut_off(ctx.local(c.end, at), verb))
        or (end <= c.start <= end + _ENVOY_OF and not CLAUSE_MARK.search(ctx.local(end, c.start)))
    ]
    return min(near)[1] if near else None


def _cut_off(between: str, verb: re.Pattern[str]) -> bool:
    """Whether a state before the envoy noun is kept from it: by the summoning verb, or by a
    clause mark ('après les mesures contre les autorités algériennes, le chargé d'affaires de
    l'ambassade de France est convoqué': the state the measures hit, not the envoy's)."""
    return bool(verb.search(between) or CLAUSE_MARK.search(between))


def envoy_list(ctx: SentenceContext, lang: str, envoy: str) -> list[str]:
    """'de ambassadeurs van Nederland, Frankrijk en Polen', 'the British, French and German
    envoys': the states in one list with the envoy's, each summoned on its own."""
    found = envoy_noun(ctx, lang)
    if found is None:
        return [envoy]
    at = ctx.sentence.start + found.start()
    mentions = sorted(ctx.mentions.countries, key=lambda c: c.start)
    near = [i for i, c in enumerate(mentions) if c.code == envoy]
    if not near:
        return [envoy]
    start = end = min(near, key=lambda i: abs(mentions[i].start - at))
    fillers = list_fillers(lang)
    while start > 0 and joined(
        name_gap(ctx, mentions[start - 1].end, mentions[start].start), fillers
    ):
        start -= 1
    while end + 1 < len(mentions) and joined(
        name_gap(ctx, mentions[end].end, mentions[end + 1].start), fillers
    ):
        end += 1
    return list(dict.fromkeys(c.code for c in mentions[start : end + 1]))


def name_gap(ctx: SentenceContext, start: int, end: int, *, brackets: bool = False) -> str:
    """The text between two listed states, less the envoys' names: 'die Botschafter von
    Neuseeland, Peter Howard Rider, aus der Republik Irak, ...' lists one envoy per state."""
    text = ctx.local(start, end)
    for p in sorted(ctx.mentions.people, key=lambda p: p.start, reverse=True):
        if start <= p.start and p.end <= end:
            text = text[: p.start - start] + text[p.end - start :]
    if brackets:  # 'Mit Putin (Russland), Hollande (Frankreich)': a name before its state
        text = _BRACKETED.sub(",", text).replace(")", ",")
    parts = text.split(",")  # a name the people reader missed: 'Karl R. Xuereb'
    inner = range(1, len(parts) - 1)
    return ",".join(p for i, p in enumerate(parts) if not (i in inner and _NAME.fullmatch(p)))


_WORD = r"[A-ZÀ-Ý][\w'\u00b4\u2019.-]*"  # a capitalised word of a name, an initial ('R.') too
_BRACKETED = re.compile(rf"(?:{_WORD}\s+){{0,3}}{_WORD}\s*\(")
# a name of two words or more: one word alone may be a state the gazetteer misses ('Slovakije')
_NAME = re.compile(rf"\s*(?:{_WORD}\s+){{1,4}}{_WORD}\s*")


def joined(between: str, fillers: frozenset[str]) -> bool:
    words = _LIST_WORD.findall(between.lower())
    return bool(words) and all(w in fillers for w in words)


@lru_cache(maxsize=8)
def list_fillers(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    words = lex.words("list_joiners") + lex.words("determiners")
    words += lex.words("own_country_connectors")
    return frozenset(w.lower() for w in words)  # 'de Russie et de Biélorussie'


_LIST_WORD = re.compile(r"\w+|[^\w\s'\u2019]")  # an elided 'd'' joins too


def posted_country(ctx: SentenceContext, lang: str, envoy: str) -> str | None:
    """'de Nederlandse ambassadeur in Rusland', 'the British envoy to Iran': the state the envoy
    is posted to is the one that summons him."""
    found = envoy_noun(ctx, lang)
    if found is None:
        return None
    end = ctx.sentence.start + found.end()
    own = [c.end for c in ctx.mentions.countries if c.code == envoy and 0 <= c.start - end <= 30]
    end = max([end, *own])  # 'l'ambassadeur de la République islamique d'Iran en Belgique'
    preps, articles = posting_preps(lang), _articles(lang)
    for c in ctx.mentions.countries:
        between = ctx.local(end, c.start)
        if c.code != envoy and c.kind != "adjective" and 0 < c.start - end <= _POSTED_REACH:
            words = [w.lower() for w in between.split()]
            if words and words[-1] in articles:
                words.pop()  # 'ambassadeur in de Verenigde Arabische Emiraten', 'to the UK'
            if words and words[-1] in preps and not CLAUSE_MARK.search(between):
                return c.code
    return None


@lru_cache(maxsize=8)
def _articles(lang: str) -> frozenset[str]:
    return load_lexicon(lang).word_set("definite_articles")


_POSTED_REACH = 24  # 'ambassadeur français en Algérie'
CLAUSE_MARK = re.compile(r"[,;:.()]")


@lru_cache(maxsize=8)
def posting_preps(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    return lex.word_set("locative_preps", "venue_preps")


def listed_after(ctx: SentenceContext, lang: str) -> list[str] | None:
    """'Het Kremlin heeft de ambassadeurs van circa tien landen ontboden, het gaat al zeker om
    Frankrijk, Groot-Brittannië, ...': the envoys a summons leaves unnamed listed after its verb,
    two states or more (a list missing a comma runs on: 'Zweden Slovakije')."""
    verb = verb_regex(lang).search(ctx.sentence.text)
    if verb is None:
        return None
    end, fillers = ctx.sentence.start + verb.end(), list_fillers(lang)
    after = sorted((c for c in ctx.mentions.countries if c.start >= end), key=lambda c: c.start)
    n = 1
    while n < len(after) and _run_on(ctx.local(after[n - 1].end, after[n].start), fillers):
        n += 1
    states = list(dict.fromkeys(c.code for c in after[:n]))
    return states if len(states) >= _LISTED else None


def _run_on(between: str, fillers: frozenset[str]) -> bool:
    return not between.strip() or joined(between, fillers)


_LISTED = 2  # states: one alone is the envoy an envoy noun names
