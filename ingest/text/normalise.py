"""Stage 1: raw article (plain text, HTML or Markdown) to clean NFC text.

Offsets in every later stage point into the text returned here, so this is the only stage that
may change characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser

from ingest.models import Document

# Tags whose content is never article text.
_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"}
# Tags that end a line, so sentences never run across paragraphs or list items.
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
_HTML_HINT = re.compile(r"<(?:html|body|p|div|br|span|script|style|article|h[1-6])\b", re.I)
_MD_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)", re.M)
# What html.parser (and _markupbase) look for to close comments and marked sections.
_MARKUP_OPEN = re.compile(r"<[!?/A-Za-z]")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_SECTION_CLOSE = re.compile(r"]\s*]\s*>")
_MS_SECTION_CLOSE = re.compile(r"]\s*>")
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_SECTIONS = {"temp", "cdata", "ignore", "include", "rcdata"}
_MS_SECTIONS = {"if", "else", "endif"}
# Markdown emphasis and code marks, longest first: `**x**`, `__x__`, `*x*`, `` `x` ``.
_EMPH_MARKS = ("**", "__", "*", "`")
_EMPH_START = re.compile(r"[*_`]")  # the first character of any mark
# A run of spaces to make one plain space: a lone plain space, most of a text's, is no match,
# so it is not replaced by itself.
_SPACES = re.compile(r" [ \t\u00a0\u2009\u202f]+|[\t\u00a0\u2009\u202f][ \t\u00a0\u2009\u202f]*")
# Every match of _SPACES holds one of these: a text without them (most) skips its scan
_SPACE_RUNS = ("  ", "\t", "\u00a0", "\u2009", "\u202f")
_BLANKS = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
# A word hyphenated across a line break ('Kon-\nferenzen'), as text wrapped at a fixed width
# (archives, wire copy) has it; three of them show the habit, and then the word is made whole.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-\n(?=[a-zß-öø-ÿ])")
_BROKEN_WORDS_WRAPPED = 3
# Characters nobody sees that would cut a name in two ('Sergei Lav\u200brov'): zero-width
# spaces and joiners, direction marks, the soft hyphen, the BOM; and control characters (NUL
# and the rest of C0 but tab and line breaks), which no article text holds.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+"
)


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
    parser.feed(_defuse_markup(raw))
    parser.close()
    return "".join(parser.parts)


class _NextFinder:
    """`text.find(needle, position)` (or the start of the next match of a pattern), skipping
    places `valid` refuses, for positions that only grow: the last answer is kept while it still
    lies ahead, so a run of openers without a closer scans the text once, not once per opener."""

    def __init__(
        self, text: str, needle: str | re.Pattern[str], valid: Callable[[int], bool] | None = None
    ) -> None:
        self.text, self.needle, self.valid = text, needle, valid
        self.found = -2  # not looked yet
        self.since = 0

    def _find(self, position: int) -> int:
        if isinstance(self.needle, str):
            return self.text.find(self.needle, position)
        match = self.needle.search(self.text, position)
        return match.start() if match else -1

    def at_or_after(self, position: int) -> int:
        if self.found == -2 or position < self.since or 0 <= self.found < position:
            found = self._find(position)
            while found >= 0 and self.valid is not None and not self.valid(found):
                found = self._find(found + 1)
            self.found = found
        self.since = position
        return self.found


def _defuse_markup(raw: str) -> str:
    """`&lt;` for every `<` that opens a construct which never closes (a tag without a later
    `>`, a comment without `-->`, an unknown `<![...`), so that `html.parser` reads it as the
    text it would have fallen back to, without rescanning the rest of the input from each such
    `<` (quadratic) or failing on a marked section it does not know."""
    out: list[str] = []
    gt = _NextFinder(raw, ">")
    closers = {
        "comment": _NextFinder(raw, _COMMENT_CLOSE),
        "section": _NextFinder(raw, _SECTION_CLOSE),
        "ms-section": _NextFinder(raw, _MS_SECTION_CLOSE),
    }
    done = 0
    for opener in _MARKUP_OPEN.finditer(raw):  # a lone '<' is text to the parser already
        position = opener.start()
        if not _closes(raw, position, gt, closers):
            out += [raw[done:position], "&lt;"]
            done = position + 1
    out.append(raw[done:])
    return "".join(out)


def _closes(raw: str, i: int, gt: _NextFinder, closers: dict[str, _NextFinder]) -> bool:
    if raw.startswith("<!--", i):
        return closers["comment"].at_or_after(i + 4) >= 0
    if raw.startswith("<![", i):
        name = _DECL_NAME.match(raw, i + 3)
        if name is None or name.end() == len(raw):
            return False
        keyword = name.group().strip().lower()
        kind = (
            "section" if keyword in _SECTIONS else "ms-section" if keyword in _MS_SECTIONS else ""
        )
        return bool(kind) and closers[kind].at_or_after(i + 3) >= 0
    return gt.at_or_after(i + 2) >= 0  # a tag, end tag, declaration or processing instruction


def _links_to_text(raw: str) -> str:
    """`[label](target)` and `![label](target)` to their label, as the regex
    `!?\\[([^\\]]*)\\]\\([^)]*\\)` would replace them, in one pass."""
    out: list[str] = []
    closers, ends = _NextFinder(raw, "]"), _NextFinder(raw, ")")
    done = 0
    position = raw.find("[")
    while position >= 0:
        close = closers.at_or_after(position + 1)
        if close < 0:
            break
        if raw.startswith("(", close + 1) and (end := ends.at_or_after(close + 2)) >= 0:
            start = position - 1 if position > done and raw[position - 1] == "!" else position
            out += [raw[done:start], raw[position + 1 : close]]
            done = end + 1
            position = raw.find("[", done)
        else:
            position = raw.find("[", position + 1)
    out.append(raw[done:])
    return "".join(out)


def _emphasis_line(line: str) -> str:
    """Emphasis and code marks removed from one line, as the regex
    `(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1` would, in linear time: each mark keeps
    a cursor on the next place it could close, so an opener without a closer costs nothing."""
    start = _EMPH_START.search(line)
    if start is None:
        return line  # most lines hold no mark at all
    closers = {mark: _NextFinder(line, mark, _mark_closes(line, mark)) for mark in _EMPH_MARKS}
    out: list[str] = []
    done = 0
    size = len(line)
    while start is not None:  # from mark character to mark character, not char by char
        position = start.start()
        for mark in _EMPH_MARKS:
            inner = position + len(mark)
            if not line.startswith(mark, position) or inner >= size or line[inner].isspace():
                continue
            if mark == "`" and _apostrophe(line, position):
                continue
            close = closers[mark].at_or_after(inner + 1)
            if close >= 0:
                out += [line[done:position], line[inner:close]]
                done = position = close + len(mark)
                break
        else:
            position += 1
        start = _EMPH_START.search(line, position)
    out.append(line[done:])
    return "".join(out)


def _mark_closes(line: str, mark: str) -> Callable[[int], bool]:
    """Where `mark` can close a span: after a non-space, and for a backtick not between letters."""

    def after_text(close: int) -> bool:
        return not line[close - 1].isspace() and not (mark == "`" and _apostrophe(line, close))

    return after_text


def _apostrophe(line: str, position: int) -> bool:
    """A backtick between two letters is an apostrophe typed on a keyboard without one
    ("l`ambassadeur d`Iran", "Côte d`Ivoire"), not a code mark: pairing two of them would
    delete both and glue the elided words to their nouns."""
    return (
        0 < position < len(line) - 1
        and line[position - 1].isalpha()
        and line[position + 1].isalpha()
    )


def markdown_to_text(raw: str) -> str:
    text = _MD_MARK.sub("", _links_to_text(raw))
    if _EMPH_START.search(text) is None:
        return text  # no mark in any line: each line would come back as it is
    return "\n".join(_emphasis_line(line) for line in text.split("\n"))


def clean_text(raw: str) -> str:
    """Plain text of any supported input format, NFC, with tidy whitespace."""
    text = _INVISIBLE.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    html = _HTML_HINT.search(text) is not None
    entities = html or "&" in text  # markdown and NFC add no invisible character; entities may
    text = html_to_text(text) if html else markdown_to_text(unescape(text))
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text) if entities else text)
    # one substitution over the text, not one per line: _SPACES never matches a line break
    if any(run in text for run in _SPACE_RUNS):
        text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    if "-\n" in text and len(_BROKEN_WORD.findall(text)) >= _BROKEN_WORDS_WRAPPED:
        text = _BROKEN_WORD.sub("", text)
    return text


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
