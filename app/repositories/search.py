"""Full-text search over names and aliases: `GET /v1/search`.

User text never reaches Lucene as syntax: it is split into words, folded like the index's
`standard-folding` analyzer folds (fuzzy and prefix terms skip the analyzer, so they must arrive
folded), and every Lucene special character left is escaped.
"""

from __future__ import annotations

import re
import unicodedata

from neo4j import AsyncManagedTransaction

from app.models.common import Page
from app.models.search import SearchHit
from app.repositories.base import Repository, fetch_rows, page_params
from graph_schema.migrations import FULLTEXT_INDEX
from graph_schema.model import SEARCHABLE
from ingest.text.search_keys import search_key

MAX_TERMS = 8
LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
WORD = re.compile(r"\w+")

SEARCH = f"""
CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $query) YIELD node, score
WITH node, score, [x IN labels(node) WHERE x IN $searchable][0] AS label
WHERE $label IS NULL OR label = $label
RETURN {{id: node.id, label: label, name: node.name, aliases: coalesce(node.aliases, []),
        score: score}} AS row
ORDER BY row.score DESC, row.id
SKIP $skip LIMIT $take
"""


def escape(term: str) -> str:
    return LUCENE_SPECIAL.sub(r"\\\1", term)


def fold(text: str) -> str:
    """Lower-case and strip accents from Latin letters; other scripts are left as they are,
    since the ASCII folding filter leaves them too (a Cyrillic й stays й)."""
    out = []
    for char in text.lower():
        base = unicodedata.normalize("NFKD", char)[0]
        out.append(base if base.isascii() else char)
    return "".join(out)


def _term(word: str) -> str:
    term = escape(word)
    if len(word) < 3:
        return term
    # One edit for short words, two for long ones: 'Darchev' finds 'Darchiev'; an exact or
    # prefix match still ranks first.
    edits = 1 if len(word) < 8 else 2
    return f"({term}^3 OR {term}*^2 OR {term}~{edits})"


def lucene_query(text: str) -> str | None:
    """The Lucene query for free text; None when the text has no word to look for."""
    # Cyrillic and Greek spelt in Latin letters, as the names' search keys are ('Москва').
    words = WORD.findall(fold(search_key(text)))[:MAX_TERMS]
    return " ".join(_term(w) for w in words) or None


async def _search(
    tx: AsyncManagedTransaction, query: str, label: str | None, limit: int, offset: int
) -> Page[SearchHit]:
    rows = await fetch_rows(
        tx,
        SEARCH,
        SearchHit,
        query=query,
        label=label,
        searchable=[str(x) for x in SEARCHABLE],
        **page_params(limit=limit, offset=offset),
    )
    return Page[SearchHit].of(rows, limit=limit, offset=offset)


class SearchRepository(Repository):
    async def search(
        self, text: str, *, label: str | None, limit: int, offset: int
    ) -> Page[SearchHit]:
        query = lucene_query(text)
        if query is None:
            return Page[SearchHit](items=[], limit=limit, offset=offset)
        return await self.read(_search, query, label, limit, offset)
