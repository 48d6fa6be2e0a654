"""`dipgraph schema apply|status`."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction

from app.db import cli_driver
from app.settings import get_settings
from graph_schema.apply import DuplicatesFound, apply_migrations, schema_status
from graph_schema.repair import Repaired, merge_duplicates
from ingest.write.recompute import rechoose_rels, recompute_nodes


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "schema", help="apply or inspect the graph schema (constraints, indexes, migrations)"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("apply", help="apply pending migrations (idempotent)").set_defaults(
        func=lambda args: asyncio.run(_with_driver(_apply))
    )
    actions.add_parser("status", help="print the schema version of the graph").set_defaults(
        func=lambda args: asyncio.run(_with_driver(_status))
    )
    actions.add_parser(
        "repair",
        help="merge nodes that share an id (left by writes without the schema), then apply",
    ).set_defaults(func=lambda args: asyncio.run(_with_driver(_repair)))


async def _with_driver(action: Callable[[AsyncDriver, str], Awaitable[int]]) -> int:
    settings = get_settings()
    async with cli_driver(settings) as driver:
        return await action(driver, settings.neo4j_database)


async def _apply(driver: AsyncDriver, database: str) -> int:
    from app.cli import CliError

    try:
        applied = await apply_migrations(driver, database=database)
    except DuplicatesFound as exc:
        raise CliError(f"cannot apply the schema: {exc}") from exc
    status = await schema_status(driver, database=database)
    done = ", ".join(map(str, applied)) if applied else "none (already up to date)"
    print(f"schema at version {status.version} of {status.current}; applied now: {done}")
    return 0


async def _rechoose(driver: AsyncDriver, database: str, repaired: Repaired) -> None:
    """The merged nodes and facts hold the claims of both copies: choose their values again."""

    async def work(tx: AsyncManagedTransaction) -> None:
        await recompute_nodes(tx, repaired.nodes)
        await rechoose_rels(tx, repaired.rels)

    async with driver.session(database=database) as session:
        await session.execute_write(work)


async def _repair(driver: AsyncDriver, database: str) -> int:
    repaired = await merge_duplicates(driver, database=database)
    await _rechoose(driver, database, repaired)
    for dup in repaired.merged:
        print(f"merged {dup.describe()}")
    if not repaired.merged:
        print("no duplicates")
    return await _apply(driver, database)


async def _status(driver: AsyncDriver, database: str) -> int:
    status = await schema_status(driver, database=database)
    state = "up to date" if status.up_to_date else "behind: run `dipgraph schema apply`"
    print(f"schema at version {status.version} of {status.current} ({state})")
    return 0 if status.up_to_date else 1
