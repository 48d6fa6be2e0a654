"""People a sentence describes before it names them ('Australia's ambassador to China was
summoned ... Jan Adams met with officials'): a description with a state and no name, then in the
next sentences a full name with no title, near the start of its sentence, that the article never
named before. The name holds the nearest open description before it. Two holders one sentence
describes ('Le ministre russe ... s'entretient avec son homologue mauritanien'), then a sentence
opening with two such names joined by a list word ('Sergueï Lavrov et Mohamed Salem Ould Merzoug
ont signé'): each name holds its description, in order."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.context import ArticleContext, SentenceContext, scanner
from ingest.extract.leaders.features import posted_roles
from ingest.extract.leaders.names import bare_runs
from ingest.extract.mentions import PersonMention
from ingest.extract.people_registry import PeopleRegistry
from ingest.extract.people_titles import describe_title
from ingest.extract.titles import TitleScanner

_REACH = 2  # sentences after the description in which its holder may be named
_SUBJECT = 8  # tokens from a sentence's start within which the holder's name opens


@dataclass
class _Open:
    sentence: int
    title: str
    role: str
    country: str
    organization: str | None


def _unnamed_titles(
    art: ArticleContext, n: int, ctx: SentenceContext
) -> list[tuple[_Open, set[str]]]:
    """Titles with a state that hold no name, opened by a determiner, a possessive or a state's
    possessive ('Iran's ambassador to the UK', 'the Iranian ambassador'), with their words."""
    m, scan = ctx.mentions, art.scan
    named = {p.title_tokens for p in m.people}
    out: list[tuple[_Open, set[str]]] = []
    for left, right in m.titles:
        if (left, right) in named:
            continue
        first = m.tokens[left]
        before = m.tokens[left - 1].lower if left else ""
        if not (first.possessive or before in scan.dets or before in scan.possessives):
            continue
        title, role, country, org = describe_title(m.tokens, (left, right), scan, m.countries)
        if country is not None and role is not None:
            words = {t.lower for t in m.tokens[left : right + 1]}
            out.append((_Open(n, title, role, country, org), words))
    return out


def _descriptions(titles: list[tuple[_Open, set[str]]], scan: TitleScanner) -> list[_Open]:
    """The envoys among a sentence's unnamed titles."""
    return [d for d, words in titles if _envoy(d.role, words, scan)]


def _pair(titles: list[tuple[_Open, set[str]]], scan: TitleScanner) -> list[_Open]:
    """Two single holders a sentence describes with their states and no names, of two states
    ('Le ministre russe des Affaires étrangères s'entretient avec son homologue mauritanien'),
    in the order the sentence gives them; none else."""
    found = [d for d, words in titles if not words & scan.plural_heads]
    return found if len(found) == 2 and found[0].country != found[1].country else []


def _envoy(role: str, words: set[str], scan: TitleScanner) -> bool:
    """A single state's envoy ('the Iranian ambassador'): whom a report describes before it
    names them; a head of state or a spokesperson is named at once, and a plural title
    describes several people."""
    envoys = posted_roles() | {"diplomat", "envoy"}
    return role.split()[-1] in envoys and not words & scan.plural_heads


def _plain_before(ctx: SentenceContext, start: int) -> bool:
    """Only lower-case words, words that are never a name's ('Samstag' in 'Erst am Samstag
    musste Martin Erdmann') and punctuation before the name ('In response, Hamid ...'): a state
    or another capitalised word before it makes it a body ('Iran's Revolutionary Guard')."""
    first = ctx.mentions.tokens[0].start
    stop = scanner(ctx.lang).lex.stop
    return not any(
        c.start < ctx.mentions.tokens[start].start for c in ctx.mentions.countries
    ) and all(
        not t.base[:1].isupper() or t.start == first or t.lower in stop
        for t in ctx.mentions.tokens[:start]
    )


def _named_before(art: ArticleContext, n: int, surname: str) -> bool:
    return any(t.base == surname for ctx in art.sentences[:n] for t in ctx.mentions.tokens)


def _held_near(art: ArticleContext, desc: _Open) -> bool:
    """A titled person of the description's state and office is named in its sentence or the
    next ones: the description is most likely theirs."""
    near = art.sentences[desc.sentence : desc.sentence + _REACH + 1]
    office = desc.role.split()[-1]
    return any(
        p.country == desc.country and (p.role or "").endswith(office)
        for ctx in near
        for p in ctx.mentions.people
    )


def _run_name(ctx: SentenceContext, run: tuple[int, int]) -> str:
    """The text of a run of name tokens."""
    tokens = ctx.mentions.tokens
    return ctx.local(tokens[run[0]].start, tokens[run[1] - 1].end)


def _holder(ctx: SentenceContext, run: tuple[int, int], desc: _Open) -> PersonMention:
    """The person a run of name tokens names, with the description's title and state."""
    tokens = ctx.mentions.tokens
    return PersonMention(
        _run_name(ctx, run), tokens[run[0]].start, tokens[run[1] - 1].end, desc.title,
        desc.role, desc.country, desc.organization, rule="described-before",
    )  # fmt: skip


def _unnamed_before(
    art: ArticleContext, n: int, run: tuple[int, int], registry: PeopleRegistry
) -> bool:
    """Whether the name the run in sentence `n` gives is new: no known person's, and its
    surname in no earlier sentence."""
    ctx = art.sentences[n]
    surname = ctx.mentions.tokens[run[1] - 1].base
    return registry.find(_run_name(ctx, run)) is None and not _named_before(art, n, surname)


def _named_pair(
    art: ArticleContext, n: int, ctx: SentenceContext, registry: PeopleRegistry
) -> list[tuple[int, int]]:
    """The two names a sentence opens with, joined by a list word alone ('Sergueï Lavrov et
    Mohamed Salem Ould Merzoug ont signé'), when the article gave neither before."""
    m = ctx.mentions
    runs = [(a, b) for a, b in bare_runs(ctx, art.scan) if b - a >= 2][:2]
    if len(runs) != 2 or runs[0][0] != 0:
        return []
    end_first, start_second = runs[0][1], runs[1][0]
    joiners = art.lex.word_set("list_joiners")
    if start_second != end_first + 1 or m.tokens[end_first].lower not in joiners:
        return []
    return runs if all(_unnamed_before(art, n, run, registry) for run in runs) else []


def _add_pair(art: ArticleContext, registry: PeopleRegistry, pair: list[_Open], n: int) -> bool:
    """Whether sentence `n` names the described pair, each name holding its description."""
    ctx = art.sentences[n]
    runs = _named_pair(art, n, ctx, registry)
    for run, desc in zip(runs, pair, strict=False):
        registry.add(_holder(ctx, run, desc), ctx)
    return bool(runs)


def _office_holders(ctx: SentenceContext, registry: PeopleRegistry, open_: list[_Open]) -> None:
    """'the Ghanaian ambassador was summoned ... Ambassador Kofi Mensah': a person titled by the
    office alone holds the nearest open description of that office, and takes its state."""
    for mention in ctx.mentions.people:
        office = (mention.role or "").split()[-1:]
        person = registry.find(mention.name) if office and mention.country is None else None
        desc = next((d for d in reversed(open_) if d.role.split()[-1:] == office), None)
        if person is not None and person.country is None and desc is not None:
            person.country = desc.country
            open_.remove(desc)


def add_described(art: ArticleContext, registry: PeopleRegistry) -> None:
    """Give each described-then-named person the description's title and state."""
    open_: list[_Open] = []
    pair: list[_Open] = []
    for n, ctx in enumerate(art.sentences):
        if pair and (n - pair[0].sentence > _REACH or _add_pair(art, registry, pair, n)):
            pair = []
        titles = _unnamed_titles(art, n, ctx)  # one reading serves the pair and the envoys
        pair = pair or _pair(titles, art.scan)
        open_ = [d for d in open_ if n - d.sentence <= _REACH]
        # Only a sentence after an open description may name its holder: most sentences follow
        # none, and their names are not read here.
        runs = [] if not open_ else [
            (a, b) for a, b in bare_runs(ctx, art.scan) if b - a >= 2 and a < _SUBJECT
        ]  # fmt: skip
        runs = runs[:1] if runs and _plain_before(ctx, runs[0][0]) else []
        if runs and _unnamed_before(art, n, runs[0], registry):
            # the nearest description before the name
            registry.add(_holder(ctx, runs[0], open_.pop()), ctx)
        _office_holders(ctx, registry, open_)
        open_ += [d for d in _descriptions(titles, art.scan) if not _held_near(art, d)]
