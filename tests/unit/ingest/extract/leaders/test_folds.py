"""The leader model's folds (the stacked stage's inner folds and the cross-validation
partitions) follow each article's id, not its position in the dev part: a rule that adds or
drops one article's pairs must not redraw every other article's fold, or a refit moves the
model by more than the rule is worth."""

from __future__ import annotations

import random

import pytest

from ingest.extract.leaders.model import Candidate
from ingest.extract.train_leaders import _Article, fit_model, partitions
from ingest.models import Person


def _article(i: int, rng: random.Random) -> _Article:
    """Two pairs with noisy features: which is the leader only one feature half tells."""
    cands = []
    for role, leads in (("lead", True), ("aide", False)):
        person = Person(id=f"person:{role}{i}", name=f"{role.title()} {i}")
        features = {
            "main_party": 1.0,
            "named": float(leads) if rng.random() < 0.7 else float(not leads),
            "noise": rng.random(),
            "_y": float(leads),
            "_n": 0.0,
        }
        cands.append(Candidate(person, "US" if leads else "RU", features, 0.0))
    return _Article(cands, set(), 1, f"article-{i}")


def _articles(n: int) -> list[_Article]:
    rng = random.Random(7)
    return [_article(i, rng) for i in range(n)]


def test_an_articles_folds_do_not_depend_on_the_order_or_the_other_articles() -> None:
    articles = _articles(23)
    shuffled = articles[1:]
    random.Random(3).shuffle(shuffled)
    before = [dict(zip((a.key for a in articles), p, strict=True)) for p in partitions(articles)]
    after = [dict(zip((a.key for a in shuffled), p, strict=True)) for p in partitions(shuffled)]
    for old, new in zip(before, after, strict=True):
        assert all(old[key] == fold for key, fold in new.items())
    # Each partition is its own draw: not the same folds five times.
    assert len({tuple(p) for p in partitions(articles)}) > 1


def test_the_stacked_stage_does_not_depend_on_the_order_of_the_articles() -> None:
    articles = _articles(23)
    shuffled = list(articles)
    random.Random(5).shuffle(shuffled)
    first, second = fit_model(articles), fit_model(shuffled)
    assert first.context is not None and second.context is not None
    assert second.context[0] == pytest.approx(first.context[0], abs=1e-3)
    assert second.context[1] == pytest.approx(first.context[1], abs=1e-3)
