"""Counted phrases needed outside a widget class.

``pyside6-lupdate`` collects plural forms only from ``self.tr(text, "", n)`` inside a
class; a module-level ``QCoreApplication.translate(..., n)`` would lose them (one
Russian form for 1, 3 and 5). Such phrases live here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def days(self, n: int) -> str:
        return self.tr("%Ln day(s)", "", n)


def days_text(n: int) -> str:
    """"1 day", "3 дня", "5 күн" in the interface language."""
    return Counts().days(n)
