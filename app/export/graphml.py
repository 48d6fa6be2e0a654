"""GraphML, as Gephi and yEd open it, written as it is read.

GraphML declares its attribute keys before the graph, so the keys are fixed up front: every
property key the database knows (`db.propertyKeys()`, less the bulky hidden ones), each a
string (lists joined with `; `), plus `label` (the caption Gephi and yEd show: a node's name, an
edge's type) and `neo4j_label`. Values are XML-escaped; nothing is held but the current row.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from app.export.source import ExportEdge, ExportNode, Subgraph
from app.models.graph import HIDDEN_PROPERTIES

# Attribute names the exporter sets itself; a graph property of the same name is left out.
OWN_NODE_KEYS = ("label", "neo4j_label")
OWN_EDGE_KEYS = ("label", "neo4j_type")
CHUNK_ROWS = 200
_XML_FORBIDDEN = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def text(value: Any) -> str:
    """A property value as GraphML string data."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, bool):
        value = "true" if value else "false"
    return escape(str(value).translate(_XML_FORBIDDEN))


def header(property_keys: Iterable[str]) -> str:
    keys = sorted(k for k in set(property_keys) if k not in HIDDEN_PROPERTIES and k != "id")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for domain, own in (("node", OWN_NODE_KEYS), ("edge", OWN_EDGE_KEYS)):
        for key in (*own, *(k for k in keys if k not in own)):
            lines.append(
                f"  <key id={quoteattr(domain[0] + '_' + key)} for={quoteattr(domain)} "
                f'attr.name={quoteattr(key)} attr.type="string"/>'
            )
    lines.append('  <graph id="dipgraph" edgedefault="directed">')
    return "\n".join(lines) + "\n"


def _data(prefix: str, values: dict[str, Any]) -> str:
    return "".join(
        f"<data key={quoteattr(prefix + '_' + k)}>{text(v)}</data>"
        for k, v in values.items()
        if v is not None and k != "id"
    )


def node_element(node: ExportNode, keys: frozenset[str]) -> str:
    values = {"label": node.name or node.id, "neo4j_label": node.label}
    values.update((k, v) for k, v in node.properties.items() if k in keys)
    return f"    <node id={quoteattr(node.id)}>{_data('n', values)}</node>\n"


def edge_element(edge: ExportEdge, number: int, keys: frozenset[str]) -> str:
    values = {"label": edge.type, "neo4j_type": edge.type}
    values.update((k, v) for k, v in edge.properties.items() if k in keys)
    return (
        f'    <edge id="e{number}" source={quoteattr(edge.source)} '
        f"target={quoteattr(edge.target)}>{_data('e', values)}</edge>\n"
    )


async def graphml(subgraph: Subgraph, property_keys: list[str]) -> AsyncIterator[str]:
    """The GraphML document in chunks of a few hundred elements."""
    node_keys = frozenset(property_keys) - set(OWN_NODE_KEYS) - HIDDEN_PROPERTIES
    edge_keys = frozenset(property_keys) - set(OWN_EDGE_KEYS) - HIDDEN_PROPERTIES
    yield header(property_keys)
    chunk: list[str] = []
    async for node in subgraph.nodes():
        chunk.append(node_element(node, node_keys))
        if len(chunk) >= CHUNK_ROWS:
            yield "".join(chunk)
            chunk.clear()
    number = 0
    async for edge in subgraph.edges():
        chunk.append(edge_element(edge, number, edge_keys))
        number += 1
        if len(chunk) >= CHUNK_ROWS:
            yield "".join(chunk)
            chunk.clear()
    chunk.append("  </graph>\n</graphml>\n")
    yield "".join(chunk)
