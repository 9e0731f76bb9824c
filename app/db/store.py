"""One Pana data folder: the encrypted database, its key file, its backups.

``Store.create`` makes a new database (``pana init`` / ``pana demo``);
``Store.open`` unlocks an existing one with a user's password. Opening
upgrades the schema when it is behind, after taking a backup.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, event, select
from sqlalchemy.exc import DatabaseError

from app.db import migrate
from app.db.engine import DatabaseBusy, connect_raw, create_store_engine
from app.db.keyfile import KeyFile, derive_subkey
from app.db.models import Setting
from app.db.uow import UnitOfWorkFactory, translate_operational_error
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

    @property
    def wal(self) -> Path:
        return self.db.with_name(self.db.name + "-wal")

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()


class Store:
    """An open, unlocked data folder.

    ``read_only`` is True when the data folder cannot be written (a read-only
    medium or share, or permissions): the database is then opened for reading
    only, and every save fails with the read-only message of the unit of work.
    """

    #: A commission server (``app.db.server.ServerStore``) says True.
    is_server = False

    def __init__(self, paths: StorePaths, keyfile: KeyFile, db_key: bytes, *,
                 read_only: bool = False) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self._db_key = db_key
        self.read_only = read_only
        # The engine takes a file name; a read-only store gives SQLite a URI instead.
        self._location: Path | str = _read_only_uri(paths) if read_only else paths.db
        self.engine: Engine = create_store_engine(self._location, db_key)  # type: ignore[arg-type]
        event.listen(self.engine, "handle_error", _drop_damaged_connection)
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
            raise _needs_restore(keyfile, *_MISSING, path=str(paths.db))
        # Checked before SQLite sees the file: SQLite takes an empty file for a new
        # database and would write a header into it.
        try:
            with open(paths.db, "rb") as handle:  # readable at all? (not: damaged)
                handle.read(16)
            size = paths.db.stat().st_size
        except OSError as exc:
            raise StoreError(*_NOT_READABLE, path=str(paths.db),
                             problem=exc.strerror or str(exc)) from None
        if size == 0:
            raise _needs_restore(keyfile, *_EMPTY, path=str(paths.db))
        if size % _PAGE_BYTES:
            raise _needs_restore(keyfile, *_CUT_SHORT, path=str(paths.db), size=size)
        read_only = not folder_writable(paths.data_dir)
        if read_only:
            _check_read_only_openable(paths)
        location = _read_only_uri(paths) if read_only else paths.db
        try:
            conn = connect_raw(location, db_key)  # type: ignore[arg-type]
        except DatabaseBusy:
            raise  # the file is fine: "restore a backup" would be the wrong advice
        except StoreError:
            if read_only and paths.wal.exists():
                raise StoreError(*_READ_ONLY_WITH_WAL, folder=str(paths.data_dir),
                                 wal=str(paths.wal)) from None
            raise _needs_restore(keyfile, *_UNREADABLE, path=str(paths.db),
                                 keys=str(paths.keys)) from None
        try:
            empty = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        finally:
            conn.close()
        if empty:
            # Ours never is empty. Refuse rather than build a fresh schema over a file
            # that lost its data.
            raise _needs_restore(keyfile, *_EMPTY, path=str(paths.db))
        store = cls(paths, keyfile, db_key, read_only=read_only)
        try:
            if upgrade and not migrate.is_current(store.engine):
                if read_only:
                    raise StoreError(*_READ_ONLY_NEEDS_UPGRADE, path=str(paths.db),
                                     folder=str(paths.data_dir))
                store.upgrade_schema()
            store.check_belongs_to_keyfile()
        except DatabaseError as exc:
            # A damaged page that the first look did not reach (the schema version,
            # the settings): in words, never a traceback.
            store.close()
            if _is_damage(exc):
                raise _needs_restore(keyfile, *_DAMAGED, path=str(paths.db)) from None
            known = translate_operational_error(exc, writing=False)  # reads, mostly
            if known is None:
                raise
            raise known from None
        except BaseException:
            store.close()
            raise
        return store

    #: Said when the database's id is not the key file's.
    _NOT_OURS = _N("DomainError", "The key file and the database belong to different "
                                  "installations.")

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
            raise KeyFileError(self._NOT_OURS)

    # ---- schema

    def schema_status(self) -> tuple[str | None, str]:
        return migrate.current_revision(self.engine), migrate.head_revision()

    def upgrade_schema(self) -> Path | None:
        """Back up, then upgrade every revision in one transaction.

        A failed upgrade changes nothing: the database keeps its revision, schema
        and rows, the backup stays, and the StoreError says so and names the backup.
        """
        from sqlalchemy.orm import Session

        from app.db import audit

        current = migrate.current_revision(self.engine)
        head = migrate.head_revision()
        backup_path = None
        if current is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup_path = self.paths.backups / f"pana-before-upgrade-{current}-{stamp}.db"
            # A kill during an earlier attempt's backup left its half-written file here,
            # in this installation's own folder: it is no backup, and may be large.
            for leftover in self.paths.backups.glob("pana-before-upgrade-*.partial"):
                leftover.unlink(missing_ok=True)
            try:
                self.backup_to(backup_path)
            except StoreError as exc:
                raise migrate.backup_error(exc, path=self.paths.db,
                                           folder=self.paths.backups) from None
        audit_key = derive_subkey(self._db_key, "audit-chain")

        def seal(conn, start: str | None) -> None:
            # 0004 added the sealed record of the audit chain's last entry; a store made
            # before it gets the record of the chain as it stands, in the same transaction.
            if start is not None and start < "0004":
                with Session(bind=conn) as session:
                    audit.seal_head(session, audit_key)

        try:
            migrate.upgrade(self.engine, before_commit=seal)
        except Exception as exc:
            try:
                after = migrate.current_revision(self.engine)
            except Exception:
                after = "unknown"
            raise migrate.upgrade_error(exc, path=self.paths.db, current=current, head=head,
                                        backup=backup_path, after=after) from None
        return backup_path

    # ---- backups

    def backup_to(self, target: Path, progress=None) -> Path:
        """An online backup that stays encrypted with the same key, plus the key file.

        Both are written under temporary names and renamed, the key file first: a
        drive removed or filled part-way never leaves a half-written file under the
        final name, nor a backup without its key file. Errors of the drive come as
        StoreError saying what happened to it; the database is only read.
        """
        target = Path(target)
        keys = keys_beside(target)
        partial = target.with_name(target.name + ".partial")
        keys_partial = keys.with_name(keys.name + ".partial")
        placed: list[Path] = []
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            for leftover in (partial, keys_partial):
                leftover.unlink(missing_ok=True)
            self._copy_database(partial, progress)
            _fsync_file(partial)
            shutil.copyfile(self.paths.keys, keys_partial)
            _fsync_file(keys_partial)
            os.replace(keys_partial, keys)
            placed.append(keys)
            os.replace(partial, target)
            placed.append(target)
            _fsync_folder(target.parent)
        except (OSError, sqlcipher3.dbapi2.Error) as exc:
            for path in (partial, keys_partial, *placed):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    pass  # the drive is gone: nothing is left to remove
            raise _backup_error(target, exc) from None
        return target

    def _copy_database(self, partial: Path, progress) -> None:
        source = connect_raw(self._location, self._db_key)  # type: ignore[arg-type]
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
        finally:
            source.close()


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


# ---- opening a damaged, incomplete or read-only data folder

#: SQLCipher 4's page size: a whole database file is always a multiple of it.
_PAGE_BYTES = 4096

# Each message a person meets at login when the database cannot be used, without and
# with the folder of the automatic backups (which the key file remembers).
_MISSING = (
    _N("DomainError", "The database {path} is missing. Nothing was changed. Restore it from a "
                      "backup with “pana db restore FILE”."),
    _N("DomainError", "The database {path} is missing. Nothing was changed. Restore it from a "
                      "backup with “pana db restore FILE”; the automatic backups are in "
                      "{backups}."))
_EMPTY = (
    _N("DomainError", "The database {path} is empty: it was damaged or not copied completely. "
                      "Nothing was changed. Restore it from a backup with “pana db restore "
                      "FILE”."),
    _N("DomainError", "The database {path} is empty: it was damaged or not copied completely. "
                      "Nothing was changed. Restore it from a backup with “pana db restore "
                      "FILE”; the automatic backups are in {backups}."))
_CUT_SHORT = (
    _N("DomainError", "The database {path} is cut short ({size} bytes): it was damaged or not "
                      "copied completely. Nothing was changed. Restore it from a backup with "
                      "“pana db restore FILE”."),
    _N("DomainError", "The database {path} is cut short ({size} bytes): it was damaged or not "
                      "copied completely. Nothing was changed. Restore it from a backup with "
                      "“pana db restore FILE”; the automatic backups are in {backups}."))
_UNREADABLE = (
    _N("DomainError", "The database {path} cannot be opened with the key file {keys}: the "
                      "database is damaged, or one of the two files belongs to another "
                      "installation. Nothing was changed. Restore it from a backup (its key "
                      "file lies beside it) with “pana db restore FILE”."),
    _N("DomainError", "The database {path} cannot be opened with the key file {keys}: the "
                      "database is damaged, or one of the two files belongs to another "
                      "installation. Nothing was changed. Restore it from a backup (its key "
                      "file lies beside it) with “pana db restore FILE”; the automatic "
                      "backups are in {backups}."))
_DAMAGED = (
    _N("DomainError", "The database {path} is damaged: part of it cannot be read. Nothing was "
                      "changed. Run “pana db verify” to see what is affected, and restore a "
                      "backup with “pana db restore FILE”."),
    _N("DomainError", "The database {path} is damaged: part of it cannot be read. Nothing was "
                      "changed. Run “pana db verify” to see what is affected, and restore a "
                      "backup with “pana db restore FILE”; the automatic backups are in "
                      "{backups}."))
_NOT_READABLE = (
    _N("DomainError", "The database {path} cannot be read ({problem}). Nothing was changed. "
                      "Check that the drive or share holding the data folder is available and "
                      "that you may read the folder, then try again."),)
_READ_ONLY_WITH_WAL = (
    _N("DomainError", "The data folder {folder} is read-only, and the database still has "
                      "changes in {wal} that can be merged only where the folder can be "
                      "written. Nothing was changed. Make the folder writable (or copy the "
                      "whole folder to a writable disk) and log in again."),)
_READ_ONLY_NEEDS_UPGRADE = (
    _N("DomainError", "The database {path} must be upgraded for this version of Pana, but the "
                      "data folder {folder} is read-only. Nothing was changed. Make the folder "
                      "writable (or copy it to a writable disk) and log in again."),)
_READ_ONLY_UNSUPPORTED = (
    _N("DomainError", "The data folder {folder} is read-only, and this build of SQLCipher "
                      "cannot open a database for reading only. Make the folder writable and "
                      "log in again."),)


def _drop_damaged_connection(context) -> None:
    """Close, rather than pool, a connection that met a damaged page.

    SQLCipher remembers a page that failed its check: every later read of a page
    not in that connection's cache fails too. Pooled again, it would make the
    registry and every save fail after somebody opened the one damaged case.
    """
    text = str(context.original_exception).lower()
    if "malformed" in text or "not a database" in text:
        context.is_disconnect = True
        context.invalidate_pool_on_disconnect = False  # the others are sound


def _needs_restore(keyfile: KeyFile | None, plain: str, with_folder: str,
                   **params) -> StoreError:
    folder = getattr(keyfile, "backup_folder", "") if keyfile is not None else ""
    if folder:
        return StoreError(with_folder, backups=folder, **params)
    return StoreError(plain, **params)


def _is_damage(exc: DatabaseError) -> bool:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return any(word in text for word in ("malformed", "not a database", "corrupt"))


def folder_writable(folder: Path) -> bool:
    """Whether files can be made in ``folder``; False on a read-only medium, share or
    folder (tried for real: permission bits say nothing to root or to a share)."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".pana-write-check-")
    except OSError as exc:
        # Any other failure (a full disk) leaves the folder writable: saving says why.
        return exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM)
    os.close(handle)
    os.unlink(name)
    return True


