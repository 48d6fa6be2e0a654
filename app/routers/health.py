"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.deps import GraphDep, SettingsDep
from app.errors import Unavailable
from graph_schema.apply import schema_status

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


class Ready(BaseModel):
    status: str
    neo4j: str
    schema_version: int
    schema_current: int


@router.get("/health", response_model=Health, summary="The process is up")
async def health() -> Health:
    return Health(status="ok")


@router.get(
    "/ready",
    response_model=Ready,
    summary="Neo4j answers and the schema is at the current version",
    responses={503: {"description": "Neo4j unreachable or schema behind (problem+json)"}},
)
async def ready(driver: GraphDep, settings: SettingsDep) -> Ready:
    # Fails fast (no transaction retries) when Neo4j is down: a probe must not hang.
    await driver.verify_connectivity()
    status = await schema_status(driver, database=settings.neo4j_database)
    if not status.up_to_date:
        raise Unavailable(
            f"schema at version {status.version}, current is {status.current}",
            schema_version=status.version,
        )
    return Ready(
        status="ready",
        neo4j=settings.neo4j_uri,
        schema_version=status.version,
        schema_current=status.current,
    )
