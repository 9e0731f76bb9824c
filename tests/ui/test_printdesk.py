"""The clerk's print desk, driven as a clerk would: the queue and its preview, batch
printing and saving, the register (reprint, void), expiring certificates, verifying.

Printing goes to a ``QPrinter`` writing a PDF into ``tmp_path``; the printer, folder
and message dialogs are answered through monkeypatch.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from app.db.models import Case, Certificate
from app.domain.vocab import CertificateKind, DocType
from app.domain.workflow import CaseStatus
from app.services import printing
from app.ui import printdesk as printdesk_ui
from app.ui import printing as print_ui
from app.ui.main_window import MainWindow
from app.ui.printdesk import VOIDED, PrintDeskPage
from tests.helpers.builders import case_in
from tests.ui.test_accessibility import _unnamed
from tests.ui.test_printing import pdf_printer

LOAD_TIMEOUT = 15000
BATCH_TIMEOUT = 60000


@pytest.fixture
def messages(monkeypatch):
    """Information and warning boxes, recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *_a: shown.append(("information", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *_a: shown.append(("warning", text)))
    return shown


def open_desk(qtbot, fx, actor=None) -> PrintDeskPage:
    page = PrintDeskPage(fx.store, actor or fx.clerk)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: page.queue._loaded_once and page.register._loaded_once,
                    timeout=LOAD_TIMEOUT)
    return page


