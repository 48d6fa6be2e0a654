"""Bounded work and refused junk on the articles endpoints (issue 11), against the real server.

Each test reproduces a failure found by probing the API as an attacker or a careless client
would: bodies of any size, junk stored as articles, an empty URL blocking later articles, a
non-ASCII key answered with a 500, extraction stalling every other request.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import SecretStr

from app.settings import Settings
from tests.adversarial import GENERATORS
from tests.conftest import make_client
from tests.ingest_helpers import rows

TALKS = (
    "The second round of talks between Norway and Poland began in Oslo on Tuesday. "
    "The Polish delegation was led by Deputy Foreign Minister Marek Lisowski."
)
KEY = "s3cret-key"


def _problem(response: object, status: int) -> dict[str, object]:
    assert getattr(response, "status_code", None) == status, getattr(response, "text", "")
    assert getattr(response, "headers", {})["content-type"].startswith("application/problem+json")
    body: dict[str, object] = getattr(response, "json")()  # noqa: B009
    assert body["status"] == status
    return body


@pytest.fixture
def small(settings: Settings) -> Iterator[TestClient]:
    """An API with a 20 KB article limit and a 50 KB bulk limit, and an API key."""
    limited = settings.model_copy(
        update={
            "max_article_bytes": 20_000,
            "max_bulk_bytes": 50_000,
            "max_bulk_articles": 3,
            "api_key": SecretStr(KEY),
        }
    )
    with make_client(limited) as client:
        yield client


# --- size ---------------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_a_413_before_it_is_read_even_without_a_key(
    clean_graph: Driver, small: TestClient
) -> None:
    body = b'{"text": "' + b"a" * 3_000_000 + b'"}'
    response = small.post(
        "/v1/articles", content=body, headers={"content-type": "application/json"}
    )
    assert "limit" in _problem(response, 413)
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id") == []


def test_a_chunked_body_is_cut_off_at_the_limit(small: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 10_000
        yield b'"}'

    response = small.post(
        "/v1/articles",
        content=chunks(),
        headers={"content-type": "application/json", "X-API-Key": KEY},
    )
    _problem(response, 413)


def test_an_article_over_the_limit_is_a_413_naming_text(small: TestClient) -> None:
    body = {"text": "Talks. " * 4000, "language": "en"}
    problem = _problem(small.post("/v1/articles", json=body, headers={"X-API-Key": KEY}), 413)
    assert problem["parameter"] == "text" and "DIPGRAPH_MAX_ARTICLE_BYTES" in str(problem["detail"])


def test_bulk_count_and_each_article_size_are_capped(small: TestClient) -> None:
    four = {"articles": [{"text": TALKS, "language": "en"}] * 4}
    problem = _problem(small.post("/v1/articles/bulk", json=four, headers={"X-API-Key": KEY}), 413)
    assert problem["parameter"] == "articles"
    big = {"articles": [{"text": TALKS}, {"text": "Talks. " * 4000}]}
    problem = _problem(small.post("/v1/articles/bulk", json=big, headers={"X-API-Key": KEY}), 413)
    assert problem["parameter"] == "articles[1].text"
    over = {"articles": [{"text": "Talks. " * 2800}] * 3}
    _problem(small.post("/v1/articles/bulk", json=over, headers={"X-API-Key": KEY}), 413)


# --- the key ------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["clé".encode(), b"\xff\xfe", "s3cret-kéy".encode("latin-1")])
def test_a_non_ascii_key_is_a_401_not_a_500(small: TestClient, key: bytes) -> None:
    for method, path in [("POST", "/v1/articles"), ("POST", "/v1/cypher")]:
        response = small.request(
            method, path, json={"text": TALKS, "query": "RETURN 1"}, headers={"X-API-Key": key}
        )
        _problem(response, 401)
    _problem(small.delete("/v1/articles/article:x", headers={"X-API-Key": key}), 401)


# --- junk refused -------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"text": "   \n\t "}, "body.text", "no text"),
        ({"text": "\u200b\u200b"}, "body.text", "no text"),
        ({"text": PNG.decode("utf-8", "replace")}, "body.text", "binary"),
        ({"text": "%PDF-1.7\n%\u00e2\u00e3 1 0 obj << /Type /Catalog >>"}, "body.text", "binary"),
        ({"text": TALKS, "language": "xx"}, "body.language", "supported: de, en, fr, nl"),
        ({"text": TALKS, "published": "2025-13-45"}, "body.published", "not a date"),
        ({"text": TALKS, "published": "0000-00-00"}, "body.published", "not a date"),
        ({"text": TALKS, "published": "2025-02-30"}, "body.published", "not a date"),
        ({"text": TALKS, "author": "me"}, "body.author", "Extra inputs"),
    ],
)
def test_junk_is_a_422_naming_the_field(
    clean_graph: Driver, client: TestClient, body: dict[str, str], field: str, words: str
) -> None:
    problem = _problem(client.post("/v1/articles", json=body), 422)
    errors = problem["errors"]
    assert isinstance(errors, list) and errors[0]["parameter"] == field
    assert words in errors[0]["message"]
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id") == []


@pytest.mark.parametrize(
    "text",
    [
        "Вторая встреча делегаций России и США прошла в Стамбуле во вторник вечером.",
        "俄罗斯和美国代表团在伊斯坦布尔举行了第二轮会谈\uff0c双方讨论了使馆工作。",
        "عقدت الجولة الثانية من المحادثات بين روسيا والولايات المتحدة في إسطنبول.",
        "<html><body><p></p><script>var x = 1;</script></body></html>",
    ],
)
def test_an_unsupported_language_or_no_text_after_markup_is_a_422(
    clean_graph: Driver, client: TestClient, text: str
) -> None:
    problem = _problem(client.post("/v1/articles", json={"text": text}), 422)
    assert problem["errors"] == [
        {"parameter": "body.text", "message": problem["errors"][0]["message"]}
    ]  # type: ignore[index]
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id") == []


def test_nul_and_zero_width_characters_are_not_stored(
    clean_graph: Driver, client: TestClient
) -> None:
    text = TALKS.replace("Marek", "Ma\u200brek\x00")
    response = client.post("/v1/articles", json={"text": text, "language": "en"})
    assert response.status_code == 201, response.text
    assert [d["leader"] for d in response.json()["facts"]["delegations"]] == ["Marek Lisowski"]
    stored = rows(clean_graph, "MATCH (a:Article) RETURN a.text AS text")
    assert "\x00" not in stored[0]["text"] and "\u200b" not in stored[0]["text"]


def test_an_empty_url_is_no_url_and_never_blocks_later_articles(
    clean_graph: Driver, client: TestClient
) -> None:
    first = client.post("/v1/articles", json={"text": TALKS, "url": "", "language": "en"})
    other = TALKS.replace("Tuesday", "Wednesday")
    second = client.post("/v1/articles", json={"text": other, "url": "", "language": "en"})
    assert (first.status_code, second.status_code) == (201, 201), second.text
    urls = rows(clean_graph, "MATCH (a:Article) RETURN a.url AS url")
    assert urls == [{"url": None}, {"url": None}]


# --- extraction off the event loop, with a time limit -------------------------------------------


def test_a_slow_article_is_refused_at_the_time_limit_and_health_answers_meanwhile(
    clean_graph: Driver, settings: Settings
) -> None:
    slow = settings.model_copy(update={"extract_timeout_s": 1.0, "max_article_bytes": 4_000_000})
    text = (TALKS + "\n") * 12_000  # ~2 MB: several seconds of extraction
    outcome: dict[str, object] = {}
    with make_client(slow) as client:
        client.post("/v1/articles", json={"text": TALKS, "language": "en"})  # workers started

        def post() -> None:
            outcome["response"] = client.post("/v1/articles", json={"text": text})

        worker = threading.Thread(target=post)
        worker.start()
        health = client.get("/health")
        still_running = worker.is_alive()
        worker.join()
        assert health.status_code == 200 and still_running
        problem = _problem(outcome["response"], 422)
        assert "DIPGRAPH_EXTRACT_TIMEOUT" in str(problem["detail"])
        # The pool comes back for the next article.
        assert client.post("/v1/articles", json={"text": TALKS, "language": "en"}).status_code in (
            200,
            201,
        )


@pytest.mark.parametrize("name", ["dots", "comment-open", "bang-question", "initials"])
def test_100_kb_of_junk_is_refused_as_not_prose_and_health_answers_meanwhile(
    clean_graph: Driver, client: TestClient, name: str
) -> None:
    """100 KB of '.' took 1.7-2.0 s of extraction under load to store an article of nothing."""
    body = {"text": GENERATORS[name](100_000), "language": "en"}
    outcome: dict[str, object] = {}

    def post() -> None:
        outcome["response"] = client.post("/v1/articles", json=body)

    worker = threading.Thread(target=post)
    worker.start()
    health = client.get("/health")
    worker.join()
    assert health.status_code == 200
    problem = _problem(outcome["response"], 422)
    assert problem["errors"][0]["parameter"] == "body.text"  # type: ignore[index]
    assert "not prose" in problem["errors"][0]["message"]  # type: ignore[index]
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id") == []


def test_bulk_reports_refused_articles_by_index(clean_graph: Driver, client: TestClient) -> None:
    body = {"articles": [{"text": TALKS, "language": "en"}, {"text": "Привет, мир! Как дела?"}]}
    job = client.post("/v1/articles/bulk", json=body).json()
    for _ in range(200):
        view = client.get(f"/v1/articles/jobs/{job['id']}").json()
        if view["state"] in ("done", "failed"):
            break
        threading.Event().wait(0.05)
    assert view["new"] == 1
    assert [f["article"] for f in view["failed"]] == ["articles[1]"]
    assert "supported: de, en, fr, nl" in view["failed"][0]["reason"]


def test_warm_up_runs_at_start_and_every_path_is_a_read_route(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import warmup

    few = ("/ready", "/v1/countries", "/v1/search?q=ministry")
    monkeypatch.setattr(warmup, "PATHS", few)
    with make_client(settings, warm_up=True) as client:  # warms up in its lifespan
        assert client.portal is not None
        statuses = client.portal.call(warmup.warm_up, client.app)
    assert set(statuses) == set(few)
    assert all(status < 500 for status in statuses.values()), statuses
    monkeypatch.undo()
    from app.main import create_app

    documented = create_app().openapi()["paths"]
    patterns = [re.compile(re.sub(r"\{[^}]+\}", "[^/]+", p) + "$") for p in documented]
    for path in warmup.PATHS:
        bare = path.split("?")[0]
        matches = [k for p, k in zip(patterns, documented, strict=True) if p.match(bare)]
        assert matches and "get" in documented[matches[0]], path


def test_no_free_connection_is_a_503_to_retry_not_a_500() -> None:
    from fastapi import FastAPI
    from neo4j.exceptions import ClientError

    from app.errors import install_error_handlers

    app = FastAPI()
    install_error_handlers(app)

    @app.get("/busy")
    async def busy() -> None:
        raise ClientError("failed to obtain a connection from the pool within 10.0s (timeout)")

    @app.get("/slow")
    async def slow() -> None:
        error = ClientError("The transaction has not completed within the timeout")
        error.code = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
        raise error

    with TestClient(app) as client:
        _problem(client.get("/busy"), 503)
        _problem(client.get("/slow"), 503)


def test_openapi_lists_every_code_with_problem_json_bodies() -> None:
    from app.main import create_app

    schema = create_app().openapi()
    assert "Problem" in schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            if path not in ("/health", "/v1/articles/jobs/{job_id}"):  # those never ask Neo4j
                assert "503" in codes, (method, path)
            if method != "get":
                assert {"401", "413", "422"} <= codes, (method, path)
            if "{" in path:
                assert "404" in codes, (method, path)
            for code, response in operation["responses"].items():
                if int(code) >= 400:
                    assert list(response["content"]) == ["application/problem+json"], (path, code)
    ingest = schema["paths"]["/v1/articles"]["post"]["responses"]
    assert {"200", "201", "400", "409", "413"} <= set(ingest)
    # A client generated from the document learns how long to wait when every slot is taken.
    busy = schema["paths"]["/v1/cypher"]["post"]["responses"]["503"]
    assert busy["headers"]["Retry-After"]["schema"]["type"] == "integer"
