"""Writes wait for the schema, and duplicates left by writes without it are named and merged.

These tests take the schema away from the test graph and give it back at the end."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.db import open_driver
from app.settings import Settings
from graph_schema import guard
from graph_schema.apply import apply_migrations
from graph_schema.model import Label
from tests.conftest import make_client, wipe_graph
from tests.graph_dump import differences, dump
from tests.ingest_helpers import SAMPLES, ingest, rows, sample

DIPGRAPH = str(Path(sys.executable).with_name("dipgraph"))
FORGET_MIGRATIONS = f"MATCH (m:{Label.SCHEMA_MIGRATION}) DELETE m"
# What concurrent writes without constraints left behind in the issue: a country on two nodes.
DROP_COUNTRY_CONSTRAINTS = (
    "DROP CONSTRAINT country_id_unique",
    "DROP CONSTRAINT country_code_unique",
)
DOUBLE_RUSSIA = "MATCH (c:Country {id: 'country:RU'}) CREATE (d:Country) SET d = properties(c)"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DIPGRAPH, *args], capture_output=True, text=True, env=os.environ, check=False
    )


def _reapply(settings: Settings) -> None:
    async def run() -> None:
        async with open_driver(settings) as drv:
            await apply_migrations(drv, database=settings.neo4j_database)

    asyncio.run(run())
    guard.forget()


@pytest.fixture
def no_schema(clean_graph: Driver, settings: Settings) -> Iterator[Driver]:
    clean_graph.execute_query(FORGET_MIGRATIONS)
    guard.forget()
    yield clean_graph
    wipe_graph(clean_graph, settings)
    _reapply(settings)


def test_ingest_and_retract_refuse_a_graph_without_the_schema(no_schema: Driver) -> None:
    for args in (("ingest", "--quiet", str(SAMPLES)), ("retract", "article:0000000000000000")):
        done = _cli(*args)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1
        assert "dipgraph schema apply" in done.stderr
    assert rows(no_schema, "MATCH (n) RETURN count(n) AS c")[0]["c"] == 0


def test_write_endpoints_refuse_a_graph_without_the_schema(
    no_schema: Driver, settings: Settings
) -> None:
    """(An API that applies the schema at start, the default, never gets here.)"""
    with make_client(settings.model_copy(update={"apply_schema_on_start": False})) as client:
        _refused_by_the_api(client)
    assert rows(no_schema, "MATCH (n) RETURN count(n) AS c")[0]["c"] == 0


def _refused_by_the_api(client: TestClient) -> None:
    for method, path, body in (
        ("POST", "/v1/articles", {"text": "Talks in Istanbul."}),
        ("POST", "/v1/articles/bulk", {"articles": [{"text": "Talks in Istanbul."}]}),
        ("DELETE", "/v1/articles/article:0000000000000000", None),
    ):
        response = client.request(method, path, json=body)
        assert response.status_code == 503, (path, response.text)
        assert "dipgraph schema apply" in response.json()["detail"]


def test_apply_names_duplicates_and_repair_merges_them(
    clean_graph: Driver, settings: Settings
) -> None:
    english, dutch = (
        sample("sample-en-us-ru-istanbul-round2"),
        sample("sample-nl-us-ru-istanbul-round2"),
    )
    ingest(settings, english)
    try:
        for statement in DROP_COUNTRY_CONSTRAINTS:
            clean_graph.execute_query(statement)
        clean_graph.execute_query(DOUBLE_RUSSIA)
        ingest(settings, dutch)  # its MERGE finds both copies and writes to each
        clean_graph.execute_query(FORGET_MIGRATIONS)
        assert len(rows(clean_graph, "MATCH (c:Country {id: 'country:RU'}) RETURN c")) == 2

        refused = _cli("schema", "apply")
        assert refused.returncode == 2
        assert "country:RU" in refused.stderr and "dipgraph schema repair" in refused.stderr

        repaired = _cli("schema", "repair")
        assert repaired.returncode == 0, repaired.stderr
        assert "merged Country id='country:RU' on 2 nodes" in repaired.stdout
        merged = dump(clean_graph)
    finally:
        wipe_graph(clean_graph, settings)
        _reapply(settings)
    ingest(settings, english)
    ingest(settings, dutch)
    assert not differences(merged, dump(clean_graph))
