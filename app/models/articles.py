"""Articles: what was ingested, and the facts each one contributed."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ingest.models import Facts
from ingest.service.service import ArticleInput


class ArticleSummary(BaseModel):
    id: str = Field(examples=["article:a32e4a66337564b7"])
    url: str | None = Field(
        default=None, examples=["https://samples.dipgraph.dev/en/istanbul-second-round"]
    )
    title: str = Field(
        examples=["US and Russian diplomats hold second round of embassy talks in Istanbul"]
    )
    language: str = Field(examples=["nl"])
    published: str | None = Field(default=None, examples=["2025-04-10"])
    source: str | None = Field(default=None, examples=["samples.dipgraph.dev"])
    ingested_at: str | None = Field(default=None, examples=["2026-11-27T21:00:00+00:00"])


class EntityRef(BaseModel):
    label: str = Field(examples=["Person"])
    id: str = Field(examples=["person:alexander-darchiev"])
    name: str = Field(examples=["Alexander Darchiev"])


class FactRef(BaseModel):
    type: str = Field(examples=["LED_BY"])
    start: str = Field(examples=["delegation:ru-us:2025:r2:ru"])
    end: str = Field(examples=["person:alexander-darchiev"])
    properties: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    evidence: list[str] = Field(default_factory=list, description="the sentences that state it")
    other_sources: int = Field(description="how many other articles support the same fact")


class ArticleDetail(ArticleSummary):
    entities: list[EntityRef]
    facts: list[FactRef]


class WriteCountsOut(BaseModel):
    nodes_created: int
    nodes_deleted: int
    relationships_created: int
    relationships_deleted: int


class ArticleIngested(BaseModel):
    id: str
    status: Literal["new", "unchanged", "updated"]
    language: str
    facts: Facts
    counts: WriteCountsOut
    warnings: list[str] = Field(
        default_factory=list,
        description="what the extraction noticed without failing, e.g. that the article states "
        "no meeting and no delegation",
    )


class ArticleRetracted(BaseModel):
    id: str
    counts: WriteCountsOut


class BulkRequest(BaseModel):
    articles: list[ArticleInput] = Field(min_length=1, max_length=1000)


JobState = Literal["queued", "running", "done", "failed"]


class JobOut(BaseModel):
    id: str
    state: JobState
    total: int
    done: int
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[dict[str, str]] = Field(default_factory=list)
    warnings: list[dict[str, str]] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    error: str | None = None
