"""The language files: the same keys in every language, each described once in docs/lexicon.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.lang.lexicon import LANG_DIR, SUPPORTED

DOC = Path(__file__).resolve().parents[4] / "docs" / "lexicon.md"


def _keys(lang: str) -> set[str]:
    return set(json.loads((LANG_DIR / f"{lang}.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("lang", SUPPORTED[1:])
def test_every_language_file_has_the_same_keys(lang: str) -> None:
    first, keys = _keys(SUPPORTED[0]), _keys(lang)
    assert keys == first, (
        f"only in {SUPPORTED[0]}.json: {sorted(first - keys)}; only in {lang}.json: "
        f"{sorted(keys - first)}"
    )


def _written_twice(pairs: list[tuple[str, object]]) -> dict[str, object]:
    seen: set[str] = set()
    for key, _ in pairs:
        assert key not in seen, f"{key!r} is written twice in one table"
        seen.add(key)
    return dict(pairs)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_no_entry_is_written_twice_in_one_table(lang: str) -> None:
    """JSON keeps the last of two equal keys without a word: a form added twice, by two changes
    that each saw it missing, would hide a second kind given to it."""
    json.loads(
        (LANG_DIR / f"{lang}.json").read_text(encoding="utf-8"), object_pairs_hook=_written_twice
    )


def test_every_key_is_described_once_in_the_lexicon_doc() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.M)
    assert sorted(rows) == sorted(set(rows)), "a key is described twice"
    assert set(rows) == _keys(SUPPORTED[0])
