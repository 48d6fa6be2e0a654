"""Fit the leader model (`leader_model.json`) on the dev part of the real gold.

    python -m ingest.extract.train_leaders [--gold tests/data/real_gold_dev.jsonl] [--scorer DIR]

Every (person, state) pair the extractor proposes is labelled by the gold (a delegation of that
state led by that person, matched as the scorer matches people), a logistic regression is fitted
(scikit-learn, a dev dependency: the shipped model is a plain table of weights), and the
two thresholds (one for a state that is a party to the article's main meeting, one for any
other) are chosen on five-fold cross-validated probabilities, folds by article, as the pair with the
best F1 while the precision of the decided pairs stays at or above 0.75 and at most 0.049
non-leaders per article are named leaders. Prints the
cross-validated figures; the frozen test part is never read here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from ingest.extract.article import rule_findings
from ingest.extract.leaders import leader_candidates
from ingest.extract.leaders.model import MODEL_PATH, Candidate, LeaderModel, decide
from ingest.lang.lexicon import SUPPORTED
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

_PRECISION_FLOOR = 0.75
# Naming a non-leader (a spokesperson, a host, a head of state only mentioned) as a leader is the
# worst error: at most this many per article, cross-validated. At 0.075 a refit after the side,
# head-of and summons rules took the surest leaders chose thresholds of 0.48/0.12 and named 21
# non-leaders on dev at a delegation precision of .867; at 0.056 it is 15 at .908. Once the gates
# (summons, quoted officials, staff) kept the worst non-leaders out, 0.049 (14 on dev) gave a
# higher cross-validated F1 (.670) than the old refit at 0.056 (.655 with 15).
_NON_LEADERS_PER_ARTICLE = 0.049
_NON_LEADER_WEIGHT = 4.0


def _scorer(directory: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", directory / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles(path: Path, score: ModuleType) -> list[tuple[list[Candidate], set[str], int]]:
    """Per article: candidates with labels in `features['_y']`, taken states, gold count."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["language"] not in SUPPORTED:
            continue
        doc = normalise(rec["text"], language=rec["language"], published=rec.get("published"),
                        url=rec.get("url"))  # fmt: skip
        split = split_sentences(doc, language=rec["language"])
        art, registry, meetings, delegations = rule_findings(split)
        cands = leader_candidates(art, registry, meetings, delegations)
        gold = rec["gold"].get("delegations") or []
        people = {p.id: p.name for p in registry.people}
        hits = 0
        for d in delegations:  # rule-found leaders: counted, not refitted
            hits += any(
                score.country(g.get("country")) == d.country
                and score.same_person(g.get("leader"), people.get(d.leader or ""))
                for g in gold
            )
        not_leaders = rec["gold"].get("not_leaders") or []
        for c in cands:
            c.features["_n"] = float(any(score.same_person(n, c.person.name) for n in not_leaders))
            c.features["_y"] = float(
                any(
                    score.country(g.get("country")) == c.country
                    and score.same_person(g.get("leader"), c.person.name)
                    for g in gold
                )
            )
        taken = {d.country for d in delegations}
        out.append((cands, taken, len(gold) - hits))
    return out


def _evaluate(
    articles: list[tuple[list[Candidate], set[str], int]], model: LeaderModel
) -> tuple[int, int, int, int]:
    """True and false leaders decided, leaders wanted, and non-leaders named as leaders."""
    tp = fp = missing = wrong = 0
    for cands, taken, wanted in articles:
        chosen = decide(cands, set(taken), model)
        good = sum(c.features["_y"] > 0 for c in chosen)
        tp, fp, missing = tp + good, fp + len(chosen) - good, missing + wanted
        wrong += sum(c.features["_n"] > 0 for c in chosen)
    return tp, fp, missing, wrong


def _fit(rows: list[dict[str, float]], labels: list[int], weights: list[float]) -> LeaderModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=0.5, max_iter=2000).fit(x, labels, sample_weight=weights)
    table = {
        name: round(float(w), 5) for name, w in zip(vec.feature_names_, clf.coef_[0], strict=True)
    }
    return LeaderModel(table, round(float(clf.intercept_[0]), 5), 0.5, 0.5)


def _weights(articles: list[tuple[list[Candidate], set[str], int]]) -> list[float]:
    """A person the gold says leads nothing (a spokesperson, a host) weighs more as a negative:
    naming a non-leader as a leader is the worst error."""
    return [1.0 + _NON_LEADER_WEIGHT * c.features["_n"] for cands, _, _ in articles for c in cands]


def _features(c: Candidate) -> dict[str, float]:
    return {k: v for k, v in c.features.items() if not k.startswith("_")}


_Article = tuple[list[Candidate], set[str], int]
_GRID = [step / 100 for step in range(8, 96, 4)]


def _cross_validated(articles: list[_Article], folds: int = 5) -> list[tuple[int, LeaderModel]]:
    """One model per fold, fitted on the other folds (folds by article)."""
    models = []
    for k in range(folds):
        train = [a for i, a in enumerate(articles) if i % folds != k]
        rows = [_features(c) for cands, _, _ in train for c in cands]
        labels = [int(c.features["_y"]) for cands, _, _ in train for c in cands]
        models.append((k, _fit(rows, labels, _weights(train))))
    return models


def _thresholds(
    articles: list[_Article], models: list[tuple[int, LeaderModel]]
) -> tuple[float, float, float]:
    """The two thresholds with the best cross-validated F1 at the precision floor, and that F1."""
    best = (0.9, 0.9, 0.0)
    for threshold in _GRID:
        for party_threshold in (t for t in _GRID if t <= threshold):
            totals = [0, 0, 0, 0]
            for k, m in models:
                held = [a for i, a in enumerate(articles) if i % len(models) == k]
                model = LeaderModel(m.weights, m.bias, threshold, party_threshold)
                totals = [t + p for t, p in zip(totals, _evaluate(held, model), strict=True)]
            tp, fp, missing, wrong = totals
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / missing if missing else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            few = wrong <= _NON_LEADERS_PER_ARTICLE * len(articles)
            if precision >= _PRECISION_FLOOR and few and f1 > best[2]:
                best = (threshold, party_threshold, f1)
                print(
                    f"thresholds {threshold:.2f}/{party_threshold:.2f}: P={precision:.3f} "
                    f"R={recall:.3f} F1={f1:.3f} non-leaders {wrong}"
                )
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=Path("tests/data/real_gold_dev.jsonl"))
    ap.add_argument("--scorer", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    articles = _articles(args.gold, _scorer(args.scorer))
    threshold, party_threshold, f1 = _thresholds(articles, _cross_validated(articles))
    rows = [_features(c) for cands, _, _ in articles for c in cands]
    labels = [int(c.features["_y"]) for cands, _, _ in articles for c in cands]
    final = _fit(rows, labels, _weights(articles))
    data: dict[str, Any] = {
        "about": "leader model: logistic weights over (person, state) pair features; "
        "rebuilt by `make leader-model`",
        "trained_on": str(args.gold), "pairs": len(rows), "positives": sum(labels),
        "cv_f1": round(f1, 3), "threshold": threshold, "party_threshold": party_threshold,
        "bias": final.bias, "weights": dict(sorted(final.weights.items())),
    }  # fmt: skip
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} pairs, {sum(labels)} positive, thresholds "
          f"{threshold}/{party_threshold}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
