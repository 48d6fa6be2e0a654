"""Meetings: `GET /v1/meetings` and `GET /v1/meetings/{id}`."""

from __future__ import annotations

from dataclasses import dataclass, field

from neo4j import AsyncManagedTransaction

from app.errors import NotFound
from app.models.common import Page
from app.models.meetings import MeetingDetail, MeetingSummary
from app.repositories.base import Repository, fetch_one, fetch_rows, page_params
from app.repositories.delegations import DelegationFilter, select_delegations
from app.repositories.fragments import articles_of, date_range, meeting_map
from graph_schema.model import Label, RelType

M, C, P, T, S = Label.MEETING, Label.COUNTRY, Label.PERSON, Label.TOPIC, Label.STATEMENT

# The countries party to `m`, by code, as a list expression.
PARTIES_OF_M = (
    f"COLLECT {{ MATCH (pc:{C})-[:{RelType.PARTY_TO}]->(m) "
    "RETURN {code: pc.code, name: pc.name} ORDER BY pc.code }"
)
SUMMARY_FIELDS = f"id: m.id, name: m.name, kind: m.kind, round: m.round, date: m.date, \
city: m.city, status: m.status, venue: m.venue, parties: {PARTIES_OF_M}"

# Every party in `$parties` is party to `m`.
ALL_PARTIES = (
    f"all(code IN $parties "
    f"WHERE EXISTS {{ MATCH (:{C} {{code: code}})-[:{RelType.PARTY_TO}]->(m) }})"
)
# With parties, the walk starts at the first one's meetings (a unique-index seek on its code)
# rather than at every meeting.
FROM_FIRST_PARTY = f"MATCH (:{C} {{code: $parties[0]}})-[:{RelType.PARTY_TO}]->(m:{M})"
FROM_ANY = f"MATCH (m:{M})"
MEETING_FILTERS = f"""
WHERE {ALL_PARTIES}
  AND ($city IS NULL OR toLower(m.city) = toLower($city))
  AND ($kind IS NULL OR m.kind = $kind)
  AND {date_range("m.date")}
WITH m ORDER BY coalesce(m.date, '') DESC, m.id
SKIP $skip LIMIT $take
RETURN {{{SUMMARY_FIELDS}}} AS row
"""
LIST_MEETINGS = FROM_ANY + MEETING_FILTERS
LIST_MEETINGS_OF_PARTIES = FROM_FIRST_PARTY + MEETING_FILTERS


def _topics(rel: RelType) -> str:
    return (
        f"COLLECT {{ MATCH (m)-[:{rel}]->(t:{T}) "
        "RETURN {id: t.id, name: t.name} ORDER BY t.name, t.id }"
    )


MEETING_DETAIL = f"""
MATCH (m:{M} {{id: $id}})
WITH m, COLLECT {{ MATCH (src:{Label.ARTICLE})-[:{RelType.MENTIONS}]->(m) RETURN src.id }} AS ids
{articles_of("ids", out="articles")}
RETURN {{{SUMMARY_FIELDS},
  time: m.time, duration: m.duration,
  event_codes: {{cameo: m.cameo, plover: m.plover}},
  places: COLLECT {{ MATCH (m)-[:{RelType.HELD_AT}]->(p:{Label.PLACE})
                    RETURN {{id: p.id, name: p.name, kind: p.kind}} ORDER BY p.kind, p.id }},
  previous: COLLECT {{ MATCH (m)-[:{RelType.FOLLOWS}]->(x:{M})
                      RETURN {meeting_map("x")} ORDER BY x.round, x.date, x.id }},
  next: COLLECT {{ MATCH (x:{M})-[:{RelType.FOLLOWS}]->(m)
                  RETURN {meeting_map("x")} ORDER BY x.round, x.date, x.id }},
  agenda: {_topics(RelType.ON_AGENDA)},
  off_agenda: {_topics(RelType.OFF_AGENDA)},
  statements: COLLECT {{
    MATCH (s:{S})-[:{RelType.ABOUT}]->(m)
    OPTIONAL MATCH (sp:{P})-[:{RelType.SPOKE}]->(s)
    RETURN {{id: s.id, quote: coalesce(s.quote, s.name), date: s.date,
            speaker: CASE WHEN sp IS NULL THEN null
                     ELSE {{id: sp.id, name: sp.name, title: sp.title, role: sp.role}} END}}
    ORDER BY s.date, s.id }},
  articles: articles
}} AS row
"""

# Delegations of one meeting are few; this bound only guards against a runaway graph.
MAX_DELEGATIONS = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingFilter:
    parties: list[str] = field(default_factory=list)
    city: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None


async def _list(
    tx: AsyncManagedTransaction, where: MeetingFilter, limit: int, offset: int
) -> Page[MeetingSummary]:
    rows = await fetch_rows(
        tx,
        LIST_MEETINGS_OF_PARTIES if where.parties else LIST_MEETINGS,
        MeetingSummary,
        parties=where.parties,
        city=where.city,
        kind=where.kind,
        **{"from": where.date_from, "to": where.date_to},
        **page_params(limit=limit, offset=offset),
    )
    return Page[MeetingSummary].of(rows, limit=limit, offset=offset)


async def _detail(tx: AsyncManagedTransaction, meeting_id: str) -> MeetingDetail | None:
    meeting = await fetch_one(tx, MEETING_DETAIL, MeetingDetail, id=meeting_id)
    if meeting is None:
        return None
    # The same listing as /v1/delegations, so a delegation looks the same wherever it appears.
    delegations = await select_delegations(
        tx, DelegationFilter(meeting=meeting_id), skip=0, take=MAX_DELEGATIONS
    )
    return meeting.model_copy(update={"delegations": delegations})


class MeetingRepository(Repository):
    async def list(self, where: MeetingFilter, *, limit: int, offset: int) -> Page[MeetingSummary]:
        return await self.read(_list, where, limit, offset)

    async def get(self, meeting_id: str) -> MeetingDetail:
        meeting = await self.read(_detail, meeting_id)
        if meeting is None:
            raise NotFound(f"no meeting with id {meeting_id!r}", id=meeting_id)
        return meeting
