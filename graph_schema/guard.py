"""Writes wait for the schema: without its uniqueness constraints, concurrent MERGEs make
duplicate nodes (two `country:RU`), and then the constraints can no longer be created.

Ingest, retract and the API's write endpoints call `require_schema` first; a graph behind the
current version is refused with one line that names the command to run. A graph once seen at
the current version is remembered for the life of the process (migrations only go forward).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from neo4j import AsyncDriver

from graph_schema.apply import schema_status

APPLY_COMMAND = "dipgraph schema apply"
# The databases each live driver has seen at the current version.
_current: WeakKeyDictionary[AsyncDriver, set[str]] = WeakKeyDictionary()


class SchemaBehind(Exception):
    """The graph's schema is not at the current version: writing now could make duplicates."""


async def require_schema(driver: AsyncDriver, *, database: str) -> None:
    seen = _current.setdefault(driver, set())
    if database in seen:
        return
    status = await schema_status(driver, database=database)
    if not status.up_to_date:
        raise SchemaBehind(
            f"the graph's schema is at version {status.version} of {status.current}; "
            f"run `{APPLY_COMMAND}` before writing to it"
        )
    seen.add(database)


def forget() -> None:
    """Check again on the next write (tests that take the schema away)."""
    _current.clear()
