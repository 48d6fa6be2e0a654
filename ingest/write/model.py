"""The graph an article contributes, as typed rows ready for batched writes.

Built from an extraction result by `build`, written by `transaction`. Keeping this middle form
generic (labelled nodes with canonical ids, typed relationships between ids) lets one small set
of `UNWIND $rows` queries write every kind of fact, and lets a test check what an article would
add without a database.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph_schema.model import Label, RelType
from ingest.models import ArticleMeta

Scalar = str | int | float | bool | None
PropValue = Scalar | list[str] | list[int]


class NodeRow(BaseModel):
    label: Label
    id: str
    name: str
    props: dict[str, PropValue] = Field(default_factory=dict)
    aliases: list[str] = Field(default_factory=list)
    # False for a node whose properties all follow from its id: no claim, nothing to choose.
    claimed: bool = True


class RelRow(BaseModel):
    type: RelType
    start_label: Label
    start: str
    end_label: Label
    end: str
    # Distinguishes parallel facts of one type between the same two nodes (two titles held).
    key: str = ""
    props: dict[str, PropValue] = Field(default_factory=dict)
    evidence: list[str] = Field(default_factory=list)


class ArticleGraph(BaseModel):
    article: ArticleMeta
    nodes: list[NodeRow] = Field(default_factory=list)
    rels: list[RelRow] = Field(default_factory=list)
