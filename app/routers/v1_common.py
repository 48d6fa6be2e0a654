"""What every /v1 router shares: repository injection, paging and common parameter shapes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Path, Query, Response
from pydantic import AfterValidator, BaseModel, StringConstraints

from app.deps import GraphDep, SettingsDep
from app.models.common import COUNTRY_CODE, PARTIAL_DATE, real_date
from app.repositories.base import Repository

R = TypeVar("R", bound=Repository)

MAX_LIMIT = 200
# A page small enough to answer in a few milliseconds; ask for up to MAX_LIMIT when needed.
DEFAULT_LIMIT = 20
PROBLEMS: dict[int | str, dict[str, Any]] = {
    422: {"description": "A parameter is invalid; the problem names it (problem+json)"},
    503: {"description": "Neo4j cannot be reached (problem+json)"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such id (problem+json)"},
    **PROBLEMS,
}


def json_body(model: BaseModel) -> Response:
    """The model as JSON in one pass (pydantic-core). Returning a Response skips FastAPI's
    second validation of a model the repository has just validated, and its stdlib `json`
    encoding: on a page of 50 delegations that was ~2 ms of the API's CPU a request.
    The route keeps `response_model`, so the OpenAPI document is unchanged."""
    return Response(content=model.model_dump_json(), media_type="application/json")


def provide(cls: type[R]) -> Callable[[GraphDep, SettingsDep], Awaitable[R]]:
    """A dependency building `cls` on the process's one driver, per request (it is cheap)."""

    async def factory(driver: GraphDep, settings: SettingsDep) -> R:
        return cls(driver, database=settings.neo4j_database)

    return factory


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


async def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(paging)]

CountryCode = Annotated[
    str | None, Query(pattern=COUNTRY_CODE, description="ISO 3166-1 alpha-2", examples=["RU"])
]
CodeItem = Annotated[str, StringConstraints(pattern=COUNTRY_CODE)]
Parties = Annotated[
    list[CodeItem] | None,
    Query(
        alias="party",
        description="country codes that must all be parties (repeat the parameter)",
        examples=[["US", "RU"]],
    ),
]
DateFrom = Annotated[
    str | None,
    Query(alias="from", pattern=PARTIAL_DATE, description="on or after (YYYY[-MM[-DD]])"),
    AfterValidator(real_date),
]
DateTo = Annotated[
    str | None,
    Query(alias="to", pattern=PARTIAL_DATE, description="on or before, inclusive (YYYY[-MM[-DD]])"),
    AfterValidator(real_date),
]


def upper(code: str | None) -> str | None:
    return code.upper() if code else None


def codes(values: list[str] | None) -> list[str]:
    return sorted({c.upper() for c in values or ()})


# A node's id in a path, as the graph routes take it (the prefix names the label).
NodeId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=300,
        description="node id (its prefix names the label)",
        examples=["person:alexander-darchiev"],
    ),
]
