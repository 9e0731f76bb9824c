"""Running work off the UI thread, with the result delivered back on it.

A task is a plain function; when it finishes, ``done`` or ``failed`` is called
on the UI thread. Errors the user can act on (DomainError, ExpectedFailure) go
to ``failed``;
anything else is a bug: on the UI thread it goes to the crash handler
(``app.ui.crash.report``: logged without applicant data, one "something went
wrong" dialog) and then to ``failed`` too, so the widget that waited can
leave its busy state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class ExpectedFailure(Exception):
    """A failure raised by UI code that a person can act on (a printer that refused the job,
    a file that cannot be used); ``message`` says what, translated. Like a DomainError it is
    shown by the widget that asked, not treated as a bug."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def expected(exc: BaseException) -> bool:
    from app.domain.errors import DomainError

    return isinstance(exc, (DomainError, ExpectedFailure))


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the caller, who shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Relay(QObject):
    """Lives on the UI thread, so the queued signals call back there."""

    def __init__(self, task: Task, done, failed) -> None:
        super().__init__()
        self.task, self._done, self._failed = task, done, failed

    @Slot(object)
    def on_done(self, value) -> None:
        _running.discard(self)
        if _alive(self._done):
            self._done(value)

    @Slot(object)
    def on_failed(self, exc) -> None:
        _running.discard(self)
        if not expected(exc):
            from app.ui import crash

            crash.report(exc, thread="background task")
        if _alive(self._failed):
            self._failed(exc)


def _alive(callback) -> bool:
    """False when the callback belongs to a widget that was closed and deleted meanwhile.

    A window may close while its data is still loading; its answer then has
    nobody to go to.
    """
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


_running: set[_Relay] = set()


def run_task(fn: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None]) -> Task:
    """Run ``fn`` in the thread pool; call ``done``/``failed`` on the calling (UI) thread."""
    task = Task(fn)
    relay = _Relay(task, done, failed)
    task.signals.done.connect(relay.on_done)
    task.signals.failed.connect(relay.on_failed)
    _running.add(relay)  # keep both alive until a signal has fired
    QThreadPool.globalInstance().start(task)
    return task
