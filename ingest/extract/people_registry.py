"""Within-article person resolution.

One person named 'Alexander Darchiev', then 'Darchiev', then 'de ambassadeur' is one `Person`.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from graph_schema.model import Label, node_id
from ingest.extract.context import ArticleContext, SentenceContext
from ingest.extract.mentions import PersonMention
from ingest.models import Person
from ingest.text.slug import local_slug

_SPELLING = 0.75  # 'mohammed'/'mohamed' .93, 'vladimir'/'wladimir' .88; 'joe'/'jill' .29


def _parts(name: str) -> list[str]:
    return local_slug(name).split("-")


def _same(ta: list[str], tb: list[str]) -> bool:
    """Whether two names' slug parts (`_parts`) name one person."""
    if ta[-1] != tb[-1]:
        return False
    short, long_ = sorted((ta, tb), key=len)
    if long_[len(long_) - len(short) :] == short:
        return True  # 'Van Dijk' is the surname of 'Karin van Dijk'
    return ta[0][:1] == tb[0][:1] and _one_first_name(ta[0], tb[0])


def _one_first_name(a: str, b: str) -> bool:
    """Whether two first names (slug parts) may name one person: an initial or a short form of the
    other ('j', 'jan'; 'alex', 'alexander') or a spelling of it ('mohammed', 'mohamed'), not two
    names ('joe' and 'jill' Biden are two people)."""
    if a.startswith(b) or b.startswith(a):
        return True
    return SequenceMatcher(None, a, b).ratio() >= _SPELLING


class PeopleRegistry:
    """Every titled person of the article, one entry per person however often named."""

    def __init__(self, published: str | None) -> None:
        self.people: list[Person] = []
        self.published = published

    def add(self, mention: PersonMention, ctx: SentenceContext) -> Person:
        evidence = ctx.evidence(f"person:{mention.rule}", 0.85)
        # 'Crown Prince Mohammed' after 'Mohammed bin Salman': a lone first word of one known name
        first = self._first_word(mention.name) if " " not in mention.name.strip() else None
        slug = local_slug(mention.name)  # once, not once per known person
        parts = slug.split("-")
        for person in self.people:
            if person is first or _same(_parts(person.name), parts):
                if len(mention.name) > len(person.name):
                    person.aliases.append(person.name)
                    person.name = mention.name
                person.country = person.country or mention.country
                person.organization = person.organization or mention.organization
                person.evidence.append(evidence)
                return person
        person = Person(
            id=node_id(Label.PERSON, slug),
            name=mention.name, title=mention.title,
            role=mention.role, organization=mention.organization, country=mention.country,
            as_of=self.published, aliases=[mention.name.split()[-1]], evidence=[evidence],
        )  # fmt: skip
        self.people.append(person)
        return person

    def find(self, name: str) -> Person | None:
        parts = _parts(name) if self.people else []
        found = next((p for p in self.people if _same(_parts(p.name), parts)), None)
        if found is None and " " not in name.strip():
            found = self._first_word(name)
        return found

    def _first_word(self, name: str) -> Person | None:
        """Chinese, Korean and Vietnamese names put the family name first ('Wang Lei', then
        'Wang'), Arabic ones are shortened to the given name ('Mohammed bin Salman', then
        'Crown Prince Mohammed'): a lone word that opens exactly one known name of two or three
        words."""
        hits = [p for p in self.people if 2 <= len(p.name.split()) <= 3
                and p.name.split()[0] == name.strip()]  # fmt: skip
        return hits[0] if len(hits) == 1 else None

    def by_role(self, word: str) -> Person | None:
        """The one person whose role is `word` ('the ambassador'); None when ambiguous."""
        hits = [p for p in self.people if p.role and p.role.endswith(word)]
        return hits[0] if len(hits) == 1 else None

    def mentioned_in(self, ctx: SentenceContext, art: ArticleContext) -> Person | None:
        """The first known person a sentence names by surname or refers to by bare title."""
        for token in ctx.mentions.tokens:
            for person in self.people:
                if token.base == person.name.split()[-1]:
                    return person
            role = art.scan.head_role(token.lower)
            if role and token.lower not in art.scan.modifiers:
                hit = self.by_role(role)
                if hit is not None:
                    return hit
        return None
