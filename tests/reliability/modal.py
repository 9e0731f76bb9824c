"""Answering a modal dialog from inside its own event loop, as a user would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

POLL_MS = 20


@contextmanager
def answering(kind: type[QWidget], respond: Callable[[QWidget], None],
              timeout_ms: int = 30000) -> Iterator[dict]:
    """While the block runs, wait for a modal ``kind`` and call ``respond(dialog)``
    from inside its event loop; ``respond`` must close it (click a button).

    Yields a dict whose ``seen`` says whether the dialog came. An assertion that
    fails inside ``respond`` closes the dialog (so the test does not hang) and is
    raised again when the block ends.
    """
    state: dict = {"seen": 0, "error": None, "stop": False}
    clock = QElapsedTimer()
    clock.start()

    def poll() -> None:
        if state["stop"]:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            state["seen"] += 1
            state["stop"] = True
            try:
                respond(dialog)
            except BaseException as exc:  # raised again when the block ends
                state["error"] = exc
                if dialog.isVisible() and isinstance(dialog, QDialog):
                    dialog.reject()
            return
        if clock.elapsed() < timeout_ms:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    try:
        yield state
    finally:
        state["stop"] = True
    if state["error"] is not None:
        raise state["error"]