@cache
def _sqlite_reads_uris() -> bool:
    conn = sqlcipher3.dbapi2.connect(":memory:")
    try:
        return "USE_URI" in {row[0] for row in conn.execute("PRAGMA compile_options")}
    finally:
        conn.close()


def _check_read_only_openable(paths: StorePaths) -> None:
    if not _sqlite_reads_uris():  # pragma: no cover - our wheel is built with it
        raise StoreError(*_READ_ONLY_UNSUPPORTED, folder=str(paths.data_dir))


def _read_only_uri(paths: StorePaths) -> str:
    """The database for reading only. SQLite needs its -shm file to read a WAL database;
    in a folder it cannot write, it can make none, so a database without pending WAL
    changes is opened as immutable (nobody can change it through this folder either)."""
    uri = paths.db.resolve().as_uri() + "?mode=ro"
    return uri if paths.wal.exists() else uri + "&immutable=1"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without folder handles
        return
    try:
        os.fsync(handle)
    except OSError:  # pragma: no cover - a file system that cannot sync a folder
        pass
    finally:
        os.close(handle)


# ---- a backup drive that fails part-way

_BACKUP_FULL = _N(
    "DomainError", "The backup drive is full: the backup {path} could not be written. Nothing "
                   "was left under that name, earlier backups are kept and the database is "
                   "unharmed. Free some space on the drive (or choose another) and back up "
                   "again.")
