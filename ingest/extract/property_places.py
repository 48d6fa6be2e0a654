"""Where a diplomatic building stands: the known places after its noun ('consulates in A, B and
C', 'de Paris, de Bordeaux', 'in der Hauptstadt Teheran') or in a name before it, and whether
a place is a state ('ambassade in Turkije') or a town the gazetteer knows."""

from __future__ import annotations

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.meetings.parties import place_country
from ingest.extract.meetings.places import dateline_city
from ingest.extract.meetings.summons import seat_of
from ingest.extract.mentions import Token
from ingest.lang import gazetteer
from ingest.lang.lexicon import capital_of
from ingest.models import DiplomaticProperty


def is_country(location: str | None, art: ArticleContext) -> bool:
    """Whether a building's place is a state's name ('ambassade in Turkije'), not a town."""
    return location is not None and art.lex.countries.get(location, ("", ""))[1] == "name"


def country_code(location: str | None, art: ArticleContext) -> str | None:
    """The state a country name stands for ('Turkije' -> TR); None for a town or nothing."""
    return art.lex.countries[location][0] if is_country(location, art) and location else None


def host_state(location: str | None, art: ArticleContext) -> str | None:
    """The state a building's place is in: the state it names, or the town's ('Kyiv' -> UA)."""
    if not location:
        return None
    return country_code(location, art) or place_country(location, art.lex.lang)


# Kinds of building a state keeps one of in each state it has relations with, in its capital:
# 'the Swiss embassy in Libya' stands in Tripoli. (A state has many consulates, and a 'mission
# in Haiti' may be an operation, so those stay unplaced.)
_CAPITAL_KINDS = frozenset({"embassy", "high commission"})


def seat_in(
    location: str | None, places: list[str | None], kind: str, art: ArticleContext
) -> str | None:
    """Where a building that the text places in `location`, one of `places`, stands: a town as
    named; for an embassy placed only in a state, the town that state's embassies stand in, in
    the article's year (its seat of government, or the town `seats.json` gives: Abidjan, Bonn
    before 1999; none for Israel); None for any other kind in a state, or for a state named
    beside a town ('its embassy in Kyiv, France said')."""
    if not is_country(location, art):
        return location
    code = country_code(location, art)
    alone = all(is_country(p, art) for p in places if p)
    if code and not alone:  # 'ambassades in Teheran en Koeweit': a town among towns
        return _named_capital(code)
    if kind not in _CAPITAL_KINDS or not code:
        return None
    return embassy_seat(code, art.years)


def _named_capital(code: str) -> str | None:
    """The capital of a state that bears the state's name ('Kuwait City', 'Singapore'); None
    for any other state's."""
    entry = gazetteer.countries().get(code) or {}
    capital, names = entry.get("capital"), entry.get("en", {}).get("names", [])
    return capital if capital and names and str(capital).startswith(names[0]) else None


def embassy_seat(code: str, years: frozenset[int]) -> str | None:
    """The town a state's embassies stand in, in the latest of the years (today without one)."""
    eras = gazetteer.embassy_seats().get(code)
    if eras is None:
        return seat_of(code)
    year = max(years, default=9999)
    return [town for start, town in eras if start <= year][-1]


def drop_home_owners(
    found: list[DiplomaticProperty], art: ArticleContext
) -> list[DiplomaticProperty]:
    """No state keeps a mission on its own soil: an owner read as the state the building's town
    lies in was misread, and the building keeps no owner rather than a wrong one."""
    for prop in found:
        if prop.owner_country and prop.owner_country == host_state(prop.location, art):
            prop.owner_country = None
    return found


def known_place(location: str | None, art: ArticleContext) -> bool:
    return location is not None and (
        any(p.name == location for p in art.lex.places.values()) or location in gazetteer.towns()
    )


