"""People: positions held, delegations led or joined, meetings, statements, aliases, sources."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.models.common import ArticleRef, CountryRef, MeetingRef, StatementRef


class PersonSummary(BaseModel):
    id: str = Field(examples=["person:alexander-darchiev"])
    name: str = Field(examples=["Alexander Darchiev"])
    country: str | None = Field(default=None, examples=["RU"])
    role: str | None = Field(default=None, examples=["ambassador"])
    title: str | None = Field(default=None, examples=["Russische ambassadeur in de VS"])


class HolderOf(BaseModel):
    id: str = Field(examples=["org:us:ministerie-van-buitenlandse-zaken"])
    name: str = Field(examples=["ministerie van Buitenlandse Zaken"])
    label: str = Field(examples=["Organization"])


class Position(BaseModel):
    title: str | None = Field(
        default=None,
        examples=["woordvoerder van het Amerikaanse ministerie van Buitenlandse Zaken"],
    )
    role: str | None = Field(default=None, examples=["spokesperson"])
    as_of: str | None = Field(default=None, examples=["2025-04-08"])
    at: HolderOf


class DelegationRole(BaseModel):
    delegation: str = Field(examples=["delegation:ru-us:2025:r2:ru"])
    country: CountryRef | None = None
    title: str | None = Field(default=None, examples=["Russische ambassadeur in de VS"])
    meeting: MeetingRef | None = None


class PersonDetail(PersonSummary):
    aliases: list[str] = Field(examples=[["Alexander Darchiev", "Darchiev"]])
    positions: list[Position]
    delegations_led: list[DelegationRole]
    delegations_joined: list[DelegationRole]
    meetings: list[MeetingRef]
    statements: list[StatementRef]
    articles: list[ArticleRef] = Field(description="the articles that mention the person")
