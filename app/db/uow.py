"""The unit of work: one transaction, rolled back unless ``commit()`` is called."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import audit
from app.db.engine import READONLY, busy_error, is_busy
from app.db.models import Case
from app.domain.errors import ConflictError, PermissionDenied, StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

log = logging.getLogger(__name__)

#: The audit action of an attempt the actor's role does not allow.
ACCESS_DENIED = "access.denied"


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
            try:
                self.session.connection(execution_options={READONLY: True})
            except DatabaseError as exc:  # __exit__ does not run for a failed __enter__
                self.session.close()
                known = translate_operational_error(exc, writing=False)
                if known is not None:
                    raise known from exc
                raise
            except BaseException:
                self.session.close()
                raise
        self._committed = False
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, PermissionDenied) and exc.role_refused:
            self._audit_refusal(exc, tb)
        if exc_type is StaleDataError:
            raise ConflictError(
                _N("DomainError", "Somebody else saved this record in the meantime. "
                                  "Nothing was overwritten; reload it and apply your change again."),
                entity="", entity_id="", expected_version=0, current_version=None) from exc
        # "malformed" and "not a database" come as DatabaseError, the others as its
        # subclass OperationalError: both can be the environment's fault.
        if isinstance(exc, DatabaseError):
            known = translate_operational_error(exc, writing=not self.readonly)
            if known is not None:
                raise known from exc

    def _audit_refusal(self, exc: PermissionDenied, tb: TracebackType | None) -> None:
        """Record who was refused what, on which case, after the work rolled back.

        The entry gets a write transaction of its own, so read-only units of
        work record refusals too. It holds no other data of the attempt.
        """
        if getattr(exc, "_audited", False):  # an inner unit of work recorded it already
            return
        exc._audited = True
        actor, number = _refused_actor_and_case(tb)
        if actor is None:
            actor = audit.Actor(None, "", str(exc.params.get("role", "")))
        what = {"action": exc.action} if exc.action else {"step": exc.step}
        session = self._session_factory()
        try:
            case_id = _case_id(session, number)
            audit.append(session, self.audit_key, actor, ACCESS_DENIED,
                         entity="case" if case_id else "", entity_id=case_id or "",
                         case_id=case_id, new={**what, "role": actor.role})
            session.commit()
        except DatabaseError as failure:
            # The refusal stands either way: the caller still gets PermissionDenied.
            session.rollback()
            known = translate_operational_error(failure)
            if known is None:
                log.exception("a refused attempt could not be audited")
            else:
                log.warning("a refused attempt could not be audited: %s", known)
        finally:
            session.close()

    def audit(self, actor: audit.Actor, action: str, **kwargs: Any) -> None:
        audit.append(self.session, self.audit_key, actor, action, **kwargs)

    def audit_many(self, actor: audit.Actor, action: str,
                   entries: list[dict[str, Any]]) -> None:
        """``audit`` for each of ``entries`` (its keyword arguments), in one flush."""
        audit.append_many(self.session, self.audit_key, actor, action, entries)

    def record(self, actor: audit.Actor, action: str, **kwargs: Any) -> None:
        """Append an audit entry and commit it now: with this transaction when it
        writes, in a short write transaction of its own when it is read-only."""
        if not self.readonly:
            self.audit(actor, action, **kwargs)
            self.commit()
            return
        session = self._session_factory()
        try:
            audit.append(session, self.audit_key, actor, action, **kwargs)
            session.commit()
        finally:
            session.close()

    def commit(self) -> None:
        if self.readonly:
            raise RuntimeError("a read-only unit of work cannot commit")
        self.session.commit()
        self._committed = True


def translate_operational_error(exc: DatabaseError, *, writing: bool = True
                                ) -> StoreError | None:
    """Errors caused by the environment, in words a user can act on; None for bugs.

    ``writing`` says whether the failed work would have changed anything (it picks
    the words for a database another program keeps locked).
    """
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    # PostgreSQL (a commission server) names its errors by SQLSTATE; SQLite's have none.
    code = str(getattr(exc.orig, "sqlstate", "") or "")
    # Class 08: the connection failed; 57P01-03: the server shut down or restarted under it.
    if code.startswith("08") or code in ("57P01", "57P02", "57P03"):
        from app.db.server import translate_server_error  # the server imports this module

        return translate_server_error(exc)
    if code == "25006":  # a read-only transaction: the server is a standby, or set so
        return StoreError(_N("DomainError", "The server accepts no changes at the moment (it "
                                            "is read-only). Nothing was saved; ask whoever "
                                            "looks after the server, then save again."))
    if code == "55P03":  # lock_timeout: another workstation kept the write lock
        return busy_error(writing=writing)
    if code == "53100":  # disk_full: the server's disk
        return StoreError(_N("DomainError", "The server has no room to store more (its disk "
                                            "is full). Nothing was saved; ask whoever looks "
                                            "after the server, then save again."))
    if code:
        return None  # a PostgreSQL error none of SQLite's words below describe
    if "database or disk is full" in text or "disk full" in text:
        return StoreError(_N("DomainError", "The disk is full. Nothing was saved; free some "
                                            "space and save again."))
    if "readonly" in text or "read-only" in text:
        if not writing:  # a read that must be recorded: opening a case file, say
            return StoreError(_N("DomainError", "The data folder is read-only, and Pana records "
                                                "who opens what, so this cannot be opened. Make "
                                                "the folder writable (or copy it to a writable "
                                                "disk) and try again."))
        return StoreError(_N("DomainError", "The data folder is read-only. Nothing was saved; "
                                            "make the folder writable (or copy it to a "
                                            "writable disk) and save again."))
    if is_busy(text):
        return busy_error(writing=writing)
    if "disk i/o error" in text or "malformed" in text or "not a database" in text:
        return StoreError(_N("DomainError", "The database file cannot be read or written (it "
                                            "may be damaged or on a removed drive). Run "
                                            "“pana db verify” or restore a backup."))
    return None


def _refused_actor_and_case(tb: TracebackType | None) -> tuple[audit.Actor | None, object]:
    """The acting user and the case of a refused service call, read from its frames.

    Services take the acting user as ``actor`` and the case as ``number`` (a
    loaded one as ``case``, or its ``case_id``); the innermost frames holding
    them are the refused service's own. Reading them here keeps refusal audit
    code out of every service.
    """
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_locals)
        tb = tb.tb_next
    actor = case = None
    for local in reversed(frames):
        if actor is None and isinstance(local.get("actor"), audit.Actor):
            actor = local["actor"]
        if case is None:
            case = next((local[name] for name, kind in _CASE_LOCALS
                         if isinstance(local.get(name), kind)), None)
        if actor is not None and case is not None:
            break
    return actor, case


_CASE_LOCALS = (("case", Case), ("number", str), ("case_id", uuid.UUID))


def _case_id(session: Session, ref: object) -> uuid.UUID | None:
    """The id of the case ``ref`` (a row, a case number or an id) names, if it exists."""
    if isinstance(ref, Case):  # rolled back, so expired: read the id from its identity
        identity = inspect(ref).identity
        return identity[0] if identity else None
    if isinstance(ref, uuid.UUID):
        return ref if session.get(Case, ref) is not None else None
    if isinstance(ref, str) and ref.strip():
        return session.execute(select(Case.id).where(
            Case.number == ref.strip().upper())).scalar()
    return None


class UnitOfWorkFactory:
    def __init__(self, engine: Engine, audit_key: bytes) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        from app.db.guard import install_guard

        install_guard(self._sessions)  # cases out on a laptop: read-only here
        self._audit_key = audit_key

    def __call__(self, *, readonly: bool = False) -> UnitOfWork:
        return UnitOfWork(self._sessions, self._audit_key, readonly=readonly)
