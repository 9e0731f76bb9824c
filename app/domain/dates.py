"""Dates as people know them: a birth date may be only a year, or an estimate."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.validation import shown

_ISO_PARTIAL = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?P<est>~)?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day; possibly an estimate.

    Written as ``1990``, ``1990-05``, ``1990-05-17``; a trailing ``~`` marks an
    estimate (``1990~``).
    """

    year: int
    month: int | None = None
    day: int | None = None
    estimated: bool = False

    def __post_init__(self) -> None:
        if not 1850 <= self.year <= 2200:
            raise ValidationError({"date": FieldMessage(
                _N("Validation", "The year {year} is out of range."), year=str(self.year))})
        if self.month is None and self.day is not None:
            raise ValidationError({"date": FieldMessage(
                _N("Validation", "A day without a month is not a date."))})
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError({"date": FieldMessage(
                _N("Validation", "The month {month} does not exist."), month=self.month)})
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month or 1)[1]
            if not 1 <= self.day <= last:
                raise ValidationError({"date": FieldMessage(
                    _N("Validation", "{year_month} has no day {day}."),
                    year_month=f"{self.year:04d}-{self.month:02d}", day=self.day)})

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _ISO_PARTIAL.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise ValidationError({"date": FieldMessage(
                _N("Validation", "“{value}” is not a date; write 1990, 1990-05 or 1990-05-17, "
                                 "and add ~ for an estimate."), value=shown(text))})
        return cls(int(match["y"]),
                   int(match["m"]) if match["m"] else None,
                   int(match["d"]) if match["d"] else None,
                   bool(match["est"]))

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text + ("~" if self.estimated else "")

    @property
    def is_complete(self) -> bool:
        return self.day is not None

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def could_be(self, other: PartialDate, tolerance_days: int = 0) -> bool:
        """Whether the two could denote the same day (within a tolerance)."""
        slack = tolerance_days + (366 if self.estimated or other.estimated else 0)
        return ((self.earliest() - other.latest()).days <= slack
                and (other.earliest() - self.latest()).days <= slack)


def parse_iso_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError, TypeError):
        raise ValidationError({field: FieldMessage(
            _N("Validation", "“{value}” is not a date; write it as YYYY-MM-DD."),
            value=shown(text))}) from None
