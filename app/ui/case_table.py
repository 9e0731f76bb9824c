"""Formatting shared by the tables: dates in the interface locale."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QDate, QDateTime, QLocale


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year.

    Some locales (kk_KZ: "dd.MM.yy") shorten the year, which is dangerous for
    birth dates: 03 could be 1903 or 2003.
    """
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def locale_date(value) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), short_date_format(locale))


def locale_datetime(value) -> str:
    """A stored (UTC) time shown in local time and the interface's format."""
    if value is None:
        return ""
    if value.tzinfo is None:  # SQLite hands back stored UTC times without their zone
        value = value.replace(tzinfo=UTC)
    locale = QLocale()
    fmt = short_date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp())), fmt)
