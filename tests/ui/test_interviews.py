"""The interviews section and the recorder, driven as an officer would; autosave and recovery."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db.keyfile import KeyFile
from app.db.store import Store, StorePaths
from app.domain.workflow import CaseStatus
from app.services import casefile, interviews
from app.ui.casefile import interviews as interviews_ui
from app.ui.casefile.interviews import AUTOSAVE_DELAY_MS, InterviewsSection
from app.ui.casefile.section import CaseContext
from tests.helpers.builders import case_in, case_row, register
from tests.ui import autosave_child

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_modal_prompts(monkeypatch):
    """A recorder left open at the end of a test closes without a modal question."""
    monkeypatch.setattr(interviews_ui, "ask_unsaved",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def open_section(qtbot, store, actor, number) -> InterviewsSection:
    section = InterviewsSection(CaseContext(store, actor, number))
    qtbot.addWidget(section)

    def reload():
        with store.uow() as uow:
            section.load(casefile.load_case_file(uow, actor, number))

    section.saved.connect(reload)  # what the case-file window does
    reload()
    section.resize(900, 600)
    section.show()
    qtbot.waitExposed(section)
    return section


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def draft(fx, number, actor=None):
    with fx.uow(readonly=True) as uow:
        return interviews.load_draft(uow, actor or fx.officer, number, "interview")


def test_full_interview_recorded_through_the_recorder(qtbot, store_fixture):
    fx = store_fixture
    built = case_in(fx, CaseStatus.INTERVIEW_SCHEDULED)
    with fx.uow() as uow:
        interpreter_id = interviews.add_interpreter(uow, fx.officer, interviews.InterpreterInput(
            "Гүлмира Әбдіқадырова", languages="ug,kk", gender="female"))
    section = open_section(qtbot, fx.store, fx.officer, built.number)
    assert section.schedule_button.isEnabled() and not section.view_button.isEnabled()

    click_row(qtbot, section.table, 0)
    assert section.no_show_button.isEnabled()
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    recorder = section.recorder
    assert recorder is not None and recorder.interview_id == built.scheduled_interview_id
    qtbot.waitExposed(recorder)

    qtbot.mouseClick(recorder.start_now, Qt.MouseButton.LeftButton)
    recorder.interpreter.setCurrentIndex(recorder.interpreter.findData(str(interpreter_id)))
    recorder.language.setCurrentIndex(recorder.language.findData("ug"))
    qtbot.keyClicks(recorder.dialect, "Ili")
    questions = ["Do you understand the interpreter?", "Why did you leave?",
                 "What do you fear on return?"]
    answers = ["Yes, well.", "I was told I would be sent to a camp.",
               "Being detained again."]
    qtbot.keyClicks(recorder.entries[0].question, questions[0])
    qtbot.keyClicks(recorder.entries[0].answer, answers[0])
    for question, answer in zip(questions[1:], answers[1:], strict=True):
        qtbot.mouseClick(recorder.add_entry, Qt.MouseButton.LeftButton)
        assert recorder.focusWidget() is recorder.entries[-1].question
        qtbot.keyClicks(recorder.entries[-1].question, question)
        qtbot.keyClicks(recorder.entries[-1].answer, answer)

    # Not ended yet, and an empty question: errors show beside the fields, nothing is saved.
    qtbot.mouseClick(recorder.add_entry, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(recorder.save_button, Qt.MouseButton.LeftButton)
    ended_error = recorder.findChild(type(recorder.status), "error_interview_ended_at")
    assert ended_error.isVisible() and "ended" in ended_error.text()
    qtbot.mouseClick(recorder.end_now, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(recorder.save_button, Qt.MouseButton.LeftButton)
    assert recorder.entries[3].question_error.isVisible()
    assert "required" in recorder.entries[3].question_error.text()
    assert recorder.isVisible()
    qtbot.mouseClick(recorder.entries[3].remove, Qt.MouseButton.LeftButton)  # empty: no question
    assert len(recorder.entries) == 3

    qtbot.keyClicks(recorder.demeanour, "Calm; asked for one break.")
    recorder.read_back.setFocus()
    qtbot.keyClick(recorder.read_back, Qt.Key.Key_Space)
    assert recorder.read_back.isChecked()
    with qtbot.waitSignal(recorder.recorded, timeout=5000):
        qtbot.mouseClick(recorder.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.recorder is None)

    with fx.uow() as uow:
        cf = casefile.load_case_file(uow, fx.officer, built.number)
    held = next(i for i in cf.interviews if i.id == built.scheduled_interview_id)
    assert held.status == "held"
    assert [(qa.question, qa.answer) for qa in held.entries] == list(zip(questions, answers,
                                                                          strict=True))
    assert held.interpreter_id == interpreter_id and held.language == "ug"
    assert held.dialect == "Ili" and held.read_back_done and not held.applicant_signed
    assert held.demeanour_notes == "Calm; asked for one break."
    assert held.started_at is not None and held.ended_at >= held.started_at
    assert case_row(fx, built.number)[0] == "under_assessment"
    assert draft(fx, built.number) is None
    # The list shows it held, with its questions; the record opens read-only.
    assert section.model.data(section.model.index(0, 6)) == "3"
    click_row(qtbot, section.table, 0)
    qtbot.mouseClick(section.view_button, Qt.MouseButton.LeftButton)
    assert section.viewer.entries[1].answer.isReadOnly()
    assert section.viewer.entries[1].answer.toPlainText() == answers[1]
    assert not section.viewer.save_button.isVisible()
    section.viewer.close()


def test_reorder_and_template_questions(qtbot, store_fixture):
    fx = store_fixture
    number = register(fx).number
    section = open_section(qtbot, fx.store, fx.officer, number)
    assert not section.no_show_button.isEnabled()  # nothing scheduled
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    recorder = section.recorder
    templates = interviews_ui.load_question_templates()
    opening = templates["sets"][0]["questions"]
    recorder.templates.menu().findChild(type(recorder.templates.menu().actions()[0]),
                                        "template_opening").trigger()
    assert [e.question.text() for e in recorder.entries] == [q["en"] for q in opening]
    assert {"en", "kk", "ru"} <= set(opening[0]) and "kk" in templates["review"]
    first, second = recorder.entries[0], recorder.entries[1]
    qtbot.mouseClick(second.up, Qt.MouseButton.LeftButton)
    assert recorder.entries[:2] == [second, first]
    assert second.question.objectName() == "qaQuestion_0" and not second.up.isEnabled()
    recorder.discard_and_close()


def test_typing_an_answer_is_autosaved_as_a_draft(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = register(fx).number
    section = open_section(qtbot, fx.store, fx.officer, number)
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    recorder = section.recorder
    qtbot.keyClicks(recorder.entries[0].question, "Why did you leave?")
    qtbot.keyClicks(recorder.entries[0].answer, "The police took my passport.")
    assert section.is_dirty()
    qtbot.waitUntil(lambda: (draft(fx, number) or {}).get("entries", [{}])[0].get("answer")
                    == "The police took my passport.", timeout=AUTOSAVE_DELAY_MS + 2000)
    assert recorder.status.text().startswith("Draft saved at ")
    assert draft(fx, number)["entries"][0]["question"] == "Why did you leave?"

    # Esc asks about the unsaved record; Cancel keeps typing, Discard drops the draft too.
    asked = []

    def answer(parent, what=""):
        asked.append(what)
        return (QMessageBox.StandardButton.Cancel if len(asked) == 1
                else QMessageBox.StandardButton.Discard)

    monkeypatch.setattr(interviews_ui, "ask_unsaved", answer)
    qtbot.keyClick(recorder, Qt.Key.Key_Escape)
    assert asked and recorder.isVisible()
    qtbot.keyClick(recorder, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: section.recorder is None)
    assert len(asked) == 2
    assert draft(fx, number) is None


def test_recovery_banner_discard_removes_the_draft(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = register(fx).number
    with fx.uow() as uow:
        interviews.save_draft(uow, fx.officer, number, "interview", {
            "saved_at": "2026-03-01T09:15:00+00:00",
            "entries": [{"question": "Why did you leave?", "answer": "Kept text"}]})
    # Only the user who typed it is offered the draft.
    other = open_section(qtbot, fx.store, fx.officer2, number)
    assert not other.banner.isVisible()

    section = open_section(qtbot, fx.store, fx.officer, number)
    assert section.banner.isVisible()
    assert "was kept" in section.banner_text.text()
    monkeypatch.setattr(interviews_ui, "confirm", lambda *_a: False)
    qtbot.mouseClick(section.discard_button, Qt.MouseButton.LeftButton)
    assert section.banner.isVisible() and draft(fx, number) is not None
    monkeypatch.setattr(interviews_ui, "confirm", lambda *_a: True)
    qtbot.mouseClick(section.discard_button, Qt.MouseButton.LeftButton)
    assert not section.banner.isVisible()
    assert draft(fx, number) is None


def test_no_show_is_confirmed_and_recorded(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    built = case_in(fx, CaseStatus.INTERVIEW_SCHEDULED)
    section = open_section(qtbot, fx.store, fx.officer, built.number)
    click_row(qtbot, section.table, 0)
    monkeypatch.setattr(interviews_ui, "confirm", lambda *_a: True)
    qtbot.mouseClick(section.no_show_button, Qt.MouseButton.LeftButton)
    assert case_row(fx, built.number)[0] == "registered"
    assert section.model.row_at(0).status == "no_show"
    click_row(qtbot, section.table, 0)
    assert not section.no_show_button.isEnabled() and section.schedule_button.isEnabled()


def test_schedule_with_a_new_interpreter(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = register(fx).number
    section = open_section(qtbot, fx.store, fx.officer, number)

    def register_interpreter(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.full_name, "Nurzhan Kaliev")  # QTest types Latin-1 only
        qtbot.keyClicks(dialog.languages, "kk, zh")
        qtbot.mouseClick(dialog.findChild(QPushButton, "interpreterSave"),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    def schedule(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.location, "Room 4")
        dialog.interpreter.setFocus()
        qtbot.keyClick(dialog.interpreter, Qt.Key.Key_End)  # the last item: "New interpreter…"
        assert dialog.interpreter.currentText().startswith("Nurzhan Kaliev")
        dialog.language.setCurrentIndex(dialog.language.findData("kk"))
        qtbot.mouseClick(dialog.findChild(QPushButton, "scheduleOk"), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(interviews_ui.InterpreterDialog, "exec", register_interpreter)
    monkeypatch.setattr(interviews_ui.ScheduleDialog, "exec", schedule)
    qtbot.mouseClick(section.schedule_button, Qt.MouseButton.LeftButton)
    assert case_row(fx, number)[0] == "interview_scheduled"
    [scheduled] = stored_interviews(fx, number)
    assert scheduled.status == "scheduled" and scheduled.location == "Room 4"
    assert scheduled.interpreter == "Nurzhan Kaliev" and scheduled.language == "kk"
    assert section.model.rowCount() == 1


def stored_interviews(fx, number):
    with fx.uow() as uow:
        return casefile.load_case_file(uow, fx.officer, number).interviews


# ---- the kill test


def _reader(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put((time.monotonic(), line.strip()))
    lines.put((time.monotonic(), None))


@pytest.mark.slow
def test_killed_while_typing_loses_at_most_a_few_seconds(qtbot, store_fixture, tmp_path):
    fx = store_fixture
    number = register(fx).number
    child_dir = tmp_path / "child-store"
    shutil.copytree(fx.data_dir, child_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PANA_TEST_KEY=fx.store.db_key.hex(),
               PYTHONPATH=str(REPO))
    stderr = (tmp_path / "child.err").open("w")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.autosave_child", str(child_dir), number, "officer"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True, bufsize=1)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True).start()
    typed: list[tuple[float, int]] = []
    saved = None
    try:
        while True:
            at, line = lines.get(timeout=60)
            assert line is not None, (tmp_path / "child.err").read_text()
            word, _, count = line.partition(" ")
            if word == "TYPED":
                typed.append((at, int(count)))
            elif word == "SAVED":
                saved = int(count)
            elif word == "IDLE":
                break
            assert word != "NOT-SAVED", line
        child.send_signal(signal.SIGKILL)  # a moment after the last chunk was typed
        killed_at = time.monotonic()
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        stderr.close()
    assert child.returncode == -signal.SIGKILL

    full = "".join(autosave_child.ANSWER_CHUNKS + autosave_child.EXTRA_CHUNKS)
    must_have = max([n for at, n in typed if at <= killed_at - 5.0] + [saved])
    paths = StorePaths(child_dir)
    store = Store.open_with_key(paths, KeyFile.load(paths.keys), fx.store.db_key)
    try:
        section = open_section(qtbot, store, fx.officer, number)
        assert section.banner.isVisible()
        qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
        recorder = section.recorder
        assert recorder is not None and recorder.is_dirty()
        entry = recorder.entries[0]
        restored = entry.answer.toPlainText()
        assert entry.question.text() == autosave_child.QUESTION
        assert full.startswith(restored)
        assert len(restored) >= must_have, (restored, must_have)
        recorder.discard_and_close()
    finally:
        store.close()


def test_recorder_and_dialogs_name_every_control(qtbot, store_fixture):
    from tests.ui.test_accessibility import _unnamed

    fx = store_fixture
    number = register(fx).number
    ctx = CaseContext(fx.store, fx.officer, number)
    recorder = interviews_ui.InterviewRecorder(ctx)
    qtbot.addWidget(recorder)
    recorder.insert_questions(interviews_ui.load_question_templates()["sets"][0]["questions"],
                              "en")
    dialogs = [recorder, interviews_ui.ScheduleDialog(ctx), interviews_ui.InterpreterDialog(ctx)]
    for dialog in dialogs[1:]:
        qtbot.addWidget(dialog)
    assert [problem for dialog in dialogs for problem in _unnamed(dialog)] == []
