"""`dipgraph ingest PATH...` and `dipgraph retract ID|URL`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from app.db import cli_driver
from app.settings import get_settings
from graph_schema.guard import SchemaBehind
from ingest.service.batch import DEFAULT_CONCURRENCY, BatchReport, extraction_pool, ingest_items
from ingest.service.service import retract
from ingest.service.sources import SingleOptions, iter_items


def add_parser(sub: Any) -> None:
    ingest: argparse.ArgumentParser = sub.add_parser(
        "ingest", help="extract articles and load their facts into Neo4j"
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, .jsonl, or -")
    ingest.add_argument("--language", help="ISO 639-1 code, for single files")
    ingest.add_argument("--published", help="YYYY[-MM[-DD]], for single files")
    ingest.add_argument("--url", help="the article's URL, for a single file")
    ingest.add_argument("--jsonl", action="store_true", help="stdin holds JSONL records")
    ingest.add_argument(
        "--concurrency", type=int, default=DEFAULT_CONCURRENCY, help="articles in flight"
    )
    ingest.add_argument(
        "--workers", type=int, default=1, help="extraction processes beside the writer (0: none)"
    )
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(func=lambda args: asyncio.run(_ingest(args)))

    retract_parser: argparse.ArgumentParser = sub.add_parser(
        "retract", help="remove an article and the facts only it supports"
    )
    retract_parser.add_argument("article", metavar="ID|URL")
    retract_parser.set_defaults(func=lambda args: asyncio.run(_retract(args)))


def _report(report: BatchReport) -> int:
    for label, warning in report.warnings:
        print(f"warning: {label}: {warning}", file=sys.stderr)
    for label, reason in report.failed:
        print(f"failed: {label}: {reason}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed or report.aborted else 0


async def _ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from app.cli import CliError

    settings = get_settings()
    opts = SingleOptions(
        language=args.language,
        published=args.published,
        url=args.url,
        max_bytes=settings.max_article_bytes,
    )
    items = iter_items(args.paths, opts=opts, stdin_jsonl=args.jsonl)
    # Extraction in its own process leaves this one free to drive the writes meanwhile.
    pool = extraction_pool(args.workers)
    try:
        async with cli_driver(settings) as driver:
            with tqdm(unit="article", disable=args.quiet or None, file=sys.stderr) as bar:
                report = await ingest_items(
                    driver,
                    items,
                    database=settings.neo4j_database,
                    concurrency=max(1, args.concurrency),
                    progress=lambda label, status: bar.update(1),
                    pool=pool,
                )
    except SchemaBehind as exc:
        raise CliError(str(exc)) from exc
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return _report(report)


async def _retract(args: argparse.Namespace) -> int:
    from app.cli import CliError

    settings = get_settings()
    async with cli_driver(settings) as driver:
        try:
            counts = await retract(driver, args.article, database=settings.neo4j_database)
        except SchemaBehind as exc:
            raise CliError(str(exc)) from exc
    if counts is None:
        raise CliError(f"no article {args.article!r} in the graph")
    print(
        f"retracted {args.article}: {counts.nodes_deleted} nodes and "
        f"{counts.relationships_deleted} relationships deleted"
    )
    return 0
