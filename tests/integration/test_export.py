"""Exports: PLOVER JSON lines, GraphML (read back by networkx) and CSV, on the API and the CLI,
over the sample articles loaded through the real pipeline."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.cli import main
from app.export import plover, source
from app.settings import Settings
from tests.conftest import make_client
from tests.sample_graph import PARIS
from tests.samples_fixture import load_samples

pytestmark = pytest.mark.neo4j
ROUND2 = "meeting:ru-us:2025:r2"
DARCHIEV = "person:alexander-darchiev"


@pytest.fixture(scope="module")
def api(driver: Driver, settings: Settings) -> Iterator[TestClient]:
    load_samples(driver, settings)
    with make_client(settings) as client:
        yield client


def value(driver: Driver, query: str) -> Any:
    records, _, _ = driver.execute_query(query)
    return records[0][0]


def count(driver: Driver, query: str) -> int:
    return int(value(driver, query))


def graph_counts(driver: Driver, *, articles: bool) -> tuple[int, int]:
    if articles:
        nodes = count(driver, "MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)")
        edges = count(driver, "MATCH ()-[r]->() RETURN count(r)")
    else:
        nodes = count(
            driver, "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:Article RETURN count(n)"
        )
        edges = count(driver, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")
    return nodes, edges


def read_graphml(text: str) -> Any:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")))


@pytest.mark.parametrize("articles", [False, True])
def test_graphml_reads_back_with_the_same_counts(
    api: TestClient, driver: Driver, articles: bool
) -> None:
    response = api.get("/v1/export/graphml", params={"articles": articles})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/graphml+xml")
    graph = read_graphml(response.text)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == graph_counts(
        driver, articles=articles
    )
    assert graph.nodes[DARCHIEV]["label"] == "Alexander Darchiev"
    assert graph.nodes[DARCHIEV]["neo4j_label"] == "Person"


def test_paging_reads_every_node_and_edge_once(
    api: TestClient, driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(source, "PAGE", 3)
    monkeypatch.setattr(plover, "PAGE", 1)
    graph = read_graphml(api.get("/v1/export/graphml").text)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == graph_counts(
        driver, articles=False
    )
    lines = api.get("/v1/export/plover").text.splitlines()
    assert len(lines) == count(driver, "MATCH (m:Meeting) RETURN count(m)")
    assert len({json.loads(line)["event_id"] for line in lines}) == len(lines)


def test_neighbourhood_graphml_matches_the_neighbourhood_view(api: TestClient) -> None:
    view = api.get(f"/v1/graph/neighborhood/{DARCHIEV}", params={"depth": 2, "limit": 500}).json()
    response = api.get("/v1/export/graphml", params={"node": DARCHIEV, "depth": 2})
    graph = read_graphml(response.text)
    assert set(graph.nodes) == {n["id"] for n in view["nodes"]}
    assert graph.number_of_edges() == len(view["edges"])


def test_csv_files_have_every_node_and_edge(api: TestClient, driver: Driver) -> None:
    nodes = list(csv.DictReader(io.StringIO(api.get("/v1/export/csv/nodes").text)))
    edges = list(csv.DictReader(io.StringIO(api.get("/v1/export/csv/edges").text)))
    assert (len(nodes), len(edges)) == graph_counts(driver, articles=False)
    darchiev = next(n for n in nodes if n["id"] == DARCHIEV)
    assert darchiev["label"] == "Alexander Darchiev"
    assert json.loads(darchiev["properties"])["country"] == "RU"
    led = [e for e in edges if e["relationship"] == "LED_BY" and e["target"] == DARCHIEV]
    assert led and json.loads(led[0]["properties"])["sources"]


def test_plover_records_carry_actors_codes_location_and_sources(
    api: TestClient, driver: Driver
) -> None:
    response = api.get("/v1/export/plover")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    records = {r["event_id"]: r for r in map(json.loads, response.text.splitlines())}
    cameo = value(driver, f"MATCH (m:Meeting {{id: '{ROUND2}'}}) RETURN m.cameo")
    talks = records[ROUND2]
    assert talks["event_type"] == "CONSULT"
    assert talks["cameo"] == cameo
    assert talks["event_date"] == "2025-04-10"
    assert talks["event_mode"] == "third-party"  # Istanbul: neither party's country
    assert [a["country"] for a in talks["actors"]] == ["RU", "US"]
    russia = talks["actors"][0]
    assert [p["id"] for p in russia["leaders"]] == [DARCHIEV]
    assert talks["location"]["city"] == "Istanbul"
    assert talks["location"]["country"] == "TR"
    urls = {s["url"] for s in talks["sources"]}
    assert "https://samples.dipgraph.dev/en/istanbul-second-round" in urls
    assert all(s["sentence"] for s in talks["sources"])
    assert records[PARIS]["event_mode"] == "host"


def test_plover_of_a_neighbourhood_keeps_its_meetings(api: TestClient, driver: Driver) -> None:
    """Exactly the meetings within two hops of Darchiev (articles aside): the Istanbul round he
    led, and the earlier round, which shares Russia as a party since earlier rounds carry the
    parties of the round that names them."""
    text = api.get("/v1/export/plover", params={"node": DARCHIEV, "depth": 2}).text
    records, _, _ = driver.execute_query(
        "MATCH (p {id: $id})-[rels*1..2]-(m:Meeting) "
        "WHERE none(r IN rels WHERE type(r) = 'MENTIONS') RETURN DISTINCT m.id AS id",
        {"id": DARCHIEV},
    )
    near = sorted(r["id"] for r in records)
    assert ROUND2 in near
    assert sorted(json.loads(line)["event_id"] for line in text.splitlines()) == near


def test_unknown_node_is_a_404_before_any_byte(api: TestClient) -> None:
    response = api.get("/v1/export/graphml", params={"node": "person:nobody"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_cli_writes_the_three_formats(
    api: TestClient, driver: Driver, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "graphml", "-o", str(tmp_path / "g.graphml")]) == 0
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == graph_counts(
        driver, articles=False
    )
    assert main(["export", "csv", "--node", DARCHIEV, "-o", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "nodes.csv").read_text().startswith("id,label,neo4j_label")
    assert (tmp_path / "csv" / "edges.csv").exists()
    capsys.readouterr()
    assert main(["export", "plover"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == count(driver, "MATCH (m:Meeting) RETURN count(m)")
    assert main(["export", "csv", "--node", "person:nobody"]) == 2
    assert "no node with id 'person:nobody'" in capsys.readouterr().err
