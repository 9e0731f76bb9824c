"""Backups with progress, and automatic backups into a chosen folder with rotation."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import connect_raw
from app.db.keyfile import KeyFile
from app.db.models import Case
from app.db.store import Store
from app.domain.errors import PermissionDenied, StoreError, ValidationError
from app.services import backups, claims, maintenance
from tests.conftest import PASSWORD
from tests.helpers import builders

NOW = datetime(2026, 11, 26, 14, 30, 5, tzinfo=UTC)


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def configure(fx, folder: Path | str, every_hours: int = 24, keep: int = 7):
    with fx.uow() as uow:
        return backups.set_backup_settings(uow, fx.admin, folder, every_hours, keep)


def audit_actions(fx, since: int) -> list[str]:
    return [e.action for e in builders.audit_since(fx, since)]


# ---- backup with progress


def test_backup_reports_progress_in_steps_up_to_the_total(store_fixture, tmp_path):
    fx = store_fixture
    ref = builders.register(fx)
    with fx.uow() as uow:  # 1.5 MB: more than one step of 256 pages
        claims.attach_evidence(uow, fx.officer, ref.number, claims.EvidenceInput(
            "Scan", b"%PDF-1.4 " + os.urandom(1_500_000), "application/pdf"))
    calls: list[tuple[int, int]] = []
    target = tmp_path / "out" / "pana.db"

    maintenance.backup(fx.store, fx.admin, target, lambda done, total: calls.append((done, total)))

    assert len(calls) >= 2
    total = calls[-1][1]
    assert calls[-1] == (total, total) and total * 4096 >= 1_500_000
    done = [d for d, _t in calls]
    assert done == sorted(done) and done[0] < total
    # Encrypted with the same key, its key file beside it.
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert target.with_name("pana.db.keys").read_bytes() == fx.store.paths.keys.read_bytes()
    raw = connect_raw(target, fx.store.db_key)
    try:
        assert raw.execute("SELECT number FROM cases").fetchall() == [(ref.number,)]
    finally:
        raw.close()
    with pytest.raises(StoreError, match="cannot be read with this key"):
        connect_raw(target, os.urandom(32))


# ---- settings


def test_backup_settings_are_for_administrators_and_validated(store_fixture, usb):
    fx = store_fixture
    assert backups.backup_settings(fx.store) == backups.BackupSettings("", 24, 7, None, "")
    with pytest.raises(PermissionDenied), fx.uow() as uow:
        backups.set_backup_settings(uow, fx.supervisor, usb, 24, 7)
    with pytest.raises(ValidationError) as info:
        configure(fx, "relative/folder", every_hours=0, keep=0)
    assert set(info.value.errors) == {"backup.folder", "backup.every_hours", "backup.keep"}
    with pytest.raises(ValidationError, match="not available: plug in the drive"):
        configure(fx, usb / "not-plugged-in")
    before = builders.audit_count(fx)

    saved = configure(fx, usb, every_hours=6, keep=3)

    assert (saved.folder, saved.every_hours, saved.keep) == (str(usb), 6, 3)
    assert backups.backup_settings(fx.store) == saved
    [entry] = builders.audit_since(fx, before)
    assert (entry.action, entry.new) == ("setting.change", {
        "backup.folder": str(usb), "backup.every_hours": 6, "backup.keep": 3})


# ---- automatic backups


def test_due_only_with_a_folder_and_once_the_period_has_passed(store_fixture, usb):
    fx = store_fixture
    assert not backups.backups_due(fx.store, NOW)
    assert backups.run_automatic_backup(fx.store, fx.admin, NOW) is None
    configure(fx, usb, every_hours=24)
    assert backups.backups_due(fx.store, NOW)

    written = backups.run_automatic_backup(fx.store, fx.admin, NOW)

    assert written == usb / "pana-20261126-143005.db"
    settings = backups.backup_settings(fx.store)
    assert (settings.last_success_at, settings.last_file) == (NOW, written.name)
    assert not backups.backups_due(fx.store, NOW + timedelta(hours=23, minutes=59))
    assert backups.backups_due(fx.store, NOW + timedelta(hours=24))
    configure(fx, usb, every_hours=2)
    assert backups.backups_due(fx.store, NOW + timedelta(hours=2))
    assert backups.run_if_due(fx.store, fx.admin, NOW + timedelta(hours=1)) is None
    assert backups.run_if_due(fx.store, fx.admin, NOW + timedelta(hours=2)) is not None


def test_an_automatic_backup_is_checked_audited_and_restores(store_fixture, usb, tmp_path):
    fx = store_fixture
    ref = builders.register(fx)
    configure(fx, usb)
    before = builders.audit_count(fx)
    calls = []

    written = backups.run_automatic_backup(fx.store, fx.officer, NOW,
                                           lambda d, t: calls.append((d, t)))

    assert calls and calls[-1][0] == calls[-1][1]
    assert written.with_name(written.name + ".keys").exists()
    assert maintenance.check_backup(written, fx.store.db_key).ok
    [entry] = builders.audit_since(fx, before)
    assert (entry.action, entry.username) == ("backup.automatic", "officer")
    assert entry.new == {"file": written.name, "folder": str(usb), "removed": []}
    assert backups.last_failure() is None
    # A new laptop: restore with the key file beside the backup.
    laptop = tmp_path / "laptop"
    assert maintenance.restore(laptop, written, "officer", PASSWORD) is None
    store = Store.open(laptop, "officer", PASSWORD)
    try:
        with store.uow(readonly=True) as uow:
            assert uow.session.execute(select(Case.number)).scalar_one() == ref.number
        assert maintenance.verify_store(store).ok
    finally:
        store.close()


def _foreign_files(usb: Path, tmp_path: Path) -> dict[str, bytes]:
    """Files in the backup folder that are not this installation's automatic backups."""
    (usb / "notes.txt").write_text("minutes of the meeting")
    (usb / "pana-backup.db").write_bytes(b"a manual backup")
    (usb / "pana-20200101-000000.db.bak").write_bytes(b"a copy somebody made")
    (usb / "pana-2020-01-01.db").write_bytes(b"another naming")
    (usb / "PANA-20200101-000000.DB").write_bytes(b"shouted")
    (usb / "pana-20190101-000000.db").write_bytes(b"no key file beside it")
    (usb / "pana-20200101-000000.db").mkdir()  # a folder with our name
    # Another installation's automatic backup on the same drive.
    other_keys, _key = KeyFile.create(tmp_path / "other.keys")
    other_keys.save()
    shutil.copyfile(other_keys.path, usb / "pana-20180101-000000.db.keys")
    (usb / "pana-20180101-000000.db").write_bytes(b"their encrypted backup")
    return {p.name: (p.read_bytes() if p.is_file() else b"<dir>") for p in usb.iterdir()}


