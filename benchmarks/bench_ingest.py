"""End-to-end ingest throughput (extract + resolve + write) into the configured Neo4j.

    DIPGRAPH_NEO4J_HOME=.neo4j/bench DIPGRAPH_NEO4J_BOLT_LISTEN=127.0.0.1:7689 \\
    DIPGRAPH_NEO4J_HTTP_LISTEN=127.0.0.1:7476 NEO4J_URI=bolt://127.0.0.1:7689 \\
      sh -c '.venv/bin/dipgraph db start && .venv/bin/dipgraph schema apply && \\
             .venv/bin/python benchmarks/bench_ingest.py --articles 1000 10000'

Each size runs on an empty graph (the script wipes it first, so point it at a benchmark
instance, never at a graph you keep). Prints articles/s and the cost per article over the
first and the last thousand, which shows whether writes slow down as the graph grows.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import time
from pathlib import Path

# The checkout this file sits in, not the one the venv's editable install names (a git
# worktree run with another checkout's venv would import that checkout's code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import articles

from app.db import open_driver
from app.settings import Settings
from ingest.service.batch import extraction_pool, ingest_items
from ingest.service.service import ArticleInput
from ingest.service.sources import Item

WIPE = "MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS"
SETTLE_S = 10
COUNTS = "MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n, COUNT { ()-->() } AS r"


async def _run(settings: Settings, count: int, concurrency: int, workers: int) -> None:
    items = [Item(r["id"], ArticleInput.model_validate(r)) for r in articles(count)]
    words = sum(len(i.article.text.split()) for i in items if i.article)
    stamps: list[float] = []
    pool = extraction_pool(workers)
    async with open_driver(settings) as driver:
        async with driver.session(database=settings.neo4j_database) as session:
            await (await session.run(WIPE)).consume()
        # Let the server settle after wiping a large graph (Community has no db.checkpoint()),
        # so the clean-up does not land inside the timed run.
        await asyncio.sleep(SETTLE_S)
        started = time.perf_counter()
        report = await ingest_items(
            driver,
            items,
            database=settings.neo4j_database,
            concurrency=concurrency,
            progress=lambda label, status: stamps.append(time.perf_counter()),
            pool=pool,
        )
        elapsed = time.perf_counter() - started
        records, _, _ = await driver.execute_query(COUNTS, database_=settings.neo4j_database)
    window = min(1000, count // 2)
    first = (stamps[window - 1] - started) / window * 1000
    last = (stamps[-1] - stamps[-window - 1]) / window * 1000
    print(
        f"{count:>6} articles ({words / count:.0f} words avg): {count / elapsed:7.1f} articles/s, "
        f"{words / elapsed:9.0f} words/s; ms/article first {window}: {first:.2f}, "
        f"last {window}: {last:.2f} (ratio {last / first:.2f}); "
        f"graph {records[0]['n']} nodes, {records[0]['r']} relationships; "
        f"failed {len(report.failed)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="extraction processes (0: threads)")
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    settings = Settings()
    for count in args.articles:
        asyncio.run(_run(settings, count, args.concurrency, args.workers))


if __name__ == "__main__":
    main()
