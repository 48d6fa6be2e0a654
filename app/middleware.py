"""Refusals that come before any work: a body too large, a write without the right key.

A plain ASGI middleware, so that it answers before the body is read, parsed or validated: a
declared `Content-Length` over the route's limit is a 413 at once, before any key is looked at;
a body sent in chunks is counted as it arrives and cut off at the limit. Write requests (every
method but GET, HEAD and OPTIONS) without the configured API key get their 401 here too, before
their body is read. Both
answers are problem+json, like every other error of the API.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.limits import body_limit
from app.settings import Settings

PROBLEM_JSON = b"application/problem+json"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def key_matches(given: bytes | None, expected: str) -> bool:
    """Constant-time comparison of header bytes; a key that is not ASCII never matches."""
    return given is not None and hmac.compare_digest(given, expected.encode("utf-8"))


class TooLarge(HTTPException):
    """Raised from `receive` when a body without a declared length passes the limit; an
    HTTPException so that the framework's body reading lets it through as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit:,} bytes")
        self.limit = limit


async def send_problem(
    send: Send, scope: Scope, *, status: int, title: str, detail: str, slug: str, **extra: Any
) -> None:
    body = json.dumps(
        {
            "type": f"https://dipgraph.dev/problems/{slug}",
            "title": title,
            "status": status,
            "detail": detail,
            "instance": scope.get("path", ""),
            **extra,
        }
    ).encode()
    headers = [(b"content-type", PROBLEM_JSON), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"ApiKey"))
    if status == 413:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        settings: Settings | None = getattr(scope["app"].state, "settings", None)
        if settings is None:  # outside the lifespan (no settings yet): nothing to guard with
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        method = scope["method"]
        limit = body_limit(settings, method, scope["path"])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._too_large(send, scope, limit)
            return
        if method not in SAFE_METHODS and settings.api_key is not None:
            expected = settings.api_key.get_secret_value()
            if not key_matches(headers.get(b"x-api-key"), expected):
                await send_problem(
                    send, scope, status=401, title="Missing or wrong API key",
                    detail="send the configured API key in the X-API-Key header",
                    slug="unauthorized",
                )  # fmt: skip
                return
        await self._counted(scope, receive, send, limit)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except TooLarge:
            if not started:
                await self._too_large(send, scope, limit)

    @staticmethod
    async def _too_large(send: Send, scope: Scope, limit: int) -> None:
        await send_problem(
            send, scope, status=413, title="Request body too large",
            detail=f"the request body is larger than {limit:,} bytes, the limit of this route",
            slug="too-large", limit=limit,
        )  # fmt: skip
