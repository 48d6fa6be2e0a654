"""Where a text names a phrase as a whole: not inside a longer word.

`find_whole(text, phrase)` answers as `re.search(rf"(?<!\\w){re.escape(phrase)}(?!\\w)", text)`
would, without building that pattern: the rules ask it of each person the article names, in
every sentence, and compiling a pattern per name cost more than all the sentence's searches
(names are new in each article, so `re`'s own cache seldom holds them).
"""

from __future__ import annotations

import re

_WORD_CHAR = re.compile(r"\w")  # the character class the look-arounds test, as `re` reads it


def find_whole(text: str, phrase: str, *, not_after: str = "") -> int:
    """The first index where `phrase` stands in `text` with no word character right before or
    after it, or -1. `not_after`: other characters that may not stand right before it ('.' for
    a name as `phrase_regex([name], flags=0)` finds it: 'Li' of 'N.Li' is none)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        before = at > 0 and (
            _WORD_CHAR.match(text, at - 1) is not None or text[at - 1] in not_after
        )
        if not before and _WORD_CHAR.match(text, end) is None:
            return at
        at = text.find(phrase, at + 1)
    return -1
