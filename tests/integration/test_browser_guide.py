"""The Neo4j Browser guide: the saved queries as runnable cards, the style from a URL, and the
local server allowed to fetch them; query 3 without warnings on a graph with no member."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.cli import db_home as localdb_home
from app.explore.guide import saved_queries
from app.settings import Settings
from tests.integration.test_browser_files import ready_queries
from tests.samples_fixture import load_samples

ROOT = Path(__file__).resolve().parents[2]


def test_the_guide_has_every_saved_query_as_a_runnable_card(client: TestClient) -> None:
    response = client.get("/explore/guide.html", headers={"Origin": "http://127.0.0.1:7474"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    html = response.text
    assert html.count("<slide") >= 2
    runnable = re.findall(r'<pre class="runnable[^"]*">(.*?)</pre>', html, flags=re.DOTALL)
    assert ":style http://testserver/explore/dipgraph.grass" in runnable
    assert len(saved_queries()) == len(ready_queries()) == 5
    cards = {" ".join(unescape(r).split()).rstrip(";") for r in runnable}
    for query in ready_queries():
        assert " ".join(query.split()) in cards, query[:40]


def test_browser_preflight_is_answered(client: TestClient) -> None:
    response = client.options(
        "/explore/guide.html",
        headers={"Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == "*"


def test_the_packaged_queries_are_the_browser_files() -> None:
    packaged = ROOT / "app" / "explore" / "static" / "queries.cypher"
    original = ROOT / "neo4j" / "browser" / "queries.cypher"
    assert packaged.read_text(encoding="utf-8") == original.read_text(encoding="utf-8")


def test_local_server_allows_the_api_host_and_plays_the_guide(tmp_path: Path) -> None:
    settings = Settings(DIPGRAPH_API_URL="http://api.example:9000")  # type: ignore[call-arg]
    conf = localdb_home.render_conf(settings, home=tmp_path)
    allowed = re.search(r"^browser\.remote_content_hostname_whitelist=(.*)$", conf, re.M)
    assert allowed is not None and "api.example" in allowed[1].split(",")
    assert "browser.post_connect_cmd=play http://api.example:9000/explore/guide.html" in conf


@pytest.mark.neo4j
def test_saved_query_3_gives_no_warning_without_members(driver: Driver, settings: Settings) -> None:
    load_samples(driver, settings)
    members, _, _ = driver.execute_query("MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS n")
    assert members[0]["n"] == 0  # the case that used to warn
    query = ready_queries()[2]
    with driver.session(database=settings.neo4j_database) as session:
        result = session.run(query, person="person:alexander-darchiev")
        records = list(result)
        summary = result.consume()
    assert records and records[0]["p"]["id"] == "person:alexander-darchiev"
    assert not summary.notifications
