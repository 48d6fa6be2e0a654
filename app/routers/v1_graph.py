"""`GET /v1/graph/neighborhood/{id}`, `GET /v1/graph/path` and `POST /v1/cypher`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from app.cypher_slots import CypherSlots
from app.deps import ApiKeyDep, SettingsDep
from app.models.graph import CypherRequest, CypherResult, GraphPath, Neighborhood
from app.repositories.cypher import CypherLimits, CypherRepository
from app.repositories.graph import GraphRepository
from app.routers.v1_common import NOT_FOUND, PROBLEMS, NodeId, provide

router = APIRouter(prefix="/v1", tags=["graph"])
Graph = Annotated[GraphRepository, Depends(provide(GraphRepository))]
Cypher = Annotated[CypherRepository, Depends(provide(CypherRepository))]
WithArticles = Annotated[bool, Query(description="follow MENTIONS edges to and from articles too")]


@router.get(
    "/graph/neighborhood/{node_id}",
    response_model=Neighborhood,
    summary="A node and everything within `depth` hops, as nodes and edges",
    responses=NOT_FOUND,
)
async def neighborhood(
    repo: Graph,
    node_id: NodeId,
    depth: Annotated[int, Query(ge=1, le=3, description="hops from the node")] = 1,
    limit: Annotated[int, Query(ge=1, le=500, description="at most this many neighbours")] = 100,
    articles: WithArticles = False,
) -> Neighborhood:
    return await repo.neighborhood(node_id, depth=depth, limit=limit, articles=articles)


@router.get(
    "/graph/path",
    response_model=GraphPath,
    summary="A shortest path between two nodes, as nodes and edges",
    responses=NOT_FOUND,
)
async def path(
    repo: Graph,
    start: Annotated[
        str,
        Query(
            alias="from",
            min_length=1,
            max_length=300,
            description="id of the first node",
            examples=["person:alexander-darchiev"],
        ),
    ],
    end: Annotated[
        str,
        Query(
            alias="to",
            min_length=1,
            max_length=300,
            description="id of the last node",
            examples=["country:US"],
        ),
    ],
    max_depth: Annotated[int, Query(ge=1, le=8, description="longest path tried, in hops")] = 6,
    articles: WithArticles = False,
) -> GraphPath:
    return await repo.path(start, end, max_depth=max_depth, articles=articles)


@router.post(
    "/cypher",
    response_model=CypherResult,
    summary="Read-only parameterised Cypher, with a timeout and a row limit",
    responses={
        400: {"description": "The body is not JSON (problem+json)"},
        401: {"description": "The API key is configured and missing or wrong (problem+json)"},
        403: {"description": "The query would write, load files or call a procedure"},
        **PROBLEMS,
        503: {
            "description": "Neo4j cannot be reached, or DIPGRAPH_CYPHER_CONCURRENCY queries are "
            "running already (`Retry-After`) (problem+json)",
            "headers": {
                "Retry-After": {
                    "description": "Seconds to wait before retrying, when every query slot "
                    "was taken",
                    "schema": {"type": "integer", "minimum": 1},
                }
            },
        },
    },
)
async def cypher(
    repo: Cypher, body: CypherRequest, request: Request, settings: SettingsDep, _key: ApiKeyDep
) -> CypherResult:
    slots: CypherSlots = request.app.state.cypher_slots
    limits = CypherLimits(timeout_s=settings.cypher_timeout_s, max_bytes=settings.cypher_max_bytes)
    return await repo.run(body, limits=limits, slots=slots)
