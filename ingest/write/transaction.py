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
from ingest.text.search_keys import search_text
from ingest.write.cypher import (
    ARTICLE_EXISTS,
    DELETE_ARTICLE,
    RETRACT_ENTITIES,
    RETRACT_FACTS,
    rel_key,
    write_article_query,
)
from ingest.write.facts import NAME, NO_DATE, Claim, node_values
from ingest.write.model import ArticleGraph, NodeRow
from ingest.write.recompute import RULE_PARAMS, own_claim, recompute_nodes

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


def _node_row(graph: ArticleGraph, node: NodeRow) -> dict[str, Any]:
    """A node's row: for a node described by claims, the values the rule picks from this
    article's claim alone, so a node one article names looks the same however it got there."""
    claim = own_claim(node)
    if not claim:
        aliases: list[str] = list(dict.fromkeys([node.name, *node.aliases]))
        props: dict[str, Any] = dict(node.props)
        name = node.name
    else:
        meta = graph.article
        one = Claim(article=meta.id, published=meta.published, language=meta.language, props=claim)
        props = node_values(node.label, [one], search_text=search_text)
        name = str(props.pop(NAME))
        listed = props.pop("aliases")
        aliases = [str(x) for x in listed] if isinstance(listed, list) else [name]
        props.pop("search_text")
    return {
        "id": node.id,
        "name": name,
        "props": props,
        "aliases": aliases,
        "search_text": search_text(aliases),
        "claimed": node.claimed,
        "claim": claim,
    }


def _claim_lines(graph: ArticleGraph, props: dict[str, Any]) -> list[str]:
    meta = graph.article
    head = f"{meta.id}\t{meta.published or NO_DATE}\t{meta.language}"
    return sorted(
        f"{head}\t{key}\t{str(value).replace(chr(9), ' ')}"
        for key, value in props.items()
        if value is not None
    )


def write_parameters(graph: ArticleGraph) -> dict[str, Any]:
    """The parameters of the write query: node rows by label, relationship rows by kind."""
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes:
        nodes[node.label].append(_node_row(graph, node))
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
                "evidence": sorted(rel.evidence),
                "claims": _claim_lines(graph, rel.props),
            }
        )
    # One order for everybody: concurrent articles then lock shared nodes (a country, a city)
    # in the same sequence, which keeps deadlocks (and their retries) rare.
    for node_rows in nodes.values():
        node_rows.sort(key=lambda row: row["id"])
    for rel_rows in rels.values():
        rel_rows.sort(key=lambda row: (row["start"], row["end"], row["key"]))
    return {
        "article": graph.article.model_dump(),
        "nodes": dict(nodes),
        "rels": dict(rels),
        **RULE_PARAMS,
    }


async def _run(tx: AsyncManagedTransaction, counts: WriteCounts, query: str, **params: Any) -> None:
    result = await tx.run(query, params)
    counts.add(await result.consume())


async def retract_in_tx(tx: AsyncManagedTransaction, article_id: str, counts: WriteCounts) -> None:
    """Take the article's support off every fact and node; what is left is chosen again."""
    await _run(tx, counts, RETRACT_FACTS, id=article_id, **RULE_PARAMS)
    result = await tx.run(RETRACT_ENTITIES, id=article_id)
    record = await result.single()
    counts.add(await result.consume())
    await recompute_nodes(tx, list(record["kept"]) if record else [])


async def write_article_tx(
    tx: AsyncManagedTransaction,
    graph: ArticleGraph,
    *,
    previous_hash: str | None,
    rewrite: bool = False,
) -> WriteOutcome:
    """Write one article's graph; `previous_hash` is the stored article's content hash, read in
    this same transaction (None for a new article); `rewrite` replaces an article whose text is
    the same but whose date or title changed (its claims carry the date). Run it in one managed
    write transaction.
    """
    counts = WriteCounts()
    if previous_hash == graph.article.content_hash and not rewrite:
        return WriteOutcome(graph.article.id, WriteStatus.UNCHANGED, counts)
    if previous_hash is not None:
        await retract_in_tx(tx, graph.article.id, counts)
    params = write_parameters(graph)
    parts = [f"nodes:{label}" for label in params["nodes"]]
    parts += [f"rels:{key}" for key in params["rels"]]
    result = await tx.run(write_article_query(tuple(sorted(parts))), params)
    record = await result.single(strict=True)
    counts.add(await result.consume())
    await recompute_nodes(tx, list(record["recompute"]))
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
