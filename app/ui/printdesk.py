"""The print desk: what waits to be printed, the register of what was issued,
certificates about to expire, and checking a certificate someone shows.

* **To print** — the queue (receipts, decision letters, refugee certificates),
  a preview of the selected item, and batch printing or saving: one printer
  dialog, then each document is issued and printed in turn with a progress
  dialog whose Cancel stops after the current document.
* **Register** — every registered paper, newest first; reprint a duplicate,
  record the hand-over, void, replace a lost certificate.
* **Expiring certificates** — valid certificates ending within N days; Enter or
  a double click asks for the case (``open_case``).
* **Verify** — number and code, or the QR text; the answer says only whether
  the certificate is genuine and valid, never whose it is.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import (
    CertificateKind,
    CertificateState,
    DocType,
    LetterKind,
    Verification,
)
from app.services import printing
from app.ui import printing as print_ui
from app.ui.approvals import (
    OVERDUE,
    Column,
    RecordsModel,
    records_table,
    refresh_action,
    refresh_button,
)
from app.ui.casefile.names_editor import table_defaults
from app.ui.forms import FieldErrors, confirm, enum_text, named, run_save, vocab_text
from app.ui.locale_format import (
    date_text,
    datetime_text,
    localize_date_edit,
    long_date_text,
    number_text,
)
from app.ui.messages import error_text
from app.ui.printing import (
    BatchItem,
    BatchResult,
    DocumentBatch,
    PdfPreview,
    language_combo,
    language_text,
    summary_text,
)
from app.ui.tables import fit_headers
from app.ui.tasks import run_task

_N = QT_TRANSLATE_NOOP

#: A queue selection waits this long before its preview is made (arrow keys run through rows).
PREVIEW_DELAY_MS = 250
#: Typing in the register's search box waits this long before searching.
SEARCH_DELAY_MS = 300
REGISTER_LIMIT = 500
#: The queue lists at most this many papers, the oldest first.
QUEUE_LIMIT = 1000
#: Certificates ending this soon are shown in red.
URGENT_DAYS = 7

VOIDED = QColor("#8a8a8a")

PRINT, SAVE = "print", "save"


def what_text(doc_type: DocType | str, what: str) -> str:
    """What a document is about (the kind of letter or certificate), in words; empty when
    that is what the kind of document already says (a refugee certificate)."""
    if not what:
        return ""
    if DocType(doc_type) == DocType.LETTER:
        return enum_text(LetterKind, what)
    text = enum_text(CertificateKind, what)
    return "" if text == vocab_text(DocType(doc_type)) else text


def document_text(doc_type: DocType | str, what: str) -> str:
    """The kind of document, with the kind of letter for letters."""
    kind = vocab_text(DocType(doc_type))
    if DocType(doc_type) == DocType.LETTER and what:
        return QCoreApplication.translate("PrintDesk", "{document}: {what}").format(
            document=kind, what=what_text(doc_type, what))
    return kind


def item_label(doc_type: DocType | str, what: str, case_number: str) -> str:
    """How progress and summaries name a document: its kind and the case number."""
    return QCoreApplication.translate("PrintDesk", "{document}, case {case}").format(
        document=document_text(doc_type, what), case=case_number)


def ask_output(parent: QWidget, title: str, text: str, print_text: str,
               save_text: str) -> str | None:
    """Print or save (or neither): ``PRINT``, ``SAVE`` or None. Cancel is the default."""
    box = QMessageBox(parent)
    box.setObjectName("outputPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    print_button = box.addButton(print_text, QMessageBox.ButtonRole.AcceptRole)
    print_button.setObjectName("outputPrint")
    save_button = box.addButton(save_text, QMessageBox.ButtonRole.AcceptRole)
    save_button.setObjectName("outputSave")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is print_button:
        return PRINT
    if clicked is save_button:
        return SAVE
    return None


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """A reason, required: asked again while it is blank; None when cancelled."""
    text = ""
    prompt = label
    while True:
        text, ok = QInputDialog.getMultiLineText(parent, title, prompt, text)
        if not ok:
            return None
        if text.strip():
            return text.strip()
        prompt = QCoreApplication.translate("PrintDesk", "{label}\n\nA reason is required.") \
            .format(label=label)


def _bar_button(text: str, object_name: str, accessible: str, tooltip: str = "") -> QPushButton:
    button = named(QPushButton(text), object_name, accessible)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def _status_line(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BatchProgress(QProgressDialog):
    """"Printing 2 of 5"; Cancel (or Esc) asks the batch to stop after the current document
    and the dialog stays open until it has."""

    def __init__(self, parent: QWidget, total: int, *, saving: bool) -> None:
        super().__init__(parent)
        self.setObjectName("batchProgress")
        self.setAccessibleName(self.tr("Progress of the batch"))
        self.saving = saving
        self.setWindowTitle(self.tr("Saving documents") if saving else self.tr("Printing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, total)
        self.setValue(0)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "batchCancel",
                                   self.tr("Stop after the current document"))
        self.setCancelButton(self.cancel_button)
        # Cancel must not hide the dialog while the current document is still going.
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self._stopping)
        self.stopping = False

    def _stopping(self) -> None:
        self.stopping = True
        self.cancel_button.setEnabled(False)
        self.setLabelText(self.tr("Stopping after the current document…"))

    def show_item(self, index: int, label: str) -> None:
        if self.stopping:
            return
        text = self.tr("Saving {n} of {total}: {what}") if self.saving \
            else self.tr("Printing {n} of {total}: {what}")
        self.setLabelText(text.format(n=index + 1, total=self.maximum(), what=label))

    def reject(self) -> None:  # Esc: the same as Cancel
        if not self.stopping:
            self.canceled.emit()

    def closeEvent(self, event) -> None:
        event.ignore()
        self.reject()


# ---------------------------------------------------------------------------
# to print


class QueuePage(QWidget):
    """What waits to be printed, a preview of the selected item, and batch print/save."""

    loaded = Signal(int)
    issued = Signal()  # documents were registered
    batch_done = Signal(object)  # BatchResult

    COL_SINCE = 4

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueuePage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._preview_generation = 0
        self._loaded_once = False
        self.batch: DocumentBatch | None = None
        self.progress: BatchProgress | None = None
        self.notice = ""  # what the last batch did, kept above the counts

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        self.language = language_combo(
            "queueLanguage", self.tr("Language of the documents"),
            case_language_entry=self.tr("Each case's language"))
        self.language.setToolTip(self.tr("Print in each case's language, or in this one"))
        language_label.setBuddy(self.language)
        self.refresh_action = refresh_action(self, "actionRefreshPrintQueue", self.refresh)
        self.refresh_button = refresh_button(self.refresh_action, "queueRefresh",
                                              self.tr("Refresh the queue"),
                                              self.tr("Load the queue again (F5)"))
        bar.addWidget(language_label)
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.model, self.proxy, self.table = records_table(
            self, "PrintQueue", self._columns(), "queueTable",
            self.tr("Documents waiting to be printed"), self.COL_SINCE)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_headers(self.table, (150, 170, 120, 160, 88))

        self.preview = PdfPreview("queuePreview")
        self.preview.install_shortcuts(self)
        self.preview.show_message(self.tr("Select a document to preview it."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("queueSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 400])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.print_action = QAction(self.tr("Pr&int selected…"), self)
        self.print_action.setObjectName("actionPrintSelected")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_selected)
        self.save_action = QAction(self.tr("&Save selected as PDF…"), self)
        self.save_action.setObjectName("actionSaveSelected")
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_selected)
        self.addActions([self.print_action, self.save_action])
        self.preview_button = _bar_button(
            self.tr("Previe&w"), "queuePreviewButton",
            self.tr("Preview the selected document"),
            self.tr("Show the selected document as it will print (not registered)"))
        self.print_button = _bar_button(
            self.print_action.text(), "queuePrint", self.tr("Print the selected documents"),
            self.tr("Register and print the selected documents (Ctrl+P)"))
        self.save_button = _bar_button(
            self.save_action.text(), "queueSave",
            self.tr("Save the selected documents as PDF"),
            self.tr("Register the selected documents and save each as a PDF file named "
                    "after its register number (Ctrl+Shift+S)"))
        self.preview_button.clicked.connect(self.preview_current)
        self.print_button.clicked.connect(self.print_action.trigger)
        self.save_button.clicked.connect(self.save_action.trigger)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.status_line = _status_line("queueStatus")
        layout.addWidget(self.status_line)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview_current)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._preview_timer.start())
        self.language.currentIndexChanged.connect(lambda *_a: self._preview_timer.start())

        self.setTabOrder(self.language, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        self.setTabOrder(self.table, self.preview_button)
        self.setTabOrder(self.preview_button, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self._update_buttons()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(_N("PrintQueue", "Document"), lambda i: vocab_text(i.doc_type)),
            Column(_N("PrintQueue", "What"), lambda i: what_text(i.doc_type, i.what)),
            Column(_N("PrintQueue", "Case"), lambda i: i.case_number),
            Column(_N("PrintQueue", "Applicant"), lambda i: i.applicant),
            Column(_N("PrintQueue", "Ready since"), lambda i: date_text(i.since),
                   key=lambda i: i.since.toordinal()),
            Column(_N("PrintQueue", "Language"), lambda i: language_text(i.language)),
        ]

    # ---- loading

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        self.status_line.setText(self.tr("Loading…"))

        def fetch():
            with store.uow(readonly=True) as uow:
                return printing.print_queue(uow, actor, limit=QUEUE_LIMIT)

        def done(items) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(items)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(error_text(exc))

        run_task(fetch, done, failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded_once and self.batch is None:
            self.refresh()

    def _show(self, items: list) -> None:
        selected = {item.key for item in self.selected_items()}
        current = self.current_item()
        self._loaded_once = True
        self.model.set_records(items)
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            item = self.proxy.record_at(row)
            if item.key in selected:
                selection.select(self.proxy.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            if current is not None and item.key == current.key:
                selection.setCurrentIndex(self.proxy.index(row, 0),
                                          selection.SelectionFlag.NoUpdate)
        if not self.selected_items():
            self.preview.show_message(self.tr("Select a document to preview it.") if items
                                      else self.tr("Nothing is waiting to be printed."))
        self._update_buttons()
        self._count_text()
        self.loaded.emit(len(items))

    def _count_text(self) -> None:
        total = self.model.rowCount()
        chosen = len(self.selected_items())
        text = self.tr("Waiting to be printed: %Ln", "", total) if total \
            else self.tr("Nothing is waiting to be printed.")
        if total >= QUEUE_LIMIT:
            text += " · " + self.tr("the {limit} oldest are listed; print them and refresh "
                                    "for the next").format(limit=number_text(QUEUE_LIMIT))
        if chosen:
            text += " · " + self.tr("selected: %Ln", "", chosen)
        self.status_line.setText(f"{self.notice}\n{text}" if self.notice else text)

    # ---- selection and preview

    def items(self) -> list:
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def selected_items(self) -> list:
        """The selected items in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.record_at(row) for row in rows]

    def current_item(self):
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.proxy.record_at(index.row())
        chosen = self.selected_items()
        return chosen[0] if chosen else None

    def select_keys(self, keys) -> None:
        """Select the items with these keys (and nothing else)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        first = None
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).key in keys:
                index = self.proxy.index(row, 0)
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
                first = index if first is None else first
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self._preview_timer.start()

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        self._count_text()
        self._preview_timer.start()

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_items())
        idle = self.batch is None
        self.print_action.setEnabled(chosen and idle)
        self.save_action.setEnabled(chosen and idle)
        self.print_button.setEnabled(chosen and idle)
        self.save_button.setEnabled(chosen and idle)
        self.preview_button.setEnabled(chosen and idle)

    def preview_current(self) -> None:
        self._preview_timer.stop()
        item = self.current_item()
        self._preview_generation += 1
        generation = self._preview_generation
        if item is None:
            self.preview.show_message(self.tr("Select a document to preview it."))
            return
        store, actor = self.store, self.actor
        language = self.language.currentData() or item.language
        self.preview.show_message(self.tr("Preparing the preview…"))

        def fetch() -> bytes:
            with store.uow(readonly=True) as uow:
                return printing.preview(uow, actor, item.doc_type, item.case_number,
                                        language=language, target_id=item.target_id)

        def done(pdf: bytes) -> None:
            if shiboken6.isValid(self) and generation == self._preview_generation:
                self.preview.set_pdf(pdf)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._preview_generation:
                self.preview.show_message(self.tr("The preview could not be made: {reason}")
                                          .format(reason=error_text(exc)))

        run_task(fetch, done, failed)

    # ---- printing and saving

    def print_selected(self) -> None:
        items = self.selected_items()
        if not items or self.batch is not None:
            return
        printer = print_ui.choose_printer(self)
        if printer is None:
            return  # nothing registered
        self._run_batch(items, printer=printer)

    def save_selected(self) -> None:
        items = self.selected_items()
        if not items or self.batch is not None:
            return
        folder = print_ui.choose_folder(self)
        if folder is None:
            return
        self._run_batch(items, folder=folder)

    def _issuer(self, item, language: str | None):
        store, actor = self.store, self.actor

        def issue():
            with store.uow() as uow:
                return printing.issue_document(uow, actor, item.doc_type, item.case_number,
                                               language=language or None,
                                               target_id=item.target_id)

        return issue

    def _run_batch(self, items: list, *, printer=None, folder=None) -> None:
        self.notice = ""
        language = self.language.currentData()
        labels = [item_label(i.doc_type, i.what, i.case_number) for i in items]
        batch_items = [BatchItem(label, self._issuer(item, language))
                       for label, item in zip(labels, items, strict=True)]
        self.batch = DocumentBatch(batch_items, printer=printer, folder=folder, parent=self)
        self.progress = BatchProgress(self, len(items), saving=folder is not None)
        self.batch.started_item.connect(lambda i: self.progress.show_item(i, labels[i]))
        self.batch.progressed.connect(self.progress.setValue)
        self.progress.canceled.connect(self.batch.cancel)
        self.batch.finished.connect(self._batch_finished)
        self._update_buttons()
        self.progress.show()
        self.batch.start()

    def _batch_finished(self, result: BatchResult) -> None:
        saving = self.batch.folder is not None if self.batch else False
        self.batch = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        text = summary_text(result, saving=saving)
        if saving and result.saved:
            text += "\n" + self.tr("Folder: {folder}").format(folder=str(result.saved[0].parent))
        self.notice = text
        self._update_buttons()
        self.refresh()
        if result.printed:
            self.issued.emit()
        self._count_text()
        self.batch_done.emit(result)
        title = self.tr("Documents saved") if saving else self.tr("Documents printed")
        if result.failed:
            QMessageBox.warning(self, title, text)
        else:
            QMessageBox.information(self, title, text)


# ---------------------------------------------------------------------------
# the register


class RegisterModel(RecordsModel):
    """Void papers grey and struck through; duplicates in italics."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.record_at(index.row())
            if row is not None and (row.voided or row.duplicate_of):
                font = QFont()
                font.setStrikeOut(row.voided)
                font.setItalic(bool(row.duplicate_of) and not row.voided)
                return font
        return super().data(index, role)


