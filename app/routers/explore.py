"""`/explore`: the read-only graph explorer, its static files, the GraSS style it shares with
Neo4j Browser (`/explore/dipgraph.grass`, what the guide's `:style` loads) and the Browser guide
(`/explore/guide.html`, for `:play`)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

import app.explore
from app.explore.guide import guide_html

STATIC = Path(app.explore.__file__).parent / "static"
router = APIRouter(include_in_schema=False)
CORS_PREFLIGHT = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "*",
    "Access-Control-Max-Age": "600",
}


@router.get("/explore", response_class=HTMLResponse)
async def explore() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


@router.get("/explore/dipgraph.grass")
async def grass() -> FileResponse:
    # Neo4j Browser fetches the style from another origin (its own port): allow that.
    return FileResponse(
        STATIC / "dipgraph.grass",
        media_type="text/plain; charset=utf-8",
        headers={"Access-Control-Allow-Origin": "*"},
    )


@router.get("/explore/guide.html", response_class=HTMLResponse)
async def browser_guide(request: Request) -> HTMLResponse:
    """The Neo4j Browser guide, its links pointing back at this API as the Browser reached it."""
    return HTMLResponse(
        guide_html(str(request.base_url)), headers={"Access-Control-Allow-Origin": "*"}
    )


@router.options("/explore/{name}")
async def preflight(name: str) -> Response:
    """Neo4j Browser's fetch of the guide and style sends a CORS preflight first."""
    return Response(status_code=204, headers=CORS_PREFLIGHT)


def install(api: FastAPI) -> None:
    api.include_router(router)
    api.mount("/explore/static", StaticFiles(directory=STATIC), name="explore-static")
