"""Search keys: one spelling of a name for looking it up, whatever its accents, case or script.

'Jean-Noël Barrot', 'jean-noel barrot' and a Cyrillic 'Сергей Лавров' or Greek spelling all
become plain lower-case Latin words ('jean noel barrot', 'sergei lavrov'). Keys go into a node's
`search_text` beside its aliases (the full-text index and `/v1/people?q` read them) and the API
makes the same key of the text a user types. The letters come from `lang/translit.json`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

_NON_WORD = re.compile(r"[\W_]+")


@cache
def _letters() -> dict[str, str]:
    raw = resources.files("ingest").joinpath("lang", "translit.json").read_text("utf-8")
    data: dict[str, object] = json.loads(raw)
    table: dict[str, str] = {}
    for script, letters in data.items():
        if isinstance(letters, dict) and not script.startswith("_"):
            table.update({str(k): str(v) for k, v in letters.items()})
    return table


def search_key(text: str) -> str:
    """Lower case, Cyrillic and Greek spelt in Latin letters, accents dropped, words joined
    by single spaces."""
    letters = _letters()
    spelt = "".join(letters.get(c, c) for c in text.lower())
    plain = "".join(c for c in unicodedata.normalize("NFKD", spelt) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain).strip()


def search_text(aliases: list[str]) -> str:
    """The aliases as written, then each one's key where it differs, for the search index."""
    keys = [search_key(a) for a in aliases]
    extra = [k for k, a in zip(keys, aliases, strict=True) if k and k != a]
    return " ".join(dict.fromkeys([*aliases, *extra]))