class HandoverDialog(QDialog):
    """To whom and on which day a registered paper was handed over."""

    def __init__(self, store: Store, actor: Actor, row, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.store, self.actor, self.row = store, actor, row
        self.setWindowTitle(self.tr("Hand-over of {number}").format(number=row.register_number))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        general = QLabel()
        general.setObjectName("handoverErrors")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.handed_to = named(QLineEdit(row.handed_to), "handoverName",
                               self.tr("Handed over to"))
        self.handed_to.setPlaceholderText(self.tr("The applicant, or the person who collected it"))
        self.on = named(localize_date_edit(QDateEdit()), "handoverDate",
                        self.tr("Date of the hand-over"))
        self.on.setCalendarPopup(True)
        today = QDate.currentDate()
        self.on.setMaximumDate(today)
        issued = row.issued_on
        self.on.setMinimumDate(QDate(issued.year, issued.month, issued.day))
        self.on.setDate(today if row.handed_over_on is None else QDate(
            row.handed_over_on.year, row.handed_over_on.month, row.handed_over_on.day))
        for text, widget, path in ((self.tr("Handed &to:"), self.handed_to, "document.handed_to"),
                                   (self.tr("&On:"), self.on, "document.handed_over_on")):
            label = QLabel(text)
            label.setBuddy(widget)
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(widget)
            inner.addWidget(self.errors.label_for(path, widget))
            form.addRow(label, box)
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("handoverButtons")
        named(buttons.button(QDialogButtonBox.StandardButton.Save), "handoverSave",
              self.tr("Record the hand-over"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "handoverCancel",
              self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        store, actor, number = self.store, self.actor, self.row.register_number
        name, on = self.handed_to.text(), self.on.date().toPython()

        def action():
            with store.uow() as uow:
                printing.record_handover(uow, actor, number, name, on)
            return True

        if run_save(self, self.errors, action):
            self.accept()


class RegisterPage(QWidget):
    """Issued documents, newest first, and what can be done with one."""

    loaded = Signal(int)
    changed = Signal()  # a paper was reprinted, handed over, voided or replaced

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._loaded_once = False
        self.batch: DocumentBatch | None = None
        self._count = ""
        self._notice = ""  # what the last action did, kept above the count

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        search_label = QLabel(self.tr("Fi&nd:"))
        self.search = named(QLineEdit(), "registerSearch",
                            self.tr("Find by register, case or certificate number"))
        self.search.setPlaceholderText(self.tr("Register, case or certificate number…"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        type_label = QLabel(self.tr("T&ype:"))
        self.type_filter = named(QComboBox(), "registerType", self.tr("Type of document"))
        self.type_filter.addItem(self.tr("All documents"), None)
        for doc_type in DocType:
            self.type_filter.addItem(vocab_text(doc_type), doc_type.value)
        type_label.setBuddy(self.type_filter)
        self.refresh_action = refresh_action(self, "actionRefreshRegister", self.refresh)
        self.refresh_button = refresh_button(self.refresh_action, "registerRefresh",
                                              self.tr("Refresh the register"),
                                              self.tr("Load the register again (F5)"))
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(type_label)
        bar.addWidget(self.type_filter, 1)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.model = RegisterModel("DocumentRegister", self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setAccessibleName(self.tr("Register of issued documents"))
        self.table.setModel(self.model)
        table_defaults(self.table)
        # What a clerk looks for first comes first; at 1280 pixels the hand-over, the
        # issuer and the language are a scroll away.
        fit_headers(self.table, (140, 230, 120, 170, 120, 190, 135, 140, 110))
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.reprint_button = _bar_button(
            self.tr("Repr&int (duplicate)…"), "registerReprint",
            self.tr("Print a duplicate of the selected document"),
            self.tr("Print or save a copy marked “duplicate”; the reprint is registered"))
        self.handover_button = _bar_button(
            self.tr("Record hand-&over…"), "registerHandover",
            self.tr("Record to whom the document was handed over"))
        self.void_button = _bar_button(
            self.tr("Voi&d…"), "registerVoid", self.tr("Void the selected document"),
            self.tr("Void a paper issued in error; a certificate on it is voided too"))
        self.replace_button = _bar_button(
            self.tr("Rep&lace certificate…"), "registerReplace",
            self.tr("Replace a lost or damaged certificate"),
            self.tr("Issue a new certificate number in place of the selected one"))
        for button in (self.reprint_button, self.handover_button, self.void_button,
                       self.replace_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The whole register as the search and type select it (Ctrl+E on this page).
        self.export_action = QAction(self.tr("E&xport…"), self)
        self.export_action.setObjectName("actionExportRegister")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export)
        self.addAction(self.export_action)
        self.export_button = _bar_button(
            self.export_action.text(), "registerExport",
            self.tr("Export the register"),
            self.tr("Save every document the search and type select as an Excel or CSV "
                    "file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_action.trigger)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.status_line = _status_line("registerStatus")
        layout.addWidget(self.status_line)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda *_a: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.type_filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reprint_button.clicked.connect(self.reprint)
        self.handover_button.clicked.connect(self.record_handover)
        self.void_button.clicked.connect(self.void)
        self.replace_button.clicked.connect(self.replace_certificate)

        self.setTabOrder(self.search, self.type_filter)
        self.setTabOrder(self.type_filter, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        self.setTabOrder(self.table, self.reprint_button)
        self.setTabOrder(self.reprint_button, self.handover_button)
        self.setTabOrder(self.handover_button, self.void_button)
        self.setTabOrder(self.void_button, self.replace_button)
        self.setTabOrder(self.replace_button, self.export_button)
        self._update_buttons()
        self.refresh()

    def _columns(self) -> list[Column]:
        def grey(row):
            return VOIDED if row.voided else None

        return [
            Column(_N("DocumentRegister", "Register number"), lambda r: r.register_number,
                   color=grey),
            Column(_N("DocumentRegister", "Document"),
                   lambda r: document_text(r.doc_type, r.what), color=grey),
            Column(_N("DocumentRegister", "Case"), lambda r: r.case_number, color=grey),
            Column(_N("DocumentRegister", "Applicant"), lambda r: r.applicant, color=grey),
            # The date printed on the paper; the moment it was registered in the tooltip.
            Column(_N("DocumentRegister", "Issued"), lambda r: date_text(r.issued_on),
                   key=lambda r: (r.issued_on, r.issued_at), color=grey,
                   tooltip=lambda r: datetime_text(r.issued_at)),
            Column(_N("DocumentRegister", "State"), self._state_text, color=grey,
                   tooltip=self._state_tooltip),
            Column(_N("DocumentRegister", "Duplicate of"), lambda r: r.duplicate_of or "",
                   color=grey),
            Column(_N("DocumentRegister", "Handed over"), self._handover_text, color=grey),
            Column(_N("DocumentRegister", "By"), lambda r: r.issued_by, color=grey),
            Column(_N("DocumentRegister", "Language"), lambda r: language_text(r.language),
                   color=grey),
        ]

    def _handover_text(self, row) -> str:
        if not row.handed_to:
            return ""
        return self.tr("{name}, {date}").format(name=row.handed_to,
                                                date=date_text(row.handed_over_on))

    def _state_text(self, row) -> str:
        if row.voided:
            return self.tr("Void")
        if row.certificate_number:  # the state first: it is what a narrow column shows
            return self.tr("{state} — {certificate}").format(
                state=enum_text(CertificateState, row.certificate_state),
                certificate=row.certificate_number)
        return ""

    def _state_tooltip(self, row) -> str:
        if row.voided:
            return self.tr("Void: {reason}").format(reason=row.void_reason)
        if row.certificate_number:
            return self.tr("Certificate {certificate}: {state}").format(
                certificate=row.certificate_number,
                state=enum_text(CertificateState, row.certificate_state))
        return ""

    # ---- loading

    def refresh(self) -> None:
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        text, doc_type = self.search.text(), self.type_filter.currentData()

        def fetch():
            with store.uow(readonly=True) as uow:
                return printing.register(uow, actor, text=text, doc_type=doc_type,
                                         limit=REGISTER_LIMIT)

        def done(rows) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(rows)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.notify(error_text(exc))

        run_task(fetch, done, failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.refresh()

    def _show(self, rows: list) -> None:
        selected = self.selected_row()
        self._loaded_once = True
        self.model.set_records(rows)
        if selected is not None:
            self.select(selected.register_number)
        filtered = bool(self.search.text().strip() or self.type_filter.currentData())
        if not rows:
            text = self.tr("No document matches.") if filtered \
                else self.tr("No document has been issued yet.")
        elif len(rows) >= REGISTER_LIMIT:
            text = self.tr("The newest {count} documents; search to find older ones.").format(
                count=number_text(len(rows)))
        else:
            text = self.tr("Documents: %Ln", "", len(rows))
        self._count = text
        self._show_status()
        self._update_buttons()
        self.loaded.emit(len(rows))

    def notify(self, text: str) -> None:
        """Say what the last action did (it stays while the register reloads)."""
        self._notice = text
        self._show_status()

    def _show_status(self) -> None:
        parts = [part for part in (self._notice, self._count) if part]
        self.status_line.setText("\n".join(parts))

    def rows(self) -> list:
        return self.model.records()

    def selected_row(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select(self, register_number: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).register_number == register_number:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        row, role = self.selected_row(), self.actor.role
        live = row is not None and not row.voided and self.batch is None
        certificate_ok = row is not None and (
            row.certificate_state in (None, CertificateState.VALID.value))
        sensitive_ok = row is not None and (
            row.doc_type != DocType.INTERVIEW or allowed(role, Action.VIEW_SENSITIVE))
        self.reprint_button.setEnabled(live and certificate_ok and sensitive_ok
                                       and allowed(role, Action.PRINT_DOCUMENT))
        self.handover_button.setEnabled(live and allowed(role, Action.PRINT_DOCUMENT))
        self.void_button.setEnabled(live and allowed(role, Action.VOID_DOCUMENT))
        replaceable = live and row.certificate_number is not None \
            and row.certificate_state == CertificateState.VALID.value \
            and row.doc_type in (DocType.CERTIFICATE, DocType.RECEIPT) \
            and allowed(role, Action.VOID_DOCUMENT) \
            and (row.doc_type != DocType.CERTIFICATE
                 or allowed(role, Action.ISSUE_CERTIFICATE))
        self.replace_button.setEnabled(replaceable)

    # ---- actions

    def reprint(self) -> None:
        row = self.selected_row()
        if row is None or not self.reprint_button.isEnabled():
            return
        choice = ask_output(
            self, self.tr("Reprint"),
            self.tr("Make a duplicate of {number} ({document}, case {case})? The copy is "
                    "marked “duplicate” and registered under a number of its own.").format(
                number=row.register_number, document=document_text(row.doc_type, row.what),
                case=row.case_number),
            self.tr("&Print the duplicate…"), self.tr("&Save the duplicate as PDF…"))
        if choice is None:
            return
        store, actor, number = self.store, self.actor, row.register_number

        def call():
            with store.uow() as uow:
                return printing.reprint(uow, actor, number)

        self._output(choice, call, item_label(row.doc_type, row.what, row.case_number))

    def record_handover(self) -> None:
        row = self.selected_row()
        if row is None or not self.handover_button.isEnabled():
            return
        dialog = HandoverDialog(self.store, self.actor, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.notify(self.tr("Hand-over of {number} recorded.").format(
                number=row.register_number))
            self.changed.emit()
            self.refresh()

    def void(self) -> None:
        row = self.selected_row()
        if row is None or not self.void_button.isEnabled():
            return
        reason = ask_reason(self, self.tr("Void {number}").format(number=row.register_number),
                            self.tr("Why is this document void?"))
        if reason is None:
            return
        text = self.tr("Void {number} ({document}, case {case}) — this cannot be undone.") \
            .format(number=row.register_number, document=document_text(row.doc_type, row.what),
                    case=row.case_number)
        if row.certificate_number and row.certificate_state == CertificateState.VALID.value:
            text += "\n\n" + self.tr(
                "Certificate {certificate} printed on it is voided too, with every other "
                "copy of it: it will no longer verify as valid.").format(
                    certificate=row.certificate_number)
        if not confirm(self, self.tr("Void the document"), text):
            return
        try:
            with self.store.uow() as uow:
                printing.void_document(uow, self.actor, row.register_number, reason)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not voided"), error_text(exc))
            return
        self.notify(self.tr("{number} is void.").format(number=row.register_number))
        self.changed.emit()
        self.refresh()

    def replace_certificate(self) -> None:
        row = self.selected_row()
        if row is None or not self.replace_button.isEnabled():
            return
        certificate = row.certificate_number
        reason = ask_reason(
            self, self.tr("Replace certificate {number}").format(number=certificate),
            self.tr("Why is the certificate replaced (lost, stolen, damaged…)?"))
        if reason is None:
            return
        choice = ask_output(
            self, self.tr("Replace certificate"),
            self.tr("Replace certificate {number} (case {case})? It is marked replaced and will "
                    "no longer verify as valid; a new certificate number is issued with the "
                    "same validity — this cannot be undone.").format(
                number=certificate, case=row.case_number),
            self.tr("Replace and &print…"), self.tr("Replace and &save as PDF…"))
        if choice is None:
            return
        store, actor = self.store, self.actor

        def call():
            with store.uow() as uow:
                return printing.replace_certificate(uow, actor, certificate, reason)

        self._output(choice, call, item_label(row.doc_type, row.what, row.case_number))

    def _output(self, choice: str, call, label: str) -> None:
        """Run ``call`` (which registers a paper) and print or save what it returns.

        For printing the printer is chosen first: a cancelled dialog registers nothing.
        """
        if choice == PRINT:
            printer = print_ui.choose_printer(self)
            if printer is None:
                return
            self.batch = DocumentBatch([BatchItem(label, call)], printer=printer, parent=self)
            self.batch.finished.connect(self._printed)
            self._update_buttons()
            self.notify(self.tr("Printing…"))
            self.batch.start()
            return

        self.notify(self.tr("Registering…"))

        def done(printed) -> None:
            if not shiboken6.isValid(self):
                return
            self.changed.emit()
            self.refresh()
            path = print_ui.save_pdf(self, printed.pdf, printed.register_number)
            if path is None:
                self.notify(self.tr(
                    "Registered as {number}, but not saved.").format(
                        number=printed.register_number))
            else:
                self.notify(self.tr("Registered as {number} and saved as "
                                                 "“{file}”.").format(
                    number=printed.register_number, file=path.name))

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self.notify(error_text(exc))
                QMessageBox.warning(self, self.tr("Not done"), error_text(exc))

        run_task(call, done, failed)

    def export(self) -> None:
        """Export the register as the search box and the type select it — every such
        document, not only the newest the table lists."""
        from app.services import exports
        from app.ui.export_dialog import export_tables, header_text, value_text

        if not self.export_button.isEnabled():
            return
        actor, text, doc_type = self.actor, self.search.text(), self.type_filter.currentData()

        def tables(uow, leave_out_sensitive: bool):
            return exports.register_table(uow, actor, text, doc_type, header_text,
                                          values=value_text,
                                          leave_out_sensitive=leave_out_sensitive)

        export_tables(self, self.store, actor, tables, "register", name="register",
                      busy=self._exporting, progress=self._exported_so_far)

    def _exporting(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.export_action.setEnabled(not busy)
        self.notify(self.tr("Exporting…") if busy else "")

    def _exported_so_far(self, rows: int) -> None:
        if not self.export_button.isEnabled():  # still exporting
            self.notify(self.tr("Exporting… rows written: %Ln", "", rows))

    def _printed(self, result: BatchResult) -> None:
        self.batch = None
        text = summary_text(result, saving=False)
        if result.printed:
            text = self.tr("Registered as {number} and sent to the printer.").format(
                number=result.printed[0].register_number)
            self.changed.emit()
        self.notify(text)
        self.refresh()
        if result.failed:
            QMessageBox.warning(self, self.tr("Not printed"), text)


# ---------------------------------------------------------------------------
# expiring certificates


class ExpiringPage(QWidget):
    """Valid certificates that end within N days, soonest first."""

    open_case = Signal(str)
    loaded = Signal(int)

    COL_DAYS = 5

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("expiringPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._loaded_once = False

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        days_label = QLabel(self.tr("Ending &within:"))
        self.days = named(QSpinBox(), "expiringDays", self.tr("Ending within how many days"))
        self.days.setRange(0, 366)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        days_label.setBuddy(self.days)
        self.refresh_action = refresh_action(self, "actionRefreshExpiring", self.refresh)
        self.refresh_button = refresh_button(self.refresh_action, "expiringRefresh",
                                              self.tr("Refresh the list"),
                                              self.tr("Load the list again (F5)"))
        bar.addWidget(days_label)
        bar.addWidget(self.days)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.model, self.proxy, self.table = records_table(
            self, "ExpiringCertificates", self._columns(), "expiringTable",
            self.tr("Certificates ending soon"), self.COL_DAYS)
        fit_headers(self.table, (170, 200, 130, 280, 110, 110))
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.status_line = _status_line("expiringStatus")
        layout.addWidget(self.status_line)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.days.valueChanged.connect(lambda *_a: self._timer.start())
        self.setTabOrder(self.days, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        self.refresh()

    def _columns(self) -> list[Column]:
        def red(row):
            return OVERDUE if row.days_left <= URGENT_DAYS else None

        return [
            Column(_N("ExpiringCertificates", "Certificate"), lambda r: r.certificate_number),
            Column(_N("ExpiringCertificates", "Kind"),
                   lambda r: enum_text(CertificateKind, r.kind)),
            Column(_N("ExpiringCertificates", "Case"), lambda r: r.case_number),
            Column(_N("ExpiringCertificates", "Holder"), lambda r: r.holder),
            Column(_N("ExpiringCertificates", "Valid to"), lambda r: date_text(r.valid_to),
                   key=lambda r: r.valid_to.toordinal(), color=red),
            Column(_N("ExpiringCertificates", "Days left"), self._days_text,
                   key=lambda r: r.days_left, color=red),
        ]

    def _days_text(self, row) -> str:
        if row.days_left == 0:
            return self.tr("ends today")
        return self.tr("%Ln day(s)", "", row.days_left)

    def refresh(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        store, actor, within = self.store, self.actor, self.days.value()

        def fetch():
            with store.uow(readonly=True) as uow:
                return printing.expiring_certificates(uow, actor, within_days=within,
                                                      limit=QUEUE_LIMIT)

        def done(rows) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._loaded_once = True
                self.model.set_records(rows)
                if rows:
                    text = self.tr("Certificates ending within %Ln day(s): {count}", "",
                                   within).format(count=number_text(len(rows)))
                    if len(rows) >= QUEUE_LIMIT:
                        text += " · " + self.tr("the {limit} ending soonest are listed").format(
                            limit=number_text(QUEUE_LIMIT))
                else:
                    text = self.tr("No certificate ends within %Ln day(s).", "", within)
                self.status_line.setText(text)
                self.loaded.emit(len(rows))

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status_line.setText(error_text(exc))

        run_task(fetch, done, failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.refresh()

    def rows(self) -> list:
        return [self.proxy.record_at(r) for r in range(self.proxy.rowCount())]

    def _open_index(self, index: QModelIndex) -> None:
        row = self.proxy.record_at(index.row())
        if row is not None:
            self.open_case.emit(row.case_number)


# ---------------------------------------------------------------------------
# verify

#: (text colour, background) of each answer.
VERDICT_COLOURS = {
    Verification.VALID: ("#1b5e20", "#e6f4e7"),
    Verification.EXPIRED: ("#7a4f00", "#fff4d6"),
    Verification.REPLACED: ("#7a4f00", "#fff4d6"),
    Verification.VOID: ("#b00020", "#fdecec"),
    Verification.UNKNOWN: ("#b00020", "#fdecec"),
}
VERDICT_WORDS = {
    Verification.VALID: _N("PrintDesk", "VALID"),
    Verification.EXPIRED: _N("PrintDesk", "EXPIRED"),
    Verification.REPLACED: _N("PrintDesk", "REPLACED"),
    Verification.VOID: _N("PrintDesk", "VOID"),
    Verification.UNKNOWN: _N("PrintDesk", "NOT GENUINE"),
}


class VerifyPage(QWidget):
    """Is a certificate genuine and valid? Only the certificate's own facts are shown."""

    checked = Signal(object)  # printing.CertificateCheck

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPage")
        self.store, self.actor = store, actor
        self._generation = 0
        self._filling = False
        self.result = None

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Scan or paste the QR code's text, or type the certificate number "
                               "and the verification code printed on it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QGridLayout()
        self.qr = named(QLineEdit(), "verifyQr", self.tr("QR code text"))
        self.qr.setPlaceholderText("PANA:…:…")
        self.number = named(QLineEdit(), "verifyNumber", self.tr("Certificate number"))
        self.code = named(QLineEdit(), "verifyCode", self.tr("Verification code"))
        self.check_button = named(QPushButton(self.tr("&Check")), "verifyCheck",
                                  self.tr("Check the certificate"))
        self.check_button.setDefault(True)
        self.check_button.setAutoDefault(True)
        for row, (text, widget) in enumerate(((self.tr("&QR text:"), self.qr),
                                              (self.tr("Certificate &number:"), self.number),
                                              (self.tr("Verification co&de:"), self.code))):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1)
        form.addWidget(self.check_button, 2, 2)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)

        self.panel = QFrame()
        self.panel.setObjectName("verifyResult")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(self.panel)
        self.verdict = QLabel()
        self.verdict.setObjectName("verifyVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.verdict.setFont(font)
        self.explanation = QLabel()
        self.explanation.setObjectName("verifyExplanation")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        bigger = self.explanation.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
        self.explanation.setFont(bigger)
        self.details = QLabel()
        self.details.setObjectName("verifyDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout.addWidget(self.verdict)
        panel_layout.addWidget(self.explanation)
        panel_layout.addWidget(self.details)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.panel.hide()

        self.qr.textChanged.connect(self._qr_changed)
        for edit in (self.number, self.code):
            edit.textEdited.connect(self._typed)
        for edit in (self.qr, self.number, self.code):
            edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.setTabOrder(self.qr, self.number)
        self.setTabOrder(self.number, self.code)
        self.setTabOrder(self.code, self.check_button)

    def _qr_changed(self, text: str) -> None:
        from app.documents.model import parse_qr_text

        parsed = parse_qr_text(text)
        if parsed is None:
            return
        self._filling = True
        self.number.setText(parsed[0])
        self.code.setText(parsed[1])
        self._filling = False

    def _typed(self, *_args) -> None:
        # Typing a number by hand: the QR text no longer says what is checked.
        if not self._filling and self.qr.text():
            self.qr.blockSignals(True)
            self.qr.clear()
            self.qr.blockSignals(False)

    def check(self) -> None:
        number, code = self.number.text().strip(), self.code.text().strip()
        if not number and self.qr.text().strip():
            number = self.qr.text().strip()  # not our QR format: the service says so
        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        self.check_button.setEnabled(False)

        def work():
            with store.uow() as uow:  # each check is audited
                return printing.verify_certificate(uow, actor, number, code)

        def done(result) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.check_button.setEnabled(True)
                self.show_result(result)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.check_button.setEnabled(True)
                self._show_problem(error_text(exc))

        run_task(work, done, failed)

    def show_result(self, result) -> None:
        self.result = result
        state = Verification(result.state)
        colour, background = VERDICT_COLOURS[state]
        self.panel.setStyleSheet(
            f"QFrame#verifyResult {{ background: {background}; border: 2px solid {colour}; "
            f"border-radius: 6px; }} QFrame#verifyResult QLabel {{ color: {colour}; }}")
        self.verdict.setText(QCoreApplication.translate("PrintDesk", VERDICT_WORDS[state]))
        self.explanation.setText(self._explanation(result, state))
        self.details.setText(self._details(result, state))
        self.panel.setAccessibleName(self.verdict.text())
        self.panel.setAccessibleDescription(self.explanation.text())
        self.panel.show()
        self.checked.emit(result)

    def _explanation(self, result, state: Verification) -> str:
        number = result.number
        if state == Verification.VALID:
            return self.tr("Certificate {number} is genuine and valid until {date}.").format(
                number=number, date=long_date_text(result.valid_to))
        if state == Verification.EXPIRED:
            return self.tr("Certificate {number} is genuine, but it expired on {date}.").format(
                number=number, date=long_date_text(result.valid_to))
        if state == Verification.REPLACED:
            return self.tr("Certificate {number} was replaced by certificate {new}; only the "
                           "new certificate is valid.").format(
                number=number, new=result.replaced_by or "?")
        if state == Verification.VOID:
            return self.tr("Certificate {number} was voided; it is not valid.").format(
                number=number)
        return self.tr("No certificate has this number and code. Check what you typed; if it is "
                       "right, the certificate is not genuine.")

    def _details(self, result, state: Verification) -> str:
        if state == Verification.UNKNOWN:
            return ""
        parts = []
        if result.kind:
            parts.append(enum_text(CertificateKind, result.kind))
        if result.issued_on:
            parts.append(self.tr("issued on {date}").format(date=date_text(result.issued_on)))
        if result.valid_to:
            parts.append(self.tr("valid to {date}").format(date=date_text(result.valid_to)))
        return " · ".join(parts)

    def _show_problem(self, text: str) -> None:
        self.result = None
        self.panel.setStyleSheet("QFrame#verifyResult { border: 1px solid #b00020; } "
                                 "QFrame#verifyResult QLabel { color: #b00020; }")
        self.verdict.setText("")
        self.explanation.setText(text)
        self.details.setText("")
        self.panel.setAccessibleName(self.tr("Not checked"))
        self.panel.setAccessibleDescription(text)
        self.panel.show()


# ---------------------------------------------------------------------------
# the page


class PrintDeskPage(QWidget):
    """The clerk's print desk: to print, register, expiring certificates, verify."""

    open_case = Signal(str)
    issued = Signal()  # documents were registered (the main window may refresh its lists)

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("printDeskPage")
        self.store, self.actor = store, actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("printDeskTabs")
        self.tabs.setAccessibleName(self.tr("Print desk"))
        self.queue = self.register = self.expiring = self.verify = None
        role = actor.role
        if allowed(role, Action.PRINT_DOCUMENT):
            self.queue = QueuePage(store, actor)
            self.register = RegisterPage(store, actor)
            self.expiring = ExpiringPage(store, actor)
            self.tabs.addTab(self.queue, self.tr("&To print"))
            self.tabs.addTab(self.register, self.tr("Re&gister"))
            self.tabs.addTab(self.expiring, self.tr("&Expiring certificates"))
            self.queue.issued.connect(self.register.refresh)
            self.queue.issued.connect(self.issued)
            self.register.changed.connect(self.queue.refresh)
            self.register.changed.connect(self.issued)
            self.expiring.open_case.connect(self.open_case)
        if allowed(role, Action.VERIFY_CERTIFICATE):
            self.verify = VerifyPage(store, actor)
            self.tabs.addTab(self.verify, self.tr("&Verify a certificate"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        for page in (self.queue, self.register, self.expiring):
            if page is not None:
                page.refresh()

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
