"""The backup drive is pulled out, or fills up, while a backup is written.

The message says what happened to the drive and what to do; nothing is left under
the backup's name; earlier backups and the live database are untouched; the next
automatic backup tries again. Pulling the drive is its folder vanishing after the
first step of the copy (the drive's mount point goes away); a full drive is a real
small tmpfs where mounting is allowed, and ENOSPC from the copy everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.errors import StoreError
from app.services import backups, claims, maintenance
from app.ui.admin.backups import BackupsPage
from tests.helpers import builders
from tests.reliability.faults import snapshot, tiny_disk

NOW = datetime(2026, 11, 26, 14, 30, 5, tzinfo=UTC)
TIMEOUT = 20000
REMOVED = "The backup drive was removed, or its folder {folder} went away"
FULL = "The backup drive is full: the backup {path} could not be written."


@pytest.fixture
def fx(store_fixture):
    """A store of about 1.6 MB: a backup takes several steps of 256 pages."""
    ref = builders.register(store_fixture)
    with store_fixture.uow() as uow:
        claims.attach_evidence(uow, store_fixture.officer, ref.number, claims.EvidenceInput(
            "Scan", b"%PDF-1.4 " + os.urandom(1_500_000), "application/pdf"))
    return store_fixture


def configure(fx, folder: Path, keep: int = 7) -> None:
    with fx.uow() as uow:
        backups.set_backup_settings(uow, fx.admin, folder, 24, keep)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


class Drive:
    """A USB drive mounted at ``folder``, which the user may pull out while Pana writes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.away = folder.with_name(folder.name + "-pulled-out")
        self.steps: list[tuple[int, int]] = []

    def pull_out_during_backups(self, store) -> None:
        """Pull the drive out right after the first step of the next backups' copy."""
        original = store.backup_to

        def backup_to(target, progress=None):
            def step(done: int, total: int) -> None:
                self.steps.append((done, total))
                if progress is not None:
                    progress(done, total)
                if self.folder.exists():
                    self.folder.rename(self.away)

            return original(target, step)

        store.backup_to = backup_to

    def fill_up_during_backups(self, store) -> None:
        """The drive reports "no space left" after the first step of the next backups."""
        original = store.backup_to

        def backup_to(target, progress=None):
            def step(done: int, total: int) -> None:
                self.steps.append((done, total))
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            return original(target, step)

        store.backup_to = backup_to

    def plug_in_again(self) -> None:
        self.away.rename(self.folder)


def assert_nothing_half_written(folder: Path, earlier: dict[str, str]) -> None:
    """The earlier backups as they were; nothing new but unfinished temporary files."""
    now = digest(folder)
    assert {name: now[name] for name in earlier} == earlier
    assert all(".partial" in name for name in set(now) - set(earlier)), now


# ---- through the service


