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

BUSY_TIMEOUT_MS = 15000
READONLY = "pana_readonly"


def connect_raw(path: Path, key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A driver connection with the key applied and the pragmas we rely on."""
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None, check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
    # The key is given raw (hex), so SQLCipher skips its own password KDF.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError:
        conn.close()
        raise StoreError(_N(
            "DomainError",
            "The database {path} cannot be read with this key: it is damaged, or it belongs "
            "to another installation. Restore it from a backup."), path=str(path)) from None
    conn.execute("PRAGMA journal_mode = WAL")
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
