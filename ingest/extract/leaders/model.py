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


def pair_rank(cand: Candidate) -> tuple[float, str]:
    """The order in which the rules after the model take a state's best pair: the score, then
    the person's id, so ties fall the same way in every run."""
    return (cand.score, cand.person.id)


_LOGIT_LIMIT = 30.0  # beyond it every pair is surely in or surely out


@dataclass(frozen=True)
class LeaderModel:
    """Logistic weights, and two thresholds: a pair whose state is a party to the article's main
    meeting fills a side that surely exists, so it needs less evidence (`party_threshold`)
    than a pair for any other state (`threshold`).

    With `context` (a second stage's weights and bias) each pair is scored again from its own
    features, its first-stage logit and its place among the article's pairs (`context_rows`):
    the best of its state by a wide margin, or the side facing a state whose head is already
    clear, leads more often than its own features say."""

    weights: dict[str, float]
    bias: float
    threshold: float
    party_threshold: float
    context: tuple[dict[str, float], float] | None = None

    def logit(self, features: dict[str, float]) -> float:
        weight = self.weights.get  # a list sums faster than a generator, in the same order
        # Most features of a pair are 0 (about 70%): their terms add nothing to a finite sum,
        # so they are skipped rather than looked up and multiplied.
        z = self.bias + sum([weight(k, 0.0) * v for k, v in features.items() if v])
        return max(-_LOGIT_LIMIT, min(_LOGIT_LIMIT, z))

    def probability(self, features: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(features)))

    def score(self, cands: list[Candidate]) -> None:
        """Each pair's probability of leading its side, in `score`."""
        if self.context is None:
            for cand in cands:
                cand.score = self.probability(cand.features)
            return
        second = LeaderModel(*self.context, self.threshold, self.party_threshold)
        rows = context_rows(cands, [self.logit(c.features) for c in cands])
        for cand, row in zip(cands, rows, strict=True):
            cand.score = second.probability(row)


def pair_inputs(features: dict[str, float]) -> dict[str, float]:
    """A pair's features without the trainer's labels (`_y`, `_n`)."""
    return {k: v for k, v in features.items() if not k.startswith("_")}


def context_rows(cands: list[Candidate], logits: list[float]) -> list[dict[str, float]]:
    """The second stage's inputs: each pair's features with its first-stage logit, whether it
    is the best of its state and by how much, whether it is the best of its person's pairs,
    and the best logit of another state that is a party to the main meeting."""
    by_state: dict[str, list[float]] = {}
    by_person: dict[str, float] = {}
    parties: dict[str, float] = {}
    for cand, z in zip(cands, logits, strict=True):
        by_state.setdefault(cand.country, []).append(z)
        by_person[cand.person.id] = max(z, by_person.get(cand.person.id, -_LOGIT_LIMIT))
        if cand.features.get("main_party", 0.0) > 0:
            parties[cand.country] = max(z, parties.get(cand.country, -_LOGIT_LIMIT))
    for scores in by_state.values():
        scores.sort(reverse=True)
    rows = []
    for cand, z in zip(cands, logits, strict=True):
        state = by_state[cand.country]
        top = z >= state[0]
        rival = state[1] if top and len(state) > 1 else state[0]
        other = max([s for c, s in parties.items() if c != cand.country], default=-_LOGIT_LIMIT)
        row = pair_inputs(cand.features)
        row.update(
            ctx_logit=z, ctx_top_state=float(top), ctx_margin_state=z - rival,
            ctx_top_person=float(z >= by_person[cand.person.id]), ctx_other_side=other,
        )  # fmt: skip
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LeaderModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    context = data.get("context")
    return LeaderModel(
        dict(data["weights"]), float(data["bias"]), float(data["threshold"]),
        float(data["party_threshold"]),
        (dict(context["weights"]), float(context["bias"])) if context else None,
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
