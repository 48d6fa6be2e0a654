"""Where a meeting happens: the place after a locative preposition in the meeting's clause,
a wire dateline, and where one sentence moves on to a second meeting place."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ingest.extract.context import SentenceContext
from ingest.extract.meetings.patterns import Patterns, patterns
from ingest.extract.mentions import CountryMention, PlaceMention
from ingest.extract.towns import upper_town
from ingest.lang import gazetteer
from ingest.lang.lexicon import Lexicon, load_lexicon, phrase_regex

_TOPIC_WORDS = 5  # 'over' + three words + 'in': the place belongs to the subject
_RETURN_REACH = 4  # tokens of the longest return phrase and a determiner: 'de retour à la'


def _speaker_clause_end(
    ctx: SentenceContext, lo: int, hi: int, trigger_at: int, pats: Patterns
) -> int:
    """Where the speaker's clause ends when the meeting is only reported speech, else `lo`.

    'Speaking in Beijing, the spokesman said the sides agreed to meet again': Beijing is where
    he spoke, not where anyone meets.
    """
    text = ctx.local(lo, hi)
    speech = pats.speech.search(text)
    if speech is None or lo + speech.end() > trigger_at:
        return lo
    return lo + speech.end()


_DATELINE = re.compile(
    r"^([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{2,40}?)\s*(?:,|\(|\u2014|\u2013|-\s|:\s)"
)


@lru_cache(maxsize=8)
def _upper_places(lang: str) -> dict[str, tuple[str, str, bool]]:
    return {f.upper(): (p.name, p.country, p.capital) for f, p in load_lexicon(lang).places.items()}


# 'Wien \u2013 ', 'Ankara (dpa) - ', 'Neu Delhi (AFP) ': a title-case dateline ends in a dash
# or an agency
_TITLE_DATELINE = re.compile(
    r"^([A-Z\u00c0-\u00de][\w\u00c0-\u017f .'-]{1,30}?)\s*"
    r"(?:\([^)]{1,20}\)\s*[-\u2013\u2014]?|[\u2013\u2014])\s"
)


# 'COPENHAGEN, Denmark (AP) —', 'HANOI, Vietnam —': the state right after a dateline's city.
_DATELINE_HEAD = re.compile(r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{2,40},\s*$")
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?[-\u2013\u2014]")


def dateline_state(ctx: SentenceContext, country: CountryMention) -> bool:
    """Whether `country` is named in a wire story's dateline, after its city ('COPENHAGEN,
    Denmark (AP) —'): it tells where the story was filed, not who meets."""
    head = ctx.local(ctx.sentence.start, country.start)
    tail = ctx.local(country.end, ctx.sentence.end)
    return bool(_DATELINE_HEAD.match(head) and _DATELINE_TAIL.match(tail))


def dateline_city(ctx: SentenceContext, lang: str) -> tuple[str, str, bool] | None:
    """'GENEVA, May 5 (Reuters) -', 'DEN HAAG -', 'Wien \u2013': where a wire story's opening event
    happened."""
    match = _DATELINE.match(ctx.sentence.text)
    found = _upper_places(lang).get(match.group(1).strip()) if match else None
    if found is None and match is not None:
        found = upper_town(match.group(1).strip())
    if found is None and (match := _TITLE_DATELINE.match(ctx.sentence.text)):
        place = load_lexicon(lang).places.get(match.group(1).strip())
        found = (place.name, place.country, place.capital) if place else None
    return found


