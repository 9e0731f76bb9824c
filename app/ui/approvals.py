"""The supervisor's approvals queue: drafted decisions waiting for a second pair of eyes.

The queue is short (a commission has tens of drafts waiting, not thousands), so
the page loads it whole and sorts and filters it in memory through a
``QSortFilterProxyModel``. Enter or a double click asks for the review window
(``open_review``); the main window opens ``ReviewWindow``.

Also here, because the review window and the deadlines page build on them:
``RecordsModel`` (a small read-only table of view dataclasses with sort keys and
colours), ``RecordsProxy`` (sorting plus a predicate filter), ``vocab_value``
(a stored enum value in the interface language).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain import vocab
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import ApprovalAction, AssessmentKind, Finding, Outcome
from app.services import decision_views
from app.services.decision_views import QueueItem
from app.ui import counts
from app.ui.casefile.names_editor import table_defaults
from app.ui.locale_format import date_text, datetime_text, text_ranks
from app.ui.messages import error_text
from app.ui.tables import ListTableModel, fit_headers, plain_tooltip
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

OVERDUE = QColor("#b00020")
#: The current user's own drafts: they cannot approve them.
OWN_DRAFT = QColor("#8a5a00")

# vocab.label() has no entries for these yet and would show "Partly" or "Status";
# ours are used only while it falls back to the raw value (see vocab_value).
_MISSING_LABELS: dict[object, str] = {
    AssessmentKind.STATUS: _N("Vocab", "Refugee status"),
    AssessmentKind.EXTENSION: _N("Vocab", "Extension of status"),
    Finding.ESTABLISHED: _N("Vocab", "Established"),
    Finding.PARTLY: _N("Vocab", "Partly established"),
    Finding.NOT_ESTABLISHED: _N("Vocab", "Not established"),
    Finding.NOT_ASSESSED: _N("Vocab", "Not assessed"),
    ApprovalAction.SUBMIT: _N("Vocab", "Submitted for approval"),
    ApprovalAction.RETURN: _N("Vocab", "Returned with comments"),
    ApprovalAction.APPROVE: _N("Vocab", "Approved"),
}


def vocab_value(enum: type, stored: str | None) -> str:
    """A stored enum value in the interface language; unknown values as they are."""
    if not stored:
        return ""
    try:
        value = enum(stored)
    except ValueError:
        return stored
    source = vocab.label(value)
    fallback = str(value.value).replace("_", " ").capitalize()
    if source == fallback and value in _MISSING_LABELS:
        source = _MISSING_LABELS[value]
    return QCoreApplication.translate("Vocab", source)


def days_text(days: int) -> str:
    return counts.days_text(days)


# ---------------------------------------------------------------------------
# a small read-only table with sort keys and colours


@dataclass(frozen=True)
class Column:
    """``header`` is marked with QT_TRANSLATE_NOOP(context, …) and translated by the model.

    ``key`` gives the value to sort by (when None, the text in the interface's
    alphabetical order: Kazakh А Ә Б … under kk); every key of one column must be of
    the same type.
    """

    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    color: Callable[[Any], QColor | None] | None = None


class RecordsModel(ListTableModel):
    SortRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, context: str, columns: Sequence[Column], parent=None) -> None:
        super().__init__(context, [column.header for column in columns], parent)
        self.columns = list(columns)
        # column -> (locale name, each row's place in alphabetical order of the column)
        self._ranks: dict[int, tuple[str, list[int]]] = {}

    def set_rows(self, rows: Iterable[Any]) -> None:
        self._ranks.clear()
        super().set_rows(rows)

    def set_records(self, records: Iterable[Any]) -> None:
        self.set_rows(records)

    def text_rank(self, column: int, row: int) -> int:
        """The row's place in the column's alphabetical order (collated once for all rows,
        so the proxy compares numbers; again after a switch of language)."""
        locale = QLocale().name()
        cached = self._ranks.get(column)
        if cached is None or cached[0] != locale:
            texts = [self.columns[column].text(record) for record in self._rows]
            cached = self._ranks[column] = (locale, text_ranks(texts))
        return cached[1][row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def record_at(self, row: int) -> Any | None:
        return self.row_at(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.record_at(index.row())
        if record is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(column.tooltip(record) if column.tooltip
                                 else column.text(record))
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.color(record) if column.color else None
        if role == self.SortRole:
            return column.key(record) if column.key else self.text_rank(index.column(),
                                                                         index.row())
        if role == self.RecordRole:
            return record
        return None


class RecordsProxy(QSortFilterProxyModel):
    """Sorts by ``RecordsModel.SortRole``; shows the records ``predicate`` accepts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(RecordsModel.SortRole)
        self.setSortLocaleAware(True)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._predicate is None:
            return True
        record = self.sourceModel().record_at(source_row)
        return record is not None and self._predicate(record)

    def record_at(self, row: int) -> Any | None:
        index = self.index(row, 0)
        return index.data(RecordsModel.RecordRole) if index.isValid() else None


