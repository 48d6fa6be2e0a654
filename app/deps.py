"""FastAPI dependencies and their `Annotated` aliases."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import Depends, Header, Request
from neo4j import AsyncDriver

from app.errors import Unauthorized, Unavailable
from app.middleware import key_matches
from app.settings import Settings, get_settings
from graph_schema.guard import require_schema

# Dependencies are `async def` although none awaits: FastAPI runs a plain `def` dependency on a
# worker thread, and a handful of thread hops per request cost more than the rest of a fast read.


async def current_settings(request: Request) -> Settings:
    """The settings the lifespan opened the driver with: `get_settings()`, or its override."""
    settings: Settings | None = getattr(request.app.state, "settings", None)
    return settings if settings is not None else get_settings()


SettingsDep = Annotated[Settings, Depends(current_settings)]


async def get_driver(request: Request) -> AsyncDriver:
    driver: AsyncDriver | None = getattr(request.app.state, "driver", None)
    if driver is None:
        raise Unavailable("the graph driver is not open")
    return driver


GraphDep = Annotated[AsyncDriver, Depends(get_driver)]

# How long a write endpoint waits for Neo4j to answer before saying it cannot be reached.
REACH_TIMEOUT_S = 0.8


async def writable_graph(driver: GraphDep, settings: SettingsDep) -> AsyncDriver:
    """The driver, once Neo4j answers and the schema is applied: a write then neither waits out
    the driver's retries against a Neo4j that is gone nor risks duplicates."""
    try:
        await asyncio.wait_for(driver.verify_connectivity(), timeout=REACH_TIMEOUT_S)
    except TimeoutError as exc:
        raise Unavailable("Neo4j cannot be reached; try again shortly") from exc
    await require_schema(driver, database=settings.neo4j_database)
    return driver


WritableGraphDep = Annotated[AsyncDriver, Depends(writable_graph)]


async def require_api_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="API key, when one is configured")] = None,
) -> None:
    """Write endpoints need the key when one is configured; compared in constant time, as the
    bytes that came in the header (the middleware already refused a wrong key; this keeps the
    route safe without it and documents the header)."""
    if settings.api_key is None:
        return
    given = x_api_key.encode("latin-1", errors="replace") if x_api_key is not None else None
    if not key_matches(given, settings.api_key.get_secret_value()):
        raise Unauthorized("send the configured API key in the X-API-Key header")


ApiKeyDep = Annotated[None, Depends(require_api_key)]
