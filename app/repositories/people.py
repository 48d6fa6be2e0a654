"""People: `GET /v1/people` and `GET /v1/people/{id}`."""

from __future__ import annotations

from neo4j import AsyncManagedTransaction

from app.errors import NotFound
from app.models.common import Page
from app.models.people import PersonDetail, PersonSummary
from app.repositories.base import Repository, fetch_one, fetch_rows, page_params
from app.repositories.fragments import articles_of, country_map, meeting_map
from graph_schema.model import Label, RelType
from ingest.text.search_keys import search_key

P, D, M, C = Label.PERSON, Label.DELEGATION, Label.MEETING, Label.COUNTRY

SUMMARY_FIELDS = "id: p.id, name: p.name, country: p.country, role: p.role, title: p.title"

LIST_PEOPLE = f"""
MATCH (p:{P})
WHERE $q IS NULL OR toLower(p.name) CONTAINS toLower($q)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($q))
   OR ($key <> '' AND p.search_text CONTAINS $key)
WITH p ORDER BY p.name, p.id
SKIP $skip LIMIT $take
RETURN {{{SUMMARY_FIELDS}}} AS row
"""


def _delegation_roles(pattern: str, rel: str) -> str:
    """Delegations reached by `pattern` (binding `d` and the role relationship `rel`)."""
    return f"""COLLECT {{
    MATCH {pattern}
    OPTIONAL MATCH (d)-[:{RelType.ATTENDED}]->(m:{M})
    RETURN {{delegation: d.id,
            country: head(COLLECT {{ MATCH (d)-[:{RelType.REPRESENTS}]->(c:{C})
                                    RETURN {country_map("c")} }}),
            title: {rel}.title,
            meeting: CASE WHEN m IS NULL THEN null ELSE {meeting_map("m")} END}}
    ORDER BY coalesce(m.date, '') DESC, d.id }}"""


PERSON_DETAIL = f"""
MATCH (p:{P} {{id: $id}})
WITH p, COLLECT {{ MATCH (src:{Label.ARTICLE})-[:{RelType.MENTIONS}]->(p) RETURN src.id }} AS ids
{articles_of("ids", out="articles")}
RETURN {{{SUMMARY_FIELDS}, aliases: coalesce(p.aliases, []),
  positions: COLLECT {{
    MATCH (p)-[h:{RelType.HOLDS_POSITION}]->(o)
    RETURN {{title: h.title, role: h.role, as_of: h.as_of,
            at: {{id: o.id, name: o.name, label: head(labels(o))}}}}
    ORDER BY h.as_of DESC, h.title }},
  delegations_led: {_delegation_roles(f"(d:{D})-[r:{RelType.LED_BY}]->(p)", "r")},
  delegations_joined: {_delegation_roles(f"(p)-[r:{RelType.MEMBER_OF}]->(d:{D})", "r")},
  meetings: COLLECT {{
    MATCH (p)-[:{RelType.LED_BY}|{RelType.MEMBER_OF}]-(:{D})-[:{RelType.ATTENDED}]->(m:{M})
    RETURN DISTINCT {meeting_map("m")} AS meeting
    ORDER BY meeting.date DESC, meeting.id }},
  statements: COLLECT {{
    MATCH (p)-[:{RelType.SPOKE}]->(s:{Label.STATEMENT})
    RETURN {{id: s.id, quote: coalesce(s.quote, s.name), date: s.date}}
    ORDER BY s.date, s.id }},
  articles: articles
}} AS row
"""


async def _list(
    tx: AsyncManagedTransaction, q: str | None, limit: int, offset: int
) -> Page[PersonSummary]:
    rows = await fetch_rows(
        tx,
        LIST_PEOPLE,
        PersonSummary,
        q=q,
        # accents, case and script aside: 'Jean-Noel Barrot', 'Сергей Лавров'
        key=search_key(q) if q else "",
        **page_params(limit=limit, offset=offset),
    )
    return Page[PersonSummary].of(rows, limit=limit, offset=offset)


async def _detail(tx: AsyncManagedTransaction, person_id: str) -> PersonDetail | None:
    return await fetch_one(tx, PERSON_DETAIL, PersonDetail, id=person_id)


class PersonRepository(Repository):
    async def list(self, *, q: str | None, limit: int, offset: int) -> Page[PersonSummary]:
        return await self.read(_list, q, limit, offset)

    async def get(self, person_id: str) -> PersonDetail:
        person = await self.read(_detail, person_id)
        if person is None:
            raise NotFound(f"no person with id {person_id!r}", id=person_id)
        return person
