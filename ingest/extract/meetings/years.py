"""An earlier meeting told with its year alone: 'bij het laatste staatsbezoek aan België, in
2006', 'une telle rencontre a déjà eu un précédent en 1985', 'a successful visit to Britain last
year'. No month dates it, so the date rules leave it undated and it would merge into the meeting
being described; its year, before the article's, makes it a meeting of its own
(`further.told_before`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.dates import Published, since_spans
from ingest.lang.lexicon import load_lexicon, phrase_regex

# A year standing alone: not one end of a span ('1950-1953'), a number or part of a word.
_YEAR = re.compile(r"(?<![\w\-\u2013/.])(1[89]\d\d|20\d\d)(?![\w\-\u2013/])")  # u2013: en dash
_REACH = 60  # characters between the meeting word and its year: 'staatsbezoek aan België, in 2006'


@lru_cache(maxsize=8)
def _past_years(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """'last year', 'vorig jaar', 'l'an dernier': years back from the article's."""
    table = {k.lower(): int(v) for k, v in load_lexicon(lang).mapping("past_years").items()}
    return phrase_regex(list(table)), table


def earlier_year(text: str, at: tuple[int, int], lang: str, published: Published) -> str | None:
    """The year, before the article's, that the clause `text` gives near its meeting word at
    `at` ('in 2006', 'last year', 'vorig jaar'), as YYYY; a year after 'since' ('the first visit
    since 1957') starts a stretch of time and dates no meeting."""
    if not (published.year and published.month):
        return None  # an article dated to its year alone: a year before it is not told apart
    plain = list(text)
    for lo, hi in since_spans(text, lang):
        plain[lo:hi] = " " * (hi - lo)
    blanked = "".join(plain)
    found = [(int(m.group()), m.start(), m.end()) for m in _YEAR.finditer(blanked)]
    words, table = _past_years(lang)
    found += [
        (published.year + table[m.group().lower()], m.start(), m.end())
        for m in words.finditer(blanked)
    ]
    near = [y for y, lo, hi in found if lo - at[1] <= _REACH and at[0] - hi <= _REACH]
    earlier = [y for y in near if y < published.year]
    return f"{earlier[0]:04d}" if earlier else None
