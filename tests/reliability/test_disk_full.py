"""The disk fills up while people work: the message says so, nothing typed is lost,
nothing half-written is stored, and once space is freed the same Save stores it all.

The full disk is ``faults.DiskFull``: the database may not grow by one more page,
which SQLite reports exactly as it reports a full disk.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from shiboken6 import isValid

from app.bootstrap import log_in
from app.domain.errors import StoreError
from app.services import casefile, exchange, interviews
from app.ui import tasks
from app.ui.casefile import interviews as interviews_ui
from app.ui.casefile.applicant import ApplicantSection
from app.ui.casefile.window import CaseFileWindow
from app.ui.petition import NewPetitionDialog
from tests.conftest import PASSWORD
from tests.helpers import builders
from tests.reliability.faults import chain_ok, disk_full, snapshot
from tests.ui.test_interviews import open_section
from tests.ui.test_petition import type_text

FULL = "The disk is full. Nothing was saved; free some space and save again."


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    """The message boxes the user was shown (title, text), instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def form_values(root: QWidget) -> dict[str, object]:
    """Everything a user can type or choose under ``root``, by widget."""
    values: dict[str, object] = {}
    for index, widget in enumerate(root.findChildren(QWidget)):
        key = f"{index}:{widget.objectName()}"
        if isinstance(widget, QLineEdit):
            values[key] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[key] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[key] = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QDateEdit):
            values[key] = widget.date()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values[key] = widget.isChecked()
    return values


def assert_told(warnings: list[tuple[str, str]], message: str) -> None:
    """One "Not saved" box, leading with ``message``."""
    assert len(warnings) == 1, warnings
    title, text = warnings[0]
    assert title == "Not saved" and text.startswith(message), warnings


# ---- the new-petition form


def test_a_petition_registered_on_a_full_disk_stays_in_the_form_and_is_stored_later(
        qtbot, store_fixture, warnings):
    fx = store_fixture
    dialog = NewPetitionDialog(fx.store, fx.officer)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.tracker.reset())
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.names.row(0).surname, "Серікұлы")
    type_text(qtbot, dialog.names.row(0).given_names, "Ерлан")
    qtbot.mouseClick(dialog.names.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.names.row(1).surname, "Serikuly")
    qtbot.keyClicks(dialog.names.row(1).given_names, "Erlan")
    qtbot.keyClicks(dialog.person.birth_date, "1990-05")
    qtbot.keyClicks(dialog.person.citizenships, "CHN")
    qtbot.keyClicks(dialog.person.languages, "kk, zh")
    qtbot.keyClicks(dialog.doc_number, "E 1234 5678")
    qtbot.keyClicks(dialog.doc_country, "CHN")
    dialog.arrived_on.setDate(QDate.currentDate().addDays(-2))
    typed = form_values(dialog)

    with disk_full(fx.store) as disk:
        disk.fill()
        before = snapshot(fx.store)
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(warnings), timeout=10000)

        assert_told(warnings, FULL)
        assert dialog.isVisible() and dialog.number is None and dialog.tracker.dirty
        assert form_values(dialog) == typed
        # No case without its names, no number taken, the audit trail as it was.
        assert snapshot(fx.store) == before and before["chain_ok"]

        disk.free()
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)

    assert dialog.number.endswith("-00001")  # the refused save used up no number
    with fx.uow(readonly=True) as uow:
        cf = casefile.load_case_file(uow, fx.officer, dialog.number, sensitive=False)
    assert [(n.surname, n.given_names) for n in cf.applicant.names] == [
        ("Серікұлы", "Ерлан"), ("Serikuly", "Erlan")]
    assert cf.applicant.birth_date == "1990-05" and cf.applicant.languages == ["kk", "zh"]
    assert [(d.number, d.issuing_country) for d in cf.documents] == [("E 1234 5678", "CHN")]
    assert chain_ok(fx.store)
    assert len(warnings) == 1


# ---- a case-file section


def test_an_applicant_edit_saved_on_a_full_disk_is_kept_until_space_is_freed(
        qtbot, store_fixture, warnings):
    fx = store_fixture
    number = builders.register(fx).number
    window = CaseFileWindow(fx.store, fx.officer, number)  # deletes itself on close
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(s.case_file is not None for s in window.sections),
                    timeout=10000)
    applicant = next(s for s in window.sections if isinstance(s, ApplicantSection))
    window.nav.setCurrentRow(window.sections.index(applicant))
    qtbot.keyClicks(applicant.person.religion, "Islam")
    qtbot.keyClicks(applicant.person.place_of_birth, "Ghulja, Xinjiang")
    applicant.person.ethnicity.selectAll()
    qtbot.keyClick(applicant.person.ethnicity, Qt.Key.Key_Delete)
    type_text(qtbot, applicant.person.ethnicity, "Қазақ")
    typed = form_values(applicant)

    with disk_full(fx.store) as disk:
        disk.fill()
        before = snapshot(fx.store)
        qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)

        assert_told(warnings, FULL)
        assert applicant.is_dirty() and window.nav.item(0).text().endswith("•")
        assert form_values(applicant) == typed
        assert snapshot(fx.store) == before

        disk.free()
        with qtbot.waitSignal(applicant.saved, timeout=5000):
            qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)

    with fx.uow(readonly=True) as uow:
        a = casefile.load_case_file(uow, fx.officer, number, sensitive=False).applicant
    assert (a.religion, a.place_of_birth, a.ethnicity) == ("Islam", "Ghulja, Xinjiang", "Қазақ")
    assert chain_ok(fx.store)
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    window.close()


# ---- the interview recorder: its autosaved draft, then the record itself


