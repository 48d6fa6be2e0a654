"""Helpers for the ingest tests: run the async service against the real test server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from neo4j import AsyncDriver, Driver

from app.db import open_driver
from app.settings import Settings
from ingest.models import ArticleMeta
from ingest.service.batch import BatchReport, ingest_items
from ingest.service.service import ArticleInput, retract
from ingest.service.sources import Item
from tests.conftest import wipe_graph
from tests.graph_dump import dump

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles.jsonl"
T = TypeVar("T")


def article_meta(article_id: str = "article:x") -> ArticleMeta:
    """A minimal article record for tests that build graph rows by hand."""
    return ArticleMeta(
        id=article_id,
        title="t",
        language="en",
        content_hash="h",
        text="t",
        published="2025-04-10",
        ingested_at="2025-04-10T00:00:00+00:00",
    )


def sample(sample_id: str) -> ArticleInput:
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == sample_id:
            return ArticleInput.model_validate(record)
    raise KeyError(sample_id)


def with_driver(settings: Settings, fn: Callable[[AsyncDriver], Awaitable[T]]) -> T:
    async def run() -> T:
        async with open_driver(settings) as driver:
            return await fn(driver)

    return asyncio.run(run())


def ingest(settings: Settings, *articles: ArticleInput) -> BatchReport:
    items = [Item(f"a{i}", article) for i, article in enumerate(articles)]
    return with_driver(settings, lambda d: ingest_items(d, items, database=settings.neo4j_database))


def graph_of(driver: Driver, settings: Settings, *batches: list[ArticleInput]) -> dict[str, Any]:
    """The dump of the graph that ingesting `batches` into an empty graph makes, batch after
    batch (the articles of one batch concurrently)."""
    wipe_graph(driver, settings)
    for batch in batches:
        report = ingest(settings, *batch)
        assert not report.failed, report.failed[:3]
    return dump(driver)


def retract_all(settings: Settings, batch: list[ArticleInput]) -> None:
    async def run(driver: AsyncDriver) -> list[object]:
        return [
            await retract(driver, str(article.url), database=settings.neo4j_database)
            for article in batch
        ]

    assert None not in with_driver(settings, run)


def rows(driver: Driver, query: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(query, params)
    return [r.data() for r in records]


def mentioned_by(driver: Driver, node_id: str) -> list[str]:
    """The articles that mention a node: its support, which retraction follows."""
    found = rows(
        driver,
        "MATCH (a:Article)-[:MENTIONS]->({id: $id}) RETURN a.id AS id ORDER BY id",
        id=node_id,
    )
    return [str(r["id"]) for r in found]


def graph_counts(driver: Driver) -> tuple[int, int]:
    nodes = rows(driver, "MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS c")[0]["c"]
    rels = rows(driver, "MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return int(nodes), int(rels)
