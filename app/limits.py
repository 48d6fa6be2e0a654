"""How much one request may ask of the API: body bytes per route, article size, bulk size.

The numbers come from the settings (`DIPGRAPH_MAX_ARTICLE_BYTES`, `DIPGRAPH_MAX_BULK_BYTES`,
`DIPGRAPH_MAX_BULK_ARTICLES`); `app/middleware.py` enforces the body limit before anything is
read, the routes the per-article ones once the body is parsed.
"""

from __future__ import annotations

from app.errors import DomainError
from app.settings import Settings

# JSON escapes (`\n`, `\"`, `\u00e9`) make a body larger than the text it carries.
JSON_OVERHEAD = 2
BODY_SLACK = 65_536  # the other fields of an article
OTHER_ROUTES = 1_048_576  # a Cypher query and its parameters, or anything else


class PayloadTooLarge(DomainError):
    status, title, type_slug = 413, "Request body too large", "too-large"


def body_limit(settings: Settings, method: str, path: str) -> int:
    if method == "POST" and path.rstrip("/").endswith("/articles/bulk"):
        return settings.max_bulk_bytes
    if method == "POST" and path.rstrip("/").endswith("/articles"):
        return settings.max_article_bytes * JSON_OVERHEAD + BODY_SLACK
    return OTHER_ROUTES


def text_bytes(text: str) -> int:
    return len(text.encode("utf-8", errors="surrogatepass"))


def check_article_size(text: str, settings: Settings, *, field: str = "text") -> None:
    size = text_bytes(text)
    if size > settings.max_article_bytes:
        raise PayloadTooLarge(
            f"{field}: {size:,} bytes, more than the {settings.max_article_bytes:,} an article "
            "may have (DIPGRAPH_MAX_ARTICLE_BYTES)",
            parameter=field,
            limit=settings.max_article_bytes,
        )


def check_bulk(texts: list[str], settings: Settings) -> None:
    if len(texts) > settings.max_bulk_articles:
        raise PayloadTooLarge(
            f"articles: {len(texts):,} articles, more than the {settings.max_bulk_articles:,} "
            "a bulk request may have (DIPGRAPH_MAX_BULK_ARTICLES)",
            parameter="articles",
            limit=settings.max_bulk_articles,
        )
    for index, text in enumerate(texts):
        check_article_size(text, settings, field=f"articles[{index}].text")
