"""The articles endpoints against the real server: ingest, inspect, list, retract, bulk jobs."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import SecretStr

from app.settings import Settings
from tests.conftest import make_client
from tests.ingest_helpers import mentioned_by, rows, sample

NL = "sample-nl-us-ru-istanbul-round2"
EN = "sample-en-us-ru-istanbul-round2"


def _body(sample_id: str) -> dict[str, object]:
    return sample(sample_id).model_dump(exclude_none=True)


def test_post_returns_the_id_and_the_facts_then_unchanged(
    clean_graph: Driver, client: TestClient
) -> None:
    created = client.post("/v1/articles", json=_body(NL))
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["status"] == "new" and body["id"].startswith("article:")
    leaders = {d["country"]: d["leader"] for d in body["facts"]["delegations"]}
    assert leaders == {"RU": "Alexander Darchiev", "US": "Sonata Coulter"}
    assert body["counts"]["nodes_created"] > 0
    assert body["warnings"] == []

    again = client.post("/v1/articles", json=_body(NL))
    assert again.status_code == 200
    assert again.json()["status"] == "unchanged"
    assert again.json()["counts"]["nodes_created"] == 0


def test_an_article_stating_no_meeting_is_stored_with_a_warning(
    clean_graph: Driver, client: TestClient
) -> None:
    text = "Het weer bleef de hele week zonnig en warm in het noorden van het land."
    created = client.post("/v1/articles", json={"text": text, "language": "nl"})
    assert created.status_code == 201, created.text
    assert created.json()["warnings"] == ["no meeting and no delegation found"]


def test_get_article_lists_what_it_contributed(clean_graph: Driver, client: TestClient) -> None:
    article_id = client.post("/v1/articles", json=_body(EN)).json()["id"]
    detail = client.get(f"/v1/articles/{article_id}")
    assert detail.status_code == 200
    data = detail.json()
    assert data["language"] == "en" and data["url"].endswith("istanbul-second-round")
    led = {(f["start"], f["end"]) for f in data["facts"] if f["type"] == "LED_BY"}
    assert ("delegation:ru-us:2025:r2:ru", "person:alexander-darchiev") in led
    fact = next(f for f in data["facts"] if f["type"] == "LED_BY" and f["end"].endswith("darchiev"))
    assert any("Darchiev" in sentence for sentence in fact["evidence"])
    names = {e["name"] for e in data["entities"] if e["label"] == "Person"}
    assert {"Alexander Darchiev", "Sonata Coulter"} <= names


def test_list_filters_by_language_and_date(clean_graph: Driver, client: TestClient) -> None:
    for sample_id in (NL, EN, "sample-fr-eu-cn-brussels"):
        assert client.post("/v1/articles", json=_body(sample_id)).status_code == 201
    dutch = client.get("/v1/articles", params={"language": "nl"}).json()
    assert [a["language"] for a in dutch["items"]] == ["nl"]
    april = client.get("/v1/articles", params={"from": "2025-04", "to": "2025-04"}).json()
    assert len(april["items"]) == 2
    assert all(a["published"].startswith("2025-04") for a in april["items"])
    page = client.get("/v1/articles", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["next_offset"] == 1
    bad = client.get("/v1/articles", params={"from": "April"})
    assert bad.status_code == 422 and "from" in bad.json()["detail"]


def test_delete_retracts_and_then_is_a_404(clean_graph: Driver, client: TestClient) -> None:
    keep = client.post("/v1/articles", json=_body(NL)).json()["id"]
    gone = client.post("/v1/articles", json=_body(EN)).json()["id"]
    deleted = client.delete(f"/v1/articles/{gone}")
    assert deleted.status_code == 200 and deleted.json()["counts"]["nodes_deleted"] >= 1
    assert client.get(f"/v1/articles/{gone}").status_code == 404
    assert client.delete(f"/v1/articles/{gone}").status_code == 404
    assert mentioned_by(clean_graph, "meeting:ru-us:2025:r2") == [keep]


def test_bad_body_is_a_422_problem_and_stores_nothing(
    clean_graph: Driver, client: TestClient
) -> None:
    response = client.post("/v1/articles", json={"text": "", "published": "soon"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "body.text" in response.json()["detail"]
    assert rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c") == [{"c": 0}]


def test_writes_need_the_api_key_when_one_is_configured(
    clean_graph: Driver, settings: Settings
) -> None:
    keyed = settings.model_copy(update={"api_key": SecretStr("s3cret")})
    with make_client(keyed) as client:
        refused = client.post("/v1/articles", json=_body(NL))
        assert refused.status_code == 401
        assert refused.headers["content-type"].startswith("application/problem+json")
        wrong = client.post("/v1/articles", json=_body(NL), headers={"X-API-Key": "nope"})
        assert wrong.status_code == 401
        ok = client.post("/v1/articles", json=_body(NL), headers={"X-API-Key": "s3cret"})
        assert ok.status_code == 201
        assert client.get("/v1/articles").status_code == 200  # reads stay open


def test_bulk_job_runs_to_done_and_reports(clean_graph: Driver, client: TestClient) -> None:
    bodies = [_body(NL), _body(EN), {"text": "Geen diplomatie hier.", "language": "nl"}]
    accepted = client.post("/v1/articles/bulk", json={"articles": bodies})
    assert accepted.status_code == 202
    job_id = accepted.json()["id"]
    for _ in range(300):
        job = client.get(f"/v1/articles/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["state"] == "done", job
    assert (job["total"], job["done"], job["new"]) == (3, 3, 3)
    assert len(job["article_ids"]) == 3
    assert client.get("/v1/articles/jobs/nope").status_code == 404


def test_unversioned_alias_serves_the_same_endpoint(
    clean_graph: Driver, client: TestClient
) -> None:
    assert client.post("/articles", json=_body(NL)).status_code == 201
    assert len(client.get("/articles").json()["items"]) == 1
