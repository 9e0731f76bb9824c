"""The database locked by another process.

A child process (``edit_child hold``) takes the write lock and keeps it. A save that
waits longer than the busy timeout fails with a message that says another program
is using the database, that nothing was saved and to try again; the form keeps
what was typed and saving again once the lock is gone loses nothing. Shorter holds
are waited out without a word; reads, backups and closing never wait for a writer.

The busy timeout is 15 s in the product; tests that let it run out lower it to
``TEST_TIMEOUT_MS``.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from shiboken6 import isValid
from sqlalchemy import func, select

from app.db import engine
from app.db.engine import DatabaseBusy
from app.db.keyfile import KeyFile
from app.db.models import Case
from app.db.store import Store, StorePaths
from app.domain.errors import StoreError
from app.services import casefile, cases, maintenance
from app.ui import tasks
from app.ui.casefile.applicant import ApplicantSection
from app.ui.casefile.window import CaseFileWindow
from app.ui.forms import FieldErrors, run_save
from app.ui.petition import NewPetitionDialog
from tests.helpers.builders import register
from tests.reliability.edit_child import Child, petition_from_view
from tests.reliability.modal import answering

TEST_TIMEOUT_MS = 2000


@pytest.fixture
def short_timeout(store_fixture, monkeypatch):
    """The store, with a busy timeout of two seconds on every connection from now on."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", TEST_TIMEOUT_MS)
    store_fixture.store.engine.dispose()  # pooled connections have the old timeout
    return store_fixture


@contextmanager
def lock_held(fx, tmp_path, *options: str):
    """Another process holds the write lock until the block ends (or its ``release``)."""
    holder = Child(fx.data_dir, fx.store.db_key, "admin", "hold", "until-told", *options,
                   stderr_path=tmp_path / "holder.err")
    try:
        holder.wait_for("READY")
        holder.go()
        holder.wait_for("LOCKED")
        yield holder
        holder.release()
    finally:
        holder.stop()


def load(fx, number):
    with fx.uow(readonly=True) as uow:
        return casefile.load_case_file(uow, fx.officer, number, sensitive=False)


def save_religion(fx, number, religion: str):
    view = load(fx, number)
    data = petition_from_view(view)
    data.religion = religion
    with fx.uow() as uow:
        return cases.update_applicant(uow, fx.officer, number, data,
                                      expected_version=view.applicant.version)


def assert_says_in_use(message: str, *, writing: bool) -> None:
    assert "Another program (or another Pana window) is using the database" in message
    assert f"within {TEST_TIMEOUT_MS // 1000} seconds" in message
    assert "try again in a moment" in message
    assert ("Nothing was saved" if writing else "Nothing was changed") in message
    assert "damaged" not in message and "backup" not in message


# ---- services


def test_a_save_kept_waiting_too_long_says_so_and_saves_nothing(short_timeout, tmp_path):
    fx = short_timeout
    number = register(fx).number
    before = load(fx, number).applicant
    with lock_held(fx, tmp_path) as holder:
        started = time.monotonic()
        with pytest.raises(StoreError) as failure:
            save_religion(fx, number, "Islam")
        waited = time.monotonic() - started
        assert TEST_TIMEOUT_MS / 1000 - 0.2 <= waited < TEST_TIMEOUT_MS / 1000 + 3
        assert_says_in_use(str(failure.value), writing=True)

        # Reading does not wait for the writer (WAL).
        started = time.monotonic()
        assert load(fx, number).applicant == before
        assert time.monotonic() - started < 1.0
        holder.release()

    saved = save_religion(fx, number, "Islam")
    after = load(fx, number).applicant
    assert after.religion == "Islam" and after.version == before.version + 1 == saved.version
    assert maintenance.verify_store(fx.store).ok


