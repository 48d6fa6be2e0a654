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


def test_every_key_is_described_once_in_the_lexicon_doc() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.M)
    assert sorted(rows) == sorted(set(rows)), "a key is described twice"
    assert set(rows) == _keys(SUPPORTED[0])
