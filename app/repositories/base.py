"""The base of every repository: a driver, a database, and one managed read transaction a call.

Managed transactions (`execute_read`) retry transient failures (a leader switch, a deadlock) on
their own, and read access lets a cluster route the work to a follower.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
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
        ) as session:
            return await session.execute_read(fn, *args, **kwargs)


async def fetch_rows(
    tx: AsyncManagedTransaction, query: str, model: type[M], /, **params: Any
) -> list[M]:
    """Every query here returns one map column, `row`, shaped like the model it fills."""
    result = await tx.run(query, params)
    return [model.model_validate(record["row"]) async for record in result]


async def fetch_one(
    tx: AsyncManagedTransaction, query: str, model: type[M], /, **params: Any
) -> M | None:
    rows = await fetch_rows(tx, query, model, **params)
    return rows[0] if rows else None


def page_params(*, limit: int, offset: int) -> dict[str, int]:
    # One row beyond the page tells `Page.of` whether there is a next page.
    return {"skip": offset, "take": limit + 1}
