"""What an article must be before it is extracted and stored, for the API and the CLI alike.

Each check raises `ValueError` with a message that reads after the field's name ("text: ...");
inside a pydantic validator that becomes a 422 naming the field, on the CLI one line. What can
only be known after normalising (no text once markup is removed, a language dipgraph has no
lexicon for) is `ArticleRefused`, raised by `refuse_unusable`.
"""

from __future__ import annotations

from datetime import date

from ingest.lang.lexicon import SUPPORTED
from ingest.text.prose import MIN_LETTER_SHARE, letter_share

SUPPORTED_NAMES = ", ".join(sorted(SUPPORTED))
# How files that are not text begin, once their bytes are read as UTF-8 with replacement.
_BINARY_MAGIC = ("%PDF-", "\ufffdPNG", "GIF87a", "GIF89a", "PK\x03\x04", "\x7fELF", "\x00\x00")
_SAMPLE_CHARS = 8192
_BINARY_SHARE = 0.05  # replacement or control characters in the sample
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


class ArticleRefused(ValueError):
    """An article that normalises to nothing usable; `field` is what to blame."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason

    def __reduce__(self) -> tuple[type[ArticleRefused], tuple[str, str]]:
        return (ArticleRefused, (self.field, self.reason))  # raised in worker processes too


def check_text(text: str) -> str:
    if not text.strip() or not any(not ch.isspace() and ch.isprintable() for ch in text):
        raise ValueError("holds no text (empty, spaces or invisible characters only)")
    sample = text[:_SAMPLE_CHARS]
    if sample.startswith(_BINARY_MAGIC):
        raise ValueError("looks like binary data (a PDF, image or archive), not article text")
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in _TEXT_CONTROLS))
    if odd > max(8, _BINARY_SHARE * len(sample)):
        raise ValueError("looks like binary data: too many undecodable or control characters")
    return text


def check_language(language: str | None) -> str | None:
    if language is not None and language.lower() not in SUPPORTED:
        raise ValueError(f"{language!r} is not supported; supported: {SUPPORTED_NAMES}")
    return language.lower() if language else None


def check_published(published: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day, month or year."""
    if published is None:
        return None
    parts = published.split("-")
    if len(parts) > 3 or not all(p.isascii() and p.isdigit() for p in parts):
        raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
    if [len(p) for p in parts] != [4, 2, 2][: len(parts)]:
        raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
    numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
    try:
        date(*numbers)
    except ValueError:
        raise ValueError(f"{published!r} is not a date") from None
    if numbers[0] < 1000:
        raise ValueError(f"{published!r} is not a date (year before 1000)")
    return published


def empty_url_is_none(url: object) -> object:
    return None if isinstance(url, str) and not url.strip() else url


def refuse_unusable(text: str, language: str) -> None:
    """After normalisation: nothing left, no prose (`ingest/text/prose.py`), or a language
    without a lexicon, is refused."""
    if not text:
        raise ArticleRefused("text", "holds no text once markup is removed")
    share = letter_share(text)
    if share < MIN_LETTER_SHARE:
        raise ArticleRefused(
            "text",
            f"is not prose: {share:.0%} of its characters are letters once markup is removed "
            f"(an article has at least {MIN_LETTER_SHARE:.0%})",
        )
    if language not in SUPPORTED:
        raise ArticleRefused(
            "text",
            f"is in a language dipgraph does not read ({language!r}); "
            f"supported: {SUPPORTED_NAMES} (give `language` if the detection is wrong)",
        )
