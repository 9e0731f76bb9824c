"""Dates, times, numbers and the order of names in the interface's locale.

The interface language sets Qt's default locale (``QLocale.setDefault`` when the
language is chosen or switched). Everything here reads ``QLocale()`` each time it
formats or compares, so a text made after a switch is in the new language. A user
never sees ``str(date)``, ``isoformat()``, ``strftime`` or ``f"{n:,}"``: dates,
times, counts and sizes go through these functions, names are sorted with
``sort_key``/``sorted_by_text``, and date fields are set up by
``localize_date_edit``.

Short dates always have four-digit years: kk_KZ's own short format is
``dd.MM.yy``, and a birth year of 03 could be 1903 or 2003. Stored times are UTC
and shown in local time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QTime,
)
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.names import kazakh_sort_key

T = TypeVar("T")

# ---------------------------------------------------------------------------
# formats


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else re.sub(r"y+", "yyyy", fmt)


def month_year_format(locale: QLocale | None = None) -> str:
    """The short date format without the day: ``dd.MM.yyyy`` -> ``MM.yyyy``."""
    return re.sub(r"d+[^\w]*|[^\w]*d+", "", short_date_format(locale), count=1)


def time_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """The locale's short time format (``HH:mm``), with seconds when asked for."""
    fmt = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in fmt:
        fmt = re.sub(r"([hH]+)(\W+)(m+)", r"\1\2\3\2ss", fmt, count=1)
    return fmt


def datetime_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    locale = locale or QLocale()
    return short_date_format(locale) + " " + time_format(locale, seconds=seconds)


# ---------------------------------------------------------------------------
# dates and times


def _qdate(value: date | QDate) -> QDate:
    return value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)


def local_qdatetime(value: datetime) -> QDateTime:
    """A stored time as a local ``QDateTime`` (to the second). SQLite hands back stored
    UTC times without their zone: a naive value is UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def date_text(value: date | QDate | None) -> str:
    """A date in the locale's short format (four-digit year); "" for none."""
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(_qdate(value), short_date_format(locale))


def datetime_text(value: datetime | QDateTime | None, *, seconds: bool = False) -> str:
    """A stored (UTC) time in local time: short date and time, seconds when asked for."""
    if value is None:
        return ""
    shown = value if isinstance(value, QDateTime) else local_qdatetime(value)
    locale = QLocale()
    return locale.toString(shown, datetime_format(locale, seconds=seconds))


def time_text(value: time | datetime | QTime | QDateTime | None, *,
              seconds: bool = False) -> str:
    """The time of day: a ``time`` as it is, a stored ``datetime`` in local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local_qdatetime(value)
    if isinstance(value, QDateTime):
        value = value.time()
    elif isinstance(value, time):
        value = QTime(value.hour, value.minute, value.second)
    locale = QLocale()
    return locale.toString(value, time_format(locale, seconds=seconds))


#: Kazakh official dates put the year first: «2026 жылғы 27 қараша».
_KAZAKH_LONG = "{year} жылғы {day} {month}"


def long_date_text(value: date | QDate | None) -> str:
    """A date for running text, without the weekday: «2026 жылғы 27 қараша»,
    «27 ноября 2026 г.», "27 November 2026"."""
    if value is None:
        return ""
    shown = _qdate(value)
    locale = QLocale()
    if locale.language() == QLocale.Language.Kazakh:
        # Qt's (CLDR's) Kazakh long format is "2026 ж. 27 қараша, жұма".
        month = locale.monthName(shown.month(), QLocale.FormatType.LongFormat).lower()
        return _KAZAKH_LONG.format(year=shown.year(), day=shown.day(), month=month)
    fmt = re.sub(r"d{3,4}", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    fmt = re.sub(r"\s*,\s*,", ",", fmt).strip(" ,")
    return locale.toString(shown, fmt)


def partial_date_text(text: str) -> str:
    """A stored partial date (``1990-05-17``, ``1990-05``, ``1990``, ``~`` for an
    estimate) in the locale's short format, month and year, or the year."""
    if not text:
        return ""
    try:
        born = PartialDate.parse(text)
    except ValidationError:
        return text
    locale = QLocale()
    if born.day is not None:
        shown = locale.toString(QDate(born.year, born.month, born.day),
                                short_date_format(locale))
    elif born.month is not None:
        shown = locale.toString(QDate(born.year, born.month, 1), month_year_format(locale))
    else:
        shown = str(born.year)  # a year is never written with a thousands separator
    if born.estimated:
        return QCoreApplication.translate("Dates", "about {date}").format(date=shown)
    return shown


