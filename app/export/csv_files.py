"""CSV node and edge files (Gephi's spreadsheet import, pandas, a spreadsheet), row by row.

`nodes.csv`: `id, label, neo4j_label, properties`; `edges.csv`: `source, target, relationship,
properties`. `label` is the caption (a node's name), as Gephi expects; the relationship type is
not called `type`, which Gephi reads as directed/undirected. `properties` holds the rest as a
JSON object, so one header fits every label.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from typing import Any

from app.export.source import Subgraph

NODE_HEADER = ("id", "label", "neo4j_label", "properties")
EDGE_HEADER = ("source", "target", "relationship", "properties")
CHUNK_ROWS = 500


class _Rows:
    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\n")
        self.count = 0

    def add(self, row: tuple[Any, ...]) -> None:
        self._writer.writerow(row)
        self.count += 1

    def take(self) -> str:
        out = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        self.count = 0
        return out


def _json(props: dict[str, Any]) -> str:
    return json.dumps(props, ensure_ascii=False, sort_keys=True)


async def nodes_csv(subgraph: Subgraph) -> AsyncIterator[str]:
    rows = _Rows()
    rows.add(NODE_HEADER)
    async for node in subgraph.nodes():
        rest = {k: v for k, v in node.properties.items() if k not in ("id", "name")}
        rows.add((node.id, node.name or "", node.label, _json(rest)))
        if rows.count >= CHUNK_ROWS:
            yield rows.take()
    yield rows.take()


async def edges_csv(subgraph: Subgraph) -> AsyncIterator[str]:
    rows = _Rows()
    rows.add(EDGE_HEADER)
    async for edge in subgraph.edges():
        rows.add((edge.source, edge.target, edge.type, _json(edge.properties)))
        if rows.count >= CHUNK_ROWS:
            yield rows.take()
    yield rows.take()
