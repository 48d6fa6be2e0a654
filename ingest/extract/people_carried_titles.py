"""People titled in the sentence before the one that names them: 'The foreign minister of
Ecuador ... spoke to reporters. Ricardo Patiño praised ...', 'Le chef de l'Etat sud-coréen et le
nouveau Premier ministre japonais se sont entretenus. Yoon Suk Yeol a félicité Shigeru Ishiba',
'... les lettres de créance de deux nouveaux ambassadeurs. Il s'agit d'Alfred Tanduk Palembangan
de l'Indonésie et de Patrick Van Gheel ...'.

A title that holds no name of its own in its sentence describes someone the text names later;
a full name that opens the very next sentence (or follows a phrase that names who they are:
'Il s'agit de', 'Het zijn') is that holder, and so is each full name listed with it after a
plural title, while a singular title holds no list. Only full names count (a lone surname may be
anyone's), and only people the article names nowhere with a title. A first word the article also
writes in lower case ('Zwischen Maharashtra und ...') opens no name, and where nouns are
capitalised (German) only a naming phrase opens one: a capitalised pair at a sentence's start
is there as often a noun phrase ('Dessen Rede', 'Tokios Protest').
Naming a role says nothing of who leads a side: the people are added after the delegations, so
the leader model never weighs them and no pair moves.
"""

from __future__ import annotations

from functools import lru_cache

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.names import bare_runs
from ingest.extract.mentions import PersonMention, Token
from ingest.extract.people_lists import plural_title
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.people_titles import describe_title
from ingest.extract.person_names import after_honorific
from ingest.lang.lexicon import load_lexicon
from ingest.text.slug import local_slug

RULE = "carried-title"
_MIN_WORDS = 2  # a full name: a lone surname after a described role is as often someone else
# A quote or a bracket opening the sentence before the name (as escapes: ruff reads the curly
# quotes as ambiguous letters).
_OPENING_MARKS = frozenset("\"\u201c\u201e\u00ab('\u2018")
_PAREN_REACH = 6  # tokens of a bracket after a listed name: '(Finances)', '(Tsjechoslowakije)'


def add_carried_people(art: ArticleContext, registry: PeopleRegistry) -> None:
    """Add the holders of a nameless title named at the start of the next sentence."""
    for prev, cur in zip(art.sentences, art.sentences[1:], strict=False):
        title = _nameless_title(prev)
        if title is None:
            continue
        plural = plural_title(prev.mentions.tokens, title, art.scan)
        names = _opening_names(art, cur, plural)
        if not names:
            continue  # most sentences open with no name: the title is read only for one
        text, role, country, org = describe_title(
            prev.mentions.tokens, title, art.scan, prev.mentions.countries
        )
        for start, end in names:
            _add(registry, cur, start, end, PersonMention(
                "", 0, 0, text, role, None if plural else country, org, rule=RULE,
            ))  # fmt: skip


def _nameless_title(ctx: SentenceContext) -> tuple[int, int] | None:
    """The sentence's last title when it holds no name there and no name comes after it: the
    role the sentence ends on describes someone not yet named."""
    m = ctx.mentions
    if not m.titles:
        return None
    last = m.titles[-1]
    people = [*m.people, *m.remit_people]
    if any(p.title_tokens == last for p in people):
        return None
    at = m.tokens[last[1]].end
    return None if any(p.end > at for p in people) else last


