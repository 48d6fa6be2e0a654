"""Shared fixtures. Integration tests talk to the real Neo4j the test command starts.

`make test` runs a Neo4j instance of its own (`.neo4j/test`, Bolt on 7688) with
`DIPGRAPH_ENV=test`, so the suite may wipe that graph without touching anybody's data; the
wiping fixture refuses to run in any other environment.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import AsyncGraphDatabase, Driver, GraphDatabase

from app.main import create_app
from app.settings import Settings, get_settings
from graph_schema.apply import apply_migrations
from graph_schema.model import Label


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[Driver]:
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(settings.neo4j_uri, auth=auth) as drv:
        try:
            drv.verify_connectivity()
        except Exception as exc:  # a clear message beats a wall of driver errors per test
            pytest.fail(f"Neo4j is not reachable at {settings.neo4j_uri}: {exc}", pytrace=False)
        _apply_schema(settings)  # any test file may be the first to run on a fresh server
        yield drv


def _apply_schema(settings: Settings) -> None:
    async def run() -> None:
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
        async with AsyncGraphDatabase.driver(settings.neo4j_uri, auth=auth) as drv:
            await apply_migrations(drv, database=settings.neo4j_database)

    asyncio.run(run())


def wipe_graph(driver: Driver, settings: Settings) -> None:
    """Delete everything but the schema migrations; only ever on the test instance."""
    if settings.environment != "test":
        pytest.fail("refusing to wipe a graph outside DIPGRAPH_ENV=test", pytrace=False)
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    with driver.session(database=settings.neo4j_database) as session:
        session.run(
            f"MATCH (n) WHERE NOT n:{Label.SCHEMA_MIGRATION} "
            "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
        ).consume()


@pytest.fixture
def clean_graph(driver: Driver, settings: Settings) -> Driver:
    """An empty graph (schema migrations kept) for tests that count what they wrote."""
    wipe_graph(driver, settings)
    return driver


def make_client(settings: Settings, *, warm_up: bool = False) -> TestClient:
    """A client of a fresh app; without the warm-up of every read route at start unless asked
    (tests/test_api_hardening.py asks), which would only slow the suite down."""
    app = create_app()
    configured = settings.model_copy(update={"warm_up": warm_up})
    app.dependency_overrides[get_settings] = lambda: configured
    return TestClient(app)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with make_client(settings) as test_client:
        yield test_client
