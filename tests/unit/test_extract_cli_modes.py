"""`dipgraph extract`: --explain adds each fact's evidence in every mode, and a .jsonl file
given without --jsonl is read as article records, not as one article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.ingest_helpers import SAMPLES


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_jsonl_file_without_the_flag_is_read_as_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, str(SAMPLES))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [
        json.loads(line)["id"] for line in SAMPLES.read_text(encoding="utf-8").splitlines()
    ]
    assert "as article records" in err


def test_explain_adds_rules_and_sentences_to_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, plain, _ = _run(capsys, "--jsonl", str(SAMPLES))
    code, explained, _ = _run(capsys, "--jsonl", "--explain", str(SAMPLES))
    assert code == 0
    assert explained != plain
    assert explained.count("# record ") == len(plain.splitlines())
    assert "[lead-passive:was led by" in explained
    assert "The Russian delegation was led by Alexander Darchiev" in explained


def test_explain_on_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[1])
    article = tmp_path / "article.txt"
    article.write_text(first["text"], encoding="utf-8")
    _, plain, _ = _run(capsys, str(article))
    code, explained, _ = _run(capsys, "--explain", str(article))
    assert code == 0 and explained != plain
    assert "[lead-passive:" in explained
