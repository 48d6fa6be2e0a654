"""Extraction time on adversarial input, per KB: the shapes that once made it quadratic.

    .venv/bin/python benchmarks/bench_adversarial.py [--sizes 25000 100000] [--budget-ms 15]

Every generator of `tests/adversarial.py` (runs of '.', '!?', '*a ', '[', '<p<p', '<!--', ...)
is extracted at each size; the table shows milliseconds per KB at each size and the growth from
the smallest to the largest size per KB (1.0 is linear; a quadratic step doubles it whenever the
size doubles). The last lines give the worst case per KB and, with `--budget-ms`, exit 1 when it
is over the budget. The best of `--repeat` runs is taken, so other work on the machine adds
less noise.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.pipeline import extract_article
from tests.adversarial import GENERATORS


def best_ms(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        extract_article(text, language="en")
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--budget-ms", type=float, default=None, help="per KB, worst case")
    parser.add_argument("--only", nargs="*", help="generator names")
    args = parser.parse_args()
    extract_article("Start.", language="en")  # lexicons load once, outside the timings
    sizes = sorted(args.sizes)
    print(f"# {platform.python_implementation()} {platform.python_version()}, sizes {sizes}")
    print(f"{'generator':18s}" + "".join(f"{s // 1000:>8d}KB" for s in sizes) + "  growth")
    worst = (0.0, "", 0)
    for name, make in GENERATORS.items():
        if args.only and name not in args.only:
            continue
        per_kb = []
        for size in sizes:
            ms = best_ms(make(size), args.repeat) / (size / 1000)
            per_kb.append(ms)
            worst = max(worst, (ms, name, size))
        growth = per_kb[-1] / per_kb[0] if per_kb[0] else 0.0
        print(f"{name:18s}" + "".join(f"{ms:10.2f}" for ms in per_kb) + f"  {growth:6.2f}")
    ms, name, size = worst
    print(f"worst case: {ms:.2f} ms per KB ({name}, {size // 1000} KB: {ms * size / 1e6:.2f} s)")
    if args.budget_ms is not None and ms > args.budget_ms:
        print(f"over the budget of {args.budget_ms:g} ms per KB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
