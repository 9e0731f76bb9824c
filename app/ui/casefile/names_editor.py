"""Editing a person's name as written in each script they use.

One person is Серікұлы Ерлан in Kazakh Cyrillic, Serikuly Erlan in Latin and
something else again in a Chinese passport. ``NamesEditor`` holds one row per
written form; it produces ``NameInput`` for the services and loads
``NameView`` from the case file. ``NameErrors`` shows the services' errors
for ``<prefix>.names[i]…`` on the right row.

Also here, because every identity screen (petition, applicant, family,
documents, legal history, representative) builds on them: ``vocab_text`` (how
an enum value is shown), ``add_field`` (a labelled form row with its error
label) and ``RecordTableModel`` (a read-only table of records). Dates are shown
through ``app.ui.locale_format``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.names import to_kazakh_latin
from app.domain.permissions import Action, allowed
from app.domain.vocab import NameUse, Script
from app.domain.workflow import EDITABLE, CaseStatus, status_label
from app.services.cases import NameInput
from app.ui.forms import ERROR_STYLE, INVALID_STYLE, FieldErrors, enum_text, vocab_text
from app.ui.limits import NAME_MAX, label_shower, limit_line, watch_line
from app.ui.messages import field_message_text
from app.ui.tables import ListTableModel, plain_tooltip

# vocab.label() has no entries for these yet and would show "Kk-cyrl"; ours
# are used only while vocab falls back to the raw value (see vocab_text).


def edit_permission(role: str, case_file) -> tuple[bool, str]:
    """Whether ``role`` may change this case file now, and if not, why (to show)."""
    if not allowed(role, Action.EDIT_CASE_FILE):
        return False, QCoreApplication.translate(
            "CaseFile", "You can read this part of the case file; your role cannot change it.")
    if getattr(case_file, "checked_out", False):
        return False, QCoreApplication.translate(
            "CaseFile", "The case is out on a laptop: it can be changed here again once it is "
                        "checked in (or released).")
    if CaseStatus(case_file.status) not in EDITABLE:
        status = QCoreApplication.translate("CaseStatus", status_label(case_file.status))
        return False, QCoreApplication.translate(
            "CaseFile", "The case file cannot be changed while the case is “{status}”."
        ).format(status=status)
    return True, ""


def notice_label(object_name: str) -> QLabel:
    """A quiet banner saying why a part of the case file is read-only."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { background: #eef3fb; border: 1px solid #b8c8e6; "
                        "padding: 6px; }")
    label.hide()
    return label


def set_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in ``edit`` unless it shows it already, so that reloading after a
    save keeps the cursor and the undo history of a field the user is in."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Forms", "Yes") if value
            else QCoreApplication.translate("Forms", "No"))


def plain_label(text: str) -> str:
    """A label's text without its mnemonic marker and colon, for accessible names."""
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").rstrip(":").strip()


def add_field(form: QFormLayout, text: str, widget: QWidget, errors: FieldErrors | None = None,
              path: str | None = None, hint: str | None = None) -> QLabel:
    """A form row: a label (its mnemonic bound to ``widget``), the widget, an optional
    hint below it and the error label that ``errors`` fills for ``path``.

    With an empty ``text`` (check boxes carry their own) the row has no label.
    """
    label = QLabel(text)
    if text:
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(plain_label(text))
    container = QWidget()
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint:
        note = QLabel(hint)
        note.setObjectName(f"{widget.objectName()}Hint")
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        column.addWidget(note)
    if errors is not None and path:
        error_label = errors.label_for(path, widget)
        column.addWidget(error_label)
        if isinstance(widget, QLineEdit):  # input cut at the field's length is said there
            watch_line(widget, label_shower(error_label, widget))
    container.setFocusProxy(widget)
    form.addRow(label, container)
    return label


