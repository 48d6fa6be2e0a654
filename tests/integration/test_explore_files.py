"""The explorer's files: served from the package, nothing from a CDN, the vendored library at
its pinned version, the same GraSS style as Neo4j Browser's; and the facts behind its panel."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.routers.explore import STATIC
from app.settings import Settings
from tests.conftest import make_client
from tests.samples_fixture import load_samples

ROOT = Path(__file__).resolve().parents[2]


def test_the_page_and_its_assets_come_from_the_api(client: TestClient) -> None:
    html = client.get("/explore").text
    for text in (html, (STATIC / "explore.js").read_text(), (STATIC / "explore.css").read_text()):
        assert not re.search(r"https?://", text), "the explorer must not load from elsewhere"
    for url in re.findall(r'(?:src|href)="(/explore/[^"]+)"', html):
        assert client.get(url).status_code == 200, url


def test_the_vendored_library_is_the_pinned_version() -> None:
    pinned = re.search(r"CYTOSCAPE_VERSION := (\S+)", (ROOT / "Makefile").read_text())
    assert pinned is not None
    versions = (STATIC / "vendor" / "VERSIONS").read_text()
    assert versions.startswith(f"cytoscape {pinned[1]} sha512-")
    assert (STATIC / "vendor" / "cytoscape.min.js").stat().st_size > 100_000


def test_the_style_is_the_browsers_grass(client: TestClient) -> None:
    browser_style = (ROOT / "neo4j" / "browser" / "dipgraph.grass").read_text(encoding="utf-8")
    assert (STATIC / "dipgraph.grass").read_text(encoding="utf-8") == browser_style
    response = client.get("/explore/dipgraph.grass")
    assert response.text == browser_style
    assert response.headers["access-control-allow-origin"] == "*"


@pytest.mark.neo4j
def test_facts_carry_their_articles_and_sentences(driver: Driver, settings: Settings) -> None:
    load_samples(driver, settings)
    with make_client(settings) as client:
        body = client.get("/v1/graph/facts/person:alexander-darchiev").json()
        missing = client.get("/v1/graph/facts/person:nobody")
    assert body["node"]["name"] == "Alexander Darchiev"
    led = [f for f in body["facts"] if f["type"] == "LED_BY"]
    assert [f["other"]["id"] for f in led] == ["delegation:ru-us:2025:r2:ru"]
    assert not led[0]["outgoing"]
    urls = {s["url"] for s in led[0]["support"]}
    assert "https://samples.dipgraph.dev/en/istanbul-second-round" in urls
    assert all(s["sentences"] for s in led[0]["support"])
    assert missing.status_code == 404
