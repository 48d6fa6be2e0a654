"""Diplomatic properties: `GET /v1/properties`, and the property shape countries reuse."""

from __future__ import annotations

from neo4j import AsyncManagedTransaction

from app.models.common import Page
from app.models.countries import Property
from app.repositories.base import Repository, fetch_rows, page_params
from graph_schema.model import Label, RelType

C, DP = Label.COUNTRY, Label.DIPLOMATIC_PROPERTY

# A property `pr` as the `Property` model, as a map expression.
PROPERTY_MAP = f"""{{id: pr.id, name: pr.name, kind: pr.kind, location: pr.location,
  place: head(COLLECT {{ MATCH (pr)-[:{RelType.LOCATED_IN}]->(pl:{Label.PLACE})
                        RETURN {{id: pl.id, name: pl.name, kind: pl.kind}} ORDER BY pl.id }}),
  owner: head(COLLECT {{ MATCH (pr)-[:{RelType.OWNED_BY}]->(oc:{C})
                        RETURN {{code: oc.code, name: oc.name}} ORDER BY oc.code }}),
  restrictions: COLLECT {{ MATCH (rc:{C})-[r:{RelType.RESTRICTS}]->(pr)
                          RETURN {{country: {{code: rc.code, name: rc.name}},
                                  action: r.action, as_of: r.as_of}}
                          ORDER BY rc.code, r.as_of }}}}"""

LIST_PROPERTIES = f"""
MATCH (pr:{DP})
WHERE ($owner IS NULL OR EXISTS {{ MATCH (pr)-[:{RelType.OWNED_BY}]->(:{C} {{code: $owner}}) }})
  AND ($restricted_by IS NULL
       OR EXISTS {{ MATCH (:{C} {{code: $restricted_by}})-[:{RelType.RESTRICTS}]->(pr) }})
WITH pr ORDER BY pr.name, pr.id
SKIP $skip LIMIT $take
RETURN {PROPERTY_MAP} AS row
"""


async def _list(
    tx: AsyncManagedTransaction,
    owner: str | None,
    restricted_by: str | None,
    limit: int,
    offset: int,
) -> Page[Property]:
    rows = await fetch_rows(
        tx,
        LIST_PROPERTIES,
        Property,
        owner=owner,
        restricted_by=restricted_by,
        **page_params(limit=limit, offset=offset),
    )
    return Page[Property].of(rows, limit=limit, offset=offset)


class PropertyRepository(Repository):
    async def list(
        self, *, owner: str | None, restricted_by: str | None, limit: int, offset: int
    ) -> Page[Property]:
        return await self.read(_list, owner, restricted_by, limit, offset)
