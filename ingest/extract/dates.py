"""Dates and times in a sentence, resolved against the publication date.

Written with the per-language month, weekday and relative-day words instead of a general date
parser: the candidates are few and fixed, and this keeps the hot path fast.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ingest.lang.lexicon import Lexicon, load_lexicon, phrase_regex
from ingest.lang.phrases import word_gated

_TIME = re.compile(r"\b([01]?\d|2[0-3])[:.h]([0-5]\d)\s*(GMT|UTC|CET|CEST|MSK|EST|EDT)?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True)
class Published:
    year: int | None
    month: int | None
    day: int | None

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


def parse_published(value: str | None) -> Published:
    parts = re.findall(r"\d+", (value or "")[:10])
    nums = [int(p) for p in parts[:3]] + [0, 0, 0]
    try:
        if nums[2]:
            dt.date(nums[0], nums[1], nums[2])
    except ValueError:
        nums[2] = 0
    return Published(nums[0] or None, nums[1] or None, nums[2] or None)


@lru_cache(maxsize=8)
def _patterns(lang: str, months: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    full = re.compile(
        rf"\b(?:(\d{{1,2}})\.?(?:er)?\s+({month})\.?,?(?:\s+(\d{{4}}))?|({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}))\b",
        re.I,
    )
    month_year = re.compile(rf"\b({month}),?\s+(\d{{4}})\b", re.I)
    # Both hold a month as a whole word: a sentence naming none skips them.
    return word_gated(full, months), word_gated(month_year, months)


@lru_cache(maxsize=8)
def _months(lang: str) -> dict[str, int]:
    """Lower-cased month word -> number, built once per language (callers only read it)."""
    return {k.lower(): v for k, v in load_lexicon(lang).mapping("months").items()}


@lru_cache(maxsize=8)
def _months_re(lang: str) -> re.Pattern[str]:
    return phrase_regex(list(_months(lang)))


def find_time(text: str) -> str | None:
    match = _TIME.search(text)
    if not match:
        return None
    zone = f" {match.group(3)}" if match.group(3) else ""
    return f"{int(match.group(1)):02d}:{match.group(2)}{zone}"


@lru_cache(maxsize=8)
def _since_re(lang: str) -> re.Pattern[str]:
    """'since', 'depuis', 'seit', 'sinds' up to the end of its clause (or 80 characters)."""
    since = load_lexicon(lang).words("since_words")
    words = phrase_regex(since).pattern
    # Each match holds a 'since' word whole: a clause lacking them all skips the regex.
    return word_gated(re.compile(rf"(?:{words})(?:[^,;.:]|(?<=\d)\.){{0,80}}", re.I), since)


def since_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where 'since' and the rest of its clause stand in `text`: a date there dates no event."""
    return [m.span() for m in _since_re(lang).finditer(text)]


def _after_since(text: str, lex: Lexicon, months: dict[str, int]) -> str:
    """`text` with each date that follows 'since' in its clause blanked, up to its end."""
    full, month_year = _patterns(lex.lang, tuple(months))
    for since in _since_re(lex.lang).finditer(text):
        clause = since.group()
        found = [m for p in (_ISO, full, month_year) if (m := p.search(clause))]
        if found:
            end = since.start() + min(m.end() for m in found)
            text = text[: since.start()] + " " * (end - since.start()) + text[end:]
    return text


def find_date(text: str, lex: Lexicon, published: Published, *, future: bool = False) -> str | None:
    """The first date the sentence states, as YYYY, YYYY-MM or YYYY-MM-DD. A date after
    'since' ('the first meeting since the invasion on 24 February 2022', 'depuis le 11 mars')
    starts a stretch of time before the event: it dates something else, so it is passed over."""
    months = _months(lex.lang)
    text = _after_since(text, lex, months)
    iso = _ISO.search(text)
    if iso:
        return iso.group()
    full, month_year = _patterns(lex.lang, tuple(months))
    match = full.search(text)
    if match:
        if match.group(1):
            day, month, year = int(match.group(1)), months[match.group(2).lower()], match.group(3)
        else:
            day, month, year = int(match.group(5)), months[match.group(4).lower()], match.group(6)
        y = int(year) if year else published.year
        return f"{y:04d}-{month:02d}-{day:02d}" if y else None
    match = month_year.search(text)
    if match:
        return f"{int(match.group(2)):04d}-{months[match.group(1).lower()]:02d}"
    return _relative(text, lex, published, months, future=future) or _bare_month(
        text, lex, published, months, future=future
    )


# A date as the text states it: year (None when left out), month, day (None for a month alone).
Mention = tuple[int | None, int, int | None, int, int]  # ..., start, end


def date_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Every day-and-month, month-and-year and month word `text` states, in text order, as
    written (the year left out stays None), with where it stands: '28. Februar, 3. März und am
    7. März', 'in April 2012 and July 2012', 'im Mai und Juni'. A date after 'since' is none."""
    months = _months(lex.lang)
    text = _after_since(text, lex, months)
    full, month_year = _patterns(lex.lang, tuple(months))
    found: list[Mention] = []
    for m in full.finditer(text):
        day, word, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(5, 4, 6)
        found.append((int(year) if year else None, months[word.lower()], int(day), *m.span()))
    taken = [(lo, hi) for *_, lo, hi in found]
    for m in month_year.finditer(text):
        if all(m.end() <= lo or m.start() >= hi for lo, hi in taken):
            found.append((int(m.group(2)), months[m.group(1).lower()], None, *m.span()))
    taken = [(lo, hi) for *_, lo, hi in found]
    for m in _months_re(lex.lang).finditer(text):
        upper = lex.data["lowercase_months"] or m.group()[:1].isupper()  # 'may' is a verb
        if upper and all(m.end() <= lo or m.start() >= hi for lo, hi in taken):
            found.append((None, months[m.group().lower()], None, *m.span()))
    return sorted(found, key=lambda f: f[3])


