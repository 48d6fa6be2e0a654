"""Liveness, readiness and the driver's life cycle, against the real server."""

from __future__ import annotations

import pytest

from app.settings import Settings
from tests.conftest import make_client


def test_health_is_up_without_neo4j(settings: Settings) -> None:
    unreachable = settings.model_copy(update={"neo4j_uri": "bolt://127.0.0.1:9"})
    with make_client(unreachable) as client:
        response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_with_neo4j_up(settings: Settings) -> None:
    with make_client(settings) as client:
        response = client.get("/ready")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ready"
    assert body["schema_version"] == body["schema_current"] >= 1


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:9", "neo4j://127.0.0.1:9"])
def test_ready_is_a_503_problem_when_neo4j_is_unreachable(settings: Settings, uri: str) -> None:
    unreachable = settings.model_copy(update={"neo4j_uri": uri, "neo4j_connection_timeout_s": 1.0})
    with make_client(unreachable) as client:
        response = client.get("/ready")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 503
    assert problem["instance"] == "/ready"
    assert "Neo4j" in problem["detail"]


def test_routing_uri_works_against_a_single_server(settings: Settings) -> None:
    routed = settings.model_copy(
        update={"neo4j_uri": settings.neo4j_uri.replace("bolt://", "neo4j://")}
    )
    with make_client(routed) as client:
        assert client.get("/ready").status_code == 200


def test_driver_is_closed_on_shutdown(settings: Settings) -> None:
    client = make_client(settings)
    with client:
        driver = client.app.state.driver  # type: ignore[attr-defined]
        assert driver is not None
    assert client.app.state.driver is None  # type: ignore[attr-defined]
    # The 5.x driver warns (6.x raises) when a closed driver is used: either proves it was closed.
    with pytest.warns(DeprecationWarning, match="closed"):
        driver.session()


def test_unknown_route_is_a_problem(client: object) -> None:
    response = client.get("/no-such-thing")  # type: ignore[attr-defined]
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_a_query_endpoint_is_a_503_problem_when_neo4j_is_unreachable(settings: Settings) -> None:
    unreachable = settings.model_copy(
        update={
            "neo4j_uri": "bolt://127.0.0.1:9",
            "neo4j_connection_timeout_s": 1.0,
            "neo4j_retry_time_s": 1.0,
        }
    )
    with make_client(unreachable) as client:
        response = client.get("/v1/delegations")
        write = client.post("/v1/articles", json={"text": "De VS en Rusland spraken in Genève."})
    for answer in (response, write):
        assert answer.status_code == 503
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert answer.json()["type"].endswith("/neo4j-unavailable")
