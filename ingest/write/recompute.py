"""Choose a node's properties again from all its claims, inside the article's transaction.

The write query hands back the nodes whose facts this article disputes or extends (a node that
only gains support for what it already says needs nothing), retraction hands back the nodes
that lost a claim; both come here. See `ingest.write.facts` for the rule.
"""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from graph_schema.model import ENTITY_LABELS, GENERIC_VALUES, TEXT_PROPS, Label, Prop
from ingest.text.search_keys import search_text
from ingest.write.cypher import READ_CLAIMS, RECHOOSE_RELS, SET_CHOSEN
from ingest.write.facts import NAME, Claim, node_values
from ingest.write.model import NodeRow, PropValue

# The parameters of the relationship rule in Cypher (`ingest.write.cypher.CHOOSE_REL_PROPS`).
RULE_PARAMS: dict[str, Any] = {
    "generic": sorted({v for values in GENERIC_VALUES.values() for v in values}),
    "text_props": list(TEXT_PROPS),
}


def own_claim(node: NodeRow) -> dict[str, PropValue]:
    """What an article says about a node, as kept on its MENTIONS edge."""
    if not node.claimed:
        return {}
    return {**node.props, NAME: node.name, Prop.ALIASES: list(node.aliases)}


def _claims(raw: list[list[Any]]) -> list[Claim]:
    return [
        Claim(article=str(c[0]), published=c[1], language=c[2], props=dict(c[3]))
        for c in raw
        if c[3].get(NAME)  # nodes whose facts follow from their id keep no claim
    ]


def _label(labels: list[str]) -> Label | None:
    return next((Label(x) for x in labels if x in set(ENTITY_LABELS)), None)


async def recompute_nodes(tx: AsyncManagedTransaction, eids: list[str]) -> int:
    """Set each node's chosen properties (only those that change); returns how many nodes
    changed."""
    if not eids:
        return 0
    result = await tx.run(READ_CLAIMS, eids=sorted(set(eids)))
    rows: list[dict[str, Any]] = []
    async for record in result:
        label = _label(record["labels"])
        claims = _claims(record["claims"])
        if label is None or not claims:
            continue
        values = node_values(label, claims, search_text=search_text)
        current: dict[str, Any] = record["current"]
        props: dict[str, Any] = {k: v for k, v in values.items() if current.get(k) != v}
        props.update({k: None for k in current if k != Prop.ID and k not in values})
        if props:
            rows.append({"eid": record["eid"], "props": props})
    if rows:
        await (await tx.run(SET_CHOSEN, rows=rows)).consume()
    return len(rows)


async def rechoose_rels(tx: AsyncManagedTransaction, eids: list[str]) -> None:
    """Choose the properties of fact relationships again from their claims (after a repair
    joined two relationships' claims)."""
    if eids:
        await (await tx.run(RECHOOSE_RELS, eids=sorted(set(eids)), **RULE_PARAMS)).consume()
