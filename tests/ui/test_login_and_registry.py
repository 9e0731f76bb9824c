"""Logging in and finding cases, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import cases
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD


def _register(fx, names, doc_number=None):
    with fx.uow() as uow:
        ref = cases.register_petition(uow, fx.officer, cases.PetitionInput(
            names=names, sex="male", birth_date="1990", citizenships=["CHN"]))
    if doc_number:
        with fx.uow() as uow:
            cases.add_identity_document(uow, fx.officer, ref.number,
                                        cases.DocumentInput("passport", doc_number))
    return ref.number


@pytest.fixture
def two_cases(store_fixture):
    first = _register(store_fixture, [cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")],
                      "E 1234 5678")
    second = _register(store_fixture, [cases.NameInput("ru-Cyrl", "Токтогулов", "Азамат")])
    return store_fixture, first, second


def test_wrong_password_shows_one_generic_message(qtbot, two_cases):
    fx, _first, _second = two_cases
    dialog = LoginDialog(fx.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.user.setCurrentText("officer")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert dialog.error.text() == "Unknown user or wrong password."
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.user.setCurrentText("nobody")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=10000)
    assert dialog.error.text() == "Unknown user or wrong password."


def test_login_then_search_in_latin_finds_cyrillic_name(qtbot, two_cases):
    fx, first, second = two_cases
    dialog = LoginDialog(fx.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.demo_note.isVisible()  # a real database names no accounts
    dialog.user.setCurrentText("officer")
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor.username == "officer"

    window = MainWindow(dialog.store, dialog.actor)
    qtbot.addWidget(window)
    window.show()
    registry = window.registry
    model = registry.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    assert "officer" in window.user_label.text()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is registry
    qtbot.keyClicks(registry.search, "Serikuly")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert model.row_at(0).number == first

    registry.search.clear()
    qtbot.keyClicks(registry.search, "E12345678")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).number == first,
                    timeout=10000)

    registry.search.clear()
    qtbot.keyClicks(registry.search, "Toktogulov")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).number == second,
                    timeout=10000)

    registry.search.clear()
    qtbot.keyClicks(registry.search, "Nobody Atall")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10000)
    assert "No case matches" in registry.status_line.text()
    window.close()


def test_status_filter_runs_in_the_database(qtbot, two_cases):
    fx, _first, _second = two_cases
    from app.services.accounts import authenticate

    actor = authenticate(fx.store, "officer", PASSWORD)
    window = MainWindow(fx.store, actor)
    qtbot.addWidget(window)
    registry = window.registry
    qtbot.waitUntil(lambda: registry.model.rowCount() == 2, timeout=10000)
    registry.status_filter.setCurrentIndex(registry.status_filter.findData("closed"))
    qtbot.waitUntil(lambda: registry.model.rowCount() == 0, timeout=10000)
    registry.status_filter.setCurrentIndex(registry.status_filter.findData("registered"))
    qtbot.waitUntil(lambda: registry.model.rowCount() == 2, timeout=10000)
    registry.officer_filter.setCurrentIndex(registry.officer_filter.findData("officer2"))
    qtbot.waitUntil(lambda: registry.model.rowCount() == 0, timeout=10000)


def test_search_typed_in_cyrillic_finds_a_name_recorded_only_in_latin(qtbot, store_fixture):
    fx = store_fixture
    number = _register(fx, [cases.NameInput("Latn", "Serikuly", "Yerlan")])
    _register(fx, [cases.NameInput("Latn", "Wang", "Xiaoming")])
    window = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(window)
    registry = window.registry
    qtbot.waitUntil(lambda: registry.model.rowCount() == 2, timeout=10000)
    # QTest cannot synthesise Cyrillic key presses; the text arrives as if pasted.
    registry.search.setText("Серікұлы Ерлан")
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1, timeout=10000)
    assert registry.model.row_at(0).number == number
    registry.search.setText("Серикулы")
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1 and
                    registry.model.row_at(0).number == number, timeout=10000)


def test_a_window_closed_while_its_data_loads_ignores_the_late_answer(qtbot, store_fixture):
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from app.ui.casefile.window import CaseFileWindow

    fx = store_fixture
    number = _register(fx, [cases.NameInput("Latn", "Serikuly", "Yerlan")])
    window = CaseFileWindow(fx.store, fx.officer, number)  # starts loading at once
    window.close()  # deleted on close, before the answer arrives
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.processEvents()  # delivers the answer: must not raise
