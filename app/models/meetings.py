"""Meetings: parties, place, date, round, delegations, rounds before and after, what was said."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.models.common import (
    ArticleRef,
    CountryRef,
    MeetingRef,
    PlaceRef,
    StatementRef,
)
from app.models.delegations import Delegation
from graph_schema.model import MeetingKind as GraphMeetingKind

# Exactly the kinds the writer stores; a filter on anything else is a 422, not an empty page.
MeetingKind = GraphMeetingKind


class TopicRef(BaseModel):
    id: str = Field(examples=["topic:ukraine"])
    name: str = Field(examples=["Ukraine"])


class EventCodes(BaseModel):
    cameo: str | None = Field(default=None, examples=["040"])
    plover: str | None = Field(default=None, examples=["CONSULT"])


class MeetingSummary(MeetingRef):
    venue: str | None = Field(default=None, examples=["residence of the Russian consul general"])
    parties: list[CountryRef]


class MeetingDetail(MeetingSummary):
    time: str | None = Field(default=None, examples=["06:45"])
    duration: str | None = Field(default=None, examples=["more than six hours"])
    places: list[PlaceRef] = Field(description="the city and the venue it was held at")
    delegations: list[Delegation] = Field(default_factory=list)
    previous: list[MeetingRef] = Field(description="the rounds this one follows")
    next: list[MeetingRef] = Field(description="the rounds that follow this one")
    agenda: list[TopicRef]
    off_agenda: list[TopicRef]
    statements: list[StatementRef]
    event_codes: EventCodes
    articles: list[ArticleRef] = Field(description="the articles that support the meeting")
