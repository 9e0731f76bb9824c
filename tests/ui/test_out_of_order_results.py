"""Background reads run on a thread pool and can finish out of order: an older read (or
its failure) arriving last must never stand on screen over a newer one.

Each test holds the older read back with an Event inside the service it calls, starts
a newer one the way a user would, then lets the older one finish.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QMessageBox

from app.db import engine
from app.services import casefile, queries
from app.ui import tasks
from app.ui.casefile.window import CaseFileWindow
from app.ui.main_window import DuePanel
from app.ui.registry import RegistryPage
from tests.helpers import builders


class HeldFirstCall:
    """Wraps a service function: its first call waits for ``release`` before answering
    (or raising ``fail_with``); later calls go straight through."""

    def __init__(self, real, fail_with: Exception | None = None) -> None:
        self.real, self.fail_with = real, fail_with
        self.started, self.release = threading.Event(), threading.Event()
        self.calls = 0
        self.newer_answered = threading.Event()

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == 1:
            found = self.real(*args, **kwargs)  # read now, answered late
            self.started.set()
            self.release.wait(timeout=10)
            if self.fail_with is not None:
                raise self.fail_with
            return found
        found = self.real(*args, **kwargs)
        self.newer_answered.set()
        return found


def _idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not tasks._running, timeout=15000)


def _busy() -> engine.DatabaseBusy:
    return engine.busy_error(writing=False)


def _case_window(qtbot, fx) -> CaseFileWindow:
    window = CaseFileWindow(fx.store, fx.officer, builders.register(fx).number)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=10000)
    _idle(qtbot)
    return window


def test_a_superseded_reload_that_fails_shows_no_error_box(qtbot, store_fixture, monkeypatch):
    window = _case_window(qtbot, store_fixture)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    held = HeldFirstCall(casefile.load_case_file, fail_with=_busy())
    monkeypatch.setattr(casefile, "load_case_file", held)
    before = window.case_file

    window.reload()  # after a save: this read fails, but only after …
    assert held.started.wait(timeout=10)
    window.reload()  # … the read after the submit that followed it has been shown
    qtbot.waitUntil(lambda: window.case_file is not before, timeout=10000)
    held.release.set()
    _idle(qtbot)
    assert held.calls == 2
    assert warnings == []  # the screen is current: no "could not load" for the older read


def test_a_reload_finishing_after_the_window_closed_is_dropped(qtbot, store_fixture,
                                                               monkeypatch):
    window = _case_window(qtbot, store_fixture)
    held = HeldFirstCall(casefile.load_case_file)
    monkeypatch.setattr(casefile, "load_case_file", held)

    window.reload()  # a save, then Ctrl+W at once
    assert held.started.wait(timeout=10)
    window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=10000)
    held.release.set()
    _idle(qtbot)  # an error in the late answer would fail the test (pytest-qt)
    assert held.calls == 1


def test_the_home_page_keeps_the_newer_list_of_what_is_due(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    builders.register(fx)
    panel = DuePanel(fx.store, fx.officer, only_mine=True)
    qtbot.addWidget(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.table.rowCount() > 0, timeout=10000)
    _idle(qtbot)
    shown_first = panel.table.rowCount()

    held = HeldFirstCall(queries.due_items)
    monkeypatch.setattr(queries, "due_items", held)
    panel.refresh()  # after a save …
    assert held.started.wait(timeout=10)
    builders.register(fx)  # … a new case brings its own deadlines
    panel.refresh()  # … and the refresh after that
    qtbot.waitUntil(lambda: panel.table.rowCount() > shown_first, timeout=10000)
    newer = panel.table.rowCount()
    held.release.set()
    _idle(qtbot)
    assert held.calls == 2
    assert panel.table.rowCount() == newer  # the older list arrived last and was dropped


def test_a_failed_older_search_does_not_stand_over_the_newer_results(qtbot, store_fixture,
                                                                    monkeypatch):
    fx = store_fixture
    builders.register(fx)
    page = RegistryPage(fx.store, fx.officer)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    _idle(qtbot)

    held = HeldFirstCall(queries.count_matching, fail_with=_busy())
    monkeypatch.setattr(queries, "count_matching", held)
    qtbot.keyClicks(page.search, "Seri")  # searched after a pause in typing …
    qtbot.waitUntil(held.started.is_set, timeout=10000)
    qtbot.keyClicks(page.search, "kuly")  # … then the whole name
    qtbot.waitUntil(held.newer_answered.is_set, timeout=10000)
    qtbot.waitUntil(lambda: page.status_line.text() == "Cases: 1", timeout=10000)
    held.release.set()
    _idle(qtbot)
    assert held.calls == 2
    assert page.status_line.text() == "Cases: 1"  # not the older search's "busy" message
    assert page.model.rowCount() == 1
