"""`/v1/meetings` and `/v1/meetings/{id}` against the real server, with the sample graph."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.sample_graph import (
    BRUCE,
    BRUCE_STATEMENTS,
    COULTER,
    CUBA6,
    CUBA_PREV,
    DARCHIEV,
    DARCHIEV_STATEMENTS,
    ROUND1,
    ROUND1_ARTICLE,
    ROUND2,
    ROUND2_ARTICLE,
    ROUND2_EN_ARTICLE,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

pytestmark = pytest.mark.usefixtures("sample_graph")


def meeting_ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/v1/meetings", params=params)
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["items"]]


def test_every_round_between_two_countries(client: TestClient) -> None:
    assert meeting_ids(client, party=["US", "RU"]) == [ROUND2, ROUND1]
    assert meeting_ids(client, party=["us", "ru"], kind="talks") == [ROUND2, ROUND1]
    assert meeting_ids(client, party=["CU"]) == [CUBA6, CUBA_PREV]
    assert meeting_ids(client, party=["RU", "CU"]) == []


def test_filters_on_city_kind_and_dates(client: TestClient) -> None:
    assert meeting_ids(client, city="istanbul") == [ROUND2, ROUND1]
    assert meeting_ids(client, kind="meeting") == [CUBA6, CUBA_PREV]
    assert meeting_ids(client, **{"from": "2016", "to": "2016-12"}) == [CUBA_PREV]
    assert meeting_ids(client, **{"to": "2025-02-27"}) == [ROUND1, CUBA6, CUBA_PREV]


def test_summary_lists_parties_by_code(client: TestClient) -> None:
    params = {"limit": 1, "party": ["US", "RU"]}
    (round2,) = client.get("/v1/meetings", params=params).json()["items"]
    assert round2["id"] == ROUND2
    assert [p["code"] for p in round2["parties"]] == ["RU", "US"]
    # Only the Dutch report names the venue: its words stay until an English report gives one.
    assert round2["venue"] == "het Russische Consulaat-Generaal in Istanbul"


def test_meeting_detail_has_the_known_facts(client: TestClient) -> None:
    response = client.get(f"/v1/meetings/{ROUND2}")
    assert response.status_code == 200, response.text
    m = response.json()
    assert (m["kind"], m["round"], m["date"], m["city"], m["status"]) == (
        "talks",
        2,
        "2025-04-10",
        "Istanbul",
        "held",
    )
    assert [p["kind"] for p in m["places"]] == ["city", "venue"]
    leaders = {d["country"]["code"]: d["leader"]["id"] for d in m["delegations"]}
    assert leaders == {"RU": DARCHIEV, "US": COULTER}
    assert [x["id"] for x in m["previous"]] == [ROUND1]
    assert m["next"] == []
    assert m["agenda"] == []
    assert {t["id"] for t in m["off_agenda"]} == {
        "topic:ukraine",
        "topic:politieke-of-veiligheidskwesties",
    }
    speakers = {s["id"]: s["speaker"]["id"] for s in m["statements"]}
    assert speakers == {
        **dict.fromkeys(BRUCE_STATEMENTS, BRUCE),
        **dict.fromkeys(DARCHIEV_STATEMENTS, DARCHIEV),
    }
    # Both reports' facts: the English kind (talks, so CAMEO 046) and duration.
    assert m["event_codes"] == {"cameo": "046", "plover": "CONSULT"}
    assert m["duration"] == "about 6 hours"
    assert {a["id"] for a in m["articles"]} == {ROUND2_ARTICLE, ROUND2_EN_ARTICLE}


def test_round_one_is_supported_by_both_articles_and_followed_by_round_two(
    client: TestClient,
) -> None:
    m = client.get(f"/v1/meetings/{ROUND1}").json()
    assert [x["id"] for x in m["next"]] == [ROUND2]
    assert {a["id"] for a in m["articles"]} == {ROUND2_ARTICLE, ROUND1_ARTICLE}


def test_unknown_meeting_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/meetings/meeting:xx-yy:talks:r9")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "meeting:xx-yy:talks:r9" in response.json()["detail"]


def test_unknown_kind_and_bad_party_are_422(client: TestClient) -> None:
    assert client.get("/v1/meetings", params={"kind": "party"}).status_code == 422
    response = client.get("/v1/meetings", params={"party": ["USA"]})
    assert response.status_code == 422
    assert "party" in response.json()["detail"]
