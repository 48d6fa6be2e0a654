"""The two laws of ingest, on the real Neo4j: the same articles in any order make the same graph
(every node, relationship and property but timestamps), and ingesting A and B then retracting B
gives the graph of A alone. On the samples (two reports of one meeting that disagree on its
kind, venue, duration and titles) and a few hundred synthetic articles."""

from __future__ import annotations

import json
import sys

import pytest
from neo4j import Driver

from app.settings import Settings
from ingest.service.service import ArticleInput
from tests.graph_dump import assert_same, dump
from tests.ingest_helpers import ROOT, SAMPLES, graph_of, retract_all

sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import articles

SYNTHETIC = 240


def _samples() -> list[ArticleInput]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    return [ArticleInput.model_validate(json.loads(line)) for line in lines]


@pytest.fixture(scope="module")
def corpus() -> list[ArticleInput]:
    return _samples() + [ArticleInput.model_validate(r) for r in articles(SYNTHETIC, seed=11)]


def test_the_order_of_articles_does_not_change_the_graph(
    driver: Driver, settings: Settings, corpus: list[ArticleInput]
) -> None:
    forward = graph_of(driver, settings, corpus)
    backward = graph_of(driver, settings, list(reversed(corpus)))
    assert_same(forward, backward)
    # One by one, so no two reports of the meeting are ever in flight together.
    samples = _samples()
    one_by_one = graph_of(driver, settings, *([a] for a in samples))
    reverse_one_by_one = graph_of(driver, settings, *([a] for a in reversed(samples)))
    assert_same(one_by_one, reverse_one_by_one)
    assert one_by_one["nodes"]["meeting:ru-us:2025:r2"]


def test_retracting_b_gives_the_graph_of_a_alone(
    driver: Driver, settings: Settings, corpus: list[ArticleInput]
) -> None:
    a, b = corpus[::2], corpus[1::2]
    with_b = graph_of(driver, settings, a, b)
    retract_all(settings, b)
    assert_same(dump(driver), graph_of(driver, settings, a))
    assert with_b != dump(driver)


def test_retracting_the_english_report_gives_the_dutch_reports_facts(
    driver: Driver, settings: Settings
) -> None:
    """The meeting, its people and their titles fall back to what the Dutch report says."""
    dutch, english = _samples()[:2]
    assert (dutch.language, english.language) == ("nl", "en")
    graph_of(driver, settings, [english], [dutch])
    retract_all(settings, [english])
    assert_same(dump(driver), graph_of(driver, settings, [dutch]))
