"""Read-only Cypher for power users: `POST /v1/cypher`.

Three locks, any one of which refuses a write: the query's plan (`EXPLAIN`, which runs
nothing) must be of type read (`r`), it must not load files or URLs (`LOAD CSV`) or call
procedures outside `db.*`, and it runs in a READ transaction, which the server itself refuses to
write in. A server-side timeout and a row limit bound what one call may cost.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from typing import Any

from neo4j import AsyncManagedTransaction, unit_of_work
from neo4j.exceptions import ClientError, Neo4jError
from neo4j.graph import Node, Path, Relationship
from pydantic import JsonValue

from app.errors import DomainError, Forbidden, InvalidParameter
from app.models.graph import CypherRequest, CypherResult
from app.repositories.base import Repository

TIMEOUT_S = 5.0
MAX_ROWS = 1000
READ_ONLY = "r"
REFUSED_OPERATORS = frozenset({"LoadCSV"})
ALLOWED_PROCEDURE_PREFIX = "db."
TIMEOUT_CODES = ("TransactionTimedOut", "TransactionTimedOutClientConfiguration")


def _operators(plan: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield plan
    for child in plan.get("children", ()):
        yield from _operators(child)


def _check_plan(query_type: str | None, plan: Mapping[str, Any] | None) -> None:
    if query_type != READ_ONLY:
        raise Forbidden(f"only read queries are allowed; this one is of type {query_type!r}")
    for op in _operators(plan or {}):
        name = str(op.get("operatorType", "")).split("@")[0]
        if name in REFUSED_OPERATORS:
            raise Forbidden(f"{name} is not allowed here")
        if name == "ProcedureCall":
            details = str(op.get("args", {}).get("Details", ""))
            if not details.startswith(ALLOWED_PROCEDURE_PREFIX):
                raise Forbidden(f"only db.* procedures may be called, not {details!r}")


def to_json(value: Any) -> JsonValue:
    """Driver values as JSON: graph entities as maps, temporal values as ISO strings."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Node):
        labels: list[JsonValue] = [str(x) for x in sorted(value.labels)]
        return {"labels": labels, "properties": to_json(dict(value))}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return {
            "type": value.type,
            "start": start.get("id") if start is not None else None,
            "end": end.get("id") if end is not None else None,
            "properties": to_json(dict(value)),
        }
    if isinstance(value, Path):
        return {
            "nodes": [to_json(n) for n in value.nodes],
            "relationships": [to_json(r) for r in value.relationships],
        }
    # Temporal values (durations are tuples too) before the generic containers.
    if hasattr(value, "iso_format"):
        return str(value.iso_format())
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(value).decode("ascii")
    return str(value)


# The server aborts the whole transaction, plan and run, once it has lasted TIMEOUT_S.
@unit_of_work(timeout=TIMEOUT_S)
async def _run(tx: AsyncManagedTransaction, request: CypherRequest, max_rows: int) -> CypherResult:
    explained = await tx.run("EXPLAIN " + request.query, request.parameters)
    summary = await explained.consume()
    _check_plan(summary.query_type, summary.plan)
    result = await tx.run(request.query, request.parameters)
    records = await result.fetch(max_rows + 1)
    columns = list(result.keys())
    await result.consume()
    rows = [{k: to_json(record[k]) for k in columns} for record in records[:max_rows]]
    return CypherResult(columns=columns, rows=rows, truncated=len(records) > max_rows)


def _as_problem(exc: Neo4jError) -> DomainError | None:
    code = exc.code or ""
    if any(c in code for c in TIMEOUT_CODES):
        return InvalidParameter(f"query: took longer than {TIMEOUT_S:g} s", parameter="query")
    if ".Security." in code or "AccessMode" in code:
        return Forbidden(f"the server refused the query: {exc.message}")
    if isinstance(exc, ClientError):
        return InvalidParameter(f"query: {exc.message}", parameter="query")
    return None


class CypherRepository(Repository):
    async def run(self, request: CypherRequest, *, max_rows: int = MAX_ROWS) -> CypherResult:
        try:
            return await self.read(_run, request, max_rows)
        except OverflowError as exc:  # Bolt integers are 64-bit: the driver cannot send 2**70
            raise InvalidParameter(
                "parameters: an integer does not fit in 64 bits", parameter="parameters"
            ) from exc
        except Neo4jError as exc:
            problem = _as_problem(exc)
            if problem is None:
                raise
            raise problem from exc
