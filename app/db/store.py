"""One Pana data folder: the encrypted database, its key file, its backups.

``Store.create`` makes a new database (``pana init`` / ``pana demo``);
``Store.open`` unlocks an existing one with a user's password. Opening
upgrades the schema when it is behind, after taking a backup.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, select

from app.db import migrate
from app.db.engine import connect_raw, create_store_engine
from app.db.keyfile import KeyFile, derive_subkey
from app.db.models import Setting
from app.db.uow import UnitOfWorkFactory
from app.domain.errors import KeyFileError, StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

DB_FILE = "pana.db"
KEY_FILE = "pana.keys"
BACKUP_DIR = "backups"
DB_ID_SETTING = "store.db_id"


@dataclass(frozen=True)
class StorePaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def keys(self) -> Path:
        return self.data_dir / KEY_FILE

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIR

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()


class Store:
    """An open, unlocked data folder."""

    def __init__(self, paths: StorePaths, keyfile: KeyFile, db_key: bytes) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self._db_key = db_key
        self.engine: Engine = create_store_engine(paths.db, db_key)
        self.uow = UnitOfWorkFactory(self.engine, derive_subkey(db_key, "audit-chain"))

    # ---- lifecycle

    @classmethod
    def create(cls, data_dir: Path, *, demo: bool = False) -> Store:
        paths = StorePaths(Path(data_dir))
        if paths.exists():
            raise StoreError(_N("DomainError", "{path} already holds a Pana database. Choose an "
                                               "empty folder with --data-dir."),
                             path=str(paths.data_dir))
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        _restrict(paths.data_dir)
        keyfile, db_key = KeyFile.create(paths.keys, demo=demo)
        store = cls(paths, keyfile, db_key)
        migrate.upgrade(store.engine)
        with store.uow() as uow:
            uow.session.add(Setting(key=DB_ID_SETTING, value=f'"{keyfile.db_id}"'))
            uow.commit()
        return store

    @classmethod
    def open(cls, data_dir: Path, username: str, password: str, *,
             upgrade: bool = True) -> Store:
        paths = StorePaths(Path(data_dir))
        keyfile = load_keyfile(paths)
        db_key = keyfile.unlock(username, password)
        return cls.open_with_key(paths, keyfile, db_key, upgrade=upgrade)

    @classmethod
    def open_with_key(cls, paths: StorePaths, keyfile: KeyFile, db_key: bytes, *,
                      upgrade: bool = True) -> Store:
        if not paths.db.exists():
            raise StoreError(_N("DomainError", "The database {path} is missing. Restore it from a "
                                               "backup (pana db restore FILE)."),
                             path=str(paths.db))
        conn = connect_raw(paths.db, db_key)  # fails clearly on a damaged or foreign file
        try:
            empty = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        finally:
            conn.close()
        if empty:
            # SQLite takes an empty file for a new database; ours never is one. Refuse
            # rather than build a fresh schema over a file that lost its data.
            raise StoreError(_N("DomainError", "The database {path} is empty: it was damaged or "
                                               "not copied completely. Restore it from a backup "
                                               "(pana db restore FILE)."), path=str(paths.db))
        store = cls(paths, keyfile, db_key)
        if upgrade and not migrate.is_current(store.engine):
            store.upgrade_schema()
        store.check_belongs_to_keyfile()
        return store

    def close(self) -> None:
        self.engine.dispose()

    # ---- keys

    @property
    def db_key(self) -> bytes:
        return self._db_key

    def subkey(self, purpose: str) -> bytes:
        return derive_subkey(self._db_key, purpose)

    def check_belongs_to_keyfile(self) -> None:
        with self.uow(readonly=True) as uow:
            stored = uow.session.execute(
                select(Setting.value).where(Setting.key == DB_ID_SETTING)).scalar()
        if stored is not None and stored.strip('"') != self.keyfile.db_id:
            raise KeyFileError(_N("DomainError", "The key file and the database belong to "
                                                 "different installations."))

    # ---- schema

    def schema_status(self) -> tuple[str | None, str]:
        return migrate.current_revision(self.engine), migrate.head_revision()

    def upgrade_schema(self) -> Path | None:
        """Back up, then upgrade. A failed upgrade leaves the backup and raises."""
        current = migrate.current_revision(self.engine)
        backup_path = None
        if current is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup_path = self.paths.backups / f"pana-before-upgrade-{current}-{stamp}.db"
            self.backup_to(backup_path)
        migrate.upgrade(self.engine)
        if current is not None and current < "0004":
            # 0004 added the sealed record of the audit chain's last entry; a store
            # made before it gets the record of the chain as it stands now.
            from sqlalchemy.orm import Session

            from app.db import audit

            with Session(self.engine) as session:
                audit.seal_head(session, derive_subkey(self._db_key, "audit-chain"))
                session.commit()
        return backup_path

    # ---- backups

    def backup_to(self, target: Path, progress=None) -> Path:
        """An online backup that stays encrypted with the same key, plus the key file.

        Written to a temporary name and renamed, so a removed drive never leaves
        a half-written file under the final name.
        """
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        source = connect_raw(self.paths.db, self._db_key)
        try:
            dest = sqlcipher3.dbapi2.connect(str(partial), isolation_level=None)
            try:
                dest.execute(f"PRAGMA key = \"x'{self._db_key.hex()}'\"")

                def _progress(status, remaining, total):
                    if progress is not None and total:
                        progress(total - remaining, total)

                source.backup(dest, pages=256, progress=_progress)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        except Exception:
            partial.unlink(missing_ok=True)
            raise
        finally:
            source.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        shutil.copyfile(self.paths.keys, keys_beside(target))
        return target


def keys_beside(backup: Path) -> Path:
    return backup.with_name(backup.name + ".keys")


def load_keyfile(paths: StorePaths) -> KeyFile:
    if not paths.db.exists() and not paths.keys.exists():
        raise StoreError(_N("DomainError", "There is no Pana database in {path}. Create one with "
                                           "“pana init” or “pana demo”, or choose the right "
                                           "folder with --data-dir."), path=str(paths.data_dir))
    if not paths.keys.exists():
        raise KeyFileError(_N("DomainError", "The key file {path} is missing. Without it the "
                                             "database cannot be opened: restore it from your "
                                             "backup (it lies beside each backup as .keys)."),
                           path=str(paths.keys))
    return KeyFile.load(paths.keys)


def _restrict(folder: Path) -> None:
    try:
        os.chmod(folder, 0o700)
    except OSError:  # pragma: no cover - e.g. a FAT USB drive
        pass
