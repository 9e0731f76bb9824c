"""Faults of the environment, made for tests: a full disk, a read-only folder, damaged files.

``DiskFull`` stops the database from growing the way a full disk does: SQLite's
``max_page_count`` is set on every connection the store's pool hands out, so the
next page a write needs fails with SQLITE_FULL ("database or disk is full"),
exactly what SQLite answers when the disk has no room for the file to grow.
Runs everywhere (no mount, no root).

``read_only_bind`` shows a data folder through a real read-only bind mount (needs
root and mount, as on the developers' machines and CI); tests skip without them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from app.db import audit
from app.db.models import AuditEntry, Case, Draft, Interview, PersonName
from app.db.store import Store
from app.domain.errors import StoreError

#: SQLite's own ceiling, which "frees" the disk again.
NO_LIMIT = 4294967294


class DiskFull:
    """``disk.fill()`` … ``disk.free()`` on one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.limit: int | None = None
        event.listen(store.engine, "checkout", self._checkout)

    def _checkout(self, dbapi_connection, _record, _proxy) -> None:
        limit = self.limit if self.limit is not None else NO_LIMIT
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

    def fill(self) -> None:
        """From now on the database cannot grow by a single page.

        First the free pages go (VACUUM), then the room left in the audit trail's
        last pages is used up with tiny audit entries: every save appends an audit
        entry at its end, so every save now needs a new page, and fails.
        """
        conn = self.store.engine.raw_connection()  # outside a transaction, as VACUUM must be
        try:
            conn.execute("VACUUM")
            self.limit = conn.execute("PRAGMA page_count").fetchone()[0]
        finally:
            conn.close()
        filler = audit.Actor(None, "", "")
        for _ in range(500):
            try:
                with self.store.uow() as uow:
                    uow.audit(filler, "x")
                    uow.commit()
            except StoreError as exc:
                assert "disk is full" in str(exc)
                return
        raise AssertionError("the audit trail never filled up")

    def free(self) -> None:
        self.limit = None

    def close(self) -> None:
        event.remove(self.store.engine, "checkout", self._checkout)


@contextmanager
def disk_full(store: Store) -> Iterator[DiskFull]:
    disk = DiskFull(store)
    try:
        yield disk
    finally:
        disk.free()
        disk.close()


def snapshot(store: Store) -> dict[str, object]:
    """What a refused save must leave exactly as it was."""
    with store.uow(readonly=True) as uow:
        s = uow.session
        return {
            "cases": s.execute(select(Case.number, Case.version).order_by(Case.number)).all(),
            "names": s.execute(select(func.count()).select_from(PersonName)).scalar_one(),
            "interviews": s.execute(select(Interview.id, Interview.version)
                                    .order_by(Interview.id)).all(),
            "drafts": s.execute(select(Draft.payload).order_by(Draft.id)).all(),
            "audit": s.execute(select(func.max(AuditEntry.seq))).scalar_one(),
            "sequences": s.execute(text("SELECT * FROM case_sequences")).all(),
            "chain_ok": audit.verify_chain(s, uow.audit_key).ok,
        }


def chain_ok(store: Store) -> bool:
    with store.uow(readonly=True) as uow:
        return audit.verify_chain(uow.session, uow.audit_key).ok


def file_hashes(folder: Path) -> dict[str, str]:
    """Every file in the folder and its SHA-256 (the lock file's is of no interest)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _mount(*args: str) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, timeout=20)


@contextmanager
def read_only_bind(source: Path, target: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``target``; skips the test where mounting is not allowed."""
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount("--bind", str(source), str(target)):
        pytest.skip("a read-only bind mount needs root and mount")
    try:
        if not _mount("-o", "remount,bind,ro", str(target)):
            pytest.skip("this system does not allow a read-only bind mount")
        yield target
    finally:
        _umount(target)


@contextmanager
def tiny_disk(target: Path, size: str) -> Iterator[Path]:
    """A real file system of ``size`` (tmpfs) at ``target``; skips where mounting is not
    allowed."""
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                       str(target)):
        pytest.skip("a small tmpfs needs root and mount")
    try:
        yield target
    finally:
        _umount(target)


def random_store_file(path: Path) -> None:
    """A database of another installation: encrypted with a key that is not ours."""
    import sqlcipher3

    path.unlink(missing_ok=True)
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{uuid.uuid4().hex * 2}'\"")
        conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO settings VALUES ('store.db_id', '\"other\"')")
    finally:
        conn.close()


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target
