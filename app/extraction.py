"""Extraction for the API: in worker processes, each article with a time limit.

Extraction is pure CPU. On the API's own event loop (or a thread of its process, which holds the
interpreter lock) one slow article would stall every other request, `/health` included; in a
process of its own it cannot. The pool starts on the first article (so a read-only API never
pays for it), its workers load the lexicons first, and an article that runs past
`DIPGRAPH_EXTRACT_TIMEOUT` is refused (422): a timer inside the worker interrupts it, so the
worker lives on. Should a worker not come back even then (stuck in C code), it is killed at
twice the limit and the articles that shared the pool are run again on a fresh one. A worker
ends by itself within a second of the API process (`exit_with_parent`), even one killed outright.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import ClassVar

from ingest.service.batch import start_worker
from ingest.service.guard import ArticleRefused
from ingest.service.service import ArticleInput, Prepared, prepare

log = logging.getLogger("dipgraph.extraction")
BACKSTOP_FACTOR = 2.0
BACKSTOP_SLACK_S = 5.0


class _OutOfTime(Exception):
    pass


def _out_of_time(signum: int, frame: object) -> None:
    raise _OutOfTime


def prepare_within(article: ArticleInput, seconds: float) -> Prepared:
    """`prepare` in a worker process, interrupted after `seconds` of wall-clock time."""
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return prepare(article)
    except _OutOfTime:
        raise ArticleRefused(
            "text", f"extraction took longer than {seconds:g} s (DIPGRAPH_EXTRACT_TIMEOUT)"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class ExtractionPool:
    _shared: ClassVar[dict[tuple[int, float], ExtractionPool]] = {}

    @classmethod
    def shared(cls, *, workers: int, timeout_s: float) -> ExtractionPool:
        """One pool per process and configuration: app instances (the tests make many) share
        it, and it ends with the process."""
        key = (workers, timeout_s)
        if key not in cls._shared:
            cls._shared[key] = pool = cls(workers=workers, timeout_s=timeout_s)
            atexit.register(pool.close)
        return cls._shared[key]

    def __init__(self, *, workers: int, timeout_s: float) -> None:
        self.workers = workers
        self.timeout_s = timeout_s
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a fresh interpreter, not a fork of one running an event loop and a driver
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=start_worker
            )
        return self._pool

    def warm(self) -> None:
        """Start the workers now (they load the lexicons first), without waiting for them."""
        self._start().submit(int)

    def _kill(self, pool: ProcessPoolExecutor) -> None:
        """End the pool's workers at once (one is stuck in a runaway article)."""
        if self._pool is pool:
            self._pool = None
        processes = list(getattr(pool, "_processes", {}).values())
        for process in processes:
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def prepare(self, article: ArticleInput) -> Prepared:
        """`ingest.service.prepare` in a worker; `ArticleRefused` (a 422 from the API) when it
        runs out of time or the article turns out unusable (no text, unsupported language)."""
        for attempt in (1, 2):
            pool = self._start()
            future = asyncio.get_running_loop().run_in_executor(
                pool, prepare_within, article, self.timeout_s
            )
            backstop = self.timeout_s * BACKSTOP_FACTOR + BACKSTOP_SLACK_S
            try:
                return await asyncio.wait_for(future, backstop)
            except TimeoutError:
                log.warning("extraction over %.1f s: workers restarted", backstop)
                self._kill(pool)
                raise ArticleRefused(
                    "text",
                    f"extraction took longer than {self.timeout_s:g} s (DIPGRAPH_EXTRACT_TIMEOUT)",
                ) from None
            except BrokenProcessPool:
                # Another article's timeout killed the workers under this one: once more.
                if attempt == 2:
                    raise ArticleRefused("text", "extraction failed in its worker") from None
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._pool is not None:
            self._kill(self._pool)
