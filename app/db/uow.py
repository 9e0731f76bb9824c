"""The unit of work: one transaction, rolled back unless ``commit()`` is called."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import audit
from app.db.engine import READONLY
from app.domain.errors import ConflictError, StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N


class UnitOfWork:
    """``with uow_factory() as uow: ...; uow.commit()``.

    ``uow.session`` is for services only; screens never see it.
    """

    def __init__(self, session_factory: Callable[[], Session], audit_key: bytes,
                 *, readonly: bool = False) -> None:
        self._session_factory = session_factory
        self.audit_key = audit_key
        self.readonly = readonly
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        if self.readonly:
            self.session.connection(execution_options={READONLY: True})
        self._committed = False
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()
        if exc_type is StaleDataError:
            raise ConflictError(
                _N("DomainError", "Somebody else saved this record in the meantime. "
                                  "Nothing was overwritten; reload it and apply your change again."),
                entity="", entity_id="", expected_version=0, current_version=None) from exc
        # "malformed" and "not a database" come as DatabaseError, the others as its
        # subclass OperationalError: both can be the environment's fault.
        if isinstance(exc, DatabaseError):
            known = translate_operational_error(exc)
            if known is not None:
                raise known from exc

    def audit(self, actor: audit.Actor, action: str, **kwargs: Any) -> None:
        audit.append(self.session, self.audit_key, actor, action, **kwargs)

    def commit(self) -> None:
        if self.readonly:
            raise RuntimeError("a read-only unit of work cannot commit")
        self.session.commit()
        self._committed = True


def translate_operational_error(exc: DatabaseError) -> StoreError | None:
    """Errors caused by the environment, in words a user can act on; None for bugs."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "database or disk is full" in text or "disk full" in text:
        return StoreError(_N("DomainError", "The disk is full. Nothing was saved; free some "
                                            "space and save again."))
    if "readonly" in text or "read-only" in text:
        return StoreError(_N("DomainError", "The data folder is read-only. Nothing was saved; "
                                            "check the folder's permissions."))
    if "database is locked" in text or "busy" in text:
        return StoreError(_N("DomainError", "The database is busy in another program. Nothing "
                                            "was saved; try again in a moment."))
    if "disk i/o error" in text or "malformed" in text or "not a database" in text:
        return StoreError(_N("DomainError", "The database file cannot be read or written (it "
                                            "may be damaged or on a removed drive). Run "
                                            "“pana db verify” or restore a backup."))
    return None


class UnitOfWorkFactory:
    def __init__(self, engine: Engine, audit_key: bytes) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._audit_key = audit_key

    def __call__(self, *, readonly: bool = False) -> UnitOfWork:
        return UnitOfWork(self._sessions, self._audit_key, readonly=readonly)
