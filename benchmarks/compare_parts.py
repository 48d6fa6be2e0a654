"""Two extraction outputs on one gold part, compared article by article with a paired bootstrap.

    .venv/bin/python benchmarks/compare_parts.py GOLD BASE_PRED NEW_PRED [--scorer DIR]
        [--samples 2000]

BASE_PRED and NEW_PRED are `dipgraph extract --jsonl` outputs of the same articles (before and
after a change). Counts come from the scorer's own matching (`score.py`, per category and per
article), so the whole-part figures printed are the scorer's. On 72 or 250 articles a change of
a few hundredths of macro-F1, or of two or three non-leaders named as leaders, is within what
the choice of articles alone moves; resampling the articles (with replacement, the same
resample for both outputs) says how often the change keeps its sign: the share of resamples
where the new macro-F1 is higher, and the 5-95% range of the difference. Non-leaders are given
as counts and per named leader, with the range of their paired difference.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

# The checkout this file sits in, not the one the venv's editable install names (a git
# worktree run with another checkout's venv would import that checkout's code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.train_leaders import scorer

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Counts:
    """One article's figures under one output: (tp, fp, fn) per category, leaders named, and
    how many of them the gold says lead nothing."""

    categories: dict[str, tuple[int, int, int]]
    named: int
    non_leaders: int


def _counts(score: ModuleType, article: dict[str, Any], facts: dict[str, Any]) -> Counts:
    gold = article["gold"]
    cats = {}
    for cat, same in score.CATEGORIES.items():
        wanted = [g for g in gold.get(cat) or [] if score.scorable(cat, g)]
        tp, fp, fn, _ = score.match(wanted, facts.get(cat) or [], same)
        cats[cat] = (tp, fp, fn)
    named = facts.get("delegations") or []
    wrong = sum(
        any(score.same_person(n, d.get("leader")) for n in gold.get("not_leaders") or [])
        for d in named
    )
    return Counts(cats, len(named), wrong)


def _macro(score: ModuleType, rows: list[Counts]) -> float:
    """The scorer's macro-F1 over these articles: the mean F1 of the categories with any count."""
    f1s = []
    for cat in score.CATEGORIES:
        tp, fp, fn = (sum(r.categories[cat][i] for r in rows) for i in range(3))
        if tp + fp + fn:
            f1s.append(score.prf(tp, fp, fn)[2])
    return sum(f1s) / len(f1s) if f1s else 0.0


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--samples", type=int, default=2000)
    args = ap.parse_args()
    score = scorer(args.scorer)
    articles = _load(args.gold)
    base = score.parse_predictions(args.base.read_text(encoding="utf-8").splitlines())
    new = score.parse_predictions(args.new.read_text(encoding="utf-8").splitlines())
    rows = [(_counts(score, a, base.get(a["id"], {})), _counts(score, a, new.get(a["id"], {})))
            for a in articles]  # fmt: skip
    before, after = [b for b, _ in rows], [n for _, n in rows]
    changed = sum(b != n for b, n in rows)
    print(f"{len(rows)} articles, {changed} with any count changed")
    print(f"macro-F1 {_macro(score, before):.3f} -> {_macro(score, after):.3f}")
    for label, side in (("base", before), ("new", after)):
        named, wrong = sum(r.named for r in side), sum(r.non_leaders for r in side)
        print(f"{label}: {named} leaders named, {wrong} non-leaders ({wrong / max(named, 1):.1%})")
    rng = random.Random(0)
    gains, extra = [], []
    for _ in range(args.samples):
        pick = [rows[rng.randrange(len(rows))] for _ in rows]
        gains.append(_macro(score, [n for _, n in pick]) - _macro(score, [b for b, _ in pick]))
        extra.append(sum(n.non_leaders - b.non_leaders for b, n in pick))
    gains.sort()
    extra.sort()
    low, high = int(0.05 * args.samples), int(0.95 * args.samples) - 1
    print(
        f"paired bootstrap ({args.samples} resamples of the articles): new macro-F1 higher in "
        f"{sum(g > 0 for g in gains) / args.samples:.1%}, equal in "
        f"{sum(g == 0 for g in gains) / args.samples:.1%}; difference 5-95% "
        f"{gains[low]:+.3f} .. {gains[high]:+.3f}; extra non-leaders 5-95% {extra[low]:+d} .. "
        f"{extra[high]:+d}"
    )


if __name__ == "__main__":
    main()
