"""Helpers every service uses: loading a case, version checks, snapshots for the audit."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.db.audit import Actor
from app.db.models import Case, User
from app.domain import validation as v
from app.domain import workflow
from app.domain.errors import ConflictError, FieldMessage, NotFound, PermissionDenied
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.numbering import CASE_NUMBER

_SKIP = frozenset({"created_at", "updated_at"})


def load_case(session: Session, number_or_id: str | uuid.UUID, *, for_update: bool = True) -> Case:
    if isinstance(number_or_id, uuid.UUID):
        case = session.get(Case, number_or_id)
    elif CASE_NUMBER.match(str(number_or_id).strip().upper()):
        case = session.execute(
            select(Case).where(Case.number == str(number_or_id).strip().upper())).scalar()
    else:
        try:
            case = session.get(Case, uuid.UUID(str(number_or_id)))
        except ValueError:
            case = None
    if case is None:
        raise NotFound(_N("DomainError", "There is no case {number}."), number=v.shown(number_or_id))
    return case


#: The records named in "not found" and conflict messages, as the interface says them.
_NOUNS = {
    "applicant": _N("Validation", "applicant"),
    "assessment": _N("Validation", "assessment"),
    "case": _N("Validation", "case"),
    "certificate": _N("Validation", "certificate"),
    "claim": _N("Validation", "claim"),
    "decision": _N("Validation", "decision"),
    "evidence": _N("Validation", "evidence item"),
    "interpreter": _N("Validation", "interpreter"),
    "interview": _N("Validation", "interview"),
    "representative": _N("Validation", "representative"),
}


def noun(what: str) -> str:
    """A record's name for a message: translatable when Pana knows it."""
    if isinstance(what, FieldMessage) or what not in _NOUNS:
        return what
    return FieldMessage.marked("Validation", _NOUNS[what])


def load(session: Session, model: type, record_id: uuid.UUID | str, what: str):
    try:
        key = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
    except ValueError:
        key = None
    row = session.get(model, key) if key else None
    if row is None:
        raise NotFound(_N("DomainError", "The {what} {id} does not exist."), what=noun(what),
                       id=v.shown(record_id))
    return row


def require_recorded(store, actor: Actor, action) -> None:
    """``permissions.require`` for services that check the role before they open a unit
    of work (accounts, backups): a refusal is audited all the same, by the unit of work
    this opens around the check."""
    from app.domain.permissions import require

    with store.uow(readonly=True):
        require(actor.role, action)


def user_by_name(session: Session, username: str) -> User:
    wanted = v.searchable(username)  # no stored name holds what SQLite cannot take
    user = session.execute(select(User).where(User.username == wanted)).scalar() \
        if wanted == username else None
    if user is None:
        raise NotFound(_N("DomainError", "There is no user “{name}”."), name=v.shown(username))
    return user


#: ``expected_version`` of a save made from a screen that saw no such record yet (a
#: claim or an assessment not written when the case file was loaded). Versions start
#: at 1, so a record somebody else made in the meantime is a conflict, not overwritten.
NOT_SEEN = 0


def check_version(row: Any, expected: int | None, what: str) -> None:
    """Refuse a save made from an older copy than the one stored.

    ``expected=None`` skips the check (imports, tools and tests that mean to write
    over whatever is stored); a screen always passes the version it showed, or
    ``NOT_SEEN`` when it showed none.
    """
    if expected is None or row.version == expected:
        return
    if expected == NOT_SEEN:
        template = _N("DomainError", "Somebody else wrote the {what} after you opened it "
                                     "(now version {current}). Nothing was overwritten.")
    else:
        template = _N("DomainError", "The {what} was changed by somebody else (version "
                                     "{current}, you edited version {expected}). Nothing was "
                                     "overwritten.")
    raise ConflictError(template, entity=what, entity_id=str(row.id), expected_version=expected,
                        current_version=row.version, what=noun(what), current=row.version,
                        expected=expected)


def snapshot(row: Any) -> dict[str, Any]:
    """Column values of a row for the audit trail (blobs become size and hash)."""
    state = inspect(row)
    values = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP or attr.key in state.unloaded:
            continue
        values[attr.key] = getattr(row, attr.key)
    return values


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    old = {k: v for k, v in before.items() if after.get(k) != v}
    new = {k: after.get(k) for k in old}
    return old, new


def apply_step(case: Case, step: workflow.Step, actor: Actor) -> tuple[str, str]:
    """Check the workflow table and move the case; return (old, new) status."""
    old = case.status
    case.status = workflow.check_step(step, case.status, actor.role).value
    return old, case.status


def ensure_editable(case: Case) -> None:
    if workflow.CaseStatus(case.status) not in workflow.EDITABLE:
        raise PermissionDenied(
            _N("DomainError", "The case file cannot be changed while the case is “{status}”."),
            status=FieldMessage.marked("CaseStatus", workflow.status_label(case.status)))


def utc(value: datetime | None) -> datetime | None:
    """Store every time in UTC; a naive time is taken as UTC already."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def to_date(value: date | datetime | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