def _bare_month(
    text: str, lex: Lexicon, published: Published, months: dict[str, int], *, future: bool
) -> str | None:
    """'in December', 'im März', 'prévu en décembre': the nearest such month to publication,
    forward when the sentence speaks of the future. English months are capitalised ('may')."""
    if not (published.year and published.month):
        return None
    for match in _months_re(lex.lang).finditer(text):
        word = match.group()
        if not lex.data["lowercase_months"] and not word[:1].isupper():  # 'may' is a verb
            continue
        delta = (months[word.lower()] - published.month) % 12  # months ahead, 0..11
        ahead = delta if delta <= (8 if future else 3) else delta - 12
        total = published.year * 12 + published.month - 1 + ahead
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    return None


@dataclass(frozen=True)
class _RelativeWords:
    """A language's relative-date words and their patterns, built once rather than for every
    candidate sentence (callers only read the mappings)."""

    this_year: re.Pattern[str]
    days: dict[str, Any]
    days_re: re.Pattern[str]
    weeks: dict[str, Any]
    weeks_re: re.Pattern[str]
    weekdays: dict[str, Any]
    weekdays_re: re.Pattern[str]


@lru_cache(maxsize=8)
def _relative_words(lang: str) -> _RelativeWords:
    lex = load_lexicon(lang)
    days, weeks = lex.mapping("relative_days"), lex.mapping("relative_weeks")
    weekdays = lex.mapping("weekdays")
    return _RelativeWords(
        phrase_regex(lex.words("this_year")), days, phrase_regex(list(days)),
        weeks, phrase_regex(list(weeks)), weekdays, phrase_regex(list(weekdays)),
    )  # fmt: skip


def _relative(
    text: str, lex: Lexicon, published: Published, months: dict[str, int], *, future: bool
) -> str | None:
    words = _relative_words(lex.lang)
    lower = text.lower()
    this_year = words.this_year.search(lower)
    if this_year and published.year:
        for word, number in months.items():
            if re.search(rf"\b{re.escape(word)}\b", lower[: this_year.start()]):
                return f"{published.year:04d}-{number:02d}"
    base = published.date
    if base is None:
        return _month_ago(text, words, published)
    days = words.days
    match = words.days_re.search(text)
    if match:
        return (base + dt.timedelta(days=int(days[match.group().lower()]))).isoformat()
    weeks = words.weeks
    week = words.weeks_re.search(text)
    weekdays = words.weekdays
    day = words.weekdays_re.search(text)
    if day:
        number = int(weekdays[day.group().lower()])
        if week and abs(week.start() - day.start()) <= 24:  # 'vorige week dinsdag'
            shifted = base + dt.timedelta(days=int(weeks[week.group().lower()]))
            return (shifted + dt.timedelta(days=number - shifted.weekday())).isoformat()
        delta = (number - base.weekday()) % 7
        shift = delta if future else -((7 - delta) % 7)
        return (base + dt.timedelta(days=shift)).isoformat()
    if week:  # 'last week', 'vorige maand': the month is as precise as it honestly gets
        shifted = base + dt.timedelta(days=int(weeks[week.group().lower()]))
        return f"{shifted.year:04d}-{shifted.month:02d}"
    return None


_MONTH_DAYS = 28  # a relative word this far off names a month ('vorige maand'), not a week


def _month_ago(text: str, words: _RelativeWords, published: Published) -> str | None:
    """'van vorige maand', 'le mois dernier' in an article dated to the month only: the month
    before (or after) it. A week ('last week') may cross into another month: no date."""
    if not (published.year and published.month):
        return None
    found = words.weeks_re.search(text)
    offset = int(words.weeks[found.group().lower()]) if found else 0
    if abs(offset) < _MONTH_DAYS:
        return None
    return shift_month(published.year, published.month, round(offset / 30))


def shift_month(year: int, month: int, by: int) -> str:
    """YYYY-MM of the month `by` months after (before, when negative) `month` of `year`."""
    total = year * 12 + month - 1 + by
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


@lru_cache(maxsize=8)
def _duration(lang: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], re.Pattern[str]]:
    """Number, unit and qualifier words and their pattern, built and compiled once per language
    rather than for every sentence (callers only read the mappings)."""
    lex = load_lexicon(lang)
    numbers = lex.mapping("numbers")
    units = lex.mapping("duration_units")
    quals = lex.mapping("duration_qualifiers")
    qual_re = "|".join(re.escape(q) for q in quals)
    num_re = "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
    unit_re = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:({qual_re})\s+)?(\d+|{num_re})\s+({unit_re})\b", re.I)
    # A duration ends in its unit as a whole word: a sentence naming none skips the pattern.
    return numbers, units, quals, word_gated(pattern, units)


def find_duration(text: str, lex: Lexicon) -> str | None:
    numbers, units, quals, pattern = _duration(lex.lang)
    match = pattern.search(text)
    if not match:
        return None
    qual = quals.get((match.group(1) or "").lower())
    raw = match.group(2).lower()
    count = raw if raw.isdigit() else numbers.get(raw)
    amount = str(count) if count is not None else "several"
    unit = units[match.group(3).lower()] + "s"
    return " ".join(p for p in (qual, amount, unit) if p)