def test_a_drive_pulled_out_mid_backup_is_told_and_the_next_backup_retries(fx, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    configure(fx, usb)
    first = backups.run_automatic_backup(fx.store, fx.admin, NOW)
    earlier = digest(usb)
    live = snapshot(fx.store)
    drive = Drive(usb)
    drive.pull_out_during_backups(fx.store)
    later = NOW + timedelta(days=1)

    with pytest.raises(StoreError) as failed:
        backups.run_if_due(fx.store, fx.admin, later)

    target = usb / backups.backup_name(later)
    message = str(failed.value)
    assert message.startswith(REMOVED.format(folder=usb))
    assert str(target) in message and "Reconnect the drive and back up again" in message
    assert drive.steps and drive.steps[0][0] < drive.steps[0][1]  # pulled out part-way
    drive.plug_in_again()
    assert_nothing_half_written(usb, earlier)
    assert not target.exists()
    # The live database is unharmed, and nothing about the failure was stored in it.
    assert snapshot(fx.store) == live
    assert maintenance.verify_store(fx.store).ok
    assert backups.last_failure().error is failed.value
    assert backups.backup_settings(fx.store).last_file == first.name

    # The timer's next look takes the backup again, and it is whole.
    del fx.store.backup_to  # the drive behaves again
    written = backups.run_if_due(fx.store, fx.admin, later + timedelta(minutes=10))
    assert written is not None and maintenance.check_backup(written, fx.store.db_key).ok
    assert backups.last_failure() is None


def test_a_backup_drive_that_fills_up_is_told_and_keeps_what_it_had(fx, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    configure(fx, usb)
    backups.run_automatic_backup(fx.store, fx.admin, NOW)
    earlier = digest(usb)
    drive = Drive(usb)
    drive.fill_up_during_backups(fx.store)
    later = NOW + timedelta(days=1)

    with pytest.raises(StoreError) as failed:
        backups.run_automatic_backup(fx.store, fx.admin, later)

    target = usb / backups.backup_name(later)
    assert str(failed.value).startswith(FULL.format(path=target))
    assert "Free some space on the drive" in str(failed.value)
    assert digest(usb) == earlier  # not even a temporary file is left
    assert backups.backups_due(fx.store, later)


def test_a_real_small_backup_drive_fills_up_then_takes_the_backup_once_space_is_freed(
        fx, tmp_path):
    usb = tmp_path / "usb"
    with fx.store.engine.connect() as conn:
        size = conn.exec_driver_sql("PRAGMA page_count").scalar_one() * 4096
    with tiny_disk(usb, "8m"):
        # Somebody else's file leaves room for one backup and a half.
        photos = usb / "holiday-photos.bin"
        photos.write_bytes(os.urandom(8 * 1024 * 1024 - size * 3 // 2))
        configure(fx, usb, keep=1)
        backups.run_automatic_backup(fx.store, fx.admin, NOW)
        earlier = digest(usb)
        later = NOW + timedelta(days=1)

        with pytest.raises(StoreError) as failed:
            backups.run_automatic_backup(fx.store, fx.admin, later)

        assert str(failed.value).startswith(FULL.format(path=usb / backups.backup_name(later)))
        assert digest(usb) == earlier
        photos.unlink()  # space is freed
        written = backups.run_if_due(fx.store, fx.admin, later)
        assert written is not None and maintenance.check_backup(written, fx.store.db_key).ok
        assert backups.our_backups(usb, fx.store.keyfile.db_id) == [written]  # keep=1


# ---- through the administrator's backups page


def make_page(qtbot, fx) -> BackupsPage:
    page = BackupsPage(fx.store, fx.admin)
    qtbot.addWidget(page)
    page.resize(720, 560)
    page.show()
    qtbot.waitUntil(lambda: page.settings is not None, timeout=TIMEOUT)
    return page


def test_the_backups_page_tells_of_a_pulled_out_drive_and_backs_up_once_it_is_back(
        qtbot, fx, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    configure(fx, usb)
    backups.run_automatic_backup(fx.store, fx.admin, NOW)
    earlier = digest(usb)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *_a, **_k: warned.append((title, text)))
    page = make_page(qtbot, fx)
    drive = Drive(usb)
    drive.pull_out_during_backups(fx.store)

    with qtbot.waitSignal(page.backup_failed, timeout=TIMEOUT) as failed:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)

    message = failed.args[0]
    assert message.startswith(REMOVED.format(folder=usb))
    assert warned == [("Backup failed", message)]
    qtbot.waitUntil(lambda: page.failure_label.isVisible(), timeout=TIMEOUT)
    assert "Reconnect the drive" in page.failure_label.text()
    # said once on the page: the status line points at the failure above
    assert page.status_line.text() == "The backup failed: see why above."
    assert page.run_button.isEnabled() and page.backup_button.isEnabled()
    drive.plug_in_again()
    assert_nothing_half_written(usb, earlier)

    monkeypatch.undo()  # the drive behaves again
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *_a, **_k: warned.append((title, text)))
    del fx.store.backup_to
    with qtbot.waitSignal(page.backup_written, timeout=TIMEOUT) as written:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert maintenance.check_backup(Path(written.args[0]), fx.store.db_key).ok
    qtbot.waitUntil(lambda: not page.failure_label.isVisible(), timeout=TIMEOUT)
    assert len(warned) == 1


def test_back_up_now_to_a_full_drive_is_told_and_leaves_no_file(qtbot, fx, tmp_path,
                                                                monkeypatch):
    drive_folder = tmp_path / "drive"
    drive_folder.mkdir()
    target = drive_folder / "pana-backup.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *_a, **_k: warned.append((title, text)))
    page = make_page(qtbot, fx)
    audit_before = builders.audit_count(fx)
    Drive(drive_folder).fill_up_during_backups(fx.store)

    with qtbot.waitSignal(page.backup_failed, timeout=TIMEOUT) as failed:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)

    assert failed.args[0].startswith(FULL.format(path=target))
    assert warned == [("Backup failed", failed.args[0])]
    assert list(drive_folder.iterdir()) == []
    assert page.progress_dialog.finished and not page.progress_dialog.isVisible()
    # "Back up now" audits only a backup that was written.
    assert builders.audit_count(fx) == audit_before
