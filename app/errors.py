"""Domain errors and their RFC 9457 problem+json rendering.

Routers and services raise `DomainError` subclasses; one handler turns the family into
`application/problem+json`. Driver errors are mapped here too, so an unreachable Neo4j is a 503
problem and a constraint conflict a 409, never a 500 traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConstraintError,
    ServiceUnavailable,
    SessionExpired,
)
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph_schema.guard import SchemaBehind
from ingest.service.guard import ArticleRefused

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("dipgraph.errors")


class DomainError(Exception):
    status: int = 500
    title: str = "Internal error"
    type_slug: str = "internal"
    headers: dict[str, str] | None = None

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(DomainError):
    status, title, type_slug = 404, "Not found", "not-found"


class InvalidParameter(DomainError):
    status, title, type_slug = 422, "Invalid parameter", "invalid-parameter"


class Unauthorized(DomainError):
    status, title, type_slug = 401, "Missing or wrong API key", "unauthorized"


class Forbidden(DomainError):
    status, title, type_slug = 403, "Forbidden", "forbidden"


class Conflict(DomainError):
    status, title, type_slug = 409, "Conflict", "conflict"


class Unavailable(DomainError):
    status, title, type_slug = 503, "Graph database unavailable", "neo4j-unavailable"


def problem(
    request: Request,
    *,
    status: int,
    title: str,
    detail: str,
    slug: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"https://dipgraph.dev/problems/{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **extra,
    }
    if status == 401:
        headers = {"WWW-Authenticate": "ApiKey"}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    return problem(
        request,
        status=exc.status,
        title=exc.title,
        detail=exc.detail,
        slug=exc.type_slug,
        headers=exc.headers,
        **exc.extra,
    )


async def _neo4j_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # The driver's own words (addresses, stack details) go to the log, not to the client.
    log.warning("Neo4j unavailable on %s: %s", request.url.path, exc)
    return await _domain_error(request, Unavailable("Neo4j cannot be reached; try again shortly"))


async def _schema_behind(request: Request, exc: Exception) -> JSONResponse:
    return problem(
        request,
        status=503,
        title="Graph schema not applied",
        detail=str(exc),
        slug="schema-behind",
    )


async def _client_error(request: Request, exc: Exception) -> JSONResponse:
    """No free connection in time (Neo4j slow or just restarted, every connection busy) and a
    read stopped by the server's transaction timeout are 503s to retry, not 500s."""
    if "failed to obtain a connection from the pool" in str(exc):
        log.warning("Neo4j busy: %s", exc)
        return await _domain_error(
            request, Unavailable("Neo4j is busy: no connection came free in time; retry shortly")
        )
    if "TransactionTimedOut" in (getattr(exc, "code", None) or ""):
        log.warning("Neo4j too slow: %s", exc)
        return await _domain_error(
            request, Unavailable("Neo4j did not answer within its transaction timeout; retry")
        )
    return await _unexpected(request, exc)


async def _constraint(request: Request, exc: Exception) -> JSONResponse:
    return await _domain_error(request, Conflict(f"graph constraint violated: {exc}"))


async def _refused(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ArticleRefused)
    return problem(
        request,
        status=422,
        title="Article refused",
        detail=str(exc),
        slug="article-refused",
        errors=[{"parameter": f"body.{exc.field}", "message": exc.reason}],
    )


def _message(err: Any) -> str:
    return str(err.get("msg", "")).removeprefix("Value error, ")


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"parameter": ".".join(str(p) for p in err.get("loc", ())), "message": _message(err)}
        for err in exc.errors()
    ]
    detail = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors[:5])
    return problem(
        request,
        status=422,
        title="Invalid parameter",
        detail=f"invalid request parameter(s): {detail}",
        slug="invalid-parameter",
        errors=errors,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    response = problem(
        request,
        status=exc.status_code,
        title=str(exc.detail),
        detail=str(exc.detail),
        slug=f"http-{exc.status_code}",
    )
    # Keep what the exception says in headers: a 405 must list the `Allow`ed methods.
    response.headers.update(exc.headers or {})
    return response


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s", request.url.path)
    return problem(
        request, status=500, title="Internal error", detail="unexpected error", slug="internal"
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(ServiceUnavailable, _neo4j_unavailable)
    app.add_exception_handler(SessionExpired, _neo4j_unavailable)
    app.add_exception_handler(AuthError, _neo4j_unavailable)
    app.add_exception_handler(ConstraintError, _constraint)
    app.add_exception_handler(SchemaBehind, _schema_behind)
    app.add_exception_handler(ClientError, _client_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ArticleRefused, _refused)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
