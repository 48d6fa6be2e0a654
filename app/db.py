"""The one way dipgraph opens an async Neo4j driver (API, CLI and benchmarks alike)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from neo4j import AsyncDriver, AsyncGraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from app.settings import Settings


def open_driver(settings: Settings) -> AsyncDriver:
    # `neo4j://` (routing: cluster, Aura) and `bolt://` URIs both go through the same call.
    return AsyncGraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        connection_timeout=settings.neo4j_connection_timeout_s,
        connection_acquisition_timeout=settings.neo4j_connection_timeout_s * 2,
        max_connection_pool_size=50,
        # A caller would rather get a clear error in seconds than wait out the 30 s default.
        max_transaction_retry_time=settings.neo4j_retry_time_s,
        notifications_min_severity="OFF",
    )


@asynccontextmanager
async def cli_driver(settings: Settings) -> AsyncIterator[AsyncDriver]:
    """The driver of one CLI command: connectivity checked first, and a Neo4j that cannot be
    reached (at the start or midway) reported as one line instead of a driver traceback."""
    from app.cli import CliError

    async with open_driver(settings) as driver:
        try:
            await driver.verify_connectivity()
            yield driver
        except (ServiceUnavailable, AuthError, OSError) as exc:
            raise CliError(f"cannot reach Neo4j at {settings.neo4j_uri}: {exc}") from exc
