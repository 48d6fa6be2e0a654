"""Process settings, read once from the environment (and an optional `.env`).

One class for the whole service so that tests can override `get_settings()` and every
component reads the same values. Development defaults exist so a newcomer can start at once;
outside development they are refused, because a well-known password on a reachable server is
worse than a failed start.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_PASSWORD = "dipgraph-dev-password"


def user_cache() -> Path:
    """The per-user cache folder (XDG_CACHE_HOME, else ~/.cache)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


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
    # Run each read route once after start and whenever Neo4j comes back (app/warmup.py).
    warm_up: bool = Field(default=True, alias="DIPGRAPH_WARM_UP")

    # The local server run by `dipgraph db` (no Docker): where it lives and how big it may be.
    neo4j_home: Path = Field(default=Path(".neo4j/dev"), alias="DIPGRAPH_NEO4J_HOME")
    # The server's jars, fetched from Maven once per user and version and shared by every clone.
    neo4j_jar_cache: Path = Field(
        default_factory=lambda: user_cache() / "dipgraph" / "neo4j", alias="DIPGRAPH_NEO4J_CACHE"
    )
    neo4j_version: str = Field(default="5.26.30", alias="DIPGRAPH_NEO4J_VERSION")
    neo4j_heap: str = Field(default="512m", alias="DIPGRAPH_NEO4J_HEAP")
    neo4j_pagecache: str = Field(default="256m", alias="DIPGRAPH_NEO4J_PAGECACHE")
    neo4j_bolt_listen: str = Field(default="127.0.0.1:7687", alias="DIPGRAPH_NEO4J_BOLT_LISTEN")
    neo4j_http_listen: str = Field(default="127.0.0.1:7474", alias="DIPGRAPH_NEO4J_HTTP_LISTEN")
    neo4j_start_timeout_s: float = Field(default=120.0, alias="DIPGRAPH_NEO4J_START_TIMEOUT")
    # What one request may cost the local server: a transaction's time and memory (neo4j.conf).
    neo4j_tx_timeout: str = Field(
        default="60s", pattern=r"^\d+(ms|s|m)$", alias="DIPGRAPH_NEO4J_TX_TIMEOUT"
    )
    neo4j_tx_memory: str = Field(
        default="128m", pattern=r"^\d+[kmg]?$", alias="DIPGRAPH_NEO4J_TX_MEMORY"
    )

    # Bounded work per request (see app/limits.py).
    max_article_bytes: int = Field(default=1_048_576, ge=1_000, alias="DIPGRAPH_MAX_ARTICLE_BYTES")
    max_bulk_bytes: int = Field(default=16_777_216, ge=1_000, alias="DIPGRAPH_MAX_BULK_BYTES")
    max_bulk_articles: int = Field(default=1000, ge=1, le=1000, alias="DIPGRAPH_MAX_BULK_ARTICLES")
    extract_timeout_s: float = Field(default=10.0, gt=0, alias="DIPGRAPH_EXTRACT_TIMEOUT")
    extract_workers: int = Field(default=1, ge=1, le=32, alias="DIPGRAPH_EXTRACT_WORKERS")
    cypher_max_bytes: int = Field(default=2_097_152, ge=1_000, alias="DIPGRAPH_CYPHER_MAX_BYTES")
    # An analyst's query on this graph answers in milliseconds; one still running after 0.8 s
    # is almost always a cartesian product or an unbounded expansion, better told at once
    # (the answer names the setting) than waited for. 0.8 s leaves the answer under a second.
    cypher_timeout_s: float = Field(default=0.8, gt=0, le=600, alias="DIPGRAPH_CYPHER_TIMEOUT")
    cypher_concurrency: int = Field(default=2, ge=1, le=64, alias="DIPGRAPH_CYPHER_CONCURRENCY")

    @field_validator("api_key", mode="before")
    @classmethod
    def _empty_key_is_no_key(cls, value: object) -> object:
        # `DIPGRAPH_API_KEY=` in the environment switches a key from .env off (the test run).
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_dev_defaults_outside_development(self) -> Settings:
        if self.environment == "production":
            if self.neo4j_password.get_secret_value() == DEV_PASSWORD:
                raise ValueError("NEO4J_PASSWORD must be set (not the development password)")
            if self.api_key is None:
                raise ValueError("DIPGRAPH_API_KEY must be set")
        return self


class SettingsError(Exception):
    """Settings the environment gives that cannot be used. The message names each variable and
    the rule it breaks, never the value: a refused password must not end up in a log."""


def describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False, include_context=False):
        where = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(describe(exc)) from None


@lru_cache
def get_settings() -> Settings:
    return load_settings()
