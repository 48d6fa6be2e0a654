"""Small references shared by the /v1 models, and the page envelope of every list."""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

# Partial ISO dates, as the graph stores them (`published`, `date`: `YYYY[-MM[-DD]]`), with the
# days each month can have and the 29th of February of leap years only, so that the published
# schema admits exactly the dates the API accepts (`real_date` checks the same again).
_LEAP_YEAR = r"([1-9]\d(0[48]|[2468][048]|[13579][26])|([2468][048]|[13579][26])00)"
PARTIAL_DATE = (
    r"^([1-9]\d{3}(-(((0[13578]|1[02])(-(0[1-9]|[12]\d|3[01]))?)"
    r"|((0[469]|11)(-(0[1-9]|[12]\d|30))?)|(02(-(0[1-9]|1\d|2[0-8]))?)))?"
    rf"|{_LEAP_YEAR}-02-29)$"
)
COUNTRY_CODE = r"^[A-Za-z]{2}$"


def real_date(value: str | None) -> str | None:
    """A partial date that exists: month 1-12, a day the month has ('2025-04-31' does not)."""
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 1, 1][:3]
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError(f"{value} is not a date") from None
    return value


class Ref(BaseModel):
    model_config = ConfigDict(frozen=True)


class ArticleRef(Ref):
    id: str = Field(examples=["article:a32e4a66337564b7"])
    url: str | None = Field(
        default=None, examples=["https://samples.dipgraph.dev/en/istanbul-second-round"]
    )
    title: str | None = Field(
        default=None,
        examples=["US and Russian diplomats hold second round of embassy talks in Istanbul"],
    )
    published: str | None = Field(default=None, examples=["2025-04-10"])


class CountryRef(Ref):
    code: str = Field(examples=["RU"])
    name: str | None = Field(default=None, examples=["Russia"])


class PersonRef(Ref):
    id: str = Field(examples=["person:alexander-darchiev"])
    name: str = Field(examples=["Alexander Darchiev"])
    # As written for this fact (a delegation's leader is given the title they had then).
    title: str | None = Field(default=None, examples=["Russische ambassadeur in de VS"])
    role: str | None = Field(default=None, examples=["ambassador"])


class PlaceRef(Ref):
    id: str = Field(examples=["place:istanbul"])
    name: str = Field(examples=["Istanbul"])
    kind: str | None = Field(default=None, examples=["city"])


class MeetingRef(Ref):
    id: str = Field(examples=["meeting:ru-us:2025:r2"])
    name: str = Field(examples=["Meeting RU\u2013US, round 2, Istanbul, 2025-04-10"])
    kind: str | None = Field(default=None, examples=["talks"])
    round: int | None = Field(default=None, examples=[2])
    date: str | None = Field(default=None, examples=["2025-04-10"])
    city: str | None = Field(default=None, examples=["Istanbul"])
    status: str | None = Field(default=None, examples=["held"])


class StatementRef(Ref):
    id: str = Field(examples=["statement:8ebc2d5e96b05197"])
    quote: str = Field(examples=["We have made progress on the accreditation of diplomats,"])
    date: str | None = Field(default=None, examples=["2025-04-08"])
    speaker: PersonRef | None = None


class Page(BaseModel, Generic[T]):
    """A page of a deterministic ordering; `next_offset` is null on the last page."""

    items: list[T]
    limit: int = Field(examples=[20])
    offset: int = Field(examples=[0])
    next_offset: int | None = Field(default=None, examples=[20])

    @classmethod
    def of(cls, rows: list[T], *, limit: int, offset: int) -> Page[T]:
        # Repositories fetch one row more than asked, which tells whether a next page exists
        # without counting the whole match.
        more = len(rows) > limit
        return cls(
            items=rows[:limit],
            limit=limit,
            offset=offset,
            next_offset=offset + limit if more else None,
        )
