"""Read-only Cypher for power users: `POST /v1/cypher`.

Locks, any one of which refuses a write or a reach into other clients: the query's plan
(`EXPLAIN`, which runs nothing) must be of type read and made only of read operators and `db.*`
read procedures (`app/cypher_guard.py`: no `SHOW`, `TERMINATE`, `LOAD CSV`, `db.stats.*`), and
it runs in a READ transaction, which the server itself refuses to write in. What one call may
cost is bounded five ways: a deadline (`DIPGRAPH_CYPHER_TIMEOUT`, the transaction's timeout on
the server too, so the server stops what it can interrupt), a slot of the few that may run at
once, kept until the server no longer lists the transaction (`app/cypher_slots.py`: work inside
one expression outlives any timeout), the server's memory limit, at most MAX_ROWS rows, and at
most `DIPGRAPH_CYPHER_MAX_BYTES` of answer (pulled in small batches, so the API never holds
more than about that much).
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, AsyncTransaction
from neo4j.exceptions import ClientError, Neo4jError, TransientError
from neo4j.graph import Node, Path, Relationship
from pydantic import JsonValue

from app.cypher_guard import check_plan
from app.cypher_slots import TAG_KEY, CypherSlots
from app.errors import DomainError, Forbidden, InvalidParameter
from app.models.graph import CypherRequest, CypherResult
from app.repositories.base import Repository

MAX_ROWS = 1000
MAX_BYTES = 2_097_152
FETCH_SIZE = 50
TIMEOUT_CODES = ("TransactionTimedOut", "TransactionTimedOutClientConfiguration")


class QueryTooCostly(InvalidParameter):
    title, type_slug = "Query too costly", "query-too-costly"


MEMORY_CODES = ("MemoryPoolOutOfMemoryError", "TransactionOutOfMemoryError", "OutOfMemory")


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


async def _run(
    tx: AsyncTransaction, request: CypherRequest, max_rows: int, max_bytes: int
) -> CypherResult:
    explained = await tx.run("EXPLAIN " + request.query, request.parameters)
    summary = await explained.consume()
    check_plan(summary.query_type, summary.plan)
    result = await tx.run(request.query, request.parameters)
    columns = list(result.keys())
    rows: list[dict[str, JsonValue]] = []
    size = 0
    truncated = False
    async for record in result:
        if len(rows) == max_rows:
            truncated = True
            break
        row = {k: to_json(record[k]) for k in columns}
        size += len(json.dumps(row, ensure_ascii=False).encode()) + 1
        if size > max_bytes:
            if not rows:
                raise QueryTooCostly(
                    f"query: one row of the answer is larger than {max_bytes:,} bytes "
                    "(DIPGRAPH_CYPHER_MAX_BYTES); return fewer or smaller values",
                    parameter="query",
                )
            truncated = True
            break
        rows.append(row)
    return CypherResult(columns=columns, rows=rows, truncated=truncated)


def too_slow(timeout_s: float) -> QueryTooCostly:
    return QueryTooCostly(
        f"query: took longer than {timeout_s:g} s (DIPGRAPH_CYPHER_TIMEOUT); narrow it "
        "(LIMIT, fewer hops, fewer rows collected)",
        parameter="query",
        limit=timeout_s,
    )


def _as_problem(exc: Neo4jError, timeout_s: float) -> DomainError | None:
    code = exc.code or ""
    if any(c in code for c in TIMEOUT_CODES):
        return too_slow(timeout_s)
    if any(c in code for c in MEMORY_CODES):
        return QueryTooCostly(
            "query: needs more memory than a query may use; narrow it (LIMIT, fewer rows "
            "collected)",
            parameter="query",
        )
    if ".Security." in code or "AccessMode" in code:
        return Forbidden(f"the server refused the query: {exc.message}")
    if isinstance(exc, ClientError | TransientError):
        return InvalidParameter(f"query: {exc.message}", parameter="query")
    return None


@dataclass(frozen=True, slots=True)
class CypherLimits:
    timeout_s: float
    max_bytes: int = MAX_BYTES
    max_rows: int = MAX_ROWS


class CypherRepository(Repository):
    async def run(
        self, request: CypherRequest, *, limits: CypherLimits, slots: CypherSlots
    ) -> CypherResult:
        """One explicit READ transaction (no retries: a query over its time or memory fails
        once, and fast), answered by the deadline whatever the server is still doing."""
        tag = slots.take()
        following = False
        try:
            async with asyncio.timeout(limits.timeout_s):
                return await self._once(request, limits, tag)
        except TimeoutError:
            slots.give_back_when_gone(self._driver, tag)
            following = True
            raise too_slow(limits.timeout_s) from None
        except OverflowError as exc:  # Bolt integers are 64-bit: the driver cannot send 2**70
            raise InvalidParameter(
                "parameters: an integer does not fit in 64 bits", parameter="parameters"
            ) from exc
        except Neo4jError as exc:
            problem = _as_problem(exc, limits.timeout_s)
            if problem is None:
                raise
            raise problem from exc
        finally:
            if not following:
                slots.give_back()

    async def _once(self, request: CypherRequest, limits: CypherLimits, tag: str) -> CypherResult:
        async with self._driver.session(
            database=self._database, default_access_mode=READ_ACCESS, fetch_size=FETCH_SIZE
        ) as session:
            tx = await session.begin_transaction(timeout=limits.timeout_s, metadata={TAG_KEY: tag})
            try:
                return await _run(tx, request, limits.max_rows, limits.max_bytes)
            finally:
                await tx.close()
