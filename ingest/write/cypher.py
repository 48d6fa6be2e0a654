"""The Cypher that writes an article: one query for the whole article, built once at import.

One round trip per article instead of one per label and relationship type: each label and each
relationship kind of the model is a unit subquery over its slice of the parameters (an empty
slice costs nothing), so the text never changes and the server plans it once. Labels and types
come only from the `graph_schema` enums; every value is a parameter.

Writes to shared nodes (a country named by thousands of articles) happen only when something is
new, since each write takes that node's lock and would serialise concurrent ingests.
"""

from __future__ import annotations

from functools import cache

from graph_schema.model import ENTITY_LABELS, FACTS, REFERENCES, Label, RelType

_NODES = """
CALL (a) {{
  UNWIND coalesce($nodes['{label}'], []) AS row
  MERGE (n:{label} {{id: row.id}})
  ON CREATE SET n += row.props, n.name = row.name, n.aliases = row.aliases,
                n.search_text = row.search_text
  WITH a, n, row,
       [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])] AS fresh,
       [k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]] AS changed
  FOREACH (_ IN CASE WHEN size(changed) > 0 THEN [1] ELSE [] END | SET n += row.props)
  FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
    SET n.aliases = coalesce(n.aliases, []) + fresh,
        n.search_text = coalesce(n.search_text, '') + reduce(s = '', x IN fresh | s + ' ' + x))
  CREATE (a)-[:{mentions}]->(n)
}}"""

_FACTS = """
CALL (a) {{
  UNWIND coalesce($rels['{key}'], []) AS row
  MATCH (s:{start} {{id: row.start}})
  MATCH (e:{end} {{id: row.end}})
  MERGE (s)-[r:{type} {{key: row.key}}]->(e)
  ON CREATE SET r += row.props, r.sources = [a.id], r.evidence = row.evidence
  ON MATCH SET r += row.props,
    r.sources = CASE WHEN a.id IN r.sources THEN r.sources ELSE r.sources + a.id END,
    r.evidence = coalesce(r.evidence, []) + [x IN row.evidence WHERE NOT x IN r.evidence]
}}"""

_REFERENCES = """
CALL (a) {{
  UNWIND coalesce($rels['{key}'], []) AS row
  MATCH (s:{start} {{id: row.start}})
  MATCH (e:{end} {{id: row.end}})
  MERGE (s)-[:{type} {{key: row.key}}]->(e)
}}"""


def rel_key(rel_type: RelType, start: Label, end: Label) -> str:
    return f"{rel_type}:{start}:{end}"


# A plan that is in the cache is kept even when the statistics have moved (`replan=skip`): a
# bulk ingest into a young graph moves them all the time, and re-planning this long query every
# few seconds cost the server more CPU than running it. Its plan is index seeks and MERGEs on
# unique keys, which no statistic changes.
PLAN_ONCE = "CYPHER replan=skip\n"
_HEAD = PLAN_ONCE + f"MERGE (a:{Label.ARTICLE} {{id: $article.id}})\nSET a += $article\nWITH a"
WRITE_PARTS: dict[str, str] = {
    **{
        f"nodes:{label}": _NODES.format(label=label, mentions=RelType.MENTIONS)
        for label in ENTITY_LABELS
    },
    **{
        f"rels:{rel_key(t, s, e)}": _FACTS.format(key=rel_key(t, s, e), type=t, start=s, end=e)
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
    return (
        "\n".join([_HEAD, *(WRITE_PARTS[part] for part in sorted(parts))]) + "\nRETURN a.id AS id"
    )


# What the article's transaction reads before writing: is the article already there (and with
# which text), and which people and meetings might its mentions be. MERGE, not MATCH: it locks
# the article first, so a second process ingesting the same article waits, then finds it written.
READ_STATE = (
    PLAN_ONCE
    + f"""
MERGE (a:{Label.ARTICLE} {{id: $id}})
RETURN a.content_hash AS hash,
  COLLECT {{
    UNWIND $surnames AS key
    MATCH (p:{Label.PERSON} {{surname_key: key}})
    RETURN p{{.id, .name, .country}}
  }} AS people,
  COLLECT {{
    UNWIND $parties AS key
    MATCH (m:{Label.MEETING} {{parties_key: key}})
    RETURN m{{.id, .kind, .round, .date, .city}}
  }} AS meetings
"""
)

# Retraction: drop the article from every fact it supports, delete facts left with no support,
# then entities no article mentions any more, then the article itself. Evidence strings start
# with the article id and a tab.
RETRACT_FACTS = f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})-[:{RelType.MENTIONS}]->(n)-[r]-()
WHERE $id IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $id],
    r.evidence = [x IN coalesce(r.evidence, []) WHERE NOT x STARTS WITH $id + '\t']
WITH r WHERE size(r.sources) = 0
DELETE r
"""
RETRACT_ENTITIES = f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})-[m:{RelType.MENTIONS}]->(n)
DELETE m
WITH DISTINCT n
WHERE NOT EXISTS {{ (:{Label.ARTICLE})-[:{RelType.MENTIONS}]->(n) }}
DETACH DELETE n
"""
ARTICLE_EXISTS = f"MATCH (a:{Label.ARTICLE} {{id: $id}}) RETURN a.id AS id"
DELETE_ARTICLE = f"MATCH (a:{Label.ARTICLE} {{id: $id}}) DETACH DELETE a"