def test_a_short_lock_is_waited_out_without_a_word(store_fixture, tmp_path):
    fx = store_fixture  # the product's busy timeout
    number = register(fx).number
    with lock_held(fx, tmp_path) as holder:
        letting_go = threading.Timer(1.0, holder.go)
        letting_go.start()
        started = time.monotonic()
        try:
            saved = save_religion(fx, number, "Islam")
        finally:
            letting_go.join()
        assert time.monotonic() - started >= 0.9  # it did wait for the other process
        holder.release(told=True)
    assert load(fx, number).applicant.version == saved.version


def test_a_program_keeping_readers_out_is_named_not_taken_for_damage(short_timeout, tmp_path):
    """A program in exclusive locking mode (it opened the file while Pana had it closed)
    keeps even readers out: reading then says the database is in use — never that it
    is damaged and must be restored — and works again once the program lets go."""
    fx = short_timeout
    number = register(fx).number
    fx.store.engine.dispose()  # Pana has the file closed when the other program takes it
    with lock_held(fx, tmp_path, "exclusive"):
        with pytest.raises(DatabaseBusy) as failure:
            load(fx, number)
        assert_says_in_use(str(failure.value), writing=False)
    assert load(fx, number).applicant.names


def test_opening_while_a_program_keeps_readers_out_says_it_is_in_use(short_timeout, tmp_path):
    fx = short_timeout
    paths = StorePaths(fx.data_dir)
    fx.store.engine.dispose()
    with lock_held(fx, tmp_path, "exclusive"):
        with pytest.raises(StoreError) as failure:
            Store.open_with_key(paths, KeyFile.load(paths.keys), fx.store.db_key)
        assert_says_in_use(str(failure.value), writing=False)


def test_backing_up_and_closing_never_wait_for_a_writer(short_timeout, tmp_path):
    """Nothing checkpoints with TRUNCATE or RESTART: a backup reads beside the writer,
    and closing leaves the write-ahead log to the process that still has it open."""
    fx = short_timeout
    number = register(fx).number
    with lock_held(fx, tmp_path):
        started = time.monotonic()
        backup = fx.store.backup_to(tmp_path / "backup" / "pana.db")
        assert maintenance.check_backup(backup, fx.store.db_key).ok
        fx.store.close()
        assert time.monotonic() - started < TEST_TIMEOUT_MS / 1000
    assert load(fx, number).applicant.names


def test_opening_and_verifying_never_wait_for_a_writer(short_timeout, tmp_path):
    """Opening reads the schema revision, verifying the whole file: neither takes the
    write lock, so neither waits for a writer."""
    fx = short_timeout
    paths = StorePaths(fx.data_dir)
    with lock_held(fx, tmp_path):
        started = time.monotonic()
        other = Store.open_with_key(paths, KeyFile.load(paths.keys), fx.store.db_key)
        other.close()
        assert maintenance.verify_store(fx.store).ok
        assert time.monotonic() - started < TEST_TIMEOUT_MS / 1000


# ---- screens


def test_the_petition_form_says_another_program_holds_the_database_and_keeps_the_typing(
        qtbot, short_timeout, tmp_path):
    fx = short_timeout
    dialog = NewPetitionDialog(fx.store, fx.officer)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.tracker.reset())
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.names.row(0).surname, "Nurlanuly")
    qtbot.keyClicks(dialog.names.row(0).given_names, "Askar")
    qtbot.keyClicks(dialog.person.birth_date, "1987-03")
    qtbot.keyClicks(dialog.person.citizenships, "CHN")
    qtbot.keyClicks(dialog.person.religion, "Islam")
    qtbot.keyClicks(dialog.doc_number, "E 1111 2222")
    typed = (dialog.petition(), dialog.documents())
    messages: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append((box.windowTitle(), box.text()))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    with lock_held(fx, tmp_path) as holder:
        with answering(QMessageBox, read_and_close) as box:
            qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: box["seen"] == 1, timeout=15000)
        title, text = messages[0]
        assert title == "Not saved"
        assert_says_in_use(text, writing=True)
        assert "What you typed is still here" in text
        # The form is as it was typed, open, and can be sent again.
        assert dialog.isVisible() and dialog.tracker.dirty and dialog.number is None
        assert (dialog.petition(), dialog.documents()) == typed
        assert dialog.register_button.isEnabled()
        with fx.uow(readonly=True) as uow:
            assert uow.session.execute(select(func.count()).select_from(Case)).scalar() == 0
        holder.release()

    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    stored = load(fx, dialog.number)
    assert [(n.surname, n.given_names) for n in stored.applicant.names] == [
        ("Nurlanuly", "Askar")]
    assert (stored.applicant.birth_date, stored.applicant.religion) == ("1987-03", "Islam")
    assert [d.number for d in stored.documents] == ["E 1111 2222"]
    assert len(messages) == 1
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)


