"""Diplomatic properties (embassies, consulates, estates, trade missions) and who restricts them.

A building is a property fact with a proper name, a location (in a sentence opening with a
dateline, the dateline's city), its owner alone for one embassy, consulate or residence ('the
Peruvian embassy'), or the bare noun the article keeps coming back to ('the consulate ... the
consulate'); a meeting's venue is one only when its owner is named ('at the German embassy').
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ingest.extract import property_pronouns as pronouns
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import CountryMention, Token
from ingest.extract.property_bodies import PERMANENT, BodyTie, body_tie, permanent_name
from ingest.extract.property_home import home_owner
from ingest.extract.property_institutions import (
    ELISION,
    building_noun_at,
    owned_building,
    owned_in_state,
    property_nouns,
    shown_noun,
)
from ingest.extract.property_lists import per_owner, singular, tail_list
from ingest.extract.property_merge import LISTED, UNNAMED_RULE, merge_properties, place_listed
from ingest.extract.property_owners import (
    adjectives_before,
    closer_owns,
    envoy_holder,
    joined,
    listed_closers,
    names_noun,
    own_by_having,
    own_by_pronoun,
    owner_after,
    restriction,
    restrictor,
    sentence_owner,
)
from ingest.extract.property_places import (
    building_places,
    country_code,
    drop_home_owners,
    is_country,
    known_place,
    seat_in,
)
from ingest.models import DiplomaticProperty, Meeting

_QUOTES = {'"', "“", "”", "„", "«", "»", "'"}


def _owns(country: CountryMention, tokens: list[Token], k: int) -> bool:
    """An adjective ('the Peruvian embassy'), a possessive ("Iran's embassy") or a name used
    as one right before the noun ('the US embassy', 'the UK embassy') owns it; a state named
    earlier ('threats of Niger against the embassy') does not, nor an adjective a word away
    that qualifies someone else ("des étudiants iraniens attaquent l'ambassade"), unless that
    word is its own second half ('the Saudi Arabian embassy')."""
    against = tokens[k + 1].start - country.end <= 1
    if country.kind == "adjective" and not against:
        against = tokens[k].text[:1].isupper() and tokens[k].start - country.end <= 1
    return (country.kind in ("name", "adjective") and against) or (k >= 0 and tokens[k].possessive)


def _name_before(
    tokens: list[Token], i: int, ctx: SentenceContext, art: ArticleContext
) -> tuple[str | None, str | None]:
    """A proper name ('Pioneer Point "dacha"', 'Killenworth-landgoed') and an owner adjective."""
    word = tokens[i].text
    if "-" in word and word[:1].isupper():
        fused = art.lex.countries.get(word.rsplit("-", 1)[0])
        return (None, fused[0]) if fused else (word, None)  # 'US-Botschaft', 'Killenworth-landgoed'
    k = i - 1
    while k >= 0 and tokens[k].text in _QUOTES:
        k -= 1
    near = tokens[max(k - 1, 0)].start
    owner = next((c.code for c in ctx.mentions.countries if c.end <= tokens[i].start and
                  near <= c.start and _owns(c, tokens, k)), None)  # fmt: skip
    run: list[str] = []
    while k >= 0 and tokens[k].base[:1].isupper() and tokens[k].lower not in art.lex.stop:
        run.insert(0, tokens[k].base)
        k -= 1
    quoted = tokens[i - 1].text in _QUOTES
    if len(run) == 1 and not quoted:
        return None, owner  # 'bij Rotterdams consulaat': a headline word, not a name
    return (" ".join(run) if run else None), owner


def _in_meeting_city(location: str | None, ctx: SentenceContext, meetings: list[Meeting]) -> bool:
    return any(
        location == m.city and any(e.start == ctx.sentence.start for e in m.evidence)
        for m in meetings
    )


def _past_coordinate(tokens: list[Token], j: int, art: ArticleContext) -> int:
    """'the embassy and consulates in Turkey': the first noun is where the second is."""
    joiners = art.lex.word_set("list_joiners")
    if j + 1 >= len(tokens) or tokens[j].lower not in joiners:
        return j
    hit = building_noun_at(tokens, j + 1, property_nouns(art.lex.lang)[0])
    return hit[1] + 1 if hit is not None else j


def _past_noun(tokens: list[Token], last: int, art: ArticleContext) -> int:
    """Index past the building noun ending at `last`: past its closing quotes and a noun
    coordinated with it."""
    j = last + 1
    while j < len(tokens) and tokens[j].text in _QUOTES:
        j += 1
    return _past_coordinate(tokens, j, art)


def _owners_after(
    tokens: list[Token],
    at: tuple[int, int, int],
    kind: str,
    ctx: SentenceContext,
    art: ArticleContext,
) -> tuple[list[CountryMention], int, BodyTie | None]:
    """The owners named after the noun at `at` (its first and last token, and where the words
    after it start), where those words go on, and the international body it is a mission to."""
    i, last, j = at
    loc_preps = art.lex.word_set("locative_preps")
    # Each owner of a list may take its own tie ('du Gabon, du Burundi et de la Côte d'Ivoire'),
    # and a plural noun's owners may be listed with 'or' ("les ambassades de Turquie ou d'Algérie").
    glue = art.lex.word_set("list_joiners", "definite_articles", "property_genitive_ties")
    if tokens[last].lower in art.lex.word_set("property_plurals"):
        glue |= art.lex.word_set("property_list_alternatives")
    body = body_tie(tokens, (i, j), kind, ctx, art)  # 'Mission to the UN': not the UN's
    owners_after, j = ([], j) if body else owner_after(tokens, last, j, ctx, (loc_preps, glue))
    body = body or body_tie(tokens, (i, j), kind, ctx, art)  # 'van Nederland bij de EU'
    return owners_after, j, body


@dataclass
class _Named:
    """A building noun as its sentence names it: the noun's words, its kind, its proper name,
    its owner, whether that owner names this very building, and who restricts it how."""

    noun: str
    kind: str
    name: str | None
    owner: str | None
    owned: bool  # an embassy, consulate or residence whose owner names the noun itself
    restricted: str | None
    action: str | None
    listed: bool = False  # one of the buildings of a list of owners


def _property_at(
    tokens: list[Token],
    i: int,
    hit: tuple[str, int],
    ctx: SentenceContext,
    art: ArticleContext,
    meetings: list[Meeting],
    default_owner: str | None,
) -> list[DiplomaticProperty]:
    """The properties one building noun names: one per location ('consulates in A and B') or
    per owner ('the embassies of Rwanda, France and Kenya')."""
    kind, last = hit
    before = _before(tokens, (i, last), kind, ctx, art)
    name, owner, holder, j = before.name, before.owner, before.holder, before.after
    owners_after, j, body = _owners_after(tokens, (i, last, j), kind, ctx, art)
    if body is not None:
        kind, j, name = PERMANENT, body.after, permanent_name(name, tokens[i : last + 1], body)
    tail = None if owners_after else tail_list(tokens, last, ctx, art)
    if tail is not None and tail.owners and owner is None:  # 'embassies - the British, ...'
        owner, before = tail.owners[-1], replace(before, listed=tail.owners)
    if owner is None and len(owners_after) > 1:
        return per_owner(tokens, (i, last, j), owners_after, kind, ctx, art)
    owner, direct = _owner((owner, owners_after, default_owner), holder is not None, tokens, last)
    listed = tail.places if tail is not None else []
    name, locations = building_places(tokens, j, (name, owner), listed, ctx, art)
    if holder and not (locations := _envoy_home(locations, holder[0], ctx, (art, meetings))):
        return []
    closers, restricted, action = _restriction(before, owner, locations, ctx, art)
    if closers:  # 'Australia would close the embassy in Kyiv', 'Denmark and Norway close ...'
        owner, direct, before = closers[-1], True, before.closed_by(closers)
    building = owned_building(tokens, i, last, kind, art, several=before.several)
    noun = shown_noun(ELISION.sub("", " ".join(t.text for t in tokens[i : last + 1])), art.lex)
    if name is None and owner is None and locations == [None] and building:
        return [_unnamed(noun, kind, ctx)]
    named = _Named(noun, kind, name, owner, direct and building, restricted, action, before.several)
    return [
        found
        for each in _each_owner(named, before.listed, acting=before.acting)
        for found in _per_location(each, locations, (tokens, i), ctx, art, meetings)
    ]


def _owner(
    owners: tuple[str | None, list[CountryMention], str | None],
    held: bool,
    tokens: list[Token],
    last: int,
) -> tuple[str | None, bool]:
    """The building's owner (the one before the noun, the first after it, else the article's
    default) and whether that owner names the building itself: before it, or right after it
    ("l'ambassade danoise", 'the embassy of Denmark'); not an adjective of a later noun ('the
    residence of the Russian consul' is Russia's only where the text places it: `envoy_holder`),
    nor the article's default owner. `held`: the building is a named envoy's residence."""
    before, after, default = owners
    first_after = after[0] if after else None
    direct = before is not None or held or names_noun(first_after, tokens, last)
    return before or (first_after.code if first_after else None) or default, direct


def _restriction(
    before: _Before,
    owner: str | None,
    locations: list[str | None],
    ctx: SentenceContext,
    art: ArticleContext,
) -> tuple[list[str], str | None, str | None]:
    """The states that own an ownerless building by opening or closing it (`closer_owns`, each
    of a list: `listed_closers`), and who restricts the building how: states acting on their
    own buildings restrict them themselves ('France closed its embassy'), whoever else the
    sentence names."""
    restricted, action = restrictor(ctx, art, owner)
    listed = listed_closers(ctx, art, locations) if owner is None else []
    closes = owner is None and closer_owns(restricted, action, locations, art)
    own = before.owner if before.acting else None
    actor, action = restriction(restricted, action)
    closers = listed or ([restricted] if closes and restricted else [])
    return closers, (own if own and action else actor), action


@dataclass(frozen=True)
class _Before:
    """What the words before a building noun say of it (and, for a residence, the envoy's
    title after it): its name, its owner (else the state of the envoy whose residence it is:
    'the residence of the Russian consul in San Francisco'), the owners of one building each
    when several are listed, whether those act on their own ('reopened their embassies'), the
    envoy whose residence it is with where the words after him start, and where the words
    after the building start (past the noun, or past the envoy)."""

    name: str | None
    owner: str | None
    listed: list[str]
    acting: bool
    holder: tuple[str | None, int] | None
    after: int
    closing: bool = False  # the listed states open or close it: `listed_closers`

    @property
    def several(self) -> bool:
        """Owners listed by adjective, after the noun or opening or closing it, each of one
        building ('the Russian and Chinese embassies'); not owners by a pronoun ('their')."""
        return len(self.listed) > 1 and (self.closing or not self.acting)

    def closed_by(self, closers: list[str]) -> _Before:
        """Several states opening or closing the noun: each owns one of its buildings."""
        return replace(self, listed=closers, acting=True, closing=True) if closers[1:] else self


def _before(
    tokens: list[Token], noun: tuple[int, int], kind: str, ctx: SentenceContext, art: ArticleContext
) -> _Before:
    i, last = noun
    name, owner = _name_before(tokens, i, ctx, art)
    if owner is None:  # 'Spain and France reopened their embassies': the owners act on them
        listed = own_by_pronoun(tokens, i, ctx, art)
        owner, acting = (listed[-1] if listed else None), bool(listed)
        owner = owner or own_by_having(tokens, i, ctx, art)  # 'Nederland heeft een ambassade'
        home, last = home_owner(tokens, (i, last), ctx, art)  # "l'ambassade de son pays"
        owner = owner or home
    else:  # 'the French and Turkish consulates'
        listed, acting = adjectives_before(tokens, i, last, ctx, art), False
    holder = envoy_holder(tokens, i, last, ctx, art) if kind == "residence" else None
    if holder is None:
        return _Before(name, owner, listed, acting, holder, _past_noun(tokens, last, art))
    return _Before(name, owner or holder[0], listed, acting, holder, holder[1])


def _envoy_home(
    locations: list[str | None],
    state: str | None,
    ctx: SentenceContext,
    at: tuple[ArticleContext, list[Meeting]],
) -> list[str | None]:
    """An envoy's residence stands where the text places it in a known town that is no meeting's
    venue ('talks in the residence of the consul general in Istanbul'), or, for an envoy whose
    state is named ("la résidence de l'ambassadeur de France"), nowhere; none else."""
    art, meetings = at
    return [
        p for p in locations
        if (known_place(p, art) and not _in_meeting_city(p, ctx, meetings))
        or (p is None and state and not _told_here(ctx, meetings))
    ]  # fmt: skip


def _told_here(ctx: SentenceContext, meetings: list[Meeting]) -> bool:
    """Whether the sentence tells a meeting, whose venue an unplaced residence there is."""
    return any(e.start == ctx.sentence.start for m in meetings for e in m.evidence)


def _each_owner(named: _Named, owners: list[str], *, acting: bool) -> list[_Named]:
    """One building of each listed state ('Spain, France and Italy reopened their embassies',
    'the French and Turkish consulates'); `acting`: each state acts on its own."""
    if len(owners) < 2:
        return [named]
    return [
        replace(
            named, owner=code,
            restricted=code if acting and named.action else
            (None if named.restricted == code else named.restricted),
        )
        for code in owners
    ]  # fmt: skip


def _per_location(
    named: _Named,
    locations: list[str | None],
    noun_at: tuple[list[Token], int],
    ctx: SentenceContext,
    art: ArticleContext,
    meetings: list[Meeting],
) -> list[DiplomaticProperty]:
    """One property per place the building stands in, where it is a building there at all."""
    tokens, i = noun_at
    name, kind, owner = named.name, named.kind, named.owner
    # One of a list of owners placed nowhere is named by the singular ('each an embassy') and
    # stands where the article places the others of its kind (`place_listed`).
    one, listed = (singular(named.noun, art), LISTED) if named.listed else (named.noun, "")
    found: list[DiplomaticProperty] = []
    for location in locations:
        if (name is None and location is None and not named.owned) or (
            owner is None and _in_meeting_city(location, ctx, meetings)
        ):
            continue  # an ownerless building in the meeting's city is its venue
        if (
            name is None
            and is_country(location, art)
            and not owned_in_state(named.owner, named.kind, tokens, i, art)
        ):
            continue  # 'the embassy in Iran', nobody's, or whose envoy is named: no building
        if kind == "mission" and not known_place(location, art):
            continue  # 'the Security Support mission in Haiti': an operation, not a building
        label = name or (f"{named.noun} in {location}" if location else one)
        found.append(DiplomaticProperty(
            name=label, kind=kind, owner_country=owner,
            location=seat_in(location, locations, kind, art),  # a city, a capital, or none
            host_country=country_code(location, art),
            restricted_by=named.restricted, action=named.action,
            evidence=[ctx.evidence(f"property:{kind}{'' if location else listed}", 0.75)],
        ))  # fmt: skip
    return found


def _unnamed(noun: str, kind: str, ctx: SentenceContext) -> DiplomaticProperty:
    """'the embassy' alone: kept by the merge only where the text keeps coming back to it."""
    return DiplomaticProperty(name=noun, kind=kind, evidence=[ctx.evidence(UNNAMED_RULE, 0.5)])


def sentence_properties(
    ctx: SentenceContext,
    art: ArticleContext,
    meetings: list[Meeting],
    ante: pronouns.Antecedent | None,
) -> tuple[list[DiplomaticProperty], pronouns.Antecedent | None]:
    """The sentence's buildings, and the last building noun in it, which a pronoun in the next
    sentence may repeat ('Le premier consulat ... Il sera suivi par ceux de Maracaibo')."""
    nouns, nouns_re, firsts = property_nouns(art.lex.lang)
    tokens = ctx.mentions.tokens
    if nouns_re.search(ctx.sentence.text) is None:  # most name no building: pronouns alone
        return pronouns.pronouns_alone(ante, ctx, art), None
    default_owner = sentence_owner(ctx, art)
    found: list[DiplomaticProperty] = []
    shared: tuple[int, str | None] = (-1, None)  # 'the Dutch embassy and consulates': one owner
    heads = pronouns.pronoun_heads(art)
    for i, token in enumerate(tokens):
        if ante is not None and token.lower in heads:
            found.extend(pronouns.pronoun_props(tokens, i, ante, ctx, art))
        if token.lower not in firsts and token.lower.isalnum():
            continue  # no elision or hyphen for building_noun_at to strip, and no noun's first word
        hit = building_noun_at(tokens, i, nouns)
        if hit is None or i <= shared[0]:
            continue  # 'mission' inside 'trade mission' is the same building
        owner = shared[1] if joined(tokens, shared[0], i, art) else None
        props = _property_at(tokens, i, hit, ctx, art, meetings, owner or default_owner)
        shared = (hit[1], props[0].owner_country if props else None)
        found.extend(props)
        noun = ELISION.sub("", " ".join(t.text for t in tokens[i : hit[1] + 1]))
        ante = pronouns.antecedent(noun, hit, props, ctx)
    return found, ante


def extract_properties(art: ArticleContext, meetings: list[Meeting]) -> list[DiplomaticProperty]:
    found: list[DiplomaticProperty] = []
    ante: pronouns.Antecedent | None = None
    for ctx in art.sentences:
        props, ante = sentence_properties(ctx, art, meetings, ante)
        found.extend(props)
    # Before the merge, so that the building merges with the one its true owner keeps there.
    return merge_properties(drop_home_owners(place_listed(found), art), art)
