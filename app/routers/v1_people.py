"""`GET /v1/people` and `GET /v1/people/{id}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from app.models.common import Page
from app.models.people import PersonDetail, PersonSummary
from app.repositories.people import PersonRepository
from app.routers.v1_common import NOT_FOUND, PROBLEMS, PagingDep, provide

router = APIRouter(prefix="/v1", tags=["people"])
Repo = Annotated[PersonRepository, Depends(provide(PersonRepository))]


@router.get(
    "/people",
    response_model=Page[PersonSummary],
    summary="People by name, in any spelling seen",
    responses=PROBLEMS,
)
async def list_people(
    repo: Repo,
    page: PagingDep,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="part of a name or alias"),
    ] = None,
) -> Page[PersonSummary]:
    return await repo.list(q=q, limit=page.limit, offset=page.offset)


@router.get(
    "/people/{person_id}",
    response_model=PersonDetail,
    summary="What one person did: positions, delegations, meetings, statements",
    responses=NOT_FOUND,
)
async def get_person(
    repo: Repo,
    person_id: Annotated[
        str,
        Path(
            min_length=1,
            max_length=300,
            description="person id",
            examples=["person:alexander-darchiev"],
        ),
    ],
) -> PersonDetail:
    return await repo.get(person_id)
