"""Write an article's graph to Neo4j: one write transaction per article, batched UNWIND queries.

Every node and every fact relationship lists the articles that support it in `sources`, and each
article has `MENTIONS` edges to what it supports, so removing an article removes exactly what
only it said (see `RETRACT_*`). Labels and relationship types are formatted into the query text
only from the `graph_schema` enums; every value travels as a parameter.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from neo4j import AsyncManagedTransaction, ResultSummary

from graph_schema.model import Label, RelType
from ingest.writer_model import ArticleGraph, NodeRow, RelRow

BATCH = 1000

ARTICLE_STATE = f"MATCH (a:{Label.ARTICLE} {{id: $id}}) RETURN a.content_hash AS hash"
MERGE_ARTICLE = f"""
MERGE (a:{Label.ARTICLE} {{id: $article.id}})
SET a += $article, a.sources = [$article.id]
"""
# Appends the article to `sources` once, and aliases as a set; `search_text` feeds the
# full-text index, which does not read list properties.
MERGE_NODES = """
UNWIND $rows AS row
MERGE (n:{label} {{id: row.id}})
ON CREATE SET n.name = row.name
SET n += row.props,
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.sources = CASE WHEN $article IN coalesce(n.sources, []) THEN n.sources
                     ELSE coalesce(n.sources, []) + $article END
SET n.search_text = reduce(s = '', x IN n.aliases | s + ' ' + x)
WITH n
MATCH (a:{article_label} {{id: $article}})
MERGE (a)-[:{mentions}]->(n)
"""
MERGE_RELS = """
UNWIND $rows AS row
MATCH (s:{start} {{id: row.start}})
MATCH (e:{end} {{id: row.end}})
MERGE (s)-[r:{type} {{key: row.key}}]->(e)
SET r += row.props,
    r.sources = CASE WHEN $article IN coalesce(r.sources, []) THEN r.sources
                     ELSE coalesce(r.sources, []) + $article END,
    r.evidence = reduce(acc = coalesce(r.evidence, []), x IN row.evidence |
                        CASE WHEN x IN acc THEN acc ELSE acc + x END)
"""
# Retraction: drop the article from every fact it supports, delete facts and entities left with
# no support, then the article itself. Evidence strings start with the article id and a tab.
RETRACT_RELS = f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})-[:{RelType.MENTIONS}]->(n)-[r]-()
WHERE type(r) <> '{RelType.MENTIONS}' AND $id IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $id],
    r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH $id + '\t']
WITH r WHERE size(r.sources) = 0
DELETE r
"""
RETRACT_NODES = f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})-[m:{RelType.MENTIONS}]->(n)
DELETE m
SET n.sources = [s IN coalesce(n.sources, []) WHERE s <> $id]
WITH n WHERE size(n.sources) = 0
DETACH DELETE n
"""
DELETE_ARTICLE = f"MATCH (a:{Label.ARTICLE} {{id: $id}}) DETACH DELETE a"


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


@cache
def merge_nodes_query(label: Label) -> str:
    return MERGE_NODES.format(label=label, article_label=Label.ARTICLE, mentions=RelType.MENTIONS)


@cache
def merge_rels_query(rel_type: RelType, start: Label, end: Label) -> str:
    return MERGE_RELS.format(type=rel_type, start=start, end=end)


async def _run(tx: AsyncManagedTransaction, counts: WriteCounts, query: str, **params: Any) -> None:
    result = await tx.run(query, **params)
    counts.add(await result.consume())


def _node_row(node: NodeRow) -> dict[str, Any]:
    return {"id": node.id, "name": node.name, "props": node.props, "aliases": node.aliases}


def _rel_row(rel: RelRow) -> dict[str, Any]:
    return {
        "start": rel.start,
        "end": rel.end,
        "key": rel.key,
        "props": rel.props,
        "evidence": rel.evidence,
    }


async def _write_nodes(
    tx: AsyncManagedTransaction, graph: ArticleGraph, counts: WriteCounts
) -> None:
    by_label: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes:
        by_label[node.label].append(_node_row(node))
    for label, rows in by_label.items():
        for i in range(0, len(rows), BATCH):
            query = merge_nodes_query(label)
            await _run(tx, counts, query, rows=rows[i : i + BATCH], article=graph.article.id)


async def _write_rels(
    tx: AsyncManagedTransaction, graph: ArticleGraph, counts: WriteCounts
) -> None:
    groups: dict[tuple[RelType, Label, Label], list[dict[str, Any]]] = defaultdict(list)
    for rel in graph.rels:
        groups[(rel.type, rel.start_label, rel.end_label)].append(_rel_row(rel))
    for (rel_type, start, end), rows in groups.items():
        query = merge_rels_query(rel_type, start, end)
        for i in range(0, len(rows), BATCH):
            await _run(tx, counts, query, rows=rows[i : i + BATCH], article=graph.article.id)


async def retract_in_tx(tx: AsyncManagedTransaction, article_id: str, counts: WriteCounts) -> None:
    await _run(tx, counts, RETRACT_RELS, id=article_id)
    await _run(tx, counts, RETRACT_NODES, id=article_id)


async def article_hash(tx: AsyncManagedTransaction, article_id: str) -> str | None:
    record = await (await tx.run(ARTICLE_STATE, id=article_id)).single()
    return None if record is None else str(record["hash"])


async def write_article_tx(
    tx: AsyncManagedTransaction, graph: ArticleGraph, *, previous_hash: str | None
) -> WriteOutcome:
    """Write one article's graph; `previous_hash` is what `article_hash` read in this same
    transaction (None for a new article). The caller runs it in one managed write transaction.
    """
    counts = WriteCounts()
    if previous_hash == graph.article.content_hash:
        return WriteOutcome(graph.article.id, WriteStatus.UNCHANGED, counts)
    if previous_hash is not None:
        await retract_in_tx(tx, graph.article.id, counts)
    await _run(tx, counts, MERGE_ARTICLE, article=graph.article.model_dump())
    await _write_nodes(tx, graph, counts)
    await _write_rels(tx, graph, counts)
    status = WriteStatus.NEW if previous_hash is None else WriteStatus.UPDATED
    return WriteOutcome(graph.article.id, status, counts)


async def retract_article_tx(tx: AsyncManagedTransaction, article_id: str) -> WriteCounts | None:
    """Remove the article and what only it supported; None when there is no such article."""
    if await article_hash(tx, article_id) is None:
        return None
    counts = WriteCounts()
    await retract_in_tx(tx, article_id, counts)
    await _run(tx, counts, DELETE_ARTICLE, id=article_id)
    return counts
