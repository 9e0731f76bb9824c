"""The applicant: names, personal details, contact, photo, certificates and fingerprints.

``PersonFields`` (the fields a petition and the applicant section share) is
used by the new-petition dialog too.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import CertificateKind, CertificateState, Sex
from app.domain.workflow import CaseStatus
from app.services import casefile, cases
from app.services.cases import PetitionInput
from app.ui import media
from app.ui.casefile.names_editor import (
    NameErrors,
    NamesEditor,
    RecordTableModel,
    add_field,
    edit_permission,
    enum_text,
    fit_columns,
    names_text,
    notice_label,
    set_text,
    table_defaults,
    vocab_text,
    yes_no,
)
from app.ui.casefile.section import Section
from app.ui.forms import (
    ERROR_STYLE,
    ConflictDialog,
    DirtyTracker,
    FieldErrors,
    confirm,
    run_save,
)
from app.ui.limits import LINE_MAX, SHORT_MAX, PlainTextEdit, limit_line
from app.ui.locale_format import date_text, localize_date_edit, long_date_text, size_text
from app.ui.media import Unviewable
from app.ui.tasks import run_task

DOCUMENT_LANGUAGES = [
    ("kk", QT_TRANSLATE_NOOP("Languages", "Kazakh")),
    ("ru", QT_TRANSLATE_NOOP("Languages", "Russian")),
    ("en", QT_TRANSLATE_NOOP("Languages", "English")),
    ("kk+ru", QT_TRANSLATE_NOOP("Languages", "Kazakh and Russian")),
]
PETITION_LANGUAGES = DOCUMENT_LANGUAGES[:2]

PHOTO_SIZE = QSize(180, 225)
#: As ``cases.set_photo`` stores it.
MAX_PHOTO_BYTES = 5 * 1024 * 1024
#: A photo larger than a good camera's is refused before it is decoded.
MAX_PHOTO_PIXELS = 40_000_000
_SPLIT = re.compile(r"[,;\s]+")


def split_codes(text: str) -> list[str]:
    return [c for c in _SPLIT.split(text.strip()) if c]


def language_text(code: str) -> str:
    for value, source in DOCUMENT_LANGUAGES:
        if value == code:
            return QCoreApplication.translate("Languages", source)
    return code


def fill_language_combo(combo: QComboBox, choices) -> None:
    for value, source in choices:
        combo.addItem(QCoreApplication.translate("Languages", source), value)


# ---------------------------------------------------------------------------
# the fields a petition and the applicant share


class PersonFields(QObject):
    """Sex, birth date, origin, beliefs, languages, contact and consent of the applicant.

    Builds two group boxes (``person_box``, ``contact_box``) whose fields report
    errors for ``applicant.*`` paths through ``errors``.
    """

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sex = QComboBox()
        self.sex.setObjectName("applicantSex")
        for value in Sex:
            self.sex.addItem(vocab_text(value), value.value)
        self.sex.setCurrentIndex(self.sex.findData(Sex.UNKNOWN.value))
        self.birth_date = self._line("applicantBirthDate", self.tr("e.g. 1990-05-17"))
        self.place_of_birth = self._line("applicantPlaceOfBirth")
        self.citizenships = self._line("applicantCitizenships", self.tr("e.g. CHN"))
        self.stateless = QCheckBox(self.tr("State&less (no citizenship)"))
        self.stateless.setObjectName("applicantStateless")
        self.stateless.setAccessibleName(self.tr("Stateless"))
        self.ethnicity = self._line("applicantEthnicity", limit=SHORT_MAX)
        self.religion = self._line("applicantReligion", limit=SHORT_MAX)
        self.languages = self._line("applicantLanguages", self.tr("e.g. kk, zh"))
        self.phone = self._line("applicantPhone", self.tr("e.g. +7 701 123 4567"))
        self.email = self._line("applicantEmail")
        self.address = PlainTextEdit()
        self.address.setObjectName("applicantAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.consent = QCheckBox(self.tr("Consent to data processing gi&ven"))
        self.consent.setObjectName("applicantConsent")
        self.consent.setAccessibleName(self.tr("Consent to the processing of personal data"))

        self.person_box = QGroupBox(self.tr("Person"))
        self.person_box.setObjectName("personBox")
        form = QFormLayout(self.person_box)
        add_field(form, self.tr("Se&x:"), self.sex, errors, "applicant.sex")
        add_field(form, self.tr("&Birth date:"), self.birth_date, errors, "applicant.birth_date",
                  hint=self.tr("1990, 1990-05 or 1990-05-17; add ~ for an estimate (1990~)."))
        add_field(form, self.tr("Place of bi&rth:"), self.place_of_birth, errors,
                  "applicant.place_of_birth")
        add_field(form, self.tr("&Citizenships:"), self.citizenships, errors,
                  "applicant.citizenships",
                  hint=self.tr("Three-letter country codes, separated by commas."))
        add_field(form, "", self.stateless, errors, "applicant.stateless")
        add_field(form, self.tr("Et&hnicity:"), self.ethnicity, errors, "applicant.ethnicity")
        add_field(form, self.tr("Religi&on:"), self.religion, errors, "applicant.religion")
        add_field(form, self.tr("La&nguages:"), self.languages, errors, "applicant.languages",
                  hint=self.tr("Two- or three-letter codes: kk, ru, zh, ug …"))

        self.contact_box = QGroupBox(self.tr("Contact and consent"))
        self.contact_box.setObjectName("contactBox")
        self.contact_form = QFormLayout(self.contact_box)
        add_field(self.contact_form, self.tr("&Phone:"), self.phone, errors, "applicant.phone")
        add_field(self.contact_form, self.tr("E-&mail:"), self.email, errors, "applicant.email")
        add_field(self.contact_form, self.tr("A&ddress:"), self.address, errors,
                  "applicant.address")
        add_field(self.contact_form, "", self.consent, errors, "applicant.consent_given")

    def _line(self, name: str, placeholder: str = "", *, limit: int = LINE_MAX) -> QLineEdit:
        edit = limit_line(QLineEdit(), limit)  # add_field says when input is cut
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def widgets(self) -> list[QWidget]:
        return [self.sex, self.birth_date, self.place_of_birth, self.citizenships,
                self.stateless, self.ethnicity, self.religion, self.languages, self.phone,
                self.email, self.address, self.consent]

    def fill(self, person) -> None:
        """Show an ``ApplicantView`` (or a ``PetitionInput``)."""
        self.sex.setCurrentIndex(max(self.sex.findData(person.sex), 0))
        set_text(self.birth_date, person.birth_date)
        set_text(self.place_of_birth, person.place_of_birth)
        set_text(self.citizenships, ", ".join(person.citizenships))
        self.stateless.setChecked(person.stateless)
        set_text(self.ethnicity, person.ethnicity)
        set_text(self.religion, person.religion)
        set_text(self.languages, ", ".join(person.languages))
        set_text(self.phone, person.phone)
        set_text(self.email, person.email)
        if self.address.toPlainText() != person.address:
            self.address.setPlainText(person.address)
        self.consent.setChecked(person.consent_given)

    def read_into(self, data: PetitionInput) -> PetitionInput:
        data.sex = self.sex.currentData()
        data.birth_date = self.birth_date.text().strip()
        data.place_of_birth = self.place_of_birth.text()
        data.citizenships = split_codes(self.citizenships.text())
        data.stateless = self.stateless.isChecked()
        data.ethnicity = self.ethnicity.text()
        data.religion = self.religion.text()
        data.languages = split_codes(self.languages.text())
        data.phone = self.phone.text()
        data.email = self.email.text()
        data.address = self.address.toPlainText()
        data.consent_given = self.consent.isChecked()
        return data

    def set_read_only(self, read_only: bool) -> None:
        # Typing hints are of no use to a reader.
        for box in (self.person_box, self.contact_box):
            for hint in box.findChildren(QLabel):
                if hint.objectName().endswith("Hint"):
                    hint.setVisible(not read_only)
        for widget in self.widgets():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


#: The applicant's fields as the conflict dialog compares them: (attribute, label, text).
APPLICANT_FIELDS = [
    ("names", QT_TRANSLATE_NOOP("ApplicantSection", "Names"), names_text),
    ("sex", QT_TRANSLATE_NOOP("ApplicantSection", "Sex"), lambda v: enum_text(Sex, v)),
    ("birth_date", QT_TRANSLATE_NOOP("ApplicantSection", "Birth date"), str),
    ("place_of_birth", QT_TRANSLATE_NOOP("ApplicantSection", "Place of birth"), str),
    ("citizenships", QT_TRANSLATE_NOOP("ApplicantSection", "Citizenships"),
     lambda v: ", ".join(c.upper() for c in v)),
    ("stateless", QT_TRANSLATE_NOOP("ApplicantSection", "Stateless"), yes_no),
    ("ethnicity", QT_TRANSLATE_NOOP("ApplicantSection", "Ethnicity"), str),
    ("religion", QT_TRANSLATE_NOOP("ApplicantSection", "Religion"), str),
    ("languages", QT_TRANSLATE_NOOP("ApplicantSection", "Languages"),
     lambda v: ", ".join(c.lower() for c in v)),
    ("phone", QT_TRANSLATE_NOOP("ApplicantSection", "Phone"), str),
    ("email", QT_TRANSLATE_NOOP("ApplicantSection", "E-mail"), str),
    ("address", QT_TRANSLATE_NOOP("ApplicantSection", "Address"), str),
    ("consent_given", QT_TRANSLATE_NOOP("ApplicantSection", "Consent given"), yes_no),
]


def compare_rows(context: str, fields, theirs, mine) -> list[tuple[str, str, str]]:
    """(label, saved value, your value) for each field; the same attributes on both."""
    return [(QCoreApplication.translate(context, label), fmt(getattr(theirs, attr)),
             fmt(getattr(mine, attr))) for attr, label, fmt in fields]


# ---------------------------------------------------------------------------
# the photo


def _image_mime(content: bytes) -> str | None:
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


class PhotoLabel(QLabel):
    """Shows the photo; an image file dropped on it is offered as the new photo."""

    file_dropped = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantPhoto")
        self.setFixedSize(PHOTO_SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrap(True)
        self.accepting = False

    @staticmethod
    def _image_path(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            path = url.toLocalFile()
            if path and Path(path).suffix.lower() in (".jpg", ".jpeg", ".png"):
                return path
        return None

    def dragEnterEvent(self, event) -> None:
        if self.accepting and self._image_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._image_path(event) if self.accepting else None
        if path:
            event.acceptProposedAction()
            self.file_dropped.emit(path)
        else:
            event.ignore()


class FingerprintsDialog(QDialog):
    """Asks for the day the fingerprints were taken and records it."""

    def __init__(self, section: ApplicantSection) -> None:
        super().__init__(section)
        self.section = section
        self.setObjectName("fingerprintsDialog")
        self.setWindowTitle(self.tr("Fingerprints"))
        cf = section.case_file
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = localize_date_edit(QDateEdit())
        self.date.setObjectName("fingerprintsDate")
        self.date.setAccessibleName(self.tr("Fingerprints taken on"))
        self.date.setCalendarPopup(True)
        self.date.setDateRange(QDate(cf.registered_on), QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.general = QLabel()
        self.general.setObjectName("fingerprintsError")
        self.errors = FieldErrors(self.general)
        add_field(form, self.tr("&Taken on:"), self.date, self.errors,
                  "case.fingerprints_taken_on")
        layout.addLayout(form)
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("fingerprintsButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("fingerprintsSave")
        self.save_button.setAccessibleName(self.tr("Save the fingerprint date"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("fingerprintsCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        ctx, taken = self.section.ctx, self.date.date().toPython()

        def write():
            with ctx.uow() as uow:
                cases.record_fingerprints(uow, ctx.actor, ctx.number, taken)
            return True

        if run_save(self, self.errors, write):
            self.accept()


# ---------------------------------------------------------------------------
# the section


class ApplicantSection(Section):
    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Applicant")
    SENSITIVE = False

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("applicantSection")
        self._version: int | None = None
        self._editable = False
        self._photo_generation = 0
        self.fingerprints_dialog: FingerprintsDialog | None = None
        self.tracker = DirtyTracker(self)

        root = QVBoxLayout(self)
        self.notice = notice_label("applicantReadOnlyNotice")
        root.addWidget(self.notice)

        # left: photo and fingerprints
        left = QVBoxLayout()
        self.photo = PhotoLabel()
        self.photo.setAccessibleName(self.tr("Photo of the applicant"))
        self.photo.file_dropped.connect(self.set_photo_file)
        left.addWidget(self.photo)
        self.change_photo = QPushButton(self.tr("C&hange photo…"))
        self.change_photo.setObjectName("changePhoto")
        self.change_photo.setAccessibleName(self.tr("Change the photo"))
        self.change_photo.setToolTip(self.tr("Choose a JPEG or PNG file, or drop one on the "
                                             "photo."))
        self.change_photo.clicked.connect(self._choose_photo)
        left.addWidget(self.change_photo)
        self.photo_error = QLabel()
        self.photo_error.setObjectName("photoError")
        self.photo_error.setMaximumWidth(PHOTO_SIZE.width())
        self.photo_errors = FieldErrors(self.photo_error)
        left.addWidget(self.photo_error)
        left.addSpacing(12)
        self.fingerprints = QLabel()
        self.fingerprints.setObjectName("fingerprintsStatus")
        self.fingerprints.setWordWrap(True)
        self.fingerprints.setMaximumWidth(PHOTO_SIZE.width())
        left.addWidget(self.fingerprints)
        self.fingerprints_button = QPushButton(self.tr("&Fingerprints taken on…"))
        self.fingerprints_button.setObjectName("recordFingerprints")
        self.fingerprints_button.setAccessibleName(self.tr("Record when fingerprints were taken"))
        self.fingerprints_button.clicked.connect(self._ask_fingerprints)
        left.addWidget(self.fingerprints_button)
        left.addStretch(1)

        # right: the form
        self.general = QLabel()
        self.general.setObjectName("applicantError")
        self.names = NamesEditor("applicantNames")
        self.errors = NameErrors(self.general, self.names, "applicant")
        self.person = PersonFields(self.errors, self)
        names_box = QGroupBox(self.tr("Names"))
        names_box.setObjectName("namesBox")
        QVBoxLayout(names_box).addWidget(self.names)

        self.document_language = QComboBox()
        self.document_language.setObjectName("applicantDocumentLanguage")
        fill_language_combo(self.document_language, DOCUMENT_LANGUAGES)
        self.arrived = QLabel()
        self.arrived.setObjectName("caseArrivedOn")
        self.registered = QLabel()
        self.registered.setObjectName("caseRegisteredOn")
        self.petition_language = QLabel()
        self.petition_language.setObjectName("casePetitionLanguage")
        case_box = QGroupBox(self.tr("Petition"))
        case_box.setObjectName("petitionBox")
        case_form = QFormLayout(case_box)
        case_form.addRow(self.tr("Arrived:"), self.arrived)
        case_form.addRow(self.tr("Registered:"), self.registered)
        case_form.addRow(self.tr("Petition language:"), self.petition_language)
        add_field(case_form, self.tr("Letters &in:"), self.document_language, self.errors,
                  "case.document_language")

        self.certificates_model = RecordTableModel("ApplicantSection", [
            (QT_TRANSLATE_NOOP("ApplicantSection", "Certificate"), lambda c: c.number),
            (QT_TRANSLATE_NOOP("ApplicantSection", "Kind"),
             lambda c: enum_text(CertificateKind, c.kind)),
            (QT_TRANSLATE_NOOP("ApplicantSection", "Issued"), lambda c: date_text(c.issued_on)),
            (QT_TRANSLATE_NOOP("ApplicantSection", "Valid until"),
             lambda c: date_text(c.valid_to)),
            (QT_TRANSLATE_NOOP("ApplicantSection", "State"), self._certificate_state),
        ], self)
        self.certificates = QTableView()
        self.certificates.setObjectName("certificatesTable")
        self.certificates.setAccessibleName(self.tr("Certificates issued to the applicant"))
        self.certificates.setModel(self.certificates_model)
        table_defaults(self.certificates)
        self.certificates.setMaximumHeight(120)
        certificates_box = QGroupBox(self.tr("Certificates"))
        certificates_box.setObjectName("certificatesBox")
        certificates_layout = QVBoxLayout(certificates_box)
        certificates_layout.addWidget(self.certificates)
        self.renew_button = QPushButton(self.tr("Re&new the asylum-seeker certificate…"))
        self.renew_button.setObjectName("renewCertificate")
        self.renew_button.setAccessibleName(self.tr("Renew the asylum-seeker certificate"))
        self.renew_button.clicked.connect(self._renew_certificate)
        renew_bar = QHBoxLayout()
        renew_bar.addWidget(self.renew_button)
        renew_bar.addStretch(1)
        certificates_layout.addLayout(renew_bar)

        columns = QHBoxLayout()
        first, second = QVBoxLayout(), QVBoxLayout()
        first.addWidget(self.person.person_box)
        first.addStretch(1)
        second.addWidget(self.person.contact_box)
        second.addWidget(case_box)
        second.addStretch(1)
        columns.addLayout(first, 1)
        columns.addLayout(second, 1)
        right = QVBoxLayout()
        right.addWidget(names_box)
        right.addLayout(columns)
        right.addWidget(certificates_box)
        right.addWidget(self.general)
        right.addStretch(1)

        body = QWidget()
        body.setObjectName("applicantBody")
        body_layout = QHBoxLayout(body)
        body_layout.addLayout(left)
        body_layout.addLayout(right, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("applicantScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(body)
        root.addWidget(self.scroll, 1)

        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("applicantSaveStatus")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("applicantSave")
        self.save_button.setAccessibleName(self.tr("Save the applicant's details"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        root.addLayout(bar)

        self.tracker.watch(*self.person.widgets(), self.document_language)
        self.names.changed.connect(self.tracker.mark)
        self.tracker.changed.connect(self._dirty_changed)
        self._apply_editable()

    # ---- loading

    def load(self, case_file: casefile.CaseFile) -> None:
        super().load(case_file)
        a = case_file.applicant
        self._version = a.version
        self._editable = edit_permission(self.ctx.actor.role, case_file)[0]
        with self.tracker.paused():
            self.names.set_names(a.names)
            self.person.fill(a)
            index = self.document_language.findData(case_file.document_language)
            self.document_language.setCurrentIndex(max(index, 0))
        self.tracker.reset()
        self.errors.clear()
        self.photo_errors.clear()
        self.arrived.setText(date_text(case_file.arrived_on) or "—")
        self.registered.setText(date_text(case_file.registered_on))
        self.petition_language.setText(language_text(case_file.petition_language))
        self.certificates_model.set_records(case_file.certificates)
        fit_columns(self.certificates)
        self._show_fingerprints(case_file)
        self._apply_editable()
        self._load_photo(a.has_photo)

    def _certificate_state(self, certificate) -> str:
        if certificate.state == CertificateState.VALID and certificate.valid_to < date.today():
            return self.tr("Expired")
        return enum_text(CertificateState, certificate.state)

    def _show_fingerprints(self, cf: casefile.CaseFile) -> None:
        if cf.fingerprints_taken_on:
            self.fingerprints.setStyleSheet("")
            self.fingerprints.setText(self.tr("Fingerprints taken on {date}.").format(
                date=long_date_text(cf.fingerprints_taken_on)))
            return
        overdue = cf.fingerprints_due_on < date.today()
        self.fingerprints.setStyleSheet(ERROR_STYLE if overdue else "")
        text = (self.tr("Fingerprints not taken; they were due by {date}.") if overdue
                else self.tr("Fingerprints not taken yet; due by {date}."))
        self.fingerprints.setText(text.format(date=long_date_text(cf.fingerprints_due_on)))

    def _apply_editable(self) -> None:
        editable = self._editable
        self.names.set_read_only(not editable)
        self.person.set_read_only(not editable)
        self.document_language.setEnabled(editable)
        self.change_photo.setEnabled(editable)
        self.photo.accepting = editable
        self.photo.setAcceptDrops(editable)
        role, cf = self.ctx.actor.role, self.case_file
        self.fingerprints_button.setEnabled(
            cf is not None and allowed(role, Action.EDIT_CASE_FILE))
        self.renew_button.setEnabled(
            cf is not None and allowed(role, Action.REGISTER_DOCUMENT)
            and CaseStatus(cf.status) in cases.ASYLUM_SEEKER_STATES)
        self.save_button.setVisible(editable)
        if self.case_file is None or editable:
            self.notice.hide()
        else:
            self.notice.setText(edit_permission(self.ctx.actor.role, self.case_file)[1])
            self.notice.show()

    def _load_photo(self, has_photo: bool) -> None:
        self._photo_generation += 1
        generation = self._photo_generation
        if not has_photo:
            self._show_photo(None)
            return
        self.photo.setText(self.tr("Loading the photo…"))
        store, actor, number = self.ctx.store, self.ctx.actor, self.ctx.number

        def fetch():
            with store.uow(readonly=True) as uow:
                result = casefile.photo(uow, actor, number)
            if not result:
                return None
            try:  # decoded here, off the UI thread, after a look at its header
                return media.decode_image(result[0], max_pixels=MAX_PHOTO_PIXELS,
                                          fit=PHOTO_SIZE)
            except Unviewable:
                return None

        def done(image) -> None:
            if _alive(self) and generation == self._photo_generation:
                self._show_photo(image)

        def failed(_exc) -> None:
            if _alive(self) and generation == self._photo_generation:
                self.photo.setText(self.tr("The photo could not be loaded."))

        run_task(fetch, done, failed)

    def _show_photo(self, image: QImage | None) -> None:
        """Show a photo decoded by ``media.decode_image`` (never the stored bytes as such)."""
        if image is not None:
            self.photo.setPixmap(QPixmap.fromImage(image).scaled(
                PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo") if self._editable is False
                               else self.tr("No photo.\nDrop a JPEG or PNG file here."))

    # ---- editing

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.status.setText(self.tr("Unsaved changes") if dirty else "")
        self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self.tracker.dirty

    def discard(self) -> None:
        self.tracker.reset()
        self.errors.clear()

    def current_input(self) -> PetitionInput:
        cf = self.case_file
        data = PetitionInput(
            names=self.names.names(), arrived_on=cf.arrived_on, registered_on=cf.registered_on,
            petition_language=cf.petition_language,
            document_language=self.document_language.currentData())
        return self.person.read_into(data)

    def save(self) -> bool:
        if not self.is_dirty() or self.case_file is None:
            return True
        data = self.current_input()
        result = run_save(self, self.errors, lambda: self._write(data, self._version),
                          self._conflict)
        if not result and self.errors.has_errors():
            self._reveal_error()
        return bool(result)

    def _write(self, data: PetitionInput, version: int | None) -> bool:
        with self.ctx.uow() as uow:
            ref = cases.update_applicant(uow, self.ctx.actor, self.ctx.number, data,
                                         expected_version=version)
        self._version = ref.version
        self.tracker.reset()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def _conflict(self, _exc: Exception):
        with self.ctx.uow(readonly=True) as uow:
            fresh = casefile.load_case_file(uow, self.ctx.actor, self.ctx.number,
                                            sensitive=False)
        mine = self.current_input()
        rows = compare_rows("ApplicantSection", APPLICANT_FIELDS, fresh.applicant, mine)
        rows.append((self.tr("Letters in"), language_text(fresh.document_language),
                     language_text(mine.document_language)))
        choice = ConflictDialog(self, rows).exec()
        if choice == ConflictDialog.KEEP_MINE:
            version = fresh.applicant.version
            return run_save(self, self.errors, lambda: self._write(mine, version),
                            self._conflict)
        if choice == ConflictDialog.TAKE_THEIRS:
            self.tracker.reset()
            self.load(fresh)
            return True
        return False

    def _reveal_error(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.scroll.isAncestorOf(focused):
            self.scroll.ensureWidgetVisible(focused)

    # ---- photo

    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the applicant's photo"), "",
            self.tr("Images (*.jpg *.jpeg *.png)"))
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        """Store the image in ``path`` as the applicant's photo; errors show under the photo."""
        self.photo_errors.clear()
        try:
            # The size first: a huge file is refused before any of it is read.
            size = Path(path).stat().st_size
            if size > MAX_PHOTO_BYTES:
                self._photo_message(self.tr(
                    "This file is {size}; a photo can be at most {limit}. Save it smaller "
                    "(for example 600 × 800 pixels) and choose it again.").format(
                        size=size_text(size), limit=size_text(MAX_PHOTO_BYTES)))
                return False
            with Path(path).open("rb") as handle:
                content = handle.read(MAX_PHOTO_BYTES + 1)
        except OSError as exc:
            self._photo_message(self.tr("The file could not be read ({reason}).").format(
                reason=exc.strerror or exc.__class__.__name__))
            return False
        mime = _image_mime(content)
        if mime is None or len(content) > MAX_PHOTO_BYTES:
            self._photo_message(self.tr("This file is not a JPEG or PNG image. Choose a photo "
                                        "saved as .jpg or .png."))
            return False
        try:
            image = media.decode_image(content, max_pixels=MAX_PHOTO_PIXELS, fit=PHOTO_SIZE)
        except Unviewable as exc:
            self._photo_message(self.tr("This file cannot be used as the photo: {reason}")
                                .format(reason=exc.message))
            return False
        ctx = self.ctx

        def write():
            with ctx.uow() as uow:
                cases.set_photo(uow, ctx.actor, ctx.number, content, mime)
            return True

        if not run_save(self, self.photo_errors, write):
            return False
        self._photo_generation += 1  # a load of the photo still running brings the old one
        self._show_photo(image)
        self._refresh_facts(photo_changed=True)
        self.saved.emit()
        return True

    def _photo_message(self, text: str) -> None:
        self.photo_error.setText(text)
        self.photo_error.show()

    def _refresh_facts(self, photo_changed: bool = False) -> None:
        """Show new certificates and fingerprints at once, also while the form holds
        unsaved edits (the window reloads only sections without them).

        A new photo bumps the applicant's version; the unsaved edits must not then
        conflict with our own change — unless somebody else saved in between.
        """
        with self.ctx.uow(readonly=True) as uow:
            fresh = casefile.load_case_file(uow, self.ctx.actor, self.ctx.number,
                                            sensitive=False)
        if photo_changed and self._version is not None \
                and fresh.applicant.version == self._version + 1:
            self._version = fresh.applicant.version
        self.certificates_model.set_records(fresh.certificates)
        fit_columns(self.certificates)
        self._show_fingerprints(fresh)
        self._apply_editable()

    # ---- fingerprints and certificates

    def _ask_fingerprints(self) -> None:
        if self.case_file is None:
            return
        self.fingerprints_dialog = FingerprintsDialog(self)
        self.fingerprints_dialog.accepted.connect(self._fingerprints_recorded)
        self.fingerprints_dialog.open()

    def _fingerprints_recorded(self) -> None:
        self._refresh_facts()
        self.saved.emit()

    def _renew_certificate(self) -> None:
        if not confirm(self, self.tr("Renew the certificate"), self.tr(
                "Issue a new asylum-seeker certificate from today? The current one will be "
                "replaced.")):
            return
        ctx = self.ctx

        def write():
            with ctx.uow() as uow:
                return cases.renew_asylum_certificate(uow, ctx.actor, ctx.number)

        number = run_save(self, self.errors, write)
        if number:
            self.status.setText(self.tr("Certificate {number} issued.").format(number=number))
            self._refresh_facts()
            self.saved.emit()


def _alive(widget: QWidget) -> bool:
    return isValid(widget)
