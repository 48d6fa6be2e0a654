"""Meetings told by a list of dates: 'Die letzten Telefonate fanden im Mai und Juni statt',
'après ceux du 16 janvier, du 25 mars et du 25 avril', 'the visits ... in April 2012 and July
2012'. The meeting rules date a clause by its first date; each further date listed with it tells
one more meeting of the same kind and sides (as `years` does for years listed alone)."""

from __future__ import annotations

import re

from ingest.extract.dates import Mention, date_mentions
from ingest.lang.lexicon import Lexicon


def listed_dates(text: str, first: str, lex: Lexicon) -> tuple[str, ...]:
    """The dates listed after the one `first` (YYYY, YYYY-MM or YYYY-MM-DD) stands for in the
    clause `text`, each as precise as written; a left-out year is the one before it in the list
    (the next year once the months turn back: 'December and January')."""
    found = date_mentions(text, lex)
    k = next((i for i, m in enumerate(found) if _fits(m, first)), None)
    if k is None or _spanned(text[: found[k][3]], lex):
        return ()
    year, out = int(first[:4]), []
    last_month = found[k][1]
    for prev, nxt in zip(found[k:], found[k + 1 :], strict=False):
        if not _joined(text[prev[4] : nxt[3]], lex):
            break
        y, month, day = nxt[0], nxt[1], nxt[2]
        year = y or (year + 1 if month < last_month else year)
        last_month = month
        out.append(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))
    return tuple(d for d in dict.fromkeys(out) if d != first)


def _fits(mention: Mention, first: str) -> bool:
    """Whether `mention` is the date `first` was read from."""
    year, month, day = mention[:3]
    if len(first) < len("YYYY-MM") or int(first[5:7]) != month:
        return False
    if year is not None and int(first[:4]) != year:
        return False
    return day is None or first[8:10] == f"{day:02d}"


def _joined(between: str, lex: Lexicon) -> bool:
    """Whether only commas, joiners and the words that lead a date stand between two dates:
    '28. Februar, 3. März und am 7. März', 'du 16 janvier, du 25 mars et du 25 avril'."""
    words = lex.word_set("list_joiners", "date_list_words")
    if re.search(r"[^\w\s,.]", between) or not between.strip(" ."):
        return False
    return all(w.lower() in words for w in re.findall(r"\w+", between))


def _spanned(before: str, lex: Lexicon) -> bool:
    """Whether the first date ends a 'between' ('tussen 28 november en 1 december', 'entre le 3
    et le 5 mars'): its dates bound one stretch of time, one meeting."""
    words = [w.lower() for w in re.findall(r"\w+", before)[-2:]]
    return bool(set(words) & lex.word_set("date_span_words"))