def test_an_interview_typed_on_a_full_disk_keeps_its_draft_and_is_recorded_later(
        qtbot, store_fixture, warnings, monkeypatch):
    fx = store_fixture
    monkeypatch.setattr(interviews_ui, "AUTOSAVE_DELAY_MS", 50)
    monkeypatch.setattr(interviews_ui, "ask_unsaved",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    number = builders.register(fx).number
    section = open_section(qtbot, fx.store, fx.officer, number)
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    recorder = section.recorder
    qtbot.waitExposed(recorder)
    qtbot.mouseClick(recorder.start_now, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(recorder.location, "Room 4")
    recorder.language.setCurrentIndex(recorder.language.findData("kk"))
    entry = recorder.entries[0]
    qtbot.keyClicks(entry.question, "Why did you leave?")
    qtbot.keyClicks(entry.answer, "The police took my passport.")
    qtbot.waitUntil(lambda: recorder.status.text().startswith("Draft saved at "), timeout=5000)

    def stored_draft():
        with fx.uow(readonly=True) as uow:
            return interviews.load_draft(uow, fx.officer, number, "interview")

    first_draft = stored_draft()
    assert first_draft["entries"][0]["answer"] == "The police took my passport."

    with disk_full(fx.store) as disk:
        disk.fill()
        before = snapshot(fx.store)
        # The interpreter's long account is pasted in; the autosave meets the full disk.
        account = " Then they came back at night and searched the house." * 120
        with qtbot.waitSignal(recorder.autosave.failed, timeout=5000) as failed:
            entry.answer.moveCursor(entry.answer.textCursor().MoveOperation.End)
            entry.answer.insertPlainText(account)
        assert failed.args == [FULL]
        assert recorder.status.text() == f"The draft could not be saved: {FULL}"
        assert entry.answer.toPlainText() == "The police took my passport." + account
        assert stored_draft() == first_draft  # the earlier draft is kept, not half-replaced

        # Saving the record itself: refused in words, everything stays in the recorder.
        qtbot.mouseClick(recorder.end_now, Qt.MouseButton.LeftButton)
        typed = form_values(recorder)
        qtbot.mouseClick(recorder.save_button, Qt.MouseButton.LeftButton)
        assert_told(warnings, FULL)
        assert recorder.isVisible() and section.recorder is recorder
        assert form_values(recorder) == typed
        assert snapshot(fx.store) == before

        # Space is freed: the next autosave stores the whole draft, then Save records it.
        disk.free()
        qtbot.keyClicks(recorder.demeanour, "Calm.")
        qtbot.waitUntil(lambda: recorder.status.text().startswith("Draft saved at "),
                        timeout=5000)
        assert stored_draft()["entries"][0]["answer"].endswith(account)
        with qtbot.waitSignal(recorder.recorded, timeout=5000):
            qtbot.mouseClick(recorder.save_button, Qt.MouseButton.LeftButton)

    with fx.uow(readonly=True) as uow:
        held = casefile.load_case_file(uow, fx.officer, number).interviews
    assert [e.answer for e in held[0].entries] == ["The police took my passport." + account]
    assert held[0].demeanour_notes == "Calm."
    assert stored_draft() is None and chain_ok(fx.store)
    qtbot.waitUntil(lambda: section.recorder is None or not isValid(section.recorder))


# ---- work that writes many audit entries at once


def test_an_import_of_several_cases_on_a_full_disk_stores_none_of_them(
        store_fixture, tmp_path, _store_template):
    fx = store_fixture
    for surname in ("Alpha", "Beta", "Gamma"):
        number = builders.register(fx, names=[builders.cases.NameInput("Latn", surname,
                                                                       "Test")]).number
        builders.record_interview(fx, number)
    with fx.uow() as uow:
        document = exchange.export_document(uow, fx.admin)
    other = builders.open_store_copy(_store_template, tmp_path / "other")
    try:
        with disk_full(other.store) as disk:
            disk.fill()
            before = snapshot(other.store)
            with pytest.raises(StoreError) as refused, other.uow() as uow:
                exchange.import_document(uow, other.admin, document, source="cases.json")
            assert str(refused.value).startswith(FULL)
            assert snapshot(other.store) == before
            disk.free()
            with other.uow() as uow:
                numbers = exchange.import_document(uow, other.admin, document,
                                                   source="cases.json")
        assert len(numbers) == 3 and chain_ok(other.store)
    finally:
        other.store.close()


def test_a_login_on_a_full_disk_is_refused_in_words_and_keeps_the_failed_attempts(
        store_fixture):
    """Logging in writes the failed attempts waiting in the key file into the audit log;
    on a full disk that cannot happen, so they wait on, and the login says why."""
    from app.services import accounts

    fx = store_fixture
    for _ in range(2):
        with pytest.raises(Exception, match="wrong password"):
            accounts.authenticate(fx.store, "officer", "not the password")
    assert len(fx.store.keyfile.attempts) == 2
    with disk_full(fx.store) as disk:
        disk.fill()
        before = snapshot(fx.store)
        with pytest.raises(StoreError, match=r"^The disk is full"):
            accounts.authenticate(fx.store, "officer", PASSWORD)
        assert snapshot(fx.store) == before
        fx.store.keyfile.reload()
        assert len(fx.store.keyfile.attempts) == 2
        disk.free()
        accounts.authenticate(fx.store, "officer", PASSWORD)
    fx.store.keyfile.reload()
    assert fx.store.keyfile.attempts == []
    actions = [e.action for e in builders.audit_since(fx, before["audit"])]
    assert actions == ["user.login_failed", "user.login_failed", "user.login"]
    assert chain_ok(fx.store)
    # A full disk is not the wrong password: the next login is not held up by it.
    fx.store.close()
    store, actor = log_in(fx.data_dir, "officer", PASSWORD)
    store.close()
    assert actor.username == "officer"
