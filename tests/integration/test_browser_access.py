"""What Neo4j Browser needs from the local server: its page, the discovery document that tells it
where Bolt is, and Bolt over WebSocket on that address (the Browser speaks Bolt from the page)."""

from __future__ import annotations

import base64
import json
import os
import socket
import urllib.request

from app.settings import Settings


def _http(settings: Settings, path: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(f"http://{settings.neo4j_http_listen}{path}", timeout=10) as r:
        return r.status, r.headers.get("content-type", ""), r.read().decode("utf-8", "replace")


def test_the_browser_page_is_served(settings: Settings) -> None:
    status, content_type, body = _http(settings, "/browser/")
    assert status == 200 and content_type.startswith("text/html")
    assert "Neo4j Browser" in body


def test_discovery_points_the_browser_at_our_bolt_address(settings: Settings) -> None:
    status, _, body = _http(settings, "/")
    discovery = json.loads(body)
    assert status == 200
    assert discovery["bolt_direct"] == f"bolt://{settings.neo4j_bolt_listen}"
    assert discovery["neo4j_version"].startswith("5.26.")
    assert discovery["neo4j_edition"] == "community"


def test_bolt_accepts_the_browsers_websocket(settings: Settings) -> None:
    host, port = settings.neo4j_bolt_listen.rsplit(":", 1)
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Origin: http://{settings.neo4j_http_listen}\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request.encode())
        answer = sock.recv(1024).decode("latin-1")
    assert answer.startswith("HTTP/1.1 101")
    assert "upgrade: websocket" in answer.lower()
