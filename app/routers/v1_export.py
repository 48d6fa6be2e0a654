"""`GET /v1/export/...`: the graph, or one node's neighbourhood, as PLOVER, GraphML or CSV.

Responses stream (`StreamingResponse` over the exporters' async generators): the whole graph
goes out page by page and the API holds one page at a time, however large the graph.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from app.deps import GraphDep, SettingsDep
from app.export.csv_files import edges_csv, nodes_csv
from app.export.graphml import graphml
from app.export.plover import plover_lines
from app.export.source import Subgraph, property_keys
from app.routers.v1_common import NOT_FOUND

router = APIRouter(prefix="/v1/export", tags=["export"])

NodeParam = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=300,
        description="export only this node's neighbourhood (a node id); the whole graph if absent",
        examples=["person:alexander-darchiev"],
    ),
]
DepthParam = Annotated[int, Query(ge=1, le=3, description="hops around `node`")]
ArticlesParam = Annotated[
    bool, Query(description="include articles and their MENTIONS edges (GraphML and CSV)")
]


async def subgraph(
    driver: GraphDep,
    settings: SettingsDep,
    node: NodeParam = None,
    depth: DepthParam = 1,
    articles: ArticlesParam = False,
) -> Subgraph:
    chosen = Subgraph(driver, settings.neo4j_database, node=node, depth=depth, articles=articles)
    await chosen.check()  # an unknown node is a 404 before the stream starts
    return chosen


SubgraphDep = Annotated[Subgraph, Depends(subgraph)]


def _stream(body: AsyncIterator[str], media_type: str, filename: str) -> StreamingResponse:
    return StreamingResponse(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _example(media_type: str, text: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {"example": text}}}, **NOT_FOUND}


PLOVER_EXAMPLE = (
    '{"event_id": "meeting:ru-us:2025:r2", "event_date": "2025-04-10", '
    '"event_type": "CONSULT", "event_mode": "third-party", "cameo": "046", "event_text": '
    '"US and Russian diplomats hold second round of embassy talks in Istanbul", "actors": '
    '[{"country": "RU", "name": "Russia", "delegation": "delegation:ru-us:2025:r2:ru", '
    '"leaders": [{"id": "person:alexander-darchiev", "name": "Alexander Darchiev", "title": '
    '"Russische ambassadeur in de VS"}]}, ...], "location": {"city": "Istanbul", "venue": '
    '"het Russische Consulaat-Generaal in Istanbul", "country": "TR"}, ...}\n'
)


@router.get(
    "/plover",
    summary="Meetings as PLOVER event records (JSON Lines), with CAMEO codes and sources",
    response_class=StreamingResponse,
    responses=_example("application/x-ndjson", PLOVER_EXAMPLE),
)
async def export_plover(chosen: SubgraphDep) -> StreamingResponse:
    ids: list[str] | None = None
    if chosen.node is not None:
        ids = [n.id async for n in chosen.nodes() if n.label == "Meeting"]
    body = plover_lines(chosen.driver, chosen.database, ids=ids)
    return _stream(body, "application/x-ndjson", "dipgraph-plover.jsonl")


@router.get(
    "/graphml",
    summary="The graph or a neighbourhood as GraphML (Gephi, yEd, networkx)",
    response_class=StreamingResponse,
    responses=_example(
        "application/graphml+xml",
        '<node id="person:alexander-darchiev"><data key="n_label">Alexander Darchiev</data>'
        '<data key="n_neo4j_label">Person</data>...</node>',
    ),
)
async def export_graphml(chosen: SubgraphDep) -> StreamingResponse:
    keys = await property_keys(chosen.driver, chosen.database)
    return _stream(graphml(chosen, keys), "application/graphml+xml", "dipgraph.graphml")


@router.get(
    "/csv/nodes",
    summary="Nodes as CSV: id, label (caption), neo4j_label, properties (JSON)",
    response_class=StreamingResponse,
    responses=_example(
        "text/csv",
        "id,label,neo4j_label,properties\n"
        'person:alexander-darchiev,Alexander Darchiev,Person,"{""role"": ""ambassador"", ...}"\n',
    ),
)
async def export_nodes_csv(chosen: SubgraphDep) -> StreamingResponse:
    return _stream(nodes_csv(chosen), "text/csv; charset=utf-8", "nodes.csv")


@router.get(
    "/csv/edges",
    summary="Edges as CSV: source, target, relationship, properties (JSON)",
    response_class=StreamingResponse,
    responses=_example(
        "text/csv",
        "source,target,relationship,properties\n"
        "delegation:ru-us:2025:r2:ru,person:alexander-darchiev,LED_BY,"
        '"{""role"": ""ambassador"", ...}"\n',
    ),
)
async def export_edges_csv(chosen: SubgraphDep) -> StreamingResponse:
    return _stream(edges_csv(chosen), "text/csv; charset=utf-8", "edges.csv")
