"""English display names, every surface form kept as an alias, and search that ignores accents,
case and script, on the graph the writer makes of the samples."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.settings import Settings
from ingest.text.search_keys import search_key
from tests.conftest import make_client
from tests.ingest_helpers import rows
from tests.samples_fixture import load_samples


@pytest.fixture(scope="module")
def samples_client(driver: Driver, settings: Settings) -> Iterator[TestClient]:
    load_samples(driver, settings)  # fails loudly when an article did not land
    with make_client(settings) as client:
        yield client


def _found(client: TestClient, path: str, **params: str) -> list[str]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return [hit["id"] for hit in response.json()["items"]]


def test_search_keys_fold_accents_case_and_script() -> None:
    assert search_key("Jean-Noël BARROT") == "jean noel barrot"
    assert search_key("Сергей Лавров") == "sergei lavrov"
    assert search_key("Κυριάκος Μητσοτάκης") == "kyriakos mitsotakis"


@pytest.mark.parametrize(
    ("q", "country"),
    [("Moskou", "country:RU"), ("Rusland", "country:RU"), ("russe", "country:RU"),
     ("VS", "country:US"), ("Verenigde Staten", "country:US")],
)  # fmt: skip
def test_a_country_is_found_by_any_of_its_names(
    samples_client: TestClient, q: str, country: str
) -> None:
    assert country in _found(samples_client, "/v1/search", q=q, label="Country")


@pytest.mark.parametrize("q", ["Jean-Noel Barrot", "jean-noël barrot", "BARROT"])
def test_people_by_name_without_accents_or_case(samples_client: TestClient, q: str) -> None:
    assert _found(samples_client, "/v1/people", q=q) == ["person:jean-noel-barrot"]


def test_people_by_a_cyrillic_spelling(samples_client: TestClient) -> None:
    assert _found(samples_client, "/v1/people", q="Дарчиев") == ["person:alexander-darchiev"]
    hits = _found(samples_client, "/v1/search", q="Александр Дарчиев", label="Person")
    assert hits[0] == "person:alexander-darchiev"


def test_one_topic_ukraine_whatever_the_language(
    samples_client: TestClient, driver: Driver
) -> None:
    topics = rows(
        driver, "MATCH (t:Topic) WHERE 'Oekraïne' IN t.aliases RETURN t.id AS id, t.name AS name"
    )
    assert topics == [{"id": "topic:ukraine", "name": "Ukraine"}]


def test_properties_have_english_names_and_keep_the_original(
    samples_client: TestClient, driver: Driver
) -> None:
    found = rows(
        driver,
        "MATCH (p:DiplomaticProperty {id: 'property:ru:consulate:san-francisco'}) "
        "RETURN p.name AS name, p.aliases AS aliases",
    )
    assert found == [
        {"name": "Russian consulate, San Francisco",
         "aliases": ["Russian consulate, San Francisco", "consulaten in San Francisco"]}
    ]  # fmt: skip