def _opening_names(
    art: ArticleContext, ctx: SentenceContext, plural: bool
) -> list[tuple[int, int]]:
    """Token spans of the full name opening the sentence (past an opening quote, an honorific
    or a phrase naming who they are) as the subject of a clause, and after a plural title each
    full name listed with it."""
    tokens = ctx.mentions.tokens
    opener = _past_opener(art, ctx)
    first = opener + (opener < len(tokens) and tokens[opener].text in _OPENING_MARKS)
    if not opener and art.lex.data["capitalised_nouns"]:
        return []  # 'Dessen Rede sei ...': where nouns are capitalised, a pair opening a
        # sentence is as often a noun phrase as a name; only a naming phrase tells
    start = after_honorific(tokens, first, art.scan)
    if start >= len(tokens) or not tokens[start].text[:1].isupper():
        return []  # no name opens it: the runs of the whole sentence need not be read
    runs = [r for r in bare_runs(ctx, art.scan) if r[0] >= first]
    if not runs or runs[0][0] != start:
        return []  # 'By Anil Giri', 'Volgens Jeune Afrique': the name does not open the clause
    if _written_lower(art, tokens[runs[0][0]]):
        return []  # 'Zwischen Maharashtra und ...': a word the text also writes in lower case
    if not opener and not _clause_goes_on(tokens, runs[0][1]):
        return []  # a byline or a caption: 'Fahad Shabbir (@FahadShabbir) 2 minutes ago'
    found = [runs[0]]
    for run in runs[1:]:
        if not _listed(tokens, found[-1][1], run[0], art):
            break
        found.append(run)
    if len(found) < 2 if plural else len(found) > 1:
        return []  # a plural title asks for a list, a singular one for one name
    return [r for r in found if r[1] - r[0] >= _MIN_WORDS]


def _written_lower(art: ArticleContext, token: Token) -> bool:
    """Whether the article writes the word in lower case somewhere: no given name then."""
    word = token.lower  # asked of a candidate only: a rare event, so no set is built ahead
    return any(t.text == word for ctx in art.sentences for t in ctx.mentions.tokens)


def _clause_goes_on(tokens: list[Token], end: int) -> bool:
    """Whether a verb, a joiner or a comma follows the name: a lower-case word or a comma, a
    bracket of the list's kind aside."""
    while end < len(tokens) and tokens[end].text == "(":
        past = _past_bracket(tokens, end, len(tokens))
        if past is None:
            return False
        end = past
    return end < len(tokens) and (tokens[end].text == "," or tokens[end].text[:1].islower())


def _past_opener(art: ArticleContext, ctx: SentenceContext) -> int:
    """The token past a phrase that opens the sentence by naming who they are ('Il s'agit de',
    'Het zijn', 'On peut citer :'), else 0."""
    tokens = ctx.mentions.tokens
    for words in _openers(art.lex.lang).get(tokens[0].lower if tokens else "", ()):
        if [t.lower for t in tokens[: len(words)]] == words:
            k = len(words)
            while k < len(tokens) and not tokens[k].text[:1].isupper():
                k += 1  # ':', 'd'', 'respectievelijk'
            return k
    return 0


@lru_cache(maxsize=8)
def _openers(lang: str) -> dict[str, list[list[str]]]:
    """The language's naming openers as lower-case word lists by their first word, split once:
    every sentence is asked."""
    found: dict[str, list[list[str]]] = {}
    for phrase in load_lexicon(lang).words("naming_openers"):
        words = phrase.lower().split()
        found.setdefault(words[0], []).append(words)
    return found


def _listed(tokens: list[Token], end: int, start: int, art: ArticleContext) -> bool:
    """Whether only list joiners and a short bracket stand between two names."""
    k = end
    while k < start:
        if tokens[k].text == "(":
            past = _past_bracket(tokens, k, start)
            if past is None:
                return False
            k = past
        elif tokens[k].text == "," or tokens[k].lower in art.scan.joiners:
            k += 1
        else:
            return False
    return True


def _past_bracket(tokens: list[Token], k: int, limit: int) -> int | None:
    """The token past the short bracket opening at `k` that closes before `limit`, else None."""
    reach = range(k, min(limit, k + _PAREN_REACH))
    close = next((m for m in reach if tokens[m].text == ")"), None)
    return None if close is None else close + 1


def _add(registry: PeopleRegistry, ctx: SentenceContext, start: int, end: int,
         mention: PersonMention) -> None:  # fmt: skip
    tokens = ctx.mentions.tokens
    lo, hi = tokens[start].start, tokens[end - 1].end
    name = ctx.local(lo, hi)
    words = local_slug(name).split("-")
    known = [local_slug(p.name).split("-") for p in registry.people]
    if registry.find(name) is not None or any(
        other[-1] == words[-1] or set(words) <= set(other) for other in known
    ):
        return  # named with a title elsewhere: the title rules have him
    mention.name, mention.start, mention.end = name, lo, hi
    mention.span_start, mention.span_end = lo, hi
    registry.add(mention, ctx)
