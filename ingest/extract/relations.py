"""The graph relations of one article's entities: who represents and leads what, who attended and
was party to which meeting, who holds a position of which state and who spoke."""

from __future__ import annotations

from graph_schema.model import Label, RelType, node_id
from ingest.models import Delegation, Entities, Meeting, Relation


def _delegation_relations(delegations: list[Delegation]) -> list[Relation]:
    rels: list[Relation] = []
    for d in delegations:
        rels.append(
            Relation(
                type=RelType.REPRESENTS,
                source=d.id,
                target=node_id(Label.COUNTRY, d.country),
                evidence=d.evidence,
            )
        )
        if d.leader:
            rels.append(
                Relation(type=RelType.LED_BY, source=d.id, target=d.leader, evidence=d.evidence)
            )
        for member in d.members:
            rels.append(
                Relation(type=RelType.MEMBER_OF, source=member, target=d.id, evidence=d.evidence)
            )
        if d.meeting:
            rels.append(
                Relation(type=RelType.ATTENDED, source=d.id, target=d.meeting, evidence=d.evidence)
            )
    return rels


def _meeting_relations(meetings: list[Meeting]) -> list[Relation]:
    rels: list[Relation] = []
    for m in meetings:
        for party in m.parties:
            rels.append(
                Relation(
                    type=RelType.PARTY_TO,
                    source=node_id(Label.COUNTRY, party),
                    target=m.id,
                    evidence=m.evidence[:1],
                )
            )
        if m.previous:
            rels.append(
                Relation(
                    type=RelType.FOLLOWS, source=m.id, target=m.previous, evidence=m.evidence[:1]
                )
            )
    return rels


def entity_relations(entities: Entities) -> list[Relation]:
    rels = _delegation_relations(entities.delegations) + _meeting_relations(entities.meetings)
    for p in entities.people:
        if p.country:
            rels.append(
                Relation(
                    type=RelType.HOLDS_POSITION,
                    source=p.id,
                    target=node_id(Label.COUNTRY, p.country),
                    evidence=p.evidence[:1],
                )
            )
    for s in entities.statements:
        if s.speaker:
            rels.append(
                Relation(type=RelType.SPOKE, source=s.speaker, target=s.id, evidence=s.evidence)
            )
    return rels
