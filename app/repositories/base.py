"""The base of every repository: a driver, a database, and one managed read transaction a call.

Read access lets a cluster route the work to a follower. Reads are not retried: a read takes
no lock, so the one failure a retry would wait out is a Neo4j that is gone, and a user should
hear that at once (a 503 in well under a second) rather than after seconds of back-off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache
from typing import Any, Concatenate, ParamSpec, TypeVar

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction
from pydantic import BaseModel

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=BaseModel)


class Repository:
    def __init__(self, driver: AsyncDriver, *, database: str) -> None:
        self._driver = driver
        self._database = database

    async def read(
        self,
        fn: Callable[Concatenate[AsyncManagedTransaction, P], Awaitable[R]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        async with self._driver.session(
            database=self._database,
            default_access_mode=READ_ACCESS,
            max_transaction_retry_time=0,
        ) as session:
            return await session.execute_read(fn, *args, **kwargs)


# Wraps a query that returns `row`s so the server sends them as one list in one record: a page
# of 50 rows as 50 records costs the async driver hundreds of small socket reads (and event-loop
# turns), which was most of the API's CPU per request; one record is a handful of reads.
COLLECTED = "CALL () {{\n{query}\n}}\nRETURN collect(row) AS rows"


@cache
def collected(query: str) -> str:
    return COLLECTED.format(query=query)


async def fetch_rows(
    tx: AsyncManagedTransaction, query: str, model: type[M], /, **params: Any
) -> list[M]:
    """Every query here returns one map column, `row`, shaped like the model it fills; the
    rows come back in the query's order."""
    result = await tx.run(collected(query), params)
    record = await result.single(strict=True)
    return [model.model_validate(row) for row in record["rows"]]


async def fetch_one(
    tx: AsyncManagedTransaction, query: str, model: type[M], /, **params: Any
) -> M | None:
    rows = await fetch_rows(tx, query, model, **params)
    return rows[0] if rows else None


def page_params(*, limit: int, offset: int) -> dict[str, int]:
    # One row beyond the page tells `Page.of` whether there is a next page.
    return {"skip": offset, "take": limit + 1}
