"""Dates, numbers, times and the order of names in each interface language.

The interface language is the default QLocale; every test sets it and puts the old
one back. The order of names is checked where a user sees it: the users page sorted
by a click on its "Full name" header, and the interpreter list of an interview.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QCollator, QDate, QLibraryInfo, QLocale, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.services import accounts, interviews
from app.ui import locale_format
from app.ui.admin.users import UsersPage
from app.ui.casefile.interviews import InterpreterCombo
from app.ui.casefile.section import CaseContext
from app.ui.forms import optional_date_edit
from app.ui.locale_format import (
    KAZAKH_ALPHABET,
    date_text,
    datetime_text,
    long_date_text,
    number_text,
    sorted_by_text,
    sorts_alphabet,
    time_text,
)
from tests.conftest import PASSWORD

LOAD_TIMEOUT = 15000
NBSP = "\u00a0"  # Kazakh and Russian group digits with a no-break space
NNBSP = "\u202f"  # and Russian keeps «г.» to its year with a narrow one

NAMES = ["Өмірзақ", "Әлия", "Ақан", "Бауыржан", "Ұлан", "Үміт", "Іңкәр", "Ерлан", "Ясмин",
         "Ыбырай"]
KAZAKH_ORDER = ["Ақан", "Әлия", "Бауыржан", "Ерлан", "Өмірзақ", "Ұлан", "Үміт", "Ыбырай",
                "Іңкәр", "Ясмин"]


@pytest.fixture
def interface(qapp):
    """``interface("kk_KZ")`` makes that the interface locale for the test."""
    saved = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(saved)


EXPECTED = {
    # locale: short date, long date, number, decimal, time, time with seconds
    "kk_KZ": ("27.11.2026", "2026 жылғы 27 қараша", f"1{NBSP}234{NBSP}567", f"1{NBSP}234,5",
              "14:05", "14:05:09"),
    "ru_RU": ("27.11.2026", f"27 ноября 2026{NNBSP}г.", f"1{NBSP}234{NBSP}567", f"1{NBSP}234,5",
              "14:05", "14:05:09"),
    "en_GB": ("27/11/2026", "27 November 2026", "1,234,567", "1,234.5", "14:05", "14:05:09"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dates_numbers_and_times_in_each_language(interface, name):
    interface(name)
    short, long, number, decimal, hours, seconds = EXPECTED[name]
    day = date(2026, 11, 27)
    assert date_text(day) == short
    assert long_date_text(day) == long
    assert number_text(1_234_567) == number
    assert number_text(1234.5) == decimal
    assert time_text(time(14, 5, 9)) == hours
    assert time_text(time(14, 5, 9), seconds=True) == seconds
    # A stored time is UTC and shown in local time, with a four-digit year.
    stored = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)
    local = stored.astimezone()
    shown = datetime_text(stored)
    assert shown.startswith(date_text(local.date()) + " ")
    assert shown.endswith(f"{local.hour:02}:{local.minute:02}")
    assert date_text(date(2003, 3, 5)).count("2003") == 1  # never "03"


def test_kazakh_long_dates_name_the_year_first_and_the_month_in_small_letters(interface):
    interface("kk_KZ")
    months = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
              "қыркүйек", "қазан", "қараша", "желтоқсан"]
    assert [long_date_text(date(2027, m, 1)) for m in range(1, 13)] == [
        f"2027 жылғы 1 {month}" for month in months]
    interface("ru_RU")
    assert long_date_text(date(2027, 3, 8)) == f"8 марта 2027{NNBSP}г."


def test_date_fields_show_four_digit_years_and_follow_a_switch_of_language(qtbot, interface):
    interface("kk_KZ")  # Qt's own Kazakh short format is dd.MM.yy
    form = QWidget()
    before = QLineEdit(form)
    edit = optional_date_edit("birth", "Birth date")
    edit.setParent(form)
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(edit)
    qtbot.addWidget(form)
    edit.setDate(QDate(2003, 11, 17))
    form.show()
    form.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    assert edit.displayFormat() == "dd.MM.yyyy" and edit.text() == "17.11.2003"

    qtbot.keyClick(before, Qt.Key.Key_Tab)  # into the day of the date
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "05031999")
    assert edit.text() == "05.03.1999" and edit.date() == QDate(1999, 3, 5)

    # As the language is switched: the default locale changes, and installing or removing
    # a catalogue of translations tells every widget that the language changed.
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    russian = QTranslator()
    assert russian.load("qtbase_ru", folder)
    interface("ru_RU")
    QApplication.installTranslator(russian)
    try:
        qtbot.waitUntil(lambda: edit.locale().name() == "ru_RU", timeout=2000)
        assert edit.calendarWidget().locale().name() == "ru_RU"  # Russian month names
        assert edit.text() == "05.03.1999"
    finally:
        interface("en_GB")
        QApplication.removeTranslator(russian)
    qtbot.waitUntil(lambda: edit.text() == "05/03/1999", timeout=2000)
    assert edit.date() == QDate(1999, 3, 5)


def test_this_qt_sorts_kazakh_and_the_fallback_knows_the_alphabet(interface, monkeypatch):
    interface("kk_KZ")
    assert sorts_alphabet(QCollator(QLocale("kk_KZ")), KAZAKH_ALPHABET)
    assert not sorts_alphabet(QCollator(QLocale.c()), KAZAKH_ALPHABET)  # code-point order
    assert sorted_by_text(NAMES) == KAZAKH_ORDER
    # Where Qt's collation does not know Kazakh, Pana's own order gives the same result.
    monkeypatch.setattr(locale_format, "_collators", {"kk_KZ": None})
    assert sorted_by_text(NAMES) == KAZAKH_ORDER
    assert sorted_by_text(["ерлан", "Zhandos", "Арман", "Ёлка", "Ясмин"]) == [
        "Арман", "ерлан", "Ёлка", "Ясмин", "Zhandos"]


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_users_page_sorts_full_names_in_kazakh_order(qtbot, store_fixture, interface):
    interface("kk_KZ")
    fx = store_fixture
    for number, name in enumerate(NAMES):
        accounts.add_user(fx.store, fx.admin, f"person{number}", "officer", PASSWORD,
                          display_name=name, language="kk")
    page = UsersPage(fx.store, fx.admin)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    qtbot.waitUntil(lambda: page._loaded_once, timeout=LOAD_TIMEOUT)

    def shown() -> list[str]:
        model = page.table.model()
        texts = [model.index(row, 1).data() for row in range(model.rowCount())]
        return [text for text in texts if text in NAMES]

    assert shown() != KAZAKH_ORDER  # sorted by user name at first
    _click_header(qtbot, page.table, 1)
    if page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        _click_header(qtbot, page.table, 1)
    assert page.table.horizontalHeader().sortIndicatorSection() == 1
    assert shown() == KAZAKH_ORDER
    _click_header(qtbot, page.table, 1)
    assert shown() == KAZAKH_ORDER[::-1]


# A pop-up grabs mouse and keyboard, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing")
def test_interpreters_are_listed_in_kazakh_order(qtbot, store_fixture, interface):
    interface("kk_KZ")
    fx = store_fixture
    ids = {}
    for name in NAMES:
        with fx.uow() as uow:
            ids[name] = interviews.add_interpreter(uow, fx.officer,
                                                   interviews.InterpreterInput(name))
    combo = InterpreterCombo(CaseContext(fx.store, fx.officer, "AQM-2026-000001"))
    qtbot.addWidget(combo)
    combo.show()
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    listed = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert listed[1:11] == KAZAKH_ORDER  # after "No interpreter"
    combo.hidePopup()
    assert [combo.itemData(row) for row in range(1, 11)] == [
        str(ids[name]) for name in KAZAKH_ORDER]  # each name keeps its interpreter
