"""Stage 2: the article's language, when the caller did not give it.

py3langid ships its model inside the wheel (no download at run time) and classifies a short
article in well under a millisecond; it is restricted to the languages dipgraph has lexicons
for, plus a few neighbours so that an unsupported article is reported rather than forced.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ingest.lang.lexicon import SUPPORTED

# Close neighbours keep e.g. Afrikaans or Spanish text from being labelled as a supported language.
_CANDIDATES = [*SUPPORTED, "af", "es", "it", "pt", "ru", "pl", "sv", "da", "no", "tr", "ar", "zh"]
_SAMPLE_CHARS = 4000  # the opening is enough and keeps a 5 MB article cheap


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
        MODEL_DIR,
        MODEL_FILE,
        LanguageIdentifier,
    )

    identifier = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=False)
    identifier.set_languages(_CANDIDATES)
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when there is nothing to judge."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code, _score = _identifier().classify(sample)
    return str(code)
