"""The Cypher that writes an article: one query for the whole article, built once at import.

One round trip per article instead of one per label and relationship type: each label and each
relationship kind of the model is a unit subquery over its slice of the parameters (an empty
slice costs nothing), so the text never changes and the server plans it once. Labels and types
come only from the `graph_schema` enums; every value is a parameter.

Writes to shared nodes (a country named by thousands of articles) happen only when something is
new, since each write takes that node's lock and would serialise concurrent ingests.

Where a transaction reads what other articles wrote and writes back a value made from it (a fact
relationship's sources, evidence and claims; a node whose properties are chosen again from every
article's claim), it first writes `Prop.LOCK` (and removes it) to take the write lock before the
read. Under read-committed isolation a read takes no lock: two articles that both read a fact's
claims, then wrote them back with their own added, kept only the claim of the one that committed
last (seen as a lost claim when the reports of one event were ingested concurrently).
"""

from __future__ import annotations

from functools import cache

from graph_schema.model import ENTITY_LABELS, FACT_PROPS, FACTS, REFERENCES, Label, Prop, RelType


def _take_lock(var: str) -> str:
    """Write `Prop.LOCK` on `var` and remove it: the transaction then holds its write lock
    before it reads what other articles wrote there (see the module's docstring)."""
    return f"SET {var}.{Prop.LOCK} = true REMOVE {var}.{Prop.LOCK}"


_NODES = """
CALL (a) {{
  UNWIND coalesce($nodes['{label}'], []) AS row
  MERGE (n:{label} {{id: row.id}})
  ON CREATE SET n += row.props, n.name = row.name, n.aliases = row.aliases,
                n.search_text = row.search_text
  CREATE (a)-[m:{mentions}]->(n)
  SET m += row.claim
  WITH n, row
  WHERE row.claimed AND COUNT {{ (n)<-[:{mentions}]-() }} > 1
  {lock}
  WITH n, row
  WHERE (n.name <> row.name
         OR any(x IN row.aliases WHERE NOT x IN coalesce(n.aliases, []))
         OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]))
  RETURN collect(elementId(n)) AS {result}
}}"""

# The rule of `ingest.write.facts`, in Cypher, over a fact relationship's `claims` (strings
# `article-id<TAB>published<TAB>language<TAB>key<TAB>value`): per key an English report's
# wording first for text, then the value most articles give, a specific before a generic one,
# the longer, an English report's, the earliest published, the smallest.
CHOOSE_REL_PROPS = (
    """
CALL (r) {
  UNWIND r.claims AS line
  WITH split(line, '\t') AS c
  WITH c[3] AS k, c[4] AS v, count(*) AS support, min(c[1]) AS first,
       max(CASE c[2] WHEN 'en' THEN 1 ELSE 0 END) AS en
  ORDER BY k, CASE WHEN k IN $text_props THEN -en ELSE 0 END, support DESC,
           CASE WHEN v IN $generic THEN 1 ELSE 0 END, size(v) DESC, en DESC, first, v
  WITH k, collect(v)[0] AS v
  RETURN collect([k, v]) AS chosen
}
SET """
    + ",\n    ".join(f"r.{k} = head([p IN chosen WHERE p[0] = '{k}' | p[1]])" for k in FACT_PROPS)
    + "\n"
)

_FACTS = (
    """
CALL (a) {{
  UNWIND coalesce($rels['{key}'], []) AS row
  MATCH (s:{start} {{id: row.start}})
  MATCH (e:{end} {{id: row.end}})
  MERGE (s)-[r:{type} {{key: row.key}}]->(e)
  ON CREATE SET r += row.props
  {lock}
  SET
    r.sources = COLLECT {{
      UNWIND [a.id] + coalesce(r.sources, []) AS x RETURN DISTINCT x ORDER BY x }},
    r.evidence = COLLECT {{
      UNWIND row.evidence + coalesce(r.evidence, []) AS x RETURN DISTINCT x ORDER BY x }},
    r.claims = COLLECT {{
      UNWIND [c IN coalesce(r.claims, []) WHERE NOT c STARTS WITH a.id + '\t'] + row.claims AS x
      RETURN DISTINCT x ORDER BY x }}
  WITH r, row
  WHERE size(r.sources) > 1
    AND any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k])
  CALL (r) {{"""
    + CHOOSE_REL_PROPS.replace("{", "{{").replace("}", "}}")
    + """  }}
}}"""
)

_REFERENCES = """
CALL (a) {{
  UNWIND coalesce($rels['{key}'], []) AS row
  MATCH (s:{start} {{id: row.start}})
  MATCH (e:{end} {{id: row.end}})
  MERGE (s)-[:{type} {{key: row.key}}]->(e)
}}"""


