"""Apply the numbered migrations to a Neo4j database, idempotently.

Schema commands cannot share a transaction with data writes, so each statement runs in a
transaction of its own, and the migration is recorded only once all its statements succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import AsyncDriver, AsyncManagedTransaction

from graph_schema.migrations import CURRENT_VERSION, MIGRATIONS, Migration
from graph_schema.model import Label

APPLIED_VERSIONS = (
    f"MATCH (m:{Label.SCHEMA_MIGRATION}) RETURN m.version AS version ORDER BY version"
)
RECORD_MIGRATION = (
    f"MERGE (m:{Label.SCHEMA_MIGRATION} {{version: $version}}) "
    "ON CREATE SET m.applied_at = datetime() "
    "SET m.description = $description, m.name = 'v' + toString($version) + ': ' + $description"
)


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    applied: tuple[int, ...]
    current: int

    @property
    def version(self) -> int:
        return max(self.applied, default=0)

    @property
    def up_to_date(self) -> bool:
        return self.version >= self.current


async def _read_versions(tx: AsyncManagedTransaction) -> list[int]:
    result = await tx.run(APPLIED_VERSIONS)
    return [int(record["version"]) async for record in result]


async def schema_status(driver: AsyncDriver, *, database: str) -> SchemaStatus:
    # Not retried: a Neo4j that is gone is reported at once (`/ready`, the write guard).
    async with driver.session(database=database, max_transaction_retry_time=0) as session:
        versions = await session.execute_read(_read_versions)
    return SchemaStatus(applied=tuple(versions), current=CURRENT_VERSION)


async def _run_schema_statement(tx: AsyncManagedTransaction, statement: str) -> None:
    result = await tx.run(statement)
    await result.consume()


async def _record(tx: AsyncManagedTransaction, migration: Migration) -> None:
    result = await tx.run(
        RECORD_MIGRATION, version=migration.version, description=migration.description
    )
    await result.consume()


class DuplicatesFound(Exception):
    """Nodes share a key that a uniqueness constraint is about to require."""


async def apply_migrations(driver: AsyncDriver, *, database: str) -> list[int]:
    """Apply every migration not yet recorded; return the versions applied now. Refuses, naming
    them, when duplicate nodes would make a uniqueness constraint fail."""
    from graph_schema.repair import REPAIR_COMMAND, describe, duplicates

    status = await schema_status(driver, database=database)
    done = set(status.applied)
    if not status.up_to_date:
        found = await duplicates(driver, database=database)
        if found:
            raise DuplicatesFound(
                f"{describe(found)}; run `{REPAIR_COMMAND}` to merge them (sources, evidence "
                "and relationships kept), which then applies the schema"
            )
    applied_now: list[int] = []
    async with driver.session(database=database) as session:
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            for statement in migration.statements:
                await session.execute_write(_run_schema_statement, statement)
            await session.execute_write(_record, migration)
            applied_now.append(migration.version)
    return applied_now
