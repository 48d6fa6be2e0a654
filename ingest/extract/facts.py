"""Stage 5: the evaluation contract (`Facts`) derived from the rich entities."""

from __future__ import annotations

from ingest.extract.title_forms import plain_title
from ingest.lang.lexicon import SUPPORTED, Lexicon, load_lexicon
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


def to_facts(entities: Entities, language: str | None = None) -> Facts:
    """The facts of one article; titles in their written form for one person when the
    article's language is known."""
    lex = load_lexicon(language) if language in SUPPORTED else None
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
                leader_title=_title(d.leader_title, lex),
                members=[people[m].name if m in people else m for m in d.members],
                meeting=index.get(d.meeting) if d.meeting else None,
            )
            for d in entities.delegations
        ],
        officials=[
            OfficialFact(name=p.name, title=_title(p.title, lex), organization=p.organization,
                         country=p.country)
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


def _title(title: str | None, lex: Lexicon | None) -> str | None:
    return plain_title(title, lex) if lex is not None else title
