"""The two laws of ingest on real articles, against the real Neo4j: the reports of one event in
two to four languages (the `-grp-` groups of the dev gold) and a few other dev articles, in
several orders, one at a time and concurrently, give one graph; retracting some of them gives
the graph of the rest. Real reports name one person in several spellings ('Sergej Lawrow',
'Sergei Lavrov') or by surname alone, which the synthetic corpus never does: an id that looked
at the people already stored made the graph depend on the order (`person:baerbock` or
`person:annalena-baerbock`)."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

import pytest
from neo4j import Driver

from app.settings import Settings
from ingest.service.service import ArticleInput
from tests.graph_dump import assert_same, dump
from tests.ingest_helpers import ROOT, graph_of, ingest, retract_all, rows

DEV_GOLD = ROOT / "tests" / "data" / "real_gold_dev.jsonl"
OTHERS = 8  # dev articles outside the groups, spread over the file


def _article(record: dict[str, Any]) -> ArticleInput:
    return ArticleInput(
        text=record["text"],
        language=record["language"],
        published=record["published"],
        url=record["url"],
        id=record["id"],
    )


@pytest.fixture(scope="module")
def corpus() -> list[ArticleInput]:
    records = [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines()]
    groups = [r for r in records if "-grp-" in r["id"]]
    others = [r for r in records if "-grp-" not in r["id"]]
    assert len(groups) >= 10, "the dev gold has lost its same-event groups"
    return [_article(r) for r in groups + others[:: len(others) // OTHERS][:OTHERS]]


def _one_by_one(articles: Sequence[ArticleInput]) -> list[list[ArticleInput]]:
    return [[a] for a in articles]


def _languages_per_person(driver: Driver) -> int:
    """The most languages that name one person: spellings and surnames did meet."""
    found = rows(
        driver,
        "MATCH (a:Article)-[:MENTIONS]->(p:Person) "
        "WITH p, count(DISTINCT a.language) AS n RETURN max(n) AS n",
    )
    return int(found[0]["n"] or 0)


def test_real_reports_in_any_order_give_one_graph(
    driver: Driver, settings: Settings, corpus: list[ArticleInput]
) -> None:
    together = graph_of(driver, settings, corpus)
    assert _languages_per_person(driver) >= 3
    backward = graph_of(driver, settings, *_one_by_one(corpus[::-1]))
    assert_same(together, backward)
    shuffled = random.Random(3).sample(corpus, len(corpus))
    assert_same(together, graph_of(driver, settings, *_one_by_one(shuffled)))


def test_retracting_real_reports_gives_the_graph_of_the_rest(
    driver: Driver, settings: Settings, corpus: list[ArticleInput]
) -> None:
    # Every other report, so most events keep one report and lose another.
    kept, dropped = corpus[::2], corpus[1::2]
    graph_of(driver, settings, *_one_by_one(dropped[:3]), kept, dropped[3:])
    retract_all(settings, dropped)
    after = dump(driver)
    assert_same(after, graph_of(driver, settings, kept))
    # Ingesting the dropped reports again restores the graph of all of them.
    report = ingest(settings, *dropped)
    assert not report.failed and report.new == len(dropped)
    assert_same(dump(driver), graph_of(driver, settings, corpus))
