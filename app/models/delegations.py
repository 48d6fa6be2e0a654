"""Delegations: who led which, for which country, at which meeting, on whose word."""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field

from app.models.common import ArticleRef, CountryRef, MeetingRef, PersonRef


class Delegation(BaseModel):
    id: str = Field(examples=["delegation:ru-us:2025:r2:ru"])
    name: str | None = Field(default=None, examples=["Russia delegation"])
    country: CountryRef
    # More than one when the articles name co-leaders; ordered by name.
    leaders: list[PersonRef]
    members: list[PersonRef]
    meeting: MeetingRef | None = None
    articles: list[ArticleRef] = Field(description="the articles that support the delegation")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def leader(self) -> PersonRef | None:
        """The first leader, for the common case of one."""
        return self.leaders[0] if self.leaders else None
