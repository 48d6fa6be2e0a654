"""Stage 5: the evaluation contract (`Facts`) derived from the rich entities."""

from __future__ import annotations

from ingest.extract.title_forms import plain_title
from ingest.lang.lexicon import load_lexicon
from ingest.models import (
    DelegationFact,
    Entities,
    Facts,
    MeetingFact,
    OfficialFact,
    PropertyFact,
    StatementFact,
    TopicFact,
)


def write_titles(entities: Entities, language: str) -> None:
    """Put each title in the form written for one person ('den russischen Präsidenten' ->
    'Präsident'), once the rules that read the title as found are done: the facts and the graph
    then say the same. The entities are the article's own, so they are changed in place (a copy
    of every person cost more than the rule)."""
    lex = load_lexicon(language)
    for person in entities.people:
        person.title = plain_title(person.title, lex)
    for delegation in entities.delegations:
        delegation.leader_title = plain_title(delegation.leader_title, lex)


def to_facts(entities: Entities) -> Facts:
    index = {m.id: i for i, m in enumerate(entities.meetings)}
    people = {p.id: p for p in entities.people}
    return Facts(
        meetings=[
            MeetingFact(kind=m.kind, round=m.round, city=m.city, venue=m.venue, date=m.date,
                        parties=m.parties, status=m.status)
            for m in entities.meetings
        ],
        delegations=[
            DelegationFact(
                country=d.country, leader=people[d.leader].name if d.leader else None,
                leader_title=d.leader_title,
                members=[people[m].name if m in people else m for m in d.members],
                meeting=index.get(d.meeting) if d.meeting else None,
            )
            for d in entities.delegations
        ],
        officials=[
            OfficialFact(name=p.name, title=p.title, organization=p.organization, country=p.country)
            for p in entities.people
        ],
        properties=[
            PropertyFact(name=p.name, location=p.location, owner_country=p.owner_country,
                         restricted_by=p.restricted_by)
            for p in entities.properties
        ],
        statements=[
            StatementFact(speaker=s.speaker_name, quote=s.text, date=s.date)
            for s in entities.statements
        ],
        topics=[TopicFact(name=t.name, status=t.status) for t in entities.topics],
    )  # fmt: skip
