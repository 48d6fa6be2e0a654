"""`GET /v1/meetings` and `GET /v1/meetings/{id}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response

from app.models.common import Page
from app.models.meetings import MeetingDetail, MeetingKind, MeetingSummary
from app.repositories.meetings import MeetingFilter, MeetingRepository
from app.routers.v1_common import (
    NOT_FOUND,
    PROBLEMS,
    DateFrom,
    DateTo,
    PagingDep,
    Parties,
    codes,
    json_body,
    provide,
)

router = APIRouter(prefix="/v1", tags=["meetings"])
Repo = Annotated[MeetingRepository, Depends(provide(MeetingRepository))]


@router.get(
    "/meetings",
    response_model=Page[MeetingSummary],
    summary="Meetings, newest first; every round of talks between two countries",
    responses=PROBLEMS,
)
async def list_meetings(
    repo: Repo,
    page: PagingDep,
    party: Parties = None,
    city: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="city name", examples=["Istanbul"]),
    ] = None,
    kind: Annotated[MeetingKind | None, Query(description="kind of meeting")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> Response:
    where = MeetingFilter(
        parties=codes(party), city=city, kind=kind, date_from=date_from, date_to=date_to
    )
    return json_body(await repo.list(where, limit=page.limit, offset=page.offset))


@router.get(
    "/meetings/{meeting_id}",
    response_model=MeetingDetail,
    summary="One meeting with its delegations, rounds, agenda, statements and sources",
    responses=NOT_FOUND,
)
async def get_meeting(
    repo: Repo,
    meeting_id: Annotated[
        str,
        Path(
            min_length=1,
            max_length=300,
            description="meeting id",
            examples=["meeting:ru-us:2025:r2"],
        ),
    ],
) -> Response:
    return json_body(await repo.get(meeting_id))
