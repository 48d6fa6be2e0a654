"""`dipgraph schema apply|status`."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from neo4j import AsyncDriver

from app.db import cli_driver
from app.settings import get_settings
from graph_schema.apply import apply_migrations, schema_status


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


async def _with_driver(action: Callable[[AsyncDriver, str], Awaitable[int]]) -> int:
    settings = get_settings()
    async with cli_driver(settings) as driver:
        return await action(driver, settings.neo4j_database)


async def _apply(driver: AsyncDriver, database: str) -> int:
    applied = await apply_migrations(driver, database=database)
    status = await schema_status(driver, database=database)
    done = ", ".join(map(str, applied)) if applied else "none (already up to date)"
    print(f"schema at version {status.version} of {status.current}; applied now: {done}")
    return 0


async def _status(driver: AsyncDriver, database: str) -> int:
    status = await schema_status(driver, database=database)
    state = "up to date" if status.up_to_date else "behind: run `dipgraph schema apply`"
    print(f"schema at version {status.version} of {status.current} ({state})")
    return 0 if status.up_to_date else 1
