"""The top-level handler of unexpected errors: logged without applicant data, one plain
dialog with a report to save, and the windows go on working.

pytest-qt fails a test on any exception that reaches ``sys.excepthook``; these
tests switch that off (``qt_no_exception_capture``) and install Pana's own hook.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.services import cases
from app.ui import crash
from app.ui.crash import CrashDialog
from app.ui.main_window import MainWindow
from app.ui.messages import error_text
from app.ui.tasks import run_task
from tests.helpers.builders import register

pytestmark = pytest.mark.qt_no_exception_capture

#: A fictional applicant; the name must never reach the log or a report.
SURNAME, GIVEN = "Zhumabekova", "Aigerim"
NAME = f"{SURNAME} {GIVEN}"


@pytest.fixture
def handler(tmp_path):
    file = crash.file_handler(tmp_path)
    root = logging.getLogger()
    root.addHandler(file)
    installed = crash.install()
    yield installed
    crash.uninstall()
    root.removeHandler(file)
    file.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CrashDialog):
            widget.close()


def log_text(tmp_path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return crash.log_file(tmp_path).read_text(encoding="utf-8")


def open_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()]


def test_an_error_in_a_slot_is_logged_without_the_name_and_the_window_goes_on(
        qtbot, store_fixture, handler, tmp_path, monkeypatch):
    fx = store_fixture
    number = register(fx, names=[cases.NameInput("Latn", SURNAME, GIVEN)]).number

    def broken_lock(self) -> None:
        raise RuntimeError(f"could not lock the case of {NAME}")

    monkeypatch.setattr(MainWindow, "lock", broken_lock)
    window = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.registry.model.rowCount() == 1, timeout=10000)

    qtbot.mouseClick(window.findChild(QToolButton, "lockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    incident = dialog.incident
    assert dialog.windowTitle().startswith("Something went wrong")
    assert "may not have been completed" in dialog.body.text()
    assert "What you typed is still in its window" in dialog.body.text()
    assert incident.id in dialog.incident_label.text()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal

    logged = log_text(tmp_path)
    assert f"incident {incident.id}: unexpected RuntimeError" in logged
    assert "tests/ui/test_crash_handler.py:" in logged and " broken_lock" in logged
    assert SURNAME not in logged and GIVEN not in logged
    assert "could not lock" not in logged  # no message text at all

    report = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(report), "")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = report.read_text(encoding="utf-8")
    assert f"Incident: {incident.id}" in saved
    for line in ("Pana: ", "Python: ", "Qt: ", "System: ", "Time (UTC): ", "RuntimeError"):
        assert line in saved
    assert " broken_lock" in saved
    assert SURNAME not in saved and GIVEN not in saved and "could not lock" not in saved
    assert "saved as" in dialog.status.text()

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is None and not open_dialogs())
    # The main window still works: a search in the registry finds the case.
    registry = window.registry
    qtbot.keyClicks(registry.search, SURNAME[:6])
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1
                    and registry.status_line.text() == "Cases: 1", timeout=10000)
    assert registry.model.row_at(0).number == number
    registry.search.clear()
    qtbot.keyClicks(registry.search, "Nobody")
    qtbot.waitUntil(lambda: registry.model.rowCount() == 0, timeout=10000)


def test_a_burst_of_errors_opens_one_dialog(qtbot, handler, tmp_path):
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def fail() -> None:
        raise KeyError(NAME)

    button.clicked.connect(fail)
    button.show()
    qtbot.waitExposed(button)
    for _ in range(20):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.repeats == 19)
    qtbot.wait(50)
    assert len(open_dialogs()) == 1
    assert "Errors since this message opened: 19." in handler.dialog.more.text()
    logged = log_text(tmp_path)
    # The first in full, a few repeats, not twenty tracebacks.
    assert logged.count("unexpected KeyError") == 3
    assert SURNAME not in logged
    handler.dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None)
    # The same error soon after is logged but does not open the dialog again at once.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert handler.dialog is None and not open_dialogs()


def test_a_background_task_failure_reaches_the_handler(qtbot, handler, tmp_path):
    failures: list[Exception] = []

    def work():
        raise ValueError(f"bad row for {NAME}")

    run_task(work, lambda _value: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures) and handler.dialog is not None, timeout=10000)
    incident = handler.dialog.incident
    assert incident.thread == "background task"
    assert incident.type_name == "ValueError"
    # The widget that waited is told as well, with words that name the incident.
    message = error_text(failures[0])
    assert incident.id in message and SURNAME not in message
    logged = log_text(tmp_path)
    assert f"incident {incident.id}: unexpected ValueError" in logged
    assert "tests/ui/test_crash_handler.py:" in logged and " work" in logged
    assert SURNAME not in logged


def test_a_python_thread_failure_reaches_the_handler(qtbot, handler, tmp_path):
    def work():
        raise OSError(f"no such file: /cases/{NAME}.pdf")

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None, timeout=5000)
    assert handler.dialog.incident.thread == "importer"
    assert handler.dialog.incident.type_name == "OSError"
    assert SURNAME not in log_text(tmp_path)


# A pop-up grabs mouse and keyboard, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing")
def test_an_error_half_way_through_a_slot_leaves_no_busy_cursor_or_popup(qtbot, handler):
    widget = QWidget()
    qtbot.addWidget(widget)
    button = QPushButton("Busy", widget)
    menu = QMenu(widget)
    menu.addAction("Something")
    widget.show()
    qtbot.waitExposed(widget)

    def busy_then_fail() -> None:
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        menu.popup(widget.mapToGlobal(widget.rect().center()))
        raise RuntimeError(NAME)

    button.clicked.connect(busy_then_fail)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert QApplication.overrideCursor() is None
    assert QApplication.activePopupWidget() is None and not menu.isVisible()
    # The button answers clicks again once the message is closed.
    handler.dialog.close()
    clicked = []
    button.clicked.disconnect(busy_then_fail)
    button.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]


def test_chained_errors_and_the_log_file(tmp_path):
    try:
        try:
            {}[NAME]
        except KeyError as inner:
            raise RuntimeError(f"lookup of {NAME} failed") from inner
    except RuntimeError as exc:
        incident = crash.describe(type(exc), exc, exc.__traceback__)
    text = incident.traceback_text()
    assert text.index("KeyError") < text.index("direct cause") < text.index("RuntimeError")
    assert "test_chained_errors_and_the_log_file" in text and SURNAME not in text
    assert len(incident.id) == 9 and incident.id[4] == "-"

    handler = crash.file_handler(tmp_path)
    path = crash.log_file(tmp_path)
    logger = logging.getLogger("tests.crash.file")
    logger.addHandler(handler)
    try:
        try:
            raise LookupError(NAME)
        except LookupError:
            logger.exception("a caller logged with its traceback")
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = path.read_text(encoding="utf-8")
    assert "LookupError, raised at" in written and SURNAME not in written
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_an_error_in_a_paint_event_during_the_event_loop_opens_one_dialog(qtbot, handler,
                                                                          tmp_path):
    class Broken(QWidget):
        def paintEvent(self, event) -> None:
            raise ZeroDivisionError(NAME)

    widget = Broken()
    qtbot.addWidget(widget)
    loop = QEventLoop()
    # As in the running app: the event loop, not Python code, calls the override.
    QTimer.singleShot(0, widget.show)
    for delay in (20, 40, 60):
        QTimer.singleShot(delay, widget.repaint)
    QTimer.singleShot(150, loop.quit)
    loop.exec()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert handler.dialog.incident.type_name == "ZeroDivisionError"
    assert len(open_dialogs()) == 1
    logged = log_text(tmp_path)
    assert " paintEvent" in logged and SURNAME not in logged


def test_an_error_outside_the_event_loop_is_shown_and_pana_closes(qtbot, monkeypatch, caplog,
                                                                  tmp_path):
    import sys

    from app.ui import application

    def broken_start(_app, _data_dir):
        raise RuntimeError(f"could not open the store of {NAME}")

    shown: list[CrashDialog] = []
    monkeypatch.setattr(application, "_run", broken_start)
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    hook_before = sys.excepthook
    try:
        with caplog.at_level(logging.ERROR, logger="app.ui.crash"):
            assert application.run(tmp_path) == 1
    finally:
        for added in [h for h in root.handlers if h not in handlers_before]:
            root.removeHandler(added)
    assert len(shown) == 1 and "has to close" in shown[0].body.text()
    assert f"incident {shown[0].incident.id}: unexpected RuntimeError" in caplog.text
    assert " broken_start" in caplog.text and SURNAME not in caplog.text
    assert sys.excepthook is hook_before and crash.installed() is None
    shown[0].deleteLater()


def test_a_message_gone_with_its_window_does_not_block_the_next(qtbot, handler, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QEvent

    window = QWidget()
    window.show()
    monkeypatch.setattr(crash, "_anchor", lambda: window)

    def first() -> None:
        raise RuntimeError(NAME)

    def second() -> None:
        raise LookupError(NAME)

    button = QPushButton("Break")
    qtbot.addWidget(button)
    button.clicked.connect(first)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    window.deleteLater()  # the case window closed, and the message with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setattr(crash, "_anchor", lambda: None)
    button.clicked.disconnect(first)
    button.clicked.connect(second)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog.incident.type_name == "LookupError"
