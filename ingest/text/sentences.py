"""Stage 3: sentences with their offsets in the normalised text.

Line breaks end a sentence (headlines, datelines and bylines stand alone); full stops do unless
they close a known abbreviation or an initial ('U.S.', 'D.C.', 'Dr.', 'J.'). Text wrapped at a
fixed width (wire copy, archives) breaks lines inside sentences ('External Affairs Minister I K
Gujral\nand his Pakistani counterpart'): where several lines run on into a lower-case word, the
text is taken as wrapped, and there a line break ends a sentence only after an end mark, a
colon, a blank line or the first line (the headline), unless the second line opens in lower case.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ingest.lang.lexicon import SUPPORTED, every_language, load_lexicon
from ingest.models import Document, Sentence, SplitDocument
from ingest.text.truecase import truecase

# Words a full stop does not end a sentence after, in any language: the press quotes them all.
_ABBREVIATIONS = frozenset(every_language("abbreviations"))
# Initials of two letters ('Ts. Elbegdorj', 'Ch. Flügge'): a transliterated letter or a given
# name's first sound, which a full stop closes like a one-letter initial.
_DIGRAPH_INITIALS = frozenset(w.lower() for w in every_language("initial_digraphs"))
# A run of end marks, closing quotes and the space after it, before what may start a sentence.
# It starts only where a run of end marks starts and its quantifiers never give back, so each
# character is looked at a bounded number of times (a line of 100 KB of dots is one attempt).
# The run's first mark comes before the look-behind (which then looks past it): a pattern opening
# on a character class lets the regex engine skip to the marks rather than try every position.
_CANDIDATE = re.compile(
    r"[.!?](?<![.!?].)[.!?]*+[\"\u201d\u2019»)]*+\s++(?=[\"“„«(]?[A-ZÀ-ÖØ-Þ0-9])"
)
_CLOSERS = frozenset('"\u201d\u2019»)')
_END_MARKS = frozenset(".!?")
MAX_SENTENCE_CHARS = 2000  # longer runs are cut so pathological input stays linear
# A line that runs on into a lower-case word: three of them mark wrapped text (one may be a
# list or a stray break; three are a habit of the source).
_WRAPPED_AT = 3
_LINE_ENDS = frozenset('.!?:"\u201d\u2019»)')


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
    return word.lower() in _ABBREVIATIONS or word.lower() in _DIGRAPH_INITIALS


def _day_before_month(line: str, start: int, end: int, months: frozenset[str]) -> bool:
    """'am 3. März', 'BERLIN, 3. März (dpa)': in a language that writes a day with a full stop
    (`months` holds its month names), the stop after a day number before a month ends nothing."""
    word = _word_before(line, start, end)
    if not word or not word.isdigit() or not 1 <= int(word) <= 31:
        return False
    following = line[end:].split(maxsplit=1)
    return bool(following) and following[0].rstrip(".,").lower() in months


def _split_line(line: str, offset: int, months: frozenset[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(line):
        if _is_abbreviation(line, start, match.end()):
            continue
        if months and _day_before_month(line, start, match.end(), months):
            continue
        spans.append((offset + start, offset + match.end()))
        start = match.end()
    spans.append((offset + start, offset + len(line)))
    return spans


def _runs_on(lines: list[str]) -> int:
    """How many lines run on into a lower-case word (a look at two characters per line)."""
    return sum(
        1
        for line, following in pairwise(lines)
        if line and line[-1] not in _LINE_ENDS and not line[-1].isspace()
        and following.lstrip(" \t")[:1].islower()
    )  # fmt: skip


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets; in wrapped text, the lines of one sentence as one."""
    out: list[tuple[int, str]] = []
    position = 0
    lines = text.split("\n")
    wrapped = _runs_on(lines) >= _WRAPPED_AT
    for line in lines:
        prev = out[-1][1].rstrip() if out else ""
        # the first line is a headline, unless the second runs on from it in lower case
        past_head = len(out) > 1 or line.lstrip(" \t")[:1].islower()
        if wrapped and past_head and prev and line.strip() and prev[-1] not in _LINE_ENDS:
            out[-1] = (out[-1][0], f"{out[-1][1]} {line}")  # same length: offsets hold
        else:
            out.append((position, line))
        position += len(line) + 1
    return out


def _dotted_day_months(language: str) -> frozenset[str]:
    """The month names of a language that writes a day as an ordinal with a full stop (de)."""
    if language not in SUPPORTED:
        return frozenset()
    lex = load_lexicon(language)
    return lex.word_set("months") if lex.data.get("dotted_days") else frozenset()


def split_sentences(document: Document, *, language: str) -> SplitDocument:
    sentences: list[Sentence] = []
    text = document.text
    # Lines in capitals are split as they stand and read in ordinary case, which keeps every
    # offset: the document every later stage reads carries that text.
    shown = truecase(text, language) if language in SUPPORTED else text
    if shown is not text:
        document = document.model_copy(update={"text": shown})
    months = _dotted_day_months(language)
    for position, line in _lines(text):
        for start, end in _split_line(line, position, months):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            for cut in range(start, end, MAX_SENTENCE_CHARS):
                stop = min(end, cut + MAX_SENTENCE_CHARS)
                sentences.append(
                    Sentence(index=len(sentences), start=cut, end=stop, text=shown[cut:stop])
                )
    return SplitDocument(document=document, language=language, sentences=sentences)
