"""Who owns a diplomatic building the text names: the states named after its noun ('the
embassies of Rwanda, France and Kenya'), the states before a possessive pronoun ('Spain and
France reopened their embassies') and the envoy whose residence it is ('the residence of the
Russian consul')."""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import CountryMention, Token
from ingest.extract.property_places import host_state
from ingest.lang.lexicon import load_lexicon, phrase_regex
from ingest.lang.roles import role_list


def own_by_pronoun(
    tokens: list[Token], i: int, ctx: SentenceContext, art: ArticleContext
) -> list[str]:
    """'France closed its embassy' (or 'its own embassy'): the state named before the possessive
    pronoun owns it; 'Spain, France and Italy reopened their embassies': each state of the list
    owns one."""
    pronouns = art.lex.word_set("property_possessives")
    k = i - 1
    own = art.lex.word_set("property_own_words")
    while k > 0 and i - k <= 2 and tokens[k].lower in own:
        k -= 1  # 'its own consulates', 'ses propres consulats', 'its new embassy'
    if k < 0 or tokens[k].lower not in pronouns:
        return []
    before = [c for c in ctx.mentions.countries if c.end <= tokens[k].start]
    names = [c for c in before if c.kind == "name"] or [c for c in before if c.kind == "capital"]
    return [c.code for c in _listed_before(names, ctx, art)] if names else []


def own_by_having(
    tokens: list[Token], i: int, ctx: SentenceContext, art: ArticleContext
) -> str | None:
    """'Ook Nederland heeft een ambassade in Teheran', 'Australia also has an embassy': the state
    named right before the words of having (`property_have_phrases`) owns the building."""
    before = [c for c in ctx.mentions.countries if c.end <= tokens[i].start and c.kind == "name"]
    if not before:
        return None
    gap = " ".join(ctx.local(before[-1].end, tokens[i].start).lower().split())
    return before[-1].code if gap in art.lex.word_set("property_have_phrases") else None


def adjectives_before(
    tokens: list[Token], i: int, last: int, ctx: SentenceContext, art: ArticleContext
) -> list[str]:
    """'the French and Turkish consulates', 'de Franse en Turkse consulaten': the states of
    the adjectives listed right before the noun, each owning one building; none for a single
    adjective. Before a singular noun the list must close with a list word ('de Nederlandse en
    Australische ambassade', 'die britische und die französische Botschaft'): Dutch and German
    write several buildings so, and commas alone list no states there."""
    before = [c for c in ctx.mentions.countries if c.end <= tokens[i].start]
    if not before or before[-1].kind != "adjective" or tokens[i].start - before[-1].end > 1:
        return []
    listed = _listed_before([c for c in before if c.kind == "adjective"], ctx, art)
    if len(listed) < 2:
        return []
    plural = tokens[last].lower in art.lex.word_set("property_plurals")
    closing = ctx.local(listed[-2].end, listed[-1].start).replace(",", " ").split()
    words = art.lex.word_set("list_joiners")
    return [c.code for c in listed] if plural or any(w.lower() in words for w in closing) else []


def _listed_before(
    mentions: list[CountryMention], ctx: SentenceContext, art: ArticleContext
) -> list[CountryMention]:
    """The last of the mentions and those listed right before it, joined only by commas, list
    words and articles ('Spain, France and Italy', "l'Espagne, la France et l'Italie")."""
    glue = art.lex.word_set("list_joiners", "definite_articles")
    listed = [mentions[-1]]
    for c in reversed(mentions[:-1]):
        gap = ctx.local(c.end, listed[0].start)
        if not gap.strip() or not all(w.lower() in glue for w in gap.replace(",", " ").split()):
            break
        listed.insert(0, c)
    return listed


