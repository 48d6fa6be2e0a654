"""`GET /v1/graph/facts/{id}`: a node's facts, each with its supporting articles and sentences."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.explore.facts import FactsRepository, NodeFacts
from app.routers.v1_common import NOT_FOUND, NodeId, provide

router = APIRouter(prefix="/v1", tags=["graph"])
Facts = Annotated[FactsRepository, Depends(provide(FactsRepository))]


@router.get(
    "/graph/facts/{node_id}",
    response_model=NodeFacts,
    summary="A node's facts, each with the articles and sentences that support it",
    responses=NOT_FOUND,
)
async def facts(
    repo: Facts,
    node_id: NodeId,
    limit: Annotated[int, Query(ge=1, le=500, description="at most this many facts")] = 100,
) -> NodeFacts:
    return await repo.facts(node_id, limit=limit)
