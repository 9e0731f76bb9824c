"""Deadline arithmetic. Periods are commission settings; these are the defaults.

Calendar months follow the usual legal reading: a period of N months that
starts on the 31st ends on the last day of the target month when that month is
shorter (31 January + 1 month = 28/29 February).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, fields
from datetime import date, timedelta


def add_months(start: date, months: int) -> date:
    total = start.year * 12 + (start.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_working_days(start: date, days: int, holidays: frozenset[date] = frozenset()) -> date:
    """The date ``days`` working days after ``start`` (Saturdays, Sundays and holidays skipped)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


@dataclass(frozen=True)
class DeadlineSettings:
    """The statutory periods; every one is a commission setting with this default."""

    decision_months: int = 3
    decision_max_months: int = 12
    asylum_certificate_months: int = 3
    status_months: int = 12
    appeal_months: int = 1
    fingerprints_days: int = 3
    petition_working_days: int = 5

    @classmethod
    def from_mapping(cls, values: dict[str, object]) -> DeadlineSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in values.items() if k in known})  # type: ignore[arg-type]

    def decision_due(self, registered_on: date) -> date:
        return add_months(registered_on, self.decision_months)

    def decision_latest_possible(self, registered_on: date) -> date:
        return add_months(registered_on, self.decision_max_months)

    def asylum_certificate_until(self, issued_on: date) -> date:
        return add_months(issued_on, self.asylum_certificate_months) - timedelta(days=1)

    def status_until(self, valid_from: date) -> date:
        return add_months(valid_from, self.status_months) - timedelta(days=1)

    def appeal_until(self, served_on: date) -> date:
        return add_months(served_on, self.appeal_months)

    def fingerprints_due(self, registered_on: date) -> date:
        return registered_on + timedelta(days=self.fingerprints_days)
