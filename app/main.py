"""The dipgraph API: app factory and lifespan.

One async driver per process, opened in the lifespan and closed after it. Start-up verifies
connectivity and applies the schema, but a Neo4j that is down at start does not stop the process:
the API comes up, `/ready` answers 503, and the driver reconnects once Neo4j is back, which is
what an orchestrator restarting the two in any order needs.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from neo4j import AsyncDriver
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from app import openapi, warmup
from app.cypher_slots import CypherSlots
from app.db import open_driver
from app.errors import install_error_handlers
from app.extraction import ExtractionPool
from app.jobs import JobStore
from app.middleware import RequestGuard
from app.routers import (
    articles,
    explore,
    health,
    v1_countries,
    v1_delegations,
    v1_export,
    v1_facts,
    v1_graph,
    v1_meetings,
    v1_people,
    v1_search,
)
from app.settings import Settings, get_settings
from graph_schema.apply import apply_migrations

log = logging.getLogger("dipgraph.api")
GC_GEN0_THRESHOLD = 50_000


async def _prepare(driver: AsyncDriver, settings: Settings) -> None:
    try:
        await driver.verify_connectivity()
        if settings.apply_schema_on_start:
            applied = await apply_migrations(driver, database=settings.neo4j_database)
            if applied:
                log.info("applied schema migrations %s", applied)
    except (ServiceUnavailable, Neo4jError, OSError) as exc:
        log.warning("Neo4j not ready at start-up (%s); /ready will answer 503", exc)


def _settle_garbage_collector() -> None:
    """What start-up made lives as long as the process: freezing it keeps the collector from
    re-scanning it, and a larger first generation makes its pauses rarer. Both trim the latency
    tail under load; memory is not the constraint here."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_GEN0_THRESHOLD, *gc.get_threshold()[1:])


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings_factory = app.dependency_overrides.get(get_settings, get_settings)
    settings: Settings = settings_factory()
    app.state.settings = settings
    driver = open_driver(settings)
    app.state.driver = driver
    app.state.extraction = ExtractionPool.shared(
        workers=settings.extract_workers, timeout_s=settings.extract_timeout_s
    )
    app.state.jobs = JobStore()
    app.state.cypher_slots = slots = CypherSlots(settings.cypher_concurrency)
    watcher: asyncio.Task[None] | None = None
    try:
        await _prepare(driver, settings)
        app.state.extraction.warm()
        if settings.warm_up:
            watcher = await warmup.start(app, driver, settings.neo4j_database)
        _settle_garbage_collector()
        yield
    finally:
        if watcher is not None:
            watcher.cancel()
        await app.state.jobs.close()
        await slots.close()
        app.state.driver = None
        await driver.close()


def create_app() -> FastAPI:
    # Swagger UI and ReDoc from the fastapi-offline wheel, not a CDN: /docs works offline.
    app = FastAPIOffline(
        title="dipgraph",
        version="0.1.0",
        summary="A knowledge graph of diplomatic events: meetings, delegations, officials, "
        "statements and diplomatic properties, built from news articles in any language.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.add_middleware(RequestGuard)
    openapi.install(app)
    app.include_router(health.router)
    app.include_router(articles.router, prefix="/v1")
    # The unversioned paths stay as aliases for clients written against them.
    app.include_router(articles.router, include_in_schema=False)
    app.include_router(v1_delegations.router)
    app.include_router(v1_meetings.router)
    app.include_router(v1_people.router)
    app.include_router(v1_countries.router)
    app.include_router(v1_search.router)
    app.include_router(v1_graph.router)
    app.include_router(v1_facts.router)
    app.include_router(v1_export.router)
    explore.install(app)
    return app


app = create_app()
