"""Buildings a demonstrative pronoun stands for: 'qu'elles reprendront leurs activités à
Tripoli, comme celles de la Grèce, Malte ou l'Egypte', 'Ambassades die straks moeten inkrimpen
zijn de grote posten, bijvoorbeeld die in Parijs, Londen en Berlijn'. The pronoun repeats the
building noun before it, so each place or state it counts out is one more building of that
noun's kind. A pronoun that also opens relative clauses ('die') counts only where its list
closes the clause ('die in Parijs en Londen wonen' is people); one with no building noun before
it, or neither a list nor one state with its place ('celle du Maroc à Kigali') after it, names
nothing ('celle de l'ambassadeur', 'celle du Canada'). English 'those' is left out (no word in
the language file): after a building noun it counted out people as often as buildings
('Americans, particularly those in Kabul and Kandahar')."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import CountryMention, Token
from ingest.extract.property_lists import owners_from, singular
from ingest.extract.property_merge import LISTED
from ingest.extract.property_places import country_code, is_country, locations_after
from ingest.models import DiplomaticProperty


@dataclass(frozen=True)
class Antecedent:
    """The building noun a pronoun repeats: its words, kind, owner and place, as found."""

    noun: str
    kind: str
    owner: str | None
    location: str | None
    sentence: int  # where its sentence starts in the text
    at: int  # its last token there


_LIST = 2  # the fewest places or states a pronoun must count out to stand for a building
_OPENING = 5  # a pronoun this near its sentence's start may repeat the last sentence's noun


def antecedent(
    noun: str, hit: tuple[str, int], props: list[DiplomaticProperty], ctx: SentenceContext
) -> Antecedent:
    """A building noun as a later pronoun repeats it: its words, kind, the owner and place of
    the first building it named, and where it stands."""
    first = props[0] if props else None
    owner, place = (first.owner_country, first.location) if first else (None, None)
    return Antecedent(noun, hit[0], owner, place, ctx.sentence.start, hit[1])


def pronoun_props(
    tokens: list[Token], p: int, ante: Antecedent | None, ctx: SentenceContext, art: ArticleContext
) -> list[DiplomaticProperty]:
    """The buildings a pronoun at `p` names, where a building noun came before it."""
    if ante is None or not pronoun_at(tokens, p, art) or not _agrees(tokens[p], ante, art):
        return []
    if not _near(ante, p, ctx):
        return []
    return pronoun_buildings(tokens, p, ante, ctx, art)


def pronouns_alone(
    ante: Antecedent | None, ctx: SentenceContext, art: ArticleContext
) -> list[DiplomaticProperty]:
    """The buildings the pronouns of a sentence with no building noun name, after one just
    before it ('Il sera suivi par ceux de Maracaibo')."""
    if ante is None:
        return []
    tokens, heads = ctx.mentions.tokens, pronoun_heads(art)
    return [
        b
        for p, token in enumerate(tokens)
        if token.lower in heads
        for b in pronoun_props(tokens, p, ante, ctx, art)
    ]


def pronoun_heads(art: ArticleContext) -> frozenset[str]:
    """Every pronoun that may stand for a building: a sentence's other words are passed over
    without asking more (every sentence after a building noun is walked word by word)."""
    return art.lex.word_set("property_pronoun_heads", "property_pronoun_heads_relative")


def pronoun_at(tokens: list[Token], p: int, art: ArticleContext) -> bool:
    """Whether the word at `p` is a pronoun standing for a noun, followed by a tie: always for
    the pronouns that do nothing else ('celles'); for the ones that also open relative clauses
    ('die', 'those'), only where the places or states after the tie end the clause."""
    if p + 2 >= len(tokens) or tokens[p + 1].lower not in _ties(art):
        return False
    word = tokens[p].lower
    if word in art.lex.word_set("property_pronoun_heads"):
        return True
    return word in art.lex.word_set("property_pronoun_heads_relative") and _closes(tokens, p, art)


def _near(ante: Antecedent, p: int, ctx: SentenceContext) -> bool:
    """Whether the building noun is the last noun a pronoun at `p` can repeat: one in the
    sentence before only where the pronoun opens its sentence ('Celle de l'Italie est ...'), one
    in its sentence only where no person or title stands between ('le consulat ... le ministre
    malien et celui du Niger' repeats the minister)."""
    if ante.sentence != ctx.sentence.start:
        return p <= _OPENING
    lo, hi = ctx.mentions.tokens[ante.at].end, ctx.mentions.tokens[p].start
    titles = (ctx.mentions.tokens[first].start for first, _ in ctx.mentions.titles)
    people = (person.start for person in ctx.mentions.people)
    return not any(lo <= at < hi for at in (*titles, *people))


def _agrees(pronoun: Token, ante: Antecedent, art: ArticleContext) -> bool:
    """Whether a pronoun that shows gender has the antecedent's: 'ceux de l'Iran' after 'la
    résidence' repeats another noun ('drapeaux'), 'celle des Etats-Unis' after 'l'ambassade' not."""
    gender = art.lex.mapping("property_pronoun_heads").get(pronoun.lower)
    if not gender:
        return True
    feminine = ante.noun.split(" ", 1)[0].lower() in art.lex.word_set("property_feminine_nouns")
    return feminine == (str(gender) == "f")


def _ties(art: ArticleContext) -> frozenset[str]:
    return art.lex.word_set("property_loc_preps", "property_genitive_ties")


def _closes(tokens: list[Token], p: int, art: ArticleContext) -> bool:
    """Whether the words after the tie are names, list words and articles up to a clause break
    or the sentence's end ('die in Parijs, Londen en Berlijn.'), not a verb ('die in Parijs
    wonen')."""
    glue = art.lex.word_set("list_joiners", "definite_articles", "property_list_alternatives")
    k = p + 2
    while k < len(tokens) and (tokens[k].text[:1].isupper() or tokens[k].lower in glue):
        k += 1
    return k > p + 2 and (k == len(tokens) or not tokens[k].text[:1].isalnum())


def pronoun_buildings(
    tokens: list[Token], p: int, ante: Antecedent, ctx: SentenceContext, art: ArticleContext
) -> list[DiplomaticProperty]:
    """One building of the antecedent's kind per state listed after the pronoun at `p` (in the
    place named after the list, else the antecedent's), or else per place listed (the
    antecedent's owner's). Only a list counts, or one state with its building's place ('celle du
    Maroc à Kigali'): a pronoun before one state or town alone stands as often for another
    noun as for the building ('la fermeture ... celle du Canada')."""
    tie = tokens[p + 1]
    listed = _states_after(tie, ctx, art)
    if not listed:
        places = locations_after(tokens, p + 1, art)
        if len(places) < _LIST:
            return []
        return [_building(ante, f"{tie.text} {at}", ante.owner, at, ctx, art) for at in places]
    after = next((k for k, t in enumerate(tokens) if t.start >= listed[-1].end), len(tokens))
    place = next(iter(locations_after(tokens, after, art)), None)
    if place is None and len(listed) < _LIST:
        return []  # 'celle du Canada' alone; 'celle du Maroc à Kigali' is placed
    place = place or ante.location
    starts = [tie.end, *(c.end for c in listed)]
    return [
        _building(ante, _tied(tie.text, ctx.local(start, c.end), art), c.code, place, ctx, art)
        for start, c in zip(starts, listed, strict=False)
    ]


def _states_after(tie: Token, ctx: SentenceContext, art: ArticleContext) -> list[CountryMention]:
    """The states listed right after a genitive tie ('de la Grèce, Malte ou l'Egypte')."""
    if tie.lower not in art.lex.word_set("property_genitive_ties"):
        return []
    return owners_from(tie.end, ctx, art)


def _tied(tie: str, words: str, art: ArticleContext) -> str:
    """'de la Grèce' as written, and a later item given the first one's tie ('Malte' -> 'de
    Malte')."""
    skip = art.lex.word_set("list_joiners", "property_list_alternatives")
    kept = words.replace(",", " ").split()
    while kept and kept[0].lower() in skip:
        kept = kept[1:]
    text = " ".join(kept)
    if kept and kept[0].lower() in art.lex.word_set("property_genitive_ties"):
        return text
    return f"{tie}{text}" if tie.endswith(("'", "\u2019")) else f"{tie} {text}"


def _building(
    ante: Antecedent,
    tail: str,
    owner: str | None,
    place: str | None,
    ctx: SentenceContext,
    art: ArticleContext,
) -> DiplomaticProperty:
    """One building the pronoun names: 'consulate general in Manchester', 'ambassade du Maroc'
    (at Kigali); one placed nowhere by the noun alone ('représentation diplomatique'), as a
    listed state's building is, so that it merges with that state's building named elsewhere
    and stands where the article's others of its kind stand."""
    rule = f"property:{ante.kind}:pronoun{'' if place else LISTED}"
    return DiplomaticProperty(
        name=f"{singular(ante.noun, art)} {tail}" if place else singular(ante.noun, art),
        kind=ante.kind,
        owner_country=owner,
        location=None if is_country(place, art) else place,
        host_country=country_code(place, art),
        evidence=[ctx.evidence(rule, 0.7)],
    )
