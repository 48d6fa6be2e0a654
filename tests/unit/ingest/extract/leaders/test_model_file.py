"""The shipped leader model is what `make leader-model` fits on today's code: the pairs it was
fitted on are the pairs the extractor proposes now. A rule change that adds or drops candidate
pairs leaves the file fitted on other features' inputs; this test says so."""

from __future__ import annotations

import json

import pytest

from ingest.extract.leaders.model import MODEL_PATH
from ingest.extract.train_leaders import labelled_articles, scorer
from tests.gold import REAL_DEV_PATH
from tests.unit.ingest.extract.test_gold_floors import SCORER


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,  # a missing scorer or gold file is an error, not this known failure
    reason="the shipped file was fitted before the call-clause and credentials rules (round 33) "
    "changed the candidate pairs (8512 then, 8535 now); the refit on today's code named more "
    "non-leaders and did not land (docs/extraction-quality.md, rounds 35-38). A refit that lands "
    "makes this pass: then drop the mark.",
)
def test_the_model_file_was_fitted_on_the_pairs_the_code_proposes() -> None:
    articles = labelled_articles(REAL_DEV_PATH, scorer(SCORER.parent))
    pairs = sum(len(cands) for cands, _, _ in articles)
    positives = sum(int(c.features["_y"]) for cands, _, _ in articles for c in cands)
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert (pairs, positives) == (shipped["pairs"], shipped["positives"])
