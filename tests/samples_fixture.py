"""The sample articles (samples/articles.jsonl) loaded through the real pipeline, for the tests
of the docs, exports and explorer, which all show what `make run` shows a newcomer."""

from __future__ import annotations

import json

import pytest
from neo4j import Driver

from app.settings import Settings
from ingest.service.service import ArticleInput
from tests.conftest import wipe_graph
from tests.ingest_helpers import SAMPLES, ingest


def all_samples() -> list[ArticleInput]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    return [ArticleInput.model_validate(json.loads(line)) for line in lines if line.strip()]


def load_samples(driver: Driver, settings: Settings) -> None:
    wipe_graph(driver, settings)
    report = ingest(settings, *all_samples())
    if report.failed:
        pytest.fail(f"sample ingest failed: {report.failed}", pytrace=False)
