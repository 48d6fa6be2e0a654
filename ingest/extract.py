"""Stage 4: entities and relations of one article, from its split sentences."""

from __future__ import annotations

from ingest.context import ArticleContext, build_sentence, scanner
from ingest.dates import parse_published
from ingest.delegations import find_leads
from ingest.lexicon import load_lexicon
from ingest.meetings import extract_meetings
from ingest.models import Delegation, Entities, Meeting, Relation, SplitDocument
from ingest.properties import extract_properties
from ingest.resolve import PeopleRegistry, slug
from ingest.statements import extract_statements, extract_topics

MAX_SENTENCES = 3000  # bounds time and memory on a runaway (e.g. 5 MB) article


def article_context(split: SplitDocument) -> ArticleContext:
    lex = load_lexicon(split.language)
    scan = scanner(split.language)
    published = split.document.published
    sentences = [build_sentence(s, lex, scan) for s in split.sentences[:MAX_SENTENCES]]
    return ArticleContext(lex, scan, parse_published(published), published, sentences)


def _meeting_for(country: str, meetings: list[Meeting]) -> Meeting | None:
    held = [m for m in meetings if not m.id.endswith("prev")]
    return next((m for m in held if country in m.parties), held[0] if held else None)


def _delegations(
    art: ArticleContext, registry: PeopleRegistry, meetings: list[Meeting]
) -> list[Delegation]:
    out: dict[str, Delegation] = {}
    for ctx in art.sentences:
        for mention in ctx.mentions.people:
            registry.add(mention, ctx)
        for lead in find_leads(ctx, art.lex.lang):
            person = registry.add(lead.leader, ctx)
            if person.country is None:
                person.country = lead.country
            if lead.country in out:
                continue
            meeting = _meeting_for(lead.country, meetings)
            out[lead.country] = Delegation(
                id=f"delegation:{lead.country}:{slug(person.name)}", country=lead.country,
                leader=person.id, leader_title=lead.leader.title, leader_role=lead.leader.role,
                meeting=meeting.id if meeting else None,
                evidence=[ctx.evidence(lead.rule, lead.confidence)],
            )  # fmt: skip
    return list(out.values())


def _delegation_relations(delegations: list[Delegation]) -> list[Relation]:
    rels: list[Relation] = []
    for d in delegations:
        rels.append(Relation(type="REPRESENTS", source=d.id, target=f"country:{d.country}",
                             evidence=d.evidence))  # fmt: skip
        if d.leader:
            rels.append(Relation(type="LED_BY", source=d.id, target=d.leader, evidence=d.evidence))
        for member in d.members:
            rels.append(Relation(type="MEMBER_OF", source=member, target=d.id, evidence=d.evidence))
        if d.meeting:
            rels.append(
                Relation(type="ATTENDED", source=d.id, target=d.meeting, evidence=d.evidence)
            )
    return rels


def _meeting_relations(meetings: list[Meeting]) -> list[Relation]:
    rels: list[Relation] = []
    for m in meetings:
        for party in m.parties:
            rels.append(Relation(type="PARTY_TO", source=f"country:{party}", target=m.id,
                                 evidence=m.evidence[:1]))  # fmt: skip
        if m.previous:
            rels.append(
                Relation(type="FOLLOWS", source=m.id, target=m.previous, evidence=m.evidence[:1])
            )
    return rels


def _relations(entities: Entities) -> list[Relation]:
    rels = _delegation_relations(entities.delegations) + _meeting_relations(entities.meetings)
    for p in entities.people:
        if p.country:
            rels.append(Relation(type="HOLDS_POSITION", source=p.id, target=f"country:{p.country}",
                                 evidence=p.evidence[:1]))  # fmt: skip
    for s in entities.statements:
        if s.speaker:
            rels.append(Relation(type="SPOKE", source=s.speaker, target=s.id, evidence=s.evidence))
    return rels


def extract_entities(split: SplitDocument) -> tuple[Entities, list[Relation]]:
    art = article_context(split)
    meetings = extract_meetings(art)
    registry = PeopleRegistry(split.document.published)
    delegations = _delegations(art, registry, meetings)
    for d in delegations:
        person = next((p for p in registry.people if p.id == d.leader), None)
        if person is not None and person.country is None:
            person.country = d.country
    main = meetings[0].id if meetings else None
    entities = Entities(
        people=registry.people, meetings=meetings, delegations=delegations,
        statements=extract_statements(art, registry, main), topics=extract_topics(art, main),
        properties=extract_properties(art, meetings),
    )  # fmt: skip
    return entities, _relations(entities)
