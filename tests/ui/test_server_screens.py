"""Every role's screens on a commission server: each tab of the main window loads, and a
case file opens with all its sections, through the same services as on a laptop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.workflow import CaseStatus
from app.ui import crash, tasks
from app.ui.casefile.window import CaseFileWindow
from app.ui.main_window import MainWindow
from tests.helpers import builders

TIMEOUT = 20000


@pytest.fixture
def complaints(monkeypatch):
    said: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda _p, _title, text, *_a, **_k: said.append(text))
    monkeypatch.setattr(crash, "report", lambda *a, **k: said.append(repr(a)), raising=False)
    return said


@pytest.mark.parametrize("role", ["officer", "supervisor", "clerk", "admin"])
def test_every_tab_loads_on_the_server(qtbot, server_fixture, complaints, role):
    fx = server_fixture
    builders.case_in(fx, CaseStatus.GRANTED)
    builders.register(fx)
    window = MainWindow(fx.store, getattr(fx, role))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Commission server" in window.findChild(type(window.user_label), "serverLabel").text()
    assert window.backups is None  # a server is backed up on the server
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not tasks._running, timeout=TIMEOUT)
    window.tabs.setCurrentWidget(window.registry)
    qtbot.waitUntil(lambda: window.registry.model.rowCount() >= 2, timeout=TIMEOUT)
    assert complaints == []


def test_a_case_file_opens_whole_on_the_server(qtbot, server_fixture, complaints):
    fx = server_fixture
    number = builders.case_in(fx, CaseStatus.GRANTED).number
    window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=TIMEOUT)
    for index in range(len(window.sections)):
        window.nav.setCurrentRow(index)
        qtbot.waitUntil(lambda: not tasks._running, timeout=TIMEOUT)
    assert window.case_file.number == number
    assert not window.findChild(type(window.header), "checkedOutBanner").isVisible()
    assert complaints == []
    window.close()
