"""The table of cases shown in the registry."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.workflow import PRE_DECISION, CaseStatus, status_label
from app.services.queries import CaseSummary

_HEADERS = [
    QT_TRANSLATE_NOOP("CaseTable", "Number"),
    QT_TRANSLATE_NOOP("CaseTable", "Applicant"),
    QT_TRANSLATE_NOOP("CaseTable", "Citizenship"),
    QT_TRANSLATE_NOOP("CaseTable", "Status"),
    QT_TRANSLATE_NOOP("CaseTable", "Officer"),
    QT_TRANSLATE_NOOP("CaseTable", "Registered"),
    QT_TRANSLATE_NOOP("CaseTable", "Decision due"),
]


def locale_date(value) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("CaseTable", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self.row_at(index.row())
        if case is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return case.number
            if column == 1:
                return case.display_name
            if column == 2:
                return case.citizenships.replace(",", ", ")
            if column == 3:
                return QCoreApplication.translate("CaseStatus", status_label(case.status))
            if column == 4:
                return case.officer
            if column == 5:
                return locale_date(case.registered_on)
            if column == 6:
                # The statutory clock runs only until the decision.
                if CaseStatus(case.status) in PRE_DECISION:
                    return locale_date(case.decision_due_on)
                return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return "\n".join(case.names)
        return None
