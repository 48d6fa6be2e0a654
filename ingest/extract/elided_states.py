"""A compass word left hanging before a joined state name stands for its own state: 'North and
South Korean negotiators', 'Noord- en Zuid-Koreaanse afgevaardigden', 'Nord- und südkoreanische
Unterhändler', 'nord- et sud-coréens' name North Korea too (the words are each language's
`compass_words`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.lang.lexicon import Lexicon, load_lexicon

_REACH = 16  # characters before a state's name the hanging word and the joiner may take


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The compass words, lower-cased, and the pattern of one hanging before a state's name:
    read once per language, not once per country word."""
    lex = load_lexicon(lang)
    compass = tuple(lex.words("compass_words"))
    joiners = [w for w in lex.words("list_joiners") if w.isalpha()]
    words = "|".join(map(re.escape, compass))
    joins = "|".join(map(re.escape, joiners))
    hanging = re.compile(rf"\b({words})-?\s+(?:{joins})\s+$", re.I)
    return tuple(w.lower() for w in compass), hanging


def elided_states(
    text: str, start: int, form: str, lex: Lexicon
) -> list[tuple[str, str, int, int]]:
    """(code, kind, start, end) in `text` of the state a hanging compass word names, when the
    country word `form` at `start` opens with another compass word; empty when none hangs."""
    compass, pattern = _patterns(lex.lang)
    lower = form.lower()
    own = next((w for w in compass if lower.startswith(w)), None)
    if own is None:
        return []
    hanging = pattern.search(text, max(0, start - _REACH), start)
    if hanging is None:
        return []
    word = hanging.group(1)
    word = word.capitalize() if form[:1].isupper() else word.lower()
    found = lex.countries.get(word + form[len(own) :])
    return [(found[0], found[1], hanging.start(1), hanging.end(1))] if found else []
