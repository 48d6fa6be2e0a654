"""Buildings a plural noun counts out in a list set after it: 'seven embassies in Kuwait City -
the British, French and Japanese', 'trois postes consulaires (Londres, Edimbourg et Jersey)',
'mehrere Botschaften, darunter die britische und die französische'. Each listed owner or place
is one building, as a list right against the noun is ('de ambassades van Rwanda, België en
Kenia'). The buildings of such a list are made here (`per_owner`), beside the list after the
noun, so that `properties.py` keeps to finding the nouns and the one building each names."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import CountryMention, Token
from ingest.extract.property_merge import LISTED
from ingest.extract.property_owners import listed_from, restriction, restrictor, unhedged
from ingest.extract.property_places import (
    country_code,
    fronted_city,
    is_country,
    known_place,
    locations_after,
)
from ingest.models import DiplomaticProperty


@dataclass(frozen=True)
class TailList:
    """What a list after a plural building noun names: its owners or its places (never both)."""

    owners: list[str]
    places: list[str]


_EMPTY = TailList([], [])


def tail_list(
    tokens: list[Token], last: int, ctx: SentenceContext, art: ArticleContext
) -> TailList:
    """The owners or places listed after the list opener that follows the plural noun ending
    at `last`, in its clause: none where another building noun or a clause break comes first
    (the list is then that noun's), or where fewer than two items follow."""
    if tokens[last].lower not in art.lex.word_set("property_plurals"):
        return _EMPTY
    opener = _opener(tokens, last, art)
    if opener is None:
        return _EMPTY
    owners = owners_from(tokens[opener].end, ctx, art)
    if len(owners) > 1:
        return TailList([c.code for c in owners], [])
    k = opener + 1
    while k < len(tokens) and tokens[k].lower in art.lex.word_set("definite_articles"):
        k += 1
    places = locations_after(tokens, k, art)
    return TailList([], places) if len(places) > 1 else _EMPTY


def _opener(tokens: list[Token], last: int, art: ArticleContext) -> int | None:
    """The index of the first list opener after the noun ('including', ':', '-', '('), where no
    clause break or other building noun stands between."""
    openers = art.lex.word_set("property_list_intro")
    stops = art.lex.word_set("clause_breaks", "property_plurals", "property_nouns")
    for k in range(last + 1, len(tokens)):
        word = tokens[k].lower
        if word in openers:
            return k
        if word in stops:
            return None
    return None


def owners_from(start: int, ctx: SentenceContext, art: ArticleContext) -> list[CountryMention]:
    """The states listed right from `start` on: adjectives or names joined only by commas, list
    words and articles ('the British, French and Japanese', 'de la Grèce, de Malte')."""
    glue = art.lex.word_set("list_joiners", "definite_articles", "property_genitive_ties")
    owners = [c for c in ctx.mentions.countries if c.kind != "capital"]
    return listed_from(start, owners, ctx, glue | art.lex.word_set("property_list_alternatives"))


def per_owner(
    tokens: list[Token],
    at: tuple[int, int, int],
    owners: list[CountryMention],
    kind: str,
    ctx: SentenceContext,
    art: ArticleContext,
) -> list[DiplomaticProperty]:
    """'de ambassades van Rwanda, België en Kenia': one building of each state listed after the
    noun at `at` (its first and last token, and where the words after the list start), in the
    place named after the list or the sentence's fronted city; each named by the noun, the word
    that ties it and the state ('ambassades van België'); a state with a tie of its own keeps it
    ('du Gabon, du Burundi et de la Côte d'Ivoire'). One placed nowhere is named by the noun's
    singular alone, as a building known by its owner alone is ('ambassade')."""
    i, last, j = at
    place = next(iter(locations_after(tokens, j, art)), None) or fronted_city(ctx, art)
    if kind == "mission" and not known_place(place, art):
        return []  # 'les chefs des missions diplomatiques de l'Australie, ...': envoys' posts
    noun = tokens[i : last + 1]
    words = " ".join(t.text for t in noun)
    tie = unhedged(ctx.local(noun[-1].end, owners[0].start), ctx.lang).strip()
    joiners = art.lex.word_set("list_joiners", "property_list_alternatives")
    location = None if is_country(place, art) else place
    host = country_code(place, art)
    found: list[DiplomaticProperty] = []
    one = singular(words, art)  # placed nowhere: 'ambassade', as 'the Peruvian embassy' is
    end = noun[-1].end
    restricted, action = restriction(*restrictor(ctx, art, *(o.code for o in owners)))
    for owner in owners:
        between = unhedged(ctx.local(end, owner.start), ctx.lang).replace(",", " ").split()
        its_tie = " ".join(w for w in between if w.lower() not in joiners) or tie
        end = owner.end
        found.append(DiplomaticProperty(
            name=_tied(words, its_tie, ctx.local(owner.start, owner.end)) if place else one,
            kind=kind, owner_country=owner.code, location=location, host_country=host,
            restricted_by=restricted, action=action,
            evidence=[ctx.evidence(f"property:{kind}{'' if place else LISTED}", 0.75)],
        ))  # fmt: skip
    return found


def _tied(noun: str, tie: str, state: str) -> str:
    """'ambassades de France', and an elided tie written onto its state ("ambassades d'Italie")."""
    if tie.endswith(("'", "\u2019")):
        return f"{noun} {tie}{state}"
    return " ".join(w for w in (noun, tie, state) if w)


def singular(noun: str, art: ArticleContext) -> str:
    """The singular of a plural building noun ('antennes consulaires' -> 'antenne consulaire',
    'US-Botschaften' -> 'US-Botschaft'): each listed owner's building is one building."""
    forms: dict[str, str] = art.lex.mapping("property_singulars")
    head, _, tail = noun.rpartition("-")
    for prefix, words in (("", noun), (f"{head}-", tail) if head else ("", "")):
        one = forms.get(words.lower())
        if one is not None:
            return prefix + (one[:1].upper() + one[1:] if words[:1].isupper() else one)
    return noun
