"""Deadline arithmetic: calendar months, working days, and the default periods."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.deadlines import DeadlineSettings, add_months, add_working_days

# Dates a commission could meet (birth dates to far-future validity), and shifts
# of up to 50 years either way.
DATES = st.dates(min_value=date(1850, 1, 1), max_value=date(2200, 12, 31))
MONTHS = st.integers(min_value=-600, max_value=600)


@settings(max_examples=500, deadline=None)
@given(DATES, MONTHS)
def test_add_months_lands_in_the_right_month_on_the_right_day(start, months):
    result = add_months(start, months)  # never raises
    total = start.year * 12 + start.month - 1 + months
    year, month0 = divmod(total, 12)
    assert (result.year, result.month) == (year, month0 + 1)
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last)


@settings(max_examples=500, deadline=None)
@given(DATES, DATES, MONTHS)
def test_add_months_is_monotonic_in_the_start(first, second, months):
    early, late = sorted((first, second))
    assert add_months(early, months) <= add_months(late, months)


@settings(max_examples=500, deadline=None)
@given(DATES, MONTHS, MONTHS)
def test_add_months_is_monotonic_in_the_months(start, a, b):
    fewer, more = sorted((a, b))
    assert add_months(start, fewer) <= add_months(start, more)


def test_add_months_zero_is_the_same_day():
    assert add_months(date(2024, 2, 29), 0) == date(2024, 2, 29)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2023, 1, 31), 1, date(2023, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
    (date(2100, 1, 31), 1, date(2100, 2, 28)),  # not a leap year
    (date(2000, 1, 31), 1, date(2000, 2, 29)),  # a leap year
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 8, 31), 3, date(2026, 11, 30)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),  # across the new year
    (date(2026, 12, 31), 2, date(2027, 2, 28)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 1, 15), -1, date(2025, 12, 15)),
])
def test_add_months_clamps_to_the_end_of_a_shorter_month(start, months, expected):
    assert add_months(start, months) == expected


def test_default_periods():
    d = DeadlineSettings()
    # Decision within 3 months of registration, at most 12 in total.
    assert d.decision_due(date(2026, 1, 15)) == date(2026, 4, 15)
    assert d.decision_due(date(2025, 11, 30)) == date(2026, 2, 28)
    assert d.decision_latest_possible(date(2026, 1, 15)) == date(2027, 1, 15)
    # Status for 12 months: the last valid day is the day before the anniversary.
    assert d.status_until(date(2026, 3, 1)) == date(2027, 2, 28)
    assert d.status_until(date(2026, 6, 10)) == date(2027, 6, 9)
    # Appeal within one month of being served.
    assert d.appeal_until(date(2026, 5, 10)) == date(2026, 6, 10)
    assert d.appeal_until(date(2026, 1, 31)) == date(2026, 2, 28)
    # The asylum-seeker certificate is valid 3 months, the issue day included.
    assert d.asylum_certificate_until(date(2026, 1, 10)) == date(2026, 4, 9)
    assert d.fingerprints_due(date(2026, 1, 10)) == date(2026, 1, 13)


def test_settings_from_the_database_override_defaults_and_ignore_unknown_keys():
    d = DeadlineSettings.from_mapping({"appeal_months": "2", "decision_months": 6,
                                       "retired_setting": 9})
    assert d.appeal_until(date(2026, 5, 10)) == date(2026, 7, 10)
    assert d.decision_due(date(2026, 1, 15)) == date(2026, 7, 15)
    assert d.status_months == 12


@pytest.mark.parametrize(("start", "days", "expected"), [
    (date(2026, 3, 2), 5, date(2026, 3, 9)),   # Monday + 5 working days = next Monday
    (date(2026, 3, 6), 1, date(2026, 3, 9)),   # Friday + 1 = Monday
    (date(2026, 3, 7), 1, date(2026, 3, 9)),   # Saturday + 1 = Monday
    (date(2026, 3, 8), 5, date(2026, 3, 13)),  # Sunday + 5 = Friday
    (date(2026, 3, 4), 0, date(2026, 3, 4)),
])
def test_add_working_days_skips_weekends(start, days, expected):
    assert add_working_days(start, days) == expected


def test_add_working_days_skips_holidays():
    # 8 March (International Women's Day) on a Monday in 2027.
    assert add_working_days(date(2027, 3, 5), 1, frozenset({date(2027, 3, 8)})) \
        == date(2027, 3, 9)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
       st.integers(min_value=1, max_value=60))
def test_add_working_days_never_ends_on_a_weekend_and_counts_exactly(start, days):
    end = add_working_days(start, days)
    assert end.weekday() < 5
    between = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(1 for d in between if d.weekday() < 5) == days
