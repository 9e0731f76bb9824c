"""The registry windows over the query: pages are fetched as rows are shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services import cases
from app.ui.main_window import MainWindow
from app.ui.registry import RegistryModel
from tests.conftest import PASSWORD


@pytest.fixture
def many_cases(store_fixture):
    fx = store_fixture
    start = date.today() - timedelta(days=300)
    for i in range(230):
        with fx.uow() as uow:
            cases.register_petition(uow, fx.officer if i % 2 else fx.officer2,
                                    cases.PetitionInput(
                names=[cases.NameInput("Latn", f"Surname{i:03d}", "Given")],
                registered_on=start + timedelta(days=i)))
    return fx


def test_model_passes_qt_model_tester_and_loads_pages_lazily(qtbot, qtmodeltester, many_cases):
    fx = many_cases
    model = RegistryModel(fx.store, fx.officer)
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.refresh()
    assert model.rowCount() == 230
    assert list(model._pages) == [0]  # only the first page came with the count
    newest = model.index(0, 0).data()
    last = model.index(229, 0).data()
    assert sorted(model._pages) == [0, 1]
    assert newest > last  # newest registration first
    qtmodeltester.check(model)


def test_sorting_and_filters_run_in_the_database(qtbot, many_cases):
    fx = many_cases
    model = RegistryModel(fx.store, fx.officer)
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.refresh()
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data().endswith("00001")
    with qtbot.waitSignal(model.count_changed, timeout=10000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data().endswith("00230")
    with qtbot.assertNotEmitted(model.count_changed, wait=300):
        model.sort(1, Qt.SortOrder.AscendingOrder)  # names are not sortable: nothing changes
    assert model.index(0, 0).data().endswith("00230")


def test_officer_home_shows_own_cases_and_deadlines_and_lock_hides_everything(qtbot, many_cases):
    fx = many_cases
    window = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.my_cases.model.rowCount() == 115, timeout=10000)
    qtbot.waitUntil(lambda: window.due.table.rowCount() > 0, timeout=10000)
    assert "overdue" in window.due.title.text()
    officers = {window.my_cases.model.row_at(r).officer for r in range(115)}
    assert officers == {"officer"}

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.lock_screen
    assert lock.isVisible() and not window.isVisible()
    qtbot.keyClicks(lock.password, "wrong-password")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=10000)
    assert not window.isVisible()
    lock.password.clear()
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10000)
    assert not lock.isVisible()