def test_rotation_keeps_exactly_n_and_never_deletes_anything_else(store_fixture, usb,
                                                                  tmp_path):
    fx = store_fixture
    foreign = _foreign_files(usb, tmp_path)
    configure(fx, usb, keep=3)
    before = builders.audit_count(fx)
    written = [backups.run_automatic_backup(fx.store, fx.admin, NOW + timedelta(days=day))
               for day in range(5)]

    ours = backups.our_backups(usb, fx.store.keyfile.db_id)
    assert ours == written[2:]
    for path in written[:2]:
        assert not path.exists() and not path.with_name(path.name + ".keys").exists()
    left = {p.name: (p.read_bytes() if p.is_file() else b"<dir>") for p in usb.iterdir()
            if p not in ours and p.name not in {q.name + ".keys" for q in ours}}
    assert left == foreign
    removed = [e.new["removed"] for e in builders.audit_since(fx, before)]
    assert removed == [[], [], [], [written[0].name], [written[1].name]]
    # Lowering "keep" removes the surplus at the next run, newest kept.
    configure(fx, usb, keep=1)
    newest = backups.run_automatic_backup(fx.store, fx.admin, NOW + timedelta(days=9))
    assert backups.our_backups(usb, fx.store.keyfile.db_id) == [newest]
    assert {p.name for p in usb.iterdir()} == set(foreign) | {newest.name, newest.name + ".keys"}


