"""``ListTableModel``: the shared parts of the read-only tables backed by a list of rows.

A subclass gives the translation context and the headers (marked with
``QT_TRANSLATE_NOOP(context, …)``) and writes its own ``data()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


def plain_tooltip(text):
    """Text from the records, for a tooltip. Qt guesses whether a tooltip is rich text, and
    it takes any tag in the first line for markup: a name written ``<b>Ali</b>`` or
    ``<img src=…>`` must show as written, not be drawn (or load a file)."""
    if isinstance(text, str) and QtGui.Qt.mightBeRichText(text):
        return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def fit_headers(view, widths: Sequence[int]) -> None:
    """Give each column its usual width, or more when its heading in the interface
    language needs it (Kazakh and Russian headings are longer than the English)."""
    header = view.horizontalHeader()
    model = view.model()
    metrics = header.fontMetrics()
    for column, width in enumerate(widths):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # Room for the margins and the sort arrow beside the text.
        needed = metrics.horizontalAdvance(title) + 2 * metrics.averageCharWidth() + 24
        view.setColumnWidth(column, max(width, needed))


class ListTableModel(QAbstractTableModel):
    """Read-only rows of a list, one column per header; headers are translated in ``context``."""

    def __init__(self, context: str, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.headers = list(headers)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return QCoreApplication.translate(self.context, self.headers[section])
        return None
