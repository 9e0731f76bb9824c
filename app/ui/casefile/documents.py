"""Identity documents of the applicant and the relatives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import DocumentType, Relation
from app.services import cases
from app.services.cases import DocumentInput
from app.ui.casefile.family import RecordDialog, RecordGroup, RecordSection
from app.ui.casefile.names_editor import (
    RecordTableModel,
    add_field,
    enum_text,
    full_name,
)
from app.ui.casefile.section import CaseContext
from app.ui.forms import optional_date_edit, pydate, qdate
from app.ui.locale_format import date_text


def original_text(is_original: bool) -> str:
    return (QCoreApplication.translate("DocumentsSection", "Original") if is_original
            else QCoreApplication.translate("DocumentsSection", "Copy"))


def holder_text(holder: str) -> str:
    return holder or QCoreApplication.translate("DocumentsSection", "Applicant")


def set_date(edit, value) -> None:
    edit.setDate(qdate(value) if value else edit.minimumDate())


class DocumentDialog(RecordDialog):
    KIND = "identity_document"
    CONTEXT = "DocumentDialog"

    def __init__(self, ctx, case_file, record=None, parent=None) -> None:
        super().__init__(ctx, case_file, record, parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(self.tr("Add an identity document") if record is None
                            else self.tr("Edit an identity document"))
        self.setMinimumWidth(520)

    @property
    def FIELDS(self):
        holders = {None: holder_text("")} | {
            m.id: full_name(m.names[0]) if m.names else "" for m in self.case_file.family}
        return [
            ("doc_type", QT_TRANSLATE_NOOP("DocumentDialog", "Type"),
             lambda v: enum_text(DocumentType, v)),
            ("number", QT_TRANSLATE_NOOP("DocumentDialog", "Number"), str),
            ("issuing_country", QT_TRANSLATE_NOOP("DocumentDialog", "Issuing country"),
             lambda v: (v or "").upper()),
            ("issuer", QT_TRANSLATE_NOOP("DocumentDialog", "Issued by"), str),
            ("issued_on", QT_TRANSLATE_NOOP("DocumentDialog", "Issued on"), date_text),
            ("expires_on", QT_TRANSLATE_NOOP("DocumentDialog", "Expires on"), date_text),
            ("is_original", QT_TRANSLATE_NOOP("DocumentDialog", "Original or copy"),
             original_text),
            ("family_member_id", QT_TRANSLATE_NOOP("DocumentDialog", "Holder"),
             lambda v: holders.get(v, "?")),
            ("notes", QT_TRANSLATE_NOOP("DocumentDialog", "Notes"), str),
        ]

    def build(self, form: QFormLayout) -> None:
        self.doc_type = self.enum_combo("documentType", DocumentType)
        self.number = self.line("documentNumber", self.tr("e.g. E12345678"))
        self.country = self.line("documentCountry", self.tr("e.g. CHN"))
        self.issuer = self.line("documentIssuer")
        self.issued_on = optional_date_edit("documentIssuedOn", self.tr("Issued on"))
        self.expires_on = optional_date_edit("documentExpiresOn", self.tr("Expires on"))
        self.original = self.check("documentOriginal", self.tr("&Original seen (not a copy)"))
        self.original.setAccessibleName(self.tr("Original seen"))
        self.holder = QComboBox()
        self.holder.setObjectName("documentHolder")
        self.holder.addItem(holder_text(""), None)
        for member in self.case_file.family:
            name = full_name(member.names[0]) if member.names else ""
            self.holder.addItem(self.tr("{name} ({relation})").format(
                name=name, relation=enum_text(Relation, member.relation)), member.id)
        self.notes = self.text_box("documentNotes")
        e = self.errors
        add_field(form, self.tr("&Type:"), self.doc_type, e, "document.doc_type")
        add_field(form, self.tr("&Number:"), self.number, e, "document.number")
        add_field(form, self.tr("Issuing &country:"), self.country, e,
                  "document.issuing_country", hint=self.tr("Three-letter country code."))
        add_field(form, self.tr("Issued &by:"), self.issuer, e, "document.issuer")
        add_field(form, self.tr("&Issued on:"), self.issued_on, e, "document.issued_on")
        add_field(form, self.tr("E&xpires on:"), self.expires_on, e, "document.expires_on")
        add_field(form, "", self.original, e, "document.is_original")
        add_field(form, self.tr("&Holder:"), self.holder, e, "document.family_member_id")
        add_field(form, self.tr("No&tes:"), self.notes, e, "document.notes")

    def fill(self, record) -> None:
        self.doc_type.setCurrentIndex(max(self.doc_type.findData(record.doc_type), 0))
        self.number.setText(record.number)
        self.country.setText(record.issuing_country)
        self.issuer.setText(record.issuer)
        self.issuer.setCursorPosition(0)
        set_date(self.issued_on, record.issued_on)
        set_date(self.expires_on, record.expires_on)
        self.original.setChecked(record.is_original)
        self.holder.setCurrentIndex(max(self.holder.findData(record.family_member_id), 0))
        self.notes.setPlainText(record.notes)

    def value(self) -> DocumentInput:
        return DocumentInput(
            doc_type=self.doc_type.currentData(), number=self.number.text().strip(),
            issuing_country=self.country.text().strip().upper(), issuer=self.issuer.text(),
            issued_on=pydate(self.issued_on), expires_on=pydate(self.expires_on),
            is_original=self.original.isChecked(), family_member_id=self.holder.currentData(),
            notes=self.notes.toPlainText())

    def add(self, uow, data) -> None:
        cases.add_identity_document(uow, self.ctx.actor, self.ctx.number, data)

    def update(self, uow, record_id, data, version: int) -> None:
        cases.update_identity_document(uow, self.ctx.actor, self.ctx.number, record_id, data,
                                       expected_version=version)

    def find(self, case_file):
        return next((d for d in case_file.documents if d.id == self.record.id), None)


class DocumentsSection(RecordSection):
    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Identity documents")
    SENSITIVE = False

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("documentsSection")
        model = RecordTableModel("DocumentsSection", [
            (QT_TRANSLATE_NOOP("DocumentsSection", "Type"),
             lambda d: enum_text(DocumentType, d.doc_type)),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Number"), lambda d: d.number),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Country"), lambda d: d.issuing_country),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Issued by"), lambda d: d.issuer),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Issued"), lambda d: date_text(d.issued_on)),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Expires"),
             lambda d: date_text(d.expires_on)),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Original"),
             lambda d: original_text(d.is_original)),
            (QT_TRANSLATE_NOOP("DocumentsSection", "Holder"), lambda d: holder_text(d.holder)),
        ], self)
        self.group = self.add_group(RecordGroup(
            ctx, self.tr("Identity documents"), "documents", model, DocumentDialog,
            lambda d: self.tr("the {type} {number}").format(
                type=enum_text(DocumentType, d.doc_type).lower(), number=d.number)))

    def records(self, case_file):
        return [case_file.documents]
