"""`GET /v1/delegations`: who led which delegation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app.models.common import Page
from app.models.delegations import Delegation
from app.repositories.delegations import DelegationFilter, DelegationRepository
from app.routers.v1_common import (
    PROBLEMS,
    CountryCode,
    DateFrom,
    DateTo,
    PagingDep,
    json_body,
    provide,
    upper,
)

router = APIRouter(prefix="/v1", tags=["delegations"])
Repo = Annotated[DelegationRepository, Depends(provide(DelegationRepository))]


@router.get(
    "/delegations",
    response_model=Page[Delegation],
    summary="Who led which delegation, newest meeting first",
    responses=PROBLEMS,
)
async def list_delegations(
    repo: Repo,
    page: PagingDep,
    country: CountryCode = None,
    leader: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="a person id, or part of a name"),
    ] = None,
    meeting: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=300,
            description="meeting id",
            examples=["meeting:ru-us:2025:r2"],
        ),
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> Response:
    where = DelegationFilter(
        country=upper(country),
        leader=leader,
        meeting=meeting,
        date_from=date_from,
        date_to=date_to,
    )
    return json_body(await repo.list(where, limit=page.limit, offset=page.offset))