# ---------------------------------------------------------------------------
# numbers


def number_text(value: int | float, decimals: int | None = None) -> str:
    """A number with the locale's digit grouping and decimal mark: 1 234 567,5."""
    locale = QLocale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    precision = (decimals if decimals is not None
                 else QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    return locale.toString(float(value), "f", int(precision))


def size_text(size: int) -> str:
    """A number of bytes as the locale writes sizes: 1,5 МБ."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


# ---------------------------------------------------------------------------
# date fields


def _apply_locale(edit: QDateTimeEdit) -> None:
    locale = QLocale()
    edit.setLocale(locale)  # month names in the calendar pop-up
    if isinstance(edit, QDateEdit):
        edit.setDisplayFormat(short_date_format(locale))
    elif isinstance(edit, QTimeEdit):
        edit.setDisplayFormat(time_format(locale))
    else:
        edit.setDisplayFormat(datetime_format(locale))


class _FollowLanguage(QObject):
    """Sets a date field's format again when the interface language changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QDateTimeEdit):
            _apply_locale(watched)
        return False


def localize_date_edit(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Show a date (``QDateEdit``), time or date-and-time field in the interface's
    short format with a four-digit year, now and after a switch of language."""
    _apply_locale(edit)
    edit.installEventFilter(_FollowLanguage(edit))
    return edit


# ---------------------------------------------------------------------------
# the order of names

KAZAKH_ALPHABET = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
RUSSIAN_ALPHABET = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
LATIN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: Qt's collator for each locale seen, or None where it does not sort the locale's
#: alphabet (a platform whose collation data lacks the language): Pana's own order then.
_collators: dict[str, QCollator | None] = {}


def _alphabet(locale: QLocale) -> str:
    return {QLocale.Language.Kazakh: KAZAKH_ALPHABET,
            QLocale.Language.Russian: RUSSIAN_ALPHABET}.get(locale.language(), LATIN_ALPHABET)


def sorts_alphabet(collator: QCollator, alphabet: str) -> bool:
    """Whether ``collator`` puts the letters of ``alphabet`` in its order, ignoring case
    (capitals and small letters mixed, shuffled backwards)."""
    letters = [ch if i % 2 else ch.lower() for i, ch in enumerate(alphabet)]
    words = [ch + "а" for ch in letters]  # whole words too, not single letters only
    return (sorted(reversed(letters), key=functools.cmp_to_key(collator.compare)) == letters
            and sorted(reversed(words), key=functools.cmp_to_key(collator.compare)) == words)


def collator() -> QCollator | None:
    """Qt's collator for the interface locale when it knows the locale's alphabet."""
    locale = QLocale()
    name = locale.name()
    if name not in _collators:
        candidate = QCollator(locale)
        _collators[name] = candidate if sorts_alphabet(candidate, _alphabet(locale)) else None
    return _collators[name]


def text_key_function() -> Callable[[str], Any]:
    """A sort key for texts in the interface's alphabetical order (Kazakh: А Ә Б … Ғ …
    Қ … Ң … Ө … Ұ Ү … Һ … І …); take it once per sort."""
    qt = collator()
    return functools.cmp_to_key(qt.compare) if qt is not None else kazakh_sort_key


def sort_key(text: str) -> Any:
    """The sort key of one text (see ``text_key_function``)."""
    return text_key_function()(text)


def compare_text(a: str, b: str) -> int:
    """Negative, zero or positive as ``a`` comes before, with or after ``b``."""
    qt = collator()
    if qt is not None:
        return qt.compare(a, b)
    ka, kb = kazakh_sort_key(a), kazakh_sort_key(b)
    return (ka > kb) - (ka < kb)


def sorted_by_text(items: Iterable[T], text: Callable[[T], str] = str) -> list[T]:
    """``items`` in alphabetical order of ``text(item)``; equal texts keep their order."""
    key = text_key_function()
    return sorted(items, key=lambda item: key(text(item)))


def text_ranks(texts: Sequence[str]) -> list[int]:
    """Each text's place in alphabetical order (equal texts share a place): numbers a
    ``QSortFilterProxyModel`` compares in C++ instead of calling Python per comparison."""
    key = text_key_function()
    keys = [key(text) for text in texts]
    ranks = [0] * len(texts)
    rank, previous = -1, None
    for row in sorted(range(len(texts)), key=keys.__getitem__):
        if previous is None or keys[previous] != keys[row]:
            rank += 1
        ranks[row] = rank
        previous = row
    return ranks
