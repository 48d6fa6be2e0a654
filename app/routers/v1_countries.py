"""`GET /v1/countries`, `GET /v1/countries/{code}` and `GET /v1/properties`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from app.models.common import COUNTRY_CODE, Page
from app.models.countries import CountryDetail, CountrySummary, Property
from app.repositories.countries import CountryRepository
from app.repositories.properties import PropertyRepository
from app.routers.v1_common import NOT_FOUND, PROBLEMS, CountryCode, PagingDep, provide, upper

router = APIRouter(prefix="/v1")
Countries = Annotated[CountryRepository, Depends(provide(CountryRepository))]
Properties = Annotated[PropertyRepository, Depends(provide(PropertyRepository))]


@router.get(
    "/countries",
    response_model=Page[CountrySummary],
    summary="Countries by code, with how many meetings each was party to",
    responses=PROBLEMS,
    tags=["countries"],
)
async def list_countries(repo: Countries, page: PagingDep) -> Page[CountrySummary]:
    return await repo.list(limit=page.limit, offset=page.offset)


@router.get(
    "/countries/{code}",
    response_model=CountryDetail,
    summary="A country's counterparts, delegations, and properties owned or restricted",
    responses=NOT_FOUND,
    tags=["countries"],
)
async def get_country(
    repo: Countries,
    code: Annotated[
        str, Path(pattern=COUNTRY_CODE, description="ISO 3166-1 alpha-2", examples=["RU"])
    ],
) -> CountryDetail:
    return await repo.get(code)


@router.get(
    "/properties",
    response_model=Page[Property],
    summary="Diplomatic properties with location, owner and restrictions",
    responses=PROBLEMS,
    tags=["properties"],
)
async def list_properties(
    repo: Properties,
    page: PagingDep,
    owner: CountryCode = None,
    restricted_by: CountryCode = None,
) -> Page[Property]:
    return await repo.list(
        owner=upper(owner),
        restricted_by=upper(restricted_by),
        limit=page.limit,
        offset=page.offset,
    )