def place_of(words: list[str], art: ArticleContext) -> str | None:
    """The English name of a known place: 'New-York', 'Francfort-sur-le-Main', 'Frankfurt am'."""
    spans = sorted(((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)),
                   key=lambda span: (span[0] - span[1], span[0]))  # fmt: skip
    for a, b in spans:  # longest first, then leftmost
        name = " ".join(words[a:b])
        for form in (name, name.replace("-", " "), name.split("-")[0]):
            place = art.lex.places.get(form)
            if place is not None:
                return place.name
            if art.lex.countries.get(form, ("", ""))[1] == "name":
                return form
            if form in gazetteer.towns():  # GeoNames' other towns: 'Latakia', 'Kassel'
                return form
    return None


def _run_at(tokens: list[Token], k: int, art: ArticleContext) -> tuple[list[str], int]:
    """Up to three capitalised words from `k`, and the index past them; a short word and its
    full stop are one word where the place is known so ('St. Petersburg')."""
    run: list[str] = []
    while k < len(tokens) and tokens[k].base[:1].isupper() and len(run) < 3:
        word = tokens[k].base
        if _abbreviation(tokens, k) and place_of([f"{word}.", tokens[k + 2].base], art):
            word, k = f"{word}.", k + 1
        run.append(word)
        k += 1
    return run, k


def _abbreviation(tokens: list[Token], k: int) -> bool:
    """'St' in 'St. Petersburg': a short word, a full stop against it, a capital after it."""
    return (
        len(tokens[k].text) <= 3
        and k + 2 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 2].base[:1].isupper()
    )


def _a_date(token: Token, art: ArticleContext) -> bool:
    """'the embassy in November', 'die Botschaft am Montag': a month or a day is no place."""
    return token.lower in art.lex.word_set("months", "weekdays")


def _link(token: Token) -> bool:
    return token.text.isalpha() and token.text.islower() and len(token.text) <= 3


def locations_after(tokens: list[Token], j: int, art: ArticleContext) -> list[str]:
    """Places after a building noun: 'in A, B and C', 'de Paris, de Bordeaux', 'Konsulate A, B'.
    A run the gazetteer does not know is a place after a city noun ('in den Städten San Antonio,
    San Cristobal und Puerto Ayacucho') or first after the preposition; in a list, one that a
    known place follows later ('in San Antonio, San Cristobal und Puerto Ayacucho')."""
    preps = art.lex.word_set("property_loc_preps")
    bare = j < len(tokens) and tokens[j].lower not in preps  # apposition: known places only
    k = j if bare else j + 1
    capital: str | None = None  # the state whose capital the words name ('the Afghan capital')
    named = False  # a city noun names what follows: towns, known or not
    if not bare:
        k, capital, named = _past_capital_noun(tokens, k, art)
    strict = bare or (k > j + 1 and not named)  # 'in het Amerikaanse ...' names no place
    items = _listed_runs(tokens, k, art)
    forms = art.lex.word_set("state_forms")
    out: list[str] = []
    for n, (run, place, own_prep) in enumerate(items):
        known_later = any(later is not None for _, later, _ in items[n + 1 :])
        loose = (named and not own_prep) or known_later  # not 'stad Houston, in Texas'
        if place is None and (strict or (out and not loose) or run[0].lower() in forms):
            break  # "l'Ambassade du Royaume": the owner's formal name, no place
        out.append(place or " ".join(run))
    if not out and capital is not None and (seat := capital_of(capital)) is not None:
        out.append(seat)  # 'in the Afghan capital' with no city named: Kabul
    return out


