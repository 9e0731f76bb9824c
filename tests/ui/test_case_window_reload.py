"""Reloads of the case window run on worker threads and can finish out of order."""

from __future__ import annotations

import dataclasses
import threading

from app.services import casefile
from app.ui import tasks
from app.ui.casefile.window import CaseFileWindow
from tests.helpers import builders


def test_an_older_reload_finishing_last_never_replaces_a_newer_one(
        qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = builders.register(fx).number
    window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=10000)
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)

    real = casefile.load_case_file
    first_started, release = threading.Event(), threading.Event()
    calls: list[str] = []
    newer: list[casefile.CaseFile] = []

    def load(uow, actor, wanted, **kwargs):
        found = real(uow, actor, wanted, **kwargs)
        if not calls:  # the older read: held back until the newer one is shown
            calls.append("older")
            first_started.set()
            release.wait(timeout=10)
            return dataclasses.replace(found, status="older-read")
        calls.append("newer")
        newer.append(found)
        return found

    monkeypatch.setattr(casefile, "load_case_file", load)
    window.reload()  # e.g. after a save …
    assert first_started.wait(timeout=10)
    window.reload()  # … and after the submit that followed it
    qtbot.waitUntil(lambda: bool(newer) and window.case_file is newer[0], timeout=10000)
    release.set()
    qtbot.waitUntil(lambda: not tasks._running, timeout=15000)
    assert calls == ["older", "newer"]
    assert window.case_file is newer[0]  # the older read arrived last and was dropped
