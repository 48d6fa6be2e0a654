"""Who led which delegation: `GET /v1/delegations`."""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import AsyncManagedTransaction

from app.models.common import Page
from app.models.delegations import Delegation
from app.repositories.base import Repository, fetch_rows, page_params
from app.repositories.fragments import (
    articles_of,
    country_map,
    date_range,
    leaders_of,
    meeting_map,
    members_of,
)
from graph_schema.model import Label, RelType

# The delegation row shape shared with meeting and country details: `d`, `c` and `m` bound.
DELEGATION_ROW = f"""
{leaders_of("d")}
{members_of("d")}
WITH d, c, m, leaders, members,
     COLLECT {{ MATCH (src:{Label.ARTICLE})-[:{RelType.MENTIONS}]->(d) RETURN src.id }}
     + leader_sources AS ids
{articles_of("ids", out="articles")}
RETURN {{id: d.id, name: d.name, country: {country_map("c")},
        meeting: CASE WHEN m IS NULL THEN null ELSE {meeting_map("m")} END,
        leaders: leaders, members: members, articles: articles}} AS row
"""

LIST_DELEGATIONS = f"""
MATCH (d:{Label.DELEGATION})-[:{RelType.REPRESENTS}]->(c:{Label.COUNTRY})
WHERE $country IS NULL OR c.code = $country
OPTIONAL MATCH (d)-[:{RelType.ATTENDED}]->(m:{Label.MEETING})
WITH d, c, m
WHERE ($meeting IS NULL OR m.id = $meeting) AND {date_range("m.date")}
  AND ($leader IS NULL OR EXISTS {{
        MATCH (d)-[:{RelType.LED_BY}]->(p:{Label.PERSON})
        WHERE p.id = $leader OR toLower(p.name) CONTAINS toLower($leader) }})
WITH d, c, m ORDER BY coalesce(m.date, '') DESC, d.id
SKIP $skip LIMIT $take
{DELEGATION_ROW}
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class DelegationFilter:
    country: str | None = None
    leader: str | None = None  # a person id, or part of a name
    meeting: str | None = None
    date_from: str | None = None
    date_to: str | None = None


async def _list(
    tx: AsyncManagedTransaction, where: DelegationFilter, limit: int, offset: int
) -> Page[Delegation]:
    rows = await fetch_rows(
        tx,
        LIST_DELEGATIONS,
        Delegation,
        country=where.country,
        leader=where.leader,
        meeting=where.meeting,
        **{"from": where.date_from, "to": where.date_to},
        **page_params(limit=limit, offset=offset),
    )
    return Page[Delegation].of(rows, limit=limit, offset=offset)


class DelegationRepository(Repository):
    async def list(self, where: DelegationFilter, *, limit: int, offset: int) -> Page[Delegation]:
        return await self.read(_list, where, limit, offset)
