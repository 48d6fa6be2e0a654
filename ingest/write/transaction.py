"""Write an article's graph to Neo4j: one write transaction per article, one query per write.

Every fact relationship lists the articles that support it in `sources`, and each article has
`MENTIONS` edges to the entities it names, so removing an article removes exactly what only it
said. The queries live in `write.cypher`; this module shapes the parameters and counts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from neo4j import AsyncManagedTransaction, ResultSummary

from graph_schema.model import FACTS, REFERENCES
from ingest.write.cypher import (
    ARTICLE_EXISTS,
    DELETE_ARTICLE,
    RETRACT_ENTITIES,
    RETRACT_FACTS,
    rel_key,
    write_article_query,
)
from ingest.write.model import ArticleGraph

_KNOWN_RELS = {rel_key(*triple) for triple in (*FACTS, *REFERENCES)}


class WriteStatus(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"


@dataclass(slots=True)
class WriteCounts:
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def add(self, summary: ResultSummary) -> None:
        c = summary.counters
        self.nodes_created += c.nodes_created
        self.nodes_deleted += c.nodes_deleted
        self.relationships_created += c.relationships_created
        self.relationships_deleted += c.relationships_deleted
        self.properties_set += c.properties_set

    def merge(self, other: WriteCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class WriteOutcome:
    article_id: str
    status: WriteStatus
    counts: WriteCounts = field(default_factory=WriteCounts)


def write_parameters(graph: ArticleGraph) -> dict[str, Any]:
    """The parameters of the write query: node rows by label, relationship rows by kind."""
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes:
        nodes[node.label].append(
            {
                "id": node.id,
                "name": node.name,
                "props": node.props,
                "aliases": node.aliases,
                "search_text": " ".join(node.aliases),
            }
        )
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in graph.rels:
        key = rel_key(rel.type, rel.start_label, rel.end_label)
        if key not in _KNOWN_RELS:
            raise ValueError(f"{key} is not a relationship of the graph model")
        rels[key].append(
            {
                "start": rel.start,
                "end": rel.end,
                "key": rel.key,
                "props": rel.props,
                "evidence": rel.evidence,
            }
        )
    # One order for everybody: concurrent articles then lock shared nodes (a country, a city)
    # in the same sequence, which keeps deadlocks (and their retries) rare.
    for node_rows in nodes.values():
        node_rows.sort(key=lambda row: row["id"])
    for rel_rows in rels.values():
        rel_rows.sort(key=lambda row: (row["start"], row["end"], row["key"]))
    return {"article": graph.article.model_dump(), "nodes": dict(nodes), "rels": dict(rels)}


async def _run(tx: AsyncManagedTransaction, counts: WriteCounts, query: str, **params: Any) -> None:
    result = await tx.run(query, params)
    counts.add(await result.consume())


async def retract_in_tx(tx: AsyncManagedTransaction, article_id: str, counts: WriteCounts) -> None:
    await _run(tx, counts, RETRACT_FACTS, id=article_id)
    await _run(tx, counts, RETRACT_ENTITIES, id=article_id)


async def write_article_tx(
    tx: AsyncManagedTransaction, graph: ArticleGraph, *, previous_hash: str | None
) -> WriteOutcome:
    """Write one article's graph; `previous_hash` is the stored article's content hash, read in
    this same transaction (None for a new article). Run it in one managed write transaction.
    """
    counts = WriteCounts()
    if previous_hash == graph.article.content_hash:
        return WriteOutcome(graph.article.id, WriteStatus.UNCHANGED, counts)
    if previous_hash is not None:
        await retract_in_tx(tx, graph.article.id, counts)
    params = write_parameters(graph)
    parts = [f"nodes:{label}" for label in params["nodes"]]
    parts += [f"rels:{key}" for key in params["rels"]]
    await _run(tx, counts, write_article_query(tuple(sorted(parts))), **params)
    status = WriteStatus.NEW if previous_hash is None else WriteStatus.UPDATED
    return WriteOutcome(graph.article.id, status, counts)


async def retract_article_tx(tx: AsyncManagedTransaction, article_id: str) -> WriteCounts | None:
    """Remove the article and what only it supported; None when there is no such article."""
    result = await tx.run(ARTICLE_EXISTS, id=article_id)
    if await result.single() is None:
        return None
    counts = WriteCounts()
    await retract_in_tx(tx, article_id, counts)
    await _run(tx, counts, DELETE_ARTICLE, id=article_id)
    return counts
