"""Process settings, read once from the environment (and an optional `.env`).

One class for the whole service so that tests can override `get_settings()` and every
component reads the same values. Development defaults exist so a newcomer can start at once;
outside development they are refused, because a well-known password on a reachable server is
worse than a failed start.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_PASSWORD = "dipgraph-dev-password"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    environment: Literal["development", "test", "production"] = Field(
        default="development", alias="DIPGRAPH_ENV"
    )
    neo4j_uri: str = Field(default="bolt://127.0.0.1:7687", alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", alias="NEO4J_USER")
    neo4j_password: SecretStr = Field(default=SecretStr(DEV_PASSWORD), alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", alias="NEO4J_DATABASE")
    neo4j_connection_timeout_s: float = Field(default=5.0, alias="NEO4J_CONNECTION_TIMEOUT")
    neo4j_retry_time_s: float = Field(default=5.0, alias="NEO4J_MAX_RETRY_TIME")
    api_key: SecretStr | None = Field(default=None, alias="DIPGRAPH_API_KEY")
    apply_schema_on_start: bool = Field(default=True, alias="DIPGRAPH_APPLY_SCHEMA")
    # Where people reach the API: the local Neo4j Browser may fetch its guide and style there.
    api_url: str = Field(default="http://127.0.0.1:8000", alias="DIPGRAPH_API_URL")

    # The local server run by `dipgraph db` (no Docker): where it lives and how big it may be.
    neo4j_home: Path = Field(default=Path(".neo4j/dev"), alias="DIPGRAPH_NEO4J_HOME")
    neo4j_version: str = Field(default="5.26.30", alias="DIPGRAPH_NEO4J_VERSION")
    neo4j_heap: str = Field(default="512m", alias="DIPGRAPH_NEO4J_HEAP")
    neo4j_pagecache: str = Field(default="256m", alias="DIPGRAPH_NEO4J_PAGECACHE")
    neo4j_bolt_listen: str = Field(default="127.0.0.1:7687", alias="DIPGRAPH_NEO4J_BOLT_LISTEN")
    neo4j_http_listen: str = Field(default="127.0.0.1:7474", alias="DIPGRAPH_NEO4J_HTTP_LISTEN")
    neo4j_start_timeout_s: float = Field(default=120.0, alias="DIPGRAPH_NEO4J_START_TIMEOUT")

    @field_validator("api_key", mode="before")
    @classmethod
    def _empty_key_is_no_key(cls, value: object) -> object:
        # `DIPGRAPH_API_KEY=` in the environment switches a key from .env off (the test run).
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_dev_defaults_outside_development(self) -> Settings:
        if self.environment == "production":
            if self.neo4j_password.get_secret_value() == DEV_PASSWORD:
                raise ValueError("NEO4J_PASSWORD must be set outside development")
            if self.api_key is None:
                raise ValueError("DIPGRAPH_API_KEY must be set outside development")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
