"""Names that are the rest of an organisation's name, not a person's.

A title that runs into an organisation stops on the organisation's first word and leaves the rest
to be read as the holder's name: 'voorzitter van het Nationale Planbureau' gives 'Planbureau',
'President of National Association of Nigerian Traders' gives 'Traders', 'secrétaire général de la
Commission Mixte' gives 'Mixte'. Such a word is one word that the article never writes but after
that same word: a person named so is named apart as well ('Secretary of State Pompeo ... Pompeo
said'). This runs after the leader stage, so the candidate pairs the leader model reads stay as
they are; a person who leads or joins a delegation is kept.
"""

from __future__ import annotations

from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import Token, drop_elision
from ingest.extract.officeholders import live_terms
from ingest.models import Person


def drop_org_tails(art: ArticleContext, people: list[Person], kept: set[str]) -> list[Person]:
    """`people` less those whose name is the tail of an organisation's name; `kept` are ids
    that stay whatever their name (leaders and members of delegations)."""
    return [p for p in people if p.id in kept or not _org_tail(art, p)]


def _org_tail(art: ArticleContext, person: Person) -> bool:
    words = (person.title or "").split()
    if " " in person.name.strip() or len(words) < 2 or live_terms(person.name, frozenset()):
        return False  # a name of two words or more, or an officeholder's, reads as a person's
    last = words[-1]
    if drop_elision(last) != last or words[-2].lower() not in _openers(art):
        return False  # no organisation opened: 'premier', or an elided remit "de l'Intérieur"
    seen = [_after(art, ctx, i, last) for ctx in art.sentences
            for i, t in enumerate(ctx.mentions.tokens) if t.base == person.name]  # fmt: skip
    return bool(seen) and all(seen)


def _openers(art: ArticleContext) -> frozenset[str]:
    """Words before an organisation's name inside a title: 'van het', 'of', 'de la'."""
    return art.lex.word_set("title_connectors", "determiners")


def _after(art: ArticleContext, ctx: SentenceContext, i: int, last: str) -> bool:
    """Whether token `i` follows the title's last word, itself no title, state or town."""
    if i == 0:
        return False
    before: Token = ctx.mentions.tokens[i - 1]
    if before.text != last or drop_elision(last).lower() in art.scan.heads:
        return False
    mentions = ctx.mentions
    spans = [(c.start, c.end) for c in mentions.countries if c.kind != "adjective"]
    spans += [(p.start, p.end) for p in mentions.places]
    return not any(s <= before.start < e for s, e in spans)
