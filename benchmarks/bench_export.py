"""Peak memory of `dipgraph export` on a large graph: does the GraphML export stream?

Runs the export CLI as a child process against the configured Neo4j (the 10,000-article
benchmark graph of bench_ingest.py; same environment variables) and reports, per run, the
child's peak resident memory (ru_maxrss), the time, the output size and what it holds. The
baseline is the same command on one node's neighbourhood: if the whole graph's peak is about the
baseline's, memory does not grow with the graph.

    .venv/bin/python benchmarks/bench_export.py [--format graphml] [--out /tmp/dipgraph-export]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent / "dipgraph"


def run(args: list[str]) -> tuple[float, float]:
    """(peak RSS in MiB, seconds) of one child process."""
    started = time.perf_counter()
    # A fresh interpreter per run, so ru_maxrss is this run's own peak.
    code = (
        "import resource, subprocess, sys; "
        "rc = subprocess.call(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(BIN), *args],
        check=True,
        capture_output=True,
        text=True,
    )
    peak_kib = int(out.stdout.strip().splitlines()[-1])
    return peak_kib / 1024, time.perf_counter() - started


def count(path: Path, tag: str) -> int:
    total = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            total += line.count(tag)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", default="graphml", choices=("graphml", "plover"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/dipgraph-export"))
    parser.add_argument("--node", default="country:US", help="the baseline's small neighbourhood")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "graphml" if args.format == "graphml" else "jsonl"
    cases = [
        (f"neighbourhood of {args.node}", ["--node", args.node], args.out / f"small.{suffix}"),
        ("whole graph", [], args.out / f"whole.{suffix}"),
    ]
    print(f"uri {os.environ.get('NEO4J_URI', 'bolt://127.0.0.1:7687')}, format {args.format}")
    for name, extra, path in cases:
        peak, seconds = run(["export", args.format, *extra, "-o", str(path)])
        size = path.stat().st_size / 2**20
        if args.format == "graphml":
            held = f"{count(path, '<node ')} nodes, {count(path, '<edge ')} edges"
        else:
            held = f"{sum(1 for _ in path.open(encoding='utf-8'))} events"
        print(f"{name}: peak RSS {peak:.0f} MiB, {seconds:.1f} s, {size:.1f} MiB written ({held})")


if __name__ == "__main__":
    main()
