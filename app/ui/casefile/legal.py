"""Entry and legal history: border crossings, criminal proceedings, rulings on deportation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QSpinBox

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services import cases
from app.services.cases import EntryInput, ProceedingInput, RulingInput
from app.ui import counts
from app.ui.casefile.documents import set_date
from app.ui.casefile.family import RecordDialog, RecordGroup, RecordSection
from app.ui.casefile.names_editor import RecordTableModel, add_field, yes_no
from app.ui.casefile.section import CaseContext
from app.ui.forms import optional_date_edit, pydate
from app.ui.locale_format import date_text


def _how_text(irregular: bool) -> str:
    return (QCoreApplication.translate("LegalHistorySection", "Irregular") if irregular
            else QCoreApplication.translate("LegalHistorySection", "Regular"))


def _days_text(days: int) -> str:
    return counts.days_text(days) if days \
        else ""


class EntryDialog(RecordDialog):
    KIND = "entry_record"
    CONTEXT = "EntryDialog"
    FIELDS = [
        ("crossed_on", QT_TRANSLATE_NOOP("EntryDialog", "Crossed on"), date_text),
        ("place", QT_TRANSLATE_NOOP("EntryDialog", "Place"), str),
        ("irregular", QT_TRANSLATE_NOOP("EntryDialog", "Irregular crossing"), yes_no),
        ("from_country", QT_TRANSLATE_NOOP("EntryDialog", "From country"),
         lambda v: (v or "").upper()),
        ("notes", QT_TRANSLATE_NOOP("EntryDialog", "Notes"), str),
    ]

    def __init__(self, ctx, case_file, record=None, parent=None) -> None:
        super().__init__(ctx, case_file, record, parent)
        self.setObjectName("entryDialog")
        self.setWindowTitle(self.tr("Add a border crossing") if record is None
                            else self.tr("Edit a border crossing"))
        self.setMinimumWidth(560)

    def build(self, form: QFormLayout) -> None:
        self.crossed_on = optional_date_edit("entryCrossedOn", self.tr("Crossed on"))
        self.place = self.line("entryPlace", self.tr("e.g. near Khorgos"))
        self.irregular = self.check("entryIrregular",
                                    self.tr("&Irregular (without passing border control)"))
        self.irregular.setAccessibleName(self.tr("Irregular crossing"))
        self.irregular.setChecked(True)
        self.from_country = self.line("entryFromCountry", self.tr("e.g. CHN"))
        self.notes = self.text_box("entryNotes")
        e = self.errors
        add_field(form, self.tr("&Crossed on:"), self.crossed_on, e, "entry.crossed_on")
        add_field(form, self.tr("&Place:"), self.place, e, "entry.place")
        add_field(form, "", self.irregular, e, "entry.irregular")
        add_field(form, self.tr("&From country:"), self.from_country, e, "entry.from_country",
                  hint=self.tr("Three-letter country code."))
        add_field(form, self.tr("&Notes:"), self.notes, e, "entry.notes")

    def fill(self, record) -> None:
        set_date(self.crossed_on, record.crossed_on)
        self.place.setText(record.place)
        self.place.setCursorPosition(0)
        self.irregular.setChecked(record.irregular)
        self.from_country.setText(record.from_country)
        self.notes.setPlainText(record.notes)

    def value(self) -> EntryInput:
        return EntryInput(crossed_on=pydate(self.crossed_on), place=self.place.text(),
                          irregular=self.irregular.isChecked(),
                          from_country=self.from_country.text().strip().upper(),
                          notes=self.notes.toPlainText())

    def add(self, uow, data) -> None:
        cases.add_entry_record(uow, self.ctx.actor, self.ctx.number, data)

    def update(self, uow, record_id, data, version: int) -> None:
        cases.update_entry_record(uow, self.ctx.actor, self.ctx.number, record_id, data,
                                  expected_version=version)

    def find(self, case_file):
        return next((r for r in case_file.entries if r.id == self.record.id), None)


class ProceedingDialog(RecordDialog):
    KIND = "criminal_proceeding"
    CONTEXT = "ProceedingDialog"
    FIELDS = [
        ("court", QT_TRANSLATE_NOOP("ProceedingDialog", "Court"), str),
        ("article", QT_TRANSLATE_NOOP("ProceedingDialog", "Article"), str),
        ("verdict_on", QT_TRANSLATE_NOOP("ProceedingDialog", "Verdict on"), date_text),
        ("sentence", QT_TRANSLATE_NOOP("ProceedingDialog", "Sentence"), str),
        ("pretrial_detention_days",
         QT_TRANSLATE_NOOP("ProceedingDialog", "Pre-trial detention (days)"), str),
        ("notes", QT_TRANSLATE_NOOP("ProceedingDialog", "Notes"), str),
    ]

    def __init__(self, ctx, case_file, record=None, parent=None) -> None:
        super().__init__(ctx, case_file, record, parent)
        self.setObjectName("proceedingDialog")
        self.setWindowTitle(self.tr("Add a criminal proceeding") if record is None
                            else self.tr("Edit a criminal proceeding"))
        self.setMinimumWidth(560)

    def build(self, form: QFormLayout) -> None:
        self.court = self.line("proceedingCourt", self.tr("e.g. Zharkent district court"))
        self.article = self.line("proceedingArticle", self.tr("e.g. 392 part 1"))
        self.verdict_on = optional_date_edit("proceedingVerdictOn", self.tr("Verdict on"))
        self.sentence = self.line("proceedingSentence")
        self.days = QSpinBox()
        self.days.setObjectName("proceedingDetentionDays")
        self.days.setRange(0, 36500)
        self.days.setSuffix(self.tr(" days"))
        self.notes = self.text_box("proceedingNotes")
        e = self.errors
        add_field(form, self.tr("&Court:"), self.court, e, "proceeding.court")
        add_field(form, self.tr("&Article:"), self.article, e, "proceeding.article",
                  hint=self.tr("Article of the Criminal Code."))
        add_field(form, self.tr("&Verdict on:"), self.verdict_on, e, "proceeding.verdict_on")
        add_field(form, self.tr("&Sentence:"), self.sentence, e, "proceeding.sentence")
        add_field(form, self.tr("&Pre-trial detention:"), self.days, e,
                  "proceeding.pretrial_detention_days")
        add_field(form, self.tr("&Notes:"), self.notes, e, "proceeding.notes")

    def fill(self, record) -> None:
        self.court.setText(record.court)
        self.court.setCursorPosition(0)
        self.article.setText(record.article)
        self.article.setCursorPosition(0)
        set_date(self.verdict_on, record.verdict_on)
        self.sentence.setText(record.sentence)
        self.sentence.setCursorPosition(0)
        self.days.setValue(record.pretrial_detention_days)
        self.notes.setPlainText(record.notes)

    def value(self) -> ProceedingInput:
        return ProceedingInput(court=self.court.text(), article=self.article.text(),
                               verdict_on=pydate(self.verdict_on), sentence=self.sentence.text(),
                               pretrial_detention_days=self.days.value(),
                               notes=self.notes.toPlainText())

    def add(self, uow, data) -> None:
        cases.add_criminal_proceeding(uow, self.ctx.actor, self.ctx.number, data)

    def update(self, uow, record_id, data, version: int) -> None:
        cases.update_criminal_proceeding(uow, self.ctx.actor, self.ctx.number, record_id, data,
                                         expected_version=version)

    def find(self, case_file):
        return next((r for r in case_file.proceedings if r.id == self.record.id), None)


class RulingDialog(RecordDialog):
    KIND = "court_ruling"
    CONTEXT = "RulingDialog"
    FIELDS = [
        ("court", QT_TRANSLATE_NOOP("RulingDialog", "Court"), str),
        ("ruled_on", QT_TRANSLATE_NOOP("RulingDialog", "Ruled on"), date_text),
        ("reference", QT_TRANSLATE_NOOP("RulingDialog", "Reference"), str),
        ("deportation_barred", QT_TRANSLATE_NOOP("RulingDialog", "Deportation barred"), yes_no),
        ("summary", QT_TRANSLATE_NOOP("RulingDialog", "Summary"), str),
    ]

    def __init__(self, ctx, case_file, record=None, parent=None) -> None:
        super().__init__(ctx, case_file, record, parent)
        self.setObjectName("rulingDialog")
        self.setWindowTitle(self.tr("Add a court ruling") if record is None
                            else self.tr("Edit a court ruling"))
        self.setMinimumWidth(560)

    def build(self, form: QFormLayout) -> None:
        self.court = self.line("rulingCourt")
        self.ruled_on = optional_date_edit("rulingRuledOn", self.tr("Ruled on"))
        self.reference = self.line("rulingReference", self.tr("case number at the court"))
        self.barred = self.check("rulingBarred", self.tr("The court &barred deportation"))
        self.barred.setAccessibleName(self.tr("Deportation barred"))
        self.barred.setChecked(True)
        self.summary = self.text_box("rulingSummary")
        e = self.errors
        add_field(form, self.tr("&Court:"), self.court, e, "ruling.court")
        add_field(form, self.tr("&Ruled on:"), self.ruled_on, e, "ruling.ruled_on")
        add_field(form, self.tr("R&eference:"), self.reference, e, "ruling.reference")
        add_field(form, "", self.barred, e, "ruling.deportation_barred")
        add_field(form, self.tr("&Summary:"), self.summary, e, "ruling.summary")

    def fill(self, record) -> None:
        self.court.setText(record.court)
        self.court.setCursorPosition(0)
        set_date(self.ruled_on, record.ruled_on)
        self.reference.setText(record.reference)
        self.barred.setChecked(record.deportation_barred)
        self.summary.setPlainText(record.summary)

    def value(self) -> RulingInput:
        return RulingInput(court=self.court.text(), ruled_on=pydate(self.ruled_on),
                           reference=self.reference.text(),
                           deportation_barred=self.barred.isChecked(),
                           summary=self.summary.toPlainText())

    def add(self, uow, data) -> None:
        cases.add_court_ruling(uow, self.ctx.actor, self.ctx.number, data)

    def update(self, uow, record_id, data, version: int) -> None:
        cases.update_court_ruling(uow, self.ctx.actor, self.ctx.number, record_id, data,
                                  expected_version=version)

    def find(self, case_file):
        return next((r for r in case_file.rulings if r.id == self.record.id), None)


class LegalHistorySection(RecordSection):
    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Entry and legal history")
    SENSITIVE = False

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("legalHistorySection")
        entries = RecordTableModel("LegalHistorySection", [
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Crossed on"), lambda r: date_text(r.crossed_on)),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Place"), lambda r: r.place),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Crossing"), lambda r: _how_text(r.irregular)),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "From"), lambda r: r.from_country),
        ], self)
        proceedings = RecordTableModel("LegalHistorySection", [
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Court"), lambda r: r.court),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Article"), lambda r: r.article),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Verdict"), lambda r: date_text(r.verdict_on)),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Sentence"), lambda r: r.sentence),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Pre-trial detention"),
             lambda r: _days_text(r.pretrial_detention_days)),
        ], self)
        rulings = RecordTableModel("LegalHistorySection", [
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Court"), lambda r: r.court),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Ruled on"), lambda r: date_text(r.ruled_on)),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Reference"), lambda r: r.reference),
            (QT_TRANSLATE_NOOP("LegalHistorySection", "Deportation barred"), lambda r: yes_no(r.deportation_barred)),
        ], self)
        self.entries = self.add_group(RecordGroup(
            ctx, self.tr("Entry and crossing"), "entries", entries, EntryDialog,
            lambda r: self.tr("the crossing at {place}").format(place=r.place or "—")))
        self.proceedings = self.add_group(RecordGroup(
            ctx, self.tr("Criminal proceedings"), "proceedings", proceedings, ProceedingDialog,
            lambda r: self.tr("the proceeding at {court}").format(court=r.court)))
        self.rulings = self.add_group(RecordGroup(
            ctx, self.tr("Court rulings on deportation"), "rulings", rulings, RulingDialog,
            lambda r: self.tr("the ruling of {court}").format(court=r.court)))

    def records(self, case_file):
        return [case_file.entries, case_file.proceedings, case_file.rulings]
