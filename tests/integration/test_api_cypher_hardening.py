"""`POST /v1/cypher` cannot reach other clients and its cost is bounded (issue 11).

Reproduces what a read-only plan let through: seeing and ending other clients' transactions,
reading the server's settings, running statistics and resampling procedures; and what the 5 s
timeout did not bound: memory (a `collect` over 10^8 rows), answer size (1,000 wide rows), work
inside one expression (a quadratic `reduce`), the number of queries running at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.cypher_guard import READ_OPERATORS, check_plan
from app.cypher_slots import LISTED, TAG_KEY
from app.errors import Forbidden
from app.settings import Settings
from tests.conftest import make_client
from tests.sample_graph import sample_graph  # noqa: F401  (a fixture: imported so that pytest finds it)

pytestmark = pytest.mark.usefixtures("sample_graph")


# A quadratic expression Neo4j cannot interrupt: a few seconds of one core, whatever the timeout.
RUNAWAY = "RETURN size(reduce(s = '', i IN range(1, 60000) | s + 'xxxxxxxxxx')) AS n"
# 10^10 rows streamed through a count: long past any deadline in a few kilobytes of memory, so it
# meets the time limit on any machine (a collect of 10^8 rows met the memory limit first on a fast
# one)
LONG_COUNT = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
WAIT_S = 120.0  # how long a test waits for the server to finish what it could not interrupt


@pytest.fixture
def open_client(settings: Settings) -> Iterator[TestClient]:
    """A generous deadline: these tests are about what may run, not how long it may take."""
    small = settings.model_copy(
        update={"api_key": None, "cypher_max_bytes": 200_000, "cypher_timeout_s": 10.0}
    )
    with make_client(small) as client:
        yield client


@pytest.fixture
def strict_client(settings: Settings) -> Iterator[TestClient]:
    """The deadline of an interactive query, and one query at a time."""
    strict = settings.model_copy(
        update={"api_key": None, "cypher_timeout_s": 0.5, "cypher_concurrency": 1}
    )
    with make_client(strict) as client:
        yield client


def _while_posting(client: TestClient, query: str) -> tuple[object, int, bool]:
    """POST the query on a thread; meanwhile ask /health. The answer, /health's status, and
    whether the query was still unanswered when /health answered."""
    outcome: dict[str, object] = {}

    def post() -> None:
        outcome["response"] = client.post("/v1/cypher", json={"query": query})

    worker = threading.Thread(target=post)
    worker.start()
    health = client.get("/health")
    still_running = worker.is_alive()
    worker.join()
    return outcome["response"], health.status_code, still_running


def _tagged_transactions(driver: Driver) -> list[str]:
    """Transactions of the Cypher endpoint that Neo4j still lists (seen from an admin session)."""
    query = LISTED.replace(f"metaData.{TAG_KEY} = $tag", f"metaData.{TAG_KEY} IS NOT NULL")
    with driver.session() as session:
        return [str(r["transactionId"]) for r in session.run(query)]


def _eventually(check: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def _problem(response: object, status: int) -> dict[str, object]:
    assert getattr(response, "status_code", None) == status, getattr(response, "text", "")
    assert getattr(response, "headers", {})["content-type"].startswith("application/problem+json")
    body: dict[str, object] = getattr(response, "json")()  # noqa: B009
    return body


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("SHOW TRANSACTIONS", "ShowTransactions"),
        ("SHOW TRANSACTIONS YIELD transactionId, parameters RETURN *", "ShowTransactions"),
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TerminateTransactions"),
        ("SHOW SETTINGS", "ShowSettings"),
        ("SHOW PROCEDURES", "ShowProcedures"),
        ("SHOW DATABASES", "of type 's'"),  # a schema query: refused before its operators
        ("CALL db.stats.collect('QUERIES')", "db.stats.collect"),
        ("CALL db.stats.clear('QUERIES')", "db.stats.clear"),
        ("CALL db.stats.stop('QUERIES')", "db.stats.stop"),
        ("CALL db.resampleOutdatedIndexes()", "db.resampleOutdatedIndexes"),
        ("CALL db.resampleIndex('entity_search')", "db.resampleIndex"),
        ("CALL db.awaitIndexes(300)", "db.awaitIndexes"),
        ("CALL db.clearQueryCaches()", "of type 's'"),
    ],
)
def test_administration_and_statistics_are_refused(
    open_client: TestClient, query: str, named: str
) -> None:
    problem = _problem(open_client.post("/v1/cypher", json={"query": query}), 403)
    assert named in str(problem["detail"])


def test_another_clients_transaction_is_neither_seen_nor_ended(
    open_client: TestClient, driver: Driver
) -> None:
    """A transaction of another client stays invisible to SHOW and out of TERMINATE's reach."""
    with driver.session() as session:
        tx = session.begin_transaction(metadata={"app": "other-client"})
        tx.run("RETURN $secret AS s", secret="hunter2").consume()
        shown = open_client.post("/v1/cypher", json={"query": "SHOW TRANSACTIONS"})
        ended = open_client.post(
            "/v1/cypher", json={"query": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"}
        )
        assert "hunter2" not in shown.text
        assert (shown.status_code, ended.status_code) == (403, 403)
        assert tx.run("RETURN 1 AS one").single(strict=True)["one"] == 1  # still alive
        tx.rollback()


@pytest.mark.parametrize(
    "query",
    [
        "CALL db.labels() YIELD label RETURN label ORDER BY label",
        "CALL db.index.fulltext.queryNodes('entity_search', 'Darchiev') YIELD node RETURN node.id",
        "MATCH (p:Person)<-[:LED_BY]-(d) OPTIONAL MATCH (d)-[:AT]->(m) WITH p, count(m) AS n "
        "WHERE n >= 0 RETURN p.name, n ORDER BY p.name SKIP 0 LIMIT 5",
        "MATCH (a:Person) RETURN a.name AS name UNION MATCH (c:Country) RETURN c.name AS name",
        "MATCH (p:Person) WHERE EXISTS { (p)<-[:LED_BY]-() } "
        "RETURN p.name, COUNT { (p)--() } AS degree",
        "MATCH (p:Person) CALL (p) { MATCH (p)--(x) RETURN count(x) AS c } RETURN p.name, c",
        "UNWIND [1, 2, 3] AS i RETURN i, reduce(s = 0, j IN range(1, i) | s + j) AS total",
        "MATCH path = shortestPath((a:Person)-[*..4]-(b:Person)) WHERE a <> b "
        "RETURN length(path) LIMIT 1",
    ],
)
def test_read_queries_still_run(open_client: TestClient, query: str) -> None:
    response = open_client.post("/v1/cypher", json={"query": query})
    assert response.status_code == 200, response.text


def test_a_query_over_the_memory_limit_is_a_422_not_a_500(open_client: TestClient) -> None:
    query = "UNWIND range(1, 100000000) AS i RETURN size(collect(i + ':' + i + ':' + i)) AS n"
    problem = _problem(open_client.post("/v1/cypher", json={"query": query}), 422)
    assert problem["parameter"] == "query" and "memory" in str(problem["detail"])


def test_a_long_query_is_answered_at_the_deadline_and_ended_on_the_server(
    strict_client: TestClient, driver: Driver
) -> None:
    response, health, still_running = _while_posting(strict_client, LONG_COUNT)
    assert health == 200 and still_running
    problem = _problem(response, 422)
    assert "DIPGRAPH_CYPHER_TIMEOUT" in str(problem["detail"]) and problem["limit"] == 0.5
    assert _eventually(lambda: _tagged_transactions(driver) == [])
    # The slot comes back once the endpoint has seen the transaction gone too.
    assert _eventually(
        lambda: strict_client.post("/v1/cypher", json={"query": "RETURN 1"}).status_code == 200
    )


def test_the_answer_is_cut_at_its_byte_limit(open_client: TestClient) -> None:
    query = (
        "UNWIND range(1, 1000) AS i "
        "RETURN i, reduce(s = '', j IN range(1, 100) | s + 'xxxxxxxxxx') AS wide"
    )
    response = open_client.post("/v1/cypher", json={"query": query})
    assert response.status_code == 200
    assert len(response.content) < 220_000
    body = response.json()
    assert body["truncated"] is True and 100 < len(body["rows"]) < 1000


def test_one_row_over_the_byte_limit_is_a_422(open_client: TestClient) -> None:
    query = "RETURN reduce(s = '', j IN range(1, 30000) | s + 'xxxxxxxxxx') AS wide"
    problem = _problem(open_client.post("/v1/cypher", json={"query": query}), 422)
    assert "DIPGRAPH_CYPHER_MAX_BYTES" in str(problem["detail"])


def test_a_runaway_expression_is_answered_at_the_deadline_and_keeps_its_slot_until_it_ends(
    strict_client: TestClient, driver: Driver
) -> None:
    """Neo4j cannot interrupt work inside one expression: the client has its 422 at the
    deadline, and the query keeps the endpoint's only slot (a 503 to retry) until the server
    no longer lists its transaction."""
    response, health, still_running = _while_posting(strict_client, RUNAWAY)
    assert health == 200 and still_running
    problem = _problem(response, 422)
    assert "longer than 0.5 s" in str(problem["detail"])
    busy = strict_client.post("/v1/cypher", json={"query": "RETURN 1 AS one"})
    assert busy.headers["retry-after"] == "1"
    assert "DIPGRAPH_CYPHER_CONCURRENCY" in str(_problem(busy, 503)["detail"])
    assert _eventually(
        lambda: strict_client.post("/v1/cypher", json={"query": "RETURN 1"}).status_code == 200
    )
    assert _tagged_transactions(driver) == []


def test_queries_over_the_concurrency_cap_are_a_503_while_the_others_answer(
    settings: Settings,
) -> None:
    capped = settings.model_copy(
        update={"api_key": None, "cypher_timeout_s": 10.0, "cypher_concurrency": 2}
    )
    slow = "UNWIND range(1, 3000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n"
    with make_client(capped) as client, ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(
            pool.map(lambda _: client.post("/v1/cypher", json={"query": slow}), range(6))
        )
        statuses = sorted(a.status_code for a in answers)
        assert 200 in statuses and 503 in statuses and set(statuses) <= {200, 503}, statuses
        assert client.post("/v1/cypher", json={"query": "RETURN 1"}).status_code == 200


def test_the_plan_check_refuses_operators_outside_the_allow_list() -> None:
    plan = {"operatorType": "ProduceResults@neo4j", "children": [{"operatorType": "Foo@neo4j"}]}
    with pytest.raises(Forbidden, match="Foo"):
        check_plan("r", plan)
    assert (
        "ShowTransactions" not in READ_OPERATORS and "TerminateTransactions" not in READ_OPERATORS
    )
