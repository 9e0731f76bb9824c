"""The office's side of offline laptops: check cases out to a laptop, check them in from
the laptop's file, see what is out, release a case.

* :class:`CheckoutDialog` — the laptop's request file (its name, user and code to compare
  with what the laptop shows), the cases, the return date and a quota of new petitions;
  *Check out…* asks where to save the package, marks the cases out and writes the
  package, sealed for that laptop. When the file cannot be written after the cases were
  marked out, the package stays in memory: *Save again…* writes it elsewhere.
* :class:`CheckinDialog` — the laptop's check-in file: what it would change, the
  conflict screen when both sides changed a value, then the check-in and the receipt
  the laptop needs to remove the cases (kept in memory until it is saved).
* :class:`CheckoutsPanel` — what is out, to which laptop and officer, until when (overdue
  in words), with the buttons for the above and, for supervisors and administrators,
  *Release…*.
* :func:`checkout_banner_text` — the line a case file shows while the case is out.

Every change goes through ``app.services.checkout``; long work runs off the UI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.guard import HELD, KIND_QUOTA, OUT, RELEASED, RETURNED
from app.db.store import Store
from app.domain.errors import StoreError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.numbering import CaseNumber
from app.domain.permissions import Action, allowed
from app.services import checkout, sealed
from app.ui.approvals import OVERDUE, Column, records_table, refresh_action, refresh_button
from app.ui.forms import FieldErrors, confirm, named, run_save
from app.ui.locale_format import (
    date_text,
    datetime_text,
    localize_date_edit,
    number_text,
)
from app.ui.messages import error_text
from app.ui.offline.conflicts import ConflictScreen
from app.ui.printing import PrintFailed, write_pdf
from app.ui.tables import fit_headers
from app.ui.tasks import ExpectedFailure, run_task

#: A laptop's request file is a few hundred bytes of JSON; anything much larger is not one.
MAX_REQUEST_BYTES = 64 * 1024
#: The return date offered: two weeks from today.
DEFAULT_DAYS_OUT = 14
SUFFIX = ".pana"

_last_folder = ""


def _start_folder() -> str:
    return _last_folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)


def _t(text: str) -> str:
    return QCoreApplication.translate("Offline", text)


def ask_save_path(parent: QWidget, title: str, stem: str) -> Path | None:
    """Where to save a sealed file (``<stem>-<date>.pana`` offered); None when cancelled.
    The file name carries a date only, never a name."""
    start = str(Path(_start_folder()) / f"{stem}-{date.today().isoformat()}{SUFFIX}")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, start, _t(_N("Offline", "Pana exchange files (*.pana)")))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    return path


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, _start_folder(), filters)
    return Path(chosen) if chosen else None


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` whole or not at all (beside, then renamed); ``PrintFailed`` (an
    ``ExpectedFailure``, translated) when it cannot be written."""
    global _last_folder
    write_pdf(path, data)
    _last_folder = str(path.parent)


def _read_bytes(path: Path, limit: int, too_big: str, unreadable: str) -> bytes:
    """A file's bytes, its size checked first; the messages are translated by the caller
    (on the UI thread) and filled here."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ExpectedFailure(too_big.format(file=path.name))
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise ExpectedFailure(unreadable.format(
            file=path.name, reason=exc.strerror or exc.__class__.__name__)) from None


def _show_failure(parent: QWidget, errors: FieldErrors, title: str, exc: Exception) -> None:
    """As ``forms.run_save`` shows them: field errors under the fields, the rest in a box."""
    if isinstance(exc, ValidationError) and exc.errors:
        first = errors.show(exc.errors)
        if first is not None:
            first.setFocus()
        return
    text = error_text(exc)
    if isinstance(exc, StoreError):
        text += "\n\n" + _t(_N("Offline", "Nothing was changed: try again once this is solved."))
    QMessageBox.warning(parent, title, text)


def _with_error(errors: FieldErrors, path: str, widget: QWidget,
                field: QWidget | None = None) -> QWidget:
    """``field`` (or ``widget``) with the error label of ``path`` under it."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field or widget)
    layout.addWidget(errors.label_for(path, widget))
    return holder


# ---------------------------------------------------------------------------
# check-out


