"""Property-based run of the /v1 query API against its own OpenAPI document.

Schemathesis generates requests from the spec (valid and invalid parameters alike); every
answer must be no 500 and must match the schema declared for its status. `/v1/cypher` may answer
a generated query that does not parse with a 422. The ingest endpoints (`/v1/articles`) are left
out: random bodies would write to the graph the other tests read.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from app.main import create_app
from app.settings import Settings
from tests.conftest import make_client
from tests.sample_graph import sample_graph  # noqa: F401  (a fixture: imported so that pytest finds it)

schema = schemathesis.openapi.from_dict(create_app().openapi()).include(
    path_regex=r"^/v1/(?!articles)"
)


@pytest.fixture(scope="module")
def api(settings: Settings, request: pytest.FixtureRequest) -> Iterator[TestClient]:
    request.getfixturevalue("sample_graph")
    # No API key, so that /v1/cypher is exercised rather than always answering 401.
    with make_client(settings.model_copy(update={"api_key": None})) as client:
        yield client


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_server_error_and_every_response_matches_its_schema(
    case: schemathesis.Case, api: TestClient
) -> None:
    kwargs = case.as_transport_kwargs()
    if not kwargs.get("cookies"):
        kwargs.pop("cookies", None)  # per-request cookies are deprecated in the test client
    response = api.request(**kwargs)
    assert response.status_code < 500, response.text
    # Any string fits the schema of a Cypher query; one that does not parse is a 422 by design.
    excluded = [positive_data_acceptance] if case.path == "/v1/cypher" else []
    case.validate_response(response, excluded_checks=excluded)