def click_row(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def double_click(qtbot, view, row: int) -> None:
    """As a user double-clicks: QTest's mouseDClick alone sends only the second press;
    item views emit ``activated`` on the release that follows it."""
    pos = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def cell(model, row: int, header: str, role=Qt.ItemDataRole.DisplayRole):
    """The cell of ``row`` in the column titled ``header``."""
    columns = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    return model.index(row, columns.index(header)).data(role)


def row_of(view, predicate) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if predicate(model.record_at(row)):
            return row
    raise AssertionError("no such row")


def select_items(qtbot, queue, *wanted) -> None:
    """Click the first, Ctrl+click the others."""
    for position, item in enumerate(wanted):
        row = row_of(queue.table, lambda i, item=item: i.key == item.key)
        click_row(qtbot, queue.table, row,
                  Qt.KeyboardModifier.ControlModifier if position
                  else Qt.KeyboardModifier.NoModifier)
    assert {i.key for i in queue.selected_items()} == {i.key for i in wanted}


def queue_item(queue, case_number: str, doc_type: DocType):
    return next(i for i in queue.items()
                if i.case_number == case_number and i.doc_type == doc_type)


def in_queue(queue, item) -> bool:
    return any(i.key == item.key for i in queue.items())


def certificate_of(fx, number: str, kind: CertificateKind) -> tuple[str, str, str]:
    """(number, verification code, state) of the case's certificate of this kind."""
    with fx.uow(readonly=True) as uow:
        cert = uow.session.execute(select(Certificate).join(Case).where(
            Case.number == number, Certificate.kind == kind.value)).scalar_one()
        return cert.number, cert.verification_code, cert.state


def issue(fx, doc_type: DocType, number: str):
    with fx.uow() as uow:
        return printing.issue_document(uow, fx.clerk, doc_type, number)


# ---------------------------------------------------------------------------
# to print


def test_queue_lists_letters_and_certificates_and_previews_the_selection(qtbot, store_fixture):
    fx = store_fixture
    decided = case_in(fx, CaseStatus.DECIDED).number
    granted = case_in(fx, CaseStatus.GRANTED).number
    page = open_desk(qtbot, fx)
    queue = page.queue
    letter = queue_item(queue, decided, DocType.LETTER)
    assert letter.what == "recognition"
    certificate = queue_item(queue, granted, DocType.CERTIFICATE)
    assert certificate.target_id is None  # not issued yet
    texts = [[queue.proxy.index(r, c).data() for c in range(6)]
             for r in range(queue.proxy.rowCount())]
    assert ["Decision letter", "Recognition as a refugee", decided] == \
        texts[row_of(queue.table, lambda i: i.key == letter.key)][:3]
    assert texts[row_of(queue.table, lambda i: i.key == certificate.key)][:2] == \
        ["Refugee certificate", ""]

    assert queue.preview.page_count() == 0
    select_items(qtbot, queue, letter)
    qtbot.waitUntil(lambda: queue.preview.page_count() > 0, timeout=LOAD_TIMEOUT)
    assert "selected: 1" in queue.status_line.text()
    # A preview registers nothing.
    with fx.uow(readonly=True) as uow:
        assert printing.register(uow, fx.clerk) == []
    assert _unnamed(page) == []


def test_batch_prints_the_selection_registers_it_and_empties_the_queue(
        qtbot, store_fixture, monkeypatch, tmp_path, messages):
    fx = store_fixture
    decided = case_in(fx, CaseStatus.DECIDED).number
    granted = case_in(fx, CaseStatus.GRANTED).number
    page = open_desk(qtbot, fx)
    queue = page.queue
    letter = queue_item(queue, decided, DocType.LETTER)
    certificate = queue_item(queue, granted, DocType.CERTIFICATE)
    select_items(qtbot, queue, letter, certificate)

    out = tmp_path / "batch.pdf"
    chosen = []
    monkeypatch.setattr(print_ui, "choose_printer",
                        lambda *_a, **_k: chosen.append(1) or pdf_printer(out))
    with qtbot.waitSignal(queue.batch_done, timeout=BATCH_TIMEOUT) as done:
        qtbot.keyClick(queue.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    result = done.args[0]
    assert chosen == [1]  # one printer dialog for the whole batch
    assert [p.case_number for p in result.printed] == [decided, granted]
    assert result.failed == []
    assert messages == [("information", queue.notice)]
    assert queue.status_line.text().startswith(queue.notice)
    assert "Printed: 2" in messages[0][1]
    assert out.exists() and len(PdfReader(out).pages) >= 2

    qtbot.waitUntil(lambda: not in_queue(queue, letter) and not in_queue(queue, certificate),
                    timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: len(page.register.rows()) == 2, timeout=LOAD_TIMEOUT)
    rows = {row.case_number: row for row in page.register.rows()}
    assert rows[decided].doc_type == DocType.LETTER
    assert rows[granted].certificate_number  # the certificate was issued with its paper
    assert {r.register_number for r in rows.values()} == \
        {p.register_number for p in result.printed}


def test_cancel_stops_after_the_current_document(qtbot, store_fixture, monkeypatch, tmp_path,
                                                 messages):
    fx = store_fixture
    numbers = [case_in(fx, CaseStatus.DECIDED).number for _ in range(3)]
    page = open_desk(qtbot, fx)
    queue = page.queue
    letters = [queue_item(queue, n, DocType.LETTER) for n in numbers]
    select_items(qtbot, queue, *letters)
    out = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(print_ui, "choose_printer", lambda *_a, **_k: pdf_printer(out))

    with qtbot.waitSignal(queue.batch_done, timeout=BATCH_TIMEOUT) as done:
        qtbot.mouseClick(queue.print_button, Qt.MouseButton.LeftButton)
        # The first document is being issued; the progress dialog is up.
        progress = queue.progress
        assert progress.isVisible() and "Printing 1 of 3" in progress.labelText()
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        assert progress.isVisible()  # it stays until the current document is out
        assert "Stopping" in progress.labelText()
    result = done.args[0]
    assert result.done == 1 and result.cancelled and result.not_started == 2
    assert "Not started (cancelled): 2" in messages[0][1]
    assert len(PdfReader(out).pages) >= 1
    qtbot.waitUntil(lambda: len(page.register.rows()) == 1, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: sum(in_queue(queue, letter) for letter in letters) == 2,
                    timeout=LOAD_TIMEOUT)


def test_save_selected_writes_one_file_per_document_named_by_register_number(
        qtbot, store_fixture, monkeypatch, tmp_path, messages):
    fx = store_fixture
    decided = case_in(fx, CaseStatus.DECIDED).number
    registered = case_in(fx, CaseStatus.REGISTERED).number
    page = open_desk(qtbot, fx)
    queue = page.queue
    letter = queue_item(queue, decided, DocType.LETTER)
    receipt = queue_item(queue, registered, DocType.RECEIPT)
    select_items(qtbot, queue, letter, receipt)
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))

    with qtbot.waitSignal(queue.batch_done, timeout=BATCH_TIMEOUT) as done:
        qtbot.keyClick(queue.table, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    result = done.args[0]
    assert result.failed == []
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted(f"{p.register_number}.pdf" for p in result.printed)
    for path in folder.iterdir():
        assert path.read_bytes()[:5] == b"%PDF-"
    assert "Saved: 2" in messages[0][1]


def test_a_cancelled_printer_dialog_registers_nothing(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    decided = case_in(fx, CaseStatus.DECIDED).number
    page = open_desk(qtbot, fx)
    select_items(qtbot, page.queue, queue_item(page.queue, decided, DocType.LETTER))
    monkeypatch.setattr(print_ui, "choose_printer", lambda *_a, **_k: None)
    qtbot.mouseClick(page.queue.print_button, Qt.MouseButton.LeftButton)
    assert page.queue.batch is None
    with fx.uow(readonly=True) as uow:
        assert printing.register(uow, fx.clerk) == []


# ---------------------------------------------------------------------------
# the register


def open_register(qtbot, page):
    page.tabs.setCurrentWidget(page.register)
    qtbot.waitUntil(lambda: bool(page.register.rows()), timeout=LOAD_TIMEOUT)
    return page.register


def test_reprint_makes_a_marked_duplicate(qtbot, store_fixture, monkeypatch, tmp_path):
    fx = store_fixture
    decided = case_in(fx, CaseStatus.DECIDED).number
    original = issue(fx, DocType.LETTER, decided)
    page = open_desk(qtbot, fx)
    register = open_register(qtbot, page)
    click_row(qtbot, register.table, 0)
    asked = []

    def ask_output(_parent, _title, text, *_buttons):
        asked.append(text)
        return printdesk_ui.PRINT

    monkeypatch.setattr(printdesk_ui, "ask_output", ask_output)
    out = tmp_path / "duplicate.pdf"
    monkeypatch.setattr(print_ui, "choose_printer", lambda *_a, **_k: pdf_printer(out))
    qtbot.mouseClick(register.reprint_button, Qt.MouseButton.LeftButton)
    assert original.register_number in asked[0] and "duplicate" in asked[0]
    qtbot.waitUntil(lambda: len(register.rows()) == 2, timeout=LOAD_TIMEOUT)
    duplicate = next(r for r in register.rows() if r.duplicate_of)
    assert duplicate.duplicate_of == original.register_number
    assert out.exists()
    qtbot.waitUntil(lambda: "sent to the printer" in register.status_line.text(),
                    timeout=LOAD_TIMEOUT)
    row = row_of(register.table, lambda r: r.duplicate_of)
    assert cell(register.model, row, "Duplicate of") == original.register_number
    assert cell(register.model, row, "Register number", Qt.ItemDataRole.FontRole).italic()


def test_void_needs_a_reason_and_a_confirmation_and_greys_the_row(qtbot, store_fixture,
                                                                  monkeypatch):
    fx = store_fixture
    number = case_in(fx, CaseStatus.REGISTERED).number
    receipt = issue(fx, DocType.RECEIPT, number)
    page = open_desk(qtbot, fx)
    register = open_register(qtbot, page)
    click_row(qtbot, register.table, 0)

    reasons = iter([("  ", True), ("Printed on the wrong paper", True)])
    prompts = []

    def get_multi_line_text(_parent, _title, label, _text=""):
        prompts.append(label)
        return next(reasons)

    questions = []

    def question(_parent, _title, text, *_a):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getMultiLineText", get_multi_line_text)
    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(register.void_button, Qt.MouseButton.LeftButton)
    assert len(prompts) == 2 and "A reason is required" in prompts[1]
    assert "this cannot be undone" in questions[0]
    assert receipt.certificate_number in questions[0]  # its certificate is voided too
    qtbot.waitUntil(lambda: bool(register.rows()) and register.rows()[0].voided, timeout=LOAD_TIMEOUT)
    index = register.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert index.data(Qt.ItemDataRole.ForegroundRole) == VOIDED
    assert cell(register.model, 0, "State") == "Void"
    assert cell(register.model, 0, "State", Qt.ItemDataRole.ToolTipRole) == \
        "Void: Printed on the wrong paper"
    assert certificate_of(fx, number, CertificateKind.ASYLUM_SEEKER)[2] == "void"
    click_row(qtbot, register.table, 0)
    assert not register.void_button.isEnabled() and not register.reprint_button.isEnabled()


def test_void_cancelled_at_the_confirmation_changes_nothing(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = case_in(fx, CaseStatus.REGISTERED).number
    issue(fx, DocType.RECEIPT, number)
    page = open_desk(qtbot, fx)
    register = open_register(qtbot, page)
    click_row(qtbot, register.table, 0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a: ("Wrong paper", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(register.void_button, Qt.MouseButton.LeftButton)
    with fx.uow(readonly=True) as uow:
        assert not printing.register(uow, fx.clerk)[0].voided


def test_register_search_and_handover(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    first = case_in(fx, CaseStatus.REGISTERED).number
    second = case_in(fx, CaseStatus.REGISTERED).number
    issue(fx, DocType.RECEIPT, first)
    issue(fx, DocType.RECEIPT, second)
    page = open_desk(qtbot, fx)
    register = open_register(qtbot, page)
    assert len(register.rows()) == 2
    qtbot.keyClicks(register.search, second)
    qtbot.waitUntil(lambda: [r.case_number for r in register.rows()] == [second],
                    timeout=LOAD_TIMEOUT)

    click_row(qtbot, register.table, 0)

    def fill_and_save(dialog):
        assert _unnamed(dialog) == []
        qtbot.keyClicks(dialog.handed_to, "Erlan Serikuly")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(printdesk_ui.HandoverDialog, "exec", fill_and_save)
    qtbot.mouseClick(register.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register.rows()[0].handed_to == "Erlan Serikuly",
                    timeout=LOAD_TIMEOUT)
    assert register.rows()[0].handed_over_on == date.today()
    assert cell(register.model, 0, "Handed over").startswith("Erlan Serikuly, ")


# ---------------------------------------------------------------------------
# expiring certificates and verifying


def test_expiring_lists_a_certificate_ending_soon_and_opens_its_case(qtbot, store_fixture):
    fx = store_fixture
    soon = case_in(fx, CaseStatus.REGISTERED).number
    later = case_in(fx, CaseStatus.REGISTERED).number
    with fx.uow() as uow:
        for number, days in ((soon, 5), (later, 200)):
            cert = uow.session.execute(select(Certificate).join(Case).where(
                Case.number == number)).scalar_one()
            cert.valid_to = date.today() + timedelta(days=days)
        uow.commit()
    page = open_desk(qtbot, fx)
    page.tabs.setCurrentWidget(page.expiring)
    expiring = page.expiring
    qtbot.waitUntil(lambda: bool(expiring.rows()), timeout=LOAD_TIMEOUT)
    assert [(r.case_number, r.days_left) for r in expiring.rows()] == [(soon, 5)]
    assert cell(expiring.proxy, 0, "Days left") == "5 day(s)"
    assert cell(expiring.proxy, 0, "Days left", Qt.ItemDataRole.ForegroundRole) == \
        QColor("#b00020")
    with qtbot.waitSignal(page.open_case, timeout=LOAD_TIMEOUT) as opened:
        double_click(qtbot, expiring.table, 0)
    assert opened.args == [soon]

    expiring.days.setValue(300)
    qtbot.waitUntil(lambda: len(expiring.rows()) == 2, timeout=LOAD_TIMEOUT)
    assert [r.case_number for r in expiring.rows()] == [soon, later]


def test_verify_says_valid_or_not_genuine_and_nothing_about_the_person(qtbot, store_fixture):
    fx = store_fixture
    number = case_in(fx, CaseStatus.REGISTERED).number
    cert_number, code, _state = certificate_of(fx, number, CertificateKind.ASYLUM_SEEKER)
    page = open_desk(qtbot, fx)
    page.tabs.setCurrentWidget(page.verify)
    verify = page.verify

    qtbot.keyClicks(verify.number, cert_number)
    qtbot.keyClicks(verify.code, code)
    with qtbot.waitSignal(verify.checked, timeout=LOAD_TIMEOUT):
        qtbot.keyClick(verify.code, Qt.Key.Key_Return)
    assert verify.panel.isVisible()
    assert verify.verdict.text() == "VALID"
    assert "genuine and valid until" in verify.explanation.text()
    assert "Asylum-seeker certificate" in verify.details.text()
    shown = " ".join((verify.verdict.text(), verify.explanation.text(), verify.details.text()))
    for private in ("Serikuly", "Серікұлы", "Erlan", "Ерлан"):
        assert private not in shown

    # The QR text fills both fields; a wrong code is "not genuine".
    verify.qr.setText(f"PANA:{cert_number}:WRONG1")
    assert verify.number.text() == cert_number and verify.code.text() == "WRONG1"
    with qtbot.waitSignal(verify.checked, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert verify.verdict.text() == "NOT GENUINE"
    assert "not genuine" in verify.explanation.text()
    assert verify.details.text() == ""


# ---------------------------------------------------------------------------
# the main window


def open_main_window(qtbot, fx, actor) -> MainWindow:
    window = MainWindow(fx.store, actor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.registry.model.count_changed, timeout=LOAD_TIMEOUT):
        window.show()
    if window.printdesk is not None:
        qtbot.waitUntil(lambda: window.printdesk.queue._loaded_once, timeout=LOAD_TIMEOUT)
    return window


def test_the_clerk_starts_at_the_print_desk(qtbot, store_fixture):
    fx = store_fixture
    window = open_main_window(qtbot, fx, fx.clerk)
    assert window.tabs.widget(0) is window.printdesk
    assert window.tabs.tabText(0) == "&Print desk"
    assert window.tabs.indexOf(window.registry) == 1


def test_supervisors_find_the_print_desk_after_deadlines_and_officers_not_at_all(
        qtbot, store_fixture):
    fx = store_fixture
    supervisor = open_main_window(qtbot, fx, fx.supervisor)
    tabs = supervisor.tabs
    assert tabs.indexOf(supervisor.printdesk) == tabs.indexOf(supervisor.deadlines) + 1
    officer = open_main_window(qtbot, fx, fx.officer)
    assert officer.printdesk is None


def test_supervisor_may_void_but_not_issue_a_refugee_certificate_replacement(
        qtbot, store_fixture):
    fx = store_fixture
    granted = case_in(fx, CaseStatus.GRANTED).number
    issue(fx, DocType.CERTIFICATE, granted)
    page = open_desk(qtbot, fx, fx.supervisor)
    register = open_register(qtbot, page)
    click_row(qtbot, register.table, 0)
    assert register.void_button.isEnabled()
    assert not register.replace_button.isEnabled()  # issuing certificates is the clerk's


def test_replace_certificate_issues_a_new_number(qtbot, store_fixture, monkeypatch, tmp_path):
    fx = store_fixture
    granted = case_in(fx, CaseStatus.GRANTED).number
    old = issue(fx, DocType.CERTIFICATE, granted)
    page = open_desk(qtbot, fx)
    register = open_register(qtbot, page)
    click_row(qtbot, register.table, 0)
    assert register.replace_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a: ("Lost", True))
    monkeypatch.setattr(printdesk_ui, "ask_output", lambda *_a: printdesk_ui.SAVE)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: (str(tmp_path / Path(start).name), ""))
    qtbot.mouseClick(register.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved as" in register.status_line.text(), timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: len(register.rows()) == 2, timeout=LOAD_TIMEOUT)
    new = next(r for r in register.rows() if r.register_number != old.register_number)
    assert new.certificate_number != old.certificate_number
    assert (tmp_path / f"{new.register_number}.pdf").exists()
    states = {r.certificate_number: r.certificate_state for r in register.rows()}
    assert states == {old.certificate_number: "replaced", new.certificate_number: "valid"}

