"""The composition root: where data lives, and how a store is created or opened.

Nothing is built at import time; the CLI and the GUI call these functions.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db.audit import SYSTEM, Actor
from app.db.models import User
from app.db.server import ServerStore, is_server_location
from app.db.store import Store, StorePaths, folder_writable
from app.domain import validation as v
from app.domain.errors import AuthenticationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.vocab import Role
from app.services.settings import ProfileInput, create_profile

APP_NAME = "Pana"
ORG_NAME = "Pana"
DATA_DIR_ENV = "PANA_DATA_DIR"


def default_data_dir() -> Path:
    """``PANA_DATA_DIR`` if set, else Qt's per-user application data folder."""
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".local" / "share" / APP_NAME)


@dataclass(frozen=True)
class Initialised:
    store: Store
    admin: Actor
    recovery_key: str


def init_store(data_dir: Path, *, admin: str, password: str, region: str, commission: str,
               demo: bool = False, address: str = "", signatory: str = "") -> Initialised:
    """Create a new database with its first administrator and a recovery key."""
    errors = v.Collector()
    errors.check(v.username, admin)
    errors.check(v.password, password,
                 min_length=v.DEMO_MIN_PASSWORD if demo else v.MIN_PASSWORD)
    errors.raise_if_any()
    server = is_server_location(data_dir)
    store = (ServerStore.create(str(data_dir), demo=demo) if server
             else Store.create(data_dir, demo=demo))
    try:
        admin_id = uuid.uuid4()
        actor = Actor(admin_id, admin, Role.ADMIN.value)
        with store.uow() as uow:
            create_profile(uow.session, ProfileInput(
                name=commission, region_code=region, address=address,
                signatory_name=signatory), demo=demo)
            uow.session.add(User(id=admin_id, username=admin, display_name=admin,
                                 role=Role.ADMIN.value))
            uow.session.flush()
            uow.audit(SYSTEM, "store.init", entity="commission",
                      new={"region": region, "commission": commission, "demo": demo})
            uow.audit(SYSTEM, "user.add", entity="user", entity_id=admin_id,
                      new={"username": admin, "role": Role.ADMIN.value})
            uow.commit()
        store.keyfile.set_user_password(admin, password, store.db_key)
        recovery = store.keyfile.set_recovery(store.db_key)
        store.keyfile.save()
    except BaseException:
        store.close()
        if server:
            raise  # nothing to clean on a server: see ServerStore.create (one transaction)
        for path in (store.paths.db, store.paths.keys,
                     store.paths.db.with_name(store.paths.db.name + "-wal"),
                     store.paths.db.with_name(store.paths.db.name + "-shm")):
            path.unlink(missing_ok=True)
        raise
    return Initialised(store, actor, recovery)


def log_in(data_dir: Path, username: str, password: str) -> tuple[Store, Actor]:
    """Open the data folder as ``username`` (the desktop's and the command's login).

    In a folder that can be written this is ``accounts.login``. In a read-only one
    (a write-protected drive, a share mounted read-only) the store opens for reading,
    and the login checks the account without the writes a login makes (its audit
    entry, the queued failed attempts, the time of the last login): they cannot be
    stored there, and refusing the login would keep people from their records.
    Every save then says that the folder is read-only.
    """
    from app.services import accounts

    if is_server_location(data_dir):
        return accounts.login(data_dir, username, password)
    paths = StorePaths(Path(data_dir))
    if not paths.data_dir.is_dir() or folder_writable(paths.data_dir):
        return accounts.login(paths.data_dir, username, password)
    username, password = accounts.typed_credentials(username, password)
    store = Store.open(paths.data_dir, username, password)
    try:
        with store.uow(readonly=True) as uow:
            user = uow.session.execute(select(User).where(User.username == username)).scalar()
            if user is None or user.disabled:
                raise AuthenticationError(_N("DomainError", "Unknown user or wrong password."))
            return store, Actor(user.id, user.username, user.role)
    except BaseException:
        store.close()
        raise
