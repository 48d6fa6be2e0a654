"""Nodes and edges as JSON for visualisation, and the read-only Cypher endpoint's shapes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, JsonValue, field_validator

# Bulky or internal properties a picture of the graph does not need.
HIDDEN_PROPERTIES = frozenset({"text", "search_text", "content_hash", "evidence"})


class GraphNode(BaseModel):
    id: str = Field(examples=["person:alexander-darchiev"])
    label: str = Field(examples=["Person"])
    name: str | None = Field(default=None, examples=["Alexander Darchiev"])
    properties: dict[str, JsonValue]

    @field_validator("properties", mode="before")
    @classmethod
    def _drop_hidden(cls, value: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in value.items() if k not in HIDDEN_PROPERTIES}


class GraphEdge(BaseModel):
    type: str = Field(examples=["LED_BY"])
    source: str = Field(examples=["delegation:ru-us:2025:r2:ru"])
    target: str = Field(examples=["person:alexander-darchiev"])
    properties: dict[str, JsonValue]

    @field_validator("properties", mode="before")
    @classmethod
    def _drop_hidden(cls, value: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in value.items() if k not in HIDDEN_PROPERTIES}


class Subgraph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class Neighborhood(Subgraph):
    center: str = Field(examples=["person:alexander-darchiev"])
    depth: int = Field(examples=[1])
    truncated: bool = Field(description="more nodes were within reach than `limit`")


class GraphPath(Subgraph):
    found: bool = Field(description="false when no path of at most `max_depth` hops exists")


class CypherRequest(BaseModel):
    query: str = Field(
        min_length=1,
        max_length=10_000,
        examples=["MATCH (d:Delegation)-[:LED_BY]->(p:Person) RETURN d.id, p.name LIMIT $n"],
    )
    parameters: dict[str, JsonValue] = Field(default_factory=dict, examples=[{"n": 10}])


class CypherResult(BaseModel):
    columns: list[str] = Field(examples=[["d.id", "p.name"]])
    rows: list[dict[str, JsonValue]]
    truncated: bool = Field(description="the query returned more rows than the row limit")
