"""Full-text search hits and timeline events."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from app.models.common import PersonRef

# The labels the `entity_search` index covers (graph_schema.model.SEARCHABLE; a test holds
# the two equal).
SearchLabel = Literal[
    "Person", "Country", "Organization", "Place", "Meeting", "Topic", "DiplomaticProperty"
]


class SearchHit(BaseModel):
    id: str = Field(examples=["person:alexander-darchiev"])
    label: str = Field(examples=["Person"])
    name: str = Field(examples=["Alexander Darchiev"])
    aliases: list[str] = Field(examples=[["Alexander Darchiev", "Darchiev"]])
    score: float = Field(description="full-text relevance; higher is better", examples=[3.2])


class TimelineEvent(BaseModel):
    kind: Literal["meeting", "statement"]
    id: str = Field(examples=["meeting:ru-us:2025:r2"])
    date: str | None = Field(default=None, examples=["2025-04-10"])
    title: str = Field(examples=["Meeting RU\u2013US, round 2, Istanbul, 2025-04-10"])
    meeting: str | None = Field(
        default=None, description="the meeting, or the one a statement is about"
    )
    speaker: PersonRef | None = None
