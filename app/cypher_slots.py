"""How many `POST /v1/cypher` queries Neo4j may be running at once, counted until they are gone.

A query that runs past `DIPGRAPH_CYPHER_TIMEOUT` is answered with a 422 at once, but the answer
does not end its work on the server. Work between rows (matching, expanding, aggregating) ends
with the transaction's own timeout or a `TERMINATE TRANSACTIONS`; work inside one expression (a
`reduce` or list comprehension over a long list) cannot be interrupted by Neo4j 5 at all and
runs to its end, a core busy for as long as that takes. So a query keeps its slot until Neo4j
no longer lists its transaction: at most `DIPGRAPH_CYPHER_CONCURRENCY` such queries burn the
server's CPU at once, and a further query is a 503 to retry instead of one more of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

from neo4j import AsyncDriver
from neo4j.exceptions import DriverError, Neo4jError

from app.errors import Unavailable

log = logging.getLogger("dipgraph.cypher")
TAG_KEY = "dipgraph_cypher"
POLL_S = 0.5
LISTED = (
    "SHOW TRANSACTIONS YIELD transactionId, status, metaData "
    f"WHERE metaData.{TAG_KEY} = $tag RETURN transactionId, status"
)


class CypherBusy(Unavailable):
    title, type_slug = "Cypher endpoint busy", "cypher-busy"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": "1"}


class CypherSlots:
    """A bounded semaphore that never waits: no free slot is a 503 at once."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._free = size
        self._reapers: set[asyncio.Task[None]] = set()

    @property
    def free(self) -> int:
        return self._free

    def take(self) -> str:
        """A slot and the tag its transaction carries in its metadata."""
        if self._free == 0:
            raise CypherBusy(
                f"{self.size} Cypher queries are running (DIPGRAPH_CYPHER_CONCURRENCY); "
                "retry shortly"
            )
        self._free -= 1
        return uuid.uuid4().hex

    def give_back(self) -> None:
        self._free = min(self.size, self._free + 1)

    def give_back_when_gone(self, driver: AsyncDriver, tag: str) -> None:
        """After a deadline: end the transaction on the server and free the slot once Neo4j no
        longer lists it (in the background; the client has its answer already)."""
        task = asyncio.get_running_loop().create_task(self._reap(driver, tag))
        self._reapers.add(task)
        task.add_done_callback(self._reapers.discard)

    async def _reap(self, driver: AsyncDriver, tag: str) -> None:
        try:
            while listed := await _listed(driver, tag):
                await _terminate(driver, listed)
                await asyncio.sleep(POLL_S)
        except (Neo4jError, DriverError, OSError) as exc:
            # Neo4j gone or refusing: its transactions are gone with it, or out of our reach.
            log.warning("could not follow Cypher transaction %s: %s", tag, exc)
        finally:
            self.give_back()

    async def close(self) -> None:
        for task in list(self._reapers):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _listed(driver: AsyncDriver, tag: str) -> dict[str, bool]:
    """The tagged transactions Neo4j still lists, and whether each is still running (not yet
    terminated: a terminated one whose expression has not returned stays listed)."""
    records, _, _ = await driver.execute_query(LISTED, tag=tag)
    return {str(r["transactionId"]): str(r["status"]) == "Running" for r in records}


async def _terminate(driver: AsyncDriver, listed: dict[str, bool]) -> None:
    running = [tx for tx, is_running in listed.items() if is_running]
    if running:
        await driver.execute_query("TERMINATE TRANSACTIONS $ids", ids=running)
