"""`/v1/countries` and `/v1/properties` against the real server, with the sample graph."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.sample_graph import (
    COULTER,
    CREAMER,
    RU_PROPERTIES,
    sample_graph,  # noqa: F401  (a fixture: imported so that pytest finds it)
)

pytestmark = pytest.mark.usefixtures("sample_graph")
LONG_ISLAND = "property:ru:estate:long-island"


def test_countries_by_code_with_meeting_counts(client: TestClient) -> None:
    items = client.get("/v1/countries").json()["items"]
    assert [(c["code"], c["meetings"]) for c in items] == [
        ("BE", 0),
        ("CN", 1),
        ("CU", 2),
        ("DE", 1),
        ("EU", 1),
        ("FR", 1),
        ("RU", 2),
        ("TR", 0),
        ("US", 4),
    ]


def test_us_counterparts_delegations_and_properties(client: TestClient) -> None:
    us = client.get("/v1/countries/us").json()
    met = {c["country"]["code"]: (c["meetings"], c["first"], c["last"]) for c in us["counterparts"]}
    assert met == {"RU": (2, "2025-02-27", "2025-04-10"), "CU": (2, "2016-12", "2017-09-20")}
    leaders = [d["leaders"][0]["id"] for d in us["delegations"]]
    assert leaders == [COULTER, COULTER, CREAMER]
    assert us["properties_owned"] == []
    assert {p["id"] for p in us["properties_restricted"]} == set(RU_PROPERTIES)


def test_russia_owns_six_properties_restricted_by_the_us(client: TestClient) -> None:
    ru = client.get("/v1/countries/RU").json()
    assert {p["id"] for p in ru["properties_owned"]} == set(RU_PROPERTIES)
    assert all(
        [r["country"]["code"] for r in p["restrictions"]] == ["US"] for p in ru["properties_owned"]
    )
    assert ru["properties_restricted"] == []


def test_unknown_country_is_404_and_bad_code_422(client: TestClient) -> None:
    assert client.get("/v1/countries/ZZ").status_code == 404
    assert client.get("/v1/countries/USA").status_code == 422


def properties(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/properties", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_properties_under_restriction_and_who_restricts_them(client: TestClient) -> None:
    restricted = properties(client, restricted_by="us")
    assert {p["id"] for p in restricted} == set(RU_PROPERTIES)
    killenworth = next(p for p in restricted if p["id"] == LONG_ISLAND)
    assert killenworth["name"] == "Russian estate, Long Island"
    assert killenworth["location"] == "Long Island"
    assert killenworth["place"]["name"] == "Long Island"
    assert killenworth["owner"]["code"] == "RU"
    assert killenworth["restrictions"] == [
        {
            "country": {"code": "US", "name": "United States"},
            "action": "restrict",
            "as_of": "2025-04-10",
        }
    ]
    assert properties(client, owner="US") == []
    assert properties(client, owner="RU", restricted_by="CU") == []
    names = [p["name"] for p in properties(client)]
    assert names == sorted(name for name, *_ in RU_PROPERTIES.values())