def owner_after(
    tokens: list[Token],
    last: int,
    j: int,
    ctx: SentenceContext,
    preps: tuple[frozenset[str], frozenset[str]],
) -> tuple[list[CountryMention], int]:
    """Owners named after the noun ("l'ambassade d'Espagne à Rabat", 'the embassies of Rwanda,
    France and Kenya'), and where the place starts."""
    loc_preps, glue = preps
    owners = [c for c in ctx.mentions.countries if c.kind != "capital"]  # a capital is a place
    end = tokens[last].end
    after = next((c for c in owners if 0 <= _gap(ctx, end, c.start) <= _TIE_REACH), None)
    if after is not None and _headline_place(ctx, end, after):
        after = None
    between = [t.text for t in tokens[j:] if t.end <= (after.start if after else 0)]
    if (
        after is None
        or (j < len(tokens) and tokens[j].lower in loc_preps)
        or any(not w.islower() for w in between)
    ):
        return [], j  # 'mission in Haiti' is where it is, not whose it is
    listed = [after, *_listed_after(tokens[last].end, after, owners, ctx, glue)]
    while j < len(tokens) and tokens[j].start < listed[-1].end:
        j += 1
    return listed, j


def _headline_place(ctx: SentenceContext, end: int, after: CountryMention) -> bool:
    """'Ook Nederland sluit ambassade Jemen', 'Embassy Yemen': a state named right after the
    noun with no tie is, in a headline's shorthand, where the building stands; not a genitive
    of its own ('die Botschaft Frankreichs')."""
    if ctx.local(end, after.start).strip():
        return False
    name = ctx.local(after.start, after.end)
    endings = tuple(load_lexicon(ctx.lang).words("bare_genitive_endings"))
    return after.kind == "name" and not (endings and name.endswith(endings))


_TIE_REACH = 8  # characters from the noun to its first owner: ' of the ', " d'", ' van de '


def _gap(ctx: SentenceContext, start: int, end: int) -> int:
    """The characters between a building noun and a state after it, less a hedge in them ('de
    ambassades van onder meer Tsjechië, Portugal en Nieuw-Zeeland'); -1 when the state is
    before the noun."""
    if end < start:
        return -1
    return len(unhedged(ctx.local(start, end), ctx.lang))


def unhedged(text: str, lang: str) -> str:
    """`text` without the hedges of a list of owners in it ('van onder meer' -> 'van')."""
    text = f" {text} "
    for hedge in _hedges(lang):
        text = text.replace(f" {hedge} ", " ")
    return text[1:-1]


@lru_cache(maxsize=8)
def _hedges(lang: str) -> tuple[str, ...]:
    """Words that hedge a list of owners ('onder meer', 'unter anderem'), longest first."""
    words = load_lexicon(lang).words("owner_list_hedges") if lang else []
    return tuple(sorted(words, key=len, reverse=True))


def names_noun(country: CountryMention | None, tokens: list[Token], last: int) -> bool:
    """A state after the noun names it when it is a name ('de Suède', 'of Denmark') or an
    adjective right after it ("l'ambassade danoise"), not one that qualifies a later noun."""
    if country is None:
        return False
    return country.kind != "adjective" or country.start - tokens[last].end <= 1


def _listed_after(
    noun_end: int,
    first: CountryMention,
    owners: list[CountryMention],
    ctx: SentenceContext,
    glue: frozenset[str],
) -> list[CountryMention]:
    """States listed after the first one, joined only by commas, list words, articles and the
    word that ties the first to the noun ('of', 'van')."""
    glue = glue | {w.lower() for w in ctx.local(noun_end, first.start).split()}
    kinds = ("name", first.kind)
    return listed_from(first.end, [c for c in owners if c.kind in kinds], ctx, glue)


def listed_from(
    start: int, mentions: list[CountryMention], ctx: SentenceContext, glue: frozenset[str]
) -> list[CountryMention]:
    """The states listed from `start` on: the run of mentions after it, each joined to the one
    before (the first to `start`) only by commas and `glue` words."""
    text, base = ctx.sentence.text, ctx.sentence.start
    out: list[CountryMention] = []
    prev = start
    for c in (c for c in mentions if c.start >= start):
        gap = text[prev - base : c.start - base].replace(",", " ").split()
        if not all(w.lower() in glue for w in gap):
            break
        out.append(c)
        prev = c.end
    return out


