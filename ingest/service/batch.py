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
from ingest.extract.pipeline import extract_article
from ingest.lang.lexicon import SUPPORTED
from ingest.service.guard import ArticleRefused
from ingest.service.service import ArticleInput, Prepared, prepare, write_prepared
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
    """Load every language's lexicon: run first in a fresh worker process, it overlaps the
    one-off loading with whatever the parent does meanwhile (connecting, reading input)."""
    for language in SUPPORTED:
        extract_article("Start.", language=language)


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
    report.counts.merge(outcome.counts)
    report.article_ids.append(outcome.article_id)
    report.warnings += [(item.label, warning) for warning in outcome.result.warnings]
    if outcome.status is WriteStatus.NEW:
        report.new += 1
    elif outcome.status is WriteStatus.UPDATED:
        report.updated += 1
    else:
        report.unchanged += 1
    return outcome.status.value


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
    report = BatchReport()

    async def in_pool(article: ArticleInput) -> Prepared:
        return await asyncio.get_running_loop().run_in_executor(pool, prepare, article)

    extract = extract or in_pool
    slots = asyncio.Semaphore(concurrency)
    pending: set[asyncio.Task[None]] = set()
    again: list[Item] = []

    async def run(item: Item, last_try: bool = False) -> None:
        try:
            status = await _one(driver, item, database, report, extract, last_try=last_try)
        except LostRace:
            again.append(item)
            return
        except Neo4jGone as exc:
            report.aborted = report.aborted or f"Neo4j unavailable: {exc}"
            status = "failed"
        finally:
            slots.release()
        if progress:
            progress(item.label, status)

    for item in items:
        if item.article is None:
            report.failed.append((item.label, item.error or "unreadable"))
            if progress:
                progress(item.label, "failed")
            continue
        await slots.acquire()
        if report.aborted:  # Neo4j went away: count the rest, a re-run will write them
            slots.release()
            report.not_attempted += 1
            continue
        task = asyncio.create_task(run(item))
        pending.add(task)
        task.add_done_callback(pending.discard)
    if pending:
        await asyncio.gather(*pending)
    for item in sorted(again, key=lambda i: i.label):  # alone now: no lock race left to lose
        await slots.acquire()
        if report.aborted:
            slots.release()
            report.not_attempted += 1
            continue
        await run(item, last_try=True)
    return report
