"""The sequence of meetings and statements between parties: `GET /v1/timeline`."""

from __future__ import annotations

from neo4j import AsyncManagedTransaction

from app.models.common import Page
from app.models.search import TimelineEvent
from app.repositories.base import Repository, fetch_rows, page_params
from graph_schema.model import Label, RelType

M, C = Label.MEETING, Label.COUNTRY
BETWEEN_PARTIES = (
    f"all(code IN $parties WHERE EXISTS "
    f"{{ MATCH (:{C} {{code: code}})-[:{RelType.PARTY_TO}]->(m) }})"
)
# With parties, both branches start at the first one's meetings (a unique-index seek on its
# code) rather than at every meeting; without, at every meeting.
FROM_FIRST_PARTY = f"(:{C} {{code: $parties[0]}})-[:{RelType.PARTY_TO}]->"


# An earlier round known only from a later report ('the previous round') has no date: it takes
# its place before the round that follows it.
SORT_DATE = (
    f"coalesce(m.date, COLLECT {{ MATCH (later:{M})-[:{RelType.FOLLOWS}]->(m) "
    "WHERE later.date IS NOT NULL RETURN later.date ORDER BY later.date }[0])"
)


def _timeline_query(start: str) -> str:
    return f"""
CALL () {{
  MATCH {start}(m:{M}) WHERE {BETWEEN_PARTIES}
  RETURN {{kind: 'meeting', id: m.id, date: m.date, title: m.name, meeting: m.id,
          speaker: null}} AS event, {SORT_DATE} AS day, m.round AS round
  UNION
  MATCH {start}(m:{M})<-[:{RelType.ABOUT}]-(s:{Label.STATEMENT}) WHERE {BETWEEN_PARTIES}
  OPTIONAL MATCH (p:{Label.PERSON})-[:{RelType.SPOKE}]->(s)
  RETURN {{kind: 'statement', id: s.id, date: coalesce(s.date, m.date),
          title: coalesce(s.quote, s.name), meeting: m.id,
          speaker: CASE WHEN p IS NULL THEN null
                   ELSE {{id: p.id, name: p.name, title: p.title, role: p.role}} END}} AS event,
         coalesce(s.date, {SORT_DATE}) AS day, m.round AS round
}}
WITH event, day, round
ORDER BY day IS NULL, day, event.kind, round, event.id
SKIP $skip LIMIT $take
RETURN event AS row
"""


TIMELINE = _timeline_query("")
TIMELINE_OF_PARTIES = _timeline_query(FROM_FIRST_PARTY)


async def _timeline(
    tx: AsyncManagedTransaction, parties: list[str], limit: int, offset: int
) -> Page[TimelineEvent]:
    rows = await fetch_rows(
        tx,
        TIMELINE_OF_PARTIES if parties else TIMELINE,
        TimelineEvent,
        parties=parties,
        **page_params(limit=limit, offset=offset),
    )
    return Page[TimelineEvent].of(rows, limit=limit, offset=offset)


class TimelineRepository(Repository):
    async def timeline(self, *, parties: list[str], limit: int, offset: int) -> Page[TimelineEvent]:
        return await self.read(_timeline, parties, limit, offset)
