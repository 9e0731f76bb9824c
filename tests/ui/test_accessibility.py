"""Every interactive widget can be found by tests and named by a screen reader."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.ui.casefile.window import CaseFileWindow
from app.ui.main_window import MainWindow
from app.ui.petition import NewPetitionDialog
from tests.helpers import builders

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QTextEdit,
               QAbstractSpinBox, QAbstractItemView)


def _inside_composite(widget: QWidget) -> bool:
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        ancestor = ancestor.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QTabBar):
            continue
        parent = widget.parentWidget()
        # Parts Qt builds inside composite widgets (a combo box's line edit and popup, a
        # spin box's editor, a line edit's clear button, a table's headers) are named by
        # their owner.
        if _inside_composite(widget) or isinstance(widget, QHeaderView) \
                or widget.objectName().startswith("qt_"):
            continue
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        if not widget.objectName():
            problems.append(f"{type(widget).__name__} '{text}' in "
                            f"{parent.objectName() if parent else '?'} has no objectName")
        if not (widget.accessibleName() or text):
            problems.append(f"{type(widget).__name__} {widget.objectName()} has no "
                            "accessible name")
    return problems


def test_main_window_case_file_and_petition_name_every_control(qtbot, store_fixture):
    fx = store_fixture
    number = builders.register(fx).number
    window = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(window)
    window.show()
    case_window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(case_window)
    case_window.show()
    qtbot.waitUntil(lambda: case_window.case_file is not None, timeout=10000)
    dialog = NewPetitionDialog(fx.store, fx.officer, window)
    qtbot.addWidget(dialog)
    problems = _unnamed(window) + _unnamed(case_window) + _unnamed(dialog)
    assert problems == []


def test_keyboard_shortcuts_are_bound(qtbot, store_fixture):
    fx = store_fixture
    window = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(window)
    keys = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for action in window.actions()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+Q"} <= keys
    number = builders.register(fx).number
    case_window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(case_window)
    keys = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for action in case_window.actions()}
    assert {"Ctrl+S", "F5", "Ctrl+W"} <= keys
