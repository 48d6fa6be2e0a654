"""Compiled phrase lists that answer "not here" without running their regex.

The rules search every sentence for dozens of phrase lists ('was led by', 'said', 'embassy',
the thousand country forms), and most sentences hold none of a given list; the regex still tries
its alternatives at every position. A phrase `(?<![\\w.])` ... `(?!\\w)` can only match where
the text has each of the phrase's words as a whole word, under the regex's own case rule; each
phrase is looked for by its longest word ('led' of 'was led by'), the rarest as a rule. So the
words of a text are collected once (kept for the last texts seen: every list searches the same
sentence) and a list whose words are all missing skips its regex. Any other search runs the
regex as before, so every answer is the regex's own.

Case-insensitive lists compare words folded as `re.IGNORECASE` compares characters: lower case,
then the few extra equivalences `re` adds (long s is 's', dotless i is 'i'). A text holding a
character whose folding would change its length or its being a word character runs the regex.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from importlib import import_module
from typing import Any, cast

try:  # the case equivalences re.IGNORECASE adds beyond lower(), as `re` itself reads them
    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # another Python: case-insensitive lists never skip
    _EXTRA_CASES = None

_WORD = re.compile(r"\w+")
_LONGER_LOWER = "\u0130"  # the one character whose lower() is two ('İ'): a test checks all
_MIN_TEXT = 48  # below this, collecting the words costs more than the regex
_KEPT = 256  # texts whose words are kept


def _is_word(char: str) -> bool:
    return _WORD.fullmatch(char) is not None


def _fold_table() -> tuple[dict[int, int], str]:
    """Each character of an extra equivalence class -> the class's word character, and the
    characters folding cannot keep (their lower case is longer, or folding makes a non-word
    character a word character)."""
    table: dict[int, int] = {}
    unsafe = set(_LONGER_LOWER)
    for code, others in (_EXTRA_CASES or {}).items():
        members = sorted({code, *others})
        words = [m for m in members if _is_word(chr(m))]
        rep = words[0] if words else members[0]
        for member in members:
            if member != rep:
                table[member] = rep
            if _is_word(chr(member)) != _is_word(chr(rep)):
                unsafe.add(chr(member))
    return table, "".join(sorted(unsafe))


_FOLD, _UNSAFE_CHARS = _fold_table()
_UNSAFE = re.compile("[" + re.escape(_UNSAFE_CHARS) + "]") if _UNSAFE_CHARS else None
_FOLDS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]") if _FOLD else None
# Whether ASCII text folds as its lower() (no ASCII character is unsafe or folds to another):
# then an ASCII text skips both character scans.
_ASCII_LOWER = _EXTRA_CASES is not None and not any(
    c in _FOLD or chr(c) in _UNSAFE_CHARS for c in range(128)
)


def fold(text: str) -> str | None:
    """`text` as re.IGNORECASE compares it, character for character; None when it holds a
    character folding cannot keep."""
    if _ASCII_LOWER and text.isascii():
        return text.lower()
    if _EXTRA_CASES is None or (_UNSAFE is not None and _UNSAFE.search(text)):
        return None
    lower = text.lower()
    return lower.translate(_FOLD) if _FOLDS is not None and _FOLDS.search(lower) else lower


_WORDS: dict[bool, dict[str, frozenset[str] | None]] = {False: {}, True: {}}
_UNSEEN = frozenset({""})


def _words(text: str, folded: bool) -> frozenset[str] | None:
    kept = _WORDS[folded]
    found = kept.get(text, _UNSEEN)
    if found is not _UNSEEN:
        return found
    if len(kept) >= _KEPT:
        kept.clear()
    source = fold(text) if folded else text
    words = None if source is None else frozenset(_WORD.findall(source))
    kept[text] = words
    return words


def _key_words(phrases: Iterable[str], folded: bool) -> frozenset[str] | None:
    """One word of each phrase, the longest (the last of equals: 'was led by' gives 'led'), or
    None when a phrase holds no word. A match holds every word of its phrase whole: the first
    after the look-behind, the last before the look-ahead, the others between the phrase's own
    non-word characters; so a text lacking each phrase's word holds no match. The longest word
    is the rarest as a rule ('led', not 'was'), so fewer texts run the regex."""
    keys: set[str] = set()
    for phrase in phrases:
        source = fold(phrase) if folded else phrase
        words = _WORD.findall(source) if source is not None else []
        if not words:
            return None
        keys.add(max(reversed(words), key=len))
    return frozenset(keys)


class PhraseRegex:
    """A compiled phrase alternation: `search` and `finditer` skip a text that lacks the key
    word of every phrase; everything else is the compiled pattern's own (`regex`)."""

    __slots__ = ("_folded", "_found", "_kept", "_keys", "_matches", "regex")

    def __init__(self, regex: re.Pattern[str], phrases: Iterable[str]) -> None:
        self.regex = regex
        self._folded = regex.flags == re.I | re.U
        plain = regex.flags == re.U
        self._keys = _key_words(phrases, self._folded) if self._folded or plain else None
        self._kept = _WORDS[self._folded]  # the words of recent texts, under this case rule
        # The regex's last answer, with its text and bounds: loops over a sentence's people (and
        # repeated sentences) search the same text with the same list again, back to back. One
        # answer only: a dict of answers for 256 texts per list kept sentences alive across
        # articles and read slower in CPU time than no memory at all.
        self._found: tuple[str, int, int, re.Match[str] | None] = ("", 0, 0, None)
        self._matches: tuple[str, int, int, list[re.Match[str]]] = ("", 0, 0, [])

    def _absent(self, text: str, endpos: int) -> bool:
        # Every sentence asks dozens of lists: the kept words are looked up here, not through
        # `_words`, which only collects a text's words the first time.
        # `endpos` short of the end lets '(?!\w)' hold inside a longer word: ask the regex.
        keys = self._keys
        if keys is None or endpos < len(text) or len(text) < _MIN_TEXT:
            return False
        words = self._kept.get(text, _UNSEEN)
        if words is _UNSEEN:
            words = _words(text, self._folded)
        return words is not None and keys.isdisjoint(words)

    # `search` and `finditer` repeat `_absent`'s test for a known text inline: they are called
    # hundreds of times per article, and most calls end in that one set test (calling `_absent`
    # instead made extraction 7-15% slower in alternating CPU-time runs).
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        keys = self._keys
        if keys is not None and endpos >= len(text) >= _MIN_TEXT:
            words = self._kept.get(text, _UNSEEN)
            if words is _UNSEEN:
                words = _words(text, self._folded)
            if words is not None and keys.isdisjoint(words):
                return None
        last = self._found
        if last[0] == text and last[1] == pos and last[2] == endpos:
            return last[3]
        match = self.regex.search(text, pos, endpos)
        self._found = (text, pos, endpos, match)
        return match

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        keys = self._keys
        if keys is not None and endpos >= len(text) >= _MIN_TEXT:
            words = self._kept.get(text, _UNSEEN)
            if words is _UNSEEN:
                words = _words(text, self._folded)
            if words is not None and keys.isdisjoint(words):
                return iter(())
        last = self._matches
        if last[0] == text and last[1] == pos and last[2] == endpos:
            return iter(last[3])
        matches = list(self.regex.finditer(text, pos, endpos))
        self._matches = (text, pos, endpos, matches)
        return iter(matches)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "regex":  # unset slots (copy, pickle): no recursion
            raise AttributeError(name)
        return getattr(self.regex, name)  # pattern, flags, sub, findall, ...


def word_gated(regex: re.Pattern[str], words: Iterable[str]) -> re.Pattern[str]:
    """`regex` as a `PhraseRegex` whose key words are `words`: for a pattern each match of
    which holds one of them as a whole word (a date holds its month), typed as the pattern."""
    return cast("re.Pattern[str]", PhraseRegex(regex, words))