def table_defaults(table: QTableView) -> None:
    """A read-only table of records: whole rows selected, one at a time."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Call after naming the table: its headers are named after it.
    name = table.objectName()
    header.setObjectName(f"{name}Header")
    header.setAccessibleName(QCoreApplication.translate("Forms", "Column headers"))
    table.verticalHeader().setObjectName(f"{name}RowHeader")
    table.verticalHeader().setAccessibleName(QCoreApplication.translate("Forms", "Row headers"))


#: Widest a column gets when fitted to its contents; the tooltip shows the rest.
MAX_COLUMN_WIDTH = 280


def fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > MAX_COLUMN_WIDTH:
            table.setColumnWidth(column, MAX_COLUMN_WIDTH)


Column = tuple[str, Callable[[Any], str]]


class RecordTableModel(ListTableModel):
    """Read-only rows of view dataclasses; ``columns`` are (header, text of a record).

    Headers are marked with ``QT_TRANSLATE_NOOP(context, …)`` and translated here.
    """

    def __init__(self, context: str, columns: Sequence[Column], parent=None) -> None:
        super().__init__(context, [column[0] for column in columns], parent)
        self.columns = list(columns)

    def set_records(self, records: Iterable[Any]) -> None:
        self.set_rows(records)

    def record_at(self, row: int) -> Any | None:
        return self.row_at(row)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        record = self.record_at(index.row())
        if record is None or not 0 <= index.column() < len(self.columns):
            return None
        text = self.columns[index.column()][1](record)
        return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text


def full_name(name) -> str:
    return " ".join(p for p in (name.surname, name.given_names, name.patronymic) if p)


def names_text(names: Iterable) -> str:
    """Every written form on its own line, with its script: for tables and comparisons."""
    return "\n".join(f"{enum_text(Script, n.script)}: {full_name(n)}" for n in names)


@dataclass
class _Row:
    script: QComboBox
    surname: QLineEdit
    given_names: QLineEdit
    patronymic: QLineEdit
    use: QComboBox
    remove: QToolButton

    def edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.surname, self.given_names, self.patronymic

    def widgets(self) -> list[QWidget]:
        return [self.script, self.surname, self.given_names, self.patronymic, self.use,
                self.remove]

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in self.edits())


_CYRILLIC = (Script.KAZAKH_CYRILLIC.value, Script.RUSSIAN_CYRILLIC.value)
_NAME_PATH = re.compile(r"^\.names(?:\[(\d+)\](?:\.(\w+))?)?$")


class NamesEditor(QWidget):
    """Rows of (script, surname, given names, patronymic, use); add, remove, suggest Latin.

    ``changed`` fires on every edit the user makes (not while loading).
    """

    changed = Signal()

    def __init__(self, object_prefix: str = "names", parent=None) -> None:
        super().__init__(parent)
        self.prefix = object_prefix
        self.setObjectName(f"{object_prefix}Editor")
        self.setAccessibleName(self.tr("Written forms of the name"))
        self._rows: list[_Row] = []
        self._sent_rows: list[int] = []  # which row each submitted NameInput came from
        self._loading = False
        self._read_only = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        headers = [self.tr("Scr&ipt"), self.tr("&Surname"), self.tr("&Given names"),
                   self.tr("Pa&tronymic"), self.tr("Us&e")]
        self.headers: list[QLabel] = []
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setObjectName(f"{object_prefix}Header{column}")
            self.grid.addWidget(header, 0, column)
            self.headers.append(header)
        for column, stretch in ((0, 2), (1, 3), (2, 3), (3, 3), (4, 1)):
            self.grid.setColumnStretch(column, stretch)
        outer.addLayout(self.grid)

        self.error = QLabel()
        self.error.setObjectName(f"{object_prefix}Error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a &written form"))
        self.add_button.setObjectName(f"{object_prefix}Add")
        self.add_button.setAccessibleName(self.tr("Add a written form of the name"))
        self.add_button.clicked.connect(self._add_clicked)
        self.suggest_button = QPushButton(self.tr("Suggest &Latin"))
        self.suggest_button.setObjectName(f"{object_prefix}SuggestLatin")
        self.suggest_button.setAccessibleName(
            self.tr("Suggest the Latin form from the Cyrillic one"))
        self.suggest_button.setToolTip(self.tr(
            "Writes the Cyrillic name in the Kazakh Latin alphabet into empty Latin fields. "
            "Check it against the passport."))
        self.suggest_button.clicked.connect(self.suggest_latin)
        bar.addWidget(self.add_button)
        bar.addWidget(self.suggest_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self._add_row(Script.KAZAKH_CYRILLIC.value)
        self._update_buttons()

    # ---- rows

    def row_count(self) -> int:
        return len(self._rows)

    def row(self, index: int) -> _Row:
        return self._rows[index]

    def _add_row(self, script: str, name=None) -> _Row:
        index = len(self._rows)
        number = index + 1
        p = f"{self.prefix}_{{}}_{index}"
        script_box = QComboBox()
        for value in Script:
            script_box.addItem(vocab_text(value), value.value)
        script_box.setCurrentIndex(max(script_box.findData(script), 0))
        use_box = QComboBox()
        for value in NameUse:
            use_box.addItem(vocab_text(value), value.value)
        surname, given, patronymic = QLineEdit(), QLineEdit(), QLineEdit()
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this written form"))
        for box in (script_box, use_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)
        row = _Row(script_box, surname, given, patronymic, use_box, remove)
        names = [("script", self.tr("Script of written form {n}")),
                 ("surname", self.tr("Surname, written form {n}")),
                 ("given_names", self.tr("Given names, written form {n}")),
                 ("patronymic", self.tr("Patronymic, written form {n}")),
                 ("use", self.tr("Use of written form {n}")),
                 ("remove", self.tr("Remove written form {n}"))]
        for (attr, accessible), widget in zip(names, row.widgets(), strict=True):
            widget.setObjectName(p.format(attr))
            widget.setAccessibleName(accessible.format(n=number))
        if name is not None:
            surname.setText(name.surname)
            given.setText(name.given_names)
            patronymic.setText(name.patronymic)
            use_box.setCurrentIndex(max(use_box.findData(name.use), 0))
            for edit in (surname, given, patronymic):
                edit.setCursorPosition(0)
        for edit in row.edits():
            limit_line(edit, NAME_MAX, lambda text, e=edit: self._too_long(e, text))
            edit.textEdited.connect(self._edited)
            edit.setReadOnly(self._read_only)
        script_box.activated.connect(self._edited)
        use_box.activated.connect(self._edited)
        script_box.setEnabled(not self._read_only)
        use_box.setEnabled(not self._read_only)
        remove.clicked.connect(lambda _checked=False, r=row: self._remove_clicked(r))
        if self._read_only:
            remove.hide()  # hide() before it has a parent: show() would make it a window
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index + 1, column)
        self._rows.append(row)
        self._relink()
        return row

    def _relink(self) -> None:
        """Buddies on the first row; tab order row by row, then the buttons."""
        first = self._rows[0]
        for header, widget in zip(self.headers, first.widgets(), strict=False):
            header.setBuddy(widget)
        chain = [w for row in self._rows for w in row.widgets()]
        chain += [self.add_button, self.suggest_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _clear_rows(self) -> None:
        for row in self._rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._rows.clear()

    def _add_clicked(self) -> None:
        used = {r.script.currentData() for r in self._rows}
        script = next((s.value for s in (Script.LATIN, Script.RUSSIAN_CYRILLIC, Script.CHINESE,
                                          Script.ARABIC, Script.KAZAKH_CYRILLIC)
                       if s.value not in used), Script.LATIN.value)
        row = self._add_row(script)
        self._update_buttons()
        row.surname.setFocus()
        self._edited()

    def _remove_clicked(self, row: _Row) -> None:
        if len(self._rows) <= 1 or row not in self._rows:
            return
        kept = [(r.script.currentData(), self._name_of(r)) for r in self._rows if r is not row]
        self._clear_rows()
        for script, name in kept:
            self._add_row(script, name)
        self._update_buttons()
        self._rows[0].surname.setFocus()
        self._edited()

    @staticmethod
    def _name_of(row: _Row) -> NameInput:
        return NameInput(row.script.currentData(), row.surname.text(), row.given_names.text(),
                         row.patronymic.text(), row.use.currentData())

    def _edited(self, *_args) -> None:
        self._update_buttons()
        if not self._loading:
            self.changed.emit()

    def _too_long(self, edit: QLineEdit, text: str) -> None:
        """A name cut at its length: said under the rows, with the field marked."""
        index = next((i for i, r in enumerate(self._rows) if edit in r.edits()), 0)
        edit.setStyleSheet(INVALID_STYLE)
        edit.setAccessibleDescription(text)
        self.error.setText(self.tr("Written form {n}: {message}").format(n=index + 1,
                                                                          message=text))
        self.error.show()

    def _update_buttons(self) -> None:
        for row in self._rows:
            row.remove.setEnabled(not self._read_only and len(self._rows) > 1)
        self.suggest_button.setEnabled(not self._read_only and self._cyrillic_source() is not None)

    # ---- the Latin suggestion

    def _cyrillic_source(self) -> _Row | None:
        for script in _CYRILLIC:
            for row in self._rows:
                if row.script.currentData() == script and not row.is_blank():
                    return row
        return None

    def suggest_latin(self) -> None:
        """Fill the empty fields of the Latin row (adding one) from the Cyrillic name.

        Nothing typed is overwritten, and the suggestion can be undone (Ctrl+Z).
        """
        source = self._cyrillic_source()
        if source is None:
            return
        target = next((r for r in self._rows if r.script.currentData() == Script.LATIN.value),
                      None)
        if target is None:
            target = self._add_row(Script.LATIN.value)
            target.use.setCurrentIndex(target.use.findData(source.use.currentData()))
        for from_edit, to_edit in zip(source.edits(), target.edits(), strict=True):
            if from_edit.text().strip() and not to_edit.text().strip():
                to_edit.selectAll()
                to_edit.insert(to_kazakh_latin(from_edit.text().strip()))
        target.surname.setFocus()
        self._edited()

    # ---- values

    def names(self) -> list[NameInput]:
        """The written forms, without rows left entirely blank."""
        self._sent_rows = [i for i, r in enumerate(self._rows) if not r.is_blank()]
        return [self._name_of(self._rows[i]) for i in self._sent_rows]

    def set_names(self, names: Iterable) -> None:
        """Show ``NameView``s (or ``NameInput``s); an empty list gives one Kazakh Cyrillic row."""
        names = list(names)
        self._loading = True
        try:
            self.clear_errors()
            if names and len(names) == len(self._rows):
                # The same rows: update them in place, so focus and undo stay where they are.
                for row, name in zip(self._rows, names, strict=True):
                    row.script.setCurrentIndex(max(row.script.findData(name.script), 0))
                    row.use.setCurrentIndex(max(row.use.findData(name.use), 0))
                    set_text(row.surname, name.surname)
                    set_text(row.given_names, name.given_names)
                    set_text(row.patronymic, name.patronymic)
                self._update_buttons()
                return
            self._clear_rows()
            for name in names:
                self._add_row(name.script, name)
            if not self._rows:
                self._add_row(Script.KAZAKH_CYRILLIC.value)
            self._update_buttons()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._rows:
            for edit in row.edits():
                edit.setReadOnly(read_only)
            row.script.setEnabled(not read_only)
            row.use.setEnabled(not read_only)
        self.add_button.setVisible(not read_only)
        self.suggest_button.setVisible(not read_only)
        for row in self._rows:
            row.remove.setVisible(not read_only)
        self._update_buttons()

    # ---- errors

    def clear_errors(self) -> None:
        self.error.hide()
        self.error.clear()
        for row in self._rows:
            for widget in row.widgets()[:5]:
                widget.setStyleSheet("")
                widget.setAccessibleDescription("")

    def show_errors(self, errors: dict[str, str], prefix: str) -> QWidget | None:
        """Mark the rows named by ``<prefix>.names[i].field`` paths; return the first widget."""
        self.clear_errors()
        lines: list[str] = []
        first: QWidget | None = None
        for path, message in errors.items():
            match = _NAME_PATH.match(path[len(prefix):]) if path.startswith(prefix) else None
            text = field_message_text(message)
            text = text[:1].upper() + text[1:]
            if match is None or match[1] is None:
                lines.append(text)
                widgets = [self._rows[0].surname, self._rows[0].given_names]
            else:
                sent = int(match[1])
                index = self._sent_rows[sent] if sent < len(self._sent_rows) else sent
                index = min(index, len(self._rows) - 1)
                row = self._rows[index]
                field = match[2]
                widgets = ([getattr(row, field)] if field in ("script", "surname", "given_names",
                                                              "patronymic", "use")
                           else [row.surname, row.given_names])
                lines.append(self.tr("Written form {n}: {message}").format(n=index + 1,
                                                                         message=text))
            for widget in widgets:
                widget.setStyleSheet(INVALID_STYLE)
                widget.setAccessibleDescription(text)
            first = first or widgets[0]
        if lines:
            self.error.setText("\n".join(lines))
            self.error.show()
        return first

    def has_errors(self) -> bool:
        return not self.error.isHidden()


class NameErrors(FieldErrors):
    """``FieldErrors`` that also sends ``<prefix>.names…`` errors to a ``NamesEditor``."""

    def __init__(self, general: QLabel, editor: NamesEditor, prefix: str) -> None:
        super().__init__(general)
        self.editor = editor
        self.prefix = prefix

    def _is_name(self, path: str) -> bool:
        return path == f"{self.prefix}.names" or path.startswith(f"{self.prefix}.names[")

    def clear(self) -> None:
        super().clear()
        self.editor.clear_errors()

    def show(self, errors: dict[str, str]) -> QWidget | None:
        names = {p: m for p, m in errors.items() if self._is_name(p)}
        rest = {p: m for p, m in errors.items() if not self._is_name(p)}
        first_other = super().show(rest)  # clears the editor too, so it goes first
        first_name = self.editor.show_errors(names, self.prefix)
        return first_name or first_other

    def has_errors(self) -> bool:
        return super().has_errors() or self.editor.has_errors()