def refresh_action(parent: QWidget, object_name: str, slot) -> QAction:
    """F5 for this page only (the case-file windows have their own F5)."""
    action = QAction(QCoreApplication.translate("Pages", "&Refresh"), parent)
    action.setObjectName(object_name)
    action.setShortcut(QKeySequence.StandardKey.Refresh)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def refresh_button(action: QAction, object_name: str, accessible: str,
                   tooltip: str) -> QToolButton:
    """The page's Refresh button: the F5 action of ``refresh_action`` as text."""
    button = QToolButton()
    button.setObjectName(object_name)
    button.setAccessibleName(accessible)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setToolTip(tooltip)
    return button


def records_table(page: QWidget, context: str, columns: Sequence[Column], object_name: str,
                  accessible: str, sort_column: int,
                  order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, *,
                  view: QTableView | None = None) -> tuple[RecordsModel, RecordsProxy,
                                                           QTableView]:
    """A sortable read-only table of records: its model, the sorting proxy and the view."""
    model = RecordsModel(context, columns, page)
    proxy = RecordsProxy(page)
    proxy.setSourceModel(model)
    table = view if view is not None else QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(accessible)
    table.setModel(proxy)
    table_defaults(table)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, order)
    return model, proxy, table


# ---------------------------------------------------------------------------
# the queue


def _overdue(item: QueueItem, today: date) -> bool:
    return item.decision_due_on is not None and item.decision_due_on < today


