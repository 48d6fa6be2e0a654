"""The second stage of the leader model reads each pair's place among the article's pairs
(`model.context_rows`), and a model with that stage scores through it (`LeaderModel.score`)."""

from __future__ import annotations

import math

from ingest.extract.leaders.model import Candidate, LeaderModel, context_rows
from ingest.models import Person


def _pair(name: str, country: str, *, party: bool = False, spoke: float = 0.0) -> Candidate:
    person = Person(id=f"person:{name.lower()}", name=name)
    features = {"main_party": float(party), "spoke": spoke, "_y": 1.0}
    return Candidate(person, country, features)


def test_each_row_says_whether_the_pair_is_best_of_its_state_and_by_how_much() -> None:
    cands = [_pair("Rubio", "US", party=True), _pair("Witkoff", "US", party=True),
             _pair("Lavrov", "RU", party=True), _pair("Rubio", "UA")]  # fmt: skip
    rows = context_rows(cands, [2.0, 0.5, 1.0, -1.0])
    rubio, witkoff, lavrov, rubio_ua = rows
    assert (rubio["ctx_top_state"], rubio["ctx_margin_state"]) == (1.0, 1.5)
    assert (witkoff["ctx_top_state"], witkoff["ctx_margin_state"]) == (0.0, -1.5)
    assert lavrov["ctx_top_state"] == 1.0 and lavrov["ctx_margin_state"] == 0.0  # alone
    assert rubio_ua["ctx_top_person"] == 0.0 and rubio["ctx_top_person"] == 1.0


def test_the_other_side_is_the_best_logit_of_another_party_state_only() -> None:
    cands = [_pair("Rubio", "US", party=True), _pair("Lavrov", "RU", party=True),
             _pair("Erdogan", "TR")]  # fmt: skip
    rubio, lavrov, erdogan = context_rows(cands, [2.0, 1.0, 3.0])
    assert rubio["ctx_other_side"] == 1.0  # Turkey is no party: its 3.0 does not count
    assert lavrov["ctx_other_side"] == 2.0
    assert erdogan["ctx_other_side"] == 2.0


def test_rows_keep_the_pair_features_but_not_the_training_labels() -> None:
    (row,) = context_rows([_pair("Lavrov", "RU", party=True, spoke=1.0)], [0.3])
    assert row["spoke"] == 1.0 and row["ctx_logit"] == 0.3
    assert "_y" not in row


def test_a_model_with_a_context_stage_scores_through_it() -> None:
    first = {"spoke": 1.0}
    second = ({"ctx_top_state": 2.0}, -1.0)
    model = LeaderModel(first, 0.0, 0.5, 0.5, second)
    cands = [_pair("Lavrov", "RU", party=True, spoke=1.0), _pair("Ryabkov", "RU", party=True)]
    model.score(cands)
    top, other = (c.score for c in cands)
    assert math.isclose(top, 1 / (1 + math.exp(-1.0)))  # best of its state: 2.0 - 1.0
    assert math.isclose(other, 1 / (1 + math.exp(1.0)))  # not best: the bias alone
