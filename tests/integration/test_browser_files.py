"""The Neo4j Browser files: a style for every label, and ready queries that run and answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from neo4j import Driver

from app.settings import Settings
from graph_schema.model import Label, RelType
from tests.sample_graph import (
    COULTER,
    DARCHIEV,
    RECORDS,
    ROUND1,
    ROUND2,
    RU_PROPERTIES,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

BROWSER = Path(__file__).resolve().parents[2] / "neo4j" / "browser"
PARAMS = {"a": "US", "b": "RU", "person": DARCHIEV, "fact": f"delegation:{ROUND2[8:]}:ru"}


def ready_queries() -> list[str]:
    text = (BROWSER / "queries.cypher").read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [q.strip() for q in code.split(";") if q.strip()]


def test_every_label_has_a_colour_and_a_caption() -> None:
    grass = (BROWSER / "dipgraph.grass").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"node\.(\w+) \{(.*?)\n\}", grass, flags=re.DOTALL))
    assert set(blocks) == {str(label) for label in Label}
    for body in blocks.values():
        assert re.search(r"color: #[0-9A-F]{6};", body)
        assert re.search(r"caption: '\{\w+\}';", body)


def test_ready_queries_name_only_schema_labels_and_types() -> None:
    names = {str(x) for x in Label} | {str(x) for x in RelType}
    for query in ready_queries():
        for used in re.findall(r":([A-Z]\w*)", query):
            assert used in names, f"{used} in {query[:60]}"


@pytest.mark.usefixtures("sample_graph")
def test_ready_queries_answer_from_the_sample_graph(driver: Driver, settings: Settings) -> None:
    who_led, rounds, person, properties, articles = [
        driver.execute_query(q, PARAMS, database_=settings.neo4j_database).records
        for q in ready_queries()
    ]
    led = {(r["country"], r["leader"], r["title"], r["date"]) for r in who_led}
    assert ("RU", "Alexander Darchiev", "ambassador to the United States", "2025-04-10") in led
    assert ("US", "Sonata Coulter", "Deputy Assistant Secretary", "2025-02-27") in led
    assert {r["m"]["id"] for r in rounds} == {ROUND1, ROUND2}
    assert {r["p"]["id"] for r in rounds if r["p"] is not None} == {DARCHIEV, COULTER}
    assert person and person[0]["p"]["id"] == DARCHIEV
    assert {r["property"] for r in properties} == {v[0] for v in RU_PROPERTIES.values()}
    assert {r["restricted_by"] for r in properties} == {"US"}
    assert {r["article"] for r in articles} and all(r["url"] for r in articles)
    assert RECORDS["sample-nl-us-ru-istanbul-round2"]["url"] in {r["url"] for r in articles}