def test_a_case_file_save_waits_out_a_short_lock_without_a_message(qtbot, store_fixture,
                                                                    tmp_path):
    fx = store_fixture  # the product's busy timeout
    number = register(fx).number
    window = CaseFileWindow(fx.store, fx.officer, number)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(s.case_file is not None for s in window.sections),
                    timeout=10000)
    applicant = next(s for s in window.sections if isinstance(s, ApplicantSection))
    window.nav.setCurrentRow(window.sections.index(applicant))
    qtbot.keyClicks(applicant.person.religion, "Islam")
    try:
        with lock_held(fx, tmp_path) as holder, \
                answering(QMessageBox, lambda box: box.close()) as box:
            letting_go = threading.Timer(1.0, holder.go)
            letting_go.start()
            started = time.monotonic()
            try:
                qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)
            finally:
                letting_go.join()
            assert time.monotonic() - started >= 0.9  # the save waited for the lock
            holder.release(told=True)
            qtbot.waitUntil(lambda: applicant.status.text() == "Saved.", timeout=5000)
        assert box["seen"] == 0
        assert not applicant.is_dirty()
        assert load(fx, number).applicant.religion == "Islam"
    finally:
        qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
        if isValid(window):
            for section in window.dirty_sections():
                section.discard()
            window.close()
        qtbot.waitUntil(lambda: not tasks._running, timeout=10000)


def test_a_conflict_whose_saved_version_cannot_be_loaded_is_reported(qtbot, short_timeout,
                                                                     tmp_path):
    """``run_save``: when loading the saved version for the conflict dialog fails too
    (the applicant and claim sections load it in a writing unit of work), the user
    gets the message, not a crash."""
    fx = short_timeout
    number = register(fx).number
    stale = load(fx, number)
    save_religion(fx, number, "Theirs")
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = FieldErrors(QLabel(parent))
    messages: list[str] = []

    def action():
        data = petition_from_view(stale)
        data.religion = "Mine"
        with fx.uow() as uow:
            return cases.update_applicant(uow, fx.officer, number, data,
                                          expected_version=stale.applicant.version)

    def on_conflict(_exc):
        with lock_held(fx, tmp_path), fx.uow() as uow:
            return casefile.load_case_file(uow, fx.officer, number, sensitive=False)

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    with answering(QMessageBox, read_and_close):
        assert run_save(parent, errors, action, on_conflict) is None
    assert len(messages) == 1
    assert_says_in_use(messages[0], writing=True)
    assert load(fx, number).applicant.religion == "Theirs"



def test_a_save_shows_the_busy_cursor_while_it_waits_and_restores_it(qtbot, monkeypatch):
    """A save waiting for another program's lock must look busy, not frozen, and a
    failure must not leave the busy cursor behind."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

    from app.domain.errors import StoreError
    from app.ui.forms import FieldErrors, run_save

    parent = QWidget()
    qtbot.addWidget(parent)
    seen, shown = [], []

    def save():
        cursor = QGuiApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        raise StoreError("The database is busy.")

    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_k: shown.append(args[2]))
    assert run_save(parent, FieldErrors(QLabel(parent)), save) is None
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None
    assert shown and shown[0].startswith("The database is busy.")
