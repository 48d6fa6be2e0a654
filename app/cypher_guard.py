"""What `POST /v1/cypher` may run: an allow-list, checked on the query's plan (`EXPLAIN`).

A plan of query type `r` is not enough: `SHOW TRANSACTIONS` (other clients' queries and their
parameters), `TERMINATE TRANSACTIONS` (ending them), `SHOW SETTINGS` and procedures such as
`db.stats.collect` or `db.resampleOutdatedIndexes` all plan as reads. So every operator of the
plan must be one that reads the graph (the operators of MATCH, OPTIONAL MATCH, WHERE, WITH,
RETURN, UNWIND, ORDER BY, SKIP, LIMIT, UNION, subqueries and aggregations), and every procedure
one of the `db.*` procedures that only read the schema or an index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from app.errors import Forbidden

READ_ONLY = "r"


def _names(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Operators of read clauses (Neo4j 5.26, Community); a "(All)"/"(Into)" suffix is dropped first.
READ_OPERATORS = _names(
    """
    ProduceResults EmptyResult Argument ArgumentTracker Projection Filter Limit ExhaustiveLimit
    Skip Sort PartialSort Top PartialTop Distinct OrderedDistinct Aggregation EagerAggregation
    OrderedAggregation Unwind Eager CacheProperties Optional Anti AllNodesScan NodeByLabelScan
    IntersectionNodeByLabelsScan UnionNodeByLabelsScan SubtractionNodeByLabelsScan NodeByIdSeek
    NodeByElementIdSeek NodeIndexSeek NodeUniqueIndexSeek NodeIndexSeekByRange
    NodeUniqueIndexSeekByRange NodeIndexScan NodeIndexContainsScan NodeIndexEndsWithScan
    MultiNodeIndexSeek AssertingMultiNodeIndexSeek DirectedRelationshipTypeScan
    UndirectedRelationshipTypeScan DirectedAllRelationshipsScan UndirectedAllRelationshipsScan
    DirectedRelationshipByIdSeek UndirectedRelationshipByIdSeek
    DirectedRelationshipByElementIdSeek UndirectedRelationshipByElementIdSeek
    DirectedRelationshipIndexSeek UndirectedRelationshipIndexSeek
    DirectedRelationshipUniqueIndexSeek UndirectedRelationshipUniqueIndexSeek
    DirectedRelationshipIndexSeekByRange UndirectedRelationshipIndexSeekByRange
    DirectedRelationshipUniqueIndexSeekByRange UndirectedRelationshipUniqueIndexSeekByRange
    DirectedRelationshipIndexScan UndirectedRelationshipIndexScan
    DirectedRelationshipIndexContainsScan UndirectedRelationshipIndexContainsScan
    DirectedRelationshipIndexEndsWithScan UndirectedRelationshipIndexEndsWithScan
    NodeCountFromCountStore RelationshipCountFromCountStore Expand OptionalExpand VarLengthExpand
    BFSPruningVarExpand ShortestPath StatefulShortestPath Trail Repeat ProjectEndpoints
    Apply SemiApply AntiSemiApply LetSemiApply LetAntiSemiApply SelectOrSemiApply
    SelectOrAntiSemiApply LetSelectOrSemiApply LetSelectOrAntiSemiApply RollUpApply
    ConditionalApply AntiConditionalApply CartesianProduct NodeHashJoin ValueHashJoin
    NodeLeftOuterHashJoin NodeRightOuterHashJoin Union OrderedUnion AssertSameNode
    AssertSameRelationship NullifyMetadata ProcedureCall
    """
)
# db.* procedures that read the schema or query an index, and nothing else.
READ_PROCEDURES = _names(
    """
    db.labels db.relationshipTypes db.propertyKeys db.info db.ping db.schema.visualization
    db.schema.nodeTypeProperties db.schema.relTypeProperties db.index.fulltext.queryNodes
    db.index.fulltext.queryRelationships db.index.fulltext.listAvailableAnalyzers
    db.index.vector.queryNodes db.index.vector.queryRelationships
    """
)
_SUFFIX = re.compile(r"\(.*\)$")


def _operators(plan: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield plan
    for child in plan.get("children", ()):
        yield from _operators(child)


def operator_name(op: Mapping[str, Any]) -> str:
    return _SUFFIX.sub("", str(op.get("operatorType", "")).split("@")[0])


def procedure_name(op: Mapping[str, Any]) -> str:
    details = str(op.get("args", {}).get("Details", ""))
    return details.split("(", 1)[0].strip()


def check_plan(query_type: str | None, plan: Mapping[str, Any] | None) -> None:
    """403 unless the plan only reads the graph (see the module's docstring)."""
    if query_type != READ_ONLY:
        raise Forbidden(f"only read queries are allowed; this one is of type {query_type!r}")
    for op in _operators(plan or {}):
        name = operator_name(op)
        if name not in READ_OPERATORS:
            raise Forbidden(
                f"{name} is not allowed here: only clauses that read the graph "
                "(MATCH, WITH, RETURN, UNWIND, ...) and db.* read procedures"
            )
        if name == "ProcedureCall":
            procedure = procedure_name(op)
            if procedure not in READ_PROCEDURES:
                allowed = ", ".join(sorted(READ_PROCEDURES))
                raise Forbidden(f"procedure {procedure!r} is not allowed; allowed: {allowed}")