class CheckoutDialog(QDialog):
    """Check cases out to a laptop: its request, the cases, until when, new petitions."""

    #: The cases were checked out (their numbers).
    checked_out = Signal(list)
    #: The package file was written (its path).
    package_saved = Signal(str)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None,
                 numbers: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutDialog")
        self.setWindowTitle(self.tr("Check out to a laptop"))
        self.store, self.actor = store, actor
        self.request: checkout.DeviceRequest | None = None
        self.result: checkout.CheckoutResult | None = None
        self.saved_path: Path | None = None
        self.busy = False

        general = QLabel()
        general.setObjectName("checkoutErrors")
        self.errors = FieldErrors(general)

        # 1. the laptop
        laptop_box = QGroupBox(self.tr("1. The laptop"))
        laptop_box.setObjectName("checkoutLaptopBox")
        self.request_edit = named(QLineEdit(), "checkoutRequestFile",
                                  self.tr("The laptop's request file"))
        self.request_edit.setReadOnly(True)
        self.request_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.request_button = named(QPushButton(self.tr("Choose the &request file…")),
                                    "chooseRequest", self.tr("Choose the laptop's request file"))
        self.request_button.clicked.connect(self.choose_request)
        self.request_button.setAutoDefault(False)
        request_row = QWidget()
        request_layout = QHBoxLayout(request_row)
        request_layout.setContentsMargins(0, 0, 0, 0)
        request_layout.addWidget(self.request_edit, 1)
        request_layout.addWidget(self.request_button)
        self.device_label = QLabel()
        self.device_label.setObjectName("checkoutDevice")
        self.device_label.setWordWrap(True)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label.hide()
        laptop_form = QFormLayout(laptop_box)
        request_label = QLabel(self.tr("Request &file:"))
        request_label.setBuddy(self.request_button)
        laptop_form.addRow(request_label,
                           _with_error(self.errors, "request", self.request_edit,
                                       request_row))
        laptop_form.addRow(self.device_label)
        laptop_form.addRow(self.errors.label_for("username", self.request_edit))

        # 2. the cases
        cases_box = QGroupBox(self.tr("2. The cases"))
        cases_box.setObjectName("checkoutCasesBox")
        self.number_edit = named(QLineEdit(), "checkoutNumber",
                                 self.tr("Case number to add"))
        self.number_edit.setPlaceholderText(self.tr("e.g. AQM-2026-00042"))
        self.number_edit.setMaxLength(20)
        self.number_edit.returnPressed.connect(self.add_number)
        self.add_button = named(QPushButton(self.tr("&Add")), "checkoutAddNumber",
                                self.tr("Add the case number to the list"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_number)
        self.cases_list = named(QListWidget(), "checkoutCases", self.tr("Cases to check out"))
        self.cases_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cases_list.setMinimumHeight(90)
        self.remove_button = named(QPushButton(self.tr("Re&move")), "checkoutRemoveNumber",
                                   self.tr("Remove the chosen cases from the list"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cases_list.itemSelectionChanged.connect(self._update_buttons)
        add_row = QHBoxLayout()
        number_label = QLabel(self.tr("Case &number:"))
        number_label.setBuddy(self.number_edit)
        add_row.addWidget(number_label)
        add_row.addWidget(self.number_edit, 1)
        add_row.addWidget(self.add_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.cases_list, 1)
        remove_column = QVBoxLayout()
        remove_column.addWidget(self.remove_button)
        remove_column.addStretch(1)
        list_row.addLayout(remove_column)
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.addLayout(add_row)
        cases_layout.addLayout(list_row)
        cases_layout.addWidget(self.errors.label_for("numbers", self.cases_list))

        # 3. until when, and new petitions
        terms_box = QGroupBox(self.tr("3. Return date and new petitions"))
        terms_box.setObjectName("checkoutTermsBox")
        today = QDate.currentDate()
        self.due_edit = named(localize_date_edit(QDateEdit()), "checkoutDue",
                              self.tr("Date the cases come back"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDate(today)
        self.due_edit.setMaximumDate(today.addDays(checkout.MAX_DAYS_OUT))
        self.due_edit.setDate(today.addDays(DEFAULT_DAYS_OUT))
        self.quota_spin = named(QSpinBox(), "checkoutQuota",
                                self.tr("New petitions that may be registered on the laptop"))
        self.quota_spin.setRange(0, checkout.MAX_QUOTA)
        for widget in (self.due_edit, self.quota_spin):
            widget.setMinimumWidth(140)
            widget.setMaximumWidth(220)
        quota_note = QLabel(self.tr("Petitions registered on the laptop get a provisional "
                                    "number, and their own number when they are checked in."))
        quota_note.setWordWrap(True)
        terms_form = QFormLayout(terms_box)
        due_label = QLabel(self.tr("&Back by:"))
        due_label.setBuddy(self.due_edit)
        quota_label = QLabel(self.tr("New &petitions allowed:"))
        quota_label.setBuddy(self.quota_spin)
        terms_form.addRow(due_label, _with_error(self.errors, "due_on", self.due_edit))
        terms_form.addRow(quota_label, _with_error(self.errors, "quota", self.quota_spin))
        terms_form.addRow(quota_note)

        self.status = QLabel()
        self.status.setObjectName("checkoutStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.checkout_button = named(
            self.buttons.addButton(self.tr("&Check out…"), QDialogButtonBox.ButtonRole.ActionRole),
            "checkoutStart", self.tr("Check the cases out and save the package"))
        self.save_again_button = named(
            self.buttons.addButton(self.tr("&Save again…"),
                                   QDialogButtonBox.ButtonRole.ActionRole),
            "checkoutSaveAgain", self.tr("Save the package to another file"))
        self.save_again_button.hide()
        self.close_button = named(
            self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole),
            "checkoutClose", self.tr("Close this window"))
        for button in (self.checkout_button, self.save_again_button, self.close_button):
            button.setAutoDefault(False)
        self.checkout_button.clicked.connect(self.start)
        self.save_again_button.clicked.connect(self.save_again)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(laptop_box)
        layout.addWidget(cases_box, 1)
        layout.addWidget(terms_box)
        layout.addWidget(general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.request_button, self.number_edit)
        self.setTabOrder(self.number_edit, self.add_button)
        self.setTabOrder(self.add_button, self.cases_list)
        self.setTabOrder(self.cases_list, self.remove_button)
        self.setTabOrder(self.remove_button, self.due_edit)
        self.setTabOrder(self.due_edit, self.quota_spin)
        self.setTabOrder(self.quota_spin, self.checkout_button)
        for number in numbers or []:
            self._add(number)
        self._update_buttons()
        self.resize(620, 640)
        self.request_button.setFocus()

    # ---- the request

    def choose_request(self) -> None:
        path = ask_open_path(self, self.tr("The laptop's request file"),
                             self.tr("Laptop requests (*.json);;All files (*)"))
        if path is not None:
            self.load_request(path)

    def load_request(self, path: Path) -> None:
        """Read a request file (a few hundred bytes: on the UI thread) and show who it is."""
        self.errors.clear()
        try:
            data = _read_bytes(path, MAX_REQUEST_BYTES,
                               self.tr("“{file}” is too large to be a laptop's request file."),
                               self.tr("“{file}” could not be read: {reason}"))
            request = checkout.read_request(data)
        except (ExpectedFailure, ValidationError) as exc:
            self.request = None
            self.device_label.hide()
            self.request_edit.setText(path.name)
            self.errors.show({"request": exc.message} if isinstance(exc, ExpectedFailure)
                             else exc.errors)
            self._update_buttons()
            return
        self.request = request
        self.request_edit.setText(path.name)
        self.device_label.setText(self.tr(
            "Laptop: <b>{device}</b> · for: <b>{user}</b><br>Code: <b>{code}</b> — "
            "the laptop shows the same code; compare them before you go on.").format(
                device=_html(request.device_name), user=_html(request.username),
                code=request.fingerprint))
        self.device_label.show()
        self._update_buttons()

    # ---- the cases

    def add_number(self) -> None:
        text = self.number_edit.text()
        if not text.strip():
            return
        self.errors.clear()
        try:
            number = str(CaseNumber.parse(text))
        except ValidationError as exc:
            self.errors.show({"numbers": next(iter(exc.errors.values()))})
            self.number_edit.setFocus()
            return
        self._add(number)
        self.number_edit.clear()
        self.number_edit.setFocus()

    def _add(self, number: str) -> None:
        number = number.strip().upper()
        if number and number not in self.numbers():
            self.cases_list.addItem(number)
        self._update_buttons()

    def remove_selected(self) -> None:
        for item in self.cases_list.selectedItems():
            self.cases_list.takeItem(self.cases_list.row(item))
        self._update_buttons()

    def numbers(self) -> list[str]:
        return [self.cases_list.item(i).text() for i in range(self.cases_list.count())]

    def _update_buttons(self) -> None:
        done = self.result is not None
        editable = not done and not self.busy
        for widget in (self.request_button, self.number_edit, self.add_button,
                       self.cases_list, self.due_edit, self.quota_spin):
            widget.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(self.cases_list.selectedItems()))
        self.checkout_button.setEnabled(editable and self.request is not None)
        self.save_again_button.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.busy)

    # ---- checking out

    def start(self) -> None:
        if self.busy or self.result is not None:
            return
        self.errors.clear()
        request = self.request
        if request is None:
            self.errors.show({"request": self.tr("choose the laptop's request file first.")})
            return
        numbers = self.numbers()
        due = self.due_edit.date().toPython()
        quota = self.quota_spin.value()
        if not numbers and not quota:  # said before asking for a file (the service says so too)
            self.errors.show({"numbers": self.tr(
                "add at least one case, or allow new petitions on the laptop.")})
            self.number_edit.setFocus()
            return
        path = ask_save_path(self, self.tr("Save the package for the laptop"),
                             "pana-checkout")
        if path is None:
            return
        store, actor = self.store, self.actor

        def work():
            with store.uow() as uow:
                result = checkout.check_out(uow, actor, store, request, numbers, due,
                                            quota=quota)
            try:
                write_file(path, result.package)
            except PrintFailed as exc:
                return result, None, exc.message
            return result, path, ""

        self._set_busy(True, self.tr("Checking the cases out…"))
        run_task(work, self._done, self._failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text:
            self.status.setText(text)
        self._update_buttons()

    def _done(self, answer) -> None:
        result, path, problem = answer
        self.result = result
        self._set_busy(False)
        self.checked_out.emit(list(result.numbers))
        summary = self._summary(result)
        if path is not None:
            self._saved(path, summary)
            return
        self.status.setText(summary + "\n\n" + self._not_saved_text(problem))
        self.save_again_button.show()
        self.save_again_button.setFocus()
        QMessageBox.warning(self, self.tr("Package not saved"),
                            self._not_saved_text(problem))

    def _not_saved_text(self, problem: str) -> str:
        return self.tr(
            "The cases are checked out, but the package for the laptop could not be "
            "saved: {problem}\n\nThe package is still here: choose Save again… to write it "
            "to another folder or drive. If it cannot be saved, a supervisor can release "
            "the cases (Laptops tab), so that they can be changed here again.").format(
                problem=problem)

    def _summary(self, result: checkout.CheckoutResult) -> str:
        request = self.request
        device = request.device_name if request else ""
        user = request.username if request else ""
        text = self.tr("Checked out %Ln case(s) to the laptop “{device}” of {user}, until "
                       "{until}.", "", len(result.numbers)).format(
            device=device, user=user, until=date_text(result.due_on))
        if result.quota:
            text += " " + self.tr("New petitions allowed on the laptop: {quota}.").format(
                quota=number_text(result.quota))
        return text

    def _saved(self, path: Path, summary: str) -> None:
        self.saved_path = path
        self.save_again_button.hide()
        self.status.setText(summary + "\n\n" + self.tr(
            "The package is saved as {path}. Take it to the laptop and open it there; "
            "only that laptop can open it.").format(path=str(path)))
        self.package_saved.emit(str(path))
        self.close_button.setFocus()

    def save_again(self) -> None:
        if self.result is None:
            return
        path = ask_save_path(self, self.tr("Save the package for the laptop"),
                             "pana-checkout")
        if path is None:
            return
        try:
            write_file(path, self.result.package)
        except PrintFailed as exc:
            self.status.setText(self._summary(self.result) + "\n\n"
                                + self._not_saved_text(exc.message))
            QMessageBox.warning(self, self.tr("Package not saved"),
                                self._not_saved_text(exc.message))
            return
        self._saved(path, self._summary(self.result))

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.status.clear()
        _show_failure(self, self.errors, self.tr("Not checked out"), exc)

    # ---- closing

    def reject(self) -> None:
        if self.busy:
            return  # the check-out is being written: its answer comes back here
        if self.result is not None and self.saved_path is None and not confirm(
                self, self.tr("The package is not saved"),
                self.tr("The cases are checked out, but the package for the laptop is not "
                        "saved. Close anyway? The package is then lost: the cases stay "
                        "checked out until a supervisor releases them.")):
            return
        super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------
# check-in


_STATE_LABELS = {
    OUT: _N("Offline", "Out"),
    HELD: _N("Offline", "On this laptop"),
    RETURNED: _N("Offline", "Returned"),
    RELEASED: _N("Offline", "Released"),
}


def state_text(state: str) -> str:
    source = _STATE_LABELS.get(state)
    return _t(source) if source else state


class CheckinDialog(QDialog):
    """Check cases in from a laptop's file: what changes, the conflicts, the receipt."""

    #: The cases were checked in (their numbers, and the new petitions' new numbers).
    checked_in = Signal(list)
    receipt_saved = Signal(str)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self.setWindowTitle(self.tr("Check in from a laptop"))
        self.store, self.actor = store, actor
        self.data: bytes | None = None
        self.plan: checkout.CheckinPlan | None = None
        self.result: checkout.CheckinResult | None = None
        self.receipt_path: Path | None = None
        self.busy = False

        general = QLabel()
        general.setObjectName("checkinErrors")
        self.errors = FieldErrors(general)

        self.file_edit = named(QLineEdit(), "checkinFile", self.tr("The laptop's check-in file"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.file_button = named(QPushButton(self.tr("Choose the check-in &file…")),
                                 "chooseCheckin", self.tr("Choose the laptop's check-in file"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("Check-in file:"))
        file_label.setBuddy(self.file_button)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)

        self.summary = QLabel(self.tr("On the laptop, write the check-in file, then choose "
                                      "it here."))
        self.summary.setObjectName("checkinSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = named(QTableWidget(0, 5), "checkinCases",
                           self.tr("Cases in the check-in file"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Changed on the laptop"), self.tr("Changed at the office"),
            self.tr("Values to choose"), self.tr("At the office now")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setObjectName("checkinCasesHeader")
        self.table.verticalHeader().setObjectName("checkinCasesRowHeader")

        self.status = QLabel()
        self.status.setObjectName("checkinStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.checkin_button = named(
            self.buttons.addButton(self.tr("&Check in…"), QDialogButtonBox.ButtonRole.ActionRole),
            "checkinStart", self.tr("Check the cases in"))
        self.receipt_button = named(
            self.buttons.addButton(self.tr("Save the &receipt…"),
                                   QDialogButtonBox.ButtonRole.ActionRole),
            "checkinSaveReceipt", self.tr("Save the receipt for the laptop"))
        self.close_button = named(
            self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole),
            "checkinClose", self.tr("Close this window"))
        for button in (self.checkin_button, self.receipt_button, self.close_button):
            button.setAutoDefault(False)
        self.receipt_button.hide()
        self.checkin_button.clicked.connect(self.start)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.resize(760, 520)
        self.file_button.setFocus()

    # ---- reading the file

    def choose_file(self) -> None:
        path = ask_open_path(self, self.tr("The laptop's check-in file"),
                             self.tr("Pana exchange files (*.pana);;All files (*)"))
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read and open the file off the UI thread and show what it would change."""
        if self.busy:
            return
        self.errors.clear()
        self.file_edit.setText(path.name)
        too_big = self.tr("“{file}” is too large to be a check-in file.")
        unreadable = self.tr("“{file}” could not be read: {reason}")
        store, actor = self.store, self.actor

        def work():
            data = _read_bytes(path, sealed.MAX_BYTES, too_big, unreadable)
            with store.uow(readonly=True) as uow:
                return data, checkout.read_checkin(uow, actor, store, data)

        def done(answer) -> None:
            self._set_busy(False)
            self.data, plan = answer
            self._show_plan(plan)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self.data = self.plan = None
            self.table.setRowCount(0)
            self.summary.setText(error_text(exc))
            self.status.clear()
            self._update_buttons()

        self.data = self.plan = None
        self._set_busy(True, self.tr("Reading the check-in file…"))
        run_task(work, done, failed)

    def _show_plan(self, plan: checkout.CheckinPlan) -> None:
        self.plan = plan
        yes, no = self.tr("yes"), self.tr("no")
        self.table.setRowCount(len(plan.cases))
        for row, case in enumerate(plan.cases):
            cells = (case.number, yes if case.laptop_changed else no,
                     yes if case.server_changed else no, number_text(len(case.conflicts)),
                     state_text(case.state))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        lines = [self.tr("From the laptop “{device}” of {user}.").format(
            device=plan.device_name, user=plan.username)]
        lines.append(self.tr("Cases: %Ln", "", len(plan.cases)) + " · "
                     + self.tr("changed on the laptop: {laptop}, at the office: {office}")
                     .format(laptop=number_text(sum(c.laptop_changed for c in plan.cases)),
                             office=number_text(sum(c.server_changed for c in plan.cases))))
        if plan.new_cases:
            lines.append(self.tr("New petitions registered on the laptop: %Ln (they get "
                                 "their own numbers now)", "", len(plan.new_cases)))
        lines.append(self.tr("Entries of the laptop's audit trail: %Ln", "",
                             plan.audit_entries))
        if plan.conflicts:
            lines.append(self.tr("Values changed on both sides: %Ln — you choose each one "
                                 "before the check-in.", "", plan.conflicts))
        else:
            lines.append(self.tr("No value was changed on both sides."))
        self.summary.setText("\n".join(lines))
        self.status.setText(self.tr("Nothing has been changed yet: choose Check in… to take "
                                    "the laptop's work."))
        self._update_buttons()
        self.checkin_button.setFocus()

    # ---- checking in

    def _update_buttons(self) -> None:
        done = self.result is not None
        self.file_button.setEnabled(not self.busy and not done)
        self.checkin_button.setEnabled(not self.busy and not done and self.plan is not None)
        self.receipt_button.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text:
            self.status.setText(text)
        self._update_buttons()

    def start(self) -> None:
        plan, data = self.plan, self.data
        if self.busy or plan is None or data is None or self.result is not None:
            return
        choices: dict[str, dict[str, str]] = {}
        if plan.conflicts:
            screen = ConflictScreen(plan, self)
            try:
                if screen.exec() != QDialog.DialogCode.Accepted:
                    self.status.setText(self.tr("Nothing was changed."))
                    return
                choices = screen.choices()
            finally:
                screen.deleteLater()
        store, actor = self.store, self.actor

        def work():
            with store.uow() as uow:
                return checkout.apply_checkin(uow, actor, store, data, choices)

        self._set_busy(True, self.tr("Checking the cases in…"))
        run_task(work, self._done, self._failed)

    def _done(self, result: checkout.CheckinResult) -> None:
        self.result = result
        self._set_busy(False)
        self.checked_in.emit([*result.applied, *result.unchanged, *result.numbers.values()])
        lines = [self.tr("Checked in: %Ln case(s).", "",
                         len(result.applied) + len(result.unchanged))]
        if result.applied:
            lines.append(self.tr("Changed by the laptop's work: {numbers}").format(
                numbers=", ".join(result.applied)))
        if result.unchanged:
            lines.append(self.tr("Unchanged: {numbers}").format(
                numbers=", ".join(result.unchanged)))
        if result.skipped:
            lines.append(self.tr("Taken in before, left as they are: {numbers}").format(
                numbers=", ".join(result.skipped)))
        if result.conflicts_decided:
            lines.append(self.tr("Values chosen on the conflict screen: %Ln", "",
                                 result.conflicts_decided))
        if result.numbers:
            lines.append(self.tr("New petitions and their numbers:"))
            lines.extend(f"  {old} → {new}" for old, new in result.numbers.items())
        self.summary.setText("\n".join(lines))
        self.receipt_button.show()
        self.status.setText(self.tr("Now save the receipt and take it to the laptop: it "
                                    "removes the checked-in cases from the laptop."))
        self.save_receipt()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, checkout.CheckinConflicts):
            # The office changed a case after the file was read: read it again, with
            # the new conflicts, and let the officer choose again.
            QMessageBox.warning(self, self.tr("Not checked in"), error_text(exc))
            self.status.setText(self.tr("Nothing was changed. The file is read again: "
                                        "choose Check in… once more."))
            if self.data is not None:
                self._reread()
            return
        self.status.setText(self.tr("Nothing was changed."))
        _show_failure(self, self.errors, self.tr("Not checked in"), exc)

    def _reread(self) -> None:
        data, store, actor = self.data, self.store, self.actor

        def work():
            with store.uow(readonly=True) as uow:
                return checkout.read_checkin(uow, actor, store, data)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self.plan = None
            self.summary.setText(error_text(exc))
            self._update_buttons()

        def done(plan) -> None:
            self._set_busy(False)
            self._show_plan(plan)

        self._set_busy(True)
        run_task(work, done, failed)

    def save_receipt(self) -> None:
        if self.result is None:
            return
        path = ask_save_path(self, self.tr("Save the receipt for the laptop"), "pana-receipt")
        if path is None:
            self.status.setText(self.tr("The receipt is not saved yet: choose Save the "
                                        "receipt… before you close this window."))
            return
        try:
            write_file(path, self.result.receipt)
        except PrintFailed as exc:
            text = self.tr("The cases are checked in, but the receipt could not be saved: "
                           "{problem}\n\nIt is still here: choose Save the receipt… to "
                           "write it to another folder or drive.").format(problem=exc.message)
            self.status.setText(text)
            QMessageBox.warning(self, self.tr("Receipt not saved"), text)
            return
        self.receipt_path = path
        self.status.setText(self.tr("The receipt is saved as {path}. On the laptop, open it "
                                    "to finish: the checked-in cases are removed from the "
                                    "laptop.").format(path=str(path)))
        self.receipt_saved.emit(str(path))
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.busy:
            return
        if self.result is not None and self.receipt_path is None and not confirm(
                self, self.tr("The receipt is not saved"),
                self.tr("The cases are checked in, but the receipt for the laptop is not "
                        "saved. Without it the laptop keeps its copies of the cases. Close "
                        "anyway?")):
            return
        super().reject()


# ---------------------------------------------------------------------------
# what is out


class ReleaseDialog(QDialog):
    """Release a checked-out case before its laptop brings it back: why, and a warning."""

    def __init__(self, store: Store, actor: Actor, row: checkout.OutRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseDialog")
        self.setWindowTitle(self.tr("Release case {number}").format(number=row.number))
        self.store, self.actor, self.row = store, actor, row
        text = QLabel(self.tr(
            "Case {number} is checked out to the laptop “{device}” of {user} until {until}. "
            "Released, it can be changed here again at once.\n\nThe laptop's work is not "
            "lost: when the laptop checks the case in later, its changes are still taken, "
            "and every value changed both there and here comes to the conflict screen for "
            "the officer to choose.").format(
                number=row.number, device=row.device_name, user=row.username,
                until=date_text(row.due_on)))
        text.setObjectName("releaseText")
        text.setWordWrap(True)
        self.reason = named(QPlainTextEdit(), "releaseReason",
                            self.tr("Why the case is released"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. the laptop was lost; an urgent decision"))
        self.reason.setFixedHeight(70)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        general = QLabel()
        general.setObjectName("releaseErrors")
        self.errors = FieldErrors(general)
        buttons = QDialogButtonBox()
        self.release_button = named(
            buttons.addButton(self.tr("Re&lease"), QDialogButtonBox.ButtonRole.AcceptRole),
            "releaseConfirm", self.tr("Release the case"))
        cancel = named(buttons.addButton(self.tr("Cancel"),
                                         QDialogButtonBox.ButtonRole.RejectRole),
                       "releaseCancel", self.tr("Cancel: the case stays checked out"))
        cancel.setDefault(True)
        self.release_button.setAutoDefault(False)
        self.release_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.release_button.setEnabled(bool(self.reason.toPlainText().strip())))
        buttons.accepted.connect(self.release)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors.label_for("reason", self.reason))
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.reason.setFocus()

    def release(self) -> None:
        store, actor, number = self.store, self.actor, self.row.number
        reason = self.reason.toPlainText()

        def action() -> bool:
            with store.uow() as uow:
                checkout.release(uow, actor, number, reason)
            return True

        if run_save(self, self.errors, action):
            self.accept()


class CheckoutsPanel(QWidget):
    """What is out on laptops: case, laptop, officer, since, due, state, quota."""

    open_case = Signal(str)
    loaded = Signal(int)
    #: Cases were checked out, in or released here (the main window refreshes its lists).
    changed = Signal()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutsPanel")
        self.store, self.actor = store, actor
        self._generation = 0
        self._rows: list[checkout.OutRow] = []
        self._started = False
        self._shown_once = False  # a list was read at least once
        self.today = date.today()
        self.may_check_out = allowed(actor.role, Action.CHECK_OUT_CASES)
        may_release = allowed(actor.role, Action.RELEASE_CHECKOUT)

        bar = QHBoxLayout()
        self.checkout_button = self.checkin_button = self.release_button = None
        if self.may_check_out:
            self.checkout_button = named(QPushButton(self.tr("Check &out to a laptop…")),
                                         "checkOutToLaptop",
                                         self.tr("Check cases out to a laptop"))
            self.checkout_button.clicked.connect(lambda: self.check_out())
            self.checkin_button = named(QPushButton(self.tr("Check &in from a file…")),
                                        "checkInFromFile",
                                        self.tr("Check cases in from a laptop's file"))
            self.checkin_button.clicked.connect(self.check_in)
            bar.addWidget(self.checkout_button)
            bar.addWidget(self.checkin_button)
        if may_release:
            self.release_button = named(QPushButton(self.tr("Re&lease…")), "releaseCheckout",
                                        self.tr("Release the chosen case from its laptop"))
            self.release_button.clicked.connect(self.release_selected)
            bar.addWidget(self.release_button)
        bar.addStretch(1)
        self.past = named(QCheckBox(self.tr("Show &past check-outs")), "checkoutsPast",
                          self.tr("Show returned and released check-outs too"))
        self.past.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.past)
        self.refresh_action = refresh_action(self, "actionRefreshCheckouts", self.refresh)
        self.refresh_button = refresh_button(
            self.refresh_action, "checkoutsRefresh", self.tr("Refresh the list"),
            self.tr("Load the list again (F5)"))
        # The button takes the action's tooltip whenever the action changes.
        self.refresh_action.setToolTip(self.refresh_button.toolTip())
        bar.addWidget(self.refresh_button)

        self.model, self.proxy, self.table = records_table(
            self, "CheckoutsTable", self._columns(), "checkoutsTable",
            self.tr("Cases out on laptops"), 4)
        fit_headers(self.table, (150, 160, 110, 140, 220, 100, 120))
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status_line = QLabel(self.tr("Loading…"))
        self.status_line.setObjectName("checkoutsStatus")
        self.status_line.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_line)
        self._update_buttons()

    def _columns(self) -> list[Column]:
        def red(row: checkout.OutRow):
            return OVERDUE if self._overdue(row) else None

        return [
            Column(_N("CheckoutsTable", "Case"), self._case_text),
            Column(_N("CheckoutsTable", "Laptop"), lambda r: r.device_name),
            Column(_N("CheckoutsTable", "Officer"), lambda r: r.username),
            Column(_N("CheckoutsTable", "Out since"), lambda r: datetime_text(r.out_at),
                   key=lambda r: r.out_at.timestamp()),
            Column(_N("CheckoutsTable", "Due back"), self._due_text,
                   key=lambda r: r.due_on.toordinal(), color=red),
            Column(_N("CheckoutsTable", "State"), lambda r: state_text(r.state)),
            Column(_N("CheckoutsTable", "New petitions"), self._quota_text,
                   key=lambda r: (r.quota, r.quota_used)),
        ]

    def _overdue(self, row: checkout.OutRow) -> bool:
        return row.state in (OUT, HELD) and row.due_on < self.today

    def _case_text(self, row: checkout.OutRow) -> str:
        return row.number if row.kind != KIND_QUOTA else self.tr("(new petitions)")

    def _due_text(self, row: checkout.OutRow) -> str:
        text = date_text(row.due_on)
        if self._overdue(row):
            days = (self.today - row.due_on).days
            return self.tr("{date} — overdue by %Ln day(s)", "", days).format(date=text)
        return text

    def _quota_text(self, row: checkout.OutRow) -> str:
        if row.kind != KIND_QUOTA:
            return ""
        return self.tr("{used} of {total}").format(used=number_text(row.quota_used),
                                                   total=number_text(row.quota))

    # ---- loading

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self._started = True
        self._generation += 1
        generation = self._generation
        store, actor, open_only = self.store, self.actor, not self.past.isChecked()
        self.status_line.setText(self.tr("Loading…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                return checkout.list_checkouts(uow, actor, open_only=open_only)

        def done(rows) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(rows)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(error_text(exc))

        run_task(fetch, done, failed)

    def _show(self, rows: list[checkout.OutRow]) -> None:
        self._shown_once = True
        self.today = date.today()
        self._rows = rows
        self.model.set_records(rows)
        # States and laptop names are as long as the language makes them: fit them, but
        # never narrower than the heading's width.
        for column in range(self.model.columnCount() - 1):
            wanted = self.table.sizeHintForColumn(column) + 16
            if wanted > self.table.columnWidth(column):
                self.table.setColumnWidth(column, wanted)
        self._summarise()
        self._update_buttons()
        self.loaded.emit(len(rows))

    def _summarise(self) -> None:
        out = [r for r in self._rows if r.kind != KIND_QUOTA and r.state in (OUT, HELD)]
        overdue = sum(1 for r in out if self._overdue(r))
        if not self._rows:
            text = self.tr("No case is out on a laptop.")
        else:
            text = self.tr("Cases out on laptops: %Ln", "", len(out))
            if overdue:
                text += " · " + self.tr("overdue: %Ln", "", overdue)
        self.status_line.setText(text)

    def refresh_when_shown(self) -> None:
        """Read the list again now if it is on screen, else when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._started = False

    def retranslate(self) -> None:
        """After a change of language: dates, states and counts written the new way."""
        self.model.set_records(self._rows)
        if self._shown_once:
            self._summarise()
        self._update_buttons()

    def rows(self) -> list[checkout.OutRow]:
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def selected(self) -> checkout.OutRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), index.parent()):
            return None
        return self.proxy.record_at(index.row())

    def _update_buttons(self, *_args) -> None:
        if self.release_button is not None:
            row = self.selected()
            self.release_button.setEnabled(
                row is not None and row.kind != KIND_QUOTA and row.state == OUT)

    def _open_index(self, index) -> None:
        row = self.proxy.record_at(index.row())
        if row is not None and row.kind != KIND_QUOTA and row.number:
            self.open_case.emit(row.number)

    # ---- actions

    def _after(self, *_args) -> None:
        self.refresh()
        self.changed.emit()

    def check_out(self, numbers: list[str] | None = None) -> None:
        dialog = CheckoutDialog(self.store, self.actor, self, numbers=numbers or [])
        dialog.checked_out.connect(self._after)
        self._run(dialog)

    def check_in(self) -> None:
        dialog = CheckinDialog(self.store, self.actor, self)
        dialog.checked_in.connect(self._after)
        self._run(dialog)

    def release_selected(self) -> None:
        row = self.selected()
        if row is None or row.kind == KIND_QUOTA or row.state != OUT:
            return
        dialog = ReleaseDialog(self.store, self.actor, row, self)
        if self._run(dialog) == QDialog.DialogCode.Accepted:
            self._after()

    @staticmethod
    def _run(dialog: QDialog) -> int:
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------
# the case file's line


def checkout_banner_text(store: Store, actor: Actor, number: str) -> str | None:
    """The line a case file shows while the case is out on a laptop (read only here), in
    the interface language; None when it is not out."""
    with store.uow(readonly=True) as uow:
        found = checkout.out_record(uow, number)
    return banner_text(found)


def banner_text(found: checkout.OutRow | None) -> str | None:
    if found is None:
        return None
    template = _BANNER_OVERDUE if found.due_on < date.today() else _BANNER
    return _t(template).format(device=found.device_name, user=found.username,
                               until=date_text(found.due_on))


_BANNER = _N("Offline", "Checked out to the laptop “{device}” of {user} until {until}: read "
                        "only here until it is checked in or released.")
_BANNER_OVERDUE = _N("Offline", "Checked out to the laptop “{device}” of {user}; it was due "
                                "back on {until}: read only here until it is checked in or "
                                "released.")