def _listed_runs(
    tokens: list[Token], k: int, art: ArticleContext
) -> list[tuple[list[str], str | None, bool]]:
    """The capitalised runs from `k` that joiners tie into one list, each with the known place
    it names (None for a run the gazetteer does not know) and whether a preposition of its own
    opens it ('de Paris, de Bordeaux')."""
    preps = art.lex.word_set("property_loc_preps")
    joiners = art.lex.word_set("list_joiners")
    items: list[tuple[list[str], str | None, bool]] = []
    own_prep = False
    while k < len(tokens) and not _a_date(tokens[k], art):
        run, past = _run_at(tokens, k, art)
        if not run:
            break
        items.append((run, place_of(run, art), own_prep))
        k, apposed = _past_host(tokens, past, items[-1][1], art)
        link = k + 1 < len(tokens) and tokens[k].lower not in joiners | preps
        if link and _link(tokens[k]) and tokens[k + 1].base[:1].isupper():
            k += 2  # 'Frankfurt am Main'
        semicolon = apposed and k < len(tokens) and tokens[k].text == ";"  # 'Poznan, Poland;'
        if k >= len(tokens) or not (tokens[k].lower in joiners or semicolon):
            break
        k += 1
        k += k < len(tokens) and tokens[k].lower in joiners  # 'A, B, and C'
        own_prep = k < len(tokens) and tokens[k].lower in preps
        k += own_prep  # 'de Paris, de Bordeaux'
    return items


def _past_host(
    tokens: list[Token], k: int, place: str | None, art: ArticleContext
) -> tuple[int, bool]:
    """Past the state a listed town lies in, set beside it ('in Poznan, Poland; Stuttgart,
    Germany', 'in Jerevan (Armenië), Niamey (Niger)'), and whether one was there: a state the
    town does not lie in is one more item of the list ('in Kyiv, Ukraine and Russia'), and one
    beside a town the gazetteer does not know is its own only in brackets or before a
    semicolon."""
    host = place_country(place, art.lex.lang) if place else None
    if k + 1 >= len(tokens) or tokens[k].text not in _APPOSITION:
        return k, False
    closing = _APPOSITION[tokens[k].text]
    run, past = _run_at(tokens, k + 1, art)
    for n in range(len(run), 0, -1):
        code, kind = art.lex.countries.get(" ".join(run[:n]), ("", ""))
        end = past - len(run) + n
        after = tokens[end].text if end < len(tokens) else None
        if kind != "name" or not (code == host or (host is None and after in (closing, ";"))):
            continue
        if closing is None or after == closing:
            return end + (closing is not None), True
    return k, False


# What sets a town's state beside it, and what closes it ('Poznan, Poland', 'Niamey (Niger)').
_APPOSITION: dict[str, str | None] = {",": None, "(": ")"}


def _past_capital_noun(
    tokens: list[Token], k: int, art: ArticleContext
) -> tuple[int, str | None, bool]:
    """Past the articles, a state's adjective and a capital or city noun after a preposition
    ('in der Hauptstadt Teheran', 'in the Afghan capital, Kabul', 'in the US city of Houston',
    'dans la ville américaine de Houston'): where the place starts, the adjective's state
    when a capital noun was read (a city noun alone names no place), and whether a city noun
    was read."""
    skip = art.lex.word_set("definite_articles")
    nouns = art.lex.word_set("capital_nouns")
    cities = art.lex.word_set("city_nouns")
    place_nouns = art.lex.word_set("capital_nouns", "city_nouns")  # built once per lexicon
    state: str | None = None
    noun = city = False
    while k < len(tokens):
        word = tokens[k]
        code, kind = art.lex.countries.get(word.base if word.possessive else word.text, ("", ""))
        if kind == "name" and _qualifies_city_noun(tokens, k, art, place_nouns):
            kind = "adjective"  # 'the US city of Houston', "China's southwestern city of Chengdu"
        elif (
            word.text.isalpha()
            and word.text.islower()
            and _qualifies_city_noun(tokens, k, art, place_nouns)
        ):
            kind = "adjective"  # 'the southwestern city of Chengdu': a word that qualifies it
        if word.lower in skip and _opens_place(tokens, k, art):
            break  # 'in The Hague', 'à La Havane': the article is the place's own
        if word.lower in skip or word.lower in place_nouns or kind == "adjective":
            noun = noun or word.lower in nouns
            city = city or word.lower in cities
            state = code if kind == "adjective" and code else state
        elif not (word.text == "," and noun) and not (city and _of_city(tokens, k, art)):
            break
        k += 1
    return k, (state if noun else None), city


