"""Countries: `GET /v1/countries` and `GET /v1/countries/{code}`."""

from __future__ import annotations

from neo4j import AsyncManagedTransaction

from app.errors import NotFound
from app.models.common import Page
from app.models.countries import CountryDetail, CountrySummary
from app.repositories.base import Repository, fetch_one, fetch_rows, page_params
from app.repositories.fragments import meeting_map
from app.repositories.properties import PROPERTY_MAP
from graph_schema.model import Label, RelType

C, M, D, DP = Label.COUNTRY, Label.MEETING, Label.DELEGATION, Label.DIPLOMATIC_PROPERTY

LIST_COUNTRIES = f"""
MATCH (c:{C})
WITH c ORDER BY c.code
SKIP $skip LIMIT $take
RETURN {{code: c.code, name: c.name,
        meetings: COUNT {{ (c)-[:{RelType.PARTY_TO}]->(:{M}) }}}} AS row
"""

# Aggregation inside a COLLECT subquery is refused, so counterparts are grouped in a CALL.
COUNTERPARTS = f"""CALL (c) {{
    OPTIONAL MATCH (c)-[:{RelType.PARTY_TO}]->(m:{M})<-[:{RelType.PARTY_TO}]-(o:{C})
    WHERE o <> c
    WITH o, m ORDER BY m.date, m.id
    WITH o, count(m) AS n, collect(m.date) AS dates
    ORDER BY n DESC, o.code
    RETURN collect(CASE WHEN o IS NULL THEN null ELSE
        {{country: {{code: o.code, name: o.name}}, meetings: n, dates: dates,
          first: head(dates), last: last(dates)}} END) AS counterparts
}}"""

DELEGATIONS = f"""COLLECT {{
    MATCH (d:{D})-[:{RelType.REPRESENTS}]->(c)
    OPTIONAL MATCH (d)-[:{RelType.ATTENDED}]->(m:{M})
    RETURN {{id: d.id,
            meeting: CASE WHEN m IS NULL THEN null ELSE {meeting_map("m")} END,
            leaders: COLLECT {{ MATCH (d)-[l:{RelType.LED_BY}]->(p:{Label.PERSON})
                               RETURN {{id: p.id, name: p.name, title: l.title, role: l.role}}
                               ORDER BY p.name, p.id }}}}
    ORDER BY coalesce(m.date, '') DESC, d.id }}"""

COUNTRY_DETAIL = f"""
MATCH (c:{C} {{code: $code}})
{COUNTERPARTS}
RETURN {{code: c.code, name: c.name, aliases: coalesce(c.aliases, []),
  counterparts: counterparts,
  delegations: {DELEGATIONS},
  properties_owned: COLLECT {{ MATCH (pr:{DP})-[:{RelType.OWNED_BY}]->(c)
                              RETURN {PROPERTY_MAP} ORDER BY pr.name, pr.id }},
  properties_restricted: COLLECT {{ MATCH (c)-[:{RelType.RESTRICTS}]->(pr:{DP})
                                   RETURN DISTINCT {PROPERTY_MAP} AS p ORDER BY p.name, p.id }}
}} AS row
"""


async def _list(tx: AsyncManagedTransaction, limit: int, offset: int) -> Page[CountrySummary]:
    rows = await fetch_rows(
        tx, LIST_COUNTRIES, CountrySummary, **page_params(limit=limit, offset=offset)
    )
    return Page[CountrySummary].of(rows, limit=limit, offset=offset)


async def _detail(tx: AsyncManagedTransaction, code: str) -> CountryDetail | None:
    return await fetch_one(tx, COUNTRY_DETAIL, CountryDetail, code=code)


class CountryRepository(Repository):
    async def list(self, *, limit: int, offset: int) -> Page[CountrySummary]:
        return await self.read(_list, limit, offset)

    async def get(self, code: str) -> CountryDetail:
        country = await self.read(_detail, code.upper())
        if country is None:
            raise NotFound(f"no country with code {code!r}", code=code)
        return country
