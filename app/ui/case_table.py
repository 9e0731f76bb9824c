"""Formatting shared by the tables: dates in the interface locale."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale


def locale_date(value) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def locale_datetime(value) -> str:
    """A stored (UTC) time shown in local time and the interface's format."""
    if value is None:
        return ""
    return QLocale().toString(QDateTime(value).toLocalTime(), QLocale.FormatType.ShortFormat)
