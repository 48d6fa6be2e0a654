"""`/v1/graph/*` and `POST /v1/cypher` against the real server, with the sample graph."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.settings import Settings
from tests.conftest import make_client
from tests.sample_graph import (
    BRUCE,
    COULTER,
    CREAMER,
    DARCHIEV,
    DARCHIEV_STATEMENTS,
    ROUND1,
    ROUND2,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

pytestmark = pytest.mark.usefixtures("sample_graph")


@pytest.fixture
def open_client(settings: Settings) -> Iterator[TestClient]:
    """A client on an API with no key configured (an empty variable still counts as one)."""
    with make_client(settings.model_copy(update={"api_key": None})) as client:
        yield client


def test_neighborhood_of_darchiev(client: TestClient) -> None:
    response = client.get(f"/v1/graph/neighborhood/{DARCHIEV}")
    assert response.status_code == 200, response.text
    body = response.json()
    ids = [n["id"] for n in body["nodes"]]
    assert ids[0] == DARCHIEV
    assert set(ids[1:]) == {
        "country:RU",
        "delegation:ru-us:2025:r1:ru",
        "delegation:ru-us:2025:r2:ru",
        *DARCHIEV_STATEMENTS,
    }
    assert {(e["type"], e["target"]) for e in body["edges"]} == {
        ("LED_BY", DARCHIEV),
        ("HOLDS_POSITION", "country:RU"),
        ("REPRESENTS", "country:RU"),
        *(("SPOKE", s) for s in DARCHIEV_STATEMENTS),
    }
    assert body["truncated"] is False
    assert "search_text" not in body["nodes"][0]["properties"]


def test_deeper_neighborhood_reaches_the_meetings_and_is_bounded(client: TestClient) -> None:
    deep = client.get(f"/v1/graph/neighborhood/{DARCHIEV}", params={"depth": 2}).json()
    assert {ROUND1, ROUND2, "country:RU"} <= {n["id"] for n in deep["nodes"]}
    small = client.get(f"/v1/graph/neighborhood/{DARCHIEV}", params={"depth": 3, "limit": 2}).json()
    assert len(small["nodes"]) == 3 and small["truncated"] is True
    kept = {n["id"] for n in small["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in small["edges"])


def test_articles_only_on_request(client: TestClient) -> None:
    plain = client.get(f"/v1/graph/neighborhood/{BRUCE}").json()
    with_articles = client.get(f"/v1/graph/neighborhood/{BRUCE}", params={"articles": True}).json()
    assert not any(n["label"] == "Article" for n in plain["nodes"])
    assert any(n["label"] == "Article" for n in with_articles["nodes"])


def test_path_between_the_two_leaders_of_round_two(client: TestClient) -> None:
    response = client.get("/v1/graph/path", params={"from": DARCHIEV, "to": COULTER})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["found"] is True
    ids = [n["id"] for n in body["nodes"]]
    assert ids[0] == DARCHIEV and ids[-1] == COULTER and len(ids) == 5
    assert len(body["edges"]) == 4


def test_no_path_within_the_bound_and_unknown_ends(client: TestClient) -> None:
    far = client.get("/v1/graph/path", params={"from": DARCHIEV, "to": CREAMER, "max_depth": 2})
    assert far.json() == {"found": False, "nodes": [], "edges": []}
    same = client.get("/v1/graph/path", params={"from": DARCHIEV, "to": DARCHIEV}).json()
    assert [n["id"] for n in same["nodes"]] == [DARCHIEV]
    for params in ({"from": "person:nobody", "to": DARCHIEV}, {"from": DARCHIEV, "to": "zz:1"}):
        assert client.get("/v1/graph/path", params=params).status_code == 404
    assert client.get("/v1/graph/neighborhood/person:nobody").status_code == 404
    assert client.get(f"/v1/graph/neighborhood/{DARCHIEV}", params={"depth": 4}).status_code == 422


def test_cypher_reads_with_parameters(open_client: TestClient) -> None:
    query = (
        "MATCH (d:Delegation)-[:LED_BY]->(p:Person {id: $id}) "
        "RETURN d.id AS delegation, p ORDER BY delegation"
    )
    response = open_client.post("/v1/cypher", json={"query": query, "parameters": {"id": DARCHIEV}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["delegation", "p"]
    assert [r["delegation"] for r in body["rows"]] == [
        "delegation:ru-us:2025:r1:ru",
        "delegation:ru-us:2025:r2:ru",
    ]
    assert body["rows"][0]["p"]["properties"]["name"] == "Alexander Darchiev"


def test_cypher_has_a_row_limit(open_client: TestClient) -> None:
    body = open_client.post(
        "/v1/cypher", json={"query": "UNWIND range(1, 5000) AS i RETURN i"}
    ).json()
    assert len(body["rows"]) == 1000 and body["truncated"] is True


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Person {id: 'person:intruder'}) RETURN n",
        "MATCH (n) DETACH DELETE n",
        "MATCH (p:Person) SET p.name = 'x'",
        "LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row",
        "CALL dbms.listConfig()",
    ],
)
def test_cypher_refuses_writes_with_a_403(
    open_client: TestClient, client: TestClient, query: str
) -> None:
    response = open_client.post("/v1/cypher", json={"query": query})
    assert response.status_code == 403, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert client.get(f"/v1/people/{DARCHIEV}").json()["name"] == "Alexander Darchiev"
    assert client.get("/v1/people/person:intruder").status_code == 404


def test_cypher_syntax_error_is_a_422_naming_query(open_client: TestClient) -> None:
    response = open_client.post("/v1/cypher", json={"query": "RETURN 1 +"})
    assert response.status_code == 422
    assert response.json()["parameter"] == "query"


def test_cypher_needs_the_api_key_when_configured(settings: Settings) -> None:
    keyed = settings.model_copy(update={"api_key": SecretStr("s3cret")})
    with make_client(keyed) as client:
        body = {"query": "RETURN 1 AS one"}
        assert client.post("/v1/cypher", json=body).status_code == 401
        wrong = client.post("/v1/cypher", json=body, headers={"X-API-Key": "nope"})
        assert wrong.status_code == 401
        right = client.post("/v1/cypher", json=body, headers={"X-API-Key": "s3cret"})
        assert right.status_code == 200
        assert right.json()["rows"] == [{"one": 1}]
