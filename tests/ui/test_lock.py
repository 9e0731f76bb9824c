"""The screen lock: idle time, what is hidden, what is kept, and the way back in.

Idle minutes are made 50 ms long (``lock.MS_PER_MINUTE``) with the setting at
one minute, so a test waits for the lock instead of ten real minutes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.workflow import CaseStatus
from app.services import cases, interviews, security_settings
from app.ui import forms
from app.ui import lock as lock_module
from app.ui.casefile import interviews as interviews_ui
from app.ui.casefile import window as window_module
from app.ui.casefile.claim import ClaimSection
from app.ui.casefile.interviews import InterviewsSection
from app.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.helpers import builders

SURNAME = "Zzyzxqwerty"
ANSWER = "They took my brother at night."
SUMMARY = "Fears detention on return."


@pytest.fixture
def desk(qtbot, store_fixture, monkeypatch):
    """An officer's main window with one case open, the lock held back until a test
    lets it run (``lock.idle_timer.start()``)."""
    fx = store_fixture
    with fx.uow() as uow:
        security_settings.set_idle_minutes(uow, fx.admin, 1)
    monkeypatch.setattr(lock_module, "MS_PER_MINUTE", 50)
    # Windows left with unsaved text close at the end without asking.
    for module in (window_module, interviews_ui):
        monkeypatch.setattr(module, "ask_unsaved",
                            lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    built = builders.case_in(fx, CaseStatus.INTERVIEW_SCHEDULED,
                             names=[cases.NameInput("Latn", SURNAME, "Ayan")])
    window = MainWindow(fx.store, fx.officer)
    qtbot.addWidget(window)
    lock = window.lock_screen
    lock.idle_timer.stop()
    window.show()
    qtbot.waitExposed(window)
    window.open_case(built.number)
    case_window = window.case_windows[built.number]
    qtbot.waitUntil(lambda: case_window.case_file is not None, timeout=10000)
    return fx, window, case_window, lock, built


def _section(case_window, kind):
    return next(s for s in case_window.sections if isinstance(s, kind))


def _others(lock):
    return [w for w in QApplication.topLevelWidgets() if lock._foreign_window(w)]


def _audit_actions(fx, seq):
    return [r.action for r in builders.audit_since(fx, seq)]


def _unlock(qtbot, lock, password):
    lock.password.clear()
    qtbot.keyClicks(lock.password, password)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_locks_hides_and_neutralises_everything_and_unlock_restores_it(qtbot, desk):
    fx, window, case_window, lock, built = desk
    assert lock.idle_timer.interval() == 50  # one minute, as set, of 50 ms
    claim = _section(case_window, ClaimSection)
    case_window.nav.setCurrentRow(case_window.sections.index(claim))
    qtbot.keyClicks(claim.summary, SUMMARY)
    assert claim.is_dirty()
    section = _section(case_window, InterviewsSection)
    recorder = section.open_recorder()
    qtbot.waitExposed(recorder)
    qtbot.keyClicks(recorder.entries[0].question, "Who was taken?")
    qtbot.keyClicks(recorder.entries[0].answer, ANSWER)
    # Within the autosave delay: nothing is in the database yet.
    with fx.uow(readonly=True) as uow:
        assert interviews.load_draft(uow, fx.officer, built.number, "interview") is None
    recorder.entries[0].answer.selectAll()
    recorder.entries[0].answer.copy()
    assert QApplication.clipboard().text() == ANSWER
    titles = {w: w.windowTitle() for w in _others(lock)}
    assert built.number in case_window.windowTitle()
    seq = builders.audit_count(fx)

    lock.idle_timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)

    assert lock.isVisible()
    assert not any(w.isVisible() for w in (window, case_window, recorder))
    assert all(w.windowTitle() == "Pana" for w in _others(lock))
    assert QApplication.clipboard().text() == ""
    with fx.uow(readonly=True) as uow:  # the recorder wrote its draft before it was hidden
        kept = interviews.load_draft(uow, fx.officer, built.number, "interview")
    assert kept["entries"] == [{"question": "Who was taken?", "answer": ANSWER}]
    qtbot.waitUntil(lambda: "user.lock" in _audit_actions(fx, seq), timeout=5000)
    (locked,) = [r for r in builders.audit_since(fx, seq) if r.action == "user.lock"]
    assert (locked.username, locked.new) == ("officer", {"reason": "idle"})

    _unlock(qtbot, lock, "not the password")
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=10000)
    assert lock.locked and lock.isVisible() and not case_window.isVisible()
    assert "user.unlock" not in _audit_actions(fx, seq)

    _unlock(qtbot, lock, PASSWORD)
    qtbot.waitUntil(lambda: not lock.locked, timeout=10000)
    assert not lock.isVisible()
    assert window.isVisible() and case_window.isVisible() and recorder.isVisible()
    assert {w: w.windowTitle() for w in titles} == titles
    assert claim.summary.toPlainText() == SUMMARY and claim.is_dirty()
    assert recorder.entries[0].answer.toPlainText() == ANSWER
    assert "user.unlock" in _audit_actions(fx, seq)
    assert lock.idle_timer.isActive()  # and it will lock again when left alone
    recorder.discard_and_close()


def test_typing_keeps_pana_unlocked(qtbot, desk):
    _fx, _window, case_window, lock, _built = desk
    lock.idle_timer.setInterval(200)
    claim = _section(case_window, ClaimSection)
    case_window.nav.setCurrentRow(case_window.sections.index(claim))
    typist = QTimer()
    typist.setInterval(40)
    typist.timeout.connect(lambda: qtbot.keyClick(claim.summary, "a"))
    lock.idle_timer.start()
    typist.start()
    # Twenty keys 40 ms apart: four times the idle time in all, never idle for long.
    qtbot.waitUntil(lambda: len(claim.summary.toPlainText()) >= 20, timeout=5000)
    typist.stop()
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)  # once the typing stops, it locks


def test_a_question_open_when_locking_is_covered_not_answered(qtbot, desk, monkeypatch):
    """Hiding a modal question would end it as if answered (and close the case window
    with its unsaved text); it is covered instead, and is still there after the unlock."""
    _fx, _window, case_window, lock, _built = desk
    monkeypatch.setattr(window_module, "ask_unsaved", forms.ask_unsaved)
    claim = _section(case_window, ClaimSection)
    case_window.nav.setCurrentRow(case_window.sections.index(claim))
    qtbot.keyClicks(claim.summary, SUMMARY)
    seen = {}

    def while_asking():  # runs inside the question's own event loop
        question = QApplication.activeModalWidget()
        try:
            lock.lock()
            curtain = question.findChild(lock_module._Curtain)
            seen["locked"] = (question.isVisible(), question.windowTitle(),
                              curtain is not None and curtain.isVisible()
                              and curtain.geometry() == question.rect(),
                              case_window.isVisible(), QApplication.activeModalWidget() is lock)
            _unlock(qtbot, lock, PASSWORD)
            qtbot.waitUntil(lambda: not lock.locked, timeout=10000)
            qtbot.waitUntil(lambda: question.findChild(lock_module._Curtain) is None,
                            timeout=5000)
            seen["unlocked"] = (question.isVisible(), question.windowTitle())
        finally:
            question.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, while_asking)
    try:
        assert not case_window.close()  # asks what to do with the unsaved claim: Cancel
    finally:  # the window closes at the end of the test without asking again
        monkeypatch.setattr(window_module, "ask_unsaved",
                            lambda *_a, **_k: QMessageBox.StandardButton.Discard)

    assert seen["locked"] == (True, "Pana", True, False, True)
    assert seen["unlocked"] == (True, "Unsaved changes")
    assert case_window.isVisible() and claim.summary.toPlainText() == SUMMARY


def test_a_window_shown_while_locked_is_covered(qtbot, desk):
    _fx, _window, case_window, lock, _built = desk
    lock.lock()
    case_window.show()  # e.g. a late answer that opens a case window
    qtbot.waitUntil(lambda: case_window.findChild(lock_module._Curtain) is not None,
                    timeout=5000)
    assert case_window.windowTitle() == "Pana"
    assert lock.isVisible()


def test_clipboard_text_that_did_not_come_from_pana_is_left_alone(qtbot, desk):
    _fx, _window, _case_window, lock, _built = desk
    clipboard = QApplication.clipboard()
    clipboard.setText("a note from another program")
    lock._clipboard_digest = None  # as if another program had set it: not ours
    lock.lock()
    assert clipboard.text() == "a note from another program"
    clipboard.clear()


def test_the_idle_setting_is_for_administrators_and_between_1_and_240(store_fixture):
    from app.domain.errors import PermissionDenied, ValidationError

    fx = store_fixture
    with fx.uow(readonly=True) as uow:
        assert security_settings.idle_minutes(uow) == 10
    for minutes in (0, 241, "5"):
        with pytest.raises(ValidationError, match="1 to 240"), fx.uow() as uow:
            security_settings.set_idle_minutes(uow, fx.admin, minutes)
    with pytest.raises(PermissionDenied), fx.uow() as uow:
        security_settings.set_idle_minutes(uow, fx.supervisor, 30)
    with fx.uow() as uow:
        security_settings.set_idle_minutes(uow, fx.admin, 240)
    with fx.uow(readonly=True) as uow:
        assert security_settings.idle_minutes(uow) == 240
