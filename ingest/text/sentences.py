"""Stage 3: sentences with their offsets in the normalised text.

Line breaks always end a sentence (headlines, datelines and bylines stand alone); full stops do
unless they close a known abbreviation or an initial ('U.S.', 'D.C.', 'Dr.', 'J.').
"""

from __future__ import annotations

import re

from ingest.lang.lexicon import every_language
from ingest.models import Document, Sentence, SplitDocument

# Words a full stop does not end a sentence after, in any language: the press quotes them all.
_ABBREVIATIONS = frozenset(every_language("abbreviations"))
# A run of end marks, closing quotes and the space after it, before what may start a sentence.
# It starts only where a run of end marks starts and its quantifiers never give back, so each
# character is looked at a bounded number of times (a line of 100 KB of dots is one attempt).
_CANDIDATE = re.compile(r"(?<![.!?])[.!?]++[\"\u201d\u2019»)]*+\s++(?=[\"“„«(]?[A-ZÀ-ÖØ-Þ0-9])")
_CLOSERS = frozenset('"\u201d\u2019»)')
_END_MARKS = frozenset(".!?")
MAX_SENTENCE_CHARS = 2000  # longer runs are cut so pathological input stays linear


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


def _word_before(line: str, start: int, end: int) -> str | None:
    """The word before the end marks that close `line[start:end]` (a candidate chunk ending in
    end marks, closing quotes and space), as the pattern `([\\w.]+)[.!?]+<closers>*\\s+$`
    searched from the start of the chunk's last word would capture it; found by walking back
    over the chunk's tail once, so a long word costs its length, not its length squared."""
    w = end
    while w > start and line[w - 1].isspace():
        w -= 1
    q = w
    while q > start and line[q - 1] in _CLOSERS:
        q -= 1
    r = q
    while r > start and line[r - 1] in _END_MARKS:
        r -= 1
    if r == q or w == end:
        return None
    word_start = w
    while word_start > start and not line[word_start - 1].isspace():
        word_start -= 1
    left = r
    while left > word_start and (line[left - 1] == "." or _is_word_char(line[left - 1])):
        left -= 1
    if left == r:  # no word character before the marks: the word is made of leading dots
        left = line.find(".", max(word_start, r), q - 1)
        if left < 0:
            return None
    stop = left
    while stop < q and (line[stop] == "." or _is_word_char(line[stop])):
        stop += 1
    if stop == q:  # the marks are all dots: the last one closes the sentence
        stop -= 1
    return line[left:stop]


def _is_abbreviation(line: str, start: int, end: int) -> bool:
    word = _word_before(line, start, end)
    if not word:
        return False
    # 'U.S' (dotted initials) or a single capital initial such as 'J'
    if "." in word or (len(word) == 1 and word.isupper()):
        return True
    return word.lower() in _ABBREVIATIONS


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(line):
        if _is_abbreviation(line, start, match.end()):
            continue
        spans.append((offset + start, offset + match.end()))
        start = match.end()
    spans.append((offset + start, offset + len(line)))
    return spans


def split_sentences(document: Document, *, language: str) -> SplitDocument:
    sentences: list[Sentence] = []
    text = document.text
    position = 0
    for line in text.split("\n"):
        for start, end in _split_line(line, position):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            for cut in range(start, end, MAX_SENTENCE_CHARS):
                stop = min(end, cut + MAX_SENTENCE_CHARS)
                sentences.append(
                    Sentence(index=len(sentences), start=cut, end=stop, text=text[cut:stop])
                )
        position += len(line) + 1
    return SplitDocument(document=document, language=language, sentences=sentences)