def test_a_missing_folder_says_what_to_do_and_writes_nothing(store_fixture, usb):
    fx = store_fixture
    configure(fx, usb)
    backups.run_automatic_backup(fx.store, fx.admin, NOW)
    settings = backups.backup_settings(fx.store)
    before = builders.audit_count(fx)
    shutil.rmtree(usb)  # the drive was pulled out

    with pytest.raises(StoreError) as info:
        backups.run_automatic_backup(fx.store, fx.admin, NOW + timedelta(days=1))

    assert str(usb) in str(info.value)
    assert "not available: plug in the drive or choose another folder" in str(info.value)
    assert not usb.exists()  # never created on the laptop's own disk
    assert backups.backup_settings(fx.store) == settings
    assert builders.audit_count(fx) == before
    failure = backups.last_failure()
    assert failure is not None and failure.error is info.value
    # Still due, so the timer tries again; with the drive back it works.
    assert backups.backups_due(fx.store, NOW + timedelta(days=1))
    usb.mkdir()
    assert backups.run_if_due(fx.store, fx.admin, NOW + timedelta(days=1)) is not None
    assert backups.last_failure() is None


def test_an_unwritable_folder_is_refused_before_writing(store_fixture, usb, monkeypatch):
    fx = store_fixture
    configure(fx, usb)
    monkeypatch.setattr(backups.os, "access", lambda *_a: False)
    with pytest.raises(StoreError, match="cannot be written to"):
        backups.run_automatic_backup(fx.store, fx.admin, NOW)
    assert list(usb.iterdir()) == []


def test_a_backup_failing_its_check_is_deleted_and_earlier_ones_kept(store_fixture, usb,
                                                                     monkeypatch):
    fx = store_fixture
    configure(fx, usb, keep=1)
    first = backups.run_automatic_backup(fx.store, fx.admin, NOW)
    settings = backups.backup_settings(fx.store)
    report = maintenance.VerifyReport(problems=["SQLite integrity check failed: page 7"])
    monkeypatch.setattr(maintenance, "check_backup", lambda *_a: report)

    with pytest.raises(StoreError, match="failed its check") as info:
        backups.run_automatic_backup(fx.store, fx.admin, NOW + timedelta(days=1))

    assert "page 7" in str(info.value)
    assert sorted(p.name for p in usb.iterdir()) == [first.name, first.name + ".keys"]
    assert backups.backup_settings(fx.store) == settings


def test_one_automatic_backup_at_a_time(store_fixture, usb):
    fx = store_fixture
    configure(fx, usb)
    with backups._running:
        assert backups.run_if_due(fx.store, fx.admin, NOW) is None
        with pytest.raises(StoreError, match="already running"):
            backups.run_automatic_backup(fx.store, fx.admin, NOW)
    assert list(usb.iterdir()) == []



@pytest.mark.parametrize("how", ["by hand", "automatic"])
def test_a_backup_written_but_not_recorded_says_the_backup_is_good(store_fixture, usb,
                                                                   tmp_path, monkeypatch, how):
    """Another program keeps the database busy just when the backup is to be recorded:
    the message must not say "nothing was saved" about a good backup."""
    from sqlalchemy.exc import OperationalError

    from app.db import audit

    fx = store_fixture
    if how == "automatic":
        with fx.uow() as uow:
            backups.set_backup_settings(uow, fx.admin, usb, 24, 3)

    def busy(*_args, **_kwargs):
        raise OperationalError("INSERT INTO audit_log", {}, Exception("database is locked"))

    monkeypatch.setattr(audit, "append_many", busy)
    with pytest.raises(StoreError) as refused:
        if how == "automatic":
            backups.run_automatic_backup(fx.store, fx.admin, NOW)
        else:
            maintenance.backup(fx.store, fx.admin, tmp_path / "by-hand.db")
    monkeypatch.undo()
    written = usb / backups.backup_name(NOW) if how == "automatic" else tmp_path / "by-hand.db"
    assert str(refused.value).startswith(f"The backup {written} was written and can be used")
    assert "Nothing was saved" not in str(refused.value)
    assert maintenance.check_backup(written, fx.store.db_key).ok
