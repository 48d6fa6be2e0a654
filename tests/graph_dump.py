"""The whole graph as plain data, for the laws of ingest: order does not matter, and
retracting an article gives the graph without it. Timestamps are left out."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from graph_schema.model import Label

# Properties that record when something happened to the graph, not what it says.
CLOCK_KEYS = frozenset({"ingested_at", "applied_at"})

DUMP_NODES = f"""
MATCH (n) WHERE NOT n:{Label.SCHEMA_MIGRATION}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
"""
DUMP_RELS = f"""
MATCH (s)-[r]->(e) WHERE NOT s:{Label.SCHEMA_MIGRATION}
RETURN s.id AS start, type(r) AS type, e.id AS end, properties(r) AS props
"""


def _plain(props: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(
        sorted(
            (k, tuple(v) if isinstance(v, list) else v)
            for k, v in props.items()
            if k not in CLOCK_KEYS
        )
    )


def dump(driver: Driver) -> dict[str, Any]:
    """Nodes by id, relationships as a sorted list: equal dumps are equal graphs."""
    nodes, _, _ = driver.execute_query(DUMP_NODES)
    rels, _, _ = driver.execute_query(DUMP_RELS)
    by_id: dict[str, Any] = {}
    for record in nodes:
        key = str(record["id"])
        assert key not in by_id, f"two nodes with id {key}"
        by_id[key] = (tuple(sorted(record["labels"])), _plain(record["props"]))
    edges = sorted(
        (str(r["start"]), str(r["type"]), str(r["end"]), _plain(r["props"])) for r in rels
    )
    return {"nodes": by_id, "rels": edges}


def differences(left: dict[str, Any], right: dict[str, Any], *, limit: int = 20) -> list[str]:
    """What differs between two dumps, readably (the first `limit` differences)."""
    out: list[str] = []
    for key in sorted(set(left["nodes"]) | set(right["nodes"])):
        a, b = left["nodes"].get(key), right["nodes"].get(key)
        if a != b:
            out.append(f"node {key}:\n  {a}\n  {b}")
    lrels, rrels = set(left["rels"]), set(right["rels"])
    out += [f"only left: {r}" for r in sorted(lrels - rrels)]
    out += [f"only right: {r}" for r in sorted(rrels - lrels)]
    return out[:limit]


def assert_same(left: dict[str, Any], right: dict[str, Any]) -> None:
    diff = differences(left, right)
    assert not diff, "\n".join(diff)
