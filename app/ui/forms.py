"""What every form shares: errors next to fields, unsaved-change tracking,
the unsaved-changes prompt and the conflict dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab

ERROR_STYLE = "QLabel { color: #b00020; }"
INVALID_STYLE = "border: 1px solid #b00020;"


class FieldErrors:
    """Shows validation messages under the fields they concern.

    ``bind(path, widget)`` links a field path used by the services (e.g.
    ``applicant.birth_date``) to a widget; an error label is created below it
    (in the same layout, via ``label_for``). ``show(errors)`` displays a
    ``ValidationError.errors`` mapping; messages for unbound paths go to the
    general label. Paths match by prefix, so ``applicant.names[0].surname``
    can be bound exactly or fall back to ``applicant.names``.
    """

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def label_for(self, path: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{path.replace('.', '_').replace('[', '_').replace(']', '')}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._fields[path] = (widget, label)
        return label

    def clear(self) -> None:
        self.general.hide()
        self.general.clear()
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")

    def show(self, errors: dict[str, str]) -> QWidget | None:
        """Display the messages (``FieldMessage``s, or texts the screen translated itself)
        in the interface language; return the first widget with an error (to focus it)."""
        from app.ui.messages import field_label, field_message_text

        self.clear()
        general: list[str] = []
        first = None
        for path, message in errors.items():
            shown = field_message_text(message)
            target = self._match(path)
            if target is None:
                general.append(f"{field_label(path)}: {shown}")
                continue
            widget, label = target
            text = shown[:1].upper() + shown[1:]
            label.setText((label.text() + "\n" if label.text() else "") + text)
            label.show()
            widget.setStyleSheet(INVALID_STYLE)
            widget.setAccessibleDescription(text)
            first = first or widget
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        return first

    def has_errors(self) -> bool:
        return not self.general.isHidden() or any(
            not label.isHidden() for _w, label in self._fields.values())

    def _match(self, path: str):
        candidates = [p for p in self._fields if path == p or path.startswith(p + ".")
                      or path.startswith(p + "[")]
        if not candidates:
            return None
        return self._fields[max(candidates, key=len)]


class DirtyTracker(QObject):
    """Knows whether the user changed anything since the last ``reset()``."""

    changed = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._paused = False

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.mark)
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self.mark)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.mark)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.mark)
            elif isinstance(widget, (QCheckBox, QAbstractButton)):
                widget.toggled.connect(self.mark)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.mark)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self.mark)

    def mark(self, *_args) -> None:
        if self._paused or self._dirty:
            return
        self._dirty = True
        self.changed.emit(True)

    def reset(self) -> None:
        was = self._dirty
        self._dirty = False
        if was:
            self.changed.emit(False)

    def paused(self) -> _Pause:
        """``with tracker.paused(): fill the form`` — loading is not editing."""
        return _Pause(self)

    @property
    def dirty(self) -> bool:
        return self._dirty


class _Pause:
    def __init__(self, tracker: DirtyTracker) -> None:
        self.tracker = tracker

    def __enter__(self) -> None:
        self.tracker._paused = True

    def __exit__(self, *exc) -> None:
        self.tracker._paused = False


def ask_unsaved(parent: QWidget, what: str = "") -> QMessageBox.StandardButton:
    """Save, Discard or Cancel — before something that would lose typed work."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedPrompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Forms", "Unsaved changes"))
    box.setText(QCoreApplication.translate(
        "Forms", "You have changes that are not saved{what}.").format(
        what=f" ({what})" if what else ""))
    box.setInformativeText(QCoreApplication.translate("Forms", "Save them before closing?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


def ask_password(parent: QWidget, title: str, text: str) -> str | None:
    """The user's password, asked again before a weighty step; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    password, given = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return password if given and password else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes/No before a destructive action; No is the default."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class ConflictDialog(QDialog):
    """Somebody saved a newer version: show both and let the user choose.

    ``rows`` are (field label, their value, your value). The result is
    ``KEEP_MINE`` (save again over the newer version, knowingly), ``TAKE_THEIRS``
    (discard mine and load theirs) or rejected (keep editing).
    """

    KEEP_MINE = 10
    TAKE_THEIRS = 11

    def __init__(self, parent: QWidget, rows: Iterable[tuple[str, str, str]],
                 who: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Saved elsewhere in the meantime"))
        self.resize(760, 420)
        grid = QGridLayout()
        intro = QLabel(self.tr(
            "This record was changed and saved{who} after you opened it. Nothing has been "
            "overwritten. Compare the two versions and choose which one to keep.").format(
                who=self.tr(" by {user}").format(user=who) if who else ""))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        for column, title in enumerate((self.tr("Field"), self.tr("Saved version"),
                                        self.tr("Your version"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 1, column)
        row_index = 2
        for label, theirs, mine in rows:
            differs = theirs != mine
            for column, text in enumerate((label, theirs, mine)):
                cell = QLabel(text)
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if differs and column:
                    cell.setStyleSheet("QLabel { background: #fff4d6; }")
                grid.addWidget(cell, row_index, column)
            row_index += 1
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        mine_button = buttons.addButton(self.tr("Keep my version"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        mine_button.setObjectName("keepMine")
        theirs_button = buttons.addButton(self.tr("Take the saved version"),
                                          QDialogButtonBox.ButtonRole.DestructiveRole)
        theirs_button.setObjectName("takeTheirs")
        cancel = buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("keepEditing")
        # Enter pressed out of habit must not save over the other person's version.
        for button in (mine_button, theirs_button):
            button.setAutoDefault(False)
        cancel.setDefault(True)
        cancel.setFocus()
        mine_button.clicked.connect(lambda: self.done(self.KEEP_MINE))
        theirs_button.clicked.connect(lambda: self.done(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)


def qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def pydate(widget: QDateEdit):
    """The date in a QDateEdit, or None when it shows its 'no date' minimum."""
    value = widget.date()
    if not value.isValid() or value == widget.minimumDate():
        return None
    return value.toPython()


def optional_date_edit(object_name: str, accessible: str) -> QDateEdit:
    """A date field that may be empty: its minimum date shows as blank."""
    from app.ui.locale_format import localize_date_edit

    edit = localize_date_edit(QDateEdit())
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setSpecialValueText(" ")
    edit.setDate(edit.minimumDate())
    return edit


def run_save(parent: QWidget, errors: FieldErrors, action: Callable[[], object],
             on_conflict: Callable[[Exception], object] | None = None):
    """Run a save; show validation errors next to fields and other errors in a box.

    A ConflictError goes to ``on_conflict`` (which shows ``ConflictDialog``).
    Returns the action's result, or None when it failed (nothing typed is lost).
    """
    from app.domain.errors import ConflictError, DomainError, StoreError, ValidationError
    from app.ui.messages import error_text

    errors.clear()
    try:
        try:
            # A save waits for another program's lock for up to the busy timeout:
            # the cursor says the window is working, not frozen.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return action()
            finally:
                QApplication.restoreOverrideCursor()
        except ConflictError as exc:
            if on_conflict is None:
                raise
            # A failure while ``on_conflict`` loads the saved version (a locked
            # database, say) is shown below like any other.
            return on_conflict(exc)
    except ValidationError as exc:
        first = errors.show(exc.errors)
        if first is not None:
            first.setFocus()
        return None
    except DomainError as exc:
        text = error_text(exc)
        if isinstance(exc, StoreError):  # the environment's fault: the form stays as it is
            text += "\n\n" + QCoreApplication.translate(
                "Forms", "What you typed is still here: save again once this is solved.")
        QMessageBox.warning(parent, QCoreApplication.translate("Forms", "Not saved"), text)
        return None


# ---------------------------------------------------------------------------
# naming widgets and showing the vocabularies


def named(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    """Give an interactive widget its object name and accessible name."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if isinstance(widget, QComboBox):  # its drop-down list, too
        widget.view().setObjectName(object_name + "List")
        widget.view().setAccessibleName(accessible)
    return widget


def vocab_text(value: object) -> str:
    """An enum member in the interface language (through ``vocab.label``)."""
    return QCoreApplication.translate("Vocab", vocab.label(value))


def basis_title(title: str) -> str:
    """A legal basis's title in the interface language: Pana's default articles are
    translated ("LegalBasis"); a title an admin typed is shown as typed."""
    return QCoreApplication.translate("LegalBasis", title) if title else ""


def enum_text(enum: type, stored: str | None) -> str:
    """A stored enum string as its label; unknown values as they are, None as ""."""
    if not stored:
        return ""
    try:
        return vocab_text(enum(stored))
    except ValueError:
        return stored


def enum_combo(members, object_name: str, accessible: str) -> QComboBox:
    """A combo box of enum members, showing their labels, holding their values."""
    combo = named(QComboBox(), object_name, accessible)
    for member in members:
        combo.addItem(vocab_text(member), member.value)
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
