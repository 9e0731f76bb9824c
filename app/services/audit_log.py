"""Reading the audit trail: search, export to CSV, and checking the hash chain.

Searching is *not* audited: supervisors look through the trail often, and an
entry per search would flood it with entries about reading it. Only an export
is audited (``audit.export``), because it takes the trail out of the database.

Values are withheld from people whose role may not read case files. The trail
holds what was saved — applicants' names, claims, interview answers — and an
administrator, who may not open a case file (``VIEW_SENSITIVE``), must not read
it here instead. For entries about a case they see which fields changed, not
the values (``AuditRow.withheld``), in the viewer and in an export alike.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select

from app.db import audit
from app.db.audit import Actor
from app.db.models import AuditEntry, Case
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.errors import FieldMessage, StoreError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, allowed, require

#: The most entries a search returns unless the filter asks for another limit.
DEFAULT_LIMIT = 1000

CSV_COLUMNS = ("seq", "time_utc", "user", "action", "entity", "entity_id", "case",
               "withheld", "old_values", "new_values")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; empty fields match everything.

    ``action`` matches by prefix ("document." finds every document action);
    ``case_number`` matches any part of the number, case-insensitively.
    ``date_from``/``date_to`` are calendar days in the computer's time zone,
    both included. ``limit`` <= 0 means no limit (an export of everything).
    """

    username: str = ""
    case_number: str = ""
    action: str = ""
    date_from: date | None = None
    date_to: date | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class AuditRow:
    """One entry of the trail. ``at`` is an aware UTC time.

    When ``withheld`` is true the values of ``old`` and ``new`` are None: the
    keys say which fields changed, the values are not for this reader.
    """

    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    case_number: str | None
    old: dict[str, Any]
    new: dict[str, Any]
    withheld: bool = False


class ChainStatus(NamedTuple):
    ok: bool
    checked: int
    first_broken_seq: int | None


def _local_midnight_utc(day: date) -> datetime:
    """The start of a local calendar day as a naive UTC time (as the column stores it)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)


def _parse(values: str) -> dict[str, Any]:
    if not values:
        return {}
    try:
        parsed = json.loads(values)
    except ValueError:  # never written by Pana; show it rather than fail
        return {"": values}
    return parsed if isinstance(parsed, dict) else {"": parsed}


def _validate(filt: AuditFilter) -> None:
    if filt.date_from and filt.date_to and filt.date_to < filt.date_from:
        raise ValidationError({"date_to": FieldMessage(
            _N("Validation", "is before the start date."))})


def _query(filt: AuditFilter):
    query = (select(AuditEntry, Case.number)
             .outerjoin(Case, Case.id == AuditEntry.case_id)
             .order_by(AuditEntry.seq.desc()))
    # Typed into the viewer's fields: compared as plain text, whatever they hold.
    username = v.searchable(filt.username, 200)
    number, action = v.searchable(filt.case_number, 100), v.searchable(filt.action, 100)
    if username:
        query = query.where(AuditEntry.username == username)
    if number:
        query = query.where(Case.number.contains(number.upper(), autoescape=True))
    if action:
        # Actions are lower-case ASCII; SQLite's LIKE ignores ASCII case and PostgreSQL's
        # does not, so the typed text is folded the same way (ASCII letters only).
        folded = "".join(c.lower() if c.isascii() else c for c in action)
        query = query.where(AuditEntry.action.startswith(folded, autoescape=True))
    if filt.date_from:
        query = query.where(AuditEntry.at >= _local_midnight_utc(filt.date_from))
    if filt.date_to:
        query = query.where(AuditEntry.at < _local_midnight_utc(filt.date_to + timedelta(days=1)))
    if filt.limit > 0:
        query = query.limit(filt.limit)
    return query


def _row(entry: AuditEntry, number: str | None, withhold: bool) -> AuditRow:
    old, new = _parse(entry.old_values), _parse(entry.new_values)
    hidden = withhold and entry.case_id is not None and bool(old or new)
    if hidden:
        old, new = dict.fromkeys(old), dict.fromkeys(new)
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
    return AuditRow(entry.seq, at.astimezone(UTC), entry.username, entry.action, entry.entity,
                    entry.entity_id, number, old, new, hidden)


def search(uow: UnitOfWork, actor: Actor, filt: AuditFilter) -> list[AuditRow]:
    """Entries matching the filter, newest first (at most ``filt.limit``). Not audited."""
    require(actor.role, Action.VIEW_AUDIT)
    _validate(filt)
    withhold = not allowed(actor.role, Action.VIEW_SENSITIVE)
    return [_row(entry, number, withhold)
            for entry, number in uow.session.execute(_query(filt)).all()]


def actions(uow: UnitOfWork, actor: Actor) -> list[str]:
    """Every action that occurs in the trail, sorted."""
    require(actor.role, Action.VIEW_AUDIT)
    return list(uow.session.execute(
        select(AuditEntry.action).distinct().order_by(AuditEntry.action)).scalars())


def usernames(uow: UnitOfWork, actor: Actor) -> list[str]:
    """Everybody who appears in the trail (including ``system`` and removed accounts).

    The users list itself is for administrators only; supervisors filter by
    the names the trail holds.
    """
    require(actor.role, Action.VIEW_AUDIT)
    return list(uow.session.execute(
        select(AuditEntry.username).distinct().order_by(AuditEntry.username)).scalars())


def _csv_value(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else ""


def export_csv(uow: UnitOfWork, actor: Actor, filt: AuditFilter, path: Path) -> int:
    """Write the matching entries to ``path`` as CSV (UTF-8 with a BOM, for Excel).

    The file appears whole or not at all: it is written beside the target as
    ``.partial`` and renamed after the export is audited. Returns the number
    of entries written. ``uow`` must be writable (the export is audited).
    """
    require(actor.role, Action.VIEW_AUDIT)
    rows = search(uow, actor, filt)
    path = Path(path)
    partial = path.with_suffix(".partial")
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for row in rows:
                writer.writerow([row.seq, row.at.isoformat(), row.username, row.action,
                                 row.entity, row.entity_id, row.case_number or "",
                                 "yes" if row.withheld else "", _csv_value(row.old),
                                 _csv_value(row.new)])
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_failed(path, exc) from None
    try:
        described = {k: (v.isoformat() if isinstance(v, date) else v)
                     for k, v in asdict(filt).items()}
        uow.audit(actor, "audit.export", entity="audit_log",
                  new={"filter": described, "rows": len(rows), "file": path.name})
        uow.commit()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    # After the commit: an export that is on disk is always in the audit trail.
    try:
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_failed(path, exc) from None
    return len(rows)


def _write_failed(path: Path, exc: OSError) -> StoreError:
    return StoreError(_N("DomainError", "The file {path} could not be written ({problem}). "
                                        "Check that the drive is connected and has space."),
                      path=str(path), problem=exc.strerror or exc.__class__.__name__)


def chain_status(uow: UnitOfWork, actor: Actor) -> ChainStatus:
    """Walk the hash chain: (ok, entries checked, the first entry that does not hold)."""
    require(actor.role, Action.VIEW_AUDIT)
    report = audit.verify_chain(uow.session, uow.audit_key)
    return ChainStatus(report.ok, report.entries, report.first_broken_seq)


def export_filter(filt: AuditFilter) -> AuditFilter:
    """The same filter without the display limit: an export takes every matching entry."""
    return replace(filt, limit=0)
