"""Where articles come from for `dipgraph ingest`: files, folders, JSONL records, stdin.

Each source yields `Item`s in order; an unreadable file or a malformed JSONL line becomes an
item carrying its error (with the line number), so one bad record never stops the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ingest.service.service import ArticleInput

TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".md", ".markdown"}


@dataclass(frozen=True, slots=True)
class Item:
    label: str  # file name, or file:line for a JSONL record
    article: ArticleInput | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SingleOptions:
    """Metadata given on the command line, for single text/HTML/Markdown files, and the
    largest article accepted (`DIPGRAPH_MAX_ARTICLE_BYTES`; None: no limit)."""

    language: str | None = None
    published: str | None = None
    url: str | None = None
    max_bytes: int | None = None


def too_large(size: int, max_bytes: int | None) -> str | None:
    if max_bytes is None or size <= max_bytes:
        return None
    return (
        f"text: {size:,} bytes, more than the {max_bytes:,} an article may have "
        "(DIPGRAPH_MAX_ARTICLE_BYTES)"
    )


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _single(label: str, raw: bytes, opts: SingleOptions) -> Item:
    if refusal := too_large(len(raw), opts.max_bytes):
        return Item(label, None, refusal)
    try:
        article = ArticleInput(
            text=_decode(raw), language=opts.language, published=opts.published, url=opts.url
        )
    except ValidationError as exc:
        return Item(label, None, _first_error(exc))
    return Item(label, article)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "record"
    return f"{where}: {str(err['msg']).removeprefix('Value error, ')}"


def jsonl_items(label: str, lines: Iterator[bytes], max_bytes: int | None = None) -> Iterator[Item]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(_decode(raw))
            if not isinstance(record, dict):
                raise ValueError("a record must be a JSON object")
            text = record.get("text")
            size = len(text.encode("utf-8", "surrogatepass")) if isinstance(text, str) else 0
            if refusal := too_large(size, max_bytes):
                yield Item(where, None, refusal)
                continue
            yield Item(where, ArticleInput.model_validate(record))
        except ValidationError as exc:
            yield Item(where, None, _first_error(exc))
        except ValueError as exc:
            yield Item(where, None, f"malformed JSON line: {exc}")


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | {".jsonl"}:
                yield child
    else:
        yield path


def iter_items(paths: list[str], *, opts: SingleOptions, stdin_jsonl: bool) -> Iterator[Item]:
    for given in paths:
        if given == "-":
            stream = sys.stdin.buffer
            if stdin_jsonl:
                yield from jsonl_items("<stdin>", iter(stream.readline, b""), opts.max_bytes)
            else:
                limit = -1 if opts.max_bytes is None else opts.max_bytes + 1
                yield _single("<stdin>", stream.read(limit), opts)
            continue
        path = Path(given)
        if not path.exists():
            yield Item(given, None, "no such file or folder")
            continue
        for file in _files(path):
            try:
                if file.suffix.lower() == ".jsonl":
                    with file.open("rb") as handle:
                        lines = iter(handle.readline, b"")
                        yield from jsonl_items(str(file), lines, opts.max_bytes)
                elif refusal := too_large(file.stat().st_size, opts.max_bytes):
                    yield Item(str(file), None, refusal)
                else:
                    yield _single(str(file), file.read_bytes(), opts)
            except OSError as exc:
                yield Item(str(file), None, f"cannot read: {exc.strerror}")
