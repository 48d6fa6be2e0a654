"""`/v1/delegations` against the real server, with the sample graph loaded."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.sample_graph import (
    BAERBOCK,
    BARROT,
    BRUSSELS,
    COULTER,
    CREAMER,
    CUBA6,
    CUBA_ARTICLE,
    DARCHIEV,
    LI_QIANG,
    PARIS,
    ROUND1,
    ROUND2,
    ROUND2_ARTICLE,
    ROUND2_EN_ARTICLE,
    VIDAL,
    VON_DER_LEYEN,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

pytestmark = pytest.mark.usefixtures("sample_graph")


def delegations(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/delegations", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_who_led_which_delegation_newest_meeting_first(client: TestClient) -> None:
    items = delegations(client)
    led = [(d["meeting"]["id"], d["country"]["code"], d["leader"]["id"]) for d in items]
    assert led == [
        (BRUSSELS, "CN", LI_QIANG),
        (BRUSSELS, "EU", VON_DER_LEYEN),
        (ROUND2, "RU", DARCHIEV),
        (ROUND2, "US", COULTER),
        (PARIS, "DE", BAERBOCK),
        (PARIS, "FR", BARROT),
        (ROUND1, "RU", DARCHIEV),
        (ROUND1, "US", COULTER),
        (CUBA6, "CU", VIDAL),
        (CUBA6, "US", CREAMER),
    ]


def test_a_delegation_carries_title_meeting_and_articles(client: TestClient) -> None:
    (ru,) = delegations(client, country="ru", meeting=ROUND2)
    assert ru["country"] == {"code": "RU", "name": "Russia"}
    assert ru["leader"]["name"] == "Alexander Darchiev"
    # The English report's wording of the title, over the Dutch report's
    assert ru["leader"]["title"] == "ambassador to the United States"
    assert ru["meeting"]["city"] == "Istanbul"
    assert ru["meeting"]["date"] == "2025-04-10"
    assert ru["meeting"]["round"] == 2
    assert {a["id"] for a in ru["articles"]} == {ROUND2_ARTICLE, ROUND2_EN_ARTICLE}


def test_filter_by_leader_name_or_id_and_dates(client: TestClient) -> None:
    by_name = delegations(client, leader="darchiev")
    assert {d["meeting"]["id"] for d in by_name} == {ROUND1, ROUND2}
    assert {d["leader"]["id"] for d in by_name} == {DARCHIEV}
    assert [d["id"] for d in delegations(client, leader=VIDAL)] == [f"delegation:{CUBA6[8:]}:cu"]
    in_2017 = delegations(client, **{"from": "2017", "to": "2017"})
    assert {d["meeting"]["id"] for d in in_2017} == {CUBA6}
    in_april = delegations(client, **{"from": "2025-03", "to": "2025-04"})
    assert {d["meeting"]["id"] for d in in_april} == {ROUND2, PARIS}
    assert all(d["articles"][0]["id"] != CUBA_ARTICLE for d in in_april)


def test_pages_are_disjoint_and_cover_the_list(client: TestClient) -> None:
    everything = [d["id"] for d in delegations(client)]
    first = client.get("/v1/delegations", params={"limit": 6}).json()
    second = client.get("/v1/delegations", params={"limit": 6, "offset": 6}).json()
    assert first["next_offset"] == 6
    assert second["next_offset"] is None
    assert [d["id"] for d in first["items"] + second["items"]] == everything


def test_bad_parameters_are_422_problems_naming_them(client: TestClient) -> None:
    for params, name in (
        ({"country": "RUS"}, "country"),
        ({"limit": 0}, "limit"),
        ({"from": "April"}, "from"),
    ):
        response = client.get("/v1/delegations", params=params)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert name in response.json()["detail"]
