"""Ingest articles end to end: extract (pure) → resolve and write (one transaction per article).

Shared by `dipgraph ingest` and the API, so both count and report alike. Extraction runs before
the transaction opens, so a slow article never holds locks; ids come from the article alone
(`ingest.resolve.match`), so the order of ingest never changes the graph.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlparse

from neo4j import AsyncDriver, AsyncManagedTransaction
from pydantic import BaseModel, ConfigDict, Field, field_validator

from graph_schema.guard import require_schema
from graph_schema.model import ID_PREFIXES, Label
from ingest.extract.pipeline import extract_article
from ingest.models import ArticleMeta, ExtractionResult
from ingest.resolve.ids import article_id, digest
from ingest.resolve.match import resolve
from ingest.service import guard
from ingest.write.build import build_graph
from ingest.write.cypher import READ_STATE
from ingest.write.transaction import (
    WriteCounts,
    WriteOutcome,
    WriteStatus,
    retract_article_tx,
    write_article_tx,
)

TITLE_CHARS = 160


class ArticleInput(BaseModel):
    """One article as it arrives (CLI file, JSONL record or API body). Unknown fields, text
    that is empty or binary, a language without a lexicon and a date that does not exist are
    refused (`ingest/guard.py`), naming the field."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="plain text, HTML or Markdown")
    language: str | None = Field(
        default=None,
        pattern=r"^[a-zA-Z]{2}$",
        description=f"ISO 639-1, one of {guard.SUPPORTED_NAMES}; detected when omitted",
    )
    published: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="YYYY, YYYY-MM or YYYY-MM-DD (a real date)",
    )
    url: str | None = Field(default=None, max_length=2048, description="empty means none")
    title: str | None = Field(default=None, max_length=500)
    id: str | None = Field(
        default=None, max_length=500, description="the caller's own id, kept as `external_id`"
    )

    _text = field_validator("text")(guard.check_text)
    _language = field_validator("language")(guard.check_language)
    _published = field_validator("published")(guard.check_published)
    _url = field_validator("url", mode="before")(guard.empty_url_is_none)


@dataclass(slots=True)
class IngestOutcome:
    article_id: str
    status: WriteStatus
    counts: WriteCounts
    result: ExtractionResult


@dataclass(slots=True)
class Prepared:
    meta: ArticleMeta
    result: ExtractionResult = field(repr=False)
    title_given: bool = False


def prepare(article: ArticleInput) -> Prepared:
    """The CPU part: extraction and the article's identity; no database."""
    result = extract_article(
        article.text, language=article.language, published=article.published, url=article.url
    )
    guard.refuse_unusable(result.text, result.language)
    first_line = result.text.strip().split("\n", 1)[0]
    title = article.title or first_line[:TITLE_CHARS] or "(untitled)"
    meta = ArticleMeta(
        id=article_id(url=article.url, text=result.text),
        url=article.url,
        title=title,
        language=result.language,
        published=article.published,
        source=urlparse(article.url).hostname if article.url else None,
        content_hash=digest(result.text, size=32),
        text=result.text,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return Prepared(meta=meta, result=result, title_given=article.title is not None)


def _with_stored_metadata(
    prepared: Prepared, published: str | None, title: str | None
) -> ArticleMeta:
    """A date or title given now replaces the stored one; one not given keeps it (a title read
    from the first line never overrides a title given before)."""
    meta = prepared.meta
    update: dict[str, str] = {}
    if meta.published is None and published is not None:
        update["published"] = published
    if not prepared.title_given and title is not None:
        update["title"] = title
    return meta.model_copy(update=update) if update else meta


async def _write_tx(tx: AsyncManagedTransaction, prepared: Prepared) -> WriteOutcome:
    state = await tx.run(READ_STATE, id=prepared.meta.id)
    record = await state.single(strict=True)
    previous: str | None = record["hash"]
    meta = _with_stored_metadata(prepared, record["published"], record["title"])
    relabelled = previous is not None and (
        meta.published != record["published"] or meta.title != record["title"]
    )
    if previous == meta.content_hash and not relabelled:
        return WriteOutcome(meta.id, WriteStatus.UNCHANGED)
    prepared = Prepared(meta=meta, result=prepared.result, title_given=prepared.title_given)
    resolution = resolve(prepared.result, article=prepared.meta)
    graph = build_graph(prepared.result, article=prepared.meta, resolution=resolution)
    return await write_article_tx(tx, graph, previous_hash=previous, rewrite=relabelled)


async def write_prepared(
    driver: AsyncDriver, prepared: Prepared, *, database: str
) -> IngestOutcome:
    async with driver.session(database=database) as session:
        outcome = await session.execute_write(_write_tx, prepared)
    return IngestOutcome(outcome.article_id, outcome.status, outcome.counts, prepared.result)


async def ingest_one(
    driver: AsyncDriver,
    article: ArticleInput,
    *,
    database: str,
    extract: Callable[[ArticleInput], Awaitable[Prepared]] | None = None,
) -> IngestOutcome:
    """One article end to end. Extraction runs through `extract` (the API's process pool), or
    on a worker thread so the event loop stays free."""
    await require_schema(driver, database=database)
    prepared = await (extract(article) if extract else asyncio.to_thread(prepare, article))
    return await write_prepared(driver, prepared, database=database)


async def retract(driver: AsyncDriver, article_ref: str, *, database: str) -> WriteCounts | None:
    """Remove an article (by id or URL) and what only it supported; None when unknown."""
    await require_schema(driver, database=database)
    ident = (
        article_ref
        if article_ref.startswith(ID_PREFIXES[Label.ARTICLE] + ":")
        else article_id(url=article_ref, text="")
    )
    async with driver.session(database=database) as session:
        return await session.execute_write(retract_article_tx, ident)
