"""The registry of cases: a table that windows over the query.

The model knows only the row count of the current filter and keeps a few pages
of rows in memory; a page is fetched from the database when the view first
shows one of its rows. Sorting and filtering are done by the database.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.workflow import PRE_DECISION, CaseStatus, status_label
from app.services import queries
from app.services.queries import CaseFilter, CaseSummary
from app.ui.forms import optional_date_edit, pydate
from app.ui.limits import LINE_MAX, limit_line
from app.ui.locale_format import date_text, number_text, sorted_by_text
from app.ui.messages import error_text
from app.ui.tables import fit_headers, plain_tooltip
from app.ui.tasks import run_task

SEARCH_DELAY_MS = 250

COLUMNS = [
    # (header, sort key or None when the database cannot sort by it cheaply)
    (QT_TRANSLATE_NOOP("CaseTable", "Number"), "number"),
    (QT_TRANSLATE_NOOP("CaseTable", "Applicant"), None),
    (QT_TRANSLATE_NOOP("CaseTable", "Citizenship"), None),
    (QT_TRANSLATE_NOOP("CaseTable", "Status"), "status"),
    (QT_TRANSLATE_NOOP("CaseTable", "Officer"), None),
    (QT_TRANSLATE_NOOP("CaseTable", "Registered"), "registered_on"),
    (QT_TRANSLATE_NOOP("CaseTable", "Decision due"), "decision_due_on"),
    (QT_TRANSLATE_NOOP("CaseTable", "Status valid until"), "status_valid_to"),
]


class RegistryModel(QAbstractTableModel):
    """Rows of ``CaseSummary`` fetched page by page for the current filter."""

    PAGE_SIZE = 200
    MAX_PAGES = 24
    count_changed = Signal(int)
    failed = Signal(object)

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.filter = CaseFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._generation = 0

    # ---- filter and refresh

    def set_filter(self, flt: CaseFilter) -> None:
        self.filter = replace(flt, limit=None, offset=0)
        self.refresh()

    def refresh(self) -> None:
        """Recount off the UI thread; the first page comes with the count."""
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        flt = replace(self.filter, limit=self.PAGE_SIZE, offset=0)

        def fetch():
            with store.uow(readonly=True) as uow:
                count = queries.count_matching(uow, actor, flt)
                first = queries.list_cases(uow, actor, flt) if count else []
            return count, first

        run_task(fetch, lambda result: self._counted(generation, *result),
                 lambda exc: self._count_failed(generation, exc))

    def _counted(self, generation: int, count: int, first: list[CaseSummary]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # an older filter's answer (or the page was closed meanwhile)
        self.beginResetModel()
        self._count = count
        self._pages = OrderedDict({0: first}) if first else OrderedDict()
        self.endResetModel()
        self.count_changed.emit(count)

    def _count_failed(self, generation: int, exc: Exception) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.failed.emit(exc)  # an older filter's failure would stand over newer results

    def _page(self, number: int) -> list[CaseSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        flt = replace(self.filter, limit=self.PAGE_SIZE, offset=number * self.PAGE_SIZE,
                      total=self._count)
        try:
            with self.store.uow(readonly=True) as uow:
                page = queries.list_cases(uow, self.actor, flt)
        except Exception as exc:  # shown by the page; the table stays usable
            self.failed.emit(exc)
            page = []
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> CaseSummary | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # ---- Qt model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CaseTable", COLUMNS[section][0])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
                return QCoreApplication.translate("CaseTable", "This column cannot be sorted")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        case = self.row_at(index.row())
        if case is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(case.names)) if column == 1 else None
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
            return date_text(case.registered_on)
        if column == 6:
            # The statutory clock runs only until the decision.
            pre = CaseStatus(case.status) in PRE_DECISION
            return date_text(case.decision_due_on) if pre else ""
        if column == 7:
            return date_text(case.status_valid_to)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        prefix = "-" if order == Qt.SortOrder.DescendingOrder else ""
        # Ties by number in the same direction: newest first means the latest number too.
        self.filter = replace(self.filter, order=[prefix + key, prefix + "number"])
        self.refresh()


#: The usual width of each column; wider when the heading needs it.
COLUMN_WIDTHS = (130, 280, 90, 200, 90, 95, 105, 120)


class RegistryPage(QWidget):
    """Search box, filters and the windowed table; emits ``open_case`` on Enter/double-click."""

    open_case = Signal(str)

    def __init__(self, store: Store, actor: Actor, *, officer: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.fixed_officer = officer
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(self.tr(
            "Search by name in any script, case number or document number…"))
        self.search.setClearButtonEnabled(True)
        # Longer than any name or number: a paste of a whole page is cut, and said so.
        self._cut_note = ""
        limit_line(self.search, LINE_MAX, self._search_cut)
        bar.addWidget(self.search, 3)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status_filter.addItem(
                QCoreApplication.translate("CaseStatus", status_label(status)), status.value)
        bar.addWidget(self.status_filter, 1)

        self.officer_filter = QComboBox()
        self.officer_filter.setObjectName("officerFilter")
        self.officer_filter.setAccessibleName(self.tr("Filter by officer"))
        self.officer_filter.addItem(self.tr("All officers"), None)
        bar.addWidget(self.officer_filter, 1)
        if officer is None:
            with store.uow(readonly=True) as uow:
                for name in sorted_by_text(queries.officers(uow, actor)):
                    self.officer_filter.addItem(name, name)
        else:
            self.officer_filter.hide()

        from_label = QLabel(self.tr("&From:"))
        self.date_from = optional_date_edit("dateFrom", self.tr("Registered from"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To:"))
        self.date_to = optional_date_edit("dateTo", self.tr("Registered until"))
        to_label.setBuddy(self.date_to)
        for widget in (from_label, self.date_from, to_label, self.date_to):
            bar.addWidget(widget)
        layout.addLayout(bar)

        self.model = RegistryModel(store, actor, self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks every row for its size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_headers(self.table, COLUMN_WIDTHS)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)

        self.status_line = QLabel()
        self.status_line.setObjectName("registryStatus")
        footer = QHBoxLayout()
        footer.addWidget(self.status_line, 1)
        # Export the cases of the current filter (Ctrl+E while the page has the focus).
        self.export_action = QAction(self.tr("E&xport…"), self)
        self.export_action.setObjectName("actionExportRegistry")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export)
        self.addAction(self.export_action)
        self.export_button = QPushButton(self.export_action.text())
        self.export_button.setObjectName("registryExport")
        self.export_button.setAccessibleName(self.tr("Export the cases shown"))
        self.export_button.setToolTip(self.tr("Save the cases of the current search and filters "
                                              "as an Excel or CSV file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_action.trigger)
        footer.addWidget(self.export_button)
        layout.addLayout(footer)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.officer_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.model.count_changed.connect(self._counted)
        self.model.failed.connect(
            lambda exc: self.status_line.setText(error_text(exc)))
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.officer_filter)
        self.setTabOrder(self.officer_filter, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)
        self.setTabOrder(self.table, self.export_button)
        self.apply_filter()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            search=self.search.text(), status=self.status_filter.currentData(),
            officer=self.fixed_officer or self.officer_filter.currentData(),
            registered_from=pydate(self.date_from), registered_to=pydate(self.date_to),
            order=self.model.filter.order)

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _search_cut(self, note: str) -> None:
        self._cut_note = note

    def _counted(self, count: int) -> None:
        if count == 0:
            text = (self.tr("No case matches this search.") if self.search.text().strip()
                    or self.status_filter.currentData() else self.tr("There are no cases yet."))
        elif self.search.text().strip() and count >= queries.SEARCH_LIMIT:
            text = self.tr("Showing the first %Ln matches; type more to narrow the search.", "",
                           count)
        else:
            text = self.tr("Cases: %Ln", "", count)
        if self._cut_note and len(self.search.text()) >= self.search.maxLength():
            text += " " + self.tr("Only the first {limit} characters of what you pasted were "
                                  "searched.").format(limit=number_text(self.search.maxLength()))
        else:
            self._cut_note = ""
        self.status_line.setText(text)

    def _open_index(self, index) -> None:
        case = self.model.row_at(index.row())
        if case is not None:
            self.open_case.emit(case.number)

    def export(self) -> None:
        """Export the cases of the current filter, in the table's order (the dialog asks
        the format, whether to leave out personal data, and the file)."""
        from app.services import exports
        from app.ui.export_dialog import export_tables, header_text, value_text

        if not self.export_button.isEnabled():
            return
        flt, actor = self.current_filter(), self.actor

        def tables(uow, leave_out_sensitive: bool):
            return exports.registry_table(uow, actor, flt, header_text, values=value_text,
                                          leave_out_sensitive=leave_out_sensitive)

        export_tables(self, self.store, actor, tables, "registry", name="cases",
                      busy=self._exporting, progress=self._exported_so_far)

    def _exporting(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.export_action.setEnabled(not busy)
        if busy:
            self.status_line.setText(self.tr("Exporting…"))
        else:
            self._counted(self.model.rowCount())

    def _exported_so_far(self, rows: int) -> None:
        if not self.export_button.isEnabled():  # still exporting
            self.status_line.setText(self.tr("Exporting… rows written: %Ln", "", rows))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
