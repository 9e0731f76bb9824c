"""Automatic backups into a folder the administrator chose (a USB drive, a share).

Settings (JSON values in the ``settings`` table): ``backup.folder`` (empty: off),
``backup.every_hours`` (default 24) and ``backup.keep`` (default 7). A backup
is written as ``pana-YYYYMMDD-HHMMSS.db`` (UTC) with its key file beside it,
checked by opening it with the key, and only then are the oldest backups of
*this* installation beyond ``keep`` deleted. A file is ours when its name
matches that pattern exactly and the key file beside it carries this
database's id: another installation's backups on a shared drive, and any other
file, are never touched. The time of the last success is kept in the settings
(``backup.last_success``) and every automatic backup is audited.

Qt-free: the desktop calls :func:`run_if_due` from a timer on a worker thread.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.db.audit import Actor
from app.db.keyfile import KeyFile
from app.db.store import Store, keys_beside
from app.db.uow import UnitOfWork
from app.domain.errors import DomainError, FieldMessage, StoreError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.services import maintenance
from app.services.settings import get_setting, store_setting

FOLDER = "backup.folder"
EVERY_HOURS = "backup.every_hours"
KEEP = "backup.keep"
LAST_SUCCESS = "backup.last_success"

DEFAULT_EVERY_HOURS = 24
DEFAULT_KEEP = 7
MAX_EVERY_HOURS = 24 * 31
MAX_KEEP = 365

#: ``pana-20261126-143000.db``: the only names rotation ever deletes.
NAME_PATTERN = re.compile(r"^pana-(\d{8})-(\d{6})\.db$")

Progress = Callable[[int, int], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupSettings:
    folder: str
    every_hours: int
    keep: int
    #: When the last automatic backup was written and checked (UTC), and its file name.
    last_success_at: datetime | None
    last_file: str

    @property
    def enabled(self) -> bool:
        return bool(self.folder)

    def next_due(self) -> datetime | None:
        if not self.enabled:
            return None
        if self.last_success_at is None:
            return None  # due now
        return self.last_success_at + timedelta(hours=self.every_hours)


@dataclass(frozen=True)
class Failure:
    """The last automatic backup that failed in this session (kept in memory only:
    a failure writes nothing into the database)."""

    at: datetime
    error: DomainError


_last_failure: Failure | None = None
_state_lock = threading.Lock()
#: One automatic backup at a time (the timer and the button may meet).
_running = threading.Lock()


def last_failure() -> Failure | None:
    with _state_lock:
        return _last_failure


def _set_failure(value: Failure | None) -> None:
    global _last_failure
    with _state_lock:
        _last_failure = value


# ---------------------------------------------------------------------------
# settings


def read_settings(session) -> BackupSettings:
    last = get_setting(session, LAST_SUCCESS) or {}
    at = last.get("at")
    return BackupSettings(
        folder=get_setting(session, FOLDER, "") or "",
        every_hours=int(get_setting(session, EVERY_HOURS, DEFAULT_EVERY_HOURS)),
        keep=int(get_setting(session, KEEP, DEFAULT_KEEP)),
        last_success_at=_aware(datetime.fromisoformat(at)) if at else None,
        last_file=last.get("file", ""))


def backup_settings(store: Store) -> BackupSettings:
    with store.uow(readonly=True) as uow:
        return read_settings(uow.session)


def set_backup_settings(uow: UnitOfWork, actor: Actor, folder: str | Path | None,
                        every_hours: int, keep: int, *,
                        keyfile: KeyFile | None = None) -> BackupSettings:
    """Choose the folder (empty turns automatic backups off), how often and how many to keep.

    With ``keyfile``, the folder is also noted in the key file, so that a message
    about a database that cannot be opened can say where the backups are.
    """
    require(actor.role, Action.BACKUP)
    require(actor.role, Action.EDIT_SETTINGS)
    errors: dict[str, FieldMessage] = {}
    text = str(folder or "").strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_absolute():
            errors["backup.folder"] = FieldMessage(
                _N("Validation", "give the whole path of the folder."))
        elif not path.is_dir():
            errors["backup.folder"] = FieldMessage(
                _N("Validation", "the folder {folder} is not available: plug in the drive or "
                                 "choose another folder."), folder=str(path))
        elif not os.access(path, os.W_OK):
            errors["backup.folder"] = FieldMessage(
                _N("Validation", "the folder {folder} cannot be written to: choose another "
                                 "folder."), folder=str(path))
        text = str(path)
    if not isinstance(every_hours, int) or not 1 <= every_hours <= MAX_EVERY_HOURS:
        errors["backup.every_hours"] = FieldMessage(
            _N("Validation", "give a number of hours from 1 to {maximum}."),
            maximum=MAX_EVERY_HOURS)
    if not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        errors["backup.keep"] = FieldMessage(
            _N("Validation", "keep from 1 to {maximum} backups."), maximum=MAX_KEEP)
    if errors:
        raise ValidationError(errors)
    old, new = {}, {}
    for key, value in ((FOLDER, text), (EVERY_HOURS, every_hours), (KEEP, keep)):
        before = store_setting(uow, key, value)
        if before != value:
            old[key], new[key] = before, value
    if new:
        uow.audit(actor, "setting.change", entity="setting", entity_id="backup",
                  old=old, new=new)
    saved = read_settings(uow.session)
    uow.commit()
    if keyfile is not None:
        remember_folder(keyfile, saved.folder)
    return saved


def remember_folder(keyfile: KeyFile, folder: str) -> None:
    """Note the backup folder in the key file (best effort: it only helps messages)."""
    if keyfile.backup_folder == folder:
        return
    try:
        with keyfile.updating():
            keyfile.backup_folder = folder
    except DomainError as exc:
        log.warning("the backup folder could not be noted in the key file: %s", exc.message)


# ---------------------------------------------------------------------------
# running


def backups_due(store: Store, now: datetime) -> bool:
    """True when a folder is set and the last success is older than the period (or none)."""
    settings = backup_settings(store)
    due = settings.next_due()
    return settings.enabled and (due is None or _aware(now) >= due)


def backup_name(now: datetime) -> str:
    return f"pana-{_aware(now).astimezone(UTC):%Y%m%d-%H%M%S}.db"


def check_folder(folder: Path) -> None:
    """Refuse a folder that is not there or cannot be written to, before writing anything.

    A missing folder is never created: a drive that is not plugged in often leaves
    an empty mount point behind, and a backup there would land on the laptop itself.
    """
    if not folder.is_dir():
        raise StoreError(_N("DomainError", "The backup folder {folder} is not available: plug "
                                           "in the drive or choose another folder. Nothing was "
                                           "written."), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(_N("DomainError", "The backup folder {folder} is not available: it "
                                           "cannot be written to. Plug in the drive (and check "
                                           "it is not write-protected) or choose another "
                                           "folder. Nothing was written."), folder=str(folder))


def run_automatic_backup(store: Store, actor: Actor, now: datetime,
                         progress: Progress | None = None) -> Path | None:
    """Write, check and rotate one automatic backup; None when no folder is set.

    Runs whatever the actor's role: the administrator who set the folder decided
    that backups are taken, and the backup holds nothing its user could not open
    already. Raises StoreError (in words a user can act on) when the folder is not
    available, the drive is full, or the new backup fails its check — then the
    earlier backups are all kept and nothing is recorded in the database.
    """
    if not _running.acquire(blocking=False):
        raise StoreError(_N("DomainError", "An automatic backup is already running; wait for "
                                           "it to finish."))
    try:
        return _run_and_remember(store, actor, _aware(now), progress)
    finally:
        _running.release()


def run_if_due(store: Store, actor: Actor, now: datetime | None = None,
               progress: Progress | None = None) -> Path | None:
    """For a timer: back up when due; None when not due, no folder, or one is running.

    Not in a read-only data folder: nothing changes there, and the time of a backup
    could not be recorded, so every look would take another one.
    """
    if store.read_only:
        return None
    now = _aware(now or datetime.now(UTC))
    if not _running.acquire(blocking=False):
        return None
    try:
        if not backups_due(store, now):
            return None
        return _run_and_remember(store, actor, now, progress)
    finally:
        _running.release()


def running() -> bool:
    """An automatic backup is being written now."""
    return _running.locked()


def _run_and_remember(store: Store, actor: Actor, now: datetime,
                      progress: Progress | None) -> Path | None:
    try:
        path = _run(store, actor, now, progress)
    except DomainError as exc:
        _set_failure(Failure(now, exc))
        raise
    if path is not None:
        _set_failure(None)
    return path


def _run(store: Store, actor: Actor, now: datetime, progress: Progress | None) -> Path | None:
    settings = backup_settings(store)
    if not settings.enabled:
        return None
    folder = Path(settings.folder)
    check_folder(folder)
    target = folder / backup_name(now)
    write_checked_backup(store, target, progress)
    removed = rotate(folder, settings.keep, store.keyfile.db_id, keep_also=target)
    if store.read_only:
        return target  # written and checked; nothing can be recorded in this folder
    with maintenance.recording_backup(target), store.uow() as uow:
        store_setting(uow, LAST_SUCCESS, {"at": now.isoformat(), "file": target.name})
        uow.audit(actor, "backup.automatic", entity="backup",
                  new={"file": target.name, "folder": str(folder),
                       "removed": [p.name for p in removed]})
        uow.commit()
    remember_folder(store.keyfile, str(folder))
    return target



def write_checked_backup(store: Store, target: Path, progress: Progress | None = None) -> Path:
    """Write a backup and its key file, then open it with the key and check it.

    A backup that fails the check is deleted (with its key file) and StoreError
    raised: a file that looks like a backup but is not one is worse than none.
    """
    if target.exists():
        raise StoreError(_N("DomainError", "{path} already exists; choose a new file name."),
                         path=str(target))
    # A drive that is full, pulled out or read-only comes as StoreError saying which;
    # nothing is left under the final name then.
    store.backup_to(target, progress)
    return _checked(store, target)


def back_up_to(store: Store, actor: Actor, target: Path,
               progress: Progress | None = None) -> Path:
    """“Back up now”: the audited backup of ``maintenance.backup``, then the same check."""
    return _checked(store, maintenance.backup(store, actor, target, progress))


def _checked(store: Store, path: Path) -> Path:
    """The backup at ``path`` if it opens with the key and holds; deleted otherwise."""
    report = maintenance.check_backup(path, store.db_key)
    if not report.ok:
        _remove_backup(path)
        raise StoreError(_N("DomainError", "The backup written to {path} failed its check "
                                           "({problems}) and was deleted; earlier backups are "
                                           "kept. Check the drive and try again."),
                         path=str(path), problems="; ".join(report.problems))
    return path


# ---------------------------------------------------------------------------
# rotation


def our_backups(folder: Path, db_id: str) -> list[Path]:
    """This installation's automatic backups in ``folder``, oldest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        if not NAME_PATTERN.match(path.name) or not path.is_file():
            continue
        if _belongs_to(path, db_id):
            found.append(path)
    return sorted(found, key=lambda p: p.name)


def _belongs_to(backup: Path, db_id: str) -> bool:
    keys = keys_beside(backup)
    if not keys.is_file():
        return False  # without its key file we cannot tell whose it is: leave it
    try:
        return KeyFile.load(keys).db_id == db_id
    except (DomainError, OSError, ValueError, KeyError):
        return False


def rotate(folder: Path, keep: int, db_id: str, *, keep_also: Path | None = None) -> list[Path]:
    """Delete this installation's oldest automatic backups beyond ``keep``; return them."""
    ours = our_backups(folder, db_id)
    survivors = set(ours[-keep:]) if keep > 0 else set()
    if keep_also is not None:
        survivors.add(keep_also)
    removed = []
    for path in ours:
        if path in survivors:
            continue
        _remove_backup(path)
        removed.append(path)
    return removed


def _remove_backup(path: Path) -> None:
    for side in (path, keys_beside(path), path.with_name(path.name + "-wal"),
                 path.with_name(path.name + "-shm"), path.with_name(path.name + ".partial")):
        try:
            side.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - a drive pulled out meanwhile
            pass


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)

