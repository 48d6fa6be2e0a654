"""The compose deployment cannot run here (no Docker engine); hold its invariants by reading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_neo4j_service_uses_the_official_lts_image_with_auth_and_healthcheck() -> None:
    neo4j = _compose()["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD:?")
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert any(v.endswith(":/data") for v in neo4j["volumes"])


def test_api_waits_for_a_healthy_neo4j_and_takes_secrets_from_the_env_file() -> None:
    compose = _compose()
    api = compose["services"]["api"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["build"] == "."
    env = api["environment"]
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["DIPGRAPH_ENV"] == "production"
    for secret in ("NEO4J_PASSWORD", "DIPGRAPH_API_KEY"):
        assert env[secret].startswith("${" + secret + ":?")
        assert secret in (ROOT / "deploy.env.example").read_text()


def test_dockerfile_serves_the_packaged_app() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'CMD ["dipgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]' in dockerfile
    for package in ("app", "graph_schema", "ingest"):
        assert f"COPY {package} ./{package}" in dockerfile


def test_neo4j_service_bounds_every_transaction_like_the_local_server() -> None:
    env = _compose()["services"]["neo4j"]["environment"]
    for setting in (
        "NEO4J_db_transaction_timeout",
        "NEO4J_db_memory_transaction_max",
        "NEO4J_dbms_memory_transaction_total_max",
    ):
        assert env[setting].startswith("${NEO4J_TX_"), setting