def envoy_holder(
    tokens: list[Token], i: int, last: int, ctx: SentenceContext, art: ArticleContext
) -> tuple[str | None, int] | None:
    """The envoy whose residence the noun names, after it ('the residence of the Russian
    consul', 'la résidence du consul de Russie', 'die Residenz des russischen Generalkonsuls')
    or before it ("the Russian ambassador's residence"): his state, and where the words after
    him start (at his posting, when his title names it: 'ambassador in Tehran'). None for
    anyone else's residence (a minister's is no diplomatic property)."""
    titles = ctx.mentions.titles
    k = last + 1
    if k < len(tokens) and tokens[k].lower in art.lex.word_set("genitive_preps"):
        k += 1
        while k < len(tokens) and tokens[k].lower in art.lex.word_set("determiners"):
            k += 1
        span = next(((a, b) for a, b in titles if a == k), None)
    else:
        span = next(((a, b) for a, b in titles if b == i - 1 and tokens[b].possessive), None)
    if span is None or not _posted(tokens[span[0] : span[1] + 1], art):
        return None
    a, b = span
    owner = next((c.code for c in ctx.mentions.countries
                  if tokens[a].start <= c.start < tokens[b].end), None)  # fmt: skip
    if a <= last:
        return owner, last + 1
    preps = art.lex.word_set("property_loc_preps")
    # A preposition in the title before a place, not a state: 'ambassadeur de France à Téhéran'
    # is posted in Tehran; 'consul de Russie' names his state only.
    places = {p.start for p in ctx.mentions.places}
    posting = next(
        (k for k in range(b, a, -1)
         if tokens[k].lower in preps and k + 1 < len(tokens) and tokens[k + 1].start in places),
        None,
    )  # fmt: skip
    return owner, (posting if posting is not None else b + 1)  # 'ambassador in Tehran'


def _posted(words: list[Token], art: ArticleContext) -> bool:
    """Whether a title names an envoy posted abroad: an ambassador, a consul."""
    posted = role_list("posted_roles")
    return any(art.scan.head_role(t.lower) in posted for t in words)


_PLACE_WORDS = 4  # words of a place between a building and the next ('in Den Haag')


def joined(tokens: list[Token], prev: int, i: int, art: ArticleContext) -> bool:
    """Whether the building noun at `i` is joined to the one ending at `prev`: right after it
    ('the Dutch embassy and consulates'), or past its place ('the US consulate in Yekaterinburg
    and the consulate in Vladivostok'); the second then shares the first's owner."""
    if prev < 0:
        return False
    k = i - 1
    if k > prev and tokens[k].lower in art.lex.word_set("definite_articles"):
        k -= 1
    if k <= prev or tokens[k].lower not in art.lex.word_set("list_joiners"):
        return False
    place = tokens[prev + 1 : k]
    if not place:
        return True  # 'the Dutch embassy and (the) consulates'
    preps = art.lex.word_set("property_loc_preps", "locative_preps")
    return (
        place[0].lower in preps
        and len(place) <= _PLACE_WORDS + 1
        and all(t.base[:1].isupper() or t.text == "-" for t in place[1:])
    )


# What a state does to a building of its own abroad: open, close or reopen it. (It seizes or
# restricts another state's, in its own land.)
_OWN_ACTIONS = frozenset({"open", "close", "reopen"})
# Actions that say who owns a building and restrict nothing: opening one draws no RESTRICTS edge.
_OWNING_ONLY = frozenset({"open"})