_BACKUP_READ_ONLY = _N(
    "DomainError", "The backup folder {folder} cannot be written to (the drive may be "
                   "write-protected or read-only). Nothing was written, earlier backups are "
                   "kept and the database is unharmed. Check the drive or choose another "
                   "folder, and back up again.")
_BACKUP_REMOVED = _N(
    "DomainError", "The backup drive was removed, or its folder {folder} went away, while the "
                   "backup {path} was written ({problem}). Nothing was left under that name, "
                   "earlier backups are kept and the database is unharmed. Reconnect the drive "
                   "and back up again.")
_BACKUP_SOURCE_DAMAGED = _N(
    "DomainError", "The backup {path} stopped because the database itself could not be read "
                   "completely ({problem}): it may be damaged. Nothing was left under that "
                   "name and earlier backups are kept. Run “pana db verify”.")


def _backup_error(target: Path, exc: BaseException) -> StoreError:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    problem = getattr(exc, "strerror", None) or str(exc)
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or "disk is full" in text:
        return StoreError(_BACKUP_FULL, path=str(target))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text:
        return StoreError(_BACKUP_READ_ONLY, folder=str(target.parent))
    if "malformed" in text or "not a database" in text:
        return StoreError(_BACKUP_SOURCE_DAMAGED, path=str(target), problem=problem)
    return StoreError(_BACKUP_REMOVED, path=str(target), folder=str(target.parent),
                      problem=problem)