class ApprovalsPage(QWidget):
    """Decisions waiting for approval, longest waiting first."""

    open_review = Signal(str)
    loaded = Signal(int)  # the queue arrived: how many items

    COL_SUBMITTED = 4

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._items: list[QueueItem] = []
        self._loaded_once = False
        self.today = date.today()

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        filter_label = QLabel(self.tr("Fil&ter:"))
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("approvalsFilter")
        self.filter_box.setAccessibleName(self.tr("Filter the queue by case, applicant or "
                                                  "drafter"))
        self.filter_box.setPlaceholderText(self.tr("Case number, applicant or drafter…"))
        self.filter_box.setClearButtonEnabled(True)
        filter_label.setBuddy(self.filter_box)
        kind_label = QLabel(self.tr("&Kind of decision:"))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("approvalsKindFilter")
        self.kind_filter.setAccessibleName(self.tr("Filter by kind of decision"))
        self.kind_filter.view().setObjectName("approvalsKindFilterList")
        self.kind_filter.view().setAccessibleName(self.tr("Kinds of decision"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in AssessmentKind:
            self.kind_filter.addItem(vocab_value(AssessmentKind, kind.value), kind.value)
        kind_label.setBuddy(self.kind_filter)
        self.refresh_action = refresh_action(self, "actionRefreshApprovals", self.refresh)
        self.refresh_button = refresh_button(
            self.refresh_action, "approvalsRefresh", self.tr("Refresh the queue"),
            self.tr("Load the queue again (F5)"))
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_box, 3)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind_filter, 1)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.model, self.proxy, self.table = records_table(
            self, "ApprovalsQueue", self._columns(), "approvalsTable",
            self.tr("Decisions waiting for approval"), self.COL_SUBMITTED)
        # The drafter comes last and takes the remaining width: the mark on the user's own
        # drafts is long, and wraps there rather than being cut.
        self.table.setWordWrap(True)
        # Rows fit their text whichever way they are sorted (the queue is short).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_headers(self.table, (125, 220, 120, 160, 125, 75, 100, 110))
        # activated covers Enter and, depending on the platform, a double or single click.
        # (Mnemonics here avoid the main window's: File, Help, Home, Registry, and the
        # Approvals and Deadlines tabs.)
        self.table.activated.connect(self._open_index)

        self.empty = QLabel(self.tr("Loading…"))
        self.empty.setObjectName("approvalsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("QLabel { color: palette(placeholder-text); font-size: 13pt; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("approvalsStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

        self.status_line = QLabel()
        self.status_line.setObjectName("approvalsStatus")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        self.filter_box.textChanged.connect(self._apply_filter)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.setTabOrder(self.filter_box, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        self.refresh()

    def _columns(self) -> list[Column]:
        me = self.actor.username
        return [
            Column(_N("ApprovalsQueue", "Case"), lambda i: i.number),
            Column(_N("ApprovalsQueue", "Applicant"), lambda i: i.name),
            Column(_N("ApprovalsQueue", "Decision"),
                   lambda i: vocab_value(AssessmentKind, i.kind)),
            Column(_N("ApprovalsQueue", "Recommended outcome"),
                   lambda i: vocab_value(Outcome, i.recommended_outcome)),
            Column(_N("ApprovalsQueue", "Submitted"), lambda i: datetime_text(i.submitted_at),
                   key=lambda i: i.submitted_at.timestamp()),
            Column(_N("ApprovalsQueue", "Waiting"), lambda i: days_text(i.waiting_days),
                   key=lambda i: i.waiting_days),
            Column(_N("ApprovalsQueue", "Decision due"), self._due_text,
                   key=lambda i: i.decision_due_on.toordinal() if i.decision_due_on
                   else date.max.toordinal(),
                   tooltip=self._due_tooltip,
                   color=lambda i: OVERDUE if _overdue(i, self.today) else None),
            Column(_N("ApprovalsQueue", "Returned before"),
                   lambda i: str(i.returns) if i.returns else "—",
                   key=lambda i: i.returns,
                   tooltip=lambda i: self.tr("Returned for revision %Ln time(s)", "", i.returns)),
            Column(_N("ApprovalsQueue", "Drafted by"), self._drafter_text,
                   color=lambda i: OWN_DRAFT if i.mine(me) else None),
        ]

    def _drafter_text(self, item: QueueItem) -> str:
        if item.mine(self.actor.username):
            return self.tr("{user} (your draft — another supervisor must approve)").format(
                user=item.drafted_by)
        return item.drafted_by

    def _due_text(self, item: QueueItem) -> str:
        if item.decision_due_on is None:
            return "—"
        return date_text(item.decision_due_on)

    def _due_tooltip(self, item: QueueItem) -> str:
        if item.decision_due_on is None:
            return self.tr("An extension has no statutory decision deadline.")
        if _overdue(item, self.today):
            return self.tr("Overdue by %Ln day(s)", "",
                           (self.today - item.decision_due_on).days)
        return self.tr("The statutory decision deadline")

    # ---- loading

    def refresh(self) -> None:
        """Load the queue off the UI thread; the selected case stays selected."""
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        self.status_line.setText(self.tr("Loading…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                return decision_views.approvals_queue(uow, actor)

        def done(items: list[QueueItem]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(items)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(error_text(exc))
                if not self._loaded_once:
                    self.empty.setText(self.tr("The queue could not be loaded."))

        run_task(fetch, done, failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded_once:  # coming back to the tab: drafts may have been decided
            self.refresh()

    def _show(self, items: list[QueueItem]) -> None:
        selected = self.selected_number()
        self.today = date.today()
        self._items = items
        self._loaded_once = True
        self.model.set_records(items)
        self._update_view()
        if selected:
            self.select(selected)
        self.loaded.emit(len(items))

    def _apply_filter(self, *_args) -> None:
        text = self.filter_box.text().strip().casefold()
        kind = self.kind_filter.currentData()
        if not text and not kind:
            self.proxy.set_predicate(None)
        else:
            def accepts(item: QueueItem) -> bool:
                if kind and item.kind != kind:
                    return False
                return not text or any(text in field.casefold() for field in (
                    item.number, item.name, item.drafted_by))

            self.proxy.set_predicate(accepts)
        self._update_view()

    def _update_view(self) -> None:
        total, shown = len(self._items), self.proxy.rowCount()
        if not total:
            self.empty.setText(self.tr("No decisions are waiting for approval."))
        elif not shown:
            self.empty.setText(self.tr("No decision in the queue matches the filter."))
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        overdue = sum(1 for i in self._items if _overdue(i, self.today))
        parts = [self.tr("Waiting for approval: %Ln", "", total)]
        if overdue:
            parts.append(self.tr("past the decision deadline: %Ln", "", overdue))
        if shown < total:
            parts.append(self.tr("shown: {shown}").format(shown=shown))
        self.status_line.setText(" · ".join(parts))

    # ---- selection and opening

    def rows(self) -> list[QueueItem]:
        """The items as shown (filtered and sorted)."""
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def selected_number(self) -> str | None:
        index = self.table.currentIndex()
        item = self.proxy.record_at(index.row()) if index.isValid() else None
        return item.number if item else None

    def select(self, number: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).number == number:
                self.table.selectRow(row)
                return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        item = self.proxy.record_at(index.row())
        if item is not None:
            self.open_review.emit(item.number)
