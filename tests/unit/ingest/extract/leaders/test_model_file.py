"""The shipped leader model is what `make leader-model` fits on today's code: the pairs it was
fitted on are the pairs the extractor proposes now. A rule change that adds or drops candidate
pairs leaves the file fitted on other features' inputs; this test says so."""

from __future__ import annotations

import json

from ingest.extract.leaders.model import MODEL_PATH
from ingest.extract.train_leaders import labelled_articles, scorer
from tests.gold import REAL_DEV_PATH
from tests.unit.ingest.extract.test_gold_floors import SCORER


def test_the_model_file_was_fitted_on_the_pairs_the_code_proposes() -> None:
    articles = labelled_articles(REAL_DEV_PATH, scorer(SCORER.parent))
    pairs = sum(len(a.cands) for a in articles)
    positives = sum(int(c.features["_y"]) for a in articles for c in a.cands)
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert (pairs, positives) == (shipped["pairs"], shipped["positives"])
