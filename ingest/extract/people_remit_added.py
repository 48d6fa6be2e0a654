"""Holders read after a title's remit (`people_remit_names`) join the article's people once the
leaders are found: the leader model was fitted on the pairs the other people give, and such a
holder stays an official ('Minister of State for Business and Trade Timothy Minto attended')."""

from __future__ import annotations

from ingest.extract.context import ArticleContext
from ingest.extract.people_name_forms import clean_name_forms
from ingest.extract.people_org_tails import drop_org_tails
from ingest.extract.people_place_names import drop_place_names
from ingest.extract.people_registry import PeopleRegistry
from ingest.models import Person


def remit_people(art: ArticleContext, registry: PeopleRegistry) -> list[Person]:
    """Each holder `find_people` kept apart whom the article's people do not name yet; asked
    before their names are cleaned, so a name cleaned away there does not come back here."""
    found = PeopleRegistry(registry.published)
    for ctx in art.sentences:
        for mention in ctx.mentions.remit_people:
            if registry.find(mention.name) is None:
                found.add(mention, ctx)
    return found.people


def join_remit_people(art: ArticleContext, registry: PeopleRegistry, remit: list[Person]) -> None:
    """`remit` (`remit_people`) cleaned as the other people's names are, then among them; after
    the short forms are merged, so no delegation's leader is pointed at one of them."""
    remit = drop_org_tails(art, drop_place_names(art, remit, []), set())
    # a name cleaned of a form of address ('Otunba Adebayo') may be a known one's short form
    cleaned = clean_name_forms(art, remit, set())
    registry.people += [p for p in cleaned if registry.find(p.name) is None]
