"""A compass word left hanging before a joined state name stands for its own state: 'North and
South Korean negotiators', 'Noord- en Zuid-Koreaanse afgevaardigden', 'Nord- und südkoreanische
Unterhändler', 'nord- et sud-coréens' name North Korea too (the words are each language's
`compass_words`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.lang.lexicon import Lexicon

_REACH = 16  # characters before a state's name the hanging word and the joiner may take


@lru_cache(maxsize=8)
def _patterns(lang: str, compass: tuple[str, ...], joiners: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(map(re.escape, compass))
    joins = "|".join(map(re.escape, joiners))
    return re.compile(rf"\b({words})-?\s+(?:{joins})\s+$", re.I)


def elided_states(
    text: str, start: int, form: str, lex: Lexicon
) -> list[tuple[str, str, int, int]]:
    """(code, kind, start, end) in `text` of the state a hanging compass word names, when the
    country word `form` at `start` opens with another compass word; empty when none hangs."""
    compass = tuple(lex.words("compass_words"))
    own = next((w for w in compass if form.lower().startswith(w.lower())), None)
    if own is None:
        return []
    joiners = tuple(w for w in lex.words("list_joiners") if w.isalpha())
    hanging = _patterns(lex.lang, compass, joiners).search(text, max(0, start - _REACH), start)
    if hanging is None:
        return []
    word = hanging.group(1)
    word = word.capitalize() if form[:1].isupper() else word.lower()
    found = lex.countries.get(word + form[len(own) :])
    return [(found[0], found[1], hanging.start(1), hanging.end(1))] if found else []
