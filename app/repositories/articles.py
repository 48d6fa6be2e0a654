"""Reads about articles: listing with filters, and the facts one article contributed."""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from app.models.articles import ArticleDetail, ArticleSummary
from app.repositories.base import Repository, fetch_one, fetch_rows, page_params
from graph_schema.model import Label, RelType

_SUMMARY = "a{.id, .url, .title, .language, .published, .source, .ingested_at}"
LIST_ARTICLES = f"""
MATCH (a:{Label.ARTICLE})
WHERE ($language IS NULL OR a.language = $language)
  AND ($from IS NULL OR a.published >= $from)
  AND ($to IS NULL OR a.published <= $to)
  AND ($source IS NULL OR a.source = $source)
RETURN {_SUMMARY} AS row
ORDER BY a.published DESC, a.id
SKIP $skip LIMIT $take
"""
# `to` is inclusive for partial dates: '2025-04' covers the whole month.
GET_ARTICLE = f"""
MATCH (a:{Label.ARTICLE} {{id: $id}})
CALL (a) {{
  OPTIONAL MATCH (a)-[:{RelType.MENTIONS}]->(n)
  WITH n WHERE n IS NOT NULL
  RETURN collect({{label: labels(n)[0], id: n.id, name: n.name}}) AS entities
}}
CALL (a) {{
  OPTIONAL MATCH (a)-[:{RelType.MENTIONS}]->(n)-[r]->(m)
  WHERE a.id IN r.sources
  WITH DISTINCT r, n, m WHERE r IS NOT NULL
  RETURN collect({{
    type: type(r), start: n.id, end: m.id,
    properties: {{title: r.title, role: r.role, action: r.action, as_of: r.as_of,
                 date: r.date}},
    evidence: [x IN coalesce(r.evidence, []) WHERE x STARTS WITH a.id + '\t' |
               split(x, '\t')[3]],
    other_sources: size(r.sources) - 1
  }}) AS facts
}}
RETURN a{{.id, .url, .title, .language, .published, .source, .ingested_at,
         entities: entities, facts: facts}} AS row
"""


class ArticleRepository(Repository):
    async def list(
        self,
        *,
        language: str | None,
        date_from: str | None,
        date_to: str | None,
        source: str | None,
        limit: int,
        offset: int,
    ) -> list[ArticleSummary]:
        params: dict[str, Any] = {
            "language": language,
            "from": date_from,
            "to": f"{date_to}\uffff" if date_to else None,
            "source": source,
            **page_params(limit=limit, offset=offset),
        }
        return await self.read(_list, params)

    async def get(self, article_id: str) -> ArticleDetail | None:
        return await self.read(_get, article_id)


async def _list(tx: AsyncManagedTransaction, params: dict[str, Any]) -> list[ArticleSummary]:
    return await fetch_rows(tx, LIST_ARTICLES, ArticleSummary, **params)


async def _get(tx: AsyncManagedTransaction, article_id: str) -> ArticleDetail | None:
    return await fetch_one(tx, GET_ARTICLE, ArticleDetail, id=article_id)
