"""Articles in and out: ingest one or many, list, inspect what one contributed, retract."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status

from app.deps import ApiKeyDep, SettingsDep, WritableGraphDep
from app.errors import NotFound
from app.extraction import ExtractionPool
from app.jobs import JobStore
from app.limits import check_article_size, check_bulk
from app.models.articles import (
    ArticleDetail,
    ArticleIngested,
    ArticleRetracted,
    ArticleSummary,
    BulkRequest,
    JobOut,
    WriteCountsOut,
)
from app.models.common import Page
from app.repositories.articles import ArticleRepository
from app.routers.v1_common import NOT_FOUND, PROBLEMS, DateFrom, DateTo, PagingDep, provide
from ingest.service.service import ArticleInput, ingest_one, retract
from ingest.write.transaction import WriteCounts, WriteStatus

router = APIRouter(prefix="/articles", tags=["articles"])
ArticleRepoDep = Annotated[ArticleRepository, Depends(provide(ArticleRepository))]
ArticleId = Annotated[
    str,
    Path(
        max_length=64,
        description="article id (`article:` and 16 hex digits)",
        examples=["article:a32e4a66337564b7"],
    ),
]
WRITE_PROBLEMS = {401: {"description": "API key missing or wrong (problem+json)"}, **PROBLEMS}


def _counts(counts: WriteCounts) -> WriteCountsOut:
    return WriteCountsOut(
        nodes_created=counts.nodes_created,
        nodes_deleted=counts.nodes_deleted,
        relationships_created=counts.relationships_created,
        relationships_deleted=counts.relationships_deleted,
    )


def _jobs(request: Request) -> JobStore:
    store: JobStore = request.app.state.jobs
    return store


def _extraction(request: Request) -> ExtractionPool:
    pool: ExtractionPool = request.app.state.extraction
    return pool


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ArticleIngested,
    summary="Ingest one article (idempotent: the same article again changes nothing)",
    responses=WRITE_PROBLEMS,
)
async def ingest_article(
    body: ArticleInput,
    request: Request,
    driver: WritableGraphDep,
    settings: SettingsDep,
    _: ApiKeyDep,
    response: Response,
) -> ArticleIngested:
    check_article_size(body.text, settings)
    outcome = await ingest_one(
        driver, body, database=settings.neo4j_database, extract=_extraction(request).prepare
    )
    if outcome.status is not WriteStatus.NEW:
        response.status_code = status.HTTP_200_OK
    return ArticleIngested(
        id=outcome.article_id,
        status=outcome.status.value,
        language=outcome.result.language,
        facts=outcome.result.facts,
        counts=_counts(outcome.counts),
        warnings=outcome.result.warnings,
    )


@router.post(
    "/bulk",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobOut,
    summary="Ingest many articles in the background; poll the job",
    responses=WRITE_PROBLEMS,
)
async def ingest_bulk(
    body: BulkRequest,
    request: Request,
    driver: WritableGraphDep,
    settings: SettingsDep,
    _: ApiKeyDep,
) -> JobOut:
    check_bulk([article.text for article in body.articles], settings)
    job = _jobs(request).start(
        driver,
        body.articles,
        database=settings.neo4j_database,
        extract=_extraction(request).prepare,
    )
    return job.view()


@router.get("/jobs/{job_id}", response_model=JobOut, summary="A bulk job's progress and result")
async def get_job(
    job_id: Annotated[
        str, Path(max_length=64, description="the id `POST /v1/articles/bulk` returned")
    ],
    request: Request,
) -> JobOut:
    job = _jobs(request).get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id!r}")
    return job.view()


@router.get("", response_model=Page[ArticleSummary], summary="Articles, newest first")
async def list_articles(
    repo: ArticleRepoDep,
    paging: PagingDep,
    language: Annotated[
        str | None, Query(pattern=r"^[a-z]{2}$", description="ISO 639-1 code", examples=["nl"])
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    source: Annotated[
        str | None,
        Query(
            max_length=255, description="the source's host name", examples=["samples.dipgraph.dev"]
        ),
    ] = None,
) -> Page[ArticleSummary]:
    rows = await repo.list(
        language=language,
        date_from=date_from,
        date_to=date_to,
        source=source,
        limit=paging.limit,
        offset=paging.offset,
    )
    return Page.of(rows, limit=paging.limit, offset=paging.offset)


@router.get(
    "/{article_id}",
    response_model=ArticleDetail,
    summary="An article's metadata and the facts it contributed",
    responses=NOT_FOUND,
)
async def get_article(article_id: ArticleId, repo: ArticleRepoDep) -> ArticleDetail:
    article = await repo.get(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    return article


@router.delete(
    "/{article_id}",
    response_model=ArticleRetracted,
    summary="Remove an article and exactly the facts no other article supports",
    responses={**NOT_FOUND, **WRITE_PROBLEMS},
)
async def retract_article(
    article_id: ArticleId, driver: WritableGraphDep, settings: SettingsDep, _: ApiKeyDep
) -> ArticleRetracted:
    counts = await retract(driver, article_id, database=settings.neo4j_database)
    if counts is None:
        raise NotFound(f"no article {article_id!r}")
    return ArticleRetracted(id=article_id, counts=_counts(counts))
