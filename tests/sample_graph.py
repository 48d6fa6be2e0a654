"""The graph the /v1 tests read, made by ingesting articles through the real pipeline and writer.

The four sample articles (`samples/articles.jsonl`: the second round of US-Russia talks in
Istanbul reported in Dutch and in English, German and French reports of other talks) and two
more in `tests/fixtures/api_articles.jsonl` (the first round, in English; the sixth US-Cuba
Bilateral Commission meeting), ingested one at a time in this order. Every id below is one the
writer makes; nothing is built by hand. The two are API fixtures written for these tests, not
published text, so they live in `tests/fixtures`, apart from the real gold in `tests/data`; they
carry the gold a reader finds in them, so `check_gold.py` passes on them too, and the gold is
left out when they are ingested.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from neo4j import Driver

from app.settings import Settings
from ingest.resolve.ids import article_id
from ingest.service.service import ArticleInput
from tests.conftest import wipe_graph
from tests.ingest_helpers import ROOT, SAMPLES, ingest

API_ARTICLES = ROOT / "tests" / "fixtures" / "api_articles.jsonl"
ORDER = (
    "sample-nl-us-ru-istanbul-round2",
    "sample-en-us-ru-istanbul-round2",
    "api-en-us-ru-istanbul-round1",
    "api-en-us-cu-washington-round6",
    "sample-de-de-fr-paris",
    "sample-fr-eu-cn-brussels",
)


def _records() -> dict[str, dict[str, str]]:
    lines = [
        *SAMPLES.read_text("utf-8").splitlines(),
        *API_ARTICLES.read_text("utf-8").splitlines(),
    ]
    records = (json.loads(line) for line in lines)
    return {r["id"]: {k: v for k, v in r.items() if k != "gold"} for r in records}


RECORDS = _records()


def _article(record_id: str) -> str:
    return article_id(url=RECORDS[record_id]["url"], text="")


ROUND2_ARTICLE = _article("sample-nl-us-ru-istanbul-round2")
ROUND2_EN_ARTICLE = _article("sample-en-us-ru-istanbul-round2")
ROUND1_ARTICLE = _article("api-en-us-ru-istanbul-round1")
CUBA_ARTICLE = _article("api-en-us-cu-washington-round6")

ROUND1, ROUND2 = "meeting:ru-us:2025:r1", "meeting:ru-us:2025:r2"
CUBA6, CUBA_PREV = "meeting:cu-us:2017:r6", "meeting:cu-us:2016:r5"
DARCHIEV, COULTER, BRUCE = (
    "person:alexander-darchiev",
    "person:sonata-coulter",
    "person:tammy-bruce",
)
CREAMER, VIDAL = "person:john-creamer", "person:josefina-vidal"
STATE_DEPT = "org:us:ministerie-van-buitenlandse-zaken"

# Owner, kind and place name each property in every language; the caption is English.
RU_PROPERTIES = {
    f"property:ru:{kind.replace(' ', '-')}:{place_slug}": (
        f"Russian {kind}, {place}",
        kind,
        f"place:{place_slug}",
        place,
    )
    for kind, place_slug, place in (
        ("estate", "long-island", "Long Island"),
        ("estate", "maryland", "Maryland"),
        ("consulate", "san-francisco", "San Francisco"),
        ("consulate", "seattle", "Seattle"),
        ("trade mission", "washington", "Washington"),
        ("trade mission", "new-york", "New York"),
    )
}


def load_sample(driver: Driver, settings: Settings) -> None:
    wipe_graph(driver, settings)
    for record_id in ORDER:
        report = ingest(settings, ArticleInput.model_validate(RECORDS[record_id]))
        assert report.new == 1, report.summary()


@pytest.fixture(scope="module")
def sample_graph(driver: Driver, settings: Settings) -> Iterator[None]:
    """The sample graph, loaded once per test module (another module may have wiped it)."""
    load_sample(driver, settings)
    yield


# What Tammy Bruce said (the Dutch report), oldest first: the ids are digests of speaker and quote.
BRUCE_STATEMENTS = ("statement:115057326631c149", "statement:d1f42a51c4a1b51e")
BRUCE_STATEMENT = BRUCE_STATEMENTS[0]

PARIS, BRUSSELS = "meeting:de-fr:fr:2025-03", "meeting:cn-eu:be:2025-07"
BAERBOCK, BARROT = "person:annalena-baerbock", "person:jean-noel-barrot"
LI_QIANG, VON_DER_LEYEN = "person:li-qiang", "person:ursula-von-der-leyen"
DARCHIEV_STATEMENTS = ("statement:8ebc2d5e96b05197", "statement:d2b106e3da47c02b")
