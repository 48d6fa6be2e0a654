"""Who led which delegation: `GET /v1/delegations`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

D, C, M = Label.DELEGATION, Label.COUNTRY, Label.MEETING

# Each listing starts from the most selective anchor it has, so the planner seeks an index
# instead of walking every delegation: the meeting (unique id), the country (unique code), or
# the meetings in `meeting_date` index order, which lets a page stop after its last row.
BY_MEETING = f"""
MATCH (m:{M} {{id: $meeting}})<-[:{RelType.ATTENDED}]-(d:{D})-[:{RelType.REPRESENTS}]->(c:{C})
"""
BY_COUNTRY = f"""
MATCH (c:{C} {{code: $country}})<-[:{RelType.REPRESENTS}]-(d:{D})
OPTIONAL MATCH (d)-[:{RelType.ATTENDED}]->(m:{M})
"""
DATED = f"""
MATCH (m:{M}) WHERE m.date IS NOT NULL
WITH m ORDER BY m.date DESC
MATCH (m)<-[:{RelType.ATTENDED}]-(d:{D})-[:{RelType.REPRESENTS}]->(c:{C})
"""
# What sorts after every dated row: delegations at an undated meeting, or at none.
UNDATED = f"""
CALL () {{
  MATCH (m:{M}) WHERE m.date IS NULL
  MATCH (m)<-[:{RelType.ATTENDED}]-(d:{D})-[:{RelType.REPRESENTS}]->(c:{C})
  RETURN d, c, m
  UNION ALL
  MATCH (d:{D})-[:{RelType.REPRESENTS}]->(c:{C})
  WHERE NOT EXISTS {{ (d)-[:{RelType.ATTENDED}]->(:{M}) }}
  RETURN d, c, null AS m
}}
"""
FILTERS = f"""
WITH d, c, m
WHERE ($country IS NULL OR c.code = $country)
  AND ($meeting IS NULL OR m.id = $meeting) AND {date_range("m.date")}
  AND ($leader IS NULL OR EXISTS {{
        MATCH (d)-[:{RelType.LED_BY}]->(p:{Label.PERSON})
        WHERE p.id = $leader OR toLower(p.name) CONTAINS toLower($leader) }})
"""
# Newest meeting first; `coalesce` puts undated rows last. On dated rows it equals `m.date`,
# which the dated anchor sorts by so the index order carries through to the page.
ORDER = "coalesce(m.date, '') DESC, d.id"
DATED_ORDER = "m.date DESC, d.id"


def _page(anchor: str, order: str) -> str:
    return f"{anchor}{FILTERS}WITH d, c, m ORDER BY {order}\nSKIP $skip LIMIT $take{DELEGATION_ROW}"


LIST_DELEGATIONS_OF_MEETING = _page(BY_MEETING, ORDER)
LIST_DELEGATIONS_OF_COUNTRY = _page(BY_COUNTRY, ORDER)
LIST_DELEGATIONS_DATED = _page(DATED, DATED_ORDER)
LIST_DELEGATIONS_UNDATED = _page(UNDATED, ORDER)
COUNT_DELEGATIONS_DATED = f"{DATED}{FILTERS}RETURN count(*) AS n"


@dataclass(frozen=True, slots=True, kw_only=True)
class DelegationFilter:
    country: str | None = None
    leader: str | None = None  # a person id, or part of a name
    meeting: str | None = None
    date_from: str | None = None
    date_to: str | None = None


def _params(where: DelegationFilter, *, skip: int, take: int) -> dict[str, Any]:
    return {
        "country": where.country,
        "leader": where.leader,
        "meeting": where.meeting,
        "from": where.date_from,
        "to": where.date_to,
        "skip": skip,
        "take": take,
    }


async def _dated_then_undated(
    tx: AsyncManagedTransaction, where: DelegationFilter, skip: int, take: int
) -> list[Delegation]:
    """The unanchored listing in two steps: dated rows in index order, and only when the page
    runs past them, the undated rows after (which a date bound excludes anyway)."""
    params = _params(where, skip=skip, take=take)
    rows = await fetch_rows(tx, LIST_DELEGATIONS_DATED, Delegation, **params)
    if len(rows) == take or where.date_from is not None or where.date_to is not None:
        return rows
    # A short page ends the dated rows, so their total is known unless the page was empty.
    dated = skip + len(rows) if rows else await _count(tx, COUNT_DELEGATIONS_DATED, params)
    params.update(skip=max(0, skip - dated), take=take - len(rows))
    return rows + await fetch_rows(tx, LIST_DELEGATIONS_UNDATED, Delegation, **params)


async def _count(tx: AsyncManagedTransaction, query: str, params: dict[str, Any]) -> int:
    record = await (await tx.run(query, params)).single(strict=True)
    return int(record["n"])


async def select_delegations(
    tx: AsyncManagedTransaction, where: DelegationFilter, *, skip: int, take: int
) -> list[Delegation]:
    """Rows `skip`..`skip + take` of the listing, from the anchor the filter allows."""
    if where.meeting is not None:
        query = LIST_DELEGATIONS_OF_MEETING
    elif where.country is not None:
        query = LIST_DELEGATIONS_OF_COUNTRY
    else:
        return await _dated_then_undated(tx, where, skip, take)
    return await fetch_rows(tx, query, Delegation, **_params(where, skip=skip, take=take))


async def _list(
    tx: AsyncManagedTransaction, where: DelegationFilter, limit: int, offset: int
) -> Page[Delegation]:
    rows = await select_delegations(tx, where, **page_params(limit=limit, offset=offset))
    return Page[Delegation].of(rows, limit=limit, offset=offset)


class DelegationRepository(Repository):
    async def list(self, where: DelegationFilter, *, limit: int, offset: int) -> Page[Delegation]:
        return await self.read(_list, where, limit, offset)
