"""The spreadsheet import wizard, driven as a supervisor would: choose the file, look at
the first rows, fix the columns, read the check, import; cancel an import; close the
wizard while it imports. The workbooks are made here with openpyxl."""

from __future__ import annotations

import csv
import json
import threading
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from app.services import spreadsheet_import as si
from app.ui.import_wizard import ImportWizard
from tests.helpers import builders
from tests.ui.test_accessibility import _unnamed

TIMEOUT = 15000

HEADERS = ["№ п/п", "Фамилия", "Имя", "Дата рождения", "Гражданство", "Дата обращ.",
           "Статус"]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    """A register as commissions keep them: a merged title, a blank row, the header, the
    rows (a None row stays blank)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Реестр 2019"
    sheet.append(["Реестр ходатайств за 2019 год"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row if row is not None else [])
    book.create_sheet("Справка").append(["Итого", 3])
    book.save(path)
    return path


def register_rows(birth_of_ivanova: str = "31.13.1990") -> list[list[object]]:
    return [
        [1, "Ахметов", "Нурлан", "12.03.1985", "Китай", "05.06.2019", "на рассмотрении"],
        None,  # an empty row: left out, the numbers of the rows after it kept
        [2, "Серікұлы", "Ерлан", "05.1990", "КНР", "03/07/2019", "рассматривается"],
        [3, "Иванова", "Мария", birth_of_ivanova, "Россия", date(2019, 7, 10),
         "признана беженцем"],
    ]


def choose(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def open_name(parent, title, start, filters):
        asked.append(filters)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    return asked


def make_wizard(qtbot, fx, actor=None) -> ImportWizard:
    wizard = ImportWizard(fx.store, actor or fx.supervisor)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ImportWizard, button=QWizard.WizardButton.NextButton) -> None:
    page = wizard.currentId()
    click(qtbot, wizard.button(button))
    qtbot.waitUntil(lambda: wizard.currentId() == page + 1, timeout=TIMEOUT)


def open_file(qtbot, monkeypatch, wizard: ImportWizard, path: Path) -> None:
    choose(monkeypatch, path)
    with qtbot.waitSignal(wizard.sheet_read, timeout=TIMEOUT):
        click(qtbot, wizard.file_page.choose_button)


def to_check(qtbot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        next_page(qtbot, wizard)


def table(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def cases_and_audit(fx) -> tuple[int, int]:
    return builders.table_count(fx, "cases"), builders.audit_count(fx)


def ready_register(tmp_path, fx) -> tuple[Path, str]:
    """A register whose rows all import once mapped (the person of row 6 ticked as
    another person than the case registered already)."""
    existing = builders.register(fx).number  # Серікұлы Ерлан, born 05.1990, of China
    return workbook(tmp_path / "register.xlsx", register_rows("1990-02-11")), existing


def through_to_import(qtbot, monkeypatch, wizard: ImportWizard, path: Path) -> None:
    """File → rows → columns (registration date chosen, status left out) → check, with the
    look-alike ticked as another person."""
    open_file(qtbot, monkeypatch, wizard, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    mapping.combos[5].setCurrentIndex(mapping.combos[5].findData("registered_on"))
    mapping.combos[6].setCurrentIndex(0)
    to_check(qtbot, wizard)
    tick_another_person(qtbot, wizard, 0)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def tick_another_person(qtbot, wizard: ImportWizard, line: int) -> None:
    view = wizard.check_page.duplicates
    view.setFocus()
    view.setCurrentIndex(view.model().index(line, 2))
    qtbot.keyClick(view, Qt.Key.Key_Space)


# ---------------------------------------------------------------------------


def test_a_register_is_checked_corrected_and_imported(qtbot, store_fixture, tmp_path,
                                                      monkeypatch):
    fx = store_fixture
    existing = builders.register(fx).number
    path = workbook(tmp_path / "register.xlsx", register_rows())
    wizard = make_wizard(qtbot, fx)
    assert _unnamed(wizard) == []
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no file yet

    # (a) the file and its sheets
    asked = choose(monkeypatch, path)
    with qtbot.waitSignal(wizard.sheet_read, timeout=TIMEOUT):
        click(qtbot, wizard.file_page.choose_button)
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]
    sheets = wizard.file_page.sheet_combo
    assert [sheets.itemText(i) for i in range(sheets.count())] == ["Реестр 2019", "Справка"]
    assert sheets.isEnabled() and next_button.isEnabled()

    # (b) the first rows, the header row marked, rows numbered as in the spreadsheet
    next_page(qtbot, wizard)
    preview = wizard.preview_page.table
    assert preview.item(0, 1).text() == "Фамилия" and preview.item(0, 1).font().bold()
    assert "3" in preview.verticalHeaderItem(0).text()
    assert [preview.verticalHeaderItem(r).text() for r in range(1, preview.rowCount())] == \
        ["4", "6", "7"]
    assert preview.item(2, 1).text() == "Серікұлы"
    assert not preview.item(1, 1).font().bold()

    # (c) columns: guessed from the Russian headers; the registration date is not
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    guessed = [combo.currentData() for combo in mapping.combos]
    assert guessed == ["case_number_old", "surname", "given_names", "birth_date",
                       "citizenship", "", "status"]
    assert "Date of registration" in mapping.required_label.text()
    assert not next_button.isEnabled()
    assert "Date of registration" in mapping.problem_label.text()
    mapping.combos[5].setCurrentIndex(mapping.combos[5].findData("birth_date"))
    assert "chosen for more than one column (D, F)" in mapping.problem_label.text()
    assert mapping.combos[3].styleSheet() and mapping.combos[5].styleSheet()
    assert not next_button.isEnabled()
    mapping.combos[5].setCurrentIndex(mapping.combos[5].findData("registered_on"))
    assert mapping.problem_label.isHidden() and next_button.isEnabled()
    # The date formats, each with how a date cell of this file reads under it.
    formats = mapping.formats
    texts = {formats.item(i).data(Qt.ItemDataRole.UserRole): formats.item(i).text()
             for i in range(formats.count())}
    assert "03/07/2019" in mapping.dates_note.text() and "3 July 2019" in texts["dd/MM/yyyy"]
    assert "March 7, 2019" in texts["MM/dd/yyyy"] or "7 March 2019" in texts["MM/dd/yyyy"]
    assert "cannot be read" in texts["dd.MM.yyyy"]

    # (d) the check: the decision row and the bad date fail; the look-alike waits
    to_check(qtbot, wizard)
    check = wizard.check_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    problems = table(check.problems)
    assert problems[0][:3] == ["7", "Дата рождения", "Date of birth"]
    assert "31.13.1990" in problems[0][3]
    assert any(row[0] == "7" and row[2] == "Status" and "decision" in row[3]
               for row in problems)
    assert table(check.duplicates) == [["6", f"case {existing}", ""]]
    assert "Rows: 3 · ready to import: 1 · failing: 2" in check.counts.text()
    assert check.hint.isVisible() and "Correct those rows" in check.hint.text()
    assert not commit.isEnabled()

    # Fix the mapping: the status column is not imported (every row is pending) …
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    mapping.combos[6].setCurrentIndex(0)
    to_check(qtbot, wizard)
    assert [row[0] for row in table(check.problems)] == ["7"]
    # … and the spreadsheet: the date is corrected, the file read again.
    workbook(path, register_rows("1990-02-11"))
    with qtbot.waitSignal(wizard.checked, timeout=TIMEOUT):
        click(qtbot, check.again_button)
    assert table(check.problems) == []
    assert "failing: 1" in check.counts.text() and "not yet checked: 1" in check.counts.text()
    assert "possible duplicate" in check.hint.text() and not commit.isEnabled()
    # The look-alike is opened, compared and ticked as another person.
    check.duplicates.selectRow(0)
    assert check.open_button.isEnabled()
    with qtbot.waitSignal(wizard.open_case, timeout=TIMEOUT) as opened:
        click(qtbot, check.open_button)
    assert opened.args == [existing]
    tick_another_person(qtbot, wizard, 0)
    assert table(check.duplicates)[0][2] == "yes, not a duplicate"
    assert "ready to import: 3 · failing: 0" in check.counts.text()
    assert check.hint.isHidden() and commit.isEnabled()

    # (e) the import and its report
    before = builders.table_count(fx, "cases")
    imported = []
    wizard.imported.connect(imported.append)
    with qtbot.waitSignal(wizard.finished_import, timeout=TIMEOUT):
        next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)
    run = wizard.import_page
    assert not run.running and run.cancel_button.isHidden()
    assert run.result_label.text() == "3 case(s) imported. Their numbers:"
    numbers = imported[0]
    assert len(numbers) == 3 and all(n.startswith("AQM-2019-") for n in numbers)
    assert run.numbers.toPlainText().splitlines() == [
        f"Row {row}: {number}" for row, number in zip([4, 6, 7], numbers, strict=True)]
    assert builders.table_count(fx, "cases") == before + 3
    assert builders.table_count(fx, "duplicate_checks") == 1  # the tick, recorded
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert _unnamed(wizard) == []

    report = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(report), "CSV files (*.csv)"))
    click(qtbot, run.save_button)
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["Row in the spreadsheet", "New case number"],
                    *[[str(r), n] for r, n in zip([4, 6, 7], numbers, strict=True)]]
    text_report = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(text_report), "Text files (*.txt)"))
    click(qtbot, run.save_button)
    written = text_report.with_name("report.txt").read_text(encoding="utf-8")
    assert "register.xlsx" in written and "Реестр 2019" in written and numbers[2] in written


def test_cancelling_an_import_writes_nothing(qtbot, store_fixture, tmp_path, monkeypatch):
    fx = store_fixture
    path, _existing = ready_register(tmp_path, fx)
    wizard = make_wizard(qtbot, fx)
    through_to_import(qtbot, monkeypatch, wizard, path)
    writing, go_on = threading.Event(), threading.Event()
    real = si.run_import

    def held(store, actor, sheet, plan, *, progress=None, cancelled=lambda: False):
        def step(done, total):
            progress(done, total)
            if done > total // 2:  # the rows are written, not yet committed
                writing.set()
                go_on.wait(TIMEOUT / 1000)
        return real(store, actor, sheet, plan, progress=step, cancelled=cancelled)

    monkeypatch.setattr(si, "run_import", held)
    before = cases_and_audit(fx)
    next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)
    run = wizard.import_page
    qtbot.waitUntil(writing.is_set, timeout=TIMEOUT)
    # The progress of the worker reaches the page (queued to the UI thread).
    qtbot.waitUntil(lambda: run.progress.value() > 3, timeout=TIMEOUT)
    assert run.progress.maximum() == 6 and "Writing" in run.progress_label.text()
    assert run.running and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.finished_import, timeout=TIMEOUT):
        click(qtbot, run.cancel_button)
        go_on.set()
    assert wizard.report.cancelled and wizard.report.imported == 0
    assert "cancelled; nothing was written" in run.progress_label.text()
    assert run.numbers.isHidden() and run.save_button.isHidden()
    assert cases_and_audit(fx) == before

    # Started again, it imports.
    monkeypatch.setattr(si, "run_import", real)
    with qtbot.waitSignal(wizard.finished_import, timeout=TIMEOUT):
        click(qtbot, run.again_button)
    assert wizard.report.imported == 3
    assert builders.table_count(fx, "cases") == before[0] + 3


def test_closing_during_an_import_asks_then_stops_it(qtbot, store_fixture, tmp_path,
                                                     monkeypatch):
    fx = store_fixture
    path, _existing = ready_register(tmp_path, fx)
    wizard = make_wizard(qtbot, fx)
    through_to_import(qtbot, monkeypatch, wizard, path)
    checking, go_on = threading.Event(), threading.Event()
    real = si.run_import

    def held(store, actor, sheet, plan, *, progress=None, cancelled=lambda: False):
        def step(done, total):
            progress(done, total)
            checking.set()
            go_on.wait(TIMEOUT / 1000)
        return real(store, actor, sheet, plan, progress=step, cancelled=cancelled)

    monkeypatch.setattr(si, "run_import", held)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    before = cases_and_audit(fx)
    next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(checking.is_set, timeout=TIMEOUT)
    wizard.close()  # No: the import goes on
    assert len(asked) == 1 and "Nothing will be written" in asked[0]
    assert wizard.isVisible() and wizard.importing
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Yes: stopped, then closed
    assert len(asked) == 2
    go_on.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT)
    assert wizard.report.cancelled
    assert cases_and_audit(fx) == before


def test_a_file_that_cannot_be_read_says_what_to_do(qtbot, store_fixture, tmp_path,
                                                    monkeypatch):
    fx = store_fixture
    broken = tmp_path / "register.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    wizard = make_wizard(qtbot, fx)
    open_file(qtbot, monkeypatch, wizard, broken)
    status = wizard.file_page.status
    assert "register.xlsx" in status.text() and "save it again as .xlsx" in status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    open_file(qtbot, monkeypatch, wizard, old)
    assert ".xls" in status.text() and "save it as .xlsx" in status.text()
    # A good file afterwards: on we go.
    good = tmp_path / "register.csv"
    good.write_text("Фамилия;Имя;Дата регистрации\nАхметов;Нурлан;05.06.2019\n",
                    encoding="utf-8")
    open_file(qtbot, monkeypatch, wizard, good)
    assert not wizard.file_page.sheet_combo.isEnabled()  # a CSV file has one sheet
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_mapping_is_saved_and_loaded_as_the_command_line_takes_it(
        qtbot, store_fixture, tmp_path, monkeypatch):
    fx = store_fixture
    register = tmp_path / "register.csv"
    register.write_text("ФИО;Дата рождения;Дата подачи;Телефон\n"
                        "Ахметов Нурлан Серикович;1985;2019-06-05;+7 701 000 00 00\n",
                        encoding="utf-8")
    wizard = make_wizard(qtbot, fx)
    open_file(qtbot, monkeypatch, wizard, register)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert [c.currentData() for c in mapping.combos] == ["full_name", "birth_date",
                                                         "registered_on", "phone"]
    mapping.combos[3].setCurrentIndex(0)  # the phone is not imported
    mapping.formats.setCurrentRow(3)  # MM/dd/yyyy tried first, dd/MM/yyyy not at all
    for _ in range(3):
        click(qtbot, mapping.up_button)
    mapping.formats.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert mapping.date_formats() == ["MM/dd/yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "dd.MM.yy"]
    saved = tmp_path / "mapping"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(saved), "Mappings (*.json)"))
    click(qtbot, mapping.save_button)
    target = tmp_path / "mapping.json"
    assert "mapping.json" in mapping.mapping_status.text()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["columns"] == {"ФИО": "full_name", "Дата рождения": "birth_date",
                                   "Дата подачи": "registered_on"}
    plan = si.resolve_plan(si.load_mapping(target), si.read_rows(register))
    assert plan.mapping == {0: "full_name", 1: "birth_date", 2: "registered_on"}
    assert plan.date_formats == mapping.date_formats()

    # Changed, then loaded back.
    mapping.combos[0].setCurrentIndex(mapping.combos[0].findData("surname"))
    mapping.formats.item(0).setCheckState(Qt.CheckState.Unchecked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(target), "Mappings (*.json)"))
    click(qtbot, mapping.load_button)
    assert [c.currentData() for c in mapping.combos] == ["full_name", "birth_date",
                                                         "registered_on", ""]
    assert mapping.date_formats() == ["MM/dd/yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "dd.MM.yy"]
    assert "loaded" in mapping.mapping_status.text()

    # A mapping naming a column this file lacks is refused, the choice left as it was.
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"columns": {"Фамилия": "surname",
                                             "Дата регистрации": "registered_on"}}),
                     encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(other), "Mappings (*.json)"))
    click(qtbot, mapping.load_button)
    assert "Фамилия" in mapping.mapping_status.text()
    assert mapping.combos[0].currentData() == "full_name"


# Each row registers a petition: a role needs both rights (an administrator may import
# cases, but not register petitions).
@pytest.mark.parametrize("role,offered", [("supervisor", True), ("officer", False),
                                          ("admin", False)])
def test_the_file_menu_offers_the_import_to_supervisors(qtbot, store_fixture, role, offered):
    from app.ui import main_window

    fx = store_fixture
    window = main_window.MainWindow(fx.store, getattr(fx, role))
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.findChildren(type(window.lock_action))]
    assert ("actionImportRegister" in names) is offered
    if offered:
        window.import_action.trigger()
        wizard = window.import_wizard
        qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
        assert wizard.windowModality() == Qt.WindowModality.WindowModal
        wizard.reject()


def test_closing_during_the_check_leaves_nothing_behind(qtbot, store_fixture, tmp_path,
                                                       monkeypatch):
    from app.ui import tasks

    fx = store_fixture
    path, _existing = ready_register(tmp_path, fx)
    checking, go_on = threading.Event(), threading.Event()
    real = si.dry_run

    def held(uow, actor, sheet, plan, *, progress=None, cancelled=None):
        def step(done, total):
            checking.set()
            go_on.wait(TIMEOUT / 1000)
            progress(done, total)  # through the relay, after the wizard is gone
        return real(uow, actor, sheet, plan, progress=step, cancelled=cancelled)

    monkeypatch.setattr(si, "dry_run", held)
    wizard = make_wizard(qtbot, fx)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_file(qtbot, monkeypatch, wizard, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    mapping.combos[5].setCurrentIndex(mapping.combos[5].findData("registered_on"))
    next_page(qtbot, wizard)
    qtbot.waitUntil(checking.is_set, timeout=TIMEOUT)
    assert wizard.check_page.running
    destroyed = []
    wizard.destroyed.connect(lambda: destroyed.append(True))
    wizard.close()  # no import running: closed at once, the check told to stop
    qtbot.waitUntil(lambda: bool(destroyed), timeout=TIMEOUT)
    go_on.set()
    qtbot.waitUntil(lambda: not tasks._running, timeout=TIMEOUT)
