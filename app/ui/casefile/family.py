"""The applicant's relatives; and the parts every list of records shares.

``RecordGroup`` is a table of one kind of record with Add / Edit / Remove;
``RecordDialog`` adds or edits one record with errors shown inline and a
comparison when somebody saved the record meanwhile. The documents and the
legal-history sections are built from the same two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConflictError, DomainError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.vocab import Relation, Sex
from app.services import casefile, cases
from app.services.cases import FamilyMemberInput
from app.ui.casefile.applicant import compare_rows
from app.ui.casefile.names_editor import (
    NameErrors,
    NamesEditor,
    RecordTableModel,
    add_field,
    edit_permission,
    enum_text,
    fit_columns,
    full_name,
    names_text,
    notice_label,
    table_defaults,
    vocab_text,
    yes_no,
)
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import (
    ConflictDialog,
    DirtyTracker,
    FieldErrors,
    ask_unsaved,
    confirm,
    run_save,
)
from app.ui.limits import PlainTextEdit
from app.ui.locale_format import partial_date_text
from app.ui.messages import error_text, field_message_text

Field = tuple[str, str, Callable[[Any], str]]


class RecordDialog(QDialog):
    """Add (``record`` is None) or edit one record of the case file.

    Subclasses set ``KIND`` (as ``cases.remove_record`` names it), ``CONTEXT``
    (translation context) and ``FIELDS`` (attribute, label, text) for the
    conflict comparison — the attributes are shared by the view and the input
    dataclass — and implement ``build``, ``fill``, ``value``, ``add``, ``update``
    and ``find``. ``reload_needed`` tells the caller to reload even when the
    dialog was cancelled (the user took the saved version).
    """

    KIND = ""
    CONTEXT = "RecordDialog"
    FIELDS: list[Field] = []

    def __init__(self, ctx: CaseContext, case_file: casefile.CaseFile, record=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_file = case_file
        self.record = record
        self.reload_needed = False
        self.tracker = DirtyTracker(self)
        layout = QVBoxLayout(self)
        self.general = QLabel()
        self.general.setObjectName(f"{self.KIND}DialogError")
        self.errors = self.make_errors(self.general)
        self.form = QFormLayout()
        self.build(self.form)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{self.KIND}DialogButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{self.KIND}DialogSave")
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(f"{self.KIND}DialogCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if record is not None:
            with self.tracker.paused():
                self.fill(record)
        self.watch(self.tracker)

    # ---- for subclasses

    def make_errors(self, general: QLabel) -> FieldErrors:
        return FieldErrors(general)

    def build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def fill(self, record) -> None:
        raise NotImplementedError

    def watch(self, tracker: DirtyTracker) -> None:
        """Connect every input to ``tracker`` (default: the form's widgets)."""
        for index in range(self.form.rowCount()):
            item = self.form.itemAt(index, QFormLayout.ItemRole.FieldRole)
            container = item.widget() if item else None
            if container is not None and container.focusProxy() is not None:
                tracker.watch(container.focusProxy())

    def value(self):
        raise NotImplementedError

    def add(self, uow, data) -> None:
        raise NotImplementedError

    def update(self, uow, record_id, data, version: int) -> None:
        raise NotImplementedError

    def find(self, case_file: casefile.CaseFile):
        """This record in a freshly loaded case file, or None if it was removed."""
        raise NotImplementedError

    # ---- saving

    def save(self) -> None:
        data = self.value()
        if self.record is None:
            result = run_save(self, self.errors, lambda: self._add(data))
        else:
            version = self.record.version
            result = run_save(self, self.errors, lambda: self._update(data, version),
                              self._conflict)
        if result:
            self.tracker.reset()
            self.accept()

    def _add(self, data) -> bool:
        with self.ctx.uow() as uow:
            self.add(uow, data)
        return True

    def _update(self, data, version: int) -> bool:
        with self.ctx.uow() as uow:
            self.update(uow, self.record.id, data, version)
        return True

    def _conflict(self, _exc: Exception) -> bool:
        with self.ctx.uow(readonly=True) as uow:
            fresh = casefile.load_case_file(uow, self.ctx.actor, self.ctx.number,
                                            sensitive=False)
        current = self.find(fresh)
        if current is None:
            QMessageBox.information(self, self.tr("Removed meanwhile"), self.tr(
                "Somebody removed this record after you opened it. Your changes were not "
                "saved."))
            self.reload_needed = True
            self.tracker.reset()
            self.reject()
            return False
        mine = self.value()
        choice = ConflictDialog(self, compare_rows(self.CONTEXT, self.FIELDS, current,
                                                   mine)).exec()
        if choice == ConflictDialog.KEEP_MINE:
            self.record = current
            self.reload_needed = True
            return bool(run_save(self, self.errors,
                                 lambda: self._update(mine, current.version), self._conflict))
        if choice == ConflictDialog.TAKE_THEIRS:
            self.reload_needed = True
            self.tracker.reset()
            self.reject()
        return False

    def reject(self) -> None:
        if self.tracker.dirty:
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    # ---- helpers for building forms

    def line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def text_box(self, name: str) -> QPlainTextEdit:
        edit = PlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        return edit

    def check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        return box

    def enum_combo(self, name: str, enum: type) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value in enum:
            combo.addItem(vocab_text(value), value.value)
        return combo


class RecordGroup(QGroupBox):
    """A table of one kind of record with Add, Edit and Remove.

    ``changed`` fires after a record was written or removed (reload the case file).
    The open dialog, if any, is ``dialog``.
    """

    changed = Signal()

    def __init__(self, ctx: CaseContext, title: str, object_name: str,
                 model: RecordTableModel, dialog_class: type[RecordDialog],
                 describe: Callable[[Any], str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.ctx = ctx
        self.model = model
        self.dialog_class = dialog_class
        self.describe = describe
        self.case_file: casefile.CaseFile | None = None
        self.editable = False
        self.dialog: RecordDialog | None = None
        self.table = QTableView()
        self.table.setObjectName(f"{object_name}Table")
        self.table.setAccessibleName(title.replace("&", ""))
        self.table.setModel(model)
        table_defaults(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = self._button(f"{object_name}Add", self.tr("&Add…"),
                                       self.tr("Add to {what}").format(what=title))
        self.edit_button = self._button(f"{object_name}Edit", self.tr("&Edit…"),
                                        self.tr("Edit the selected entry of {what}")
                                        .format(what=title))
        self.remove_button = self._button(f"{object_name}Remove", self.tr("&Remove…"),
                                          self.tr("Remove the selected entry of {what}")
                                          .format(what=title))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.empty = QLabel(self.tr("None recorded."))
        self.empty.setObjectName(f"{object_name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible.replace("&", ""))
        return button

    def set_records(self, case_file: casefile.CaseFile, records, editable: bool,
                    reason: str = "") -> None:
        self.case_file = case_file
        self.editable = editable
        self.model.set_records(records)
        fit_columns(self.table)
        self.table.setVisible(bool(records))
        self.empty.setVisible(not records)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setToolTip(reason)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(self.editable and self.case_file is not None)
        self.edit_button.setEnabled(self.editable and has)
        self.remove_button.setEnabled(self.editable and has)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and self.editable:
            self.open_dialog(record)

    def open_dialog(self, record) -> RecordDialog | None:
        if self.case_file is None or not self.editable:
            return None
        dialog = self.dialog_class(self.ctx, self.case_file, record, self)
        dialog.finished.connect(lambda result, d=dialog: self._closed(d, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: RecordDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted or dialog.reload_needed:
            self.changed.emit()

    def remove_selected(self) -> None:
        record = self.selected()
        if record is None or not self.editable:
            return
        if not confirm(self, self.tr("Remove from the case file"), self.tr(
                "Remove {what} from the case file? The history keeps a record of it.").format(
                    what=self.describe(record))):
            return
        try:
            with self.ctx.uow() as uow:
                cases.remove_record(uow, self.ctx.actor, self.ctx.number,
                                    self.dialog_class.KIND, record.id,
                                    expected_version=record.version)
        except ConflictError:
            QMessageBox.warning(self, self.tr("Not removed"), self.tr(
                "Somebody changed this entry after you opened the case file, so nothing was "
                "removed. Look at the saved version and remove it again if it should go."))
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), "\n".join(
                m[:1].upper() + m[1:] for m in map(field_message_text, exc.errors.values())))
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), error_text(exc))
            return
        self.changed.emit()


class RecordSection(Section):
    """A case-file section made of record groups; the writes happen in their dialogs."""

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.groups: list[RecordGroup] = []
        self.layout_ = QVBoxLayout(self)
        self.notice = notice_label(f"{type(self).__name__}Notice")
        self.layout_.addWidget(self.notice)

    def add_group(self, group: RecordGroup) -> RecordGroup:
        group.changed.connect(self.saved.emit)
        self.groups.append(group)
        if self.groups[1:]:
            self.layout_.takeAt(self.layout_.count() - 1)  # the stretch stays last
        self.layout_.addWidget(group, 1)
        self.layout_.addStretch(0)
        return group

    def records(self, case_file: casefile.CaseFile) -> list[list]:
        """The records of each group, in order."""
        raise NotImplementedError

    def load(self, case_file: casefile.CaseFile) -> None:
        super().load(case_file)
        editable, reason = edit_permission(self.ctx.actor.role, case_file)
        self.notice.setText(reason)
        self.notice.setVisible(not editable)
        for group, records in zip(self.groups, self.records(case_file), strict=True):
            group.set_records(case_file, records, editable, reason)
            # An empty list takes no more room than its message and buttons.
            self.layout_.setStretchFactor(group, 1 if records else 0)


# ---------------------------------------------------------------------------
# relatives


def _birth_hint() -> str:
    return QCoreApplication.translate(
        "FamilyMemberDialog", "1990, 1990-05 or 1990-05-17; add ~ for an estimate (1990~).")


class FamilyMemberDialog(RecordDialog):
    KIND = "family_member"
    CONTEXT = "FamilyMemberDialog"
    FIELDS = [
        ("names", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Names"), names_text),
        ("relation", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Relation"),
         lambda v: enum_text(Relation, v)),
        ("sex", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Sex"), lambda v: enum_text(Sex, v)),
        ("birth_date", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Birth date"), str),
        ("whereabouts", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Whereabouts"), str),
        ("included_in_petition", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Included in the "
                                                                         "petition"), yes_no),
        ("own_case", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Own case"), lambda v: v or ""),
        ("notes", QT_TRANSLATE_NOOP("FamilyMemberDialog", "Notes"), str),
    ]

    def __init__(self, ctx, case_file, record=None, parent=None) -> None:
        super().__init__(ctx, case_file, record, parent)
        self.setObjectName("familyMemberDialog")
        self.setWindowTitle(self.tr("Add a relative") if record is None
                            else self.tr("Edit a relative"))
        self.setMinimumWidth(820)

    def make_errors(self, general: QLabel) -> FieldErrors:
        self.names = NamesEditor("familyNames")
        return NameErrors(general, self.names, "family_member")

    def build(self, form: QFormLayout) -> None:
        self.relation = self.enum_combo("familyRelation", Relation)
        self.sex = self.enum_combo("familySex", Sex)
        self.sex.setCurrentIndex(self.sex.findData(Sex.UNKNOWN.value))
        self.birth_date = self.line("familyBirthDate", self.tr("e.g. 2015-03"))
        self.whereabouts = self.line("familyWhereabouts",
                                     self.tr("e.g. with the applicant; in Xinjiang; unknown"))
        self.included = self.check("familyIncluded", self.tr("&Included in the petition"))
        self.included.setAccessibleName(self.tr("Included in the petition"))
        self.own_case = self.line("familyOwnCase", self.tr("e.g. AQM-2026-00042"))
        self.notes = self.text_box("familyNotes")
        names_box = QGroupBox(self.tr("Names"))
        names_box.setObjectName("familyNamesBox")
        QVBoxLayout(names_box).addWidget(self.names)
        form.addRow(names_box)
        add_field(form, self.tr("Re&lation:"), self.relation, self.errors,
                  "family_member.relation")
        add_field(form, self.tr("Se&x:"), self.sex, self.errors, "family_member.sex")
        add_field(form, self.tr("&Birth date:"), self.birth_date, self.errors,
                  "family_member.birth_date", hint=_birth_hint())
        add_field(form, self.tr("W&hereabouts:"), self.whereabouts, self.errors,
                  "family_member.whereabouts")
        add_field(form, "", self.included, self.errors, "family_member.included_in_petition")
        add_field(form, self.tr("&Own case number:"), self.own_case, self.errors,
                  "family_member.own_case",
                  hint=self.tr("When the relative has a petition of their own."))
        add_field(form, self.tr("N&otes:"), self.notes, self.errors, "family_member.notes")

    def watch(self, tracker: DirtyTracker) -> None:
        super().watch(tracker)
        self.names.changed.connect(tracker.mark)

    def fill(self, record) -> None:
        self.names.set_names(record.names)
        self.relation.setCurrentIndex(max(self.relation.findData(record.relation), 0))
        self.sex.setCurrentIndex(max(self.sex.findData(record.sex), 0))
        self.birth_date.setText(record.birth_date)
        self.whereabouts.setText(record.whereabouts)
        self.whereabouts.setCursorPosition(0)
        self.included.setChecked(record.included_in_petition)
        self.own_case.setText(record.own_case)
        self.notes.setPlainText(record.notes)

    def value(self) -> FamilyMemberInput:
        return FamilyMemberInput(
            names=self.names.names(), sex=self.sex.currentData(),
            birth_date=self.birth_date.text().strip(), relation=self.relation.currentData(),
            whereabouts=self.whereabouts.text(), included_in_petition=self.included.isChecked(),
            own_case=self.own_case.text().strip() or None, notes=self.notes.toPlainText())

    def add(self, uow, data) -> None:
        cases.add_family_member(uow, self.ctx.actor, self.ctx.number, data)

    def update(self, uow, record_id, data, version: int) -> None:
        cases.update_family_member(uow, self.ctx.actor, self.ctx.number, record_id, data,
                                   expected_version=version)

    def find(self, case_file):
        return next((m for m in case_file.family if m.id == self.record.id), None)


def _first_name(record) -> str:
    return full_name(record.names[0]) if record.names else ""


class FamilySection(RecordSection):
    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Family")
    SENSITIVE = False

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("familySection")
        model = RecordTableModel("FamilySection", [
            (QT_TRANSLATE_NOOP("FamilySection", "Relation"),
             lambda m: enum_text(Relation, m.relation)),
            (QT_TRANSLATE_NOOP("FamilySection", "Names"),
             lambda m: " / ".join(full_name(n) for n in m.names)),
            (QT_TRANSLATE_NOOP("FamilySection", "Born"),
             lambda m: partial_date_text(m.birth_date)),
            (QT_TRANSLATE_NOOP("FamilySection", "Whereabouts"), lambda m: m.whereabouts),
            (QT_TRANSLATE_NOOP("FamilySection", "In the petition"),
             lambda m: yes_no(m.included_in_petition)),
            (QT_TRANSLATE_NOOP("FamilySection", "Own case"), lambda m: m.own_case),
        ], self)
        self.group = self.add_group(RecordGroup(
            ctx, self.tr("Relatives"), "family", model, FamilyMemberDialog,
            lambda m: self.tr("{relation} {name}").format(
                relation=enum_text(Relation, m.relation).lower(), name=_first_name(m))))

    def records(self, case_file):
        return [case_file.family]