@lru_cache(maxsize=8)
def _place_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Locative prepositions, capital nouns and determiners, lower-cased once per language:
    every place of every sentence asks them."""
    lex = load_lexicon(lang)
    keys = ("locative_preps", "capital_nouns", "determiners")
    preps, capitals, dets = (lex.word_set(key) for key in keys)
    return preps, capitals, dets


def _prep_index(before: list[str], lex: Lexicon) -> int | None:
    """Index in `before` of the preposition introducing a place: 'in Abuja', and through an
    apposition 'in der Hauptstadt Brasília', 'dans la capitale, Lomé'."""
    preps, capitals, dets = _place_words(lex.lang)
    if before and before[-1] in preps:
        return len(before) - 1
    if len(before) >= 2 and before[-1] in dets and before[-2] in preps:
        return len(before) - 2  # 'in der türkischen Hauptstadt', 'dans la capitale qatarie'
    k = len(before) - 1
    if k >= 0 and before[k] == ",":
        k -= 1
    if k < 1 or before[k] not in capitals:
        return None
    k -= 1
    if k >= 1 and before[k] in dets:
        k -= 1
    return k if k >= 0 and before[k] in preps else None


def returned_to(ctx: SentenceContext, start: int, lex: Lexicon) -> bool:
    """Whether the place or state at `start` is where someone goes back to ('flew back to
    Dhaka', 'keert terug naar Paramaribo', 'reiste zurück nach Berlin', 'avant de rentrer à
    Paris'): the traveller's home, where a trip ends, not where its meetings are held."""
    past = ctx.mentions.index_past(start)
    before = [t.lower for t in ctx.mentions.tokens[max(0, past - _RETURN_REACH) : past]]
    if before and before[-1] in _place_words(lex.lang)[2]:
        before.pop()  # 'back to the Netherlands'
    phrases = lex.word_set("return_words")
    return any(" ".join(before[k:]) in phrases for k in range(len(before)))


def _introduced(ctx: SentenceContext, start: int, lex: Lexicon, pats: Patterns) -> int | None:
    """Where the locative phrase of the place at `start` begins, when it names a meeting place
    (not 'Embassy in Havana', 'ambassadeur in Moskou', 'said in Moscow', 'back to Dhaka')."""
    if returned_to(ctx, start, lex):
        return None
    past = ctx.mentions.index_past(start)
    tokens = ctx.mentions.tokens[max(0, past - 6) : past]
    before = [t.lower for t in tokens]
    k = _prep_index(before, lex)
    if k is None:
        return None
    owner = before[k - 1] if k > 0 else ""
    if owner in pats.blockers or owner.rsplit("-", 1)[-1] in pats.blockers:
        return None
    if owner in pats.speech_last:
        return None
    return tokens[k].start


def city_in(
    ctx: SentenceContext, lo: int, hi: int, lex: Lexicon, pats: Patterns, trigger: tuple[int, int]
) -> tuple[str, str, bool] | None:
    """First place introduced by a locative preposition and not owned by a building or title;
    failing one, a seat of government introduced so ("a reçu à l'Elysée"). The topic starts
    after the meeting word (`trigger`, its span), never inside it: the 'on' of 'called on the
    Afghan Prime Minister in Kabul' opens no topic."""
    lo = _speaker_clause_end(ctx, lo, hi, trigger[0], pats)
    topic = topic_start(ctx, max(lo, trigger[1]), hi, lex)
    for place in ctx.mentions.places:
        if (
            lo <= place.start < hi
            and not _in_topic(ctx, topic, place.start)
            and (_introduced(ctx, place.start, lex, pats) is not None)
        ):
            return place.name, place.country, place.capital
    return _seat_in(ctx, (lo, min(hi, topic)), lex, pats)


def _seat_in(
    ctx: SentenceContext, span: tuple[int, int], lex: Lexicon, pats: Patterns
) -> tuple[str, str, bool] | None:
    """A seat of government introduced as where it happens ("a reçu à l'Elysée", 'welcomed
    at the Kremlin') places the meeting in its city, as the city's own name would."""
    base = ctx.sentence.start
    for m in _seat_regex(lex.lang).finditer(ctx.sentence.text):
        at = base + m.start()
        if span[0] <= at < span[1] and _introduced(ctx, at, lex, pats) is not None:
            return _seat_venues(lex.lang)[m.group().lower()]
    return None


@lru_cache(maxsize=8)
def _topic_regex(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    preps = "|".join(re.escape(p) for p in lex.words("about_preps"))
    return re.compile(rf"\b(?:{preps})\s+(\w+)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _date_words(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    keys = ("weekdays", "months", "relative_days", "this_year")
    return frozenset(w.lower() for key in keys for w in lex.words(key))


def topic_start(ctx: SentenceContext, lo: int, hi: int, lex: Lexicon) -> int:
    """Where the meeting's subject begins ('spreekt met X over ... de oorlog in Gaza'): a place
    after it is what was discussed, not where. A date after the preposition ('on Tuesday') is no
    subject, nor is the forum a sidelines phrase names ('met on the sidelines of the summit in
    Malabo': where they met, though its 'on' is also the 'on' of 'talks on trade')."""
    text, sidelines = ctx.local(lo, hi), patterns(lex.lang).sidelines
    for match in _topic_regex(lex.lang).finditer(text):
        word = match.group(1).lower()
        if word in _date_words(lex.lang) or word.isdigit():
            continue
        if sidelines.match(text, match.start()) is None:
            return lo + match.start()
    return hi


def _in_topic(ctx: SentenceContext, topic: int, at: int) -> bool:
    """'over handel, klimaat en de oorlog in Gaza' is a subject; 'overleg over migratie in
    Brussel' still names where: only a longer subject phrase swallows the place."""
    return topic < at and len(ctx.local(topic, at).split()) >= _TOPIC_WORDS


def stops_named(ctx: SentenceContext, lex: Lexicon, pats: Patterns) -> list[PlaceMention]:
    """Places the sentence names as where something happens ('am Abend reist er weiter nach
    Guangzhou', 'in Bangalore sind Anlässe geplant'), not as a subject it is about."""
    topic = topic_start(ctx, ctx.sentence.start, ctx.sentence.end, lex)
    return [
        place for place in ctx.mentions.places
        if _introduced(ctx, place.start, lex, pats) is not None
        and not _in_topic(ctx, topic, place.start)
    ]  # fmt: skip


def place_cuts(ctx: SentenceContext, lex: Lexicon, pats: Patterns) -> list[int]:
    """Where one sentence moves on to a second meeting place: 'will travel on to Accra to meet
    ..., before ending the trip in Dakar, where he is due to hold talks with ...'. A cut falls
    before each later place whose clause has a meeting word of its own."""
    if len(ctx.mentions.places) < 2:
        return []  # a cut falls between two places: most sentences name one at most
    s = ctx.sentence
    starts = [
        at
        for place in ctx.mentions.places
        if (at := _introduced(ctx, place.start, lex, pats)) is not None
    ]
    cuts: list[int] = []
    for first, later in pairwise(starts):
        if later <= first or pats.trigger(s.text[: later - s.start]) is None:
            continue
        rest = s.text[later - s.start :]
        own = pats.trigger(rest)
        if own is not None and not pats.previous.search(rest[: own.start()]):
            cuts.append(later)
    return cuts


def article_places(
    sentences: list[SentenceContext], lex: Lexicon, pats: Patterns
) -> list[tuple[str, str, bool]]:
    """Every place the article names, in order, those it names as where something happens
    first: datelines and places introduced by a locative preposition, then any other place
    ('at the Presidential Villa, Abuja', 'Islamabad, Sep 7 (PTI)'). A seat of government
    ('au palais de l'Elysée') places things in its city. A place someone goes back to is
    none ('flew back to Dhaka')."""
    introduced: list[tuple[str, str, bool]] = []
    named: list[tuple[str, str, bool]] = []
    seats = _seat_venues(lex.lang)
    for ctx in sentences:
        dateline = dateline_city(ctx, lex.lang)
        if dateline is not None:
            introduced.append(dateline)
        introduced.extend(
            seats[m.group().lower()] for m in _seat_regex(lex.lang).finditer(ctx.sentence.text)
        )
        states = {c.start for c in ctx.mentions.countries if c.kind == "name"}
        for place in ctx.mentions.places:
            found = (place.name, place.country, place.capital)
            at = _introduced(ctx, place.start, lex, pats)
            if at is None and (place.start in states or _possessive(ctx, place)):
                continue  # 'President Guelleh of Djibouti', "Cairo's desire": the state
            if at is None and returned_to(ctx, place.start, lex):
                continue
            (introduced if at is not None else named).append(found)
    return introduced + named


def introduced_places(
    sentences: list[SentenceContext], lex: Lexicon, pats: Patterns
) -> list[tuple[str, str, bool]]:
    """The places a locative preposition introduces as where something happens, in order, in
    sentences with a meeting word ('the forum held in Phnom Penh', 'la conférence qui se tient à
    Durban'): 'In Paris demonstrierten Tausende' places no meeting."""
    found: list[tuple[str, str, bool]] = []
    for ctx in sentences:
        if not ctx.mentions.places or pats.trigger(ctx.sentence.text) is None:
            continue
        for place in ctx.mentions.places:
            if _introduced(ctx, place.start, lex, pats) is not None:
                found.append((place.name, place.country, place.capital))
    return found


def home_states(sentences: list[SentenceContext], lex: Lexicon) -> frozenset[str]:
    """The states of the places and states someone goes back to (`returned_to`): in an article
    about a visit, the visitor's home ('De delegatie keert op 3 mei terug naar Suriname')."""
    found: set[str] = set()
    for ctx in sentences:
        found |= {p.country for p in ctx.mentions.places if returned_to(ctx, p.start, lex)}
        found |= {
            c.code for c in ctx.mentions.countries
            if c.kind == "name" and returned_to(ctx, c.start, lex)
        }  # fmt: skip
    return frozenset(found)


def _possessive(ctx: SentenceContext, place: PlaceMention) -> bool:
    """A capital with a possessive speaks for its state ("Cairo's desire")."""
    tokens = ctx.mentions.tokens
    last = ctx.mentions.index_past(place.end - 1)
    return last < len(tokens) and tokens[last].possessive


@lru_cache(maxsize=8)
def _seat_venues(lang: str) -> dict[str, tuple[str, str, bool]]:
    """'Élysée' -> Paris, with the city's country, for each building standing in one city; a
    town the city table leaves out stands for itself ('Schloss Versailles' -> Versailles)."""
    lex = load_lexicon(lang)
    cities = {name: (name, code, False) for name, code in gazetteer.towns().items()}
    cities |= {p.name: (p.name, p.country, p.capital) for p in lex.places.values()}
    return {
        venue.lower(): cities[city]
        for venue, city in lex.mapping("seat_venues").items()
        if city in cities
    }


@lru_cache(maxsize=8)
def _seat_regex(lang: str) -> re.Pattern[str]:
    return phrase_regex(list(load_lexicon(lang).mapping("seat_venues")))


def seat_states(sentences: list[SentenceContext], lang: str) -> set[str]:
    """States whose seats of government the article names ('the White House', 'le Kremlin')."""
    seats, regex = _seat_venues(lang), _seat_regex(lang)
    return {
        seats[m.group().lower()][1] for ctx in sentences for m in regex.finditer(ctx.sentence.text)
    }
