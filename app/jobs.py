"""Bulk ingest jobs: accepted at once, run in the background, polled by id.

Jobs live in the memory of the API process that accepted them (one uvicorn worker in the
shipped set-up); a restart forgets them, but nothing written is lost, and re-posting the same
articles finds them `unchanged`.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field

from neo4j import AsyncDriver

from app.models.articles import JobOut, JobState
from ingest.service.batch import Extract, ingest_items
from ingest.service.service import ArticleInput
from ingest.service.sources import Item

MAX_KEPT = 1000


@dataclass(slots=True)
class Job:
    id: str
    total: int
    state: JobState = "queued"
    done: int = 0
    out: JobOut | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    def view(self) -> JobOut:
        if self.out is not None:
            return self.out
        return JobOut(id=self.id, state=self.state, total=self.total, done=self.done)


class JobStore:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def start(
        self,
        driver: AsyncDriver,
        articles: list[ArticleInput],
        *,
        database: str,
        extract: Extract | None = None,
    ) -> Job:
        job = Job(id=uuid.uuid4().hex, total=len(articles))
        self._forget_oldest()
        self._jobs[job.id] = job
        job.task = asyncio.create_task(self._run(job, driver, articles, database, extract))
        return job

    def _forget_oldest(self) -> None:
        finished = [j for j in self._jobs.values() if j.state in ("done", "failed")]
        for job in finished[: max(0, len(self._jobs) - MAX_KEPT + 1)]:
            del self._jobs[job.id]

    async def _run(
        self,
        job: Job,
        driver: AsyncDriver,
        articles: list[ArticleInput],
        database: str,
        extract: Extract | None,
    ) -> None:
        job.state = "running"
        items = [Item(f"articles[{i}]", a) for i, a in enumerate(articles)]

        def tick(label: str, status: str) -> None:
            job.done += 1

        report = await ingest_items(
            driver, items, database=database, progress=tick, extract=extract
        )
        job.state = "failed" if report.aborted else "done"
        job.out = JobOut(
            id=job.id,
            state=job.state,
            total=job.total,
            done=job.done,
            new=report.new,
            unchanged=report.unchanged,
            updated=report.updated,
            failed=[{"article": label, "reason": why} for label, why in report.failed],
            warnings=[{"article": label, "warning": w} for label, w in report.warnings],
            article_ids=report.article_ids,
            error=report.aborted,
        )

    async def close(self) -> None:
        for job in self._jobs.values():
            if job.task is not None and not job.task.done():
                job.task.cancel()