def closer_owns(
    actor: str | None, action: str | None, locations: list[str | None], art: ArticleContext
) -> bool:
    """'Australia announced it would close the embassy in the Ukrainian capital', 'Londres a
    rouvert l'ambassade à Téhéran', 'Les Comores ont ouvert un consulat à Laâyoune': a state
    that opens, closes or reopens a building it does not name the owner of, standing in another
    state, acts on its own."""
    if actor is None or action not in _OWN_ACTIONS or not locations:
        return False
    hosts = [host_state(place, art) for place in locations]
    # A state opens buildings abroad only; it may close another's in a town of its own.
    unknown = action in _OWNING_ONLY and locations != [None]
    return all(host != actor and (host is not None or unknown) for host in hosts)


# The most words between the last of a list of states and the word that opens or closes ('qui
# ont ouvert', 'hebben laten weten ... te sluiten' is too far to be theirs).
_CLOSERS_GAP = 3


def listed_closers(
    ctx: SentenceContext, art: ArticleContext, locations: list[str | None]
) -> list[str]:
    """'Denemarken en Noorwegen sluiten ambassade', 'le Burkina Faso, la Guinée équatoriale et
    la Guinée-Bissau qui ont ouvert des consulats généraux dans la ville': the states listed
    right before the word that opens or closes a building whose owner is not named each act on
    one of their own, placed or not; none where one of them is the host ('Spain and Morocco
    closed the embassy in Rabat')."""
    acting = acting_word(ctx, art)
    if acting is None or acting[1] not in _OWN_ACTIONS:
        return []
    at = acting[0]
    names = [c for c in ctx.mentions.countries if c.kind == "name" and c.end <= at]
    if not names or len(ctx.local(names[-1].end, at).split()) > _CLOSERS_GAP:
        return []
    listed = [c.code for c in _listed_before(names, ctx, art)]
    hosts = {host_state(place, art) for place in locations}
    return listed if len(set(listed)) > 1 and not hosts & set(listed) else []


def owning_only(action: str | None) -> bool:
    """Whether the action only tells who owns the building ('opened')."""
    return action in _OWNING_ONLY


def restriction(actor: str | None, action: str | None) -> tuple[str | None, str | None]:
    """The state that restricts a building and how; none for an action that only tells its
    owner ('Japan opened an embassy in Kigali')."""
    return (None, None) if owning_only(action) else (actor, action)


def sentence_owner(ctx: SentenceContext, art: ArticleContext) -> str | None:
    generic = phrase_regex(art.lex.words("property_generic")).search(ctx.sentence.text)
    if generic is None:
        return None
    at = ctx.sentence.start + generic.start()
    near = [c for c in ctx.mentions.countries if c.kind == "adjective" and at - 25 <= c.start < at]
    return near[-1].code if near else None


def restrictor(
    ctx: SentenceContext, art: ArticleContext, *owners: str | None
) -> tuple[str | None, str | None]:
    """The state that acts on the building, and how: the first state before the action word
    that owns none of the buildings named (a listed owner is no actor on the others: 'de
    ambassades van Tsjechië en Portugal zijn gesloten')."""
    acting = acting_word(ctx, art)
    if acting is None:
        return None, None
    at, action = acting
    actors = [c for c in ctx.mentions.countries if c.kind != "adjective" and c.code not in owners]
    return (actors[0].code if actors and actors[0].start < at else None), action


def acting_word(ctx: SentenceContext, art: ArticleContext) -> tuple[int, str] | None:
    """The sentence's word that acts on a building: where it stands in the text and its action.
    'kept the embassy open despite an order that it close': an action that restricts outweighs
    one that only tells the owner, wherever each stands."""
    actions = art.lex.mapping("property_actions")
    found = list(phrase_regex(list(actions)).finditer(ctx.sentence.text))
    if not found:
        return None
    match = next((m for m in found if not owning_only(str(actions[m.group().lower()]))), found[0])
    return ctx.sentence.start + match.start(), str(actions[match.group().lower()])
