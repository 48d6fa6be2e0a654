"""`dipgraph export plover|graphml|csv [--node ID --depth N] [--articles] [-o FILE|DIR]`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TextIO

from app.db import cli_driver
from app.errors import NotFound
from app.settings import get_settings


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="write the graph (or a node's neighbourhood) as PLOVER JSON lines, GraphML or CSV",
    )
    parser.add_argument("format", choices=("plover", "graphml", "csv"))
    parser.add_argument("--node", metavar="ID", help="only this node's neighbourhood")
    parser.add_argument(
        "--depth", type=int, default=1, choices=(1, 2, 3), help="hops around --node (default 1)"
    )
    parser.add_argument(
        "--articles", action="store_true", help="include articles and MENTIONS (graphml, csv)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE|DIR",
        help="file to write (default: standard output); for csv a folder for nodes.csv and "
        "edges.csv (default: the current folder)",
    )
    parser.set_defaults(func=lambda args: asyncio.run(_export(args)))


async def _write(chunks: AsyncIterator[str], out: TextIO) -> None:
    async for chunk in chunks:
        out.write(chunk)


async def _to(target: str | None, chunks: Callable[[], AsyncIterator[str]]) -> None:
    if target is None or target == "-":
        await _write(chunks(), sys.stdout)
        sys.stdout.flush()
        return
    with _open(Path(target)) as out:
        await _write(chunks(), out)
    print(f"wrote {target}", file=sys.stderr)


def _open(path: Path) -> TextIO:
    # The command runs one task: a blocking write here holds up nothing else.
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8", newline="")


async def _export(args: argparse.Namespace) -> int:
    from app.cli import CliError
    from app.export.csv_files import edges_csv, nodes_csv
    from app.export.graphml import graphml
    from app.export.plover import plover_lines
    from app.export.source import Subgraph, property_keys

    settings = get_settings()
    async with cli_driver(settings) as driver:
        db = settings.neo4j_database
        chosen = Subgraph(driver, db, node=args.node, depth=args.depth, articles=args.articles)
        try:
            await chosen.check()
        except NotFound as exc:
            raise CliError(str(exc)) from exc
        if args.format == "plover":
            ids = None
            if args.node is not None:
                ids = [n.id async for n in chosen.nodes() if n.label == "Meeting"]
            await _to(args.output, lambda: plover_lines(driver, db, ids=ids))
        elif args.format == "graphml":
            keys = await property_keys(driver, db)
            await _to(args.output, lambda: graphml(chosen, keys))
        else:
            folder = Path(args.output or ".")
            await _to(str(folder / "nodes.csv"), lambda: nodes_csv(chosen))
            await _to(str(folder / "edges.csv"), lambda: edges_csv(chosen))
    return 0
