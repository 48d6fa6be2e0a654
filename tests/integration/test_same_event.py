"""Reports of one event in different languages share its node, against the real Neo4j: the
`-grp-` groups of the dev gold. Macron's state visit to the Netherlands is placed in The Hague
by the Dutch report and in Amsterdam by the French one; the German closure of three Iranian
consulates is reported in German, Dutch and French. (`benchmarks/bench_sharing.py` measures
every group's pairs offline.)"""

from __future__ import annotations

import json
from typing import Any

import pytest
from neo4j import Driver

from app.settings import Settings
from ingest.service.service import ArticleInput
from tests.ingest_helpers import ROOT, graph_of, rows

pytestmark = pytest.mark.neo4j
DEV_GOLD = ROOT / "tests" / "data" / "real_gold_dev.jsonl"


def _group(name: str) -> list[ArticleInput]:
    records = [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines()]
    found = [r for r in records if "-grp-" in r["id"] and r["event_group"] == name]
    assert len(found) >= 2, f"the dev gold has lost the group {name}"
    return [
        ArticleInput.model_validate({k: r[k] for k in ("text", "language", "published", "url")})
        for r in found
    ]


def _shared(driver: Driver, label: str) -> list[dict[str, Any]]:
    """The nodes of a label with the languages of the articles that mention them."""
    return rows(
        driver,
        f"MATCH (a:Article)-[:MENTIONS]->(n:{label}) "
        "WITH n, collect(DISTINCT a.language) AS langs "
        "RETURN n.id AS id, n.city AS city, n.kind AS kind, langs ORDER BY id",
    )


def test_two_reports_of_a_state_visit_share_its_meeting(driver: Driver, settings: Settings) -> None:
    graph_of(driver, settings, _group("macron-state-visit-nl-2023"))
    meetings = _shared(driver, "Meeting")
    # One node both reports share: the visit. The Dutch report also tells the royal couple's
    # state visit of 2016 (a meeting of its own, dated by its year alone), which only it mentions.
    (visit,) = [m for m in meetings if sorted(m["langs"]) == ["fr", "nl"]]
    assert visit["id"] == "meeting:fr-nl:nl:2023-04"
    assert all(m["langs"] == ["nl"] and m["id"].endswith(":2016") for m in meetings if m != visit)
    # Both cities stay known: the node is held at each one a report names.
    places = rows(
        driver,
        "MATCH (:Meeting {id: $id})-[:HELD_AT]->(p:Place) RETURN p.name AS name ORDER BY name",
        id=visit["id"],
    )
    assert [p["name"] for p in places] == ["Amsterdam", "The Hague"]


def test_three_reports_of_closed_consulates_share_them(driver: Driver, settings: Settings) -> None:
    graph_of(driver, settings, _group("de-closes-iran-consulates-2024-10"))
    consulates = [p for p in _shared(driver, "DiplomaticProperty") if p["kind"] == "consulate"]
    assert len(consulates) == 3
    assert all(sorted(p["langs"]) == ["de", "fr", "nl"] for p in consulates)


def test_reports_of_a_call_dated_by_day_and_by_last_month_share_it(
    driver: Driver, settings: Settings
) -> None:
    # The English report dates Scholz's call with Putin to its day; the Dutch one, published
    # the month after, to 'vorige maand'. The two undated reports keep a node each: nothing
    # in them tells this call from another year's.
    graph_of(driver, settings, _group("scholz-putin-call-2024-11"))
    calls = {m["id"]: sorted(m["langs"]) for m in _shared(driver, "Meeting")}
    assert calls.pop("meeting:de-ru:call:2024-11") == ["en", "nl"]
    assert all(len(langs) == 1 for langs in calls.values())
