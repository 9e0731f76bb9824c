"""The audit viewer: who did what and when, with the values before and after.

For supervisors and administrators (``Action.VIEW_AUDIT``). The page searches
the trail off the UI thread (the newest ``DEFAULT_LIMIT`` entries matching the
filters), shows the selected entry's fields before and after, exports the
matching entries to CSV, and checks the hash chain in the background, saying
at the top whether it is intact.

Audit values are shown in widgets that do not copy (item views copy the
current cell on Ctrl+C unless told not to): they never go to the clipboard.
An export goes only to the file the user chose.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services import accounts, audit_log
from app.services.audit_log import AuditFilter, AuditRow
from app.ui.admin.audit_actions import action_label, entity_label, family_label
from app.ui.approvals import Column, records_table, refresh_action, refresh_button
from app.ui.forms import ask_password, confirm, named, optional_date_edit, pydate
from app.ui.locale_format import datetime_text, number_text, sorted_by_text
from app.ui.messages import error_text
from app.ui.tables import fit_headers
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

INTACT = QColor("#1b6e20")
BROKEN = QColor("#b00020")
CHANGED_ROW = QColor("#fff4d6")

#: Longest a single value gets in the table's summary of changes.
SUMMARY_VALUE = 40
SUMMARY_LENGTH = 200


# ---------------------------------------------------------------------------
# values as text


def value_text(value: Any, *, compact: bool = False) -> str:
    """An audit value for reading: text as it is, lists and mappings as JSON."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        if compact:
            return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
        return json.dumps(value, ensure_ascii=False, indent=2)
    text = str(value)
    return " ".join(text.split()) if compact else text


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


#: Bookkeeping fields left out of the one-line summary (the detail shows them).
_NOT_SUMMARISED = frozenset({"id", "case_id", "version"})


def _is_reference(value: Any) -> bool:
    """A record's id: says nothing to a reader in a one-line summary."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def changes_summary(row: AuditRow, withheld_text: str) -> str:
    """One line: ``field: before → after`` for each field (or the fields, when withheld).

    Ids and version numbers are left out; the detail pane shows every field.
    """
    keys = sorted(key for key in set(row.old) | set(row.new)
                  if key not in _NOT_SUMMARISED
                  and not (_is_reference(row.new.get(key)) or _is_reference(row.old.get(key))))
    if not keys:
        return ""
    if row.withheld:
        return _short(", ".join(keys), SUMMARY_LENGTH - len(withheld_text) - 3) \
            + f" ({withheld_text})"
    parts = []
    for key in keys:
        new = _short(value_text(row.new.get(key), compact=True), SUMMARY_VALUE)
        if key in row.old:
            if key in row.new and row.old[key] == row.new[key]:
                continue
            old = _short(value_text(row.old[key], compact=True), SUMMARY_VALUE)
            parts.append(f"{key}: {old} → {new}")
        else:
            parts.append(f"{key}: {new}")
    return _short("; ".join(parts), SUMMARY_LENGTH)


def what_text(row: AuditRow) -> str:
    """The entity and its id; a UUID is shortened (the detail and tooltip give it whole)."""
    entity_id = row.entity_id
    if len(entity_id) == 36 and entity_id.count("-") == 4:
        entity_id = entity_id[:8] + "…"
    return f"{entity_label(row.entity)} {entity_id}".strip()


# ---------------------------------------------------------------------------
# the page


class _NoCopy:
    """Audit values never go to the clipboard: the copy key, which item views
    answer by default with the current cell's text, does nothing here."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) \
                or event.matches(QKeySequence.StandardKey.Cut):
            event.accept()
            return
        super().keyPressEvent(event)


class EntriesView(_NoCopy, QTableView):
    """The table of entries."""


class DetailTable(_NoCopy, QTableWidget):
    """An entry's fields before and after."""


