"""The leader model's cross-validated figures over several fold partitions of the dev part.

    .venv/bin/python benchmarks/bench_leader_cv.py [--gold tests/data/real_gold_dev.jsonl]
        [--scorer ../shared/eval] [--partitions 5]

`make leader-model` chooses its thresholds on the mean over five partitions into five folds
(`train_leaders.partitions`: articles by a hash of their id, salted per partition). One
partition's cross-validated F1 moves by about .01 from another's, as much as most changes to the
candidate pairs or their features move it; one partition cannot tell such a change from noise.
This prints each partition with its own best thresholds at the trainer's precision floor and
non-leader budget, the mean and spread of their F1, and the trainer's choice on the mean table.
Nothing is written; the frozen test part is never read.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

# The checkout this file sits in, not the one the venv's editable install names (a git
# worktree run with another checkout's venv would import that checkout's code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.train_leaders import (
    best_in,
    labelled_articles,
    mean_table,
    partition_tables,
    scorer,
)

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT / "tests" / "data" / "real_gold_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEV_GOLD)
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--partitions", type=int, default=5)
    args = parser.parse_args()
    articles = labelled_articles(args.gold, scorer(args.scorer))
    pairs = sum(len(a.cands) for a in articles)
    print(f"{len(articles)} articles, {pairs} pairs")
    f1s = []
    tables = partition_tables(articles, args.partitions)
    for seed, partition in enumerate(tables):
        best = best_in(partition, len(articles))
        f1s.append(best.f1)
        print(
            f"partition {seed}: thresholds {best.threshold:.2f}/{best.party_threshold:.2f} "
            f"P={best.precision:.3f} R={best.recall:.3f} F1={best.f1:.3f} "
            f"non-leaders {best.non_leaders:g}"
        )
    spread = statistics.stdev(f1s) if len(f1s) > 1 else 0.0
    mean = statistics.fmean(f1s)
    print(f"mean F1 over {len(f1s)} partitions: {mean:.3f} (sd {spread:.3f})")
    trainer = best_in(mean_table(tables), len(articles))
    print(
        f"trainer's choice on the mean table: {trainer.threshold:.2f}/"
        f"{trainer.party_threshold:.2f} F1={trainer.f1:.3f} non-leaders {trainer.non_leaders:g}"
    )


if __name__ == "__main__":
    main()
