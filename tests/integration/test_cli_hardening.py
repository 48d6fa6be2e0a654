"""The CLI and the settings under bad input (issue 11): one line each, nothing stored, no secret.

Settings errors used to be a 33-line traceback quoting part of the refused password; junk records
were stored as articles; an article with an empty URL blocked every later one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import Driver

from app.cli import db_home as localdb_home
from app.settings import Settings
from tests.ingest_helpers import rows

DIPGRAPH = str(Path(sys.executable).with_name("dipgraph"))
TALKS = (
    "The second round of talks between Norway and Poland began in Oslo on Tuesday. "
    "The Polish delegation was led by Deputy Foreign Minister Marek Lisowski."
)


def _cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DIPGRAPH, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "variable", "secret"),
    [
        (
            {"NEO4J_PASSWORD": "dipgraph-dev-password", "DIPGRAPH_API_KEY": "k3y-s3cret-value"},
            "NEO4J_PASSWORD",
            "dipgraph-dev-password",
        ),
        (
            {"NEO4J_PASSWORD": "pa55-s3cret-value", "DIPGRAPH_API_KEY": ""},
            "DIPGRAPH_API_KEY",
            "pa55-s3cret-value",
        ),
        (
            {"NEO4J_PASSWORD": "pa55-s3cret-value", "NEO4J_CONNECTION_TIMEOUT": "pa55-s3cret"},
            "NEO4J_CONNECTION_TIMEOUT",
            "pa55-s3cret",
        ),
    ],
)
def test_refused_settings_are_one_line_naming_the_variable_never_the_value(
    tmp_path: Path, env: dict[str, str], variable: str, secret: str
) -> None:
    for command in (["serve"], ["ingest", "x"]):
        result = _cli(*command, env={"DIPGRAPH_ENV": "production", **env}, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert variable in result.stderr and "invalid settings" in result.stderr
        assert secret not in result.stderr


def test_the_local_server_bounds_every_transaction(tmp_path: Path) -> None:
    settings = Settings(DIPGRAPH_NEO4J_TX_TIMEOUT="20s", DIPGRAPH_NEO4J_TX_MEMORY="100m")
    conf = localdb_home.render_conf(settings, home=tmp_path).splitlines()
    assert "db.transaction.timeout=20s" in conf
    assert "db.memory.transaction.max=100m" in conf
    assert "dbms.memory.transaction.total.max=200m" in conf


def test_junk_records_are_refused_one_line_each_and_nothing_is_stored(
    clean_graph: Driver, tmp_path: Path
) -> None:
    records = [
        {"id": "blank", "text": "  \n "},
        {"id": "binary", "text": "\ufffdPNG\r\n\x1a\n" + "\x00\ufffd" * 200},
        {"id": "russian", "text": "Вторая встреча делегаций России и США прошла в Стамбуле."},
        {"id": "xx", "text": TALKS, "language": "xx"},
        {"id": "date", "text": TALKS, "published": "2025-13-45"},
        {"id": "zero", "text": TALKS, "published": "0000-00-00"},
        {"id": "extra", "text": TALKS, "author": "me"},
    ]
    batch = tmp_path / "junk.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = _cli("ingest", "--quiet", str(batch))
    assert result.returncode == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == len(records), result.stderr
    expected = ["text:", "text:", "supported: de, en, fr, nl", "language:", "published:",
                "published:", "author:"]  # fmt: skip
    for number, words in enumerate(expected, start=1):
        line = next(line for line in failed if f"junk.jsonl:{number}: " in line)
        assert words in line, line
    assert "0 new" in result.stdout
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id") == []


def test_an_oversized_file_is_a_one_line_refusal(clean_graph: Driver, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(TALKS * 100, encoding="utf-8")
    env = {"DIPGRAPH_MAX_ARTICLE_BYTES": "5000"}
    ingest = _cli("ingest", "--quiet", str(big), env=env)
    assert ingest.returncode == 1
    assert [line for line in ingest.stderr.splitlines() if "DIPGRAPH_MAX_ARTICLE_BYTES" in line]
    extract = _cli("extract", str(big), env=env)
    assert extract.returncode == 2 and extract.stdout == ""
    assert len(extract.stderr.strip().splitlines()) == 1
    assert "DIPGRAPH_MAX_ARTICLE_BYTES" in extract.stderr
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.id AS id") == []


def test_empty_urls_are_no_urls_on_the_cli_too(clean_graph: Driver, tmp_path: Path) -> None:
    records = [
        {"text": TALKS, "url": "", "language": "en"},
        {"text": TALKS.replace("Tuesday", "Friday"), "url": "", "language": "en"},
    ]
    batch = tmp_path / "urls.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = _cli("ingest", "--quiet", str(batch))
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout
    assert rows(clean_graph, "MATCH (a:Article) RETURN a.url AS url") == [{"url": None}] * 2


def test_extract_refuses_an_impossible_date_in_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TALKS, encoding="utf-8")
    result = _cli("extract", "--published", "2025-02-30", str(article))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "dipgraph extract: error: --published '2025-02-30' is not a date"
    ]
