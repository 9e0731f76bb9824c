"""The commission server: the same Pana over PostgreSQL, for several workstations at once.

A workstation opens the server with ``pana --server URL`` (a SQLAlchemy URL,
``postgresql+psycopg://user@host/db?sslmode=verify-full``; a plain ``postgresql://``
URL is taken as psycopg). The schema comes from the same alembic migrations as an
embedded store. What differs, and only here:

- **Writers queue like SQLite's.** Every writing transaction first takes one
  transaction-scoped advisory lock (``pg_advisory_xact_lock``), the server's
  equivalent of ``BEGIN IMMEDIATE``: case numbers, register numbers and the audit
  chain are made by one writer at a time, whichever workstation it is; readers never
  wait. Optimistic locking (``version`` columns) works unchanged across workstations.
  A writer that waits longer than ``engine.BUSY_TIMEOUT_MS`` gets the same "busy"
  message as on a laptop (``lock_timeout``).
- **Accounts live in the database.** The key slots an embedded store keeps in
  ``pana.keys`` are kept in the table ``server_keys`` (one row, the same JSON), so
  passwords, lockouts, the queue of failed logins and the recovery key work the same
  way. The secret those slots wrap is the server's master key: it keys the audit
  chain (``derive_subkey(key, "audit-chain")``) and the signatures of laptop
  exchange files. PostgreSQL stores the data; protecting its disk is the server's
  job (README: "Setting up a commission server").
- **The connection is encrypted** unless the server is on this machine: a URL
  naming another host without ``sslmode=require``/``verify-ca``/``verify-full`` is
  refused before anything is sent.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from app.db import engine as engine_mod
from app.db import migrate
from app.db.engine import READONLY
from app.db.keyfile import KeyFile, derive_subkey
from app.db.models import Setting
from app.db.store import Store
from app.db.uow import UnitOfWorkFactory
from app.domain.errors import KeyFileError, StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

#: The advisory lock every writing transaction takes (any constant; "PANA" in ASCII).
WRITE_LOCK = 0x50414E41
#: The advisory lock held while the accounts row is read, changed and written.
KEYS_LOCK = 0x50414E42
KEYS_TABLE = "server_keys"
DB_ID_SETTING = "store.db_id"

_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
_ENCRYPTED_MODES = {"require", "verify-ca", "verify-full"}


def is_server_location(location: object) -> bool:
    """True for a server URL (``postgresql://…``), False for a data folder."""
    return isinstance(location, str) and location.strip().lower().startswith(
        ("postgresql://", "postgresql+psycopg://", "postgres://"))


def parse_url(location: str) -> URL:
    """The SQLAlchemy URL of a server, with the psycopg driver; a clear error for
    anything else, and for an unencrypted connection to another machine."""
    raw = location.strip()
    if raw.lower().startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://"):]
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(_BAD_URL, url=safe_url(raw)) from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise StoreError(_BAD_URL, url=safe_url(raw))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername != "postgresql+psycopg":
        raise StoreError(_BAD_URL, url=safe_url(raw))
    host = (url.host or "").strip("[]").lower()
    mode = str(url.query.get("sslmode", "")).lower()
    if host not in _LOCAL_HOSTS and not host.startswith("/") and mode not in _ENCRYPTED_MODES:
        raise StoreError(_UNENCRYPTED, host=url.host or "", url=safe_url(raw))
    return url


def safe_url(location: str | URL) -> str:
    """The URL without its password, for messages and the audit log."""
    try:
        url = location if isinstance(location, URL) else make_url(str(location).strip())
        return url.render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # half typed: "postgresql://h:"
        return "postgresql://…"


def create_server_engine(location: str | URL) -> Engine:
    url = location if isinstance(location, URL) else parse_url(location)
    engine = create_engine(
        url,
        pool_size=4,
        max_overflow=8,
        pool_pre_ping=True,  # a server restarted or a network dropped: reconnect quietly
        connect_args={
            "connect_timeout": 10,
            "application_name": "pana",
            # A writer waits for another workstation's lock as long as a laptop waits.
            "options": f"-c lock_timeout={engine_mod.BUSY_TIMEOUT_MS} -c TimeZone=UTC",
        },
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        if not conn.get_execution_options().get(READONLY):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    return engine


def translate_server_error(exc: BaseException) -> StoreError | None:
    """The words for a server that cannot be reached, refuses us, or is too old."""
    orig = getattr(exc, "orig", exc)
    message = str(orig).lower()
    code = getattr(orig, "sqlstate", None)
    if code == "28P01" or "password authentication failed" in message:
        return StoreError(_REFUSED_LOGIN)
    if code == "3D000" or ("database" in message and "does not exist" in message):
        return StoreError(_NO_DATABASE)
    if "ssl" in message or "certificate" in message:
        return StoreError(_TLS_FAILED, problem=str(orig).strip().splitlines()[0][:200])
    if isinstance(exc, OperationalError) or "connection" in message or "timeout" in message:
        return StoreError(_UNREACHABLE, problem=str(orig).strip().splitlines()[0][:200])
    return None


class ServerKeyFile(KeyFile):
    """The key slots of a server, kept in the table ``server_keys`` instead of a file."""

    def __init__(self, *args, engine: Engine, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.engine = engine
        self._lock_mutex = threading.RLock()

    @classmethod
    def load_from(cls, engine: Engine) -> ServerKeyFile:
        data = _read_keys(engine)
        if data is None:
            raise KeyFileError(_NOT_SET_UP)
        return cls.parse(data, Path(KEYS_TABLE), engine=engine)  # type: ignore[return-value]

    @classmethod
    def create_on(cls, engine: Engine, *, demo: bool = False) -> tuple[ServerKeyFile, bytes]:
        plain, key = KeyFile.create(Path(KEYS_TABLE), demo=demo)
        made = cls(Path(KEYS_TABLE), plain.db_id, [], demo, engine=engine,
                   attempts_key=plain.attempts_key)
        return made, key

    def _fresh(self) -> KeyFile | None:
        data = _read_keys(self.engine)
        return None if data is None else KeyFile.parse(data, self.path)

    def save(self) -> None:
        payload = json.dumps(self.content(), indent=1)
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{READONLY: True})  # no write lock: see _exclusive
                with conn.begin():
                    done = conn.execute(text(f"UPDATE {KEYS_TABLE} SET data = :d WHERE id = 1"),
                                        {"d": payload}).rowcount
                    if not done:
                        conn.execute(text(f"INSERT INTO {KEYS_TABLE} (id, data) VALUES (1, :d)"),
                                     {"d": payload})
        except DBAPIError as exc:
            # The callers speak of a file that could not be written; say what the server said.
            raise OSError(str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200]) from None

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Hold the accounts lock against every other workstation of this server."""
        with self._mutex, self._lock_mutex, self.engine.connect() as conn:
            # Not a writing transaction: a unit of work holding the write lock may be
            # the one changing the accounts (adding a user, say).
            conn.execution_options(**{READONLY: True})
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({KEYS_LOCK})")
            conn.commit()
            try:
                yield
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({KEYS_LOCK})")
                conn.commit()


def _read_keys(engine: Engine) -> bytes | None:
    with engine.connect() as conn:
        conn.execution_options(**{READONLY: True})
        try:
            row = conn.execute(text(f"SELECT data FROM {KEYS_TABLE} WHERE id = 1")).first()
        except DBAPIError as exc:
            if "does not exist" in str(exc.orig).lower():  # no schema yet
                return None
            raise
    return None if row is None else row[0].encode("utf-8")


class ServerStore:
    """An open, unlocked commission server: the same face as ``Store`` to services."""

    is_server = True
    read_only = False
    paths = None  # no data folder: backups of a server are the server's (pg_dump)

    def __init__(self, url: URL, engine: Engine, keyfile: ServerKeyFile, db_key: bytes) -> None:
        self.url = url
        self.engine = engine
        self.keyfile = keyfile
        self._db_key = db_key
        self.uow = UnitOfWorkFactory(engine, derive_subkey(db_key, "audit-chain"))

    @property
    def location(self) -> str:
        return safe_url(self.url)

    # ---- lifecycle

    @classmethod
    def connect(cls, location: str) -> tuple[URL, Engine]:
        url = parse_url(location)
        engine = create_server_engine(url)
        try:
            with engine.connect() as conn:
                conn.execution_options(**{READONLY: True})  # never waits for a writer
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            engine.dispose()
            known = translate_server_error(exc)
            if known is None:
                raise
            raise known from None
        return url, engine

    @classmethod
    def create(cls, location: str, *, demo: bool = False) -> ServerStore:
        """Set up an empty database on the server: schema, extensions, accounts table."""
        url, engine = cls.connect(location)
        try:
            if _read_keys(engine) is not None or migrate.current_revision(engine) is not None:
                raise StoreError(_ALREADY, url=safe_url(url))
            migrate.upgrade(engine)
            keyfile, key = ServerKeyFile.create_on(engine, demo=demo)
            store = cls(url, engine, keyfile, key)
            with store.uow() as uow:
                uow.session.add(Setting(key=DB_ID_SETTING, value=f'"{keyfile.db_id}"'))
                uow.commit()
            keyfile.save()
        except BaseException:
            engine.dispose()
            raise
        return store

    @classmethod
    def open(cls, location: str, username: str, password: str, *,
             upgrade: bool = True) -> ServerStore:
        url, engine = cls.connect(location)
        try:
            keyfile = ServerKeyFile.load_from(engine)
            key = keyfile.unlock(username, password)
            store = cls(url, engine, keyfile, key)
            if upgrade and not migrate.is_current(engine):
                store.upgrade_schema()
            store.check_belongs_to_keyfile()
        except BaseException:
            engine.dispose()
            raise
        return store

    @classmethod
    def open_with_key(cls, location: str, key: bytes) -> ServerStore:
        url, engine = cls.connect(location)
        try:
            keyfile = ServerKeyFile.load_from(engine)
            return cls(url, engine, keyfile, key)
        except BaseException:
            engine.dispose()
            raise

    _NOT_OURS = _N("DomainError", "The accounts and the data on this server belong to "
                                  "different installations.")

    # The same as an embedded store's: its keys, the check of its id, its schema.
    close = Store.close
    db_key = Store.db_key
    subkey = Store.subkey
    check_belongs_to_keyfile = Store.check_belongs_to_keyfile
    schema_status = Store.schema_status

    def upgrade_schema(self) -> None:
        """Every revision in one transaction (PostgreSQL's DDL is transactional). Take a
        ``pg_dump`` first: the server's backups are the server's own."""
        migrate.upgrade(self.engine)
        return None

    def backup_to(self, target: Path, progress=None) -> Path:
        raise StoreError(_NO_FILE_BACKUP)


_BAD_URL = _N("DomainError", "“{url}” is not a server address Pana can use. Write it as "
                             "postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full (the "
                             "README's “Setting up a commission server” shows one).")
_UNENCRYPTED = _N("DomainError", "The server {host} is on another machine, and “{url}” would "
                                 "send the data unencrypted. Add sslmode=verify-full (or "
                                 "sslmode=require) to the address; the server must have TLS "
                                 "switched on.")
_REFUSED_LOGIN = _N("DomainError", "The server refused Pana's connection: the database user "
                                   "or its password in the server address is wrong. Ask whoever "
                                   "set up the server for the right address.")
_NO_DATABASE = _N("DomainError", "The database named in the server address does not exist on "
                                 "that server. Check the address, or create it as the README "
                                 "describes.")
_TLS_FAILED = _N("DomainError", "The encrypted connection to the server could not be made "
                                "({problem}). Check that the server has TLS switched on and "
                                "that its certificate is the one named in the address.")
_UNREACHABLE = _N("DomainError", "The server cannot be reached ({problem}). Check the network "
                                 "and the address; nothing was changed. A laptop works without "
                                 "the network on the cases checked out to it.")
_NOT_SET_UP = _N("DomainError", "This server database has no Pana accounts yet. Set it up with "
                                "“pana server init URL” (or move a laptop's database to it with "
                                "“pana db migrate-to-server URL”).")
_ALREADY = _N("DomainError", "The database {url} already holds Pana data. Choose an empty "
                             "database.")
_NO_FILE_BACKUP = _N("DomainError", "A commission server is backed up on the server itself "
                                    "(pg_dump), not from a workstation. Ask whoever looks after "
                                    "the server.")
