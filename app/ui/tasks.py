"""Running work off the UI thread, with the result delivered back on it.

A task is a plain function; when it finishes, ``done`` or ``failed`` is called
on the UI thread. Errors the user can act on (DomainError) go to ``failed``;
anything else is a bug: it is logged with its traceback (no applicant data is
in our log messages) and also reported to ``failed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


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
            from app.domain.errors import DomainError

            if not isinstance(exc, DomainError):
                log.exception("background task failed")
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
