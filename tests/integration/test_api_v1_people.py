"""`/v1/people` and `/v1/people/{id}` against the real server, with the sample graph."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.sample_graph import (
    BRUCE,
    BRUCE_STATEMENTS,
    DARCHIEV,
    ROUND1,
    ROUND1_ARTICLE,
    ROUND2,
    ROUND2_ARTICLE,
    ROUND2_EN_ARTICLE,
    STATE_DEPT,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

pytestmark = pytest.mark.usefixtures("sample_graph")


def test_people_by_name_or_alias_in_any_script(client: TestClient) -> None:
    def ids(q: str) -> list[str]:
        response = client.get("/v1/people", params={"q": q})
        assert response.status_code == 200, response.text
        return [p["id"] for p in response.json()["items"]]

    assert ids("darch") == [DARCHIEV]
    assert ids("Дарчиев") == [DARCHIEV]
    assert ids("zzz-nobody") == []


def test_people_are_listed_by_name(client: TestClient) -> None:
    names = [p["name"] for p in client.get("/v1/people").json()["items"]]
    assert names == sorted(names)
    assert {"Alexander Darchiev", "Sonata Coulter", "Tammy Bruce"} <= set(names)


def test_what_darchiev_did(client: TestClient) -> None:
    person = client.get(f"/v1/people/{DARCHIEV}").json()
    assert person["country"] == "RU"
    assert person["aliases"] == ["Alexander Darchiev", "Darchiev"]
    led = [
        (d["meeting"]["id"], d["country"]["code"], d["title"]) for d in person["delegations_led"]
    ]
    assert led == [
        (ROUND2, "RU", "ambassador to the United States"),  # the English report's words
        (ROUND1, "RU", "ambassador to the US"),  # written for one person: no 'Russian'
    ]
    assert person["delegations_joined"] == []
    assert [m["id"] for m in person["meetings"]] == [ROUND2, ROUND1]
    assert {a["id"] for a in person["articles"]} == {
        ROUND1_ARTICLE,
        ROUND2_ARTICLE,
        ROUND2_EN_ARTICLE,
    }


def test_what_bruce_said_and_where_she_works(client: TestClient) -> None:
    person = client.get(f"/v1/people/{BRUCE}").json()
    (position,) = person["positions"]
    assert position["at"] == {
        "id": STATE_DEPT,
        "name": "ministerie van Buitenlandse Zaken",
        "label": "Organization",
    }
    assert position["role"] == "spokesperson"
    assert [s["id"] for s in person["statements"]] == list(BRUCE_STATEMENTS)
    assert person["delegations_led"] == []
    assert person["meetings"] == []


def test_unknown_person_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/people/person:nobody-at-all")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