def _qualifies_city_noun(
    tokens: list[Token], k: int, art: ArticleContext, nouns: frozenset[str]
) -> bool:
    """A word right before a capital or city noun, or before one lower-case word before it
    ("China's southwestern city of Chengdu")."""
    if _before_city_noun(tokens, k, art, nouns):
        return True
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
        and _before_city_noun(tokens, k + 1, art, nouns)
    )


def _before_city_noun(
    tokens: list[Token], k: int, art: ArticleContext, nouns: frozenset[str]
) -> bool:
    """A state's name before a capital or city noun that is no place's own name: 'the US city
    of Houston', not 'Kuwait City' or 'Mexico City'."""
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in nouns:
        return False
    return f"{tokens[k].text} {tokens[k + 1].text}" not in art.lex.places


def _of_city(tokens: list[Token], k: int, art: ArticleContext) -> bool:
    """'the city of Houston', 'la ville de Houston': the word that ties a city noun to its
    name, right before a capital letter."""
    return (
        tokens[k].lower in art.lex.word_set("of_words")
        and k + 1 < len(tokens)
        and tokens[k + 1].base[:1].isupper()
    )


def _opens_place(tokens: list[Token], k: int, art: ArticleContext) -> bool:
    """Whether the article at `k` opens a place's name with the word after it ('The Hague')."""
    return k + 1 < len(tokens) and f"{tokens[k].text} {tokens[k + 1].text}" in art.lex.places


def fronted_city(ctx: SentenceContext, art: ArticleContext) -> str | None:
    """The city a sentence opens with ('À Londres, ... devant l'ambassade syrienne', 'In Londen
    verzamelden zich ...'): where a building the sentence places nowhere else stands, as a
    dateline places it."""
    tokens = ctx.mentions.tokens
    preps = art.lex.word_set("locative_preps") & art.lex.word_set("property_loc_preps")
    if len(tokens) < 2 or tokens[0].lower not in preps:
        return None
    place = next((p for p in ctx.mentions.places if p.start == tokens[1].start), None)
    return place.name if place else None


def building_places(
    tokens: list[Token],
    j: int,
    named: tuple[str | None, str | None],
    listed: list[str],
    ctx: SentenceContext,
    art: ArticleContext,
) -> tuple[str | None, list[str | None]]:
    """The building's name (None where the name before it is only its place) and the places it
    stands in, read from `j` on: a place before the noun, or the dateline's city for an owned
    building that the sentence places nowhere else. The places `listed` after a plural noun
    stand in for states alone ('trois postes consulaires (Londres, Edimbourg et Jersey)')."""
    name, owner = named
    before_place = place_of(name.split(), art) if name else None
    if before_place is not None and not is_country(before_place, art):
        name = None  # 'the San Francisco consulate': where it is, not what it is called
    locations: list[str | None] = [*locations_after(tokens, j, art)] or [before_place]
    if locations == [None] and owner is not None and (at := dateline_city(ctx, art.lex.lang)):
        locations = [at[0]]  # 'ROTTERDAM - Bij het Turkse consulaat': where the wire story is
    elif locations == [None] and owner is not None and (city := fronted_city(ctx, art)):
        locations = [city]  # 'À Londres, ... devant l'ambassade syrienne'
    elif owner is not None and len(locations) > 1:
        # 'l'ambassade algérienne en Mauritanie, Alger a répliqué': a state keeps no building
        # in its own towns, so a town of the owner's own in the list is the next clause's
        locations = [p for p in locations if host_state(p, art) != owner] or locations
    if listed and all(p is None or is_country(p, art) for p in locations):
        locations = [*listed]  # one building in each listed town
    return name, locations