class _FilterBar(QWidget):
    """Enter in any filter searches.

    Line edits, non-editable combo boxes and date edits pass Enter on to their
    parent, so it arrives here; an open drop-down list keeps its Enter (it
    chooses the item) because the list is a window of its own.
    """

    submitted = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class AuditPage(QWidget):
    """Search the audit trail, read an entry's changes, export, and see the chain's state."""

    loaded = Signal(int)  # a search arrived: how many entries
    chain_checked = Signal(bool)
    exported = Signal(int)

    COL_SEQ = 0

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._chain_generation = 0
        self._loaded_once = False
        self._started = False
        self.chain = None

        layout = QVBoxLayout(self)

        self.chain_label = QLabel(self.tr("Checking the audit chain…"))
        self.chain_label.setObjectName("auditChainStatus")
        self.chain_label.setAccessibleName(self.tr("State of the audit chain"))
        self.chain_label.setWordWrap(True)
        self.chain_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(self.chain_label)

        self.filter_bar = _FilterBar()
        self.filter_bar.setObjectName("auditFilters")
        self.filter_bar.setLayout(self._filter_bar())
        self.filter_bar.layout().setContentsMargins(0, 0, 0, 0)
        self.filter_bar.submitted.connect(self.search)
        layout.addWidget(self.filter_bar)

        self.model, self.proxy, self.table = records_table(
            self, "AuditTable", self._columns(), "auditTable",
            self.tr("Audit entries, newest first"), self.COL_SEQ,
            Qt.SortOrder.DescendingOrder, view=EntriesView())
        fit_headers(self.table, (60, 130, 100, 170, 170, 130))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("auditSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.status_line = QLabel()
        self.status_line.setObjectName("auditStatus")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)

        for first, second in ((self.user_filter, self.case_filter),
                              (self.case_filter, self.action_filter),
                              (self.action_filter, self.date_from),
                              (self.date_from, self.date_to),
                              (self.date_to, self.search_button),
                              (self.search_button, self.clear_button),
                              (self.clear_button, self.export_button),
                              (self.export_button, self.refresh_button),
                              (self.refresh_button, self.table),
                              (self.table, self.detail)):
            self.setTabOrder(first, second)
        # The first search and the walk of the chain wait until the page is first shown
        # (showEvent). The walk reads every entry (about 9 s and 230 MB with 80,000
        # entries, i.e. 10,000 cases); it would otherwise run at every supervisor's
        # login, whether the audit tab is opened or not.

    # ---- building

    def _filter_bar(self) -> QGridLayout:
        grid = QGridLayout()
        self.user_filter = named(QComboBox(), "auditUserFilter", self.tr("Entries by user"))
        self.user_filter.addItem(self.tr("Anyone"), "")
        self.case_filter = named(QLineEdit(), "auditCaseFilter",
                                 self.tr("Entries about a case number"))
        self.case_filter.setPlaceholderText(self.tr("Case number or part of it"))
        self.case_filter.setClearButtonEnabled(True)
        self.action_filter = named(QComboBox(), "auditActionFilter", self.tr("Kind of action"))
        self.action_filter.addItem(self.tr("Any action"), "")
        self.date_from = optional_date_edit("auditDateFrom", self.tr("Entries from this day"))
        self.date_to = optional_date_edit("auditDateTo", self.tr("Entries up to this day"))
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(self.tr("Leave empty for any day"))
        self.search_button = named(QPushButton(self.tr("&Search")), "auditSearch",
                                   self.tr("Search the audit trail"))
        self.search_button.setToolTip(self.tr("Search with these filters (Enter)"))
        self.clear_button = named(QPushButton(self.tr("C&lear")), "auditClearFilters",
                                  self.tr("Clear the filters"))
        self.export_button = named(QPushButton(self.tr("E&xport CSV…")), "auditExport",
                                   self.tr("Export the matching entries to a CSV file"))
        self.export_button.setToolTip(self.tr(
            "Write every entry matching the filters to a CSV file (for Excel)"))
        self.refresh_action = refresh_action(self, "actionRefreshAudit", self.refresh)
        self.refresh_button = refresh_button(
            self.refresh_action, "auditRefresh", self.tr("Search again and check the chain"),
            self.tr("Search again and check the audit chain (F5)"))

        # Mnemonics avoid the main window's (File, Help, Home, Registry, Approvals, Deadlines,
        # Print desk) and the tabs this page may sit in (Users, Audit).
        fields = ((self.tr("Us&er:"), self.user_filter), (self.tr("&Case:"), self.case_filter),
                  (self.tr("Ac&tion:"), self.action_filter), (self.tr("Fro&m:"), self.date_from),
                  (self.tr("T&o:"), self.date_to))
        for column, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        buttons = QHBoxLayout()
        for button in (self.search_button, self.clear_button, self.export_button,
                       self.refresh_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 1, len(fields))
        grid.setColumnStretch(len(fields) + 1, 1)

        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(self.export)
        return grid

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("auditDetailPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Select an entry to see what changed."))
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail_title)
        self.detail = DetailTable(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setAccessibleName(self.tr("Fields of the selected entry, before and after"))
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"),
                                               self.tr("After")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.detail.setWordWrap(True)
        self.detail.verticalHeader().hide()
        header = self.detail.horizontalHeader()
        header.setObjectName("auditDetailHeader")
        header.setAccessibleName(self.tr("Column headers"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail.setColumnWidth(0, 200)
        self.detail.verticalHeader().setObjectName("auditDetailRowHeader")
        self.detail.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.detail, 1)
        return pane

    def _columns(self) -> list[Column]:
        withheld = self.tr("values withheld")
        return [
            Column(_N("AuditTable", "#"), lambda r: str(r.seq), key=lambda r: r.seq),
            Column(_N("AuditTable", "Time"), lambda r: datetime_text(r.at),
                   key=lambda r: r.seq, tooltip=lambda r: datetime_text(r.at, seconds=True)),
            Column(_N("AuditTable", "User"), lambda r: r.username),
            Column(_N("AuditTable", "Action"), lambda r: action_label(r.action),
                   tooltip=lambda r: r.action),
            Column(_N("AuditTable", "What"), what_text,
                   tooltip=lambda r: f"{r.entity} {r.entity_id}".strip()),
            Column(_N("AuditTable", "Case"), lambda r: r.case_number or ""),
            Column(_N("AuditTable", "Changes"), lambda r: changes_summary(r, withheld)),
        ]

    # ---- filters

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            username=self.user_filter.currentData() or "",
            case_number=self.case_filter.text().strip(),
            action=self.action_filter.currentData() or "",
            date_from=pydate(self.date_from),
            date_to=pydate(self.date_to))

    def clear_filters(self) -> None:
        self.user_filter.setCurrentIndex(0)
        self.case_filter.clear()
        self.action_filter.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(edit.minimumDate())
        self.search()

    def _fill_users(self, names: list[str]) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        try:
            while self.user_filter.count() > 1:
                self.user_filter.removeItem(1)
            for name in sorted_by_text(names):
                self.user_filter.addItem(name, name)
            self.user_filter.setCurrentIndex(max(self.user_filter.findData(current), 0))
        finally:
            self.user_filter.blockSignals(False)

    def _fill_actions(self, actions: list[str]) -> None:
        """Each family ("document.…", a prefix) before its actions."""
        current = self.action_filter.currentData()
        families: dict[str, list[str]] = {}
        for action in actions:
            family = action.split(".", 1)[0] + "." if "." in action else ""
            families.setdefault(family, []).append(action)
        self.action_filter.blockSignals(True)
        try:
            while self.action_filter.count() > 1:
                self.action_filter.removeItem(1)
            for family in sorted(families):
                members = families[family]
                if family and len(members) > 1:
                    self.action_filter.addItem(
                        self.tr("{family}… (all {count})").format(
                            family=family_label(family), count=len(members)), family)
                for action in members:
                    self.action_filter.addItem(action_label(action), action)
                    self.action_filter.setItemData(self.action_filter.count() - 1, action,
                                                   Qt.ItemDataRole.ToolTipRole)
            self.action_filter.setCurrentIndex(max(self.action_filter.findData(current), 0))
        finally:
            self.action_filter.blockSignals(False)

    def select_action(self, prefix: str) -> bool:
        """Choose an action or family in the combo (as a user would from its list)."""
        index = self.action_filter.findData(prefix)
        if index >= 0:
            self.action_filter.setCurrentIndex(index)
        return index >= 0

    def select_user(self, username: str) -> bool:
        index = self.user_filter.findData(username)
        if index >= 0:
            self.user_filter.setCurrentIndex(index)
        return index >= 0

    # ---- loading

    def refresh(self) -> None:
        """Reload the filter choices, search again and check the chain again."""
        self.check_chain()
        self.search(reload_choices=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:  # shown for the first time: search and check the chain
            self._started = True
            self.refresh()
        elif self._loaded_once:  # coming back to the tab: there are newer entries
            self.search(reload_choices=True)

    def search(self, *_args, reload_choices: bool = False) -> None:
        """Search off the UI thread with the filters as they are now."""
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        filt = self.current_filter()
        self.status_line.setStyleSheet("")
        self.status_line.setText(self.tr("Searching…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                choices = (audit_log.usernames(uow, actor), audit_log.actions(uow, actor)) \
                    if reload_choices else None
                return audit_log.search(uow, actor, filt), choices

        def done(result) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                rows, choices = result
                if choices is not None:
                    self._fill_users(choices[0])
                    self._fill_actions(choices[1])
                self._show(rows, filt)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setStyleSheet(f"QLabel {{ color: {BROKEN.name()}; }}")
                self.status_line.setText(self._filter_error(exc))

        run_task(fetch, done, failed)

    def _filter_error(self, exc: Exception) -> str:
        from app.domain.errors import ValidationError

        if isinstance(exc, ValidationError) and "date_to" in exc.errors:
            return self.tr("The “to” day is before the “from” day: change one of them.")
        return error_text(exc)

    def _show(self, rows: list[AuditRow], filt: AuditFilter) -> None:
        selected = self.selected_seq()
        self._loaded_once = True
        self.model.set_records(rows)
        if selected is None or not self.select(selected):
            if rows:
                self.table.selectRow(0)
            else:
                self._show_detail(QModelIndex())
        if not rows:
            text = self.tr("No entry matches these filters.")
        elif 0 < filt.limit <= len(rows):
            text = self.tr("The newest {count} matching entries are shown; narrow the filters "
                           "to see older ones. An export takes every matching entry.").format(
                               count=number_text(len(rows)))
        else:
            text = self.tr("Entries: %Ln", "", len(rows))
        if any(row.withheld for row in rows):
            text += " " + self.tr("Values of entries about a case are withheld: your role may "
                                  "not read case files.")
        self.status_line.setText(text)
        self.loaded.emit(len(rows))

    def check_chain(self) -> None:
        """Walk the hash chain off the UI thread; the line at the top says how it stands."""
        self._chain_generation += 1
        generation = self._chain_generation
        store, actor = self.store, self.actor
        self.chain = None
        self.chain_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.chain_label.setText(self.tr("Checking the audit chain…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                return audit_log.chain_status(uow, actor)

        def done(status) -> None:
            if shiboken6.isValid(self) and generation == self._chain_generation:
                self._show_chain(status)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._chain_generation:
                self.chain_label.setStyleSheet(f"QLabel {{ color: {BROKEN.name()}; }}")
                self.chain_label.setText(self.tr("The audit chain could not be checked: "
                                                 "{reason}").format(reason=error_text(exc)))

        run_task(fetch, done, failed)

    def _show_chain(self, status: audit_log.ChainStatus) -> None:
        self.chain = status
        if status.ok:
            color = INTACT
            text = self.tr("✔ Audit chain intact: %Ln entries checked", "", status.checked)
        else:
            color = BROKEN
            text = self.tr("✖ Audit chain broken at entry #{seq}. That entry was changed, "
                           "removed or inserted outside Pana; the entries before it "
                           "are sound. Keep every backup: they hold the entry as it was.").format(
                               seq=status.first_broken_seq)
        self.chain_label.setStyleSheet(
            f"QLabel {{ color: {color.name()}; font-weight: bold; }}")
        self.chain_label.setText(text)
        self.chain_checked.emit(status.ok)

    # ---- the selected entry

    def rows(self) -> list[AuditRow]:
        """The entries as shown (sorted)."""
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def selected_row(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return self.proxy.record_at(index.row()) if index.isValid() else None

    def selected_seq(self) -> int | None:
        row = self.selected_row()
        return row.seq if row else None

    def select(self, seq: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).seq == seq:
                self.table.selectRow(row)
                return True
        return False

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.proxy.record_at(current.row()) if current.isValid() else None
        self.detail.setRowCount(0)
        if row is None:
            self.detail_title.setText(self.tr("Select an entry to see what changed."))
            return
        kind = action_label(row.action)
        parts = [self.tr("Entry #{seq}").format(seq=row.seq), datetime_text(row.at, seconds=True),
                 row.username, kind if kind == row.action else f"{kind} ({row.action})"]
        if row.entity or row.entity_id:
            parts.append(f"{entity_label(row.entity)} {row.entity_id}".strip())
        if row.case_number:
            parts.append(self.tr("case {number}").format(number=row.case_number))
        title = " · ".join(parts)
        keys = sorted(set(row.old) | set(row.new))
        if not keys:
            title += "\n" + self.tr("This entry records the action only; no values changed.")
        elif row.withheld:
            title += "\n" + self.tr("The values are withheld: your role may not read case "
                                    "files. The fields show what changed.")
        self.detail_title.setText(title)
        withheld = self.tr("(withheld)")
        self.detail.setRowCount(len(keys))
        for index, key in enumerate(keys):
            old = row.old.get(key) if key in row.old else None
            new = row.new.get(key) if key in row.new else None
            shown_old = withheld if row.withheld else value_text(old)
            shown_new = withheld if row.withheld else value_text(new)
            cells = [key, shown_old if key in row.old else "", shown_new if key in row.new else ""]
            changed = not row.withheld and key in row.old and key in row.new and old != new
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 0 else "")
                if changed:
                    item.setBackground(CHANGED_ROW)
                if row.withheld and column:
                    item.setForeground(QColor("#6b6b6b"))
                self.detail.setItem(index, column, item)

    def detail_rows(self) -> list[tuple[str, str, str]]:
        """The detail pane as (field, before, after) texts."""
        return [tuple(self.detail.item(r, c).text() for c in range(3))
                for r in range(self.detail.rowCount())]

    # ---- export

    def default_export_name(self) -> str:
        return f"audit-{date.today().isoformat()}.csv"

    def export(self) -> None:
        """Ask for a file, then write every entry matching the filters to it as CSV."""
        filt = audit_log.export_filter(self.current_filter())
        if not confirm(self, self.tr("Export the audit trail"), self.tr(
                "The CSV file is not encrypted, and it holds what the entries hold — "
                "including applicants' personal data. Keep it on an encrypted drive and "
                "delete it when it is no longer needed.\n\nExport every entry matching "
                "the filters?")):
            return
        start = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)) / self.default_export_name()
        chosen, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail as CSV"), str(start),
            self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        password = ask_password(self, self.tr("Export the audit trail"),
                                self.tr("Exports need your password again:"))
        if password is None:
            return
        store, actor = self.store, self.actor
        self.export_button.setEnabled(False)
        self.status_line.setStyleSheet("")
        self.status_line.setText(self.tr("Exporting…"))

        def work():
            accounts.authenticate(store, actor.username, password)
            with store.uow() as uow:
                return audit_log.export_csv(uow, actor, filt, path)

        def done(count: int) -> None:
            if not shiboken6.isValid(self):
                return
            self.export_button.setEnabled(True)
            self.status_line.setText(self.tr("%Ln entries exported to {file}.", "", count)
                                     .format(file=str(path)))
            self.exported.emit(count)

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            self.export_button.setEnabled(True)
            self.status_line.setText("")
            QMessageBox.warning(self, self.tr("Not exported"), error_text(exc))

        run_task(work, done, failed)
