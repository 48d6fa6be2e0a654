"""Ingest under concurrency and faults, against the real server."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from neo4j import AsyncDriver, Driver
from neo4j.exceptions import ConstraintError, Neo4jError, TransientError

from app.db import open_driver
from app.settings import Settings
from graph_schema.model import Label
from ingest.service import batch
from ingest.service.batch import BatchReport, ingest_items
from ingest.service.service import IngestOutcome, Prepared, write_prepared
from ingest.service.sources import Item
from ingest.write.model import ArticleGraph, NodeRow
from ingest.write.transaction import write_article_tx
from tests.ingest_helpers import SAMPLES, article_meta, graph_counts, rows, sample, with_driver
from tests.tcp_proxy import TcpProxy

DIPGRAPH = str(Path(sys.executable).with_name("dipgraph"))


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DIPGRAPH, *args], input=stdin, capture_output=True, text=True, env=os.environ, check=False
    )


def test_parallel_ingests_of_overlapping_articles_leave_no_duplicates(
    clean_graph: Driver, tmp_path: Path
) -> None:
    procs = [
        subprocess.Popen(
            [DIPGRAPH, "ingest", "--quiet", "--concurrency", "4", str(SAMPLES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], outputs
    duplicates = rows(
        clean_graph,
        "MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id",
    )
    assert duplicates == []
    articles = rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c")
    assert articles == [{"c": len(SAMPLES.read_text().splitlines())}]
    parallel = rows(
        clean_graph,
        "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 "
        "RETURN a.id, t",
    )
    assert parallel == []


def test_a_failing_write_leaves_nothing_half_written(
    clean_graph: Driver, settings: Settings
) -> None:
    # Two Country nodes with one ISO code break a uniqueness constraint after the article and
    # the first node were written: the whole transaction must roll back.
    graph = ArticleGraph(
        article=article_meta("article:broken"),
        nodes=[
            NodeRow(label=Label.TOPIC, id="topic:x", name="x"),
            NodeRow(label=Label.COUNTRY, id="country:XA", name="A", props={"code": "XA"}),
            NodeRow(label=Label.COUNTRY, id="country:XB", name="B", props={"code": "XA"}),
        ],
    )

    async def write(driver: AsyncDriver) -> None:
        async with driver.session(database=settings.neo4j_database) as session:
            await session.execute_write(write_article_tx, graph, previous_hash=None)

    with pytest.raises(ConstraintError):
        with_driver(settings, write)
    assert graph_counts(clean_graph) == (0, 0)


def test_malformed_lines_are_named_and_the_rest_lands(clean_graph: Driver, tmp_path: Path) -> None:
    good = SAMPLES.read_text(encoding="utf-8").splitlines()
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join([good[0], "{not json", '{"text": "x", "published": "yesterday"}', good[1]]),
        encoding="utf-8",
    )
    result = _cli("ingest", "--quiet", str(batch))
    assert result.returncode == 1
    assert f"{batch}:2: malformed JSON line" in result.stderr
    assert f"{batch}:3: published" in result.stderr
    assert "2 new" in result.stdout and "2 failed" in result.stdout
    assert rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c") == [{"c": 2}]


def test_unreachable_neo4j_is_one_line_and_non_zero(settings: Settings) -> None:
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_CONNECTION_TIMEOUT": "1"}
    result = subprocess.run(
        [DIPGRAPH, "ingest", str(SAMPLES)], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("dipgraph ingest: error: cannot reach Neo4j")
    assert len(result.stderr.strip().splitlines()) == 1


def test_neo4j_going_away_mid_batch_stops_cleanly_and_a_rerun_completes(
    clean_graph: Driver, settings: Settings
) -> None:
    records = SAMPLES.read_text(encoding="utf-8").splitlines()
    items = [Item(f"line {i}", sample(json.loads(r)["id"])) for i, r in enumerate(records)]

    async def run() -> tuple[BatchReport, BatchReport]:
        host, port = settings.neo4j_uri.removeprefix("bolt://").split(":")
        async with TcpProxy(host, int(port)) as proxy:
            proxied = settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{proxy.port}"})
            async with open_driver(proxied) as driver:

                def cut_after_first(label: str, status: str) -> None:
                    proxy.cut()

                first = await ingest_items(
                    driver,
                    items,
                    database=settings.neo4j_database,
                    concurrency=1,
                    progress=cut_after_first,
                )
        async with open_driver(settings) as driver:
            second = await ingest_items(driver, items, database=settings.neo4j_database)
        return first, second

    first, second = asyncio.run(run())
    assert first.new == 1 and first.aborted
    assert first.not_attempted + len(first.failed) == len(items) - 1
    assert (second.unchanged, second.new) == (1, len(items) - 1)
    assert rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c") == [{"c": len(items)}]


def _deadlock() -> Exception:
    return TransientError("deadlock detected while waiting for a lock")


def _timed_out() -> Exception:
    """What the server sends when a write waited on locks past the transaction timeout."""
    return Neo4jError._hydrate_neo4j(
        code="Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        message="The transaction has not completed within the timeout specified at its start",
    )


def _losing_writes(
    monkeypatch: pytest.MonkeyPatch, times: int, lost: Callable[[], Exception] = _deadlock
) -> list[str]:
    """The real writer, except that the first article to be written fails its first `times`
    writes the way a write that kept meeting deadlocks fails once the driver's retries are
    spent (or, with `lost`, as a write the server ended at the transaction timeout). Returns
    the article ids in the order their writes were tried."""
    calls: list[str] = []

    async def write(driver: AsyncDriver, prepared: Prepared, *, database: str) -> IngestOutcome:
        calls.append(prepared.meta.id)
        if prepared.meta.id == calls[0] and calls.count(calls[0]) <= times:
            raise lost()
        return await write_prepared(driver, prepared, database=database)

    monkeypatch.setattr(batch, "write_prepared", write)
    return calls


def _ingest_samples(settings: Settings) -> tuple[list[Item], BatchReport]:
    records = SAMPLES.read_text(encoding="utf-8").splitlines()
    items = [Item(f"line {i}", sample(json.loads(r)["id"])) for i, r in enumerate(records)]
    report = with_driver(
        settings, lambda d: ingest_items(d, items, database=settings.neo4j_database)
    )
    return items, report


@pytest.mark.parametrize("lost", [_deadlock, _timed_out])
def test_an_article_that_lost_lock_races_is_written_again_alone_at_the_end(
    clean_graph: Driver,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    lost: Callable[[], Exception],
) -> None:
    calls = _losing_writes(monkeypatch, times=1, lost=lost)
    items, report = _ingest_samples(settings)
    assert report.failed == [] and report.new == len(items)
    assert calls.count(calls[0]) == 2 and calls[-1] == calls[0]  # again, after all the others
    count = rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c")
    assert count == [{"c": len(items)}]


def test_an_article_that_loses_again_alone_is_named_once_and_the_rest_land(
    clean_graph: Driver, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _losing_writes(monkeypatch, times=2)
    items, report = _ingest_samples(settings)
    assert len(report.failed) == 1 and "deadlock" in report.failed[0][1]
    assert report.new == len(items) - 1 and calls.count(calls[0]) == 2
    stored = rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id")
    assert len(stored) == len(items) - 1 and calls[0] not in {r["id"] for r in stored}
