"""`GET /v1/search` and `GET /v1/timeline`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.models.common import Page
from app.models.search import SearchHit, SearchLabel, TimelineEvent
from app.repositories.search import SearchRepository
from app.repositories.timeline import TimelineRepository
from app.routers.v1_common import PROBLEMS, PagingDep, Parties, codes, provide

router = APIRouter(prefix="/v1")
Search = Annotated[SearchRepository, Depends(provide(SearchRepository))]
Timeline = Annotated[TimelineRepository, Depends(provide(TimelineRepository))]


@router.get(
    "/search",
    response_model=Page[SearchHit],
    summary="Full-text search over names and aliases, tolerant of accents and small typos",
    responses=PROBLEMS,
    tags=["search"],
)
async def search(
    repo: Search,
    page: PagingDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="names or aliases, any script",
            examples=["Darchiev"],
        ),
    ],
    label: Annotated[SearchLabel | None, Query(description="only hits with this label")] = None,
) -> Page[SearchHit]:
    return await repo.search(q, label=label, limit=page.limit, offset=page.offset)


@router.get(
    "/timeline",
    response_model=Page[TimelineEvent],
    summary="Meetings and statements between parties, oldest first",
    responses=PROBLEMS,
    tags=["timeline"],
)
async def timeline(repo: Timeline, page: PagingDep, party: Parties = None) -> Page[TimelineEvent]:
    return await repo.timeline(parties=codes(party), limit=page.limit, offset=page.offset)
