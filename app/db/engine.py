"""The encrypted SQLite engine.

SQLCipher encrypts the whole file, its WAL and every backup made through the
online backup API. Connections run in WAL mode with ``synchronous=FULL``,
foreign keys on and a busy timeout. Writes start with ``BEGIN IMMEDIATE`` so
that two writers queue for the lock instead of failing half-way; read-only
units of work start a deferred transaction so readers never wait for writers.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.domain.errors import StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

#: How long a statement waits for another connection's lock before it fails with
#: "database is locked". Read when a connection is opened: a test that lowers it
#: disposes of the engine's pooled connections afterwards.
BUSY_TIMEOUT_MS = 15000
READONLY = "pana_readonly"

#: A write (``BEGIN IMMEDIATE``) that waited the whole busy timeout for the lock.
BUSY_WRITING = _N(
    "DomainError",
    "Another program (or another Pana window) is using the database and did not let go "
    "within {seconds} seconds. Nothing was saved; try again in a moment. If it keeps "
    "happening, close the other program.")
#: A read or the opening of the database, kept out by a lock of another program.
BUSY_READING = _N(
    "DomainError",
    "Another program (or another Pana window) is using the database and did not let go "
    "within {seconds} seconds, so it could not be read. Nothing was changed; try again in "
    "a moment. If it keeps happening, close the other program.")


def is_busy(text: str) -> bool:
    """True for SQLite's words for a lock held by another connection, and PostgreSQL's
    for a lock another workstation held past ``lock_timeout`` (SQLSTATE 55P03)."""
    text = text.lower()
    return "database is locked" in text or "database table is locked" in text \
        or "busy" in text or "lock timeout" in text or "could not obtain lock" in text


class DatabaseBusy(StoreError):
    """Another connection kept its lock longer than the busy timeout. The file itself
    is fine: callers that turn other StoreErrors into "damaged, restore a backup"
    must let this one through."""


def busy_error(*, writing: bool) -> DatabaseBusy:
    return DatabaseBusy(BUSY_WRITING if writing else BUSY_READING,
                        seconds=max(1, round(BUSY_TIMEOUT_MS / 1000)))


def connect_raw(path: Path, key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A driver connection with the key applied and the pragmas we rely on."""
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None, check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
    # The key is given raw (hex), so SQLCipher skips its own password KDF.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        if is_busy(str(exc)):
            # Another program holds the whole file (e.g. in exclusive locking mode):
            # the file is fine, and "restore a backup" would be the wrong advice.
            raise busy_error(writing=False) from None
        raise StoreError(_N(
            "DomainError",
            "The database {path} cannot be read with this key: it is damaged, or it belongs "
            "to another installation. Restore it from a backup."), path=str(path)) from None
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.dbapi2.OperationalError as exc:
        conn.close()
        if is_busy(str(exc)):
            raise busy_error(writing=False) from None
        raise
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    # Sorts and temporary tables stay in memory, never in a plaintext temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def create_store_engine(path: Path, key: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connect_raw(path, key),
        # One connection per session at a time (the default SingletonThreadPool would
        # let two sessions in one thread share a connection and nest transactions), kept
        # open between sessions: a new keyed connection reads and decrypts the schema
        # before its first statement, which cost 4-8 ms on every screen refresh.
        # Beyond the kept few, extra connections are opened and closed as needed.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=-1,
    )

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        if conn.get_execution_options().get(READONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
