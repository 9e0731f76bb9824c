"""Changing the interface language as a user does: at login, and in Settings with
windows open and work typed in them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from app.db.models import AuditEntry
from app.services import preferences
from app.ui import application, catalog, tasks
from app.ui.casefile.applicant import ApplicantSection
from app.ui.casefile.window import CaseFileWindow
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.helpers.builders import register
from tests.ui.test_petition import type_text


@pytest.fixture
def interface(qapp):
    """The application's translations, put back to none (English sources) afterwards."""
    before = QLocale()
    translations = application.Translations(qapp)
    yield translations
    for translator in list(translations._installed):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    application._current = None


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def texts(root: QWidget) -> set[tuple]:
    """What a person reads in a window: labels, buttons, titles, tabs, menus, list
    items, column headers, placeholders and tooltips."""
    found: set[tuple] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName()
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found.add(("text", type(widget).__name__, name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.add(("title", name, widget.title()))
        if isinstance(widget, QTabWidget):
            found |= {("tab", name, i, widget.tabText(i)) for i in range(widget.count())}
        if isinstance(widget, QMenu) and widget.title():
            found.add(("menu", widget.title()))
        if isinstance(widget, QComboBox) and not widget.isEditable():
            found |= {("item", name, i, widget.itemText(i)) for i in range(widget.count())}
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            found.add(("placeholder", name, widget.placeholderText()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:
                columns = 1
            found |= {("header", name, c, str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(columns)}
        if widget.toolTip():
            found.add(("tooltip", name, widget.toolTip()))
        found |= {("action", a.objectName(), a.text()) for a in widget.actions() if a.text()}
    return found


def settle(qtbot, ms: int = 200) -> None:
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    qtbot.wait(ms)


def open_case(qtbot, fx, number) -> CaseFileWindow:
    window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(window, before_close_func=lambda w: [s.discard()
                                                           for s in w.dirty_sections()])
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(s.case_file is not None for s in window.sections),
                    timeout=10000)
    for row in range(len(window.sections)):  # every section shown once, as a user would
        window.nav.setCurrentRow(row)
    window.nav.setCurrentRow(0)
    settle(qtbot)
    return window


def choose_in_settings(qtbot, window: MainWindow, language_name: str) -> None:
    """Open Settings from the main window's menu and pick a language, with the keyboard."""
    def answer():
        dialog = QApplication.activeModalWidget()
        combo = dialog.findChild(QComboBox, "preferencesLanguage")
        combo.setFocus()
        index = combo.findText(language_name)
        while combo.currentIndex() != index:
            qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index
                           else Qt.Key.Key_Up)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.findChild(type(window.lock_action), "actionSettings").trigger()


def test_switching_in_settings_changes_every_open_window_and_keeps_the_typing(
        qtbot, interface, store_fixture):
    fx = store_fixture
    number = register(fx).number
    interface.use("en")
    main = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(main)
    main.show()
    case = open_case(qtbot, fx, number)
    applicant = next(s for s in case.sections if isinstance(s, ApplicantSection))
    type_text(qtbot, applicant.person.religion, "Ислам")
    assert applicant.is_dirty()
    assert main.menuBar().actions()[0].text() == "&File"

    choose_in_settings(qtbot, main, "Қазақша")
    settle(qtbot)

    assert interface.language == "kk"
    file_menu = main.menuBar().actions()[0].text()
    assert file_menu == tr("MainWindow", "&File") and file_menu != "&File"
    assert case.nav.item(0).text() == tr("CaseFile", "Applicant") + " •"
    assert applicant.person.religion.text() == "Ислам" and applicant.is_dirty()
    assert "жылғы" in case.header.text()  # Kazakh long dates: «2026 жылғы 27 қараша»
    assert preferences.interface_language(fx.store, fx.officer) == "kk"
    with fx.uow(readonly=True) as uow:
        assert uow.session.execute(select(AuditEntry.action).where(
            AuditEntry.action == "user.language")).scalar() == "user.language"

    # The switched windows read exactly like windows opened in Kazakh.
    switched_main, switched_case = texts(main), texts(case)
    fresh_main = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(fresh_main)
    fresh_main.show()
    settle(qtbot)
    applicant.discard()
    fresh_case = open_case(qtbot, fx, number)
    assert not_dirty(switched_main) ^ not_dirty(texts(fresh_main)) == set()
    assert not_dirty(switched_case) ^ not_dirty(texts(fresh_case)) == set()


def not_dirty(found: set[tuple]) -> set[tuple]:
    """Leave out what differs because one window holds unsaved typing."""
    return {item for item in found if not str(item[-1]).endswith(" •")
            and item[2:3] != ("applicantSaveStatus",)}


@pytest.mark.parametrize("first, second", [("kk", "ru"), ("ru", "en"), ("en", "kk")])
def test_each_language_switches_to_each(qtbot, interface, store_fixture, first, second):
    fx = store_fixture
    number = register(fx).number
    interface.use(first)
    case = open_case(qtbot, fx, number)
    interface.use(second)
    settle(qtbot)
    switched = texts(case)
    fresh = open_case(qtbot, fx, number)
    assert switched ^ texts(fresh) == set()


def test_the_login_window_follows_the_chosen_language(qtbot, interface, store_fixture):
    fx = store_fixture
    interface.use("en")
    dialog = LoginDialog(fx.data_dir)
    qtbot.addWidget(dialog)
    dialog.language_chosen.connect(interface.use)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Pana — log in"
    dialog.user.setCurrentText("officer")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.language.setFocus()
    while dialog.language.currentData() != "ru":
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.windowTitle() == tr("LoginDialog", "Pana — log in") != "Pana — log in"
    assert dialog.password.text() == PASSWORD  # the typed password stays
    assert dialog.language_touched
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=15000)
    chosen = application.settle_language(dialog.store, dialog.actor,
                                         dialog.chosen_language(), chosen_here=True)
    assert chosen == "ru"
    assert preferences.interface_language(fx.store, fx.officer) == "ru"
    dialog.store.close()

    # Next time, on this machine, the login window opens in the user's language.
    interface.use("en")
    again = LoginDialog(fx.data_dir)
    qtbot.addWidget(again)
    assert again.chosen_language() == "ru" and not again.language_touched


def test_without_a_choice_at_login_the_account_language_wins(interface, store_fixture):
    fx = store_fixture
    preferences.set_interface_language(fx.store, fx.officer, "kk")
    assert application.settle_language(fx.store, fx.officer, "en", chosen_here=False) == "kk"
    assert application.settle_language(fx.store, fx.officer, "ru", chosen_here=True) == "ru"
    assert preferences.interface_language(fx.store, fx.officer) == "ru"


def test_only_offered_languages_are_remembered(store_fixture):
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        preferences.set_interface_language(store_fixture.store, store_fixture.officer, "de")
    assert preferences.interface_language(store_fixture.store, store_fixture.officer) == "ru"


# ---------------------------------------------------------------------------
# nothing left in English


_ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{3,}\b")
#: Latin words a Kazakh or Russian screen may show: data of the test case, product and
#: file-format names, key names.
_ALLOWED = {"Pana", "PANA", "PDF", "PNG", "JPEG", "TIFF", "CSV", "XLSX", "Excel", "SHA", "UTF",
            "SQLCipher", "Serikuly", "Erlan", "AQM", "EXT", "officer", "supervisor", "clerk",
            "admin", "system", "CHN", "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Del", "Home",
            "End", "PgUp", "PgDown", "keys"}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_english_is_left_on_the_main_screens(qtbot, interface, store_fixture, language):
    fx = store_fixture
    number = register(fx).number
    interface.use(language)
    windows = [MainWindow(fx.store, actor) for actor in (fx.officer, fx.supervisor, fx.clerk,
                                                         fx.admin)]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        tabs = window.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
    case = open_case(qtbot, fx, number)
    settle(qtbot, 400)
    english = set()
    for root in [*windows, case]:
        for item in texts(root):
            text = re.sub(r"<[^>]+>", " ", str(item[-1]))
            text = re.sub(r"\([a-z_]+\.[a-z_.]+\)", " ", text)  # an audit code shown beside
            text = re.sub(r"[0-9a-f]{8}-[0-9a-f-]+", " ", text)  # a record's id
            words = set(_ENGLISH_WORDS.findall(text)) - _ALLOWED
            if words:
                english.add((item[0], item[-2] if len(item) > 2 else "", text[:80]))
    for line in sorted(english):
        print("ENGLISH", line)
    assert not english


def test_the_catalogue_built_for_the_language_is_loaded(interface):
    interface.use("kk")
    assert QLocale().language() == QLocale.Language.Kazakh
    assert tr("MainWindow", "&File") != "&File"
    assert any(t.language() for t in interface._installed)
    built = catalog.compiled("kk")
    assert built is not None and built.exists()
    # Qt's own texts (standard buttons) come in the same language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
