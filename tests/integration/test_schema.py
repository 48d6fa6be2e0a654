"""The schema against the real server: idempotent, and covering every MERGE key."""

from __future__ import annotations

import asyncio

from neo4j import AsyncGraphDatabase, Driver

from app.settings import Settings
from graph_schema.apply import apply_migrations, schema_status
from graph_schema.migrations import CURRENT_VERSION, FULLTEXT_INDEX, MIGRATIONS
from graph_schema.model import MERGE_KEYS, UNIQUE_KEYS


def _apply(settings: Settings) -> list[int]:
    async def run() -> list[int]:
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
        async with AsyncGraphDatabase.driver(settings.neo4j_uri, auth=auth) as drv:
            applied = await apply_migrations(drv, database=settings.neo4j_database)
            status = await schema_status(drv, database=settings.neo4j_database)
            assert status.up_to_date and status.version == CURRENT_VERSION
            return applied

    return asyncio.run(run())


def _constraints(driver: Driver, database: str) -> set[tuple[str, str, str]]:
    records, _, _ = driver.execute_query("SHOW CONSTRAINTS", database_=database)
    return {
        (r["type"], r["labelsOrTypes"][0], ",".join(r["properties"]))
        for r in records
        if r["labelsOrTypes"]
    }


def test_apply_twice_gives_the_same_constraints(driver: Driver, settings: Settings) -> None:
    _apply(settings)
    first = _constraints(driver, settings.neo4j_database)
    applied_again = _apply(settings)
    assert applied_again == []
    assert _constraints(driver, settings.neo4j_database) == first


def test_every_merge_key_has_a_uniqueness_constraint(driver: Driver, settings: Settings) -> None:
    _apply(settings)
    constraints = _constraints(driver, settings.neo4j_database)
    declared = {(str(lb), str(p)) for lb, props in MERGE_KEYS.items() for p in props}
    declared |= {(str(lb), str(p)) for lb, props in UNIQUE_KEYS.items() for p in props}
    unique = {(label, props) for kind, label, props in constraints if kind == "UNIQUENESS"}
    missing = declared - unique
    assert not missing, f"MERGE keys without a uniqueness constraint: {sorted(missing)}"


def test_migrations_are_recorded_and_indexes_online(driver: Driver, settings: Settings) -> None:
    _apply(settings)
    records, _, _ = driver.execute_query(
        "MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v",
        database_=settings.neo4j_database,
    )
    assert [r["v"] for r in records] == [m.version for m in MIGRATIONS]
    driver.execute_query("CALL db.awaitIndexes(60)", database_=settings.neo4j_database)
    records, _, _ = driver.execute_query(
        "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = $name RETURN state",
        name=FULLTEXT_INDEX,
        database_=settings.neo4j_database,
    )
    assert [r["state"] for r in records] == ["ONLINE"]
