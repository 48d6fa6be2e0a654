"""A refit on pairs nothing changed writes the same model: the trainer's solver runs to the
optimum (`train_leaders._fit`), so neither a second run nor the order of the articles moves a
weight. Stopped at sklearn's default tolerance, the stacked stage's weights followed the
solver's path: on the dev pairs, shuffling the articles moved one by .078 (this test failed on
that trainer)."""

from __future__ import annotations

import random

from ingest.extract.train_leaders import fit_model, labelled_articles, scorer
from tests.gold import REAL_DEV_PATH
from tests.unit.ingest.extract.test_gold_floors import SCORER


def test_a_refit_on_the_dev_pairs_does_not_depend_on_their_order() -> None:
    articles = labelled_articles(REAL_DEV_PATH, scorer(SCORER.parent))
    shuffled = list(articles)
    random.Random(11).shuffle(shuffled)
    first, second = fit_model(articles), fit_model(shuffled)
    assert first == second
    assert fit_model(articles) == first
