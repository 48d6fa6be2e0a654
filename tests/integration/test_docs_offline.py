"""/docs and /redoc work with no internet, and the OpenAPI document is complete and true."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from app.settings import Settings
from tests.samples_fixture import load_samples

ID_EXAMPLE = re.compile(
    r'"((?:article|country|person|org|place|meeting|delegation|statement|topic|property):[^"\\]+)\\?"'
)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return create_app().openapi()


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            yield method, path, op


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_their_assets_from_the_api_not_a_cdn(client: TestClient, page: str) -> None:
    html = client.get(page).text
    scripts = re.findall(r'src="([^"]+)"', html) + re.findall(r'href="([^"]+\.css)"', html)
    assert scripts, html
    for url in scripts:
        assert url.startswith("/"), f"{page} loads {url} from elsewhere"
        response = client.get(url)
        assert response.status_code == 200, url
        assert len(response.content) > 10_000, url


def test_every_operation_has_one_tag(spec: dict[str, Any]) -> None:
    for method, path, op in _operations(spec):
        assert len(op.get("tags", [])) == 1, f"{method} {path}: {op.get('tags')}"


def test_every_parameter_is_described(spec: dict[str, Any]) -> None:
    for method, path, op in _operations(spec):
        for param in op.get("parameters", []):
            described = param.get("description") or param.get("schema", {}).get("description")
            assert described, f"{method} {path}: parameter {param['name']!r} has no description"


@pytest.mark.neo4j
def test_example_ids_are_ids_the_writer_made_from_the_samples(
    spec: dict[str, Any], driver: Driver, settings: Settings
) -> None:
    load_samples(driver, settings)
    examples = set(ID_EXAMPLE.findall(json.dumps(spec, ensure_ascii=False)))
    assert len(examples) >= 8
    records, _, _ = driver.execute_query(
        "UNWIND $ids AS id OPTIONAL MATCH (n {id: id}) WITH id, n WHERE n IS NULL RETURN id",
        ids=sorted(examples),
    )
    assert [r["id"] for r in records] == []
