"""`/v1/search` and `/v1/timeline` against the real server, with the sample graph."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient

from app.models.search import SearchLabel
from app.repositories.search import escape, fold, lucene_query
from graph_schema.model import SEARCHABLE
from tests.sample_graph import (
    BRUCE,
    BRUCE_STATEMENT,
    BRUCE_STATEMENTS,
    CUBA6,
    CUBA_PREV,
    DARCHIEV,
    DARCHIEV_STATEMENTS,
    ROUND1,
    ROUND2,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

pytestmark = pytest.mark.usefixtures("sample_graph")


def hits(client: TestClient, q: str, **params: Any) -> list[tuple[str, str]]:
    response = client.get("/v1/search", params={"q": q, **params})
    assert response.status_code == 200, response.text
    return [(h["label"], h["id"]) for h in response.json()["items"]]


def test_search_label_filter_matches_the_index() -> None:
    assert set(get_args(SearchLabel)) == {str(x) for x in SEARCHABLE}


def test_user_text_cannot_inject_lucene_syntax() -> None:
    assert escape('a+b-c:"d"') == 'a\\+b\\-c\\:\\"d\\"'
    assert fold("Genève ĐÖ Дарчиев") == "geneve đo дарчиев"
    assert lucene_query("!!! ()") is None
    query = lucene_query("title:x* OR y")
    assert query is not None and ":" not in query and " OR y" not in query


def test_search_is_tolerant_of_typos_accents_and_scripts(client: TestClient) -> None:
    assert hits(client, "Darchev")[0] == ("Person", DARCHIEV)
    assert hits(client, "Дарчиев")[0] == ("Person", DARCHIEV)
    assert hits(client, "oekraine")[0] == ("Topic", "topic:ukraine")
    assert hits(client, "turkiye")[0] == ("Country", "country:TR")
    assert hits(client, "darch")[0] == ("Person", DARCHIEV)


def test_search_is_ranked_typed_and_filtered(client: TestClient) -> None:
    found = hits(client, "Istanbul")
    assert found[0] == ("Place", "place:istanbul")
    assert ("Meeting", ROUND2) in found
    assert {label for label, _ in hits(client, "Istanbul", label="Meeting")} == {"Meeting"}
    scores = [
        h["score"] for h in client.get("/v1/search", params={"q": "istanbul"}).json()["items"]
    ]
    assert scores == sorted(scores, reverse=True)


def test_search_of_nothing_searchable_is_empty_and_bad_label_422(client: TestClient) -> None:
    assert hits(client, '"(+-)"') == []
    assert client.get("/v1/search", params={"q": "x", "label": "Article"}).status_code == 422
    assert client.get("/v1/search").status_code == 422


def test_timeline_between_us_and_russia(client: TestClient) -> None:
    response = client.get("/v1/timeline", params={"party": ["US", "RU"]})
    assert response.status_code == 200, response.text
    events = [(e["kind"], e["id"], e["date"]) for e in response.json()["items"]]
    assert events == [
        ("meeting", ROUND1, "2025-02-27"),
        ("statement", BRUCE_STATEMENT, "2025-04-08"),
        ("meeting", ROUND2, "2025-04-10"),
        ("statement", DARCHIEV_STATEMENTS[0], "2025-04-10"),
        ("statement", BRUCE_STATEMENTS[1], "2025-04-10"),
        ("statement", DARCHIEV_STATEMENTS[1], "2025-04-10"),
    ]
    statement = response.json()["items"][1]
    assert statement["speaker"]["id"] == BRUCE
    assert statement["meeting"] == ROUND2


def test_timeline_of_cuba_and_everything(client: TestClient) -> None:
    cuba = client.get("/v1/timeline", params={"party": "CU"}).json()["items"]
    assert [e["id"] for e in cuba] == [CUBA_PREV, CUBA6]
    everything = client.get("/v1/timeline", params={"limit": 100}).json()["items"]
    assert len(everything) == 11
