"""Stage 1: raw article (plain text, HTML or Markdown) to clean NFC text.

Offsets in every later stage point into the text returned here, so this is the only stage that
may change characters.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.parser import HTMLParser

from ingest.models import Document

# Tags whose content is never article text.
_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"}
# Tags that end a line, so sentences never run across paragraphs or list items.
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
_HTML_HINT = re.compile(r"<(?:html|body|p|div|br|span|script|style|article|h[1-6])\b", re.I)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)", re.M)
_MD_EMPH = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANKS = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(raw: str) -> str:
    parser = _TextParser()
    parser.feed(raw)
    parser.close()
    return "".join(parser.parts)


def markdown_to_text(raw: str) -> str:
    text = _MD_LINK.sub(r"\1", raw)
    text = _MD_MARK.sub("", text)
    return _MD_EMPH.sub(r"\2", text)


def clean_text(raw: str) -> str:
    """Plain text of any supported input format, NFC, with tidy whitespace."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = html_to_text(text) if _HTML_HINT.search(text) else markdown_to_text(unescape(text))
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def normalise(
    raw: str | bytes,
    *,
    language: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Document:
    """Build the `Document` every later stage works on; undecodable bytes become U+FFFD."""
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    warnings = [] if text.strip() else ["empty article text"]
    return Document(
        text=clean_text(text), language=language, published=published, url=url, warnings=warnings
    )
