"""The backups page: back up now with progress, automatic backup settings, the timer."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import backups, claims, maintenance
from app.ui.admin import backups as page_module
from app.ui.admin.backups import BackupsPage, StartGate, maybe_backup
from tests.helpers import builders
from tests.ui.test_accessibility import _unnamed

TIMEOUT = 20000


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def make_page(qtbot, fx, actor=None) -> BackupsPage:
    page = BackupsPage(fx.store, actor or fx.admin)
    qtbot.addWidget(page)
    page.resize(720, 560)
    page.show()
    qtbot.waitUntil(lambda: page.settings is not None, timeout=TIMEOUT)
    return page


def configure(fx, folder: Path, every_hours: int = 24, keep: int = 7) -> None:
    with fx.uow() as uow:
        backups.set_backup_settings(uow, fx.admin, folder, every_hours, keep)


def test_back_up_now_writes_a_checked_file_with_a_progress_dialog(qtbot, store_fixture,
                                                                   tmp_path, monkeypatch):
    fx = store_fixture
    ref = builders.register(fx)
    with fx.uow() as uow:  # more than one step of 256 pages
        claims.attach_evidence(uow, fx.officer, ref.number, claims.EvidenceInput(
            "Scan", b"%PDF-1.4 " + os.urandom(1_500_000), "application/pdf"))
    target = tmp_path / "drive" / "my-backup"
    target.parent.mkdir()
    asked = []

    def save_name(parent, title, start, _filter):
        asked.append(Path(start).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page = make_page(qtbot, fx)
    steps: list[tuple[int, int]] = []
    page.progressed.connect(lambda done, total: steps.append((done, total)))

    with qtbot.waitSignal(page.backup_written, timeout=TIMEOUT) as written:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)

    path = Path(written.args[0])
    assert path == target.with_name("my-backup.db")
    assert path.exists() and path.with_name("my-backup.db.keys").exists()
    assert maintenance.check_backup(path, fx.store.db_key).ok
    # The manual backup's suggested name is not one rotation would ever delete.
    assert asked and not backups.NAME_PATTERN.match(asked[0])
    dialog = page.progress_dialog
    assert dialog is not None and dialog.finished and not dialog.isVisible()
    assert len(steps) >= 2 and steps[-1][0] == steps[-1][1]
    assert (dialog.value(), dialog.maximum()) == steps[-1]
    assert not dialog.cancel_button.isEnabled()  # it had started: no cancelling
    assert str(path) in page.status_line.text()
    assert page.backup_button.isEnabled()
    assert builders.audit_since(fx, builders.audit_count(fx) - 1)[0].action == "db.backup"


def test_cancel_before_the_copy_starts_writes_nothing(qtbot, store_fixture, tmp_path,
                                                      monkeypatch):
    fx = store_fixture
    target = tmp_path / "never.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    queued = []
    # Hold the task as if the thread pool were busy, to press Cancel before it begins.
    monkeypatch.setattr(page_module, "run_task",
                        lambda fn, done, failed: queued.append((fn, done, failed)))
    page = BackupsPage(fx.store, fx.admin)
    qtbot.addWidget(page)
    queued.clear()  # the settings load

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    dialog = page.progress_dialog
    assert dialog.isVisible() and dialog.cancel_button.isEnabled()
    assert not page.backup_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    [(fn, done, _failed)] = queued
    done(fn())  # the worker finally gets its turn

    assert not target.exists()
    assert not dialog.isVisible()
    assert "cancelled" in page.status_line.text()
    assert page.backup_button.isEnabled()


def test_a_started_backup_cannot_be_cancelled():
    gate = StartGate()
    assert gate.start() and not gate.cancel()
    gate = StartGate()
    assert gate.cancel() and not gate.start()


def test_settings_are_saved_and_errors_shown_beside_the_field(qtbot, store_fixture, usb,
                                                              monkeypatch):
    fx = store_fixture
    page = make_page(qtbot, fx)
    assert page.folder_edit.text() == "" and not page.run_button.isEnabled()
    assert "off" in page.last_label.text()

    page.folder_edit.setText(str(usb / "not-plugged-in"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.errors.has_errors, timeout=TIMEOUT)
    assert backups.backup_settings(fx.store).folder == ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(usb))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    page.every_spin.setValue(6)
    page.keep_spin.setValue(3)
    with qtbot.waitSignal(page.settings_saved, timeout=TIMEOUT):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = backups.backup_settings(fx.store)
    assert (saved.folder, saved.every_hours, saved.keep) == (str(usb), 6, 3)
    assert not page.errors.has_errors()
    assert page.run_button.isEnabled()


def test_run_automatic_backup_now_and_the_last_success_line(qtbot, store_fixture, usb):
    fx = store_fixture
    configure(fx, usb)
    page = make_page(qtbot, fx)
    assert "none yet" in page.last_label.text()

    with qtbot.waitSignal(page.backup_written, timeout=TIMEOUT) as written:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)

    path = Path(written.args[0])
    assert path.parent == usb and backups.NAME_PATTERN.match(path.name)
    qtbot.waitUntil(lambda: path.name in page.last_label.text(), timeout=TIMEOUT)
    assert "(ok)" in page.last_label.text()


def test_a_missing_folder_is_told_in_words(qtbot, store_fixture, usb, monkeypatch):
    fx = store_fixture
    configure(fx, usb)
    page = make_page(qtbot, fx)
    usb.rmdir()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(text))

    with qtbot.waitSignal(page.backup_failed, timeout=TIMEOUT):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)

    assert "plug in the drive or choose another folder" in warnings[0]
    qtbot.waitUntil(lambda: page.failure_label.isVisible(), timeout=TIMEOUT)
    assert "plug in the drive" in page.failure_label.text()


def test_maybe_backup_backs_up_only_when_due(qtbot, store_fixture, usb):
    fx = store_fixture
    results = []
    maybe_backup(fx.store, fx.officer, results.append)
    qtbot.waitUntil(lambda: results == [None], timeout=TIMEOUT)  # no folder: nothing
    configure(fx, usb)
    maybe_backup(fx.store, fx.officer, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=TIMEOUT)
    assert results[1].parent == usb and results[1].exists()
    maybe_backup(fx.store, fx.officer, results.append)
    qtbot.waitUntil(lambda: len(results) == 3, timeout=TIMEOUT)
    assert results[2] is None  # taken a moment ago: not due
    assert len(backups.our_backups(usb, fx.store.keyfile.db_id)) == 1
    assert backups.backup_settings(fx.store).last_success_at <= datetime.now(UTC)


def test_automatic_backup_timer_reports_what_it_wrote(qtbot, store_fixture, usb):
    fx = store_fixture
    configure(fx, usb)
    timer = page_module.AutomaticBackupTimer(fx.store, fx.clerk)
    with qtbot.waitSignal(timer.written, timeout=TIMEOUT) as written:
        timer.start(first_check_ms=0)
    timer.stop()
    assert Path(written.args[0]).parent == usb


def test_every_control_is_named(qtbot, store_fixture):
    page = make_page(qtbot, store_fixture)
    assert _unnamed(page) == []


def test_controls_follow_the_role(qtbot, store_fixture, usb):
    fx = store_fixture
    configure(fx, usb)
    page = make_page(qtbot, fx, fx.supervisor)
    assert not page.backup_button.isEnabled() and not page.save_button.isEnabled()
    assert not page.run_button.isEnabled()
