"""The shipped leader model: logistic weights over (person, state) pair features, and the decision
that turns scored pairs into leaders."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.models import Person

MODEL_PATH = Path(__file__).with_name("leader_model.json")


@dataclass
class Candidate:
    person: Person
    country: str
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


@dataclass(frozen=True)
class LeaderModel:
    """Logistic weights, and two thresholds: a pair whose state is a party to the article's main
    meeting fills a side that surely exists, so it needs less evidence (`party_threshold`)
    than a pair for any other state (`threshold`)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    party_threshold: float

    def probability(self, features: dict[str, float]) -> float:
        weight = self.weights.get  # a list sums faster than a generator, in the same order
        z = self.bias + sum([weight(k, 0.0) * v for k, v in features.items()])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def score(self, cands: list[Candidate]) -> None:
        """Each pair's probability of leading its side, in `score`."""
        for cand in cands:
            cand.score = self.probability(cand.features)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LeaderModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LeaderModel(
        dict(data["weights"]), float(data["bias"]), float(data["threshold"]),
        float(data["party_threshold"]),
    )  # fmt: skip


def choose(
    cands: list[Candidate], taken: set[str], threshold: float, party_threshold: float
) -> list[Candidate]:
    """The scored pairs that clear their threshold, best first: one side per person, one leader
    per state."""
    chosen: list[Candidate] = []
    used: set[str] = set()
    for cand in sorted(cands, key=lambda c: (-c.score, c.person.id, c.country)):
        side = cand.features.get("main_party", 0.0) > 0
        if cand.score < (party_threshold if side else threshold):
            continue
        if cand.country in taken or cand.person.id in used:
            continue
        chosen.append(cand)
        taken.add(cand.country)
        used.add(cand.person.id)
    return chosen


def decide(cands: list[Candidate], taken: set[str], model: LeaderModel) -> list[Candidate]:
    """The pairs the model accepts, best first: one side per person, one leader per state."""
    model.score(cands)
    return choose(cands, taken, model.threshold, model.party_threshold)
