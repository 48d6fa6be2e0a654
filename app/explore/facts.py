"""A node's facts with their support: `GET /v1/graph/facts/{id}`, the explorer's side panel.

Each fact relationship of the node (not `MENTIONS`), the node at its other end, and for each
article in its `sources` the article's title and URL with the sentences (from `evidence`) that
state the fact. A node with very many facts (a country party to thousands of meetings) gives
the first `limit` by type and other end, and says it was truncated.
"""

from __future__ import annotations

from neo4j import AsyncManagedTransaction
from pydantic import BaseModel, Field, JsonValue

from app.errors import NotFound
from app.models.graph import GraphNode
from app.repositories.base import Repository, fetch_one
from app.repositories.graph import label_of
from graph_schema.model import Label, RelType

FACTS = f"""
MATCH (n:{{label}} {{{{id: $id}}}})
CALL (n) {{{{
  OPTIONAL MATCH (n)-[r]-(o) WHERE type(r) <> '{RelType.MENTIONS}'
  WITH n, r, o WHERE r IS NOT NULL
  WITH n, r, o ORDER BY type(r), o.id LIMIT $take
  RETURN collect({{{{type: type(r), outgoing: startNode(r) = n,
    other: {{{{id: o.id, label: head(labels(o)), name: o.name, properties: {{{{}}}}}}}},
    properties: r{{{{.title, .role, .action, .as_of, .date}}}},
    sources: coalesce(r.sources, []), evidence: coalesce(r.evidence, [])}}}}) AS facts
}}}}
CALL (facts) {{{{
  UNWIND facts AS fact
  UNWIND fact.sources AS source
  WITH DISTINCT source
  MATCH (a:{Label.ARTICLE} {{{{id: source}}}})
  RETURN collect(a{{{{.id, .url, .title, .published, .language}}}}) AS articles
}}}}
RETURN {{{{node: {{{{id: n.id, label: head(labels(n)), name: n.name, properties: properties(n)}}}},
        facts: facts, articles: articles}}}} AS row
"""


class Support(BaseModel):
    article: str = Field(examples=["article:a32e4a66337564b7"])
    url: str | None = Field(
        default=None, examples=["https://samples.dipgraph.dev/en/istanbul-second-round"]
    )
    title: str | None = Field(
        default=None,
        examples=["US and Russian diplomats hold second round of embassy talks in Istanbul"],
    )
    published: str | None = Field(default=None, examples=["2025-04-10"])
    sentences: list[str] = Field(
        description="the sentences of this article that state the fact",
        examples=[["The Russian delegation was led by Alexander Darchiev, ..."]],
    )


class Fact(BaseModel):
    type: str = Field(examples=["LED_BY"])
    outgoing: bool = Field(description="the relationship starts at this node")
    other: GraphNode
    properties: dict[str, JsonValue]
    support: list[Support]


class NodeFacts(BaseModel):
    node: GraphNode
    facts: list[Fact]
    truncated: bool = Field(description="the node has more facts than `limit`")


class _RawFact(BaseModel):
    type: str
    outgoing: bool
    other: GraphNode
    properties: dict[str, JsonValue]
    sources: list[str]
    evidence: list[str]


class _Row(BaseModel):
    node: GraphNode
    facts: list[_RawFact]
    articles: list[dict[str, str | None]]


def _sentences(evidence: list[str]) -> dict[str, list[str]]:
    """Evidence strings are `article-id TAB start-end TAB rule TAB sentence`."""
    out: dict[str, list[str]] = {}
    for item in evidence:
        parts = item.split("\t", 3)
        if len(parts) == 4 and parts[3] not in out.setdefault(parts[0], []):
            out[parts[0]].append(parts[3])
    return out


def _fact(raw: _RawFact, articles: dict[str | None, dict[str, str | None]]) -> Fact:
    sentences = _sentences(raw.evidence)
    support = [
        Support(
            article=source,
            url=articles[source]["url"],
            title=articles[source]["title"],
            published=articles[source]["published"],
            sentences=sentences.get(source, []),
        )
        for source in raw.sources
        if source in articles
    ]
    props = {k: v for k, v in raw.properties.items() if v is not None}
    return Fact(
        type=raw.type, outgoing=raw.outgoing, other=raw.other, properties=props, support=support
    )


def _facts(row: _Row, limit: int) -> NodeFacts:
    articles = {a["id"]: a for a in row.articles}
    facts = [_fact(raw, articles) for raw in row.facts[:limit]]
    return NodeFacts(node=row.node, facts=facts, truncated=len(row.facts) > limit)


async def _read(tx: AsyncManagedTransaction, node_id: str, limit: int) -> NodeFacts | None:
    query = FACTS.format(label=label_of(node_id))
    row = await fetch_one(tx, query, _Row, id=node_id, take=limit + 1)
    return None if row is None else _facts(row, limit)


class FactsRepository(Repository):
    async def facts(self, node_id: str, *, limit: int) -> NodeFacts:
        found = await self.read(_read, node_id, limit)
        if found is None:
            raise NotFound(f"no node with id {node_id!r}", id=node_id)
        return found
