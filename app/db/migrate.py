"""Schema migrations through alembic, run from code."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, StatementError

import migrations
from app.db.engine import READONLY
from app.domain.errors import StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent

#: Tables the ORM does not map: the FTS5 search index and its shadow tables.
UNMAPPED_PREFIXES = ("case_search",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "table" and name and name.startswith(UNMAPPED_PREFIXES):
        return False
    return not (type_ == "table" and name == "alembic_version")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    # A deferred transaction: reading the revision never waits for another writer.
    with engine.connect() as conn:
        conn.execution_options(**{READONLY: True})
        return MigrationContext.configure(conn).get_current_revision()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


#: Called inside the upgrade's transaction, after the migrations and before the commit,
#: with the connection and the revision the database had before.
BeforeCommit = Callable[[Connection, str | None], None]


def _run(engine: Engine, fn, revision: str, before_commit: BeforeCommit | None = None) -> None:
    """Run alembic in ONE transaction: every revision, or none of them.

    Alembic's SQLite dialect does not count on transactional DDL and would commit
    after each revision, so a failure in the third of five left the database at the
    second. SQLite's DDL is transactional and the engine begins with ``BEGIN
    IMMEDIATE`` (which also makes a second Pana wait and then find nothing to do);
    alembic joins a transaction that is already open and never commits it, batch
    table copies included. A kill or power loss before the commit leaves no commit
    record in the WAL, so the database opens as it was.
    """
    if engine.dialect.name != "sqlite":
        _run_server(engine, fn, revision, before_commit)
        return
    with engine.connect() as conn:
        # SQLite ignores this pragma inside a transaction, so set it on the
        # driver connection before SQLAlchemy begins one: batch migrations
        # copy tables, which foreign keys would otherwise block.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                if not raw.in_transaction:  # the engine's begin event emits BEGIN IMMEDIATE
                    raise RuntimeError("no transaction began: an upgrade would not be atomic")
                start = MigrationContext.configure(conn).get_current_revision()
                cfg = _config()
                cfg.attributes["connection"] = conn
                fn(cfg, revision)
                problems = raw.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken references")
                if before_commit is not None:
                    before_commit(conn, start)
        finally:
            try:
                raw.execute("PRAGMA foreign_keys = ON")
            except sqlcipher3.dbapi2.Error:
                # Never hand a connection without foreign keys back to the pool.
                conn.invalidate()


def _run_server(engine: Engine, fn, revision: str,
                before_commit: BeforeCommit | None) -> None:
    """PostgreSQL: DDL is transactional and foreign keys are checked as rows change, so
    one transaction (whose begin takes the server's write lock) is all it needs."""
    with engine.connect() as conn, conn.begin():
        start = MigrationContext.configure(conn).get_current_revision()
        cfg = _config()
        cfg.attributes["connection"] = conn
        fn(cfg, revision)
        if before_commit is not None:
            before_commit(conn, start)


def upgrade(engine: Engine, revision: str = "head", *,
            before_commit: BeforeCommit | None = None) -> None:
    """Upgrade to ``revision`` in one transaction; on any error nothing is changed."""
    _run(engine, command.upgrade, revision, before_commit)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, command.downgrade, revision)


# ---- what a person reads when an upgrade fails

_FAILED = _N(
    "DomainError", "The database {path} could not be upgraded for this version of Pana (from "
                   "schema {current} to {head}): {problem}. Nothing was changed: the database "
                   "is as it was before the attempt. A backup was taken first: {backup}. Start "
                   "the previous version of Pana to go on working, and give this message to "
                   "whoever looks after your installation.")
_DISK_FULL = _N(
    "DomainError", "The database {path} could not be upgraded for this version of Pana: the "
                   "disk is full. Nothing was changed: the database is as it was before the "
                   "attempt. A backup was taken first: {backup}. Free some space on the disk "
                   "(an upgrade needs room for a copy of the largest tables) and log in again.")
_BUSY = _N(
    "DomainError", "The database {path} could not be upgraded for this version of Pana: "
                   "another program kept it busy. Nothing was changed: the database is as it "
                   "was before the attempt. A backup was taken first: {backup}. Close Pana on "
                   "the other computers that use this data folder and log in again.")
_FAILED_NO_BACKUP = _N(
    "DomainError", "The database {path} could not be set up for this version of Pana: "
                   "{problem}. Nothing was changed. Give this message to whoever looks after "
                   "your installation.")
_PART_WAY = _N(
    "DomainError", "The upgrade of the database {path} failed ({problem}) and the database may "
                   "have been left part-way. Do not work in it: restore the backup taken just "
                   "before with “pana db restore {backup}”.")
_NO_BACKUP_TAKEN = _N(
    "DomainError", "The database {path} must be upgraded for this version of Pana, and a backup "
                   "is taken first into {folder}, but it could not be written ({problem}). "
                   "Nothing was changed. Free some space on the disk or make the folder "
                   "writable, then log in again.")


def _problem(exc: BaseException) -> str:
    """The cause in one line: the database's own words, never the SQL or its values."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        text = str(exc.orig)
    elif isinstance(exc, StatementError):
        text = type(exc).__name__
    elif isinstance(exc, sqlcipher3.dbapi2.Error):
        text = str(exc)
    else:
        first = (str(exc).splitlines() or [""])[0][:200]
        text = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return text.rstrip(".")


def upgrade_error(exc: BaseException, *, path: Path, current: str | None, head: str,
                  backup: Path | None, after: str | None) -> StoreError:
    """The StoreError for an upgrade that raised ``exc``; ``after`` is the revision
    read back from the database once it had rolled back."""
    problem = _problem(exc)
    if after != current:  # the one transaction did not hold: say so, never "nothing changed"
        return StoreError(_PART_WAY, path=str(path), problem=problem, backup=str(backup or ""))
    if backup is None:
        return StoreError(_FAILED_NO_BACKUP, path=str(path), problem=problem)
    text = problem.lower()
    if "disk is full" in text or "disk full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return StoreError(_DISK_FULL, path=str(path), backup=str(backup))
    if "database is locked" in text or "database is busy" in text:
        return StoreError(_BUSY, path=str(path), backup=str(backup))
    return StoreError(_FAILED, path=str(path), current=current, head=head, problem=problem,
                      backup=str(backup))


def backup_error(exc: StoreError, *, path: Path, folder: Path) -> StoreError:
    """The StoreError for the backup before an upgrade that could not be written: the
    cause the backup's own message was made from, in upgrade words."""
    cause = exc.__cause__ or exc.__context__
    problem = _problem(cause) if cause is not None else exc.message.rstrip(".")
    return StoreError(_NO_BACKUP_TAKEN, path=str(path), folder=str(folder), problem=problem)
