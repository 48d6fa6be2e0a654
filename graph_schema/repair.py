"""Duplicates that writes without the schema left behind, found and merged.

Without the uniqueness constraints, concurrent MERGEs can put one id on two nodes; the
constraints then cannot be created. `duplicates` names them (the schema commands print them),
`merge_duplicates` moves every relationship of the extra nodes onto the one kept (joining the
sources, evidence and claims of parallel facts), joins their aliases and deletes the extras.
Choosing the merged facts' properties again is the writer's business: the kept nodes' and
relationships' element ids come back for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from neo4j import AsyncDriver, AsyncManagedTransaction

from graph_schema.model import MERGE_KEYS, UNIQUE_KEYS, Label, Prop, RelType

REPAIR_COMMAND = "dipgraph schema repair"
_KEYED = [(label, prop) for label, props in MERGE_KEYS.items() for prop in props]
_KEYED += [(label, prop) for label, props in UNIQUE_KEYS.items() for prop in props]

FIND_DUPLICATES = "\nUNION ALL\n".join(
    f"""MATCH (n:{label}) WHERE n.{prop} IS NOT NULL
WITH n.{prop} AS value, collect(elementId(n)) AS eids WHERE size(eids) > 1
RETURN '{label}' AS label, '{prop}' AS prop, toString(value) AS value, eids"""
    for label, prop in _KEYED
)

_JOIN = """
SET r.sources = CASE WHEN old.sources IS NULL THEN r.sources ELSE COLLECT {
      UNWIND coalesce(r.sources, []) + old.sources AS x RETURN DISTINCT x ORDER BY x } END,
    r.evidence = CASE WHEN old.evidence IS NULL THEN r.evidence ELSE COLLECT {
      UNWIND coalesce(r.evidence, []) + old.evidence AS x RETURN DISTINCT x ORDER BY x } END,
    r.claims = CASE WHEN old.claims IS NULL THEN r.claims ELSE COLLECT {
      UNWIND coalesce(r.claims, []) + old.claims AS x RETURN DISTINCT x ORDER BY x } END
DELETE old
RETURN collect(DISTINCT elementId(r)) AS rels
"""


def _move(rel_type: RelType, *, outgoing: bool) -> str:
    pattern = "(dup)-[old:{t}]->(other)" if outgoing else "(other)-[old:{t}]->(dup)"
    # An article mentions a node once; every other relationship is told apart by its `key`.
    keyed = "" if rel_type == RelType.MENTIONS else " {key: coalesce(old.key, '')}"
    target = (
        f"(keep)-[r:{rel_type}{keyed}]->(other)"
        if outgoing
        else (f"(other)-[r:{rel_type}{keyed}]->(keep)")
    )
    return (
        f"""
MATCH (dup) WHERE elementId(dup) = $dup
MATCH (keep) WHERE elementId(keep) = $keep
MATCH {pattern.format(t=rel_type)}
WHERE other <> dup AND other <> keep
MERGE {target}
ON CREATE SET r = properties(old)
"""
        + _JOIN
    )


MOVES = tuple(_move(t, outgoing=o) for t in RelType for o in (True, False))
JOIN_ALIASES = f"""
MATCH (dup) WHERE elementId(dup) = $dup
MATCH (keep) WHERE elementId(keep) = $keep
SET keep.{Prop.ALIASES} = coalesce(keep.{Prop.ALIASES}, []) +
      [x IN coalesce(dup.{Prop.ALIASES}, []) WHERE NOT x IN coalesce(keep.{Prop.ALIASES}, [])]
DETACH DELETE dup
"""


@dataclass(frozen=True, slots=True)
class Duplicate:
    label: str
    prop: str
    value: str
    eids: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.label} {self.prop}={self.value!r} on {len(self.eids)} nodes"


@dataclass(slots=True)
class Repaired:
    merged: list[Duplicate] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)  # element ids of the nodes kept
    rels: list[str] = field(default_factory=list)  # element ids of the relationships joined


async def _find(tx: AsyncManagedTransaction) -> list[Duplicate]:
    result = await tx.run(FIND_DUPLICATES)
    return [
        Duplicate(r["label"], r["prop"], r["value"], tuple(sorted(r["eids"]))) async for r in result
    ]


async def duplicates(driver: AsyncDriver, *, database: str) -> list[Duplicate]:
    async with driver.session(database=database) as session:
        return await session.execute_read(_find)


def describe(found: list[Duplicate], *, limit: int = 5) -> str:
    names = "; ".join(d.describe() for d in found[:limit])
    more = f" and {len(found) - limit} more" if len(found) > limit else ""
    return f"{len(found)} keys are on more than one node ({names}{more})"


async def _merge_one(tx: AsyncManagedTransaction, keep: str, dup: str) -> list[str]:
    rels: list[str] = []
    for query in MOVES:
        record = await (await tx.run(query, keep=keep, dup=dup)).single()
        rels += list(record["rels"]) if record else []
    await (await tx.run(JOIN_ALIASES, keep=keep, dup=dup)).consume()
    return rels


async def merge_duplicates(driver: AsyncDriver, *, database: str) -> Repaired:
    """Merge every group of duplicates into its first node, one transaction per group."""
    repaired = Repaired()
    gone: set[str] = set()
    for dup in await duplicates(driver, database=database):
        left = [eid for eid in dup.eids if eid not in gone]
        if dup.label == Label.SCHEMA_MIGRATION or len(left) < 2:
            continue  # a country doubled by id is doubled by code too: merged once
        keep, *extras = left
        gone.update(extras)
        async with driver.session(database=database) as session:
            for extra in extras:
                repaired.rels += await session.execute_write(_merge_one, keep, extra)
        repaired.merged.append(dup)
        repaired.nodes.append(keep)
    return repaired
