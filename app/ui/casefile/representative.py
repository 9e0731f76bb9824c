"""The representative (lawyer) acting in the case, with the power of attorney."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services import casefile, cases
from app.services.cases import RepresentativeInput
from app.ui.casefile.documents import set_date
from app.ui.casefile.names_editor import add_field, edit_permission, notice_label, set_text
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import DirtyTracker, FieldErrors, optional_date_edit, pydate, run_save


class RepresentativeSection(Section):
    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Representative")
    SENSITIVE = False

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("representativeSection")
        self._editable = False
        self.tracker = DirtyTracker(self)
        root = QVBoxLayout(self)
        self.notice = notice_label("representativeNotice")
        root.addWidget(self.notice)
        self.none_label = QLabel(self.tr("No representative is recorded for this case. Fill "
                                         "in the form to record one."))
        self.none_label.setObjectName("representativeNone")
        self.none_label.setWordWrap(True)
        root.addWidget(self.none_label)

        self.general = QLabel()
        self.general.setObjectName("representativeError")
        self.errors = FieldErrors(self.general)
        self.full_name = self._line("representativeName")
        self.organisation = self._line("representativeOrganisation",
                                       self.tr("e.g. a bar association or legal clinic"))
        self.licence = self._line("representativeLicence")
        self.phone = self._line("representativePhone", self.tr("e.g. +7 701 123 4567"))
        self.email = self._line("representativeEmail")
        self.poa = self._line("representativePowerOfAttorney")
        self.poa_on = optional_date_edit("representativePowerOfAttorneyOn",
                                         self.tr("Power of attorney dated"))
        person = QGroupBox(self.tr("Representative"))
        person.setObjectName("representativeBox")
        form = QFormLayout(person)
        e = self.errors
        add_field(form, self.tr("Full &name:"), self.full_name, e, "representative.full_name")
        add_field(form, self.tr("&Organisation:"), self.organisation, e,
                  "representative.organisation")
        add_field(form, self.tr("&Licence number:"), self.licence, e,
                  "representative.licence_number",
                  hint=self.tr("A representative already known by this licence number is "
                               "reused."))
        add_field(form, self.tr("&Phone:"), self.phone, e, "representative.phone")
        add_field(form, self.tr("E-&mail:"), self.email, e, "representative.email")
        attorney = QGroupBox(self.tr("Power of attorney"))
        attorney.setObjectName("powerOfAttorneyBox")
        attorney_form = QFormLayout(attorney)
        add_field(attorney_form, self.tr("N&umber:"), self.poa, e,
                  "representative.power_of_attorney")
        add_field(attorney_form, self.tr("&Dated:"), self.poa_on, e,
                  "representative.power_of_attorney_on")
        root.addWidget(person)
        root.addWidget(attorney)
        root.addWidget(self.general)
        root.addStretch(1)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("representativeSaveStatus")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("representativeSave")
        self.save_button.setAccessibleName(self.tr("Save the representative"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        root.addLayout(bar)
        self.tracker.watch(*self._inputs())
        self.tracker.changed.connect(self._dirty_changed)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _inputs(self):
        return [self.full_name, self.organisation, self.licence, self.phone, self.email,
                self.poa, self.poa_on]

    def load(self, case_file: casefile.CaseFile) -> None:
        super().load(case_file)
        rep = case_file.representative
        self._editable, reason = edit_permission(self.ctx.actor.role, case_file)
        with self.tracker.paused():
            set_text(self.full_name, rep.full_name if rep else "")
            set_text(self.organisation, rep.organisation if rep else "")
            set_text(self.licence, rep.licence_number if rep else "")
            set_text(self.phone, rep.phone if rep else "")
            set_text(self.email, rep.email if rep else "")
            set_text(self.poa, rep.power_of_attorney if rep else "")
            set_date(self.poa_on, rep.power_of_attorney_on if rep else None)
        self.tracker.reset()
        self.errors.clear()
        self.none_label.setVisible(rep is None)
        self.none_label.setText(
            self.tr("No representative is recorded for this case. Fill in the form to record "
                    "one.") if self._editable
            else self.tr("No representative is recorded for this case."))
        self.notice.setText(reason)
        self.notice.setVisible(not self._editable)
        for edit in self._inputs()[:-1]:
            edit.setReadOnly(not self._editable)
        self.poa_on.setReadOnly(not self._editable)
        self.save_button.setVisible(self._editable)

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.status.setText(self.tr("Unsaved changes") if dirty else "")
        self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self.tracker.dirty

    def discard(self) -> None:
        self.tracker.reset()
        self.errors.clear()

    def current_input(self) -> RepresentativeInput:
        return RepresentativeInput(
            full_name=self.full_name.text(), organisation=self.organisation.text(),
            licence_number=self.licence.text(), phone=self.phone.text(),
            email=self.email.text(), power_of_attorney=self.poa.text(),
            power_of_attorney_on=pydate(self.poa_on))

    def save(self) -> bool:
        if not self.is_dirty() or self.case_file is None:
            return True
        data = self.current_input()
        ctx = self.ctx

        def write() -> bool:
            with ctx.uow() as uow:
                cases.set_representative(uow, ctx.actor, ctx.number, data)
            return True

        if not run_save(self, self.errors, write):
            return False
        self.tracker.reset()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
        return True
