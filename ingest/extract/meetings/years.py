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


def earlier_years(text: str, at: tuple[int, int], lang: str, published: Published) -> list[str]:
    """The years, before the article's, that the clause `text` gives near its meeting word at
    `at` ('in 2006', 'last year', 'vorig jaar'), as YYYY, the first first; with it, the years
    listed along with it ('trois missions économiques en Chine, en 2005, 2008 et 2011',
    'Staatsbesuche 2015 und 2017'), each an earlier meeting of its own."""
    first = earlier_year(text, at, lang, published)
    if first is None:
        return []
    years = [(m.group(), m.start(), m.end()) for m in _YEAR.finditer(text)]
    k = next((i for i, (y, _, _) in enumerate(years) if y == first), None)
    if k is None:
        return [first]  # 'last year': a year by its word, listed with no other
    lo = hi = k
    while lo > 0 and _joined(text[years[lo - 1][2] : years[lo][1]], lang):
        lo -= 1
    while hi + 1 < len(years) and _joined(text[years[hi][2] : years[hi + 1][1]], lang):
        hi += 1
    listed = [y for y, _, _ in years[lo : hi + 1] if int(y) < (published.year or 0)]
    return [first, *dict.fromkeys(y for y in listed if y != first)]


def _joined(between: str, lang: str) -> bool:
    """Whether only a comma, a joiner or a preposition stands between two years: '2005, 2008
    et 2011', '2015 und 2017', 'in 2016 en in 2018'."""
    words = load_lexicon(lang).word_set("list_joiners", "locative_preps")
    if re.search(r"[^\w\s,]", between) or not between.strip():
        return False
    return all(w.lower() in words for w in re.findall(r"\w+", between))


def earlier_year(text: str, at: tuple[int, int], lang: str, published: Published) -> str | None:
    """The year, before the article's, that the clause `text` gives near its meeting word at
    `at` ('in 2006', 'last year', 'vorig jaar'), as YYYY; a year after 'since' ('the first visit
    since 1957') starts a stretch of time and dates no meeting."""
    if not (published.year and published.month):
        return None  # an article dated to its year alone: a year before it is not told apart
    blanked = text  # most clauses hold no 'since': no copy of them
    for lo, hi in since_spans(text, lang):
        blanked = blanked[:lo] + " " * (hi - lo) + blanked[hi:]
    found = [(int(m.group()), m.start(), m.end()) for m in _YEAR.finditer(blanked)]
    words, table = _past_years(lang)
    found += [
        (published.year + table[m.group().lower()], m.start(), m.end())
        for m in words.finditer(blanked)
    ]
    near = [y for y, lo, hi in found if lo - at[1] <= _REACH and at[0] - hi <= _REACH]
    earlier = [y for y in near if y < published.year]
    return f"{earlier[0]:04d}" if earlier else None
