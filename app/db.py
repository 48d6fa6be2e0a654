"""The one way dipgraph opens an async Neo4j driver (API, CLI and benchmarks alike)."""

from __future__ import annotations

from neo4j import AsyncDriver, AsyncGraphDatabase

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
