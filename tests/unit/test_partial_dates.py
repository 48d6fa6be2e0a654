"""The schema's pattern for partial dates admits exactly the dates the API accepts: a client (or
a schema-driven test) that follows the published OpenAPI document is never refused for a date."""

from __future__ import annotations

import calendar
import re

from app.models.common import PARTIAL_DATE, real_date

_PATTERN = re.compile(PARTIAL_DATE)


def _accepted(value: str) -> bool:
    try:
        real_date(value)
    except ValueError:
        return False
    return True


def test_the_29th_of_february_matches_in_leap_years_only() -> None:
    for year in range(1000, 10000):
        value = f"{year}-02-29"
        assert bool(_PATTERN.match(value)) is calendar.isleap(year), value
        assert _accepted(value) is calendar.isleap(year), value


def test_every_day_of_a_leap_and_a_common_year_matches_and_no_other() -> None:
    for year in (1900, 2000, 2024, 2025):
        for month in range(1, 13):
            for day in range(1, 32):
                value = f"{year}-{month:02d}-{day:02d}"
                exists = day <= calendar.monthrange(year, month)[1]
                assert bool(_PATTERN.match(value)) is exists, value
                assert _accepted(value) is exists, value


def test_years_and_months_alone_match() -> None:
    assert all(_PATTERN.match(v) for v in ("2025", "2025-02", "1711-12", "9999-01"))
    assert not any(_PATTERN.match(v) for v in ("0999", "2025-00", "2025-13", "25-01", "2025-1"))
