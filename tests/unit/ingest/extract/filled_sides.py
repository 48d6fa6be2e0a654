"""The sides a rule after the leader model fills on a short text, as (state, leader's name)
rows: one helper for the tests of `met_heads` and `credential_heads`, which take the same
inputs."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract.article import rule_findings
from ingest.extract.context import ArticleContext
from ingest.extract.people_registry import PeopleRegistry
from ingest.models import Delegation, Meeting
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

FillRule = Callable[
    [ArticleContext, PeopleRegistry, list[Meeting], list[Delegation]], list[Delegation]
]


def filled_heads(
    rule: FillRule, text: str, lang: str, led: list[Delegation] | None = None
) -> list[tuple[str, str]]:
    """(state, leader) of each delegation `rule` adds, the rules before it and `led` given."""
    doc = normalise(text, language=lang, published="2024-03-04")
    art, registry, meetings, rules = rule_findings(split_sentences(doc, language=lang))
    names = {p.id: p.name for p in registry.people}
    found = rule(art, registry, meetings, [*rules, *(led or [])])
    return [(d.country, names[d.leader or ""]) for d in found]
