"""Meetings as PLOVER event records, one JSON object a line.

PLOVER (the event ontology POLECAT uses, successor to CAMEO) files a meeting under
`event_type` CONSULT with a `mode`: `phone` for a call, `multilateral` for more than two
parties, `third-party` when it is held in a country that is not a party, `visit` for a visit
and `host` when the meeting is in one party's country; the mode is null when none is known.
Each record carries the CAMEO code the graph already holds, the actors (parties with ISO codes,
their delegations and leaders), the date, the location, and each supporting article's URL with
the sentence that reported the meeting.

Meetings are read in pages keyed on `id`, one read transaction a page (as `source.py` does).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction

from app.export.source import PAGE
from graph_schema.model import Label, RelType

L, T = Label, RelType

MEETINGS = f"""
MATCH (m:{L.MEETING}) WHERE m.id > $after AND ($ids IS NULL OR m.id IN $ids)
WITH m ORDER BY m.id LIMIT $page
CALL (m) {{
  MATCH (c:{L.COUNTRY})-[:{T.PARTY_TO}]->(m)
  WITH c ORDER BY c.code
  RETURN collect({{code: c.code, name: c.name}}) AS parties
}}
CALL (m) {{
  MATCH (d:{L.DELEGATION})-[:{T.ATTENDED}]->(m)
  OPTIONAL MATCH (d)-[led:{T.LED_BY}]->(p:{L.PERSON})
  WITH d, p, led ORDER BY d.id, p.id
  RETURN collect({{delegation: d.id, country: d.country, leader: p.id, name: p.name,
                  title: led.title}}) AS leaders
}}
CALL (m) {{
  OPTIONAL MATCH (m)-[:{T.HELD_AT}]->(:{L.PLACE})-[:{T.LOCATED_IN}*1..2]->(lc:{L.COUNTRY})
  RETURN collect(DISTINCT lc.code)[0] AS place_country
}}
CALL (m) {{
  MATCH (m)-[r:{T.PARTY_TO}|{T.HELD_AT}|{T.ATTENDED}]-()
  UNWIND coalesce(r.evidence, []) AS evidence
  WITH DISTINCT evidence ORDER BY evidence
  RETURN collect(evidence) AS evidence
}}
CALL (m) {{
  MATCH (m)-[r:{T.PARTY_TO}|{T.HELD_AT}|{T.ATTENDED}]-()
  UNWIND coalesce(r.sources, []) AS source
  WITH DISTINCT source
  MATCH (a:{L.ARTICLE} {{id: source}})
  WITH a ORDER BY a.published, a.id
  RETURN collect({{article: a.id, url: a.url, title: a.title, published: a.published,
                  language: a.language}}) AS articles
}}
RETURN m.id AS id, m {{.date, .kind, .round, .status, .city, .venue, .cameo, .plover,
                       .time}} AS meeting,
       parties, leaders, place_country, evidence, articles
ORDER BY id
"""


def mode(kind: str | None, parties: list[str], place_country: str | None) -> str | None:
    if kind == "call":
        return "phone"
    if len(parties) > 2:
        return "multilateral"
    if place_country is not None and parties and place_country not in parties:
        return "third-party"
    if kind == "visit":
        return "visit"
    if place_country is not None and place_country in parties:
        return "host"
    return None


def _sentences(evidence: list[str]) -> dict[str, str]:
    """The first sentence each article gives for the meeting (evidence strings are
    `article-id TAB start-end TAB rule TAB sentence`, sorted, so the earliest span first
    within an article when spans are of equal width)."""
    first: dict[str, tuple[int, str]] = {}
    for item in evidence:
        parts = item.split("\t", 3)
        if len(parts) != 4:
            continue
        article, span, _rule, sentence = parts
        start = int(span.split("-", 1)[0]) if span.split("-", 1)[0].isdigit() else 0
        if article not in first or start < first[article][0]:
            first[article] = (start, sentence)
    return {article: sentence for article, (_, sentence) in first.items()}


def record(row: dict[str, Any]) -> dict[str, Any]:
    meeting = row["meeting"]
    codes = [p["code"] for p in row["parties"]]
    leaders: dict[str, list[dict[str, Any]]] = {}
    delegations: dict[str, str] = {}
    for lead in row["leaders"]:
        delegations[lead["country"]] = lead["delegation"]
        if lead["leader"] is not None:
            leaders.setdefault(lead["country"], []).append(
                {"id": lead["leader"], "name": lead["name"], "title": lead["title"]}
            )
    sentences = _sentences(row["evidence"])
    sources = [{**a, "sentence": sentences.get(a["article"])} for a in row["articles"]]
    return {
        "event_id": row["id"],
        "event_date": meeting["date"],
        "event_type": meeting["plover"] or "CONSULT",
        "event_mode": mode(meeting["kind"], codes, row["place_country"]),
        "cameo": meeting["cameo"],
        "event_text": next((s["sentence"] for s in sources if s["sentence"]), None),
        "actors": [
            {
                "country": p["code"],
                "name": p["name"],
                "delegation": delegations.get(p["code"]),
                "leaders": leaders.get(p["code"], []),
            }
            for p in row["parties"]
        ],
        "location": {
            "city": meeting["city"],
            "venue": meeting["venue"],
            "country": row["place_country"],
        },
        "meeting": {k: meeting[k] for k in ("kind", "round", "status", "time")},
        "sources": sources,
    }


async def _page(
    tx: AsyncManagedTransaction, after: str, ids: list[str] | None
) -> list[dict[str, Any]]:
    result = await tx.run(MEETINGS, after=after, page=PAGE, ids=ids)
    return [dict(r) async for r in result]


async def plover_records(
    driver: AsyncDriver, database: str, *, ids: list[str] | None = None
) -> AsyncIterator[dict[str, Any]]:
    """Every meeting (or those in `ids`) as a PLOVER record, in id order."""
    after = ""
    while True:
        async with driver.session(database=database, default_access_mode="READ") as session:
            rows = await session.execute_read(_page, after, ids)
        for row in rows:
            yield record(row)
        if len(rows) < PAGE:
            return
        after = rows[-1]["id"]


async def plover_lines(
    driver: AsyncDriver, database: str, *, ids: list[str] | None = None
) -> AsyncIterator[str]:
    async for rec in plover_records(driver, database, ids=ids):
        yield json.dumps(rec, ensure_ascii=False) + "\n"
