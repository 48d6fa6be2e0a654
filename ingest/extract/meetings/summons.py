"""Summonses: 'The Foreign Office has summoned the Chinese ambassador after ...'.

A summons is a meeting between the summoning country and the envoy's country, held where the
summoning ministry sits. The summoning country is the ministry's own ('Auswärtiges Amt', 'Quai
d'Orsay'), the country or capital that opens the clause ('Bruxelles a convoqué'), an adjective on
the ministry ('le ministère belge'), or, for a bare 'Buitenlandse Zaken', the article's own
country. A place after 'after', 'nach', 'après' is what happened, not where.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.envoys import (
    CLAUSE_MARK,
    envoy_country,
    envoy_list,
    envoy_noun,
    envoy_regex,
    joined,
    list_fillers,
    listed_after,
    other_envoys,
    posted_country,
    posting_preps,
    verb_regex,
)
from ingest.lang import gazetteer
from ingest.lang.lexicon import capital_of, load_lexicon, phrase_regex

_SUBJECT_TOKENS = 3  # 'Bruxelles a convoqué', 'Britain has summoned': the subject opens the clause


@lru_cache(maxsize=8)
def _bodies(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    lex = load_lexicon(lang)
    bodies = {k.lower(): v for k, v in lex.mapping("summoning_bodies").items()}
    return phrase_regex(list(lex.mapping("summoning_bodies"))), bodies


@lru_cache(maxsize=1024)  # asked for every trigger word, and those are few
def is_summons(word: str, lang: str) -> bool:
    return bool(verb_regex(lang).fullmatch(word))


@lru_cache(maxsize=8)
def _reporting(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("summons_report_verbs")), phrase_regex(
        lex.words("ministry_nouns")
    )


def reported(text: str, lang: str) -> re.Match[str] | None:
    """'De zaakgelastigde moest op het Turkse ministerie verschijnen', 'ins Außenministerium
    zitiert': an envoy made to report at a ministry is summoned, though the verb alone ('melden',
    'zitiert', 'se présenter') says nothing of a summons."""
    verb, ministry = _reporting(lang)
    found = verb.search(text)
    if found is None or ministry.search(text) is None:
        return None
    return found if envoy_regex(lang).search(text) else None


@lru_cache(maxsize=8)
def _plain_verbs(lang: str) -> re.Pattern[str]:
    return phrase_regex(load_lexicon(lang).words("summons_verbs"))


def summoning(text: str, lang: str) -> re.Match[str] | None:
    """The summoning verb of a clause that names an envoy, though a meeting word comes first
    ('Der iranische Botschafter wurde zum Gespräch ins Auswärtige Amt gebeten', 'Das EDA hat
    den Botschafter zu einem Gespräch aufgeboten'): the talk is the summons."""
    verb = _plain_verbs(lang).search(text)
    if verb is not None and envoy_regex(lang).search(text):
        return verb
    return reported(text, lang)


@lru_cache(maxsize=8)
def _negations(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon(lang)
    return phrase_regex(lex.words("negations")), phrase_regex(lex.words("negation_scope_ends"))


_SCOPE_MARK = re.compile(r"[:;«“„]")  # a quotation or a clause of its own begins


def denied(before: str, lang: str) -> bool:
    """'waarom niet ook de Britse ambassadeur op het matje is geroepen': no summons was held.
    A negation before a colon, an opening quote or a new clause ('that', 'waarom') denies
    another verb: "n'a pas tardé à réagir, ajoutant : « L'ambassadeur ... est convoquée", 'this
    is not the first time that Wisma Putra had summoned'."""
    negation, ends = _negations(lang)
    marks = [*_SCOPE_MARK.finditer(before), *ends.finditer(before)]
    start = max((m.end() for m in marks), default=0)
    return negation.search(before[start:]) is not None


def _body_country(ctx: SentenceContext, lang: str, envoy: str) -> tuple[bool, str | None]:
    """(a ministry is named, its country): 'Auswärtige Amt', 'het Nederlandse ministerie'."""
    body_re, bodies = _bodies(lang)
    body = body_re.search(ctx.sentence.text)
    if body is None:
        return False, None
    if bodies.get(body.group().lower()):
        return True, str(bodies[body.group().lower()])
    at, end = ctx.sentence.start + body.start(), ctx.sentence.start + body.end()
    adjectives = [
        c.code
        for c in ctx.mentions.countries
        if c.kind == "adjective" and c.code != envoy and at - 20 <= c.start <= end + 8
    ]
    return True, adjectives[0] if adjectives else None


_OURS_REACH = 3  # words: 'onze minister van Buitenlandse Zaken', 'notre ministère'


def _ours(ctx: SentenceContext, art: ArticleContext) -> str | None:
    """'ook onze minister van Buitenlandse Zaken heeft de Turkse ambassadeur op het matje
    geroepen': a ministry the outlet calls its own ('our', 'onze', 'unser', 'notre') is of the
    outlet's state, whatever other states the sentence names."""
    body = _bodies(art.lex.lang)[0].search(ctx.sentence.text)
    if body is None or art.outlet_country is None:
        return None
    before = ctx.sentence.text[: body.start()].lower().split()[-_OURS_REACH:]
    ours = art.lex.word_set("own_possessives")
    return art.outlet_country if any(w in ours for w in before) else None


def _subject_country(ctx: SentenceContext, envoy: str, *, adjective: bool = False) -> str | None:
    """'Bruxelles a convoqué', 'UK summons': a country or capital opening the sentence; with
    `adjective`, a nationality adjective there instead ('Le gouvernement français a convoqué',
    'De Israëlische regering heeft ... ontboden'): the subject's state, not the envoy's."""
    tokens = ctx.mentions.tokens[:_SUBJECT_TOKENS]
    if not tokens:
        return None
    limit = tokens[-1].end
    for c in ctx.mentions.countries:
        if c.kind == "capital" and ctx.local(c.end, c.end + 1) == ":":
            continue  # 'New Delhi:Bangladesh foreign ministry summoned': a dateline, not who
        if (c.kind == "adjective") == adjective and c.start < limit and c.code != envoy:
            return c.code
    return None


def _before_verb(ctx: SentenceContext, lang: str, envoy: str) -> str | None:
    """'Earlier in the day, Japan's deputy foreign minister summoned ...': the state named in
    the summoning clause before the verb (its subject) when none opens the sentence."""
    verb = verb_regex(lang).search(ctx.sentence.text)
    if verb is None:
        return None
    at = ctx.sentence.start + verb.start()
    preps = posting_preps(lang)
    found = [
        c for c in ctx.mentions.countries
        if c.end <= at and c.code != envoy and c.kind != "adjective"
        and not CLAUSE_MARK.search(ctx.local(c.end, at).replace(",", ""))
        and not _placed(ctx, c.start, preps)
    ]  # fmt: skip
    return found[-1].code if found else None


def _placed(ctx: SentenceContext, start: int, preps: frozenset[str]) -> bool:
    """'after the protests in Iraq': a state after a locative preposition is where, not who."""
    before = ctx.local(ctx.sentence.start, start).split()
    return bool(before) and before[-1].lower() in preps


def _home(art: ArticleContext, envoy: str) -> str | None:
    """The country the article names most often besides the envoy's, by a clear margin."""
    counts = Counter(c.code for s in art.sentences for c in s.mentions.countries if c.code != envoy)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _implied(
    ctx: SentenceContext, art: ArticleContext, envoy: str, *, own: bool = False
) -> str | None:
    """'Russia's ambassador was summoned after the cyberattack on Antwerp': with no summoner
    named, the one other state the sentence names summons (a place in it included, but not one
    where something happened unless it is a seat: 'op het ministerie in Abu Dhabi'), else the
    outlet's own state if the article names it (an outlet abroad may report anyone's), or if
    `own`: a ministry named with no state ('Buitenlandse Zaken heeft ... ontboden') is its own."""
    preps = posting_preps(art.lex.lang)  # 'after the protests in Iraq': where, not who
    named = [(c.code, c.start, False) for c in ctx.mentions.countries]
    named += [(p.country, p.start, p.name == seat_of(p.country)) for p in ctx.mentions.places]
    others = {
        code for code, at, seat in named
        if code != envoy and (seat or not _placed(ctx, at, preps))
    }  # fmt: skip
    if len(others) == 1:
        return next(iter(others))
    outlet = art.outlet_country
    if others or outlet == envoy:
        return None
    told = outlet is not None and (
        own or any(c.code == outlet for s in art.sentences for c in s.mentions.countries)
    )
    # 'we called in the Iranian Ambassador' on a .au site about New Zealand: an outlet's state
    # the article never names gives way to the state it names most
    return outlet if told else _home(art, envoy)


def seat_of(code: str) -> str | None:
    """The seat of government of `code`: its capital but where it sits elsewhere."""
    return gazetteer.seats_of_government().get(code) or capital_of(code)


def _seat(code: str) -> tuple[str, str, bool] | None:
    """Where the summoning ministry sits: the seat of government."""
    city = seat_of(code)
    return (city, code, city == capital_of(code)) if city else None


def summons(
    ctx: SentenceContext, art: ArticleContext
) -> list[tuple[set[str], tuple[str, str, bool] | None]] | None:
    """The parties and place of each summons stated in `ctx` (one per summoning and envoy's
    state), or None when a side is unknown."""
    lang = art.lex.lang
    envoy = envoy_country(ctx, lang)
    if envoy is not None and envoy == _subject_country(ctx, "") and not _envoy_opens(ctx, lang):
        envoy = None  # 'Rusland heeft de ambassadeurs ontboden': the summoner, not the envoys
    listed = (listed_after(ctx, lang) or _listed_next(ctx, art)) if envoy is None else None
    envoy = envoy or (listed[0] if listed else None) or _named_before(ctx, art)
    if envoy is None:
        return None
    named, summoner = _body_country(ctx, lang, envoy)
    summoner = _subject_country(ctx, envoy) or summoner or posted_country(ctx, lang, envoy)
    summoner = summoner or _before_verb(ctx, lang, envoy)
    summoner = summoner or _subject_country(ctx, envoy, adjective=True)
    if summoner is None and named:
        summoner = _ours(ctx, art) or _home(art, envoy)
    summoner = summoner or _implied(ctx, art, envoy, own=named)
    if summoner is None or summoner == envoy:
        return None
    envoys = listed or envoy_list(ctx, lang, envoy) + other_envoys(ctx, lang, envoy)
    if summoner in envoys:  # 'Ook de ambassadeurs van Duitsland, Frankrijk en het VK zijn ontboden'
        summoner = _earlier_summoner(ctx, art, envoys) or summoner
    envoys = [e for e in dict.fromkeys(envoys) if e != summoner]
    summoners = _seats_listed(ctx, lang, envoy) or _fellow_summoners(ctx, lang, summoner, envoy)
    return [({state, e}, _seat(state)) for state in summoners for e in envoys]


_SEAT_LIST = 2  # 'convoqués à Canberra, Wellington et Tokyo': one town is the summoner's seat


def _seats_listed(ctx: SentenceContext, lang: str, envoy: str) -> list[str]:
    """'ambassadeurs de France convoqués à Canberra, Wellington et Tokyo': a list of towns of
    other states right after the summoning verb names each state that summons, at its seat."""
    verb = verb_regex(lang).search(ctx.sentence.text)
    if verb is None:
        return []
    towns = sorted(
        [(c.start, c.end, c.code) for c in ctx.mentions.countries if c.kind == "capital"]
        + [(p.start, p.end, p.country) for p in ctx.mentions.places],
    )
    end, preps, fillers = ctx.sentence.start + verb.end(), posting_preps(lang), list_fillers(lang)
    found: list[str] = []
    for start, stop, code in towns:
        if start < end:
            continue
        between = ctx.local(end, start).split()
        first = not found and len(between) == 1 and between[0].lower() in preps
        if not (first or (found and joined(ctx.local(end, start), fillers))):
            break
        found.append(code)
        end = stop
    states = list(dict.fromkeys(found))
    return states if len(states) >= _SEAT_LIST and envoy not in states else []


def unresolved_seat(
    ctx: SentenceContext, art: ArticleContext, parties: set[str]
) -> tuple[str, str, bool] | None:
    """A summons of two states whose envoy no envoy noun names ('India summoned the senior-most
    British diplomat in Delhi', 'Joshua Zarka est convoqué'): held at the seat of the state
    opening the sentence, else of the outlet's own, when it is one of the two; a place the
    sentence names is mostly the cause's ('the Indian high commission in London')."""
    if len(parties) != 2:
        return None
    summoner = _subject_country(ctx, "") or _subject_country(ctx, "", adjective=True)
    summoner = summoner if summoner in parties else art.outlet_country
    return _seat(summoner) if summoner in parties else None


def _envoy_opens(ctx: SentenceContext, lang: str) -> bool:
    """ "L'ambassadeur d'Iran a été convoqué au Quai d'Orsay": the envoy noun before the state
    that opens the sentence makes it the envoy's state (a passive summons), not the summoner."""
    envoy = envoy_noun(ctx, lang)
    if envoy is None:
        return False
    at = ctx.sentence.start + envoy.start()
    first = min(ctx.mentions.countries, key=lambda c: c.start, default=None)
    if first is None or at < first.start:
        return True
    return _POSSESSIVE.fullmatch(ctx.local(first.end, at)) is not None  # "Russia's envoy"


_POSSESSIVE = re.compile(r"['\u2019]s?\s+")


def _fellow_summoners(ctx: SentenceContext, lang: str, summoner: str, envoy: str) -> list[str]:
    """'Paris and Rome summoned the Turkish ambassador': each state of the list opening the
    clause summons at its own seat."""
    mentions = sorted(
        (c for c in ctx.mentions.countries if c.kind != "adjective" and c.code != envoy),
        key=lambda c: c.start,
    )
    first = next((i for i, c in enumerate(mentions) if c.code == summoner), None)
    if first is None:
        return [summoner]
    start = end = first
    fillers = list_fillers(lang)  # 'Rome et Amsterdam': the list runs back from the last named
    while start > 0 and joined(ctx.local(mentions[start - 1].end, mentions[start].start), fillers):
        start -= 1
    if any(_placed(ctx, c.start, posting_preps(lang)) for c in mentions[start:first]):
        start = first  # 'after protests in France and Germany, Italy summoned': where, not who
    while end + 1 < len(mentions) and joined(
        ctx.local(mentions[end].end, mentions[end + 1].start), fillers
    ):
        end += 1
    return list(dict.fromkeys([summoner, *(c.code for c in mentions[start : end + 1])]))


def envoy_states(ctx: SentenceContext, lang: str) -> list[str]:
    """'received the ambassadors of Nigeria and Botswana', 'les lettres de créance des
    ambassadeurs du Nigeria et du Botswana': the states of two or more envoys met at once, each
    a meeting of its own with the host (empty for one envoy or none)."""
    envoy = envoy_country(ctx, lang)
    listed = envoy_list(ctx, lang, envoy) if envoy else []
    return listed if len(listed) > 1 else []


def _listed_next(ctx: SentenceContext, art: ArticleContext) -> list[str] | None:
    """'Rusland heeft de ambassadeurs van een tiental landen ontboden. Het gaat om de
    ambassadeurs van Nederland, Frankrijk en Polen': the envoys a summons leaves unnamed are
    listed in the next sentence."""
    at = _position(ctx, art)
    if at is None or at + 1 >= len(art.sentences):
        return None
    nxt = art.sentences[at + 1]
    if _summons_in(nxt, art.lex.lang):
        return None  # a summons of its own
    envoy = envoy_country(nxt, art.lex.lang)
    return envoy_list(nxt, art.lex.lang, envoy) if envoy else None


_LOOK_BACK = 2  # sentences: 'den deutschen Botschafter in Ankara ... hatte ihn einbestellt'


def _named_before(ctx: SentenceContext, art: ArticleContext) -> str | None:
    """'Die Türkei hatte ihn förmlich einbestellt', 'Turkey summoned him': a summons that names
    no envoy and no state but the summoner's summons the one an earlier sentence names with his
    state ('für den deutschen Botschafter in Ankara'), the nearest of the two before it."""
    lang = art.lex.lang
    if envoy_regex(lang).search(ctx.sentence.text) is not None:
        return None  # the envoy is named here, of no state or as the summoner's
    # 'the US diplomat was summoned', 'den Leiter der iranischen Botschaft in Berlin einbestellt':
    # a sentence naming the envoy's state, or a state besides the summoner's, tells its own sides
    named = {c.code for c in ctx.mentions.countries} | {p.country for p in ctx.mentions.places}
    at = _position(ctx, art)
    for before in reversed(art.sentences[max(0, at - _LOOK_BACK) : at] if at else []):
        if (envoy := envoy_country(before, lang)) is not None:
            return None if envoy in named or len(named) > 1 else envoy
    return None


def _earlier_summoner(ctx: SentenceContext, art: ArticleContext, envoys: list[str]) -> str | None:
    """A summons of several envoys that names no summoner but one of them ('Ook de ambassadeurs
    van Duitsland, Frankrijk en het VK zijn ontboden') is by the summoner of the summons told
    just before it, if that one is none of the envoys'."""
    at = _position(ctx, art)
    for before in reversed(art.sentences[max(0, at - _LOOK_BACK) : at] if at else []):
        told = summons(before, art) if _summons_in(before, art.lex.lang) else None
        seat = told[0][1] if told else None
        if seat is not None:
            return None if seat[1] in envoys else seat[1]
    return None


def _position(ctx: SentenceContext, art: ArticleContext) -> int | None:
    """Where the sentence stands in the article, if it is one of the article's."""
    return next((i for i, s in enumerate(art.sentences) if s is ctx), None)


def _summons_in(ctx: SentenceContext, lang: str) -> bool:
    return verb_regex(lang).search(ctx.sentence.text) is not None
