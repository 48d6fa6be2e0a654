"""Paged reads of the whole graph, or of one node's neighbourhood, for the exporters.

The whole graph is read label by label, each label in pages keyed on `id` (`WHERE n.id > $after
ORDER BY n.id LIMIT $page`): the label's uniqueness constraint is an index that gives the order,
so each page is an index seek, and no page holds more than `page` nodes. Edges are read the same
way, as the outgoing relationships of one page of start nodes. Each page is its own read
transaction: a client that stops reading holds no transaction open.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction

from app.errors import NotFound
from app.models.graph import HIDDEN_PROPERTIES, Neighborhood
from app.repositories.graph import FACT_TYPES, label_of, neighborhood_query
from graph_schema.model import Label, RelType

PAGE = 1000
# A neighbourhood is read in one query; this bounds it (the API's own view stops at 500).
MAX_NEIGHBOURS = 20_000
ALL_TYPES = "|".join(RelType)


@dataclass(frozen=True, slots=True)
class ExportNode:
    id: str
    label: str
    name: str | None
    properties: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExportEdge:
    type: str
    source: str
    target: str
    properties: dict[str, Any]


def _visible(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in HIDDEN_PROPERTIES}


def export_labels(*, articles: bool) -> list[Label]:
    skip = {Label.SCHEMA_MIGRATION} | (set() if articles else {Label.ARTICLE})
    return [label for label in Label if label not in skip]


@cache
def nodes_query(label: Label) -> str:
    return (
        f"MATCH (n:{label}) WHERE n.id > $after "
        "WITH n ORDER BY n.id LIMIT $page "
        "RETURN n.id AS id, n.name AS name, properties(n) AS props"
    )


@cache
def edges_query(label: Label, *, articles: bool) -> str:
    # Without articles only fact types are followed, and none of them leads to an article.
    types = ALL_TYPES if articles else FACT_TYPES
    return (
        f"MATCH (n:{label}) WHERE n.id > $after "
        "WITH n ORDER BY n.id LIMIT $page "
        f"OPTIONAL MATCH (n)-[r:{types}]->(m) "
        "WITH n, collect({type: type(r), target: m.id, props: properties(r)}) AS rels "
        "RETURN n.id AS id, rels ORDER BY id"
    )


async def _page(tx: AsyncManagedTransaction, query: str, after: str, page: int) -> list[Any]:
    result = await tx.run(query, after=after, page=page)
    return [record async for record in result]


async def _pages(driver: AsyncDriver, database: str, query: str) -> AsyncIterator[list[Any]]:
    after = ""
    while True:
        async with driver.session(database=database, default_access_mode="READ") as session:
            records = await session.execute_read(_page, query, after, PAGE)
        if not records:
            return
        yield records
        if len(records) < PAGE:
            return
        after = records[-1]["id"]


async def graph_nodes(
    driver: AsyncDriver, database: str, *, articles: bool
) -> AsyncIterator[ExportNode]:
    for label in export_labels(articles=articles):
        async for records in _pages(driver, database, nodes_query(label)):
            for rec in records:
                yield ExportNode(rec["id"], label, rec["name"], _visible(dict(rec["props"])))


async def graph_edges(
    driver: AsyncDriver, database: str, *, articles: bool
) -> AsyncIterator[ExportEdge]:
    for label in export_labels(articles=articles):
        async for records in _pages(driver, database, edges_query(label, articles=articles)):
            for rec in records:
                for rel in rec["rels"]:
                    if rel["type"] is None or rel["target"] is None:
                        continue
                    yield ExportEdge(
                        rel["type"], rec["id"], rel["target"], _visible(dict(rel["props"]))
                    )


async def _neighbourhood(
    tx: AsyncManagedTransaction, node_id: str, depth: int, articles: bool
) -> Neighborhood | None:
    query = neighborhood_query(label_of(node_id), depth, articles=articles)
    result = await tx.run(query, id=node_id, take=MAX_NEIGHBOURS)
    record = await result.single()
    if record is None:
        return None
    return Neighborhood(center=node_id, depth=depth, truncated=False, **record["row"])


@dataclass(slots=True)
class Subgraph:
    """What to export: the whole graph, or the neighbourhood of `node` within `depth` hops."""

    driver: AsyncDriver
    database: str
    node: str | None = None
    depth: int = 1
    articles: bool = False

    async def _neighbourhood_or_404(self) -> Neighborhood:
        assert self.node is not None
        async with self.driver.session(
            database=self.database, default_access_mode="READ"
        ) as session:
            graph = await session.execute_read(_neighbourhood, self.node, self.depth, self.articles)
        if graph is None:
            raise NotFound(f"no node with id {self.node!r}", id=self.node)
        return graph

    async def check(self) -> None:
        """Raise NotFound before any byte is streamed, while an error can still be a 404."""
        if self.node is not None:
            await self._neighbourhood_or_404()

    async def nodes(self) -> AsyncIterator[ExportNode]:
        if self.node is None:
            async for node in graph_nodes(self.driver, self.database, articles=self.articles):
                yield node
            return
        graph = await self._neighbourhood_or_404()
        for n in graph.nodes:
            yield ExportNode(n.id, n.label, n.name, dict(n.properties))

    async def edges(self) -> AsyncIterator[ExportEdge]:
        if self.node is None:
            async for edge in graph_edges(self.driver, self.database, articles=self.articles):
                yield edge
            return
        graph = await self._neighbourhood_or_404()
        for e in graph.edges:
            yield ExportEdge(e.type, e.source, e.target, dict(e.properties))


async def property_keys(driver: AsyncDriver, database: str) -> list[str]:
    """Every property key the database has seen: the GraphML exporter declares them up front."""
    records, _, _ = await driver.execute_query(
        "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey",
        database_=database,
        routing_="r",
    )
    return [r["propertyKey"] for r in records]
