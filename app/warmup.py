"""Warm-up: every read route of the API once, after start and whenever Neo4j comes back.

Right after Neo4j (re)starts, its query plans and page cache are cold: the first request of each
kind pays for planning and for reading the store from disk, and under load those first requests
pile up into seconds of latency and timeouts. Running each query once before clients do moves
that cost off their requests. The routes are called in-process, through the app itself, so the
warm-up follows whatever queries the routers run, with no list of Cypher to keep in step.

A watcher asks Neo4j `RETURN 1` every few seconds; when an answer follows a failure (a restart
takes far longer than the interval), it warms up again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from neo4j import AsyncDriver
from starlette.types import ASGIApp, Message

log = logging.getLogger("dipgraph.warmup")
WATCH_INTERVAL_S = 2.0
START_BUDGET_S = 30.0
# One request per read route; unknown ids are fine: the query runs (and is planned) all the same.
PATHS = (
    "/ready",
    "/v1/articles?limit=20",
    "/v1/articles/article:0000000000000000",
    "/v1/delegations?limit=20",
    "/v1/delegations?country=US&limit=20",
    "/v1/delegations?leader=a&limit=20",
    "/v1/meetings?limit=20",
    "/v1/meetings?party=US&party=RU&limit=20",
    "/v1/meetings/meeting:warm-up",
    "/v1/people?q=a&limit=20",
    "/v1/people/person:warm-up",
    "/v1/countries",
    "/v1/countries/US",
    "/v1/properties",
    "/v1/timeline?party=US&party=RU",
    "/v1/search?q=ministry",
    "/v1/graph/neighborhood/country:US",
    "/v1/graph/path?from=country:US&to=country:RU",
)


async def _get(app: ASGIApp, path_and_query: str) -> int:
    path, _, query = path_and_query.partition("?")
    scope: dict[str, Any] = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
        "query_string": query.encode(), "headers": [(b"host", b"warm-up")],
        "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 0),
    }  # fmt: skip
    status = 0

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    await app(scope, receive, send)
    return status


async def warm_up(app: ASGIApp) -> dict[str, int]:
    """Each read route once, in turn; the status of each (a 503 means Neo4j left again)."""
    started = time.perf_counter()
    statuses = {path: await _get(app, path) for path in PATHS}
    log.info(
        "warm-up: %d routes in %.2f s (%s)",
        len(statuses),
        time.perf_counter() - started,
        ", ".join(sorted({str(s) for s in statuses.values()})),
    )
    return statuses


async def _reachable(driver: AsyncDriver, database: str) -> bool:
    try:
        async with driver.session(database=database) as session:
            result = await session.run("RETURN 1")
            await result.consume()
        return True
    except Exception:  # any failure means "not now"; the next turn asks again
        return False


async def start(app: ASGIApp, driver: AsyncDriver, database: str) -> asyncio.Task[None]:
    """At start-up: warm up now when Neo4j answers (before the first client is served, at most
    START_BUDGET_S), then watch for it to come back after any failure."""
    up = await _reachable(driver, database)
    if up:
        try:
            async with asyncio.timeout(START_BUDGET_S):
                await warm_up(app)
        except TimeoutError:
            log.warning("warm-up at start took over %.0f s; serving anyway", START_BUDGET_S)
    return asyncio.create_task(watch(app, driver, database, up=up))


async def watch(app: ASGIApp, driver: AsyncDriver, database: str, *, up: bool) -> None:
    """Warm up each time Neo4j answers again after a failure."""
    while True:
        await asyncio.sleep(WATCH_INTERVAL_S)
        now_up = await _reachable(driver, database)
        if now_up and not up:
            await warm_up(app)
        up = now_up
