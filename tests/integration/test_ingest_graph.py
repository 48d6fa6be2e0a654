"""Ingest into the real Neo4j: idempotence, cross-language resolution, updates, retraction."""

from __future__ import annotations

from neo4j import Driver

from app.settings import Settings
from ingest.service.service import retract
from tests.ingest_helpers import graph_counts, ingest, mentioned_by, rows, sample, with_driver

NL = "sample-nl-us-ru-istanbul-round2"
EN = "sample-en-us-ru-istanbul-round2"


def test_ingesting_again_changes_nothing(clean_graph: Driver, settings: Settings) -> None:
    first = ingest(settings, sample(NL), sample(EN))
    assert (first.new, first.failed) == (2, [])
    before = graph_counts(clean_graph)
    again = ingest(settings, sample(NL), sample(EN))
    assert (again.new, again.unchanged, again.updated) == (0, 2, 0)
    assert again.counts.nodes_created == again.counts.relationships_created == 0
    assert graph_counts(clean_graph) == before


def test_one_event_reported_in_two_languages_is_one_meeting(
    clean_graph: Driver, settings: Settings
) -> None:
    report = ingest(settings, sample(NL), sample(EN))
    meetings = rows(
        clean_graph, "MATCH (m:Meeting {parties_key: 'RU-US', round: 2}) RETURN m.id AS id"
    )
    assert len(meetings) == 1
    assert mentioned_by(clean_graph, meetings[0]["id"]) == sorted(report.article_ids)
    leaders = rows(
        clean_graph,
        "MATCH (d:Delegation)-[r:LED_BY]->(p:Person) "
        "RETURN d.country AS c, p.id AS p, size(r.sources) AS n ORDER BY c",
    )
    assert leaders == [
        {"c": "RU", "p": "person:alexander-darchiev", "n": 2},
        {"c": "US", "p": "person:sonata-coulter", "n": 2},
    ]
    people = rows(clean_graph, "MATCH (p:Person {surname_key: 'darchiev'}) RETURN p.id AS id")
    assert people == [{"id": "person:alexander-darchiev"}]


def test_same_url_with_new_text_replaces_the_article_facts(
    clean_graph: Driver, settings: Settings
) -> None:
    original = sample(EN)
    ingest(settings, original)
    corrected = original.model_copy(
        update={"text": original.text.replace("Sonata Coulter", "Michael Ratney")}
    )
    report = ingest(settings, corrected)
    assert (report.updated, report.new) == (1, 0)
    leaders = rows(
        clean_graph,
        "MATCH (:Delegation {country: 'US'})-[:LED_BY]->(p:Person) RETURN p.name AS name",
    )
    assert leaders == [{"name": "Michael Ratney"}]
    assert rows(clean_graph, "MATCH (p:Person {name: 'Sonata Coulter'}) RETURN p") == []
    assert rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c") == [{"c": 1}]


def test_retraction_removes_exactly_what_only_that_article_said(
    clean_graph: Driver, settings: Settings
) -> None:
    only_nl = ingest(settings, sample(NL))
    nl_counts = graph_counts(clean_graph)
    both = ingest(settings, sample(EN))
    en_id = both.article_ids[0]
    quote = "MATCH (s:Statement) WHERE s.quote CONTAINS 'accreditation' RETURN count(s) AS c"
    assert rows(clean_graph, quote) == [{"c": 1}]

    counts = with_driver(settings, lambda d: retract(d, en_id, database="neo4j"))
    assert counts is not None and counts.nodes_deleted > 0
    assert rows(clean_graph, quote) == [{"c": 0}]
    assert mentioned_by(clean_graph, "meeting:ru-us:2025:r2") == only_nl.article_ids
    stale = rows(
        clean_graph, "MATCH ()-[r]->() WHERE $id IN r.sources RETURN count(r) AS c", id=en_id
    )
    assert stale == [{"c": 0}]
    assert graph_counts(clean_graph) == nl_counts

    with_driver(settings, lambda d: retract(d, only_nl.article_ids[0], database="neo4j"))
    assert graph_counts(clean_graph) == (0, 0)


def test_retracting_an_unknown_article_says_so(clean_graph: Driver, settings: Settings) -> None:
    assert with_driver(settings, lambda d: retract(d, "article:0000", database="neo4j")) is None
