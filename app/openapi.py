"""The OpenAPI document, with every status code each operation can answer.

FastAPI lists what the routes declare; the codes that come from elsewhere (the request guard's
401 and 413, a body that is not JSON (400), an unreachable Neo4j (503), a conflict on write (409),
`200` when an ingested article was already there) are added here, each error as an RFC 9457
`application/problem+json` body.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details; `errors` or `parameter` name what was wrong",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "parameter": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"parameter": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
    "additionalProperties": True,
}
DESCRIPTIONS = {
    400: "The body is not valid JSON",
    401: "The API key is configured and missing or wrong",
    403: "The query would write, administer the server or call a procedure not allowed",
    404: "No such id",
    409: "A graph constraint refused the write",
    413: "The body, an article or a bulk request is over its limit",
    422: "A parameter or field is invalid, or the work it asks for is over its limits; "
    "the problem names it",
    503: "Neo4j cannot be reached",
}


def _codes(method: str, path: str, operation: dict[str, Any]) -> set[int]:
    codes = {int(c) for c in operation.get("responses", {}) if c.isdigit() and c >= "400"}
    if path == "/health":
        return codes
    codes |= {503}
    if operation.get("parameters") or operation.get("requestBody"):
        codes.add(422)
    if method != "get":
        codes |= {401, 413}
    if operation.get("requestBody"):
        codes.add(400)
    if "{" in path:
        codes.add(404)
    if method == "post" and path.startswith("/v1/articles"):
        codes.add(409)
    if path == "/v1/articles/jobs/{job_id}":
        codes.discard(503)
    return codes


def _problem_response(code: int, existing: dict[str, Any] | None) -> dict[str, Any]:
    description = (existing or {}).get("description") or DESCRIPTIONS.get(code, "Error")
    if description in ("Validation Error", "Successful Response"):
        description = DESCRIPTIONS.get(code, description)
    response: dict[str, Any] = {
        "description": f"{description} (problem+json)".replace(
            " (problem+json) (problem+json)", " (problem+json)"
        ),
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }
    if (existing or {}).get("headers"):  # e.g. Retry-After on a busy 503
        response["headers"] = (existing or {})["headers"]
    return response


def complete(schema: dict[str, Any]) -> dict[str, Any]:
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code in sorted(_codes(method, path, operation)):
                responses[str(code)] = _problem_response(code, responses.get(str(code)))
            if method == "post" and path == "/v1/articles" and "201" in responses:
                responses["200"] = {
                    "description": "The article was there already: `unchanged` or `updated`",
                    "content": responses["201"].get("content", {}),
                }
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = PROBLEM
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    return schema


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    summary=app.summary,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
