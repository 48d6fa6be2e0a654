"""`dipgraph ingest` and `dipgraph retract` as a user runs them, against the real server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from neo4j import Driver

from tests.ingest_helpers import SAMPLES, rows

DIPGRAPH = str(Path(sys.executable).with_name("dipgraph"))

HTML = """<html><head><title>x</title><script>var leader = "Nobody Atall";</script>
<style>p { color: red }</style></head><body><nav>Home | World</nav>
<p>The second round of talks between the United States and Russia took place in Istanbul.</p>
<p>The Russian delegation was led by Ambassador Alexander Darchiev.</p></body></html>"""


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DIPGRAPH, *args], input=stdin, capture_output=True, text=True, env=os.environ, check=False
    )


def test_a_single_html_file_with_its_metadata(clean_graph: Driver, tmp_path: Path) -> None:
    page = tmp_path / "talks.html"
    page.write_text(HTML, encoding="utf-8")
    url = "https://example.org/talks"
    result = _cli(
        "ingest",
        "--quiet",
        "--language",
        "en",
        "--published",
        "2025-04-10",
        "--url",
        url,
        str(page),
    )
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    article = rows(
        clean_graph,
        "MATCH (a:Article) RETURN a.url AS url, a.language AS lang, "
        "a.published AS published, a.text CONTAINS 'Nobody' AS script",
    )
    assert article == [{"url": url, "lang": "en", "published": "2025-04-10", "script": False}]
    led = rows(clean_graph, "MATCH (:Delegation)-[:LED_BY]->(p:Person) RETURN p.name AS name")
    assert led == [{"name": "Alexander Darchiev"}]


def test_stdin_jsonl_then_retract_by_url(clean_graph: Driver) -> None:
    records = SAMPLES.read_text(encoding="utf-8")
    result = _cli("ingest", "--quiet", "--jsonl", "-", stdin=records)
    assert result.returncode == 0, result.stderr
    count = "MATCH (a:Article) RETURN count(a) AS c"
    assert rows(clean_graph, count) == [{"c": len(records.splitlines())}]

    gone = _cli("retract", "https://samples.dipgraph.dev/en/istanbul-second-round")
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.startswith("retracted ")
    assert rows(clean_graph, count) == [{"c": len(records.splitlines()) - 1}]

    again = _cli("retract", "https://samples.dipgraph.dev/en/istanbul-second-round")
    assert again.returncode == 2
    assert again.stderr.strip().startswith("dipgraph retract: error: no article")


def test_an_article_without_meeting_or_delegation_is_said_and_stored(
    clean_graph: Driver, tmp_path: Path
) -> None:
    page = tmp_path / "weather.txt"
    page.write_text("The weather in the north stayed sunny and warm all week.", encoding="utf-8")
    result = _cli("ingest", "--quiet", "--language", "en", str(page))
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {page}: no meeting and no delegation found"]
    assert rows(clean_graph, "MATCH (a:Article) RETURN count(a) AS c") == [{"c": 1}]


def test_a_missing_path_is_named_and_fails(clean_graph: Driver, tmp_path: Path) -> None:
    result = _cli("ingest", "--quiet", str(tmp_path / "nope.txt"), str(SAMPLES))
    assert result.returncode == 1
    assert "nope.txt: no such file or folder" in result.stderr
    assert rows(clean_graph, "MATCH (a:Article) RETURN count(a) > 0 AS some") == [{"some": True}]
