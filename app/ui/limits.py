"""How much text a field takes, said to the person typing rather than found out at saving.

A QLineEdit takes 32,767 characters unless told otherwise and cuts a longer
paste without a word; a QPlainTextEdit takes anything, and ten megabytes
pasted into one freezes the window for seconds at every key press. So:

- ``limit_line(edit, limit, show)``: the line takes at most what the service
  stores (``validation.MAX_LINE`` or the field's own limit); when a paste or a
  key press goes past it, ``show`` gets a message saying so (shown under the
  field by ``names_editor.add_field``), and what was cut is plain to see;
- ``PlainTextEdit``: a paste or drop that would take the text past
  ``validation.MAX_TEXT`` is refused as a whole (half a pasted statement is
  worse than none), with a message inside the editor until the next edit.
  Lines wrap at word boundaries only: Qt's default of breaking an unbroken
  run of letters anywhere costs seconds per key press on a long one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.domain.validation import MAX_LINE, MAX_NAME, MAX_SHORT, MAX_TEXT
from app.ui.locale_format import number_text

#: The services' own limits (``cases._names``, ``cases._validate_petition``).
NAME_MAX = MAX_NAME
SHORT_MAX = MAX_SHORT
LINE_MAX = MAX_LINE
TEXT_MAX = MAX_TEXT

_STYLE = ("QLabel { background: #fdecea; color: #b00020; border: 1px solid #e6a5a0; "
          "padding: 4px; }")


def line_limit_text(limit: int) -> str:
    return QCoreApplication.translate(
        "Limits", "At most {limit} characters fit here; the rest was left out. Check the end "
                  "of the text.").format(limit=number_text(limit))


def limit_line(edit: QLineEdit, limit: int,
               show: Callable[[str], None] | None = None) -> QLineEdit:
    """Let ``edit`` take at most ``limit`` characters; tell ``show`` when input is cut."""
    edit.setMaxLength(limit)
    edit.setProperty("panaLimit", limit)
    if show is not None:
        watch_line(edit, show)
    return edit


def watch_line(edit: QLineEdit, show: Callable[[str], None]) -> None:
    """Call ``show`` with a message when ``edit`` refuses input for its length."""

    def rejected() -> None:
        if len(edit.text()) >= edit.maxLength():
            show(line_limit_text(edit.maxLength()))

    edit.inputRejected.connect(rejected)


def label_shower(label: QLabel, widget: QWidget) -> Callable[[str], None]:
    """A ``show`` for ``limit_line`` that writes into an error label under the field."""

    def show(text: str) -> None:
        label.setText(text)
        label.show()
        widget.setAccessibleDescription(text)

    return show


class PlainTextEdit(QPlainTextEdit):
    """A plain-text field that refuses a paste or drop past ``max_chars``; see the module."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 max_chars: int = TEXT_MAX) -> None:
        super().__init__(text, parent)
        self.max_chars = max_chars
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.refusal = QLabel(self.viewport())
        self.refusal.setObjectName("pasteRefused")
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setStyleSheet(_STYLE)
        self.refusal.hide()
        self.textChanged.connect(self._hide_refusal)

    def length(self) -> int:
        return max(0, self.document().characterCount() - 1)

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source is not None and source.hasText() else ""
        selected = len(self.textCursor().selectedText())
        room = max(0, self.max_chars - (self.length() - selected))
        if len(text) > room:
            self._refuse(len(text), room)
            return
        super().insertFromMimeData(source)

    def _refuse(self, size: int, room: int) -> None:
        message = QCoreApplication.translate(
            "Limits", "Not pasted: the text is {size} characters long, and only {room} more "
                      "fit here (at most {limit} in all). Paste a shorter part.").format(
                          size=number_text(size), room=number_text(room),
                          limit=number_text(self.max_chars))
        self.refusal.setText(message)
        self.setAccessibleDescription(message)
        self._place_refusal()
        self.refusal.show()

    def _hide_refusal(self) -> None:
        if not self.refusal.isHidden():
            self.refusal.hide()
            self.setAccessibleDescription("")

    def _place_refusal(self) -> None:
        width = max(80, self.viewport().width() - 8)
        self.refusal.setFixedWidth(width)
        self.refusal.adjustSize()
        self.refusal.move(4, max(0, self.viewport().height() - self.refusal.height() - 4))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.refusal.isHidden():
            self._place_refusal()
