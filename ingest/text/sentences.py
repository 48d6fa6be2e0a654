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
_CANDIDATE = re.compile(r"[.!?]+[\"\u201d\u2019»)]*\s+(?=[\"“„«(]?[A-ZÀ-ÖØ-Þ0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]+[\"\u201d\u2019»)]*\s+$")
MAX_SENTENCE_CHARS = 2000  # longer runs are cut so pathological input stays linear


def _is_abbreviation(chunk: str) -> bool:
    # _WORD_BEFORE holds no whitespace before its trailing run, so a match starts inside the
    # last whitespace-free word: searching from there finds the same match without trying
    # (and backtracking at) every earlier position of the sentence.
    body = chunk.rstrip()
    last = body.rsplit(None, 1)
    match = _WORD_BEFORE.search(chunk, len(body) - len(last[-1]) if last else 0)
    if not match:
        return False
    word = match.group(1)
    # 'U.S' (dotted initials) or a single capital initial such as 'J'
    if "." in word or (len(word) == 1 and word.isupper()):
        return True
    return word.lower() in _ABBREVIATIONS


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(line):
        if _is_abbreviation(line[start : match.end()]):
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