def rel_key(rel_type: RelType, start: Label, end: Label) -> str:
    return f"{rel_type}:{start}:{end}"


def _recompute_var(label: Label) -> str:
    return f"recompute_{label.lower()}"


# A plan that is in the cache is kept even when the statistics have moved (`replan=skip`): a
# bulk ingest into a young graph moves them all the time, and re-planning this long query every
# few seconds cost the server more CPU than running it. Its plan is index seeks and MERGEs on
# unique keys, which no statistic changes.
PLAN_ONCE = "CYPHER replan=skip\n"
_HEAD = PLAN_ONCE + f"MERGE (a:{Label.ARTICLE} {{id: $article.id}})\nSET a += $article\nWITH a"
WRITE_PARTS: dict[str, str] = {
    **{
        f"nodes:{label}": _NODES.format(
            label=label,
            mentions=RelType.MENTIONS,
            result=_recompute_var(label),
            lock=_take_lock("n"),
        )
        for label in ENTITY_LABELS
    },
    **{
        f"rels:{rel_key(t, s, e)}": _FACTS.format(
            key=rel_key(t, s, e), type=t, start=s, end=e, lock=_take_lock("r")
        )
        for t, s, e in FACTS
    },
    **{
        f"rels:{rel_key(t, s, e)}": _REFERENCES.format(key=rel_key(t, s, e), type=t, start=s, end=e)
        for t, s, e in REFERENCES
    },
}


@cache
def write_article_query(parts: tuple[str, ...]) -> str:
    """The write query for an article that has these kinds of rows (`nodes:Person`,
    `rels:LED_BY:Delegation:Person`...). Only the subqueries with rows are sent: empty ones
    still cost the server a pass each. Articles share a few shapes, so few texts get planned.
    """
    labels = [Label(part.split(":", 1)[1]) for part in sorted(parts) if part.startswith("nodes:")]
    recompute = " + ".join(_recompute_var(label) for label in labels) or "[]"
    return (
        "\n".join([_HEAD, *(WRITE_PARTS[part] for part in sorted(parts))])
        + f"\nRETURN a.id AS id, {recompute} AS recompute"
    )


# What the article's transaction reads before writing: is the article already there, and with
# which text. MERGE, not MATCH: it locks the article first, so a second process ingesting the
# same article waits, then finds it written.
READ_STATE = (
    PLAN_ONCE
    + f"""
MERGE (a:{Label.ARTICLE} {{id: $id}})
RETURN a.content_hash AS hash, a.published AS published, a.title AS title
"""
)

# Retraction: drop the article from every fact it supports (its sources, evidence and claims),
# choose the properties of the facts left again, delete facts left with no support, then
# entities no article mentions any more; the element ids of the entities that stay come back,
# so their properties can be chosen again from the claims left. Evidence and claims start with
# the article id and a tab.
RETRACT_FACTS = (
    f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})-[:{RelType.MENTIONS}]->(n)-[r]-()
WHERE $id IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $id],
    r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH $id + '\t'],
    r.claims = [x IN coalesce(r.claims, []) WHERE NOT x STARTS WITH $id + '\t']
WITH r
CALL (r) {{
  WITH r WHERE size(r.sources) > 0"""
    + CHOOSE_REL_PROPS
    + """}
WITH r WHERE size(r.sources) = 0
DELETE r
"""
)
RETRACT_ENTITIES = f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})-[m:{RelType.MENTIONS}]->(n)
DELETE m
WITH DISTINCT n, COUNT {{ (n)<-[:{RelType.MENTIONS}]-() }} AS left
WITH collect(CASE WHEN left = 0 THEN n END) AS gone,
     collect(CASE WHEN left > 0 THEN elementId(n) END) AS kept
FOREACH (x IN gone | DETACH DELETE x)
RETURN kept
"""

# The claims of nodes to choose again: each article's claim on its MENTIONS edge, with the
# article's publication date and language, which the rule weighs.
READ_CLAIMS = f"""
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
{_take_lock("n")}
WITH eid, n
RETURN eid, labels(n) AS labels, properties(n) AS current,
  COLLECT {{
    MATCH (src:{Label.ARTICLE})-[m:{RelType.MENTIONS}]->(n)
    RETURN [src.id, src.published, src.language, properties(m)]
  }} AS claims
"""
RECHOOSE_RELS = (
    """
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid AND r.claims IS NOT NULL
CALL (r) {"""
    + CHOOSE_REL_PROPS
    + """}
"""
)
SET_CHOSEN = """
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid
SET n += row.props
"""
ARTICLE_EXISTS = f"MATCH (a:{Label.ARTICLE} {{id: $id}}) RETURN a.id AS id"
DELETE_ARTICLE = f"MATCH (a:{Label.ARTICLE} {{id: $id}}) DETACH DELETE a"
