"""The project's own scored gold articles (`tests/data/extraction_gold.jsonl`), for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest.extract.pipeline import extract_article
from ingest.models import ExtractionResult

GOLD_PATH = Path(__file__).parent / "data" / "extraction_gold.jsonl"
GOLD: list[dict[str, Any]] = [
    json.loads(line) for line in GOLD_PATH.read_text("utf-8").splitlines() if line.strip()
]


def extract_gold(article: dict[str, Any]) -> ExtractionResult:
    """Extract a gold article as the scorer would: its text, language and publication date."""
    return extract_article(
        str(article["text"]), language=str(article["language"]), published=article["published"]
    )
