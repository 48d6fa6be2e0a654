"""Paged reads of the whole graph, or of one node's neighbourhood, for the exporters.

The whole graph is read label by label, each label in pages of ids keyed on `id` (`WHERE n.id >
$after ORDER BY n.id LIMIT $page`): the label's uniqueness constraint is an index that gives the
order, so each page is an index seek. A page's nodes, then the relationships leaving them, are
read one row each and pulled from the server a few hundred at a time, so not even a hub (a
country in thousands of meetings) is held whole; hidden properties (text, evidence) are dropped
by the server. Each page is its own read transaction, closed when its rows are read or the
stream is dropped."""

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
# Records pulled from the server at a time while streaming a page.
FETCH = 500
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


def export_labels(*, articles: bool) -> list[Label]:
    skip = {Label.SCHEMA_MIGRATION} | (set() if articles else {Label.ARTICLE})
    return [label for label in Label if label not in skip]


# Hidden properties (an article's text, a fact's evidence) are dropped by the server, so they
# never cross the wire: evidence is most of a relationship's bytes.
VISIBLE_PROPS = "[k IN keys({var}) WHERE NOT k IN $hidden | [k, {var}[k]]]"


@cache
def ids_query(label: Label) -> str:
    return f"MATCH (n:{label}) WHERE n.id > $after RETURN n.id AS id ORDER BY n.id LIMIT $page"


@cache
def nodes_query(label: Label) -> str:
    return (
        f"MATCH (n:{label}) WHERE n.id IN $ids "
        f"RETURN n.id AS id, n.name AS name, {VISIBLE_PROPS.format(var='n')} AS props "
        "ORDER BY id"
    )


@cache
def edges_query(label: Label, *, articles: bool) -> str:
    # Without articles only fact types are followed, and none of them leads to an article.
    types = ALL_TYPES if articles else FACT_TYPES
    return (
        f"MATCH (n:{label})-[r:{types}]->(m) WHERE n.id IN $ids "
        f"RETURN n.id AS source, type(r) AS type, m.id AS target, "
        f"{VISIBLE_PROPS.format(var='r')} AS props"
    )


async def _ids(tx: AsyncManagedTransaction, label: Label, after: str) -> list[str]:
    result = await tx.run(ids_query(label), after=after, page=PAGE)
    return [record["id"] async for record in result]


async def _id_pages(driver: AsyncDriver, database: str, label: Label) -> AsyncIterator[list[str]]:
    """The label's ids, a page at a time, in id order."""
    after = ""
    while True:
        async with driver.session(database=database, default_access_mode="READ") as session:
            ids = await session.execute_read(_ids, label, after)
        if ids:
            yield ids
        if len(ids) < PAGE:
            return
        after = ids[-1]


async def _stream(
    driver: AsyncDriver, database: str, query: str, ids: list[str]
) -> AsyncIterator[Any]:
    """The query's records over one page of ids, pulled from the server `FETCH` at a time: a
    hub (a country party to thousands of meetings) never sits in memory whole."""
    async with (
        driver.session(database=database, default_access_mode="READ", fetch_size=FETCH) as session,
        await session.begin_transaction() as tx,
    ):
        result = await tx.run(query, ids=ids, hidden=sorted(HIDDEN_PROPERTIES))
        async for record in result:
            yield record


async def graph_nodes(
    driver: AsyncDriver, database: str, *, articles: bool
) -> AsyncIterator[ExportNode]:
    for label in export_labels(articles=articles):
        async for ids in _id_pages(driver, database, label):
            async for rec in _stream(driver, database, nodes_query(label), ids):
                yield ExportNode(rec["id"], label, rec["name"], dict(rec["props"]))


async def graph_edges(
    driver: AsyncDriver, database: str, *, articles: bool
) -> AsyncIterator[ExportEdge]:
    for label in export_labels(articles=articles):
        query = edges_query(label, articles=articles)
        async for ids in _id_pages(driver, database, label):
            async for rec in _stream(driver, database, query, ids):
                yield ExportEdge(rec["type"], rec["source"], rec["target"], dict(rec["props"]))


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
