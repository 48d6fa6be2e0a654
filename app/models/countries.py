"""Countries and diplomatic properties."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.models.common import CountryRef, MeetingRef, PersonRef, PlaceRef


class CountrySummary(CountryRef):
    meetings: int = Field(description="meetings it was party to", examples=[2])


class Counterpart(BaseModel):
    country: CountryRef
    meetings: int = Field(description="meetings both were party to", examples=[2])
    dates: list[str] = Field(
        description="their known dates, oldest first", examples=[["2025-02-27"]]
    )
    first: str | None = Field(default=None, examples=["2025-02-27"])
    last: str | None = Field(default=None, examples=["2025-04-10"])


class CountryDelegation(BaseModel):
    id: str = Field(examples=["delegation:ru-us:2025:r2:ru"])
    meeting: MeetingRef | None = None
    leaders: list[PersonRef]


class Restriction(BaseModel):
    country: CountryRef = Field(description="the restricting country")
    action: str | None = Field(default=None, examples=["restrict"])
    as_of: str | None = Field(default=None, examples=["2025-04"])


class Property(BaseModel):
    id: str = Field(examples=["property:ru:estate:long-island"])
    name: str = Field(examples=["Killenworth-landgoed"])
    kind: str | None = Field(default=None, examples=["estate"])
    location: str | None = Field(default=None, examples=["Long Island"])
    place: PlaceRef | None = None
    owner: CountryRef | None = None
    restrictions: list[Restriction]


class CountryDetail(CountryRef):
    aliases: list[str] = Field(examples=[["Russia", "Rusland"]])
    counterparts: list[Counterpart] = Field(description="most met first")
    delegations: list[CountryDelegation]
    properties_owned: list[Property]
    properties_restricted: list[Property] = Field(
        description="other countries' properties it restricts"
    )
