"""An earlier round known only from a later report ('de vorige ronde') carries the parties of
the report that names it, so the API lists it with every round of the talks."""

from __future__ import annotations

from fastapi.testclient import TestClient
from neo4j import Driver

from app.settings import Settings
from tests.ingest_helpers import ingest, sample

ROUND1, ROUND2 = "meeting:ru-us:2025:r1", "meeting:ru-us:2025:r2"


def test_round_one_is_listed_and_in_the_timeline(
    clean_graph: Driver, settings: Settings, client: TestClient
) -> None:
    report = ingest(settings, sample("sample-nl-us-ru-istanbul-round2"))
    assert report.new == 1
    meetings = client.get("/v1/meetings", params={"party": ["US", "RU"]}).json()["items"]
    assert [m["id"] for m in meetings] == [ROUND2, ROUND1]
    assert [p["code"] for p in meetings[1]["parties"]] == ["RU", "US"]
    timeline = client.get("/v1/timeline", params={"party": ["US", "RU"]}).json()["items"]
    rounds = [e["id"] for e in timeline if e["kind"] == "meeting"]
    assert rounds == [ROUND1, ROUND2]  # oldest first: the earlier round before the later
