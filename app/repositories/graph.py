"""Subgraphs for visualisation: `GET /v1/graph/neighborhood/{id}` and `GET /v1/graph/path`.

Variable-length bounds and labels cannot be Cypher parameters, so each (label, depth) variant
is a query built once from the enums and a validated small integer, never from request text.
An id's label is read from its prefix (`person:...`), so the start is an index seek.
"""

from __future__ import annotations

from functools import cache

from neo4j import AsyncManagedTransaction

from app.errors import NotFound
from app.models.graph import GraphPath, Neighborhood, Subgraph
from app.repositories.base import Repository, fetch_one
from graph_schema.model import ID_PREFIXES, Label, RelType

PREFIX_LABELS: dict[str, Label] = {prefix: label for label, prefix in ID_PREFIXES.items()}
FACT_TYPES = "|".join(t for t in RelType if t != RelType.MENTIONS)
ALL_TYPES = "|".join(RelType)
NODE = "{id: n.id, label: head(labels(n)), name: n.name, properties: properties(n)}"
EDGE = "{type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}"

# Breadth first, one hop per level: each level is the neighbours of the previous one not seen
# yet (so every node comes at its distance from the centre), sorted by id. A level is expanded
# only while fewer than `take` nodes are kept, so a busy centre whose first hops already fill
# the drawing never walks its far hops (a country's third hop can be half the graph).
NEIGHBORHOOD = """
MATCH (s:{label} {{id: $id}})
WITH [s] AS seen, [s] AS frontier
{levels}
WITH seen[0..$take + 1] AS ns
CALL (ns) {{
  UNWIND ns AS a
  OPTIONAL MATCH (a)-[r:{types}]->(b) WHERE b IN ns
  RETURN collect(DISTINCT r) AS rs
}}
RETURN {{nodes: [n IN ns | {node}], edges: [r IN rs | {edge}]}} AS row
"""

# An aggregating subquery always yields one row, so a level that is skipped or empty is [].
LEVEL = """CALL (seen, frontier) {{
  UNWIND CASE WHEN size(seen) <= $take THEN frontier ELSE [] END AS f
  MATCH (f)-[:{types}]-(x)
  WITH DISTINCT x WHERE NOT x IN seen
  WITH x ORDER BY x.id
  RETURN collect(x)[0..$take] AS level
}}
WITH seen + level AS seen, level AS frontier"""

NODE_EXISTS = "MATCH (n:{label} {{id: $id}}) RETURN count(n) > 0 AS found"

PATH = """
MATCH (a:{start} {{id: $from}}), (b:{end} {{id: $to}})
OPTIONAL MATCH p = shortestPath((a)-[:{types}*..{depth}]-(b))
RETURN {{found: p IS NOT NULL,
        nodes: CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p) | {node}] END,
        edges: CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | {edge}] END}} AS row
"""


def label_of(node_id: str) -> Label:
    label = PREFIX_LABELS.get(node_id.split(":", 1)[0])
    if label is None:
        raise NotFound(f"no node with id {node_id!r}", id=node_id)
    return label


def _levels(depth: int, types: str) -> str:
    return "\n".join(LEVEL.format(types=types) for _ in range(int(depth)))


@cache
def neighborhood_query(label: Label, depth: int, *, articles: bool) -> str:
    types = ALL_TYPES if articles else FACT_TYPES
    return NEIGHBORHOOD.format(
        label=label,
        levels=_levels(depth, types),
        types=types,
        node=NODE,
        edge=EDGE,
    )


@cache
def path_query(start: Label, end: Label, depth: int, *, articles: bool) -> str:
    return PATH.format(
        start=start,
        end=end,
        depth=int(depth),
        types=ALL_TYPES if articles else FACT_TYPES,
        node=NODE,
        edge=EDGE,
    )


@cache
def exists_query(label: Label) -> str:
    return NODE_EXISTS.format(label=label)


def _trim(graph: Subgraph, *, limit: int) -> tuple[Subgraph, bool]:
    """Keep the centre and `limit` neighbours; the query fetched one more to tell truncation."""
    truncated = len(graph.nodes) > limit + 1
    nodes = graph.nodes[: limit + 1]
    kept = {n.id for n in nodes}
    edges = sorted(
        (e for e in graph.edges if e.source in kept and e.target in kept),
        key=lambda e: (e.type, e.source, e.target),
    )
    return Subgraph(nodes=nodes, edges=edges), truncated


async def _neighborhood(
    tx: AsyncManagedTransaction, node_id: str, depth: int, limit: int, articles: bool
) -> Neighborhood | None:
    query = neighborhood_query(label_of(node_id), depth, articles=articles)
    graph = await fetch_one(tx, query, Subgraph, id=node_id, take=limit + 1)
    if graph is None:
        return None
    trimmed, truncated = _trim(graph, limit=limit)
    return Neighborhood(
        center=node_id, depth=depth, truncated=truncated, nodes=trimmed.nodes, edges=trimmed.edges
    )


async def _path(
    tx: AsyncManagedTransaction, ends: tuple[str, str], depth: int, articles: bool
) -> GraphPath:
    start, end = ends
    for node_id in ends:
        record = await (await tx.run(exists_query(label_of(node_id)), id=node_id)).single()
        if record is None or not record["found"]:
            raise NotFound(f"no node with id {node_id!r}", id=node_id)
    if start == end:
        # shortestPath refuses equal ends; the path from a node to itself is the node.
        graph = await _neighborhood(tx, start, 1, 0, articles)
        assert graph is not None
        return GraphPath(found=True, nodes=graph.nodes, edges=[])
    query = path_query(label_of(start), label_of(end), depth, articles=articles)
    path = await fetch_one(tx, query, GraphPath, **{"from": start, "to": end})
    return path or GraphPath(found=False, nodes=[], edges=[])


class GraphRepository(Repository):
    async def neighborhood(
        self, node_id: str, *, depth: int, limit: int, articles: bool
    ) -> Neighborhood:
        graph = await self.read(_neighborhood, node_id, depth, limit, articles)
        if graph is None:
            raise NotFound(f"no node with id {node_id!r}", id=node_id)
        return graph

    async def path(self, start: str, end: str, *, max_depth: int, articles: bool) -> GraphPath:
        return await self.read(_path, (start, end), max_depth, articles)
