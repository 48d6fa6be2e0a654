"""Heads named without a title ('Emmanuel Macron et Donald Trump ont ...') take the country of a
definite description the article gives their role ('le chef de l'Etat français', 'the US
president', 'der russische Präsident') and, at a meeting of two states, the state left over."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.leaders.features import head_roles, role_classes
from ingest.extract.people_titles import describe_title
from ingest.models import Meeting, Person


@dataclass
class _Description:
    sentence: int
    title: str
    role: str | None
    country: str


def _descriptions(art: ArticleContext) -> list[_Description]:
    """Titles with a country, after a determiner, that hold no name ('le chef de l'Etat
    français a souligné ...')."""
    out: list[_Description] = []
    for n, ctx in enumerate(art.sentences):
        m = ctx.mentions
        named = {p.title_tokens for p in m.people}
        for left, right in m.titles:
            if (
                (left, right) in named
                or left == 0
                or not _determined(m.tokens[left - 1].lower, art)
            ):
                continue
            title, role, country, _ = describe_title(m.tokens, (left, right), art.scan, m.countries)
            if country is not None:
                out.append(_Description(n, title, role, country))
    return out


def described_heads(art: ArticleContext) -> frozenset[str]:
    """The states whose heads the article only describes ('le président américain', 'der
    nordkoreanische Machthaber'): a side each, though the text never ties a name to either."""
    heads = head_roles()
    return frozenset(
        d.country for d in _descriptions(art) if any((d.role or "").endswith(r) for r in heads)
    )


def _determined(word: str, art: ArticleContext) -> bool:
    """An article or a possessive ('seinen polnischen Amtskollegen') opens a description."""
    return word in art.scan.dets or word in art.scan.possessives


def principal(role: str) -> bool:
    """A role that heads a state, a government or its foreign policy."""
    principal = dict(role_classes()).get("principal", ())
    return bool(role) and any(role == r or role.endswith(f" {r}") for r in principal)


def _full_name(name: str) -> bool:
    """Two or more words, each capitalised ('Praesidium du Soviet' names a body)."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def named_in(ctx: SentenceContext, person: Person) -> bool:
    surname = person.name.split()[-1]
    return any(t.base == surname for t in ctx.mentions.tokens)


def _first_sentence(art: ArticleContext, person: Person) -> int:
    return next((n for n, c in enumerate(art.sentences) if named_in(c, person)), len(art.sentences))


def link_descriptions(art: ArticleContext, bare: list[Person], known: list[Person]) -> None:
    """A description of a principal or a counterpart whose country no known person holds is held
    by the one full name without a country named before it and not in its own sentence (there it
    names someone else), or else by the one first named in the sentence after it."""
    taken = {p.country for p in known + bare if p.country}
    for desc in _descriptions(art):
        role = desc.role or ""
        if desc.country in taken or not (principal(role) or role == "counterpart"):
            continue
        if any(p.country is None and p.role and p.role.endswith(role) for p in known):
            continue  # a titled holder of that role without a country may be the one meant
        holders = _holders(art, desc.sentence, bare)
        if len(holders) == 1:
            holder = holders[0]
            holder.country, taken = desc.country, taken | {desc.country}
            holder.title, holder.role = holder.title or desc.title, holder.role or desc.role


def _holders(art: ArticleContext, sentence: int, bare: list[Person]) -> list[Person]:
    """Full names without a country first named before the description and not in its sentence;
    failing those, first named in the sentence right after it ('... avec son homologue ivoirien.
    Alassane Ouattara sera accueilli ...')."""
    ctx = art.sentences[sentence]
    open_ = [p for p in bare if p.country is None and _full_name(p.name)]
    first = {p.id: _first_sentence(art, p) for p in open_}
    before = [p for p in open_ if first[p.id] < sentence and not named_in(ctx, p)]
    return before or [p for p in open_ if first[p.id] == sentence + 1]


def remaining_side(art: ArticleContext, people: list[Person], meetings: list[Meeting]) -> None:
    """At a meeting of two states, the one person its sentence names without a country stands
    for the state the other people named there do not."""
    for meeting in meetings:
        if len(meeting.parties) != 2 or meeting.kind != "call":
            continue
        texts = {e.sentence for e in meeting.evidence}
        ctxs = [c for c in art.sentences if c.sentence.text in texts]
        there = [p for p in people if any(named_in(c, p) for c in ctxs)]
        open_ = [p for p in there if p.country is None]
        sides = {p.country for p in there if p.country}
        if len(open_) == 1 and len(sides) == 1 and sides < set(meeting.parties):
            open_[0].country = next(iter(set(meeting.parties) - sides))


def federal_titles(
    art: ArticleContext, known: list[Person], bare: list[Person], home: str | None
) -> None:
    """'Bundeskanzler Kohl', 'Bundespräsident Van der Bellen': a federal title states whose head
    the holder is when the outlet is of one of the states that use it, else the first of them;
    two holders of one such title ('Bundespräsident Steinmeier ... Bundespräsident Berset') are
    heads of two states, and the title tells neither (a title near a bare name is only a guess
    and never counts as a second holder)."""
    table = art.lex.mapping("federal_titles")
    open_ = [p for p in known + bare if p.country is None and p.title is not None]
    found = {p.id: _federal(table, p.title or "") for p in open_}
    titled = [p.id for p in known if p.id in found]
    for person in open_:
        states = found[person.id]
        if states and sum(found[i] == states for i in titled if i != person.id) == 0:
            person.country = home if home in states else states[0]


def _federal(table: dict[str, list[str]], title: str) -> tuple[str, ...] | None:
    return next((tuple(table[w]) for w in title.lower().split() if w in table), None)
