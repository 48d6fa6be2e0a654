"""Parameters the API refuses (impossible dates, unknown kinds), answers when Neo4j is gone, and
an article whose date or title changes."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.settings import Settings
from graph_schema.model import MeetingKind
from ingest.lang.lexicon import SUPPORTED, load_lexicon
from tests.conftest import make_client
from tests.ingest_helpers import ingest, rows, sample


@pytest.mark.parametrize(
    ("path", "param", "value"),
    [("/v1/meetings", "from", "2025-13"), ("/v1/meetings", "to", "2025-04-31"),
     ("/v1/delegations", "to", "2025-02-29"), ("/v1/articles", "from", "2025-00")],
)  # fmt: skip
def test_impossible_dates_are_422_naming_the_parameter(
    client: TestClient, path: str, param: str, value: str
) -> None:
    response = client.get(path, params={param: value})
    assert response.status_code == 422, response.text
    assert f"query.{param}" in response.json()["detail"]


def test_real_dates_are_accepted(client: TestClient) -> None:
    for value in ("2024-02-29", "2025-04", "2025"):
        assert client.get("/v1/meetings", params={"to": value}).status_code == 200


def test_the_kind_filter_takes_exactly_the_kinds_the_writer_stores(client: TestClient) -> None:
    found = set()
    for language in SUPPORTED:
        lex = load_lexicon(language)
        found |= {*lex.mapping("meeting_nouns").values(), *lex.mapping("meeting_verbs").values()}
    assert found <= set(MeetingKind)
    for kind in MeetingKind:
        assert client.get("/v1/meetings", params={"kind": kind}).status_code == 200
    assert client.get("/v1/meetings", params={"kind": "negotiation"}).status_code == 422


def test_every_endpoint_is_a_plain_503_within_a_second_when_neo4j_is_gone(
    settings: Settings,
) -> None:
    gone = settings.model_copy(update={"neo4j_uri": "bolt://127.0.0.1:9"})
    calls = [
        ("GET", "/ready"), ("GET", "/v1/delegations"), ("GET", "/v1/meetings"),
        ("GET", "/v1/meetings/meeting:ru-us:r1"), ("GET", "/v1/people?q=x"),
        ("GET", "/v1/people/person:x"), ("GET", "/v1/countries"), ("GET", "/v1/countries/RU"),
        ("GET", "/v1/properties"), ("GET", "/v1/timeline"), ("GET", "/v1/search?q=x"),
        ("GET", "/v1/graph/neighborhood/country:RU"), ("GET", "/v1/graph/path?from=a&to=b"),
        ("GET", "/v1/articles"), ("GET", "/v1/articles/article:0000000000000000"),
        ("POST", "/v1/articles"), ("DELETE", "/v1/articles/article:0000000000000000"),
        ("POST", "/v1/cypher"),
    ]  # fmt: skip
    bodies = {"/v1/articles": {"text": "Talks in Istanbul."}, "/v1/cypher": {"query": "RETURN 1"}}
    with make_client(gone) as client:
        for method, path in calls:
            started = time.perf_counter()
            response = client.request(method, path, json=bodies.get(path))
            took = time.perf_counter() - started
            assert response.status_code == 503, (path, response.text)
            assert took < 1.0, (path, took)
            detail = response.json()["detail"]
            assert detail == "Neo4j cannot be reached; try again shortly", (path, detail)


def test_a_known_url_with_a_new_date_or_title_updates_the_article(
    clean_graph: Driver, settings: Settings
) -> None:
    article = sample("sample-en-us-ru-istanbul-round2")
    assert ingest(settings, article).new == 1
    assert ingest(settings, article).unchanged == 1
    redated = article.model_copy(update={"published": "2025-04-11", "title": "Round two"})
    assert ingest(settings, redated).updated == 1
    stored = rows(clean_graph, "MATCH (a:Article) RETURN a.published AS p, a.title AS t")
    assert stored == [{"p": "2025-04-11", "t": "Round two"}]
    as_of = rows(clean_graph, "MATCH ()-[r:HOLDS_POSITION]->() RETURN DISTINCT r.as_of AS d")
    assert as_of == [{"d": "2025-04-11"}]
    # Given nothing new, the date and the title stay.
    assert ingest(settings, article.model_copy(update={"published": None})).unchanged == 1
