"""Extraction throughput on one core: synthetic ~400-word articles in nl, en, de and fr.

    .venv/bin/python benchmarks/bench_extract.py [--articles N] [--passes P]

The corpus comes from `synthetic.py` (the same generator as the ingest benchmark): varied
countries, people, cities and dates, news-shaped, in each language. Loading the four lexicons is
a one-off start-up cost, timed and printed apart; the throughput is the steady state after it.

The throughput is measured in several passes (`--passes`), each over its own corpus (another
seed, so no pass finds the sentences of an earlier one in a cache) and timed apart. On a shared
virtual machine one pass reads anywhere from 150 to 300 articles/s, passes seconds apart, with the
code unchanged; so every pass is printed, and their median is the figure to compare.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

# The code measured is the checkout this file sits in: a second checkout (a git worktree) run with
# the venv of the first would otherwise import the first one's `ingest` through its editable
# install, and two checkouts compared would be one code measured twice.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import LANGS, articles

from ingest.extract.pipeline import extract_article, preload


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    corpora = [list(articles(args.articles, seed=3 + k)) for k in range(args.passes)]
    words = sum(len(record["text"].split()) for corpus in corpora for record in corpus)
    started = time.perf_counter()
    preload(LANGS)
    loaded = time.perf_counter() - started
    rates = [len(corpus) / _pass(corpus) for corpus in corpora]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"code: {Path(extract_article.__code__.co_filename).parents[2]}")
    print(
        f"lexicons of {len(LANGS)} languages and the officeholder file loaded in "
        f"{loaded * 1000:.0f} ms"
    )
    count = args.articles * args.passes
    print(f"{args.passes} passes of {args.articles} articles, {words / count:.0f} words each")
    print("passes: " + ", ".join(f"{rate:.1f}" for rate in rates) + " articles/s")
    rate = statistics.median(rates)
    per_word = rate * words / count
    print(f"{rate:.1f} articles/s (median of {len(rates)}), {per_word:.0f} words/s on one core")


def _pass(corpus: list[dict[str, str]]) -> float:
    """Seconds to extract every article of the corpus once."""
    started = time.perf_counter()
    for record in corpus:
        extract_article(record["text"], language=record["language"], published=record["published"])
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
