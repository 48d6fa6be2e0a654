"""Extraction throughput on one core: synthetic ~400-word articles in nl, en, de and fr.

    .venv/bin/python benchmarks/bench_extract.py [--articles N]

The corpus comes from `synthetic.py` (the same generator as the ingest benchmark): varied
countries, people, cities and dates, news-shaped, in each language. Loading the four lexicons is
a one-off start-up cost, timed and printed apart; the throughput is the steady state after it.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import LANGS, articles

from ingest.extract.pipeline import extract_article, preload


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    corpus = list(articles(args.articles, seed=3))
    words = sum(len(record["text"].split()) for record in corpus)
    started = time.perf_counter()
    preload(LANGS)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    for record in corpus:
        extract_article(record["text"], language=record["language"], published=record["published"])
    elapsed = time.perf_counter() - started
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        f"lexicons of {len(LANGS)} languages and the officeholder file loaded in "
        f"{loaded * 1000:.0f} ms"
    )
    print(f"{len(corpus)} articles, {words} words ({words / len(corpus):.0f} per article)")
    print(f"{len(corpus) / elapsed:.1f} articles/s, {words / elapsed:.0f} words/s on one core")


if __name__ == "__main__":
    main()
