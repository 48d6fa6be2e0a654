"""Places that only name a treaty: the 'Vienna Convention', the 'accords de Minsk', the
'Verdrag van Maastricht', the 'Minsk-Abkommen'. The town is where the treaty was signed long ago,
not where anything the article tells happens, and its state takes no part."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.lang.lexicon import load_lexicon

_NEXT_WORD = re.compile(r"[\s\-\u2011]*([^\W\d_]+)")
_TIE_REACH = 40  # characters before a place in which 'treaty of' is looked for


@lru_cache(maxsize=8)
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """The treaty nouns, the ties that join them to a place ('of', 'de', 'von', 'van'), and
    whether a lower-case noun right after a town names a treaty ('the Minsk agreements')."""
    lex = load_lexicon(lang)
    ties = {w.lower().rstrip("'\u2019") for w in lex.words("of_words")}
    return lex.word_set("treaty_nouns"), frozenset(ties), bool(lex.data["lowercase_treaty_nouns"])


def _names_after(after: re.Match[str], lower_case: bool) -> bool:
    """A treaty noun after the town names the treaty when joined to it ('Minsk-akkoorden'),
    written with a capital ('Vienna Convention'), or in a language that puts the noun there in
    lower case (`lower_case`: 'the Minsk agreements'); elsewhere a lower-case noun after a town
    goes on with the sentence ('In Brussel akkoord over de begroting')."""
    joined = any(mark in after.group(0) for mark in "-\u2011")
    return lower_case or joined or after.group(1)[:1].isupper()


def names_treaty(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at `text[start:end]` is part of a treaty's name: a treaty noun right
    after it ('Vienna Convention', 'Minsk-akkoorden'), or before it with a tie ('Treaty of
    Rome', "traité d'Amsterdam", 'Abkommen von Minsk')."""
    nouns, ties, lower_case = _words(lang)
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).lower() in nouns and _names_after(after, lower_case):
        return True
    before = text[max(0, start - _TIE_REACH) : start].replace("\u2019", "'").split()
    if len(before) >= 2 and before[-1].endswith("'"):  # "traité d'Amsterdam"
        tie, noun = before[-1][:-1], before[-2]
    elif len(before) >= 2:
        tie, noun = before[-1], before[-2]
    else:
        return False
    return tie.lower() in ties and noun.lower() in nouns
