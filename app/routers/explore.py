"""`/explore`: the read-only graph explorer, its static files and the GraSS style it shares
with Neo4j Browser (`/explore/dipgraph.grass`, also what the Browser guide's `:style` loads)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

import app.explore

STATIC = Path(app.explore.__file__).parent / "static"
router = APIRouter(include_in_schema=False)


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


def install(api: FastAPI) -> None:
    api.include_router(router)
    api.mount("/explore/static", StaticFiles(directory=STATIC), name="explore-static")
