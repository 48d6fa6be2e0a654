"""Ingest many articles: extraction on this core while earlier articles are being written.

Each article is its own transaction, so a failing one leaves nothing behind and the others still
land. When Neo4j itself goes away the batch stops at once, reports what was not attempted, and a
re-run completes it (articles already written come back `unchanged`). An article whose write kept
losing lock races to its concurrent neighbours (deadlocks past the driver's retry time, seen under
heavy machine load) is written again at the end, one at a time, where nothing competes with it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field

from neo4j import AsyncDriver
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired, TransientError

from graph_schema.guard import require_schema
from ingest.extract.pipeline import preload
from ingest.service.guard import ArticleRefused
from ingest.service.service import (
    ArticleInput,
    IngestOutcome,
    Prepared,
    prepare,
    write_prepared,
)
from ingest.service.sources import Item
from ingest.write.transaction import WriteCounts, WriteStatus

log = logging.getLogger("dipgraph.ingest")
DEFAULT_CONCURRENCY = 8
PARENT_POLL_S = 1.0


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(0)  # no clean-up to do: a worker holds nothing but its lexicons


def exit_with_parent() -> None:
    """A worker's first act: end within a second of its parent. A parent killed outright never
    shuts its pool down, and a worker would wait on its queue for ever (one was found 29 minutes
    after its API process was killed)."""
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True).start()


def warm_up() -> None:
    """Load every language's lexicon and the officeholder file: run first in a fresh worker
    process, it overlaps the one-off loading with whatever the parent does meanwhile
    (connecting, reading input)."""
    preload()


def start_worker() -> None:
    exit_with_parent()
    warm_up()


def extraction_pool(workers: int) -> ProcessPoolExecutor | None:
    """Worker processes for extraction, already warming up; None for `workers` < 1."""
    if workers < 1:
        return None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent)
    for _ in range(workers):
        pool.submit(warm_up)
    return pool


class Neo4jGone(Exception):
    """Neo4j stopped answering in the middle of a batch."""


class LostRace(Exception):
    """The write met concurrent writers (deadlocks) until the driver's retry time ran out, or
    waited on their locks past the transaction timeout."""


def _timed_out(exc: Neo4jError) -> bool:
    """The server ended the write at the transaction timeout: on a busy machine a write that
    waits on its neighbours' locks runs out of time, and written alone it finishes."""
    return "TransactionTimedOut" in (exc.code or "")


@dataclass(slots=True)
class BatchReport:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (item label, warning)
    not_attempted: int = 0
    aborted: str | None = None
    counts: WriteCounts = field(default_factory=WriteCounts)
    article_ids: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.new + self.unchanged + self.updated + len(self.failed)

    def summary(self) -> str:
        c = self.counts
        text = (
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated, "
            f"{len(self.failed)} failed; nodes created {c.nodes_created}, "
            f"relationships created {c.relationships_created}"
        )
        if self.aborted:
            text += f"; stopped: {self.aborted} ({self.not_attempted} not attempted, re-run)"
        return text

    def written(self, label: str, outcome: IngestOutcome) -> str:
        """Count an article whose write went through and keep its id and warnings, apart from
        the failures `_one` sorts out first; its status is what the progress line shows."""
        self.counts.merge(outcome.counts)
        self.article_ids.append(outcome.article_id)
        self.warnings += [(label, warning) for warning in outcome.result.warnings]
        if outcome.status is WriteStatus.NEW:
            self.new += 1
        elif outcome.status is WriteStatus.UPDATED:
            self.updated += 1
        else:
            self.unchanged += 1
        return outcome.status.value


Progress = Callable[[str, str], object]  # (item label, status)
Extract = Callable[[ArticleInput], Awaitable[Prepared]]


async def _one(
    driver: AsyncDriver,
    item: Item,
    database: str,
    report: BatchReport,
    extract: Extract,
    *,
    last_try: bool = False,
) -> str:
    assert item.article is not None
    try:
        prepared = await extract(item.article)
        outcome = await write_prepared(driver, prepared, database=database)
    except TransientError as exc:
        if not last_try:
            raise LostRace(exc.message or str(exc)) from exc
        report.failed.append((item.label, f"Neo4j refused the write: {exc.message or exc}"))
        return "failed"
    except ArticleRefused as exc:
        report.failed.append((item.label, str(exc)))
        return "failed"
    except (ServiceUnavailable, SessionExpired) as exc:
        report.failed.append((item.label, f"Neo4j unavailable: {exc}"))
        raise Neo4jGone(str(exc)) from exc
    except Neo4jError as exc:
        if _timed_out(exc) and not last_try:
            raise LostRace(exc.message or str(exc)) from exc
        report.failed.append((item.label, f"Neo4j refused the write: {exc.message}"))
        return "failed"
    except Exception as exc:  # one bad article must not sink the batch; it is named in the report
        log.exception("article %s failed", item.label)
        report.failed.append((item.label, f"{type(exc).__name__}: {exc}"))
        return "failed"
    return report.written(item.label, outcome)


@dataclass(slots=True)
class _Batch:
    """What the tasks of one `ingest_items` call share: the report, the slots in flight and
    the articles to write again at the end."""

    driver: AsyncDriver
    database: str
    extract: Extract
    progress: Progress | None
    slots: asyncio.Semaphore
    report: BatchReport = field(default_factory=BatchReport)
    again: list[Item] = field(default_factory=list)

    def unreadable(self, item: Item) -> None:
        self.report.failed.append((item.label, item.error or "unreadable"))
        if self.progress:
            self.progress(item.label, "failed")

    async def slot(self) -> bool:
        """Wait for a free slot; False once Neo4j went away (the item counts as not attempted:
        a re-run writes it)."""
        await self.slots.acquire()
        if self.report.aborted:
            self.slots.release()
            self.report.not_attempted += 1
            return False
        return True

    async def write(self, item: Item, last_try: bool = False) -> None:
        """One article, in the slot taken for it; a lost lock race puts it on `again`."""
        try:
            status = await _one(
                self.driver, item, self.database, self.report, self.extract, last_try=last_try
            )
        except LostRace:
            self.again.append(item)
            return
        except Neo4jGone as exc:
            self.report.aborted = self.report.aborted or f"Neo4j unavailable: {exc}"
            status = "failed"
        finally:
            self.slots.release()
        if self.progress:
            self.progress(item.label, status)


async def ingest_items(
    driver: AsyncDriver,
    items: Iterable[Item],
    *,
    database: str,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
    pool: Executor | None = None,
    extract: Extract | None = None,
) -> BatchReport:
    """Ingest `items` in order, `concurrency` articles in flight. Extraction runs in `pool`
    (a process pool lets it use another core), or through `extract` when given (the API's
    pool with its time limit). Raises `SchemaBehind` before writing anything when the schema is
    not applied."""
    await require_schema(driver, database=database)

    async def in_pool(article: ArticleInput) -> Prepared:
        return await asyncio.get_running_loop().run_in_executor(pool, prepare, article)

    batch = _Batch(driver, database, extract or in_pool, progress, asyncio.Semaphore(concurrency))
    pending: set[asyncio.Task[None]] = set()
    for item in items:
        if item.article is None:
            batch.unreadable(item)
        elif await batch.slot():  # Neo4j went away: count the rest, a re-run will write them
            task = asyncio.create_task(batch.write(item))
            pending.add(task)
            task.add_done_callback(pending.discard)
    if pending:
        await asyncio.gather(*pending)
    for item in sorted(batch.again, key=lambda i: i.label):  # alone now: no lock race to lose
        if await batch.slot():
            await batch.write(item, last_try=True)
    return batch.report
