"""Registering a new petition, after checking that the person is not registered already."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.db.audit import Actor
from app.db.store import Store
from app.domain.dates import PartialDate
from app.domain.duplicates import REASON_LABELS, Reason
from app.domain.errors import ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import DocumentType
from app.domain.workflow import status_label
from app.services import cases
from app.services.cases import DocumentInput, PetitionInput
from app.services.duplicates import DuplicateCandidate, find_possible_duplicates
from app.ui.casefile.applicant import (
    DOCUMENT_LANGUAGES,
    PETITION_LANGUAGES,
    PersonFields,
    fill_language_combo,
)
from app.ui.casefile.names_editor import (
    NameErrors,
    NamesEditor,
    RecordTableModel,
    add_field,
    fit_columns,
    full_name,
    table_defaults,
    vocab_text,
)
from app.ui.forms import DirtyTracker, ask_unsaved, optional_date_edit, pydate, run_save
from app.ui.limits import LINE_MAX, SHORT_MAX, limit_line
from app.ui.locale_format import localize_date_edit, partial_date_text
from app.ui.messages import error_text
from app.ui.tasks import run_task


def reasons_text(candidate: DuplicateCandidate) -> str:
    why = "; ".join(QCoreApplication.translate("Duplicates", REASON_LABELS[Reason(r)])
                    for r in candidate.reasons)
    if candidate.as_family_member:
        why += " " + QCoreApplication.translate("NewPetitionDialog", "(a relative in that case)")
    return why


class NewPetitionDialog(QDialog):
    """The petition form. On success ``number`` holds the new case number.

    ``open_case`` is emitted (and the dialog closes, registering nothing) when
    the officer recognises the person in a case already registered.
    """

    open_case = Signal(str)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPetitionDialog")
        self.setWindowTitle(self.tr("New petition"))
        self.resize(1040, 780)
        self.store = store
        self.actor = actor
        self.number: str | None = None
        self.candidates: list[DuplicateCandidate] = []
        self._checking = False
        self._generation = 0
        self.tracker = DirtyTracker(self)

        self.general = QLabel()
        self.general.setObjectName("petitionError")
        self.names = NamesEditor("petitionNames")
        self.errors = NameErrors(self.general, self.names, "applicant")
        self.person = PersonFields(self.errors, self)

        names_box = QGroupBox(self.tr("Names, as written in each script"))
        names_box.setObjectName("petitionNamesBox")
        QVBoxLayout(names_box).addWidget(self.names)

        petition_box = QGroupBox(self.tr("Petition"))
        petition_box.setObjectName("petitionBox")
        form = QFormLayout(petition_box)
        self.arrived_on = optional_date_edit("petitionArrivedOn", self.tr("Arrived on"))
        self.registered_on = localize_date_edit(QDateEdit())
        self.registered_on.setObjectName("petitionRegisteredOn")
        self.registered_on.setCalendarPopup(True)
        self.registered_on.setMaximumDate(QDate.currentDate())
        self.registered_on.setDate(QDate.currentDate())
        self.petition_language = QComboBox()
        self.petition_language.setObjectName("petitionLanguage")
        fill_language_combo(self.petition_language, PETITION_LANGUAGES)
        self.document_language = QComboBox()
        self.document_language.setObjectName("petitionDocumentLanguage")
        fill_language_combo(self.document_language, DOCUMENT_LANGUAGES)
        self.document_language.setCurrentIndex(self.document_language.findData("kk+ru"))
        add_field(form, self.tr("&Arrived in Kazakhstan:"), self.arrived_on, self.errors,
                  "case.arrived_on")
        add_field(form, self.tr("Registered o&n:"), self.registered_on, self.errors,
                  "case.registered_on")
        add_field(form, self.tr("Petition &written in:"), self.petition_language, self.errors,
                  "case.petition_language")
        add_field(form, self.tr("Letters to the applicant in:"), self.document_language,
                  self.errors, "case.document_language")

        document_box = QGroupBox(self.tr("Identity document shown (optional)"))
        document_box.setObjectName("petitionDocumentBox")
        doc_form = QFormLayout(document_box)
        self.doc_type = QComboBox()
        self.doc_type.setObjectName("petitionDocumentType")
        for value in DocumentType:
            self.doc_type.addItem(vocab_text(value), value.value)
        self.doc_number = limit_line(
            self._line("petitionDocumentNumber", self.tr("e.g. E12345678")), SHORT_MAX)
        self.doc_country = limit_line(
            self._line("petitionDocumentCountry", self.tr("e.g. CHN")), LINE_MAX)
        add_field(doc_form, self.tr("Document t&ype:"), self.doc_type, self.errors,
                  "documents[0].doc_type")
        add_field(doc_form, self.tr("Document n&umber:"), self.doc_number, self.errors,
                  "documents[0].number")
        add_field(doc_form, self.tr("Issuing countr&y:"), self.doc_country, self.errors,
                  "documents[0].issuing_country")
        self.doc_type.setAccessibleName(self.tr("Type of the identity document"))
        self.doc_number.setAccessibleName(self.tr("Number of the identity document"))
        self.doc_country.setAccessibleName(self.tr("Country that issued the identity document"))

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.person.person_box)
        left.addStretch(1)
        right.addWidget(self.person.contact_box)
        right.addWidget(petition_box)
        right.addWidget(document_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setObjectName("petitionBody")
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(names_box)
        body_layout.addLayout(columns)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("petitionScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(body)

        self._build_duplicate_panel()
        self.busy = QLabel(self.tr("Checking whether this person is registered already…"))
        self.busy.setObjectName("petitionBusy")
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.setObjectName("petitionButtons")
        self.register_button = self.buttons.addButton(self.tr("&Register"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setObjectName("petitionRegister")
        self.register_button.setAccessibleName(self.tr("Register the petition"))
        self.register_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("petitionCancel")
        cancel.setAccessibleName(self.tr("Cancel the new petition"))
        self.register_button.clicked.connect(self.register)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.general)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.tracker.watch(*self.person.widgets(), self.arrived_on, self.registered_on,
                           self.petition_language, self.document_language, self.doc_type,
                           self.doc_number, self.doc_country)
        self.names.changed.connect(self.tracker.mark)
        # A new name, birth date or document number needs a new look for duplicates.
        self.names.changed.connect(self._forget_duplicates)
        self.person.birth_date.textEdited.connect(self._forget_duplicates)
        self.doc_number.textEdited.connect(self._forget_duplicates)
        self.names.row(0).surname.setFocus()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_duplicate_panel(self) -> None:
        self.duplicates = QFrame()
        self.duplicates.setObjectName("duplicatePanel")
        self.duplicates.setStyleSheet(
            "#duplicatePanel { background: #fff4d6; border: 1px solid #e0b84f; }")
        panel = QVBoxLayout(self.duplicates)
        intro = QLabel(self.tr(
            "<b>This person may be registered already.</b> Compare the cases below with the "
            "person in front of you before registering a new petition."))
        intro.setObjectName("duplicateIntro")
        intro.setWordWrap(True)
        panel.addWidget(intro)
        self.duplicate_model = RecordTableModel("NewPetitionDialog", [
            (QT_TRANSLATE_NOOP("NewPetitionDialog", "Case"), lambda c: c.case_number),
            (QT_TRANSLATE_NOOP("NewPetitionDialog", "Born"),
             lambda c: partial_date_text(c.birth_date)),
            (QT_TRANSLATE_NOOP("NewPetitionDialog", "Status"),
             lambda c: QCoreApplication.translate("CaseStatus", status_label(c.status))),
            (QT_TRANSLATE_NOOP("NewPetitionDialog", "Why"), reasons_text),
            (QT_TRANSLATE_NOOP("NewPetitionDialog", "Names"), lambda c: " / ".join(c.names)),
        ], self)
        self.duplicate_table = QTableView()
        self.duplicate_table.setObjectName("duplicateTable")
        self.duplicate_table.setAccessibleName(self.tr("Cases that may be this person"))
        self.duplicate_table.setModel(self.duplicate_model)
        table_defaults(self.duplicate_table)
        self.duplicate_table.setMaximumHeight(120)
        self.duplicate_table.doubleClicked.connect(lambda _i: self._open_duplicate())
        panel.addWidget(self.duplicate_table)
        bar = QHBoxLayout()
        self.open_duplicate = QPushButton(self.tr("&Open that case"))
        self.open_duplicate.setObjectName("openDuplicate")
        self.open_duplicate.setAccessibleName(self.tr("Open the selected case instead"))
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self.register_distinct = QPushButton(self.tr("It is a different person — re&gister"))
        self.register_distinct.setObjectName("registerDistinct")
        self.register_distinct.setAccessibleName(
            self.tr("It is a different person: register the petition"))
        self.register_distinct.clicked.connect(self._register_distinct)
        back = QPushButton(self.tr("&Back to the form"))
        back.setObjectName("duplicateBack")
        back.setAccessibleName(self.tr("Back to the form"))
        back.clicked.connect(self._forget_duplicates)
        bar.addWidget(self.open_duplicate)
        bar.addWidget(self.register_distinct)
        bar.addStretch(1)
        bar.addWidget(back)
        panel.addLayout(bar)
        self.duplicates.hide()

    # ---- reading the form

    def petition(self) -> PetitionInput:
        data = PetitionInput(
            names=self.names.names(), arrived_on=pydate(self.arrived_on),
            registered_on=self.registered_on.date().toPython(),
            petition_language=self.petition_language.currentData(),
            document_language=self.document_language.currentData())
        return self.person.read_into(data)

    def documents(self) -> list[DocumentInput]:
        number, country = self.doc_number.text().strip(), self.doc_country.text().strip()
        if not (number or country):
            return []
        return [DocumentInput(doc_type=self.doc_type.currentData(), number=number,
                              issuing_country=country.upper())]

    def _duplicate_query(self) -> tuple[list[str], str, list[str]] | None:
        """What the duplicate check compares, or None when it cannot run on this input."""
        data = self.petition()
        names = [n for n in (full_name(name) for name in data.names) if n]
        if not names:
            return None
        if data.birth_date:
            try:
                PartialDate.parse(data.birth_date)
            except ValidationError:
                return None  # registering shows the error next to the field
        return names, data.birth_date, [d.number for d in self.documents() if d.number]

    # ---- registering

    def register(self) -> None:
        """Check for duplicates off the UI thread, then register (or show the candidates)."""
        if self._checking:
            return
        self.errors.clear()
        query = self._duplicate_query()
        if query is None:
            self._write([])
            return
        self._checking = True
        self._generation += 1
        generation = self._generation
        self.register_button.setEnabled(False)
        self.busy.show()
        store, actor = self.store, self.actor
        names, birth, docs = query

        def find():
            with store.uow(readonly=True) as uow:
                return find_possible_duplicates(uow, actor, names=names, birth_date=birth,
                                                documents=docs)

        run_task(find, lambda found: self._checked(generation, query, found),
                 lambda exc: self._check_failed(generation, exc))

    def _checked(self, generation: int, query, found: list[DuplicateCandidate]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._checking = False
        self.busy.hide()
        self.register_button.setEnabled(True)
        if query != self._duplicate_query():
            return  # edited while we looked: the officer registers again
        if found:
            self._show_duplicates(found)
        else:
            self._write([])

    def _check_failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._checking = False
        self.busy.hide()
        self.register_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Not registered"), error_text(exc))

    def _show_duplicates(self, found: list[DuplicateCandidate]) -> None:
        self.candidates = list(found)
        self.duplicate_model.set_records(self.candidates)
        fit_columns(self.duplicate_table)
        self.duplicate_table.selectRow(0)
        self.register_button.setEnabled(False)
        self.duplicates.show()
        self.duplicate_table.setFocus()

    def _forget_duplicates(self, *_args) -> None:
        if not self.duplicates.isVisible() and not self.candidates:
            return
        self.candidates = []
        self.duplicate_model.set_records([])
        self.duplicates.hide()
        self.register_button.setEnabled(not self._checking)

    def _register_distinct(self) -> None:
        self._write(list(self.candidates))

    def _open_duplicate(self) -> None:
        rows = self.duplicate_table.selectionModel().selectedRows()
        candidate = self.duplicate_model.record_at(rows[0].row() if rows else 0)
        if candidate is None:
            return
        self.open_case.emit(candidate.case_number)
        super().reject()  # the officer chose: nothing typed here is wanted any more

    def _write(self, confirmed: list[DuplicateCandidate]) -> None:
        data, documents = self.petition(), self.documents()
        store, actor = self.store, self.actor

        def write():
            with store.uow() as uow:
                return cases.register_petition(uow, actor, data, documents=documents,
                                               confirmed_distinct=confirmed)

        ref = run_save(self, self.errors, write)
        if ref is None:
            focused = QApplication.focusWidget()
            if focused is not None and self.scroll.isAncestorOf(focused):
                self.scroll.ensureWidgetVisible(focused)
            return
        self.number = ref.number
        self.tracker.reset()
        self.accept()

    def reject(self) -> None:
        if self.tracker.dirty:
            answer = ask_unsaved(self, self.tr("new petition"))
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.register()
                return
        self._generation += 1  # a duplicate check still running is of no interest now
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter inside the duplicate table opens that case rather than registering.
        if self.duplicate_table.hasFocus() and event.key() in (Qt.Key.Key_Return,
                                                               Qt.Key.Key_Enter):
            self._open_duplicate()
            return
        super().keyPressEvent(event)
