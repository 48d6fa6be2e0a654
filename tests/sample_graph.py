"""Fixture graphs for the /v1 tests, hand-built from facts in the sample articles.

Three articles, written with the real writer: the second round of US-Russia talks in Istanbul
(Dutch), the first round it follows (English), and the sixth US-Cuba Bilateral Commission meeting
(English), so that every filter has something to keep and something to drop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import AsyncGraphDatabase, Driver

from app.settings import Settings
from graph_schema.model import Label, RelType
from ingest.models import ArticleMeta
from ingest.write.model import ArticleGraph, NodeRow, PropValue, RelRow
from ingest.write.transaction import write_article_tx
from tests.conftest import wipe_graph

L, T = Label, RelType

ROUND2_ARTICLE = "article:5e0a1c2b3d4f6071"
ROUND1_ARTICLE = "article:7a8b9c0d1e2f3041"
CUBA_ARTICLE = "article:c0ba000000000006"

ROUND1, ROUND2 = "meeting:ru-us:istanbul:r1", "meeting:ru-us:istanbul:r2"
CUBA6, CUBA_PREV = "meeting:cu-us:washington:r6", "meeting:cu-us:2016-12"
DARCHIEV, COULTER, BRUCE = (
    "person:alexander-darchiev",
    "person:sonata-coulter",
    "person:tammy-bruce",
)
CREAMER, VIDAL = "person:john-creamer", "person:josefina-vidal"
STATE_DEPT = "org:us:us-department-of-state"
BRUCE_STATEMENT = "statement:b7c3e1a2d4f50617"
VENUE = "place:istanbul:residence-of-the-russian-consul-general"

RU_PROPERTIES = {
    "property:ru:killenworth": ("Killenworth estate", "estate", "place:long-island", "Long Island"),
    "property:ru:pioneer-point": ("Pioneer Point", "estate", "place:maryland", "Maryland"),
    "property:ru:consulate-san-francisco": (
        "Russian consulate in San Francisco",
        "consulate",
        "place:san-francisco",
        "San Francisco",
    ),
    "property:ru:consulate-seattle": (
        "Russian consulate in Seattle",
        "consulate",
        "place:seattle",
        "Seattle",
    ),
    "property:ru:trade-mission-washington": (
        "Russian trade mission in Washington",
        "trade_mission",
        "place:washington",
        "Washington",
    ),
    "property:ru:trade-mission-new-york": (
        "Russian trade mission in New York",
        "trade_mission",
        "place:new-york",
        "New York",
    ),
}


def node(label: Label, id_: str, name: str, *aliases: str, **props: PropValue) -> NodeRow:
    return NodeRow(label=label, id=id_, name=name, props=props, aliases=[name, *aliases])


def rel(
    type_: RelType, start: tuple[Label, str], end: tuple[Label, str], **props: PropValue
) -> RelRow:
    return RelRow(
        type=type_,
        start_label=start[0],
        start=start[1],
        end_label=end[0],
        end=end[1],
        props=props,
        evidence=[],
    )


def article(id_: str, *, title: str, language: str, published: str) -> ArticleMeta:
    return ArticleMeta(
        id=id_,
        url=f"https://news.example.org/{id_.split(':')[1]}",
        title=title,
        language=language,
        published=published,
        source="news.example.org",
        content_hash=f"hash-{id_}",
        text=title,
        ingested_at="2025-05-01T00:00:00Z",
    )


def countries(*codes: str) -> list[NodeRow]:
    names = {
        "RU": ("Russia", "Rusland"),
        "US": ("United States", "VS", "Verenigde Staten"),
        "TR": ("Turkey", "Turkije", "Türkiye"),
        "CU": ("Cuba",),
    }
    return [node(L.COUNTRY, f"country:{c}", *names[c], code=c) for c in codes]


def delegation_facts(
    meeting: str, code: str, leader: str, *, title: str, role: str
) -> tuple[NodeRow, list[RelRow]]:
    d_id = f"delegation:{meeting.removeprefix('meeting:')}:{code.lower()}"
    d = node(L.DELEGATION, d_id, f"{code} delegation", country=code, meeting=meeting)
    rels = [
        rel(T.REPRESENTS, (L.DELEGATION, d_id), (L.COUNTRY, f"country:{code}")),
        rel(T.LED_BY, (L.DELEGATION, d_id), (L.PERSON, leader), title=title, role=role),
        rel(T.ATTENDED, (L.DELEGATION, d_id), (L.MEETING, meeting)),
        rel(T.PARTY_TO, (L.COUNTRY, f"country:{code}"), (L.MEETING, meeting)),
    ]
    return d, rels


def meeting(id_: str, name: str, **props: Any) -> NodeRow:
    return node(L.MEETING, id_, name, **props)


def _people() -> list[NodeRow]:
    return [
        node(
            L.PERSON,
            DARCHIEV,
            "Alexander Darchiev",
            "Aleksandr Darchiev",
            "Александр Дарчиев",
            surname="Darchiev",
            country="RU",
            role="ambassador",
            title="Russian ambassador to the US",
        ),
        node(
            L.PERSON,
            COULTER,
            "Sonata Coulter",
            surname="Coulter",
            country="US",
            role="deputy_assistant_secretary",
            title="deputy assistant secretary",
        ),
    ]


def _talks_round(
    meeting_id: str, *, round_: int, date: str, **extra: PropValue
) -> tuple[list[NodeRow], list[RelRow]]:
    nodes: list[NodeRow] = [
        *countries("RU", "US", "TR"),
        node(L.PLACE, "place:istanbul", "Istanbul", "İstanbul", kind="city", country="TR"),
        meeting(
            meeting_id,
            f"Round {round_} of US-Russia talks in Istanbul",
            kind="talks",
            round=round_,
            date=date,
            city="Istanbul",
            status="held",
            parties=["RU", "US"],
            parties_key="RU-US",
            cameo="040",
            plover="CONSULT",
            **extra,
        ),
        *_people(),
    ]
    rels = [
        rel(T.HELD_AT, (L.MEETING, meeting_id), (L.PLACE, "place:istanbul")),
        rel(T.LOCATED_IN, (L.PLACE, "place:istanbul"), (L.COUNTRY, "country:TR")),
    ]
    for code, leader, title, role in (
        ("RU", DARCHIEV, "Russian ambassador to the US", "ambassador"),
        ("US", COULTER, "deputy assistant secretary", "deputy_assistant_secretary"),
    ):
        d, d_rels = delegation_facts(meeting_id, code, leader, title=title, role=role)
        nodes.append(d)
        rels += d_rels
    return nodes, rels


def round1_graph() -> ArticleGraph:
    nodes, rels = _talks_round(ROUND1, round_=1, date="2025-02-27")
    return ArticleGraph(
        article=article(
            ROUND1_ARTICLE,
            title="US and Russian diplomats meet in Istanbul",
            language="en",
            published="2025-02-27",
        ),
        nodes=nodes,
        rels=rels,
    )


def _bruce_facts() -> tuple[list[NodeRow], list[RelRow]]:
    quote = "There are no political or security issues on the agenda."
    nodes = [
        node(
            L.PERSON,
            BRUCE,
            "Tammy Bruce",
            surname="Bruce",
            country="US",
            role="spokesperson",
            title="woordvoerder",
        ),
        node(
            L.ORGANIZATION,
            STATE_DEPT,
            "U.S. Department of State",
            "Amerikaanse ministerie van Buitenlandse Zaken",
            country="US",
            kind="ministry",
        ),
        node(L.STATEMENT, BRUCE_STATEMENT, quote, quote=quote, date="2025-04-08", speaker=BRUCE),
        node(L.TOPIC, "topic:embassy-operations", "normalising embassy operations"),
        node(L.TOPIC, "topic:ukraine", "Ukraine", "Oekraïne"),
    ]
    rels = [
        rel(
            T.HOLDS_POSITION,
            (L.PERSON, BRUCE),
            (L.ORGANIZATION, STATE_DEPT),
            title="woordvoerder",
            role="spokesperson",
            as_of="2025-04-08",
        ),
        rel(T.SPOKE, (L.PERSON, BRUCE), (L.STATEMENT, BRUCE_STATEMENT), date="2025-04-08"),
        rel(T.ABOUT, (L.STATEMENT, BRUCE_STATEMENT), (L.MEETING, ROUND2)),
        rel(T.ON_AGENDA, (L.MEETING, ROUND2), (L.TOPIC, "topic:embassy-operations")),
        rel(T.OFF_AGENDA, (L.MEETING, ROUND2), (L.TOPIC, "topic:ukraine")),
    ]
    return nodes, rels


def _property_facts() -> tuple[list[NodeRow], list[RelRow]]:
    nodes: list[NodeRow] = []
    rels: list[RelRow] = []
    for pid, (name, kind, place_id, place) in RU_PROPERTIES.items():
        nodes += [
            node(L.DIPLOMATIC_PROPERTY, pid, name, kind=kind, location=place, owner="RU"),
            node(L.PLACE, place_id, place, kind="region", country="US"),
        ]
        rels += [
            rel(T.OWNED_BY, (L.DIPLOMATIC_PROPERTY, pid), (L.COUNTRY, "country:RU")),
            rel(T.LOCATED_IN, (L.DIPLOMATIC_PROPERTY, pid), (L.PLACE, place_id)),
            rel(
                T.RESTRICTS,
                (L.COUNTRY, "country:US"),
                (L.DIPLOMATIC_PROPERTY, pid),
                action="restrict",
                as_of="2025-04",
            ),
        ]
    return nodes, rels


def round2_graph() -> ArticleGraph:
    nodes, rels = _talks_round(
        ROUND2, round_=2, date="2025-04-10", venue="residence of the Russian consul general"
    )
    nodes.append(meeting(ROUND1, "Round 1 of US-Russia talks in Istanbul", round=1))
    nodes.append(node(L.PLACE, VENUE, "residence of the Russian consul general", kind="venue"))
    rels += [
        rel(T.HELD_AT, (L.MEETING, ROUND2), (L.PLACE, VENUE)),
        rel(T.LOCATED_IN, (L.PLACE, VENUE), (L.PLACE, "place:istanbul")),
    ]
    rels.append(rel(T.FOLLOWS, (L.MEETING, ROUND2), (L.MEETING, ROUND1)))
    for extra_nodes, extra_rels in (_bruce_facts(), _property_facts()):
        nodes += extra_nodes
        rels += extra_rels
    return ArticleGraph(
        article=article(
            ROUND2_ARTICLE,
            title="Tweede ronde gesprekken tussen VS en Rusland begonnen in Istanbul",
            language="nl",
            published="2025-04-10",
        ),
        nodes=nodes,
        rels=rels,
    )


def cuba_graph() -> ArticleGraph:
    nodes: list[NodeRow] = [
        *countries("US", "CU"),
        node(L.PLACE, "place:washington", "Washington", "Washington, D.C.", kind="city"),
        node(L.PLACE, "place:havana", "Havana", "La Habana", kind="city", country="CU"),
        meeting(
            CUBA6,
            "Sixth US-Cuba Bilateral Commission meeting",
            kind="meeting",
            round=6,
            date="2017-09-19",
            city="Washington",
            status="held",
            parties=["CU", "US"],
            parties_key="CU-US",
        ),
        meeting(CUBA_PREV, "US-Cuba Bilateral Commission meeting", kind="meeting", date="2016-12"),
        node(L.PERSON, CREAMER, "John Creamer", surname="Creamer", country="US"),
        node(L.PERSON, VIDAL, "Josefina Vidal", surname="Vidal", country="CU"),
        node(
            L.DIPLOMATIC_PROPERTY,
            "property:us:u-s-embassy-in-havana",
            "U.S. Embassy in Havana",
            kind="embassy",
            location="Havana",
            owner="US",
        ),
    ]
    rels = [
        rel(T.HELD_AT, (L.MEETING, CUBA6), (L.PLACE, "place:washington")),
        rel(T.FOLLOWS, (L.MEETING, CUBA6), (L.MEETING, CUBA_PREV)),
        rel(T.PARTY_TO, (L.COUNTRY, "country:CU"), (L.MEETING, CUBA_PREV)),
        rel(T.PARTY_TO, (L.COUNTRY, "country:US"), (L.MEETING, CUBA_PREV)),
        rel(
            T.OWNED_BY,
            (L.DIPLOMATIC_PROPERTY, "property:us:u-s-embassy-in-havana"),
            (L.COUNTRY, "country:US"),
        ),
        rel(
            T.LOCATED_IN,
            (L.DIPLOMATIC_PROPERTY, "property:us:u-s-embassy-in-havana"),
            (L.PLACE, "place:havana"),
        ),
    ]
    for code, leader, title in (
        ("US", CREAMER, "Deputy Assistant Secretary of State for Western Hemisphere Affairs"),
        ("CU", VIDAL, "Director General for U.S. Affairs"),
    ):
        d, d_rels = delegation_facts(CUBA6, code, leader, title=title, role="senior_official")
        nodes.append(d)
        rels += d_rels
    return ArticleGraph(
        article=article(
            CUBA_ARTICLE,
            title="United States and Cuba Hold Sixth Bilateral Commission Meeting",
            language="en",
            published="2017-09-20",
        ),
        nodes=nodes,
        rels=rels,
    )


SAMPLE = (round1_graph, round2_graph, cuba_graph)


async def _write_all(settings: Settings, graphs: list[ArticleGraph]) -> None:
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    async with (
        AsyncGraphDatabase.driver(settings.neo4j_uri, auth=auth) as drv,
        drv.session(database=settings.neo4j_database) as session,
    ):
        for graph in graphs:
            await session.execute_write(write_article_tx, graph, previous_hash=None)


def load_sample(driver: Driver, settings: Settings) -> None:
    wipe_graph(driver, settings)
    asyncio.run(_write_all(settings, [build() for build in SAMPLE]))


@pytest.fixture(scope="module")
def sample_graph(driver: Driver, settings: Settings) -> Iterator[None]:
    """The sample graph, loaded once per test module (another module may have wiped it)."""
    load_sample(driver, settings)
    yield
