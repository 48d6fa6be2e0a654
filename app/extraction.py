"""Extraction for the API: in worker processes, each article with a time limit.

Extraction is pure CPU. On the API's own event loop (or a thread of its process, which holds the
interpreter lock) one slow article would stall every other request, `/health` included; in a
process of its own it cannot. The pool starts on the first article (so a read-only API never
pays for it), its workers load the lexicons first, and an article that runs past
`DIPGRAPH_EXTRACT_TIMEOUT` is refused (422) and its worker killed; the articles that shared the
pool at that moment are run again on a fresh one.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ingest.service.batch import warm_up
from ingest.service.guard import ArticleRefused
from ingest.service.service import ArticleInput, Prepared, prepare

log = logging.getLogger("dipgraph.extraction")


class ExtractionPool:
    def __init__(self, *, workers: int, timeout_s: float) -> None:
        self.workers = workers
        self.timeout_s = timeout_s
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a fresh interpreter, not a fork of one running an event loop and a driver
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=warm_up
            )
        return self._pool

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
            future = asyncio.get_running_loop().run_in_executor(pool, prepare, article)
            try:
                return await asyncio.wait_for(future, self.timeout_s)
            except TimeoutError:
                log.warning("extraction over %.1f s: worker restarted", self.timeout_s)
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
