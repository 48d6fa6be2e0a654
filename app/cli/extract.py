"""`dipgraph extract`: print the facts of one article, or of a JSON Lines file of articles."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from app.cli import CliError
from ingest.extract.pipeline import extract_article
from ingest.models import ExtractionResult
from ingest.service.guard import check_published
from ingest.service.sources import too_large


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("extract", help="extract diplomatic facts from article text")
    parser.add_argument("file", metavar="FILE", help="article file, or - for standard input")
    parser.add_argument("--jsonl", action="store_true", help="FILE holds one article record a line")
    parser.add_argument("--language", help="ISO 639-1 code; detected when omitted")
    parser.add_argument("--published", help="publication date YYYY[-MM[-DD]]")
    parser.add_argument("--url", help="source URL of the article")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="each fact with its evidence: rule, confidence, span, sentence",
    )
    parser.set_defaults(func=run)


def _read(path: str, max_bytes: int | None = None) -> bytes:
    """The file's bytes; a single article over `max_bytes` is refused before it is read."""
    limit = -1 if max_bytes is None else max_bytes + 1
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(limit)
            size = len(raw)
        else:
            with open(path, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                raw = b"" if too_large(size, max_bytes) else fh.read()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc
    if refusal := too_large(size, max_bytes):
        shown = "<stdin>" if path == "-" else path
        raise CliError(f"{shown}: {refusal.removeprefix('text: ')}; refused")
    return raw


def _record(result: ExtractionResult, record_id: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {} if record_id is None else {"id": record_id}
    out.update(result.model_dump(exclude={"text"}))
    return out


def _explain(result: ExtractionResult) -> str:
    lines = [f"language: {result.language}", *[f"warning: {w}" for w in result.warnings]]
    groups: dict[str, list[Any]] = {
        "meeting": result.entities.meetings, "delegation": result.entities.delegations,
        "person": result.entities.people, "property": result.entities.properties,
        "statement": result.entities.statements, "topic": result.entities.topics,
    }  # fmt: skip
    for label, items in groups.items():
        for item in items:
            name = getattr(item, "name", None) or getattr(item, "id", "")
            lines.append(f"{label} {name}")
            for ev in item.evidence:
                lines.append(
                    f"    [{ev.rule} {ev.confidence:.2f} @{ev.start}-{ev.end}] {ev.sentence}"
                )
    return "\n".join(lines)


def _check_published(value: str | None) -> None:
    try:
        check_published(value)
    except ValueError as exc:
        raise CliError(f"--published {exc}") from None


_OPTIONAL_STR = ("language", "published", "url")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _parse_record(line: str) -> dict[str, Any]:
    """One article record; ValueError (json.JSONDecodeError is one) when it is not usable."""
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not an article object")
    if not isinstance(record.get("text", ""), str):
        raise ValueError("'text' must be a string")
    for key in _OPTIONAL_STR:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f"{key!r} must be a string or null")
    return record


def _run_jsonl(args: argparse.Namespace) -> int:
    """One output line per usable record, in input order; bad lines go to stderr by number."""
    failures = 0
    lines = _read(args.file).decode("utf-8", errors="replace").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = _parse_record(line)
        except ValueError as exc:
            print(f"dipgraph extract: line {number}: malformed record: {exc}", file=sys.stderr)
            failures += 1
            continue
        result = extract_article(
            record.get("text") or "", language=record.get("language"),
            published=record.get("published"), url=record.get("url"),
        )  # fmt: skip
        if args.explain:
            print(f"# record {record.get('id', number)} (line {number})\n{_explain(result)}")
        else:
            print(json.dumps(_record(result, record.get("id")), ensure_ascii=False), flush=False)
        name = f"line {number}" + (f" ({record['id']})" if record.get("id") else "")
        for warning in result.warnings:
            print(f"dipgraph extract: {name}: {warning}", file=sys.stderr)
    sys.stdout.flush()
    if failures:
        print(f"dipgraph extract: {failures} malformed line(s) skipped", file=sys.stderr)
    return 1 if failures else 0


def run(args: argparse.Namespace) -> int:
    _check_published(args.published)
    if not args.jsonl and args.file.lower().endswith(JSONL_SUFFIXES):
        # A JSON Lines file read as one article would give one meaningless result.
        print(
            f"dipgraph extract: reading {args.file} as article records, one a line", file=sys.stderr
        )
        args.jsonl = True
    if args.jsonl:
        return _run_jsonl(args)
    from app.settings import get_settings

    raw = _read(args.file, get_settings().max_article_bytes)
    result = extract_article(raw, language=args.language, published=args.published, url=args.url)
    for warning in result.warnings:
        print(f"dipgraph extract: {args.file}: {warning}", file=sys.stderr)
    if args.explain:
        print(_explain(result))
    else:
        print(json.dumps(_record(result), ensure_ascii=False, indent=2))
    return 0
