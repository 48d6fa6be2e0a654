"""The project's own scored gold articles (`tests/data/extraction_gold.jsonl`), for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest.extract.pipeline import extract_article
from ingest.models import ExtractionResult

DATA = Path(__file__).parent / "data"
GOLD_PATH = DATA / "extraction_gold.jsonl"
# Real published articles annotated by the rules in ../shared/eval/README.md: the dev part, which
# rules and the leader model are built against; the check part, which no rule writer reads and
# which decides, in summary, which of a round's changes go on to the frozen part; and the frozen
# test part, never read to change the extractor (docs/extraction-quality.md).
REAL_DEV_PATH = DATA / "real_gold_dev.jsonl"
REAL_CHECK_PATH = DATA / "real_gold_check.jsonl"
REAL_TEST_PATH = DATA / "real_gold_test.jsonl"
# Batch 17: material rules were written against in session 16, kept out of the fit (see
# docs/extraction-quality.md, round 80): scored for floors only.
REAL_RULES_PATH = DATA / "real_gold_rules.jsonl"


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


GOLD: list[dict[str, Any]] = load_gold(GOLD_PATH)


def extract_gold(article: dict[str, Any]) -> ExtractionResult:
    """Extract a gold article as the scorer would: its text, language, date and address."""
    return extract_article(
        str(article["text"]), language=str(article["language"]), published=article["published"],
        url=article.get("url"),
    )  # fmt: skip
