"""The spreadsheet import wizard: an old register (XLSX or CSV) brought into Pana.

Five pages, for a role that may import cases and register petitions (``may_import``):

1. **File** — the workbook or CSV file and, for a workbook, the sheet.
2. **First rows** — the first rows as read, the header row marked.
3. **Columns** — one Pana field per column (guessed from the headers in Kazakh, Russian
   or English), the date formats to try in order, the mapping saved or loaded as the
   JSON file ``pana case import --mapping`` takes.
4. **Check** — the dry run: every row that would fail and why, the possible duplicates
   of people already registered, the counts. *Import* stays disabled while any row fails.
5. **Import** — all or nothing, with progress and Cancel (nothing is written), then the
   report, which can be saved as a CSV or text file.

Everything that reads the file or the database runs off the UI thread
(``app.ui.tasks.run_task``); progress comes back through a queued signal. The work
itself is ``app.services.spreadsheet_import``.
"""

from __future__ import annotations

import csv
import threading
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, allowed
from app.services import spreadsheet_import as si
from app.ui.forms import ERROR_STYLE, INVALID_STYLE, named
from app.ui.locale_format import datetime_text, long_date_text, number_text, partial_date_text
from app.ui.messages import error_text, field_message_text
from app.ui.tables import ListTableModel, plain_tooltip
from app.ui.tasks import ExpectedFailure, run_task

#: The date formats offered (the command line's defaults), in the order tried unless the
#: user changes it; a loaded mapping may add others.
DATE_FORMATS = list(si.DEFAULT_DATE_FORMATS)
#: How many rows the second page shows.
PREVIEW_ROWS = 20
#: Up to this many failing rows, the check shows whole messages on wrapped lines.
WRAPPED_ROWS = 500
#: What a mapping needs, as ``spreadsheet_import`` checks it: one field of each group.
REQUIRED = [("full_name", "surname", "name_latin"), ("registered_on",)]
#: Fields holding dates: their cells give the example under each date format.
DATE_FIELDS = ("registered_on", "arrived_on", "closed_on", "birth_date")
#: A date every format writes differently (day above 12), for the format's own example.
_SAMPLE_DAY = date(2024, 12, 31)

_HEADER_BACKGROUND = QBrush(QColor("#e6eefb"))
_PROBLEM_HEADERS = [
    _N("ImportWizard", "Row"),
    _N("ImportWizard", "Column"),
    _N("ImportWizard", "Field"),
    _N("ImportWizard", "Why it would fail"),
]
_DUPLICATE_HEADERS = [
    _N("ImportWizard", "Row"),
    _N("ImportWizard", "May be the same person as"),
    _N("ImportWizard", "Another person"),
]


def may_import(role) -> bool:
    """Who gets the wizard: a role that may import cases and register petitions (each
    imported row registers one); today supervisors."""
    return allowed(role, Action.IMPORT_CASES) and allowed(role, Action.REGISTER_PETITION)


def field_text(key: str) -> str:
    """A field of the import (or "duplicate", "row") in the interface language."""
    return QCoreApplication.translate("ImportField", si.field_label(key))


def column_name(index: int) -> str:
    """A column as the spreadsheet names it: A, B, …, AA."""
    return si.column_letter(index)


def row_text(row: int) -> str:
    """A spreadsheet row number as the spreadsheet shows it (no digit grouping)."""
    return str(row)


def read_date(text: str, fmt: str, *, birth: bool = False) -> str | None:
    """How ``text`` reads with one date format (the service's own reading: an ISO date,
    as a real date cell reads, fits every format), as shown; None when it does not."""
    pattern = si._format_regex(fmt)
    if pattern is None:
        return None
    if birth:
        born = si.parse_birth(text, [pattern])
        return partial_date_text(str(born)) if born is not None else None
    value = si.parse_date(text, [pattern])
    return long_date_text(value) if value is not None else None


def _unreadable(path: Path) -> ExpectedFailure:
    return ExpectedFailure(QCoreApplication.translate(
        "ImportWizard",
        "Pana could not read {file}: it is not an Excel workbook (.xlsx) or a CSV file, or "
        "it is damaged or still open in another program. Open it in your spreadsheet "
        "program, save it again as an Excel workbook (.xlsx) or as CSV (UTF-8), close it "
        "there and choose it again.").format(file=path.name))


def _reading(path: Path, fn):
    """Run a read of the file. The service says in its words what is wrong with a file;
    what it did not foresee about the file's state becomes the same kind of message."""
    try:
        return fn()
    except DomainError:
        raise
    except (OSError, ValueError, KeyError, IndexError, UnicodeError, csv.Error,
            EOFError, zipfile.BadZipFile) as exc:
        raise _unreadable(path) from exc


class _Relay(QObject):
    """Progress from a worker to the UI thread. The relay lives on the UI thread and its
    own slot calls ``callback``, so an emit from the worker is queued to the UI thread
    (a plain function connected to the signal would run on the worker's thread)."""

    progressed = Signal(int, int)

    def __init__(self, callback, owner: QObject) -> None:
        # No parent: a page closed while its worker runs must not take the relay the
        # worker still emits through. The task's answer deletes it.
        super().__init__()
        self._callback, self._owner = callback, owner
        self.progressed.connect(self._forward)

    @Slot(int, int)
    def _forward(self, done: int, total: int) -> None:
        if shiboken6.isValid(self._owner):
            self._callback(done, total)


# ---------------------------------------------------------------------------
# the tables of the check


class _ProblemModel(ListTableModel):
    """Rows that would fail: row, column, field, why."""

    def __init__(self, parent=None) -> None:
        super().__init__("ImportWizard", _PROBLEM_HEADERS, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        problem = self.row_at(index.row()) if index.isValid() else None
        if problem is None or role not in (Qt.ItemDataRole.DisplayRole,
                                           Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return row_text(problem.row)
        if column == 1:
            text = problem.column
        elif column == 2:
            text = field_text(problem.field)
        else:
            text = field_message_text(problem.message)
        return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text


@dataclass(frozen=True)
class _Duplicate:
    row: int
    number: str  # the case registered already; "" for another row of the file
    other_row: int | None  # that other row
    message: object  # the service's FieldMessage for a row of the file, else None


class _DuplicateModel(ListTableModel):
    """Rows that may be people registered already (or another row of the file); the
    last column ticks a row as another person."""

    confirmed_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__("ImportWizard", _DUPLICATE_HEADERS, parent)
        self.confirmed: set[int] = set()

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if column == 2:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if item.row in self.confirmed
                        else Qt.CheckState.Unchecked)
            if role == Qt.ItemDataRole.DisplayRole:
                return (QCoreApplication.translate("ImportWizard", "yes, not a duplicate")
                        if item.row in self.confirmed else "")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row_text(item.row)
            if item.number:
                return QCoreApplication.translate("ImportWizard", "case {number}").format(
                    number=item.number)
            if item.other_row is not None:
                return QCoreApplication.translate("ImportWizard",
                                                  "row {row} of this file").format(
                    row=row_text(item.other_row))
            return field_message_text(item.message)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and item.message is not None:
            return plain_tooltip(field_message_text(item.message))
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None or index.column() != 2 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.confirmed.add(item.row)
        else:
            self.confirmed.discard(item.row)
        # Every line of that row (it may resemble several cases) follows.
        for line in range(self.rowCount()):
            if self.row_at(line).row == item.row:
                changed = self.index(line, 2)
                self.dataChanged.emit(changed, changed)
        self.confirmed_changed.emit()
        return True


def _table(view: QTableView, name: str, accessible: str) -> QTableView:
    named(view, name, accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setObjectName(f"{name}Header")
    header.setAccessibleName(QCoreApplication.translate("Forms", "Column headers"))
    view.verticalHeader().setObjectName(f"{name}RowHeader")
    view.verticalHeader().setAccessibleName(QCoreApplication.translate("Forms", "Row headers"))
    return view


# ---------------------------------------------------------------------------
# the wizard


@dataclass(frozen=True)
class _Source:
    path: Path
    sheet: str


class ImportWizard(QWizard):
    """The wizard. ``open_case(number)`` asks the main window to show a case registered
    already; ``imported(numbers)`` follows an import."""

    open_case = Signal(str)
    imported = Signal(list)
    #: For tests and the screenshots: the answer of a step has been shown.
    sheet_read = Signal()
    checked = Signal()
    finished_import = Signal()

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setAccessibleName(self.tr("Import a register"))
        self.setWindowTitle(self.tr("Import a register from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.store, self.actor = store, actor
        self.source: _Source | None = None
        self.preview: si.Sheet | None = None  # the first rows, read when the sheet is chosen
        self.sheet: si.Sheet | None = None  # every row, read for the check
        self.sheet_source: _Source | None = None  # what ``sheet`` was read from
        self.plan: si.ImportPlan | None = None  # set when the columns page is left
        self.confirmed: set[int] = set()  # rows ticked as other people than their look-alikes
        self.result: si.DryRun | None = None
        self.report: si.ImportReport | None = None
        self._close_when_stopped = False
        # Back, Next and Cancel keep Qt's own (translated) texts.
        buttons = {
            QWizard.WizardButton.BackButton: (None, "importBack", self.tr("Back")),
            QWizard.WizardButton.NextButton: (None, "importNext", self.tr("Next")),
            QWizard.WizardButton.CommitButton: (self.tr("&Import"), "importCommit",
                                                self.tr("Import the rows")),
            QWizard.WizardButton.FinishButton: (self.tr("&Close"), "importFinish",
                                                self.tr("Close the wizard")),
            QWizard.WizardButton.CancelButton: (None, "importCancelWizard",
                                                self.tr("Cancel the wizard")),
        }
        for which, (text, name, accessible) in buttons.items():
            if text is not None:
                self.setButtonText(which, text)
            named(self.button(which), name, accessible)
        for which in (QWizard.WizardButton.HelpButton, QWizard.WizardButton.CustomButton1,
                      QWizard.WizardButton.CustomButton2, QWizard.WizardButton.CustomButton3):
            named(self.button(which), f"importUnused{int(which.value)}", self.tr("Not used"))
        self.file_page = ImportFilePage()
        self.preview_page = ImportPreviewPage()
        self.mapping_page = ImportMappingPage()
        self.check_page = ImportCheckPage()
        self.import_page = ImportRunPage()
        for page_id, page in enumerate((self.file_page, self.preview_page, self.mapping_page,
                                        self.check_page, self.import_page)):
            self.setPage(page_id, page)
        self.resize(960, 700)

    def plan_to_import(self) -> si.ImportPlan:
        """The plan with the rows ticked as other people."""
        plan = self.plan
        return si.ImportPlan(mapping=dict(plan.mapping), date_formats=list(plan.date_formats),
                             sheet=plan.sheet, distinct_rows=sorted(self.confirmed))

    # ---- closing

    @property
    def importing(self) -> bool:
        return self.import_page.running

    def reject(self) -> None:
        """Cancel, Esc and the window's close button. During an import: ask first, then
        stop it (nothing is written) and close once it has stopped."""
        if not self.importing:
            self.check_page.stop()
            super().reject()
            return
        answer = QMessageBox.question(
            self, self.tr("Stop the import?"),
            self.tr("The import is still running. Stop it and close the wizard? Nothing "
                    "will be written: the register stays as it was before."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        # An import that ended while we asked stays on screen with its report.
        if answer != QMessageBox.StandardButton.Yes or not self.importing:
            return
        self._close_when_stopped = True
        self.import_page.cancel()

    def _import_stopped(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()


class ImportFilePage(QWizardPage):
    """The file and the sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("The spreadsheet"))
        self.setSubTitle(self.tr("Choose the old register: an Excel workbook (.xlsx) or a CSV "
                                 "file. Nothing is written into Pana before the last step."))
        self.loading = False
        self._generation = 0
        self.path_edit = named(QLineEdit(), "importFile", self.tr("Spreadsheet file"))
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = named(QPushButton(self.tr("&Choose a file…")),
                                   "importChooseFile", self.tr("Choose the spreadsheet file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo = named(QComboBox(), "importSheet", self.tr("Sheet of the workbook"))
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setMinimumContentsLength(24)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addLayout(file_row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def choose_file(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register to import"), start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;Excel workbooks (*.xlsx *.xlsm);;"
                    "CSV files (*.csv);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        wizard: ImportWizard = self.wizard()
        self.path_edit.setText(str(path))
        wizard.source = wizard.preview = wizard.result = wizard.plan = None
        wizard.confirmed = set()  # a new file: columns guessed again, nothing confirmed
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(False)
        self._start(self.tr("Reading the file…"),
                    lambda: _reading(path, lambda: si.read_sheet_names(path)),
                    lambda names: self._show_sheets(path, names))

    def _show_sheets(self, path: Path, names: list[str]) -> None:
        if not names:
            self._failed(_unreadable(path))
            return
        self.sheet_combo.blockSignals(True)
        for name in names:
            self.sheet_combo.addItem(name or self.tr("(a CSV file has one sheet)"), name)
        self.sheet_combo.setCurrentIndex(0)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(names) > 1)
        self._sheet_chosen()

    def _sheet_chosen(self, *_args) -> None:
        if self.sheet_combo.currentIndex() < 0:
            return
        wizard: ImportWizard = self.wizard()
        path = Path(self.path_edit.text())
        sheet = self.sheet_combo.currentData() or ""
        wizard.source = wizard.preview = wizard.result = wizard.plan = None
        source = _Source(path, sheet)
        self._start(self.tr("Reading the first rows…"),
                    lambda: _reading(path, lambda: si.read_rows(path, sheet,
                                                                limit=PREVIEW_ROWS)),
                    lambda preview: self._show_preview(source, preview))

    def _show_preview(self, source: _Source, preview: si.Sheet) -> None:
        wizard: ImportWizard = self.wizard()
        if not preview.headers:
            self._say(self.tr("This sheet is empty: choose another sheet or another file."),
                      error=True)
            wizard.sheet_read.emit()
            return
        wizard.source, wizard.preview = source, preview
        self._say(self.tr("Read: %Ln column(s). Go on to see the first rows.", "",
                          len(preview.headers)))
        wizard.sheet_read.emit()

    def _start(self, text: str, work, done) -> None:
        # Choosing another file or sheet while one is read: only the last answer counts.
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._say(text)
        self.completeChanged.emit()

        def finished(value) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.loading = False
                done(value)
                self.completeChanged.emit()

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.loading = False
                self._failed(exc)
                self.completeChanged.emit()

        run_task(work, finished, failed)

    def _failed(self, exc: Exception) -> None:
        self._say(error_text(exc), error=True)
        self.wizard().sheet_read.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and not self.loading and wizard.preview is not None


class ImportPreviewPage(QWizardPage):
    """The first rows as read; the header row in bold on blue."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("The first rows"))
        self.setSubTitle(self.tr("Check that Pana reads the sheet as your spreadsheet "
                                 "program shows it."))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName("importPreviewNote")
        self.note.setWordWrap(True)
        self.table = named(QTableWidget(), "importPreviewTable",
                           self.tr("The first rows of the sheet"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setObjectName("importPreviewTableHeader")
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("Forms", "Column headers"))
        self.table.verticalHeader().setObjectName("importPreviewTableRowHeader")
        self.table.verticalHeader().setAccessibleName(
            QCoreApplication.translate("Forms", "Row headers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        preview = self.wizard().preview
        columns = len(preview.headers)
        self.table.clear()
        self.table.setColumnCount(columns)
        self.table.setRowCount(1 + len(preview.rows))
        self.table.setHorizontalHeaderLabels([column_name(c) for c in range(columns)])
        bold = QFont(self.table.font())
        bold.setBold(True)
        header_item = QTableWidgetItem(self.tr("{row}: header").format(
            row=row_text(preview.header_row)))
        header_item.setFont(bold)
        self.table.setVerticalHeaderItem(0, header_item)
        for column, text in enumerate(preview.headers):
            item = QTableWidgetItem(text)
            item.setFont(bold)
            item.setBackground(_HEADER_BACKGROUND)
            item.setToolTip(self.tr("The header row: it names the columns"))
            self.table.setItem(0, column, item)
        for place, (number, row) in enumerate(zip(preview.row_numbers, preview.rows,
                                                  strict=False), start=1):
            self.table.setVerticalHeaderItem(place, QTableWidgetItem(row_text(number)))
            for column, text in enumerate(row):
                self.table.setItem(place, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for column in range(columns):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        text = self.tr("Row {row} holds the column names (in bold); the rows under it are "
                       "the register. Empty rows are left out; rows are numbered as in the "
                       "spreadsheet.").format(row=row_text(preview.header_row))
        if preview.truncated:
            text += " " + self.tr("The first %Ln row(s) are shown.", "", len(preview.rows))
        self.note.setText(text)


class ImportMappingPage(QWizardPage):
    """Which Pana field each column fills, and how dates are written."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Columns and dates"))
        self.setSubTitle(self.tr("Choose the Pana field each column fills; a column left at "
                                 "“not imported” is skipped. The choice was guessed from the "
                                 "column names."))
        self.combos: list[QComboBox] = []
        self._filling = False

        self.required_label = QLabel(self.tr("Required: {fields}.").format(
            fields=self._required_text()))
        self.required_label.setTextFormat(Qt.TextFormat.PlainText)
        self.required_label.setObjectName("importRequired")
        self.required_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setObjectName("importMappingProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.hide()

        self.columns_widget = QWidget()
        self.columns_widget.setObjectName("importColumns")
        self.grid = QGridLayout(self.columns_widget)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        scroll = QScrollArea()
        scroll.setObjectName("importColumnsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_widget)

        dates_box = QGroupBox(self.tr("Date formats, tried in this order"))
        dates_box.setObjectName("importDatesBox")
        self.formats = named(QListWidget(), "importDateFormats",
                             self.tr("Date formats, tried in this order"))
        self.formats.itemChanged.connect(self._formats_changed)
        self.formats.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formats.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.formats.currentRowChanged.connect(self._update_move_buttons)
        self.up_button = named(QPushButton(self.tr("Move &up")), "importFormatUp",
                               self.tr("Try the chosen date format earlier"))
        self.down_button = named(QPushButton(self.tr("Move do&wn")), "importFormatDown",
                                 self.tr("Try the chosen date format later"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.dates_note = QLabel()
        self.dates_note.setObjectName("importDatesNote")
        self.dates_note.setWordWrap(True)
        self.dates_note.setTextFormat(Qt.TextFormat.PlainText)
        move = QVBoxLayout()
        move.addWidget(self.up_button)
        move.addWidget(self.down_button)
        move.addStretch(1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.formats, 1)
        dates_row.addLayout(move)
        dates_layout = QVBoxLayout(dates_box)
        dates_layout.addWidget(self.dates_note)
        dates_layout.addLayout(dates_row)

        self.save_button = named(QPushButton(self.tr("&Save the mapping…")), "importSaveMapping",
                                 self.tr("Save the columns and date formats to a file"))
        self.load_button = named(QPushButton(self.tr("&Load a mapping…")), "importLoadMapping",
                                 self.tr("Load columns and date formats from a file"))
        self.save_button.clicked.connect(self.save_mapping)
        self.load_button.clicked.connect(self.load_mapping)
        self.mapping_status = QLabel()
        self.mapping_status.setObjectName("importMappingStatus")
        self.mapping_status.setWordWrap(True)
        self.mapping_status.setTextFormat(Qt.TextFormat.PlainText)
        files_row = QHBoxLayout()
        files_row.addWidget(self.save_button)
        files_row.addWidget(self.load_button)
        files_row.addWidget(self.mapping_status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.required_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(dates_box)
        layout.addLayout(files_row)

    def _required_text(self) -> str:
        return ", ".join(self._either(group) for group in REQUIRED)

    def _either(self, keys) -> str:
        return self.tr(" or ").join(f"“{field_text(k)}”" for k in keys)

    # ---- building

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()
        preview = wizard.preview
        plan = wizard.plan or si.ImportPlan(mapping=si.guess_mapping(list(preview.headers)),
                                            date_formats=list(DATE_FORMATS))
        self._build_columns(preview)
        self._apply(plan)

    def _build_columns(self, preview: si.Sheet) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        for column, text in enumerate((self.tr("Column"), self.tr("First value"),
                                       self.tr("Pana field"))):
            heading = QLabel(text)
            heading.setObjectName(f"importColumnsHeading{column}")
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            self.grid.addWidget(heading, 0, column)
        for column, header in enumerate(preview.headers):
            name = QLabel(self.tr("{column}: {header}").format(column=column_name(column),
                                                               header=header))
            name.setObjectName(f"importColumnName{column}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            sample = QLabel(self._sample(preview, column))
            sample.setObjectName(f"importColumnSample{column}")
            sample.setTextFormat(Qt.TextFormat.PlainText)
            sample.setStyleSheet("QLabel { color: #555; }")
            combo = named(QComboBox(), f"importField{column}",
                          self.tr("Pana field for column {column}").format(
                              column=column_name(column)))
            combo.addItem(self.tr("— not imported —"), "")
            for key in si.FIELDS:
                combo.addItem(field_text(key), key)
            combo.currentIndexChanged.connect(self._mapping_changed)
            name.setBuddy(combo)
            self.grid.addWidget(name, column + 1, 0)
            self.grid.addWidget(sample, column + 1, 1)
            self.grid.addWidget(combo, column + 1, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(preview.headers) + 1, 1)

    @staticmethod
    def _sample(preview: si.Sheet, column: int) -> str:
        for row in preview.rows:
            text = row[column].strip() if column < len(row) else ""
            if text:
                return text if len(text) <= 40 else text[:39] + "…"
        return ""

    def _apply(self, plan: si.ImportPlan) -> None:
        self._filling = True
        try:
            for column, combo in enumerate(self.combos):
                index = combo.findData(plan.mapping.get(column, ""))
                combo.setCurrentIndex(max(index, 0))
            self.formats.blockSignals(True)
            self.formats.clear()
            chosen = list(dict.fromkeys(plan.date_formats))
            for fmt in chosen + [f for f in DATE_FORMATS if f not in chosen]:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, fmt)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if fmt in chosen
                                   else Qt.CheckState.Unchecked)
                self.formats.addItem(item)
            self.formats.blockSignals(False)
            self.formats.setCurrentRow(0)
            # As high as its formats, no higher: the columns above need the room.
            frame = 2 * self.formats.frameWidth()
            self.formats.setFixedHeight(
                frame + sum(self.formats.sizeHintForRow(i) for i in range(self.formats.count())))
        finally:
            self._filling = False
        self._mapping_changed()

    # ---- reading the choice

    def mapping(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)
                if combo.currentData()}

    def date_formats(self) -> list[str]:
        return [self.formats.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.formats.count())
                if self.formats.item(i).checkState() == Qt.CheckState.Checked]

    def plan(self) -> si.ImportPlan:
        wizard: ImportWizard = self.wizard()
        return si.ImportPlan(mapping=self.mapping(), date_formats=self.date_formats(),
                             sheet=wizard.source.sheet if wizard.source else "",
                             distinct_rows=sorted(wizard.confirmed))

    def problems(self) -> list[str]:
        """What keeps the choice from being used, in the interface language."""
        texts = []
        used: dict[str, list[int]] = {}
        for column, key in self.mapping().items():
            used.setdefault(key, []).append(column)
        for key, columns in used.items():
            if len(columns) > 1:
                texts.append(self.tr("“{field}” is chosen for more than one column ({columns}): "
                                     "choose it for one column only.").format(
                    field=field_text(key), columns=", ".join(column_name(c) for c in columns)))
        for group in REQUIRED:
            if not any(k in used for k in group):
                texts.append(self.tr("No column is chosen for {fields}: choose the column that "
                                     "holds it.").format(fields=self._either(group)))
        if not self.date_formats():
            texts.append(self.tr("Tick at least one date format."))
        return texts

    def _mapping_changed(self, *_args) -> None:
        if self._filling:
            return
        counts: dict[str, int] = {}
        for key in self.mapping().values():
            counts[key] = counts.get(key, 0) + 1
        for combo in self.combos:
            twice = counts.get(combo.currentData() or "", 0) > 1
            combo.setStyleSheet(f"QComboBox {{ {INVALID_STYLE} }}" if twice else "")
            combo.setAccessibleDescription(self.tr("Chosen for another column too")
                                           if twice else "")
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self._show_examples()
        self.completeChanged.emit()

    def _formats_changed(self, *_args) -> None:
        if not self._filling:
            self._mapping_changed()

    def date_sample(self) -> tuple[str, bool]:
        """A date cell of the file for the examples, and whether it is a birth date: the
        one the formats read most differently (03/07/2019: 3 July or 7 March), which
        shows best what the order changes."""
        wizard = self.wizard()
        preview = wizard.preview if wizard is not None else None
        if preview is None:
            return "", False
        best, best_score = ("", False), -1
        for column, key in sorted(self.mapping().items()):
            if key not in DATE_FIELDS:
                continue
            birth = key == "birth_date"
            for row in preview.rows:
                text = row[column].strip() if column < len(row) else ""
                if not text:
                    continue
                readings = {read_date(text, f, birth=birth) for f in DATE_FORMATS} - {None}
                if len(readings) > best_score:
                    best, best_score = (text, birth), len(readings)
        return best

    def _show_examples(self) -> None:
        sample, birth = self.date_sample()
        if sample:
            self.dates_note.setText(self.tr(
                "A date cell is read with the first ticked format that fits; a cell Excel "
                "stores as a date fits every format. How the cell “{cell}” of this file "
                "reads with each:").format(cell=sample))
        else:
            self.dates_note.setText(self.tr(
                "A date cell is read with the first ticked format that fits; a cell Excel "
                "stores as a date fits every format. No column with dates is chosen yet."))
        self.formats.blockSignals(True)
        for i in range(self.formats.count()):
            item = self.formats.item(i)
            fmt = item.data(Qt.ItemDataRole.UserRole)
            example = QDate(_SAMPLE_DAY.year, _SAMPLE_DAY.month, _SAMPLE_DAY.day).toString(fmt)
            text = self.tr("{format} (like {example})").format(format=fmt, example=example)
            if sample:
                reading = read_date(sample, fmt, birth=birth)
                text = (self.tr("{format}: {date}").format(format=text, date=reading)
                        if reading else
                        self.tr("{format}: cannot be read so").format(format=text))
            item.setText(text)
            item.setToolTip(text)
        self.formats.blockSignals(False)

    def _move(self, step: int) -> None:
        row = self.formats.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.formats.count():
            return
        self.formats.blockSignals(True)
        item = self.formats.takeItem(row)
        self.formats.insertItem(target, item)
        self.formats.blockSignals(False)
        self.formats.setCurrentRow(target)
        self._mapping_changed()

    def _update_move_buttons(self, row: int) -> None:
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.formats.count() - 1)

    # ---- the mapping file

    def save_mapping(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), self._start_in("mapping.json"),
            self.tr("Mappings (*.json)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".json") else path + ".json")
        try:
            si.save_mapping(self.plan(), target, headers=list(self.wizard().preview.headers))
        except OSError as exc:
            self._say(self.tr("The mapping could not be written to {file}: {reason}. Choose "
                              "another folder.").format(
                file=target.name, reason=exc.strerror or type(exc).__name__), error=True)
            return
        self._say(self.tr("Mapping saved to {file}. The command line takes it too: "
                          "pana case import FILE --mapping {file}").format(file=target.name))

    def load_mapping(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load a mapping"), self._start_in(""),
            self.tr("Mappings (*.json);;All files (*)"))
        if not path:
            return
        source = Path(path)
        wizard: ImportWizard = self.wizard()
        try:
            plan = si.resolve_plan(si.load_mapping(source), wizard.preview)
        except DomainError as exc:
            self._say(error_text(exc), error=True)
            return
        wizard.confirmed = set(plan.distinct_rows)
        self._apply(plan)
        text = self.tr("Mapping loaded from {file}.").format(file=source.name)
        if plan.sheet and wizard.source is not None and plan.sheet != wizard.source.sheet:
            text += " " + self.tr("It was saved for the sheet “{sheet}”.").format(
                sheet=plan.sheet)
        self._say(text)

    def _start_in(self, name: str) -> str:
        wizard = self.wizard()
        folder = wizard.source.path.parent if wizard and wizard.source else Path.home()
        return str(folder / name) if name else str(folder)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.mapping_status.setStyleSheet(ERROR_STYLE if error else "")
        self.mapping_status.setText(text)

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problems()

    def validatePage(self) -> bool:
        wizard: ImportWizard = self.wizard()
        wizard.plan = self.plan()
        return True


class ImportCheckPage(QWizardPage):
    """The dry run: what would fail and why, the possible duplicates, the counts."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importCheckPage")
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Every row is checked as it would be imported, against the "
                                 "people registered already; nothing is written yet."))
        self.setCommitPage(True)
        self.running = False
        self._generation = 0
        self._cancel = threading.Event()
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setObjectName("importCheckProgress")
        self.busy.setAccessibleName(self.tr("Progress of the check"))
        self.busy.hide()
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("importCheckHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.hide()
        self.again_button = named(QPushButton(self.tr("&Read the file again")),
                                  "importCheckAgain",
                                  self.tr("Read the corrected spreadsheet and check again"))
        self.again_button.clicked.connect(lambda: self.check(reread=True))
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)

        self.problem_model = _ProblemModel(self)
        self.problems = _table(QTableView(), "importProblems", self.tr("Rows that would fail"))
        self.problems.setModel(self.problem_model)
        self.problems.setWordWrap(True)
        self.problems.setColumnWidth(0, 70)
        self.problems.setColumnWidth(1, 150)
        self.problems.setColumnWidth(2, 170)
        self.problems_box = QGroupBox(self.tr("Rows that would fail"))
        self.problems_box.setObjectName("importProblemsBox")
        QVBoxLayout(self.problems_box).addWidget(self.problems)

        self.duplicate_model = _DuplicateModel(self)
        self.duplicate_model.confirmed_changed.connect(self._confirmed_changed)
        self.duplicates = _table(QTableView(), "importDuplicates",
                                 self.tr("Rows that may be people registered already"))
        self.duplicates.setModel(self.duplicate_model)
        self.duplicates.setColumnWidth(0, 70)
        self.duplicates.setColumnWidth(1, 320)
        self.duplicates.doubleClicked.connect(lambda _index: self.open_duplicate())
        self.duplicates.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_button = named(QPushButton(self.tr("&Open that case")), "importOpenDuplicate",
                                 self.tr("Open the case registered already"))
        self.open_button.clicked.connect(self.open_duplicate)
        self.open_button.setEnabled(False)
        duplicates_note = QLabel(self.tr(
            "Compare each with the case it resembles. Tick “Another person” when it is "
            "someone else (Pana records that you checked); else remove the row from the "
            "spreadsheet."))
        duplicates_note.setObjectName("importDuplicatesNote")
        duplicates_note.setWordWrap(True)
        self.duplicates_box = QGroupBox(self.tr("Possible duplicates"))
        self.duplicates_box.setObjectName("importDuplicatesBox")
        duplicates_layout = QVBoxLayout(self.duplicates_box)
        duplicates_layout.addWidget(duplicates_note)
        duplicates_layout.addWidget(self.duplicates)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        duplicates_layout.addLayout(open_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("importCheckSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.problems_box)
        splitter.addWidget(self.duplicates_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.busy)
        layout.addLayout(hint_row)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        self.check(reread=False)

    def cleanupPage(self) -> None:  # Back: the check still running is not wanted
        self.stop()

    def stop(self) -> None:
        if self.running:
            self._generation += 1
            self._cancel.set()
            self.running = False
            self.busy.hide()

    def check(self, *, reread: bool) -> None:
        """Read the whole sheet (once per file and sheet, or again when asked) and check
        every row. Every possible duplicate is listed, the ones ticked already too."""
        wizard: ImportWizard = self.wizard()
        store, actor, source = wizard.store, wizard.actor, wizard.source
        plan = wizard.plan_to_import()
        plan.distinct_rows = []
        cached = None if reread or wizard.sheet_source != source else wizard.sheet
        self.stop()
        wizard.result = None
        self._generation += 1
        generation = self._generation
        self._cancel = cancel = threading.Event()
        self.running = True
        self.busy.setRange(0, 0)
        self.busy.show()
        self.again_button.setEnabled(False)
        self.hint.hide()
        self.counts.setStyleSheet("")
        self.counts.setText(self.tr("Reading and checking every row…"))
        self.problem_model.set_rows([])
        self.duplicate_model.set_rows([])
        relay = _Relay(lambda done, total: self._step(generation, done, total), self)
        self.completeChanged.emit()

        def work():
            sheet = cached if cached is not None else _reading(
                source.path, lambda: si.read_rows(source.path, source.sheet))
            with store.uow(readonly=True) as uow:
                result = si.dry_run(uow, actor, sheet, plan, progress=relay.progressed.emit,
                                    cancelled=cancel.is_set)
            return sheet, result

        def done(answer) -> None:
            relay.deleteLater()
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            wizard.sheet, wizard.sheet_source = answer[0], source
            self._show(answer[1])

        def failed(exc: Exception) -> None:
            relay.deleteLater()
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            self._stopped()
            self.counts.setText(error_text(exc))
            self.counts.setStyleSheet(ERROR_STYLE)
            wizard.checked.emit()

        run_task(work, done, failed)

    def _step(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation or not self.running:
            return
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        self.counts.setText(self.tr("Checked {done} of {total} rows…").format(
            done=number_text(done), total=number_text(total)))

    def _stopped(self) -> None:
        self.running = False
        self.busy.hide()
        self.again_button.setEnabled(True)
        self.completeChanged.emit()

    def _show(self, result: si.DryRun) -> None:
        wizard: ImportWizard = self.wizard()
        wizard.result = result
        self._stopped()
        shown = [p for p in result.problems if p.field != "duplicate"]
        self.problem_model.set_rows(shown)
        # Whole messages on wrapped lines; for very many rows, one line each (the
        # tooltip has the rest), as measuring every row would take long.
        self.problems.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if len(shown) <= WRAPPED_ROWS
            else QHeaderView.ResizeMode.Fixed)
        entries = [_Duplicate(row, number, None, None) for row, number in result.duplicates]
        for problem in result.problems:
            if problem.field == "duplicate":
                other = problem.message.params.get("other") \
                    if hasattr(problem.message, "params") else None
                entries.append(_Duplicate(problem.row, "", other if isinstance(other, int)
                                          else None, problem.message))
        entries.sort(key=lambda e: (e.row, e.number, e.other_row or 0))
        self.duplicate_model.confirmed = {r for r in wizard.confirmed
                                          if any(e.row == r for e in entries)}
        self.duplicate_model.set_rows(entries)
        self.duplicates_box.setVisible(bool(entries))
        self._update_counts()
        wizard.checked.emit()

    def failing_rows(self) -> set[int]:
        """Rows that keep the file back: a problem, or a look-alike not ticked."""
        wizard: ImportWizard = self.wizard()
        result = wizard.result
        if result is None:
            return set()
        confirmed = self.duplicate_model.confirmed
        rows = {p.row for p in result.problems if p.field != "duplicate"}
        rows |= {self.duplicate_model.row_at(i).row
                 for i in range(self.duplicate_model.rowCount())
                 if self.duplicate_model.row_at(i).row not in confirmed}
        return rows

    def _confirmed_changed(self) -> None:
        wizard: ImportWizard = self.wizard()
        wizard.confirmed = set(self.duplicate_model.confirmed)
        self._update_counts()

    def _update_counts(self) -> None:
        wizard: ImportWizard = self.wizard()
        result = wizard.result
        if result is None:
            return
        failing = self.failing_rows()
        waiting = {self.duplicate_model.row_at(i).row
                   for i in range(self.duplicate_model.rowCount())} - \
            self.duplicate_model.confirmed
        self.counts.setStyleSheet("")
        self.counts.setText(self.tr(
            "Rows: {total} · ready to import: {ok} · failing: {failing} · possible duplicates "
            "not yet checked: {duplicates}").format(
            total=number_text(result.total), ok=number_text(result.total - len(failing)),
            failing=number_text(len(failing)), duplicates=number_text(len(waiting))))
        problems = any(p.field != "duplicate" for p in result.problems)
        if result.total == 0:
            hint = self.tr("The sheet has no rows under the header: there is nothing to "
                           "import.")
        elif problems:
            hint = self.tr("Nothing can be imported while a row fails. Correct those rows in "
                           "the spreadsheet, save it and read it again here, or go back and "
                           "change the columns or the date formats.")
        elif waiting:
            hint = self.tr("Nothing can be imported while a possible duplicate is not "
                           "checked: open the case, and tick “Another person” or remove the "
                           "row from the spreadsheet.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.problems_box.setVisible(problems or not waiting)
        self.completeChanged.emit()

    def _selection_changed(self, *_args) -> None:
        self.open_button.setEnabled(self._may_open() and bool(self._chosen()))

    def _may_open(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and allowed(wizard.actor.role, Action.VIEW_IDENTITY)

    def _chosen(self) -> str:
        rows = self.duplicates.selectionModel().selectedRows()
        item = self.duplicate_model.row_at(rows[0].row()) if rows else None
        return item.number if item else ""

    def open_duplicate(self) -> None:
        number = self._chosen()
        if number and self._may_open():
            self.wizard().open_case.emit(number)

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return (wizard is not None and not self.running and wizard.result is not None
                and wizard.result.total > 0 and not self.failing_rows())


class ImportRunPage(QWizardPage):
    """The import itself: progress and Cancel, then the report."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importRunPage")
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All rows are imported together, or none: a cancelled or "
                                 "failed import leaves Pana as it was."))
        self.setFinalPage(True)
        self.running = False
        self._cancel = threading.Event()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Progress of the import"))
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setObjectName("importProgressText")
        self.progress_label.setWordWrap(True)
        self.cancel_button = named(QPushButton(self.tr("&Cancel the import")), "importCancel",
                                   self.tr("Cancel the import; nothing is written"))
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = named(QPushButton(self.tr("&Start the import again")),
                                  "importAgain", self.tr("Start the import again"))
        self.again_button.clicked.connect(self.start)
        self.again_button.hide()
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.numbers = named(QPlainTextEdit(), "importNumbers",
                             self.tr("Numbers of the new cases"))
        self.numbers.setReadOnly(True)
        self.numbers.hide()
        self.save_button = named(QPushButton(self.tr("&Save the report…")), "importSaveReport",
                                 self.tr("Save the report of the import to a file"))
        self.save_button.clicked.connect(self.save_report)
        self.save_button.hide()
        self.save_status = QLabel()
        self.save_status.setObjectName("importReportStatus")
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        progress_row.addWidget(self.again_button)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.numbers, 1)
        layout.addLayout(save_row)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        wizard: ImportWizard = self.wizard()
        store, actor, sheet = wizard.store, wizard.actor, wizard.sheet
        plan = wizard.plan_to_import()
        wizard.report = None
        self._cancel = cancel = threading.Event()
        self.running = True
        self.progress.setRange(0, max(2 * len(sheet.rows), 1))
        self.progress.setValue(0)
        self.progress_label.setStyleSheet("")
        self.progress_label.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.again_button.hide()
        self.result_label.clear()
        self.numbers.clear()
        self.numbers.hide()
        self.save_button.hide()
        self.save_status.clear()
        relay = _Relay(self._step, self)
        self.completeChanged.emit()

        def work():
            return si.run_import(store, actor, sheet, plan, progress=relay.progressed.emit,
                                 cancelled=cancel.is_set)

        def done(report: si.ImportReport) -> None:
            relay.deleteLater()
            if shiboken6.isValid(self):
                self._done(report)

        def failed(exc: Exception) -> None:
            relay.deleteLater()
            if shiboken6.isValid(self):
                self._failed(exc)

        run_task(work, done, failed)

    def _step(self, done: int, total: int) -> None:
        """``total`` counts each row twice: checked again, then written."""
        if not self.running or self._cancel.is_set():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        rows = max(total // 2, 1)
        text = (self.tr("Checking again: {done} of {total} rows…") if done <= rows
                else self.tr("Writing: {done} of {total} rows…"))
        self.progress_label.setText(text.format(
            done=number_text(done if done <= rows else done - rows), total=number_text(rows)))

    def cancel(self) -> None:
        if not self.running:
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping; nothing will be written…"))

    def _finish(self) -> None:
        self.running = False
        self.cancel_button.hide()
        self.completeChanged.emit()

    def _done(self, report: si.ImportReport) -> None:
        wizard: ImportWizard = self.wizard()
        self._finish()
        wizard.report = report
        if report.cancelled:
            self.progress.setValue(0)
            self.progress_label.setText(self.tr("The import was cancelled; nothing was "
                                                "written."))
            self.again_button.show()
        elif not report.imported:
            self.progress.setValue(0)
            self.progress_label.setStyleSheet(ERROR_STYLE)
            self.progress_label.setText(self.tr(
                "Nothing was imported: %Ln row(s) fail now, as the register changed since the "
                "check. Close the wizard and import the file again to see why.", "",
                len(report.dry_run.failing_rows)))
        else:
            self.progress.setValue(self.progress.maximum())
            self.progress_label.setText(self.tr("Done."))
            self.result_label.setText(self.tr("%Ln case(s) imported. Their numbers:", "",
                                              report.imported))
            self.numbers.setPlainText("\n".join(
                self.tr("Row {row}: {number}").format(row=row_text(row), number=number)
                for row, number in self.report_rows()))
            self.numbers.show()
            self.save_button.show()
            wizard.imported.emit(list(report.numbers))
        wizard.finished_import.emit()
        wizard._import_stopped()

    def _failed(self, exc: Exception) -> None:
        wizard: ImportWizard = self.wizard()
        self._finish()
        self.progress.setValue(0)
        self.progress_label.setStyleSheet(ERROR_STYLE)
        self.progress_label.setText(self.tr("The import failed and nothing was written: "
                                            "{reason}").format(reason=error_text(exc)))
        self.again_button.show()
        wizard.finished_import.emit()
        wizard._import_stopped()

    # ---- the report

    def report_rows(self) -> list[tuple[int, str]]:
        """(row of the spreadsheet, new case number), in the order of the rows."""
        wizard: ImportWizard = self.wizard()
        return list(zip(wizard.sheet.row_numbers, wizard.report.numbers, strict=False))

    def save_report(self) -> None:
        wizard: ImportWizard = self.wizard()
        if wizard.report is None:
            return
        folder = wizard.source.path.parent if wizard.source else Path.home()
        stem = wizard.source.path.stem if wizard.source else "import"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(folder / f"{stem}-report.csv"),
            self.tr("CSV files (*.csv);;Text files (*.txt)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".txt"):
            target = target.with_name(target.name + (".txt" if "*.txt" in chosen else ".csv"))
        try:
            if target.suffix.lower() == ".csv":
                self._write_csv(target)
            else:
                target.write_text(self.report_text(), encoding="utf-8")
        except OSError as exc:
            self.save_status.setStyleSheet(ERROR_STYLE)
            self.save_status.setText(self.tr("The report could not be written to {file}: "
                                             "{reason}. Choose another folder.").format(
                file=target.name, reason=exc.strerror or type(exc).__name__))
            return
        self.save_status.setStyleSheet("")
        self.save_status.setText(self.tr("Report saved to {file}.").format(file=str(target)))

    def _write_csv(self, target: Path) -> None:
        # With a byte order mark: Excel then opens it as UTF-8.
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([self.tr("Row in the spreadsheet"), self.tr("New case number")])
            writer.writerows(self.report_rows())

    def report_text(self) -> str:
        wizard: ImportWizard = self.wizard()
        report, source = wizard.report, wizard.source
        lines = [self.tr("Import of a register into Pana"),
                 self.tr("File: {file}").format(file=source.path.name if source else "")]
        if source is not None and source.sheet:
            lines.append(self.tr("Sheet: {sheet}").format(sheet=source.sheet))
        lines += [self.tr("Imported on {when} by {user}").format(
                      when=datetime_text(datetime.now(UTC)), user=wizard.actor.username),
                  self.tr("%Ln case(s) imported.", "", report.imported), ""]
        lines += [self.tr("Row {row}: {number}").format(row=row_text(row), number=number)
                  for row, number in self.report_rows()]
        return "\n".join(lines) + "\n"

    def isComplete(self) -> bool:
        return not self.running


def open_import_wizard(window) -> ImportWizard:
    """From the main window: the wizard, modal to it; possible duplicates open in its case
    windows, and its lists are read again after an import."""
    wizard = ImportWizard(window.store, window.actor, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open_case.connect(window.open_case)
    wizard.imported.connect(lambda _numbers: window.refresh_lists())
    window.import_wizard = wizard
    wizard.open()
    return wizard
